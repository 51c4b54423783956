"""Pipeline throughput on 1 MB and 10 MB of generated articles: chars/s in one process (clean only, and
clean + facts + keywords), then `lytui export DIR --format jsonl` with --jobs 1 against --jobs N (all
cores) in fresh processes, and the peak memory of the 10 MB export. Also facts and segmentation alone."""

from __future__ import annotations

import os
import time

from _common import SEED, chars_in, corpus, dump, machine, report, run_child

EXPORT = """
import sys
from lytui.cli import main
sys.stdout = open("/dev/null", "w")
sys.exit(main(["export", sys.argv[1], "--format", "jsonl", "--jobs", sys.argv[2]]))
"""


def in_process(paths: list) -> tuple[float, float]:
    """Each article is cleaned and analysed in turn and then let go, as `lytui export` does: holding
    thousands of documents would time the garbage collector walking them, not the pipeline."""
    from lytui.pipeline import analyse, clean_file

    analyse(clean_file(SEED))  # jieba and the dictionaries are loaded once, before timing
    chars = chars_in(paths)
    cleaning = analysing = 0.0
    for path in paths:
        start = time.perf_counter()
        document = clean_file(path)
        cleaned = time.perf_counter()
        analyse(document)
        analysing += time.perf_counter() - cleaned
        cleaning += cleaned - start
    return chars / cleaning, chars / (cleaning + analysing)


def facts_and_segmentation(paths: list) -> dict[str, float]:
    import jieba

    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import analyse, clean_file

    seed = clean_file(SEED)
    analyse(seed)
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        extract_facts(seed)
        runs.append(time.perf_counter() - start)
    documents = [clean_file(p) for p in paths]
    chars = sum(len(d.text) for d in documents)
    start = time.perf_counter()
    for document in documents:
        extract_facts(document)
    facts_rate = chars / (time.perf_counter() - start)
    start = time.perf_counter()
    for document in documents:
        for _ in jieba.tokenize(document.text):
            pass
    segmentation_rate = chars / (time.perf_counter() - start)
    return {
        "seed_facts_ms": sorted(runs)[len(runs) // 2] * 1000,
        "facts_chars_s": facts_rate,
        "jieba_chars_s": segmentation_rate,
    }


def main() -> None:
    cores = os.cpu_count() or 1
    results: dict[str, object] = {}
    rows: list[tuple[str, str]] = []
    for name, size in (("1mb", 1.0), ("10mb", 10.0)):
        directory = corpus(f"corpus_{name}", size)
        paths = sorted(p for p in directory.glob("*.txt"))
        chars = chars_in(paths)
        clean_rate, full_rate = in_process(paths)
        one, rss_one, _ = run_child(EXPORT, str(directory), "1")
        many, rss_many, _ = run_child(EXPORT, str(directory), str(cores))
        megabytes = sum(p.stat().st_size for p in paths) / 1e6
        rows += [
            (f"{name}: articles / chars / MB", f"{len(paths)} / {chars:,} / {megabytes:.1f}"),
            (f"{name}: clean only, 1 process", f"{clean_rate:,.0f} chars/s"),
            (f"{name}: clean + facts + keywords, 1 process", f"{full_rate:,.0f} chars/s"),
            (f"{name}: export --jobs 1", f"{one:.2f} s ({chars / one:,.0f} chars/s incl. start-up)"),
            (f"{name}: export --jobs {cores}", f"{many:.2f} s, speed-up {one / many:.2f}x (target ≥ 1.7x)"),
            (
                f"{name}: peak RSS export --jobs 1",
                f"{rss_one / 1024:.0f} MB ({rss_one * 1024 / (megabytes * 1e6):.1f}x input)",
            ),
        ]
        results[name] = {
            "chars": chars,
            "clean_chars_s": clean_rate,
            "full_chars_s": full_rate,
            "jobs1_s": one,
            "jobsN_s": many,
            "speedup": one / many,
            "rss_jobs1_mb": rss_one / 1024,
            "rss_jobsN_mb": rss_many / 1024,
        }
    extra = facts_and_segmentation(sorted(corpus("corpus_1mb", 1.0).glob("*.txt")))
    rows += [
        ("facts for the seed (pipeline loaded)", f"{extra['seed_facts_ms']:.1f} ms (target < 300 ms)"),
        ("facts throughput, 1 MB", f"{extra['facts_chars_s']:,.0f} chars/s"),
        ("jieba segmentation throughput, 1 MB", f"{extra['jieba_chars_s']:,.0f} chars/s"),
    ]
    results["facts"] = extra
    report(f"Pipeline ({machine()})", rows)
    dump("pipeline", results)


if __name__ == "__main__":
    main()
