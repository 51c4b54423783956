"""One fact in full: a table cuts long quotes and values to its columns, so Enter on a fact shows all of
it (value, text as written, its sentence with the fact marked, where it sits, how sure lytui is and
how it was found). Enter here goes to the fact in its article, which is what Enter on a fact did
before this window existed.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from lytui.export import display_path, value_text
from lytui.model import visible_controls
from lytui.tui import safe
from lytui.tui.clipboard import copy_text
from lytui.tui.commands import FACT_DETAIL_COMMANDS, MOVE_COMMANDS, bindings
from lytui.tui.fact_views import CONFIDENCE_MARKS, KIND_STYLES, PlacedFact, money_reading

CONFIDENCE_MEANINGS = {
    "high": "an unambiguous pattern, or the page's own byline",
    "medium": "one rule's reading",
    "low": "inferred",
}


def _where(placed: PlacedFact) -> str:
    fact = placed.fact
    if fact.start is None:
        return "the page's meta (not in the text)"
    parts = []
    if placed.section is not None:
        parts.append(f"section {placed.section}")
    if placed.paragraph is not None:
        parts.append(f"paragraph {placed.paragraph}")
    else:
        parts.append("the head")
    parts.append(f"characters {fact.start}–{fact.end}")
    return " · ".join(parts)


def _sentence(placed: PlacedFact) -> Text:
    """The sentence with the fact in reverse video, when where it starts in the sentence is known."""
    sentence = safe.text(placed.sentence)
    fact = placed.fact
    if placed.sentence_start is not None and fact.start is not None and fact.end is not None:
        start = fact.start - placed.sentence_start
        end = fact.end - placed.sentence_start
        if 0 <= start < end <= len(placed.sentence):
            sentence.stylize("reverse", start, end)
    return sentence


def detail_table(placed: PlacedFact) -> Table:
    """Every field of the fact as label and text; text from the article is never read as markup."""
    fact = placed.fact
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("kind", safe.text(fact.kind, style=KIND_STYLES.get(fact.kind, "")))
    grid.add_row("value", safe.text(value_text(fact)))
    reading = money_reading(fact)
    if reading:
        grid.add_row("reads", safe.text(reading))
    grid.add_row("as written", safe.text(fact.text))
    if fact.start is not None:  # a fact from the page's meta has no sentence
        grid.add_row("sentence", _sentence(placed))
    grid.add_row("where", safe.text(_where(placed)))
    if placed.article is not None:
        grid.add_row("article", safe.text(display_path(placed.article)))
    meaning = CONFIDENCE_MEANINGS.get(fact.confidence, "")
    confidence = f"{CONFIDENCE_MARKS.get(fact.confidence, '')} {fact.confidence}" + (f" ({meaning})" if meaning else "")
    grid.add_row("confidence", safe.text(confidence.strip()))
    grid.add_row("found by", safe.text(fact.via))
    if fact.note:
        grid.add_row("note", safe.text(fact.note))
    return grid


class FactDetail(ModalScreen[bool]):
    """Dismissed with True when the user asks to go to the fact in its article."""

    BINDINGS = bindings(FACT_DETAIL_COMMANDS) + bindings(MOVE_COMMANDS)
    DEFAULT_CSS = """
    FactDetail { align: center middle; }
    FactDetail > VerticalScroll {
        width: 90%; max-width: 110; height: auto; max-height: 85%;
        border: round $accent; background: $panel; padding: 0 1;
    }
    """

    def __init__(self, placed: PlacedFact) -> None:
        super().__init__()
        self.placed = placed

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = safe.content(f"Fact: {visible_controls(self.placed.fact.kind)}")
            scroll.can_focus = True
            yield Static(detail_table(self.placed), id="fact-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_go(self) -> None:
        self.dismiss(True)

    def action_close(self) -> None:
        self.dismiss(False)

    def action_copy_value(self) -> None:
        copy_text(self.app, value_text(self.placed.fact), "value")

    def action_view(self, move: str) -> None:
        """The shared moving keys (j/k, page keys, g/G) scroll a long fact."""
        scroll = self.query_one(VerticalScroll)
        {
            "down": scroll.scroll_down,
            "up": scroll.scroll_up,
            "page_down": scroll.scroll_page_down,
            "page_up": scroll.scroll_page_up,
            "home": scroll.scroll_home,
            "end": scroll.scroll_end,
        }[move](animate=False)
