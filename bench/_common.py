"""Shared helpers for the benchmark scripts: timing children, their peak memory, the corpora."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SEED = ROOT / "seeds" / "000_eaa03b8991818edb.txt"
PYTHON = sys.executable
sys.path.insert(0, str(ROOT))

# Peak RSS of the child itself from /proc (VmHWM): `ru_maxrss` of a process started from a large
# parent keeps the parent's peak across fork and exec on Linux, so it would report the benchmark's own
# size. Worker processes the child starts are counted through RUSAGE_CHILDREN.
_REPORT_RSS = (
    "import atexit, resource, sys\n"
    "def _peak_kb():\n"
    "    try:\n"
    "        with open('/proc/self/status') as status:\n"
    "            own = next(int(l.split()[1]) for l in status if l.startswith('VmHWM:'))\n"
    "    except (OSError, StopIteration):\n"
    "        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "    return max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "atexit.register(lambda: sys.stderr.write('\\nPEAK_RSS_KB=%d\\n' % _peak_kb()))\n"
)


def run_child(
    code: str, *args: str, stdout: int | None = subprocess.DEVNULL, root: Path = ROOT
) -> tuple[float, int, str]:
    """Run Python code in a fresh process: (wall seconds, peak RSS in KB, stderr).

    The on-disk analysis cache is off, so every run measures real work, not a cache hit. `root` is the
    source tree the child imports lytui from (another checkout measures an earlier commit in this run)."""
    env = dict(os.environ, PYTHONPATH=str(root), LYTUI_NO_DISK_CACHE="1")
    start = time.perf_counter()
    result = subprocess.run(
        [PYTHON, "-c", _REPORT_RSS + code, *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,  # `python -c` puts the working directory first on sys.path, before PYTHONPATH
        check=False,
    )
    wall = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr[-2000:])
    rss = 0
    for line in result.stderr.splitlines():
        if line.startswith("PEAK_RSS_KB="):
            rss = int(line.split("=")[1])
    return wall, rss, result.stderr


def median_wall(code: str, *args: str, runs: int = 5) -> float:
    return statistics.median(run_child(code, *args)[0] for _ in range(runs))


def median_mark(code: str, mark: str, *args: str, runs: int = 5) -> float:
    """Median of a `MARK=seconds` line the child writes to stderr (time from its first line)."""
    values = []
    for _ in range(runs):
        _, _, stderr = run_child(code, *args)
        values.append(float(next(line for line in stderr.splitlines() if line.startswith(mark + "=")).split("=")[1]))
    return statistics.median(values)


def corpus(name: str, megabytes: float) -> Path:
    """A folder of generated articles totalling about `megabytes` (kept in bench/out between runs)."""
    from bench.corpus import write_corpus

    directory = OUT / name
    marker = directory / ".complete"
    if not marker.exists():
        count = max(1, int(megabytes * 1_000_000 / 2600))
        write_corpus(directory, count, seed=hash(name) % 1000)
        marker.write_text("ok")
    return directory


def big_file(megabytes: float = 5.0) -> Path:
    """One file of about `megabytes`, made by joining generated articles."""
    import random

    from bench.corpus import make_article

    path = OUT / f"big_{megabytes:g}mb.txt"
    if not path.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        rng = random.Random(5)
        parts: list[str] = []
        size = 0
        while size < megabytes * 1_000_000:
            article = make_article(rng)
            parts.append(article)
            size += len(article.encode("utf-8"))
        path.write_text("\n".join(parts), encoding="utf-8")
    return path


def chars_in(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in paths)


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n## {title}")
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


def machine() -> str:
    import platform

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def dump(name: str, data: dict[str, object]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=1), encoding="utf-8")


def bare_app_code(text_expression: str) -> str:
    """A bare Textual app that shows `text_expression` in a Static and exits after its first frame."""
    return f"""
import time
_started = time.perf_counter()
import sys
from pathlib import Path
from textual.app import App
from textual.widgets import Static
text = {text_expression}
class Bare(App):
    def compose(self):
        yield Static(text)
    def on_mount(self):
        self.call_after_refresh(self.painted)
    def painted(self):
        sys.stderr.write("PAINTED_S=%f\\n" % (time.perf_counter() - _started))
        self.exit()
Bare().run(headless=True, size=(120, 40))
"""
