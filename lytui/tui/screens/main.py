"""The article screen: four panes over one Document; the screen mediates every cross-pane link.

Panes post messages up (a section highlighted, a keyword or fact selected, a copy asked for); the
screen tells the other panes what to show. The first frame draws the article text in the reader and the
three side panes as empty frames of the same size; the tables and the tree (and their modules) come
right after it, so the text is on screen sooner. Analysis (jieba) runs in a worker thread so keywords
and facts fill in when ready.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, ClassVar, TypeVar

from textual import getters, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from lytui.model import Document, Fact, Keywords, visible_controls
from lytui.tui import safe
from lytui.tui.app import LytuiApp
from lytui.tui.commands import SCREEN_COMMANDS, bindings
from lytui.tui.widgets.reader import Reader

if TYPE_CHECKING:
    from lytui.tui.widgets.facts import FactsTable
    from lytui.tui.widgets.keywords import KeywordsTable
    from lytui.tui.widgets.outline import Outline

NARROW_WIDTH = 100
SHORT_HEIGHT = 24
PANES = ("outline", "reader", "keywords", "facts")
"""The panes by their numbers: key 1 focuses the first."""
PaneT = TypeVar("PaneT", bound=Widget)


def _titled(widget: PaneT, title: str) -> PaneT:
    """A pane with its number and name on the border: the number is the key that focuses it."""
    widget.border_title = title
    return widget


def _make_lookups(document: Document) -> None:
    """Make the document's offset lookups (paragraph, sentence, block and section starts) before it is
    frozen: made later, on the first key that needs them, they are young objects that every full
    collection walks (16,000 paragraphs and 35,000 sentences in a 5 MB article)."""
    document.paragraph_index_at(0)
    document.sentence_at(0)
    document.block_index_at(0)
    document.section_index_of_paragraph(0)


class ArticleScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings(SCREEN_COMMANDS)
    app = getters.app(LytuiApp)

    def __init__(self, document: Document, from_corpus: bool = False) -> None:
        super().__init__()
        self.document = document
        self.from_corpus = from_corpus

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield _titled(Static(id="outline", classes="pending"), "1 Sections")
                yield _titled(Static(id="keywords", classes="pending"), "3 Keywords")
            with Vertical(id="right"):
                yield _titled(Reader(self.document, id="reader"), "2 Article")
                yield _titled(Static(id="facts", classes="pending"), "4 Facts")
        yield Footer()

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def facts(self) -> FactsTable:
        from lytui.tui.widgets.facts import FactsTable

        return self.query_one(FactsTable)

    @property
    def keywords(self) -> KeywordsTable:
        from lytui.tui.widgets.keywords import KeywordsTable

        return self.query_one(KeywordsTable)

    @property
    def outline(self) -> Outline | None:
        """The section tree, once it has replaced its empty frame."""
        from lytui.tui.widgets.outline import Outline

        found = self.query(Outline)
        return found.first() if found else None

    _panes_ready = False
    """Whether the tree and tables have replaced their empty frames: until then (one frame) a key that
    needs them does nothing rather than look them up."""
    _BEFORE_PANES = frozenset({"back", "toggle_maximize"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._panes_ready or action in self._BEFORE_PANES

    def on_mount(self) -> None:
        if self.document.analysed:  # from the disk cache: no analysis worker will freeze it
            self._keep_document(self.document)
        self.title = "lytui"
        self.sub_title = visible_controls(self.document.meta.title or self.document.source_path or "")
        self._apply_size(self.app.size.width, self.app.size.height)
        self.reader.focus()
        self.call_after_refresh(self._side_panes)

    async def _side_panes(self) -> None:
        """After the first frame: the tree and the two tables in place of their empty frames, in one
        update, so no frame shows the panes missing."""
        from lytui.tui.widgets.facts import FactsTable
        from lytui.tui.widgets.keywords import KeywordsTable
        from lytui.tui.widgets.outline import Outline

        with self.app.batch_update():
            await self.query(".pending").remove()
            await self.query_one("#left").mount(
                _titled(Outline(self.document, id="outline"), "1 Sections"),
                _titled(KeywordsTable(self.document, id="keywords"), "3 Keywords"),
            )
            await self.query_one("#right").mount(_titled(FactsTable(self.document, id="facts"), "4 Facts"))
        if not self.is_attached or not self.query(KeywordsTable):
            return  # closed (Esc on a loading article) while the panes were being mounted
        self._restore_layout()
        self._panes_ready = True
        self.refresh_bindings()
        if not self.document.analysed:
            # start jieba only after the text is on screen: its loading holds the GIL for long stretches
            self.set_timer(0.02, self.analyse)

    def _restore_layout(self) -> None:
        """Opening the next article of a folder keeps the focused pane and ranking the user set; the
        reader starts on the clean text, as a new article should."""
        state = self.app.layout_state
        self.keywords.ranking = str(state.get("ranking", "count"))
        self.query_one(f"#{state.get('focus', 'reader')}").focus()

    def save_layout(self) -> None:
        if self.query(".pending"):
            return  # left before the side panes came: nothing was set on this article
        focused = self.focused
        pane = focused.id if focused is not None and focused.id in PANES else "reader"
        self.app.layout_state = {
            "ranking": self.keywords.ranking,
            "focus": pane,
        }

    def on_unmount(self) -> None:
        gc.unfreeze()

    def on_resize(self) -> None:
        self._apply_size(self.size.width, self.size.height)

    def _apply_size(self, width: int, height: int) -> None:
        """Narrow terminals stack the panes and tighten the footer, so `? Help` and `q Quit` stay on
        it whichever pane is focused; short ones give the article more rows."""
        narrow = width < NARROW_WIDTH
        self.set_class(narrow, "narrow")
        self.set_class(height < SHORT_HEIGHT, "short")
        footer = self.query_one(Footer)
        if footer.compact != narrow:  # setting it recomposes the footer
            footer.compact = narrow

    @work(thread=True, exclusive=True, group="analysis")
    def analyse(self) -> None:
        analysed: Document = self.app.analyse(self.document)
        _make_lookups(analysed)  # here rather than on the event loop; showing it finds them made
        analysed.keywords.ranking(self.keywords.ranking)  # the ranking on screen is ready when shown
        self.app.call_from_thread(self.show_analysis, analysed)
        for name in Keywords.RANKINGS:  # and the others, so switching ranking never waits
            analysed.keywords.ranking(name)

    def _keep_document(self, document: Document) -> None:
        """The analysed document lives as long as this screen: frozen, the collector's full passes no
        longer walk its millions of objects (on a 5 MB article one took over half a second, on whatever
        key came next); thawed when the screen goes, so nothing of it stays behind. Its lookups are made
        first, so they are frozen with it."""
        _make_lookups(document)
        gc.freeze()

    _settled = False
    """Whether what the panes made for the analysed document was frozen too (once per screen)."""

    def on_facts_table_filled(self) -> None:
        """Once the analysed document's panes are filled, their widgets, rows and tree (about 90,000
        objects for a 5 MB article) are frozen as well: every full collection walked them, and each key
        set off one to three. What of them turns into cyclic garbage later waits for the screen to go."""
        if self.document.analysed and not self._settled:
            self._settled = True
            gc.freeze()

    def show_analysis(self, document: Document) -> None:
        self._keep_document(document)
        self.document = document
        self.reader.document = document
        self.facts.set_document(document)
        self.keywords.set_document(document)

    # --- cross-pane links --------------------------------------------------------------------------
    def on_outline_section_highlighted(self, message: Outline.SectionHighlighted) -> None:
        self.reader.scroll_to_block(message.block_index)

    def on_reader_paragraph_changed(self, message: Reader.ParagraphChanged) -> None:
        outline = self.outline
        if outline is not None and message.paragraph is not None and message.paragraph < len(self.document.paragraphs):
            block = self.document.paragraphs[message.paragraph]
            outline.reveal_block(self.document.block_index_at(block.start))

    def on_keywords_table_keyword_selected(self, message: KeywordsTable.KeywordSelected) -> None:
        keyword = message.keyword
        if keyword is None:
            return
        spans = list(keyword.spans)
        self.reader.set_layer("keyword", spans)
        if spans:
            self.reader.scroll_to_offset(spans[0][0])
        if message.filter_facts:
            self.facts.keyword_filter = keyword.spans  # its sentences are found where the facts are chosen
        elif self.facts.keyword_filter is not None:
            self.facts.keyword_filter = None
        else:
            return  # no filter before or now: the facts stay as they are (refilling 123,000 took a second)
        self.facts.fill()

    def on_facts_table_fact_selected(self, message: FactsTable.FactSelected) -> None:
        self._show_fact(message.fact)

    def _show_fact(self, fact: Fact) -> None:
        if fact.start is None or fact.end is None:
            self.reader.clear_layer("fact")  # a fact from the page's meta has no place in the text
            return
        self.reader.set_layer("fact", [(fact.start, fact.end)])
        self.reader.scroll_to_offset(fact.start)

    def on_reader_search_requested(self) -> None:
        from lytui.tui.widgets.reader_search import SearchBar

        reader = self.reader
        before = reader.overlays.search.query if reader.overlays.search is not None else ""

        def done(query: str | None) -> None:
            reader.search(before if query is None else query)
            found = reader.overlays.search
            if found is not None and not found.matches:
                safe.notify(self.app, f"“{found.query}” not found", severity="warning", timeout=2)

        self.app.push_screen(SearchBar(reader.search, before), done)

    def on_facts_table_go_to_fact(self, message: FactsTable.GoToFact) -> None:
        if self.maximized is not None:  # a maximised facts table would hide the article
            self.minimize()
        self._show_fact(message.fact)
        self.reader.focus()

    # --- screen actions ------------------------------------------------------------------------------
    def action_toggle_maximize(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            target = self.focused
            self.maximize(target)

    def action_focus_pane(self, pane: str) -> None:
        """Focus a pane by its number; while one pane is maximised the chosen one takes its place, so
        focus never lands on a pane the user cannot see (and `y` never copies from one)."""
        widget = self.query_one(f"#{pane}")
        if self.maximized is not None and self.maximized is not widget:
            self.maximize(widget)
        widget.focus()

    def action_next_pane(self, step: int) -> None:
        """Tab and Shift+Tab go through the panes in the order of their numbers (1 2 3 4), which is not
        the order they are laid out in."""
        focused = self.focused
        current = PANES.index(focused.id) if focused is not None and focused.id in PANES else -1
        self.action_focus_pane(PANES[(current + step) % len(PANES)])

    def action_back(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        if self.reader.overlays or (self._panes_ready and self.keywords.filter_facts):
            self.reader.clear_layer()
            if self._panes_ready:
                if self.facts.keyword_filter is not None:  # refilling re-selects a row: only when needed
                    self.facts.keyword_filter = None
                    self.facts.fill()
                self.keywords.stop_filtering()
            return
        if self.from_corpus:
            self.save_layout()
            self.app.pop_screen()
