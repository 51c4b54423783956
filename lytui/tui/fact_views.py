"""What the article's facts pane and the folder-wide facts table share: the kind and text filter, the
cells a fact is drawn as, column widths that follow the table's width, and the copy, export, filter
and detail actions, so the two views cannot drift apart.

A view mixes in `FactActions` and provides the few methods of `FactsView`; every action is written
here once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.app import App

from lytui.export import value_text
from lytui.model import Fact, Money, visible_controls
from lytui.tui import safe
from lytui.tui.copying import Table, copy_or_export

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
CONFIDENCE_MARKS = {"high": "●", "medium": "◐", "low": "○"}
"""How sure lytui is of a fact, in one cell: found by an unambiguous pattern or the byline, by one
rule, or inferred. `/low` (or `/medium`, `/byline`) filters on it."""

MIN_VALUE, MIN_TEXT = 30, 20
"""The value and text columns get at least this much when the table has room; a wider table gives them
the rest, a narrower one less."""
CELL_PADDING = 2
"""Both tables (DataTable, LineTable) pad each cell by one cell on either side."""
SCROLLBAR = 2

_CURRENCY_WORDS = {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元"}
_UNITS = ((10**12, "万亿"), (10**8, "亿"), (10**4, "万"))


def clip(text: str, limit: int) -> str:
    """Cut to `limit` terminal cells (CJK characters take two), so columns stay aligned."""
    text = text.replace("\n", " ")
    used = 0
    for index, ch in enumerate(text):
        used += get_character_cell_size(ch)
        if used > limit - 1:
            return text[:index] + "…"
    return text


class Clipped:
    """A table cell cut to its column's width when it is drawn, not when its row is added: a maximised
    or restored table then only changes two columns' widths, where cutting 2,000 rows' cells again
    (a batch per turn, each batch redrawing the whole table) kept `z` busy for a third of a second."""

    __slots__ = ("style", "value")

    def __init__(self, value: str, style: str = "") -> None:
        self.value = value
        self.style = style

    def cut(self, width: int) -> Text:
        """The cell as drawn in a column `width` cells wide."""
        return safe.text(clip(self.value, width), self.style)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.cut(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        width = cell_len(self.value)
        return Measurement(min(width, 1), width)

    def __str__(self) -> str:
        return visible_controls(self.value)


def fact_matches(fact: Fact, needle: str) -> bool:
    """The `/` filter of both facts tables: text, value, kind, or how sure (/low lists what lytui
    inferred); `needle` is lower-case."""
    return (
        needle in fact.text.lower()
        or needle in value_text(fact).lower()
        or needle in fact.kind
        or needle in (fact.confidence, fact.via)
    )


def chinese_amount(amount: float) -> str:
    """A large number the way a Chinese reader counts it: 150400000000 → 1504亿, 38000 → 3.8万."""
    for size, unit in _UNITS:
        if abs(amount) >= size:
            shown = f"{amount / size:.4f}".rstrip("0").rstrip(".")
            return f"{shown}{unit}"
    return f"{amount:.4f}".rstrip("0").rstrip(".")


def money_reading(fact: Fact) -> str:
    """`1504亿元` for a money fact of ten thousand or more, else empty: twelve digits are hard to read."""
    value = fact.value
    if not isinstance(value, Money):
        return ""
    amount = value.amount
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or abs(amount) < 10**4:
        return ""
    word = _CURRENCY_WORDS.get(value.currency, f" {value.currency}" if value.currency else "")
    upper = value.upper
    up_to = f"–{chinese_amount(upper)}" if isinstance(upper, (int, float)) and not isinstance(upper, bool) else ""
    return f"{'≈' if value.approximate else ''}{chinese_amount(amount)}{up_to}{word}"


def shown_value(fact: Fact) -> str:
    """The normalised value as the tables show it: `150400000000 CNY · 1504亿元`."""
    reading = money_reading(fact)
    return f"{value_text(fact)} · {reading}" if reading else value_text(fact)


def flexible_widths(available: int, fixed: Sequence[int]) -> tuple[int, int]:
    """Widths of the value and text columns in a table `available` cells wide whose other columns are
    `fixed` wide: a maximised or wide table shows more of each value and quote (two parts value,
    one part text); a narrow one (80 columns) shares what is left, so the table never scrolls sideways
    (cut cells end in …, and Enter shows the whole fact)."""
    columns = len(fixed) + 2
    spare = available - sum(fixed) - columns * CELL_PADDING - SCROLLBAR
    if spare >= MIN_VALUE + MIN_TEXT:
        value = max(MIN_VALUE, spare * 2 // 3)
        return value, spare - value
    value = max(1, spare * 3 // 5)
    return value, max(1, spare - value)


@dataclass(slots=True)
class FactFilter:
    """The kind and text a facts table is narrowed to; `extra` text (a file name) matches as well."""

    kind: str | None = None
    text: str = ""
    _needle: str = field(default="", repr=False)

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self._needle = self.text.lower()

    def next_kind(self) -> None:
        self.kind = KIND_FILTERS[(KIND_FILTERS.index(self.kind) + 1) % len(KIND_FILTERS)]

    def admits(self, fact: Fact, extra: str = "") -> bool:
        if self.kind and fact.kind != self.kind:
            return False
        if self._needle:
            return self._needle in extra.lower() or fact_matches(fact, self._needle)
        return True

    def summary(self, shown: int, total: int) -> list[str]:
        """The parts of a facts table's subtitle that say what is shown and why."""
        parts = [f"{shown} of {total} facts"]
        if self.kind:
            parts.append(f"kind={self.kind}")
        if self.text:
            parts.append(f"“{self.text}”")
        return parts


def fact_cells(fact: Fact) -> tuple[Text | Clipped, ...]:
    """A fact's kind, confidence mark, value and text as both facts tables draw them."""
    return (
        safe.text(fact.kind, style=KIND_STYLES.get(fact.kind, "")),
        Text(CONFIDENCE_MARKS.get(fact.confidence, "")),  # Text, not str: a str cell is parsed as markup
        Clipped(shown_value(fact)),
        Clipped(fact.text),
    )


@dataclass(frozen=True, slots=True)
class PlacedFact:
    """A fact with where it sits, as the detail view shows it."""

    fact: Fact
    section: int | None
    paragraph: int | None
    sentence: str
    sentence_start: int | None
    """Where `sentence` starts in the article text, to mark the fact in it; None when unknown."""
    article: Path | None = None


class FactsView(Protocol):
    """What a facts view provides for `FactActions`."""

    facts_filter: FactFilter
    filter_prompt: str

    @property
    def app(self) -> App[Any]: ...

    @property
    def shown_count(self) -> int: ...

    @property
    def total_count(self) -> int: ...

    def refill(self) -> None: ...

    def current_fact(self) -> tuple[int, Fact] | None: ...

    def placed(self, index: int) -> PlacedFact: ...

    def table_records(self) -> Table: ...

    def copy_stem(self) -> str: ...

    def go_to_fact(self, placed: PlacedFact) -> None: ...


def copy_facts(view: FactsView, scope: str) -> None:
    """`scope` is value | row | table | export, as `copy_or_export` takes it."""
    current = view.current_fact()
    copy_or_export(
        view.app,
        scope,
        value_text(current[1]) if current else None,
        current[0] if current else None,
        view.table_records,
        view.copy_stem(),
    )


class FactActions:
    """The actions of both facts views, written once; the view supplies `FactsView`'s methods."""

    def action_next_kind(self: FactsView) -> None:
        self.facts_filter.next_kind()
        self.refill()
        safe.notify(
            self.app,
            f"Facts: {self.facts_filter.kind or 'all kinds'} ({self.shown_count} of {self.total_count})",
            timeout=1.5,
        )

    def action_filter_text(self: FactsView) -> None:
        from lytui.tui.screens.menus import LineInput

        def done(value: str | None) -> None:
            if value is not None:
                self.facts_filter.set_text(value)
                self.refill()

        self.app.push_screen(LineInput(self.filter_prompt, self.facts_filter.text), done)

    def action_copy_value(self: FactsView) -> None:
        copy_facts(self, "value")

    def action_copy_row(self: FactsView) -> None:
        copy_facts(self, "row")

    def action_copy_table(self: FactsView) -> None:
        copy_facts(self, "table")

    def action_export_table(self: FactsView) -> None:
        copy_facts(self, "export")

    def action_show_fact(self: FactsView) -> None:
        """Enter: the whole fact in a window (a long quote or value is cut in the table); Enter there
        goes to the fact in its article."""
        from lytui.tui.screens.fact_detail import FactDetail

        current = self.current_fact()
        if current is None:
            self.app.notify("No fact selected", severity="warning", timeout=2)
            return
        placed = self.placed(current[0])

        def done(go: bool | None) -> None:
            if go:
                self.go_to_fact(placed)

        self.app.push_screen(FactDetail(placed), done)
