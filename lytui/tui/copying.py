"""Copy and export of a facts table, shared by the article screen and the folder-wide facts screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from textual.app import App

from lytui.export import render_table
from lytui.tui import safe
from lytui.tui.clipboard import copy_text
from lytui.tui.screens.menus import FormatMenu

EXTENSIONS = {"tsv": "tsv", "csv": "csv", "json": "json", "md": "md"}
Table = tuple[Sequence[str], Sequence[Sequence[str]]]


def copy_or_export(
    app: App[object],
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
        path = Path.cwd() / f"{stem}.facts.{EXTENSIONS[fmt]}"
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            safe.notify(app, f"Could not write {path}: {error.strerror}", severity="error")
            return
        safe.notify(app, f"Exported {len(rows)} facts to {path}", title="Exported", timeout=6)

    title = "Export the filtered table to a file as…" if exporting else "Copy the filtered table as…"
    app.push_screen(FormatMenu(title), chosen)
