"""jieba's word frequencies and part-of-speech tags, loaded once per process, small.

jieba keeps its dictionary twice: `jieba.dt.FREQ` (word → frequency, plus every prefix) and, on
`import jieba.posseg`, `word_tag_tab` (word → tag), parsed again from the same file into a dict of
349,000 new strings with a new tag string on every line — about 50 MB of a process's 150. Here the
frequencies are jieba's own dict, built from the same file, and the tags are one sorted string of the
words with one byte per word for its tag (about 4 MB), looked up by binary search and remembered, since
a document asks about the same few thousand words. Both are kept as one marshal file in lytui's cache
directory, so every later process loads them at about the cost of jieba's own cache. The contents are
exactly jieba's (a test compares every entry). Without a writable cache directory the tables are
built in memory each time; nothing is lost but a second.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from lytui.analyse.sorted_words import SortedWords

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

FORMAT = 2
_LOCK = threading.Lock()

Tables = tuple[dict[str, int], int, "WordTags"]
State = tuple[str, str]  # a state of posseg's HMM: (place in the word, tag), ("B", "nr")


class TagTable(Protocol):
    """word → part-of-speech tag, as the facts read it: jieba's own dict or the compact `WordTags`."""

    def get(self, word: str, default: str | None = None, /) -> str | None: ...

    def __contains__(self, word: object, /) -> bool: ...


class Jieba(Protocol):
    """The jieba module, as much of it as lytui reads."""

    @property
    def dt(self) -> jieba.Tokenizer: ...


class Posseg(Protocol):
    """The jieba.posseg module, as much of it as lytui reads."""

    @property
    def dt(self) -> jieba.posseg.POSTokenizer: ...

    def cut(self, sentence: str, HMM: bool = True) -> Iterator[jieba.posseg.pair]: ...


class WordTags:
    """word → jieba part-of-speech tag, as posseg's `word_tag_tab` is read (`.get(word, default)`)."""

    REMEMBERED = 200_000  # answers kept before starting afresh (a batch meets ever more words)

    def __init__(self, words: SortedWords, tag_ids: bytes, names: tuple[str, ...]) -> None:
        self.words = words
        self.tag_ids = tag_ids
        self.names = names
        self.added: dict[str, str] = {}  # jieba.add_word(..., tag=...) lands here through posseg
        self._known: dict[str, str] = {}

    def get(self, word: str, default: str | None = None) -> str | None:
        found = self.added.get(word) or self._known.get(word)
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

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return len(self.words) + sum(1 for word in self.added if self.words.index_of(word) < 0)

    def update(self, tags: dict[str, str]) -> None:
        self.added.update(tags)
        self._known.clear()

    def stored(self) -> tuple[str, bytes, bytes, tuple[str, ...]]:
        return self.words.blob, self.words.starts.tobytes(), self.tag_ids, self.names

    @classmethod
    def from_stored(cls, stored: tuple[str, bytes, bytes, tuple[str, ...]]) -> WordTags:
        blob, raw_starts, tag_ids, names = stored
        starts = array("i")
        starts.frombytes(raw_starts)
        return cls(SortedWords(blob, starts), tag_ids, tuple(names))


def _dictionary_path() -> str:
    import jieba

    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


def build_tables(lines: Iterable[str]) -> Tables:
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
    names = tuple(sorted(set(tags.values())))
    if len(names) > 255:
        raise ValueError("more part-of-speech tags than one byte can number")
    number = {name: index for index, name in enumerate(names)}
    ordered = sorted(tags)
    tag_ids = bytes(number[tags[word]] for word in ordered)
    return frequencies, total, WordTags(SortedWords.of(ordered), tag_ids, names)


def _load_or_build() -> Tables:
    import jieba

    from lytui.cache import derived_table

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
    return frequencies, total, WordTags.from_stored(stored_tags)


@lru_cache(maxsize=1)
def jieba_ready() -> Jieba:
    """jieba with its default dictionary in place (ours, if jieba had not loaded its own yet)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.dt
    with _LOCK:
        if not tokenizer.initialized and tokenizer.dictionary == jieba.DEFAULT_DICT:
            frequencies, total, tags = _load_or_build()
            with tokenizer.lock:
                tokenizer.FREQ, tokenizer.total = frequencies, total
                tokenizer.initialized = True
            _Handover.tags = tags  # handed to posseg when it is first needed
        else:
            tokenizer.check_initialized()
    return jieba


class _Handover:
    """The tag table `jieba_ready` built alongside the frequencies, until posseg is loaded."""

    tags: WordTags | None = None


@lru_cache(maxsize=1)
def posseg_ready() -> Posseg:
    """jieba.posseg on the shared tables, with its HMM's answers remembered per unknown run."""
    tokenizer = jieba_ready().dt
    with _LOCK:
        if "jieba.posseg" not in sys.modules and _Handover.tags is not None:
            # posseg parses the dictionary file again when imported; let it read nothing instead
            tokenizer.get_dict_file = lambda: io.BytesIO(b"")
            try:
                import jieba.posseg
            finally:
                del tokenizer.get_dict_file
        import jieba.posseg

        if _Handover.tags is not None:
            jieba.posseg.dt.word_tag_tab = _Handover.tags
        elif not jieba.posseg.dt.word_tag_tab:
            jieba.posseg.dt.initialize()
        if not isinstance(jieba.posseg.viterbi, _RememberedViterbi):
            jieba.posseg.viterbi = _RememberedViterbi()
    return jieba.posseg


class _RememberedViterbi:
    """Windows around every mention of an organisation differ, but the unknown name inside them is the
    same again and again; posseg's Viterbi (pure Python, a fifth of fact extraction) is a pure function
    of that run and its model tables, so its result is reused while the tables are posseg's own."""

    def __init__(self) -> None:
        import jieba.posseg as posseg

        original = self.original = posseg.viterbi
        model = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)
        self.model = model

        @lru_cache(maxsize=8192)
        def remembered(run: str) -> tuple[float, list[State]]:
            return original(run, *model)

        self.remembered = remembered

    def __call__(
        self,
        run: str,
        states: dict[str, tuple[State, ...]],
        start_p: dict[State, float],
        trans_p: dict[State, dict[State, float]],
        emit_p: dict[State, dict[str, float]],
        /,
    ) -> tuple[float, list[State]]:
        tables = (states, start_p, trans_p, emit_p)
        if all(a is b for a, b in zip(tables, self.model)):
            return self.remembered(run)
        return self.original(run, *tables)
