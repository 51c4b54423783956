"""The article text's moving keys for a table: j/k and arrows a row, page keys a page, g/G and Home/End
to the first or last row (a plain DataTable's Home and End scroll sideways, and it has no j/k)."""

from __future__ import annotations

from typing import Any

from textual.cache import LRUCache
from textual.widgets import DataTable

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

    def action_view(self, move: str) -> None:
        {
            "down": self.action_cursor_down,
            "up": self.action_cursor_up,
            "page_down": self.action_page_down,
            "page_up": self.action_page_up,
            "home": self.action_scroll_top,
            "end": self.action_scroll_bottom,
        }[move]()
