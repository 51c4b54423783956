"""A 2,000-article folder: listing time, export time (all cores), opening an article the first time and
again from the cache; and peak memory of opening a 5 MB file in the app (headless, until analysed),
against a bare Textual app showing the same text."""

from __future__ import annotations

import os
import statistics
import time

from _common import bare_app_code, big_file, corpus, dump, machine, report, run_child

EXPORT = """
import sys
from lytui.cli import main
sys.stdout = open("/dev/null", "w")
sys.exit(main(["export", sys.argv[1], "--format", "jsonl", "--jobs", sys.argv[2]]))
"""

OPEN_BIG = """
import asyncio, sys, time
from pathlib import Path
from lytui.tui.app import make_app
from lytui.tui.screens.main import ArticleScreen
start = time.perf_counter()
app = make_app(Path(sys.argv[1]))
marks = {}
async def until_analysed(pilot):
    while True:
        screen = app.screen
        if isinstance(screen, ArticleScreen) and len(screen.reader.lines):
            marks.setdefault("text", time.perf_counter() - start)
            if screen.document.analysed:
                break
        await asyncio.sleep(0.05)
    await pilot.press("3", "t", "t")  # TF-IDF and TextRank shown too, as a user would look at them
    await pilot.press("2", "end", "home")
    app.exit()
app.run(headless=True, size=(120, 40), auto_pilot=until_analysed)
marks["analysed"] = time.perf_counter() - start
sys.stderr.write("MARKS=%r\\n" % marks)
"""

BARE_BIG = bare_app_code("Path(sys.argv[1]).read_text(encoding='utf-8')[:200000]")


def main() -> None:
    from lytui.cache import AnalysisCache
    from lytui.corpus import article_paths, summarise
    from lytui.pipeline import analyse, clean_file

    directory = corpus("corpus_2000", 2000 * 2600 / 1_000_000)
    paths = article_paths(directory)[:2000]
    listings = []
    for _ in range(3):
        start = time.perf_counter()
        [summarise(p) for p in article_paths(directory)]
        listings.append(time.perf_counter() - start)
    cores = os.cpu_count() or 1
    export_all, export_rss, _ = run_child(EXPORT, str(directory), str(cores))

    analyse(clean_file(paths[0]))  # jieba loaded, as in an app that has opened one article
    cache = AnalysisCache(use_disk=False)
    firsts, again = [], []
    for path in paths[1:21]:
        start = time.perf_counter()
        document = analyse(clean_file(path))
        cache.put(document)
        firsts.append(time.perf_counter() - start)
        start = time.perf_counter()
        found = cache.get(clean_file(path))
        assert found is not None
        again.append(time.perf_counter() - start)

    big = big_file(5.0)
    _, app_rss, stderr = run_child(OPEN_BIG, str(big))
    marks = eval(next(line for line in stderr.splitlines() if line.startswith("MARKS="))[6:])
    _, bare_rss, _ = run_child(BARE_BIG, str(big))
    size_mb = big.stat().st_size / 1e6
    report(
        f"Folder and large file ({machine()})",
        [
            ("articles / MB", f"{len(paths)} / {sum(p.stat().st_size for p in paths) / 1e6:.1f}"),
            ("listing (title, date, source, size)", f"{statistics.median(listings):.3f} s (target < 1 s)"),
            (f"export --format jsonl --jobs {cores}", f"{export_all:.1f} s, peak RSS {export_rss / 1024:.0f} MB"),
            ("open an article, first time", f"{statistics.median(firsts) * 1000:.0f} ms median (target < 1.5 s)"),
            ("open it again, from the cache", f"{statistics.median(again) * 1000:.1f} ms median (target < 0.2 s)"),
            (f"{size_mb:.1f} MB file in the app: text shown", f"{marks['text']:.1f} s"),
            (f"{size_mb:.1f} MB file in the app: analysed", f"{marks['analysed']:.1f} s"),
            (f"{size_mb:.1f} MB file in the app: peak RSS", f"{app_rss / 1024:.0f} MB (target < 300 MB)"),
            ("bare Textual app, 200 KB of it: peak RSS", f"{bare_rss / 1024:.0f} MB (baseline)"),
        ],
    )
    dump(
        "folder",
        {
            "listing_s": statistics.median(listings),
            "export_s": export_all,
            "export_rss_mb": export_rss / 1024,
            "open_first_s": statistics.median(firsts),
            "open_cached_s": statistics.median(again),
            "big_text_s": marks["text"],
            "big_analysed_s": marks["analysed"],
            "big_rss_mb": app_rss / 1024,
            "bare_rss_mb": bare_rss / 1024,
        },
    )


if __name__ == "__main__":
    main()
