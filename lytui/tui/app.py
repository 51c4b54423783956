"""The app factory: tests and the CLI both call `make_app(path)`; the pipeline never imports this."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.screen import Screen

from lytui.model import Document, InputError
from lytui.tui import safe
from lytui.tui.commands import APP_COMMANDS, bindings
from lytui.tui.keymap import load_keymap

if TYPE_CHECKING:
    from lytui.cache import AnalysisCache
    from lytui.early_clean import EarlyClean
    from lytui.tui.commands import Command
    from lytui.tui.registry import CommandGroup

LARGE_FILE_BYTES = 1_000_000
"""Files above this open at once with a loading screen; cleaning runs in a worker."""


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
        self.layout_state: dict[str, object] = {}  # kept from one article to the next in a folder
        self.keymap_overrides, self.keymap_error = load_keymap()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Start the app with the garbage collector quiet until the first frame is drawn: what importing
        and cleaning made lives as long as the app, so it is frozen (never walked again), and no
        collection runs while Textual builds the screen (they took about a tenth of the start-up)."""
        gc.freeze()
        gc.disable()
        try:
            return super().run(*args, **kwargs)
        finally:
            gc.enable()

    def on_mount(self) -> None:
        self.call_after_refresh(gc.enable)
        if self.keymap_overrides:
            self.set_keymap(self.keymap_overrides)
        if self.keymap_error:
            safe.notify(self, self.keymap_error, title="keymap.toml ignored", severity="warning")
        elif self.keymap_overrides:
            from lytui.tui.registry import keymap_problems

            problems = keymap_problems(self.keymap_overrides)
            if problems:
                safe.notify(self, "; ".join(problems), title="keymap.toml", severity="warning", timeout=10)
        if self.directory is not None:
            from lytui.tui.screens.corpus import CorpusScreen

            self.push_screen(CorpusScreen(self.directory))
        elif self.large_file is not None:
            from lytui.tui.screens.loading import LoadingScreen

            self.push_screen(LoadingScreen(self.large_file, self.large_file.stat().st_size))
        elif self.document is not None:
            from lytui.tui.screens.main import ArticleScreen

            self.push_screen(ArticleScreen(self.document))

    @cached_property
    def analysis_cache(self) -> AnalysisCache:
        """Made when the first article is analysed, after its text is on screen: the cache module and
        its directory lookup are not on the way to the first frame."""
        from lytui.cache import AnalysisCache

        return AnalysisCache()

    def analyse(self, document: Document) -> Document:
        """Analyse once per content: reopening an article (even in a later session) is a lookup."""
        from lytui.pipeline import analyse

        return self.analysis_cache.get_or_compute(document, analyse)

    def cached(self, document: Document) -> Document | None:
        return self.analysis_cache.get(document)

    def action_help(self) -> None:
        from lytui.tui.registry import REGISTRY
        from lytui.tui.screens.menus import HelpScreen

        self.push_screen(HelpScreen(REGISTRY, self.keymap_overrides))

    def action_help_quit(self) -> None:
        """Ctrl+C: say which key quits, the one lytui binds (Textual's own advice is Ctrl+Q, which
        terminals and tmux may take)."""
        keys = self.keymap_overrides.get("lytui.quit", next(c.key for c in APP_COMMANDS if c.id == "quit"))
        safe.notify(self, f"Press {keys.split(',')[0]} to quit", title="Do you want to quit?")

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from lytui.tui.registry import palette_commands

        yield from super().get_system_commands(screen)
        for group, command in palette_commands(self, screen):
            yield SystemCommand(f"{group.title}: {command.label}", command.help, self._runner(group, command))

    def _runner(self, group: CommandGroup, command: Command) -> Callable[[], None]:
        """Run a palette command on what its group's type names: the app, this screen, or the first pane
        of that type, focused (and maximised instead of the maximised one) first; a moving command on
        what the moving keys move here (the focused pane)."""

        def run() -> None:
            screen = self.screen
            if group.shared:
                from lytui.tui.registry import move_target

                target = move_target(screen)
                if target is not None:
                    self.call_after_refresh(target.run_action, command.action)
                return
            if isinstance(screen, group.target):
                self.call_after_refresh(screen.run_action, command.action)
                return
            if isinstance(self, group.target):
                self.call_after_refresh(self.run_action, command.action)
                return
            from lytui.tui.registry import panes_of

            panes = panes_of(group, screen)
            if not panes:
                safe.notify(self, f"Nothing here runs “{command.label}”", severity="warning")
                return
            pane = panes[0]
            if screen.maximized is not None and screen.maximized is not pane:
                screen.maximize(pane)
            pane.focus()
            self.call_after_refresh(pane.run_action, command.action)

        return run


def make_app(path: Path, early: EarlyClean | None = None) -> LytuiApp:
    """Build the app for a file or a directory; raises InputError with a one-line message. `early` is
    a child already cleaning `path` (lytui.early_clean): its Document is taken when it has one."""
    document = early.document() if early is not None else None
    if document is not None:
        return LytuiApp(document=document)
    from lytui.pipeline import clean_file, read_bytes

    if path.is_dir():
        return LytuiApp(directory=path)
    if not path.is_file() or path.stat().st_size > LARGE_FILE_BYTES:
        read_bytes(path)  # missing, unreadable or over the hard limit: one-line error before the app starts
        return LytuiApp(large_file=path)
    return LytuiApp(document=clean_file(path))


__all__ = ["InputError", "LytuiApp", "make_app"]
