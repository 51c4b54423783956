"""What every extractor shares: the text, the publication date, and cached jieba lookups."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

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
            span_start, span_end = self.spans[index]
            if span_end >= end:
                return True
            if self.max_end[index] < end:
                return False
            index -= 1
        return False


@lru_cache(maxsize=1)
def _posseg():  # noqa: ANN202 - jieba has no types
    """jieba.posseg, with its HMM's answers remembered per run of unknown characters.

    Windows around every mention of an organisation differ, but the unknown name inside them is the
    same one again and again; posseg's Viterbi (pure Python, a fifth of fact extraction) is a pure
    function of that run and of its model tables, so the result is reused while those are posseg's own."""
    import jieba.posseg

    original = jieba.posseg.viterbi
    model = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)

    @lru_cache(maxsize=8192)
    def remembered(run: str) -> tuple[float, list[tuple[str, str]]]:
        return original(run, *model)

    def viterbi(run: str, *tables: object) -> tuple[float, list[tuple[str, str]]]:
        if all(a is b for a, b in zip(tables, model)):
            return remembered(run)
        return original(run, *tables)

    viterbi.original = original  # type: ignore[attr-defined]
    if getattr(original, "__name__", "") == "viterbi" and original.__module__ == "jieba.posseg.viterbi":
        jieba.posseg.viterbi = viterbi  # type: ignore[assignment]
    return jieba.posseg


@lru_cache(maxsize=4096)
def _pos(chunk: str) -> tuple[tuple[str, str], ...]:
    return tuple((p.word, p.flag) for p in _posseg().cut(chunk))


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
