"""Lists in running text (猛洞河、不二门、塔卧等…景点), read back from the word that says what they list.

A pattern that reads a list forward from each character and looks for 等 at its end reads a long list once
per item: quadratic on a line of thousands of items. Read back from each 等 instead, each list is read once.
"""

from __future__ import annotations

from lytui.han import is_han


def list_before(text: str, end: int, longest: int, marks: str = "、") -> tuple[int, list[str]] | None:
    """The items of a list that ends at `end`, apart by one of `marks`, first to last, with where the
    first begins; each item is two to `longest` Chinese characters (the first may still hold the end of
    the clause before it). None unless two items or more stand there."""
    items: list[str] = []
    first = end
    while True:
        start = end
        while start > 0 and end - start < longest and is_han(text[start - 1]):
            start -= 1
        if end - start < 2:
            break  # 、一、: an item too short to be one ends the list after it
        items.append(text[start:end])
        first = start
        if start == 0 or text[start - 1] not in marks:
            break
        end = start - 1
    return (first, items[::-1]) if len(items) >= 2 else None
