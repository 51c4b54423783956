"""The facts of every article in a folder in one table, filling in from a worker with a progress bar.

The table is usable while it fills: filters apply to rows as they arrive; Enter opens the article at
the fact; copy and export work as in the article screen (with the article's file as first column).
Rows keep each fact and where it sits (section, paragraph, sentence), never the analysed document: a
folder of 3,000 articles would otherwise hold every one of them until the screen closes. Enter
analyses the article again, which the app's cache usually answers at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, ProgressBar

from lytui.analyse.facts import _Shared
from lytui.export import FACT_COLUMNS, fact_record, placed_fact_record, table_rows, value_text
from lytui.model import Document, Fact
from lytui.pipeline import InputError, clean_file
from lytui.tui import safe
from lytui.tui.commands import CORPUS_FACT_COMMANDS, bindings
from lytui.tui.copying import copy_or_export
from lytui.tui.screens.menus import LineInput
from lytui.tui.widgets.facts import (
    CONFIDENCE_MARKS,
    KIND_FILTERS,
    KIND_STYLES,
    MAX_ROWS,
    clip,
    fact_matches,
    filter_summary,
)
from lytui.tui.widgets.lists import ListTable


@dataclass(frozen=True, slots=True)
class Row:
    path: Path
    fact: Fact
    section: int | None
    paragraph: int | None
    sentence: str

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
        rows.append(Row(path, kept, record["section"], record["paragraph"], shared(record["sentence"])))
    return rows


class CorpusFactsScreen(Screen[None]):
    BINDINGS = bindings(CORPUS_FACT_COMMANDS)

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.kind: str | None = None
        self.text_filter = ""
        self.article: Path | None = None  # only this article's facts, when set
        self.failed = 0
        self._shared = _Shared()

    def compose(self) -> ComposeResult:
        yield Header()
        yield ProgressBar(total=len(self.paths), show_eta=False, id="progress")
        table = ListTable(id="all-facts", cursor_type="row", zebra_stripes=True)
        table.border_title = "Facts of every article"
        yield table
        yield Footer()

    @property
    def table(self) -> DataTable[object]:
        return self.query_one("#all-facts", DataTable)

    def on_mount(self) -> None:
        self.sub_title = f"{len(self.paths)} articles"
        for label, width in (("article", 14), ("kind", 12), ("", 1), ("value", 30), ("text", 20)):
            self.table.add_column(label, width=width)
        self.table.focus()
        self.collect()

    @work(thread=True, exclusive=True, group="corpus-facts")
    def collect(self) -> None:
        for path in self.paths:
            try:
                document = self.app.analyse(clean_file(path))  # type: ignore[attr-defined]
            except InputError:
                self.failed += 1
                self.app.call_from_thread(self._advance, [])
                continue
            self.app.call_from_thread(self._advance, rows_of(path, document, self._shared))

    def _advance(self, rows: list[Row]) -> None:
        self.rows.extend(rows)
        for row in rows:
            if self._matches(row):
                self._add(row)
        self.query_one(ProgressBar).advance(1)
        self._subtitle()

    def _matches(self, row: Row) -> bool:
        if self.article is not None and row.path != self.article:
            return False
        if self.kind and row.fact.kind != self.kind:
            return False
        if self.text_filter:
            needle = self.text_filter.lower()
            return needle in row.path.name.lower() or fact_matches(row.fact, needle)
        return True

    def _add(self, row: Row) -> None:
        self.shown.append(row)
        if len(self.shown) > MAX_ROWS:
            return  # counted, copied and exported, but not drawn: filter to see it
        self.table.add_row(
            safe.text(clip(row.path.name, 14)),
            safe.text(row.fact.kind, style=KIND_STYLES.get(row.fact.kind, "")),
            CONFIDENCE_MARKS.get(row.fact.confidence, ""),
            safe.text(clip(value_text(row.fact), 30)),
            safe.text(clip(row.fact.text, 20)),
        )

    def _refill(self) -> None:
        self.shown = []
        self.table.clear()
        for row in self.rows:
            if self._matches(row):
                self._add(row)
        self._subtitle()

    def _subtitle(self) -> None:
        done = self.query_one(ProgressBar).progress
        parts = filter_summary(len(self.shown), len(self.rows), self.kind, self.text_filter)
        parts.insert(1, f"{done:.0f}/{len(self.paths)} articles")
        if self.failed:
            parts.insert(2, f"{self.failed} unreadable")
        if self.article is not None:
            parts.append(f"article={self.article.name}")
        self.table.border_subtitle = safe.content(" · ".join(parts))

    def _current(self) -> Row | None:
        index = self.table.cursor_row
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def _records(self) -> tuple[tuple[str, ...], list[list[str]]]:
        rows = []
        for row in self.shown:
            rows.append([str(row.path), *table_rows([row.record()], [row.fact])[0]])
        return ("source_path", *FACT_COLUMNS), rows

    def action_next_kind(self) -> None:
        self.kind = KIND_FILTERS[(KIND_FILTERS.index(self.kind) + 1) % len(KIND_FILTERS)]
        self._refill()

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
            self.table.move_cursor(row=min(self.shown.index(current), MAX_ROWS - 1))

    def action_filter_text(self) -> None:
        def done(value: str | None) -> None:
            if value is not None:
                self.text_filter = value.strip()
                self._refill()

        self.app.push_screen(LineInput("Filter by article, kind, value or text (empty clears)", self.text_filter), done)

    def _copy(self, scope: str) -> None:
        row = self._current()
        copy_or_export(
            self.app,
            scope,
            value_text(row.fact) if row else None,
            self.table.cursor_row if row else None,
            self._records,
            "folder",
        )

    def action_copy_value(self) -> None:
        self._copy("value")

    def action_copy_row(self) -> None:
        self._copy("row")

    def action_copy_table(self) -> None:
        self._copy("table")

    def action_export_table(self) -> None:
        self._copy("export")

    def action_open_fact(self) -> None:
        row = self._current()
        if row is not None:
            self.open_fact(row)

    @work(thread=True, exclusive=True, group="corpus-facts-open")
    def open_fact(self, row: Row) -> None:
        try:
            document = self.app.analyse(clean_file(row.path))  # type: ignore[attr-defined]
        except InputError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        self.app.call_from_thread(self._show, document, row.fact)

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

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_fact()
