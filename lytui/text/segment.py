"""Clean text → meta, blocks (title, dateline, headings, paragraphs) and sentences.

Scrapes join paragraphs with a space after the sentence end; a space inside quotes or brackets, or
after a comma, is not a break. Sub-headings are recognised by shape: one to three short chunks with
no punctuation standing between paragraphs (`千名干部挂千企 服务企业促发展`, `记者手记>>>`).
Page chrome (来源, 责任编辑, 分享到, 打印 | 收藏 …) leaves the text as boilerplate repairs; what it
carries goes into meta. Chrome is known by its shape, short and label-led without sentences: a line
that holds a sentence stays text even when it starts with 作者： or carries （数据来源：…）.
"""

from __future__ import annotations

import re
import sys
from array import array
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from lytui.data import names_a_region
from lytui.han import BODY_ENDINGS, HAN, LazyPattern, han_count, is_han
from lytui.model import (
    BYLINE,
    CREDITED_NAMES,
    MEDIUM,
    MEDIUM_AND_ROLE,
    MEDIUM_CREDIT,
    MEDIUM_ENDINGS,
    OWN_MEDIA,
    PICTURE_CREDIT_END,
    REPORTER_ROLE,
    Block,
    BlockKind,
    Meta,
    Repair,
    Section,
    Sentence,
)
from lytui.text.boilerplate import (
    LineClass,
    classify,
    has_link,
    headline_after_spam,
    is_caption,
    mostly_chinese,
    names_a_spam_site,
    shape,
    spread_comment_rules,
)
from lytui.text.chrome import (
    _BRACKETED,
    _LINK_BULLET,
    _ORIGINAL_TITLE_ONLY,
    _SENTENCE_END,
    _chart_labels,
    _footer_like,
    _holds_sentence,
    _is_chrome,
    related_label,
)
from lytui.text.head import (
    crumbs_of,
    headline_ending_a_breadcrumb,
    opening_under_a_headline,
    short_sentences_first,
    title_choice,
)
from lytui.text.meta_lines import (
    _DATELINE_SOURCE,
    DATELINE_CREDIT,
    DATELINE_NAMES,
    _is_meta_line,
    _meta_label_line,
    _parse_credit,
    _parse_meta,
    _trailing_credit,
    as_info_line,
    credit_byline,
    holds_a_time_of_day,
    medium_credit_line,
    name_credit_line,
    names_only,
    paper_of,
    reporter_credit,
    spaced_credit,
)
from lytui.text.repair import language
from lytui.text.repair.punctuation import QUESTION_WORD, UNITS_AFTER_A_NUMBER
from lytui.text.sentences import sentences_of
from lytui.text.tracked import Tracked

_SPEAKER = LazyPattern(rf"[{HAN}]{{2,4}}[:：]", needs=(":", "："), widen=True)
_OPENERS = "“‘（(《「『【"
_CLOSERS = "”’）)》」』】"
_ANY_PUNCT = re.compile(r"[，。、；：？！,;:?!“”‘’（）《》]")


def _opens_with_a_word(name: str) -> bool:
    return language.word_frequency(name[:2]) >= _COMMON_WORD_USES


_COMMON_WORD_USES = 1_000
"""jieba's count above which two characters are an everyday word (黄金, 高考), not a surname and a given one."""
_NAMES_ALONE = re.compile(r"\s*[（(](?P<names>[^（）()\n]{2,40})[）)]\s*")
_WRITERS_OFFICE = re.compile(rf"[^\s（）()]{{2,12}}?(?:{'|'.join(BODY_ENDINGS)})\s+")


def _source_under_its_label(lines: list[str], row: int) -> str:
    """2015年11月27日 来源:⏎齐鲁晚报: the source field's value set on the line under its label, a medium's name."""
    if not _LABEL_ENDS_THE_LINE.search(lines[row]) or row + 1 >= len(lines):
        return ""
    under = lines[row + 1]
    return under if under.endswith(MEDIUM_ENDINGS) and len(under) <= _MEDIUM_LENGTH else ""


_LABEL_ENDS_THE_LINE = re.compile(r"来源\s*[:：]\s*$")
_MEDIUM_LENGTH = 12
_DECORATION = re.compile(r"^[【\[<«]+|[】\]>»]+$")
# 5月17日, 三月十一日: the day a dateline gives, in digits or in Chinese numerals
_MONTH_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_DATELINE_FORMS = (
    LazyPattern(
        rf"[{HAN}A-Za-z·\-－]{{0,20}}?(?:[（(][{HAN}]{{2,12}}[）)])?(?:\d{{1,2}}月\d{{1,2}}日[{HAN}]{{0,8}}?)?"
        r"(?:电|讯|报道|消息)\s*[（(][^）)]{1,80}[）)]",
        needs=("电", "讯", "报道", "消息"),
    ),
    # （记者 某某）, （通讯员 某某）: the reporters, or a correspondent alone, in brackets before the text
    LazyPattern(r"[（(〔](?:[^）)〔〕]{0,40})?(?:记者|通讯员)[^）)〔〕]{1,60}[）)〕]", needs=("记者", "通讯员")),
    # 【全媒体记者 胡海涛】: in a box, the role and a name apart (【记者观察】, 【通讯员 手记】 are columns' labels)
    LazyPattern(
        r"【[^【】\n]{0,40}?(?:记者|通讯员)\s+(?!手记|观察|调查|视点|评论|札记|随笔|日记|感言)[^【】\n]{2,60}】",
        needs=("记者", "通讯员"),
    ),
    # 文成新闻网（记者 林佳涛）: the medium and its reporters in brackets, with no 讯 between them
    LazyPattern(
        rf"[{HAN}]{{2,12}}?{MEDIUM}[（(][^）)]{{0,30}}?(?:记者|通讯员)[^）)]{{1,60}}[）)]",
        needs=("记者", "通讯员"),
        widen=True,
    ),
    # 新华社北京5月17日电, 某某网9月27日珠海讯, with no reporters; 中评社香港4月29日电/, a slash before the text;
    # 新华社合肥11月10日电题：…, the wire's headline right after it
    LazyPattern(
        rf"[{HAN}]{{2,12}}?{_MONTH_DAY}[{HAN}]{{0,8}}?(?:电|讯)(?=[\s?？/／]|题\s*[:：]|$)",
        needs=("电", "讯"),
        widen=True,
    ),
    # 东方网记者张力韵、通讯员陈怡4月25日报道：
    LazyPattern(
        rf"[{HAN}、]{{2,30}}?\d{{1,2}}月\d{{1,2}}日(?:电|讯|报道|消息)(?=[:：])",
        needs=("日电", "日讯", "日报道", "日消息"),
    ),
    # 通讯员皮道琦、骆谭明报道：10月9日…: who reports, opening the text without a medium or a date
    LazyPattern(
        rf"{REPORTER_ROLE}\s*[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}}){{0,4}}\s*报道(?=[:：])",
        needs=("报道",),
        widen=True,
    ),
    # 本报讯周某某报道：, 本报讯 记者周某某 报道： — the medium's word, then who reports; with no colon (某网讯
    # 通讯员 某某 报道 安徽…, 本报讯 王小明 报道 …) a role or names set apart by spaces (本报讯 央视新闻报道 names
    # a programme, not who reports)
    LazyPattern(
        rf"(?:[{HAN}]{{2,12}}[-·─])?[{HAN}]{{1,10}}?(?:报|网|台|社)讯"
        rf"(?:\s*{REPORTER_ROLE}?\s*[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}}){{0,4}}\s*报道(?=[:：])"
        rf"|\s*(?:{REPORTER_ROLE}\s*[{HAN}]{{2,4}}|\s[{HAN}]{{2,3}})(?:[\s、][{HAN}]{{2,4}}){{0,4}}\s+报道(?=\s))",
        needs=tuple(medium + "讯" for medium in "报网台社"),
    ),
    # 本报讯 …, 某某网-某某日报讯 …, 某县招商网讯：…
    LazyPattern(
        rf"(?:据)?(?:[{HAN}]{{2,12}}[-·─])?[{HAN}]{{1,10}}?(?:报|网|台|社)(?:讯|消息|电)(?=[\s:：?？]|$)",
        needs=tuple(medium + word for medium in "报网台社" for word in ("讯", "消息", "电")),
        widen=True,
    ),
    # 新安晚报 安徽网 大皖客户端讯 …: the group's paper, site and app, one after another, then the word
    LazyPattern(
        rf"(?:[{HAN}]{{1,10}}?{MEDIUM}\s+){{1,3}}[{HAN}]{{1,10}}?{MEDIUM}讯(?=[\s:：?？]|$)",
        needs=("讯",),
        widen=True,
    ),
    # 掌上梅州讯 …: an app or a column
    LazyPattern(
        rf"(?:[{HAN}]{{2,12}}[-·─])?[{HAN}]{{2,8}}?(?<![通资喜简快音短传电视闻问审死佳警])讯(?=[\s:：?？]|$)",
        needs=("讯",),
        widen=True,
    ),
    # 【某某商报网讯】, 【某报东莒记者林某报导】, with the credit that may follow: 记者 常某 通讯员李某报道：
    LazyPattern(
        r"【[^】\n]{2,30}(?:讯|电|报导|报道)】(?:\s*(?:记者|通讯员)[^。，,：:\n]{1,40}?报道(?=[:：]))?",
        needs=("讯】", "电】", "报导】", "报道】"),
    ),
    # （赣州金融网讯）走进…: the medium's word in round brackets
    LazyPattern(
        rf"[（(][{HAN}]{{1,12}}?{MEDIUM}(?:讯|电)[）)]",
        needs=("讯）", "电）", "讯)", "电)"),
        widen=True,
    ),
)
"""The forms of a dateline, tried in turn: one pattern of them all as alternatives would compile
eight Chinese-character classes where a line needs at most those of the one form it holds."""


# （翟某某）为了…: the reporter's name alone in brackets before the first sentence
_NAMES_FIRST = re.compile(r"[（(](?P<names>[^（()）\n]{2,20})[）)]")


def _dateline(text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
    """The first form that matches at `pos`: what `match` of the forms joined by `|` answers; else
    names alone in brackets, when each starts with a surname."""
    for form in _DATELINE_FORMS:
        if (found := form.match(text, pos, endpos)) is not None:
            return found
    if (credit := _NAMES_FIRST.match(text, pos, endpos)) is not None and names_only(credit["names"]):
        return credit
    return None


@dataclass(frozen=True)
class Segmented:
    text: str
    meta: Meta
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    tracked: Tracked


_CHUNK_MARKS = re.compile(rf"\s+|[{re.escape(_OPENERS)}]|[{re.escape(_CLOSERS)}]")
_WHITESPACE = re.compile(r"\s")


def _chunks(line: str, base: int) -> list[tuple[int, int]]:
    """Split at whitespace outside quotes and brackets; offsets are absolute. Only the marks are
    visited, and a line without whitespace (most of an article's) is one chunk whatever quotes it holds."""
    if not _WHITESPACE.search(line):
        return [(base, base + len(line))] if line else []
    chunks: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for mark in _CHUNK_MARKS.finditer(line):
        ch = mark.group()
        if ch.isspace():
            if depth <= 0:
                if mark.start() > start:
                    chunks.append((base + start, base + mark.start()))
                start = mark.end()
        elif ch in _OPENERS:
            depth += 1
        else:
            depth = max(0, depth - 1)
    if start < len(line):
        chunks.append((base + start, base + len(line)))
    return chunks


_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|第[一二三四五六七八九十\d]{1,3}[章节部篇])"
)


def _cut_fragment(line: str) -> bool:
    """The start of a paragraph a page was cut in: Chinese running on, no link, no sentence end yet."""
    return shape(line).han >= 10 and not has_link(line) and not _SENTENCE_END.search(line) and " " not in line.strip()


_CLAUSE_MARK = re.compile(r"[。！？，；!?,;]")


_NEEDS_WHAT_FOLLOWS = frozenset("对在向把将与和的从被给于及或由")
"""Prepositions, conjunctions and 的: a chunk ending in one is the start of a clause, not a heading."""


def _heading_like(chunk: str) -> bool:
    """Short, unpunctuated, mostly Han: `千名干部挂千企`, `记者手记>>>`, or numbered: `一、强化责任落实`."""
    core = _heading_words(chunk)
    return 0 < len(core) <= 20 and not _ANY_PUNCT.search(core) and any(map(is_han, core))


def _heading_words(chunk: str) -> str:
    """A would-be heading without its decoration and its number (【…】, 一、); 第一章 alone stays whole."""
    plain = _DECORATION.sub("", chunk)
    return _ENUMERATOR.sub("", plain) or plain


def _heading_in_two_phrases(line: str) -> bool:
    """社区警务协同发力，成功找回走失女孩: a line of its own in two phrases around one comma, neither a clause
    of saying or of time (村民们说，…, 活动结束后，…) nor a caption (图为…)."""
    line = _heading_words(line)  # 一、自觉融入大局，全力服务…: numbered as an outline's
    if not _TWO_PHRASES.fullmatch(line) or line.startswith(("图为", "图：", "图片")):
        return False
    first = line.split("，", 1)[0]
    return not first.endswith(("说", "表示", "介绍", "后", "时", "前", "中", "里"))


_TWO_PHRASES = LazyPattern(rf"(?=.{{9,22}}$)[{HAN}]{{4,}}，[{HAN}]{{4,}}", needs=("，",))
"""A heading in two phrases: no mark but the one comma, each half four Han characters or more."""


_TITLE_DECORATION = frozenset("*＊★☆#=~～ \t\u3000")
# 德宏瑞丽：举办中缅胞波狂欢节, 霸州经开区：打造“舌尖上的产业新城”: a section of a round-up, the place or
# topic it covers, a colon, and what happens there, with no mark of a sentence
# (事件：土地争议纠纷 烧房打人杀牛: what happens in two phrases, set apart by a space)
_TOPIC_HEADING = LazyPattern(
    rf"[{HAN}]{{2,8}}[：:](?=.{{4,26}}$)[{HAN}“”‘’《》]{{2,24}}(?:[ \u3000][{HAN}“”‘’《》]{{2,12}})?",
    needs=("：", ":"),
)


def _topic_heading(text: str, start: int, end: int) -> bool:
    """A round-up's section line, not a speaker's (李明：明年再扩大种植规模, 记者：…): the topic before the colon
    is no name alone and no one who speaks or asks."""
    if _TOPIC_HEADING.fullmatch(text, start, end) is None:
        return False
    topic = re.split("[：:]", text[start:end], maxsplit=1)[0]
    return names_only(topic) is None and not topic.endswith(("记者", "主持人", "问", "答"))


_SUPPLIED_BY = re.compile(r"[^\s，。！？]{2,24}供图|资料(?:照片|图片|图)|网络图片")
"""Where a picture came from when no one took it for the page: supplied (某县融媒体中心供图), from the
archive (资料照片) or the web."""


def _credit_alone(line: str) -> bool:
    """A line that is only a picture's credit (吴某芳摄, 某县融媒体中心供图): the line above it is its caption."""
    credit = _PHOTOGRAPHER.fullmatch(line)
    return bool(credit and names_only(credit["names"])) or _SUPPLIED_BY.fullmatch(line) is not None


_CREDIT_CLOSING_A_CAPTION = LazyPattern(
    rf"(?<=[{HAN}])[ \u3000]+(?P<names>{CREDITED_NAMES})[ \u3000]*[/／]?摄$",
    needs=("摄",),
    widen=True,
)
_CREDIT_CHUNKS = 5  # 本报记者 刘某 王某 摄: the chunks a credit may take, names and all
_PHOTOGRAPHER = re.compile(
    # 本报记者 刘某 摄, 第1眼TV-华龙网记者 李某 石某 摄: the photographer's medium and role before the names
    rf"(?:{MEDIUM_AND_ROLE}[ \u3000]*)?"
    rf"(?P<names>[^\s摄/／]{{2,3}}(?:[ \u3000、][^\s摄/／]{{2,3}}){{0,3}}){PICTURE_CREDIT_END}$"
)


# 发表时间:2017-11-01 04:09 太和…, 文章来源：某网 作者：某某 时间：2025-06-23 10:00:00某网讯…: the page's
# fields glued before the text's first words, the posting time last
_POSTED_FIRST = LazyPattern(
    r"(?:(?:文章)?(?:来源|作者|编辑)[:：]\s*[^\s:：]{2,20}\s+)*"
    # date 2025-12-01 中评社北京12月1日电…: a template's English label, its colon optional
    r"(?:(?:发[布表稿]|更新)?(?:时间|日期)[:：]|(?:[Dd]ate|[Pp]ublished|[Pp]osted)\s*[:：]?)"
    r"\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+|(?=[^\W\d_]))",
    needs=("时间", "日期", "ate", "ublished", "osted"),
)
_WIDGET_AFTER_TITLE = re.compile(r"\s+(?:二维码|分享到?|打印|关闭窗口|收藏)\s*$")
_REPORTED_BY = LazyPattern(
    rf"(?P<title>{REPORTER_ROLE})\s*(?P<names>[{HAN}]{{2,4}}(?:[\s、][{HAN}]{{2,4}}){{0,4}})\s*报道",
    needs=("报道",),
    widen=True,
)
_NAME_SEPARATOR = re.compile(r"[、\s]+")
_CAPTIONS_BEFORE_THE_DATELINE = 4
"""Lines a page may set before the dateline that opens its text: a photo's caption and credit, twice."""
_CITED_AFTER_THE_DATELINE = LazyPattern(rf"\s*[/／]\s*据[{HAN}]{{2,12}}?(?:报导|报道)[，,]", needs=("据",))
"""中评社北京12月1日电／据新华网报导，: after the slash, the medium the wire relays, part of its dateline."""
_END_OF_STORY = re.compile(r"(?<=[。！？”])\s*[（(]完[）)]\s*$")

_BULLET = re.compile(r"[◆■●□◎▲▶►★☆•◇○|｜]+\s*")
"""A bullet a page sets before a heading or a point (◆ 乡村医疗卫生机构…): layout, not text."""


def _after_bullet(text: str, start: int, end: int) -> int:
    bullet = _BULLET.match(text, start, end)
    return bullet.end() if bullet and bullet.end() < end else start


def _strip_decoration(text: str, start: int, end: int) -> tuple[int, int]:
    start = _after_bullet(text, start, end)
    chunk = text[start:end]
    lead = re.match(r"^[【\[<«]+", chunk)
    trail = re.search(r"[】\]>»]+$", chunk)
    return start + (lead.end() if lead else 0), end - (len(trail.group()) if trail else 0)


_HOW_SAID = r"(?:这样|如是|笑着|激动地|高兴地|感慨地)?(?:说道|说|表示|介绍|告诉记者|坦言|感慨道)"
# “…下雨的时候了！” 韩里元说，…: who spoke, after the quotation and a space, is the same paragraph's; a
# longer clause (陈寨村村民韩吉阳满意地说。, 8月22日，在…车间，63岁的张爱荣高兴地说。) only when it ends there,
# and no 据…介绍，… (a new sentence's source)
_SAID_BY = LazyPattern(
    rf"(?!据)(?:[{HAN}]{{2,8}}?{_HOW_SAID}[，。：,:]|[^。！？；“”「」\n]{{8,48}}?[{HAN}]{_HOW_SAID}。)",
    needs=("说", "表示", "介绍", "告诉", "坦言", "感慨"),
)


def _body_blocks(
    text: str, start: int, end: int, first_line: bool, credit_next: bool = False
) -> list[tuple[BlockKind, int, int]]:
    """Blocks of one body line; the spans are absolute offsets into `text`. `credit_next`: the next line is
    a picture's credit, so this one is its caption, no heading."""
    if (credit := _PHOTOGRAPHER.match(text, start, end)) and names_only(credit["names"]):
        return [("paragraph", start, end)]  # 李东生 摄, 刘普礼/摄: a photo's credit under its caption, no heading
    if (credited := _CREDIT_CLOSING_A_CAPTION.search(text, start, end)) and names_only(credited["names"]):
        return [("paragraph", start, end)]  # 牛角山村 毛某亮 摄: a short caption and its credit, no heading
    chunks = _chunks(text[start:end], start)
    while chunks and _BULLET.fullmatch(text, *chunks[0]):
        chunks.pop(0)  # a bullet or a layout bar set apart before what the line says
    blocks: list[tuple[BlockKind, int, int]] = []
    if first_line and chunks:
        m = _dateline(text, chunks[0][0], end)
        if m:
            # a column's dateline may carry the wire's after it: 【某某7月25日报导】（中央社记者某某台北二十五日电）
            dateline_end = again.end() if (again := _dateline(text, m.end(), end)) else m.end()
            cited_mark: tuple[str, ...] = ()
            if cited := _CITED_AFTER_THE_DATELINE.match(text, dateline_end, end):
                cited_mark = ("，", ",")
                dateline_end = cited.end() - 1  # 中评社北京12月1日电／据新华网报导，: the wire it relays
            blocks.append(("dateline", m.start(), dateline_end))
            # its colon, or a `?` where a lost byte took the colon or space (文明风8月7日讯? 8月7日…)
            after = dateline_end
            while after < end and text[after] in " \t\u3000":
                after += 1  # 中新河南网电 : a space before the colon
            after = (
                after + 1 if text[after : after + 1] in ("：", ":", "?", "？", "/", "／", *cited_mark) else dateline_end
            )
            chunks = _chunks(text[after:end], after)
            if headline := _WIRE_HEADLINE.match(text, after, end):
                # 新华社乌鲁木齐9月4日电 题：心安处，是吾乡——…: the wire's headline after its dateline, the whole
                # line, or up to its writers when the text goes on after them on the same line
                credit = _WIRE_CREDIT.search(text, headline.end(), end)
                if credit is not None and not names_only(credit["names"]):
                    credit = None  # 题：守护长城 文化遗产 记者从…: no writers named there
                if "。" not in text[after:end]:
                    blocks.append(("title", headline.end(), end))
                    chunks = []
                elif credit is not None and "。" not in text[headline.end() : credit.start()]:
                    blocks.append(("title", headline.end(), credit.start()))
                    blocks.append(("dateline", credit.start() + len(credit[1]), credit.end()))
                    chunks = _chunks(text[credit.end() : end], credit.end())
    paragraph_open: list[int] | None = None  # [start, end] of the paragraph being built
    i = 0
    while i < len(chunks):
        at_boundary = paragraph_open is None
        if at_boundary and _BULLET.fullmatch(text, *chunks[i]):
            i += 1  # a bullet set apart by a space before what it marks
            continue
        line_end = chunks[-1][1]
        if at_boundary and blocks and blocks[-1][0] == "paragraph":
            # the caption's credit on its line, no heading: …开幕。 符宇群 摄 (a photographer's names), or
            # 北仑河口的傍晚。 某某保护区供图 (the picture's source, right after the caption)
            credit = _PHOTOGRAPHER.fullmatch(text, chunks[i][0], line_end)
            same_line = i > 0 and blocks[-1][2] == chunks[i - 1][1]
            supplied = same_line and _SUPPLIED_BY.fullmatch(text, chunks[i][0], line_end)
            if (credit and names_only(credit["names"])) or supplied:
                blocks[-1] = ("paragraph", blocks[-1][1], line_end)
                break
            # …次第点燃。 袁泉 摄 35场演出…: a line of several paragraphs, the credit closing its caption
            inner = next(
                (
                    k
                    for k in range(i + 1, min(i + _CREDIT_CHUNKS, len(chunks)))
                    if (found := _PHOTOGRAPHER.fullmatch(text, chunks[i][0], chunks[k][1]))
                    and names_only(found["names"])
                ),
                None,
            )
            if same_line and inner is not None and text[blocks[-1][2] - 1] in "。！？":
                blocks[-1] = ("paragraph", blocks[-1][1], chunks[inner][1])
                i = inner + 1
                continue
        # 某某派出所民警 常某：我当时… — the words before a speaker's name and colon are who speaks, not a heading
        speaker_next = i + 1 < len(chunks) and _SPEAKER.match(text, chunks[i + 1][0], chunks[i + 1][1])
        # 某某对 “城乡共建”工作进行了部署。 — a word that needs what follows it ends no heading, nor does a
        # number whose unit comes after the space (全市50 万中小学生…), nor a number in 万 or 亿 (全市50万 “…)
        end = chunks[i][1]
        leads_on = i + 1 < len(chunks) and (
            text[end - 1] in _NEEDS_WHAT_FOLLOWS
            or (text[end - 1].isdigit() and text[chunks[i + 1][0]] in UNITS_AFTER_A_NUMBER)
            or (text[end - 1] in "万亿" and text[end - 2 : end - 1].isdigit())
        )
        # 事件：土地争议纠纷 烧房打人杀牛: a topic and what happens in two phrases, the line's two chunks
        if at_boundary and i == 0 and len(chunks) == 2 and _topic_heading(text, chunks[0][0], chunks[1][1]):
            blocks.append(("heading", chunks[0][0], chunks[1][1]))
            i += 2
            continue
        if (
            at_boundary
            and not speaker_next
            and not leads_on
            and (
                _heading_like(text[chunks[i][0] : chunks[i][1]])
                or (len(chunks) == 1 and _topic_heading(text, *chunks[i]))
                or (len(chunks) == 1 and not credit_next and _heading_in_two_phrases(text[chunks[i][0] : chunks[i][1]]))
            )
        ):
            group = [chunks[i]]
            while len(group) < 3 and i + len(group) < len(chunks):
                nxt = chunks[i + len(group)]
                if not _heading_like(text[nxt[0] : nxt[1]]):
                    break
                group.append(nxt)
            h_start, _ = _strip_decoration(text, *group[0])
            _, h_end = _strip_decoration(text, *group[-1])
            blocks.append(("heading", h_start, h_end))
            i += len(group)
            continue
        c_start, c_end = chunks[i]
        if paragraph_open is None:
            paragraph_open = [_after_bullet(text, c_start, c_end), c_end]
        else:
            paragraph_open[1] = c_end
        said_after = (
            i + 1 < len(chunks)
            and text[c_end - 1] in "”’"
            and _SAID_BY.match(text, chunks[i + 1][0], chunks[i + 1][1]) is not None
        )
        if _SENTENCE_END.search(text[c_start:c_end]) and not said_after:
            blocks.append(("paragraph", paragraph_open[0], paragraph_open[1]))
            paragraph_open = None
        i += 1
    if paragraph_open is not None:
        blocks.append(("paragraph", paragraph_open[0], paragraph_open[1]))
    return blocks


def _last_heading_heads_nothing(spans: list[tuple[BlockKind, int, int]]) -> list[tuple[BlockKind, int, int]]:
    """A heading-shaped line that ends the article heads no section: a sentence the page cut off (工业生产大,
    据某县法院判决中摘录的证言) is the text's last paragraph, kept as text, not an empty section."""
    body = [index for index, (kind, _, _) in enumerate(spans) if kind in ("heading", "paragraph")]
    if body and spans[body[-1]][0] == "heading" and len(body) > 1:
        _, start, end = spans[body[-1]]
        spans = [*spans[: body[-1]], ("paragraph", start, end), *spans[body[-1] + 1 :]]
    return spans


def _phrase_lines(text: str, spans: list[tuple[BlockKind, int, int]]) -> list[tuple[BlockKind, int, int]]:
    """Three or more unnumbered heading-shaped lines in a row head nothing: they are an article told a
    phrase a line (小晨发现了这3名嫌疑人 / 平时爱看警察题材影片的他 / 两名嫌疑人当场就被镇住了), so
    they are its paragraphs. A heading in two parts (秸秆烧得欢 / “几乎处于失控状态”) is two lines, and
    numbered ones (一、总则 / （一）编制目的) are a document's outline."""
    kinds = [kind for kind, _, _ in spans]
    n = 0
    while n < len(spans):
        end = n
        while (
            end < len(spans) and kinds[end] == "heading" and not _ENUMERATOR.match(text[spans[end][1] : spans[end][2]])
        ):
            end += 1
        if end - n >= 3:
            kinds[n:end] = ["paragraph"] * (end - n)
        n = max(end, n + 1)
    return [(kind, start, end) for kind, (_, start, end) in zip(kinds, spans, strict=True)]


def _assemble(
    tracked: Tracked,
    spans: list[tuple[BlockKind, int, int]],
    joined: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[Tracked, tuple[Block, ...]]:
    """Join the block spans with newlines, or glue a span in `joined` to the paragraph before it; record each
    removed non-blank gap as boilerplate."""
    text = tracked.text
    pieces: list[str] = []
    origin = array("i")
    repairs = tracked.repairs
    blocks: list[Block] = []
    cursor = 0
    position = 0
    for index, (kind, start, end) in enumerate(spans):
        gap = text[cursor:start]
        if gap.strip():
            for m in re.finditer(r"\S(?:.*\S)?", gap):
                raw_start, raw_end = tracked.raw_span(cursor + m.start(), cursor + m.end())
                repairs.append(_boilerplate(raw_start, raw_end, tracked.raw[raw_start:raw_end] or m.group()))
        glued = index in joined and blocks and blocks[-1].kind == "paragraph" and not gap.strip()
        if blocks and not glued:
            pieces.append("\n")
            origin.append(tracked.origin[start])
            position += 1
        pieces.append(text[start:end])
        origin.extend(tracked.origin[start:end])
        if glued:
            blocks[-1] = Block("paragraph", blocks[-1].start, position + end - start)
        else:
            blocks.append(Block(kind, position, position + end - start))
        position += end - start
        cursor = end
    tail = text[cursor:]
    for m in re.finditer(r"\S(?:.*\S)?", tail):
        raw_start, raw_end = tracked.raw_span(cursor + m.start(), cursor + m.end())
        repairs.append(_boilerplate(raw_start, raw_end, tracked.raw[raw_start:raw_end] or m.group()))
    origin.append(tracked.origin[len(text)])
    return Tracked("".join(pieces), origin, repairs, tracked.raw), tuple(blocks)


def _boilerplate(raw_start: int, raw_end: int, removed: str) -> Repair:
    return Repair("boilerplate", raw_start, raw_end, removed, "", "page chrome")


_TRAILING_BARS = re.compile(r"\s*[|｜]+$")


def _ends_in_a_bar(text: str, start: int, end: int) -> bool:
    """What `_TRAILING_BARS` needs: a bar right before the end, or before a newline that ends the text."""
    last = end - 2 if end - 1 > start and text[end - 1] == "\n" else end - 1
    return last >= start and text[last] in "|｜"


# 摘要：…, and [摘要] … or 【导读】… in brackets
_SUMMARY = re.compile(
    r"^(?:(?:(?:文章|新闻|本文|内容)?(?:摘要|提要)|导读|核心提示)\s*[:：]"
    r"|[\[【〔](?:(?:文章|新闻|本文|内容)?(?:摘要|提要)|导读|核心提示)[\]】〕])\s*"
)
_TOPIC_LABEL = re.compile(r"#[^#\n]{1,20}#\s*")
_LEDE_LABEL = re.compile(r"[◆■●□◎▲▶►★☆•◇○]?\s*(?:导语\s*[:：]|【导语】|\[导语\])\s*")
# ■学习贯彻十九大精神 写好教育奋进之笔 特别报道: the banner of the series the article runs in, no headline
_SERIES_BANNER = re.compile(r"[■□▲●◆★]\s*\S.{1,40}?(?:特别报道|专题报道|系列报道|特别策划|专栏)")
_FILED_UNDER = re.compile(r"(?:专栏|栏目|专题)[:：]?\s*【[^【】\n]{1,20}】\s*")
_LABEL_BRACKET = re.compile(r"^[（(【\[][^（()）【】\[\]]{1,20}[）)】\]]")


def _wire_headline_line(text: str, start: int, end: int) -> list[tuple[BlockKind, int, int]]:
    """A line that is a wire's dateline and its headline and nothing more (新华社乌鲁木齐9月4日电 题：心安处，是吾乡),
    read as the text's first line is read."""
    blocks = _body_blocks(text, start, end, first_line=True)
    kinds = [kind for kind, _, _ in blocks]
    if len(blocks) == 2 and kinds[0] == "dateline" and kinds[1] in ("heading", "paragraph"):
        # 新华社长沙7月1日电 特写：大西村的27趟洪中转移: the headline after the dateline without 题, the rest of the
        # line, short and no sentence (a feature's label, 特写：, opens it)
        _, head_start, head_end = blocks[1]
        headline = text[head_start:head_end]
        if (
            head_end == end
            and _WIRE_HEADLINE_LENGTH[0] <= len(headline) <= _WIRE_HEADLINE_LENGTH[1]
            and not _A_SENTENCE_ENDS.search(headline)
        ):
            return [blocks[0], ("title", head_start, head_end)]
    if kinds != ["dateline", "title"] or blocks[1][2] - blocks[1][1] < 4:
        return []
    return blocks


_WIRE_HEADLINE_LENGTH = (6, 32)


_WIRE_HEADLINE = re.compile(r"\s*题\s*[:：]\s*")
# 题：… 作者 杨佩佩 袁泉 35场演出…: the writers the wire names after its headline, before the text on the same line
_WIRE_CREDIT = LazyPattern(
    rf"(\s+)(?:[{HAN}]{{0,6}}?(?:作者|记者)\s*[:：/／]?|文\s*[:：/／])\s*"
    rf"(?P<names>[{HAN}]{{2,3}}(?:[\s、][{HAN}]{{2,3}}){{0,3}})(?=\s)",
    needs=("作者", "记者", "文"),
)
_TITLE_LABEL = re.compile(
    r"(?:标题|名称)\s*[:：]\s*"
)  # 标题: … in a forum's printable view; 名称: in a government page's record
# 天天快看：…, 今日热搜：…: an aggregator's column label of a time word and a news word before the headline
_FEED_LABEL = re.compile(
    r"(?:天天|今日|每日|环球|全球|最新|热门|当前|今天|实时|独家)[观今]?"  # 全球观焦点：, 环球今热点：
    r"(?:快看|快讯|热议|热搜|头条|资讯|聚焦|看点|热点|新闻|动态|播报|速递|观察|视点|焦点|关注|要闻|快报|热闻|滚动)\s*[:：]\s*"
)
# … [打印本页], …[图], …（正体中文）, … [热事件]: the page's links, marks and tags beside the headline; … │某某新闻 20210918, … - 某某网: the
# site's name (and the day) its <title> adds; … 某县文明办供图: the credit of a picture above the text
_TITLE_TAIL = re.compile(
    r"\s*[\[【［](?:打印本页|打印|关闭窗口|收藏|图)[\]】］]$|\s*[（(](?:正体|繁体|简体)中文[）)]$"
    r"|\s+[\[［][^\s\]］\d]{2,5}[\]］]$"  # … [热事件]: the feed's tag after a space
    rf"|(?:\s*[|｜│_]\s*|\s+[-–]\s+)[^\s|｜│_]{{2,12}}?{MEDIUM}(?:\s*\d{{6,8}})?$"
    r"|\s+[^\s，。]{2,12}供图$"
    r"|\s+\w{2,4}\s+\d{1,2}月\d{1,2}日$"  # … 小某某 10月6日: the poster and the day
)
# - 关于…的通知, 转载-生活新闻-…: a list's dash or a repost label with its column before the headline
_REPOST_LABEL = re.compile(r"[-–—•·]\s*|(?:转载|转帖)\s*[-—:：]\s*(?:[^-—:：\s]{2,6}[-—]\s*)?")
_COLUMN_LABEL = re.compile(r"【([^】]{1,6})】\s*")
"""A column or region label, 【涪城】, where its inside is all Chinese characters (tested where it is used:
`[{HAN}]` in the pattern would be compiled for every article)."""


def _a_region_or_a_medium(label: str) -> bool:
    """【涪城】, 【三峡日报】: a site's region or the paper it took the story from, page furniture; a column,
    a campaign or a genre (【访惠聚】, 【特写】) is part of the headline, as the page prints it."""
    return names_a_region(label) or paper_of(label) is not None or label.endswith(MEDIUM_ENDINGS)


_PICTURE_MARK = re.compile(r"(?:(?<=[？！?!”])(?:组)?图|\s*[（(](?:组|多)?图[）)])$")


_TITLE_CHUNK_PUNCT = re.compile(r"[，。！？；：、,.!?;:（）()]")


# 青山镇召开春耕生产推进会3月11日，青山镇…: a headline glued with no space before the day the text opens with
_TITLE_BEFORE_THE_DAY = LazyPattern(
    rf"(?P<title>[{HAN}“”《》]{{6,40}}?)(?<![于在至到从自止的])(?=(?:\d{{1,2}}月\d{{1,2}}日|近日|日前)[上下]?午?[，,])",
    needs=("日",),
)


def _asks_questions(tracked: Tracked) -> bool:
    """Whether the page writes questions with the question mark elsewhere (如何面对教育压力？) and shows no lost
    bytes (a run repaired, a character unrecovered, U+FFFD): then a headline's final mark is a question
    too (一个好校长就是一所好学校？), however it is worded."""
    text = tracked.text
    if tracked.repairs.holds("mojibake") or tracked.repairs.holds("unrecovered") or "\ufffd" in text:
        return False
    return text.count("？") + text.count("?") > 1


def _retold(title: str, paragraph: str) -> bool:
    """A headline tells what its paragraph goes on to tell: four characters of it in a row come again."""
    return any(title[i : i + 4] in paragraph for i in range(len(title) - 3))


# ■ 本网走基层融媒体报道组记者 冬梅 包文君 ■ 本网记者 隋海涛 内蒙古…: each credit behind a box, glued before
# the text's first words
_BOXED_BYLINES = LazyPattern(
    rf"(?:\s*[□■◎●]\s*[{HAN}]{{0,14}}?{REPORTER_ROLE}\s+[{HAN}]{{2,3}}(?:\s+[{HAN}]{{2,3}}){{0,4}}(?=\s))+\s+",
    needs=tuple("□■◎●"),
)
# 记者 严某良 长江村给全村…: the credit glued before the first paragraph, set apart by a space
_CREDIT_OPENING_THE_TEXT = LazyPattern(
    rf"[ \t\u3000]*(?P<credit>(?:{'|'.join(OWN_MEDIA)})?{REPORTER_ROLE}[ \t\u3000]+"
    rf"(?P<names>[{HAN}]{{2,3}}(?:[ \u3000、][{HAN}]{{2,3}}){{0,3}}))[ \t\u3000]+(?=[{HAN}“])",
    needs=("记者", "通讯员"),
)
_A_SENTENCE_ENDS = re.compile("[。！？]")
_DATE_ALONE = re.compile(
    r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:星期[一二三四五六日天])?"
)
_BOXED_NAMES = LazyPattern(rf"[□■◎●]\s*(?P<names>[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*)", needs=tuple("□■◎●"))


def _glued_title(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(start, end, body start) of a headline that a scrape joined to the first paragraph with a space
    (`…“赶大集”活动 在金查理小镇举办 为进一步提高…`): up to three short chunks without punctuation (quotes
    and 《》 are a headline's own) before a chunk that holds a sentence. A dateline is not a headline."""
    if _dateline(text, start, end):
        return None
    if (unspaced := _TITLE_BEFORE_THE_DAY.match(text, start, end)) and _retold(
        unspaced["title"], text[unspaced.end() : end]
    ):
        return start, unspaced.end("title"), unspaced.end("title")
    chunks = _chunks(text[start:end], start)
    taken = 0
    while taken < min(3, len(chunks) - 1):
        chunk = text[chunks[taken][0] : chunks[taken][1]]
        if len(chunk) > 30 or _TITLE_CHUNK_PUNCT.search(chunk):
            break
        taken += 1
    if not taken:
        return None
    title_end, body = chunks[taken - 1][1], chunks[taken][0]
    if shape(text[start:title_end]).han < 6 or not _holds_sentence(text[body:end]):
        return None
    return start, title_end, body


_GLUED_HEADLINE = 6
_TAIL_ALLOWANCE = 3000
"""Characters a list of other articles under the text may hold: headlines, teasers, one short article."""


def _related_start(text: str, lines: list[str], stripped: list[str], first_prose: int | None) -> int:
    """The row of the label over the site's list of other articles, or len(lines). Under it must stand no
    more than a list's worth of teasers (or one short article): the list closes a page, while a file of
    many articles joined has whole articles after each such label but its last."""
    if first_prose is None:
        return len(lines)
    above = 0
    for row, line in enumerate(lines):
        if row > first_prose and related_label(stripped[row]):
            if len(text) - above - len(line) <= _TAIL_ALLOWANCE:
                return row
        above += len(line) + 1
    return len(lines)


def _comparable(line: str) -> str:
    """A line's words without its marks, spaces and the page's link marks beside it, to compare two lines."""
    return "".join(re.findall(r"\w", _TITLE_TAIL.sub("", line)))


def _before_a_shorter_tail(text: str, start: int, end: int) -> int:
    """A headline's end before the last bar when less follows it than comes before it: the <title>'s
    site name or a spam site's words (…获寄语“提升自我”|少妇…). A bar between two halves of a headline
    that heads its column (聚焦两会｜代表委员…) has the shorter part first."""
    bar = max(text.rfind("|", start, end), text.rfind("｜", start, end))
    if bar <= start or end - bar - 1 >= bar - start or text[bar - 1] in "|｜":
        return end  # 某地：从…到养殖大户||八年汗水…: a doubled bar sets the subtitle apart, a site name is after one
    while bar > start and text[bar - 1].isspace():
        bar -= 1
    return bar


_HAN_RUN = LazyPattern(rf"[{HAN}]{{4,}}", widen=True)
_ECHO = 4
"""Han characters in a row that a short line below the text shares with the article's prose to be about
it: a caption under the last paragraph (集中开工项目) names what the text reports; the site's links
(返回栏目, 网站地图, 联系我们) do not."""


def _echoes(line: str, prose: str) -> bool:
    """Whether `line` (no bullet, no link bar) repeats a run of `_ECHO` Han characters of `prose`."""
    if _LINK_BULLET.match(line) or "|" in line or "｜" in line:
        return False
    for run in _HAN_RUN.finditer(line):
        word = run.group()
        if any(word[i : i + _ECHO] in prose for i in range(len(word) - _ECHO + 1)):
            return True
    return False


def _within_text(
    stripped: list[str],
    classes: list[LineClass],
    chrome: list[bool],
    meta_line: list[bool],
    footer_like: list[bool],
    last_prose: int,
    related_from: int,
) -> set[int]:
    """Short lines below the last paragraph that more text follows: an article written a phrase per line
    (警察到达现场后看到 / 整齐地蹲成一排 / …) has its last punctuated paragraph near the top, and the
    footer rule took every short line after it for the site's links. The site's footer ends the page: a
    short line is the article's when a line of text comes after it before any furniture does."""
    within: set[int] = set()
    text_follows = False
    for row in range(min(len(stripped), related_from) - 1, last_prose, -1):
        line = stripped[row]
        if not line:
            continue
        if chrome[row] or meta_line[row] or classes[row] == "junk":
            text_follows = False
        elif footer_like[row]:
            if text_follows:
                within.add(row)
        else:
            text_follows = True
    return within


_TEASERS = 3
"""Headline-shaped lines in a row that end a page below the text to be the site's other articles."""
_MOST_TEASERS = 40
"""A site lists a screenful of other articles; a longer run of short lines is a text of its own, and each
line read costs a search of the article's prose."""


def _teaser_tail(
    stripped: list[str], filled: list[int], furniture: list[bool], last_prose: int, related_from: int, prose: str
) -> set[int]:
    """The last lines of a page when they are the site's headlines of other articles without a label over
    them (密密麻麻！一地突现燕子乱飞？官方回应 / 某省检察深化公益诉讼工作 / …): three or more in a row
    that close the page below the last paragraph, each a headline's length, none a sentence that ends
    in 。 or a credit in brackets, and none repeating the article's words (a caption or a phrase of its
    own would). Meta lines and credits among or after them are passed over: the footer rules read those."""
    run: list[int] = []
    above = ""  # the line the run stands under
    for row in reversed(filled):
        line = stripped[row]
        if row >= related_from:
            continue
        if furniture[row] and row > last_prose:
            continue  # 责任编辑：… among or after them: the footer rules read it
        above = line
        if row <= last_prose and _SENTENCE_END.search(line):
            break  # a headline with ！ or ？ inside (…乱飞？官方回应) reads as prose, but it ends in none
        han = han_count(line)
        if not (6 <= han <= 32 and len(line) <= 40) or "。" in line or line.count("，") > 1:
            break
        read_as_prose = row <= last_prose  # then the prose holds the line itself: compare without it
        if furniture[row] or line[:1] in "（(【[" or _echoes(line, prose.replace(line, "") if read_as_prose else prose):
            break
        if len(run) == _MOST_TEASERS:
            return set()
        above = ""
        run.append(row)
    # under a finished sentence or a credit: an article told a phrase a line (…侦查破案过程中 / 发挥了积极
    # 的作用) ends in phrases of its own, under a phrase
    closed = bool(_SENTENCE_END.search(above)) or above[:1] in "（(【["
    return set(run) if len(run) >= _TEASERS and closed else set()


def _without_trailing_bars(text: str, start: int, end: int) -> int:
    """The end of a line without the `|` link separators a page leaves after it (`… 我来说两句 |`). The
    pattern is searched only when the line ends in a bar: a search tries every position of the line."""
    while _ends_in_a_bar(text, start, end) and (m := _TRAILING_BARS.search(text, start, end)) and m.start() > start:
        end = m.start()
    return end


_ORIGINAL_TITLE_BRACKET = re.compile(r"[【\[（(]原标?题[:：]\s*(?P<title>[^】\]）)\n]{4,80})[】\]）)]")


# 英文稿件：, 相关阅读： alone on the page's last line: a label whose content the scrape did not keep
_EMPTY_LABEL = LazyPattern(rf"[?？\s]*[{HAN}]{{2,6}}[：:]\s*", needs=("：", ":"), widen=True)


_HEADLINE_HAN = 12
"""Han characters a bulleted line above the info line needs to be the headline: a menu's items are short."""


def _bulleted_headlines(stripped: list[str], filled: list[int], meta_line: list[bool]) -> dict[int, int]:
    """• 全省要闻| … • 【“三抓三促”行动光荣榜】永昌县六坝镇：互助院，为老人幸福“加码”⏎发布时间：…: the
    headline set as the last item of the menu above it, right above the info line. Row → where the
    headline starts after its bullet; only a line with no sentence's end and twice as long as any menu
    item above it."""
    found: dict[int, int] = {}
    for n, row in enumerate(filled):
        if n == 0 or not meta_line[row] or (bullet := _LINK_BULLET.match(stripped[filled[n - 1]])) is None:
            continue
        above = filled[n - 1]
        line = stripped[above]
        if han_count(line, bullet.end()) < _HEADLINE_HAN or "。" in line:
            continue
        items = [stripped[r] for r in filled[max(0, n - 12) : n - 1] if _LINK_BULLET.match(stripped[r])]
        if all(2 * len(item) <= len(line) for item in items):
            found[above] = bullet.end()
    return found


def segment(tracked: Tracked) -> Segmented:
    text = tracked.text
    meta_fields: dict[str, str] = {}
    spans: list[tuple[BlockKind, int, int]] = []
    joined: set[int] = set()  # spans that go on the paragraph before them, without a line break
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    chrome = [bool(s) and _is_chrome(s) for s in stripped]
    chinese_page = mostly_chinese(text)
    classes = [classify(s, chinese_page) if s and not chrome[i] else "blank" for i, s in enumerate(stripped)]
    spread_comment_rules(stripped, classes)
    # 来源：某市广播电视台收集编辑：某市广播电视台 reads as prose by its colons and length alone: a line whose
    # only sentence marks are its labels' colons, or are inside brackets (内容来源：某台（版权归原作者所有，
    # 如有侵权请联系我们）), may still be the page's fields
    meta_line = [
        (
            c in ("short", "junk")
            or (c == "prose" and not _CLAUSE_MARK.search(_BRACKETED.sub("", as_info_line(stripped[i]))))
        )
        and _is_meta_line(stripped[i])
        for i, c in enumerate(classes)
    ]
    filled = [i for i, s in enumerate(stripped) if s]
    # A headline may be long and punctuated (382个项目，总投资5066亿元！…开工): a line without a full stop
    # that the info line follows is the title, not the first paragraph.
    first_prose = next((i for i in filled if classes[i] == "prose"), 0)
    # 新闻 above 当前位置:新闻 > …: the trail's item, no line of its own
    crumbs = crumbs_of(stripped, range(first_prose))
    first_line = next(
        (
            i
            for i in filled
            if classes[i] != "junk"
            and not chrome[i]
            and (shape(stripped[i]).han or not chinese_page)
            and stripped[i] not in crumbs
        ),
        None,
    )
    headline = {
        i
        for n, i in enumerate(filled)
        if classes[i] == "prose"
        and not meta_line[i]  # 来源：某网 作者：某某 发布时间：…: the info line opening a page is no headline
        and len(stripped[i]) <= 80
        and "。" not in stripped[i]
        and (any(meta_line[j] for j in filled[n + 1 : n + 3]) or (i == first_line and len(filled) > 2))
    }
    prose_rows = [i for i, c in enumerate(classes) if c == "prose" and not meta_line[i] and i not in headline]
    # Below the text, the label of the site's list of other articles (相关报道, 新闻推荐): from there on the
    # page is theirs, teasers and whole paragraphs alike.
    related_from = _related_start(text, lines, stripped, prose_rows[0] if prose_rows else None)
    prose_rows = [i for i in prose_rows if i < related_from]
    prose = set(prose_rows)
    credit_line = [c == "short" and not meta_line[i] and reporter_credit(stripped[i]) for i, c in enumerate(classes)]
    caption = [
        c == "short" and not meta_line[i] and not credit_line[i] and is_caption(stripped[i])
        for i, c in enumerate(classes)
    ]
    next_filled = dict(pairwise(filled))
    picture_credit = {i: _credit_alone(stripped[i]) for i in filled}  # 吴哲芳摄: a line that only credits a picture
    for i, following in reversed(list(pairwise(filled))):
        # 游客泛舟普者黑。⏎吴哲芳摄, 村民在活动室里看书。⏎活动室内整洁明亮。 某报记者 某某 摄: a sentence right above
        # a picture's credit, or above a caption (two pictures, one credit under both), is a caption too
        if (
            classes[i] == "short"
            and not meta_line[i]
            and (picture_credit[following] or is_caption(stripped[following]))
        ):
            caption[i] = caption[i] or stripped[i].endswith(("。", "！"))
    # a dateline on a line of its own (梧州零距离网-梧州日报讯) stands where headlines stand but is none
    usable = [
        (c == "short" or i in headline)
        and not meta_line[i]
        and not caption[i]
        and not credit_line[i]
        and not _dateline(stripped[i])
        and not _SERIES_BANNER.fullmatch(stripped[i])
        for i, c in enumerate(classes)
    ]
    after_spam = {
        i: at for i in filled if classes[i] == "junk" and (at := headline_after_spam(stripped[i])) is not None
    }
    for i in after_spam:
        usable[i] = True
    for row, at in _bulleted_headlines(stripped, filled, meta_line).items():
        after_spam.setdefault(row, at)
        usable[row] = True
    # The body starts at the first line that reads like prose (or opens with a dateline); with none,
    # at the first ordinary line after the title, as in a page of short lines.
    body_start = next(
        (i for i, c in enumerate(classes) if i in prose or (c == "short" and _dateline(stripped[i]))),
        None,
    )
    title_row: int | None = None
    several_lines = len(filled) > 1

    if body_start is None:
        # No prose at all (a page of short lines): the first ordinary line is the title, as it stands.
        first = next((i for i in range(len(lines)) if usable[i]), None)
        if several_lines and first is not None and len(stripped[first]) <= 60:
            title_row = first
        after = title_row + 1 if title_row is not None else 0
        body_start = next((i for i in range(after, len(lines)) if usable[i]), len(lines))
    elif several_lines:
        body_start = short_sentences_first(stripped, body_start, classes, chrome, meta_line, usable)
        head = range(body_start)
        meta_rows = [i for i in head if meta_line[i]]
        title_row = title_choice(
            [line[after_spam.get(i, 0) :] for i, line in enumerate(stripped)],
            head,
            usable,
            meta_rows,
            chinese_page,
            crumbs,
        )
        if title_row is None:
            title_row = next((i for i in head if chrome[i] and _ORIGINAL_TITLE_ONLY.match(stripped[i])), None)
        if title_row is not None and not meta_rows:
            plain = {  # the rows between the headline and the body only: a page may hold many thousands
                row: classes[row] == "short"
                and not (chrome[row] or meta_line[row] or caption[row] or credit_line[row] or row in after_spam)
                and not _dateline(stripped[row])
                for row in range(title_row + 1, body_start)
            }
            body_start = opening_under_a_headline(stripped, title_row, body_start, plain)
        # A first line read as a possible headline for want of a full stop (茂林修竹随风摇曳，…光晕……) that
        # no title was chosen from is the article's opening, not the site's header.
        opening_row = next((i for i in reversed(filled) if i < body_start), None)
        if title_row is None and opening_row is not None and opening_row in headline:
            body_start = opening_row
            prose_rows.insert(0, opening_row)
            prose.add(opening_row)
    last_prose = prose_rows[-1] if prose_rows else len(lines)
    prose_text = "\n".join(stripped[i] for i in prose_rows)
    furniture = [chrome[i] or meta_line[i] or bool(credit_line[i]) or classes[i] == "junk" for i in range(len(lines))]
    teasers = _teaser_tail(stripped, filled, furniture, last_prose, related_from, prose_text)
    if teasers and last_prose in teasers:  # a teaser with ！ or ？ inside read as prose: the text ends above it
        prose_rows = [i for i in prose_rows if i not in teasers]
        last_prose = prose_rows[-1] if prose_rows else len(lines)
        prose_text = "\n".join(stripped[i] for i in prose_rows)
    # below the last paragraph: the short lines and links the footer rule takes (read twice, so made once)
    footer_like = [
        last_prose < row < related_from
        and bool(line)
        and not chrome[row]
        and classes[row] != "junk"
        and _footer_like(line)
        for row, line in enumerate(stripped)
    ]
    within_text = _within_text(stripped, classes, chrome, meta_line, footer_like, last_prose, related_from)
    # A page cut off mid-article ends in a fragment right after the last paragraph: text, not footer.
    # A bulleted line there (• 热点推荐) is the start of a link list.
    cut_off = (
        filled[-1]
        if len(filled) > 1
        and filled[-2] == last_prose
        and not _LINK_BULLET.match(stripped[filled[-1]])
        and not _EMPTY_LABEL.fullmatch(stripped[filled[-1]])
        else None
    )
    # So does a section heading with the start of its first paragraph (…\n住到村里去\n2023年五一劳动节，社长米).
    cut_heading = None
    if cut_off is None and len(filled) > 2 and filled[-3] == last_prose:
        last_heading, fragment = stripped[filled[-2]], stripped[filled[-1]]
        if _heading_like(last_heading) and not chrome[filled[-2]] and _cut_fragment(fragment):
            cut_heading, cut_off = filled[-2], filled[-1]
    # A summary the page repeats as the opening of the next line (its meta description above the lede).
    repeated = {
        i
        for n, i in enumerate(filled[:-1])
        if len(stripped[i]) >= 10 and stripped[filled[n + 1]].startswith(stripped[i])
    }
    for n, i in enumerate(filled):  # 摘要：… that the lede then says again
        if summary := _SUMMARY.match(stripped[i]):
            # 【导读】 on a line of its own: the summary is the line under it
            own_line = summary.end() == len(stripped[i]) and n + 1 < len(filled)
            row, rest = (filled[n + 1], n + 2) if own_line else (i, n + 1)
            opening = stripped[row][0 if own_line else summary.end() :][:15]
            if len(opening) >= 10 and any(opening in stripped[j] for j in filled[rest : rest + 3]):
                repeated.update({i, row})
    # The headline again inside the text (标题: …, an image's alt text, a title block scraped twice)
    title_key = (
        _comparable(_TITLE_LABEL.sub("", stripped[title_row][after_spam.get(title_row, 0) :]))
        if title_row is not None
        else ""
    )
    furniture_dates: dict[str, str] = {}
    chart_labels = _chart_labels(stripped, filled)
    offset = 0
    body_started = False
    body_lines = 0
    footer_started = False  # below the text, after a line of the site's furniture: the rest is footer too
    for row, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        text_line = stripped[row]
        if not text_line:
            continue
        if row >= related_from:
            break
        if row in teasers:
            continue
        if not body_started and (wire_blocks := _wire_headline_line(text, start + len(line) - len(line.lstrip()), end)):
            spans.extend(wire_blocks)  # 中新社桂林三月十一日电 题：…, above the byline: its dateline and headline
            body_started = True  # the dateline opens the story: its byline follows
            continue
        if row == title_row:
            start += len(line) - len(line.lstrip()) + after_spam.get(row, 0)
            if chrome[row]:
                start += _ORIGINAL_TITLE_ONLY.match(text_line).end()  # type: ignore[union-attr]
            end = offset - 1 - (len(line) - len(line.rstrip()))
            end = _without_trailing_bars(text, start, end)
            if (widget := _WIDGET_AFTER_TITLE.search(text, start, end)) and widget.start() > start:
                end = widget.start()  # …关注！ 二维码: the share box's label on the headline's line
            if (m := _PICTURE_MARK.search(text, start, end)) and m.start() > start:
                end = m.start()  # 你的午餐怎么吃？图: the portal's "with pictures" mark, not the headline
            if (m := _TOPIC_LABEL.match(text, start, end)) and end - m.end() >= 4:
                start = m.end()  # #大调研 | 书记手记# 【…】: the topic the site files it under, as a hashtag
                if text[start] == "【" and text[end - 1] == "】" and "】" not in text[start + 1 : end - 1]:
                    start, end = start + 1, end - 1  # and the headline it brackets after the topic
            if (m := _FILED_UNDER.match(text, start, end)) and end - m.end() >= 6:
                start = m.end()  # 专栏【直击“双节”旅游】 庆国庆…: the column the page files it under
            if (
                (m := _COLUMN_LABEL.match(text, start, end))
                and all(map(is_han, m[1]))
                and end - m.end() >= 4
                and _a_region_or_a_medium(m[1])
            ):
                start = m.end()  # 【涪城】玉米丰收…: the site's column or region label, not the headline
            if (
                m := _TITLE_LABEL.match(text, start, end)
                or _FEED_LABEL.match(text, start, end)
                or _REPOST_LABEL.match(text, start, end)
            ) and end - m.end() >= 4:
                start = m.end()
            if (m := _TITLE_TAIL.search(text, start, end)) and m.start() - start >= 4:
                end = m.start()
            end = _before_a_shorter_tail(text, start, end)
            while end - start > 4 and text[end - 1] in _TITLE_DECORATION:
                end -= 1  # 非遗点亮“老家河南”******: the page's decoration after the headline
            if (
                end - start > 4
                and text[end - 1] in "?？"
                and not QUESTION_WORD.search(text, start, end)
                and not _asks_questions(tracked)
            ):
                end -= 1  # 绘乡村新卷?: a headline that asks nothing, on a page that asks nothing, lost a byte
            spans.append(("title", start, end))
            continue
        if row < body_start and not caption[row]:
            if meta_line[row] and _DATE_ALONE.fullmatch(text_line.strip()):
                # 2025年05月21日 over the masthead: the day the page was printed or viewed, which the info line's
                # date and time under the headline (2020-04-20 14:20:21 来源:…) overrules
                _parse_meta(text_line, furniture_dates)
            elif meta_line[row]:
                _parse_meta(
                    text_line + _source_under_its_label(stripped, row), meta_fields
                )  # 发布时间 / 来源 / 作者 lines
            elif byline := credit_byline(text_line) or credit_line[row]:
                meta_fields.setdefault("byline", byline)  # □某某报业全媒体记者马某某: the credit, unlabelled
            elif (boxed := _BOXED_NAMES.fullmatch(text_line.strip())) and (named := names_only(boxed["names"])):
                meta_fields.setdefault("byline", named)  # □ 杨延君 under the headline: the paper's mark, the writer
            elif paper := paper_of(text_line):
                meta_fields.setdefault("source", paper)  # the paper's masthead above the headline
            elif any(kind == "title" for kind, _, _ in spans) and holds_a_time_of_day(text_line):
                # http://… 2025-04-16 11:13:40 【字号 大 中 小】 under the headline: the posting time in the
                # page's bar, used when no info line gives one (a welcome bar's date above it is today's)
                _parse_meta(text_line, furniture_dates)
            continue  # the site's header: keyword lists, welcome bars, navigation, the title again
        if chrome[row] or (classes[row] == "junk" and not meta_line[row]):
            _parse_meta(text_line, furniture_dates)
            if paper := paper_of(text_line):
                meta_fields.setdefault("source", paper)
            footer_started = footer_started or row > last_prose
            continue
        if row in repeated or (body_started and row in chart_labels):
            continue
        if (
            len(title_key) >= 4
            and len(text_line) <= 80
            and title_key[:2] in text_line
            and _comparable(_TITLE_LABEL.sub("", _LABEL_BRACKET.sub("", text_line))) == title_key
        ):
            continue  # the headline again; also under a bracketed label (（决战决胜脱贫攻坚·图文互动）心安处…)
        labelled = _meta_label_line(text_line)
        if body_started and (labelled or meta_line[row]) and not _holds_sentence(labelled or text_line):
            _parse_meta(labelled or text_line, meta_fields)  # 【责任编辑：王丽】 at the end of the article
            footer_started = footer_started or row > last_prose
            continue
        if row > last_prose and (names := name_credit_line(text_line)):
            meta_fields.setdefault("byline", names)  # （高洪驰 周若楠） under the article: its reporters
            continue
        if row > last_prose and (medium := medium_credit_line(text_line)):
            meta_fields.setdefault("source", medium)  # （四川在线） under the article: where it comes from
            continue
        if body_started and credit_line[row]:
            meta_fields.setdefault("byline", str(credit_line[row]))  # （记者 某某 通讯员 某某 摄） on its own line
            _parse_meta(text_line, meta_fields)  # and any editor it names after them
            continue
        if (
            row > last_prose
            and row not in (cut_off, cut_heading)
            and not caption[row]
            and (footer_like[row] or (footer_started and not _SENTENCE_END.search(text_line)))
            and not (not footer_started and (row in within_text or _echoes(text_line, prose_text)))
        ):
            continue  # the site's footer: short lines after the last paragraph
        lead = len(line) - len(line.lstrip())
        start += lead
        end = start + len(text_line)
        end = _without_trailing_bars(text, start, end)
        if row >= last_prose and (mark := _END_OF_STORY.search(text, start, end)) and mark.start() > start:
            end = mark.start()  # the wire's end mark after the last sentence: …实现跨越式发展。（完）
        if credit := _trailing_credit(text[start:end], last=row >= last_prose):
            _parse_credit(credit["credit"].strip(), meta_fields)
            end = start + credit.start()
        elif row >= last_prose and (spaced := spaced_credit(text[start:end])):
            meta_fields.setdefault("byline", spaced[1])
            end = start + spaced[0]
        if not body_started and title_row is not None and row != title_row:
            title_line = stripped[title_row][after_spam.get(title_row, 0) :].strip()
            if (
                len(title_line) >= _GLUED_HEADLINE
                and text.startswith(title_line, start)
                and end - start > len(title_line) + 4
            ):
                # 鹤岗公安“三度”模式 打造…新标杆凌晨3时，…: the headline again, glued to the text
                start += len(title_line)
        if (lede := _LEDE_LABEL.match(text, start, end)) and lede.end() < end:
            start = lede.end()  # 导语：砂糖桔价格连年上涨…: the label the page sets before its lede, not its words
        if not body_started and (posted := _POSTED_FIRST.match(text, start, end)) and posted.end() < end:
            _parse_meta(posted.group().strip(), meta_fields)  # 发表时间:2017-11-01 04:09 太和…: the posting time
            start = posted.end()  # glued before the text's first words is the page's, not the article's
        if (
            not body_started
            and (credit_first := _CREDIT_OPENING_THE_TEXT.match(text, start, end))
            and names_only(credit_first["names"])
            and _A_SENTENCE_ENDS.search(text, credit_first.end(), end)
        ):
            meta_fields.setdefault("byline", " ".join(credit_first["credit"].split()))
            start = credit_first.end()
        if not body_started and (boxed := _BOXED_BYLINES.match(text, start, end)) and boxed.end() < end:
            credits = [" ".join(piece.split()) for piece in re.split(r"[□■◎●]", boxed.group()) if piece.strip()]
            meta_fields.setdefault("byline", " ".join(credits))  # ■ 本网记者 冬梅 包文君 ■ 本网记者 隋海涛 内蒙古…
            start = boxed.end()
        if title_row is None and not body_started and not any(kind == "title" for kind, _, _ in spans):
            if glued := _glued_title(text, start, end):
                spans.append(("title", glued[0], glued[1]))
                start = glued[2]
        # a photo's caption may come before the dateline that opens the text (…开工点现场。\n新华网某频道9月28日电 …)
        may_open = body_lines < _CAPTIONS_BEFORE_THE_DATELINE and not any(kind == "dateline" for kind, _, _ in spans)
        if spans and spans[-1][0] == "paragraph" and not text[spans[-1][2] : start].strip():
            if _credit_alone(text[start:end]) and text[spans[-1][2] - 1 : spans[-1][2]] in ("。", "！"):
                joined.add(len(spans))  # 游客泛舟普者黑。⏎吴哲芳摄: the credit on the line under its caption
        below = next_filled.get(row)
        credit_next = below is not None and picture_credit[below]
        spans.extend(_body_blocks(text, start, end, first_line=may_open, credit_next=credit_next))
        body_started = True
        body_lines += 1
    titles = [index for index, (kind, _, _) in enumerate(spans) if kind == "title"]
    first_title = _comparable(tracked.text[spans[titles[0]][1] : spans[titles[0]][2]]) if titles else ""
    for index in reversed(titles[1:]):
        again = _comparable(tracked.text[spans[index][1] : spans[index][2]])
        # the headline again after the wire's dateline, word for word or nearly (蝶变 / 蝶变记): shown once
        if again in first_title or first_title in again or SequenceMatcher(None, again, first_title).ratio() >= 0.8:
            del spans[index]
            joined = {j - 1 if j > index else j for j in joined if j != index}
        else:  # another headline (the wire's own under the page's): a heading of the text
            spans[index] = ("heading", spans[index][1], spans[index][2])
    final, blocks = _assemble(tracked, _last_heading_heads_nothing(_phrase_lines(tracked.text, spans)), joined)
    clean = final.text
    title = next((clean[b.start : b.end] for b in blocks if b.kind == "title"), None)
    if title is None and (original := _ORIGINAL_TITLE_BRACKET.search(text)):
        title = original["title"].strip()  # …（来源：澎湃新闻）【原标题：…】: the page names its headline only there
    if title is None:
        title = headline_ending_a_breadcrumb(stripped, range(body_start))
    if title is not None and (boxed := _BOXED_NAMES.fullmatch(title)) and names_only(boxed["names"]):
        title = None  # □王淑娟 above the text: a paper's mark before its writer's name, no headline
        meta_fields.setdefault("byline", boxed["names"])
    if title is not None and (credited_title := credit_byline(title)):
        title = None  # □本报记者 某某 before the text on a page with no headline: the credit, not a headline
        meta_fields.setdefault("byline", credited_title.lstrip("□■◎● "))
    dateline = next((clean[b.start : b.end] for b in blocks if b.kind == "dateline"), None)
    source = meta_fields.get("source")
    if source is None and dateline and (filed := _DATELINE_SOURCE.match(dateline)):
        source = filed["source"] or filed["app"] or filed["bracketed"]
    byline = meta_fields.get("byline")
    # 题：… 作者 杨佩佩 袁泉: the writers a wire names after its headline, kept as a dateline block of their own
    writers = [clean[b.start : b.end] for b in blocks if b.kind == "dateline"][1:]
    named_writers = _WIRE_CREDIT.match(f" {writers[0]} ") if writers else None
    if byline is None and named_writers is not None and named_writers.end() == len(writers[0]) + 1:
        byline = writers[0]
    elif byline is None and dateline and (credited := DATELINE_CREDIT.search(dateline)):
        byline = (credited["credit"] or credited["boxed"]).strip()  # the reporters it credits, when no line does
    elif byline is None and dateline and (wire := DATELINE_NAMES.search(dateline) or _NAMES_ALONE.fullmatch(dateline)):
        # one name alone may be a place's (新华社福州4月4日电（龙岩）); （张某庆）自2014年以来: a bracket of names
        # alone opening the text; 本网讯（县政府办 杨某）: the writer's office (the dateline keeps it), then the writer
        unit = _WRITERS_OFFICE.match(wire["names"])
        named = names_only(wire["names"][unit.end() :] if unit else wire["names"])
        if named and wire.re is _NAMES_ALONE and any(_opens_with_a_word(name) for name in named.split()):
            named = None  # （黄金周）, （高考季）: a word and a character, a column's label, no name
        byline = named if named and (unit or " " in named or len(named) == 3) else None
    elif byline is None and dateline and (reported := _REPORTED_BY.search(dateline)):
        names = " ".join(_NAME_SEPARATOR.split(reported["names"].strip()))
        byline = f"{reported['title']} {names}"  # (中电新闻网讯) 通讯员皮道琦、骆谭明报道: who reported, as a byline
    credited = (BYLINE.match(byline) or MEDIUM_CREDIT.match(byline)) if byline else None
    if source is None and credited and (medium := credited["medium"]):
        if medium not in OWN_MEDIA:
            source = medium  # 《某望》新闻周刊记者 某某: the reporters' medium, when no line names a source
    if source is not None:
        source = source.rstrip("\ufffd") or None  # 澎湃新闻� : the bracket that closed it was a lost byte
    if source is not None and names_a_spam_site(source):
        source = None  # 【大澳门威尼斯人赌场官网10月13日讯】: the spam site that copied the article
    meta = Meta(
        title=title,
        # a date only the page's furniture gives (a record line: 2021-04-30 扶贫365 … con84745.html) is the
        # publication date when no info line gives one
        published=meta_fields.get("published") or furniture_dates.get("published"),
        source=source,
        editor=meta_fields.get("editor") or meta_fields.get("other editor"),
        dateline=dateline,
        byline=byline,
    )
    sections: list[Section] = []
    heading: Block | None = None
    current: list[int] = []
    paragraph_index = 0
    for block in blocks:
        if block.kind == "heading":
            if current or heading is not None:
                sections.append(Section(heading, tuple(current)))
            heading, current = block, []
        elif block.kind == "paragraph":
            current.append(paragraph_index)
            paragraph_index += 1
    if current or heading is not None:
        sections.append(Section(heading, tuple(current)))
    return Segmented(clean, meta, blocks, tuple(sections), sentences_of(clean, blocks), final)
