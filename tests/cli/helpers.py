"""Running lytui as a user would, and watching its processes."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import SEED

# A program started from a shell gets Ctrl-C; a pytest-xdist worker may have it ignored or blocked by
# then, and both pass through exec to a child. The child resets them and execs lytui in its own place
# (same pid), since a preexec_fn is unsafe in a process with threads.
_AS_FROM_A_SHELL = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM}); "
    "os.execv(sys.executable, [sys.executable, '-m', 'lytui', *sys.argv[1:]])"
)


def lytui(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.Popen([sys.executable, "-c", _AS_FROM_A_SHELL, *args], **options)  # type: ignore[call-overload, no-any-return]


def one_line_error(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lytui: "), stderr


def folder_of_seeds(folder: Path, count: int) -> Path:
    """Each copy differs by a line, so the content cache cannot make a batch finish before a test acts."""
    folder.mkdir(exist_ok=True)
    seed = SEED.read_text(encoding="utf-8")
    for index in range(count):
        (folder / f"{index:02d}.txt").write_text(f"{seed}\n第{index}段。\n", encoding="utf-8")
    return folder


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def wait_for(condition: Callable[[], object], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
