"""Keywords with count, weight and a bar, in the ranking the user picks."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from lytui.model import Document, Keyword
from lytui.tui import safe
from lytui.tui.commands import KEYWORD_COMMANDS, bindings

RANKINGS = ("count", "tfidf", "textrank")
RANKING_LABELS = {"count": "count", "tfidf": "TF-IDF", "textrank": "TextRank"}


class KeywordsTable(DataTable[object]):
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
        for label, width in (("keyword", 14), ("n", 3), ("weight", 6), ("", 8)):
            self.add_column(label, width=width)  # fixed widths: no jump when rows arrive
        if not self.document.analysed:
            self.add_row(Text("analysing…", style="italic dim"), "", "", "")
            self._shown = []
            self.border_subtitle = "loading"
            return
        self._shown = list(self.document.keywords.ranking(self.ranking))
        top = max((k.weight for k in self._shown), default=1.0) or 1.0
        for keyword in self._shown:
            bar = "█" * max(1, round(8 * keyword.weight / top))
            self.add_row(safe.text(keyword.word), str(keyword.count), f"{keyword.weight:.3f}", Text(bar, style="green"))
        self.border_subtitle = f"by {RANKING_LABELS[self.ranking]}" + (
            " · filtering facts" if self.filter_facts else ""
        )

    @property
    def current(self) -> Keyword | None:
        if 0 <= self.cursor_row < len(self._shown):
            return self._shown[self.cursor_row]
        return None

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.has_focus and self._shown:
            self.post_message(self.KeywordSelected(self.current, self.filter_facts))

    def on_focus(self) -> None:
        if self._shown:
            self.post_message(self.KeywordSelected(self.current, self.filter_facts))

    def action_next_ranking(self) -> None:
        self.ranking = RANKINGS[(RANKINGS.index(self.ranking) + 1) % len(RANKINGS)]
        self.fill()
        self.notify(f"Keywords ranked by {RANKING_LABELS[self.ranking]}", timeout=2)

    def action_toggle_filter(self) -> None:
        self.filter_facts = not self.filter_facts
        self.fill()
        self.post_message(self.KeywordSelected(self.current, self.filter_facts))
