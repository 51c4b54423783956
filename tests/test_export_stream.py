"""The streamed export writes exactly what one json.dumps of the whole record wrote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.export import WHATS, _json_chunks, document_record, export_chunks
from lytui.pipeline import load

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
KEYS = st.text(max_size=4) | st.integers() | st.booleans() | st.none()
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)
RECORDS = st.dictionaries(st.text(max_size=6), st.tuples(VALUES, st.booleans()), max_size=5)


def _dumps(record: dict[str, Any], indent: bool) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1 if indent else None)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("what", WHATS)
def test_seed_streamed_as_one_dumps(seed_document, fmt: str, what: str) -> None:
    if fmt == "jsonl" and what == "facts":
        records = [
            {"source_path": seed_document.source_path, **fact} for fact in document_record(seed_document)["facts"]
        ]
        expected = "".join(_dumps(record, False) + "\n" for record in records)
    else:
        expected = _dumps(document_record(seed_document, what), fmt == "json") + "\n"
    assert "".join(export_chunks(seed_document, fmt, what)) == expected


def test_document_without_facts_or_keywords(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("Hello world.\n", encoding="utf-8")
    document = load(path)
    for fmt in ("json", "jsonl"):
        expected = _dumps(document_record(document), fmt == "json") + "\n"
        assert "".join(export_chunks(document, fmt)) == expected


@settings(max_examples=200, deadline=None)
@given(RECORDS, st.booleans())
def test_any_record_streams_as_dumps(record: dict[str, tuple[Any, bool]], indent: bool) -> None:
    """A field given as a generator (a long list made one item at a time) is laid out as its list."""
    plain = {key: value for key, (value, _) in record.items()}
    fields = [
        (key, iter(value) if lazy and isinstance(value, list) else value) for key, (value, lazy) in record.items()
    ]
    assert "".join(_json_chunks(fields, indent)) == _dumps(plain, indent)
