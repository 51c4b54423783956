"""What every extractor shares: the text, the publication date, and cached jieba lookups."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lytui.analyse.jieba_tables import posseg_ready
from lytui.model import Document


@dataclass(frozen=True, slots=True)
class FactFound:
    kind: str
    start: int | None
    end: int | None
    value: Any
    text: str | None = None  # when the fact's text is not text[start:end] (facts from meta)
    note: str = ""


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
    return tuple((p.word, p.flag) for p in posseg_ready().cut(chunk))


@dataclass
class Context:
    document: Document
    text: str
    published: dt.date | None
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Document) -> Context:
        published = None
        if document.meta.published:
            try:
                published = dt.date.fromisoformat(document.meta.published[:10])
            except ValueError:
                published = None
        return cls(document, document.text, published)

    def pos(self, chunk: str) -> tuple[tuple[str, str], ...]:
        """jieba part-of-speech tags for a short window; cheap because windows are small and cached."""
        return _pos(chunk) if chunk else ()
