"""Reading an analysed article back from the disk cache: the seed and a ~1 MB generated article, each
written once, then read by a fresh `AnalysisCache` (memory empty, as in a new session) many times.

    python bench/cache.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from _common import SEED, big_file, machine, report


def read_times(path: Path, runs: int) -> tuple[float, float, int]:
    """(median read seconds, median first-use seconds, entry bytes) for one article."""
    from lytui.cache import AnalysisCache, content_key
    from lytui.pipeline import analyse, clean_file

    clean = clean_file(path)
    AnalysisCache().put(analyse(clean))
    entries = [p for p in Path(os.environ["LYTUI_CACHE_DIR"]).rglob("*") if content_key(clean) in p.name]
    size = entries[0].stat().st_size if entries else 0
    reads, uses = [], []
    for _ in range(runs):
        start = time.perf_counter()
        found = AnalysisCache().get(clean)
        reads.append(time.perf_counter() - start)
        assert found is not None and found.analysed
        start = time.perf_counter()
        found.keywords.ranking("textrank")
        found.paragraphs  # noqa: B018 - what the first screen asks of it
        uses.append(time.perf_counter() - start)
    return statistics.median(reads), statistics.median(uses), size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as directory:
        os.environ["LYTUI_CACHE_DIR"] = directory
        os.environ.pop("LYTUI_NO_DISK_CACHE", None)
        rows = []
        for name, path in (("seed", SEED), ("~1 MB article", big_file(1.0))):
            read, use, size = read_times(path, runs)
            rows.append((f"{name}: read from disk", f"{read * 1000:.1f} ms median ({size / 1e6:.2f} MB entry)"))
            rows.append((f"{name}: then TextRank + paragraphs", f"{use * 1000:.1f} ms median"))
    report(f"Analysis cache ({machine()})", rows)


if __name__ == "__main__":
    main()
