"""Every user command once: its id, default key, label and help feed bindings, footer, palette and help.

Keys avoid Ctrl-chords that tmux and terminals take (Ctrl+B, Ctrl+A, Ctrl+S, Ctrl+Q, Ctrl+Z …); users
remap any command by id in `keymap.toml` (see `lytui.tui.keymap`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Command:
    id: str
    key: str
    action: str
    label: str
    help: str
    footer: bool = True
    key_display: str | None = None

    def binding(self) -> Binding:
        return Binding(
            self.key, self.action, self.label, show=self.footer, id=f"lytui.{self.id}", key_display=self.key_display
        )


APP_COMMANDS = (
    Command("help", "question_mark", "help", "Help", "List every key and command", key_display="?"),
    Command("quit", "q", "quit", "Quit", "Leave lytui"),
    Command("next-pane", "tab", "app.focus_next", "Next pane", "Move focus to the next pane", footer=False),
    Command("previous-pane", "shift+tab", "app.focus_previous", "Previous pane", "Move focus back", footer=False),
)

SCREEN_COMMANDS = (
    Command("maximize", "z", "toggle_maximize", "Max", "Maximise the focused pane, or restore it"),
    Command("sections", "1", "focus_pane('outline')", "Sections", "Focus the section tree", footer=False),
    Command("reader", "2", "focus_pane('reader')", "Article", "Focus the article text", footer=False),
    Command("keywords", "3", "focus_pane('keywords')", "Keywords", "Focus the keyword list", footer=False),
    Command("facts", "4", "focus_pane('facts')", "Facts", "Focus the facts table", footer=False),
    Command("back", "escape", "back", "Back", "Close search, clear highlights, or return to the article list"),
)

READER_COMMANDS = (
    Command("search", "slash", "search", "Search", "Search the article text (n / N: next / previous)", key_display="/"),
    Command("search-next", "n", "search_next", "Next", "Next search match", footer=False),
    Command("search-previous", "N", "search_previous", "Prev", "Previous search match", footer=False),
    Command("original", "o", "toggle_original", "Original", "Show the original scraped text instead of the clean text"),
    Command("repairs", "r", "toggle_repairs", "Repairs", "Highlight every repair and show what the text was"),
    Command("down", "j", "view('down')", "Down", "Scroll down", footer=False),
    Command("up", "k", "view('up')", "Up", "Scroll up", footer=False),
    Command("next-paragraph", "J", "next_paragraph", "Next ¶", "Move to the next paragraph", footer=False),
    Command("previous-paragraph", "K", "previous_paragraph", "Prev ¶", "Move to the previous paragraph", footer=False),
)

KEYWORD_COMMANDS = (
    Command("ranking", "t", "next_ranking", "Ranking", "Rank keywords by count, TF-IDF or TextRank"),
    Command("keyword-filter", "f", "toggle_filter", "Filter facts", "Narrow the facts to sentences with this keyword"),
    Command("keyword-down", "j", "cursor_down", "Down", "Next keyword", footer=False),
    Command("keyword-up", "k", "cursor_up", "Up", "Previous keyword", footer=False),
)

FACT_COMMANDS = (
    Command("copy-value", "y", "copy_value", "Copy value", "Copy the focused fact's value"),
    Command("copy-row", "Y", "copy_row", "Copy row", "Copy the focused fact as one TSV row"),
    Command("copy-table", "c", "copy_table", "Copy table", "Copy the filtered table (TSV, CSV, JSON or Markdown)"),
    Command("export-table", "e", "export_table", "Export", "Write the filtered table to a file"),
    Command("kind-filter", "K", "next_kind", "Kind", "Show one kind of fact at a time (cycles)"),
    Command("text-filter", "slash", "filter_text", "Filter", "Type to filter the facts", key_display="/"),
    Command("sort", "s", "next_sort", "Sort", "Sort by the next column (S reverses)"),
    Command("sort-reverse", "S", "reverse_sort", "Reverse", "Reverse the order of the facts", footer=False),
    Command(
        "fact-detail", "enter", "show_fact", "Detail", "Show the whole fact; Enter there goes to it in the article"
    ),
    Command("fact-down", "j", "cursor_down", "Down", "Next fact", footer=False),
    Command("fact-up", "k", "cursor_up", "Up", "Previous fact", footer=False),
)

OUTLINE_COMMANDS = (
    Command("section-down", "j", "cursor_down", "Down", "Next section", footer=False),
    Command("section-up", "k", "cursor_up", "Up", "Previous section", footer=False),
)

CORPUS_COMMANDS = (
    Command("open-article", "enter", "open_article", "Open", "Open the highlighted article"),
    Command("corpus-facts", "F", "corpus_facts", "All facts", "The facts of every article in the folder, in one table"),
)

CORPUS_FACT_COMMANDS = tuple(
    replace(command, id=f"corpus-{command.id}")
    for command in FACT_COMMANDS
    if command.action
    in ("copy_value", "copy_row", "copy_table", "export_table", "next_kind", "filter_text", "show_fact")
) + (
    Command(
        "corpus-article",
        "a",
        "filter_article",
        "Article",
        "Only the facts of the article under the cursor; again for all",
    ),
    Command("corpus-open-fact", "o", "open_fact", "Open", "Open the article at this fact"),
)

FACT_DETAIL_COMMANDS = (
    Command("detail-go", "enter", "go", "Go to it", "Close the detail and go to the fact in its article"),
    Command("detail-copy", "y", "copy_value", "Copy value", "Copy the fact's value"),
    Command("detail-close", "escape", "close", "Close", "Close the detail"),
)

ALL_GROUPS = (
    ("Everywhere", APP_COMMANDS + SCREEN_COMMANDS),
    ("Sections", OUTLINE_COMMANDS),
    ("Article", READER_COMMANDS),
    ("Keywords", KEYWORD_COMMANDS),
    ("Facts", FACT_COMMANDS),
    ("Article list", CORPUS_COMMANDS),
    ("Folder facts", CORPUS_FACT_COMMANDS),
    ("Fact detail", FACT_DETAIL_COMMANDS),
)


def bindings(commands: tuple[Command, ...]) -> list[Binding]:
    return [command.binding() for command in commands]
