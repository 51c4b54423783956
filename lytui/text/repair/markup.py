"""HTML left in scraped text: whole tags (`<p>`, `</div>`), the remnants a lost byte leaves when it
swallows a tag's `<` (`。”/p>` from `?!?/p>`), and character entities (`&mdash;`, `&nbsp;`, `&#12290;`);
and what a scraper that writes Markdown or drops a link's anchor leaves: `![]()`, an address glued to the
start of a line's text.

Tags and remnants leave as boilerplate repairs; entities become the character they stand for. Only the
tags of page text are known (p, br, div, span, font, strong, b, i, em, a, img, td, tr, li, ul, h1–h6),
so `<` and `>` used as marks in an article stay.
"""

from __future__ import annotations

import html
import re

from lytui.han import HAN, LazyPattern
from lytui.text.tracked import Edit, Tracked

_TAG_NAMES = r"(?:p|br|div|span|font|strong|b|i|em|a|img|td|tr|th|li|ul|ol|h[1-6]|center|section|article)"
# 味道?br>: a lost byte swallows the `<` of an opening tag too; only a bare br or p after a character that
# is no Latin letter (a `?`, a Han) is such a remnant, as an article never writes them
_TAG = LazyPattern(
    rf"</?{_TAG_NAMES}\b[^<>\n]{{0,200}}/?>|(?<![A-Za-z<&])/{_TAG_NAMES}>|(?<=[?？{HAN}])(?:br|p)\s?/?>",
    re.IGNORECASE,
    needs=(">",),
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_ENTITY_REMNANT = re.compile(r"(?<![A-Za-z&])(?:mdash|ndash|ldquo|rdquo|lsquo|rsquo|hellip|middot|nbsp|quot);")
"""An entity whose `&` a lost byte swallowed (`?mdash;` in the raw text, the `?` repaired as mojibake)."""


MARKDOWN_PICTURE = r"!\[[^\[\]\n]{0,100}\]\([^()\n\s]{0,300}\)"
"""A picture in Markdown (![]() or ![图片](https://…)), as a scraper that writes Markdown leaves it."""
_MARKDOWN_PICTURE = LazyPattern(
    rf"(?m)(?<![\x21-\x7e])(?<!\)[ \t])(?<!\)[ \t]{{2}})(?:{MARKDOWN_PICTURE}[ \t]*)+(?=[{HAN}“「]|$)", needs=("![",)
)  # apart from other ASCII: inside a run of anti-copy noise it is the noise's, removed with it; a run of
# pictures (![]() ![]() 元宵节…) is removed whole, tried from its first picture only (not again from each)
# http://www.xuexily.com/m/“以前…: a link's address glued to the start of a line's text, its anchor lost
_ADDRESS_OPENING_A_LINE = LazyPattern(rf"(?m)^[ \t]*https?://[\x21-\x7e]{{1,200}}?(?=[{HAN}“「])", needs=("http",))


def remove_markup(tracked: Tracked) -> Tracked:
    text = tracked.text
    if not any(mark in text for mark in ("<", ">", "&", ";", "![", "http")):
        return tracked
    edits: list[Edit] = [(m.start(), m.end(), "", "boilerplate", "html tag") for m in _TAG.finditer(text)]
    edits += [(m.start(), m.end(), "", "boilerplate", "markdown picture") for m in _MARKDOWN_PICTURE.finditer(text)]
    edits += [(m.start(), m.end(), "", "boilerplate", "link address") for m in _ADDRESS_OPENING_A_LINE.finditer(text)]
    for m in _ENTITY.finditer(text):
        character = html.unescape(m.group()).replace("\xa0", " ")
        if character != m.group() and character.isprintable():
            edits.append((m.start(), m.end(), character, "punctuation", "html entity"))
    for m in _ENTITY_REMNANT.finditer(text):
        character = html.unescape("&" + m.group()).replace("\xa0", " ")
        edits.append((m.start(), m.end(), character, "punctuation", "html entity remnant"))
    return tracked.edit(edits)
