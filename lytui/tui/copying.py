"""Copy and export of a facts table, shared by the article screen and the folder-wide facts screen."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from textual.app import App

from lytui.export import render_table
from lytui.model import visible_controls
from lytui.tui import safe
from lytui.tui.clipboard import copy_text, write_replacing
from lytui.tui.screens.menus import Confirm, FormatMenu, PathInput

EXTENSIONS = {"tsv": "tsv", "csv": "csv", "json": "json", "md": "md"}
Table = tuple[Sequence[str], Sequence[Sequence[str]]]


def _export_to(app: App[Any], answer: str | None, text: str, count: int) -> None:
    """Write an export where the user said; an existing file is replaced only when they confirm, and a
    symbolic link is never written through (a planted `name.csv -> ~/.bashrc` stays untouched)."""
    if not answer or not answer.strip():
        return
    path = Path(answer.strip()).expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    if path.is_symlink():
        safe.notify(app, f"Not written: {path} is a symbolic link", severity="error")
        return
    if path.is_dir():
        safe.notify(app, f"Not written: {path} is a folder", severity="error")
        return

    def write(confirmed: bool | None = True) -> None:
        if not confirmed:
            safe.notify(app, "Export cancelled", timeout=2)
            return
        try:
            write_replacing(path, text, 0o666 & ~_umask())
        except OSError as error:
            safe.notify(app, f"Could not write {path}: {error.strerror or error}", severity="error")
            return
        safe.notify(app, f"Exported {count} facts to {path}", title="Exported", timeout=6)

    if path.exists():
        app.push_screen(Confirm(f"{path} exists. Replace it?"), write)
    else:
        write()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def copy_or_export(
    app: App[Any],
    scope: str,
    value: str | None,
    row_index: int | None,
    table: Callable[[], Table],
    stem: str,
) -> None:
    """`scope` is value | row | table | export; tables ask for a format first (TSV highlighted)."""
    if scope in ("value", "row") and (value is None or row_index is None):
        app.notify("No fact selected", severity="warning", timeout=2)
        return
    if scope == "value":
        copy_text(app, value or "", "value")
        return
    if scope == "row":
        header, rows = table()
        line = render_table(header, [rows[row_index or 0]], "tsv").splitlines()[1]
        copy_text(app, line + "\n", "row")
        return
    exporting = scope == "export"

    def chosen(fmt: str | None) -> None:
        if fmt is None:
            return
        header, rows = table()
        text = render_table(header, rows, fmt)
        if not exporting:
            copy_text(app, text, f"{len(rows)} facts as {fmt}", EXTENSIONS[fmt])
            return
        suggested = Path.cwd() / f"{visible_controls(stem)}.facts.{EXTENSIONS[fmt]}"
        app.push_screen(
            PathInput(f"Export {len(rows)} facts as {fmt} to (Enter writes, Esc cancels):", str(suggested)),
            lambda answer: _export_to(app, answer, text, len(rows)),
        )

    title = "Export the filtered table to a file as…" if exporting else "Copy the filtered table as…"
    app.push_screen(FormatMenu(title), chosen)
