"""The search line under the article: it searches as the user types, Enter keeps the search, Esc
puts back the one before."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input

TYPING_PAUSE = 0.15
"""Seconds of no typing before the text is searched: a 5 MB text is not searched per keystroke."""


class SearchBar(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]
    DEFAULT_CSS = """
    SearchBar { align: center bottom; background: transparent; }
    SearchBar > Input { width: 100%; margin: 0 0 1 0; }
    """

    def __init__(self, on_change: Callable[[str], None], value: str = "") -> None:
        super().__init__()
        self.on_change = on_change
        self.value = value
        self._pending: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Input(value=self.value, placeholder="Search the article (Enter keeps it; n/N next/previous; Esc cancels)")

    def on_input_changed(self, event: Input.Changed) -> None:
        if self._pending is not None:
            self._pending.stop()
        value = event.value
        self._pending = self.set_timer(TYPING_PAUSE, lambda: self.on_change(value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self._pending is not None:
            self._pending.stop()
        self.dismiss(event.value)
