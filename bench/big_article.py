"""One large article (a single file, not a folder): peak memory and time of `lytui export FILE` as JSON,
and with `--what facts`, against two baselines measured in the same run: a process that only imports the
pipeline, and the export of the seed. The file is generated articles joined into one, so it is mangled
the way the corpus is (Traditional characters, glued pinyin, ASCII punctuation, lost GBK bytes).

    python bench/big_article.py [--megabytes 10] [--megabytes 1 ...] [--before DIR]

`--before DIR` measures the same exports with lytui imported from DIR too (a checkout of an earlier
commit, e.g. `git archive COMMIT | tar -x -C DIR`), so before and after come from one run. CPU seconds
are given next to wall time: on a shared machine they vary far less.
"""

from __future__ import annotations

import argparse
import resource
from pathlib import Path

from _common import ROOT, SEED, big_file, dump, machine, report, run_child

EXPORT = """
import sys
from lytui.cli import main
sys.stdout = open("/dev/null", "w")
sys.exit(main(["export", sys.argv[1], "--format", "json", "--what", sys.argv[2]]))
"""

IMPORT_ONLY = "import lytui.pipeline, lytui.export, lytui.corpus\n"

TARGET_MB = 600


def measured(code: str, *args: str, root: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, rss, _ = run_child(code, *args, root=root)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, rss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, action="append", help="size of the article (repeatable)")
    parser.add_argument("--before", type=Path, help="also measure lytui from this source tree")
    args = parser.parse_args()
    sizes = args.megabytes or [10.0]
    trees = [("before", args.before.resolve()), ("after", ROOT)] if args.before else [("", ROOT)]
    results: dict[str, object] = {}
    rows: list[tuple[str, str]] = []
    for label, root in trees:
        prefix = f"{label}: " if label else ""
        _, _, import_mb = measured(IMPORT_ONLY, root=root)
        seed_wall, seed_cpu, seed_mb = measured(EXPORT, str(SEED), "all", root=root)
        rows += [
            (f"{prefix}baseline: import the pipeline", f"peak {import_mb:.0f} MB"),
            (
                f"{prefix}baseline: export seed --format json",
                f"{seed_wall:.2f} s ({seed_cpu:.2f} CPU s), peak {seed_mb:.0f} MB",
            ),
        ]
        tree: dict[str, object] = {
            "import_rss_mb": import_mb,
            "seed": {"s": seed_wall, "cpu_s": seed_cpu, "rss_mb": seed_mb},
        }
        for megabytes in sizes:
            path = big_file(megabytes)
            size = path.stat().st_size / 1e6
            chars = len(path.read_text(encoding="utf-8"))
            entry: dict[str, float] = {"mb": size, "chars": chars}
            rows.append((f"{prefix}{megabytes:g} MB article: MB / chars", f"{size:.1f} / {chars:,}"))
            for what in ("all", "facts"):
                wall, cpu, peak = measured(EXPORT, str(path), what, root=root)
                entry.update({f"{what}_s": wall, f"{what}_cpu_s": cpu, f"{what}_rss_mb": peak})
                target = f" (target < {TARGET_MB} MB)" if megabytes == 10 else ""
                rows.append(
                    (
                        f"{prefix}{megabytes:g} MB article: export --format json --what {what}",
                        f"{wall:.1f} s ({cpu:.1f} CPU s, {chars / cpu:,.0f} chars/CPU s), peak {peak:.0f} MB{target}",
                    )
                )
            tree[f"{megabytes:g}mb"] = entry
        results[label or "after"] = tree
    report(f"One large article ({machine()})", rows)
    dump("big_article", results)


if __name__ == "__main__":
    main()
