"""`lytui export DIR` shows its progress on a terminal's standard error, never on standard output, and
says nothing extra when standard error is a file or a pipe, or with --quiet."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

from rich.console import Console

from lytui.corpus import run_export
from lytui.tui.progress import ExportProgressDisplay, wanted
from tests.cli.helpers import folder_of_seeds, lytui


def _folder(tmp_path: Path) -> Path:
    folder = folder_of_seeds(tmp_path / "articles", 3)
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


def _with_terminal_stderr(*args: str) -> tuple[bytes, str]:
    """Standard output through a pipe, standard error on a pseudo-terminal, as in `lytui export DIR > x`."""
    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 250, 0, 0))  # long paths stay on one line
    process = subprocess.Popen(
        [sys.executable, "-m", "lytui", *args],
        stdin=subprocess.DEVNULL,  # as stdin is the same terminal in use: Rich sizes itself by stderr
        stdout=subprocess.PIPE,
        stderr=child,
        env={k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")},  # the terminal says its size
    )
    os.close(child)
    assert process.stdout is not None
    seen = b""
    out = b""
    while True:
        ready, _, _ = select.select([parent, process.stdout.fileno()], [], [], 60)
        if not ready:
            break
        if parent in ready:
            try:
                chunk = os.read(parent, 65536)
            except OSError:  # the child's side closed
                chunk = b""
            seen += chunk
        if process.stdout.fileno() in ready:
            piece = os.read(process.stdout.fileno(), 65536)
            if not piece:
                break
            out += piece
    out += process.stdout.read()
    process.wait(60)
    os.close(parent)
    return out, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode("utf-8", errors="replace"))


def test_progress_goes_to_a_terminal_stderr_and_stdout_is_the_same_export(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    plain = lytui("export", str(folder), "-j", "1")
    expected, errors = plain.communicate(timeout=120)
    assert "exporting" not in errors.decode() and errors.decode().startswith("lytui: ")  # a pipe: no progress
    out, terminal = _with_terminal_stderr("export", str(folder), "-j", "1")
    assert out == expected  # the export alone on standard output
    assert "exporting" in terminal and "4/4" in terminal and "1 failed" in terminal and "articles/s" in terminal
    assert "zz_empty.txt: the file is empty" in terminal  # failures still print, above the bar
    quiet_out, quiet = _with_terminal_stderr("export", str(folder), "-j", "1", "--quiet")
    assert quiet_out == expected and "exporting" not in quiet and "the file is empty" in quiet


def test_the_display_shows_done_of_all_rate_and_failures() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100, color_system=None)
    with ExportProgressDisplay(console) as display:
        display.update(0, 2000, 1)
        display.update(1500, 2000, 4)
    shown = buffer.getvalue()
    assert "1500/2000" in shown and "4 failed" in shown and "ETA" in shown


def test_run_export_reports_every_article(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    calls: list[tuple[int, int, int]] = []
    assert run_export(folder, "jsonl", "facts", None, 1, lambda *call: calls.append(call)) == 1
    assert calls == [(0, 4, 0), (1, 4, 0), (2, 4, 0), (3, 4, 0), (4, 4, 1)]


def test_progress_only_for_a_person_at_a_terminal() -> None:
    assert not wanted(quiet=True)
    assert not wanted(quiet=False)  # pytest captures standard error: not a terminal
