"""Keys mean the same thing in every pane, and every binding comes from the one command registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Footer, Tree
from textual.widgets._footer import FooterKey

from lytui.tui.app import make_app
from lytui.tui.screens.corpus import CorpusScreen
from lytui.tui.screens.fact_detail import FactDetail
from lytui.tui.screens.loading import LoadingScreen
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.screens.menus import HelpScreen
from tests.conftest import SEED
from tests.tui.helpers import analysed_seed, hold_cleaning, wait_analysed
from tests.tui.test_pilot import osc52_payloads, record_osc52


async def test_a_pane_number_while_maximised_shows_that_pane_and_y_copies_what_is_seen() -> None:
    async with analysed_seed() as (app, pilot, screen):
        writes = record_osc52(app)
        await pilot.press("2", "z", "4")
        assert screen.maximized is screen.facts and app.focused is screen.facts
        await pilot.press("y")
        await pilot.pause()
        assert osc52_payloads(writes), "the copied fact is the one on screen"
        await pilot.press("z")
        assert screen.maximized is None and app.focused is screen.facts


async def test_a_maximised_pane_fills_the_narrow_screen() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("4", "z")
        await pilot.pause()
        assert screen.maximized is screen.facts and screen.facts.outer_size.height >= 20


async def test_tab_follows_the_pane_numbers() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("1")
        order = []
        for _ in range(4):
            await pilot.press("tab")
            assert app.focused is not None
            order.append(app.focused.id)
        assert order == ["reader", "keywords", "facts", "outline"]
        await pilot.press("shift+tab")
        assert app.focused is screen.facts


@pytest.mark.parametrize("pane", ["outline", "keywords", "facts"])
async def test_lists_move_with_the_keys_of_the_article_text(pane: str) -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot)
        widget = app.screen.query_one(f"#{pane}")
        widget.focus()
        await pilot.pause()

        def row() -> int:
            return int(widget.cursor_line if isinstance(widget, Tree) else widget.cursor_row)

        last = widget.last_line if isinstance(widget, Tree) else widget.row_count - 1
        for down, up in (("j", "k"), ("down", "up")):
            start = row()
            await pilot.press(down)
            assert row() == start + 1, down
            await pilot.press(up)
            assert row() == start, up
        for bottom, top in (("G", "g"), ("end", "home")):
            await pilot.press(bottom)
            assert row() == last, bottom
            await pilot.press(top)
            assert row() == 0, top
        await pilot.press("space")
        assert row() > 0
        await pilot.press("b")
        assert row() == 0


def _folder(tmp_path: Path, count: int = 3) -> Path:
    for index in range(count):
        (tmp_path / f"{index:02}.txt").write_text(
            f"第{index}篇文章\n2024-01-02T10:00:00+08:00 来源：测试网\n正文内容。", encoding="utf-8"
        )
    return tmp_path


async def test_the_article_list_moves_with_j_k_g_and_G(tmp_path: Path) -> None:
    app = make_app(_folder(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#articles")
        await pilot.press("j")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == 2
        await pilot.press("k", "g")
        assert table.cursor_row == 0


async def test_the_article_list_shows_the_file_name_at_80_columns(tmp_path: Path) -> None:
    (tmp_path / "long-title.txt").write_text(
        "龙岩市又见苏区干部好作风千名干部挂千企服务企业促发展人人都是招商员\n2024-01-02 来源：测试网\n正文。",
        encoding="utf-8",
    )
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#articles")
        assert sum(column.get_render_width(table) for column in table.columns.values()) <= table.size.width
    from lytui.tui.screens.corpus import short_date, short_size

    assert short_size(5_503_508) == "5.2 MB" and short_size(2038) == "2.0 kB"

    assert short_date("2024-11-14T20:44:00+08:00") == "2024-11-14 20:44"
    assert short_date("2024-11-14") == "2024-11-14" and short_date("昨天") == "昨天"


async def test_a_large_file_from_the_folder_gets_the_loading_screen_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    cleaning = hold_cleaning(monkeypatch, large_file_bytes=10)
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        cleaning.set()
        for _ in range(100):
            if isinstance(app.screen, ArticleScreen):
                break
            await pilot.pause(0.05)
        assert isinstance(app.screen, ArticleScreen) and app.screen.from_corpus
        await pilot.press("escape")
        assert isinstance(app.screen, CorpusScreen)


@pytest.mark.parametrize("pane", ["1", "2", "3", "4"])
async def test_help_and_quit_stay_on_the_footer_at_80_columns(pane: str) -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot)
        await pilot.press(pane)
        await pilot.pause()
        keys = {key.action: key for key in app.screen.query_one(Footer).query(FooterKey)}
        for action in ("help", "quit"):
            assert keys[action].region.right <= 80 and keys[action].region.width > 0, action


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_keywords_pane_never_scrolls_sideways(size: tuple[int, int]) -> None:
    app = make_app(SEED)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot)
        keywords = app.screen.query_one("#keywords")
        assert not keywords.show_horizontal_scrollbar
        assert keywords.max_scroll_x == 0


async def test_enter_on_the_title_keeps_the_sections_open() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "g", "enter")
        outline = app.screen.query_one("#outline")
        assert outline.root.is_expanded and outline.last_line > 0


async def test_section_numbers_are_the_facts_section_numbers() -> None:
    async with analysed_seed() as (_app, _pilot, screen):
        labels = [str(node.label) for node in screen.query_one("#outline").root.children]
        numbered = {fact.start: screen.facts._section_of(fact) for fact in screen.facts.shown}
        for section in {s for s in numbered.values() if s.isdigit()}:
            assert labels[int(section)].startswith(f"§{section} ")


async def test_ctrl_c_names_the_key_lytui_quits_with() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("q to quit" in m for m in messages) and not any("ctrl+q" in m.lower() for m in messages)


async def test_keymap_typos_and_conflicts_are_warned_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\ncopy-valeu = "v"\ncopy-value = "z"\n', encoding="utf-8")
    monkeypatch.setenv("LYTUI_KEYMAP", str(keymap))
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        warnings = [n for n in app._notifications if n.severity == "warning"]
        assert len(warnings) == 1
        assert "copy-valeu" in warnings[0].message and "maximize" in warnings[0].message


def test_the_default_keys_have_no_conflicts() -> None:
    from lytui.tui.registry import keymap_problems

    assert keymap_problems({}) == []


def test_every_binding_comes_from_the_registry() -> None:
    from lytui.tui.app import LytuiApp
    from lytui.tui.registry import REGISTRY

    ids = {f"lytui.{command.id}" for group in REGISTRY for command in group.commands}
    from lytui.tui.screens.menus import LineInput, PathInput
    from lytui.tui.widgets.lists import ListTable
    from lytui.tui.widgets.outline import Outline

    owners = {LytuiApp, ListTable, Outline, LineInput, PathInput}
    owners |= {group.target for group in REGISTRY if group.target.__module__.startswith("lytui")}
    for owner in owners:
        for cls in owner.__mro__:
            if not cls.__module__.startswith("lytui"):
                continue
            for binding in cls.__dict__.get("BINDINGS", []):
                assert isinstance(binding, Binding) and binding.id in ids, (cls, binding)


async def test_help_lists_the_page_and_arrow_keys() -> None:
    app = make_app(SEED)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        for key in ("PgDn Space", "PgUp b", "Home g", "End G", "j ↓", "k ↑"):
            assert key in text, key


async def test_the_palette_lists_what_this_screen_runs_and_finds_the_pane_by_type(tmp_path: Path) -> None:
    async with analysed_seed() as (app, pilot, screen):
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert "Facts: Copy value" in commands and "Article list: Open" not in commands
        writes = record_osc52(app)
        await pilot.press("2", "z")
        commands["Facts: Copy value"].callback()
        await pilot.pause()
        await pilot.pause()
        assert app.focused is screen.facts and screen.maximized is screen.facts
        assert osc52_payloads(writes)

    folder_app = make_app(_folder(tmp_path))
    async with folder_app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title for c in folder_app.get_system_commands(folder_app.screen)]
        assert "Article list: Open" in titles and not any(t.startswith(("Facts:", "Article:")) for t in titles)


async def test_the_palette_offers_commands_only_where_they_work() -> None:
    """A moving command from the palette moves the focused pane (it ran on the screen, which has no
    moving action, and did nothing); the fact detail's commands are offered in the detail only."""
    async with analysed_seed() as (app, pilot, screen):
        await pilot.press("2")
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert not any(title.startswith("Fact detail:") for title in commands)
        commands["Moving (text, lists, tables): Bottom"].callback()
        await pilot.pause()
        await pilot.pause()
        reader = screen.reader
        assert reader.max_scroll_y > 0 and reader.scroll_y == reader.max_scroll_y
        await pilot.press("4", "enter")
        detail = app.screen
        assert isinstance(detail, FactDetail)
        titles = [c.title for c in app.get_system_commands(detail)]
        assert "Fact detail: Go to it" in titles and not any(t.startswith(("Facts:", "Panes:")) for t in titles)
        await pilot.press("escape")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert not any(title.startswith("Fact detail:") for title in titles)


async def test_the_loading_screen_offers_no_moving_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = hold_cleaning(monkeypatch, large_file_bytes=1000)  # the loading screen stays until the commands are read
    big = tmp_path / "big.txt"
    big.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(big)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        listed.set()
        assert "Opening a large file: Back" in titles
        assert not any(title.startswith("Moving") for title in titles)


async def test_keys_pressed_before_the_side_panes_are_in_do_not_crash() -> None:
    from tests.conftest import SEED

    app = make_app(SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        screen._panes_ready = False  # the frame before the tree and tables replace their empty frames
        assert screen.check_action("sort", ()) is False and screen.check_action("back", ()) is True
        screen.action_back()
        screen._panes_ready = True
        await pilot.press("escape")
        assert app.screen is screen


async def test_maximising_and_restoring_keeps_the_section_trees_lines_and_draws_them_at_the_new_size() -> None:
    """Tree rebuilds every line on each resize (1,800 on a long article); the outline's lines do not depend
    on its width, so `z` and back keep them, and the tree still draws in its restored width."""
    async with analysed_seed() as (_app, pilot, screen):
        outline = screen.query_one("#outline", Tree)
        await pilot.pause()
        lines = outline._tree_lines  # built for the first frame
        width = outline.size.width
        await pilot.press("4", "z")
        await pilot.pause()
        await pilot.press("z")
        await pilot.pause()
        assert outline._tree_lines is lines
        assert outline.size.width == width
        drawn = "".join(segment.text for segment in outline.render_line(0))
        assert str(outline.root.label)[:4] in drawn
