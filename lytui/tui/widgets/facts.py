"""The facts table: kind, normalised value, text as written, section; filter, sort, copy.

Rows come from the Document's facts; filtering and sorting only choose which rows to show and in
which order. Wide CJK characters are measured by Rich, so every column stays aligned.
"""

from __future__ import annotations

import bisect
import heapq
import sys
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import events, work
from textual.message import Message

from lytui.columns import ColumnSequence
from lytui.export import FACT_COLUMNS, fact_record, table_rows, value_text
from lytui.model import Document, Fact
from lytui.tui import safe
from lytui.tui.commands import FACT_COMMANDS, bindings
from lytui.tui.copying import Table
from lytui.tui.fact_views import (
    FactActions,
    FactFilter,
    PlacedFact,
    fact_cells,
    flexible_widths,
)
from lytui.tui.widgets.line_table import Cell, LineTable

SORTS = ("position", "kind", "value", "text", "section")
FIXED_WIDTHS = (12, 1, 4)
"""kind, confidence mark and section; value and text take the rest of the table's width."""
LABELS = ("kind", "", "value", "text", "§")
CHOOSE_IN_WORKER = 20_000
"""Above this many facts (a 5 MB article has 123,000) filtering and sorting run in a worker thread."""
SORT_RUN = 4096
"""Keys sorted in one call: a sort runs in C and holds the GIL throughout, so a column of 123,000 facts
is sorted in runs this long (a few milliseconds each) and the runs merged in Python, which lets the
event loop in between."""


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls in one of the sorted, non-overlapping `spans` (sentences): a binary search,
    since a large article has a hundred thousand facts and as many sentences with the keyword."""
    index = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def sorted_indices(keys: Sequence[Any], base: Sequence[int] | None = None) -> array[int]:
    """The indices of `keys` in the order a stable sort puts them, sorted `SORT_RUN` at a time and merged
    (the merge keeps equal keys in index order, as one sort would). With `base` (an order of the same
    indices), equal keys keep their order in `base`: a second key without tuples of both."""
    order: Sequence[int] = range(len(keys)) if base is None else base
    runs = [sorted(order[start : start + SORT_RUN], key=keys.__getitem__) for start in range(0, len(order), SORT_RUN)]
    return array("i", heapq.merge(*runs, key=keys.__getitem__))


def fact_order(column: str, facts: Sequence[Fact], section_of: Callable[[Fact], str]) -> array[int]:
    """The facts' indices sorted by `column` (one of SORTS), ties in the facts' order. The keys are
    strings and numbers, which the garbage collector does not track: a list of 123,000 tuples made
    after the document was frozen set off full collections on the key that sorted."""
    if column in ("kind", "section"):
        by_start = sorted_indices([f.start or 0 for f in facts])
        first = [f.kind for f in facts] if column == "kind" else [section_of(f) for f in facts]
        return sorted_indices(first, by_start)
    key: dict[str, Callable[[Fact], Any]] = {
        "position": lambda f: f.start if f.start is not None else -1,
        "value": value_text,
        "text": lambda f: f.text,
    }
    return sorted_indices([key[column](f) for f in facts])


class ChosenFacts(ColumnSequence[Fact]):
    """The facts a table shows, kept as their indices in the document's facts: a list of 123,000 facts
    made after the document was frozen would be walked by every full collection of the garbage
    collector, on whichever key came next."""

    __slots__ = ("_facts", "_indices")

    def __init__(self, facts: Sequence[Fact], indices: array[int]) -> None:
        self._facts = facts
        self._indices = indices

    def __len__(self) -> int:
        return len(self._indices)

    def _at(self, index: int) -> Fact:
        return self._facts[self._indices[index]]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class FactsTable(FactActions, LineTable):
    """Every fact the filters and sort choose, scrollable to the last: the table holds their indices
    and draws the rows on screen from them, so a refill makes no objects per fact (2,000 DataTable
    rows made a full collection of 0.2-0.3 s on the next key of a 5 MB article)."""

    BINDINGS = bindings(tuple(sorted(FACT_COMMANDS, key=lambda command: command.key != "enter")))
    """Enter first, where a table's own select key put it in the footer (⏎ Detail, then y Copy …)."""

    class FactSelected(Message):
        """The cursor is on a fact: the screen shows it in the article."""

        def __init__(self, fact: Fact) -> None:
            self.fact = fact
            super().__init__()

    class Filled(Message):
        """The facts of a fill are chosen and shown."""

    class GoToFact(Message):
        """The user asked to go to the fact in the article (Enter in its detail)."""

        def __init__(self, fact: Fact) -> None:
            self.fact = fact
            super().__init__()

    filter_prompt = "Filter facts by kind, value, text or confidence (empty clears)"

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(zebra_stripes=True, id=id)
        self.document = document
        self.facts_filter = FactFilter()
        self.keyword_filter: Sequence[tuple[int, int]] | None = None
        """Where a keyword occurs: only the facts of the sentences holding it are shown."""
        self.sort_column = "position"
        self.reverse = False
        self.shown: Sequence[Fact] = ()
        self._filled_width = 0
        self._generation = 0  # a newer fill makes an older one's chosen facts go unshown
        self._orders: dict[str, array[int]] = {}  # per sort column: the facts' indices in that order

    def on_mount(self) -> None:
        self.fill()

    def on_resize(self, event: events.Resize) -> None:
        """A maximised or widened table gives its value and text columns the new room: the rows, cursor
        and scroll stay; cells are cut to the new widths as they are drawn."""
        if self.size.width != self._filled_width:
            self._set_widths()

    def _set_widths(self) -> None:
        self._filled_width = self.size.width
        value_width, text_width = flexible_widths(self._filled_width, FIXED_WIDTHS)
        kind_width, mark_width, section_width = FIXED_WIDTHS
        self.set_columns(LABELS, (kind_width, mark_width, value_width, text_width, section_width))

    def row_cells(self, row: int) -> tuple[Cell, ...]:
        if not self.shown:
            return (Text("analysing…", style="italic dim"), Text(), Text(), Text(), Text())
        fact = self.shown[row]
        return (*fact_cells(fact), Text(self._section_of(fact)))

    def cursor_moved(self) -> None:
        fact = self.current
        if fact is not None and self.has_focus:
            self.post_message(self.FactSelected(fact))

    def set_document(self, document: Document) -> None:
        self.document = document
        self.keyword_filter = None
        self._orders = {}
        self.fill()

    def _section_of(self, fact: Fact) -> str:
        if fact.start is None:
            return "meta"
        paragraph = self.document.paragraph_index_at(fact.start)
        if paragraph is None:
            return "head"
        section = self.document.section_index_of_paragraph(paragraph)
        return "" if section is None else str(section)

    def _order(self, column: str) -> array[int]:
        """The document's facts sorted by `column`, as indices, made once per document and only when first
        asked for: sorting 123,000 facts by value or section again on every `s` took seconds, and sorting
        every column ahead in a thread held the interpreter lock through each sort, so the screen stood
        still for 1.8 s while a 5 MB article opened."""
        order = self._orders.get(column)
        if order is None:
            order = self._orders.setdefault(column, fact_order(column, self.document.facts, self._section_of))
        return order

    def _sentences(self) -> list[tuple[int, int]] | None:
        """The sentences holding the keyword, in order, when the facts are narrowed to a keyword."""
        if self.keyword_filter is None:
            return None
        document = self.document
        sentences = {document.sentence_at(start) for start, _ in self.keyword_filter}
        return sorted((s.start, s.end) for s in sentences if s is not None)

    def _visible(self) -> ChosenFacts:
        facts = self.document.facts
        order = self._order(self.sort_column)
        if self.reverse:
            order = order[::-1]
        spans = self._sentences()
        if spans is not None or self.facts_filter.kind or self.facts_filter.text:
            admitted = bytearray(len(facts))
            for index, fact in enumerate(facts):
                if self.facts_filter.admits(fact) and (
                    spans is None or (fact.start is not None and _within(spans, fact.start))
                ):
                    admitted[index] = 1
            order = array("i", (index for index in order if admitted[index]))
        return ChosenFacts(facts, order)

    def fill(self, cursor_to: int | None = None) -> None:
        """The facts the filters and sort choose (in a worker thread for a large article), the cursor on
        row `cursor_to` or the first."""
        self._generation += 1
        self._set_widths()
        if not self.document.analysed:
            self.shown = ()
            self.set_rows(1)  # the "analysing…" line
            self.border_subtitle = "loading"
            return
        if len(self.document.facts) > CHOOSE_IN_WORKER:
            self.border_subtitle = "choosing facts…"
            self._choose_in_background(self._generation, cursor_to)
        else:
            self._show(self._visible(), self._generation, cursor_to)

    @work(thread=True, exclusive=True, group="facts-fill")
    def _choose_in_background(self, generation: int, cursor_to: int | None) -> None:
        shown = self._visible()
        self.app.call_from_thread(self._show, shown, generation, cursor_to)

    def _show(self, shown: Sequence[Fact], generation: int, cursor_to: int | None = None) -> None:
        if generation != self._generation:
            return  # the filter or sort changed while these were chosen
        self.shown = shown
        parts = self.facts_filter.summary(len(shown), len(self.document.facts))
        if self.keyword_filter is not None:
            parts.append("keyword")
        parts.append(f"sort={self.sort_column}{', reversed' if self.reverse else ''}")
        self.border_subtitle = safe.content(" · ".join(parts))
        self.set_rows(len(shown), cursor_to or 0)
        self.post_message(self.Filled())

    @property
    def current(self) -> Fact | None:
        if 0 <= self.cursor_row < len(self.shown):
            return self.shown[self.cursor_row]
        return None

    def records(self) -> tuple[tuple[str, ...], list[list[str]]]:
        """The filtered table as export rows (same columns as `lytui export --what facts`)."""
        records = [fact_record(self.document, f) for f in self.shown]
        return FACT_COLUMNS, table_rows(records, self.shown)

    def on_focus(self) -> None:
        if self.current is not None:
            self.post_message(self.FactSelected(self.current))

    def action_next_sort(self) -> None:
        self.sort_column = SORTS[(SORTS.index(self.sort_column) + 1) % len(SORTS)]
        self.reverse = False
        self.fill()
        self.notify(f"Facts sorted by {self.sort_column}", timeout=1.5)

    def action_reverse_sort(self) -> None:
        self.reverse = not self.reverse
        self.fill()
        self.notify(f"Facts sorted by {self.sort_column}{', reversed' if self.reverse else ''}", timeout=1.5)

    # --- what FactActions needs ----------------------------------------------------------------------
    @property
    def shown_count(self) -> int:
        return len(self.shown)

    @property
    def total_count(self) -> int:
        return len(self.document.facts)

    def refill(self) -> None:
        self.fill()

    def current_fact(self) -> tuple[int, Fact] | None:
        fact = self.current
        return None if fact is None else (self.cursor_row, fact)

    def placed(self, index: int) -> PlacedFact:
        fact = self.shown[index]
        record = fact_record(self.document, fact)
        sentence = self.document.sentence_at(fact.start) if fact.start is not None else None
        sentence_start = sentence.start if sentence is not None else fact.start
        return PlacedFact(fact, record["section"], record["paragraph"], record["sentence"], sentence_start)

    def table_records(self) -> Table:
        return self.records()

    def copy_stem(self) -> str:
        return Path(self.document.source_path or "article").stem

    def go_to_fact(self, placed: PlacedFact) -> None:
        self.post_message(self.GoToFact(placed.fact))
