from __future__ import annotations

from textual.content import Content
from textual.pilot import Pilot

from lytui.tui.app import LytuiApp
from lytui.tui.widgets.reader import Reader


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


def plain(title: object) -> str:
    """A border title or subtitle as the user reads it (Textual hands it back as markup)."""
    return Content.from_markup(str(title or "")).plain


def visible_text(reader: Reader) -> str:
    """The text of the reader's lines on screen, notes included."""
    top = int(reader.scroll_y)
    lines = reader.lines[top : top + reader.size.height]
    return "\n".join("".join(piece.text for piece in line.pieces) for line in lines)
