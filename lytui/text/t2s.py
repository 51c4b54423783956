"""OpenCC's Traditional → Simplified conversion as a plain function, shared by the conversion stage and
by the repairs that must compare words in Simplified form (they run before conversion)."""

from __future__ import annotations

import re
from functools import lru_cache


class _TraditionalToSimplified:
    """OpenCC's t2s with OpenCC's own dictionaries and its exact choice of phrases, several times faster.

    opencc-python-reimplemented converts each stretch between separators by taking the longest phrase
    found anywhere in it (leftmost among equals), converting the text on either side the same way, and
    mapping every character left over through its character table. That is a greedy pick over all
    phrase occurrences ordered by (longest, leftmost), skipping those that overlap an earlier pick — so
    we find the occurrences with one pass of a regular expression over the (few) phrases' first
    characters and let `str.translate` map everything else. Phrases never contain a separator, so no
    occurrence crosses one and the text need not be split."""

    def __init__(self, extra: dict[str, str] | None = None) -> None:
        import opencc

        converter = opencc.OpenCC("t2s")
        converter.convert("")  # loads the dictionaries
        separators = converter.split_chars_re
        (group,) = converter._dict_chain_data  # t2s: one group, phrases then characters
        (_, _, phrase_table), (_, _, character_table) = group
        self.phrases: dict[str, list[tuple[str, str]]] = {}
        for key, values in phrase_table.items():
            if key and not separators.search(key):  # OpenCC splits before matching: such keys never match
                self.phrases.setdefault(key[0], []).append((key, values.split(" ")[0]))
        self.first_characters = re.compile("[" + "".join(re.escape(c) for c in sorted(self.phrases)) + "]")
        self.characters = {
            ord(key): values.split(" ")[0]
            for key, values in character_table.items()
            if len(key) == 1 and not separators.fullmatch(key)
        }
        if self(_PROBE) != converter.convert(_PROBE):
            raise ValueError("OpenCC's dictionaries are not laid out as read here")
        for key, value in (extra or {}).items():
            self.characters.setdefault(ord(key), value)

    def __call__(self, text: str) -> str:
        found: list[tuple[int, int, str]] = []
        for match in self.first_characters.finditer(text):
            at = match.start()
            for key, value in self.phrases[text[at]]:
                if text.startswith(key, at):
                    found.append((-len(key), at, value))
        if not found:
            return text.translate(self.characters)
        found.sort()
        taken: set[int] = set()
        picked: list[tuple[int, int, str]] = []
        for negative_length, at, value in found:
            span = range(at, at - negative_length)
            if taken.isdisjoint(span):
                taken.update(span)
                picked.append((at, at - negative_length, value))
        picked.sort()
        pieces: list[str] = []
        previous = 0
        for start, end, value in picked:
            pieces.append(text[previous:start].translate(self.characters))
            pieces.append(value)
            previous = end
        pieces.append(text[previous:].translate(self.characters))
        return "".join(pieces)


_PROBE = "發展與進步，經濟體制改革。乾隆皇帝下了一道聖旨"


class _LibraryConversion:
    """OpenCC's own t2s, for a release whose private dictionary data differs from what is read above:
    the same answers, at the library's speed."""

    def __init__(self) -> None:
        import opencc

        self.convert = opencc.OpenCC("t2s").convert
        self.characters: dict[int, str] = {}

    def __call__(self, text: str) -> str:
        return str(self.convert(text))


@lru_cache(maxsize=1)
def _t2s() -> _TraditionalToSimplified | _LibraryConversion:
    try:
        return _TraditionalToSimplified(extra_characters())
    except (AttributeError, TypeError, ValueError, re.error):  # OpenCC's private _dict_chain_data changed
        return _LibraryConversion()


@lru_cache(maxsize=1)
def extra_characters() -> dict[str, str]:
    """Traditional characters OpenCC leaves unconverted, with their Simplified form (`堿` → `碱`):
    lytui/data/t2s_extra.txt, derived from a second library's table by make_t2s_extra.py."""
    from importlib import resources

    text = resources.files("lytui.data").joinpath("t2s_extra.txt").read_text(encoding="utf-8")
    pairs = [line.split(" ") for line in text.splitlines() if line and not line.startswith("#")]
    return {traditional: simple for traditional, simple in pairs}


@lru_cache(maxsize=1)
def _opencc_t2s() -> _TraditionalToSimplified | _LibraryConversion:
    try:
        return _TraditionalToSimplified()
    except (AttributeError, TypeError, ValueError, re.error):
        return _LibraryConversion()


def simplified(text: str) -> str:
    """Plain conversion of a string; no repairs recorded."""
    return _t2s()(text)


def opencc_simplified(text: str) -> str:
    """OpenCC's t2s alone, without the characters it leaves (to find those characters)."""
    return _opencc_t2s()(text)


def quick_simplified(text: str) -> str:
    """Character-by-character t2s for listings of thousands of titles: no phrase rules, microseconds."""
    conversion = _t2s()
    return text.translate(conversion.characters) if conversion.characters else conversion(text)
