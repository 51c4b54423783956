"""One way to copy: OSC 52 through the terminal (reaches the local clipboard over SSH and tmux),
the local clipboard when there is one, and always a file, so nothing is lost when a terminal
ignores OSC 52. Never raises."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_state_dir
from textual.app import App


@dataclass(frozen=True, slots=True)
class CopyResult:
    saved_to: Path | None
    local_clipboard: bool


def clip_dir() -> Path:
    return Path(os.environ.get("LYTUI_STATE_DIR") or user_state_dir("lytui")) / "clipboard"


def _local_clipboard(text: str) -> bool:
    has_display = sys.platform in ("darwin", "win32") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if not has_display or os.environ.get("SSH_CONNECTION"):
        return False
    try:
        import pyperclip

        pyperclip.copy(text)
        return True
    except Exception:  # noqa: BLE001 - any clipboard backend failure just means "not copied locally"
        return False


def save_copy(text: str, label: str, extension: str = "txt") -> Path | None:
    try:
        directory = clip_dir()
        directory.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = directory / f"{stamp}-{label}.{extension}"
        path.write_text(text, encoding="utf-8")
        latest = directory / f"latest.{extension}"
        latest.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None


def copy_text(app: App[object], text: str, label: str, extension: str = "txt") -> CopyResult:
    with contextlib.suppress(Exception):  # a broken driver must not crash a copy
        app.copy_to_clipboard(text)
    result = CopyResult(save_copy(text, label, extension), _local_clipboard(text))
    where = f"saved to {result.saved_to}" if result.saved_to else "could not save a copy file"
    preview = text if len(text) <= 40 else text[:40].replace("\n", " ") + "…"
    from lytui.tui import safe

    safe.notify(app, f"Copied {label}: {preview}\n{where}", title="Copied", timeout=6)
    return result
