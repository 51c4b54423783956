"""A folder of articles: listed at once from each file's head, opened (and cached) on Enter."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

from lytui.corpus import ArticleSummary, article_paths, summarise
from lytui.model import visible_controls
from lytui.pipeline import InputError, clean_file
from lytui.tui import safe
from lytui.tui.commands import CORPUS_COMMANDS, bindings
from lytui.tui.widgets.lists import ListTable

TITLE_CELLS = 28
"""Titles are cut to this many cells (14 Chinese characters), so the file name fits at 80 columns."""


def short_date(published: str | None) -> str:
    """`2024-11-14T20:44:00+08:00` as `2024-11-14 20:44`: the seconds and the zone of a news page's
    timestamp pushed the file name off an 80-column screen."""
    if not published:
        return ""
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published
    with_time = "T" in published or " " in published.strip()
    return moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def short_size(size: int) -> str:
    """At most eight cells (`999.9 kB`, `5.2 MB`), where `5,503,508` was cut at the screen's edge; in
    the binary units the loading screen and the size limit use."""
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.1f} kB"


class CorpusScreen(Screen[None]):
    BINDINGS = bindings(CORPUS_COMMANDS)

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.summaries: list[ArticleSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        table = ListTable(id="articles", cursor_type="row")
        table.border_title = safe.content(f"Articles in {self.directory}")
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = visible_controls(str(self.directory))
        table = self.query_one(DataTable)
        table.add_columns("title", "date", "file", "source", "size")
        self.summaries = [summarise(p) for p in article_paths(self.directory)]
        for summary in self.summaries:
            title = safe.text(summary.title)
            title.truncate(TITLE_CELLS, overflow="ellipsis")
            table.add_row(
                title,
                safe.text(short_date(summary.published)),
                safe.text(summary.path.name),
                safe.text(summary.source or ""),
                short_size(summary.size),
            )
        table.border_subtitle = f"{len(self.summaries)} files · Enter opens · Esc comes back"
        if not self.summaries:
            self.notify("No article files in this folder", severity="warning")
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_article()

    def action_open_article(self) -> None:
        """A large file gets the loading screen at once, as on the command line; a small one opens
        in the time a loading screen would take to appear."""
        from lytui.tui.app import LARGE_FILE_BYTES
        from lytui.tui.screens.loading import LoadingScreen

        table = self.query_one(DataTable)
        if not self.summaries:
            return
        summary = self.summaries[table.cursor_row]
        if summary.size > LARGE_FILE_BYTES:
            self.app.push_screen(LoadingScreen(summary.path, summary.size, from_corpus=True))
        else:
            self.open_path(summary.path)

    @work(thread=True, exclusive=True, group="open")
    def open_path(self, path: Path) -> None:
        try:
            document = clean_file(path)
        except InputError as error:
            self.app.call_from_thread(safe.notify, self.app, str(error), severity="error")
            return
        cached = self.app.cached(document)  # type: ignore[attr-defined]
        self.app.call_from_thread(self._show, cached or document)

    def _show(self, document: object) -> None:
        from lytui.tui.screens.main import ArticleScreen

        self.app.push_screen(ArticleScreen(document, from_corpus=True))  # type: ignore[arg-type]

    def action_corpus_facts(self) -> None:
        from lytui.tui.screens.corpus_facts import CorpusFactsScreen

        if self.summaries:
            self.app.push_screen(CorpusFactsScreen([s.path for s in self.summaries]))
