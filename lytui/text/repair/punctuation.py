"""ASCII punctuation inside Chinese text becomes full-width; stray commas go.

Scrapers that flatten punctuation leave `,,` `,、` `,。`: a comma directly before another mark is
never meant. Numbers, times and Latin text keep ASCII (`09:20:29`, `1,000`, `D9958`, `e.g.,`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from lytui.han import HAN
from lytui.text.tracked import Edit, Tracked

_CJK = rf"{HAN}\u3000-\u303f\uff00-\uffef“”‘’…—"
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_STRAY_COMMA = re.compile(r",+(?=[,，、。？！?!：:；;”()（）])|，+(?=[,，、。？！：；])|(?<=[，、。？！：；])[,]+")
_MARKS = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_MARK = re.compile(r"[,:;?!]")
_PARENS = re.compile(r"\(([^()\n]{0,80})\)")
_SPACE_AFTER_MARK = re.compile(rf"(?<=[，、；：])[ \t\u3000]+(?=[{HAN}“‘《（\d])")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK_CHAR.fullmatch(ch))


def repair_punctuation(tracked: Tracked) -> Tracked:
    tracked = tracked.edit(
        (m.start(), m.end(), "", "punctuation", "stray comma") for m in _STRAY_COMMA.finditer(tracked.text)
    )
    text = tracked.text
    # both streams come in text order and touch different characters: merged, they are applied as
    # they are found, never held as a list (a 5 MB scrape has a quarter of a million of them)
    tracked = tracked.edit(heapq.merge(_mark_edits(text), _parenthesis_edits(text), key=lambda edit: edit[0]))
    return tracked.edit(
        (m.start(), m.end(), "", "punctuation", "space inside a sentence")
        for m in _SPACE_AFTER_MARK.finditer(tracked.text)
    )


def punctuated(text: str) -> str:
    """The punctuation repairs alone on a short string (a title in a folder listing), nothing recorded."""
    return repair_punctuation(Tracked.from_raw(text)).text


def _mark_edits(text: str) -> Iterator[Edit]:
    for m in _MARK.finditer(text):
        i = m.start()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            continue  # 09:20, 1,000
        if _is_cjk(before) or (_is_cjk(after) and not (before.isascii() and before.isalnum())):
            yield (i, i + 1, _MARKS[m.group()], "punctuation", "")


def _parenthesis_edits(text: str) -> Iterator[Edit]:
    for m in _PARENS.finditer(text):
        inner = m.group(1)
        neighbours = (
            text[m.start() - 1 : m.start()],
            inner[:1],
            inner[-1:],
            text[m.end() : m.end() + 1],
        )
        if any(_is_cjk(ch) for ch in neighbours):
            yield (m.start(), m.start() + 1, "（", "punctuation", "")
            yield (m.end() - 1, m.end(), "）", "punctuation", "")
