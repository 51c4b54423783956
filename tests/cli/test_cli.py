from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lytui", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_export_json_follows_the_spec() -> None:
    result = run("export", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"source_path", "meta", "sections", "keywords", "facts", "repairs"}
    assert set(data["meta"]) >= {"title", "published", "source", "editor", "dateline"}
    fact = data["facts"][0]
    assert set(fact) >= {"kind", "text", "value", "section", "paragraph", "start", "end", "sentence"}
    assert {r["kind"] for r in data["repairs"]} >= {"pinyin", "punctuation", "mojibake", "boilerplate", "conversion"}
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "md"])
def test_facts_in_every_format(fmt: str) -> None:
    result = run("export", str(SEED), "--what", "facts", "--format", fmt)
    assert result.returncode == 0, result.stderr
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert any(r["kind"] == "money" and r["value"]["amount"] == 13800000000 for r in rows)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(result.stdout), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0][:3] == ["kind", "value", "text"]
        assert any(r[0] == "person" and r[1] == "倪文兴 · 副局长 · 新罗区工信局" for r in rows)
    else:
        assert result.stdout.startswith("| kind | value |")


def test_keywords_export() -> None:
    data = json.loads(run("export", str(SEED), "--what", "keywords").stdout)
    assert data["keywords"][0]["spans"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"", "empty"), (bytes(range(256)) * 10, "binary")],
)
def test_bad_input_gives_one_line_and_nonzero_exit(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("export", str(path))
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) <= 2


def test_directory_export_skips_bad_files_and_keeps_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("第二篇\n内容很好。", encoding="utf-8")
    (tmp_path / "a.txt").write_bytes("第一篇\n内容不错。".encode("gbk"))
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes("繁體\n內容很好。".encode("big5"))
    (tmp_path / "e.txt").write_bytes("\ufeffUTF-16\n内容。".encode("utf-16"))
    result = run("export", str(tmp_path), "--format", "jsonl", "--jobs", "2")
    assert result.returncode == 1
    assert "c.txt" in result.stderr and "Traceback" not in result.stderr
    titles = [json.loads(line)["meta"]["title"] for line in result.stdout.splitlines()]
    assert titles == ["第一篇", "第二篇", "繁体", "UTF-16"]


def test_non_chinese_text_gives_a_sensible_result(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("A headline\nThis is plain English text. It has two sentences.", encoding="utf-8")
    data = json.loads(run("export", str(path)).stdout)
    assert data["meta"]["title"] == "A headline"
    assert data["sections"][0]["paragraphs"][0].startswith("This is plain English text.")


def test_listing_reads_only_the_head_and_survives_a_split_character(tmp_path: Path) -> None:
    from lytui.corpus import summarise

    path = tmp_path / "long.txt"
    path.write_text(
        "龍巖市:又見蘇區干部好作風\n2023-12-28 09:20:29 來源:東南網\n" + "正文內容很長。" * 2000, encoding="utf-8"
    )
    for head in (4096, 4097, 4098, 100):
        summary = summarise(path, head_bytes=head)
        assert summary.title == "龙岩市：又见苏区干部好作风"  # as the article's own clean title
    assert summarise(path).published == "2023-12-28T09:20:29+08:00"
    assert summarise(path).source == "东南网"
