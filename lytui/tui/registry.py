"""One registry of every command, each group with the type that runs it: bindings, footer, help and
the command palette all read it, and the palette finds a command's pane by that type, never by the
help heading it is listed under."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

from lytui.tui.commands import (
    APP_COMMANDS,
    CONFIRM_COMMANDS,
    CORPUS_COMMANDS,
    CORPUS_FACT_COMMANDS,
    FACT_COMMANDS,
    FACT_DETAIL_COMMANDS,
    FORMAT_COMMANDS,
    HELP_COMMANDS,
    KEYWORD_COMMANDS,
    LOADING_COMMANDS,
    MOVE_COMMANDS,
    PROMPT_COMMANDS,
    READER_COMMANDS,
    SCREEN_COMMANDS,
    Command,
)
from lytui.tui.screens.corpus import CorpusScreen
from lytui.tui.screens.corpus_facts import CorpusFactsScreen
from lytui.tui.screens.fact_detail import FactDetail
from lytui.tui.screens.loading import LoadingScreen
from lytui.tui.screens.main import ArticleScreen
from lytui.tui.screens.menus import Confirm, FormatMenu, HelpScreen, LineInput, PathInput, Prompt
from lytui.tui.widgets.facts import FactsTable
from lytui.tui.widgets.keywords import KeywordsTable
from lytui.tui.widgets.reader import Reader

ALL_SCREENS: tuple[type[Screen[None]], ...] = (ArticleScreen, CorpusScreen, CorpusFactsScreen, LoadingScreen)


@dataclass(frozen=True, slots=True)
class CommandGroup:
    title: str
    """The heading in help and the palette's prefix."""
    target: type[DOMNode]
    """What runs the commands: the app, a screen, or the pane widget the palette focuses first."""
    screens: tuple[type[Screen[Any]], ...]
    """Where the target is found, so keys that would be live at the same time can be checked."""
    commands: tuple[Command, ...]
    shared: bool = False
    """Bound on every pane (moving keys): they are live together with each pane's own commands."""


REGISTRY: tuple[CommandGroup, ...] = (
    CommandGroup("Everywhere", App, ALL_SCREENS, APP_COMMANDS),
    CommandGroup("Panes", ArticleScreen, (ArticleScreen,), SCREEN_COMMANDS),
    CommandGroup("Moving (text, lists, tables)", Widget, ALL_SCREENS, MOVE_COMMANDS, shared=True),
    CommandGroup("Article", Reader, (ArticleScreen,), READER_COMMANDS),
    CommandGroup("Keywords", KeywordsTable, (ArticleScreen,), KEYWORD_COMMANDS),
    CommandGroup("Facts", FactsTable, (ArticleScreen,), FACT_COMMANDS),
    CommandGroup("Article list", CorpusScreen, (CorpusScreen,), CORPUS_COMMANDS),
    CommandGroup("Folder facts", CorpusFactsScreen, (CorpusFactsScreen,), CORPUS_FACT_COMMANDS),
    CommandGroup("Fact detail", FactDetail, (FactDetail,), FACT_DETAIL_COMMANDS),
    CommandGroup("Opening a large file", LoadingScreen, (LoadingScreen,), LOADING_COMMANDS),
    CommandGroup("Prompts and menus", Prompt, (LineInput, PathInput, FormatMenu), PROMPT_COMMANDS),
    CommandGroup("Copy and export formats", FormatMenu, (FormatMenu,), FORMAT_COMMANDS),
    CommandGroup("Questions", Confirm, (Confirm,), CONFIRM_COMMANDS),
    CommandGroup("This help", HelpScreen, (HelpScreen,), HELP_COMMANDS),
)
"""Sections (the tree) has no commands of its own: it moves with the shared keys and Enter does nothing."""


def _is_widget_level(group: CommandGroup) -> bool:
    return not issubclass(group.target, (App, Screen))


def _live_together(first: CommandGroup, second: CommandGroup) -> bool:
    """Whether two groups' keys can be pressed in the same state: the app's and a screen's keys stay
    live under every focused pane, the moving keys under each pane's own; two panes never are."""
    if not set(first.screens) & set(second.screens):
        return False
    if first is second or not (_is_widget_level(first) and _is_widget_level(second)):
        return True
    return first.shared or second.shared


def _keys(command: Command, keymap: dict[str, str]) -> set[str]:
    keys = keymap.get(f"lytui.{command.id}", command.key)
    return {key.strip() for key in keys.split(",") if key.strip()}


def keymap_problems(keymap: dict[str, str]) -> list[str]:
    """Unknown command ids (typos) and keys that two commands live at the same time would share."""
    known = {f"lytui.{command.id}" for group in REGISTRY for command in group.commands}
    problems = [
        f"unknown command “{binding_id.removeprefix('lytui.')}”" for binding_id in keymap if binding_id not in known
    ]
    placed = [(group, command) for group in REGISTRY for command in group.commands]
    reported: set[tuple[str, str, str]] = set()
    for index, (group, command) in enumerate(placed):
        for other_group, other in placed[index + 1 :]:
            if other.id == command.id or not _live_together(group, other_group):
                continue
            for key in sorted(_keys(command, keymap) & _keys(other, keymap)):
                pair = tuple(sorted((command.id, other.id)))
                if (key, *pair) not in reported:
                    reported.add((key, pair[0], pair[1]))
                    problems.append(f"“{key}” is bound to both {pair[0]} and {pair[1]}")
    return problems


def move_target(screen: Screen[Any]) -> Widget | None:
    """What the moving keys move on this screen: the focused pane, or a screen that scrolls itself (the
    fact detail); None where nothing moves (the loading screen)."""
    for node in (screen.focused, screen):
        if node is not None and hasattr(node, "action_view"):
            return node
    return None


def panes_of(group: CommandGroup, screen: Screen[Any]) -> list[Widget]:
    """The panes on this screen that run the group's commands (none for the app's, a screen's or the
    moving keys, which every pane has)."""
    target = group.target
    if group.shared or not issubclass(target, Widget):
        return []
    return list(screen.query(target))


def runs_here(group: CommandGroup, app: App[Any], screen: Screen[Any]) -> bool:
    """Whether the group's commands work on this screen: the app's everywhere, a screen's on that screen,
    a pane's where that pane is, the moving keys where something focused moves."""
    if group.shared:
        return move_target(screen) is not None
    return isinstance(app, group.target) or isinstance(screen, group.target) or bool(panes_of(group, screen))


def palette_commands(app: App[Any], screen: Screen[Any]) -> Iterator[tuple[CommandGroup, Command]]:
    """The commands something on this screen can run, each with its group."""
    for group in REGISTRY:
        if runs_here(group, app, screen):
            for command in group.commands:
                if command.palette:
                    yield group, command
