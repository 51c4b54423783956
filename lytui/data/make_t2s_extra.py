"""Write t2s_extra.txt: Traditional characters OpenCC's t2s leaves as they are although they have a
Simplified form (`堿` → `碱`), found from data rather than listed by hand.

A character is taken when
- the Traditional ↔ Simplified table of the `hanziconv` package (CUHK's table, Apache 2.0) gives it a
  different Simplified form, and that form is in GB 2312 (the Simplified character set);
- it is itself outside GB 2312, so it is never a standard Simplified character;
- OpenCC's t2s maps it to itself, and no OpenCC dictionary names it at all (a character OpenCC writes
  or reads in some phrase, like 瞭 in 瞭望, is a choice OpenCC made, not a gap).

usage: python lytui/data/make_t2s_extra.py
hanziconv is needed only here (pip install --no-deps hanziconv); lytui reads only the derived file, and
tests/text/test_convert.py checks it still matches where hanziconv is installed.
"""

from __future__ import annotations

import importlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "t2s_extra.txt"
HEADER = (
    "# Traditional character and its Simplified form, for characters OpenCC's t2s leaves unconverted.\n"
    "# Derived by make_t2s_extra.py from hanziconv's character table (Apache 2.0) and OpenCC's dictionaries.\n"
)


def _in_gb2312(character: str) -> bool:
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _opencc_characters() -> set[str]:
    """Every character any OpenCC dictionary mentions, on either side."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    seen: set[str] = set()
    for path in folder.glob("*.txt"):
        seen.update(path.read_text(encoding="utf-8"))
    return seen


def pairs() -> list[tuple[str, str]]:
    from lytui.text.t2s import opencc_simplified

    charmap = importlib.import_module("hanziconv.charmap")
    mentioned = _opencc_characters()
    found: dict[str, str] = {}
    for traditional, simple in zip(charmap.traditional_charmap, charmap.simplified_charmap, strict=True):
        if traditional == simple or _in_gb2312(traditional) or not _in_gb2312(simple):
            continue
        if traditional in mentioned or opencc_simplified(traditional) != traditional:
            continue
        found.setdefault(traditional, simple)
    return sorted(found.items())


def render(found: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f"{traditional} {simple}\n" for traditional, simple in found)


if __name__ == "__main__":
    TARGET.write_text(render(pairs()), encoding="utf-8")
