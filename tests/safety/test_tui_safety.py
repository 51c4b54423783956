"""Rows 1, 3 and 4 in the UI: what the app would write to the terminal holds no command from the
article or a file name, markup in input is shown as text, and an article with no text opens."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets._toast import Toast

from lytui.tui.app import LytuiApp, make_app
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.screens.menus import FormatMenu
from tests.safety.hostile import HOSTILE_ARTICLE, MARKUP_ARTICLE, leaked, write
from tests.tui.helpers import visible_text, wait_analysed


def painted(app: LytuiApp) -> str:
    """Exactly what a full repaint of the current screen writes to the terminal (the headless driver
    used by tests writes nothing itself)."""
    return app.screen._compositor.render_full_update().render_segments(app.console)


async def wait_analysed_even_if_empty(pilot: Pilot[None]) -> None:
    for _ in range(200):
        document = getattr(pilot.app.screen, "document", None)
        if document is not None and document.analysed:
            await pilot.pause(0.1)
            return
        await pilot.pause(0.1)
    raise AssertionError("analysis did not finish")


async def open_from_folder(pilot: Pilot[None], row: int) -> ArticleScreen:
    app = pilot.app
    await pilot.pause()
    app.screen.query_one("#articles").move_cursor(row=row)
    await pilot.press("enter")
    for _ in range(200):
        await pilot.pause(0.05)
        if isinstance(app.screen, ArticleScreen):
            await pilot.pause(0.1)
            return app.screen
    raise AssertionError("the article did not open")


async def test_terminal_commands_in_an_article_never_reach_the_terminal(tmp_path: Path) -> None:
    app = make_app(write(tmp_path / "a\x1b]2;named\x07.txt", HOSTILE_ARTICLE))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_analysed(pilot)
        assert not leaked(painted(app))
        await pilot.press("2", "o")  # the original text, as scraped
        await pilot.pause()
        screen = painted(app)
        assert not leaked(screen)
        assert "␛]52;c;aGFja2Vk␇" in visible_text(app.screen.reader) or "␛]52;c;aGFja2Vk␇" in screen
        await pilot.press("r")  # repairs over the original, then over the clean text: notes quote the raw
        await pilot.pause()
        assert not leaked(painted(app))
        await pilot.press("o")
        await pilot.pause()
        assert not leaked(painted(app))
        await pilot.press("4", "y")  # a copy notification quotes the value
        await pilot.pause()
        assert not leaked(painted(app))


async def test_terminal_commands_in_file_names_never_reach_the_terminal(tmp_path: Path) -> None:
    write(tmp_path / "b\x1b]52;c;aGFja2Vk\x07.txt", HOSTILE_ARTICLE)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        listing = painted(app)
        assert not leaked(listing) and "␛]52;c;aGFja2Vk␇" in listing
        await open_from_folder(pilot, 0)
        assert not leaked(painted(app))


async def test_markup_in_titles_quotes_file_names_and_the_filter_is_text(tmp_path: Path) -> None:
    write(tmp_path / "[x]y.txt", MARKUP_ARTICLE)
    write(tmp_path / "[b]z[i.txt", MARKUP_ARTICLE)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        listing = painted(app)
        assert "[x]y.txt" in listing and "[b]z[i.txt" in listing and "标题[/]里有[reverse]方括号" in listing
        screen = await open_from_folder(pilot, 0)
        await wait_analysed(pilot)
        assert screen.query_one("#outline").root.label.plain == "标题[/]里有[reverse]方括号[/reverse]"
        await pilot.press("4", "slash", *"[/]", "enter")  # the facts filter echoes what was typed
        await pilot.pause()
        assert "“[/]”" in painted(app)
        await pilot.press("2", "slash", *"[/b]", "enter")  # not found: the notification quotes it
        toasts: list[str] = []
        for _ in range(40):  # a loaded machine may take more than a moment to show it
            await pilot.pause(0.05)
            toasts = [str(toast.render()) for toast in app.screen.query(Toast)]
            if toasts:
                break
        assert any("“[/b]” not found" in toast for toast in toasts), toasts
        assert app.return_code is None


async def test_markup_title_opens_as_a_single_file(tmp_path: Path) -> None:
    app = make_app(write(tmp_path / "[b]t.txt", MARKUP_ARTICLE))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_analysed(pilot)
        assert "[reverse]方括号" in painted(app)


async def test_an_article_of_only_page_chrome_opens_empty_with_a_note(tmp_path: Path) -> None:
    for name, text in (("source.txt", "来源：新华社\n"), ("end.txt", "（完）\n"), ("blank.txt", "\n\n　\n")):
        app = make_app(write(tmp_path / name, text))
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await wait_analysed_even_if_empty(pilot)
            assert isinstance(app.screen, ArticleScreen)
            assert "No article text" in visible_text(app.screen.reader)
            await pilot.press("1", "down", "up", "2", "J", "K", "o", "r", "o", "end", "3", "4")
            await pilot.pause()
            assert app.return_code is None


async def test_empty_articles_in_a_folder_open_and_come_back(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "来源：新华社\n")
    write(tmp_path / "b.txt", "（完）\n")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        for row in (0, 1):
            screen = await open_from_folder(pilot, row)
            assert "No article text" in visible_text(screen.reader)
            await pilot.press("escape")
            await pilot.pause()
        assert app.return_code is None and not isinstance(app.screen, ArticleScreen)


async def test_the_format_menu_shows_its_key_hints(tmp_path: Path) -> None:
    app = make_app(write(tmp_path / "a.txt", MARKUP_ARTICLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot)
        await pilot.press("4", "c")
        await pilot.pause()
        assert isinstance(app.screen, FormatMenu)
        shown = painted(app)
        assert "[t] TSV" in shown and "[j] JSON" in shown


async def test_one_very_long_line_opens_through_the_loading_screen(tmp_path: Path) -> None:
    sentence = "记者从市政府获悉，全市今年投入资金138亿元，同比增长12%。"
    line = sentence * (1_100_000 // len(sentence.encode()))  # over the loading-screen threshold, no newline
    app = make_app(write(tmp_path / "long.txt", line))
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(600):
            await pilot.pause(0.1)
            if isinstance(app.screen, ArticleScreen):
                break
        assert isinstance(app.screen, ArticleScreen)
        for _ in range(100):
            await pilot.pause(0.1)
            if visible_text(app.screen.reader):
                break
        assert "记者从市政府获悉" in visible_text(app.screen.reader)
        await pilot.press("2", "o", "end", "o", "J", "K", "1", "down")
        await pilot.pause(0.5)
        assert app.return_code is None
