"""The one document model every view and export reads.

A `Document` holds one clean text; everything else (blocks, sentences, facts, keyword occurrences)
is an offset span into it, so "jump to", "highlight" and "which section" are lookups, never re-parsing.
Instances are frozen: analysis produces a new Document with `with_analysis`, which lets the UI paint the
clean text first and swap in facts and keywords when a worker finishes.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import ClassVar, Literal, Protocol, get_args

from lytui.han import HAN, LazyPattern

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


class InputError(ValueError):
    """A file lytui cannot open; the message is one line for the user, printed to a terminal, so a
    file name's control characters are shown as pictures rather than obeyed. Defined here, with the
    Document, so the interface can name it without importing the pipeline before its first frame."""

    def __init__(self, message: str) -> None:
        super().__init__(visible_controls(message))


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

    def to_json(self) -> dict[str, str | int]:
        data: dict[str, str | int] = {
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


NAME_LIST = rf"[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,5}}"
"""Up to six names of two to four characters, apart by spaces or 、: how bylines and credits list people."""
MEDIUM_ENDINGS = (
    *("报", "报社", "电视台", "融媒体中心", "网", "在线", "新闻", "通讯社", "周刊", "杂志"),
    *("信息港", "客户端", "新闻联播"),
)
"""How the name of a newspaper, station or news site ends: 某某日报, 某某电视台, 某某网, 四川在线, 某某新闻,
某某信息港, 某某客户端 (a station's app), 某某新闻联播 (its news programme).
Also the words a `LazyPattern` ending in `MEDIUM` needs: one of them is in every match."""
MEDIUM = "(?:" + "|".join(sorted(MEDIUM_ENDINGS, key=len, reverse=True)) + ")"


def named_medium(credit: str) -> str:
    """The medium of a credit that joins a brand and a medium with a middle dot: 齐鲁晚报·齐鲁壹点 is the
    paper and its app, 西北角·中国甘肃网 a column and the site; the first part named as a medium is it."""
    parts = [part for part in re.split("[·・]", credit) if part]
    return next((part for part in parts if part.endswith(MEDIUM_ENDINGS)), parts[0] if parts else credit)


OWN_MEDIA = ("本报", "本网", "本台", "本刊", "本社", "本站")
"""“Ours”: the words a paper, a site or a station names itself by in a byline or a dateline, which name no
medium of their own (本报记者, 本网讯)."""

REPORTER_KINDS = "全媒体|融媒体|新媒体|全媒|融媒|见习|实习|特约|特派|驻地|驻站|摄影|首席|资深|公益"
"""What kind of reporter a byline calls someone (特约通讯员, 特派记者): part of the title, never a body."""
REPORTER_ROLE = rf"(?:(?:{REPORTER_KINDS})?(?:记者|通讯员))"
MEDIUM_AND_ROLE = rf"(?:{'|'.join(OWN_MEDIA)}|[^\s，。！？]{{2,12}}?(?={REPORTER_ROLE}))?{REPORTER_ROLE}"
"""本报记者, 第1眼TV-某某网记者, 新华社记者: whose reporter, then the role (in a picture's credit and a byline)."""
CREDITED_NAMES = rf"[{HAN}]{{2,3}}(?:[ \u3000、][{HAN}]{{2,3}}){{0,3}}"
"""符某群, 李某科 石某: the names a picture's credit gives, apart by a space or 、."""
PICTURE_CREDIT_END = r"[ \t\u3000]*[/／]?\s*摄(?:[/／][^\s/／]{2,8})?"
"""…摄, …/摄, …摄/光明图片: "photographed", and the picture agency distributing it after the slash."""

BYLINE = LazyPattern(
    rf"^[□■◎●\s]*(?:(?:文|图|文/图|图/文)\s*[｜|/／]\s*)?"
    rf"(?P<medium>(?:[{HAN}]{{2,8}}[·・])?(?:[{HAN}]{{2,10}}?{MEDIUM}\s*[/／\-－]\s*)?(?:《[^》\n]{{1,12}}》)?[{HAN}]{{0,10}}?{MEDIUM}"
    rf"(?:[·・][{HAN}]{{2,6}}?)?|[{HAN}]{{2,8}}?(?=[全融]媒体记者))?\s?"
    rf"(?P<title>(?:本报)?{REPORTER_ROLE}|作者|文)\s*[:：/／\s]\s*"
    rf"(?!(?:报道|报导|摄影|供图|整理)\s*$)(?P<names>{NAME_LIST})\s*(?:[/／](?:图文|文|图|摄))?\s*$",
    needs=("记者", "通讯员", "作者", "文"),
    widen=True,
)
"""A line that only names reporters: 记者 冯硕 许艳艳, 全媒体记者：王勃 陶然, 文/肖畅, with their
medium first, 四川农村日报全媒体记者 周颖昳 洪瑜 (a newsroom's own name before 融媒体记者 needs no ending;
a magazine's, 《某望》新闻周刊记者, its title marks; a portal's channel after a dot, 大众网·海报新闻记者, a
paper's app after its name, 齐鲁晚报·齐鲁壹点记者), what
they did before or after them (文｜…, 记者：某某/文)."""
_BYLINE_NAMES = LazyPattern(rf"^(?P<names>{NAME_LIST})$", widen=True)
MEDIUM_CREDIT = LazyPattern(
    rf"^[□■◎●\s]*(?P<medium>[{HAN}]{{2,10}}?{MEDIUM}(?:[·・][{HAN}]{{2,6}})?)[ \t\u3000]+(?P<names>{NAME_LIST})\s*$",
    needs=MEDIUM_ENDINGS,
    widen=True,
)
"""齐鲁晚报·齐鲁壹点 鹿青松: a medium and the names it sends, with no role between (the segmenter checks each
name opens with a surname)."""
GLUED_BYLINE = LazyPattern(
    rf"^[□■◎●\s]*(?P<medium>(?:(?!记者|通讯员)[{HAN}]){{0,10}}?)(?P<title>(?:本报)?{REPORTER_ROLE})\s?"
    rf"(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}}){{0,5}})$",
    needs=("记者", "通讯员"),
    widen=True,
)
"""新华社记者岳某彤、王某鹏, □某某报业全媒体记者马某某: names glued to the role, apart by 、 (the segmenter
checks each opens with a surname, and that one alone has a medium or a role that says whose; the facts, that
each is a name)."""
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
            if glued := GLUED_BYLINE.match(self.byline or ""):
                return glued["title"], glued["names"].split("、")
            if credited := MEDIUM_CREDIT.match(self.byline or ""):
                return "记者", re.split(r"[\s、，,]+", credited["names"])
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


FactKind = Literal[
    "money", "quantity", "percent", "date", "person", "organization", "place", "quote", "slogan", "document"
]
FACT_KINDS: tuple[FactKind, ...] = get_args(FactKind)
"""Every kind of fact, in the order facts that start at the same offset are listed."""
Via = Literal["rule", "byline", "dictionary", "gazetteer", "list", "short-form", "resolved", "coreference"]
Confidence = Literal["high", "medium", "low"]
Number = int | float


def value_record(value: object) -> dict[str, object]:
    """A typed fact value as the export spec writes it: its fields in declaration order, `approximate`
    only when true and a range's `upper` bound only when there is one (one rule for every kind instead of
    a hand-kept dict per class)."""
    fields = _FIELD_NAMES.get(type(value))
    if fields is None:
        fields = _FIELD_NAMES[type(value)] = tuple(field.name for field in dataclasses.fields(value))  # type: ignore[arg-type]
    data = {name: getattr(value, name) for name in fields}
    if not data.get("approximate", True):
        del data["approximate"]
    if "upper" in data and data["upper"] is None:
        del data["upper"]
    return data


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Money:
    amount: Number | None
    """In units of the currency (138亿元 is 13800000000); None for an uncounted sum (数亿元)."""
    currency: str
    """ISO 4217: CNY, USD, HKD …"""
    approximate: bool = False
    upper: Number | None = None
    """A range's other bound (12亿至15亿元: amount 1200000000, upper 1500000000); None for one amount."""

    def to_json(self) -> dict[str, object]:
        return value_record(self)


@dataclass(frozen=True, slots=True)
class Quantity:
    number: Number | None
    unit: str
    """The measure word (个, 名, 平方公里)."""
    counted: str
    """What is counted (重点项目), empty when the text does not say."""
    approximate: bool = False
    upper: Number | None = None
    """A range's other bound (3000至5000人: number 3000, upper 5000), as for money."""

    def to_json(self) -> dict[str, object]:
        return value_record(self)


@dataclass(frozen=True, slots=True)
class Percent:
    number: Number | None

    def to_json(self) -> dict[str, object]:
        return value_record(self)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str | None
    organization: str | None

    def to_json(self) -> dict[str, object]:
        return value_record(self)


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    quote: str

    def to_json(self) -> dict[str, object]:
        return value_record(self)


FactValue = Money | Quantity | Percent | Person | Quote | str
"""What a fact means, by kind: money, quantity, percent, person and quote have their own records; a
date (2023-06-15, 2023-04, --05-11, ranges 2023-01/2023-11) and the name of an organisation, a place
(normalised to its full administrative name where known) or a document, and a slogan, are strings."""


def fact_value_json(value: FactValue) -> str | dict[str, object]:
    """The value as the export spec writes it."""
    return value if isinstance(value, str) else value.to_json()


@dataclass(frozen=True, slots=True)
class Fact:
    """One extracted fact. `start/end` index `Document.text`; None for facts found only in meta."""

    kind: FactKind
    text: str
    value: FactValue
    start: int | None
    end: int | None
    note: str = ""
    via: Via = "rule"
    """How it was found."""
    confidence: Confidence = "medium"
    """high (an unambiguous pattern, the page's own byline), medium (one source), low (inferred)."""


@dataclass(frozen=True, slots=True)
class Keyword:
    word: str
    count: int
    weight: float
    spans: Sequence[tuple[int, int]]
    """Where the word occurs in `Document.text` (a compact `lytui.columns.Spans` in practice)."""


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
