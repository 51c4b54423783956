"""Word lists shipped as package data, loaded once per process."""

from __future__ import annotations

import os
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


@lru_cache(maxsize=1)
def jieba_tags() -> dict[str, str]:
    """jieba's dictionary word → part-of-speech tag, read from its file without starting jieba."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    tags: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags
