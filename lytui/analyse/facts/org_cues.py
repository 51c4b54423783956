"""Organisations named by where they stand rather than by a suffix: a listed company before its stock
code (宁德时代（300750）), and a group and its subsidiary on either side of 旗下 (赛迪顾问旗下赛迪方略).
A brand name has no 公司 or 集团 to find it by; these places in a sentence say what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import NAME_BREAKS, jieba_tags, places
from lytui.analyse.facts.org_walk import STOP_WORDS
from lytui.han import all_han

_STOCK_CODE = re.compile(r"[（(](?:股票代码|证券代码)?[：:]?\s*\d{6}(?:\.(?:SH|SZ|BJ|sh|sz))?[）)]")
_SUBSIDIARY = re.compile(r"旗下的?")
_CLAUSE_END = re.compile(rf"[{NAME_BREAKS}（）()\n\s]")
_PROPER_FLAGS = ("nz", "nr", "nrfg", "nrt", "ns", "nt", "j", "eng")
STOCK_CODE_NOTE = "named before its stock code"
SUBSIDIARY_NOTE = "named beside 旗下"


def _name_part(word: str, flag: str) -> bool:
    """Nouns and proper names, and a one-character adjective inside them (北|新|建材)."""
    return word not in STOP_WORDS and (flag.startswith("n") or flag in ("j", "eng") or (flag == "a" and len(word) == 1))


def _proper(tokens: Sequence[tuple[str, str]]) -> bool:
    """Something in it names one thing: a proper noun, or a word the dictionary does not know."""
    tags = jieba_tags()
    return any(flag in _PROPER_FLAGS or (tags.get(word) is None and all_han(word)) for word, flag in tokens)


def _name(tokens: Sequence[tuple[str, str]]) -> str | None:
    while tokens and tokens[0][1] == "a":
        tokens = tokens[1:]  # 大|集团: an adjective before the name describes it
    while tokens and tokens[-1][1] == "a":
        tokens = tokens[:-1]
    name = "".join(word for word, _ in tokens)
    if 2 <= len(name) <= 10 and _proper(tokens) and name not in places():
        return name
    return None


def _name_ending_at(ctx: Context, end: int) -> tuple[int, str] | None:
    clause = _CLAUSE_END.split(ctx.text[max(0, end - 12) : end])[-1]
    kept: list[tuple[str, str]] = []
    for word, flag in reversed(ctx.pos(clause)):
        if not _name_part(word, flag):
            break
        kept.insert(0, (word, flag))
    name = _name(kept)
    return (ctx.text.rfind(name, 0, end), name) if name else None


def _name_starting_at(ctx: Context, start: int) -> tuple[int, str] | None:
    clause = _CLAUSE_END.split(ctx.text[start : start + 12])[0]
    kept: list[tuple[str, str]] = []
    for word, flag in ctx.pos(clause):
        if not _name_part(word, flag):
            break
        kept.append((word, flag))
    name = _name(kept)
    return (ctx.text.find(name, start), name) if name else None


def cued_organisations(ctx: Context) -> Iterator[tuple[str, int, str]]:
    """(name, offset, note) of the companies a stock code or 旗下 points at."""
    for m in _STOCK_CODE.finditer(ctx.text):
        if found := _name_ending_at(ctx, m.start()):
            yield found[1], found[0], STOCK_CODE_NOTE
    for m in _SUBSIDIARY.finditer(ctx.text):
        owner = _name_ending_at(ctx, m.start())
        held = _name_starting_at(ctx, m.end())
        for found in (owner, held):
            if found:
                yield found[1], found[0], SUBSIDIARY_NOTE
