"""Traditional → Simplified with OpenCC (t2s), plus the 著/着 fix OpenCC leaves.

OpenCC maps 著 to 著, but after a verb it is the aspect particle 着 (`随着`, `凝结着`, `日着草鞋`);
著 stays only in words meaning "write/notable" (著名, 显著, 名著 …).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import lru_cache

from lytui.model import Repair
from lytui.text.repair.pinyin import HAN
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


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - opencc has no types
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _convertible() -> re.Pattern[str]:
    """Characters that start some t2s dictionary entry; text without any of them converts to itself."""
    converter = _converter()
    converter.convert("")  # loads the dictionaries
    firsts: set[str] = set()

    def collect(chain: object) -> None:
        if isinstance(chain, dict):
            firsts.update(key[0] for key in chain if key)
        elif isinstance(chain, (list, tuple)):
            for item in chain:
                collect(item)

    collect(converter._dict_chain_data)
    return re.compile("[" + "".join(sorted(re.escape(c) for c in firsts)) + "]")


def _t2s() -> Callable[[str], str]:
    return _convert_fast


def _convert_fast(text: str) -> str:
    """OpenCC t2s, skipping the lines it would not change (most of an already Simplified article)."""
    converter = _converter()
    if len(text) < 200_000:
        return converter.convert(text)  # small: building the skip pattern would cost more than it saves
    pattern = _convertible()
    if not pattern.search(text):
        return text
    parts = converter.split_chars_re.split(text)  # OpenCC never matches across these separators
    chain = converter._dict_chain_data
    for index in range(0, len(parts), 2):
        if pattern.search(parts[index]):
            parts[index] = converter._convert(parts[index], chain)
    return "".join(parts)


def simplified(text: str) -> str:
    """Plain conversion of a short string; no repairs recorded."""
    return _t2s()(text)


@lru_cache(maxsize=1)
def _character_table() -> dict[int, str]:
    """OpenCC's single-character t2s table (first candidate) for str.translate."""
    import os

    import opencc

    path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
    table: dict[int, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, _, values = line.rstrip("\n").partition("\t")
            if len(key) == 1 and values:
                table[ord(key)] = values.split(" ")[0]
    return table


def quick_simplified(text: str) -> str:
    """Character-by-character t2s for listings of thousands of titles: no phrase rules, microseconds."""
    return text.translate(_character_table())


def _keeps_zhu(text: str, index: int) -> bool:
    for word in _KEEP_ZHU:
        position = word.index("著")
        start = index - position
        if start >= 0 and text[start : start + len(word)] == word:
            return True
    return False


def to_simplified(tracked: Tracked) -> Tracked:
    text = tracked.text
    converted = _t2s()(text)
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
                while j < n and text[j] != converted[j]:
                    j += 1
                before, after = text[i:j], converted[i:j]
                if j - i <= 4:
                    before, after = sys.intern(before), sys.intern(after)
                repairs.append(Repair("conversion", origin[i], max(origin[j], origin[i]), before, after, "t2s"))
                i = j
            else:
                i += 1
        tracked = Tracked(converted, origin, repairs, tracked.raw)
    else:  # OpenCC changed the length (rare phrase rules): replace line by line instead
        offset = 0
        for line in text.splitlines(keepends=True):
            new = _t2s()(line)
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
