"""Keywords with count, weight and a bar, in the ranking the user picks."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import DataTable

from lytui.model import Document, Keyword
from lytui.tui import safe
from lytui.tui.commands import KEYWORD_COMMANDS, bindings
from lytui.tui.fact_views import CELL_PADDING, SCROLLBAR, clip
from lytui.tui.widgets.lists import ListTable

RANKINGS = ("count", "tfidf", "textrank")
RANKING_LABELS = {"count": "count", "tfidf": "TF-IDF", "textrank": "TextRank"}
BAR_WIDTH = 6
WEIGHT_WIDTH = 6
MIN_KEYWORD, MAX_KEYWORD = 8, 24
"""Four characters of a word, or three and the … that says it was cut; a maximised pane gives a word at
most twelve characters, so its count stays near it."""


def column_widths(available: int, count_width: int) -> tuple[int, int, int, int]:
    """(keyword, n, weight, bar) widths that fit a table `available` cells wide, scrollbar included, so
    the pane never scrolls sideways (a horizontal scrollbar took one of three rows at 80x24). The bar
    gives up its room first, then the word is cut; a bar of 0 is not shown."""
    spare = available - SCROLLBAR - count_width - WEIGHT_WIDTH - 4 * CELL_PADDING
    bar = min(BAR_WIDTH, spare - MIN_KEYWORD)
    if bar < 2:  # no bar column: the word takes its padding too
        return max(1, spare + CELL_PADDING), count_width, WEIGHT_WIDTH, 0
    return min(MAX_KEYWORD, spare - bar), count_width, WEIGHT_WIDTH, bar


class KeywordsTable(ListTable):
    BINDINGS = bindings(KEYWORD_COMMANDS)

    class KeywordSelected(Message):
        def __init__(self, keyword: Keyword | None, filter_facts: bool) -> None:
            self.keyword = keyword
            self.filter_facts = filter_facts
            super().__init__()

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, id=id)
        self.document = document
        self.ranking = "count"
        self.filter_facts = False
        self._shown: list[Keyword] = []
        self._filled_width = 0

    def on_mount(self) -> None:
        self.fill()

    def on_resize(self, event: events.Resize) -> None:
        """The word column takes the pane's width, so a wider pane cuts fewer words."""
        if event.size.width != self._filled_width and self.document.analysed:
            row = self.cursor_row
            self.fill()
            if 0 <= row < len(self._shown):
                self.move_cursor(row=row, animate=False)

    def set_document(self, document: Document) -> None:
        self.document = document
        self.fill()

    def fill(self) -> None:
        self.clear(columns=True)  # column widths follow the rows shown now, not earlier ones
        self._filled_width = self.size.width
        shown = list(self.document.keywords.ranking(self.ranking)) if self.document.analysed else []
        count_width = max((len(str(k.count)) for k in shown), default=1)
        widths = column_widths(self.size.width, max(3, count_width))
        word_width, _, _, bar_width = widths
        for label, width in zip(("keyword", "n", "weight", ""), widths, strict=True):
            if width:
                self.add_column(label, width=width)  # fixed widths: no jump when rows arrive
        if not self.document.analysed:
            self.add_row(Text("analysing…", style="italic dim"), "", "", *([""] if bar_width else []))
            self._shown = []
            self.border_subtitle = "loading"
            return
        self._shown = shown
        top = max((k.weight for k in shown), default=1.0) or 1.0
        for keyword in shown:
            cells: list[object] = [
                safe.text(clip(keyword.word, word_width)),
                str(keyword.count),
                f"{keyword.weight:.3f}",
            ]
            if bar_width:
                cells.append(Text("█" * max(1, round(bar_width * keyword.weight / top)), style="green"))
            self.add_row(*cells)
        self._subtitle()

    def _subtitle(self) -> None:
        """The ranking, and which keyword narrows the facts while `f` is on."""
        narrowing = ""
        if self.filter_facts and self.current is not None:
            narrowing = f" · facts of “{self.current.word}”"
        self.border_subtitle = safe.content(f"by {RANKING_LABELS[self.ranking]}{narrowing}")

    @property
    def current(self) -> Keyword | None:
        if 0 <= self.cursor_row < len(self._shown):
            return self._shown[self.cursor_row]
        return None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.has_focus and self._shown:
            self._subtitle()
            self.post_message(self.KeywordSelected(self.current, self.filter_facts))

    def on_focus(self) -> None:
        if self._shown:
            self.post_message(self.KeywordSelected(self.current, self.filter_facts))

    def action_next_ranking(self) -> None:
        chosen = self.current
        self.ranking = RANKINGS[(RANKINGS.index(self.ranking) + 1) % len(RANKINGS)]
        self.fill()
        words = [k.word for k in self._shown]
        if chosen is not None and chosen.word in words:  # the same keyword stays chosen in the new order
            self.move_cursor(row=words.index(chosen.word))
            self._subtitle()
        self.notify(f"Keywords ranked by {RANKING_LABELS[self.ranking]}", timeout=2)

    def action_toggle_filter(self) -> None:
        """Only the flag and the subtitle change: refilling the table would put the cursor back on the
        first keyword and narrow the facts by that one instead of the one chosen."""
        self.filter_facts = not self.filter_facts
        self._subtitle()
        self.post_message(self.KeywordSelected(self.current, self.filter_facts))

    def stop_filtering(self) -> None:
        self.filter_facts = False
        self._subtitle()
