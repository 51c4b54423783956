"""The real app in tmux: paint, keys, and a copied fact arriving in tmux's buffer through OSC 52."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed on this machine")


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, check=False).stdout


def _wait_for(socket: str, needle: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux(socket, "capture-pane", "-p", "-t", "lytui")
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")


def start_lytui(socket: str, tmp_path: Path, *arguments: str) -> None:
    """lytui in a detached 100x30 tmux session named `lytui`, with clipboard passthrough on (as the
    README tells users to set it) and state and keymap kept in `tmp_path`."""
    config = tmp_path / "tmux.conf"
    config.write_text("set -g set-clipboard on\nset -g allow-passthrough on\n", encoding="utf-8")
    command = (
        f"cd {ROOT} && LYTUI_STATE_DIR={tmp_path / 'state'} LYTUI_KEYMAP={tmp_path / 'none.toml'} "
        f"{sys.executable} -m lytui {' '.join(shlex.quote(a) for a in arguments)}; sleep 5"
    )
    _tmux(socket, "-f", str(config), "new-session", "-d", "-s", "lytui", "-x", "100", "-y", "30", command)


def test_copy_a_fact_in_real_tmux(tmp_path: Path) -> None:
    socket = f"lytui-test-{os.getpid()}"
    start_lytui(socket, tmp_path)
    try:
        _wait_for(socket, "又见苏区干部好作风")
        _tmux(socket, "send-keys", "-t", "lytui", "4")
        _wait_for(socket, "person")  # the facts pane has filled in from the worker
        _tmux(socket, "send-keys", "-t", "lytui", "K")
        _wait_for(socket, "13800000000 CNY")
        _tmux(socket, "send-keys", "-t", "lytui", "y")
        deadline = time.monotonic() + 10
        buffer = ""
        while time.monotonic() < deadline and buffer != "13800000000 CNY":
            buffer = _tmux(socket, "show-buffer")
            time.sleep(0.2)
        assert buffer == "13800000000 CNY"
        saved = tmp_path / "state" / "clipboard" / "latest.txt"
        while time.monotonic() < deadline and not saved.exists():  # the file may land just after the OSC 52
            time.sleep(0.2)
        assert saved.read_text(encoding="utf-8") == "13800000000 CNY"
        _tmux(socket, "send-keys", "-t", "lytui", "q")
    finally:
        _tmux(socket, "kill-server")
