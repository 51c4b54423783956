"""Text that remembers where each character came from in the decoded file.

Every repair step edits a `Tracked` and gets a new one back; the `origin` array maps each character
to its offset in the raw text, so a repair made late in the pipeline is still reported at its place
in the original file.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

from lytui.model import Repair, RepairKind, RepairLog

Edit = tuple[int, int, str, RepairKind, str]
"""(start, end, replacement, kind, note) over the current text; note may be empty."""


@dataclass
class Tracked:
    text: str
    origin: array  # len(text) + 1 raw offsets (4-byte ints: inputs are capped far below 2 GB)
    repairs: RepairLog = field(default_factory=RepairLog)  # shared and append-only along one pipeline run
    raw: str = ""

    @classmethod
    def from_raw(cls, raw: str) -> Tracked:
        return cls(raw, array("i", range(len(raw) + 1)), raw=raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        raw_start = self.origin[start]
        raw_end = max(self.origin[end], raw_start)
        return raw_start, raw_end

    def edit(self, edits: Iterable[Edit], record: bool = True) -> Tracked:
        """Apply non-overlapping edits (any order); record each as a Repair unless it is only layout."""
        ordered = sorted(edits, key=lambda e: (e[0], e[1]))
        if not ordered:
            return self
        pieces: list[str] = []
        origin = array("i")
        repairs = self.repairs
        cursor = 0
        for start, end, replacement, kind, note in ordered:
            if start < cursor:
                continue  # overlapping edit: the earlier one wins
            pieces.append(self.text[cursor:start])
            origin.extend(self.origin[cursor:start])
            raw_start, raw_end = self.raw_span(start, end)
            pieces.append(replacement)
            origin.extend([raw_start] * len(replacement))
            if record:
                before = self.text[start:end]
                if len(before) <= 4:  # most repairs are one or two characters: share the strings
                    before, replacement = sys.intern(before), sys.intern(replacement)
                repairs.append(Repair(kind, raw_start, raw_end, before, replacement, note))
            cursor = end
        pieces.append(self.text[cursor:])
        origin.extend(self.origin[cursor:])
        return Tracked("".join(pieces), origin, repairs, self.raw)
