"""Dates resolved against the publication date: `12月26日` → 2023-12-26, `去年8月` → 2022-08.

A month and day without a year take the publication year unless that lands after publication,
then the year before. `同一天`/`同日` take the nearest earlier date with a day, when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from lytui.analyse.facts.context import Context, FactFound
from lytui.analyse.numbers import parse_number

_N = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_RELATIVE_YEAR = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2}
_YEAR = r"(?:(?P<y>(?:19|20)\d\d|[一二〇零三四五六七八九]{4})年|(?P<rel>前年|去年|今年|明年|后年))"
_MONTH = re.compile(rf"(?:{_YEAR})?(?P<m>{_N})(?:(?:至|到|—|-|~)(?P<m2>{_N}))?月(?:份)?(?:(?P<d>{_N})(?:日|号))?")
_YEAR_ONLY = re.compile(rf"{_YEAR}(?P<suffix>以来|开始|起|初|底|年初|年底|上半年|下半年)?")
_SAME_DAY = re.compile(r"同一天|同日|同一日")


def _matches(text: str) -> list[tuple[str, re.Match[str]]]:
    """All date-like matches in reading order; a longer match hides what it overlaps."""
    found = [("month", m) for m in _MONTH.finditer(text)]
    found += [("year", m) for m in _YEAR_ONLY.finditer(text)]
    found += [("same", m) for m in _SAME_DAY.finditer(text)]
    found.sort(key=lambda item: (item[1].start(), -item[1].end()))
    result: list[tuple[str, re.Match[str]]] = []
    end = -1
    for kind, m in found:
        if m.start() >= end:
            result.append((kind, m))
            end = m.end()
    return result


def _year(match: re.Match[str], published: dt.date | None) -> int | None:
    if match["y"]:
        return int(parse_number(match["y"]) or 0) or None
    if match["rel"] and published:
        return published.year + _RELATIVE_YEAR[match["rel"]]
    return None


NO_YEAR = "no year on the page and no publication date"
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def dates(ctx: Context) -> Iterator[FactFound]:
    published = ctx.published
    last_day: str | None = None
    for kind, m in _matches(ctx.text):
        if kind == "same":
            if last_day:
                yield FactFound("date", m.start(), m.end(), last_day, note="the date it refers to")
            continue
        before = ctx.text[m.start() - 1 : m.start()] if m.start() else ""
        if before.isdigit() or before == "第":
            continue
        year = _year(m, published)
        if kind == "year":
            if year is None:
                continue
            after = ctx.text[m.end() : m.end() + 1]
            if m["y"] and after and after in "度代级":
                continue
            if kind == "year" and m["rel"] is None and ctx.text[m.end() : m.end() + 1] == "前":
                continue  # 2023年度 is a period label, 90年代 a decade
            value = str(year)
            if m["suffix"] == "以来" and published and year < published.year:
                value = f"{year}/{published.year}"
            yield FactFound("date", m.start(), m.end(), value)
            continue
        month = parse_number(m["m"])
        day = parse_number(m["d"]) if m["d"] else None
        month_end = parse_number(m["m2"]) if m["m2"] else None
        if not isinstance(month, int) or not 1 <= month <= 12:
            continue
        if day is not None and not (isinstance(day, int) and 1 <= day <= 31):
            continue
        if year is None and published is None:
            # no year on the page and no publication date to take it from: the spec's --MM-DD, --MM
            if isinstance(month_end, int) and 1 <= month_end <= 12:
                yield FactFound("date", m.start(), m.end(), f"--{month:02d}/--{month_end:02d}", note=NO_YEAR)
            elif day is None or (isinstance(day, int) and day <= _DAYS_IN_MONTH[month - 1]):
                value = f"--{month:02d}" if day is None else f"--{month:02d}-{int(day):02d}"
                yield FactFound("date", m.start(), m.end(), value, note=NO_YEAR)
            continue
        if year is None:
            assert published is not None
            year = published.year
            probe = dt.date(year, month, min(day or 1, 28))
            if probe > published:
                year -= 1
        if isinstance(month_end, int) and 1 <= month_end <= 12:
            value = f"{year:04d}-{month:02d}/{year:04d}-{month_end:02d}"
        elif day is not None:
            try:
                value = dt.date(year, month, int(day)).isoformat()
            except ValueError:
                continue
            last_day = value
        else:
            value = f"{year:04d}-{month:02d}"
        yield FactFound("date", m.start(), m.end(), value)
