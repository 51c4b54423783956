"""A saved web page → the article's text, before any repair.

trafilatura finds the main text (it scores blocks by text and link density, the way jusText does, and
drops navigation, scripts, share bars, related links and footers). What it leaves out but lytui needs is
the page's own info line (发布时间 / 来源 / 责任编辑), which sits outside the main text on most portals;
those short lines are kept from the page and put above the body, with the page's title on top, so the
text pipeline that follows finds title and meta the way it does in a scraped text file and records
their removal as it always does. Nothing after this step knows the input was HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<(?:p|div|br|span|a|td|li|h[1-6])\b[^>]*>", re.IGNORECASE)
# A page's info line: a label (Traditional or Simplified; either script may survive a bad converter)
# or a date with a time of day. Kept only when short, so a sentence that mentions 来源 stays body.
_INFO_LABELS = re.compile(
    r"(来源|來源|责任编辑|責任編輯|编辑|編輯|作者|记者|記者|发布时间|發布時間|发布日期|時間|时间|出处|出處)\s*[:：]"
)
# pinyin glued after characters (發(fā)布) would hide a label: looked for with the readings left out
_READING = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}\)")
_DATE_TIME = re.compile(r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}")
_INFO_MAX = 160
_BLOCKS = ("p", "div", "span", "li", "td", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "section")


@dataclass(frozen=True, slots=True)
class Page:
    """The text lytui reads from a page (title, info lines, body; one block a line) and the page's
    own metadata, used where the text does not say (the title is the text's first line)."""

    text: str
    published: str | None
    site_name: str | None


def looks_like_html(text: str, name: str | None = None) -> bool:
    """By suffix, or by content: a document start, or markup dense enough that it is no article text."""
    if name and name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAGS.findall(head)) >= 8 and head.count("<") > len(head) / 200


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_OG_TITLE = re.compile(r"<meta\s[^>]*property=[\"']og:title[\"'][^>]*content=[\"']([^\"']*)", re.IGNORECASE)


def head_title(head: str) -> str | None:
    """The page's title from the first bytes of the file, for a folder listing that reads only those:
    og:title, else <title> without the site name that portals append after `_`, `|` or ` - `."""
    import html

    found = _OG_TITLE.search(head)
    if found and found.group(1).strip():
        return " ".join(html.unescape(found.group(1)).split())
    found = _TITLE.search(head)
    if not found:
        return None
    title = " ".join(html.unescape(re.sub(r"<[^>]*>", "", found.group(1))).split())
    parts = [part.strip() for part in re.split(r"[_|｜]| - | — ", title) if part.strip()]
    return max(parts, key=len) if parts else None


def _meta_content(tree: HtmlElement, *selectors: str) -> str | None:
    for selector in selectors:
        found = tree.xpath(selector)
        for value in found:
            value = str(value).strip()
            if value:
                return value
    return None


def _info_lines(tree: HtmlElement, body_text: str) -> list[str]:
    """Short info lines of the page (in page order, once each) that the main text does not hold."""
    seen: set[str] = set()
    lines: list[str] = []
    for element in tree.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in element):
            own = (element.text or "") + "".join(child.tail or "" for child in element)
            if not own.strip():
                continue
        text = " ".join(element.text_content().split())
        if not text or len(text) > _INFO_MAX or text in seen or text in body_text:
            continue
        if _INFO_LABELS.search(_READING.sub("", text)) or _DATE_TIME.search(text):
            seen.add(text)
            lines.append(text)
    return lines


def extract_page(html: str) -> Page:
    """The page's title, info lines and main text as one text, plus its metadata.

    An empty page (nothing trafilatura can call text) gives an empty text; the caller decides what
    that means for the user."""
    import lxml.html
    import trafilatura
    from trafilatura.settings import Document as Extracted

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    body = ""
    title = published = site_name = None
    if isinstance(document, Extracted):  # the deprecated as_dict=True would give a dict
        body = (document.text or "").strip()
        title, published = document.title, document.date
        site_name = document.sitename
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    info: list[str] = []
    if tree is not None:
        for bad in tree.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        # The site's name as written: trafilatura title-cases it, which breaks pinyin readings in it.
        site_name = (
            _meta_content(
                tree, "//meta[@property='og:site_name']/@content", "//meta[@name='application-name']/@content"
            )
            or site_name
        )
        heading = _meta_content(tree, "//h1//text()")
        if heading and (not title or heading in title):
            title = heading
        info = _info_lines(tree, body)
    if title:
        # The page's own title inside the main text marks where the article starts; what stands above
        # it there is navigation that a short page let through.
        body_lines = body.split("\n")
        at = body_lines.index(title) if title in body_lines else -1
        if 0 <= at < 10 and all(len(line) < 40 for line in body_lines[:at]):
            body = "\n".join(body_lines[at + 1 :])
    lines = [line for line in (title, *info) if line and line not in body]
    text = "\n".join([*lines, body]) if body else "\n".join(lines)
    return Page(text=text, published=published, site_name=site_name)
