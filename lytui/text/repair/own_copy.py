"""Characters a lost byte took, restored from the page's own copy of the same words.

A shifted GBK run whose lead byte is lost cannot say which character it began with, and the repair marks
it unrecovered (德�县). The article often writes the same name again where nothing was lost (德保县): when
every place the text holds the characters around the gap, with one character between them, has the same
character there, that character is the one lost. One distinct filler is needed, found at least once; two
different ones (德保县, 德江县) leave the gap marked, as nothing says which of them it was.
"""

from __future__ import annotations

import re

from lytui.han import DIVISION_LEVELS, is_han
from lytui.text.repair.gbk import REPLACEMENT
from lytui.text.tracked import Edit, Tracked

_GAPS_TRIED = 200
_REACH = 20_000
"""Each gap searches the article around it, not a whole long file: a real page has a handful of gaps, a
file of undecodable bytes thousands, and the copy of a name stands in the same article."""
_CONTEXTS = ((2, 1), (1, 2), (1, 1))
"""How many characters before and after the gap must match: two and one, or one and two; one and one
only before a division's level (德�县 beside 德保县: a place's name, which the article repeats)."""


def restore_from_own_copies(tracked: Tracked) -> Tracked:
    text = tracked.text
    if REPLACEMENT not in text:
        return tracked
    edits: list[Edit] = []
    at, tried = text.find(REPLACEMENT), 0
    while at >= 0 and tried < _GAPS_TRIED:
        tried += 1
        filler = _filler(text, at)
        if filler is not None:
            edits.append((at, at + 1, filler, "mojibake", "lost character restored from the page's own copy"))
        at = text.find(REPLACEMENT, at + 1)
    return tracked.edit(edits) if edits else tracked


def _filler(text: str, at: int) -> str | None:
    fillers: set[str] = set()
    for left, right in _CONTEXTS:
        before, after = text[max(0, at - left) : at], text[at + 1 : at + 1 + right]
        if len(before) != left or len(after) != right or not all(map(is_han, before + after)):
            continue
        if left + right == 2 and after not in DIVISION_LEVELS:
            continue
        pattern = re.escape(before) + "(.)" + re.escape(after)
        around = set(re.compile(pattern).findall(text, max(0, at - _REACH), at + _REACH))
        fillers.update(filler for filler in around if is_han(filler))
        if len(fillers) > 1:
            return None
    return fillers.pop() if len(fillers) == 1 else None
