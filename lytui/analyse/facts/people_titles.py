"""Titles and roles: the words that say who a person is, written before or after the name.

A title is read from the list of posts (镇长, 副县长, 党委书记) with its rank and its assistant; a role is a noun
for a person by trade or standing (党员, 律师, 被告人). Both frame a name, and both may be characters of words
that are something else (居民区, 河洞|乡长|岭村), which the tests here tell apart. The organisation walk reads
titles from here too, so this module imports nothing else of the people's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import is_place, jieba_tags
from lytui.data import titles, titles_alternation
from lytui.han import DIVISION_LEVELS, all_han

_FORMER = "(?:(?:(?<![^\\W\\d_])|(?<=[委局部厅会协联院所办府队处室]))原)?"
"""原副主席, 政协原副主席: a post held before, which the title keeps, after no word or a body's name (草原|书记,
固原|市长: the word's or the city's 原)."""
_TITLE_PREFIX = r"(?:[一二三四]级|代理|现场|(?<=[、，。\s委县市区镇乡])代|常务|行政|执行|专职|驻会|党委|党工委|党组|纪委|党总支|总支|支部|首席|高级|见习|特约|特派|实习|摄影|全媒体|融媒体|全媒|驻村第一|驻村)?副?"
TITLE = re.compile(_FORMER + _TITLE_PREFIX + "(?:" + titles_alternation() + ")(?:助理|代表)?")
"""镇长, 副县长, 党委书记; 镇长助理, 总经理助理: an assistant to an office holds a title of their own, and so
does one speaking for those who hold one (志愿者代表, 劳模代表)."""


# roles many people share (村民, 干部, 县领导): the word after them is a name only when it reads as one
BODY_OR_LEVEL = frozenset("部局厅处村镇乡县市区省委办所站队组科室团院校")
"""The last characters of a body's or a division's name: no given name and no word of a quality ends so."""
GROUP_ROLES = frozenset(
    {
        *(
            "村民",
            "居民",
            "贫困户",
            "脱贫户",
            "干部",
            "村干部",
            "县领导",
            "市领导",
            "省领导",
            "区领导",
            "镇领导",
            "乡领导",
        ),
        *("群众", "游客", "人士", "困难职工", "劳模", "小哥"),
    }
)
TITLE_AFTER_A_CHARACTER = re.compile("|".join(sorted((t for t in titles() if len(t) >= 2), key=len, reverse=True)))


def title_read_across_words(ctx: Context, start: int, end: int) -> bool:
    """Whether a word of the sentence begins before the title and ends inside it (乡村民宿 is read 乡村|民宿,
    so it holds no 村民)."""
    return any(position < start < position + len(word) < end for position, word, _ in ctx.words(start - 4, end + 4))


def title_begins_a_longer_word(ctx: Context, start: int, end: int) -> bool:
    """居民区 (a residential area) holds 居民, 委员会 holds 委员: a word of the sentence that the title
    begins and that goes on past it is that word, and the character after it no name's first."""
    return any(position == start and position + len(word) > end for position, word, _ in ctx.words(start - 4, end + 4))


def title_opens_inside_a_place(ctx: Context, start: int) -> bool:
    """Whether the sentence's words read the title's first character as the last of a place's name that
    began before it and another place's name right after it (西安|市 of 西安市, then 长安区: 西安市长安区),
    so the title is read across two names (蓝田县|长 is the county's head). Only a title that opens with a
    division's level (市长, 县长) can be read so, and only those are tagged."""
    if ctx.text[start : start + 1] not in DIVISION_LEVELS:
        return False
    words = list(ctx.words(start - 6, start + 6))  # both names whole, as the sentence reads
    inside = any(
        position < start < position + len(word) and (flag == "ns" or is_place(word)) for position, word, flag in words
    )
    return inside and any(position == start + 1 and (flag == "ns" or is_place(word)) for position, word, flag in words)


def split_place_suffix(tokens: Sequence[tuple[str, str]], index: int) -> bool:
    """河洞|乡长|岭村: a title that begins with a place's suffix right after a place is the suffix and
    the next name's first character, read across the boundary (河洞乡|长岭村), not a title."""
    word = tokens[index][0]
    return word[0] in "乡镇村县市区" and index > 0 and tokens[index - 1][1] == "ns" and index + 1 < len(tokens)


_BODY_PREFIX = re.compile(r"党工委|党委|党组|支部|纪委")


def title_after_its_body(text: str, start: int, title: str) -> tuple[int, str]:
    """村党支部书记: 支部 closes the body's name (党支部, a dictionary word with the 党 before it), and
    the title is 书记; read as 支部书记 the body would be cut inside a word (…村党)."""
    prefix = _BODY_PREFIX.match(title)
    if prefix and len(title) > prefix.end() and jieba_tags().get(text[start - 1 : start + prefix.end()]) is not None:
        return start + prefix.end(), title[prefix.end() :]
    return start, title


TITLE_AT_END = re.compile(TITLE.pattern + "$")


def first_post_of_two(text: str, end: int) -> str | None:
    """教师 in 泥树小学教师兼校长: the shortest title or role ending before 兼, so the body before it stays whole,
    with its rank (镇党委副书记兼镇长: 副书记)."""
    post = next(
        (
            text[end - size : end]
            for size in (2, 3, 4)
            if TITLE.fullmatch(text[end - size : end]) or is_a_role(text[end - size : end])
        ),
        None,
    )
    if post and (rank := _RANK_BEFORE_A_POST.search(text, max(0, end - len(post) - 2), end - len(post))):
        post = rank.group() + post
    return post


_RANK_BEFORE_A_POST = re.compile(r"(?:副|常务|执行)$")


def role_ending_at(text: str, end: int) -> str | None:
    """The title (副局长) or the noun for a person by role (民警, 主持人) that ends at `end`."""
    if title := TITLE_AT_END.search(text, max(0, end - 12), end):
        return title.group()
    if not text[end - 1 : end] or text[end - 1] not in ROLE_ENDINGS:
        return None
    return next((text[end - size : end] for size in (4, 3, 2) if is_a_role(text[end - size : end])), None)


# the last character of a noun for a person by role, trade or standing: 党员, 律师, 医官, 毕业生, 志愿者,
# 民警, 选手, 网友, 人士, 专家, 干事, 课长, 被告人
ROLE_ENDINGS = "员师官生者警手友士家事长人童商户主民农机"


# nouns with a role's ending that name no person: 动员 (to mobilise), and what is done for the people
# (便民, 惠民, 为民: 便民|惠民外 is a slogan, not a name after a role)
_NOT_ROLES = frozenset({"动员", "便民", "惠民", "利民", "为民", "爱民", "富民", "安民", "亲民", "人民", "国民", "神农"})


def is_a_role(word: str) -> bool:
    """A noun for a member or a post ending in 员 (党员, 讲解员), or a two-character one the dictionary
    does not know (营员); 动员 (to mobilise) is a verb the dictionary files as a noun. A word for a
    person by another ending (律师, 毕业生, 被告人) counts only as a noun the dictionary knows."""
    if len(word) < 2 or not all_han(word) or word in _NOT_ROLES or TITLE.fullmatch(word):
        return False
    tag = jieba_tags().get(word)
    if tag in (None, "nz") and len(word) == 2 and word[1] == "农" and jieba_tags().get(word[0]) == "n":
        return True  # 蜂农, 棉农: a farmer by the crop, whether the dictionary knows the word or not
    if tag is None and word.endswith("户"):  # 种植户, 种粮大户, 承包户: a household by the trade it works at
        stem = word[:-2] if word.endswith("大户") else word[:-1]
        return len(stem) == 2 and jieba_tags().get(stem) in ("v", "vn", "n")
    if tag is None and len(word) == 3 and word.endswith("员"):  # 防治员, 巡护员: a trade (防治, v) and 员
        # (司|职员, 特战|队员: the dictionary's own word in 员 is the role)
        return jieba_tags().get(word[:2]) in ("v", "vn", "n") and jieba_tags().get(word[1:]) is None
    return tag == "n" or (tag is None and len(word) == 2 and word.endswith("员"))
