"""A paragraph's sentences, as spans of the clean text."""

from __future__ import annotations

import re

from lytui.model import Block, Sentence

_MARK = re.compile(r"[“‘「『（(]|[”’」』）)]|[。！？!?；…]")
_END_RUN = re.compile(r"[。！？!?…”’」』]*")


def sentences_of(text: str, blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    """Sentences end at 。！？… outside quotes, so a quotation stays whole with its sentence."""
    found: list[Sentence] = []
    paragraph_index = -1
    for block in blocks:
        if block.kind != "paragraph":
            continue
        paragraph_index += 1
        depth = 0
        start = block.start
        mark = _MARK.search(text, block.start, block.end)
        while mark:
            ch = mark.group()
            position = mark.end()
            if ch in "“‘「『（(":
                depth += 1
            elif ch in "”’」』）)":
                depth = max(0, depth - 1)
            elif depth == 0:
                position = _END_RUN.match(text, position, block.end).end()  # type: ignore[union-attr]
                if ch != "；":
                    found.append(Sentence(start, position, paragraph_index))
                    start = position
            mark = _MARK.search(text, position, block.end)
        if start < block.end:
            found.append(Sentence(start, block.end, paragraph_index))
    return tuple(found)
