"""Reporters, editors and photographers: the people a page credits for itself.

Credits follow conventions of their own, not the sentence's: a role, then names apart by spaces (记者 项裕兴
王帅), a station glued before the name (九江台胡苇), a dateline's bracket (新华社…电（孙哲、杨垚）), a caption's 摄.
A name there needs less evidence than in running text, and the medium credited is the body of its staff (not
of a correspondent, who writes for a paper without being on it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import jieba_tags, places, surname_at
from lytui.analyse.facts.people_bodies import add_person
from lytui.analyse.facts.people_reading import may_be_a_name, name_shaped, tibetan_of_two_parts
from lytui.han import HAN, LazyPattern
from lytui.model import (
    BYLINE,
    GLUED_BYLINE,
    MEDIUM_AND_ROLE,
    MEDIUM_CREDIT,
    MEDIUM_ENDINGS,
    OWN_MEDIA,
    PICTURE_CREDIT_END,
    REPORTER_KINDS,
    REPORTER_ROLE,
    named_medium,
)

_REPORTER_GROUP = re.compile(r"[（(]([^（）()\n]{0,80}?(?:记者|通讯员)[^（）()\n]{0,80})[）)]")
_ROLE_IN_A_CREDIT = re.compile(REPORTER_ROLE)


def _credit_pieces(credit: str) -> Iterator[tuple[str, int]]:
    """The words of a credit, apart by spaces and marks, each glued pair of a role and a name on its own
    (记者段宝生通讯员王为峰: 记者段宝生, 通讯员王为峰), with where each starts."""
    for token in re.finditer(r"[^\s、，,\u3000:：]+", credit):
        word, start = token.group(), token.start()
        roles = list(_ROLE_IN_A_CREDIT.finditer(word))
        cuts = [role.start() for previous, role in pairwise(roles) if 2 <= role.start() - previous.end() <= 4]
        for begin, end in pairwise([0, *cuts, len(word)]):
            piece = word[begin:end]
            if (tail := _CREDIT_TAIL.search(piece)) and _ROLE_IN_A_CREDIT.match(piece):
                piece = piece[: tail.start()]  # 记者索蓉芝报道: the name, then what the reporter did
            yield piece, start + begin


_TITLE_THEN_NAME = re.compile(rf"(?P<org>[{HAN}]*?)(?P<title>{REPORTER_ROLE})(?P<name>[{HAN}]{{2,3}})")
_REPORTER_TITLE = re.compile(rf"^(?P<org>.*?)(?P<title>{REPORTER_ROLE})$")
_CREDIT_WORDS = frozenset((*REPORTER_KINDS.split("|"), "记者", "通讯员"))
_MEDIUM_THEN_NAME = re.compile(rf"(?:^|(?<=\s))(?P<medium>[{HAN}]{{2,4}}(?:台|报|网))(?P<name>[{HAN}]{{2,3}})(?=\s|$)")


def _staff_body(title: str, medium: str | None) -> str | None:
    """The medium a credit names, for its staff: a correspondent (通讯员) writes for the paper but is not on
    its staff, so no body is theirs by the byline or the dateline."""
    return None if title.endswith("通讯员") else medium


_CREDIT = ("摄", "图", "文")
PHOTOGRAPHED = "摄"  # the one credit no given name ends in (文 and 图 do)


def _a_credited_name(name: str, roles: int) -> bool:
    """A name in a credit after `roles` roles: one whose surname the list knows, or after a role one of three
    whatever its surname (通讯员 代慧明: 代 is also "acting"), or between two roles a pen name of two
    (通讯员 湾轩 记者 顾某); a medium's name there (闽南网) is none."""
    if surname_at(name, 0):
        return True
    if not roles or name.endswith(MEDIUM_ENDINGS):
        return False
    return len(name) == 3 or (len(name) == 2 and roles >= 2)


_A_TEAM_OF_WRITERS = ("报道组", "采访组", "通讯组", "调研组", "写作组")


def _the_one_unsurnamed(names: list[str]) -> str | None:
    """新华社记者段某璞 边巴次仁 春拉: among three names or more after a role, the one name of two without a
    surname (a Tibetan name, a pen name) is a name all the same when the others read as names."""
    unsurnamed = [name for name in names if not surname_at(name, 0) and len(name) == 2]
    if len(names) < 3 or len(unsurnamed) != 1:
        return None
    return unsurnamed[0] if all(name_shaped(name) or name in unsurnamed for name in names) else None


def medium_of_the_dateline(ctx: Context) -> str | None:
    """The medium a dateline opens with (南岭时报讯): the body of the reporters it credits; "this paper" (本报)
    is the page's source."""
    dateline = ctx.document.meta.dateline or ""
    medium = re.match(rf"^([{HAN}]{{1,10}}?(?:日报|晚报|商报|报社|通讯社|新闻网|网|社|报|电视台|台))", dateline)
    if medium and medium.group(1) in OWN_MEDIA and ctx.document.meta.source:
        medium = re.match(r"(.+)", ctx.document.meta.source)
    return medium.group(1) if medium else None


def reporters_in_brackets(
    ctx: Context, people: dict[str, dict[str, Any]], dateline_medium: str | None
) -> tuple[list[int], list[int]]:
    """（记者 项裕兴 通讯员 肖华）: each name after its role; where each such bracket starts and ends, in text
    order, so the titles' step skips what was read here by bisection, not by a scan."""
    text = ctx.text
    dateline = ctx.document.meta.dateline or ""
    starts: list[int] = []
    ends: list[int] = []
    for group in _REPORTER_GROUP.finditer(text):
        title: str | None = None
        in_dateline = bool(dateline) and text.find(dateline) <= group.start() < text.find(dateline) + len(dateline)
        org: str | None = dateline_medium if in_dateline else None
        for word, offset in _credit_pieces(group.group(1)):  # 记者：向启家 通讯员：肖华
            if glued := _TITLE_THEN_NAME.fullmatch(word):  # 记者杨洪伦: no space after the title
                title, org = glued["title"], glued["org"] or org
                word, offset = glued["name"], offset + glued.start("name")
            elif heading := _REPORTER_TITLE.match(word):
                title = heading["title"]
                org = heading["org"] or org
                continue
            if title and re.fullmatch(rf"[{HAN}]{{2,4}}", word) and surname_at(word, 0):
                staff = org if glued and glued["org"] else _staff_body(title, org)
                add_person(people, word, group.start(1) + offset, title, staff)
        starts.append(group.start())
        ends.append(group.end())
    return starts, ends


def reporters_on_a_line_of_their_own(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """四川农村日报全媒体记者 周颖昳 洪瑜: a byline the text kept."""
    for line in _REPORTERS_LINE.finditer(ctx.text):
        names = line["names"].split()
        if all(surname_at(name, 0) and may_be_a_name(name) for name in names):
            for name in names:
                add_person(
                    people, name, line.start("names") + line["names"].find(name), line["title"], line["org"] or None
                )


def reporters_in_the_dateline(ctx: Context, people: dict[str, dict[str, Any]], dateline_medium: str | None) -> None:
    """新华社乌鲁木齐7月9日电（孙哲、杨垚）, （中央社记者陈铠妤台北30日电）, 本报讯周浩勇报道: the reporters a
    dateline names, in its bracket, before where and when it was filed, or between 讯 and 报道."""
    text = ctx.text
    dateline = ctx.document.meta.dateline or ""
    agency = re.search(r"电\s*[（(]([^（）()记者通讯员]{2,40})[）)]", dateline)
    if agency and dateline_medium and (at := text.find(dateline)) >= 0:  # 新华社乌鲁木齐7月9日电（孙哲、杨垚）
        base = at + agency.start(1)
        for token in re.finditer(r"[^\s、，,\u3000]+", agency.group(1)):
            if re.fullmatch(rf"[{HAN}]{{2,4}}", token.group()) and surname_at(token.group(), 0):
                add_person(people, token.group(), base + token.start(), "记者", dateline_medium)
    for m in _FILED_FROM.finditer(text):  # （中央社记者陈铠妤台北30日电）: the reporter, then where and when
        for size in (3, 2):
            name, where = m["run"][:size], m["run"][size:]
            if (where in places() or jieba_tags().get(where) == "ns") and surname_at(name, 0) and may_be_a_name(name):
                filed_for = _AGENCY_BEFORE.search(text, max(0, m.start() - 6), m.start())
                add_person(people, name, m.start("run"), m["title"], filed_for.group() if filed_for else None)
                break
    filed = _FILED_BY.search(dateline)
    if filed and surname_at(filed["name"], 0) and may_be_a_name(filed["name"]) and (at := text.find(dateline)) >= 0:
        # 本报讯周浩勇报道: the reporter between the dateline's 讯 and 报道, with no title written
        add_person(people, filed["name"], at + filed.start("name"), "记者", dateline_medium)


def credits_in_brackets(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start, title in _credited(ctx, people):
        add_person(people, name, start, title, None)


def photo_captions_credits(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """解救被困白鹭。 廖献球 摄, 大漠人家饭店 摄影 宋春燕: who took the picture."""
    for m in _CAPTION_CREDIT.finditer(ctx.text):
        where = "before" if m["before"] else "after" if m["after"] else "bracketed"
        name = m[where]
        if jieba_tags().get(name[1:]) == "t":
            continue  # （记者于近日拍摄）: when, not who
        if name not in people and name_shaped(name) and may_be_a_name(name) and name not in places():
            add_person(people, name, m.start(where), "摄影", None)
    for m in _REPORTERS_CREDITED_FOR_A_PICTURE.finditer(ctx.text):
        # 某某网记者 李某科 石某 摄, 新华社记者 普布扎西 摄: a medium's reporters, named after their role
        names = m["names"].split()
        at = m.start("names")
        for name in names:
            at = ctx.text.find(name, at)
            shaped = (len(name) <= 3 and _a_credited_name(name, roles=1)) or (
                len(name) == 4 and tibetan_of_two_parts(name)
            )
            if name not in people and shaped and may_be_a_name(name) and name not in places():
                add_person(people, name, at, "摄影", None)


def editors(ctx: Context, people: dict[str, dict[str, Any]], org_of_source: str | None) -> None:
    """编辑：赵某何 陈某凤: each one named, on the staff of the page's source."""
    for editor in (ctx.document.meta.editor or "").split():
        if re.fullmatch(rf"[{HAN}]{{2,4}}", editor) and not editor.endswith((*MEDIUM_ENDINGS, "融媒")):
            if len(editor) < 3 or editor not in places():  # 编辑:张家界: the site's place, no one (高阳 is a name)
                add_person(people, editor, None, "责任编辑", org_of_source)  # 编辑:云霄融媒: the medium, no one


def byline_credits(ctx: Context, people: dict[str, dict[str, Any]], org_of_source: str | None) -> None:
    """本报记者：赖锋 特约记者：张炳锋, 全媒体记者：王勃 陶然, （记者范某宝 九江台胡苇）: the people the page's byline
    credits, on the staff of the medium it names, or else of the page's source."""
    reporters = ctx.document.meta.reporters()
    byline = ctx.document.meta.byline or ""
    # 新华社记者范帆 on a page whose source is 新华网: the reporter's medium is the one the byline names
    credited = BYLINE.match(byline) or GLUED_BYLINE.match(byline) or MEDIUM_CREDIT.match(byline)
    # 齐鲁晚报·齐鲁壹点记者: the paper, then its app or channel; the reporter is on the paper's staff
    medium = named_medium(credited["medium"]) if credited and credited["medium"] else None
    reporters_medium = medium if medium and medium not in OWN_MEDIA else org_of_source
    pairs = _BYLINE_PAIR.findall(byline)
    if len(pairs) >= 2 or (pairs and not reporters):  # □姜某峰 本报记者 董某英: one role, a photographer before it
        for title, names in pairs:  # 本报记者：赖锋 特约记者：张炳锋: a title before each of the names
            org = _staff_body(title, reporters_medium)
            pen_name = _the_one_unsurnamed(names.split())
            for name in (_without_photographed(name, credits=False) for name in names.split()):
                credited_name = _a_credited_name(name, roles=len(pairs)) or name == pen_name
                if credited_name and may_be_a_name(name) and name not in places():
                    add_person(people, name, None, title.removeprefix("本报"), org)
    elif reporters:
        # 全媒体记者：王勃 陶然 on a line of its own, （段杨慧） closing the article: the segmenter's byline
        title, names = reporters
        pen_name = _the_one_unsurnamed(names) if title else None
        for name in names:
            if name.endswith(_A_TEAM_OF_WRITERS):
                title = name  # 记者 葛某军 报道组 姜某锋: the correspondents' group, a role for the names after it
                continue
            name = _without_photographed(name)
            # a bracket of names alone is told from a place in brackets (（龙岩）) only here, by the gazetteer
            roles = 1 if title else 0
            if (_a_credited_name(name, roles) or name == pen_name) and may_be_a_name(name) and name not in places():
                add_person(people, name, None, title, _staff_body(title, reporters_medium))
    for m in _MEDIUM_THEN_NAME.finditer(byline):  # （记者范某宝 九江台胡苇 德安台胡婧）: each with a station's name
        name = m["name"]
        if name in _CREDIT_WORDS or any(word in name for word in ("记者", "媒体", "通讯")):
            continue  # 德安台全媒体 胡某: the kind of reporter, no name
        if name not in people and surname_at(name, 0) and may_be_a_name(name) and name not in places():
            add_person(people, name, None, "记者", m["medium"])


def _without_photographed(name: str, credits: bool = True) -> str:
    """周志鸿摄, 曹希摄, 卢冶 林凯摄: the photographer's name without "photographed" glued after it; `credits`:
    also a name of four ending in another credit's character (a title's own names, 欧阳晓文, keep theirs)."""
    if (credits and len(name) == 4 and name.endswith(_CREDIT)) or (len(name) == 3 and name.endswith(PHOTOGRAPHED)):
        return name[:-1]
    return name


_FILED_FROM = re.compile(
    rf"(?P<title>(?:特约|实习|驻地)?记者)(?P<run>[{HAN}]{{4,9}}?)(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})日(?:电|讯)"
)
_AGENCY_BEFORE = re.compile(rf"[{HAN}]{{1,6}}$")
_FILED_BY = re.compile(rf"(?:讯|电)[\s:：]*(?P<name>[{HAN}]{{2,3}})[ \t\u3000]*报道$")
_REPORTERS_LINE = re.compile(
    rf"^(?P<org>[{HAN}]{{0,12}}?)(?P<title>{REPORTER_ROLE})[：:]?[ \t\u3000]+"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[ \t\u3000]+[{HAN}]{{2,4}})*)[ \t\u3000]*$",
    re.M,
)
_CREDIT_ROLE = r"(?:(?:全媒体|融媒体|见习|特约|本报|首席)?记者|通讯员|摄影|编辑)"
_NEXT_ROLE = rf"(?:{'|'.join(OWN_MEDIA)})?{_CREDIT_ROLE}"
"""A role that opens the next credit (本网记者 after 记者 冬梅 包文君): no name."""
_BYLINE_PAIR = re.compile(
    rf"({_CREDIT_ROLE})\s*[:：]?\s*((?!{_NEXT_ROLE})[{HAN}]{{2,4}}(?:[ \t\u3000]+(?!{_NEXT_ROLE})[{HAN}]{{2,4}})*)"
    rf"(?:(?![{HAN}：:])|(?={_CREDIT_ROLE}))"  # 记者段宝生通讯员王为峰: the next role closes a name glued to it
)
_CREDIT_BRACKET = re.compile(
    rf"[（(][ \u3000]*(?:(?P<lead>文|图|文图|图文|撰文|作者)\s*[/／:：]\s*)?"  # （文/殷耀 张云龙 勿日汗 于嘉 王春燕）
    rf"(?P<names>(?:[{HAN}]{{2,3}}[ \u3000、]+){{0,5}}[{HAN}]{{2,3}}?)"
    r"(?P<credit>摄影报道|摄影|报道|供图|撰稿|摄)?[ \u3000]*[）)]"
)
_REPORTERS_CREDITED_FOR_A_PICTURE = LazyPattern(
    rf"(?<=[。！？\s]){MEDIUM_AND_ROLE}[ \u3000]+(?P<names>[{HAN}]{{2,4}}(?:[ \u3000][{HAN}]{{2,4}}){{0,3}}){PICTURE_CREDIT_END}$",
    flags=re.M,
    needs=("摄",),
)
_CAPTION_CREDIT = re.compile(
    rf"(?:(?<=[。！？\s])[ \u3000]*(?P<before>[{HAN}]{{2,3}})[ \u3000]*摄影?|[ \u3000]+摄影[ \u3000]+(?P<after>[{HAN}]{{2,3}})"
    # （李某娟 摄）, （潘某刚2013年10月12日拍摄）, （央视记者张某鹏拍摄）: the credit in brackets
    rf"|(?<=[。！？])[（(][ \u3000]*(?:[{HAN}]{{0,6}}?(?:记者|通讯员)[ \u3000]*)?(?P<bracketed>[{HAN}]{{2,3}}?)"
    rf"[ \u3000]*(?:\d{{4}}年\d{{1,2}}月\d{{1,2}}日)?(?:拍摄|摄影|摄)[）)])"
    r"[ \u3000]*$",
    re.M,
)
"""A photo caption's credit at the end of its line, the name apart from the caption by a space, a stop or
a bracket: who took the picture."""
_BEFORE_A_CREDIT = frozenset("。！？；…”）)】」\n \u3000讯电")
"""What stands before a bracket that credits the story: a sentence's end, a line's start, a dateline's 讯."""
_CREDIT_TITLES = {"摄影报道": "摄影", "摄影": "摄影", "摄": "摄影", "供图": "摄影", "撰稿": "撰稿", "报道": "记者"}
_CREDIT_TAIL = re.compile("(?:" + "|".join(sorted((*_CREDIT_TITLES, "报导"), key=len, reverse=True)) + ")$")
"""What a credit says the people in it did, glued after the last name (记者索蓉芝报道)."""
_LEAD_TITLES = {"文": "作者", "撰文": "作者", "作者": "作者", "图": "摄影", "文图": "作者", "图文": "作者"}


def _credited(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int, str | None]]:
    """（饶方其摄影报道）, （高晓平摄）, 本报讯（黄水成 童桂贤）, （文/殷耀 张云龙 勿日汗）: a bracket of names
    alone, or of names and a credit, names who wrote or photographed the piece, when each is a name's
    length and no word or place and jieba reads at least one of them whole as a person's name. Of three
    names or more one may have no surname lytui knows (勿日汗, a Mongolian name), and is left out."""
    for m in _CREDIT_BRACKET.finditer(ctx.text):
        names = [(n.start() + m.start("names"), n.group()) for n in re.finditer(rf"[{HAN}]+", m["names"])]
        # a dictionary word is no name here, but a three-character name the dictionary files as one (张云龙)
        shaped = [
            (start, name)
            for start, name in names
            if name_shaped(name)
            and jieba_tags().get(name) in ((None, "nr") if len(name) == 3 and len(names) >= 2 else (None,))
        ]
        if len(shaped) < len(names) - (1 if len(names) >= 3 else 0):
            continue
        names = shaped
        if not any(ctx.pos(name) == ((name, "nr"),) for _, name in names):
            continue
        alone = len(names) == 1 and not m["credit"] and not m["lead"]
        if alone and m.start() > 0 and ctx.text[m.start() - 1] not in _BEFORE_A_CREDIT:
            continue  # 唐代西州（高昌）的东大门: one name in brackets inside a sentence glosses the word before it
        title = _CREDIT_TITLES.get(m["credit"] or "") or _LEAD_TITLES.get(m["lead"] or "")
        yield from ((name, start, title) for start, name in names if name not in people)
