"""Cleaning a small article in a forked child while the parent imports the interface.

Before the first frame, lytui imports Textual (about half of its start-up) and, independently, imports
the pipeline and cleans the file (about a third). On a machine with a second core the two can overlap:
`start` forks before Textual is imported, the child imports the pipeline, cleans the file and sends the
pickled Document back through a pipe; the parent imports the interface meanwhile and takes the Document
when it builds the app. The parent never needs the pipeline before its first frame.

What it costs: a fork of a small process (Textual not yet loaded), a second Python process alive for the
length of the cleaning, the pipeline imported twice (again in the parent when it analyses, after the first
frame), and a pickle of the Document (about 70 KB and a millisecond for the seed). On one core the child
only competes with the parent, so the first frame comes no sooner.

Anything that goes wrong in the child (no `os.fork` on the platform, an exception, a signal, a child that
takes longer than `TIMEOUT`) leaves the parent to clean in process as before, with the same Document or the
same one-line error; the child is always reaped, so none is left behind or as a zombie."""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lytui.model import Document

TIMEOUT = 30.0
"""Seconds the parent waits for the child's Document before it kills the child and cleans itself."""


class EarlyClean:
    """A child cleaning `path`; `document()` is its Document, or None when the parent must clean."""

    def __init__(self, path: Path, pid: int, reader: int) -> None:
        self.path = path
        self._pid: int | None = pid
        self._reader = reader

    def document(self, timeout: float = TIMEOUT) -> Document | None:
        """The child's Document, or None (the child failed or was too slow). Reaps the child either way."""
        if self._pid is None:
            return None
        payload = self._read(timeout)
        exited_cleanly = self._reap(kill=payload is None)
        if payload is None or not exited_cleanly:
            return None
        try:
            document = pickle.loads(payload)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
            # a damaged payload: clean in process instead
            return None
        from lytui.model import Document

        return document if isinstance(document, Document) else None

    def cancel(self) -> None:
        """Stop the child when its Document is no longer wanted (the app did not start)."""
        if self._pid is not None:
            self._reap(kill=True)

    def _read(self, timeout: float) -> bytes | None:
        """Everything the child writes until it closes the pipe; None after `timeout` seconds."""
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not select.select([self._reader], [], [], remaining)[0]:
                    return None
                chunk = os.read(self._reader, 1 << 20)
                if not chunk:
                    return b"".join(chunks)
                chunks.append(chunk)
        except (OSError, ValueError):
            return None

    def _reap(self, kill: bool) -> bool:
        """Close the pipe and wait for the child (killed first if `kill`); True when it exited with 0."""
        pid, self._pid = self._pid, None
        os.close(self._reader)
        if pid is None:
            return False
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return False
        return os.waitstatus_to_exitcode(status) == 0


def start(path: Path, largest: int) -> EarlyClean | None:
    """Fork a child that cleans `path`, when it is a regular file of at most `largest` bytes, the
    platform can fork and a core is free for the child; None otherwise (the caller cleans in process).
    Call it before importing Textual: the fork is cheap only while the process is small and has no threads."""
    if not hasattr(os, "fork") or os.environ.get("LYTUI_NO_EARLY_CLEAN") or not _a_core_is_free():
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > largest:
        return None
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(reader)
        os.close(writer)
        return None
    if pid == 0:  # pragma: no cover - the child; tests see what it sends
        _child(path, reader, writer)
    os.close(writer)
    return EarlyClean(path, pid, reader)


def _a_core_is_free() -> bool:
    """Two cores this process may run on, and fewer processes waiting to run than cores: otherwise the
    child would only take turns with the parent, and the two together do about an eighth more work
    than the parent cleaning alone (the model imported twice, the pickle, the fork). On a 2-core machine
    loaded by other sessions (Linux schedules each session as a group, so the child competes mostly with
    its own parent) a forced child made the first frame later: 1.47-1.87x the bare app against 1.09-1.57x
    in process at loads of 5-10 (bench/README.md)."""
    try:
        cores: float = len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota()
    if quota is not None:
        cores = min(cores, quota)
    try:
        waiting = os.getloadavg()[0]
    except (AttributeError, OSError):
        waiting = 0.0
    return cores >= 2 and waiting < cores - 0.5


CGROUP_ROOT = Path("/sys/fs/cgroup")


def cgroup_cpu_quota(root: Path = CGROUP_ROOT) -> float | None:
    """The CPUs a cgroup quota grants, None without one: a container started with `--cpus 1` still sees
    every core of its host in its affinity, and a child there would only take turns with its parent.
    cgroup v2 keeps the quota in `cpu.max` ("max 100000" when unlimited), v1 in `cpu.cfs_quota_us`
    (-1 when unlimited) over `cpu.cfs_period_us`."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError, ZeroDivisionError):
        pass
    for controller in ("cpu", "cpu,cpuacct"):
        try:
            quota_us = int((root / controller / "cpu.cfs_quota_us").read_text())
            period_us = int((root / controller / "cpu.cfs_period_us").read_text())
            return None if quota_us <= 0 else quota_us / period_us
        except (OSError, ValueError, ZeroDivisionError):
            continue
    return None


def _child(path: Path, reader: int, writer: int) -> None:
    """Clean, send, and leave with os._exit: never the parent's atexit handlers, buffers or terminal.
    Ctrl-C in the terminal reaches the child too; it then leaves with a failure status like any error."""
    status = 1
    try:
        os.close(reader)
        from lytui.pipeline import clean_file

        data = memoryview(pickle.dumps(clean_file(path), protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(writer, data) :]
        status = 0
    except BaseException:  # noqa: BLE001 - any failure means the parent cleans; nothing may print
        status = 1
    finally:
        os._exit(status)
