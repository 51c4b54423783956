"""The article text, drawn line by line (Textual's line API) so a 5 MB file scrolls like a small one.

The reader lays out the Document's blocks for the current width once, keeps only offsets per visual
line, and styles a line when it is drawn: headings, the current paragraph, repairs, search matches,
keyword occurrences and the selected fact are overlays of offset spans, never re-parsed text.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rich.cells import get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lytui.model import ColumnSequence, Document, Repair, visible_controls
from lytui.tui.commands import MOVE_COMMANDS, READER_COMMANDS, bindings

BACKGROUND_LAYOUT_CHARS = 300_000
"""Articles longer than this (in raw characters) get their repairs view laid out in a worker thread."""

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
_DIM = Style(dim=True)
_NOTE = Style(italic=True, dim=True)
EMPTY_NOTE = (
    "(No article text: everything in this file was page chrome such as 来源 or （完）, or nothing at all. "
    "o shows the original file, r what was removed.)"
)
NOTE_STYLES = {kind: style + _DIM for kind, style in REPAIR_STYLES.items()}
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


class _Layout(ColumnSequence[Line]):
    """The wrapped lines of one text at one width, kept as three int arrays (12 bytes a line).

    A plain line is drawn from `text[start:end]` in its block's style when it is asked for; only lines
    that carry repair notes keep their pieces. A 5 MB article wraps into some 100,000 lines, which as
    objects with their own copy of the text took more memory than the document itself."""

    def __init__(
        self,
        text: str,
        style_of: Callable[[int], Style],
        original: bool = False,
        show_repairs: bool = False,
        converted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.style_of = style_of
        self.original = original  # the mode it was laid out in, which is the mode it is drawn in
        self.show_repairs = show_repairs
        self.converted = converted or []  # clean spans OpenCC changed, coloured when repairs are shown
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

    def _at(self, index: int) -> Line:
        block, start, end = self.blocks[index], self.starts[index], self.ends[index]
        if end == _EMPTY:
            return Line((), block, start)
        if end == _STYLED:
            return Line(self.styled[index], block, start)
        return Line((Piece(self.text[start:end], start, self.style_of(block)),), block, start)


class Reader(ScrollView, can_focus=True):
    BINDINGS = bindings(READER_COMMANDS + MOVE_COMMANDS)
    DEFAULT_CSS = """
    Reader { background: $surface; }
    """

    original: reactive[bool] = reactive(False)
    show_repairs: reactive[bool] = reactive(False)

    class SearchRequested(Message):
        pass

    class LaidOut(Message):
        """The lines on screen were laid out anew (at once, or when a worker finished)."""

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
        self._layout_wanted: tuple[int, bool, bool] | None = None  # (width, original, repairs) asked for
        self._layout_generation = 0
        self._lines_width = -1
        # clean spans OpenCC changed, computed once per document when repairs are first shown
        self._converted: tuple[Document, list[tuple[int, int]]] | None = None
        self._paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind == "paragraph"]

    # --- public API used by the screen -----------------------------------------------------------
    def set_document(self, document: Document) -> None:
        self.document = document
        self._paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind == "paragraph"]
        self.overlays.clear()
        self._converted = None
        self._relayout(force=True)

    def set_layer(self, name: str, spans: list[tuple[int, int]]) -> None:
        self.overlays[name] = sorted(spans)
        self.refresh()

    def clear_layer(self, name: str) -> None:
        if self.overlays.pop(name, None) is not None:
            self.refresh()

    def scroll_to_offset(self, offset: int, center: bool = True) -> None:
        """Scroll so the clean-text offset is visible and mark its paragraph current."""
        if self._lines.original:
            offset = self.document.origin[offset] if self.document.origin else offset
        y = max(0, bisect.bisect_right(self._lines.starts, offset) - 1)
        if center:
            y = max(0, y - self.size.height // 3)
        self.scroll_to(y=y, animate=False)
        if not self._lines.original:
            self._set_current(self.document.paragraph_index_at(offset))

    def scroll_to_paragraph(self, paragraph: int) -> None:
        if 0 <= paragraph < len(self.document.paragraphs):
            block = self.document.paragraphs[paragraph]
            self.scroll_to_offset(block.start, center=False)
            self._set_current(paragraph)

    def scroll_to_block(self, block_index: int) -> None:
        if not 0 <= block_index < len(self.document.blocks):
            return  # an article with no text left after cleaning has no block to scroll to
        block = self.document.blocks[block_index]
        self.scroll_to_offset(block.start, center=False)

    @property
    def line_count(self) -> int:
        return len(self._lines)

    @property
    def layout_ready(self) -> bool:
        """Whether the lines on screen are laid out for the current width and toggles (a big article is
        laid out in a worker, and shows its previous layout meanwhile)."""
        return self._layout_wanted == self._lines_mode

    @property
    def _lines_mode(self) -> tuple[int, bool, bool]:
        return (self._lines_width, self._lines.original, self._lines.show_repairs)

    def visible_text(self) -> str:
        """The text of the lines on screen (used by tests and the help of screen readers)."""
        top = int(self.scroll_y)
        return "\n".join("".join(p.text for p in line.pieces) for line in self._lines[top : top + self.size.height])

    # --- layout ----------------------------------------------------------------------------------
    def watch_original(self) -> None:
        self._relayout(force=True)

    def watch_show_repairs(self) -> None:
        self._relayout(force=True)

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        """Lay the text out for the current width and toggles: at once, except the repairs view of a big
        article, made in a worker (a 5 MB scrape with 600,000 repair notes takes seconds) so the
        terminal never freezes; the previous layout stays on screen, drawn in its own mode, until then."""
        width = max(10, self.scrollable_content_region.width - 3)  # marker + room for hanging punctuation
        wanted = (width, self.original, self.show_repairs)
        if wanted == self._layout_wanted and not force:
            return
        self._layout_wanted = wanted
        self._layout_generation += 1
        if not self.show_repairs or len(self.document.raw) < BACKGROUND_LAYOUT_CHARS:
            # plain text wraps in about a second even at 5 MB, and doing it here keeps its arrays out
            # of a worker thread's malloc arena (30 MB more at peak when it was a worker's)
            self._install(self._build(*wanted), wanted, self._layout_generation)
        else:
            self._build_in_background(wanted, self._layout_generation)

    @work(thread=True, group="reader-layout")
    def _build_in_background(self, wanted: tuple[int, bool, bool], generation: int) -> None:
        layout = self._build(*wanted)
        self.app.call_from_thread(self._install, layout, wanted, generation)

    def _install(self, layout: _Layout, wanted: tuple[int, bool, bool], generation: int) -> None:
        if generation != self._layout_generation:
            return  # a newer layout was asked for while this one was being made
        previous = self._lines
        top = int(self.scroll_y)
        # the same text stays at the top when notes come and go (not when switching to the original)
        anchor = previous.starts[top] if top < len(previous) and previous.original == layout.original else None
        self._lines = layout
        self._lines_width = wanted[0]
        self.virtual_size = Size(wanted[0], len(layout))
        if anchor is not None and top:
            self.scroll_to(y=max(0, bisect.bisect_right(layout.starts, anchor) - 1), animate=False)
        self.refresh()
        self.post_message(self.LaidOut())

    def _build(self, width: int, original: bool, show_repairs: bool) -> _Layout:
        """Pure: reads the document and the arguments only, so it may run in a worker."""
        if original:
            return self._raw_lines(width, show_repairs)
        converted: list[tuple[int, int]] | None = None
        if show_repairs:
            document = self.document
            cached = self._converted
            if cached is None or cached[0] is not document:
                spans = sorted(
                    (document.clean_offset(r.raw_start), document.clean_offset(r.raw_start) + len(r.clean))
                    for r in document.repairs
                    if r.kind == "conversion"
                )
                cached = self._converted = (document, spans)
            converted = cached[1]
        return self._clean_lines(width, show_repairs, converted)

    def _annotations(self, source_is_raw: bool, show_repairs: bool) -> dict[int, list[Repair]]:
        """Repairs grouped by the source offset where their note is shown."""
        notes: dict[int, list[Repair]] = {}
        if not show_repairs:
            return notes
        for repair in self.document.repairs:
            if source_is_raw:
                notes.setdefault(repair.raw_end, []).append(repair)
            elif repair.kind not in ("boilerplate", "conversion"):  # conversions are coloured, not annotated
                notes.setdefault(self.document.clean_offset(repair.raw_end), []).append(repair)
        return notes

    def _clean_lines(self, width: int, show_repairs: bool, converted: list[tuple[int, int]] | None) -> _Layout:
        document = self.document
        blocks = document.blocks
        layout = _Layout(document.text, lambda index: BLOCK_STYLES[blocks[index].kind], False, show_repairs, converted)
        notes = self._annotations(source_is_raw=False, show_repairs=show_repairs)
        note_positions = sorted(notes)
        if not blocks:
            for line in _wrap([Piece(EMPTY_NOTE, None, _NOTE)], width, 0, 0):
                layout.add_styled(line)
        for index, block in enumerate(blocks):
            if _has_note(note_positions, block.start, block.end):
                style = BLOCK_STYLES[block.kind]
                pieces = _with_notes(document.text, block.start, block.end, style, notes, note_positions, False)
                for line in _wrap(pieces, width, index, block.start):
                    layout.add_styled(line)
            else:
                for start, end in _breaks(document.text, block.start, block.end, width):
                    layout.add(index, start, end)
            layout.add(index, block.end, _EMPTY)
        return layout

    def _raw_lines(self, width: int, show_repairs: bool) -> _Layout:
        raw = self.document.raw
        raw_style = BLOCK_STYLES["raw"]
        layout = _Layout(raw, lambda _: raw_style, True, show_repairs)
        notes = self._annotations(source_is_raw=True, show_repairs=show_repairs)
        note_positions = sorted(notes)
        for index, (offset, end) in enumerate(_raw_line_spans(raw)):
            before = len(layout)
            if _has_note(note_positions, offset, end):
                pieces = _with_notes(raw, offset, end, raw_style, notes, note_positions, True)
                for line in _wrap(pieces, width, index, offset):
                    layout.add_styled(line)
            else:
                for start, stop in _breaks(raw, offset, end, width):
                    layout.add(index, start, stop)
            if len(layout) == before:
                layout.add(index, offset, _EMPTY)
        return layout

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
                segments.append(Segment(visible_controls(piece.text), base + piece.style))
                continue
            segments.extend(Segment(visible_controls(s.text), s.style) for s in self._styled(piece, base))
        strip = Strip(segments).crop(scroll_x, scroll_x + width)
        return strip.extend_cell_length(width, base)

    def _styled(self, piece: Piece, base: Style) -> list[Segment]:
        """Split a piece at overlay boundaries (repairs, keyword, search, fact)."""
        start = piece.offset or 0
        end = start + len(piece.text)
        overlays: list[tuple[int, int, Style]] = []
        shown = self._lines
        if not shown.original:
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
        if shown.show_repairs and not shown.original:
            spans = shown.converted
            i = bisect.bisect_left(spans, (start - 8, 0))
            for s, e in spans[i:]:
                if s >= end:
                    break
                if e > start:
                    overlays.append((max(s, start), min(e, end), REPAIR_STYLES["conversion"]))
        if shown.show_repairs and shown.original:
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
        if self.current_paragraph is None or self._lines.original:
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
        if self._lines.original or not self._lines:
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
        if not self._lines.original:
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
            cell = _cell(ch)
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


_RAW_LINE_END = re.compile(r"\r\n|\r|\n")


def _raw_line_spans(raw: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of the raw text, which keeps the file's own line endings: a CR drawn
    as part of a line would send the terminal's cursor back to the start of the row."""
    start = 0
    for m in _RAW_LINE_END.finditer(raw):
        yield start, m.start()
        start = m.end()
    yield start, len(raw)


def _cell(ch: str) -> int:
    """Cells the character takes as drawn: a control character is drawn as its one-cell picture."""
    cell = _CELLS.get(ch)
    if cell is None:
        cell = _CELLS[ch] = get_character_cell_size(visible_controls(ch))
    return cell


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
            cell = cells[ch] = _cell(ch)
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


def _with_notes(
    text: str,
    start: int,
    end: int,
    style: Style,
    notes: dict[int, list[Repair]],
    positions: list[int],
    original: bool,
) -> list[Piece]:
    """The pieces of `text[start:end]` with each repair's note where it was made: what the text was in
    the clean view, what it became in the original view."""
    pieces: list[Piece] = []
    cursor = start
    index = bisect.bisect_left(positions, start)  # walked by index: a slice per block was quadratic
    while index < len(positions) and positions[index] <= end:
        position = positions[index]
        index += 1
        if position > cursor:
            pieces.append(Piece(text[cursor:position], cursor, style))
            cursor = position
        for repair in notes[position]:
            shown = repair.raw if not original else f"→{repair.clean or '∅'}"
            label = f"⟨{shown or '∅'}⟩"
            pieces.append(Piece(label, None, NOTE_STYLES.get(repair.kind, _DIM)))
    if cursor < end:
        pieces.append(Piece(text[cursor:end], cursor, style))
    return pieces
