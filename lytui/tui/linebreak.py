"""Where a line of the article may break: the CJK rules (禁则: no closing punctuation at a line start, no
opening punctuation at a line end), Latin words and pinyin kept whole where they fit, a repair note kept
on the line of the text it is about. One function, `breaks`, decides every break the reader draws."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rich.cells import get_character_cell_size

from lytui.model import visible_controls

NO_LINE_START = frozenset("，。、；：？！”’）》」』】〕〉〗〙〛｝］｠…‥・·,.;:?!)]}%％")
"""Closing punctuation: a line never starts with one (CJK line-breaking rules, 禁则)."""
NO_LINE_END = frozenset("“‘（《「『【〔〈〖〘〚｛［｟([{")
"""Opening punctuation: a line never ends with one."""

_CELLS: dict[str, int] = {}


def cell_width(ch: str) -> int:
    """Cells a character takes as drawn: a control character is drawn as its one-cell picture."""
    cells = _CELLS.get(ch)
    if cells is None:
        cells = _CELLS[ch] = get_character_cell_size(visible_controls(ch))
    return cells


def _inside(atoms: Sequence[tuple[int, int]], cut: int) -> tuple[int, int] | None:
    """The atom (a note) that a cut at `cut` would split, if any."""
    index = bisect.bisect_right(atoms, (cut, cut)) - 1
    if index >= 0 and atoms[index][0] < cut < atoms[index][1]:
        return atoms[index]
    return None


def _word_char(ch: str) -> bool:
    """A letter or digit of a one-cell script (Latin, pinyin, numbers): words of these are kept whole."""
    return ch.isalnum() and cell_width(ch) == 1


def _kinsoku_ok(text: str, cut: int, end: int) -> bool:
    """No opening punctuation at the end of the line, no closing punctuation at the start of the next."""
    return text[cut - 1] not in NO_LINE_END and not (cut < end and text[cut] in NO_LINE_START)


def _splits_note(atoms: Sequence[tuple[int, int]], cut: int) -> bool:
    return bool(atoms) and _inside(atoms, cut) is not None


def _orphans_note(atoms: Sequence[tuple[int, int]], cut: int) -> bool:
    """Whether the cut would send a note to the next line without the text it is about."""
    if not atoms:
        return False
    index = bisect.bisect_left(atoms, (cut, cut))
    return index < len(atoms) and atoms[index][0] == cut


def _cut(text: str, line_start: int, overflow: int, end: int, atoms: Sequence[tuple[int, int]]) -> int:
    """Where to end a line that `text[overflow]` no longer fits on: the latest cut that keeps every
    rule (punctuation, notes, whole Latin words), dropping the weakest rule while none does, and at
    worst `overflow` itself."""

    def broken_rule(cut: int) -> int:
        """0 when a break before `cut` keeps every rule, else how much the rule it breaks matters."""
        if _splits_note(atoms, cut):
            return 4
        if not _kinsoku_ok(text, cut, end):
            return 3
        if _orphans_note(atoms, cut):
            return 2
        if cut < end and _word_char(text[cut - 1]) and _word_char(text[cut]):
            return 1
        return 0

    best, least = overflow, 5
    for cut in range(overflow, line_start, -1):
        broken = broken_rule(cut)
        if broken < least:
            best, least = cut, broken
            if not broken:
                break
    return best


def breaks(text: str, start: int, end: int, width: int, atoms: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The lines of `text[start:end]` at `width` cells, as (start, end) offsets.

    `atoms` are sorted spans (notes) that are never split unless one is wider than a line. A line is
    wider than `width` only when a single character is."""
    lines: list[tuple[int, int]] = []
    cells = _CELLS
    line_start = start
    used = 0
    i = start
    while i < end:
        ch = text[i]
        cell = cells.get(ch)
        if cell is None:
            cell = cell_width(ch)
        if used + cell > width and i > line_start:
            cut = _cut(text, line_start, i, end, atoms)
            lines.append((line_start, cut))
            line_start = cut
            used = sum(cell_width(c) for c in text[cut:i])
            continue  # the character is placed again on the new line
        used += cell
        i += 1
    if line_start < end:
        lines.append((line_start, end))
    return lines
