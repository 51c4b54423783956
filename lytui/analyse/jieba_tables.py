"""jieba's word frequencies and part-of-speech tags, loaded once per process, small, and lytui's own.

jieba keeps its dictionary twice: a tokenizer's `FREQ` (word → frequency, plus every prefix) and, in
`jieba.posseg`, `word_tag_tab` (word → tag), parsed again from the same file into a dict of 349,000
new strings with a new tag string on every line — about 50 MB of a process's 150. Here the frequencies
are a dict built from the same file, and the tags are one sorted string of the words with one byte per
word for its tag (about 4 MB), looked up by binary search and remembered, since a document asks about
the same few thousand words. Both are kept as one marshal file in lytui's cache directory, so every
later process loads them at about the cost of jieba's own cache. The contents are exactly jieba's (a
test compares every entry). Without a writable cache directory the tables are built in memory each
time; nothing is lost but a second.

jieba's global tokenizers (`jieba.dt`, `jieba.posseg.dt`) are never touched: another user of jieba in
the same process sees jieba as it ships. The tables are read from jieba's dictionary file (`dict.txt`
in the package, lines of `word frequency tag`); if a jieba release moves or reshapes it, they come from
a private `jieba.Tokenizer` and `jieba.posseg.POSTokenizer` instead, the library's own way, at its cost.
"""

from __future__ import annotations

import logging
import os
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lytui.analyse.sorted_words import SortedWords

FORMAT = 2


@dataclass(frozen=True, slots=True)
class Tables:
    """jieba's default dictionary: every word's frequency (prefixes as 0), their total, and the tags."""

    frequencies: dict[str, int]
    total: int
    tags: WordTags


class WordTags:
    """word → jieba part-of-speech tag, as posseg's `word_tag_tab` is read (`.get(word, default)`)."""

    REMEMBERED = 200_000  # answers kept before starting afresh (a batch meets ever more words)

    def __init__(self, words: SortedWords, tag_ids: bytes, names: tuple[str, ...]) -> None:
        self.words = words
        self.tag_ids = tag_ids
        self.names = names
        self._known: dict[str, str] = {}

    def get(self, word: str, default: str | None = None, /) -> str | None:
        found = self._known.get(word)
        if found is None:
            index = self.words.index_of(word)
            found = self.names[self.tag_ids[index]] if index >= 0 else ""
            if len(self._known) >= self.REMEMBERED:
                self._known.clear()
            self._known[word] = found
        return found or default

    def __getitem__(self, word: str) -> str:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object, /) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return len(self.words)

    def stored(self) -> tuple[str, bytes, bytes, tuple[str, ...]]:
        return self.words.blob, self.words.starts.tobytes(), self.tag_ids, self.names

    @classmethod
    def of(cls, tags: Mapping[str, str]) -> WordTags:
        names = tuple(sorted(set(tags.values())))
        if len(names) > 255:
            raise ValueError("more part-of-speech tags than one byte can number")
        number = {name: index for index, name in enumerate(names)}
        ordered = sorted(tags)
        return cls(SortedWords.of(ordered), bytes(number[tags[word]] for word in ordered), names)

    @classmethod
    def from_stored(cls, stored: tuple[str, bytes, bytes, tuple[str, ...]]) -> WordTags:
        blob, raw_starts, tag_ids, names = stored
        starts = array("i")
        starts.frombytes(raw_starts)
        return cls(SortedWords(blob, starts), tag_ids, tuple(names))


def _dictionary_path() -> str:
    import jieba

    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


def build_tables(lines: Iterable[str]) -> tuple[dict[str, int], int, WordTags]:
    """jieba's gen_pfdict and posseg's load_word_tag over the same lines."""
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        word, frequency, tag = line.split(" ")
        frequencies[word] = int(frequency)
        tags[word] = tag  # the last line wins, in both tables, as in jieba
        total += int(frequency)
        for size in range(1, len(word)):
            prefix = word[:size]
            if prefix not in frequencies:
                frequencies[prefix] = 0
    return frequencies, total, WordTags.of(tags)


def _load_or_build() -> Tables:
    import jieba

    from lytui.store import derived_table

    def build() -> tuple[dict[str, int], int, tuple[str, bytes, bytes, tuple[str, ...]]]:
        with open(_dictionary_path(), encoding="utf-8") as handle:
            frequencies, total, tags = build_tables(handle)
        return frequencies, total, tags.stored()

    version = getattr(jieba, "__version__", "0")
    frequencies, total, stored_tags = derived_table(
        _dictionary_path(),
        f"jieba-tables-v{FORMAT}-{version}",
        build,
        lambda data: isinstance(data, tuple) and len(data) == 3 and isinstance(data[0], dict),
    )
    return Tables(frequencies, total, WordTags.from_stored(stored_tags))


@lru_cache(maxsize=1)
def tables() -> Tables:
    """jieba's default dictionary, read once per process."""
    try:
        return _load_or_build()
    except (OSError, ValueError, UnicodeDecodeError):  # not the dict.txt jieba 0.42 ships
        return _library_tables()


def _library_tables() -> Tables:
    """The same tables as jieba itself builds them, on private instances."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # jieba logs its loading to stderr, under the terminal UI
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return Tables(tokenizer.FREQ, tokenizer.total, WordTags.of(jieba.posseg.POSTokenizer(tokenizer).word_tag_tab))


def library_tokenizer() -> Any:
    """A private `jieba.Tokenizer` on these tables, for calls into jieba itself."""
    import jieba

    found = tables()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = found.frequencies, found.total, True
    return tokenizer
