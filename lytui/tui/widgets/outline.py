"""The section tree: title → lede → sub-headings → 记者手记, with paragraph counts.

Moving the cursor is enough to scroll the article (no Enter needed): the tree posts
`SectionHighlighted` with the first paragraph of the section and the screen moves the reader.
"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Tree

from lytui.model import Block, Document
from lytui.tui import safe
from lytui.tui.commands import MOVE_COMMANDS, bindings


class Outline(Tree[int]):
    BINDINGS = bindings(MOVE_COMMANDS)

    class SectionHighlighted(Message):
        def __init__(self, block_index: int) -> None:
            self.block_index = block_index
            super().__init__()

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(safe.text(document.meta.title or "(untitled)"), data=0, id=id)
        self.show_root = True
        self.guide_depth = 2
        self.auto_expand = False  # Enter on the title would fold every section away
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        self.clear()
        self.root.set_label(safe.text(document.meta.title or (document.source_path or "(untitled)")))
        # an article with no text left after cleaning has no block for the root to point at
        title_index = (
            next((i for i, b in enumerate(document.blocks) if b.kind == "title"), 0) if document.blocks else None
        )
        self.root.data = title_index
        # blocks by value: a document read back from the disk cache has headings equal to its blocks,
        # not the same objects
        block_of: dict[Block, int] = {}
        for index, block in enumerate(document.blocks):
            block_of.setdefault(block, index)
        paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind == "paragraph"]
        for number, section in enumerate(document.sections):
            count = len(section.paragraphs)
            # the facts table's § column names sections by this number
            if section.heading is None:
                label = f"§{number} 导语 lede ({count})"
                first = paragraph_blocks[section.paragraphs[0]] if section.paragraphs else 0
            else:
                label = f"§{number} {document.block_text(section.heading)} ({count})"
                first = block_of[section.heading]
            self.root.add_leaf(safe.text(label), data=first)
        self.root.expand()

    # Tree drops and rebuilds all its lines whenever the screen's styles change or it is resized: 1,800
    # sections of a long article each time a pane is maximised or restored (`z`), a fifth of what the key
    # cost. The lines (which node on which row, and the labels' widths) depend on neither; only the strips
    # drawn from them do, and those are dropped.

    def _on_resize(self, event: events.Resize) -> None:
        event.prevent_default()  # Tree's own handler would drop the lines
        self._line_cache.grow(event.size.height)
        self.refresh()

    def notify_style_update(self) -> None:
        super(Tree, self).notify_style_update()  # not Tree's, which drops the lines
        self._line_cache.clear()
        self._updates += 1
        self.refresh()

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[int]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(self.SectionHighlighted(event.node.data))

    def action_view(self, move: str) -> None:
        """The article text's moving keys, for the cursor."""
        {
            "down": self.action_cursor_down,
            "up": self.action_cursor_up,
            "page_down": self.action_page_down,
            "page_up": self.action_page_up,
            "home": self.action_scroll_home,
            "end": self.action_scroll_end,
        }[move]()

    def reveal_block(self, block_index: int) -> None:
        """Put the cursor on the section holding this block without scrolling the article again."""
        target = self.root
        for node in self.root.children:
            if node.data is not None and node.data <= block_index:
                target = node
        if target is not self.cursor_node:
            with self.prevent(Tree.NodeHighlighted):
                self.move_cursor(target)
