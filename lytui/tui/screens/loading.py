"""Shown while a large file is cleaned in a worker, so the terminal never freezes on open."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, LoadingIndicator, Static

from lytui.model import Document
from lytui.pipeline import InputError, clean_file
from lytui.tui import safe


class LoadingScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [("q", "app.quit", "Quit")]

    def __init__(self, path: Path, size: int) -> None:
        super().__init__()
        self.path = path
        self.file_size = size

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(safe.text(f"Cleaning {self.path.name} ({self.file_size / 1_048_576:.1f} MB)…"), id="loading-label")
        yield LoadingIndicator()
        yield Footer()

    def on_mount(self) -> None:
        safe.notify(
            self.app,
            f"{self.path.name} is large ({self.file_size / 1_048_576:.1f} MB): cleaning and analysis run in the background",
            severity="warning",
            timeout=6,
        )
        self.clean()

    @work(thread=True, exclusive=True)
    def clean(self) -> None:
        try:
            document = clean_file(self.path)
        except InputError as error:
            # non-zero like the same file refused before the UI starts; Text, so a name is never read as markup
            self.app.call_from_thread(self.app.exit, None, 2, safe.text(f"lytui: {error}"))
            return
        self.app.call_from_thread(self._show, document)

    def _show(self, document: Document) -> None:
        from lytui.tui.screens.main import ArticleScreen

        self.app.switch_screen(ArticleScreen(document))
