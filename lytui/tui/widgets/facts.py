"""The facts table: kind, normalised value, text as written, section; filter, sort, copy.

Rows come from the Document's facts; filtering and sorting only choose which rows to show and in
which order. Wide CJK characters are measured by Rich, so every column stays aligned.
"""

from __future__ import annotations

import bisect
import sys

from rich.cells import get_character_cell_size
from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from lytui.export import FACT_COLUMNS, table_rows, value_text
from lytui.export import fact_record as export_fact_record
from lytui.model import Document, Fact
from lytui.tui import safe
from lytui.tui.commands import FACT_COMMANDS, bindings
from lytui.tui.widgets.lists import ListTable

KIND_FILTERS = (
    None,
    "money",
    "quantity",
    "percent",
    "date",
    "person",
    "organization",
    "place",
    "quote",
    "slogan",
    "document",
)
SORTS = ("position", "kind", "value", "text", "section")
KIND_STYLES = {
    "money": "bold green",
    "quantity": "green",
    "percent": "green",
    "date": "cyan",
    "person": "bold magenta",
    "organization": "yellow",
    "place": "blue",
    "quote": "italic",
    "slogan": "dim italic",
    "document": "bold",
}
MAX_CELL = 30
MAX_ROWS = 2000
"""Rows drawn at most; filters narrow the rest, and copy/export always take every matching fact."""


CONFIDENCE_MARKS = {"high": "●", "medium": "◐", "low": "○"}
"""How sure lytui is of a fact, in one cell: found by an unambiguous pattern or the byline, by one
rule, or inferred. `/low` (or `/medium`, `/byline`) filters on it."""


def fact_matches(fact: Fact, needle: str) -> bool:
    """The `/` filter of both facts tables: text, value, kind, or how sure (/low lists what lytui
    inferred); `needle` is lower-case."""
    return (
        needle in fact.text.lower()
        or needle in value_text(fact).lower()
        or needle in fact.kind
        or needle in (fact.confidence, fact.via)
    )


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls in one of the sorted, non-overlapping `spans` (sentences): a binary search,
    since a large article has a hundred thousand facts and as many sentences with the keyword."""
    index = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def clip(text: str, limit: int = MAX_CELL) -> str:
    """Cut to `limit` terminal cells (CJK characters take two), so columns stay narrow and aligned."""
    text = text.replace("\n", " ")
    used = 0
    for index, ch in enumerate(text):
        used += get_character_cell_size(ch)
        if used > limit - 1:
            return text[:index] + "…"
    return text


def filter_summary(shown: int, total: int, kind: str | None, text_filter: str) -> list[str]:
    """The parts of a facts table's subtitle that say what is shown and why."""
    parts = [f"{shown} of {total} facts"]
    if shown > MAX_ROWS:
        parts.append(f"first {MAX_ROWS} listed, filter to see the rest")
    if kind:
        parts.append(f"kind={kind}")
    if text_filter:
        parts.append(f"“{text_filter}”")
    return parts


class FactsTable(ListTable):
    BINDINGS = bindings(FACT_COMMANDS)

    class FactSelected(Message):
        def __init__(self, fact: Fact) -> None:
            self.fact = fact
            super().__init__()

    class CopyRequested(Message):
        def __init__(self, scope: str) -> None:
            self.scope = scope  # value | row | table | export
            super().__init__()

    class FilterRequested(Message):
        pass

    def __init__(self, document: Document, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.document = document
        self.kind: str | None = None
        self.text_filter = ""
        self.sentence_filter: list[tuple[int, int]] | None = None  # from a keyword
        self.sort = "position"
        self.shown: list[Fact] = []

    def on_mount(self) -> None:
        self.fill()

    def set_document(self, document: Document) -> None:
        self.document = document
        self.sentence_filter = None
        self.fill()

    def _section_of(self, fact: Fact) -> str:
        if fact.start is None:
            return "meta"
        paragraph = self.document.paragraph_index_at(fact.start)
        if paragraph is None:
            return "head"
        section = self.document.section_index_of_paragraph(paragraph)
        return "" if section is None else str(section)

    def _visible(self) -> list[Fact]:
        facts = list(self.document.facts)
        if self.kind:
            facts = [f for f in facts if f.kind == self.kind]
        if self.text_filter:
            needle = self.text_filter.lower()
            facts = [f for f in facts if fact_matches(f, needle)]
        if self.sentence_filter is not None:
            facts = [f for f in facts if f.start is not None and _within(self.sentence_filter, f.start)]
        keys = {
            "position": lambda f: f.start if f.start is not None else -1,
            "kind": lambda f: (f.kind, f.start or 0),
            "value": lambda f: value_text(f),
            "text": lambda f: f.text,
            "section": lambda f: (self._section_of(f), f.start or 0),
        }
        facts.sort(key=keys[self.sort])
        return facts

    def fill(self) -> None:
        self.clear(columns=True)  # column widths follow the rows shown now, not earlier ones
        for label, width in (("kind", 12), ("", 1), ("value", MAX_CELL), ("text", 20), ("§", 4)):
            self.add_column(label, width=width)  # fixed widths: no jump when rows arrive
        if not self.document.analysed:
            self.shown = []
            self.add_row(Text("analysing…", style="italic dim"), "", "", "", "")
            self.border_subtitle = "loading"
            return
        self.shown = self._visible()
        for fact in self.shown[:MAX_ROWS]:
            self.add_row(
                safe.text(fact.kind, style=KIND_STYLES.get(fact.kind, "")),
                CONFIDENCE_MARKS.get(fact.confidence, ""),
                safe.text(clip(value_text(fact))),
                safe.text(clip(fact.text, 20)),
                self._section_of(fact),
            )
        parts = filter_summary(len(self.shown), len(self.document.facts), self.kind, self.text_filter)
        if self.sentence_filter is not None:
            parts.append("keyword")
        parts.append(f"sort={self.sort}")
        self.border_subtitle = safe.content(" · ".join(parts))

    @property
    def current(self) -> Fact | None:
        if 0 <= self.cursor_row < len(self.shown):
            return self.shown[self.cursor_row]
        return None

    def records(self) -> tuple[tuple[str, ...], list[list[str]]]:
        """The filtered table as export rows (same columns as `lytui export --what facts`)."""
        records = [export_fact_record(self.document, f) for f in self.shown]
        return FACT_COLUMNS, table_rows(records, self.shown)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        fact = self.current
        if fact is not None and self.has_focus:
            self.post_message(self.FactSelected(fact))

    def on_focus(self) -> None:
        if self.current is not None:
            self.post_message(self.FactSelected(self.current))

    def action_next_kind(self) -> None:
        self.kind = KIND_FILTERS[(KIND_FILTERS.index(self.kind) + 1) % len(KIND_FILTERS)]
        self.fill()
        self.notify(f"Facts: {self.kind or 'all kinds'}", timeout=1.5)

    def action_next_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.fill()
        self.notify(f"Facts sorted by {self.sort}", timeout=1.5)

    def action_filter_text(self) -> None:
        self.post_message(self.FilterRequested())

    def action_copy_value(self) -> None:
        self.post_message(self.CopyRequested("value"))

    def action_copy_row(self) -> None:
        self.post_message(self.CopyRequested("row"))

    def action_copy_table(self) -> None:
        self.post_message(self.CopyRequested("table"))

    def action_export_table(self) -> None:
        self.post_message(self.CopyRequested("export"))
