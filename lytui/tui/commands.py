"""Every user command once: its id, default keys, label and help feed bindings, footer, palette and help.

Keys avoid Ctrl-chords that tmux and terminals take (Ctrl+B, Ctrl+A, Ctrl+S, Ctrl+Q, Ctrl+Z …); users
remap any command by id in `keymap.toml` (see `lytui.tui.keymap`). Which widget or screen runs each
command is said once, by type, in `lytui.tui.registry`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Command:
    id: str
    key: str
    """Textual key names, comma-separated: the first is the one the footer shows."""
    action: str
    label: str
    help: str
    footer: bool = True
    key_display: str | None = None
    palette: bool = True
    """Listed in the command palette (Ctrl+P); moving a cursor by one line from a menu is no use."""
    short: str | None = None
    """The footer's word when the label is too long for an 80-column footer with Help and Quit."""

    def binding(self) -> Binding:
        return Binding(
            self.key,
            self.action,
            self.short or self.label,
            show=self.footer,
            id=f"lytui.{self.id}",
            key_display=self.key_display,
        )


APP_COMMANDS = (
    Command("help", "question_mark", "help", "Help", "List every key and command", key_display="?"),
    Command("quit", "q", "quit", "Quit", "Leave lytui"),
)

MOVE_COMMANDS = (
    Command("down", "j,down", "view('down')", "Down", "Next line, row or section", False, "j ↓", False),
    Command("up", "k,up", "view('up')", "Up", "Previous line, row or section", False, "k ↑", False),
    Command("page-down", "pagedown,space", "view('page_down')", "Page down", "One page down", False, "PgDn Space"),
    Command("page-up", "pageup,b", "view('page_up')", "Page up", "One page up", False, "PgUp b"),
    Command("top", "home,g", "view('home')", "Top", "To the first line, row or section", False, "Home g"),
    Command("bottom", "end,G", "view('end')", "Bottom", "To the last line, row or section", False, "End G"),
)
"""The same keys move through the article text and every list and table, with the same meaning."""

SCREEN_COMMANDS = (
    Command("maximize", "z", "toggle_maximize", "Max", "Maximise the focused pane, or restore it"),
    Command("sections", "1", "focus_pane('outline')", "Sections", "Focus the section tree", footer=False),
    Command("reader", "2", "focus_pane('reader')", "Article", "Focus the article text", footer=False),
    Command("keywords", "3", "focus_pane('keywords')", "Keywords", "Focus the keyword list", footer=False),
    Command("facts", "4", "focus_pane('facts')", "Facts", "Focus the facts table", footer=False),
    Command("next-pane", "tab", "next_pane(1)", "Next pane", "Focus the pane with the next number", footer=False),
    Command("previous-pane", "shift+tab", "next_pane(-1)", "Previous pane", "Focus the pane before", footer=False),
    Command("back", "escape", "back", "Back", "Close search, clear highlights, or return to the article list"),
)

READER_COMMANDS = (
    Command("search", "slash", "search", "Search", "Search the article text (n / N: next / previous)", key_display="/"),
    Command("search-next", "n", "search_next", "Next", "Next search match", footer=False),
    Command("search-previous", "N", "search_previous", "Prev", "Previous search match", footer=False),
    Command("original", "o", "toggle_original", "Original", "Show the original scraped text instead of the clean text"),
    Command("repairs", "r", "toggle_repairs", "Repairs", "Highlight every repair and show what the text was"),
    Command("next-paragraph", "J", "next_paragraph", "Next ¶", "Move to the next paragraph", footer=False),
    Command("previous-paragraph", "K", "previous_paragraph", "Prev ¶", "Move to the previous paragraph", footer=False),
)

KEYWORD_COMMANDS = (
    Command("ranking", "t", "next_ranking", "Ranking", "Rank keywords by count, TF-IDF or TextRank"),
    Command("keyword-filter", "f", "toggle_filter", "Filter facts", "Narrow the facts to sentences with this keyword"),
)

FACT_COMMANDS = (
    Command("copy-value", "y", "copy_value", "Copy value", "Copy the focused fact's value", short="Copy"),
    Command("copy-row", "Y", "copy_row", "Copy row", "Copy the focused fact as one TSV row", footer=False),
    Command(
        "copy-table",
        "c",
        "copy_table",
        "Copy table",
        "Copy the filtered table (TSV, CSV, JSON or Markdown)",
        short="Table",
    ),
    Command("export-table", "e", "export_table", "Export", "Write the filtered table to a file", footer=False),
    Command("kind-filter", "K", "next_kind", "Kind", "Show one kind of fact at a time (cycles)"),
    Command("text-filter", "slash", "filter_text", "Filter", "Type to filter the facts", key_display="/"),
    Command("sort", "s", "next_sort", "Sort", "Sort by the next column (again: reverse)"),
)

CORPUS_COMMANDS = (
    Command("open-article", "enter", "open_article", "Open", "Open the highlighted article"),
    Command("corpus-facts", "F", "corpus_facts", "All facts", "The facts of every article in the folder, in one table"),
)

CORPUS_FACT_COMMANDS = tuple(
    replace(command, id=f"corpus-{command.id}")
    for command in FACT_COMMANDS
    if command.action in ("copy_value", "copy_row", "copy_table", "export_table", "next_kind", "filter_text")
) + (
    Command(
        "corpus-article",
        "a",
        "filter_article",
        "Article",
        "Only the facts of the article under the cursor; again for all",
    ),
    Command("corpus-open-fact", "enter", "open_fact", "Open", "Open the article at this fact", footer=False),
    Command("corpus-back", "escape", "app.pop_screen", "Back", "Return to the article list"),
)

LOADING_COMMANDS = (
    Command("loading-back", "escape", "back", "Back", "Stop opening a large file and return to the article list"),
)

PROMPT_COMMANDS = (
    Command("cancel", "escape", "dismiss(None)", "Cancel", "Close a search, filter or file prompt", palette=False),
)

FORMAT_COMMANDS = tuple(
    Command(f"format-{fmt}", key, f"choose('{fmt}')", name, f"Copy or export as {name}", False, palette=False)
    for key, fmt, name in (("t", "tsv", "TSV"), ("c", "csv", "CSV"), ("j", "json", "JSON"), ("m", "md", "Markdown"))
)

CONFIRM_COMMANDS = (
    Command("yes", "y", "dismiss(True)", "Yes", "Answer yes to a question", palette=False),
    Command("no", "n,escape", "dismiss(False)", "No", "Answer no", palette=False, key_display="n Esc"),
)

HELP_COMMANDS = (Command("close-help", "escape,q,question_mark", "dismiss", "Close", "Close this help", palette=False),)


def bindings(commands: tuple[Command, ...]) -> list[Binding]:
    return [command.binding() for command in commands]
