"""The app factory: tests and the CLI both call `make_app(path)`; the pipeline never imports this."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from lytui.cache import AnalysisCache
from lytui.model import Document
from lytui.pipeline import InputError, analyse, clean_file, read_bytes
from lytui.tui import safe
from lytui.tui.commands import ALL_GROUPS, APP_COMMANDS, bindings
from lytui.tui.keymap import load_keymap

LARGE_FILE_BYTES = 1_000_000
"""Files above this open at once with a loading screen; cleaning runs in a worker."""

PANE_OF_GROUP = {
    "Sections": "outline",
    "Article": "reader",
    "Keywords": "keywords",
    "Facts": "facts",
}


class LytuiApp(App[None]):
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = bindings(APP_COMMANDS)
    TITLE = "lytui"

    def __init__(
        self, document: Document | None = None, directory: Path | None = None, large_file: Path | None = None
    ) -> None:
        super().__init__()
        self.document = document
        self.directory = directory
        self.large_file = large_file
        self.analysis_cache = AnalysisCache()
        self.layout_state: dict[str, object] = {}  # kept from one article to the next in a folder
        self.keymap_overrides, self.keymap_error = load_keymap()

    def on_mount(self) -> None:
        if self.keymap_overrides:
            self.set_keymap(self.keymap_overrides)
        if self.keymap_error:
            safe.notify(self, self.keymap_error, title="keymap.toml ignored", severity="warning")
        if self.directory is not None:
            from lytui.tui.screens.corpus import CorpusScreen

            self.push_screen(CorpusScreen(self.directory))
        elif self.large_file is not None:
            from lytui.tui.screens.loading import LoadingScreen

            self.push_screen(LoadingScreen(self.large_file, self.large_file.stat().st_size))
        elif self.document is not None:
            from lytui.tui.screens.main import ArticleScreen

            self.push_screen(ArticleScreen(self.document))

    def analyse(self, document: Document) -> Document:
        """Analyse once per content: reopening an article (even in a later session) is a lookup."""
        return self.analysis_cache.get_or_compute(document, analyse)

    def cached(self, document: Document) -> Document | None:
        return self.analysis_cache.get(document)

    def action_help(self) -> None:
        from lytui.tui.screens.menus import HelpScreen

        keys = {active.binding.id: key for key, active in self.screen.active_bindings.items() if active.binding.id}
        self.push_screen(HelpScreen(keys))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for group, commands in ALL_GROUPS:
            for command in commands:
                if command.id in ("next-pane", "previous-pane"):
                    continue
                yield SystemCommand(f"{group}: {command.label}", command.help, self._runner(group, command.action))

    def _runner(self, group: str, action: str) -> Callable[[], None]:
        def run() -> None:
            pane = PANE_OF_GROUP.get(group)
            if pane is not None:
                found = self.screen.query(f"#{pane}")
                if not found:
                    self.notify(f"That command works in the {group.lower()} view", severity="warning")
                    return
                found.first().focus()
                self.call_after_refresh(self.run_action, f"focused.{action}")
            elif group in ("Article list", "Folder facts"):
                if hasattr(self.screen, f"action_{action}"):
                    self.call_after_refresh(self.run_action, f"screen.{action}")
                else:
                    self.notify(f"That command works in the {group.lower()} view", severity="warning")
            elif action.startswith("app."):
                self.call_after_refresh(self.run_action, action)
            else:
                namespace = "app" if action in ("help", "quit") else "screen"
                self.call_after_refresh(self.run_action, f"{namespace}.{action}")

        return run


def make_app(path: Path) -> LytuiApp:
    """Build the app for a file or a directory; raises InputError with a one-line message."""
    if path.is_dir():
        return LytuiApp(directory=path)
    if not path.is_file() or path.stat().st_size > LARGE_FILE_BYTES:
        read_bytes(path)  # missing, unreadable or over the hard limit: one-line error before the app starts
        return LytuiApp(large_file=path)
    return LytuiApp(document=clean_file(path))


__all__ = ["InputError", "LytuiApp", "make_app"]
