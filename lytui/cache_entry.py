"""An analysed Document as plain values and back, for the disk cache (`lytui.cache`).

Entries are plain values (strings, numbers, lists, arrays as bytes) in marshal, which builds data and
never runs code; the Document is rebuilt by its own constructors with every part checked on the way,
so an entry this code did not write (sealed correctly or not) is refused, never half-trusted.
"""

from __future__ import annotations

import marshal
from array import array
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar, get_args

from lytui.columns import RepairLog, Spans
from lytui.model import (
    FACT_KINDS,
    Block,
    BlockKind,
    Confidence,
    Document,
    Fact,
    FactValue,
    Keyword,
    Keywords,
    Meta,
    Money,
    Number,
    Percent,
    Person,
    Quantity,
    Quote,
    Section,
    Sentence,
    Via,
    fact_value_json,
)
from lytui.store import DamagedEntry

FORMAT = 5  # 3: plain values in marshal behind a checksum, keyed on the code digest; 4: facts carry via and
# confidence; 5: meta keeps the byline
T = TypeVar("T")
_BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)


def _ints(values: Iterable[int]) -> bytes:
    return array("i", values).tobytes()


def _int_array(raw: bytes, limit: int | None, low: int = 0) -> array[int]:
    """Stored offsets back as an array, each checked to lie in [low, limit] unless `limit` is None (a
    check of every element costs a few milliseconds per 100,000)."""
    if type(raw) is not bytes:
        raise DamagedEntry("offsets must be bytes")
    values = array("i")
    values.frombytes(raw)
    if limit is not None and values and (min(values) < low or max(values) > limit):
        raise DamagedEntry("offset out of range")
    return values


def _columns(*columns: Sequence[T]) -> tuple[Sequence[T], ...]:
    if len({len(column) for column in columns}) > 1:
        raise DamagedEntry("columns of different lengths")
    return columns


def _only(kind: type | tuple[type, ...], values: Iterable[object]) -> None:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not set(map(type, values)) <= set(kinds):
        raise DamagedEntry(f"expected only {kinds}")


_VIAS: tuple[Via, ...] = get_args(Via)
_CONFIDENCES: tuple[Confidence, ...] = get_args(Confidence)


def _values_json(facts: Sequence[Fact]) -> list[object]:
    """Each fact's value as the export writes it; a value several facts share (a long article's
    repeated dates and sums) is written once, and marshal keeps it one object when read back."""
    written: dict[int, object] = {}
    column = []
    for fact in facts:
        value = written.get(id(fact.value))
        if value is None:
            value = written[id(fact.value)] = fact_value_json(fact.value)
        column.append(value)
    return column


def _values(kinds: Sequence[str], stored: Sequence[object]) -> list[FactValue]:
    """The values `_values_json` wrote, each rebuilt by its kind's record and checked field by field;
    one object stored for several facts is rebuilt once, so they share it again."""
    rebuilt: dict[tuple[str, int], FactValue] = {}
    values = []
    for kind, data in zip(kinds, stored):
        value = rebuilt.get((kind, id(data)))
        if value is None:
            value = rebuilt[kind, id(data)] = _value(kind, data)
        values.append(value)
    return values


def _value(kind: str, data: object) -> FactValue:
    if kind == "money":
        fields = _fields(data, ("amount", "currency"))
        return Money(_number(fields["amount"]), _string(fields["currency"]), _flag(fields), _upper(fields))
    if kind == "quantity":
        fields = _fields(data, ("number", "unit", "counted"))
        number, unit, counted = _number(fields["number"]), _string(fields["unit"]), _string(fields["counted"])
        return Quantity(number, unit, counted, _flag(fields), _upper(fields))
    if kind == "percent":
        return Percent(_number(_fields(data, ("number",))["number"]))
    if kind == "person":
        fields = _fields(data, ("name", "title", "organization"))
        return Person(_string(fields["name"]), _optional(fields["title"]), _optional(fields["organization"]))
    if kind == "quote":
        fields = _fields(data, ("speaker", "quote"))
        return Quote(_optional(fields["speaker"]), _string(fields["quote"]))
    return _string(data)


def _fields(data: object, names: tuple[str, ...]) -> dict[str, object]:
    """The fields of a stored record: exactly `names`, or those and approximate: true or a range's upper."""
    if type(data) is not dict or not set(names) <= data.keys() <= {*names, "approximate", "upper"}:
        raise DamagedEntry("a fact value of another shape")
    return data


def _flag(fields: dict[str, object]) -> bool:
    if fields.get("approximate", True) is not True:
        raise DamagedEntry("approximate is stored only when true")
    return "approximate" in fields


def _upper(fields: dict[str, object]) -> Number | None:
    if "upper" in fields and fields["upper"] is None:
        raise DamagedEntry("a range's upper bound is stored only when there is one")
    return _number(fields.get("upper"))


def _number(value: object) -> Number | None:
    if value is not None and type(value) is not int and type(value) is not float:
        raise DamagedEntry("a fact's number that is not a number")
    return value


def _string(value: object) -> str:
    if type(value) is not str:
        raise DamagedEntry("a fact's text that is not a string")
    return value


def _optional(value: object) -> str | None:
    return None if value is None else _string(value)


def encode_document(document: Document, key: str) -> bytes | None:
    """The document as marshal of plain values, or None when it holds something this format does not
    know (a keyword ranker other than lytui's own); such documents stay in memory only."""
    from lytui.analyse.keywords import _Ranker

    ranker = document.keywords.ranker
    if ranker is not None and not isinstance(ranker, _Ranker):
        return None
    keywords: tuple[Any, list[Any]]
    if isinstance(ranker, _Ranker):
        keywords = (ranker.stored(), [(k.word, k.weight) for k in document.keywords.by_count])
    else:
        keywords = (
            None,
            [
                (k.word, k.count, k.weight, _ints(s for s, _ in k.spans), _ints(e for _, e in k.spans))
                for k in document.keywords.by_count
            ],
        )
    repairs = document.repairs
    if not isinstance(repairs, RepairLog):
        log = RepairLog()
        for repair in repairs:
            log.append(repair)
        repairs = log
    facts = document.facts
    meta = document.meta
    payload = (
        FORMAT,
        key,
        document.text,
        document.encoding,
        document.analysed,
        (meta.title, meta.published, meta.source, meta.editor, meta.dateline, meta.byline),
        (
            bytes(_BLOCK_KINDS.index(b.kind) for b in document.blocks),
            _ints(b.start for b in document.blocks),
            _ints(b.end for b in document.blocks),
        ),
        [
            (
                None if s.heading is None else (_BLOCK_KINDS.index(s.heading.kind), s.heading.start, s.heading.end),
                s.paragraphs,
            )
            for s in document.sections
        ],
        (
            _ints(s.start for s in document.sentences),
            _ints(s.end for s in document.sentences),
            _ints(s.paragraph for s in document.sentences),
        ),
        repairs.columns(),
        _ints(document.origin),
        (
            [f.kind for f in facts],
            [f.text for f in facts],
            _values_json(facts),
            [f.start for f in facts],
            [f.end for f in facts],
            [f.note for f in facts],
            [f.via for f in facts],
            [f.confidence for f in facts],
        ),
        keywords,
    )
    try:
        return marshal.dumps(payload)
    except ValueError:  # a fact value marshal cannot store
        return None


def decode_document(payload: bytes, document: Document, key: str) -> Document:
    """The analysed form of `document` (whose raw text the entry does not repeat) from `encode_document`'s
    payload; DamagedEntry, or another ValueError, TypeError, IndexError or KeyError, when any part is wrong."""
    try:
        data = marshal.loads(payload)
    except (EOFError, OverflowError, MemoryError, RecursionError) as error:
        raise DamagedEntry(str(error)) from error
    if type(data) is not tuple or len(data) != 13:
        raise DamagedEntry("not an entry")
    fmt, stored_key, text, encoding, analysed, meta, blocks, sections, sentences, repairs, origin, facts, keywords = (
        data
    )
    if fmt != FORMAT or stored_key != key:
        raise DamagedEntry("another format or another article")
    _only(str, (text, encoding))
    _only(bool, (analysed,))
    _only((str, type(None)), meta)
    size = len(text)

    kinds, starts, ends = blocks
    _only(bytes, (kinds,))  # numbers 0-255: an unknown one is an IndexError, never a kind counted from the end
    block_kinds = [_BLOCK_KINDS[k] for k in kinds]
    block_list = tuple(map(Block, block_kinds, *_columns(_int_array(starts, size), _int_array(ends, size))))
    if len(block_list) != len(block_kinds):
        raise DamagedEntry("block columns of different lengths")

    section_list = []
    for heading, paragraphs in sections:
        _only(int, paragraphs)
        if heading is not None:
            kind, start, end = heading
            _only(int, (kind, start, end))
            if not (0 <= kind < len(_BLOCK_KINDS) and 0 <= start <= end <= size):
                raise DamagedEntry("heading out of range")
            heading = Block(_BLOCK_KINDS[kind], start, end)
        section_list.append(Section(heading, tuple(paragraphs)))

    sentence_starts, sentence_ends, sentence_paragraphs = sentences
    columns = (
        _int_array(sentence_starts, size),
        _int_array(sentence_ends, size),
        _int_array(sentence_paragraphs, len(block_list)),
    )
    sentence_list = tuple(map(Sentence, *_columns(*columns)))

    fact_kinds, fact_texts, fact_values, fact_starts, fact_ends, fact_notes, fact_vias, fact_confidences = _columns(
        *facts
    )
    for column in (fact_kinds, fact_texts, fact_notes, fact_vias, fact_confidences):
        _only(str, column)
    for column, allowed in ((fact_kinds, FACT_KINDS), (fact_vias, _VIAS), (fact_confidences, _CONFIDENCES)):
        if not set(column) <= set(allowed):
            raise DamagedEntry("a fact kind, via or confidence this code does not know")
    for column in (fact_starts, fact_ends):
        _only((int, type(None)), column)
        present = [offset for offset in column if offset is not None]
        if present and not 0 <= min(present) <= max(present) <= size:
            raise DamagedEntry("fact offset out of range")
    values = _values(fact_kinds, fact_values)
    fact_list = tuple(
        map(Fact, fact_kinds, fact_texts, values, fact_starts, fact_ends, fact_notes, fact_vias, fact_confidences)
    )

    stored_ranker, by_count = keywords
    if stored_ranker is not None:
        from lytui.analyse.keywords import _Ranker

        ranker = _Ranker.from_stored(stored_ranker)
        _only(float, (weight for _, weight in by_count))
        ranked = tuple(ranker.keyword(word, weight) for word, weight in by_count)
        restored_keywords = Keywords(by_count=ranked, ranker=ranker)
    else:
        restored = []
        for word, count, weight, spans_starts, spans_ends in by_count:
            _only(str, (word,))
            _only(int, (count,))
            _only(float, (weight,))
            restored.append(
                Keyword(word, count, weight, Spans(_int_array(spans_starts, size), _int_array(spans_ends, size)))
            )
        restored_keywords = Keywords(by_count=tuple(restored))

    origin_array = _int_array(origin, None)  # ascending: its ends bound it, and it is the largest array
    if origin_array and (
        len(origin_array) != size + 1 or not 0 <= origin_array[0] <= origin_array[-1] <= len(document.raw)
    ):
        raise DamagedEntry("origin does not fit the text")
    return Document(
        text=text,
        raw=document.raw,
        meta=Meta(*meta),
        blocks=block_list,
        sections=tuple(section_list),
        sentences=sentence_list,
        repairs=RepairLog.from_columns(repairs),
        source_path=document.source_path,
        encoding=encoding,
        facts=fact_list,
        keywords=restored_keywords,
        analysed=analysed,
        origin=origin_array,
        markup=document.markup,
    )
