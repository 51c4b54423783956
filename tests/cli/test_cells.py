"""Export cells a spreadsheet or a terminal cannot act on, and file names that are always valid UTF-8."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from lytui.cli import main
from lytui.export import render_table
from tests.cli.helpers import lytui
from tests.conftest import SEED

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_names_that_are_not_utf8_are_escaped_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(SEED, os.path.join(os.fsencode(folder), b"a\xff\xfe.txt"))
    shutil.copy(SEED, folder / "b.txt")
    process = lytui("export", str(folder), "--format", "jsonl")
    stdout, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr
    paths = [json.loads(line)["source_path"] for line in stdout.decode("utf-8").splitlines()]
    assert paths == [str(folder / "a\\xff\\xfe.txt"), str(folder / "b.txt")]
    output = tmp_path / "out.jsonl"
    assert main(["export", str(folder), "-o", str(output), "--jobs", "1"]) == 0
    assert len(output.read_bytes().decode("utf-8").splitlines()) == 2
    for fmt in ("csv", "md"):
        table = tmp_path / f"facts.{fmt}"
        assert main(["export", str(folder), "--format", fmt, "-o", str(table), "--jobs", "1"]) == 0
        assert "a\\xff\\xfe.txt" in table.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_formula_cells_are_quoted(fmt: str) -> None:
    cells = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tx", "\rx", "平常"]
    text = render_table(("a",) * len(cells), [cells], fmt)
    row = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))[1]
    assert [cell[0] for cell in row[:-1]] == ["'"] * 6
    assert row[-1] == "平常"


def test_exports_carry_no_terminal_controls(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    hostile = "标题\x1b]0;pwned\x07\n2023年5月1日，张三说：“预算\x9b31m增加了5亿元\x7f。”\n"
    (folder / "evil\x1b[31m.txt").write_text(hostile + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    for fmt in ("md", "csv", "tsv", "jsonl"):
        for what in ("facts", "text", "keywords"):
            output = tmp_path / f"out.{fmt}"
            source = folder if what == "facts" else next(folder.iterdir())
            assert main(["export", str(source), "--format", fmt, "--what", what, "-o", str(output)]) == 0
            text = output.read_bytes().decode("utf-8")
            assert not UNSAFE.search(text), (fmt, what, UNSAFE.findall(text))
    assert json.loads(output.read_text(encoding="utf-8").splitlines()[0])


def test_error_lines_show_control_characters_in_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bad\x1b]0;pwned\x07.txt").write_bytes(b"")
    shutil.copy(SEED, folder / "good.txt")
    assert main(["export", str(folder), "--format", "jsonl", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "bad␛]0;pwned␇.txt" in err and not UNSAFE.search(err)
