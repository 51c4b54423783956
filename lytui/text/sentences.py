"""A paragraph's sentences, as spans of the clean text."""

from __future__ import annotations

from lytui.model import Block, Sentence


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
        i = block.start
        while i < block.end:
            ch = text[i]
            if ch in "“‘「『（(":
                depth += 1
            elif ch in "”’」』）)":
                depth = max(0, depth - 1)
            elif ch in "。！？!?；…" and depth == 0:
                j = i + 1
                while j < block.end and text[j] in "。！？!?…”’」』":
                    j += 1
                if ch != "；":
                    found.append(Sentence(start, j, paragraph_index))
                    start = j
                i = j
                continue
            i += 1
        if start < block.end:
            found.append(Sentence(start, block.end, paragraph_index))
    return tuple(found)
