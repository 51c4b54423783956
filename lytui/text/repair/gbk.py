"""The GBK byte pairs both mojibake passes read: a character's two bytes, a pair's character, and the
marks a repair leaves where bytes are gone."""

from __future__ import annotations

import re
from functools import lru_cache

from lytui.text.repair.pinyin import READING_BODY, READING_END
from lytui.text.repair.pinyin import REPLACEMENT as REPLACEMENT  # the mark every repair leaves, named once

_FULLWIDTH = {"!": "！", ",": "，", ":": "：", ";": "；", "?": "？", "(": "（", ")": "）"}
_LOST_READING = re.compile(rf"\?({READING_BODY}){READING_END}")
_PUNCT = "，。、；：？！“”‘’（）《》—…"


def _gbk(ch: str) -> bytes | None:
    if ch == "€":
        return b"\x80"  # Windows' GBK (cp936) reads a lone 0x80 as the euro sign: 還 (DF 80) shifted shows it
    try:
        data = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return data


@lru_cache(maxsize=65_536)  # at most 126 x 191 byte pairs; candidates are rebuilt for every lost byte
def _pair(lead: int, trail: int) -> str | None:
    try:
        text = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def ascii_digits(text: str) -> str:
    """Full-width digits of a re-read run as the ASCII digits news text and its numbers use (GBK-era pages
    wrote １８日; the dates and amounts found later read 18日)."""
    return text.translate(_ASCII_DIGITS)
