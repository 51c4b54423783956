"""Write char_freq.txt: how often each Han character occurs in words, from jieba's dictionary.

A character's count is the summed frequency of the dictionary words it occurs in (once per occurrence).
The mojibake repair uses it as the language judge's character model: shifted GBK decodings are runs of
characters rare in news text, their repairs are runs of common ones. Characters counted below
`MINIMUM` are left out (the judge treats every missing character as rare).

usage: python lytui/data/make_char_freq.py
lytui reads only the derived file; tests/text/test_repairs.py checks it is what this script makes.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lytui.han import HAN

_HAN_CHARACTER = re.compile(f"[{HAN}]")

HERE = Path(__file__).resolve().parent
TARGET = HERE / "char_freq.txt"
MINIMUM = 50
HEADER = (
    "# Han character and its summed word frequency in jieba 0.42.1's dict.txt (MIT), most frequent first;\n"
    f"# characters below {MINIMUM} left out. Derived by make_char_freq.py.\n"
)


def counts() -> list[tuple[str, int]]:
    import jieba

    counted: Counter[str] = Counter()
    with jieba.get_dict_file() as raw:
        name = raw.name
    with open(name, encoding="utf-8") as lines:
        for line in lines:
            parts = line.split(" ")
            if len(parts) < 2:
                continue
            word, frequency = parts[0], int(parts[1])
            for character in word:
                if _HAN_CHARACTER.fullmatch(character):
                    counted[character] += frequency
    return sorted(((c, n) for c, n in counted.items() if n >= MINIMUM), key=lambda item: (-item[1], item[0]))


def render(found: list[tuple[str, int]]) -> str:
    return HEADER + "".join(f"{character} {count}\n" for character, count in found)


if __name__ == "__main__":
    TARGET.write_text(render(counts()), encoding="utf-8")
