"""Key presses through Textual's pilot: every binding and every cross-pane link."""

from __future__ import annotations

import base64
import gc
from pathlib import Path

import pytest

from lytui.export import value_text
from lytui.model import Document, Person
from lytui.tui.app import LytuiApp, make_app
from lytui.tui.clipboard import clip_dir
from lytui.tui.layout import Layout, View
from lytui.tui.screens.fact_detail import FactDetail
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.screens.menus import FormatMenu, HelpScreen
from lytui.tui.widgets.reader import Reader
from lytui.tui.widgets.reader_search import SearchBar
from tests.conftest import SEED
from tests.tui.helpers import drawn_cell, hold_cleaning, plain, visible_text, wait_analysed


def seed_app() -> LytuiApp:
    return make_app(SEED)


def record_osc52(app: LytuiApp) -> list[str]:
    writes: list[str] = []
    driver = app._driver
    assert driver is not None
    original = driver.write

    def write(data: str) -> None:
        writes.append(data)
        original(data)

    driver.write = write  # type: ignore[method-assign]
    return writes


def osc52_payloads(writes: list[str]) -> list[str]:
    found = []
    for data in writes:
        if data.startswith("\x1b]52;c;"):
            found.append(base64.b64decode(data[len("\x1b]52;c;") :].rstrip("\a")).decode("utf-8"))
    return found


async def test_text_paints_before_analysis_then_fills_in() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert "龙岩市：又见苏区干部好作风" in visible_text(screen.reader)
        await wait_analysed(pilot)
        assert screen.keywords._shown and screen.facts.shown


async def test_section_cursor_scrolls_the_reader_without_enter() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        assert app.focused is app.screen.query_one("#outline")
        for _ in range(5):
            await pilot.press("down")
        await pilot.pause()
        assert "记者手记" in visible_text(app.screen.reader)
        await pilot.press("k", "k")
        await pilot.pause()
        assert "人人都是招商员" in visible_text(app.screen.reader)


async def test_fact_selection_jumps_the_reader_and_highlights_the_span() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4")
        facts = app.screen.facts
        target = next(i for i, f in enumerate(facts.shown) if f.kind == "document")
        for _ in range(target):
            await pilot.press("j")
        await pilot.pause()
        fact = facts.current
        assert fact is not None and fact.kind == "document"
        reader = app.screen.reader
        assert reader.overlays.groups["fact"] == [(fact.start, fact.end)]
        assert "《福建通用恒泰电气设备有限公司" in visible_text(reader).replace("\n", "")


async def test_keyword_highlights_occurrences_and_filters_facts() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3")
        screen = app.screen
        keyword = screen.keywords.current
        assert keyword is not None
        assert screen.reader.overlays.groups["keyword"] == list(keyword.spans)
        total = len(screen.facts.shown)
        await pilot.press("f")
        await pilot.pause()
        assert 0 < len(screen.facts.shown) < total
        await pilot.press("t")
        assert screen.keywords.ranking == "tfidf"
        await pilot.press("t")
        assert screen.keywords.ranking == "textrank"
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.reader.overlays and len(screen.facts.shown) == total


async def test_f_narrows_the_facts_by_the_keyword_under_the_cursor_and_says_which() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("3", "j", "j", "j")
        screen = app.screen
        chosen = screen.keywords.current
        assert chosen is not None and chosen.word != screen.keywords._shown[0].word
        await pilot.press("f")
        await pilot.pause()
        assert screen.keywords.current == chosen  # the cursor stays where it was
        document = screen.facts.document
        sentences = {document.sentence_at(s) for s, _ in chosen.spans}
        spans = [(s.start, s.end) for s in sentences if s is not None]
        expected = [f for f in document.facts if f.start is not None and any(a <= f.start < b for a, b in spans)]
        assert [(f.kind, f.start) for f in screen.facts.shown] == [(f.kind, f.start) for f in expected]
        assert f"“{chosen.word}”" in str(screen.keywords.border_subtitle)
        await pilot.press("t")
        assert screen.keywords.current is not None and screen.keywords.current.word == chosen.word
        await pilot.press("escape")
        await pilot.pause()
        assert "facts of" not in str(screen.keywords.border_subtitle) and not screen.keywords.filter_facts


async def test_search_with_slash_n_and_N() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "slash")
        assert isinstance(app.screen, SearchBar)
        await pilot.press(*"吴云娟")
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen.reader
        search = reader.overlays.search
        assert len(search.matches) == app.screen.document.text.count("吴云娟") >= 4
        first = reader.scroll_y
        await pilot.press("n")
        await pilot.press("n")
        assert reader.scroll_y >= first
        await pilot.press("N")
        assert search.current == 1
        assert f"2/{len(search.matches)}" in plain(reader.border_subtitle)


async def test_original_and_repairs_toggles_show_in_the_title() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "o")
        reader = app.screen.reader
        assert reader.original and "龍巖市:又見蘇區(qū)" in visible_text(reader)
        assert str(reader.border_title) == "2 Article · original"
        await pilot.press("r")
        assert reader.show_repairs and "→区" in visible_text(reader)
        assert str(reader.border_title) == "2 Article · original · repairs"
        count = len(app.screen.document.repairs)
        assert f"{count} repairs: pinyin punct. mojibake 繁→简 removed" in plain(reader.border_subtitle)
        await pilot.press("o")
        assert not reader.original
        assert "⟨" in visible_text(reader)
        assert str(reader.border_title) == "2 Article · repairs"
        await pilot.press("r")
        assert str(reader.border_title) == "2 Article" and reader.border_subtitle is None


async def test_facts_filter_by_kind_text_and_sort() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "K")
        facts = app.screen.facts
        assert facts.facts_filter.kind == "money" and {f.kind for f in facts.shown} == {"money"}
        await pilot.press("K", "K", "K", "K")
        assert facts.facts_filter.kind == "person"
        await pilot.press("slash")
        await pilot.press(*"局长", "enter")
        await pilot.pause()
        assert facts.shown and all(isinstance(f.value, Person) and "局长" in (f.value.title or "") for f in facts.shown)
        await pilot.press("s")
        assert facts.sort_column == "kind"
        assert "sort" not in vars(facts)  # the order is kept beside DataTable.sort(), never over it


async def test_copy_value_row_and_table_reach_osc52_and_the_fallback_file() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        writes = record_osc52(app)
        await pilot.press("4", "K")  # money only
        await pilot.press("y")
        await pilot.pause()
        assert osc52_payloads(writes)[-1] == "13800000000 CNY"
        assert (clip_dir() / "latest.txt").read_text(encoding="utf-8") == "13800000000 CNY"
        await pilot.press("Y")
        await pilot.pause()
        assert osc52_payloads(writes)[-1].startswith("money\t13800000000 CNY\t138亿元\t0\t")
        await pilot.press("c")
        assert isinstance(app.screen, FormatMenu)
        await pilot.press("enter")  # TSV is the default
        await pilot.pause()
        table = osc52_payloads(writes)[-1]
        assert table.splitlines()[0].startswith("kind\tvalue\ttext")
        assert len(table.splitlines()) == 1 + len(app.screen.facts.shown)
        await pilot.press("c", "m")
        await pilot.pause()
        assert osc52_payloads(writes)[-1].startswith("| kind | value |")
        assert (clip_dir() / "latest.md").exists()
        await pilot.press("c", "j")
        await pilot.pause()
        assert '"kind": "money"' in osc52_payloads(writes)[-1]


async def test_export_writes_the_filtered_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "e", "c")
        await pilot.pause()
        await pilot.press("enter")  # the suggested path
        await pilot.pause()
        exported = (tmp_path / f"{SEED.stem}.facts.csv").read_text(encoding="utf-8")
        assert exported.startswith("kind,value,text")


async def test_help_palette_maximise_and_pane_keys() -> None:
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.has_class("narrow")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("2", "z")
        assert app.screen.maximized is app.screen.reader
        await pilot.press("z")
        assert app.screen.maximized is None
        await pilot.press("tab")
        assert app.focused is app.screen.keywords
        await pilot.press("shift+tab")
        assert app.focused is app.screen.reader
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert "Facts: Copy value" in commands and "Article: Search" in commands


async def test_keymap_file_remaps_a_command_by_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keymap = tmp_path / "custom.toml"
    keymap.write_text('[keys]\ncopy-value = "v"\n', encoding="utf-8")
    monkeypatch.setenv("LYTUI_KEYMAP", str(keymap))
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        writes = record_osc52(app)
        await pilot.press("4", "v")
        await pilot.pause()
        assert osc52_payloads(writes), "the remapped key copies"


async def test_directory_lists_articles_opens_with_enter_and_returns_with_escape(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("第一篇文章\n2024-01-02 来源：测试网\n正文内容。", encoding="utf-8")
    (tmp_path / "two.txt").write_bytes("第二篇文章\n內容。".encode("big5"))
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#articles")
        assert table.row_count == 2
        assert app.screen.summaries[0].published == "2024-01-02"
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, ArticleScreen):
                break
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.document.meta.title == "第一篇文章"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ArticleScreen)


async def test_folder_wide_facts_fill_in_filter_copy_and_open(tmp_path: Path) -> None:
    for index, amount in enumerate((3, 4, 5)):
        (tmp_path / f"{index}.txt").write_text(f"第{index}篇\n厦门市投资{amount}亿元。", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    app = make_app(tmp_path)
    app.analysis_cache.max_chars = 0  # keeps only the newest: whatever else lives, the screen holds
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("F")
        screen = app.screen
        for _ in range(200):
            await pilot.pause(0.05)
            if screen.query_one("#progress").progress == 4:
                break
        assert screen.failed == 1
        gc.collect()
        alive = [o for o in gc.get_objects() if isinstance(o, Document) and str(tmp_path) in (o.source_path or "")]
        assert len(alive) <= 1  # facts are kept, not the analysed documents
        assert {r.fact.kind for r in screen.rows} >= {"money", "place"}
        await pilot.press("K")  # money
        assert [value_text(r.fact) for r in screen.shown] == ["300000000 CNY", "400000000 CNY", "500000000 CNY"]
        await pilot.press("down", "a")  # only the article under the cursor
        assert [value_text(r.fact) for r in screen.shown] == ["400000000 CNY"]
        assert "article=1.txt" in str(screen.table.border_subtitle)
        await pilot.press("a")  # and back to every article
        assert len(screen.shown) == 3 and screen.table.cursor_row == 1
        await pilot.press("up")
        writes = record_osc52(app)
        await pilot.press("c", "enter")
        await pilot.pause()
        table = osc52_payloads(writes)[-1].splitlines()
        assert table[0].startswith("source_path\tkind\tvalue") and len(table) == 4
        await pilot.press("down", "enter")  # the fact in full
        assert isinstance(app.screen, FactDetail) and app.screen.placed.article == tmp_path / "1.txt"
        await pilot.press("enter")  # and on to the article at it
        for _ in range(100):
            await pilot.pause(0.05)
            if isinstance(app.screen, ArticleScreen) and app.screen.reader.overlays.groups.get("fact"):
                break
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.document.meta.title == "第1篇" and app.screen.reader.overlays.groups["fact"]
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.screen is screen


async def test_a_large_file_opens_at_once_with_a_loading_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lytui.tui.screens.loading import LoadingScreen

    cleaned = hold_cleaning(monkeypatch, large_file_bytes=1000)
    path = tmp_path / "big.txt"
    path.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, LoadingScreen)
        cleaned.set()
        for _ in range(100):
            await pilot.pause(0.05)
            if isinstance(app.screen, ArticleScreen):
                break
        assert isinstance(app.screen, ArticleScreen)
        await wait_analysed(pilot)


async def test_switching_articles_keeps_the_layout_but_not_the_reader_view(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("第一篇\n厦门市投资3亿元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("第二篇\n福州市投资4亿元。", encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, ArticleScreen):
                break
        await pilot.press("2", "r", "3", "t", "4")
        for _ in range(3):  # Esc clears highlights, then goes back to the list
            await pilot.press("escape")
            await pilot.pause()
        assert not isinstance(app.screen, ArticleScreen)
        await pilot.press("down", "enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if isinstance(app.screen, ArticleScreen):
                break
        await pilot.pause()
        screen = app.screen
        assert screen.document.meta.title == "第二篇"
        assert screen.keywords.ranking == "tfidf"
        assert not screen.reader.show_repairs and str(screen.reader.border_title) == "2 Article"
        assert app.focused is screen.facts


async def test_scrolling_the_article_moves_the_section_cursor() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "end")
        await pilot.pause(0.2)
        outline = app.screen.query_one("#outline")
        assert " 到现场去办公" in str(outline.cursor_node.label)  # the section at the top of the view
        top = app.screen.reader.scroll_y
        await pilot.pause(0.2)
        assert app.screen.reader.scroll_y == top  # moving the tree cursor did not scroll the text back
        await pilot.press("home")
        await pilot.pause(0.2)
        assert str(outline.cursor_node.label).startswith("§0 导语")


async def test_a_big_article_is_laid_out_in_a_worker_and_keys_still_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import lytui.tui.widgets.reader as reader_module

    monkeypatch.setattr(reader_module, "BACKGROUND_LAYOUT_CHARS", 1000)  # the seed counts as big here
    release = threading.Event()
    real_build = reader_module.build

    def held_build(document: Document, width: int, view: View, limit: int | None = None) -> Layout:
        if view.repairs and threading.current_thread() is not threading.main_thread():
            release.wait(10)  # stands in for the seconds 600,000 repair notes take
        return real_build(document, width, view, limit)

    monkeypatch.setattr(reader_module, "build", held_build)
    installed_on: list[bool] = []
    real_install = reader_module.Reader._install

    def install(self: Reader, layout: Layout, generation: int, partial: bool = False) -> None:
        installed_on.append(threading.current_thread() is threading.main_thread())
        real_install(self, layout, generation, partial)

    monkeypatch.setattr(reader_module.Reader, "_install", install)
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader = screen.reader
        assert len(reader.lines) and reader.lines.view == View()
        await pilot.press("2", "r")
        assert not reader.lines.view.repairs  # the key returned before the layout with notes exists
        assert "⟨" not in visible_text(reader)  # the previous layout is still drawn, in its own mode
        await pilot.press("J")  # the reader still answers keys meanwhile
        assert reader.current_paragraph is not None
        release.set()
        for _ in range(100):
            if reader.lines.view.repairs:
                break
            await pilot.pause(0.05)
        await pilot.press("home")
        await pilot.pause()
        assert "⟨" in visible_text(reader)  # now with the repairs' notes
        assert installed_on and all(installed_on)  # every layout made in the worker was put in place here


async def test_showing_repairs_keeps_the_paragraph_at_the_top() -> None:
    app = seed_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        reader = screen.reader
        await pilot.press("2", "J", "J", "J", "J", "J")
        await pilot.pause()
        top_before = reader.document.paragraph_index_at(reader.lines[int(reader.scroll_y)].start)
        assert top_before is not None and reader.scroll_y > 0
        await pilot.press("r")
        await pilot.pause()
        assert reader.lines.view.repairs and "⟨" in visible_text(reader)
        assert reader.document.paragraph_index_at(reader.lines[int(reader.scroll_y)].start) == top_before


async def test_facts_show_their_confidence_and_filter_on_it() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "slash", *"low", "enter")
        await pilot.pause()
        facts = app.screen.facts
        assert facts.shown and {f.confidence for f in facts.shown} == {"low"}
        assert drawn_cell(facts, 0, 1) == "○"
        assert "“low”" in str(facts.border_subtitle)


async def test_moving_through_keywords_without_the_filter_leaves_the_facts_as_they_are() -> None:
    """Each keyword move refilled the whole facts table (a second on a 5 MB article) and put its cursor
    back on the first row."""
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("4", "j", "j", "j")
        assert screen.facts.cursor_row == 3
        await pilot.press("3", "j", "j")
        await pilot.pause()
        assert screen.facts.cursor_row == 3 and screen.reader.overlays.groups.get("keyword")


async def test_a_large_facts_table_is_chosen_in_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    import lytui.tui.widgets.facts as facts_module

    monkeypatch.setattr(facts_module, "CHOOSE_IN_WORKER", 10)
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        facts = app.screen.facts
        await pilot.press("4", "K")
        for _ in range(100):
            await pilot.pause(0.05)
            if facts.shown and facts.row_count == len(facts.shown):
                break
        assert facts.shown and {f.kind for f in facts.shown} == {"money"}
        assert facts.row_count == len(facts.shown) > 7
        assert [drawn_cell(facts, i, 0) for i in range(facts.row_count)] == ["money"] * facts.row_count


async def test_an_analysed_article_is_kept_out_of_the_collectors_passes_until_it_is_left(tmp_path: Path) -> None:
    """A full collection walked every object of a 5 MB article's Document on whichever key came next
    (over half a second); frozen while shown, and thawed when the article is left, so it can be freed."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await wait_analysed(pilot)
        assert gc.get_freeze_count() > 0
        await pilot.press("escape")
        await pilot.pause()
        assert gc.get_freeze_count() == 0
