"""divisions.txt is derived from cpca's adcode table by lytui/data/make_divisions.py: it must parse,
and, where cpca's table is at hand, still be exactly what the script makes of it."""

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


def test_the_table_parses_with_unique_codes_and_every_level() -> None:
    rows = [
        line.split(" ", 1)
        for line in (DATA / "divisions.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    codes = [code for code, _ in rows]
    assert len(rows) > 3000 and len(set(codes)) == len(codes) and codes == sorted(codes)
    assert all(len(code) == 6 and code.isdigit() and name for code, name in rows)
    names = dict(rows)
    assert names["350000"] == "福建省" and names["350800"] == "龙岩市" and names["520381"] == "赤水市"


def test_the_table_is_what_the_script_makes_of_cpca() -> None:
    script = _script()
    if importlib.util.find_spec("cpca") is None:
        pytest.skip("cpca is not installed: the table is checked against it where it is")
    assert script.render(script.divisions(script.cpca_table())) == (DATA / "divisions.txt").read_text(encoding="utf-8")
