"""The page's own fields in the scrape (来源, 责任编辑, 发布时间, the reporters' credit): which lines are
field lines, and what they say, for the segmenter's `Meta`."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from lytui.data import surnames, titles, titles_alternation
from lytui.han import BODY_ENDINGS, DIVISION_LEVELS, HAN, LazyPattern, is_han
from lytui.model import BYLINE, GLUED_BYLINE, MEDIUM, MEDIUM_CREDIT, MEDIUM_ENDINGS, NAME_LIST, OWN_MEDIA, REPORTER_ROLE
from lytui.text.chrome import _CHROME_TOKENS, _holds_sentence
from lytui.text.repair import language

_DATE = re.compile(
    # 2023 09/ 13 16:30:02: a template that lost the first separator keeps a space in its place
    r"(?P<y>(?:19|20)\d{2})(?:\s*[-/.年]\s*|\s+)(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


def holds_a_time_of_day(line: str) -> bool:
    """2025-04-16 11:13:40 in a page's bar: a date with the time of day, as a posting time is written."""
    return (m := _DATE.search(line)) is not None and m["H"] is not None


# 28.09.2015 19:43: the day first, with dots, as a European site or template writes it
_DAY_FIRST = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


# 发布日期:107/10/5, 发稿日期：110年7月17日14:41: a Taiwanese page counts years from 1912 (民国), and labels them
# 22-05-10 08:49: a template that writes the year in two digits, with the time after it (no serial number
# or phone number has a clock time after its third group)
_SHORT_YEAR = re.compile(
    r"(?<![\d\-/.])(?P<y>[0-3]\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\s+(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d:])"
)
_ROC_DATE = re.compile(
    r"(?:发[布稿表](?:日期|时间)|日期)\s*[:：]\s*(?P<y>\d{2,3})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


# a field's value runs to a space, a bar or bracket, the next label, a comma or a copyright notice in brackets:
# 来源：某某网，信息贵在分享… goes on with the site's notice, not the source, and so does 来源：某台（版权归原作者所有…）
_FIELD_END = (
    r"([^\s|｜【】\[\]，,；;。]+?)(?=\s|[|｜【】\[\]，,；;。]|[（(]版权|$|责任编辑|编辑[:：]|作者[:：]|来源[:：]"
    # 编辑:常帅发布时间:2023-08-11: the next field's label glued to the value ends it
    r"|(?:发布|发表|更新)?(?:时间|日期)[:：]|(?:浏览|点击|阅读)(?:次数|量)?[:：]|(?:运营|审核|校对|监制|字号|字体)[:：]"
    r"|(?<=[^\x00-\x7f])(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"  # 北部湾在线2018-02-28 13:39: the date glued on
)


# An empty field is followed by the next label (来源: 作者: 发表时间:02-13, 信息来源: 关键词:) or by the
# page's date: neither is its value.
# (来源:大河网编辑:常帅 holds a value: a name of two or more glued to the next label)
_NOT_A_LABEL = (
    r"(?!(?![^\s:：|｜]{2,16}?(?:编辑|作者|来源)[:：])[^\s:：|｜]{1,5}\s*[:：])"
    r"(?!\d{2,4}[-/.年]\d)"  # nor is the date after it (来源:  2021/01/27)
)


# 来源：某某网, and a repost's 本文转自：某某报 (where the page took the article from)
_NO_SOURCE = frozenset(
    {"未知", "不详", "佚名", "网络", "互联网", "暂无", "无", "原创", "本站原创", "本网原创", "本站", "本网"}
)
"""What a template writes in the source field when it has none (来源:未知) or when the site wrote the article
itself (来源:本站原创, the site's own word for itself): no medium to credit."""
_A_LABELS_PIECE = re.compile(r"(?:作者|编辑|记者|发布)[/／]?")
"""来源：作者/编辑：小编: an empty field followed by the next one's label, read up to its slash."""
_NO_EDITOR = frozenset({"小编", "管理员", "网站编辑", "本站编辑", "本网编辑", "编辑部"})
"""The placeholder a template writes for no one in particular (编辑：小编)."""
_SOURCE = re.compile(
    r"(?:(?<!数据)(?<!资料)(?<!照片)(?<!图片)来源(?:于|[/／]作者)?|(?:本文)?转(?:载)?自)\s*(?:[:：]|[|｜](?=\s))\s*"
    + _NOT_A_LABEL
    + _FIELD_END
)


# 2021-04-30 扶贫365 2 2 某某日报 con84745.html 1 记录民情…: a digital paper's record of the article (date,
# section, pages, paper, file, title) left when a scraper drops the tags around its fields; and the paper's
# own link to its back issues (更多>> 某某日报近期报纸查看), or its masthead. Each names the paper the page is from.
_AUTHORS_AFTER_SOURCE = LazyPattern(
    rf"\s+(?P<names>[{HAN}]{{2,4}}?(?:\s+[{HAN}]{{2,4}}?)*)"
    r"(?=\s*$|\s*[【\[|｜]|\s*(?:(?:发布|发表|更新)?(?:时间|日期)|浏览|点击)[:：])",
    widen=True,
)


_PAPER_RECORD = LazyPattern(
    rf"^\d{{4}}-\d{{1,2}}-\d{{1,2}}\s(?:.*?\s)?(?P<paper>[{HAN}]{{2,12}}?{MEDIUM})\s+\S+\.s?html?\b"
    rf"|(?P<issues>[{HAN}]{{2,10}}?报)(?:近期|往期|过期|历史)报纸"
    rf"|刊号.*?\s(?P<masthead>[{HAN}]{{2,12}}?报社?)出版",  # 国内统一刊号：CN52-0017 某某日报社出版
    needs=(".htm", "报纸", "刊号"),
    widen=True,
)


def paper_of(line: str) -> str | None:
    """The paper a digital paper's record line or back-issues link names, or None."""
    m = _PAPER_RECORD.search(line)
    return (m["paper"] or m["issues"] or m["masthead"]) if m else None


# 责任编辑 徐某某 needs no colon (编辑 alone is also a verb, and needs one)
_EDITOR = re.compile(
    r"(?:(?:责任编辑|责编)\s*[:：|｜\s]|(?<![初复终])(?<!审核)编辑\s*[:：|｜])\s*" + _NOT_A_LABEL + _FIELD_END
)
# 某某新闻网责任编辑亓某玉: a name glued to the label ends the line, and needs nothing between
_RESPONSIBLE_EDITOR = LazyPattern(
    rf"(?:责任编辑|责编)(?:\s*[:：|｜\s]\s*|(?=[{HAN}]{{2,3}}\s*$))" + _NOT_A_LABEL + _FIELD_END,
    needs=("责任编辑", "责编"),
)


_RUN_ON_AUTHOR = LazyPattern(
    rf"作者[:：]\s*(?P<names>[{HAN}]{{2,4}}?(?:[\s、][{HAN}]{{2,4}}?){{0,4}})\s*(?=责任编辑|编辑|来源|发布|时间|日期|浏览|点击)",
    needs=("作者",),
    widen=True,
)
# 浏览：次 作者：朱修林, 来源:中国西藏新闻网    记者 记者 段敏: the credit closing an info line, labelled or
# set apart by spaces (a template may print the label twice)
_TRAILING_BYLINE = LazyPattern(
    rf"(?:(?P<role>作者|记者)[:：]\s*|(?:(?<=\s)|^)(?P<spaced>作者|记者)\s+(?:(?P=spaced)\s+)?)(?P<names>{NAME_LIST})\s*$",
    needs=("作者", "记者"),
    widen=True,
)


_SECOND_CHARACTER = LazyPattern(rf" ([{HAN}])(?=\s|$)", needs=(" ",))
# 编辑：付波 熊哲: names to the end of the line, or to the next label (编辑:赵某何 陈某凤 运营:周某平)
_MORE_NAMES = LazyPattern(rf"(?:\s+[{HAN}]{{2,3}})+(?=\s*$|\s+[{HAN}]{{2,4}}[:：])", widen=True)


# 巴东电视台报道（…）, 四川在线消息（…）, 据新华社北京2月17日电, 某某网-某某日报讯, 荆楚网（湖北日报网）讯: the medium that filed
# the story (the last one named; 某某新闻网 is one name, not 某某新闻 and 网)
_DATELINE_SOURCE = LazyPattern(
    rf"^【?(?:据)?(?:[{HAN}]{{2,12}}[-·─])?(?P<source>新华社|中新社|[{HAN}]{{2,12}}?{MEDIUM}(?!网|在线))"
    rf"(?:[（(][{HAN}]{{2,12}}[）)])?(?:[{HAN}]{{0,8}}?\d{{1,2}}月\d{{1,2}}日[{HAN}]{{0,8}}?)?(?:电|讯|报道|消息)"
    # 云上嘉鱼报道（全媒体记者…）: a county's app files under its own name, with its reporters
    rf"|^(?!本报|本网|本台|本刊)(?P<app>[{HAN}]{{2,8}})(?:报道|讯)[（(][^（()）]{{0,12}}(?:记者|通讯员)"
    rf"|^(?!本报|本网|本台|本刊)(?P<bracketed>[{HAN}]{{2,12}}?{MEDIUM})[（(][^（()）]{{0,12}}(?:记者|通讯员)",
    needs=("电", "讯", "报道", "消息", "记者", "通讯员"),
    widen=True,
)
# 东南网4月4日讯（福建日报记者 廖丽萍 通讯员 陈明）: the bracket in a dateline crediting who filed the story
DATELINE_CREDIT = re.compile(
    r"[（(](?P<credit>[^（）()\n]{0,60}?(?:记者|通讯员)[^（）()\n]{1,60})[）)]"
    # 【全媒体记者 胡海涛】: in a box, the role and a name apart (【记者观察】 is a column's label)
    r"|【(?P<boxed>[^【】\n]{0,40}?(?:记者|通讯员)\s+(?!手记|观察|调查|视点|评论|札记|随笔|日记|感言)[^【】\n]{2,60})】"
)
# 运城8月8日电 （李庭耀 李泱南 杨秀文）: a wire's dateline credits its reporters by their names alone
# 新华社福州4月4日电（龙岩 王某）, 宁德网消息（夏斌 陈派森 文/图）: what they did may follow the names
DATELINE_NAMES = re.compile(
    r"(?:电|讯|消息)\s*[（(](?P<names>[^（）()\n]{2,40}?)(?:\s*(?:文[/／]图|图[/／]文)|\s+(?:文|摄|供图))?[）)]$"
)


_PAPERS_EDITION = r"^《(?P<medium>[^《》]{2,12})》\s*[（(]\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*\d{0,3}\s*版\s*[）)]$"
"""《工人日报》（2025年08月26日 04版）: the paper and the day and page it printed the article on."""
_META_WORDS = re.compile(
    r"来源(?:于)?\s*[:：]|^来源\s+[|｜]\s|^(?:本文)?转(?:载)?自\s*[:：]|责任编辑|责编[:：]|编辑\s*[:：|｜]|发[布表稿](?:时间|日期)|^日期[:：]|作者[:：]|浏览次数|点击数"
    r"|^由\s*\S{2,12}\s*发[布表]于\s*\S{0,8}$"  # 由 某某 发布于 综合: who posted it, and in which column
    r"|^\S{1,16}\s+发表于\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}"  # 匿名  发表于 2020-6-16 19:00:59 |阅读模式: a forum post's
    r"|^[一二三初复终]审\s*[:：]"  # 一审：某某 二审：… the editors who passed it, one line each
    rf"|{_PAPERS_EDITION}"
)


# （记者 张辉）, （赵洪志 来源：市场报资讯周刊） closing the last paragraph: the page's credit, not the article's words.
# （数据来源：市统计局） is the article's own note: its label does not open the bracket.
# A wire's date code may follow: （编辑：李某某）1131017
_TRAILING_CREDIT = re.compile(r"[（(](?P<credit>[^（()）]{2,40})[）)]\s*(?:\d{6,8})?\s*$")


_CREDIT_NAMES = LazyPattern(rf"^(?P<names>{NAME_LIST})\s+(?=来源|编辑|责任编辑)", needs=("来源", "编辑"), widen=True)


_NAMES_ONLY = LazyPattern(rf"^{NAME_LIST}$", widen=True)


_ORDINARY_WORD = 5_000
"""How often jieba's dictionary counts a word that is no name however it starts (系统, 文明: 作者：系统 is
a site's account); names it knows are rarer (高峰 1,585)."""


def _ordinary_word(name: str) -> bool:
    return language.word_frequency(name) >= _ORDINARY_WORD


@lru_cache(maxsize=1)
def _signed() -> re.Pattern[str]:
    return re.compile(rf"^[{HAN}]{{0,24}}?(?:{titles_alternation()})\s+(?P<name>[{HAN}]{{2,4}})$")


def signed_by(line: str) -> str | None:
    """襄阳市人民检察院检察长 常本勇: a line of a body, a post and a name set apart, under a report's or a
    speech's title, signs it; the name, or None."""
    found = _signed().match(line.strip())
    return names_only(found["name"]) if found else None


def names_only(credit: str) -> str | None:
    """`高洪驰 周若楠` in （高洪驰 周若楠）: a newspaper credits its reporters in brackets with their names
    alone. Each must start with a surname, so （节选）, （待续） or a place in brackets is not taken."""
    credit = credit.strip()
    if not _NAMES_ONLY.match(credit) or credit in _NO_SOURCE:
        return None  # 作者:佚名: a template's "anonymous", no name
    names = re.split(r"[\s、，,]+", credit)
    known = surnames()
    # 安图县: a tag line under the text may be a county that starts like a surname; a name ends in no level
    plain = [
        (len(name) <= 3 or (len(name) == 4 and name[:2] in known))  # 欧阳如晨: a surname of two
        and name[-1] not in DIVISION_LEVELS
        and not _ordinary_word(name)
        for name in names
    ]
    surnamed = [name[0] in known or name[:2] in known for name in names]
    # （魏微  峻岭 温剑）: among three names or more, one may be a pen name without a surname
    if all(plain) and (all(surnamed) or (len(names) >= 3 and surnamed.count(False) == 1)):
        return " ".join(names)
    return None


_CREDIT_LINE = re.compile(r"^[（(](?P<credit>[^（()）]{2,40})[）)]$")


def medium_credit_line(line: str) -> str | None:
    """The medium of a line after the last paragraph that is only its name in brackets, （四川在线）,
    （某某日报）: the source the page credits for the article."""
    m = _CREDIT_LINE.match(line.strip())
    if m and _MEDIUM_ITEM.match(m["credit"].strip()):
        return m["credit"].strip()
    # 延边信息港 / 延边广电客户端: the media that carried it, apart by slashes, the first the source
    items = [item.strip() for item in re.split(r"\s*[/／]\s*", line.strip())]
    if len(items) >= 2 and all(_MEDIUM_ITEM.match(item) for item in items):
        return items[0]
    return None


def name_credit_line(line: str) -> str | None:
    """The names of a line after the last paragraph that is only a credit, in brackets, （高洪驰 周若楠）, or
    bare, 何某峰: the reporters the page names under the text."""
    m = _CREDIT_LINE.match(line.strip())
    if m and (office := _OFFICE_CREDIT.match(m["credit"].strip())):
        return names_only(office["names"])  # （市安全监管局：王某彬）: the office that wrote it, its writer
    return names_only(m["credit"] if m else line)


# 市安全监管局：王某彬 in brackets under a government page's text: the office, then who wrote for it
_OFFICE_CREDIT = LazyPattern(
    rf"^[{HAN}]{{2,16}}?(?:{'|'.join(BODY_ENDINGS)})[：:]\s*(?P<names>{NAME_LIST})$",
    needs=(":", "："),
    widen=True,
)


# 记者黄某民／台北报导, CNEWS汇流新闻网记者谢某明/台北报导: the reporter and where the story was filed, the
# medium before them
_FILED_FROM = LazyPattern(
    rf"^(?:\w{{0,16}}?)(?P<title>记者)\s*(?P<names>[{HAN}]{{2,4}}(?:[、，,][{HAN}]{{2,4}}){{0,5}})"
    rf"\s*[/／╱]\s*[{HAN}]{{2,8}}报[导道]$",
    needs=("报导", "报道"),
    widen=True,
)


# 作者:杨某 来源:今日高邮 — an author field among others, its names all Chinese (作者:admin is a CMS account)
_AUTHOR_FIELD = LazyPattern(
    rf"(?:^|\s|[,，])作者\s*[:：]\s*(?P<names>[{HAN}]{{2,4}}(?:[\s、]+[{HAN}]{{2,4}}){{0,3}})(?=\s|[,，]|$)",
    needs=("作者",),
    widen=True,
)


_CREDITS_EDITOR = re.compile(r"\s*(?:责任编辑|责编)")

# 作者:全媒体记者 邵某 通讯员 张某 发布时间:…: the author field holds a credit of its own, up to the next label
_AUTHOR_CREDIT = LazyPattern(
    rf"作者\s*[:：]\s*(?P<credit>.+?)(?=\s+[{HAN}]{{2,4}}[:：]|$)", needs=("作者",), widen=True
)


_CREDIT_PIECES = re.compile(rf"({REPORTER_ROLE}|摄影报道|摄影|摄|报道)")


def _credit_name(text: str) -> bool:
    """Two to four Chinese characters: `re.fullmatch(f"[{HAN}]{{2,4}}", text)`, with no class compiled."""
    return 2 <= len(text) <= 4 and all(map(is_han, text))


_AUTHOR_MARK = LazyPattern(rf"[◎●]\s*(?P<names>[{HAN}]{{2,4}}(?:[ \u3000、][{HAN}]{{2,4}}){{0,3}})", needs=("◎", "●"))


# 通讯员 方 冰: a name of two characters set with a space between them, to line up with names of three
_SPACED_NAME = LazyPattern(rf"(?<![^\s:：/／])([{HAN}]) ([{HAN}])(?![^\s])", needs=(" ",))


def reporter_credit(line: str) -> str | None:
    """The credit of a line that is only one, bracketed or not: （记者 某某 通讯员 某某 摄）,
    （某某晚报记者李某通讯员张某摄）, 某台记者 曹某 吴某. A medium may lead; then reporter words, each
    followed by names of two to four characters. One name must start with a surname, or two reporter
    words must frame them: 记者手记 is a column, not a credit."""
    core = line.strip()
    if (marked := _AUTHOR_MARK.fullmatch(core)) and (writers := names_only(marked["names"])):
        return writers  # ◎温美华: a feature's writer, set apart under its pictures by the paper's mark
    if len(core) > 60 or ("记者" not in core and "通讯员" not in core):
        return None
    if bracketed := re.fullmatch(r"[（(]([^（()）]+)[）)]", core):
        core = bracketed.group(1).strip()
    core = _plain_credit(_without_asides(core.lstrip("□■◎●◆ ")))  # ●某报记者 某某 发自某县: who, not where
    pieces = _CREDIT_PIECES.split(core)
    roles = [p for p in pieces[1::2] if re.fullmatch(REPORTER_ROLE, p)]
    medium, names_between = pieces[0].strip(), pieces[2::2]
    if not roles or ((medium and not _credit_name(medium[:12])) or len(medium) > 12):
        return None
    names = [n for piece in names_between for n in re.split(r"[\s、，,:：/／]+", piece) if n]
    if not names or not all(map(_credit_name, names)):
        return None
    known = surnames()
    if len(roles) < 2 and not any(n[0] in known or n[:2] in known for n in names):
        return None
    return " ".join(core.split())


_SPACED_TAIL = re.compile(r"(?<=[。！？”])\s+(?P<credit>[^。！？\s][^。！？]{1,40})$")


def spaced_credit(line: str) -> tuple[int, str] | None:
    """A credit set after the last sentence with spaces, not brackets (…完成插秧任务。 某报融媒记者 陈某 摄,
    or the names alone, …基地。 何某峰): where it starts, and the credit."""
    m = _SPACED_TAIL.search(line)
    if m is None or (credit := reporter_credit(m["credit"]) or names_only(m["credit"])) is None:
        return None
    return m.start(), credit


def _trailing_credit(line: str, last: bool = False) -> re.Match[str] | None:
    """The credit in brackets that ends a paragraph, when it names reporters or a source and nothing else;
    names alone, （姜慧丽）, only where the article ends (`last`)."""
    m = _TRAILING_CREDIT.search(line)
    if m is None or m.start() == 0 or not re.search(r"[。！？”…]\s*$", line[: m.start()]):
        return None
    credit = m["credit"].strip()
    if BYLINE.match(credit) or _CREDIT_NAMES.match(credit) or re.match(r"(?:来源|责任编辑|编辑)[:：]", credit):
        return m
    if last and names_only(credit):
        return m
    if (glued := _GLUED_CREDIT.match(credit)) and names_only(glued["names"]):
        return m  # （记者胡某洋 夏某丛）: the role with no space before the names, closing the paragraph
    if (office := _OFFICE_NAMES.match(credit)) and _writers(office["names"]):
        return m  # （岚县新闻办 梁海珍 王红宇图/文）: the office that sent it, then its writers
    return None


# 岚县新闻办 梁海珍 王红宇图/文: an office's or a medium's name, its writers after a space, what they did
_OFFICE_NAMES = LazyPattern(
    rf"^(?P<body>[{HAN}]{{2,12}}?(?:{'|'.join(BODY_ENDINGS)}|{MEDIUM}))\s+"
    rf"(?P<names>[{HAN}]{{2,3}}?(?:\s+[{HAN}]{{2,3}}?){{0,4}})\s*(?:图/文|文/图|图文|摄影?|供图|[/／][文图])?$",
    widen=True,
)


# 记者胡某洋 夏某丛: a role glued to the names it credits, set in brackets after the text's last sentence
_GLUED_CREDIT = LazyPattern(
    rf"^(?P<title>(?:本报)?{REPORTER_ROLE})(?P<names>[{HAN}]{{2,3}}(?:[ 、][{HAN}]{{2,3}}){{0,5}})$",
    needs=("记者", "通讯员"),
    widen=True,
)


def _writers(names: str) -> str | None:
    """The names of an office's credit, none a form of address (李教授, 王主任: a surname and a post)."""
    if any(name[1:] in titles() for name in names.split()):
        return None
    return names_only(names)


def _parse_credit(credit: str, meta: dict[str, str]) -> None:
    _parse_meta(credit, meta)
    if "byline" not in meta and (glued := _GLUED_CREDIT.match(credit)) and (credited := names_only(glued["names"])):
        meta["byline"] = f"{glued['title']} {credited}"
    if "byline" not in meta and (names := _CREDIT_NAMES.match(credit)):
        meta["byline"] = " ".join(names["names"].split())
    elif "byline" not in meta and (alone := names_only(credit)):
        meta["byline"] = alone
    if "byline" not in meta and (office := _OFFICE_NAMES.match(credit)) and (credited := _writers(office["names"])):
        meta["byline"] = credited
        meta.setdefault("source", office["body"])


def _credit_of(line: str) -> str:
    credit = line.strip().lstrip("□■◎●◆")  # □记者 赵霞 报道: the paper's mark before the credit
    return _plain_credit(credit.strip("【】[]（）() "))  # 【作者:赖某某】


def _plain_credit(credit: str) -> str:
    """A credit as its names and roles read, for both the credit lines and the info lines: …记者 某某 责任编辑
    某某 without the editor (no reporter), 界面新闻记者 | 侯某宁 without the bar, 通讯员 方 冰 with its name whole."""
    credit = _CREDITS_EDITOR.split(credit, maxsplit=1)[0].strip()
    credit = _BAR_AFTER_THE_ROLE.sub(r"\1 ", credit).strip()
    return _SPACED_NAME.sub(r"\1\2", credit)


_SPOKEN_TO = re.compile(r"(?:记者|作者)\s*[:：]\s*[你您我咱他她]")
_BAR_AFTER_THE_ROLE = re.compile(r"(记者|通讯员|作者)\s*[|｜]\s*")
_NAMES_BEFORE_A_CREDIT = LazyPattern(
    rf"(?P<lead>[{HAN}]{{2,3}}(?:\s+[{HAN}]{{2,3}}){{0,2}})\s+(?P<credit>\S.*)$", widen=True
)
_FILED_AT = LazyPattern(rf"\s+(?:[{HAN}]{{2,4}})?报道$", needs=("报道",), widen=True)  # …记者 某某 日照报道, … 报道


def credit_byline(line: str) -> str | None:
    """The reporters a line credits, as the byline keeps them, or None. A page may set the credit above
    the text without a label (□某某报业全媒体记者马某某) or inside a longer note (作者:熊某,头图来自:…)."""
    return _byline_of_credit(_credit_of(line))


# what a credit says besides who wrote the story: the paper and its edition after the names (《光明日报》
# ( 2017年10月14日 09版)), where they filed from (发自陕西黄龙), a writer's people (（维吾尔族）), a thanks
# to a contributor (某某对本文亦有贡献, the name stays), the label before a role (作者:本报记者 …)
_CREDIT_ASIDES = (
    # the closing bracket may be gone: a credit is read with the brackets around it stripped
    re.compile(r"\s*《[^》\n]{2,12}》\s*(?:[（(][^（）()\n]{0,30}(?:[）)]|$))?\s*$"),
    LazyPattern(rf"\s+发自[{HAN}]{{2,10}}$", needs=("发自",), widen=True),
    LazyPattern(rf"[（(][{HAN}]{{1,5}}族(?:[）)]|$)", needs=("族",), widen=True),
    re.compile(r"对本文(?:亦|也)?有(?:贡献|帮助)$"),
    LazyPattern(rf"^作者\s*[:：]\s*(?=\S{{0,12}}?{REPORTER_ROLE})", needs=("作者",), widen=True),
)
_BOTH_WORDS_AND_PICTURES = re.compile(r"^(?:文|图)\s*[·・/／]\s*(?:图|文)\s*(?=[/／])")  # 文/图/某某, 文·图/某某


# 天水日报记者?李某?崔某: a space the scraper could not write (an en space, an ideographic one) became `?`
_QUESTION_FOR_A_SPACE = LazyPattern(rf"(?<=[{HAN}])[?？](?=[{HAN}])", needs=("?", "？"))


def _with_its_spaces(credit: str) -> str:
    """A credit line with the spaces its scraper wrote as `?` given back (天水日报记者?李某?崔某)."""
    if "记者" in credit or "通讯员" in credit:
        return _QUESTION_FOR_A_SPACE.sub(" ", credit)
    return credit


@lru_cache(maxsize=4096)
def _without_asides(credit: str) -> str:
    """A credit without its asides (where it was filed, 文/图 as one word): read once for each line, which
    both the credit's and the byline's reading ask for."""
    credit = _with_its_spaces(credit)
    for aside in _CREDIT_ASIDES:
        credit = aside.sub("", credit)
    return _BOTH_WORDS_AND_PICTURES.sub("文", credit).strip()


def _byline_of_credit(credit: str) -> str | None:
    credit = _without_asides(credit)
    credit = _FILED_AT.sub("", credit)  # …记者 鞠某 时某某 日照报道: where they filed from
    if _SPOKEN_TO.match(credit):
        return None  # 记者：你有贷款吗？: a transcript's question, the reporter speaking, no credit
    if BYLINE.match(credit):
        return " ".join(credit.split())
    if (led := _NAMES_BEFORE_A_CREDIT.match(credit)) and names_only(led["lead"]) and BYLINE.match(led["credit"]):
        return " ".join(led["credit"].split())  # □姜某峰 本报记者 董某英: the paper's reporter after a writer
    if filed := _FILED_FROM.search(_DATE.sub("", credit, count=1).strip()):
        return f"{filed['title']} {filed['names']}"  # 记者黄某民／台北报导
    if (author := _AUTHOR_FIELD.search(credit)) and (names := names_only(author["names"])):
        return f"作者：{names}"  # 作者:杨某 来源:今日高邮; not 作者:佚名 or a site's account
    if (author := _AUTHOR_CREDIT.search(credit)) and BYLINE.match(author["credit"]):
        return " ".join(author["credit"].split())
    if (credited := MEDIUM_CREDIT.match(credit)) and names_only(credited["names"]):
        return f"{credited['medium']} {credited['names']}"  # 齐鲁晚报·齐鲁壹点 鹿青松: its own reporter
    if (glued := GLUED_BYLINE.match(credit)) and names_only(glued["names"]):
        # one name alone needs a medium or a role that says whose reporter (本报记者): 记者手记 is a column
        vouched = (
            "、" in glued["names"] or glued["title"] not in ("记者", "通讯员") or _MEDIUM_ITEM.match(glued["medium"])
        )
        if vouched:
            return f"{glued['medium']}{glued['title']} {glued['names']}"
    return None


_CALENDAR_DATES = 3


def _parse_meta(line: str, meta: dict[str, str]) -> None:
    # 2025-11-23,12421| 2025-11-22,12419| …: an e-paper's calendar of issues dates no article
    dates = list(itertools.islice(_DATE.finditer(line), _CALENDAR_DATES)) if "published" not in meta else []
    if (
        "published" not in meta
        and len(dates) < _CALENDAR_DATES
        and (
            m := (dates[0] if dates else None)
            or _ROC_DATE.search(line)
            or _DAY_FIRST.search(line)
            or _SHORT_YEAR.search(line)
        )
    ):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        y += 2000 if m.re is _SHORT_YEAR else 1911 if y < 1000 else 0
        if 1 <= mo <= 12 and 1 <= d <= 31 and (y, mo, d) != (1970, 1, 1):  # the epoch: a template's empty date
            value = f"{y:04d}-{mo:02d}-{d:02d}"
            if m["H"] is not None:
                value += f"T{int(m['H']):02d}:{m['M']}:{m['S'] or '00'}+08:00"
            meta["published"] = value
    if "source" not in meta and (edition := _META_WORDS.match(line.strip())) and edition["medium"]:
        meta["source"] = edition["medium"]  # 《工人日报》（…04版）
    if (
        "source" not in meta
        and (m := _SOURCE.search(line))
        and m.group(1) not in _NO_SOURCE
        and m.group(1) not in _CHROME_TOKENS  # 来源:    我来说两句: an empty field, then the comment link
        and not _A_LABELS_PIECE.fullmatch(m.group(1))
    ):
        meta["source"] = m.group(1).rstrip("）)】]")  # （来源：辽宁日报）: the bracket closing the field
        if "作者" in m.group() and "byline" not in meta and (after := _AUTHORS_AFTER_SOURCE.match(line, m.end())):
            if credited := names_only(after["names"]):
                meta["byline"] = credited  # 来源/作者: 安徽日报  欧阳如晨 姜藤日期:…: the medium, then its writers
    elif (
        "source" not in meta
        and (items := _dated_items(line))
        and (found := _item_source(items) or next((item for item in items if _medium_item(item)), None))
    ):
        meta["source"] = found
        if "byline" not in meta and (name := _name_item(items)):
            meta["byline"] = name  # 2017-08-31 易某洋 红网: the one name beside the medium wrote it
    elif "source" not in meta and (medium := _MEDIUM_THEN_DATE.match(line.strip())):
        meta["source"] = medium["medium"]
        if medium["credit"] and "byline" not in meta:
            meta["byline"] = " ".join(medium["credit"].split())
    elif "source" not in meta and (bar := _MEDIUM_WHERE_WHEN_TAGS.match(line.strip())) and bar["H"] is not None:
        meta["source"] = bar["medium"]
    # the responsible editor (责任编辑) over any other (初审编辑) named before it, a person over a CMS
    # account (admin): `editor` holds the first, `other editor` the second, and the page's editor is
    # the responsible one when there is one
    for field, pattern in (("editor", _RESPONSIBLE_EDITOR), ("other editor", _EDITOR)):
        if (
            field not in meta
            and (m := pattern.search(line))
            and any(map(is_han, m.group(1)))
            and m.group(1) not in _NO_EDITOR
        ):
            name, end = m.group(1), m.end()
            if len(name) == 1 and (second := _SECOND_CHARACTER.match(line, end)):
                name, end = name + second.group(1), second.end()  # 编辑|吴 滟: a name of two, set apart
            more = _MORE_NAMES.match(line, end)
            meta[field] = name + (" " + " ".join(more.group().split()) if more else "")
    credit = _credit_of(line)
    if "byline" not in meta and (byline := _byline_of_credit(credit)):
        meta["byline"] = byline
    elif (
        "byline" in meta
        and (stacked := BYLINE.match(credit))
        and any(name not in meta["byline"] for name in stacked["names"].split())
    ):
        meta["byline"] += " " + " ".join(credit.split())  # 某某新闻记者 孙某 over 通讯员 王某: both credit the story
    elif "byline" not in meta and (m := _RUN_ON_AUTHOR.search(line)) and (credited := names_only(m["names"])):
        meta["byline"] = f"作者：{credited}"  # 来源:新华社作者:李占轶责任编辑:李佳琦: fields run together
    elif (
        "byline" not in meta
        and (m := _TRAILING_BYLINE.search(line))
        and not _SPOKEN_TO.search(line, m.start())
        and BYLINE.match(trailing := f"{m['role']}：{m['names']}" if m["role"] else f"{m['spaced']} {m['names']}")
        and not any(map(_ordinary_word, re.split(r"[\s：:、]+", m["names"])))
        and m["names"].strip() not in _NO_SOURCE  # 作者:佚名: anonymous
    ):
        meta["byline"] = " ".join(trailing.split())  # 发布时间：… 浏览：次 作者：朱修林


def header_meta(lines: list[str]) -> dict[str, str]:
    """Published date and source from a page's first lines (for listings that read only the head)."""
    from lytui.text.t2s import quick_simplified

    found: dict[str, str] = {}
    for line in lines:
        _parse_meta(quick_simplified(line).replace(":", "："), found)
    return found


_PHOTO_CREDIT = re.compile(r"^(?:图片|摄影|图|摄)\s*[:：/／]\s*")


# 2018-03-26 07:21:03    新华网  参与评论()人: an info line without labels — the date first, then a few
# short items apart by wide spaces or bars; the item named like a medium is the source. Short labelled items
# after the date (发布者: 某某| 查看: 7051) make a forum's info line.
_MEDIUM_ITEM = LazyPattern(
    rf"^[{HAN}]{{2,10}}?{MEDIUM}$",
    needs=MEDIUM_ENDINGS,
    widen=True,
)


_LABEL = LazyPattern(rf"(?:^|(?<=\s))[{HAN}]{{2,5}}\s*[:：]", needs=(":", "："), widen=True)


_LABELLED_ITEM = re.compile(r"^[^\s:：]{1,4}\s*[:：]")


_FROM_LABEL = re.compile(r"^来自\s*[:：]\s*(?P<source>\S{2,16})$")


def _medium_item(item: str) -> bool:
    """An info line's item named like a medium, also one of two characters (红网) that is no 本网."""
    if len(item) == 2 and item[1] in "网报" and is_han(item[0]):
        return item not in OWN_MEDIA
    return bool(_MEDIUM_ITEM.match(item))


def _item_source(items: list[str]) -> str | None:
    """来自: 某某早报 among a forum's labelled items (发布者: 某某| 查看: 31973| 来自: 某某早报): where the
    post was taken from, the page's source."""
    return next((m["source"] for item in items if (m := _FROM_LABEL.match(item))), None)


def _name_item(items: list[str]) -> str | None:
    """Who wrote it, from an info line's items: the only item that reads as a person's name (a surname,
    two or three characters), or all the items after the medium when every one of them is a name
    (2025-03-27 某某新闻网 张奎 郭某朝 侯丽: the medium's reporters)."""
    others = [item for item in items if not _medium_item(item)]
    names = [item for item in others if names_only(item)]
    # several names of two only may be places (丽水日报 景宁 云和: two counties); a name of three tells people
    several = len(names) == len(others) < len(items) and any(len(name) == 3 for name in names)
    if len(names) == 1 or several:
        return " ".join(names)
    return None


_TIME_LABEL = re.compile(r"^(?:更新|发布|时间|日期|更新时间|更新日期)\s*[:：]\s*(?=(?:19|20)\d{2})")


_GLUED_COUNT = re.compile(r"(?<=[报网台社])\d{2,7}$")
_MOST_ITEMS = 5
_MORE_NAMES_OF_A_TEAM = 4
_CREDIT_CHARACTERS = frozenset("文图摄编稿")


def _joined_unless_credit_words(m: re.Match[str]) -> str:
    return m.group() if {m.group(1), m.group(2)} & _CREDIT_CHARACTERS else m.group(1) + m.group(2)


def _dated_items(line: str) -> list[str] | None:
    """The items after the date of an unlabelled info line, or None when the line is not one. A label of
    the time alone may stand before the date (更新:2023-09-14 00:35:29 某某网)."""
    line = _TIME_LABEL.sub("", line.lstrip(), count=1)
    m = _DATE.match(line)
    rest = line[m.end() :] if m else ""
    if not rest[:1].isspace() and rest[:1] not in ("|", "｜"):
        return None
    items = [item for item in re.split(r"\s{2,}|\t|\s*[|｜]\s*", rest.strip()) if item]
    if len(items) == 1 and all(len(word) <= 10 and all(map(is_han, word)) for word in items[0].split()):
        # 2017-08-31 易某洋 红网: a name and a medium a single space apart; 张 奎: a name of two set apart
        # (文 图 王某: the credit's words, not a name)
        items = _SPACED_NAME.sub(_joined_unless_credit_words, items[0]).split()
    # 2015-06-10 大河报15690: a view count glued after the medium's name
    items = [_GLUED_COUNT.sub("", item) for item in items]
    # 2025-04-28 某某新闻网 杨某军 王某春 高某敏 欧某文 邰某 石某: a medium and its team, more than a bar holds
    team = bool(items) and _medium_item(items[0]) and all(names_only(item) for item in items[1:])
    most = _MOST_ITEMS + _MORE_NAMES_OF_A_TEAM if team else _MOST_ITEMS
    if not 1 <= len(items) <= most or any(len(item) > 16 or re.search(r"[。！？，]", item) for item in items):
        return None
    return items


# 永顺县融媒体中心 2022-07-04 09:30: the medium, then the date, and nothing else on the line but who
# reported (光明网 2002-09-10 特约记者 刘文成 记者 朱伟光)
_MEDIUM_THEN_DATE = LazyPattern(
    rf"^(?P<medium>[{HAN}]{{2,12}}?{MEDIUM})\s+{_DATE.pattern}"
    rf"(?P<credit>(?:\s+{REPORTER_ROLE}[：:]?\s*[{HAN}]{{2,3}}(?:[ 、][{HAN}]{{2,3}}){{0,4}})+)?\s*$",
    needs=MEDIUM_ENDINGS,
    widen=True,
)


# 本地新闻, 推荐新闻, 热点新闻: a channel's or a list's label, which ends like a medium's name
_CHANNEL = r"(?:本地|县域|市域|推荐|热点|相关|最新|热门|图片|视频|国内|国际|社会|财经|娱乐|体育|精彩|更多|今日|头条|综合|本网|原创)(?:新闻|资讯|动态)"
# 中国某某网 单县 2025-02-21 11:36:43 单县 合作社 村民: the medium, where, the time of day and the page's tags,
# a site's bar of fields without a label
_MEDIUM_WHERE_WHEN_TAGS = LazyPattern(
    rf"^(?!{_CHANNEL})(?P<medium>[{HAN}]{{2,12}}?{MEDIUM})(?:\s+[{HAN}]{{2,6}}){{0,2}}\s+{_DATE.pattern}(?:\s+[{HAN}]{{1,8}}){{0,6}}\s*$",
    needs=MEDIUM_ENDINGS,
    widen=True,
)


# 使用手机“扫一扫”以下二维码，即可分享本文到“朋友圈”中。: a CMS template's share prompt after the info line
_SHARE_PROMPT = re.compile(r"\s*(?:手机访问\s*)?使用手机\W{0,2}扫一扫.{0,12}二维码.{0,6}分享.{0,20}$")


# 10:18:06??来源: bytes a scraper lost between the time and the next label (spaces the codec could not
# write), left as question marks: no question
_LOST_AFTER_A_TIME = re.compile(r"(?<=\d)[?？]{1,3}(?=[^\d\s?？])")


def as_info_line(line: str) -> str:
    """The line as its fields read, without a template's share prompt or the marks of bytes lost between them."""
    return _LOST_AFTER_A_TIME.sub(" ", _SHARE_PROMPT.sub("", line))


def _is_meta_line(line: str) -> bool:
    stripped = as_info_line(line.strip())
    if _holds_sentence(stripped):
        return False
    if _MEDIUM_THEN_DATE.match(stripped):
        return True
    if (bar := _MEDIUM_WHERE_WHEN_TAGS.match(stripped)) and bar["H"] is not None:
        return True
    if _META_WORDS.search(stripped) or BYLINE.match(stripped):
        return True
    if sum(1 for _ in _LABEL.finditer(stripped)) >= 2:
        return True  # 索引号: 003129766/201901-00336 组配分类: 规范性文件发布 — a record's table of fields
    if (items := _dated_items(stripped)) and (
        any(_medium_item(item) for item in items) or all(_LABELLED_ITEM.match(item) for item in items)
    ):
        return True  # 2022-3-1 05:00| 发布者: 某某| 查看: 7051| 评论: 0
    if (credit := _PHOTO_CREDIT.match(stripped)) and names_only(stripped[credit.end() :]):
        return True  # 图片：林翔 — the photographer, where a caption would describe the picture
    if _FILED_FROM.search(_DATE.sub("", stripped, count=1).strip()):
        return True  # 2026/01/29 19:59 记者刘某庆／澎湖报导
    without_date = _DATE.sub("", stripped)
    if "." in without_date:  # 28.09.2015: the day-first form has dots; most lines have none
        without_date = _DAY_FIRST.sub("", without_date)
    rest = re.sub(r"[\s?？|｜]", "", without_date)
    dated = without_date != stripped
    return dated and len(rest) <= 4 and not re.search(r"[。！？]", rest)


def _meta_label_line(line: str) -> str | None:
    """`【责任编辑：王丽】`, `- 编辑：李娜`, `(来源：…)`: a short labelled line after the text, unwrapped."""
    unwrapped = line.strip("【】[]（）()-•·* ")
    return unwrapped if (_META_WORDS.match(unwrapped) or BYLINE.match(unwrapped)) and len(unwrapped) <= 40 else None
