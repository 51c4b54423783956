"""Document → JSON (the spec in shared/spec/export.md), JSONL, CSV, TSV and Markdown."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring
from typing import Any

from lytui.model import Document, Fact, Money, Number, Percent, Person, Quantity, fact_value_json, visible_controls

FORMATS = ("json", "jsonl", "csv", "tsv", "md")
WHATS = ("all", "text", "facts", "keywords")
FACT_COLUMNS = ("kind", "value", "text", "section", "paragraph", "start", "end", "sentence", "confidence", "via")
_SURROGATES = re.compile("[\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff]")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def display_path(path: str | os.PathLike[str]) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 come back from the OS as lone surrogates,
    which no UTF-8 writer accepts, so they are shown as `\\xff` escapes instead."""
    try:
        return os.fsencode(path).decode("utf-8", errors="backslashreplace")
    except UnicodeEncodeError:
        return os.fspath(path)


def _source_path(document: Document) -> str | None:
    return None if document.source_path is None else display_path(document.source_path)


def inert(text: str) -> str:
    """Cell text a terminal cannot act on: the model's control pictures (C0 but tab and newline, DEL,
    C1), and lone surrogates (undecodable bytes of a file name) written as escapes, so
    `lytui export … --format md` can never emit an escape sequence or invalid UTF-8."""
    return _SURROGATES.sub(_json_escape, visible_controls(text))


def spreadsheet_cell(text: str) -> str:
    """A leading `=`, `+`, `-`, `@`, tab or CR makes Excel and LibreOffice run the cell as a formula
    (`=HYPERLINK(…)` from a scraped sentence); the quote makes it text."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def json_text(value: Any, indent: int | None = None) -> str:
    """JSON escapes only C0 by itself; DEL, C1 and lone surrogates are escaped too so the output is valid
    UTF-8 that a terminal shows as text."""
    return _JSON_UNSAFE.sub(_json_escape, json.dumps(value, ensure_ascii=False, indent=indent))


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def value_text(fact: Fact) -> str:
    """The normalised value as one readable cell: `13800000000 CNY`, `倪文兴 · 副局长 · 新罗区工信局`."""
    value = fact.value
    if isinstance(value, str):
        return value
    if isinstance(value, Money):
        shown = "?" if value.amount is None else _number(value.amount) + _up_to(value.upper)
        return f"{_approximately(value.approximate)}{shown} {value.currency}".strip()
    if isinstance(value, Quantity):
        shown = "?" if value.number is None else _number(value.number) + _up_to(value.upper)
        return f"{_approximately(value.approximate)}{shown} {value.unit} {value.counted}".strip()
    if isinstance(value, Percent):
        return f"{_number(value.number)}%"
    if isinstance(value, Person):
        return " · ".join(part for part in (value.name, value.title, value.organization) if part)
    return f"{value.speaker or '—'}: {value.quote}"


def _up_to(upper: Number | None) -> str:
    return "" if upper is None else f"–{_number(upper)}"


def _approximately(approximate: bool) -> str:
    return "≈" if approximate else ""


def _number(number: Number | None) -> str:
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


def fact_record(document: Document, fact: Fact) -> dict[str, Any]:
    paragraph = document.paragraph_index_at(fact.start) if fact.start is not None else None
    section = document.section_index_of_paragraph(paragraph) if paragraph is not None else None
    sentence = document.sentence_at(fact.start) if fact.start is not None else None
    if sentence is not None:
        sentence_text = document.text[sentence.start : sentence.end]
    elif fact.start is not None and fact.end is not None:
        sentence_text = document.text[fact.start : fact.end]
    else:
        sentence_text = fact.text
    return placed_fact_record(fact, section, paragraph, sentence_text)


def placed_fact_record(fact: Fact, section: int | None, paragraph: int | None, sentence: str) -> dict[str, Any]:
    """The export's record of a fact whose place in its document is already known (folder facts keep
    the place, not the document)."""
    return {
        "kind": fact.kind,
        "text": fact.text,
        "value": fact_value_json(fact.value),
        "section": section,
        "paragraph": paragraph,
        "start": fact.start,
        "end": fact.end,
        "sentence": sentence,
        "confidence": fact.confidence,
        "via": fact.via,
    }


def _record_fields(document: Document, what: str) -> Iterator[tuple[str, Any]]:
    """The export's fields in order; the long lists come as generators, one item made at a time, so a
    large article is never held as a second copy in dicts (122,000 repair dicts for a 1 MB article)."""
    yield "source_path", _source_path(document)
    yield "encoding", document.encoding
    if what in ("all", "text"):
        yield "meta", document.meta.to_json()
        yield (
            "sections",
            (
                {
                    "heading": document.block_text(section.heading) if section.heading else None,
                    "paragraphs": [document.block_text(document.paragraphs[i]) for i in section.paragraphs],
                }
                for section in document.sections
            ),
        )
    if what in ("all", "keywords"):
        yield (
            "keywords",
            (
                {"word": k.word, "count": k.count, "weight": round(k.weight, 4), "spans": [list(s) for s in k.spans]}
                for k in document.keywords.by_count
            ),
        )
    if what in ("all", "facts"):
        yield "facts", (fact_record(document, fact) for fact in document.facts)
    if what in ("all", "text"):
        yield "repairs", (repair.to_json() for repair in document.repairs)
        if document.markup == "html":
            yield "raw_text", document.raw


def document_record(document: Document, what: str = "all") -> dict[str, Any]:
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _record_fields(document, what)}


_BATCH = 512


_LITERALS: dict[object, str] = {None: "null", True: "true", False: "false"}


def _indented(value: Any, level: int) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1)` as it reads `level` deep in a document.

    json's `indent` switches to its pure-Python encoder, which spends several times as long per item
    as this for the flat records of an export (a 10 MB article has 1.2 million repairs); what this does
    not lay out itself (keys that are not strings, types json converts) it hands to json.dumps."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        parts = []
        for key, item in value.items():
            if type(key) is not str:
                break
            parts.append(inner + encode_basestring(key) + ": " + _indented(item, level + 1))
        else:
            return "{" + ",".join(parts) + "\n" + " " * level + "}"
    elif kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        return "[" + ",".join([inner + _indented(item, level + 1) for item in value]) + "\n" + " " * level + "]"
    elif value is None or kind is bool:
        return _LITERALS[value]
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * level)


def _item_json(item: Any, level: int, indent: bool) -> str:
    return _indented(item, level) if indent else json.dumps(item, ensure_ascii=False)


def _json_chunks(fields: Iterable[tuple[str, Any]], indent: bool) -> Iterator[str]:
    """The same text as json.dumps(record, ensure_ascii=False, indent=1 or None), in pieces of a few
    hundred items: the whole JSON of a 10 MB article is about 300 MB of text, and json.dumps holds it
    twice over (its list of small chunks, then the joined string)."""
    newline = "\n " if indent else ""
    item_separator = "," if indent else ", "
    first = True
    for key, value in fields:
        head = ("{" if first else item_separator) + newline + json.dumps(key, ensure_ascii=False) + ": "
        first = False
        if not isinstance(value, Iterator):
            yield head + _item_json(value, 1, indent)
            continue
        batch = [head + "["]
        empty = True
        for item in value:
            batch.append(("" if empty else item_separator) + ("\n  " if indent else "") + _item_json(item, 2, indent))
            empty = False
            if len(batch) >= _BATCH:
                yield "".join(batch)
                batch = []
        batch.append("]" if empty else ("\n ]" if indent else "]"))
        yield "".join(batch)
    yield "{}" if first else ("\n}" if indent else "}")


def export_chunks(document: Document, fmt: str = "json", what: str = "all") -> Iterator[str]:
    """The export of one document as pieces to write one after another (a large article's JSON is
    never one string); joined they are `export_document`."""
    if fmt == "jsonl" and what == "facts":
        source_path = _source_path(document)
        for fact in document.facts:
            yield json_text({"source_path": source_path, **fact_record(document, fact)})
            yield "\n"
    elif fmt in ("json", "jsonl"):
        for chunk in _json_chunks(_record_fields(document, what), indent=fmt == "json"):
            yield _JSON_UNSAFE.sub(_json_escape, chunk)  # DEL, C1 and lone surrogates, as json_text does
        yield "\n"
    else:
        yield export_document(document, fmt, what)


def table_rows(records: Sequence[dict[str, Any]], facts: Sequence[Fact] | None = None) -> list[list[str]]:
    rows = []
    for index, record in enumerate(records):
        value = value_text(facts[index]) if facts is not None else json_text(record["value"])
        rows.append(
            [
                record["kind"],
                value,
                record["text"],
                "" if record["section"] is None else str(record["section"]),
                "" if record["paragraph"] is None else str(record["paragraph"]),
                "" if record["start"] is None else str(record["start"]),
                "" if record["end"] is None else str(record["end"]),
                record["sentence"],
                record["confidence"],
                record["via"],
            ]
        )
    return rows


def render_table(header: Sequence[str], rows: Sequence[Sequence[str]], fmt: str) -> str:
    """One table in TSV, CSV, Markdown or JSON (list of objects); shared by export and the UI's copy."""
    if fmt == "json":
        return json_text([dict(zip(header, row)) for row in rows], indent=1) + "\n"
    if fmt in ("tsv", "csv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        for row in (header, *rows):
            cells = [inert(spreadsheet_cell(c)) for c in row]
            if fmt == "tsv":
                cells = [c.replace("\t", " ").replace("\n", " ") for c in cells]
            writer.writerow(cells)
        return buffer.getvalue()
    if fmt == "md":

        def cell(text: str) -> str:
            return inert(text).replace("|", "\\|").replace("\n", " ").replace("\t", " ")

        lines = ["| " + " | ".join(cell(c) for c in header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown table format {fmt!r}")


def facts_table_part(document: Document, fmt: str, header: bool) -> str:
    """This document's facts as rows with a leading source_path column, for one table over a folder."""
    records = [fact_record(document, f) for f in document.facts]
    rows = [[_source_path(document) or "", *row] for row in table_rows(records, document.facts)]
    text = render_table(("source_path", *FACT_COLUMNS), rows, fmt)
    if header:
        return text
    skip = 2 if fmt == "md" else 1
    return "".join(text.splitlines(keepends=True)[skip:])


def export_document(document: Document, fmt: str = "json", what: str = "all") -> str:
    if fmt in ("json", "jsonl"):
        return "".join(export_chunks(document, fmt, what))
    if what == "keywords":
        rows = [[k.word, str(k.count), f"{k.weight:.4f}"] for k in document.keywords.by_count]
        return render_table(("word", "count", "weight"), rows, fmt)
    if what == "text":
        rows = [[b.kind, document.block_text(b)] for b in document.blocks]
        return render_table(("block", "text"), rows, fmt)
    records = [fact_record(document, f) for f in document.facts]
    return render_table(FACT_COLUMNS, table_rows(records, document.facts), fmt)
