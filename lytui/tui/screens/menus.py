"""Small modal screens: the copy/export format menu, the one-line input, and help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from lytui.tui import safe
from lytui.tui.commands import CONFIRM_COMMANDS, FORMAT_COMMANDS, HELP_COMMANDS, PROMPT_COMMANDS, bindings

if TYPE_CHECKING:
    from lytui.tui.registry import CommandGroup

TABLE_FORMATS = (
    ("tsv", "TSV (tab-separated, pastes into spreadsheets)"),
    ("csv", "CSV"),
    ("json", "JSON"),
    ("md", "Markdown"),
)


class Prompt(ModalScreen[str | None]):
    """A menu or one-line prompt: Escape closes it with no answer."""

    BINDINGS = bindings(PROMPT_COMMANDS)


class FormatMenu(Prompt):
    """Pick a table format; Enter takes the highlighted one (TSV first), Escape cancels."""

    BINDINGS = bindings(FORMAT_COMMANDS)
    DEFAULT_CSS = """
    FormatMenu { align: center middle; }
    FormatMenu > Vertical { width: 56; height: auto; border: round $accent; background: $panel; padding: 0 1; }
    FormatMenu OptionList { height: auto; max-height: 8; }
    """

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text)
            yield OptionList(*[Option(safe.text(f"[{fmt[0]}] {label}"), id=fmt) for fmt, label in TABLE_FORMATS])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_choose(self, fmt: str) -> None:
        self.dismiss(fmt)


class LineInput(Prompt):
    """A one-line prompt docked at the bottom (search, filter)."""

    DEFAULT_CSS = """
    LineInput { align: center bottom; background: transparent; }
    LineInput > Input { width: 100%; margin: 0 0 1 0; }
    """

    def __init__(self, placeholder: str, value: str = "") -> None:
        super().__init__()
        self.placeholder = placeholder
        self.value = value

    def compose(self) -> ComposeResult:
        yield Input(value=self.value, placeholder=self.placeholder)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class PathInput(Prompt):
    """Where to write an export: the prompt above a line prefilled with the suggested path."""

    DEFAULT_CSS = """
    PathInput { align: center bottom; background: transparent; }
    PathInput > Vertical { width: 100%; height: auto; margin: 0 0 1 0; background: $panel; }
    PathInput Label { padding: 0 1; }
    """

    def __init__(self, prompt: str, value: str) -> None:
        super().__init__()
        self.prompt = prompt
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe.text(self.prompt))
            yield Input(value=self.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class Confirm(ModalScreen[bool]):
    """A yes/no question answered from the keyboard: y confirms, n or Esc declines."""

    BINDINGS = bindings(CONFIRM_COMMANDS)
    DEFAULT_CSS = """
    Confirm { align: center middle; }
    Confirm > Vertical { width: 70; max-width: 100%; height: auto; border: round $warning; background: $panel; padding: 0 1; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe.text(self.question))
            yield Label(safe.text("y: yes · n or Esc: no"), classes="hint")


_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "enter": "Enter",
    "space": "Space",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "down": "↓",
    "up": "↑",
}


def key_names(keys: str) -> str:
    """Textual key names as a user types them: `pagedown,space` → `PgDn Space`."""
    return " ".join(_KEY_NAMES.get(key.strip(), key.strip()) for key in keys.split(",") if key.strip())


class HelpScreen(ModalScreen[None]):
    BINDINGS = bindings(HELP_COMMANDS)
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 90; height: 90%; border: round $accent; background: $panel; padding: 0 1; }
    """

    def __init__(self, groups: tuple[CommandGroup, ...], keymap: dict[str, str]) -> None:
        super().__init__()
        self.groups = groups
        self.keymap = keymap  # binding id → keys, the user's keymap.toml over the defaults

    def compose(self) -> ComposeResult:
        lines = ["[b]lytui keys[/b]  (Esc closes; Ctrl+P lists every command; remap in keymap.toml by id)", ""]
        for group in self.groups:
            lines.append(f"[b u]{group.title}[/]")
            for command in group.commands:
                remapped = self.keymap.get(f"lytui.{command.id}")
                shown = key_names(remapped) if remapped else command.key_display or key_names(command.key)
                # keys come from the user's keymap.toml: escaped, a key like "[" stays a key
                lines.append(f"  [b]{escape(f'{shown:>10}')}[/b]  {escape(command.help)}  [dim]({command.id})[/dim]")
            lines.append("")
        with VerticalScroll():
            yield Static("\n".join(lines))
