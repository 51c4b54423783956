"""The article text's moving keys for a table: j/k and arrows a row, page keys a page, g/G and Home/End
to the first or last row (a plain DataTable's Home and End scroll sideways, and it has no j/k)."""

from __future__ import annotations

from textual.widgets import DataTable

from lytui.tui.commands import MOVE_COMMANDS, bindings


class ListTable(DataTable[object]):
    BINDINGS = bindings(MOVE_COMMANDS)

    def action_view(self, move: str) -> None:
        {
            "down": self.action_cursor_down,
            "up": self.action_cursor_up,
            "page_down": self.action_page_down,
            "page_up": self.action_page_up,
            "home": self.action_scroll_top,
            "end": self.action_scroll_bottom,
        }[move]()
