"""Start-up: first paint and fully analysed time for the seed, against a bare Textual app that shows the
same clean text (the baseline), each in a fresh process, median of 5. Also `lytui export` of the seed.

lytui's modules are byte-compiled first, as pip does when it installs the wheel: Textual's own come
compiled, and with PYTHONDONTWRITEBYTECODE set (as on the shared build machine) every lytui module was
otherwise compiled from source in every run, a cost no installed copy pays. The runs of the bare app
and of lytui alternate, so a change in the machine's load falls on both.

lytui is started as `lytui FILE` starts it: the CLI module imported, then the file cleaned in a forked child
while Textual is imported (lytui.early_clean), where the tree has that module and a core is free.

`--before PATH` also measures the checkout at PATH (e.g. /work/main) in the same run.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
from pathlib import Path

from _common import ROOT, SEED, bare_app_code, dump, machine, median_wall, report, run_child

BARE = bare_app_code(f"Path({str(SEED)!r}).read_text(encoding='utf-8')")

LYTUI = f"""
import time
_started = time.perf_counter()
import asyncio, sys
from pathlib import Path
import lytui.cli  # as the `lytui` command starts: what the CLI module imports comes before the fork
early = None
if (Path(lytui.__file__).parent / "early_clean.py").exists():  # not in a tree from before it
    from lytui.early_clean import start  # as `lytui FILE` does: a child cleans while Textual is imported
    early = start(Path({str(SEED)!r}), 1_000_000)  # None when no core is free: cleaned in process
sys.stderr.write("EARLY=%d\\n" % (early is not None))
from lytui.tui.app import make_app
from lytui.tui.screens.main import ArticleScreen
app = make_app(Path({str(SEED)!r})) if early is None else make_app(Path({str(SEED)!r}), early)
async def until_ready(pilot):
    painted = False
    while True:
        screen = app.screen
        if not painted and isinstance(screen, ArticleScreen) and len(screen.reader.lines):
            sys.stderr.write("PAINTED_S=%f\\n" % (time.perf_counter() - _started))
            painted = True
        if painted and screen.document.analysed:
            sys.stderr.write("ANALYSED_S=%f\\n" % (time.perf_counter() - _started))
            break
        await asyncio.sleep(0.002)
    app.exit()
app.run(headless=True, size=(120, 40), auto_pilot=until_ready)
"""

EXPORT = f"""
import sys
from lytui.cli import main
sys.stdout = open("/dev/null", "w")
main(["export", {str(SEED)!r}, "--format", "json"])
"""

RUNS = 5


def _marks(stderr: str) -> dict[str, float]:
    return {
        name: float(value)
        for name, _, value in (line.partition("=") for line in stderr.splitlines())
        if name in ("PAINTED_S", "ANALYSED_S", "EARLY")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="another checkout of lytui to measure in the same run")
    args = parser.parse_args()
    trees = {"lytui": ROOT} | ({"before": args.before.resolve()} if args.before else {})
    for root in trees.values():
        compileall.compile_dir(root / "lytui", quiet=1)

    python_only = median_wall("pass")
    samples: dict[str, list[dict[str, float]]] = {"bare": [], **{name: [] for name in trees}}
    for _ in range(RUNS):
        samples["bare"].append(_marks(run_child(BARE)[2]))
        for name, root in trees.items():
            samples[name].append(_marks(run_child(LYTUI, root=root)[2]))

    def median(name: str, mark: str) -> float:
        return python_only + statistics.median(sample[mark] for sample in samples[name])

    bare = median("bare", "PAINTED_S")
    first = median("lytui", "PAINTED_S")
    full = median("lytui", "ANALYSED_S")
    export = median_wall(EXPORT)
    rows = [
        ("bare Textual app, same text: first paint (baseline)", f"{bare:.3f} s"),
        ("lytui first paint", f"{first:.3f} s  ({first / bare:.2f}x baseline; target ≤ 1.3x)"),
        (
            "  runs that cleaned in a child (a core was free)",
            f"{sum(s.get('EARLY', 0) for s in samples['lytui']):.0f} of {RUNS}",
        ),
    ]
    results = {"bare": bare, "first_paint": first, "analysed": full, "python": python_only, "export": export}
    if args.before:
        before = median("before", "PAINTED_S")
        rows.append((f"first paint of {args.before}", f"{before:.3f} s  ({before / bare:.2f}x baseline)"))
        results["before_first_paint"] = before
    rows += [
        ("lytui fully analysed", f"{full:.3f} s  (target < 2 s)"),
        ("python -c pass", f"{python_only:.3f} s"),
        ("lytui export seed --format json (whole run)", f"{export:.3f} s  (target < 1.5 s)"),
    ]
    report(f"Start-up ({machine()}); times from process start, median of {RUNS}", rows)
    dump("startup", results)


if __name__ == "__main__":
    main()
