"""Keywords a reader trusts: jieba counts, TF-IDF and TextRank over the same filtered words.

The document's own names (people, organisations, places from the facts, and recurring terms in “”
and 《》) count as dictionary words while this document is segmented — laid over jieba's dictionary,
never written into it, so one document never changes another's segmentation.
"""

from __future__ import annotations

import os
import re
from array import array
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import accumulate, pairwise

from lytui.analyse.jieba_tables import tables
from lytui.analyse.sorted_words import SortedWords
from lytui.analyse.words import tokenize
from lytui.columns import Spans
from lytui.han import HAN
from lytui.model import Document, Keyword, Keywords

TOP = 50
_WORD = re.compile(rf"[{HAN}]{{2,}}")
_SINGLE_CHAR_EXCEPTIONS: frozenset[str] = frozenset()  # single characters allowed to rank (none by default)
_VARIANT_SUFFIXES = ("市", "县", "区", "省", "镇", "乡", "公司", "集团")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("lytui.data").joinpath("stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def warm_up() -> None:
    """Load jieba's dictionary once, before the first part-of-speech lookup. The IDF table is not loaded
    here: only a TF-IDF ranking needs it, and an export of counts never asks for one."""
    tables()


def _recurring_terms(text: str) -> list[str]:
    terms = Counter(m.group(1) for m in re.finditer(r"[“《‘「]([^“”《》‘’「」\s，。]{3,12})[”》’」]", text))
    return [t for t, n in terms.items() if n >= 2 and _WORD.fullmatch(t)]


def _keep(word: str) -> bool:
    if word in stopwords():
        return False
    if len(word) == 1:
        return word in _SINGLE_CHAR_EXCEPTIONS
    return bool(_WORD.fullmatch(word))


_KEPT: dict[str, bool] = {}  # _keep's answers: every token of every article asks, about few words


def _kept(word: str) -> bool:
    found = _KEPT.get(word)
    if found is None:
        if len(_KEPT) > 100_000:
            _KEPT.clear()
        found = _KEPT[word] = _keep(word)
    return found


class _IdfTable:
    """jieba's IDF values (the numbers jieba.analyse uses) as one sorted string of words and an array of
    values, looked up by binary search: about 6 MB where a dict of 270,000 words took 48 MB, and a
    document asks for only its own few thousand distinct words, a few microseconds each."""

    def __init__(self) -> None:
        import jieba

        from lytui.store import derived_table

        source = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
        blob, raw_starts, raw_values, self.median = derived_table(
            source, "idf-v3", lambda: _parse_idf(source), lambda data: isinstance(data, tuple) and len(data) == 4
        )
        starts = array("i")
        starts.frombytes(raw_starts)
        self.words = SortedWords(blob, starts)
        self.values = array("d")
        self.values.frombytes(raw_values)

    def get(self, word: str, default: float) -> float:
        index = self.words.index_of(word) if word else -1
        return self.values[index] if index >= 0 else default


def _parse_idf(source: str) -> tuple[str, bytes, bytes, float]:
    """(sorted words, their offsets, their values, the median value for unknown words) as marshal keeps them."""
    values: dict[str, float] = {}
    with open(source, encoding="utf-8") as handle:
        for line in handle:
            word, _, value = line.partition(" ")
            if value and word:
                values[word] = float(value)
    ordered_words = sorted(values)
    ordered_values = sorted(values.values())
    median = ordered_values[len(ordered_values) // 2] if ordered_values else 1.0
    words = SortedWords.of(ordered_words)
    return words.blob, words.starts.tobytes(), array("d", (values[w] for w in ordered_words)).tobytes(), median


@lru_cache(maxsize=1)
def _idf() -> tuple[_IdfTable, float]:
    table = _IdfTable()
    return table, table.median


def _textrank(sequence: list[str], window: int = 5, iterations: int = 20, tolerance: float = 1e-3) -> dict[str, float]:
    """PageRank over co-occurrence within `window` words (jieba's TextRank idea, without its POS pass).

    Nodes are numbered and links kept in flat lists, so each iteration is a few list walks."""
    index: dict[str, int] = {}
    for word in sequence:
        index.setdefault(word, len(index))
    size = len(index)
    if size == 0:
        return {}
    weights: list[Counter[int]] = [Counter() for _ in range(size)]
    ids = [index[w] for w in sequence]
    for i, a in enumerate(ids):
        for b in ids[i + 1 : i + window]:
            if a != b:
                weights[a][b] += 1
                weights[b][a] += 1
    out_weight = [sum(edges.values()) or 1 for edges in weights]
    incoming = [[(o, n / out_weight[o]) for o, n in edges.items()] for edges in weights]
    scores = [1.0] * size
    for _ in range(iterations):
        updated = [0.15 + 0.85 * sum(scores[o] * share for o, share in links) for links in incoming]
        settled = all(abs(a - b) < tolerance for a, b in zip(updated, scores))
        scores = updated
        if settled:
            break
    top = max(scores)
    return {word: scores[i] / top for word, i in index.items()}


class _Ranker:
    """The counted words of one document, kept so TF-IDF and TextRank can be ranked when first shown.

    Plain lists and arrays only, so `stored()` can hand the analysis cache plain values to keep."""

    def __init__(
        self,
        words: list[str],
        starts: list[array[int]],
        ends: list[array[int]],
        live: list[int],
        frequent_sequence: list[str],
    ) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends
        self.live = live
        self.frequent_sequence = frequent_sequence
        self.position = {words[i]: i for i in live}

    def stored(self) -> tuple[list[str], bytes, bytes, bytes, bytes, list[str]]:
        """(words, occurrence counts, all starts, all ends, live word numbers, frequent sequence): the
        per-word arrays joined into one each, so the cache reads a handful of values, not one per word."""
        starts, ends = array("i"), array("i")
        for word_starts, word_ends in zip(self.starts, self.ends):
            starts.extend(word_starts)
            ends.extend(word_ends)
        counts, live = array("i", map(len, self.starts)), array("i", self.live)
        return self.words, counts.tobytes(), starts.tobytes(), ends.tobytes(), live.tobytes(), self.frequent_sequence

    @classmethod
    def from_stored(cls, stored: tuple[list[str], bytes, bytes, bytes, bytes, list[str]]) -> _Ranker:
        """The ranker `stored()` described; ValueError or IndexError when the parts do not fit together."""
        words, raw_counts, raw_starts, raw_ends, raw_live, frequent_sequence = stored
        counts, all_starts, all_ends, live = array("i"), array("i"), array("i"), array("i")
        for column, raw in ((counts, raw_counts), (all_starts, raw_starts), (all_ends, raw_ends), (live, raw_live)):
            column.frombytes(raw)
        if not isinstance(words, list) or not isinstance(frequent_sequence, list) or len(counts) != len(words):
            raise ValueError("ranker columns do not fit together")
        if len(all_starts) != len(all_ends) or sum(counts) != len(all_starts) or (counts and min(counts) < 0):
            raise ValueError("ranker offsets do not fit together")
        if live and not 0 <= min(live) <= max(live) < len(words):
            raise IndexError("live word out of range")
        bounds = list(accumulate(counts, initial=0))
        starts = [all_starts[a:b] for a, b in pairwise(bounds)]
        ends = [all_ends[a:b] for a, b in pairwise(bounds)]
        ranker = cls(words, starts, ends, live.tolist(), frequent_sequence)
        if not set(map(type, words)) <= {str} or not set(frequent_sequence) <= ranker.position.keys():
            raise ValueError("ranker words must be the document's strings")
        return ranker

    @property
    def counts(self) -> dict[str, int]:
        return {word: len(self.starts[i]) for word, i in self.position.items()}

    def keyword(self, word: str, weight: float) -> Keyword:
        i = self.position[word]
        return Keyword(word, len(self.starts[i]), weight, Spans(self.starts[i], self.ends[i]))  # shared, not copied

    def by_count(self) -> tuple[Keyword, ...]:
        counts = self.counts
        total = sum(counts.values()) or 1
        top = sorted(counts, key=lambda w: (-counts[w], -len(w), w))[:TOP]
        return tuple(self.keyword(w, counts[w] / total) for w in top)

    def __call__(self, name: str) -> tuple[Keyword, ...]:
        if name == "count":
            return self.by_count()
        counts = self.counts
        if name == "tfidf":
            total = sum(counts.values()) or 1
            idf, median = _idf()
            weights = {w: n / total * idf.get(w, median) for w, n in counts.items()}
        elif name == "textrank":
            # the walk covers the most frequent words only: ranks below them never reach the top list
            weights = _textrank(self.frequent_sequence)
        else:
            raise KeyError(name)
        top = sorted(counts, key=lambda w: (-weights.get(w, 0.0), w))[:TOP]
        highest = max(weights.values(), default=1.0) or 1.0
        return tuple(self.keyword(w, weights.get(w, 0.0) / highest) for w in top)


def keywords_for(document: Document, names: list[str]) -> Keywords:
    text = document.text
    extra = sorted(set(names) | set(_recurring_terms(text)), key=len, reverse=True)
    # token positions go straight into compact arrays: a 5 MB article has about a million tokens
    ids: dict[str, int] = {}
    words: list[str] = []
    starts: list[array[int]] = []
    ends: list[array[int]] = []
    order = array("i")
    for word, start, end in tokenize(text, extra):
        if not _kept(word):
            continue
        index = ids.get(word)
        if index is None:
            index = ids[word] = len(words)
            words.append(word)
            starts.append(array("i"))
            ends.append(array("i"))
        starts[index].append(start)
        ends[index].append(end)
        order.append(index)
    # 龙岩 and 龙岩市 are counted together and shown as the longer form, when both occur
    merged_into: dict[int, int] = {}
    for index, word in enumerate(words):
        for suffix in _VARIANT_SUFFIXES:
            longer = ids.get(word + suffix)
            if longer is not None:
                merged_into[index] = longer
                break
    for short, longer in merged_into.items():
        pairs = sorted(zip(list(starts[longer]) + list(starts[short]), list(ends[longer]) + list(ends[short])))
        starts[longer] = array("i", (s for s, _ in pairs))
        ends[longer] = array("i", (e for _, e in pairs))
    live = [i for i in range(len(words)) if i not in merged_into]
    frequent = set(sorted(live, key=lambda i: -len(starts[i]))[: TOP * 2])
    frequent_sequence = [words[j] for j in (merged_into.get(i, i) for i in order) if j in frequent]
    ranker = _Ranker(words, starts, ends, live, frequent_sequence)
    return Keywords(by_count=ranker.by_count(), ranker=ranker)
