"""Shown while a large file is cleaned in a worker, so the terminal never freezes on open."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, LoadingIndicator, Static

from lytui.model import Document
from lytui.pipeline import InputError, clean_file
from lytui.tui import safe
from lytui.tui.commands import LOADING_COMMANDS, bindings


class LoadingScreen(Screen[None]):
    BINDINGS = bindings(LOADING_COMMANDS)

    def __init__(self, path: Path, size: int, from_corpus: bool = False) -> None:
        super().__init__()
        self.path = path
        self.file_size = size
        self.from_corpus = from_corpus

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
            self.app.call_from_thread(self._failed, error)
            return
        cached = self.app.cached(document)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._show, cached or document)

    def _failed(self, error: InputError) -> None:
        """From the article list the list stays open; a file named on the command line ends lytui
        non-zero, like the same file refused before the UI starts."""
        if self.from_corpus:
            safe.notify(self.app, str(error), severity="error")
            self.action_back()
        else:
            # Text, so a name is never read as markup
            self.app.exit(None, 2, safe.text(f"lytui: {error}"))

    def _show(self, document: Document) -> None:
        from lytui.tui.screens.main import ArticleScreen

        if self.is_current:  # not when the user went back to the list meanwhile
            self.app.switch_screen(ArticleScreen(document, from_corpus=self.from_corpus))

    def action_back(self) -> None:
        if self.from_corpus and self.is_current:
            self.app.pop_screen()
