from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from lytui.cache import AnalysisCache, cache_dir
from lytui.pipeline import analyse, clean_text


def test_disk_cache_round_trip_and_is_safe_to_delete(tmp_path: Path) -> None:
    document = analyse(clean_text("标题\n厦门市投资5亿元建设新区。", source_path="a.txt"))
    AnalysisCache().put(document)
    fresh = AnalysisCache()  # a new session: memory empty, disk has it
    found = fresh.get(clean_text("标题\n厦门市投资5亿元建设新区。", source_path="b.txt"))
    assert found is not None and found.facts == document.facts and found.source_path == "b.txt"
    for entry in cache_dir().iterdir():
        entry.write_bytes(b"not a pickle")
    assert AnalysisCache().get(document) is None  # a broken cache is ignored, never fatal


def test_cache_can_be_turned_off(monkeypatch) -> None:
    monkeypatch.setenv("LYTUI_NO_DISK_CACHE", "1")
    document = analyse(clean_text("标题\n正文。"))
    AnalysisCache().put(document)
    assert AnalysisCache().get(document) is None


def test_folder_facts_as_one_table_with_source_column(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一\n投资3亿元。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("二\n投资4亿元。", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "lytui", "export", str(tmp_path), "--format", "csv", "--jobs", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:3] == ["source_path", "kind", "value"]
    money = [(Path(r[0]).name, r[2]) for r in rows[1:] if r[1] == "money"]
    assert money == [("a.txt", "300000000 CNY"), ("b.txt", "400000000 CNY")]
