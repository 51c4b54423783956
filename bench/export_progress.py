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


def _export(directory: Path, jobs: int, terminal: bool) -> tuple[float, float]:
    """Wall time, and processor time of lytui and its workers (less sensitive to other load)."""
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
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = 0
        return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0)
    arguments = parser.parse_args()
    directory = corpus("corpus_2000", 2000 * 2600 / 1_000_000)
    shown: list[tuple[float, float]] = []
    silent: list[tuple[float, float]] = []
    for _ in range(arguments.rounds):
        silent.append(_export(directory, arguments.jobs, terminal=False))
        shown.append(_export(directory, arguments.jobs, terminal=True))
    rows = [("machine", f"{machine()}, load average {os.getloadavg()[0]:.1f} at the end")]
    rows.append(("articles", str(len(list(directory.glob("*.txt"))))))
    for label, index in (("wall", 0), ("processor", 1)):
        off = [run[index] for run in silent]
        on = [run[index] for run in shown]
        rows.append((f"{label}, no progress (stderr a file), s", " ".join(f"{t:.1f}" for t in off)))
        rows.append((f"{label}, progress (stderr a terminal), s", " ".join(f"{t:.1f}" for t in on)))
        change = statistics.median(on) / statistics.median(off) - 1
        rows.append((f"{label}, median change", f"{change:+.1%}"))
    report("lytui export of a 2,000-article folder, with and without the progress display", rows)
    dump("export_progress", {"silent": silent, "shown": shown, "jobs": arguments.jobs})


if __name__ == "__main__":
    main()
