"""Small modal screens: the copy/export format menu, the one-line input, and help."""

from __future__ import annotations

from typing import ClassVar

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from lytui.tui import safe
from lytui.tui.commands import ALL_GROUPS

TABLE_FORMATS = (
    ("tsv", "TSV (tab-separated, pastes into spreadsheets)"),
    ("csv", "CSV"),
    ("json", "JSON"),
    ("md", "Markdown"),
)


class FormatMenu(ModalScreen[str | None]):
    """Pick a table format; Enter takes the highlighted one (TSV first), Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel"),
        *(
            Binding(key, f"choose('{fmt}')", show=False)
            for key, fmt in (("t", "tsv"), ("c", "csv"), ("j", "json"), ("m", "md"))
        ),
    ]
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


class LineInput(ModalScreen[str | None]):
    """A one-line prompt docked at the bottom (search, filter)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]
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


class PathInput(ModalScreen[str | None]):
    """Where to write an export: the prompt above a line prefilled with the suggested path."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]
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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "dismiss(True)", "Yes"),
        Binding("n,escape", "dismiss(False)", "No"),
    ]
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


def _key_name(key: str) -> str:
    return {
        "question_mark": "?",
        "slash": "/",
        "escape": "Esc",
        "tab": "Tab",
        "shift+tab": "Shift+Tab",
        "enter": "Enter",
    }.get(key, key)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 90; height: 90%; border: round $accent; background: $panel; padding: 0 1; }
    """

    def __init__(self, keys: dict[str, str]) -> None:
        super().__init__()
        self.keys = keys  # binding id → current key (after the user's keymap)

    def compose(self) -> ComposeResult:
        lines = ["[b]lytui keys[/b]  (Esc closes; Ctrl+P lists every command; remap in keymap.toml by id)", ""]
        for group, commands in ALL_GROUPS:
            lines.append(f"[b u]{group}[/]")
            for command in commands:
                key = self.keys.get(f"lytui.{command.id}", command.key)
                shown = command.key_display or _key_name(key)
                # keys come from the user's keymap.toml: escaped, a key like "[" stays a key
                lines.append(f"  [b]{escape(f'{shown:>10}')}[/b]  {escape(command.help)}  [dim]({command.id})[/dim]")
            lines.append("")
        with VerticalScroll():
            yield Static("\n".join(lines))
