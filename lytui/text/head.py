"""The head of a scraped page, above its first paragraph: which line is the headline, and where the
body starts when short sentences open it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping

from lytui.model import REPORTER_KINDS
from lytui.text.boilerplate import LineClass, shape
from lytui.text.chrome import _BREADCRUMB, _POSITION, _SENTENCE_END
from lytui.text.meta_lines import signed_by

# What stands where headlines stand but is none: a line wholly in brackets (【本报记者林某报导】, （资料图）),
# a byline with its names run together (本报记者袁某陶某), a desk's report line (某某中心/综合报导); the
# datelines of the dateline grammar the caller has already set aside.
_NOT_A_HEADLINE = re.compile(
    r"^[（(【\[][^（()）【\[\]】]*[）)】\]]$"
    # (记者体验收割机手的一天 一路…: a headline about a reporter, a clause with 的 and a second part after it)
    rf"|^[□■◎●]?\s*(?:本报|本台|本网)?(?:{REPORTER_KINDS})?记者(?![^\s的]*的[^\s]*\s+\S)|报导$"
    r"|^[▲△▼►]?\s*图\s*[/／:：]|摄影者|CC License|href=|</?a\b"  # a picture's credit, a link's markup
    r"|^[•·▪]"  # an item of a list of links
    r"|\s(?:记者|通讯员)\s+\w{2,4}(?:\s|$)"  # 某某日报/某某网 记者 张某 通讯员 李某: a byline after its medium
    r"|[|｜]\s*摄$"  # 李某|摄: a photographer's credit
    # a medium's name alone (某某广播电视台, 某某报官方微信, 某某客户端): the page's publisher, not its headline
    r"|^\w{2,12}?(?:广播电视台|电视台|日报|晚报|新闻网|客户端|官方微信|手机版)$"
    r"|刊号|CN\s?\d{2}\s?[-－]\s?\d{4}"  # 国内统一刊号：CN52-0017 某某日报社出版: a paper's masthead
    r"|^点击(?:右上角|下方|这里|此处|进入|查看)"  # 点击右上角微信好友: the share widget telling the reader what to do
    r"|^(?:欢迎|您好，欢迎)(?:访问|光临|来到|进入)"  # 欢迎访问保山新闻网，您可以选择访问：…: the site's welcome bar
    r"|^(?:最佳|推荐|满意)(?:回答|答案)$"  # 最佳回答: a question-and-answer site's label over the answer
    r"|[（(]\s*图\s*[/／]|摄[）)]$|^date\s"  # a picture's caption: （图／记者某某摄）
    # a list (新闻、评论、专题、旅游…服务等！)
    r"|(?:[^、]*、){3}"
    r"|[─—]\s*\w{2,4}\s*[/／]\s*\w{2,4}$"  # 某某新闻─林某某/澎湖: the medium, its reporter and where she filed
    # 现在时间是：2018-7-23 23:23:40 |, 今天是：2024年1月5日 星期五: a clock or a calendar, a label and a time
    r"|^[^：:\s]{1,10}[：:]\s*(?:\d[\d\s\-/:.年月日时分秒]*(?:星期[一二三四五六日天])?)?\s*[|｜]?$"  # or a bare label
)


def title_choice(
    lines: list[str],
    head: range,
    usable: list[bool],
    meta_rows: list[int],
    chinese_page: bool,
    crumbs: set[str] | frozenset[str] = frozenset(),
) -> int | None:
    """The head line most like a title: the most Chinese (a site name, a welcome bar or a breadcrumb
    piece is shorter than a headline), preferring a line the head prints twice and the lines right above
    the info line, where pages put the headline. On a Chinese page a line without Chinese (`1 1 1`, a date) is no headline. None when
    the head holds no such line. `crumbs`: the head's breadcrumb labels (`crumbs_of`), no headlines."""
    candidates: list[tuple[int, int]] = []  # (Han characters, row)
    for i in head:
        line = lines[i]
        if not usable[i] or len(line) > 80 or "。" in line or _NOT_A_HEADLINE.search(line) or _in_columns(line):
            continue
        if _TEASER.search(line) and not any(0 < meta - i <= _ROWS_ABOVE_THE_INFO_LINE for meta in meta_rows):
            continue  # a lede's teaser, unless it stands where the headline does: 梅州，记者采访车被“征用”了……
        if line.strip() in crumbs:
            continue  # 新闻 over 当前位置:新闻 > 政务新闻 > 正文: the channel's label, an item of the trail
        if _NAME_TWICE.fullmatch(line.strip()):
            continue  # 55世纪 - 55世纪: the site's name, twice, as its <title> prints it
        if signed_by(line):
            continue  # 某市人民检察院检察长 常某勇: who signs a report, not its headline
        han = shape(line).han or (0 if chinese_page else len(line.split()))  # words, on a page not in Chinese
        if han >= 2:
            candidates.append((han, i))
    # a page that prints its headline twice (its <title>, then its <h1>) names it: a kicker above it is once
    twice = {line for line, n in Counter(lines[i] for i in head if lines[i]).items() if n > 1}
    if meta_rows:  # a line printed twice only under the info line is the site's (乡村干部报网, its 微博 and 微信)
        twice &= {lines[i] for i in head if i < meta_rows[0]}
    # the lines right above an info line (a page may print a date line at its top and the info line under
    # the headline), and of those the nearest: a spam or navigation line above the headline is as close to
    # the info line as three rows allow, never closer than the headline
    rows = {i for _, i in candidates}
    # 丹桂飘香启新程，师生聚首谱华章⏎——致大余中学开学典礼: a line that opens with a dash under a possible
    # headline is its subtitle; the headline takes its place above the info line
    subtitles = {
        i: row_above
        for i in rows
        if (row_above := _filled_row(lines, i, -1)) in rows and _SUBTITLE_DASH.match(lines[i])
    }
    # 在距离…的小山村，村集体经济经营性收入超100万——⏎“衔接”高分题 关河这样答: a line that ends with a dash
    # over a possible headline is its kicker, and the headline takes its place
    kickers = {
        i: row_below for i in rows if (row_below := _filled_row(lines, i, 1)) in rows and _KICKER_DASH.search(lines[i])
    }
    subtitles.update(kickers)
    # ——2020年1月5日在…会议上 with no headline above it: a speech's occasion, never a headline itself
    candidates = [(han, i) for han, i in candidates if i not in subtitles and not _SUBTITLE_DASH.match(lines[i])]
    # 匿名⏎匿名  发表于 2020-6-16: the poster's name above a forum post's info line that opens with it
    posters = {lines[m - 1] for m in meta_rows if m >= 1 and lines[m].startswith(lines[m - 1] + " ")}
    candidates = [(han, i) for han, i in candidates if lines[i] not in posters]
    near: set[int] = set()
    nearest: set[int] = set()
    for meta in meta_rows:  # three rows above each: linear in the head however long its lists are
        above = [subtitles.get(meta - k, meta - k) for k in (1, 2, 3) if meta - k in rows]
        if not above:  # blank rows between the headline and the info line: the first filled line above
            filled = next((r for r in range(meta - 4, max(-1, meta - 10), -1) if lines[r].strip()), None)
            above = [subtitles.get(filled, filled)] if filled in rows else []
        near.update(above)
        nearest.update(above[:1])
    best: tuple[int, int] | None = None
    ends = trail_ends(lines, head)
    for han, i in candidates:
        score = (
            min(han, 40)
            - (10 if "_" in lines[i] else 0)
            - (20 if _SERIES_LABEL.search(lines[i]) else 0)
            + (10 if i in near else 0)
            + (5 if i in nearest else 0)
            + (20 if lines[i] in twice else 0)
            # 人人书 > 杂志 > 在叶尔羌河畔 and the line 在叶尔羌河畔 right above the info line: printed twice too
            # (a channel's label under its trail, 媒体宜都 over the headline, stands further up)
            + (20 if i in nearest and lines[i] not in twice and lines[i].strip() in ends else 0)
        )
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


_SPACE_RUN = re.compile(r"(?<=\S) {3,}(?=\S)")
_HEADLINE_PART = 8


def _in_columns(line: str) -> bool:
    """Pieces set apart by runs of spaces: a menu (投稿须知     典型人物) or fields in columns; not a headline
    and its second line run together (生态小核桃“长”成致富大产业   黄龙打造核桃产业…), two long pieces."""
    pieces = _SPACE_RUN.split(line.strip())
    if len(pieces) == 1:
        return False
    return len(pieces) > 2 or any(len(piece) < _HEADLINE_PART or " " in piece for piece in pieces)


# a lede's teaser (…，…光晕……: a clause or a long line cut off; a headline may trail off too: …的呼声……)
_TEASER = re.compile(r"^(?=.*[，,]).*…$|^.{31,}…$")
_ROWS_ABOVE_THE_INFO_LINE = 3


# 水乡卫士系列报道之二十六, 脱贫攻坚系列报道（三）: the kicker naming the series the headline under it belongs to
_SERIES_LABEL = re.compile(
    r"系列(?:报道|访谈|评论|专题)?(?:之[一二三四五六七八九十百零\d]+|[（(][一二三四五六七八九十百零\d]+[）)])"
)
_NAME_TWICE = re.compile(r"(\S.{0,30}?)\s*[-_|｜—]+\s*\1")
_SUBTITLE_DASH = re.compile(r"^(?:——|—|--|一一|－－)")
_KICKER_DASH = re.compile(r"(?:——|--|－－)\s*$")


def _filled_row(lines: list[str], row: int, step: int) -> int | None:
    """The nearest row above (`step` -1) or below (1) that holds text, within three rows."""
    for k in range(1, 4):
        other = row + step * k
        if not 0 <= other < len(lines):
            return None
        if lines[other].strip():
            return other
    return None


_OPENING_SENTENCE = re.compile(r"[^。！？]{2,40}，[^。！？]{2,40}。")
_SALUTATION = re.compile(r"^各[^。！？：:]{1,60}[：:]$")
_INTRODUCES_SPEECH = re.compile(r"[^。！？：:]{2,60}[：:]$")
_OPENING_QUOTES = ("“", "「", '"', "『")


def short_sentences_first(
    stripped: list[str],
    body_start: int,
    classes: list[LineClass],
    chrome: list[bool],
    meta_line: list[bool],
    usable: list[bool],
) -> int:
    """Where the body starts when short lines that end a sentence (事在人为。, a question as a heading)
    come between the info line and the first long paragraph: such lines are the article's opening, not
    the site's header. Below an info line that has a headline above it, the first such line; below one
    that opens the page, only when two or more come (“不许动！” “这么晚，你们在干嘛？”, an article told
    a phrase a line), so a headline that ends in ？ or ！ under a date line stays the title."""
    before = next((i for i in range(body_start - 1, -1, -1) if stripped[i]), None)
    if before is not None and _SALUTATION.match(stripped[before]) and not chrome[before]:
        return before  # 各乡镇人民政府，县政府各部门： — whom a notice addresses opens its text
    # 金秋时节，碧空如洗，丹桂飘香。 right above the first paragraph: a short sentence of clauses ending in a
    # full stop opens the text (a headline ends without one, or with ？ or ！)
    row = body_start
    while before is not None and _OPENING_SENTENCE.fullmatch(stripped[before]) and not chrome[before]:
        if classes[before] != "short" or meta_line[before]:
            break
        row = before
        before = next((i for i in range(before - 1, -1, -1) if stripped[i]), None)
    if row < body_start:
        return row
    meta_rows = [i for i in range(body_start) if meta_line[i]]
    if not meta_rows:
        return body_start
    if before is not None and before > meta_rows[-1] and _INTRODUCES_SPEECH.search(stripped[before]):
        if stripped[body_start][:1] in _OPENING_QUOTES and not chrome[before] and shape(stripped[before]).han >= 4:
            return before  # 座谈会上，县委书记王国玺说： ⏎ “…”: the line that gives the quote its speaker
    opening = [
        i
        for i in range(meta_rows[-1] + 1, body_start)
        if classes[i] == "short" and not chrome[i] and _SENTENCE_END.search(stripped[i]) and shape(stripped[i]).han >= 4
    ]
    headline_above = any(usable[i] and shape(stripped[i]).han >= 4 for i in range(meta_rows[0]))
    if opening and (headline_above or len(opening) >= 2):
        return opening[0]
    return body_start


def opening_under_a_headline(stripped: list[str], title_row: int, body_start: int, plain: Mapping[int, bool]) -> int:
    """Where the body starts under a headline that no info line follows: two or more plain short lines
    between it and the first paragraph, one of them ending a sentence (他们是带头人⏎——播下一种信念⏎“以前
    为什么穷…？”), are the article's subtitles and opening, as short_sentences_first reads them under an
    info line; one line alone is the headline's deck (住村记⏎读懂活生生的乡土中国。). `plain` marks the lines
    between the two that are none of the page's furniture."""
    between = [row for row in range(title_row + 1, body_start) if stripped[row]]
    opens = all(
        plain[row] and shape(stripped[row]).han >= 4 and not _SPACED.search(stripped[row]) for row in between
    )  # 共产党员网 打印 纠错: a bar of links
    if len(between) >= 2 and opens and any(_SENTENCE_END.search(stripped[row]) for row in between):
        return between[0]
    return body_start


_SPACED = re.compile(r"\s")


_CRUMB_SEPARATOR = re.compile(r"\s*[>»＞]{1,2}\s*")
_HEADLINE_HAN = 8
"""A breadcrumb's last item this long is the article's headline, not a section's label (新闻, 国内要闻)."""


def crumbs_of(lines: list[str], head: range) -> set[str]:
    """The section labels of the head's breadcrumb trails (新闻, 政务新闻), the reader's position label left
    off; an item as long as a headline is the article's own (…首页 > 胥某深入北部山区开展大检查)."""
    items: set[str] = set()
    own_lines = {lines[i].strip() for i in head}
    for pieces in _trails(lines, head):
        if pieces and _headline_ending_a_trail(pieces[-1]) and pieces[-1] in own_lines:
            pieces.pop()  # 人人书 > 杂志 > 在叶尔羌河畔 over the line 在叶尔羌河畔: the trail ends at the headline
        items.update(item for item in pieces if shape(item).han < _HEADLINE_HAN)
    return items


def _trails(lines: list[str], head: range) -> Iterator[list[str]]:
    """The items of each breadcrumb trail in the head, the reader's position label left off."""
    for i in head:
        line = lines[i].strip()
        if _CRUMB_SEPARATOR.search(line) and _BREADCRUMB.match(line):
            yield [item.strip() for item in _CRUMB_SEPARATOR.split(_POSITION_LABEL.sub("", line))]


_CHANNEL_ENDINGS = ("动态", "新闻", "要闻", "公告", "资讯", "快讯", "信息", "专题", "专栏", "政务", "头条", "聚焦")
_SHORTEST_HEADLINE = 5


def _headline_ending_a_trail(item: str) -> bool:
    """The last item of a trail may be the headline (在叶尔羌河畔) or the channel's label (乡镇动态, 媒体宜都):
    a label is short or ends in a channel's word."""
    return shape(item).han >= _SHORTEST_HEADLINE and not item.endswith(_CHANNEL_ENDINGS)


def trail_ends(lines: list[str], head: range) -> set[str]:
    """The last items of the head's breadcrumb trails that read as a headline: a line of its own that ends
    one is the headline, printed twice (人人书 > 杂志 > 在叶尔羌河畔 and 在叶尔羌河畔 under it)."""
    return {pieces[-1] for pieces in _trails(lines, head) if pieces and _headline_ending_a_trail(pieces[-1])}


_POSITION_LABEL = re.compile(rf"^{_POSITION}\s*")


def headline_ending_a_breadcrumb(lines: list[str], head: range) -> str | None:
    """首页 > 新闻 > 经济 > 安图县：致富小人参 增收好产业: a page that prints its headline nowhere but as the
    last item of its breadcrumb trail names it there."""
    for i in head:
        line = lines[i].strip()
        if not _BREADCRUMB.match(line) or not _CRUMB_SEPARATOR.search(line):
            continue
        last = _CRUMB_SEPARATOR.split(line)[-1].strip()
        if shape(last).han >= _HEADLINE_HAN and not _SENTENCE_END.search(last) and "正文" not in last:
            return last
    return None
