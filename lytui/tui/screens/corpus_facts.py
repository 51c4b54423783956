"""The facts of every article in a folder in one table, filling in from a worker with a progress bar.

The table is usable while it fills: filters apply to rows as they arrive; Enter shows the whole fact
and Enter there (or `o` in the table) opens the article at it; filters, copy and export are the
article screen's (`lytui.tui.fact_views`), with the article's file as first column.
Rows keep each fact and where it sits (section, paragraph, sentence), never the analysed document: a
folder of 3,000 articles would otherwise hold every one of them until the screen closes. Opening
analyses the article again, which the app's cache usually answers at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from textual import events, getters, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar

from lytui.analyse.facts import _Shared
from lytui.export import FACT_COLUMNS, fact_record, placed_fact_record, table_rows
from lytui.model import Document, Fact
from lytui.pipeline import InputError, clean_file
from lytui.tui import safe
from lytui.tui.app import LytuiApp
from lytui.tui.commands import CORPUS_FACT_COMMANDS, bindings
from lytui.tui.copying import Table
from lytui.tui.fact_views import (
    Clipped,
    FactActions,
    FactFilter,
    PlacedFact,
    fact_cells,
    flexible_widths,
)
from lytui.tui.widgets.line_table import Cell, LineTable

FIXED_WIDTHS = (14, 12, 1)
"""article, kind and confidence mark; value and text take the rest of the table's width."""


@dataclass(frozen=True, slots=True)
class Row:
    path: Path
    fact: Fact
    section: int | None
    paragraph: int | None
    sentence: str
    sentence_start: int | None

    def record(self) -> dict[str, Any]:
        """The fact as `fact_record` gives it for its document."""
        return placed_fact_record(self.fact, self.section, self.paragraph, self.sentence)


def rows_of(path: Path, document: Document, shared: Callable[[Any], Any]) -> list[Row]:
    """One row per fact, its text, value and sentence made one object with equal ones already kept:
    a folder repeats the same places, dates, names and sums across articles (generated articles: half
    the values and two thirds of the texts), and the rows are what the screen holds."""
    rows = []
    for fact in document.facts:
        record = fact_record(document, fact)
        kept = replace(fact, text=shared(fact.text), value=shared(fact.value))
        sentence = document.sentence_at(fact.start) if fact.start is not None else None
        start = sentence.start if sentence is not None else fact.start
        rows.append(Row(path, kept, record["section"], record["paragraph"], shared(record["sentence"]), start))
    return rows


class FolderFactsTable(LineTable):
    """The rows the screen shows, drawn as they come on screen: a folder's tens of thousands of facts
    can each be scrolled to, and a refill or a filter costs one row count, not a table of rows."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(zebra_stripes=True, id=id)
        self.shown: Sequence[Row] = ()

    def row_cells(self, row: int) -> tuple[Cell, ...]:
        shown = self.shown[row]
        return (Clipped(shown.path.name), *fact_cells(shown.fact))


class CorpusFactsScreen(FactActions, Screen[None]):
    BINDINGS = bindings(CORPUS_FACT_COMMANDS)
    app = getters.app(LytuiApp)

    DEFAULT_CSS = """
    CorpusFactsScreen #progress { height: 1; }
    CorpusFactsScreen #all-facts { height: 1fr; border: round $accent; }
    """
    filter_prompt = "Filter by article, kind, value, text or confidence (empty clears)"

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.facts_filter = FactFilter()
        self.article: Path | None = None  # only this article's facts, when set
        self.failed = 0
        self.done = 0
        self._shared = _Shared()
        self._widths = flexible_widths(0, FIXED_WIDTHS)

    def compose(self) -> ComposeResult:
        yield Header()
        yield ProgressBar(total=len(self.paths), show_eta=False, id="progress")
        table = FolderFactsTable(id="all-facts")
        table.border_title = "Facts of every article"
        yield table
        yield Footer()

    @property
    def table(self) -> FolderFactsTable:
        return self.query_one("#all-facts", FolderFactsTable)

    def on_mount(self) -> None:
        self.sub_title = f"{len(self.paths)} articles"
        self._set_columns()
        self._subtitle()
        self.table.focus()
        self.collect()

    def _set_columns(self) -> None:
        self._widths = flexible_widths(self.table.size.width, FIXED_WIDTHS)
        article, kind, mark = FIXED_WIDTHS
        value, text = self._widths
        self.table.set_columns(("article", "kind", "", "value", "text"), (article, kind, mark, value, text))

    def on_resize(self, event: events.Resize) -> None:
        """A wider window gives the value and text columns the room, once the table has its new size: the
        rows, cursor and scroll stay; cells are cut to the new widths as they are drawn."""
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        if flexible_widths(self.table.size.width, FIXED_WIDTHS) != self._widths:
            self._set_columns()

    @work(thread=True, exclusive=True, group="corpus-facts")
    def collect(self) -> None:
        for path in self.paths:
            try:
                document = self.app.analyse(clean_file(path))
            except InputError:
                self.app.call_from_thread(self._advance, [], failed=True)
                continue
            self.app.call_from_thread(self._advance, rows_of(path, document, self._shared))

    def _advance(self, rows: list[Row], failed: bool = False) -> None:
        self.failed += failed
        self.done += 1
        self.rows.extend(rows)
        self.shown.extend(row for row in rows if self._matches(row))
        self._show_rows()
        self.query_one(ProgressBar).advance(1)
        self._subtitle()

    def _matches(self, row: Row) -> bool:
        if self.article is not None and row.path != self.article:
            return False
        return self.facts_filter.admits(row.fact, row.path.name)

    def _show_rows(self) -> None:
        """Rows arrived and were appended to `shown`: the table counts them, the cursor stays where it is."""
        self.table.shown = self.shown
        if self.table.row_count != len(self.shown):
            self.table.set_rows(len(self.shown), self.table.cursor_row)

    def _refill(self) -> None:
        """Other rows chosen (a filter, `a`): drawn afresh from the first."""
        self.shown = [row for row in self.rows if self._matches(row)]
        self.table.shown = self.shown
        self.table.set_rows(len(self.shown))
        self._subtitle()

    def _subtitle(self) -> None:
        parts = self.facts_filter.summary(len(self.shown), len(self.rows))
        parts.insert(1, f"{self.done}/{len(self.paths)} articles")
        if self.failed:
            parts.insert(2, f"{self.failed} unreadable")
        if self.article is not None:
            parts.append(f"article={self.article.name}")
        self.table.border_subtitle = safe.content(" · ".join(parts))

    def _current(self) -> Row | None:
        index = self.table.cursor_row
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def action_filter_article(self) -> None:
        """Narrow to the article of the fact under the cursor, keeping the cursor on that fact; again
        shows every article's facts."""
        current = self._current()
        if self.article is not None:
            self.article = None
        elif current is not None:
            self.article = current.path
        else:
            return
        self._refill()
        if current is not None and current in self.shown:
            self.table.move_cursor(row=self.shown.index(current))

    # --- what FactActions needs ----------------------------------------------------------------------
    @property
    def shown_count(self) -> int:
        return len(self.shown)

    @property
    def total_count(self) -> int:
        return len(self.rows)

    def refill(self) -> None:
        self._refill()

    def current_fact(self) -> tuple[int, Fact] | None:
        row = self._current()
        return None if row is None else (self.table.cursor_row, row.fact)

    def placed(self, index: int) -> PlacedFact:
        row = self.shown[index]
        return PlacedFact(row.fact, row.section, row.paragraph, row.sentence, row.sentence_start, row.path)

    def table_records(self) -> Table:
        rows = []
        for row in self.shown:
            rows.append([str(row.path), *table_rows([row.record()], [row.fact])[0]])
        return ("source_path", *FACT_COLUMNS), rows

    def copy_stem(self) -> str:
        return "folder"

    def go_to_fact(self, placed: PlacedFact) -> None:
        if placed.article is not None:
            self.open_fact(placed.article, placed.fact)

    # --- opening the article at a fact ---------------------------------------------------------------
    def action_open_fact(self) -> None:
        row = self._current()
        if row is not None:
            self.open_fact(row.path, row.fact)

    @work(thread=True, exclusive=True, group="corpus-facts-open")
    def open_fact(self, path: Path, fact: Fact) -> None:
        try:
            document = self.app.analyse(clean_file(path))
        except InputError as error:
            self.app.call_from_thread(safe.notify, self.app, str(error), severity="error")
            return
        self.app.call_from_thread(self._show, document, fact)

    def _show(self, document: Document, fact: Fact) -> None:
        from lytui.tui.screens.main import ArticleScreen

        screen = ArticleScreen(document, from_corpus=True)
        self.app.push_screen(screen)
        if fact.start is not None and fact.end is not None:
            start, end = fact.start, fact.end

            def jump() -> None:
                screen.reader.set_layer("fact", [(start, end)])
                screen.reader.scroll_to_offset(start)

            screen.call_after_refresh(jump)
