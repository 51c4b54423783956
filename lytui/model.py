"""The one document model every view and export reads.

A `Document` holds one clean text; everything else (blocks, sentences, facts, keyword occurrences)
is an offset span into it, so "jump to", "highlight" and "which section" are lookups, never re-parsing.
Instances are frozen: analysis produces a new Document with `with_analysis`, which lets the UI paint the
clean text first and swap in facts and keywords when a worker finishes.
"""

from __future__ import annotations

import bisect
import heapq
import re
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, ClassVar, Literal, Protocol, TypeVar, overload

T = TypeVar("T")

BlockKind = Literal["title", "dateline", "heading", "paragraph"]
RepairKind = Literal["pinyin", "punctuation", "mojibake", "unrecovered", "boilerplate", "conversion", "control"]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)}
_PICTURES[0x7F] = "\u2421"  # ␡
_PICTURES.update({code: "\ufffd" for code in range(0x80, 0xA0)})  # C1 has no control pictures


def has_controls(text: str) -> bool:
    """Whether `text` holds a character a terminal would obey: C0 but tab and newline, DEL or C1."""
    return _CONTROL.search(text) is not None


def visible_controls(text: str) -> str:
    """The text with every control character but tab and newline shown as a picture (␛ for ESC), one
    character for one so offsets stay valid: for strings that reach a terminal without passing
    through the pipeline (file names, the raw text, export cells)."""
    if not has_controls(text):
        return text
    return text.translate(_PICTURES)


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made to the decoded file; `raw_start/raw_end` index the decoded raw text.

    `raw` is what the text held at that place just before this repair (for most repairs the same as
    the raw slice), `clean` what it became; an empty `clean` means the text was removed.
    """

    kind: RepairKind
    raw_start: int
    raw_end: int
    raw: str
    clean: str
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "raw": self.raw,
            "clean": self.clean,
            "raw_start": self.raw_start,
            "raw_end": self.raw_end,
        }
        if self.note:
            data["note"] = self.note
        return data


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (overlapping) occurrence of `needle` in `text`."""
    found: list[int] = []
    if not needle:
        return found
    start = text.find(needle)
    while start >= 0:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


class ColumnSequence(Sequence[T]):
    """A read-only sequence kept as columns (arrays, lists) and read back one item at a time: the
    subclass says how long it is and how to make item `index`; indexing, negatives and slices are here."""

    __slots__ = ()

    def __len__(self) -> int:
        raise NotImplementedError

    def _at(self, index: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._at(index)


class RepairLog(ColumnSequence[Repair]):
    """Repairs kept column by column (about 30 bytes each instead of 140), read back as `Repair`s.

    A Traditional 5 MB scrape has over half a million conversion repairs; as objects they would
    outweigh the text itself.
    """

    _KINDS: tuple[RepairKind, ...] = (
        "pinyin",
        "punctuation",
        "mojibake",
        "unrecovered",
        "boilerplate",
        "conversion",
        "control",
    )

    def __init__(self) -> None:
        self._kind = array("b")
        self.raw_starts = array("i")
        self._raw_end = array("i")
        self._raw: list[str] = []
        self._clean: list[str] = []
        self._note: list[str] = []

    def append(self, repair: Repair) -> None:
        self._kind.append(self._KINDS.index(repair.kind))
        self.raw_starts.append(repair.raw_start)
        self._raw_end.append(repair.raw_end)
        self._raw.append(repair.raw)
        self._clean.append(repair.clean)
        self._note.append(sys.intern(repair.note))

    def __len__(self) -> int:
        return len(self._kind)

    def _at(self, index: int) -> Repair:
        return Repair(
            self._KINDS[self._kind[index]],
            self.raw_starts[index],
            self._raw_end[index],
            self._raw[index],
            self._clean[index],
            self._note[index],
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RepairLog, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def columns(self) -> tuple[bytes, bytes, bytes, list[str], list[str], list[str]]:
        """The log as plain values (arrays as bytes), for a cache that must not pickle."""
        return (
            self._kind.tobytes(),
            self.raw_starts.tobytes(),
            self._raw_end.tobytes(),
            self._raw,
            self._clean,
            self._note,
        )

    @classmethod
    def from_columns(cls, columns: tuple[bytes, bytes, bytes, list[str], list[str], list[str]]) -> RepairLog:
        """The log `columns()` gave; ValueError when the columns disagree or a kind is unknown."""
        kinds, raw_starts, raw_ends, raw, clean, note = columns
        log = cls()
        log._kind.frombytes(kinds)
        log.raw_starts.frombytes(raw_starts)
        log._raw_end.frombytes(raw_ends)
        if not all(isinstance(column, list) for column in (raw, clean, note)):
            raise ValueError("repair text columns must be lists")
        log._raw, log._clean, log._note = raw, clean, note
        size = len(log._kind)
        if any(len(column) != size for column in (log.raw_starts, log._raw_end, raw, clean, note)):
            raise ValueError("repair columns of different lengths")
        if kinds.translate(None, bytes(range(len(cls._KINDS)))):  # what is left is not a kind's number
            raise ValueError("unknown repair kind")
        if not {type(item) for column in (raw, clean, note) for item in set(column)} <= {str}:
            raise ValueError("repair texts must be strings")
        return log

    def sorted_by_position(self) -> RepairLog:
        """The log in file order. It is a few runs already in order (one per repair stage), so the runs
        are merged lazily rather than sorted with a key per repair (70 MB of keys for 600,000 repairs)."""
        starts, ends = self.raw_starts, self._raw_end
        order: Iterable[int]
        if len(self) < 50_000:  # small logs: a plain sort is quicker and its keys are few
            order = sorted(range(len(self)), key=lambda i: (starts[i], ends[i]))
            return self._reordered(order)
        runs: list[range] = []
        run_start = 0
        for i in range(1, len(self)):
            if starts[i] < starts[i - 1] or (starts[i] == starts[i - 1] and ends[i] < ends[i - 1]):
                runs.append(range(run_start, i))
                run_start = i
        runs.append(range(run_start, len(self)))
        # heapq.merge prefers the earlier run on equal keys: the same order as a stable sort
        order = runs[0] if len(runs) == 1 else heapq.merge(*runs, key=lambda i: (starts[i], ends[i]))
        return self._reordered(order)

    def _reordered(self, order: Iterable[int]) -> RepairLog:
        result = RepairLog()
        for i in order:
            result._kind.append(self._kind[i])
            result.raw_starts.append(self.raw_starts[i])
            result._raw_end.append(self._raw_end[i])
            result._raw.append(self._raw[i])
            result._clean.append(self._clean[i])
            result._note.append(self._note[i])
        return result


@dataclass(frozen=True, slots=True)
class Block:
    """A line of the clean text: the title, the dateline, a sub-heading or a paragraph."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Section:
    """The lede (heading None) or one of the article's own sub-headings with its paragraphs."""

    heading: Block | None
    paragraphs: tuple[int, ...]


BYLINE = re.compile(
    r"^[□■◎●\s]*(?P<title>(?:全媒体|融媒体|见习|特约|本报)?记者|通讯员|作者|文)\s*[:：/／\s]\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,5})\s*$"
)
"""A line that only names reporters: 记者 冯硕 许艳艳, 全媒体记者：王勃 陶然, 文/肖畅."""
_BYLINE_NAMES = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,5})$")
"""A byline of names alone, as the segmenter keeps it from a credit such as （赵洪志 来源：…）."""


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None = None
    published: str | None = None
    source: str | None = None
    editor: str | None = None
    dateline: str | None = None
    byline: str | None = None
    """The reporters' line as the page gives it (全媒体记者：王勃 陶然) when it stands apart from the text."""

    def reporters(self) -> tuple[str, list[str]] | None:
        """(title, names) from the byline: the segmenter keeps the line, the facts read who is on it."""
        found = BYLINE.match(self.byline or "")
        if found is None:
            names_only = _BYLINE_NAMES.match(self.byline or "")
            return ("作者", re.split(r"[\s、，,]+", names_only["names"])) if names_only else None
        title = "作者" if found["title"] == "文" else found["title"]
        return title, re.split(r"[\s、，,]+", found["names"])

    def to_json(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "editor": self.editor,
            "dateline": self.dateline,
            "byline": self.byline,
        }


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact. `start/end` index `Document.text`; None for facts found only in meta."""

    kind: str
    text: str
    value: Any
    start: int | None
    end: int | None
    note: str = ""
    via: str = "rule"
    """How it was found: rule, byline, dictionary, gazetteer, list, short-form, resolved, coreference."""
    confidence: str = "medium"
    """high (an unambiguous pattern, the page's own byline), medium (one source), low (inferred)."""


class Spans(ColumnSequence[tuple[int, int]]):
    """(start, end) offsets kept as two int arrays: 8 bytes a span instead of about 110 as tuples.

    The top words of a 5 MB article occur hundreds of thousands of times, under three rankings."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, starts: array, ends: array) -> None:
        self._starts = starts
        self._ends = ends

    @classmethod
    def of(cls, pairs: Iterable[tuple[int, int]]) -> Spans:
        starts, ends = array("i"), array("i")
        for start, end in pairs:
            starts.append(start)
            ends.append(end)
        return cls(starts, ends)

    def __len__(self) -> int:
        return len(self._starts)

    def _at(self, index: int) -> tuple[int, int]:
        return self._starts[index], self._ends[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._starts == other._starts and self._ends == other._ends
        if isinstance(other, (list, tuple)):
            return len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"

    def __reduce__(self) -> tuple[type[Spans], tuple[array, array]]:
        return Spans, (self._starts, self._ends)


@dataclass(frozen=True, slots=True)
class Keyword:
    word: str
    count: int
    weight: float
    spans: Spans


class KeywordRanker(Protocol):
    """Ranks the counted words on demand: TF-IDF needs jieba's IDF table (tens of MB) and TextRank a
    graph walk, and an export that prints counts alone should pay for neither."""

    def __call__(self, name: str) -> tuple[Keyword, ...]: ...


@dataclass(frozen=True)
class Keywords:
    """The same counted words under three rankings; the other two are computed once, when first asked."""

    by_count: tuple[Keyword, ...] = ()
    ranker: KeywordRanker | None = field(default=None, compare=False, repr=False)
    _ranked: dict[str, tuple[Keyword, ...]] = field(default_factory=dict, compare=False, repr=False)

    RANKINGS: ClassVar[tuple[str, ...]] = ("count", "tfidf", "textrank")

    def ranking(self, name: str) -> tuple[Keyword, ...]:
        if name not in self.RANKINGS:
            raise KeyError(name)
        if name == "count":
            return self.by_count
        found = self._ranked.get(name)
        if found is None:
            found = self.ranker(name) if self.ranker is not None else ()
            self._ranked[name] = found
        return found

    @property
    def by_tfidf(self) -> tuple[Keyword, ...]:
        return self.ranking("tfidf")

    @property
    def by_textrank(self) -> tuple[Keyword, ...]:
        return self.ranking("textrank")


@dataclass(frozen=True)
class Document:
    text: str
    raw: str
    meta: Meta
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    repairs: Sequence[Repair]
    source_path: str | None = None
    encoding: str = "utf-8"
    facts: tuple[Fact, ...] = ()
    keywords: Keywords = field(default_factory=Keywords)
    analysed: bool = False
    origin: Sequence[int] = ()
    """Raw offset of each clean character (plus one for the end), so repairs can be shown in place."""
    markup: str = "text"
    """"html" when the input was a web page: `raw` is then the text read from it, not the file."""

    # Lookups below are binary searches over start offsets computed once per document: facts and
    # exports ask them for every fact, and a 5 MB article has a hundred thousand facts.
    @cached_property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kind == "paragraph")

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @cached_property
    def _section_of_paragraph(self) -> dict[int, int]:
        return {p: index for index, section in enumerate(self.sections) for p in section.paragraphs}

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def paragraph_index_at(self, offset: int) -> int | None:
        """Index into `paragraphs` of the paragraph holding `offset`."""
        paragraphs = self.paragraphs
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and paragraphs[index].start <= offset <= paragraphs[index].end:
            return index
        return None

    def section_index_of_paragraph(self, paragraph: int) -> int | None:
        return self._section_of_paragraph.get(paragraph)

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and self.sentences[index].start <= offset <= self.sentences[index].end:
            return self.sentences[index]
        return None

    def clean_offset(self, raw_offset: int) -> int:
        """Where a raw offset landed in the clean text (the next surviving character)."""
        if not self.origin:
            return min(raw_offset, len(self.text))
        return min(bisect.bisect_left(self.origin, raw_offset), len(self.text))

    def find_all(self, needle: str, in_raw: bool = False) -> list[tuple[int, int]]:
        """Every occurrence of `needle` in the clean (or raw) text, case-insensitive for Latin letters."""
        haystack = self.raw if in_raw else self.text
        return [(start, start + len(needle)) for start in occurrences(haystack.lower(), needle.lower())]

    def block_index_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._block_starts, offset) - 1)

    def with_analysis(self, facts: tuple[Fact, ...], keywords: Keywords) -> Document:
        return replace(self, facts=facts, keywords=keywords, analysed=True)
