"""A table that draws only the rows on screen, asking its owner for their cells as it draws them.

A DataTable holds a Row, cell renderables and cached strips for every row it lists: refilling it with
2,000 of a 5 MB article's 123,000 facts made about 90,000 young objects, and the garbage collector's full
passes over them held whichever key came next for 0.2-0.3 s. Here a refill only changes the row count:
the subclass keeps its rows as it likes (an index array) and hands over one row's cells when that row is
drawn, and a small cache keeps the lines on screen. The look is DataTable's (same component styles,
padding, zebra stripes and row cursor), so the panes do not change when one table becomes the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Protocol

from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lytui.tui.commands import MOVE_COMMANDS, bindings

CELL_PADDING = 1
"""Blank cells either side of a column, as DataTable pads them."""
LINES_CACHED = 200
"""Drawn lines kept: a tall terminal's screenful and the lines a page key brings, no more."""
HEADER = -1
"""The row number the column labels are drawn with (as in DataTable's cell metadata)."""


class Fits(Protocol):
    """A cell that cuts itself to its column's width as it is drawn (a long value ends in …)."""

    def cut(self, width: int) -> Text: ...


Cell = Text | Fits
"""What a row's cell is: Text, never a str (Rich would read it as markup)."""


class LineTable(ScrollView, can_focus=True):
    """Rows 0 … `row_count` - 1 under a line of column labels, one line each, with a row cursor.

    A subclass says what a row shows (`row_cells`) and hears where the cursor went (`cursor_moved`)."""

    BINDINGS = bindings(MOVE_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-table--header",
        "line-table--cursor",
        "line-table--even-row",
        "line-table--odd-row",
    }
    DEFAULT_CSS = """
    LineTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .line-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .line-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .line-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .line-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .line-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .line-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .line-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    def __init__(self, *, zebra_stripes: bool = True, id: str | None = None) -> None:
        super().__init__(id=id)
        self.zebra_stripes = zebra_stripes
        self.labels: tuple[str, ...] = ()
        self.widths: tuple[int, ...] = ()
        """Each column's width without its padding."""
        self._row_count = 0
        self._cursor_row = 0
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(LINES_CACHED)
        self._pseudo_state: object = None

    # --- what a subclass provides -------------------------------------------------------------------
    def row_cells(self, row: int) -> Sequence[Cell]:
        """The cells of `row`, one per column."""
        raise NotImplementedError

    def cursor_moved(self) -> None:
        """The cursor is on another row, or the rows under it changed."""

    # --- rows and columns -----------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return self._row_count

    @property
    def cursor_row(self) -> int:
        return self._cursor_row

    def set_columns(self, labels: Sequence[str], widths: Sequence[int]) -> None:
        """New labels and widths; the rows stay and are drawn again at the new widths."""
        self.labels = tuple(labels)
        self.widths = tuple(widths)
        self._changed()

    def set_rows(self, count: int, cursor_row: int = 0) -> None:
        """The table now shows `count` rows (whatever the subclass's `row_cells` gives for them), the
        cursor on `cursor_row`: nothing is made per row, so this costs the same for ten rows or 100,000."""
        self._row_count = count
        self._cursor_row = max(0, min(cursor_row, count - 1))
        self._changed()
        self._scroll_cursor_into_view()
        self.cursor_moved()

    def _changed(self) -> None:
        self._lines.clear()
        self.virtual_size = Size(self.table_width, self._row_count + 1)
        self.refresh()

    @property
    def table_width(self) -> int:
        return sum(width + 2 * CELL_PADDING for width in self.widths)

    @property
    def page_height(self) -> int:
        """Rows on screen below the column labels."""
        return max(1, self.scrollable_content_region.height - 1)

    # --- the cursor ---------------------------------------------------------------------------------------
    def move_cursor(self, *, row: int, animate: bool = False) -> None:
        """Put the cursor on `row` (clamped to the rows there are) and scroll it into view."""
        row = max(0, min(row, self._row_count - 1))
        if row != self._cursor_row:
            self._cursor_row = row
            self.refresh()
            self.cursor_moved()
        self._scroll_cursor_into_view(animate)

    def _scroll_cursor_into_view(self, animate: bool = False) -> None:
        top = int(self.scroll_y)
        if self._cursor_row < top:
            self.scroll_to(y=self._cursor_row, animate=animate, force=True)
        elif self._cursor_row >= top + self.page_height:
            self.scroll_to(y=self._cursor_row - self.page_height + 1, animate=animate, force=True)

    def action_view(self, move: str) -> None:
        """The shared moving keys: a row, a page (the view scrolls with the cursor), or either end."""
        page = self.page_height
        if move in ("page_down", "page_up"):
            step = page if move == "page_down" else -page
            self.scroll_relative(y=step, animate=False, force=True)
            self.move_cursor(row=self._cursor_row + step)
            return
        target = {
            "down": self._cursor_row + 1,
            "up": self._cursor_row - 1,
            "home": 0,
            "end": self._row_count - 1,
        }[move]
        self.move_cursor(row=target)

    def on_resize(self, event: events.Resize) -> None:
        """A table made shorter (a maximised pane restored) keeps its cursor row on screen."""
        self.call_after_refresh(self._scroll_cursor_into_view)

    def on_click(self, event: events.Click) -> None:
        """A click on a row puts the cursor there (a click on the labels does nothing)."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        row = int(self.scroll_y) + offset.y - 1
        if row < self._row_count:
            self.move_cursor(row=row)

    # --- drawing ------------------------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        """A theme or focus change restyles every line: what is cached was drawn in the old styles."""
        super().notify_style_update()
        self._lines.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._pseudo_state = self.get_pseudo_class_state()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        row = HEADER if y == 0 else int(self.scroll_y) + y - 1
        base = self.rich_style
        if row >= self._row_count:
            return Strip.blank(width, base)
        cursor = row == self._cursor_row
        key = (row, width, cursor, self._pseudo_state, base)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._draw(row, width, cursor, base)
            self._lines[key] = strip
        scroll_x = int(self.scroll_x)
        return strip.crop(scroll_x, scroll_x + width) if scroll_x else strip

    def _row_style(self, row: int, base: Style) -> Style:
        if row == HEADER:
            return self.get_component_styles("line-table--header").rich_style
        if not self.zebra_stripes:
            return base
        stripe = "line-table--odd-row" if row % 2 else "line-table--even-row"
        return self.get_component_styles(stripe).rich_style

    def _draw(self, row: int, width: int, cursor: bool, base: Style) -> Strip:
        """One row as DataTable draws it (each cell padded, in the row's style, the cell's own styles over
        it and the cursor's colour over those, then the row's style out to the widget's edge), made as one
        Text: rendering each cell through Rich's padding and styling took about a millisecond a line, and
        `z`, a sort or a page redraws a screenful."""
        row_style = self._row_style(row, base)
        cursor_style = self.get_component_rich_style("line-table--cursor") if cursor else Style()
        post_style = Style.from_color(color=cursor_style.color) + Style.null()
        cells: Sequence[Cell] = [Text(label) for label in self.labels] if row == HEADER else self.row_cells(row)
        line = Text(end="", no_wrap=True)
        for column, (cell, cell_width) in enumerate(zip(cells, self.widths, strict=False)):
            start = len(line)
            content = _fitted(cell, cell_width)
            line.append(" " * CELL_PADDING)
            line.append_text(content)
            line.append(" " * (cell_width - content.cell_len + CELL_PADDING))
            line.stylize_before(row_style + Style.from_meta({"row": row, "column": column}) + cursor_style, start)
            line.stylize(post_style, start)
        start = len(line)
        line.append(" " * max(0, width - self.table_width))
        line.stylize(
            row_style + cursor_style + Style.from_meta({"row": row, "column": 0, "out_of_bounds": True}), start
        )
        return Strip(line.render(self.app.console)).adjust_cell_length(width, base).simplify()


def _fitted(cell: Cell, width: int) -> Text:
    """`cell` cut to `width` terminal cells."""
    if isinstance(cell, Text):
        cut = cell.copy()
        cut.truncate(width)
        return cut
    return cell.cut(width)
