"""Row 1 below the UI: control characters leave the clean text as recorded repairs, and every
export a terminal may print holds none of them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from lytui.export import export_document, facts_table_part
from lytui.pipeline import InputError, clean_file, load
from lytui.text.repair.control import visible_controls, without_controls
from tests.safety.hostile import CLEAR, HOSTILE_ARTICLE, OSC_CLIPBOARD, OSC_TITLE, leaked, write

CONTROLS = {chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def test_clean_text_has_no_control_characters_and_each_removal_is_a_repair(tmp_path: Path) -> None:
    document = clean_file(write(tmp_path / "a.txt", HOSTILE_ARTICLE))
    assert not CONTROLS & set(document.text)
    assert "资金138亿元" in document.text and "]52;" not in document.text and "pwned" not in document.text
    removed = [r for r in document.repairs if r.kind == "control"]
    assert [r.raw for r in removed] == [OSC_TITLE, OSC_CLIPBOARD, CLEAR, "\x9b31m", "\x7f\x01"]
    for repair in removed:
        assert document.raw[repair.raw_start : repair.raw_end] == repair.raw and repair.clean == ""


def test_visible_controls_keeps_length_tab_and_newline() -> None:
    shown = visible_controls("a\x1b]2;t\x07\tb\n\x9b\x7f")
    assert shown == "a␛]2;t␇\tb\n\ufffd␡"
    assert without_controls("标题\x1b[2J") == "标题"


@pytest.mark.parametrize("fmt", ["md", "tsv", "csv", "json", "jsonl"])
@pytest.mark.parametrize("what", ["all", "facts", "text", "keywords"])
def test_exports_printed_to_a_terminal_hold_no_control_characters(tmp_path: Path, fmt: str, what: str) -> None:
    name = "a\x1b]2;x\x07.txt"  # the file name reaches source_path
    document = load(write(tmp_path / name, HOSTILE_ARTICLE))
    text = export_document(document, fmt, what)
    if fmt in ("md", "tsv", "csv"):
        text += facts_table_part(document, fmt, header=True)
    assert not leaked(text) and not CONTROLS - {"\n", "\t"} & set(text)
    if fmt == "json" and what == "all":
        data = json.loads(text)
        assert data["source_path"].endswith(name)  # escaped in the output, intact when read back
        assert OSC_CLIPBOARD in [r["raw"] for r in data["repairs"]]
        assert "\x9b31m" in [r["raw"] for r in data["repairs"]]
    if fmt == "csv" and what == "facts":
        assert next(csv.reader(io.StringIO(text)))[0] == "kind"


def test_an_unreadable_file_name_is_reported_without_its_control_characters(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        clean_file(tmp_path / "\x1b]2;gone\x07.txt")
    assert "␛]2;gone␇" in str(raised.value) and "\x1b" not in str(raised.value)
