"""Traditional → Simplified with OpenCC (t2s), plus the 著/着 fix OpenCC leaves.

OpenCC maps 著 to 著, but after a verb it is the aspect particle 着 (`随着`, `凝结着`, `日着草鞋`);
著 stays only in words meaning "write/notable" (著名, 显著, 名著 …).
"""

from __future__ import annotations

import re
import sys

from lytui.han import HAN
from lytui.model import Repair
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
_ZHU = re.compile(rf"(?<=[{HAN}])著|著(?=[{HAN}])")


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
    if len(converted) == len(text):
        # OpenCC kept the length: the offsets stay valid, so record the changed runs in place
        # instead of rebuilding the text from half a million pieces.
        repairs = tracked.repairs
        origin = tracked.origin
        i = 0
        n = len(text)
        while i < n:
            if text[i] != converted[i]:
                j = i + 1
                while j < n and text[j] != converted[j] and origin[j] == origin[j - 1] + 1:
                    j += 1  # a run stops where text was removed, so its raw span is only its own characters
                raw_start, raw_end = tracked.raw_span(i, j)
                before, after = tracked.raw[raw_start:raw_end], converted[i:j]
                if j - i <= 4:
                    before, after = sys.intern(before), sys.intern(after)
                repairs.append(Repair("conversion", raw_start, raw_end, before, after, "t2s"))
                i = j
            else:
                i += 1
        tracked = Tracked(converted, origin, repairs, tracked.raw)
    else:  # OpenCC changed the length (rare phrase rules): replace line by line instead
        offset = 0
        for line in text.splitlines(keepends=True):
            new = simplified(line)
            if new != line:
                edits.append((offset, offset + len(line), new, "conversion", "t2s"))
            offset += len(line)
    tracked = tracked.edit(edits)  # only the rare line-by-line case above has edits
    zhu_edits: list[Edit] = [
        (m.start(), m.end(), "着", "conversion", "著 as aspect particle")
        for m in _ZHU.finditer(tracked.text)
        if not _keeps_zhu(tracked.text, m.start())
        and m.start() > 0
        and re.match(rf"[{HAN}]", tracked.text[m.start() - 1])
    ]
    return tracked.edit(zhu_edits)
