"""What every extractor shares: the text, the publication date, and cached jieba lookups."""

from __future__ import annotations

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


@lru_cache(maxsize=4096)
def _pos(chunk: str) -> tuple[tuple[str, str], ...]:
    import jieba.posseg

    return tuple((p.word, p.flag) for p in jieba.posseg.cut(chunk))


@dataclass
class Context:
    document: Document
    text: str
    published: dt.date | None
    people: dict[str, dict[str, Any]] = field(default_factory=dict)

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
