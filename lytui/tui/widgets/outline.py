"""The section tree: title → lede → sub-headings → 记者手记, with paragraph counts.

Moving the cursor is enough to scroll the article (no Enter needed): the tree posts
`SectionHighlighted` with the first paragraph of the section and the screen moves the reader.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Tree

from lytui.model import Document
from lytui.tui import safe
from lytui.tui.commands import OUTLINE_COMMANDS, bindings


class Outline(Tree[int]):
    BINDINGS: ClassVar[list[BindingType]] = bindings(OUTLINE_COMMANDS)

    class SectionHighlighted(Message):
        def __init__(self, block_index: int) -> None:
            self.block_index = block_index
            super().__init__()

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(safe.text(document.meta.title or "(untitled)"), data=0, id=id)
        self.show_root = True
        self.guide_depth = 2
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        self.clear()
        self.root.set_label(safe.text(document.meta.title or (document.source_path or "(untitled)")))
        # an article with no text left after cleaning has no block for the root to point at
        title_index = (
            next((i for i, b in enumerate(document.blocks) if b.kind == "title"), 0) if document.blocks else None
        )
        self.root.data = title_index
        block_of = {id(b): i for i, b in enumerate(document.blocks)}
        paragraph_blocks = [i for i, b in enumerate(document.blocks) if b.kind == "paragraph"]
        for section in document.sections:
            count = len(section.paragraphs)
            if section.heading is None:
                label = f"导语 lede ({count})"
                first = paragraph_blocks[section.paragraphs[0]] if section.paragraphs else 0
            else:
                label = f"{document.block_text(section.heading)} ({count})"
                first = block_of[id(section.heading)]
            self.root.add_leaf(safe.text(label), data=first)
        self.root.expand()

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[int]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(self.SectionHighlighted(event.node.data))

    def reveal_block(self, block_index: int) -> None:
        """Put the cursor on the section holding this block without scrolling the article again."""
        target = self.root
        for node in self.root.children:
            if node.data is not None and node.data <= block_index:
                target = node
        if target is not self.cursor_node:
            with self.prevent(Tree.NodeHighlighted):
                self.move_cursor(target)
