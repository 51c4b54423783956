"""Write t2s_extra.txt: Traditional characters OpenCC's t2s leaves as they are although they have a
Simplified form (`堿` → `碱`), found from data rather than listed by hand.

A character is taken when
- the Traditional ↔ Simplified table of the `hanziconv` package (CUHK's table, Apache 2.0), or else the
  zh-Hans table of the `zhconv` package (MediaWiki's conversion table, which also maps variants such as
  陜 → 陕), gives it a different Simplified form, and that form is in GB 2312 (the Simplified character set);
- it is itself outside GB 2312, so it is never a standard Simplified character;
- OpenCC's t2s maps it to itself, and no OpenCC dictionary names it at all (a character OpenCC writes
  or reads in some phrase, like 瞭 in 瞭望, is a choice OpenCC made, not a gap).

usage: python lytui/data/make_t2s_extra.py
hanziconv and zhconv are needed only here (pip install --no-deps hanziconv zhconv); lytui reads only the
derived file, and tests/text/test_convert.py checks it still matches where both are installed.
"""

from __future__ import annotations

import importlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "t2s_extra.txt"
HEADER = (
    "# Traditional character and its Simplified form, for characters OpenCC's t2s leaves unconverted.\n"
    "# Derived by make_t2s_extra.py from hanziconv's character table (Apache 2.0), zhconv's zh-Hans table\n"
    "# (MediaWiki's, GPL/MIT as zhconv states; facts about characters, not code) and OpenCC's dictionaries.\n"
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


def _table_pairs() -> list[tuple[str, str]]:
    """Single characters and their Simplified form, hanziconv's first (its choice wins where both name one)."""
    charmap = importlib.import_module("hanziconv.charmap")
    found = list(zip(charmap.traditional_charmap, charmap.simplified_charmap, strict=True))
    zhconv = importlib.import_module("zhconv.zhconv")
    zhconv.loaddict()
    found += [(key, value) for key, value in zhconv.zhcdicts["zh2Hans"].items() if len(key) == len(value) == 1]
    return found


def pairs() -> list[tuple[str, str]]:
    from lytui.text.t2s import opencc_simplified

    mentioned = _opencc_characters()
    found: dict[str, str] = {}
    for traditional, simple in _table_pairs():
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
