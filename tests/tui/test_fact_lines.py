"""The article's facts table draws its rows from the chosen facts' indices: every fact can be reached,
a refill makes no objects per fact, and the rows look and move as a DataTable's did."""

from __future__ import annotations

import gc

from textual.geometry import Offset
from textual.pilot import Pilot

from lytui.model import Fact, Quote
from lytui.tui.app import make_app
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.widgets.facts import FactsTable
from tests.conftest import SEED
from tests.tui.helpers import analysed_seed, drawn_cell, plain, wait_analysed

HOSTILE = Fact("quote", "[b]粗[/b]\x1b]52;c;QUFB\x07说", Quote("[/]", "[link=x]y"), None, None)


async def _many_facts(pilot: Pilot[None], copies: int) -> tuple[ArticleScreen, FactsTable]:
    """The seed's article with its facts repeated `copies` times (and one hostile fact first), shown as
    if the analysis had found them: a list longer than the DataTable's 2,000 rows."""
    await wait_analysed(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ArticleScreen)
    document = screen.document
    screen.show_analysis(document.with_analysis((HOSTILE, *document.facts * copies), document.keywords))
    await pilot.pause()
    facts = screen.facts
    assert len(facts.shown) == len(screen.document.facts)
    return screen, facts


async def test_every_fact_of_a_long_list_can_be_reached_with_G_and_the_subtitle_counts_them() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, facts = await _many_facts(pilot, 40)
        total = len(screen.document.facts)
        assert total > 4000  # twice the rows a DataTable pane once listed at most
        await pilot.press("4", "G")
        await pilot.pause()
        assert facts.row_count == total and facts.cursor_row == total - 1
        assert facts.current is screen.document.facts[-1]
        subtitle = plain(facts.border_subtitle)
        assert f"{total} of {total} facts" in subtitle and "listed" not in subtitle
        bottom = facts.scrollable_content_region.height - 1
        assert int(facts.scroll_y) + bottom - 1 == total - 1  # the last row is the bottom line on screen
        await pilot.press("k", "pageup", "g")
        assert facts.cursor_row == 0 and facts.scroll_y == 0


async def test_a_refill_makes_the_same_few_objects_for_a_short_or_a_long_list() -> None:
    """Refilling 2,000 DataTable rows made tens of thousands of young objects (rows, cells, strips), and
    the collector's full passes over them held the next key for 0.2-0.3 s on a 5 MB article."""
    made: dict[int, int] = {}
    for copies in (2, 60):
        app = make_app(SEED)
        async with app.run_test(size=(120, 40)) as pilot:
            _, facts = await _many_facts(pilot, copies)
            await pilot.press("4")
            await pilot.pause()
            for key in ("s", "S", "K"):  # a sort, its reverse, a kind filter: each a refill
                gc.collect()
                before = len(gc.get_objects())
                shown = facts.shown
                await pilot.press(key)
                await pilot.pause()
                assert facts.shown is not shown
                app.clear_notifications()  # the toast is the app's, whatever the table holds
                await pilot.pause()
                gc.collect()
                made[copies] = max(made.get(copies, 0), len(gc.get_objects()) - before)
    assert made[60] < 1000, made  # half of what 2,000 DataTable rows would be, at one object a row
    assert made[60] < made[2] + 300, made  # 30 times the facts, not more objects


async def test_a_click_puts_the_cursor_on_the_row_and_shows_its_fact_in_the_article() -> None:
    async with analysed_seed() as (app, pilot, screen):
        facts = screen.facts
        # the pane's border is line 0 and the labels line 1: line 4 is the third row
        await pilot.click(facts, offset=Offset(20, 4))
        await pilot.pause()
        assert app.focused is facts and facts.cursor_row == 2
        fact = facts.shown[2]
        assert fact.start is not None
        assert screen.reader.overlays.groups.get("fact") == [(fact.start, fact.end)]
        await pilot.click(facts, offset=Offset(20, 1))  # the labels: nothing moves
        assert facts.cursor_row == 2


async def test_markup_and_control_characters_in_a_fact_are_drawn_as_text() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        _, facts = await _many_facts(pilot, 1)
        await pilot.press("4")
        await pilot.pause()
        assert facts.current is HOSTILE
        drawn = "".join(segment.text for segment in facts.render_line(1))
        assert "[b]粗[/b]␛]52;c;QUFB␇说"[:10] in drawn and "\x1b" not in drawn and "\x07" not in drawn
        assert drawn_cell(facts, 0, 2) == "[/]: [link=x]y"


async def test_the_view_follows_the_cursor_a_row_and_a_page_at_a_time() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        _, facts = await _many_facts(pilot, 5)
        await pilot.press("4")
        rows_on_screen = facts.scrollable_content_region.height - 1
        for _ in range(rows_on_screen):
            await pilot.press("j")
        assert facts.cursor_row == rows_on_screen and facts.scroll_y == 1
        await pilot.press("pagedown")
        assert facts.cursor_row == 2 * rows_on_screen
        assert facts.scroll_y <= facts.cursor_row < facts.scroll_y + rows_on_screen
        await pilot.press("pageup", "pageup")
        assert facts.cursor_row == 0 and facts.scroll_y == 0


async def test_the_cursor_row_stays_on_screen_when_a_maximised_table_is_restored() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        _, facts = await _many_facts(pilot, 1)
        await pilot.press("4", "G")
        for maximised in (True, False):
            await pilot.press("z")
            await pilot.pause()
            assert (app.screen.maximized is facts) is maximised
            assert facts.cursor_row == facts.row_count - 1
            assert facts.scroll_y <= facts.cursor_row < facts.scroll_y + facts.page_height
