"""What the progress display costs `lytui export DIR`: the 2,000-article folder exported with standard
error on a pseudo-terminal (progress drawn) and on a file (no progress), alternating in the same run so
both see the same machine load; standard output goes to /dev/null either way.

    python bench/export_progress.py [--rounds 3] [--jobs 0]
"""

from __future__ import annotations

import argparse
import os
import pty
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import IO

from _common import PYTHON, ROOT, corpus, dump, machine, report


def _export(directory: Path, jobs: int, terminal: bool) -> float:
    command = [PYTHON, "-m", "lytui", "export", str(directory), "--format", "jsonl", "--jobs", str(jobs)]
    with open(os.devnull, "wb") as sink, tempfile.TemporaryFile() as errors:
        parent, child = pty.openpty() if terminal else (-1, -1)
        stderr: int | IO[bytes] = child if terminal else errors
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=sink, stderr=stderr, cwd=ROOT)
        if terminal:
            os.close(child)
            while True:  # drain the terminal as a real one would, or the child blocks on a full buffer
                try:
                    if not os.read(parent, 65536):
                        break
                except OSError:
                    break
            os.close(parent)
        process.wait()
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0)
    arguments = parser.parse_args()
    directory = corpus("corpus_2000", 2000 * 2600 / 1_000_000)
    shown: list[float] = []
    silent: list[float] = []
    for _ in range(arguments.rounds):
        silent.append(_export(directory, arguments.jobs, terminal=False))
        shown.append(_export(directory, arguments.jobs, terminal=True))
    rows = [
        ("machine", machine()),
        ("articles", str(len(list(directory.glob("*.txt"))))),
        ("no progress (stderr a file), s", " ".join(f"{t:.1f}" for t in silent)),
        ("progress (stderr a terminal), s", " ".join(f"{t:.1f}" for t in shown)),
        ("median difference", f"{statistics.median(shown) - statistics.median(silent):+.1f} s"),
    ]
    report("lytui export of a 2,000-article folder, with and without the progress display", rows)
    dump("export_progress", {"silent": silent, "shown": shown, "jobs": arguments.jobs})


if __name__ == "__main__":
    main()
