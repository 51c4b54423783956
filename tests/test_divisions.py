"""divisions.txt is derived from cpca's adcode table and jionlp's newer one by lytui/data/make_divisions.py:
it must parse, and, where both tables are at hand, still be exactly what the script makes of them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "lytui" / "data"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_divisions", DATA / "make_divisions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows() -> list[tuple[str, str]]:
    return [
        (code, name)
        for code, name in (
            line.split(" ", 1)
            for line in (DATA / "divisions.txt").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        )
    ]


def test_the_table_parses_sorted_by_code_and_every_level() -> None:
    rows = _rows()
    codes = [code for code, _ in rows]
    assert len(rows) > 3000 and len(set(rows)) == len(rows) and codes == sorted(codes)
    assert all(len(code) == 6 and code.isdigit() and name for code, name in rows)
    names = dict(rows)
    assert names["350000"] == "福建省" and names["350800"] == "龙岩市" and names["520381"] == "赤水市"


def test_a_renamed_division_keeps_its_old_name_before_its_name_now() -> None:
    rows = _rows()
    assert [name for code, name in rows if code == "130503"] == ["桥西区", "信都区"]
    # a county made a city under a new code is one division, its old name under the new code
    assert [name for code, name in rows if code == "430182"] == ["宁乡县", "宁乡市"]
    assert not any(code == "430124" for code, _ in rows)
    assert not any(code[4] == "7" for code, _ in rows)  # development zones are not divisions


def test_the_table_is_what_the_script_makes_of_cpca_and_jionlp() -> None:
    script = _script()
    if importlib.util.find_spec("cpca") is None or importlib.util.find_spec("jionlp") is None:
        pytest.skip("cpca and jionlp are not installed: the table is checked against them where they are")
    made = script.render(
        script.merged(script.divisions(script.cpca_table()), script.newer_divisions(script.jionlp_table()))
    )
    assert made == (DATA / "divisions.txt").read_text(encoding="utf-8")
