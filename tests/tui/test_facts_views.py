"""Both facts views: the folder table's subtitle and height, sort order both ways, column widths that
follow the table, the fact detail window, large copies, and the actions written once for both."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Footer, Static

from lytui.export import value_text
from lytui.model import Fact, Money, Person, Quote
from lytui.tui.app import LytuiApp, make_app
from lytui.tui.clipboard import OSC52_LIMIT, clip_dir, copy_text, file_label, fits_osc52
from lytui.tui.fact_views import FactActions, chinese_amount, flexible_widths, money_reading, shown_value
from lytui.tui.screens.corpus_facts import CorpusFactsScreen
from lytui.tui.screens.fact_detail import FactDetail
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.widgets.facts import FactsTable
from tests.conftest import SEED
from tests.tui.helpers import drawn_cell, wait_analysed
from tests.tui.test_pilot import osc52_payloads, record_osc52


def write_folder(folder: Path, count: int = 12) -> None:
    """Articles with two money facts each (plus places), enough rows to scroll in a 24-line terminal."""
    for index in range(count):
        (folder / f"{index:02d}.txt").write_text(
            f"第{index}篇\n厦门市投资{index + 3}亿元，泉州市投资{index + 1}万元。", encoding="utf-8"
        )
    (folder / "zz_bad.txt").write_bytes(b"")


async def open_folder_facts(pilot: Pilot[None], total: int) -> CorpusFactsScreen:
    await pilot.pause()
    await pilot.press("F")
    screen = pilot.app.screen
    assert isinstance(screen, CorpusFactsScreen)
    for _ in range(400):
        await pilot.pause(0.05)
        if screen.done == total:
            break
    assert screen.done == total
    return screen


def rendered(renderable: object, width: int = 100) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


async def test_folder_facts_subtitle_is_drawn_and_says_counts_progress_filters_and_failures(tmp_path: Path) -> None:
    write_folder(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_folder_facts(pilot, 13)
        table = screen.table
        assert table.styles.border_bottom[0] == "round"  # the subtitle's border is drawn
        await pilot.press("K")  # money
        await pilot.pause()
        subtitle = str(table.border_subtitle)
        assert "24 of " in subtitle and "13/13 articles" in subtitle and "1 unreadable" in subtitle
        assert "kind=money" in subtitle
        assert any("Facts: money (24 of" in str(n.message) for n in app._notifications)  # K says what it did
        await pilot.press("slash", *"01.txt", "enter")
        await pilot.pause()
        assert "“01.txt”" in str(table.border_subtitle) and len(screen.shown) == 2
        await pilot.press("a")
        assert "article=01.txt" in str(table.border_subtitle)


async def test_folder_facts_last_row_stays_above_the_footer_after_G(tmp_path: Path) -> None:
    write_folder(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_folder_facts(pilot, 13)
        table = screen.table
        await pilot.press("G")
        await pilot.pause()
        footer = screen.query_one(Footer)
        assert table.cursor_row == len(screen.shown) - 1
        assert table.region.bottom <= footer.region.y  # neither rows nor the scrollbar under the footer
        visible_rows = table.scrollable_content_region.height - 1  # less the header row
        assert table.scroll_offset.y + visible_rows >= len(screen.shown)  # the last row is on screen


async def test_s_sorts_by_the_next_column_and_shift_s_reverses() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "s")
        facts: FactsTable = app.screen.facts  # type: ignore[attr-defined]
        ascending = list(facts.shown)
        assert facts.sort_column == "kind" and not facts.reverse
        await pilot.press("S")
        assert facts.reverse and [f.kind for f in facts.shown] == [f.kind for f in reversed(ascending)]
        assert facts.shown[0].kind > facts.shown[-1].kind
        assert "sort=kind, reversed" in str(facts.border_subtitle)
        await pilot.press("S")
        assert facts.shown == ascending
        await pilot.press("S", "s")  # the next column starts in its usual order again
        assert facts.sort_column == "value" and not facts.reverse


async def test_a_maximised_facts_table_widens_its_value_and_text_columns() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(200, 50)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4")
        facts: FactsTable = app.screen.facts  # type: ignore[attr-defined]
        narrow = facts.widths[2:4]
        quotes = [i for i, f in enumerate(facts.shown) if f.kind == "quote"]
        cut = [i for i in quotes if drawn_cell(facts, i, 2).endswith("…")]
        await pilot.press("z")
        await pilot.pause()
        assert facts.widths[2] > narrow[0] and facts.widths[3] > narrow[1]
        whole = [i for i in cut if drawn_cell(facts, i, 2) == value_text(facts.shown[i])]
        assert whole  # quotes cut in the narrow table read in full


async def test_enter_shows_the_whole_fact_and_enter_there_goes_to_it_in_the_article() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4")
        facts: FactsTable = app.screen.facts  # type: ignore[attr-defined]
        quote = max((f for f in facts.shown if f.kind == "quote"), key=lambda f: len(f.text))
        facts.move_cursor(row=facts.shown.index(quote))
        await pilot.press("2", "4")  # the reader moves away, then back to the facts
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, FactDetail)
        shown = rendered(detail.query_one("#fact-detail", Static).content, width=70).replace("\n", "")
        for part in ("陈东华", "征迁工作困难重重", "medium", "foundbyrule", "section3·paragraph23"):
            assert part in shown.replace(" ", "")
        await pilot.press("escape")
        assert app.screen.focused is facts  # Esc only closes
        await pilot.press("z", "enter", "enter")  # from a maximised table too
        article = app.screen
        assert isinstance(article, ArticleScreen)
        assert article.maximized is None and article.focused is article.reader
        assert list(article.reader.overlays.groups["fact"]) == [(quote.start, quote.end)]


def test_the_detail_shows_markup_and_controls_from_the_article_as_text() -> None:
    from lytui.tui.fact_views import PlacedFact
    from lytui.tui.screens.fact_detail import detail_table

    hostile = Fact("quote", "“[bold red]x[/] \x1b]52;c;AA\x07”", Quote("[/]", "[link=x]y"), 5, 20)
    shown = rendered(detail_table(PlacedFact(hostile, 1, 2, "前文" * 3 + hostile.text, -1)))
    assert "[bold red]x[/]" in shown and "[/]: [link=x]y" in shown and "\x1b" not in shown and "␛" in shown


async def test_folder_enter_shows_the_fact_and_o_opens_the_article(tmp_path: Path) -> None:
    write_folder(tmp_path, 3)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_folder_facts(pilot, 4)
        await pilot.press("K", "enter")
        assert isinstance(app.screen, FactDetail)
        text = rendered(app.screen.query_one("#fact-detail", Static).content)
        assert "3亿元" in text and str(tmp_path / "00.txt") in text and "high" in text
        await pilot.press("escape", "o")
        for _ in range(100):
            await pilot.pause(0.05)
            if isinstance(app.screen, ArticleScreen):
                break
        assert isinstance(app.screen, ArticleScreen) and app.screen.document.meta.title == "第0篇"
        await pilot.press("escape", "escape")  # the fact's highlight, then the article
        await pilot.pause()
        back: object = app.screen
        assert back is screen


def test_money_reads_in_yi_and_wan_beside_the_normalised_value() -> None:
    assert chinese_amount(150400000000) == "1504亿"
    assert chinese_amount(38000) == "3.8万"
    assert chinese_amount(2.5 * 10**12) == "2.5万亿"
    fact = Fact("money", "1504亿元", Money(150400000000, "CNY"), 0, 6)
    assert shown_value(fact) == "150400000000 CNY · 1504亿元"
    dollars = Fact("money", "约3亿美元", Money(3e8, "USD", approximate=True), 0, 5)
    assert money_reading(dollars) == "≈3亿美元"
    assert money_reading(Fact("money", "几千万元", Money(None, "CNY"), 0, 4)) == ""
    assert money_reading(Fact("money", "500元", Money(500, "CNY"), 0, 4)) == ""
    ranged = Fact("money", "12亿至15亿元", Money(12e8, "CNY", upper=15e8), 0, 8)
    assert shown_value(ranged) == "1200000000–1500000000 CNY · 12亿–15亿元"


def test_value_and_text_columns_take_the_room_a_wide_table_has() -> None:
    value, text = flexible_widths(78, (12, 1, 4))  # the facts pane at 80 columns: what is there, no more
    assert value > text and value + text + 17 + 5 * 2 + 2 == 78
    value, text = flexible_widths(196, (12, 1, 4))
    assert value > 30 and text > 20 and value + text + 17 + 5 * 2 + 2 == 196


def test_clipboard_file_names_have_no_spaces() -> None:
    assert file_label("12 facts as tsv") == "12-facts-as-tsv"
    assert file_label("../ \x1b") == ".."  # no folder separator, no control character


def test_the_osc52_limit_counts_the_encoded_sequence() -> None:
    just_fits = (OSC52_LIMIT - len("\x1b]52;c;\a")) // 4 * 3
    assert fits_osc52("x" * just_fits) and not fits_osc52("x" * (just_fits + 3))


async def test_a_copy_too_large_for_osc52_says_so_and_names_the_file() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        writes = record_osc52(app)
        big = "很长的文字。" * 100_000  # 1.8 MB of UTF-8
        result = copy_text(app, big, "38 facts as tsv", "tsv")
        await pilot.pause()
        assert not osc52_payloads(writes) and not result.terminal  # nothing the terminal would drop
        assert result.saved_to is not None and " " not in result.saved_to.name
        assert result.saved_to.read_text(encoding="utf-8") == big
        messages = [str(n.message) for n in app._notifications]
        assert any("too large for the terminal's clipboard" in m and str(result.saved_to) in m for m in messages)
        assert not any(m.startswith("Copied") for m in messages)
        small = copy_text(app, "小", "value")
        await pilot.pause()
        assert small.terminal and osc52_payloads(writes) == ["小"]
        assert (clip_dir() / "latest.txt").read_text(encoding="utf-8") == "小"


def test_both_facts_views_share_one_copy_filter_and_detail_implementation() -> None:
    shared = (
        "action_next_kind",
        "action_filter_text",
        "action_copy_value",
        "action_copy_row",
        "action_copy_table",
        "action_export_table",
        "action_show_fact",
    )
    for view in (FactsTable, CorpusFactsScreen):
        assert issubclass(view, FactActions)
        for action in shared:
            assert action not in vars(view) and getattr(view, action) is getattr(FactActions, action)


async def test_the_help_lists_the_new_keys() -> None:
    app: LytuiApp = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("question_mark")
        text = rendered(app.screen.query_one(Static).content)
        assert "S  Reverse the order of the facts" in text and "Enter  Show the whole fact" in text
        assert "again: reverse" not in text


def test_a_fact_from_the_meta_says_where_it_comes_from_instead_of_a_sentence() -> None:
    from lytui.tui.fact_views import PlacedFact
    from lytui.tui.screens.fact_detail import detail_table

    byline = Fact(
        "person", "王俊杰", Person("王俊杰", None, None), None, None, "from the page's meta", "byline", "high"
    )
    shown = rendered(detail_table(PlacedFact(byline, None, None, "王俊杰", None)))
    assert "sentence" not in shown and "the page's meta (not in the text)" in shown and "byline" in shown


async def test_folder_facts_widen_their_value_and_text_columns_with_the_window(tmp_path: Path) -> None:
    write_folder(tmp_path, 2)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_folder_facts(pilot, 3)
        narrow = list(screen.table.widths)
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        wide = list(screen.table.widths)
        assert wide[:3] == narrow[:3] and wide[3] > narrow[3] and wide[4] > narrow[4]
        assert len(screen.shown) == screen.table.row_count  # rows drawn again in the new columns


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_facts_and_keywords_tables_fit_their_pane_and_cut_long_cells(size: tuple[int, int]) -> None:
    """No sideways scrolling in a narrow terminal, the facts pane maximised or not: long values and
    quotes end in … (Enter shows them whole)."""
    app = make_app(SEED)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        for table in (screen.facts, screen.keywords):
            assert table.virtual_size.width <= table.scrollable_content_region.width, table.id
            assert not table.show_horizontal_scrollbar, table.id
        await pilot.press("4", "z")
        await pilot.pause()
        assert screen.maximized is screen.facts
        facts = screen.facts
        assert facts.virtual_size.width <= facts.scrollable_content_region.width
        assert not facts.show_horizontal_scrollbar
        cells = [drawn_cell(facts, row, column) for row in range(facts.row_count) for column in range(5)]
        assert any(cell.endswith("…") for cell in cells)


async def test_maximising_keeps_the_facts_cursor_and_the_facts_it_shows() -> None:
    """`z` only widens two columns: no refill, so the cursor stays on its row."""
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4")
        facts = app.screen.facts  # type: ignore[attr-defined]
        facts.move_cursor(row=20)
        shown = facts.shown
        for _ in range(2):
            await pilot.press("z")
            await pilot.pause()
            assert facts.cursor_row == 20 and facts.shown is shown


async def test_every_fact_of_a_large_folder_can_be_scrolled_to(tmp_path: Path) -> None:
    """The folder table once listed its first 2,000 rows and asked for a filter to see the rest; it now
    draws from the list of shown rows, so G reaches the last of them."""
    for index in range(2):
        sums = "".join(f"第{n}期投资{n + 1}万元。" for n in range(1200))
        (tmp_path / f"{index}.txt").write_text(f"第{index}篇\n{sums}", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_folder_facts(pilot, 2)
        total = len(screen.shown)
        assert total >= 2400 and screen.table.row_count == total
        await pilot.press("G")
        await pilot.pause()
        assert screen.table.cursor_row == total - 1 and screen._current() is screen.shown[-1]
        assert "listed" not in str(screen.table.border_subtitle)
