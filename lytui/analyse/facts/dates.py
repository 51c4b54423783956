"""Dates resolved against the publication date: `12月26日` → 2023-12-26, `去年8月` → 2022-08.

A month and day without a year take the last year that puts them at most a few months after the
publication (an article announces what is coming, and reports what is past); with no publication date, the year of the last date before it in its paragraph
that names one, else a year later in its sentence that starts no date of its own, else the headline's.
A day alone (`22日上午`) takes the month of the last date before it, or the publication month. Two
dates joined by 至/到/-/— are one range (`10月2日-3日` → 2015-10-02/2015-10-03), the second taking
what it leaves out from the first; halves and quarters of a year are ranges of months.
`同日`/`当天` take the nearest earlier date with a day, when there is one, and `次日` the day after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.provenance import NO_YEAR, REFERS_BACK
from lytui.analyse.numbers import parse_number
from lytui.model import Fact

_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_RELATIVE_YEAR = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2}
_TOLD_YEAR = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1, "第二年": 1, "前一年": -1, "上一年": -1}
_TO = r"\s*(?:至|到|—{1,2}|－|-|~|～)\s*"  # 1978年——1988年: a dash doubled, as Chinese writes it
# 2015-2035年: the first year of a range may leave its 年 to the second; 2018上半年 its 年 to the half
_YEAR = (
    rf"(?:(?P<y>(?:19|20)\d\d|[一二〇零三四五六七八九][一二〇零三四五六七八九OＯ0０]{{3}})(?:年|(?={_TO}(?:19|20)\d\d年)|(?=[上下]半年|第?[一二三四]季度))"
    r"|(?P<rel>前年|去年|今年|明年|后年)"
    r"|(?P<told>同年|当年|次年|翌年|第二年|前一年|上一年)"  # the year the text told last, or the one after it
    r"|民国(?P<roc>\d{1,3}|[一二三四五六七八九十百零〇]{1,5})年)"  # Taiwan's years of the Republic: 民国89年 = 2000
)
# 110年7月17日: a three-digit year before a full date is one of the Republic's, as Taiwan writes it
_ROC_BEFORE_A_DAY = r"(?<!\d)(?P<roc3>1[0-2]\d)年(?=\d{1,2}月\d{1,2}[日号])"
_PART_OF_MONTH = r"(?:上旬|中旬|下旬|初|中|底|末)?"
# 7月21-22日, 4月16、17日: the month written once for two days; the first day leaves its 日 to the last.
# A list of days is short: the bound keeps a long list of numbers from being read again from each one.
_DAY_SHARING_ITS_MARK = rf"(?=(?:、{_N}){{0,8}}(?:、|{_TO}){_N}日)"
_PARTS_OF_A_DAY = "上午|下午|中午|晚上|晚间|夜间|夜里|凌晨|早上|早晨|白天|傍晚"
"""The parts of a day a time may name, before its hour or instead of one."""
_TIME_OF_DAY_NEXT = rf"(?={_PARTS_OF_A_DAY}|晚)"
"""7月5晚, 3月12上午: a day written without 日 before the part of the day it happened in."""
_MONTH = re.compile(
    rf"(?:{_YEAR}(?:的)?|{_ROC_BEFORE_A_DAY})?(?P<m>{_N})(?:(?:至|到|—|-|~)(?P<m2>{_N}))?月(?:份)?"  # 今年的10月7日
    rf"(?:(?P<d>{_N})(?:日|号|{_DAY_SHARING_ITS_MARK}|{_TIME_OF_DAY_NEXT})|{_PART_OF_MONTH}(?!余(?=[，。、；！？的了来时\s]|$)|有余))"  # a day, or a part of the month
)
"""入村2月余，, 3月有余: a number of months and more is how long, not a month (3月|余杭区, 3月|余款 are March)."""
_LASTING = r"(?<!连续)(?<!持续)(?<!长达)(?<!历时)(?<!累计)(?<!坚持)"
"""连续16日驻扎, 历时20日: how many days something lasted, not a day of the month."""
_DAY = re.compile(
    _LASTING + r"(?<![\d月年第每近数前后这])(?P<d>[1-9]|[12]\d|3[01])"
    rf"(?:(?:日|号)(?![内起前后均]|\d(?!\d?[时点]))|{_DAY_SHARING_ITS_MARK})"  # 27日1时: a day, then its hour
    # 二十九日, 三十日 as an agency's copy writes a day of the month already named; not 十日 or 一日 (ten days,
    # one day), which say how long
    r"|"
    + _LASTING
    + r"(?<![\d月年第每近数前后这几多一二三四五六七八九十〇零])(?P<cd>[二三]?十[一二三四五六七八九]|[二三]十)日(?![\d内起前后均子夜以来])"
)
_PARTS_OF_YEAR = {
    "上半年": (1, 6),
    "下半年": (7, 12),
    "一季度": (1, 3),
    "第一季度": (1, 3),
    "二季度": (4, 6),
    "第二季度": (4, 6),
    "三季度": (7, 9),
    "第三季度": (7, 9),
    "四季度": (10, 12),
    "第四季度": (10, 12),
    "前三季度": (1, 9),
}
_YEAR_ONLY = re.compile(
    rf"{_YEAR}(?P<suffix>以来|开始|起|初|底|年初|年底|" + "|".join(sorted(_PARTS_OF_YEAR, key=len, reverse=True)) + ")?"
)
# 11月14日，2019年四川省…: a year later in the sentence that starts no date of its own (…、2017年1月20日)
_YEAR_LATER_IN_SENTENCE = re.compile(
    r"[^。！？\n]{0,30}?(?<!\d)(?P<year>(?:19|20)\d\d)年(?!第|度|代|\d{1,2}月|[一二三四五六七八九十]{1,3}月)"
)
_HEADLINE_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)年(?!第|度|代)")
# 同日, 当天, 次日: a day named by the day the text last dated, and how many days after it
# 预计9月份投产: what is planned is ahead of the publication, not in the past year the paragraph told
_AIMED_AT = re.compile(r"预计|将于|将在|(?<![原按])计划|力争|争取|有望|预期|即将|冲刺|确保|(?<!原)预定")
"""What a clause aims at or expects: a month or day it names without a year is the next one to come."""


def _clause_before(text: str, at: int) -> str:
    """The clause a date stands in, up to the date: back to the last comma or sentence's end."""
    return re.split(r"[，。；！？,;\n]", text[max(0, at - 20) : at])[-1]


_DAY_AFTER = {
    "同一天": 0,
    "同一日": 0,
    "同日": 0,
    "当天": 0,
    "当日": 0,
    "次日": 1,
    "翌日": 1,
    # 5月10日…。第二天…。第三天…: a story told day by day counts from the day it last dated
    **{f"第{numeral}天": count for count, numeral in enumerate("二三四五六七", start=1)},
}
_ON_THE_SAME_DAY_AS = re.compile(r"[与和跟同][^，。；！？]{1,12}$")
_SAME_DAY_WORDS = frozenset({"同日", "同一天", "同一日"})
"""与农历春节同日: "on the same day as"; 当天 and 次日 after 记者和志愿者 still refer back."""
_SAME_DAY = re.compile(f"(?:{'|'.join(_DAY_AFTER)})(?!然)")  # 第三天然气处理厂: a gas plant, no day
# 本月12日, 上月28日: a day of the month the article is published in, or of the month before or after it
_RELATIVE_MONTH = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}
_DAY_OF_A_NAMED_MONTH = re.compile(r"(?P<relm>本月|当月|上个?月|下个?月)(?P<d>[1-9]|[12]\d|3[01])(?:日|号)")
_RANGE_JOIN = re.compile(rf"(?:\s*(?:{_PARTS_OF_A_DAY})?\d{{1,2}}(?:时|点)(?:\d{{1,2}}分)?)?{_TO}")
"""What joins the two ends of a range: 至, a dash…, after the hour the first day's part starts at (26日18时至27日,
7日中午12点到8日)."""


# 每年的8月份: a month that comes every year is no date
_EVERY = re.compile(r"(?:每年的?|每个?月的?)$")
_LUNAR = re.compile(r"(?:农历|阴历|旧历|藏历|彝历|回历|傣历)的?$")  # 旧历五月, 藏历十二月一日: another calendar's day
# 国发2号文件, 3号楼: a number after a word or before a document, a line or a building is a serial number, and
# so is each of a list of them before one (1号、2号教学楼), with up to two characters of what it numbers between
_NO_TIME_WORD_NEXT = rf"(?!{_PARTS_OF_A_DAY}|周[一二三四五六日末]|星期)"  # 9号上午, 2号周一: the number is a day
_NUMBERED_AFTER = re.compile(rf"{_NO_TIME_WORD_NEXT}[^\W\d_]{{2,3}}[、，,和]\d{{1,3}}号")
_NUMBERED_BEFORE = re.compile(rf"\d{{1,3}}号{_NO_TIME_WORD_NEXT}[^\W\d_]{{2,3}}[、，,和]$")
_HAO_AFTER = set("于在到至从是的今昨明当，。、；：（ \n")
_HAO_BEFORE = re.compile(
    r"(?:[、和及与]\d{1,3}号)*[^\s，。、；：！？]{0,2}?(?:文|令|线|楼|院|公告|通知|机|车|馆|口|厂房|房|门|站|桥|井|病房|宿舍|地块)"
)


# 有期徒刑一年六月: a month right after a count of years is a length of time
_YEARS_COUNTED = re.compile(r"[\d一二两三四五六七八九十百零〇]年$")


_FESTIVAL_DAY = set("一二三四五六七八九十初")
_YEAR_BEFORE_A_SEASON = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年$")  # 2023年金秋十月: a month dated
_SEASON_BEFORE = re.compile(r"(?:[金深晚初]秋|[阳暮早初]春|烟花|[初盛]夏|[隆寒]冬)$")


def _a_date(text: str, kind: str, m: re.Match[str]) -> bool:
    if kind == "month" and not m["d"] and text[m.end() : m.end() + 1] in _FESTIVAL_DAY:
        return False  # 三月三, 五月五: a festival named by its month and day, no date of this year
    if kind == "month" and _year_unread(m):
        if _EVERY.search(text, max(0, m.start() - 3), m.start()):
            return False
        if _LUNAR.search(text, max(0, m.start() - 3), m.start()):
            return False  # 每年农历的九月九日: a day of the lunar calendar, which lytui does not convert
        if _YEARS_COUNTED.search(text, max(0, m.start() - 2), m.start()):
            return False
        if (
            not m["d"]
            and _SEASON_BEFORE.search(text, max(0, m.start() - 2), m.start())
            and not _YEAR_BEFORE_A_SEASON.search(text, max(0, m.start() - 8), m.start() - 2)
        ):
            return False  # 金秋十月, 阳春三月: the season's time, a phrase of any year, not a month dated
    if kind == "day" and not m.group().endswith(("日", "号")):  # 4月16、17日: a day in a list, before its mark
        return text[m.start() - 1 : m.start()] == "、"
    if kind == "day" and m.group().endswith("号"):
        before = text[m.start() - 1 : m.start()]
        if _NUMBERED_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _NUMBERED_AFTER.match(text, m.end()):
            return False  # 9号叶濠、6号胡一鸣: players by their shirts' numbers, a list of numbered people
        return (not before or before in _HAO_AFTER) and not _HAO_BEFORE.match(text, m.end())
    return True


def _matches(text: str) -> list[tuple[str, re.Match[str]]]:
    """All date-like matches in reading order; a longer match hides what it overlaps."""
    found = [("month", m) for m in _MONTH.finditer(text)]
    found += [("year", m) for m in _YEAR_ONLY.finditer(text)]
    found += [("same", m) for m in _SAME_DAY.finditer(text)]
    found += [("relday", m) for m in _DAY_OF_A_NAMED_MONTH.finditer(text)]
    found += [("day", m) for m in _DAY.finditer(text)]
    found = [(kind, m) for kind, m in found if _a_date(text, kind, m)]
    found.sort(key=lambda item: (item[1].start(), -item[1].end()))
    result: list[tuple[str, re.Match[str]]] = []
    end = -1
    for kind, m in found:
        if m.start() >= end:
            result.append((kind, m))
            end = m.end()
    return result


def _year_unread(match: re.Match[str]) -> bool:
    return not any(match.groupdict().get(group) for group in ("y", "rel", "told", "roc", "roc3"))


REPUBLIC_YEAR_ZERO = 1911
"""民国1年 is 1912."""


_ZERO_TYPED = str.maketrans({"O": "〇", "Ｏ": "〇", "0": "〇", "０": "〇"})


def _year(match: re.Match[str], published: dt.date | None) -> int | None:
    if match["y"]:  # 二OO五年, 二00三年: a letter O or a digit 0 typed for 〇
        year = match["y"]
        return int(year if year.isascii() else parse_number(year.translate(_ZERO_TYPED)) or 0) or None
    if roc := match.groupdict().get("roc") or match.groupdict().get("roc3"):
        number = parse_number(roc)
        return REPUBLIC_YEAR_ZERO + number if isinstance(number, int) and 0 < number < 200 else None
    if match["rel"] and published:
        return published.year + _RELATIVE_YEAR[match["rel"]]
    return None


_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass
class _Point:
    """A date as found, before it is written: the parts it has, and whether it named its own year."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    month_end: int | None = None
    year_named: bool = False
    value: str | None = None  # a year-only value written by its own rule (2018/2024 for 2018年以来)
    note: str = ""

    def written(self) -> str:
        if self.value is not None:
            return self.value
        year = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return year
        if self.month_end is not None:
            return f"{year}-{self.month:02d}/{year}-{self.month_end:02d}"
        if self.day is None:
            return f"{year}-{self.month:02d}"
        return f"{year}-{self.month:02d}-{self.day:02d}"


AHEAD_DAYS = 120
"""How far after its publication an article dates what it announces; a month and day further ahead is
last year's (3月28日 in an article of October reports March)."""


def _nearest_year(published: dt.date, month: int, day: int) -> int:
    """The last year that puts a month and day no more than a few months after the publication, as a
    reader takes them: 5月底 in an article of 8 February is this year's coming May, 1月5日 in one of 28
    December the coming January, 12月28日 in one of 5 January last year's."""
    ahead = published + dt.timedelta(days=AHEAD_DAYS)
    years = (published.year + 1, published.year, published.year - 1)
    return next((year for year in years if dt.date(year, month, min(day, 28)) <= ahead), published.year - 1)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return True
    if year is None:
        return day <= _DAYS_IN_MONTH[month - 1]
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_STORY_GOES_ON = 600
"""How far (in characters) after a day the text dates with its year an unpublished text's later day of the same
year or after it (not before: 5月 after 2019年8月 is another year's) is still that year's: the next paragraph
at most, of a story told in order."""
_BACK_TO_NOW = re.compile("如今|现在|目前|近日|日前|今年|当下|记者")
"""Words that bring a feature back from what it told to the reporter's present (如今…, 记者走进该村): a day
after them is not the earlier date's year."""
_NOW_AFTER_THE_DAY = 12


def _points(ctx: Context) -> Iterator[_Point]:
    published = ctx.published
    last_year: int | None = None  # the last year the text named, for dates without one when unpublished
    last_year_at = 0  # where it was named: a year carries over within its paragraph, not to the next
    # the year of the last month the text dated (去年6月), which a published article's paragraph goes on
    # telling; a bare year is as often a comparison (比去年翻了一番，明年有望) as the time of the story
    month_year: int | None = None
    month_year_at = 0
    month_year_month = 0  # the last month of that date: a story told in order goes on from it
    in_headline = _HEADLINE_YEAR.search(ctx.document.meta.title or "")
    headline_year = int(in_headline["year"]) if in_headline else None
    last_month: tuple[int | None, int] | None = None
    last_month_at = 0
    last_month_dated = False  # whether it came with a day
    last_day: _Point | None = None
    month: int | float | None  # as parse_number reads it; checked to be a whole month below
    day: int | float | None
    for kind, m in _matches(ctx.text):
        before = ctx.text[m.start() - 1 : m.start()] if m.start() else ""
        if kind == "same":
            if m.group() in _SAME_DAY_WORDS and _ON_THE_SAME_DAY_AS.search(_clause_before(ctx.text, m.start())):
                continue  # 后藏年恰与农历春节同日: falls on the same day as, no day the text went back to
            if last_day is not None and last_day.month and last_day.day:
                # a leap year stands in for a date whose year the text does not give
                then = dt.date(last_day.year or 2000, last_day.month, last_day.day)
                day_of = then + dt.timedelta(_DAY_AFTER[m.group()])
                year = day_of.year if last_day.year else None
                yield _Point(m.start(), m.end(), year, day_of.month, day_of.day, note=REFERS_BACK)
            continue
        if before.isdigit() or before == "第":
            continue
        if kind == "relday":
            if published is not None:
                shifted = published.month - 1 + _RELATIVE_MONTH[m["relm"]]
                of_month = _Point(m.start(), m.end(), published.year + shifted // 12, shifted % 12 + 1, int(m["d"]))
                if of_month.month is not None and _valid(of_month.year, of_month.month, of_month.day):
                    last_day, last_month, last_month_at = of_month, (of_month.year, of_month.month), m.start()
                    last_month_dated = True
                    yield of_month
            continue
        if kind == "day":
            day = int(m["d"] or parse_number(m["cd"]) or 0)
            # the month named before the day: with a day of its own (10月17日…⏎18日下午) anywhere before, a
            # bare month (排到12月份) only in the day's paragraph
            if last_month is not None and (last_month_dated or "\n" not in ctx.text[last_month_at : m.start()]):
                year, month = last_month
            elif published is not None:
                year, month = published.year, published.month
                if day > published.day:  # 22日 in an article of the 20th: last month's 22nd
                    year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            else:
                continue
            if _valid(year, month, day):
                point = _Point(m.start(), m.end(), year, month, day)
                last_day = point
                yield point
            continue
        year = _year(m, published)
        if told := m.groupdict().get("told"):
            # 2015年3月…。同年11月, 次年2月: the year the text named last, or the one after it; on its own
            # (当年的老房子) the word says "back then", no date
            if kind == "year" and not m["suffix"]:
                continue
            if last_year is not None:
                year = last_year + _TOLD_YEAR[told]
            elif kind == "year" or _TOLD_YEAR[told] != 0:
                continue  # no year told before: which one is meant is not said
            # 同年11月 with no year before it is read as a month without a year
        if kind == "year":
            if year is None:
                continue
            after = ctx.text[m.end() : m.end() + 1]
            if m["y"] and after and after in "度代级":
                continue
            if m["rel"] is None and after == "前":
                continue  # 2023年度 is a period label, 90年代 a decade
            if after != "第":  # 2011年第17期: an issue of a periodical, not the time the text is at
                last_year, last_year_at = year, m.start()
            suffix = m["suffix"]
            if suffix in _PARTS_OF_YEAR:
                first, last = _PARTS_OF_YEAR[suffix]
                yield _Point(m.start(), m.end(), year, first, month_end=last, year_named=True)
                continue
            value = str(year)
            if suffix == "以来" and published and year < published.year:
                value = f"{year}/{published.year}"
            yield _Point(m.start(), m.end(), year, year_named=True, value=value)
            continue
        month = parse_number(m["m"])
        day = parse_number(m["d"]) if m["d"] else None
        month_end = parse_number(m["m2"]) if m["m2"] else None
        if not isinstance(month, int) or not 1 <= month <= 12:
            continue
        if day is not None and not (isinstance(day, int) and 1 <= day <= 31):
            continue
        if not (isinstance(month_end, int) and 1 <= month_end <= 12):
            month_end = None
        named = year is not None
        note = ""
        if year is None:
            if published is not None:
                year = _nearest_year(published, month, int(day or 1))
                if _AIMED_AT.search(_clause_before(ctx.text, m.start())) and month >= published.month:
                    # 全力冲刺6月主体结构全面封顶 in an article of January: this year's June, however far ahead
                    # (计划于1月开工 in March is a plan already under way: the nearest January, this year's)
                    year = published.year
                if (
                    month_year is not None
                    and "\n" not in ctx.text[month_year_at : m.start()]
                    and month >= month_year_month
                    and not _AIMED_AT.search(ctx.text, max(0, m.start() - 6), m.start())
                ):
                    # 去年6月…。8月3日: the paragraph is still telling last year; 2023年10月至12月…。5月中旬
                    # goes back before what it told, so the story has come back to the publication's time
                    year = month_year
                    note = "the year of an earlier date in the text"
            elif (
                last_year is not None
                and "\n" not in ctx.text[last_year_at : m.start()]
                and not _AIMED_AT.search(ctx.text, max(0, m.start() - 6), m.start())
            ):
                year = last_year
                note = "the year of an earlier date in the text"
            elif (
                last_day is not None
                and last_day.year_named
                and last_day.year is not None
                and last_day.month is not None
                and m.start() - last_day.end <= _STORY_GOES_ON
                and ctx.text.count("\n", last_day.end, m.start()) <= 1
                and (month, day or 1) >= (last_day.month, last_day.day or 1)
                and not _AIMED_AT.search(ctx.text, max(0, m.start() - 6), m.start())
                and not _BACK_TO_NOW.search(ctx.text, last_day.end, m.end() + _NOW_AFTER_THE_DAY)
            ):
                # 2008年8月5日晚，…⏎8月6日上午: a story told day by day goes on in the year of the day it began
                year = last_day.year
                note = "the year of an earlier date in the text"
            elif (later := _YEAR_LATER_IN_SENTENCE.match(ctx.text, m.end())) is not None:
                year = int(later["year"])  # 11月14日，2019年四川省…: the sentence names the year after the day
                note = "the year the sentence names"
            elif headline_year is not None:
                year = headline_year  # 柘荣县召开2019年…动员会: the headline dates the whole article
                note = "the year the headline names"
            else:
                note = NO_YEAR
        else:
            last_year, last_year_at = year, m.start()
            month_year, month_year_at, month_year_month = year, m.start(), month_end or month
        if not _valid(year, month, int(day) if day is not None else None):
            continue
        point = _Point(
            m.start(), m.end(), year, month, int(day) if day is not None else None, month_end, named, note=note
        )
        last_month, last_month_at, last_month_dated = (year, month), m.start(), day is not None
        if day is not None:
            last_day = point
        yield point


def _range(first: _Point, second: _Point) -> str | None:
    """`first/second` when the two make a range (the second no earlier than the first), the second
    taking the year the first named when it named none."""
    if first.month is None and second.month is None:  # 2019年至2022年, 2015-2035年
        plain = first.value == str(first.year) and second.value == str(second.year)
        if plain and first.year is not None and second.year is not None and first.year < second.year:
            return f"{first.year}/{second.year}"
        return None
    if first.month is None or second.month is None or first.month_end or second.month_end:
        return None
    if not second.year_named and first.year is not None:
        second.year = first.year
        if (second.month, second.day or 0) < (first.month, first.day or 0):
            return None
    if (second.year or 0, second.month, second.day or 0) < (first.year or 0, first.month, first.day or 0):
        return None
    return f"{first.written()}/{second.written()}"


def _years_of_days_named_in_full(points: list[_Point]) -> None:
    """11月14日晚…。经查，2014年11月14日21时许: a day the text also names with its year is that year's, where
    nothing else gives one (no publication date): one year for the day, or none is taken."""
    years: dict[tuple[int, int], set[int]] = {}
    for point in points:
        if point.year_named and point.year is not None and point.month and point.day:
            years.setdefault((point.month, point.day), set()).add(point.year)
    for point in points:
        named = years.get((point.month or 0, point.day or 0), set())
        if point.note == NO_YEAR and len(named) == 1:
            point.year, point.note = next(iter(named)), "the year of the same day named in full"


def dates(ctx: Context) -> Iterator[Fact]:
    points = list(_points(ctx))
    _years_of_days_named_in_full(points)
    index = 0
    while index < len(points):
        point = points[index]
        following = points[index + 1] if index + 1 < len(points) else None
        if following is not None and _RANGE_JOIN.fullmatch(ctx.text, point.end, following.start):
            if (joined := _range(point, following)) is not None:
                yield ctx.fact("date", point.start, following.end, joined, note=point.note)
                index += 2
                continue
        yield ctx.fact("date", point.start, point.end, point.written(), note=point.note)
        index += 1
