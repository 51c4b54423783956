"""Write readings.txt: for each tone-marked pinyin reading, the Chinese characters GBK can encode that
are read that way, from the character table of the `pypinyin` package (MIT).

Mojibake repair uses it where a lost character left only its reading behind (`日?qǐng)?bào)` was 日報):
the reading narrows the candidates to a handful, which the bytes around the loss then decide. Readings a
converter glued into the document itself are used too, but a lost character is often the only one of its
reading in the article.

usage: python lytui/data/make_readings.py
pypinyin is needed only here (pip install --no-deps pypinyin); lytui reads only the derived file, and
tests/text/test_readings.py checks it still matches where pypinyin is installed.
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "readings.txt"
HEADER = (
    "# A pinyin reading and the characters (GBK-encodable Han) read that way, one reading per line.\n"
    "# Derived by make_readings.py from pypinyin's character table (MIT).\n"
)


def _gbk_double(character: str) -> bool:
    try:
        return len(character.encode("gbk")) == 2
    except UnicodeEncodeError:
        return False


def table() -> dict[str, str]:
    from lytui.han import HAN

    han = re.compile(f"[{HAN}]")
    pinyin_dict: dict[int, str] = importlib.import_module("pypinyin.pinyin_dict").pinyin_dict
    found: dict[str, list[str]] = defaultdict(list)
    for code, readings in sorted(pinyin_dict.items()):
        character = chr(code)
        if not han.fullmatch(character) or not _gbk_double(character):
            continue
        for reading in readings.split(","):
            if reading and character not in found[reading]:
                found[reading].append(character)
    return {reading: "".join(characters) for reading, characters in sorted(found.items())}


def render(found: dict[str, str]) -> str:
    return HEADER + "".join(f"{reading} {characters}\n" for reading, characters in found.items())


if __name__ == "__main__":
    TARGET.write_text(render(table()), encoding="utf-8")
