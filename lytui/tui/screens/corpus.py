"""A folder of articles: listed at once from each file's head, opened (and cached) on Enter."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import getters, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

from lytui.corpus import ArticleSummary, article_paths, summarise
from lytui.model import Document, visible_controls
from lytui.pipeline import InputError, clean_file
from lytui.tui import safe
from lytui.tui.app import LytuiApp
from lytui.tui.commands import CORPUS_COMMANDS, SCREEN_COMMANDS, bindings


class CorpusScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings(CORPUS_COMMANDS) + bindings(
        tuple(c for c in SCREEN_COMMANDS if c.id == "maximize")
    )
    app = getters.app(LytuiApp)

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.summaries: list[ArticleSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        table: DataTable[str] = DataTable(id="articles", cursor_type="row")
        table.border_title = safe.content(f"Articles in {self.directory}")
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = visible_controls(str(self.directory))
        table = self.query_one(DataTable)
        table.add_columns("title", "date", "source", "size", "file")
        self.summaries = [summarise(p) for p in article_paths(self.directory)]
        for summary in self.summaries:
            table.add_row(
                safe.text(summary.title[:40]),
                safe.text(summary.published or ""),
                safe.text(summary.source or ""),
                f"{summary.size:,}",
                safe.text(summary.path.name),
            )
        table.border_subtitle = f"{len(self.summaries)} files · Enter opens · Esc comes back"
        if not self.summaries:
            self.notify("No article files in this folder", severity="warning")
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_article()

    def action_open_article(self) -> None:
        table = self.query_one(DataTable)
        if not self.summaries:
            return
        self.open_path(self.summaries[table.cursor_row].path)

    @work(thread=True, exclusive=True, group="open")
    def open_path(self, path: Path) -> None:
        try:
            document = clean_file(path)
        except InputError as error:
            self.app.call_from_thread(safe.notify, self.app, str(error), severity="error")
            return
        cached = self.app.cached(document)
        self.app.call_from_thread(self._show, cached or document)

    def _show(self, document: Document) -> None:
        from lytui.tui.screens.main import ArticleScreen

        self.app.push_screen(ArticleScreen(document, from_corpus=True))

    def action_corpus_facts(self) -> None:
        from lytui.tui.screens.corpus_facts import CorpusFactsScreen

        if self.summaries:
            self.app.push_screen(CorpusFactsScreen([s.path for s in self.summaries]))
