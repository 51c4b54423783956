"""The reader through Pilot: search, highlights in both views, modes, the repairs legend, small screens."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from lytui.tui.app import make_app
from lytui.tui.widgets.reader import Reader
from lytui.tui.widgets.reader_search import SearchBar
from tests.conftest import SEED
from tests.tui.contrast import runs
from tests.tui.helpers import plain, wait_analysed


def marked(reader: Reader, role: str) -> list[str]:
    """The runs of text on screen drawn in `role`'s highlight (its background colour)."""
    colour = reader.get_component_rich_style(f"reader--{role}", partial=True).bgcolor
    runs: list[str] = []
    for y in range(reader.size.height):
        run = ""
        for segment in reader.render_line(y):
            if segment.style is not None and segment.style.bgcolor == colour:
                run += segment.text
            elif run:
                runs.append(run)
                run = ""
        if run:
            runs.append(run)
    return runs


async def search(pilot: Pilot[None], query: str) -> None:
    await pilot.press("slash", *query, "enter")
    await pilot.pause()


async def test_a_search_made_in_the_original_is_not_drawn_at_raw_offsets_in_the_clean_view() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "o")
        await search(pilot, "龍巖")
        reader = app.screen.reader  # type: ignore[attr-defined]
        shown = marked(reader, "search") + marked(reader, "search-current")
        assert shown and set(shown) == {"龍巖"}
        await pilot.press("o")
        await pilot.pause()
        assert marked(reader, "search") == [] and marked(reader, "search-current") == []
        assert "“龍巖” not found" in plain(reader.border_subtitle)


async def test_keyword_and_fact_highlights_show_in_the_original_view_too() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3")  # the top keyword, 龙岩市, is highlighted
        await pilot.press("2", "o", "home")
        await pilot.pause()
        reader = app.screen.reader  # type: ignore[attr-defined]
        assert "龍巖市" in marked(reader, "keyword")
        await pilot.press("4")  # the first fact with a place in the text
        facts = app.screen.facts  # type: ignore[attr-defined]
        while facts.current is not None and facts.current.start is None:
            await pilot.press("j")
        await pilot.pause()
        fact = facts.current
        assert fact is not None
        raw = app.screen.document  # type: ignore[attr-defined]
        drawn = "".join(marked(reader, "fact"))
        assert (
            drawn
            and raw.text[fact.start : fact.end] != ""
            and drawn == raw.raw[raw.origin[fact.start] : raw.origin[fact.end - 1] + 1]
        )


async def test_n_moves_between_matches_without_toasts_and_says_when_it_wraps() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await search(pilot, "吴云娟")
        reader = app.screen.reader  # type: ignore[attr-defined]
        count = len(reader.overlays.search.matches)
        assert plain(reader.border_subtitle).startswith(f"“吴云娟” 1/{count}")
        assert marked(reader, "search-current") == ["吴云娟"]  # the current match, drawn apart
        for _ in range(count - 1):
            await pilot.press("n")
        assert plain(reader.border_subtitle) == f"“吴云娟” {count}/{count}"
        await pilot.press("n")
        assert plain(reader.border_subtitle) == f"“吴云娟” 1/{count} · wrapped"
        assert not app._notifications  # no toast per key
        await pilot.press("N")
        assert plain(reader.border_subtitle) == f"“吴云娟” {count}/{count} · wrapped"


async def test_search_highlights_while_typing_and_escape_puts_back_the_search_before() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await search(pilot, "龙岩")
        reader = app.screen.reader  # type: ignore[attr-defined]
        await pilot.press("slash", "backspace", "backspace", *"吴云")
        await pilot.pause(0.3)
        assert isinstance(app.screen, SearchBar)
        assert reader.overlays.search.query == "吴云" and reader.overlays.search.matches
        await pilot.press("escape")
        await pilot.pause()
        assert reader.overlays.search.query == "龙岩"


async def test_repairs_view_has_a_legend_and_notes_stay_whole() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "r")
        await pilot.pause()
        reader = app.screen.reader  # type: ignore[attr-defined]
        assert "repairs: pinyin punct. mojibake 繁→简" in plain(reader.border_subtitle)
        lines = ["".join(p.text for p in line.pieces) for line in reader.lines]
        assert lines[0] == "龙岩市：⟨:⟩又见苏区⟨(qū)⟩干部好作风"  # no notes of the removed chrome
        for line in lines:
            assert line.count("⟨") == line.count("⟩")  # no note broken across lines


async def test_a_60x20_screen_gives_the_article_more_than_three_lines() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        reader = app.screen.reader  # type: ignore[attr-defined]
        assert reader.size.height >= 6


@pytest.mark.parametrize("colours", ["no-color", "256"])
async def test_notes_legend_and_pane_titles_stay_readable(monkeypatch: pytest.MonkeyPatch, colours: str) -> None:
    if colours == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2", "o", "r")
        await pilot.pause()
        drawn = list(runs(app, 256 if colours == "256" else 16_777_216))
        watched = [
            (text, contrast)
            for text, contrast in drawn
            if "⟨" in text or any(word in text for word in ("Sections", "Keywords", "Facts", "Article", "pinyin"))
        ]
        seen = " ".join(text for text, _ in watched)
        assert all(word in seen for word in ("⟨", "Sections", "Keywords", "Facts", "Article", "pinyin"))
        reader = app.screen.reader  # type: ignore[attr-defined]
        await search(pilot, "龍巖")
        await pilot.press("n")
        await pilot.pause()
        article = list(runs(app, 256 if colours == "256" else 16_777_216, reader.region))
        assert any("龍巖" in text for text, _ in article)
        watched += [(text, contrast) for text, contrast in article if any(ch.isalnum() for ch in text)]
        assert min(contrast for _, contrast in watched) >= 4.5, sorted(watched, key=lambda x: x[1])[:5]
