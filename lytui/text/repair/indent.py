"""Paragraph indentation that a lossy re-encoding turned into question marks.

Chinese pages indent each paragraph with two ideographic spaces (or `&nbsp;`s); a scraper that writes
through an encoding without them leaves one `?` per byte, so a paragraph opens with `????`. Left in
place the run reads as mojibake to the repairs after this one (`???？`), which then guess characters
that were never there. Only an even run at the very start of a line, with text after it, is taken: a
lone `?` there can be the lost lead byte of a shifted run, which the mojibake repair reads.
"""

from __future__ import annotations

import re

from lytui.text.tracked import Tracked

_LOST_INDENT = re.compile(r"(?m)^([ \t\u3000\u00a0]*)((?:\?\?)+)(?=[^\s?!,.:;()])")


def remove_lost_indentation(tracked: Tracked) -> Tracked:
    if "??" not in tracked.text:
        return tracked
    return tracked.edit(
        [
            (m.start(2), m.end(2), "", "boilerplate", "lost indentation (spaces written as ?)")
            for m in _LOST_INDENT.finditer(tracked.text)
        ]
    )
