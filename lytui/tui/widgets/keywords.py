"""Keywords with count, weight and a bar, in the ranking the user picks."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from lytui.model import Document, Keyword
from lytui.tui import safe
from lytui.tui.commands import KEYWORD_COMMANDS, bindings
from lytui.tui.widgets.lists import ListTable

RANKINGS = ("count", "tfidf", "textrank")
RANKING_LABELS = {"count": "count", "tfidf": "TF-IDF", "textrank": "TextRank"}
BAR_WIDTH = 6
COLUMNS = (("keyword", 11), ("n", 3), ("weight", 6), ("", BAR_WIDTH))
"""26 cells and a cell of padding each side: 34, what the 38-column left pane leaves inside its border and
a scrollbar, so the pane never scrolls sideways (a horizontal scrollbar took one of three rows at 80x24)."""


class KeywordsTable(ListTable):
    BINDINGS = bindings(KEYWORD_COMMANDS)

    class KeywordSelected(Message):
        def __init__(self, keyword: Keyword | None, filter_facts: bool) -> None:
            self.keyword = keyword
            self.filter_facts = filter_facts
            super().__init__()

    def __init__(self, document: Document, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.document = document
        self.ranking = "count"
        self.filter_facts = False
        self._shown: list[Keyword] = []

    def on_mount(self) -> None:
        self.fill()

    def set_document(self, document: Document) -> None:
        self.document = document
        self.fill()

    def fill(self) -> None:
        self.clear(columns=True)  # column widths follow the rows shown now, not earlier ones
        for label, width in COLUMNS:
            self.add_column(label, width=width)  # fixed widths: no jump when rows arrive
        if not self.document.analysed:
            self.add_row(Text("analysing…", style="italic dim"), "", "", "")
            self._shown = []
            self.border_subtitle = "loading"
            return
        self._shown = list(self.document.keywords.ranking(self.ranking))
        top = max((k.weight for k in self._shown), default=1.0) or 1.0
        for keyword in self._shown:
            bar = "█" * max(1, round(BAR_WIDTH * keyword.weight / top))
            self.add_row(safe.text(keyword.word), str(keyword.count), f"{keyword.weight:.3f}", Text(bar, style="green"))
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
