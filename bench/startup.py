"""Start-up: first paint and fully analysed time for the seed, against a bare Textual app that shows the
same clean text (the baseline), each in a fresh process, median of 5. Also `lytui export` of the seed."""

from __future__ import annotations

from _common import SEED, bare_app_code, dump, machine, median_mark, median_wall, report

BARE = bare_app_code(f"Path({str(SEED)!r}).read_text(encoding='utf-8')")

LYTUI = f"""
import time
_started = time.perf_counter()
import asyncio, sys
from pathlib import Path
from lytui.tui.app import make_app
from lytui.tui.screens.main import ArticleScreen
app = make_app(Path({str(SEED)!r}))
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


def main() -> None:
    python_only = median_wall("pass")
    bare = python_only + median_mark(BARE, "PAINTED_S")
    first = python_only + median_mark(LYTUI, "PAINTED_S")
    full = python_only + median_mark(LYTUI, "ANALYSED_S")
    export = median_wall(EXPORT)
    report(
        f"Start-up ({machine()}); times from process start, median of 5",
        [
            ("bare Textual app, same text: first paint (baseline)", f"{bare:.3f} s"),
            ("lytui first paint", f"{first:.3f} s  ({first / bare:.2f}x baseline; target ≤ 1.3x)"),
            ("lytui fully analysed", f"{full:.3f} s  (target < 2 s)"),
            ("python -c pass", f"{python_only:.3f} s"),
            ("lytui export seed --format json (whole run)", f"{export:.3f} s  (target < 1.5 s)"),
        ],
    )
    dump("startup", {"bare": bare, "first_paint": first, "analysed": full, "python": python_only, "export": export})


if __name__ == "__main__":
    main()
