"""Make test input the way scrapers mangle it, from clean text we write ourselves."""

from __future__ import annotations

import contextlib
import re

import opencc

_S2T = opencc.OpenCC("s2t")
ASCII_OF = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}


def traditional(text: str) -> str:
    return _S2T.convert(text)


def ascii_punctuation(text: str, stray_commas: bool = True) -> str:
    """Full-width marks to ASCII, with the stray comma scrapers leave before each mark."""
    out = []
    for ch in text:
        if ch in ASCII_OF:
            out.append(("," if stray_commas else "") + ASCII_OF[ch])
        elif ch in "、。" and stray_commas:
            out.append("," + ch)
        else:
            out.append(ch)
    return "".join(out)


def _decode_dropping_pairs(data: bytes) -> str:
    """GBK read two bytes at a time, a pair that is no character dropped whole (as some scrapers' decoders
    do, where Python's drops one byte and realigns)."""
    out: list[str] = []
    at = 0
    while at < len(data):
        if data[at] < 0x80:
            out.append(chr(data[at]))
            at += 1
            continue
        with contextlib.suppress(UnicodeDecodeError):
            out.append(data[at : at + 2].decode("gbk"))
        at += 2
    return "".join(out)


def lose_lead_byte(
    text: str,
    index: int,
    marker: bool = True,
    swallow: bool = False,
    drops_pairs: bool = False,
    drops_euro: bool = False,
) -> str:
    """Lose the first GBK byte of text[index] and decode the shifted rest, as the scrapers did.

    With `marker` the lost byte leaves a `?` (the seed's scraper); without, it simply vanishes. The run
    ends where a byte of 0x40–0x7E falls into a lead position and is read as ASCII (the second byte of
    發 is `l`), or where a byte cannot start a pair: Python's decoder then writes `?` for it alone, a
    `swallow`ing decoder eats the ASCII byte after it too (`?.55` for `力0.55`). The decoded run is
    ASCII-fied like the rest of the page (！ → !). With `drops_pairs` a shifted pair that is no GBK
    character vanishes whole (the trail byte of ， with the next lead byte); with `drops_euro` the byte 80
    (the trail of 個, cp936's euro sign) vanishes alone, as a decoder without the euro sign drops it."""
    head, tail = text[:index], text[index:]
    data = tail.encode("gbk")
    data = (b"?" if marker else b"") + data[1:]
    if drops_euro:
        data = data.replace(b"\x80", b"")
    decoded = _decode_dropping_pairs(data) if drops_pairs else data.decode("gbk", errors="replace")
    if swallow:
        decoded = re.sub(r"\ufffd[\x20-\x7e]", "\ufffd", decoded, count=1)
    return head + decoded.replace("！", "!").replace("\ufffd", "?")


READINGS = {"發": "fā", "產": "chǎn", "達": "dá", "為": "wéi", "區": "qū", "經": "jīng", "數": "shù", "據": "jù"}
"""A few readings, as a naive converter glues them after Traditional characters."""


def glue_readings(text: str, full_width: bool = False) -> str:
    """`發展` → `發(fā)展` (or `發（fā）展`) for the characters of READINGS."""
    opening, closing = ("（", "）") if full_width else ("(", ")")
    return "".join(ch + (f"{opening}{READINGS[ch]}{closing}" if ch in READINGS else "") for ch in text)
