"""Make test input the way scrapers mangle it, from clean text we write ourselves."""

from __future__ import annotations

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


def lose_lead_byte(text: str, index: int) -> str:
    """Replace the first GBK byte of text[index] with `?` and decode the shifted rest, as the seed's scraper did.

    The decoded run is then ASCII-fied like the rest of the page (！ → !)."""
    head, tail = text[:index], text[index:]
    data = bytearray(tail.encode("gbk"))
    data[0] = ord("?")
    decoded = bytes(data).decode("gbk", errors="replace")
    return head + decoded.replace("！", "!").replace("\ufffd", "?")
