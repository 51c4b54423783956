"""What lytui counts as a Chinese character: the CJK Unified Ideographs, Extension A and the
compatibility ideographs. Every stage reads its patterns from here, so a name, a word and a line of
prose are recognised by the same characters.

Compiling the class is not free: CPython's `re` walks every code point of each range in Python, about
28,000 per occurrence of `[{HAN}]` in a pattern (2–4 ms, 13 M instructions), and a pattern that starts
with the class walks it twice. Most of lytui's start-up before the first frame was that walk, so where
one character is tested or characters are counted, the functions below answer without a pattern, and
patterns that a first frame may not need are compiled on first use (`LazyPattern`)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The ranges, for use inside a regular-expression character class: `[{HAN}]`."""

COUNTY_AND_ABOVE = "省市县区"
"""The level characters ending a province, city, county or district's name (泉州市, 屯留区): the text
and the facts layers both tell a division from a word by them, so they are spelled once, here."""
TOWNSHIP_LEVELS = "镇乡"
DOWN_TO_TOWNSHIP = COUNTY_AND_ABOVE + TOWNSHIP_LEVELS
DOWN_TO_VILLAGE = DOWN_TO_TOWNSHIP + "村"
ETHNIC_LEVELS = "州盟旗"
"""Autonomous prefectures, leagues and banners, the levels of the ethnic regions."""
DIVISION_LEVELS = DOWN_TO_VILLAGE + ETHNIC_LEVELS
"""Every level a place name of China ends in, down to the village."""
BODY_ENDINGS = (
    *(
        "公司",
        "集团",
        "银行",
        "分行",
        "支行",
        "委员会",
        "委",
        "政府",
        "局",
        "厅",
        "部",
        "办",
        "办公室",
        "室",
        "院",
        "所",
        "中心",
    ),
    *("协会", "会", "社", "站", "队", "处", "科", "署", "台", "报", "党", "组", "校", "学", "厂", "场", "园", "馆"),
    "庭",  # 法庭, 刑事审判第二庭: a court's chambers
)
"""The words a body's name may end in, coarse: the meta lines read an office's credit line by them
(宣传部：王某), the facts layer tells a body from a bare place or a person's post by them."""


def is_han(text: str) -> bool:
    """Whether `text` is exactly one Chinese character: `re.fullmatch(f"[{HAN}]", text)` as a bool."""
    return len(text) == 1 and (
        "\u4e00" <= text <= "\u9fff" or "\u3400" <= text <= "\u4dbf" or "\uf900" <= text <= "\ufaff"
    )


def all_han(text: str) -> bool:
    """Whether `text` is one Chinese character or more and nothing else: `re.fullmatch(f"[{HAN}]+", text)`
    as a bool, with no pattern to compile."""
    return bool(text) and all(map(is_han, text))


_NOT_HAN_HIGH_BYTES = bytes(b for b in range(256) if not (0x34 <= b <= 0x9F or b in (0xF9, 0xFA)))
"""High bytes of UTF-16 code units outside U+3400–U+9FFF and U+F900–U+FAFF (a character beyond the BMP
is two surrogates, D8–DF: none of them)."""


def han_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many Chinese characters `text[start:end]` holds: `len(re.findall(f"[{HAN}]", …))`.

    Counted on the high bytes of the text's UTF-16 code units, all in C: a Python test per character was
    a twentieth of cleaning (lines are counted several times over while a page is segmented). The only
    code points the high bytes admit that are not Han, U+4DC0–U+4DFF (hexagram symbols), are taken off."""
    part = text if start == 0 and end is None else text[start:end]
    high = part.encode("utf-16-le", "surrogatepass")[1::2]
    count = len(high.translate(None, _NOT_HAN_HIGH_BYTES))
    if 0x4D in high:
        count -= sum(1 for c in part if "\u4dc0" <= c <= "\u4dff")
    return count


WIDER_THAN_HAN = r"[^\x00-\xff]"
"""Any character beyond Latin-1: holds every Chinese character, and compiles at once."""


class LazyPattern:
    """A regular expression compiled the first time it is used, with the methods lytui calls.

    `needs`, when given, are strings one of which every match holds between its start and the end of
    what it consumes or looks ahead at: where none occurs between `pos` and `endpos`, the methods
    answer at once (no match, the text unchanged) without compiling. A lookbehind can see before `pos`,
    so a word only a lookbehind requires must not be named.

    `widen`: the pattern with each `[{HAN}]` widened to `WIDER_THAN_HAN` matches wherever the pattern
    does and compiles at once; where that sieve finds nothing, the methods answer without compiling
    the pattern. Only for a pattern whose classes stand alone and outside negative lookarounds (where
    widening a class would narrow what matches)."""

    __slots__ = ("_compiled", "_sieve", "flags", "needs", "pattern", "sieve")

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = (), widen: bool = False) -> None:
        self.pattern = pattern
        self.flags = flags
        self.needs = needs
        self.sieve = pattern.replace(f"[{HAN}]", WIDER_THAN_HAN) if widen else None
        if self.sieve is not None and HAN in self.sieve:
            raise ValueError("only a class that is exactly [{HAN}] can be widened")
        self._compiled: re.Pattern[str] | None = None
        self._sieve: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def _hopeless(self, how: str, text: str, pos: int, endpos: int) -> bool:
        pos, endpos = max(pos, 0), max(endpos, 0)  # as `re` reads them; `str.find` counts negatives from the end
        if self.needs:
            for word in self.needs:  # a loop, not all() over a generator: this runs for every line of a page
                if text.find(word, pos, endpos) >= 0:
                    break
            else:
                return True
        if self.sieve is None:
            return False
        if self._sieve is None:
            self._sieve = re.compile(self.sieve, self.flags)
        return getattr(self._sieve, how)(text, pos, endpos) is None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._hopeless("match", text, pos, endpos) else self.compiled.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._hopeless("search", text, pos, endpos) else self.compiled.search(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        hopeless = self._hopeless("fullmatch", text, pos, endpos)
        return None if hopeless else self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        hopeless = self._hopeless("search", text, pos, endpos)
        return iter(()) if hopeless else self.compiled.finditer(text, pos, endpos)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return text if self._hopeless("search", text, 0, len(text)) else self.compiled.sub(replacement, text, count)
