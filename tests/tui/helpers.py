from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import DataTable

from lytui.tui.app import LytuiApp, make_app
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.widgets.line_table import LineTable
from lytui.tui.widgets.reader import Reader


@asynccontextmanager
async def analysed_seed(
    size: tuple[int, int] = (120, 40),
) -> AsyncIterator[tuple[LytuiApp, Pilot[None], ArticleScreen]]:
    """The seed opened at `size` and analysed (keywords and facts in): the app, its pilot and the article
    screen, as most pilot tests begin."""
    from tests.conftest import SEED

    app = make_app(SEED)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        yield app, pilot, screen


async def wait_analysed(pilot: Pilot[None], timeout: float = 20.0) -> None:
    """Wait for the analysis worker (jieba) to fill keywords and facts."""
    app: LytuiApp = pilot.app  # type: ignore[assignment]
    waited = 0.0
    while waited < timeout:
        screen = app.screen
        document = getattr(screen, "document", None)
        if document is not None and document.analysed and screen.query("FactsTable") and screen.facts.shown:
            for _ in range(3):  # let layout and scrollbars settle after the tables refill
                await pilot.pause(0.05)
            await pilot.wait_for_scheduled_animations()
            return
        await pilot.pause(0.1)
        waited += 0.1
    raise AssertionError("analysis did not finish")


def drawn_cell(table: DataTable[object] | LineTable, row: int, column: int) -> str:
    """A cell as the table draws it at its column's width (the table's own padding left out)."""
    if isinstance(table, LineTable):
        width, cell = table.widths[column], table.row_cells(row)[column]
    else:
        width, cell = list(table.columns.values())[column].width, table.get_row_at(row)[column]
    console = table.app.console
    lines = console.render_lines(cell, console.options.update(width=width, no_wrap=True), pad=False)
    return "".join(segment.text for segment in lines[0])


def plain(title: object) -> str:
    """A border title or subtitle as the user reads it (Textual hands it back as markup)."""
    return Content.from_markup(str(title or "")).plain


def visible_text(reader: Reader) -> str:
    """The text of the reader's lines on screen, notes included."""
    top = int(reader.scroll_y)
    lines = reader.lines[top : top + reader.size.height]
    return "\n".join("".join(piece.text for piece in line.pieces) for line in lines)


def hold_cleaning(monkeypatch: pytest.MonkeyPatch, large_file_bytes: int) -> threading.Event:
    """Files over `large_file_bytes` open on the loading screen, which stays up until the returned event
    is set: it stands in for the seconds a 5 MB file takes, however fast or slow the machine."""
    import lytui.tui.app as app_module
    import lytui.tui.screens.loading as loading_module

    monkeypatch.setattr(app_module, "LARGE_FILE_BYTES", large_file_bytes)
    release = threading.Event()
    real_clean = loading_module.clean_file

    def held_clean(path: Path) -> object:
        release.wait(timeout=10)
        return real_clean(path)

    monkeypatch.setattr(loading_module, "clean_file", held_clean)
    return release
