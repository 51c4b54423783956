"""Word lists shipped with lytui, read once per process by every stage that needs them."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def words(name: str) -> list[str]:
    """The whitespace-separated entries of a list in this folder; `#` lines are its notes."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Chinese surnames, single and compound: a credit or a fact names a person only after one."""
    return frozenset(words("surnames.txt"))


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Posts and roles written before or after a name (县长, 村支书, 记者): the facts read people by them, the
    meta lines tell a writer's name from a form of address (李教授) by them."""
    return tuple(words("titles.txt"))


@lru_cache(maxsize=1)
def titles_alternation() -> str:
    """The titles as one regular-expression alternation, the longest first, so a pattern takes 副县长 or
    党总支书 whole rather than the shorter post inside it."""
    return "|".join(sorted(map(re.escape, titles()), key=len, reverse=True))


@lru_cache(maxsize=1)
def readings() -> dict[str, str]:
    """Pinyin reading → the characters read that way (readings.txt): what a lost character's surviving
    reading leaves possible. Read only when a document has such a loss."""
    text = resources.files(__name__).joinpath("readings.txt").read_text(encoding="utf-8")
    return dict(line.split(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def character_counts() -> tuple[tuple[str, int], ...]:
    """Each Han character with its summed word frequency in jieba's dictionary, most frequent first
    (char_freq.txt): the mojibake judge scores characters by it, the name rules tell rare ones by it."""
    text = resources.files(__name__).joinpath("char_freq.txt").read_text(encoding="utf-8")
    rows = (line.split(" ") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple((character, int(count)) for character, count in rows)


@lru_cache(maxsize=1)
def division_rows() -> tuple[tuple[str, str], ...]:
    """(code, name) of every division in divisions.txt, read once for the text stage and the facts: a
    renamed division has a row for its old name and, after it, one for its name now (桥西区 then 信都区),
    so text of either time is read."""
    text = resources.files(__name__).joinpath("divisions.txt").read_text(encoding="utf-8")
    rows = (line.split(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return tuple((code, name) for code, name in rows)


@lru_cache(maxsize=1)
def division_names() -> frozenset[str]:
    """Every administrative division's full name and the regions and short names of places.txt: what the
    text stage needs to tell a region's label (【涪城】) from a column's."""
    return frozenset(name for _, name in division_rows()) | frozenset(words("places.txt"))


def names_a_region(label: str) -> bool:
    """涪城 (涪城区), 四川, 绵阳市: a division by its full name or its name without the level."""
    known = division_names()
    return label in known or any(label + level in known for level in "省市县区旗")
