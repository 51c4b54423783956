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
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9._-]+")

OSC52_LIMIT = 1_048_576
"""Bytes one OSC 52 sequence may take: tmux drops a longer escape sequence (its default
input-buffer-size is 1 MiB) and many terminals accept less, all without telling the program. A
longer copy is not sent to the terminal at all; the user is told it is too large and where the
file is."""


@dataclass(frozen=True, slots=True)
class CopyResult:
    saved_to: Path | None
    local_clipboard: bool
    terminal: bool
    """Whether the text was sent to the terminal's clipboard (OSC 52); False when too large."""


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
        path = directory / f"{stamp}-{file_label(label)}.{extension}"
        write_replacing(path, text, 0o600)
        write_replacing(directory / f"latest.{extension}", text, 0o600)
        _prune(directory)
        return path
    except OSError:
        return None


def file_label(label: str) -> str:
    """`12 facts as tsv` → `12-facts-as-tsv`: a copy's file name needs no quoting in a shell."""
    return _UNSAFE_IN_NAME.sub("-", label).strip("-") or "copy"


def fits_osc52(text: str) -> bool:
    """Whether `text` fits one OSC 52 sequence: ESC ] 52 ; c ; base64 BEL."""
    encoded = -(-len(text.encode("utf-8", errors="surrogateescape")) // 3) * 4
    return len("\x1b]52;c;\a") + encoded <= OSC52_LIMIT


def _size(text: str) -> str:
    size = len(text.encode("utf-8", errors="surrogateescape"))
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def copy_text(app: App[Any], text: str, label: str, extension: str = "txt") -> CopyResult:
    from lytui.tui import safe

    terminal = fits_osc52(text)
    if terminal:
        with contextlib.suppress(Exception):  # a broken driver must not crash a copy
            app.copy_to_clipboard(text)
    result = CopyResult(save_copy(text, label, extension), _local_clipboard(text), terminal)
    where = f"saved to {result.saved_to}" if result.saved_to else "could not save a copy file"
    if not terminal:
        too_large = f"{label} ({_size(text)}) is too large for the terminal's clipboard"
        if result.local_clipboard:
            safe.notify(app, f"Copied {label} to the system clipboard; {too_large}\n{where}", title="Copied")
        else:
            safe.notify(app, f"Not copied: {too_large}\n{where}", title="Too large to copy", severity="warning")
        return result
    preview = text if len(text) <= 40 else text[:40].replace("\n", " ") + "…"
    safe.notify(app, f"Copied {label}: {preview}\n{where}", title="Copied", timeout=6)
    return result
