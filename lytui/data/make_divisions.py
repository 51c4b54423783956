"""Write divisions.txt, the administrative divisions of the PRC (province, prefecture and county level)
with their six-digit codes, from the adcode table the `cpca` package ships (MIT licence, © QinYuan Du),
brought up to date with the newer table `jionlp` ships (china_location, Apache 2.0, © dongrixinyu).

cpca's table predates the renames of 2018–2021 (桥西区 → 信都区, 宁乡县 → 宁乡市, 新津县 → 新津区), and
news since names the divisions by their new names. A renamed division keeps both lines, the old name
first: text from before the rename still names it the old way, and the last line is its name now.

usage: python lytui/data/make_divisions.py [ADCODES_CSV [CHINA_LOCATION_TXT]]
Without arguments the tables are read from an installed cpca and jionlp (found without importing them,
which would import pandas and much more). lytui reads only the derived file; tests/test_divisions.py
checks it still matches.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "divisions.txt"
HEADER = (
    "# Administrative divisions of the PRC: six-digit code and name, one a line, sorted by code.\n"
    "# Derived by make_divisions.py from the adcodes table of the cpca package (MIT licence, (c) QinYuan Du)\n"
    "# and the china_location table of the jionlp package (Apache 2.0, (c) dongrixinyu). A renamed division\n"
    "# has two lines, its old name first.\n"
)
DIVISION_ENDS = ("省", "市", "区", "县", "旗", "州", "盟")
"""How the name of a division ends; the newer table also lists bodies that are not divisions (管委会)."""


def cpca_table() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cpca is not installed: pip install --no-deps cpca, or name its adcodes.csv")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def jionlp_table() -> str:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jionlp is not installed: pip install --no-deps jionlp, or name its china_location.txt")
    archive = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"
    with zipfile.ZipFile(archive) as bundle:
        return bundle.read("china_location.txt").decode("utf-8")


def divisions(table: Path) -> list[tuple[str, str]]:
    with table.open(encoding="utf-8") as handle:
        rows = {(row["adcode"][:6], row["name"].strip()) for row in csv.DictReader(handle)}
    return sorted(rows)


def newer_divisions(china_location: str) -> list[tuple[str, str]]:
    """Province, prefecture and county rows of jionlp's tree (indented by level, towns and villages
    below them). Codes whose fifth digit is 7 are development zones and the like, not divisions; Hong
    Kong's and Macao's districts share their region's code there, so only the region itself is kept.
    Taiwan's cities and counties (71…) are left to places.txt: their codes are not in official use,
    and a name both sides have (连江县) would no longer name Fujian's alone."""
    rows: list[tuple[str, str]] = []
    for line in io.StringIO(china_location):
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth > 2 or len(fields) < 2:
            continue
        name, code = fields[0], fields[1]
        if code[4] == "7" or not name.endswith(DIVISION_ENDS) or "直辖" in name:
            continue
        if code.startswith("71") or (code.startswith(("81", "82")) and not code.endswith("0000")):
            continue
        rows.append((code, name))
    return rows


def _stem(name: str) -> str:
    return name[:-1] if len(name) > 2 and name.endswith(("市", "区", "县")) else name


def merged(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """cpca's rows, and the newer table's where it adds a division or renames one (the new name after
    the old). A county that became a city or district under a new code (新津县 510132 → 新津区 510118)
    is one division: its old name moves to the new code, so that 新津 names one place, not two. A
    division the newer table no longer has and nothing took the name of (邢台县, merged away) stays: old
    news names it."""
    names: dict[str, list[str]] = {}
    for code, name in old:
        names.setdefault(code, []).append(name)
    new_codes = {code for code, _ in new}
    added = [(code, name) for code, name in new if code not in names]
    for code, name in new:
        known = names.setdefault(code, [])
        if name not in known and not (code.endswith("0000") and known):
            known.append(name)
    for code in [code for code in names if code not in new_codes and not code.endswith("00")]:
        heirs = {
            heir
            for old_name in names[code]
            for heir, name in added
            if heir[:2] == code[:2] and _stem(name) == _stem(old_name)
        }
        if len(heirs) == 1:
            heir = heirs.pop()
            names[heir] = list(dict.fromkeys([*names.pop(code), *names[heir]]))
    return [(code, name) for code in sorted(names) for name in names[code]]


def render(rows: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f"{code} {name}\n" for code, name in rows)


def main() -> int:
    table = Path(sys.argv[1]) if len(sys.argv) > 1 else cpca_table()
    newer = Path(sys.argv[2]).read_text(encoding="utf-8") if len(sys.argv) > 2 else jionlp_table()
    TARGET.write_text(render(merged(divisions(table), newer_divisions(newer))), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
