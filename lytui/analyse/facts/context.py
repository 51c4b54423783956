"""What every extractor shares: the text, the publication date, cached part-of-speech lookups, and the
one way a finding becomes a `Fact`."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol, TypeVar, cast

from lytui.analyse.facts.provenance import FROM_META, provenance
from lytui.analyse.tagging import tag
from lytui.model import Document, Fact, FactKind, FactValue

V = TypeVar("V")
T = TypeVar("T")


class Share(Protocol):
    """Gives back the value, or an equal one already kept (see `lytui.analyse.facts._Shared`)."""

    def __call__(self, value: V, /) -> V: ...


def as_is(value: V, /) -> V:
    return value


class SpanIndex:
    """Sorted spans with fast "is this inside / does this overlap one of them" questions."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.max_end: list[int] = []
        best = -1
        for _, end in self.spans:
            best = max(best, end)
            self.max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.max_end[index] > start

    def covers(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        while index >= 0:
            _, span_end = self.spans[index]
            if span_end >= end:
                return True
            if self.max_end[index] < end:
                return False
            index -= 1
        return False


@lru_cache(maxsize=4096)
def _pos(chunk: str) -> tuple[tuple[str, str], ...]:
    return tuple(tag(chunk))


@dataclass
class Context:
    document: Document
    text: str
    published: dt.date | None
    share: Share = as_is
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict, repr=False)
    _once: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, document: Document, share: Share = as_is) -> Context:
        published = None
        if document.meta.published:
            try:
                published = dt.date.fromisoformat(document.meta.published[:10])
            except ValueError:
                published = None
        return cls(document, document.text, published, share)

    def fact(self, kind: FactKind, start: int, end: int, value: FactValue, note: str = "") -> Fact:
        """The fact found at `text[start:end]`, its provenance read from its note."""
        text = self.share(self.text[start:end])
        via, confidence = provenance(kind, value, text, note)
        return Fact(kind, text, self.share(value), start, end, note, via, confidence)

    def meta_fact(self, kind: FactKind, text: str, value: FactValue, note: str = FROM_META) -> Fact:
        """A fact the page's metadata gives and the text does not hold: it has no place in the text."""
        via, confidence = provenance(kind, value, text, note)
        return Fact(kind, text, self.share(value), None, None, note, via, confidence)

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """What a rule reads from the whole text, read once per article however many candidates ask."""
        if key not in self._once:
            self._once[key] = compute()
        return cast(T, self._once[key])

    def count(self, word: str) -> int:
        """How often the text holds `word`; counted once per word, as rules ask it of every candidate
        name and a long text holds thousands of them."""
        if (found := self._counts.get(word)) is None:
            found = self._counts[word] = self.text.count(word)
        return found

    def pos(self, chunk: str) -> tuple[tuple[str, str], ...]:
        """jieba part-of-speech tags for a short window; cheap because windows are small and cached."""
        return _pos(chunk) if chunk else ()

    def words(self, start: int, end: int) -> Iterator[tuple[int, str, str]]:
        """jieba's words of `text[start:end]` (a short window) with where each begins in the text: the
        rules that ask whether a name begins or ends where the sentence's words do."""
        position = max(0, start)
        for word, flag in self.pos(self.text[position:end]):
            yield position, word, flag
            position += len(word)
