"""Strings from an article or a file name reach the screen as text, never as markup or as terminal
commands.

Textual reads a plain `str` label, cell, border title or notification as console markup, so `[/]` in
a title raised MarkupError and `[reverse]` restyled the pane; and it writes control characters
through, so `ESC ] 52` in a file name would have set the user's clipboard. Every widget takes these
strings through here: control characters become visible pictures (␛), markup stays literal.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App
from textual.content import Content
from textual.notifications import SeverityLevel

from lytui.model import visible_controls


def text(value: str, style: str = "") -> Text:
    """A table cell or tree label that shows exactly `value`."""
    return Text(visible_controls(value), style=style, end="")


def content(value: str) -> Content:
    """A border title or subtitle that shows exactly `value`."""
    return Content(visible_controls(value))


def notify(
    app: App[Any],
    message: str,
    *,
    title: str = "",
    severity: SeverityLevel = "information",
    timeout: float | None = None,
) -> None:
    """`App.notify` for messages that may quote the article, a fact or a file name."""
    app.notify(
        visible_controls(message), title=visible_controls(title), severity=severity, timeout=timeout, markup=False
    )
