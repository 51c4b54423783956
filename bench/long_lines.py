"""One very long line, of the kinds a broken scrape or a hostile file holds (a line of Chinese without
punctuation, of digits, of numerals, of ASCII letters, of repeated amounts), cleaned and analysed in a fresh
process: seconds for 30,000 and 60,000 characters. Work that grows with the square of a line's length
shows as a ratio near 4 instead of 2.

`--before PATH` also measures the checkout at PATH (e.g. a `git archive` of main) in the same run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _common import ROOT, dump, machine, report, run_child

KINDS = {
    "Chinese, no punctuation": "'字'",
    "digits": "'1'",
    "Chinese numerals": "'一'",
    "ASCII letters": "'a'",
    "an amount repeated": "'1亿元'",
    "a list of numbers": "'12、'",
    "a list of names": "'猛洞河、'",
    "Markdown pictures": "'![]() '",
}

CODE = """
import sys, time
from lytui.pipeline import analyse, clean_text
analyse(clean_text('某县召开会议。'))  # tables loaded before timing
line = ({unit} * int(sys.argv[1]))[: int(sys.argv[1])]
start = time.perf_counter()
document = clean_text(line)
cleaned = time.perf_counter()
analyse(document)
sys.stderr.write(f"CLEAN={{cleaned - start}} ANALYSE={{time.perf_counter() - cleaned}}\\n")
"""


def measure(unit: str, length: int, root: Path) -> tuple[float, float]:
    _, _, stderr = run_child(CODE.format(unit=unit), str(length), root=root)
    fields = dict(part.split("=") for part in stderr.split() if part.startswith(("CLEAN=", "ANALYSE=")))
    return float(fields["CLEAN"]), float(fields["ANALYSE"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="another checkout of lytui to measure in the same run")
    args = parser.parse_args()
    trees = [("", ROOT)] + ([("before: ", args.before)] if args.before else [])
    rows: list[tuple[str, str]] = []
    data: dict[str, object] = {}
    for label, root in trees:
        for kind, unit in KINDS.items():
            short = measure(unit, 30_000, root)
            long = measure(unit, 60_000, root)
            ratio = sum(long) / max(sum(short), 1e-9)
            rows.append(
                (
                    f"{label}{kind}",
                    f"30k: clean {short[0]:.2f} s + facts {short[1]:.2f} s; "
                    f"60k: clean {long[0]:.2f} s + facts {long[1]:.2f} s; 60k/30k {ratio:.1f}x",
                )
            )
            data[f"{label}{kind}"] = {"30k": short, "60k": long}
    report(f"One long line ({machine()})", rows)
    dump("long_lines", data)


if __name__ == "__main__":
    main()
