"""Text that remembers where each character came from in the decoded file.

Every repair step edits a `Tracked` and gets a new one back; the `origin` array maps each character
to its offset in the raw text, so a repair made late in the pipeline is still reported at its place
in the original file.
"""

from __future__ import annotations

import io
import sys
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from lytui.columns import RepairLog
from lytui.model import RepairKind

Edit = tuple[int, int, str, RepairKind, str]
"""(start, end, replacement, kind, note) over the current text; note may be empty."""


@dataclass
class Tracked:
    text: str
    origin: array[int]  # len(text) + 1 raw offsets (4-byte ints: inputs are capped far below 2 GB)
    repairs: RepairLog = field(default_factory=RepairLog)  # shared and append-only along one pipeline run
    raw: str = ""

    @classmethod
    def from_raw(cls, raw: str) -> Tracked:
        return cls(raw, _identity(len(raw) + 1), raw=raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw text a span stands for. A span still copied verbatim from the raw text ends after its
        own last character, not where the next kept character starts: otherwise a converted `線` whose
        reading `(xiàn)` was removed after it would claim the reading too, and a line's last character
        the CR of its CRLF."""
        raw_start = self.origin[start]
        if end - start == 1 and self.raw[raw_start : raw_start + 1] == self.text[start]:
            return raw_start, raw_start + 1  # most spans: one character still as in the file
        if end > start:
            last = self.origin[end - 1]
            if last - raw_start == end - 1 - start and self.raw[raw_start : last + 1] == self.text[start:end]:
                return raw_start, last + 1
        return raw_start, max(self.origin[end], raw_start)

    def edit(self, edits: Iterable[Edit], record: bool = True) -> Tracked:
        """Apply non-overlapping edits (any order); record each as a Repair unless it is only layout.

        A Traditional 5 MB scrape brings a quarter of a million punctuation edits: they are sorted only
        when they come out of order, by one int each rather than a tuple, and the new text is written
        through a buffer instead of a list of half a million pieces."""
        ordered: Iterable[Edit]
        if isinstance(edits, list):
            if not edits:
                return self
            in_order = all(_edit_position(a) <= _edit_position(b) for a, b in pairwise(edits))
            ordered = edits if in_order else sorted(edits, key=_edit_position)
        else:
            ordered = _checked_order(edits)  # a stream is applied as it comes: it must come in order
        text = self.text
        written = io.StringIO()
        origin = array("i")
        repairs = self.repairs
        cursor = 0
        for start, end, replacement, kind, note in ordered:
            if start < cursor:
                continue  # overlapping edit: the earlier one wins
            written.write(text[cursor:start])
            origin.extend(self.origin[cursor:start])
            raw_start, raw_end = self.raw_span(start, end)
            written.write(replacement)
            origin.extend([raw_start] * len(replacement))
            if record:
                before = self.raw[raw_start:raw_end]  # what the file holds there, even if a repair changed it since
                if len(before) <= 4:  # most repairs are one or two characters: share the strings
                    before, replacement = sys.intern(before), sys.intern(replacement)
                repairs.add(kind, raw_start, raw_end, before, replacement, note)
            cursor = end
        written.write(text[cursor:])
        origin.extend(self.origin[cursor:])
        return Tracked(written.getvalue(), origin, repairs, self.raw)


_IDENTITY = array("i")
_IDENTITY_KEPT = 1_000_000


def _identity(length: int) -> array[int]:
    """0, 1, …, length - 1: cut from a kept array (a copy in C) rather than built an int at a time, which
    was a fortieth of cleaning a short article. The kept array grows to the longest input seen up to a
    million characters (4 MB); a longer one is built as it comes, not kept for the life of the process."""
    global _IDENTITY
    if length > _IDENTITY_KEPT:
        return array("i", range(length))
    if len(_IDENTITY) < length:
        _IDENTITY = array("i", range(min(max(length, 2 * len(_IDENTITY), 65_536), _IDENTITY_KEPT)))
    return _IDENTITY[:length]


def _edit_position(edit: Edit) -> int:
    return (edit[0] << 32) | edit[1]


def _checked_order(edits: Iterable[Edit]) -> Iterator[Edit]:
    previous = -1
    for edit in edits:
        position = _edit_position(edit)
        if position < previous:
            raise ValueError("a stream of edits must come in text order; pass a list to have it sorted")
        previous = position
        yield edit
