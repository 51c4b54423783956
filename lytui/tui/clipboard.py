"""One way to copy: OSC 52 through the terminal (reaches the local clipboard over SSH and tmux),
the local clipboard when there is one, and always a file, so nothing is lost when a terminal
ignores OSC 52. Never raises."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir
from textual.app import App

KEEP_COPIES = 50
"""Timestamped copies kept in the history folder; older ones are deleted on the next copy."""
_STAMPED = re.compile(r"\d{8}-\d{6}-\d{6}-")


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


def write_replacing(path: Path, text: str, mode: int) -> None:
    """Write through a new file in the same folder renamed over `path`: a symlink planted at `path`
    is replaced, never followed, and a reader never sees half a file."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def private_dir() -> Path:
    """The copy history, readable by the user alone: copies can hold anything the user selected."""
    directory = clip_dir()
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if directory.is_symlink() or not directory.is_dir():
        raise NotADirectoryError(str(directory))
    if directory.stat().st_mode & 0o077:
        os.chmod(directory, 0o700)  # made by an older lytui, or by hand
    return directory


def _prune(directory: Path, keep: int = KEEP_COPIES) -> None:
    stamped = sorted(p for p in directory.iterdir() if _STAMPED.match(p.name) and not p.is_symlink())
    for old in stamped[:-keep] if keep else stamped:
        with contextlib.suppress(OSError):
            old.unlink()


def save_copy(text: str, label: str, extension: str = "txt") -> Path | None:
    try:
        directory = private_dir()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = directory / f"{stamp}-{label}.{extension}"
        write_replacing(path, text, 0o600)
        write_replacing(directory / f"latest.{extension}", text, 0o600)
        _prune(directory)
        return path
    except OSError:
        return None


def copy_text(app: App[Any], text: str, label: str, extension: str = "txt") -> CopyResult:
    with contextlib.suppress(Exception):  # a broken driver must not crash a copy
        app.copy_to_clipboard(text)
    result = CopyResult(save_copy(text, label, extension), _local_clipboard(text))
    where = f"saved to {result.saved_to}" if result.saved_to else "could not save a copy file"
    preview = text if len(text) <= 40 else text[:40].replace("\n", " ") + "…"
    from lytui.tui import safe

    safe.notify(app, f"Copied {label}: {preview}\n{where}", title="Copied", timeout=6)
    return result
