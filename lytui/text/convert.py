"""Traditional → Simplified with OpenCC (t2s), plus the 著/着 fix OpenCC leaves.

OpenCC maps 著 to 著, but after a verb it is the aspect particle 着 (`随着`, `凝结着`, `日着草鞋`);
著 stays only in words meaning "write/notable" (著名, 显著, 名著 …).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from itertools import compress, count
from operator import ne

from lytui.han import han_count, is_han
from lytui.text.repair.language import is_word
from lytui.text.t2s import simplified
from lytui.text.tracked import Edit, Tracked

_KEEP_ZHU = [
    "著名",
    "著作",
    "著称",
    "著述",
    "著录",
    "著者",
    "著书",
    "著有",
    "显著",
    "卓著",
    "昭著",
    "名著",
    "原著",
    "巨著",
    "专著",
    "编著",
    "遗著",
    "论著",
    "新著",
    "拙著",
    "译著",
    "合著",
    "撰著",
    "土著",
    "大著",
    "著译",
    "著文",
    "昭然若著",
]


# 摆放著书本, 背著书包: 著 before a book or a satchel is the particle, whatever 著书 (to write books) keeps
_A_BOOK_HELD = ("书本", "书包", "书架", "书桌", "书柜", "书籍")


def _keeps_zhu(text: str, index: int) -> bool:
    for word in _KEEP_ZHU:
        position = word.index("著")
        start = index - position
        if start >= 0 and text[start : start + len(word)] == word:
            return True
    return False


def to_simplified(tracked: Tracked) -> Tracked:
    text = tracked.text
    converted = simplified(text)
    edits: list[Edit] = []
    written_traditional = True
    if len(converted) == len(text):
        # OpenCC kept the length: the offsets stay valid, so record the changed runs in place
        # instead of rebuilding the text from half a million pieces.
        repairs = tracked.repairs
        origin = tracked.origin
        changed = list(compress(count(), map(ne, text, converted)))  # compared in C, not per character in Python
        written_traditional = len(changed) >= _TRADITIONAL_SHARE * han_count(text)
        spans: list[tuple[int, int]] = []
        befores: list[str] = []
        afters: list[str] = []
        raw_span, raw, intern = tracked.raw_span, tracked.raw, sys.intern
        run_start = 0
        for k, (i, following) in enumerate(zip(changed, [*changed[1:], -1])):
            if following == i + 1 and origin[following] == origin[i] + 1:
                continue  # a run stops where text was removed, so its raw span is only its own characters
            start, end = changed[run_start], i + 1
            run_start = k + 1
            raw_start, raw_end = raw_span(start, end)
            spans.append((raw_start, raw_end))
            befores.append(intern(raw[raw_start:raw_end]) if raw_end - raw_start <= 4 else raw[raw_start:raw_end])
            afters.append(intern(converted[start:end]) if end - start <= 4 else converted[start:end])
        repairs.add_many("conversion", "t2s", spans, befores, afters)
        tracked = Tracked(converted, origin, repairs, tracked.raw)
    else:  # OpenCC changed the length (rare phrase rules): replace line by line instead
        offset = 0
        for line in text.splitlines(keepends=True):
            new = simplified(line)
            if new != line:
                edits.append((offset, offset + len(line), new, "conversion", "t2s"))
            offset += len(line)
    tracked = tracked.edit(edits)  # only the rare line-by-line case above has edits
    # 刘著江: a text written in Simplified writes the particle 着 itself, so its 著 is the character 著
    tracked = tracked.edit(_zhu_edits(tracked.text)) if written_traditional else tracked
    return tracked.edit(_liao_edits(tracked.text))


_TRADITIONAL_SHARE = 0.05
"""The share of Han characters t2s changes above which the text was written in Traditional (about a fifth
of the characters of Traditional prose change; a Simplified page with a Traditional spam header, few)."""


def _zhu_edits(text: str) -> list[Edit]:
    """著 after a Chinese character, outside the words that keep it, is the aspect particle 着; so is one
    that begins a word of 着 (着实, 着手, 着急 after a comma), which OpenCC leaves as 著 too."""
    return [
        (at, at + 1, "着", "conversion", "著 as aspect particle")
        for at in _positions(text, "著")
        if ((at > 0 and is_han(text[at - 1])) or is_word("着" + text[at + 1 : at + 2]))
        and (not _keeps_zhu(text, at) or text.startswith(_A_BOOK_HELD, at + 1))
    ]


def _liao_edits(text: str) -> list[Edit]:
    """受到瞭, 挤满瞭: a converter that wrote every 了 as 瞭 (瞭解 is Traditional for 了解) leaves the particle
    as 瞭, which Simplified writes only in 瞭望 and 瞭哨 (to keep watch)."""
    return [
        (at, at + 1, "了", "conversion", "瞭 as 了")
        for at in _positions(text, "瞭")
        if not text.startswith(_KEEPS_LIAO, at + 1)
    ]


_KEEPS_LIAO = ("望", "哨")


def _positions(text: str, character: str) -> Iterator[int]:
    at = text.find(character)
    while at >= 0:
        yield at
        at = text.find(character, at + 1)
