"""What is drawn over the article text: named groups of clean-text spans (keyword, fact), the search
and the repairs, mapped into whichever text the reader shows. No Textual here: marks carry role names
that the reader styles from its component classes.

Keyword and fact spans index the clean text; in the original view they are mapped through
`Document.origin`, so they light up there too. A search remembers its query, not its offsets: the
offsets depend on the text searched, and are found again when the view changes.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from lytui.model import Document, Repair
from lytui.tui.layout import View

Mark = tuple[int, int, str]
"""(start, end, role) in the source text of the view shown."""

GROUP_ROLES = ("keyword", "fact")
LEGEND = (("pinyin", "pinyin"), ("punct.", "punctuation"), ("mojibake", "mojibake"), ("繁→简", "conversion"))
REPAIR_LOOKBEHIND = 64  # a repair's raw span is shorter than this: where to start looking for one


@dataclass
class Search:
    """One search: its query, its matches in the text it was run on, and the match the user is at."""

    query: str
    original: bool
    matches: list[tuple[int, int]]
    current: int = -1
    wrapped: bool = False

    @classmethod
    def run(cls, document: Document, query: str, original: bool) -> Search:
        return cls(query, original, document.find_all(query, in_raw=original))

    def step(self, forward: bool, from_offset: int) -> tuple[int, int] | None:
        """Move to the next (or previous) match, from the current one or else from `from_offset`;
        `wrapped` says whether that went past an end of the text."""
        if not self.matches:
            return None
        count = len(self.matches)
        if 0 <= self.current < count:
            target = self.current + (1 if forward else -1)
        elif forward:
            target = bisect.bisect_left(self.matches, (from_offset, 0))
        else:
            target = bisect.bisect_left(self.matches, (from_offset, 0)) - 1
        self.wrapped = not 0 <= target < count
        self.current = target % count
        return self.matches[self.current]

    def status(self) -> str:
        if not self.matches:
            return f"“{self.query}” not found"
        where = f"{self.current + 1}/{len(self.matches)}" if self.current >= 0 else f"{len(self.matches)} matches"
        wrapped = " · wrapped" if self.wrapped else ""
        return f"“{self.query}” {where}{wrapped}"


@dataclass
class Overlays:
    groups: dict[str, Sequence[tuple[int, int]]] = field(default_factory=dict)
    search: Search | None = None

    def set(self, name: str, spans: Sequence[tuple[int, int]]) -> None:
        self.groups[name] = sorted(spans)

    def clear(self, name: str) -> bool:
        """Remove one group (or the search, by the name `search`); whether there was one."""
        if name == "search":
            had = self.search is not None
            self.search = None
            return had
        return self.groups.pop(name, None) is not None

    def clear_all(self) -> bool:
        had = bool(self)
        self.groups.clear()
        self.search = None
        return had

    def __bool__(self) -> bool:
        return bool(self.groups) or self.search is not None


def _overlapping(spans: Sequence[tuple[int, int]], start: int, end: int, lookbehind: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    index = bisect.bisect_left(spans, (start - lookbehind, 0))
    while index < len(spans):
        s, e = spans[index]
        if s >= end:
            break
        if e > start:
            found.append((s, e))
        index += 1
    return found


def to_raw(document: Document, start: int, end: int) -> tuple[int, int]:
    """The raw span a clean span came from."""
    origin = document.origin
    if not origin or start >= end:
        return start, end
    return origin[start], origin[end - 1] + 1


def _raw_repairs(document: Document, start: int, end: int) -> list[Repair]:
    repairs = document.repairs
    starts: Sequence[int] = getattr(repairs, "raw_starts", None) or [r.raw_start for r in repairs]
    found: list[Repair] = []
    index = bisect.bisect_left(starts, start - REPAIR_LOOKBEHIND)
    while index < len(repairs) and starts[index] < end:
        repair = repairs[index]
        if repair.raw_end > start:
            found.append(repair)
        index += 1
    return found


def marks(
    document: Document,
    overlays: Overlays,
    original: bool,
    repairs: bool,
    converted: Sequence[int],
    start: int,
    end: int,
) -> list[Mark]:
    """Every mark over `[start, end)` of the view's text, later marks drawn over earlier ones."""
    found: list[Mark] = []
    if repairs and original:
        found += [(r.raw_start, r.raw_end, r.kind) for r in _raw_repairs(document, start, end)]
    elif repairs:
        index = bisect.bisect_left(converted, start - REPAIR_LOOKBEHIND)
        index -= index % 2  # the flat list pairs (start, end): begin at a start
        while index < len(converted) and converted[index] < end:
            if converted[index + 1] > start:
                found.append((converted[index], converted[index + 1], "conversion"))
            index += 2
    for role in GROUP_ROLES:
        spans = overlays.groups.get(role)
        if not spans:
            continue
        if original:
            clean_start, clean_end = document.clean_offset(start), document.clean_offset(end) + 1
            found += [(*to_raw(document, s, e), role) for s, e in _overlapping(spans, clean_start, clean_end, 200)]
        else:
            found += [(s, e, role) for s, e in _overlapping(spans, start, end, 200)]
    search = overlays.search
    if search is not None and search.original == original:
        current = search.matches[search.current] if 0 <= search.current < len(search.matches) else None
        for s, e in _overlapping(search.matches, start, end, len(search.query)):
            found.append((s, e, "search-current" if (s, e) == current else "search"))
    return [(max(s, start), min(e, end), role) for s, e, role in found if s < end and e > start]


def split(text: str, start: int, found: Sequence[Mark]) -> list[tuple[str, list[str]]]:
    """`text` (at source offset `start`) cut wherever a mark begins or ends: each part with the roles
    of the marks over it, in the order they were found."""
    end = start + len(text)
    if not found:
        return [(text, [])]
    cuts = sorted({start, end} | {s for s, _, _ in found} | {e for _, e, _ in found})
    return [
        (text[a - start : b - start], [role for s, e, role in found if s <= a and b <= e])
        for a, b in itertools.pairwise(cuts)
    ]


def status(view: View, search: Search | None, repairs: int) -> list[tuple[str, str]]:
    """The reader's subtitle as (text, role) runs: where the search is, and in the repairs view what
    each colour means (the original view also shows the page chrome that was removed)."""
    parts: list[tuple[str, str]] = []
    if search is not None:
        parts.append((search.status(), "search"))
    if view.repairs:
        if parts:
            parts.append((" · ", ""))
        parts.append((f"{repairs} repairs:", ""))
        for label, role in LEGEND + ((("removed", "boilerplate"),) if view.original else ()):
            parts += [(" ", ""), (label, role)]
    return parts
