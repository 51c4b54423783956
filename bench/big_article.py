"""One large article (a single file, not a folder): peak memory and time of `lytui export FILE` as JSON,
and with `--what facts`, against two baselines measured in the same run: a process that only imports the
pipeline, and the export of the seed. The file is generated articles joined into one, so it is mangled
the way the corpus is (Traditional characters, glued pinyin, ASCII punctuation, lost GBK bytes).

    python bench/big_article.py [--megabytes 10] [--megabytes 1 ...] [--before DIR]
    python bench/big_article.py --keys [--megabytes 5] [--before DIR]

`--keys` opens the article in the app instead (Textual's pilot, 120x40, in a fresh process) and presses
the keys a user presses in each pane, one at a time; for each it reports the longest time the event loop
was blocked from the press until the app was idle again (its workers done): a task that wakes every 5 ms
records the gaps between its wake-ups, so work in a worker thread that holds the GIL counts too. "busy"
is the part of the longest gap the process spent on the CPU (a gap on a loaded machine is partly other
processes' turn); the rule, no key blocks the UI for more than 0.2 s, is checked on it.

`--before DIR` measures the same exports with lytui imported from DIR too (a checkout of an earlier
commit, e.g. `git archive COMMIT | tar -x -C DIR`), so before and after come from one run. CPU seconds
are given next to wall time: on a shared machine they vary far less.
"""

from __future__ import annotations

import argparse
import json
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

KEYS = r"""
import asyncio, json, sys, time
from pathlib import Path
from lytui.tui.app import make_app
from lytui.tui.screens.main import ArticleScreen

STEPS = [
    ("sections", ["1", "j", "k", "pagedown", "end", "home"]),
    ("article", ["2", "j", "k", "pagedown", "end", "home"]),
    ("keywords", ["3", "j", "k", "pagedown", "end", "home"]),
    ("facts", ["4", "j", "k", "pagedown", "end", "home", "enter", "escape"]),
    ("keyword filter", ["3", "j", "f", "j", "j", "k", "f", "j"]),
    ("search", ["2", "slash", "项", "目", "enter", "n", "n", "N"]),
    ("original view", ["o", "j", "pagedown", "end", "o"]),
    ("repairs view", ["r", "pagedown", "j", "r"]),
    ("facts sort", ["4", "s", "s", "s", "s", "s", "S"]),
    ("facts kind", ["K", "K", "K", "j"]),
    ("ranking", ["3", "t", "t", "t"]),
    ("maximise", ["4", "z", "j", "z", "2", "z", "z"]),
]
TICK = 0.005


async def main() -> None:
    app = make_app(Path(sys.argv[1]))
    longest = [0.0, 0.0]  # wall, and the part of it the process itself was busy

    async def ticker() -> None:
        last, last_cpu = time.perf_counter(), time.process_time()
        while True:
            await asyncio.sleep(TICK)
            now, cpu = time.perf_counter(), time.process_time()
            gap = now - last - TICK
            longest[0] = max(longest[0], gap)
            longest[1] = max(longest[1], min(gap, cpu - last_cpu))
            last, last_cpu = now, cpu

    async def settled(pilot) -> None:
        # until no worker runs, then a little longer for what they hand back to the screen
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()

    started = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        task = asyncio.create_task(ticker())
        while not (isinstance(app.screen, ArticleScreen) and app.screen.document.analysed):
            await pilot.pause(0.1)
            if time.perf_counter() - started > 1800:
                raise SystemExit("the article was not analysed in 30 minutes")
        await settled(pilot)
        print(json.dumps({"opened_s": time.perf_counter() - started, "opening_stall_s": longest[0], "opening_busy_s": longest[1]}), file=sys.stderr, flush=True)
        for step, keys in STEPS:
            for key in keys:
                await settled(pilot)
                longest[:] = [0.0, 0.0]
                pressed = time.perf_counter()
                await pilot.press(key)
                returned = time.perf_counter() - pressed
                await settled(pilot)
                screen = type(app.screen).__name__
                focused = app.focused.id if app.focused is not None else None
                print(json.dumps({"step": step, "key": key, "stall_s": longest[0], "busy_s": longest[1], "press_s": returned,
                                  "screen": screen, "focus": focused}), file=sys.stderr, flush=True)
        task.cancel()
        app.exit()


asyncio.run(main())
"""
STALL_LIMIT = 0.2


def measured(code: str, *args: str, root: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak MB) of one child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, rss, _ = run_child(code, *args, root=root)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, rss / 1024


def keys(megabytes: float, trees: list[tuple[str, Path]]) -> None:
    """The longest event-loop stall of each key in the app, for each tree, on one generated article."""
    path = big_file(megabytes)
    rows: list[tuple[str, str]] = [("article", f"{path.stat().st_size / 1e6:.1f} MB, {path.name}; 120x40")]
    results: dict[str, object] = {}
    for label, root in trees:
        prefix = f"{label}: " if label else ""
        _, peak, stderr = run_child(KEYS, str(path), root=root)
        records = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
        opened, presses = records[0], records[1:]
        rows.append(
            (
                f"{prefix}opening (loading screen, cleaning, analysis)",
                f"{opened['opened_s']:.1f} s; longest stall {opened['opening_stall_s']:.3f} s "
                f"(busy {opened['opening_busy_s']:.3f} s)",
            )
        )
        for press in presses:
            over = "  OVER 0.2 s" if press["busy_s"] > STALL_LIMIT else ""
            rows.append(
                (
                    f"{prefix}{press['step']}: {press['key']}",
                    f"stall {press['stall_s']:.3f} s, busy {press['busy_s']:.3f} s{over}",
                )
            )
        worst = max(presses, key=lambda press: press["busy_s"])
        rows.append(
            (
                f"{prefix}worst key",
                f"{worst['step']}: {worst['key']}, busy {worst['busy_s']:.3f} s, stall {worst['stall_s']:.3f} s "
                f"(limit {STALL_LIMIT} s); peak {peak / 1024:.0f} MB",
            )
        )
        results[label or "after"] = {"opened": opened, "presses": presses, "peak_mb": peak / 1024}
    report(f"Keys on one large article in the app ({machine()})", rows)
    dump("big_article_keys", results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, action="append", help="size of the article (repeatable)")
    parser.add_argument("--before", type=Path, help="also measure lytui from this source tree")
    parser.add_argument("--keys", action="store_true", help="press keys in the app instead of exporting")
    args = parser.parse_args()
    trees = [("before", args.before.resolve()), ("after", ROOT)] if args.before else [("", ROOT)]
    if args.keys:
        keys((args.megabytes or [5.0])[0], trees)
        return
    sizes = args.megabytes or [10.0]
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
