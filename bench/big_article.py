"""One large article (a single file, not a folder): peak memory and time of `lytui export FILE` as JSON,
and with `--what facts`, against two baselines measured in the same run: a process that only imports the
pipeline, and the export of the seed. The file is generated articles joined into one, so it is mangled
the way the corpus is (Traditional characters, glued pinyin, ASCII punctuation, lost GBK bytes).

    python bench/big_article.py [--megabytes 10] [--megabytes 1 ...]
"""

from __future__ import annotations

import argparse

from _common import SEED, big_file, dump, machine, report, run_child

EXPORT = """
import sys
from lytui.cli import main
sys.stdout = open("/dev/null", "w")
sys.exit(main(["export", sys.argv[1], "--format", "json", "--what", sys.argv[2]]))
"""

IMPORT_ONLY = "import lytui.pipeline, lytui.export, lytui.corpus\n"

TARGET_MB = 600


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, action="append", help="size of the article (repeatable)")
    args = parser.parse_args()
    sizes = args.megabytes or [10.0]
    results: dict[str, object] = {}
    _, rss_import, _ = run_child(IMPORT_ONLY)
    seed_s, rss_seed, _ = run_child(EXPORT, str(SEED), "all")
    rows = [
        ("baseline: import the pipeline", f"peak {rss_import / 1024:.0f} MB"),
        ("baseline: export seed --format json", f"{seed_s:.2f} s, peak {rss_seed / 1024:.0f} MB"),
    ]
    results["import_rss_mb"] = rss_import / 1024
    results["seed"] = {"s": seed_s, "rss_mb": rss_seed / 1024}
    for megabytes in sizes:
        path = big_file(megabytes)
        size = path.stat().st_size / 1e6
        chars = len(path.read_text(encoding="utf-8"))
        entry: dict[str, float] = {"mb": size, "chars": chars}
        rows.append((f"{megabytes:g} MB article: MB / chars", f"{size:.1f} / {chars:,}"))
        for what in ("all", "facts"):
            wall, rss, _ = run_child(EXPORT, str(path), what)
            entry[f"{what}_s"] = wall
            entry[f"{what}_rss_mb"] = rss / 1024
            target = f" (target < {TARGET_MB} MB)" if megabytes == 10 else ""
            rows.append(
                (
                    f"{megabytes:g} MB article: export --format json --what {what}",
                    f"{wall:.1f} s ({chars / wall:,.0f} chars/s), peak {rss / 1024:.0f} MB{target}",
                )
            )
        results[f"{megabytes:g}mb"] = entry
    report(f"One large article ({machine()})", rows)
    dump("big_article", results)


if __name__ == "__main__":
    main()
