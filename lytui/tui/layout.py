"""The article's lines for one width and one view, as a pure function of the Document.

`build` reads its arguments only and returns a new `Layout`, so the reader may run it in a worker
thread for a 5 MB article and install the result on the main thread. Nothing here knows Textual:
pieces carry role names (`title`, `note-pinyin`, …) that the widget turns into styles from its CSS
component classes, so themes and NO_COLOR apply. One function, `breaks`, decides every line break.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lytui.columns import ColumnSequence
from lytui.model import Document, Repair
from lytui.tui.linebreak import breaks

EMPTY_NOTE = (
    "(No article text: everything in this file was page chrome such as 来源 or （完）, or nothing at all. "
    "o shows the original file, r what was removed.)"
)
NOTE_OPEN, NOTE_CLOSE = "⟨", "⟩"

_BLANK = -1  # the end of a blank line between blocks
_PIECES = -2  # the end of a line whose pieces are kept (it carries notes)
_RAW_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class View:
    """Which text is shown (the clean text or the original) and whether repairs are marked in it."""

    original: bool = False
    repairs: bool = False

    def names(self) -> list[str]:
        return [name for name, on in (("original", self.original), ("repairs", self.repairs)) if on]


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of drawn text: from the view's source text at `offset`, or a note (offset None)."""

    text: str
    offset: int | None
    role: str


@dataclass(frozen=True, slots=True)
class Line:
    pieces: tuple[Piece, ...]
    block: int
    start: int
    """Source offset of the line's first character: where scrolling to an offset lands."""


def wrap_pieces(pieces: Sequence[Piece], width: int, block: int, start: int) -> list[Line]:
    """Pieces (text and notes) broken into lines by `breaks`, each note kept whole."""
    shown = "".join(piece.text for piece in pieces)
    atoms: list[tuple[int, int]] = []
    bounds: list[int] = []  # where each piece starts in `shown`
    position = 0
    for piece in pieces:
        bounds.append(position)
        if piece.offset is None and piece.text:
            atoms.append((position, position + len(piece.text)))
        position += len(piece.text)
    lines: list[Line] = []
    first = 0  # the first piece that can reach into the next line: lines come in order
    for a, b in breaks(shown, 0, len(shown), width, atoms):
        while first < len(pieces) and bounds[first] + len(pieces[first].text) <= a:
            first += 1
        chosen: list[Piece] = []
        index = first
        while index < len(pieces) and bounds[index] < b:
            piece, at = pieces[index], bounds[index]
            lo, hi = max(a, at), min(b, at + len(piece.text))
            if lo < hi:
                offset = None if piece.offset is None else piece.offset + lo - at
                chosen.append(Piece(piece.text[lo - at : hi - at], offset, piece.role))
            index += 1
        line_start = next((p.offset for p in chosen if p.offset is not None), None)
        if line_start is None:
            line_start = lines[-1].start if lines else start
        lines.append(Line(tuple(chosen), block, line_start))
    return lines


class Layout(ColumnSequence[Line]):
    """The lines of one view at one width, kept as three int arrays (12 bytes a line).

    A plain line is `text[start:end]` in its block's role, made into a `Line` when drawn; only lines
    that carry notes keep their pieces. A 5 MB article wraps into some 100,000 lines."""

    def __init__(self, text: str, roles: Sequence[str], view: View, width: int, converted: Sequence[int] = ()) -> None:
        self.text = text
        self.roles = roles  # the role of each block; none for the original text, whose lines are all `raw`
        self.view = view
        self.width = width
        self.converted = converted
        """Flat (start, end, start, end, …) clean spans that Traditional → Simplified changed."""
        self.blocks = array("i")
        self.starts = array("i")  # sorted: bisect finds the line of an offset
        self.ends = array("i")
        self.kept: dict[int, tuple[tuple[str, int | None, str], ...]] = {}
        """The pieces of lines with notes, as plain tuples: the collector stops tracking a tuple of
        strings and numbers, so the repairs view's hundreds of thousands of pieces are not walked by
        every full collection (Piece objects were, for up to a second each, on a 5 MB article)."""

    def add(self, block: int, start: int, end: int) -> None:
        self.blocks.append(block)
        self.starts.append(start)
        self.ends.append(end)

    def add_line(self, line: Line) -> None:
        self.kept[len(self.blocks)] = tuple((piece.text, piece.offset, piece.role) for piece in line.pieces)
        self.add(line.block, line.start, _PIECES)

    def __len__(self) -> int:
        return len(self.blocks)

    def _at(self, index: int) -> Line:
        block, start, end = self.blocks[index], self.starts[index], self.ends[index]
        if end == _BLANK:
            return Line((), block, start)
        if end == _PIECES:
            return Line(tuple(Piece(*piece) for piece in self.kept[index]), block, start)
        role = self.roles[block] if self.roles else "raw"
        return Line((Piece(self.text[start:end], start, role),), block, start)

    def line_of(self, offset: int) -> int:
        """The index of the line showing the source offset `offset`."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


def raw_lines(raw: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of the raw text without its line ending: a CR drawn as part of a
    line would send the terminal's cursor back to the start of the row."""
    start = 0
    for found in _RAW_LINE_END.finditer(raw):
        yield start, found.start()
        start = found.end()
    yield start, len(raw)


@dataclass(frozen=True, slots=True)
class RepairColumns:
    """The document's repairs as columns, read without making a `Repair` per repair: a 5 MB scrape
    has 600,000, and making each one took longer than laying out the whole text."""

    kinds: list[str]
    starts: Sequence[int]
    ends: Sequence[int]
    raw: Sequence[str]
    clean: Sequence[str]

    @classmethod
    def of(cls, repairs: Sequence[Repair], raw_limit: int | None = None) -> RepairColumns:
        """The repairs (those starting up to `raw_limit`, if given; the log is in file order)."""
        columns = getattr(repairs, "columns", None)
        if columns is None:
            chosen = [r for r in repairs if raw_limit is None or r.raw_start <= raw_limit]
            return cls(
                [r.kind for r in chosen],
                [r.raw_start for r in chosen],
                [r.raw_end for r in chosen],
                [r.raw for r in chosen],
                [r.clean for r in chosen],
            )
        codes, starts, ends, raw, clean, _ = columns()
        start_column, end_column = array("i"), array("i")
        start_column.frombytes(starts)
        end_column.frombytes(ends)
        count = len(codes) if raw_limit is None else bisect.bisect_right(start_column, raw_limit)
        # each kind's name read from the first repair of that kind: the log's own numbering stays its own
        names = {code: repairs[codes.index(code)].kind for code in set(codes[:count])}
        return cls([names[code] for code in codes[:count]], start_column, end_column, raw, clean)


def removed_spans(repairs: RepairColumns) -> list[tuple[int, int]]:
    """Raw spans the boilerplate repair removed (page chrome), in order."""
    return [(repairs.starts[i], repairs.ends[i]) for i, kind in enumerate(repairs.kinds) if kind == "boilerplate"]


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(spans, (start, end)) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


Notes = dict[int, tuple[tuple[str, str], ...]]
"""(kind, note) by the source offset the note follows; tuples, which the collector stops tracking."""


def notes(document: Document, view: View, repairs: RepairColumns) -> Notes:
    """Each repair's note by the source offset where it goes, for the view's text: what the text was
    (clean view) or what it became (original view), ∅ for nothing.

    The clean view notes what a repair changed, except conversions (coloured instead), removed page
    chrome, and repairs inside that chrome: their text is gone, so their notes would all pile up
    where the chrome was (after the title)."""
    found: Notes = {}
    if not view.repairs:
        return found
    if view.original:
        for i, kind in enumerate(repairs.kinds):
            position = repairs.ends[i]
            found[position] = (*found.get(position, ()), (kind, f"{NOTE_OPEN}→{repairs.clean[i] or '∅'}{NOTE_CLOSE}"))
        return found
    removed = removed_spans(repairs)
    for i, kind in enumerate(repairs.kinds):
        if kind in ("boilerplate", "conversion") or _within(removed, repairs.starts[i], repairs.ends[i]):
            continue
        note = f"{NOTE_OPEN}{repairs.raw[i] or '∅'}{NOTE_CLOSE}"
        position = document.clean_offset(repairs.ends[i])
        found[position] = (*found.get(position, ()), (kind, note))
    return found


def _pieces(text: str, start: int, end: int, role: str, found: Notes, positions: list[int]) -> list[Piece]:
    pieces: list[Piece] = []
    cursor = start
    index = bisect.bisect_left(positions, start)
    while index < len(positions) and positions[index] <= end:
        position = positions[index]
        index += 1
        if position > cursor:
            pieces.append(Piece(text[cursor:position], cursor, role))
            cursor = position
        pieces.extend(Piece(note, None, f"note-{kind}") for kind, note in found[position])
    if cursor < end:
        pieces.append(Piece(text[cursor:end], cursor, role))
    return pieces


def _has_note(positions: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(positions, start)
    return index < len(positions) and positions[index] <= end


def converted_spans(document: Document, repairs: RepairColumns) -> array[int]:
    """Clean spans that Traditional → Simplified conversion changed, flat and in order."""
    flat: array[int] = array("i")
    for i, kind in enumerate(repairs.kinds):
        if kind == "conversion":
            start = document.clean_offset(repairs.starts[i])
            flat.extend((start, start + len(repairs.clean[i])))
    return flat


def build(document: Document, width: int, view: View, limit: int | None = None) -> Layout:
    """The lines of `document` in `view` at `width` cells. Pure: it reads its arguments only.

    With `limit`, only the blocks (or raw lines) that start up to that offset: a first screenful of
    a long text, shown while the whole is laid out."""
    width = max(2, width)
    stop = len(document.raw) + len(document.text) + 1 if limit is None else limit
    raw_stop: int | None = None
    if limit is not None:
        origin = document.origin
        raw_stop = limit if view.original or not origin else origin[min(limit, len(origin) - 1)]
    repairs = RepairColumns.of(document.repairs, raw_stop) if view.repairs else RepairColumns([], [], [], [], [])
    found = notes(document, view, repairs)
    positions = sorted(found)
    if view.original:
        raw = document.raw
        layout = Layout(raw, (), view, width)
        for index, (start, end) in enumerate(raw_lines(raw)):
            if start > stop:
                break
            before = len(layout)
            _lay_block(layout, raw, start, end, index, "raw", found, positions)
            if len(layout) == before:
                layout.add(index, start, _BLANK)
        return layout
    blocks = document.blocks
    layout = Layout(document.text, [b.kind for b in blocks], view, width, converted_spans(document, repairs))
    if not blocks:
        for line in wrap_pieces([Piece(EMPTY_NOTE, None, "empty")], width, 0, 0):
            layout.add_line(line)
    for index, block in enumerate(blocks):
        if block.start > stop:
            break
        _lay_block(layout, document.text, block.start, block.end, index, block.kind, found, positions)
        layout.add(index, block.end, _BLANK)
    return layout


def _lay_block(
    layout: Layout,
    text: str,
    start: int,
    end: int,
    index: int,
    role: str,
    found: Notes,
    positions: list[int],
) -> None:
    if _has_note(positions, start, end):
        pieces = _pieces(text, start, end, role, found, positions)
        for line in wrap_pieces(pieces, layout.width, index, start):
            layout.add_line(line)
    else:
        for a, b in breaks(text, start, end, layout.width):
            layout.add(index, a, b)
