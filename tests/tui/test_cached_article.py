"""An article read back from the disk cache is shown as a freshly analysed one is: the same sections, and
frozen with its lookups so the collector's full passes do not walk it on every few keys."""

from __future__ import annotations

import gc

from lytui.cache_entry import decode_document, encode_document
from lytui.model import Document
from lytui.pipeline import analyse, clean_file
from lytui.tui.app import LytuiApp
from lytui.tui.screens.main import ArticleScreen
from tests.conftest import SEED
from tests.tui.helpers import wait_analysed


def _from_the_cache() -> tuple[Document, Document]:
    """(the analysed seed, the same read back from a disk-cache entry)."""
    cleaned = clean_file(SEED)
    analysed = analyse(cleaned)
    payload = encode_document(analysed, "key")
    assert payload is not None
    return analysed, decode_document(payload, cleaned, "key")


async def test_an_article_from_the_disk_cache_shows_its_sections() -> None:
    analysed, cached = _from_the_cache()
    assert any(section.heading is not None for section in cached.sections)
    assert not any(section.heading is block for section in cached.sections for block in cached.blocks)
    app = LytuiApp(document=cached)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        outline = screen.outline
        assert outline is not None
        headings = [cached.blocks.index(s.heading) for s in cached.sections if s.heading is not None]
        assert [node.data for node in outline.root.children][-len(headings) :] == headings
        assert len(outline.root.children) == len(analysed.sections)


async def test_an_article_from_the_disk_cache_is_frozen_with_its_lookups() -> None:
    _, cached = _from_the_cache()
    app = LytuiApp(document=cached)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "j", "3", "j")  # keys that look up sentences and paragraphs
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and screen.document is cached
        lookups = [cached.__dict__.get(name) for name in ("_sentence_starts", "_paragraph_starts", "_block_starts")]
        assert all(lookup is not None for lookup in lookups)
        young = {id(item) for item in gc.get_objects()}
        assert not any(id(lookup) in young for lookup in lookups)
        assert id(cached.sections) not in young
