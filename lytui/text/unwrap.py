"""Paragraphs a page hard-wrapped at a fixed width, joined back.

Old e-paper and government pages, and text copied out of PDFs, break every line at the same width
(`陆军莒光医院九十年度` / `第一波爱民义诊活动，日昨在东莒地区热烈展开，对于` …), so each paragraph
arrives as several lines that end mid-clause. Read line by line they become a heading and a row of
one-line paragraphs. Such a run is known by its shape: four or more lines in a row, hardly any wider than
the width most of them share (within a character), at least three of them that wide and most of those
ending without a sentence's end; a line of that width that does not end a sentence runs on into the
next. Chinese needs no space where the lines are joined. A list, a poem or a page of one-sentence
paragraphs is not such a run: its lines end their sentences, or vary in width, or are shorter than a
wrapped line ever is.
"""

from __future__ import annotations

import re
from collections import Counter

from lytui.han import HAN, LazyPattern
from lytui.model import CREDITED_NAMES
from lytui.text.repair.punctuation import SPACE_RUN
from lytui.text.tracked import Edit, Tracked

_MIN_RUN = 4
_MIN_WIDTH = 30  # display columns: fifteen Chinese characters
_SLACK = 2  # a wrap point moves by a character where a digit or a Latin letter is half as wide
_ENDS_SENTENCE = re.compile(r"(?:[。！？!?；;：:]|……|…)[”’」』）)】]*$")


def _width(line: str) -> int:
    """Display columns, counting every character beyond ASCII as wide: exact for Chinese text and its
    punctuation, and computed without a Python step per character (a 5 MB article has millions)."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _wrapped_joins(lines: list[str]) -> list[int]:
    """Indexes into `lines` (one run of non-blank lines) of the lines that run on into the next."""
    if len(lines) < _MIN_RUN:
        return []
    widths = [_width(line) for line in lines]
    width, _ = Counter(widths).most_common(1)[0]
    full = [i for i, w in enumerate(widths) if abs(w - width) <= _SLACK]
    wider = sum(1 for w in widths if w > width + _SLACK)  # a markup remnant (`&hellip;`) can widen a line
    if width < _MIN_WIDTH or wider > 0.15 * len(lines) or len(full) < max(3, 0.4 * len(lines)):
        return []
    running_on = [i for i in full if not _ENDS_SENTENCE.search(lines[i])]
    if len(running_on) < 0.5 * len(full):
        return []
    return [i for i in running_on if i + 1 < len(lines)]


def unwrap_hard_lines(tracked: Tracked) -> Tracked:
    text = tracked.text
    edits: list[Edit] = []
    run: list[tuple[int, int, str]] = []  # (start, end, stripped line) of consecutive non-blank lines

    def close_run() -> None:
        for i in _wrapped_joins([line for _, _, line in run]):
            edits.append((run[i][1], run[i + 1][0], "", "boilerplate", ""))
        run.clear()

    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            run.append((start, start + len(stripped), stripped))
        else:
            close_run()
        offset += len(line) + 1
    close_run()
    return tracked.edit(edits, record=False) if edits else tracked


_WRAPPED_CLOSER = re.compile(
    r"(?P<end>[。！？…])[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P<closer>”)[ \t\u3000]*(?=\S)"
)


def rejoin_wrapped_closing_quotes(tracked: Tracked) -> Tracked:
    """热烈热烈。⏎⏎”  但是，一年多以前…: the closing quote of a paragraph's last sentence wrapped onto the
    next line, where it opens the next paragraph with a stray mark and leaves the quotation unclosed. It
    goes back after the sentence it closes, when that paragraph holds a “ it has not closed."""
    text = tracked.text
    edits: list[Edit] = []
    for m in _WRAPPED_CLOSER.finditer(text):
        line_start = text.rfind("\n", 0, m.start("end")) + 1
        paragraph = text[line_start : m.end("end")]
        if paragraph.count("“") <= paragraph.count("”"):
            continue
        edits.append((m.end("end"), m.end("end"), "”", "punctuation", "closing quote moved back"))
        edits.append((m.start("closer"), m.end(), "", "punctuation", "closing quote moved back"))
    return tracked.edit(edits) if edits else tracked


# …工人正在生产校具。巫某阳 摄谈及为何返乡…: a caption's credit with the next paragraph glued to it
_CREDIT_GLUED_TO_THE_TEXT = LazyPattern(
    rf"(?<=[。！？])[ \t\u3000]*{CREDITED_NAMES}[ \t\u3000]+摄(?=[“{HAN}])",
    needs=("摄",),
)


def part_credits_from_the_text(tracked: Tracked) -> Tracked:
    """图为…校具。巫某阳 摄谈及为何返乡…: a scraper that lost the line break after a picture's credit glued
    the next paragraph to it, and a quotation opening there (摄“南城的…”) read as a term. The credit's
    names and 摄 (with a space between: 拍摄 in a sentence has none) end the caption's paragraph."""
    edits: list[Edit] = [
        (m.end(), m.end(), "\n", "boilerplate", "a picture's credit parted from the paragraph glued to it")
        for m in _CREDIT_GLUED_TO_THE_TEXT.finditer(tracked.text)
    ]
    return tracked.edit(edits) if edits else tracked


_SHORTEST_DOUBLED = 6


def drop_doubled_lines(tracked: Tracked) -> Tracked:
    """石喜龙想要蓝色的书包 摄影/某某 石喜龙想要蓝色的书包 摄影/某某: a picture's alt text and its caption
    printed side by side, one line holding the same words twice. The second copy goes (recorded); only a
    split at a run of spaces in the line's middle is tried, so a line costs its length once."""
    text = tracked.text
    edits: list[Edit] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].rstrip(" \t\u3000")
        middle = len(line) // 2
        for gap in SPACE_RUN.finditer(line, max(0, middle - 4), min(len(line), middle + 4)):
            first, second = line[: gap.start()].strip(), line[gap.end() :]
            if len(first) >= _SHORTEST_DOUBLED and first == second:
                edits.append((start + gap.start(), start + len(line), "", "boilerplate", "the same words twice"))
                break
        start = end + 1
    return tracked.edit(edits) if edits else tracked
