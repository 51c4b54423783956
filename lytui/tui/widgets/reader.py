"""The article text, drawn line by line (Textual's line API) so a 5 MB file scrolls like a small one.

The reader lays out the Document's blocks for the current width once, keeps only offsets per visual
line, and styles a line when it is drawn: headings, the current paragraph, repairs, search matches,
keyword occurrences and the selected fact are overlays of offset spans, never re-parsed text.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import overload

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lytui.model import Document, Repair
from lytui.tui.commands import READER_COMMANDS, bindings

_MOVES = {
    "down": "scroll_down",
    "up": "scroll_up",
    "page_down": "scroll_page_down",
    "page_up": "scroll_page_up",
    "home": "scroll_home",
    "end": "scroll_end",
}
REPAIR_STYLES = {
    "pinyin": Style(color="magenta", underline=True),
    "punctuation": Style(color="cyan", underline=True),
    "mojibake": Style(color="red", bold=True, underline=True),
    "conversion": Style(color="yellow"),
    "boilerplate": Style(color="bright_black", strike=True),
}
LAYER_STYLES = {
    "keyword": Style(reverse=True, color="green"),
    "search": Style(reverse=True, color="yellow"),
    "fact": Style(reverse=True, color="cyan", bold=True),
}
BLOCK_STYLES = {
    "title": Style(bold=True, underline=True),
    "dateline": Style(italic=True, dim=True),
    "heading": Style(bold=True, color="bright_blue"),
    "paragraph": Style(),
    "raw": Style(),
}


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of displayed text: from the source text at `offset`, or an annotation (offset None)."""

    text: str
    offset: int | None
    style: Style


@dataclass(frozen=True, slots=True)
class Line:
    pieces: tuple[Piece, ...]
    block: int
    start: int  # source offset of the first character (for scrolling to an offset)


_EMPTY = -1  # a blank line between blocks
_STYLED = -2  # a line with repair notes: its pieces are kept as they are


class _Layout(Sequence[Line]):
    """The wrapped lines of one text at one width, kept as three int arrays (12 bytes a line).

    A plain line is drawn from `text[start:end]` in its block's style when it is asked for; only lines
    that carry repair notes keep their pieces. A 5 MB article wraps into some 100,000 lines, which as
    objects with their own copy of the text took more memory than the document itself."""

    def __init__(self, text: str, style_of: Callable[[int], Style]) -> None:
        self.text = text
        self.style_of = style_of
        self.blocks = array("i")
        self.starts = array("i")  # sorted: bisect finds the line of an offset
        self.ends = array("i")
        self.styled: dict[int, tuple[Piece, ...]] = {}

    def add(self, block: int, start: int, end: int) -> None:
        self.blocks.append(block)
        self.starts.append(start)
        self.ends.append(end)

    def add_styled(self, line: Line) -> None:
        self.styled[len(self.blocks)] = line.pieces
        self.add(line.block, line.start, _STYLED)

    def __len__(self) -> int:
        return len(self.blocks)

    @overload
    def __getitem__(self, index: int) -> Line: ...

    @overload
    def __getitem__(self, index: slice) -> list[Line]: ...

    def __getitem__(self, index: int | slice) -> Line | list[Line]:
        if isinstance(index, slice):
            return [self._line(i) for i in range(*index.indices(len(self)))]
        return self._line(index if index >= 0 else index + len(self))

    def _line(self, index: int) -> Line:
        block, start, end = self.blocks[index], self.starts[index], self.ends[index]
        if end == _EMPTY:
            return Line((), block, start)
        if end == _STYLED:
            return Line(self.styled[index], block, start)
        return Line((Piece(self.text[start:end], start, self.style_of(block)),), block, start)


class Reader(ScrollView, can_focus=True):
    BINDINGS = bindings(READER_COMMANDS) + [
        Binding("down", "view('down')", show=False),
        Binding("up", "view('up')", show=False),
        Binding("pagedown,space", "view('page_down')", show=False),
        Binding("pageup,b", "view('page_up')", show=False),
        Binding("home,g", "view('home')", show=False),
        Binding("end,G", "view('end')", show=False),
    ]
    DEFAULT_CSS = """
    Reader { background: $surface; }
    """

    original: reactive[bool] = reactive(False)
    show_repairs: reactive[bool] = reactive(False)

    class SearchRequested(Message):
        pass

    class ParagraphChanged(Message):
        def __init__(self, paragraph: int | None) -> None:
            self.paragraph = paragraph
            super().__init__()

    def __init__(self, document: Document, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.document = document
        self.overlays: dict[str, list[tuple[int, int]]] = {}
        self.current_paragraph: int | None = None
        self._lines: _Layout = _Layout("", lambda _: Style())
        self._layout_width = -1
        self._converted: list[tuple[int, int]] = []  # clean spans that OpenCC changed, for colouring
        self._paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind == "paragraph"]

    # --- public API used by the screen -----------------------------------------------------------
    def set_document(self, document: Document) -> None:
        self.document = document
        self._paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind == "paragraph"]
        self.overlays.clear()
        self._converted = []
        self._relayout(force=True)

    def set_layer(self, name: str, spans: list[tuple[int, int]]) -> None:
        self.overlays[name] = sorted(spans)
        self.refresh()

    def clear_layer(self, name: str) -> None:
        if self.overlays.pop(name, None) is not None:
            self.refresh()

    def scroll_to_offset(self, offset: int, center: bool = True) -> None:
        """Scroll so the clean-text offset is visible and mark its paragraph current."""
        if self.original:
            offset = self.document.origin[offset] if self.document.origin else offset
        y = max(0, bisect.bisect_right(self._lines.starts, offset) - 1)
        if center:
            y = max(0, y - self.size.height // 3)
        self.scroll_to(y=y, animate=False)
        if not self.original:
            self._set_current(self.document.paragraph_index_at(offset))

    def scroll_to_paragraph(self, paragraph: int) -> None:
        if 0 <= paragraph < len(self.document.paragraphs):
            block = self.document.paragraphs[paragraph]
            self.scroll_to_offset(block.start, center=False)
            self._set_current(paragraph)

    def scroll_to_block(self, block_index: int) -> None:
        block = self.document.blocks[block_index]
        self.scroll_to_offset(block.start, center=False)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def visible_text(self) -> str:
        """The text of the lines on screen (used by tests and the help of screen readers)."""
        top = int(self.scroll_y)
        return "\n".join("".join(p.text for p in line.pieces) for line in self._lines[top : top + self.size.height])

    # --- layout ----------------------------------------------------------------------------------
    def watch_original(self) -> None:
        self._relayout(force=True)

    def watch_show_repairs(self) -> None:
        if self.show_repairs and not self._converted:
            document = self.document
            self._converted = sorted(
                (document.clean_offset(r.raw_start), document.clean_offset(r.raw_start) + len(r.clean))
                for r in document.repairs
                if r.kind == "conversion"
            )
        self._relayout(force=True)

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        width = max(10, self.scrollable_content_region.width - 3)  # marker + room for hanging punctuation
        if width == self._layout_width and not force:
            return
        self._layout_width = width
        self._lines = self._raw_lines(width) if self.original else self._clean_lines(width)
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def _annotations(self, source_is_raw: bool) -> dict[int, list[Repair]]:
        """Repairs grouped by the source offset where their note is shown."""
        notes: dict[int, list[Repair]] = {}
        if not self.show_repairs:
            return notes
        for repair in self.document.repairs:
            if source_is_raw:
                notes.setdefault(repair.raw_end, []).append(repair)
            elif repair.kind not in ("boilerplate", "conversion"):  # conversions are coloured, not annotated
                notes.setdefault(self.document.clean_offset(repair.raw_end), []).append(repair)
        return notes

    def _clean_lines(self, width: int) -> _Layout:
        document = self.document
        blocks = document.blocks
        layout = _Layout(document.text, lambda index: BLOCK_STYLES[blocks[index].kind])
        notes = self._annotations(source_is_raw=False)
        note_positions = sorted(notes)
        for index, block in enumerate(blocks):
            if _has_note(note_positions, block.start, block.end):
                style = BLOCK_STYLES[block.kind]
                pieces = self._with_notes(document.text, block.start, block.end, style, notes, note_positions)
                for line in _wrap(pieces, width, index, block.start):
                    layout.add_styled(line)
            else:
                for start, end in _breaks(document.text, block.start, block.end, width):
                    layout.add(index, start, end)
            layout.add(index, block.end, _EMPTY)
        return layout

    def _raw_lines(self, width: int) -> _Layout:
        raw = self.document.raw
        raw_style = BLOCK_STYLES["raw"]
        layout = _Layout(raw, lambda _: raw_style)
        notes = self._annotations(source_is_raw=True)
        note_positions = sorted(notes)
        offset = 0
        for index, text_line in enumerate(raw.split("\n")):
            end = offset + len(text_line)
            before = len(layout)
            if _has_note(note_positions, offset, end):
                pieces = self._with_notes(raw, offset, end, raw_style, notes, note_positions)
                for line in _wrap(pieces, width, index, offset):
                    layout.add_styled(line)
            else:
                for start, stop in _breaks(raw, offset, end, width):
                    layout.add(index, start, stop)
            if len(layout) == before:
                layout.add(index, offset, _EMPTY)
            offset = end + 1
        return layout

    def _with_notes(
        self,
        text: str,
        start: int,
        end: int,
        style: Style,
        notes: dict[int, list[Repair]],
        positions: list[int],
    ) -> list[Piece]:
        pieces: list[Piece] = []
        cursor = start
        first = bisect.bisect_left(positions, start)
        for position in positions[first:]:
            if position > end or (position == end and end != start and position != end):
                break
            if position > cursor:
                pieces.append(Piece(text[cursor:position], cursor, style))
                cursor = position
            for repair in notes[position]:
                shown = repair.raw if not self.original else f"→{repair.clean or '∅'}"
                label = f"⟨{shown or '∅'}⟩"
                pieces.append(Piece(label, None, REPAIR_STYLES.get(repair.kind, Style()) + Style(dim=True)))
        if cursor < end:
            pieces.append(Piece(text[cursor:end], cursor, style))
        return pieces

    # --- drawing ---------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        line = self._lines[index]
        base = self.rich_style
        segments: list[Segment] = []
        paragraph_block = self._current_block()
        marker = "▌" if paragraph_block is not None and line.block == paragraph_block and line.pieces else " "
        segments.append(Segment(marker, base + Style(color="bright_blue")))
        for piece in line.pieces:
            if piece.offset is None:
                segments.append(Segment(piece.text, base + piece.style))
                continue
            segments.extend(self._styled(piece, base))
        strip = Strip(segments).crop(scroll_x, scroll_x + width)
        return strip.extend_cell_length(width, base)

    def _styled(self, piece: Piece, base: Style) -> list[Segment]:
        """Split a piece at overlay boundaries (repairs, keyword, search, fact)."""
        start = piece.offset or 0
        end = start + len(piece.text)
        overlays: list[tuple[int, int, Style]] = []
        if not self.original:
            for name in ("keyword", "search", "fact"):
                spans = self.overlays.get(name, [])
                i = bisect.bisect_left(spans, (start - 200, 0))
                for s, e in spans[i:]:
                    if s >= end:
                        break
                    if e > start:
                        overlays.append((max(s, start), min(e, end), LAYER_STYLES[name]))
        elif "search" in self.overlays:
            for s, e in self.overlays["search"]:
                if s < end and e > start:
                    overlays.append((max(s, start), min(e, end), LAYER_STYLES["search"]))
        if self.show_repairs and not self.original:
            spans = self._converted
            i = bisect.bisect_left(spans, (start - 8, 0))
            for s, e in spans[i:]:
                if s >= end:
                    break
                if e > start:
                    overlays.append((max(s, start), min(e, end), REPAIR_STYLES["conversion"]))
        if self.show_repairs and self.original:
            for repair in self._raw_repairs(start, end):
                overlays.append(
                    (max(repair.raw_start, start), min(repair.raw_end, end), REPAIR_STYLES.get(repair.kind, Style()))
                )
        if not overlays:
            return [Segment(piece.text, base + piece.style)]
        cuts = sorted({start, end} | {s for s, _, _ in overlays} | {e for _, e, _ in overlays})
        segments = []
        for a, b in zip(cuts, cuts[1:]):
            style = base + piece.style
            for s, e, overlay in overlays:
                if s <= a and b <= e:
                    style = style + overlay
            segments.append(Segment(piece.text[a - start : b - start], style))
        return segments

    def _raw_repairs(self, start: int, end: int) -> list[Repair]:
        repairs = self.document.repairs
        starts = getattr(repairs, "raw_starts", None)
        if starts is None:
            starts = [r.raw_start for r in repairs]
        found = []
        index = bisect.bisect_left(starts, start - 64)
        while index < len(repairs) and starts[index] < end:
            repair = repairs[index]
            if repair.raw_end > start:
                found.append(repair)
            index += 1
        return found

    def _current_block(self) -> int | None:
        if self.current_paragraph is None or self.original:
            return None
        if 0 <= self.current_paragraph < len(self._paragraph_blocks):
            return self._paragraph_blocks[self.current_paragraph]
        return None

    def _set_current(self, paragraph: int | None) -> None:
        if paragraph != self.current_paragraph:
            self.current_paragraph = paragraph
            self.refresh()
            self.post_message(self.ParagraphChanged(paragraph))

    # --- actions ---------------------------------------------------------------------------------
    def _follow_view(self) -> None:
        """After the user scrolls, the paragraph at the top of the view becomes the current one."""
        if self.original or not self._lines:
            return
        top = int(self.scroll_y)
        for line in self._lines[top : top + max(1, self.size.height)]:
            paragraph = self.document.paragraph_index_at(line.start) if line.pieces else None
            if paragraph is not None:
                self._set_current(paragraph)
                return

    def action_view(self, move: str) -> None:
        """Scroll by a line, a page or to an end, then mark the paragraph now at the top as current.

        No animation: the current paragraph follows the final position."""
        getattr(self, _MOVES[move])(animate=False)
        self.call_after_refresh(self._follow_view)

    def action_search(self) -> None:
        self.post_message(self.SearchRequested())

    def action_toggle_original(self) -> None:
        self.original = not self.original
        self.notify("Showing the original text" if self.original else "Showing the clean text", timeout=2)

    def action_toggle_repairs(self) -> None:
        self.show_repairs = not self.show_repairs
        count = len(self.document.repairs)
        self.notify(f"Repairs {'shown' if self.show_repairs else 'hidden'} ({count} in this article)", timeout=2)

    def action_next_paragraph(self) -> None:
        current = -1 if self.current_paragraph is None else self.current_paragraph
        self.scroll_to_paragraph(min(current + 1, len(self.document.paragraphs) - 1))

    def action_previous_paragraph(self) -> None:
        current = 1 if self.current_paragraph is None else self.current_paragraph
        self.scroll_to_paragraph(max(current - 1, 0))

    def action_search_next(self) -> None:
        self._jump_match(+1)

    def action_search_previous(self) -> None:
        self._jump_match(-1)

    def _jump_match(self, step: int) -> None:
        spans = self.overlays.get("search", [])
        if not spans:
            self.notify("No search yet: press / to search", timeout=2)
            return
        top_offset = self._lines[int(self.scroll_y)].start if self._lines else 0
        anchor = getattr(self, "_match_index", -1)
        if anchor < 0 or anchor >= len(spans):
            anchor = bisect.bisect_left(spans, (top_offset, 0)) - (1 if step > 0 else 0)
        index = (anchor + step) % len(spans)
        self._match_index = index
        start = spans[index][0]
        self._scroll_to_source(start)
        self.notify(f"Match {index + 1} of {len(spans)}", timeout=1.5)

    def reset_matches(self) -> None:
        self._match_index = -1

    def _scroll_to_source(self, offset: int) -> None:
        y = max(0, bisect.bisect_right(self._lines.starts, offset) - 1)
        self.scroll_to(y=max(0, y - self.size.height // 3), animate=False)
        if not self.original:
            self._set_current(self.document.paragraph_index_at(offset))


_NO_LINE_START = frozenset("，。、；：？！”’）》…,.;:?!)")


def _wrap(pieces: list[Piece], width: int, block: int, start: int) -> list[Line]:
    """Wrap pieces into lines of at most `width` cells, counting CJK characters as two."""
    lines: list[Line] = []
    current: list[Piece] = []
    used = 0
    line_start = start
    for piece in pieces:
        chunk_start = 0
        for i, ch in enumerate(piece.text):
            cell = get_character_cell_size(ch)
            if used + cell > width and not (ch in _NO_LINE_START and used + cell <= width + 2):
                if i > chunk_start:
                    current.append(_sub(piece, chunk_start, i))
                lines.append(Line(tuple(current), block, line_start))
                current, used, chunk_start = [], 0, i
                line_start = piece.offset + i if piece.offset is not None else line_start
            used += cell
        if chunk_start < len(piece.text):
            current.append(_sub(piece, chunk_start, len(piece.text)))
    if current:
        lines.append(Line(tuple(current), block, line_start))
    return lines


def _sub(piece: Piece, a: int, b: int) -> Piece:
    return Piece(piece.text[a:b], None if piece.offset is None else piece.offset + a, piece.style)


_CELLS: dict[str, int] = {}


def _breaks(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Where `_wrap` would cut `text[start:end]` alone: the same lines, as offsets only."""
    lines: list[tuple[int, int]] = []
    used = 0
    line_start = start
    cells = _CELLS
    for i in range(start, end):
        ch = text[i]
        cell = cells.get(ch)
        if cell is None:
            cell = cells[ch] = get_character_cell_size(ch)
        if used + cell > width and not (ch in _NO_LINE_START and used + cell <= width + 2):
            if i > line_start:
                lines.append((line_start, i))
                line_start = i
            used = 0
        used += cell
    if line_start < end:
        lines.append((line_start, end))
    return lines


def _has_note(positions: list[int], start: int, end: int) -> bool:
    """Whether a repair note is shown between `start` and `end` (inclusive, as `_with_notes` reads it)."""
    index = bisect.bisect_left(positions, start)
    return index < len(positions) and positions[index] <= end
