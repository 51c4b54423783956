"""Word lists shipped as package data, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _words(name: str) -> list[str]:
    text = resources.files("lytui.data").joinpath(name).read_text(encoding="utf-8")
    return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(_words("surnames.txt"))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    return frozenset(_words("places.txt"))


def jieba_tags() -> dict[str, str]:
    """jieba's dictionary word → part-of-speech tag: the table jieba.posseg already holds in memory."""
    from lytui.analyse.jieba_tables import posseg_ready

    return posseg_ready().dt.word_tag_tab
