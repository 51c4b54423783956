"""What keeps keys quick on a large article, checked on the seed: sorts that let the event loop in, and
nothing young that the garbage collector's full passes would walk item by item."""

from __future__ import annotations

import gc
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text
from textual.pilot import Pilot

import lytui.tui.layout as layout_module
import lytui.tui.widgets.facts as facts_module
from lytui.export import value_text
from lytui.model import Document, Fact
from lytui.pipeline import analyse, clean_file
from lytui.tui.app import make_app
from lytui.tui.fact_views import Clipped, clip, flexible_widths, shown_value
from lytui.tui.layout import Layout, View, build
from lytui.tui.widgets.facts import FactsTable, sorted_indices
from lytui.tui.widgets.line_table import LINES_CACHED
from lytui.tui.widgets.lists import ROWS_CACHED
from tests.conftest import SEED
from tests.tui.helpers import analysed_seed, drawn_cell, wait_analysed


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from("abc")), max_size=300), st.integers(1, 17))
def test_sorting_in_runs_gives_the_order_of_one_stable_sort(keys: list[tuple[int, str]], run: int) -> None:
    original = facts_module.SORT_RUN
    facts_module.SORT_RUN = run
    try:
        assert list(sorted_indices(keys)) == sorted(range(len(keys)), key=keys.__getitem__)
    finally:
        facts_module.SORT_RUN = original


async def test_the_facts_table_keeps_its_orders_and_rows_as_indices() -> None:
    """Lists of a 5 MB article's 123,000 facts (or their indices) were walked by every full collection."""
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "s", "s")
        await pilot.pause()
        facts = app.screen.facts  # type: ignore[attr-defined]
        assert len(facts._orders) == 3
        # an array's only referent is its type: a full collection does not visit its items
        assert all(len(gc.get_referents(order)) <= 1 for order in facts._orders.values())
        assert facts.shown and not any(isinstance(item, (Fact, list)) for item in gc.get_referents(facts.shown))
        assert [facts.shown[i] for i in range(len(facts.shown))] == list(facts.shown)


async def test_the_documents_lookups_are_made_before_it_is_frozen() -> None:
    """Made on the first key that needs them, they were young objects of 16,000 and 35,000 items."""
    async with analysed_seed() as (_app, _pilot, screen):
        lookups = [screen.document.__dict__.get(name) for name in ("_sentence_starts", "_paragraph_starts")]
        assert all(lookup is not None for lookup in lookups)
        young = {id(item) for item in gc.get_objects()}
        assert not any(id(lookup) in young for lookup in lookups)


async def test_a_keyword_filter_chosen_in_a_worker_ends_with_the_facts_of_its_sentences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(facts_module, "CHOOSE_IN_WORKER", 10)
    async with analysed_seed() as (_app, pilot, screen):
        await pilot.press("3", "j", "f")
        facts, keyword = screen.facts, screen.keywords.current
        assert keyword is not None
        for _ in range(100):
            await pilot.pause(0.05)
            if facts.shown and facts.row_count == len(facts.shown):
                break
        document = screen.document
        sentences = {document.sentence_at(start) for start, _ in keyword.spans}
        spans = [(s.start, s.end) for s in sentences if s is not None]
        expected = [f for f in document.facts if f.start is not None and any(a <= f.start < b for a, b in spans)]
        assert list(facts.shown) == expected and facts.row_count == len(expected) > 7
        assert facts.cursor_row == 0


async def test_fact_cells_are_text_never_markup_to_parse() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        facts = app.screen.facts  # type: ignore[attr-defined]
        assert facts.row_count
        assert all(isinstance(cell, (Text, Clipped)) for row in range(facts.row_count) for cell in facts.row_cells(row))


async def test_tables_keep_a_screenful_of_rendered_rows_not_a_thousand() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        keywords = app.screen.keywords  # type: ignore[attr-defined]
        assert keywords._line_cache.maxsize == ROWS_CACHED
        assert keywords._cell_render_cache.maxsize < 10_000
        assert app.screen.facts._lines.maxsize == LINES_CACHED  # type: ignore[attr-defined]


def test_the_repairs_views_pieces_are_left_untracked_by_the_collector() -> None:
    """A 5 MB article's repairs view kept 500,000 Piece objects that every full collection walked."""
    document = analyse(clean_file(SEED))
    for view in (View(repairs=True), View(original=True, repairs=True)):
        layout = build(document, 60, view)
        assert layout.kept
        gc.collect()
        gc.collect()  # a tuple is let go once the tuples in it were, on the pass after theirs
        assert not any(gc.is_tracked(pieces) for pieces in layout.kept.values()), view
        line = next(iter(layout.kept))
        assert any(piece.offset is None for piece in layout[line].pieces)  # drawn with its notes


async def test_the_repairs_view_of_a_short_text_with_many_repairs_is_laid_out_in_a_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 5 MB scrape whose clean text is short still has 600,000 repairs to note: laid out on the event
    loop, `r` held it for most of a second."""
    import lytui.tui.widgets.reader as reader_module

    async with analysed_seed() as (_app, pilot, screen):
        document = screen.document
        assert document.repairs
        monkeypatch.setattr(reader_module, "BACKGROUND_LAYOUT_CHARS", len(document.text) + 1)
        on_the_loop: list[bool] = []

        def build(document: Document, width: int, view: View, limit: int | None = None) -> Layout:
            if view.repairs and limit is None:
                on_the_loop.append(threading.current_thread() is threading.main_thread())
            return layout_module.build(document, width, view, limit)

        monkeypatch.setattr(reader_module, "build", build)
        await pilot.press("2", "r")
        for _ in range(100):
            await pilot.pause(0.05)
            if screen.reader.lines.view.repairs:
                break
        assert screen.reader.lines.view.repairs and screen.reader.lines.kept
        assert on_the_loop == [False]


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5)), max_size=200), st.integers(1, 17))
def test_sorting_on_a_base_order_gives_the_order_of_a_tuple_key(pairs: list[tuple[int, int]], run: int) -> None:
    """The kind and section orders sort by their column over the order by start: the same order as a
    sort by (column, start), ties by index, without a tuple per fact."""
    original = facts_module.SORT_RUN
    facts_module.SORT_RUN = run
    try:
        by_second = sorted_indices([second for _, second in pairs])
        got = sorted_indices([first for first, _ in pairs], by_second)
        assert list(got) == sorted(range(len(pairs)), key=pairs.__getitem__)
    finally:
        facts_module.SORT_RUN = original


async def _large_article_table(monkeypatch: pytest.MonkeyPatch, pilot: Pilot[None]) -> FactsTable:
    await wait_analysed(pilot)
    facts = pilot.app.screen.facts  # type: ignore[attr-defined]
    assert isinstance(facts, FactsTable)
    return facts


async def _rows_in(pilot: Pilot[None], facts: FactsTable) -> None:
    for _ in range(100):
        await pilot.pause(0.05)
        if facts.shown and facts.row_count == len(facts.shown) and not pilot.app.workers:
            return
    raise AssertionError("the facts table did not fill")


async def test_the_first_and_second_sort_of_a_large_article_order_its_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above CHOOSE_IN_WORKER facts the order is made when a column is first sorted, in the choosing worker."""
    monkeypatch.setattr(facts_module, "CHOOSE_IN_WORKER", 10)
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        facts = await _large_article_table(monkeypatch, pilot)
        await _rows_in(pilot, facts)
        assert set(facts._orders) == {"position"}  # made for the first fill, the others when asked for
        document = app.screen.document  # type: ignore[attr-defined]
        indices = range(len(document.facts))
        by_kind = sorted(indices, key=lambda i: (document.facts[i].kind, document.facts[i].start or 0))
        by_value = sorted(indices, key=lambda i: value_text(document.facts[i]))
        await pilot.press("4", "s")
        await _rows_in(pilot, facts)
        assert list(facts.shown) == [document.facts[i] for i in by_kind]
        assert [str(facts.row_cells(r)[0]) for r in range(facts.row_count)] == [f.kind for f in facts.shown]
        await pilot.press("s")
        await _rows_in(pilot, facts)
        assert list(facts.shown) == [document.facts[i] for i in by_value]


async def test_z_keeps_the_facts_rows_cursor_and_scroll_and_cuts_cells_to_the_new_width(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every row's value and text are cut to the new width as soon as the table has it: cells are cut as
    they are drawn, and the chosen facts stay as they were (no refill)."""
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        facts = await _large_article_table(monkeypatch, pilot)
        await _rows_in(pilot, facts)
        await pilot.press("4")
        facts.move_cursor(row=60)
        await pilot.pause()
        chosen, scrolled, shown = facts.current, facts.scroll_y, facts.shown
        for maximised in (True, False):
            await pilot.press("z")
            assert facts.cursor_row == 60 and facts.current is chosen  # at once
            await pilot.pause()
            assert (app.screen.maximized is facts) is maximised
            value_width, text_width = facts.widths[2:4]
            assert (value_width, text_width) == flexible_widths(facts.size.width, facts_module.FIXED_WIDTHS)
            for row, fact in enumerate(facts.shown):
                assert drawn_cell(facts, row, 2) == clip(shown_value(fact), value_width), row
                assert drawn_cell(facts, row, 3) == clip(fact.text, text_width), row
            for _ in range(10):
                await pilot.pause(0.05)
            assert facts.shown is shown and facts.scroll_y == scrolled
            assert facts.virtual_size.width <= facts.scrollable_content_region.width


async def test_the_panes_made_for_the_analysed_article_are_frozen_once_filled() -> None:
    """Textual's rows, texts and tree nodes of the filled panes were walked by every full collection."""
    async with analysed_seed() as (_app, pilot, screen):
        facts = screen.facts
        for _ in range(40):
            await pilot.pause(0.05)
            if screen._settled:
                break
        young = {id(item) for item in gc.get_objects()}
        assert id(facts.shown) not in young and id(screen.keywords.rows) not in young
        filled = facts.shown
        await pilot.press("4", "s")  # what comes later stays young: collected as usual
        for _ in range(40):
            await pilot.pause(0.05)
            if facts.shown is not filled:
                break
        young = {id(item) for item in gc.get_objects()}
        assert id(facts.shown) in young
