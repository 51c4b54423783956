"""Row 1 in a real terminal: tmux obeys OSC 2 and OSC 52, so a leak would retitle its pane or fill
its paste buffer."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.safety.hostile import HOSTILE_ARTICLE, write
from tests.tui.test_tmux import _tmux, _wait_for, start_lytui

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed on this machine")


def assert_untouched(socket: str) -> None:
    title = _tmux(socket, "display", "-p", "-t", "lytui", "#{pane_title}")
    assert "pwnd" not in title and "named" not in title
    assert _tmux(socket, "list-buffers") == ""


def test_an_article_cannot_retitle_the_terminal_or_set_the_clipboard(tmp_path: Path) -> None:
    article = write(tmp_path / "a\x1b]2;named\x07.txt", HOSTILE_ARTICLE.replace("pwned", "pwnd"))
    socket = f"lytui-safety-{os.getpid()}"
    start_lytui(socket, tmp_path, str(article))
    try:
        _wait_for(socket, "苏区干部好作风")
        time.sleep(1)
        assert_untouched(socket)
        _tmux(socket, "send-keys", "-t", "lytui", "2", "o")  # the original text, commands and all
        screen = _wait_for(socket, "␛]52;c;aGFja2Vk␇")
        assert "资金138亿元" in screen
        _tmux(socket, "send-keys", "-t", "lytui", "r")
        time.sleep(1)
        assert_untouched(socket)
        _tmux(socket, "send-keys", "-t", "lytui", "q")
    finally:
        _tmux(socket, "kill-server")
