"""The article text, drawn line by line (Textual's line API) so a 5 MB file scrolls like a small one.

Lines come from `lytui.tui.layout.build` (pure, so a big text is laid out in a worker and installed
here on the main thread); highlights come from `lytui.tui.overlays`. This widget keeps the view
state (which text, which paragraph, where the search is) and turns role names into styles through
its component classes, so themes and NO_COLOR apply to every colour it draws.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from lytui.model import Document, visible_controls
from lytui.tui.commands import MOVE_COMMANDS, READER_COMMANDS, bindings
from lytui.tui.layout import Layout, Piece, View, build
from lytui.tui.overlays import Overlays, Search, marks, split, status

BACKGROUND_LAYOUT_CHARS = 300_000
"""Texts longer than this (counting each repair as a character when repairs are shown: a short clean
text can carry 600,000 of them) are laid out in a worker thread; a first screenful is laid out at once."""
PREVIEW_CHARS = 20_000
REPAIR_KINDS = ("pinyin", "punctuation", "mojibake", "unrecovered", "conversion", "boilerplate", "control")
ROLES = frozenset(
    [
        *["title", "dateline", "heading", "empty", "marker", "note", "keyword", "fact", "search", "search-current"],
        *REPAIR_KINDS,
    ]
)
MOVE_KEYS = {
    "down": "down",
    "up": "up",
    "page_down": "pagedown,space",
    "page_up": "pageup,b",
    "home": "home,g",
    "end": "end,G",
}


class Reader(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [*bindings(READER_COMMANDS + MOVE_COMMANDS)]
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"reader--{role}" for role in ROLES}
    # Colours are theme variables chosen for text on the surface ($text-*), never dim: under NO_COLOR
    # (greys) and 256 colours they keep their contrast, and the text style tells the kinds apart.
    DEFAULT_CSS = """
    Reader { background: $surface; scrollbar-gutter: stable; overflow-x: hidden; }
    Reader > .reader--title { text-style: bold underline; }
    Reader > .reader--dateline { text-style: italic; color: $text-muted; }
    Reader > .reader--heading { text-style: bold; color: $text-primary; }
    Reader > .reader--empty { text-style: italic; color: $text-muted; }
    Reader > .reader--marker { color: $text-accent; }
    Reader > .reader--note { text-style: italic; }
    Reader > .reader--pinyin { color: $text-success; text-style: underline; }
    Reader > .reader--punctuation { color: $text-primary; text-style: underline; }
    Reader > .reader--mojibake { color: $text-error; text-style: bold underline; }
    Reader > .reader--unrecovered { color: $text-error; text-style: bold; }
    Reader > .reader--conversion { color: $text-warning; }
    Reader > .reader--boilerplate { color: $text-muted; text-style: strike; }
    Reader > .reader--control { color: $text-error; text-style: reverse; }
    Reader > .reader--keyword { background: $success-muted; color: $foreground; }
    Reader > .reader--fact { background: $primary-muted; color: $foreground; text-style: bold; }
    Reader > .reader--search { background: $warning-muted; color: $foreground; }
    Reader > .reader--search-current { background: $warning; color: $background; text-style: bold underline; }
    """

    original: reactive[bool] = reactive(False)
    show_repairs: reactive[bool] = reactive(False)

    class SearchRequested(Message):
        pass

    class ParagraphChanged(Message):
        def __init__(self, paragraph: int | None) -> None:
            self.paragraph = paragraph
            super().__init__()

    def __init__(self, document: Document, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.document = document
        self.overlays = Overlays()
        self.current_paragraph: int | None = None
        self._layout = Layout("", (), View(), 0)
        self._wanted: tuple[int, View] | None = None
        self._layout_partial = False  # only the first screenfuls of a long text, until the worker is done
        self._generation = 0
        self._title = "Article"

    def on_mount(self) -> None:
        self._title = str(self.border_title or self._title)
        self._show_state()

    # --- what the screen asks for ----------------------------------------------------------------
    def set_layer(self, name: str, spans: list[tuple[int, int]]) -> None:
        self.overlays.set(name, spans)
        self.refresh()

    def clear_layer(self, name: str | None = None) -> None:
        """Drop one group of highlights (`search` for the search), or with no name all and the search."""
        if self.overlays.clear(name) if name else self.overlays.clear_all():
            self._show_state()
            self.refresh()

    def search(self, query: str) -> None:
        """Highlight every match of `query` in the text shown and go to the first one from the view."""
        self.overlays.search = Search.run(self.document, query, self.original) if query else None
        if self.overlays.search is not None and self.overlays.search.matches:
            self._step_search(True)
        self._show_state()
        self.refresh()

    def scroll_to_offset(self, offset: int, center: bool = True) -> None:
        """Scroll so the clean-text offset is visible and mark its paragraph current."""
        if self._layout.view.original and self.document.origin:
            self._scroll_to_source(self.document.origin[min(offset, len(self.document.origin) - 1)], center)
        else:
            self._scroll_to_source(offset, center)

    def scroll_to_paragraph(self, paragraph: int) -> None:
        if 0 <= paragraph < len(self.document.paragraphs):
            self.scroll_to_offset(self.document.paragraphs[paragraph].start, center=False)
            self._set_current(paragraph)

    def scroll_to_block(self, block_index: int) -> None:
        if 0 <= block_index < len(self.document.blocks):  # a text with nothing left has no block
            self.scroll_to_offset(self.document.blocks[block_index].start, center=False)

    @property
    def lines(self) -> Layout:
        """The lines on screen (a long text's previous view, or its beginning, until the worker is done)."""
        return self._layout

    # --- layout ----------------------------------------------------------------------------------
    def _view_changed(self) -> None:
        self._relayout(force=True)

    watch_original = watch_show_repairs = _view_changed

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self, force: bool = False) -> None:
        """Lay out for the current width and view: at once for a short text; for a long one in a worker,
        showing meanwhile the previous layout or, on first paint, the text's first screenfuls."""
        if not self.is_mounted:
            return
        wanted = (max(10, self.scrollable_content_region.width - 1), View(self.original, self.show_repairs))
        if wanted == self._wanted and not force:
            return
        self._wanted = wanted
        self._generation += 1
        source = self.document.raw if self.original else self.document.text
        if len(source) + (len(self.document.repairs) if self.show_repairs else 0) < BACKGROUND_LAYOUT_CHARS:
            self._install(build(self.document, *wanted), self._generation)
            return
        if not self._layout or self._layout_partial:
            self._install(build(self.document, *wanted, limit=PREVIEW_CHARS), self._generation, partial=True)
        self._build_in_background(wanted, self._generation)

    @work(thread=True, exclusive=True, group="reader-layout")
    def _build_in_background(self, wanted: tuple[int, View], generation: int) -> None:
        layout = build(self.document, *wanted)
        self.app.call_from_thread(self._install, layout, generation)

    def _install(self, layout: Layout, generation: int, partial: bool = False) -> None:
        if generation != self._generation:
            return  # a newer layout was asked for while this one was being made
        previous, top = self._layout, int(self.scroll_y)
        # the same text stays at the top when notes come and go (not when switching to the original)
        same_text = top < len(previous) and previous.view.original == layout.view.original
        anchor = previous.starts[top] if same_text else None
        self._layout, self._layout_partial = layout, partial
        self.virtual_size = Size(layout.width + 1, len(layout))
        if self.overlays.search is not None and self.overlays.search.original != layout.view.original:
            self.overlays.search = Search.run(self.document, self.overlays.search.query, layout.view.original)
        if anchor is not None and top:
            self.scroll_to(y=layout.line_of(anchor), animate=False)
        self._show_state()
        self.refresh()

    def _show_state(self) -> None:
        """The view in the title, the search and the colours' meaning in the subtitle."""
        view = View(self.original, self.show_repairs)
        self.border_title = " · ".join([self._title, *view.names()])
        parts = status(view, self.overlays.search, len(self.document.repairs))
        subtitle = Text.assemble(*((visible_controls(text), self._style(role)) for text, role in parts))
        self.border_subtitle = Content.from_rich_text(subtitle) if parts else None

    # --- drawing ---------------------------------------------------------------------------------
    def _style(self, role: str) -> Style:
        if role.startswith("note-"):
            return self._style(role[5:]) + self._style("note")
        return self.get_component_rich_style(f"reader--{role}", partial=True) if role in ROLES else Style()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        if scroll_y + y >= len(self._layout):
            return Strip.blank(width, base)
        line = self._layout[scroll_y + y]
        current = bool(line.pieces) and line.block == self._current_block()
        segments = [Segment("▌" if current else " ", base + self._style("marker"))]
        for piece in line.pieces:
            segments.extend(self._segments(piece, base + self._style(piece.role)))
        return Strip(segments).crop(scroll_x, scroll_x + width).extend_cell_length(width, base)

    def _segments(self, piece: Piece, style: Style) -> list[Segment]:
        """The piece cut where marks (repairs, keyword, fact, search) begin and end, each part styled."""
        parts: list[tuple[str, list[str]]] = [(piece.text, [])]
        if piece.offset is not None:
            view, start = self._layout.view, piece.offset
            end = start + len(piece.text)
            found = marks(self.document, self.overlays, view.original, view.repairs, self._layout.converted, start, end)
            parts = split(piece.text, start, found)
        return [Segment(visible_controls(text), sum(map(self._style, roles), style)) for text, roles in parts]

    def _current_block(self) -> int | None:
        if self.current_paragraph is None or self._layout.view.original:
            return None
        paragraphs = self.document.paragraphs
        if not 0 <= self.current_paragraph < len(paragraphs):
            return None
        return self.document.block_index_at(paragraphs[self.current_paragraph].start)

    def _set_current(self, paragraph: int | None) -> None:
        if paragraph != self.current_paragraph:
            self.current_paragraph = paragraph
            self.refresh()
            self.post_message(self.ParagraphChanged(paragraph))

    def _scroll_to_source(self, offset: int, center: bool = True) -> None:
        y = self._layout.line_of(offset)
        self.scroll_to(y=max(0, y - self.size.height // 3) if center else y, animate=False)
        if not self._layout.view.original:
            self._set_current(self.document.paragraph_index_at(offset))

    def _follow_view(self) -> None:
        """After the user scrolls, the paragraph at the top of the view becomes the current one."""
        if self._layout.view.original or not self._layout:
            return
        top = int(self.scroll_y)
        for line in self._layout[top : top + max(1, self.size.height)]:
            paragraph = self.document.paragraph_index_at(line.start) if line.pieces else None
            if paragraph is not None:
                self._set_current(paragraph)
                return

    def _step_search(self, forward: bool) -> None:
        search = self.overlays.search
        top = self._layout.starts[int(self.scroll_y)] if self._layout else 0
        found = search.step(forward, top) if search is not None else None
        if found is not None:
            self._scroll_to_source(found[0])
        self._show_state()
        self.refresh()

    # --- actions ---------------------------------------------------------------------------------
    def action_view(self, move: str) -> None:
        """Scroll by a line, a page or to an end; the paragraph now at the top becomes current."""
        getattr(self, f"scroll_{move}")(animate=False)
        self.call_after_refresh(self._follow_view)

    def action_search(self) -> None:
        self.post_message(self.SearchRequested())

    def action_toggle_original(self) -> None:
        self.original = not self.original

    def action_toggle_repairs(self) -> None:
        self.show_repairs = not self.show_repairs

    def action_next_paragraph(self) -> None:
        current = -1 if self.current_paragraph is None else self.current_paragraph
        self.scroll_to_paragraph(min(current + 1, len(self.document.paragraphs) - 1))

    def action_previous_paragraph(self) -> None:
        current = 1 if self.current_paragraph is None else self.current_paragraph
        self.scroll_to_paragraph(max(current - 1, 0))

    def action_search_next(self, forward: bool = True) -> None:
        if self.overlays.search is None:
            self.notify("No search yet: press / to search", timeout=2)
        else:
            self._step_search(forward)

    def action_search_previous(self) -> None:
        self.action_search_next(forward=False)
