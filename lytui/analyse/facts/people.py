"""People with their titles and organisations.

jieba alone splits names (`简洪`+`坤`) and tags places as people (`龙岩/nr`), so a name is accepted
only where the text frames it: after a title (`副局长倪文兴`), in a reporters' list (`记者 项裕兴 王帅`),
before a verb of saying (`”吴云娟说`), or as the page's editor. A name must start with a known
surname; its length is decided by the characters that follow and by the document's own repetitions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from lytui.analyse.facts import (
    people_bodies,
    people_clauses,
    people_credits,
    people_posts,
    people_reading,
    people_roles,
    people_speech,
    people_titles,
)
from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import CREDIT_ROLES
from lytui.analyse.facts.lexicon import FAMILIAR_ENDINGS, address_posts, familiar_forms, jieba_tags, places, surname_at
from lytui.analyse.facts.lists import list_before
from lytui.han import COUNTY_AND_ABOVE, HAN, LazyPattern, all_han, is_han
from lytui.model import Fact, Person, occurrences


def _names_always_written_longer(text: str, people: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """马依 in 马依俩斯 (three mentions, each going on with 俩斯): a name of two the text writes twice or more,
    always followed by the same one or two characters that make no word the dictionary knows nor start
    one, is that longer name (a Hui or a transcribed name jieba cuts short)."""
    found: list[tuple[str, str]] = []
    tags = jieba_tags()
    for name in people:
        at = occurrences(text, name)
        if len(name) != 2 or len(at) < 2:
            continue
        for size in (2, 1):
            tails = {text[a + 2 : a + 2 + size] for a in at}
            tail = next(iter(tails))
            if len(tails) != 1 or len(tail) != size or not all_han(tail):
                continue
            if any(ch in people_reading.NOT_NAME_END for ch in tail) or people_titles.TITLE.match(text, at[0] + 2):
                continue
            if tags.get(tail) is not None or any(tags.get(text[a + 2 : a + 4]) is not None for a in at):
                continue
            if name + tail not in people:
                found.append((name, name + tail))
            break
    return found


def _parts_of_longer_names(text: str, people: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Names found that the text writes only inside a longer one of four characters or more (巴特尔 in
    额尔敦巴特尔, 马依 in 马依俩斯): parts of that name, each with the name it belongs to."""
    found: list[tuple[str, str]] = []
    longer = [name for name in people if len(name) >= _LONG_NAME]
    for short in people:
        holders = [name for name in longer if name != short and short in name]
        if len(holders) != 1:
            continue
        spans = [(at, at + len(holders[0])) for at in occurrences(text, holders[0])]
        if all(any(a <= at and at + len(short) <= b for a, b in spans) for at in occurrences(text, short)):
            found.append((short, holders[0]))
    return found


_LONG_NAME = 4


def _merge_into(people: dict[str, dict[str, Any]], short: str, longer: str) -> None:
    """The short form is the longer name's person: it goes, and lends its post when the longer has none."""
    entry = people.pop(short)
    if not people[longer]["title"] and entry["title"]:
        people[longer].update(title=entry["title"], organization=entry["organization"])


def _addressed_by_post(name: str, people: dict[str, dict[str, Any]]) -> bool:
    """姜庭长 after 庭长姜辉: the surname and the post are how the article names again someone it named in
    full (the quotes read the form as that person), not a second person."""
    surname = surname_at(name, 0)
    post = name[surname:]
    if not surname or len(post) < 2 or not people_titles.TITLE.fullmatch(post):
        return False
    return any(
        other != name and other.startswith(name[:surname]) and post in address_posts(title)
        for other, person in people.items()
        if (title := person.get("title") or "")
    )


def _called_familiarly(people: dict[str, dict[str, Any]]) -> list[str]:
    """The familiar forms (黎老, 黎大爷) of the one person of that surname the article names in full; with
    two such people the form names neither, and stays a person of its own (a villager called 王大爷)."""
    full: dict[str, list[str]] = {}
    for name in people:
        surname = surname_at(name, 0)
        given = name[surname:]
        reporter = (people[name].get("title") or "") in CREDIT_ROLES  # 记者王明 is not 王大爷
        plain = not people_roles.HONORIFIC.fullmatch(name) and not name.endswith(FAMILIAR_ENDINGS)
        if surname and 1 <= len(given) <= 2 and plain and not reporter:
            full.setdefault(name[:surname], []).append(name)
    forms = {
        form for names in full.values() if len(names) == 1 for form in familiar_forms(names[0], surname_at(names[0], 0))
    }
    return [name for name in people if name in forms]


def find_people(ctx: Context, org_of_source: str | None) -> dict[str, dict[str, Any]]:
    """name → first titled mention; also stored on ctx for quotes and keywords. Each step adds the people one
    way of naming a person frames; a later step skips or merges names an earlier one found, so the order is
    the rules' precedence (a title read first is the one a name keeps)."""
    people: dict[str, dict[str, Any]] = {}
    dateline_medium = people_credits.medium_of_the_dateline(ctx)
    reporter_groups = people_credits.reporters_in_brackets(ctx, people, dateline_medium)
    title_matches = list(people_titles.TITLE.finditer(ctx.text))  # three rules read them: found once
    people_posts.names_after_titles(ctx, people, title_matches, reporter_groups)
    people_posts.names_after_a_role_and_a_space(ctx, people)
    people_roles.members_after_their_role(ctx, people)
    people_roles.names_after_a_trade_and_master(ctx, people)
    people_posts.names_before_a_head_title(ctx, people, title_matches)
    people_posts.leaders_before_their_title(ctx, people)
    people_credits.reporters_on_a_line_of_their_own(ctx, people)
    people_credits.reporters_in_the_dateline(ctx, people, dateline_medium)
    people_speech.speakers_before_a_verb_of_saying(ctx, people)
    people_posts.names_with_a_post_before_saying(ctx, people)
    people_roles.names_before_a_profession(ctx, people)
    people_posts.names_after_a_quoted_role(ctx, people)
    people_roles.names_after_man_or_woman(ctx, people)
    people_clauses.pseudonyms(ctx, people)
    people_posts.posts_written_apart(ctx, people)
    people_speech.speakers_before_a_quotation(ctx, people)
    people_clauses.subjects_of_several_clauses(ctx, people)
    people_speech.speakers_after_a_quotation(ctx, people)
    people_clauses.named_once_with_what_only_people_do(ctx, people)
    people_speech.names_the_text_gives(ctx, people)
    people_posts.names_before_a_post(ctx, people, title_matches)
    people_roles.names_before_an_address(ctx, people)
    people_reading.yi_names_said_or_repeated(ctx, people)
    people_roles.names_after_kin(ctx, people)
    people_credits.credits_in_brackets(ctx, people)
    people_credits.photo_captions_credits(ctx, people)
    _names_listed_with_others(ctx, people)
    _names_of_a_roster(ctx, people)
    people_clauses.transcribed_names_framed(ctx, people)
    people_clauses.names_opening_a_profile(ctx, people)
    people_clauses.names_after_an_age(ctx, people)
    people_roles.names_before_mr_or_ms(ctx, people)
    people_roles.names_by_an_honorific(ctx, people)
    people_roles.names_before_how_elders_are_called(ctx, people)
    people_credits.editors(ctx, people, org_of_source)
    people_credits.byline_credits(ctx, people, org_of_source)
    _merge_short_forms(ctx.text, people)
    _drop_places_and_other_forms(ctx.text, people)
    people_posts.posts_written_in_the_text(ctx, people)
    ctx.people = people
    ctx.mentions = _mentions(ctx.text, people)
    return people


def _names_listed_with_others(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start, title in _listed_with_others(ctx, people):
        people_bodies.add_person(people, name, start, title, None)


def _names_of_a_roster(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start in _roster(ctx):
        if name not in people:
            people_bodies.add_person(people, name, start, None, None)


def _merge_short_forms(text: str, people: dict[str, dict[str, Any]]) -> None:
    """A name found short that the text writes longer is the longer name's person."""
    for short, whole in _names_always_written_longer(text, people):
        people[whole] = people.pop(short)  # 马依俩斯先听到…马依俩斯家在…: jieba cut 马依|俩斯 each time
    # a shorter form of a name that is only ever a prefix of a longer one is the same person
    # (in sorted order a name that begins another one is followed by such a name)
    ordered = sorted(people)
    for short, following in pairwise(ordered):
        if following.startswith(short):
            _merge_into(people, short, following)
    for short, longer in _parts_of_longer_names(text, people):
        _merge_into(people, short, longer)  # 额尔敦巴特尔…额尔敦巴特尔说: 巴特尔, read before 说, is the last part


def _drop_places_and_other_forms(text: str, people: dict[str, dict[str, Any]]) -> None:
    """Names that are a place's, or another form of a person's found in full (姜庭长, 黎老), are no one new."""
    for name in [name for name in people if _a_place_by_its_mentions(text, name) or _addressed_by_post(name, people)]:
        people.pop(name)
    for form in _called_familiarly(people):
        people.pop(form)  # 黎老, 黎叔, 黎大爷 after 黎湛龙: the same man, called as an elder


_PLACE_AFTER = re.compile(r"[省市县区镇乡村寨屯](?!长)|高速|公路|大道|大街|派出所|街道|社区")
_LANDFORMS = frozenset("湾岩坪沟岭坡塘坝口洼滩坳垭冲")


def _a_place_by_its_mentions(text: str, name: str) -> bool:
    """安徽省, 陈良村, 乌英苗寨, 荣乌高速, 胡集派出所, 马公市公所: a name that ends in a division's level, or that the
    text also writes before one (not before a head's title: 许立明市长), a road or a police station, is that
    place's name, not a person's."""
    if name[-1] in COUNTY_AND_ABOVE:
        return True
    if (
        len(name) == 3
        and name[-1] in _LANDFORMS
        and any(_PLACE_AFTER.match(text, at + 2) for at in occurrences(text, name[:2]))
    ):
        return True  # 丁寨湾, 丁寨岩 beside 丁寨乡: a bay, a cliff of the place the text names
    return any(_place_named_at(text, name, at + len(name)) for at in occurrences(text, name))


def _place_named_at(text: str, name: str, end: int) -> bool:
    """Whether a place's ending follows the name at `end`. A level the list of divisions would know the
    name with, that begins the next body instead (副县长罗皓|县政协), follows a person's name."""
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return False
    level = after.group()
    return not (
        level in COUNTY_AND_ABOVE
        and name + level not in places()
        and people_reading.BODY_OF_A_LEVEL.match(text, end + 1)
    )


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
        title = people[name]["title"]
        for start in occurrences(text, name):
            at = start + len(name)
            while (item := _list_item_after(ctx, at)) is not None:
                if item not in people:
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
        if (
            name not in people
            and people_reading.name_shaped(name)
            and people_reading.may_be_a_name(name)
            and name not in places()
        ):
            yield name, m.start(1), None
    for m in _NAMES_THEN_TITLE.finditer(text):  # 彭军、向加茂、李选锋等县领导: the names, then the post they share
        listed = m.group("names").split("、")
        if all(people_reading.name_shaped(item) for item in listed):
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
        shaped = all(people_reading.name_shaped(item) or (of_people and surname_at(item, 0) > 0) for _, item in items)
        # a long list needs fewer read whole (专家组潘某行、陈涛、卜某飞、孙某辉…: ten, two read whole)
        if len(whole) >= (2 if of_people or len(items) >= 5 else 3) and shaped:
            yield from ((item, start, None) for start, item in items if item not in people)


def _numbered_name(ctx: Context, at: int, known: set[str]) -> str | None:
    """The name after a shirt's number (9号|叶濠), where it is one: no word the dictionary knows of another
    kind (1号|高炉, 10号|周五, 3号|车间 number things and days)."""
    name = people_reading.name_starting_at(ctx, at, known)
    return name if name and (jieba_tags().get(name) or "nr").startswith("nr") else None


_SHIRT_NUMBER = re.compile(r"(?<![\d号])\d{1,3}号(?=[^\W\d_])")
_GROUPS_OF_PEOPLE = "青年|群众|村民|居民|党员|干部|同志|老人|户|妇女|农民|工人|学生|志愿者|游客"
"""The people a list of names may end in after 等 (…等村民, 谢某涛等几名青年)."""
_ONE_AND_OTHERS = LazyPattern(
    rf"(?:^|(?<=[，。；：！？\n]))([{HAN}]{{2,3}})等(?:[几数两\d一二三四五六七八九十]+)(?:名|位)[{HAN}]{{0,4}}?"
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
    rf"(?:^|(?<=[，,。；;：:\n]))(?P<names>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})+)等(?P<title>{people_titles.TITLE.pattern})"
)
_LIST_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[，,。；;：:、\n（(]))([{HAN}]{{2,3}})$")


def _list_item_before(text: str, at: int) -> str | None:
    """The name before a list's 、 that ends at `at`: the whole item back to the mark before it."""
    if text[at - 1 : at] != "、":
        return None
    item = _LIST_ITEM_BEFORE.search(text, max(0, at - 5), at - 1)
    return item.group(1) if item and people_reading.name_shaped(item.group(1)) else None


def _list_item_after(ctx: Context, at: int) -> str | None:
    """The name after a list's 、 or ，: the whole item up to the next mark (钟嘉民、), or three characters
    jieba reads whole as a person's name before the rest of the sentence (游精佑、吴华英有期徒刑)."""
    if (item := _LIST_ITEM.match(ctx.text, at)) and people_reading.name_shaped(item.group(1)):
        return (
            None if item.group(1).endswith(people_credits.PHOTOGRAPHED) else item.group(1)
        )  # 吴孟超，曹希摄: a credit
    if ctx.text[at : at + 1] != "、":
        return None
    tokens = ctx.pos(ctx.text[at + 1 : at + 7])
    word = tokens[0][0] if tokens else ""
    # a name the dictionary files as a person's (陈建国) is one here, after a name and its 、
    if (
        len(word) == 3
        and tokens[0][1] == "nr"
        and people_reading.name_shaped(word)
        and jieba_tags().get(word) in (None, "nr")
    ):
        return word
    # 刘红梅、赵志刚、孙立新参加: the last name of a list of those present, right before the verb
    if (last := _LAST_BEFORE_ATTENDING.match(ctx.text, at)) and people_reading.name_shaped(last.group(1)):
        return last.group(1)
    # 队员刘斌、段启东解救被困白鹭: three characters no dictionary word, then the verb the two share
    three, verb = ctx.text[at + 1 : at + 4], ctx.text[at + 4 : at + 6]
    if (
        people_reading.name_shaped(three)
        and jieba_tags().get(three) is None
        and (jieba_tags().get(verb) or "").startswith("v")
    ):
        return three
    return None


_LAST_BEFORE_ATTENDING = re.compile(rf"、([{HAN}]{{2,3}}?)(?=等?(?:参加|出席|陪同|列席|一同|到会))")
_ROSTER_LINE = re.compile(rf"^(?P<name>[{HAN}]{{2,3}})[ \t\u3000]+(?P<label>[{HAN}]{{1,4}})[：:]", re.M)


def _roster(ctx: Context) -> Iterator[tuple[str, int]]:
    """施宏达 项目：泉州刣狮⏎潘丽卿 项目：…⏎李子庆 项目：…: three lines or more in a row that open with a
    name, a space and the same label are a list of people, each named at the start of a line."""
    run: list[re.Match[str]] = []

    def flushed() -> Iterator[tuple[str, int]]:
        if len(run) >= 3 and sum(people_reading.name_shaped(m["name"]) for m in run) >= len(run) - 1:
            yield from ((m["name"], m.start()) for m in run if people_reading.name_shaped(m["name"]))

    for m in _ROSTER_LINE.finditer(ctx.text):
        following = bool(run) and m["label"] == run[-1]["label"] and ctx.text.count("\n", run[-1].end(), m.start()) == 1
        if not following:
            yield from flushed()
            run = []
        run.append(m)
    yield from flushed()


def _mentions(text: str, names: Iterable[str]) -> Counter[str]:
    """How often each name is mentioned, reading left to right and preferring the longer name where two
    overlap (as an alternation of the names, longest first, would) — without compiling a pattern for
    every article."""
    found = sorted((start, -len(name), name) for name in names for start in occurrences(text, name))
    counts: Counter[str] = Counter()
    reached = 0
    for start, negative_length, name in found:
        if start >= reached:
            counts[name] += 1
            reached = start - negative_length
    return counts


def people_facts(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[Fact]:
    for name, entry in people.items():
        value = Person(name, entry["title"], entry["organization"])
        start = entry["start"]
        if start is None:
            first = ctx.text.find(name)
            start = first if first >= 0 else None
        if start is None:
            yield ctx.meta_fact("person", name, value)
        else:
            mentions = ctx.mentions.get(name, 1)
            yield ctx.fact("person", start, start + len(name), value, note=f"{mentions} mention(s)")
