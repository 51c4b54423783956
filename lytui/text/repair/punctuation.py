"""ASCII punctuation inside Chinese text becomes full-width; stray commas go.

Scrapers that flatten punctuation leave `,,` `,、` `,。`: a comma directly before another mark is
never meant. Numbers, times and Latin text keep ASCII (`09:20:29`, `1,000`, `D9958`, `e.g.,`); a mark between a number
and Chinese is Chinese (`排位43,远高于` → `43，远`).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from operator import itemgetter

from lytui.han import HAN, LazyPattern, is_han
from lytui.text.repair.pinyin import REPLACEMENT
from lytui.text.tracked import Edit, Tracked

_CJK_MARKS = "“”‘’…—"
_STRAY_COMMA = re.compile(
    r",+(?=[,，、。？！?!：:；;()（）])|(?<![^\W_]),+(?=”)|，+(?=[,，、。？！：；])|(?<=[，、。？！：；])[,]+"
)
"""Commas a converter doubled or left beside another mark. One after a word and before a closing quotation
is the clause's own (“刚来的时候特别痛苦，”面对记者…): the sentence goes on after the quote."""
_MARKS = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_MARK = re.compile(r"[,:;?!]")
_PARENS = re.compile(r"\(([^()\n]{0,80})\)")
SPACE_RUN = re.compile(r"[ \t\u3000]+")
_MID_SENTENCE = re.compile(r"[，。、；：！？]")
# 总产值2。5亿元: a converter made the decimal point a full stop; no sentence ends on a number and starts
# again with the rest of it and a unit of amount (2。5月 might: months, days and hours are left alone)
_DECIMAL_MARK = re.compile(
    r"(?<=\d)[。．](?=\d+\s*(?:亿|万|千|百|元|%|％|倍|米|公里|千米|吨|亩|公顷|平方|立方|克|千克|公斤|个百分点))"
)
_CHUNK_BREAK = re.compile(r"\s(?![\s“《])")  # a space that is not itself before a quote


def _is_cjk(ch: str) -> bool:
    """One Chinese character, CJK or full-width punctuation, or a quote, dash or ellipsis."""
    return is_han(ch) or (
        len(ch) == 1 and ("\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or ch in _CJK_MARKS)
    )


# 摆地?,真稀奇 (摆地摊，): a question mark stands before a comma only after a question (为什么会这样?, is a
# forum's); elsewhere, between Chinese and a comma, it is the marker a lost byte left where the mojibake pass
# found nothing to re-read, so a character is lost there
_MARKER_BEFORE_A_COMMA = LazyPattern(rf"(?<=[{HAN}])\?(?=[,，])", needs=("?",))
QUESTION_WORD = re.compile(
    r"吗|呢|么|何|谁|哪|几|多少|怎|是否|能否|可否|难道|岂|啥|咋|吧|还是|有没有|是不是|能不能|可不可以|会不会|要不要"
)
"""Words that make a clause ask something, wherever its question mark stands."""
_CLAUSE_OPENS = re.compile(r"[，。！？；：,;:!\n“”]")


def _asks_a_question(text: str, mark: int) -> bool:
    """Whether the clause that ends at the `?` at `mark` asks something (a question word or particle)."""
    opens = max((m.end() for m in _CLAUSE_OPENS.finditer(text, max(0, mark - 30), mark)), default=max(0, mark - 30))
    return QUESTION_WORD.search(text, opens, mark) is not None


def repair_punctuation(tracked: Tracked) -> Tracked:
    tracked = tracked.edit(
        (m.start(), m.end(), "", "punctuation", "stray comma") for m in _STRAY_COMMA.finditer(tracked.text)
    )
    tracked = tracked.edit(
        (m.start(), m.end(), REPLACEMENT, "unrecovered", "unrecovered: a lost byte's marker before a comma")
        for m in _MARKER_BEFORE_A_COMMA.finditer(tracked.text)
        if not _asks_a_question(tracked.text, m.start())
    )
    text = tracked.text
    # both streams come in text order and touch different characters: merged, they are applied as
    # they are found, never held as a list (a 5 MB scrape has a quarter of a million of them)
    tracked = tracked.edit(
        heapq.merge(
            _mark_edits(text),
            _parenthesis_edits(text),
            _quote_edits(text),
            _corner_quote_edits(text),
            _decimal_edits(text),
            _dash_edits(text),
            key=itemgetter(0),
        )
    )
    return tracked.edit(
        (start, end, "", "punctuation", "space inside a sentence")
        for start, end, after_mark in _spaces_inside(tracked.text)
        if after_mark or _inside_a_sentence(tracked.text, start)
    )


# 来    源: 达州融媒    责    编: 包丽红: a template that pads each label to the width of four characters
PADDED_LABELS = frozenset({"来源", "责编", "审核", "作者", "编辑", "时间", "日期", "记者", "摄影", "校对"})
_LABEL_ENDS = re.compile(r"[ \t\u3000]*[:：]")


def _decimal_edits(text: str) -> Iterator[Edit]:
    for m in _DECIMAL_MARK.finditer(text):
        yield (m.start(), m.end(), ".", "punctuation", "decimal point")


_CLOSING_MARKS = frozenset("，。、；：！？”’）》")
UNITS_AFTER_A_NUMBER = frozenset(
    "万亿千百个名家位项座户条所元吨米亩公平立斤人次倍年月日天时分秒岁%％" + "萬億個項戶條噸畝"
)
"""First characters of the measure words, orders of size and parts of a date a number takes (公里, 平方米,
万元, 10月 …), in both scripts: marks are repaired before the text is made Simplified."""


def _spaces_inside(text: str) -> Iterator[tuple[int, int, bool]]:
    """Runs of spaces a sentence should not hold, and whether each follows a comma-like mark: after
    ，、；： before a Chinese character, an opening quote or bracket or a digit; before a Chinese mark that
    closes a clause or a quote (a space no mark of Chinese takes before it); or between a Chinese
    character (or —) and an opening quote of Chinese (设有 “致富星”), which is a space inside only once
    the line has had a clause (`_inside_a_sentence`): a headline keeps its space before a quote
    (宕昌县全覆盖 “脱贫的每一步”)."""
    for run in SPACE_RUN.finditer(text):
        start, end = run.span()
        if start == 0 or end == len(text):
            continue
        before, after = text[start - 1], text[end]
        if before in "，、；：" and (is_han(after) or after in "“‘《（" or after.isdecimal()):
            yield start, end, True
        elif (is_han(before) or before == "—") and after in "“《" and is_han(text[end + 1 : end + 2]):
            yield start, end, False
        elif after in _CLOSING_MARKS and (is_han(before) or before.isdecimal() or before in "%％”’）》"):
            yield start, end, True  # 迎来客流高峰 。, 同比增长8% ，: a mark belongs to what it closes
        elif before.isdecimal() and after in UNITS_AFTER_A_NUMBER and _after_chinese(text, start):
            yield start, end, True  # 增加到137877 公里, 全市50 万中小学生: a number in a sentence and its measure word
        elif before.isdecimal() and after in "年月日" and _part_of_a_date(text, start, end):
            yield start, end, True  # 2018 年1 月下旬 opening a paragraph: the year and month of a date
        elif after == "年" and _YEAR_DIGITS.match(text, max(0, start - 5), start):
            yield start, end, True  # 2020 年，受疫情影响: a year, spaced from its 年
        elif before.isdecimal() and after in "多余来" and text[end + 1 : end + 2] in UNITS_AFTER_A_NUMBER:
            yield start, end, True  # 创外汇达 800 多万美元: about a number, spaced from its measure
        elif before in "年月" and _DAY_OR_MONTH_NEXT.match(text, end):
            yield start, end, True  # 4 月 7 日: a template that spaces every part of a date
        elif is_han(before) and _NUMBER_THEN_UNIT.match(text, end):
            yield start, end, True  # 实现总产值 9030 万元: a template that spaces a number from the words around it
        elif before + after in PADDED_LABELS and _a_padded_label(text, start, end):
            yield start, end, True  # 来    源: a label's two characters padded to a column's width


_YEAR_DIGITS = re.compile(r"(?:^|\D)(?:19|20)\d\d$")  # matched on the five characters before a space
_DAY_OR_MONTH_NEXT = re.compile(r"\d{1,2}[ \t\u3000]?[月日号]")
_NUMBER_THEN_UNIT = re.compile(
    r"\d+(?:\.\d+)?[ \t\u3000]?(?:多|余|来)?[" + "".join(sorted(UNITS_AFTER_A_NUMBER - set("年月日时分秒"))) + "]"
)  # not a date's parts: 本报讯 1月4日 opens the text after its dateline


def _a_padded_label(text: str, start: int, end: int) -> bool:
    """A label standing alone (the line's start or a space before it) and followed by its colon."""
    return (start == 1 or text[start - 2].isspace()) and _LABEL_ENDS.match(text, end + 1) is not None


def _after_chinese(text: str, end: int) -> bool:
    """Whether the run of digits (and decimal point) that ends at `end` follows a Chinese character, or a
    mark between clauses after one (届时,512 名: the comma is made full-width in the same pass), or a
    space after one (总产值 9030 万元, which the same pass closes)."""
    start = end
    while start > 0 and (text[start - 1].isdecimal() or text[start - 1] == "."):
        start -= 1
    if start > 1 and text[start - 1] in " \t\u3000" and is_han(text[start - 2]):
        return True
    if start > 1 and text[start - 1] in "，、；：,;:" and is_han(text[start - 2]):
        return True
    return start > 0 and is_han(text[start - 1])


_DATE_AFTER = re.compile(r"[年月日](?:\s*\d{1,2}\s*[月日号])|月(?:[上中下]旬|份|初|底)|日(?:[，。、电讯]|\d{1,2}时)")


def _part_of_a_date(text: str, start: int, end: int) -> bool:
    """2018 年1 月, 1 月23 日: a number of one to four digits and a date's part that another part or a
    date's word follows, however the line began (a number opening a paragraph follows no Chinese)."""
    digits = start
    while digits > 0 and text[digits - 1].isdecimal():
        digits -= 1
    if start - digits > 4 or (digits > 0 and (text[digits - 1].isascii() and text[digits - 1].isalnum())):
        return False
    return _DATE_AFTER.match(text, end) is not None


def _inside_a_sentence(text: str, at: int) -> bool:
    """Whether a space before an opening quote stands inside a running sentence: the line has had a
    mark before it, and no space since the last sentence's end (a heading run into the text, 千名干部挂千企
    服务企业促发展 “今年…, starts after a space)."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _MID_SENTENCE.search(text, line_start, at):
        return False
    sentence_start = max(text.rfind(end, line_start, at) for end in "。！？") + 1
    return not _CHUNK_BREAK.search(text, max(sentence_start, line_start), at)


def punctuated(text: str) -> str:
    """The punctuation repairs alone on a short string (a title in a folder listing), nothing recorded."""
    return repair_punctuation(Tracked.from_raw(text)).text


def _dash_edits(text: str) -> Iterator[Edit]:
    """――吴忠荣: the horizontal bar (U+2015) some converters give for GBK's dash, beside Chinese, is the
    dash Chinese writes (U+2014, as GBK decodes it); in a pair it is the long dash ——."""
    for m in _BARS.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if _is_cjk(before) or _is_cjk(after):
            yield (m.start(), m.end(), "—" * len(m.group()), "punctuation", "horizontal bar as a dash")


_BARS = re.compile("\u2015+")


_SPACES_BEFORE = re.compile(r"[ \t\u3000]+$")
_SPACES_AFTER = re.compile(r"[ \t\u3000]+")


def _mark_edits(text: str) -> Iterator[Edit]:
    for m in _MARK.finditer(text):
        i = m.start()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before.isdigit() and after.isdigit():
            continue  # 09:20, 1,000
        if before and after and before in " \t\u3000" and after in " \t\u3000" and m.group() == ",":
            # 近期为3万 , 辖区: a template that spaces each comma; the mark is read by what it stands between
            spaced_before = _SPACES_BEFORE.search(text, max(0, i - 8), i)
            spaced_after = _SPACES_AFTER.match(text, i + 1)
            if spaced_before and spaced_after:
                before = text[spaced_before.start() - 1] if spaced_before.start() else ""
                after = text[spaced_after.end()] if spaced_after.end() < len(text) else ""
                if (is_han(before) or before.isdecimal() or before in "）)”’》%％") and (
                    is_han(after) or after in "“‘《（"
                ):
                    yield (i, i + 1, "，", "punctuation", "")
                continue
        if _is_cjk(before) or (_is_cjk(after) and not (before.isascii() and before.isalpha())):
            yield (i, i + 1, _MARKS[m.group()], "punctuation", "")
        elif m.group() == "," and _is_cjk(after) and (word := _LATIN_WORD_BEFORE.search(text, max(0, i - 20), i)):
            if word.start() and _is_cjk(text[word.start() - 1]):
                yield (i, i + 1, "，", "punctuation", "")  # 打开护林巡检APP,一行提示: a Latin word inside Chinese


_LATIN_WORD_BEFORE = re.compile(r"[A-Za-z]+$")

# "一线指挥部": straight quotes around Chinese, in pairs within a line; markup's attribute="value" is not
_STRAIGHT_QUOTED = re.compile(r'"([^"\n<>=]{1,200})"')


def _quote_edits(text: str) -> Iterator[Edit]:
    for m in _STRAIGHT_QUOTED.finditer(text):
        inner = m.group(1)
        if _is_cjk(inner[:1]) or _is_cjk(inner[-1:]):
            yield (m.start(), m.start() + 1, "“", "punctuation", "")
            yield (m.end() - 1, m.end(), "”", "punctuation", "")


_CORNER_QUOTED = re.compile(r"『([^『』\n]{1,400})』")


_CORNER_MARK = re.compile("[「」『』]")
_SIMPLIFIED_QUOTE = {"「": "“", "」": "”", "『": "‘", "』": "’"}


def _corner_quote_edits(text: str) -> Iterator[Edit]:
    """『我早上9点多就到地里了』 on a page that quotes with nothing else: a Big5 mirror's outer quotes, which
    Simplified writes “…”. Where “…” are the outer quotes, 『…』 is a quote inside a quote and stays."""
    if "“" in text:
        return
    if "「" in text:
        # 「为什么今年要办『村晚』？」 on a page that quotes with nothing else: a Taiwan or Hong Kong mirror's
        # quotes, outer and inner, which Simplified writes “…‘…’…”
        for m in _CORNER_MARK.finditer(text):
            yield (m.start(), m.end(), _SIMPLIFIED_QUOTE[m.group()], "punctuation", "")
        return
    for m in _CORNER_QUOTED.finditer(text):
        yield (m.start(), m.start() + 1, "“", "punctuation", "")
        yield (m.end() - 1, m.end(), "”", "punctuation", "")


def _parenthesis_edits(text: str) -> Iterator[Edit]:
    if "(" not in text and ")" not in text:
        return
    paired = 0  # where the last pair ended: a bracket before it belongs to a pair or was passed over
    for m in _PARENS.finditer(text):
        yield from _lone_brackets(text, paired, m.start())
        paired = m.end()
        inner = m.group(1)
        neighbours = (
            text[m.start() - 1 : m.start()],
            inner[:1],
            inner[-1:],
            text[m.end() : m.end() + 1],
        )
        if any(_is_cjk(ch) for ch in neighbours):
            yield (m.start(), m.start() + 1, "（", "punctuation", "")
            yield (m.end() - 1, m.end(), "）", "punctuation", "")
    yield from _lone_brackets(text, paired, len(text))


_LONE_BRACKET = re.compile(r"[()]")


def _lone_brackets(text: str, start: int, end: int) -> Iterator[Edit]:
    """A bracket whose partner a lost byte took (…麻湾村易地扶贫搬迁)): Chinese, as a pair's would be, when
    the character on its inner side is Chinese."""
    for m in _LONE_BRACKET.finditer(text, start, end):
        at = m.start()
        inner = text[at - 1 : at] if m.group() == ")" else text[at + 1 : at + 2]
        if _is_cjk(inner):
            yield (at, at + 1, "）" if m.group() == ")" else "（", "punctuation", "")
