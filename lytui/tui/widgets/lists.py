"""The article text's moving keys for a table: j/k and arrows a row, page keys a page, g/G and Home/End
to the first or last row (a plain DataTable's Home and End scroll sideways, and it has no j/k)."""

from __future__ import annotations

from typing import Any

from textual.cache import LRUCache
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from lytui.tui.commands import MOVE_COMMANDS, bindings

ROWS_CACHED = 300
"""Rendered rows, lines and row cells a table keeps: more than a tall terminal shows. DataTable keeps
1,000 rows and 10,000 cells, each line with seven small caches of its own, and every full pass of the
garbage collector walks them all (about a third of what it walked with an article's tables filled)."""
_CACHES = {
    "_row_render_cache": ROWS_CACHED,
    "_line_cache": ROWS_CACHED,
    "_row_renderable_cache": ROWS_CACHED,
    "_cell_render_cache": ROWS_CACHED * 8,
}


class ListTable(DataTable[object]):
    BINDINGS = bindings(MOVE_COMMANDS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, size in _CACHES.items():
            cache = getattr(self, name, None)
            if isinstance(cache, LRUCache):
                cache.maxsize = size

    def set_column_widths(self, widths: dict[ColumnKey, int]) -> None:
        """Give columns new fixed widths and keep the rows: DataTable has no call for it, and clearing
        and adding 2,000 rows again to widen two columns held the event loop for a quarter of a second."""
        for key, width in widths.items():
            self.columns[key].width = width
        self._update_count += 1  # what the render caches are keyed by
        self._clear_caches()
        self._require_update_dimensions = True  # the scrollable width follows on the next idle
        self.refresh()

    def action_view(self, move: str) -> None:
        {
            "down": self.action_cursor_down,
            "up": self.action_cursor_up,
            "page_down": self.action_page_down,
            "page_up": self.action_page_up,
            "home": self.action_scroll_top,
            "end": self.action_scroll_bottom,
        }[move]()
