"""The page's own fields in the scrape (来源, 责任编辑, 发布时间, the reporters' credit): which lines are
field lines, and what they say, for the segmenter's `Meta`."""

from __future__ import annotations

import re

from lytui.data import surnames
from lytui.han import HAN, LazyPattern
from lytui.model import BYLINE, NAME_LIST
from lytui.text.chrome import _holds_sentence

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


_FIELD_END = r"([^\s|｜【】\[\]]+?)(?=\s|[|｜【】\[\]]|$|责任编辑|编辑[:：]|作者[:：]|来源[:：])"


_SOURCE = re.compile(r"(?<!数据)(?<!资料)来源[:：]\s*" + _FIELD_END)


_EDITOR = re.compile(r"(?:责任编辑|责编|编辑)\s*[:：|｜]\s*" + _FIELD_END)


_TRAILING_BYLINE = LazyPattern(rf"(?:作者|记者)[:：]\s*{NAME_LIST}\s*$", needs=("作者", "记者"), widen=True)


_MORE_NAMES = LazyPattern(rf"(?:\s+[{HAN}]{{2,3}})+\s*$", widen=True)  # 编辑：付波 熊哲: names to the end of the line


# 巴东电视台报道（…）, 四川在线消息（…）, 据新华社北京2月17日电: the medium that filed the story
_DATELINE_SOURCE = LazyPattern(
    rf"^(?:据)?(?P<source>新华社|中新社|[{HAN}]{{2,12}}?(?:日报|晚报|商报|时报|都市报|报社|电视台|通讯社|在线|网))"
    rf"(?:[{HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日)?(?:电|讯|报道|消息)",
    needs=("电", "讯", "报道", "消息"),
    widen=True,
)


_META_WORDS = re.compile(
    r"来源[:：]|责任编辑|责编[:：]|编辑\s*[:：|｜]|发布时间|发布日期|^日期[:：]|作者[:：]|浏览次数|点击数"
)


# （记者 张辉）, （赵洪志 来源：市场报资讯周刊） closing the last paragraph: the page's credit, not the article's words.
# （数据来源：市统计局） is the article's own note: its label does not open the bracket.
_TRAILING_CREDIT = re.compile(r"[（(](?P<credit>[^（()）]{2,40})[）)]\s*$")


_CREDIT_NAMES = LazyPattern(rf"^(?P<names>{NAME_LIST})\s+(?=来源|编辑|责任编辑)", needs=("来源", "编辑"), widen=True)


_NAMES_ONLY = LazyPattern(rf"^{NAME_LIST}$", widen=True)


def names_only(credit: str) -> str | None:
    """`高洪驰 周若楠` in （高洪驰 周若楠）: a newspaper credits its reporters in brackets with their names
    alone. Each must start with a surname, so （节选）, （待续） or a place in brackets is not taken."""
    credit = credit.strip()
    if not _NAMES_ONLY.match(credit):
        return None
    names = re.split(r"[\s、，,]+", credit)
    known = surnames()
    if all(len(name) <= 3 and (name[0] in known or name[:2] in known) for name in names):
        return " ".join(names)
    return None


_CREDIT_LINE = re.compile(r"^[（(](?P<credit>[^（()）]{2,40})[）)]$")


def name_credit_line(line: str) -> str | None:
    """The names of a line that is only a bracketed credit, （高洪驰 周若楠）, after the last paragraph."""
    m = _CREDIT_LINE.match(line.strip())
    return names_only(m["credit"]) if m else None


def _trailing_credit(line: str, last: bool = False) -> re.Match[str] | None:
    """The credit in brackets that ends a paragraph, when it names reporters or a source and nothing else;
    names alone, （姜慧丽）, only where the article ends (`last`)."""
    m = _TRAILING_CREDIT.search(line)
    if m is None or m.start() == 0 or not re.search(r"[。！？”]\s*$", line[: m.start()]):
        return None
    credit = m["credit"].strip()
    if BYLINE.match(credit) or _CREDIT_NAMES.match(credit) or re.match(r"(?:来源|责任编辑|编辑)[:：]", credit):
        return m
    if last and names_only(credit):
        return m
    return None


def _parse_credit(credit: str, meta: dict[str, str]) -> None:
    _parse_meta(credit, meta)
    if "byline" not in meta and (names := _CREDIT_NAMES.match(credit)):
        meta["byline"] = " ".join(names["names"].split())
    elif "byline" not in meta and (alone := names_only(credit)):
        meta["byline"] = alone


def _parse_meta(line: str, meta: dict[str, str]) -> None:
    if "published" not in meta and (m := _DATE.search(line)):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            value = f"{y:04d}-{mo:02d}-{d:02d}"
            if m["H"] is not None:
                value += f"T{int(m['H']):02d}:{m['M']}:{m['S'] or '00'}+08:00"
            meta["published"] = value
    if "source" not in meta and (m := _SOURCE.search(line)):
        meta["source"] = m.group(1)
    if "editor" not in meta and (m := _EDITOR.search(line)):
        more = _MORE_NAMES.match(line, m.end())
        meta["editor"] = m.group(1) + (" " + " ".join(more.group().split()) if more else "")
    if "byline" not in meta and BYLINE.match(line.strip()):
        meta["byline"] = " ".join(line.split())
    elif "byline" not in meta and (m := _TRAILING_BYLINE.search(line)) and BYLINE.match(m.group()):
        meta["byline"] = " ".join(m.group().split())  # 发布时间：… 浏览：次 作者：朱修林


def header_meta(lines: list[str]) -> dict[str, str]:
    """Published date and source from a page's first lines (for listings that read only the head)."""
    from lytui.text.t2s import quick_simplified

    found: dict[str, str] = {}
    for line in lines:
        _parse_meta(quick_simplified(line).replace(":", "："), found)
    return found


_PHOTO_CREDIT = re.compile(r"^(?:图片|摄影|图|摄)\s*[:：/／]\s*")


def _is_meta_line(line: str) -> bool:
    stripped = line.strip()
    if _holds_sentence(stripped):
        return False
    if _META_WORDS.search(stripped) or BYLINE.match(stripped):
        return True
    if (credit := _PHOTO_CREDIT.match(stripped)) and names_only(stripped[credit.end() :]):
        return True  # 图片：林翔 — the photographer, where a caption would describe the picture
    without_date = _DATE.sub("", stripped)
    rest = re.sub(r"[\s?？|｜]", "", without_date)
    return bool(_DATE.search(stripped)) and len(rest) <= 4 and not re.search(r"[。！？]", rest)


def _meta_label_line(line: str) -> str | None:
    """`【责任编辑：王丽】`, `- 编辑：李娜`, `(来源：…)`: a short labelled line after the text, unwrapped."""
    unwrapped = line.strip("【】[]（）()-•·* ")
    return unwrapped if (_META_WORDS.match(unwrapped) or BYLINE.match(unwrapped)) and len(unwrapped) <= 40 else None
