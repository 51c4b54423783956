"""Names listed with others: the items of a list that goes on from a person found (陈信安、钟嘉民、
邱威鑫等人), a list of names read whole, players by their shirts' numbers (9号叶濠、6号胡一鸣), and a roster of
lines that open with a name.

The items of a list are alike, so an item after a person's name needs only a name's shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import GLUED_CONJUNCTIONS, SETTLEMENT_ENDINGS, jieba_tags, places, surname_at
from lytui.analyse.facts.lists import list_before
from lytui.analyse.facts.people_bodies import add_person
from lytui.analyse.facts.people_credits import PHOTOGRAPHED
from lytui.analyse.facts.people_reading import may_be_a_name, name_shaped, name_starting_at
from lytui.analyse.facts.people_titles import TITLE
from lytui.han import HAN, LazyPattern, is_han
from lytui.model import NAME_LIST, occurrences


def names_listed_with_others(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start, title in _listed_with_others(ctx, people):
        add_person(people, name, start, title, None)


def names_after_a_team_label(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """访谈组：黄某 李某明 毕某丰, 主持人：章某红: a line that labels a team or a part in a programme, then
    only names, names its members (each must read as a name: 地点：某某大厦 is a place)."""
    for m in _TEAM_LINE.finditer(ctx.text):
        names = re.split(r"[\s、，,]+", m["names"].strip())
        if not all(name_shaped(name) and name[-1] not in SETTLEMENT_ENDINGS for name in names):
            continue  # 第一督查组：王庄 李寨 刘集: the villages a team is sent to, named after their families
        title = m["label"] if m["label"].endswith(_PARTS_PLAYED) else None
        at = m.start("names")
        for name in names:
            at = ctx.text.find(name, at)
            if name not in people and may_be_a_name(name):
                add_person(people, name, at, title, None)


_PARTS_PLAYED = ("主持人", "嘉宾", "编导", "摄像", "策划", "执笔", "撰稿")
_TEAM_LINE = LazyPattern(
    rf"^[ \t\u3000]*(?P<label>[{HAN}]{{0,6}}(?:组|组成员|小组|团队)|{'|'.join(_PARTS_PLAYED)})[ \t\u3000]*[：:][ \t\u3000]*"
    rf"(?P<names>{NAME_LIST})[ \t\u3000]*$",
    flags=re.M,
    needs=("：", ":"),
    widen=True,
)


def names_of_a_roster(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start in _roster(ctx):
        if name not in people:
            add_person(people, name, start, None, None)


_LIST_ITEM = re.compile(rf"[、，,]([{HAN}]{{2,3}})(?=[、，,。；;！？\n]|等)")


# where a list of names may end (志愿者有冯丽，段素青，杨秀清。); a list apart by 、 also at a comma
# (专家组潘某行、陈涛、卜某飞、孙某辉，省委党校…)
_LIST_END = re.compile(r"[。；;！？\n，,]|(?:[（(][^（）()\n]{1,12}[）)])?等|$")  # 刘航辉（均已判刑）等人: a note


def _listed_with_others(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int, str | None]]:
    """陈信安、钟嘉民、邱威鑫等人: the items of a list that goes on from a person's name are people too,
    when each is a name's length and no word or place; and a list of three or more that are each read
    whole as a person's name (志愿者有冯丽，段素青，杨秀清，…) names people without anyone found first."""
    text = ctx.text
    for name in list(people):
        for start in occurrences(text, name):
            # 县领导张某、李某: the title written before the list is the items'; 领导龙某、…罗某、吕某 with 罗某's
            # post written in another sentence gives the others none
            own = people[name]["title"]
            written = own and (text.endswith(own, 0, start) or _shared_after_the_list(text, start, own))
            title = own if written else _title_written_before(text, start)
            at = start + len(name)
            while (item := _list_item_after(ctx, at)) is not None:
                if item not in people or (title and not people[item]["title"]):
                    yield item, at + 1, title
                at += 1 + len(item)
            at = start
            while (item := _list_item_before(text, at)) is not None:  # 彭军、向加茂: a title before it is not theirs
                if item not in people:
                    yield item, at - 1 - len(item), None
                at -= 1 + len(item)
    known = set(people)
    numbered = [(m, _numbered_name(ctx, m.end(), known)) for m in _SHIRT_NUMBER.finditer(text)]
    for (m, player), (following, next_player) in pairwise(numbered):
        # 9号叶濠、6号胡一鸣: players named by their shirts' numbers, two or more in a row
        if player and following.start() - m.end() <= len(player) + 1 and text[m.end() + len(player)] in "、，,和":
            yield player, m.end(), None
            if next_player is not None:
                yield next_player, following.end(), None
    for m in _ONE_AND_OTHERS.finditer(text):  # 谢某涛等几名青年返乡创业: the one named, then the others counted
        name = m.group(1)
        if name not in people and name_shaped(name) and may_be_a_name(name) and name not in places():
            yield name, m.start(1), None
    for m in _NAMES_THEN_TITLE.finditer(text):  # 彭军、向加茂、李选锋等县领导: the names, then the post they share
        listed = m.group("names").split("、")
        if all(name_shaped(item) for item in listed):
            at = m.start("names")
            for item in listed:
                yield item, at, m.group("title")
                at += len(item) + 1
    for end in _LIST_END.finditer(text):
        marks = "、" if end.group() in "，," and end.group() else "、，,"
        if (found := list_before(text, end.start(), 3, marks)) is None:
            continue
        start, names = found
        # 带领张某林、杜某伟、王勇、苏南等人, 慰问了牛丰先、郝桂花、王天太等困难群众: people, all of them
        of_people = end.group().endswith("等") and _GROUP_AFTER.match(text, end.end()) is not None
        # the first item is the end of a longer word, not a name, unless a verb ends there (带领|张某林), or a
        # name of two read whole ends it (伙同|刘宁、罗干)
        if start and is_han(text[start - 1]) and not (of_people and _a_verb_ends_at(ctx, start)):
            rest = names[0][1:]
            if (
                of_people
                and len(names[0]) == 3
                and ctx.pos(rest) == ((rest, "nr"),)
                and ctx.pos(names[0]) != ((names[0], "nr"),)
            ):
                start, names = start + 1, [names[0][1:], *names[1:]]
            else:
                start, names = start + len(names[0]) + 1, names[1:]
        if len(names) < (2 if of_people else 3):
            continue  # 王梅香、何春梅等七八个妇女: two names are a list where people are said to follow
        items: list[tuple[int, str]] = []
        for name in names:
            items.append((start, name))
            start += len(name) + 1
        # a name of two read whole counts too before 等人 (刘宁、罗干、刘航辉等人)
        whole = [item for _, item in items if (len(item) == 3 or of_people) and ctx.pos(item) == ((item, "nr"),)]
        # before 等人 a name may be a place's too (苏南), and two names read whole are enough
        shaped = all(name_shaped(item) or (of_people and surname_at(item, 0) > 0) for _, item in items)
        # a long list needs fewer read whole (专家组潘某行、陈涛、卜某飞、孙某辉…: ten, two read whole)
        if len(whole) >= (2 if of_people or len(items) >= 5 else 3) and shaped:
            yield from ((item, start, None) for start, item in items if item not in people)


def _numbered_name(ctx: Context, at: int, known: set[str]) -> str | None:
    """The name after a shirt's number (9号|叶濠), where it is one: no word the dictionary knows of another
    kind (1号|高炉, 10号|周五, 3号|车间 number things and days)."""
    name = name_starting_at(ctx, at, known)
    return name if name and (jieba_tags().get(name) or "nr").startswith("nr") else None


_SHIRT_NUMBER = re.compile(r"(?<![\d号])\d{1,3}号(?=[^\W\d_])")
_GROUPS_OF_PEOPLE = (
    "青年|群众|村民|居民|党员|干部|同志|老人|户|妇女|农民|工人|学生|志愿者|游客|老师|教师|医生|医护人员|职工|员工|队员"
)
"""The people a list of names may end in after 等 (…等村民, 谢某涛等几名青年)."""
_ONE_AND_OTHERS = LazyPattern(
    rf"(?:^|(?<=[，。；：！？、\n]))([{HAN}]{{2,3}})等(?:[几数两\d一二三四五六七八九十]+)(?:名|位)[{HAN}]{{0,4}}?"
    rf"(?:{_GROUPS_OF_PEOPLE})",
    needs=("等",),
    widen=True,
)


# what the people of a list are, after its 等: 等人, 等困难群众, 等老党员, 等贫困户
_GROUP_AFTER = re.compile(rf"人|[{HAN}]{{0,4}}?(?:{_GROUPS_OF_PEOPLE})(?![{HAN}])")


def _a_verb_ends_at(ctx: Context, at: int) -> bool:
    """带领|张某林, 慰问了|牛丰先: the words before `at` end there with a verb or its particle."""
    tokens = ctx.pos(ctx.text[max(0, at - 4) : at])
    return bool(tokens) and tokens[-1][1].startswith(("v", "ul"))


_NAMES_THEN_TITLE = re.compile(
    rf"(?:^|(?<=[，,。；;：:\n]))(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})+)等(?P<title>{TITLE.pattern})"
)
_LIST_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[，,。；;：:、\n（(]))([{HAN}]{{2,3}})$")


def _list_item_before(text: str, at: int) -> str | None:
    """The name before a list's 、 that ends at `at`: the whole item back to the mark before it."""
    if text[at - 1 : at] != "、":
        return None
    item = _LIST_ITEM_BEFORE.search(text, max(0, at - 5), at - 1)
    return item.group(1) if item and name_shaped(item.group(1)) else None


def _title_written_before(text: str, start: int) -> str | None:
    """The title written right before a name (县领导|廖某刚), as the items of a list after the name share it."""
    before = text[max(0, start - _TITLE_REACH) : start]
    found = [m for m in TITLE.finditer(before) if m.end() == len(before)]
    return max(found, key=lambda m: len(m.group())).group() if found else None


_TITLE_REACH = 12


def _shared_after_the_list(text: str, start: int, title: str) -> bool:
    """柯某元、董某林、刘某章等9户贫困户: the title the list ends with, after 等 and a count, is each item's."""
    clause = _CLAUSE_END.split(text[start : start + _LIST_REACH], maxsplit=1)[0]
    at = clause.find("等")
    return at >= 0 and title in clause[at : at + 8 + len(title)]


_CLAUSE_END = re.compile("[，。；！？\n]")
_LIST_REACH = 80


def _list_item_after(ctx: Context, at: int) -> str | None:
    """The name after a list's 、 or ，: the whole item up to the next mark (钟嘉民、), or three characters
    jieba reads whole as a person's name before the rest of the sentence (游精佑、吴华英有期徒刑)."""
    if (item := _LIST_ITEM.match(ctx.text, at)) and name_shaped(item.group(1)):
        return None if item.group(1).endswith(PHOTOGRAPHED) else item.group(1)  # 吴孟超，曹希摄: a credit
    if ctx.text[at : at + 1] != "、":
        return None
    tokens = ctx.pos(ctx.text[at + 1 : at + 7])
    word = tokens[0][0] if tokens else ""
    # a name the dictionary files as a person's (陈建国) is one here, after a name and its 、
    if len(word) == 3 and tokens[0][1] == "nr" and name_shaped(word) and jieba_tags().get(word) in (None, "nr"):
        return word
    # 刘红梅、赵志刚、孙立新参加: the last name of a list of those present, right before the verb
    if (last := _LAST_BEFORE_ATTENDING.match(ctx.text, at)) and name_shaped(last.group(1)):
        return last.group(1)
    # 队员刘斌、段启东解救被困白鹭: three characters no dictionary word, then the verb the two share
    three, verb = ctx.text[at + 1 : at + 4], ctx.text[at + 4 : at + 6]
    if (
        three[-1:]
        and three[-1] in GLUED_CONJUNCTIONS
        and name_shaped(three[:2])
        and jieba_tags().get(three[:2]) is None
    ):
        return three[:2]  # 操登峰、向明及相关部门: a name of two, then "and" the bodies the list goes on to
    if name_shaped(three) and jieba_tags().get(three) is None and (jieba_tags().get(verb) or "").startswith("v"):
        return three
    return None


_LAST_BEFORE_ATTENDING = re.compile(rf"、([{HAN}]{{2,3}}?)(?=等?(?:参加|出席|陪同|列席|一同|到会))")
_ROSTER_LINE = re.compile(rf"^(?P<name>[{HAN}]{{2,3}})[ \t\u3000]+(?P<label>[{HAN}]{{1,4}})[：:]", re.M)


def _roster(ctx: Context) -> Iterator[tuple[str, int]]:
    """施宏达 项目：泉州刣狮⏎潘丽卿 项目：…⏎李子庆 项目：…: three lines or more in a row that open with a
    name, a space and the same label are a list of people, each named at the start of a line."""
    run: list[re.Match[str]] = []

    def flushed() -> Iterator[tuple[str, int]]:
        if len(run) >= 3 and sum(name_shaped(m["name"]) for m in run) >= len(run) - 1:
            yield from ((m["name"], m.start()) for m in run if name_shaped(m["name"]))

    for m in _ROSTER_LINE.finditer(ctx.text):
        following = bool(run) and m["label"] == run[-1]["label"] and ctx.text.count("\n", run[-1].end(), m.start()) == 1
        if not following:
            yield from flushed()
            run = []
        run.append(m)
    yield from flushed()
