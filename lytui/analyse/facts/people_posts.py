"""Names framed by a post: after a title (副局长倪文兴), before one (习近平总书记), apart from it by a
space, brackets or 为 (王伯祥（县委书记）, 任命胡金泉为水北法庭庭长), or after one in quotation marks.

A title before the name is the surest frame and the first step, so that step reads the most: the post's body,
the other posts listed with it, and the names listed after it with 、.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import chain
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import CREDIT_ROLES, SAYING
from lytui.analyse.facts.lexicon import (
    HAMLET_ONLY_ENDINGS,
    RARE_WORD_USES,
    inside_title_marks,
    jieba_tags,
    places,
    surname_at,
)
from lytui.analyse.facts.people_bodies import (
    A_WARD,
    HEAD_OF_PLACE,
    HOLDING,
    HOSPITALS,
    PARTY_OF_A_BODY,
    add_person,
    body_from_the_post_before,
    body_sharing_the_title,
    ends_as_a_body,
    named_body,
    organisation_before,
    posts_listed_before,
    without_a_name_before,
)
from lytui.analyse.facts.people_reading import (
    ADVERB_AFTER_A_NAME,
    NOT_NAME_END,
    SAYING_AT,
    aspect_particle_at,
    may_be_a_name,
    name_before_a_home,
    name_shaped,
    name_starting_at,
    ordinary_word,
    rare_surnamed,
    splits_a_word,
    spoken_to,
    tibetan_of_three,
    two_before_saying,
)
from lytui.analyse.facts.people_titles import (
    BODY_OR_LEVEL,
    GROUP_ROLES,
    TITLE,
    TITLE_AT_END,
    first_post_of_two,
    role_ending_at,
    title_after_its_body,
    title_begins_a_longer_word,
    title_opens_inside_a_place,
    title_read_across_words,
)
from lytui.analyse.jieba_tables import tables
from lytui.data import titles
from lytui.han import DOWN_TO_VILLAGE, HAN, LazyPattern, all_han
from lytui.model import OWN_MEDIA, occurrences

_HELD_OF_NO_BODY = frozenset({"传承人", "人士"})
_SURNAMES_TOO = frozenset("曾将")
"""Adverbs that are surnames too: 曾向东, 将和平 are names, whatever the character after them."""
_COMING = frozenset("来赴到回离")
_PROVINCE_SHORT_NAMES = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新蒙港澳台")


def _post_in_the_text(ctx: Context, name: str) -> tuple[str, str | None] | None:
    """The post, and the body when the text gives one, of a person found without a post, read at the
    first mentions of the name: 洪伟法官2003年调入… (a post right after), 冯正华是稍柴村第一书记 (a post the
    sentence says the person holds), 杨风胜摄 (who took the picture)."""
    text = ctx.text
    mentions = occurrences(text, name)[:20]
    if post := next((m.group() for at in mentions if (m := _POST_AFTER.match(text, at + len(name)))), None):
        return post, None
    if held := next((found for at in mentions if (found := _post_held(ctx, at + len(name)))), None):
        return held
    if any(_PHOTOGRAPHED_BY.match(text, at + len(name)) for at in mentions):
        return "摄影", None
    return None


_PHOTOGRAPHED_BY = re.compile(r"[ \t\u3000]?摄(?:影)?(?=[）)\s]|$)", re.M)
_IS_THE = re.compile(
    r"[，,]?(?:现在|如今|目前|现|曾|顺利|又|再次)?"
    r"(?:是|任|担任|出任|连任|当选为?|(?:被)?(?:推举|推选|选举|选|任命|聘任|聘)为)"
)  # 邹士荣被推举为理事长, 王超顺利连任村党总支书记, 名叫赵耀恒，是周营乡赵寨村村民


def _post_held(ctx: Context, after_the_name: int) -> tuple[str, str | None] | None:
    """冯正华是稍柴村第一书记, 她现任村妇女主任。: the post a sentence says the person holds, as its last words
    before a mark, and the body named before it."""
    text = ctx.text
    verb = _IS_THE.match(text, after_the_name)
    if verb is None:
        return None
    clause = re.split(r"[，。；！？、\n（(]", text[verb.end() : verb.end() + 24])[0]
    post = TITLE.search(clause)
    if post is None or post.end() != len(clause) or len(clause) > 20:
        return None
    body = clause[: post.start()]
    if body.endswith("的") and ends_as_a_body(body[:-1]):
        body = body[:-1]  # 祁某胜是江苏省镇江市开发区人民法院的法官: the court's judge
    if body and not ends_as_a_body(body) and not body.endswith(tuple(DOWN_TO_VILLAGE)):
        return None  # 他是一名优秀的村支书: what kind of one, no body
    if len(body) == 1:
        return post.group(), None  # 连任村|党总支书记: the village's level alone names no body
    return post.group(), body or None


def _a_known_full_name(name: str) -> bool:
    """李强: a person's full name the dictionary holds (nrfg); not 李家, 张家 (a family), which it files so too."""
    return jieba_tags().get(name) == "nrfg" and name[1] not in "家姓氏"


_EVERYDAY_NOUN_USES = 5_000
"""jieba's count above which a common noun (单位, 文化) is the sentence's word, not a name, however often it recurs."""
_LOOSE_ROLES = frozenset({"患者", "人士"})
"""Words for anyone ill or anyone in a field, which the sentence often goes on from with no name."""
_AN_IDIOMS_SECOND_HALF = re.compile("而(?:来|去|至|生|出|动|过|起|归)")
_DEGREE_ADVERBS = frozenset("更最很太")
_HAN_AT = LazyPattern(f"[{HAN}]")


def names_after_titles(
    ctx: Context,
    people: dict[str, dict[str, Any]],
    title_matches: list[re.Match[str]],
    reporter_groups: tuple[list[int], list[int]],
) -> None:
    """副局长倪文兴, 县领导梁薇、石峰: the name a title goes on to, with the body named before the title, and
    the names listed after it with 、. A title inside a reporters' bracket was read with its bracket."""
    text = ctx.text
    reporter_starts, reporter_ends = reporter_groups
    listed_end, listed_body = -1, None  # where the last holder's name ended, and the body of their post
    for m in title_matches:
        inside = bisect.bisect_right(reporter_starts, m.start()) - 1
        if inside >= 0 and m.start() < reporter_ends[inside]:
            continue
        if title_begins_a_longer_word(ctx, m.start(), m.end()):
            continue  # 居民区|岚皋路, 委员会: the title's characters begin a word for a place or a body
        if title_opens_inside_a_place(ctx, m.start()):
            continue  # 西安市|长安区: 市长 read across a city's name and the district after it
        if inside_title_marks(text, m.start()):
            continue  # 《贵州省省管干部任前公示暂行办法》: a document's title names posts, not their holders
        name_at = m.end()
        if text.startswith("的", name_at) and HOLDING.search(text, max(0, m.start() - 24), m.start()):
            name_at += 1  # 时任村党支部书记的杨长友, 身为村委会主任的刘建华: the post held, 的, the holder
        name = _name_after_a_title(ctx, people, m, name_at)
        if name is None:
            continue
        title_start, title, organisation = _post_and_its_body(ctx, people, m)
        if (
            organisation is None
            and title_start == listed_end + 1
            and text[listed_end:title_start] == "、"
            and m.group() not in GROUP_ROLES
            and m.group() not in CREDIT_ROLES
            and (
                (head := HEAD_OF_PLACE.search(m.group())) is None
                or head.end() != len(m.group())
                or (listed_body or "").endswith(head.group("body"))  # 县委书记…、县长: the county, not its committee
            )
        ):
            # 协会监事长李俊武、副会长罗鹏飞: each post listed after a holder, in one body (集团党委书记…、董事长:
            # the group's, not its party committee's)
            organisation = PARTY_OF_A_BODY.sub("", listed_body or "") or None
        add_person(people, name, name_at, posts_listed_before(text, title_start, title), organisation)
        at = name_at + len(name)
        listed_end, listed_body = at, organisation
        while (
            text.startswith("、", at)
            and (other := _list_item_name(ctx, at + 1, set(people)))
            and not ordinary_word(other)
            and may_be_a_name(other)  # 镇长李涛、全体机关干部: a word the dictionary knows ends the list of names
        ):
            add_person(people, other, at + 1, title, organisation)  # 县领导梁薇、石峰、张正韶: one title, several
            at += 1 + len(other)


def _name_after_a_title(ctx: Context, people: dict[str, dict[str, Any]], m: re.Match[str], name_at: int) -> str | None:
    """The name read at `name_at` after the title `m`, unless the characters there are the sentence going on
    (a verb, an adverb, a place, a word the dictionary knows) rather than a surname and a given name."""
    text = ctx.text
    name = name_starting_at(ctx, name_at, set(people))
    if not name and m.group() not in GROUP_ROLES:
        name = rare_surnamed(ctx, name_at) or tibetan_of_three(ctx.text, name_at)
        if not name and m.group() not in CREDIT_ROLES:
            name = two_before_saying(ctx, name_at)
    said = False
    if not name and m.group() in GROUP_ROLES:
        name = two_before_saying(ctx, name_at)  # 村民扎拉高兴地介绍: a villager's name no surname opens
        said = name is not None
    if not name or ordinary_word(name) or (m.group() in GROUP_ROLES and not may_be_a_name(name)):
        return None  # 总书记强调: the verb after a title is not a name, even when it starts like one
    if len(name) == 2 and name[0] in "向往朝对" and name[1] in _DEGREE_ADVERBS and _HAN_AT.match(text, name_at + 2):
        return None  # 村民|向更|高处转移: a preposition, then "higher" (村民李更说 is named)
    known_as = jieba_tags().get(name)
    if (
        m.group() in _LOOSE_ROLES
        and (
            known_as not in (None, "nr", "nrfg")
            or (known_as == "nr" and tables().frequencies.get(name, 0) > RARE_WORD_USES)  # 康复, 高峰: words
            or name[0] in "于在从向对把被给"
            or (len(name) == 3 and jieba_tags().get(name[:2]) not in (None, "nr", "nrfg"))
        )
    ):
        return None  # 患者|康复|出院, 患者|满意度, 人士|于昨日: after a word for anyone, the sentence going on
    if _AN_IDIOMS_SECOND_HALF.match(text, name_at + len(name)):
        return None  # 患者|慕名而来, 群众|闻讯而至: an idiom's first half (对于陈廷明而言 names him)
    if m.group().endswith("长") and name[-1] in "村镇乡":
        return None  # 唐古拉山镇|长江源村: the level's 长 opens the next place's name, no head and no name
    if len(name) == 2 and name[0] in _COMING and name[1] in _PROVINCE_SHORT_NAMES:
        return None  # 总书记|来陕考察: coming to a province, by its one-character name
    if name[0] in ADVERB_AFTER_A_NAME and (
        (jieba_tags().get(name[1:]) or "").startswith(("v", "t"))
        or (text.startswith("地", name_at + len(name)) and jieba_tags().get(name[1:]) is not None)
        or (name[0] not in _SURNAMES_TOO and (jieba_tags().get(name[1]) or "").startswith(("p", "c", "d")))
    ):
        return None  # 游客|都过来吃饭, 村民|都在家: an adverb, then a verb or a preposition, after a role
    if len(name) == 2 and aspect_particle_at(ctx, name_at + 2):
        return None  # 为群众|奉上了: a verb and its aspect after a role, not a surname and a given name
    if len(name) == 2 and (jieba_tags().get(name) == "j" or _a_word_then_a_verb(ctx, name_at, name)):
        return None  # 法官|干警 (an abbreviation the dictionary knows), 记者|初|到这里: no surname and given name
    if m.group() in GROUP_ROLES and (
        title_read_across_words(ctx, m.start(), m.end())
        or (len(name) == 2 and jieba_tags().get(name) and not _a_known_full_name(name) and not said)
        or jieba_tags().get(name[:2]) == "n"  # 县领导|班子来: the word the role goes on to, a common noun
    ):
        return None  # 乡村|民宿 holds no 村民; 群众|文明: two characters the dictionary knows are a word
    tag = jieba_tags().get(name)
    if m.group() in _HELD_OF_NO_BODY and tag is not None and not tag.startswith("nr"):
        return None  # 传承人|申报命名: a word of the dictionary after an inheritor, who is named after a mark
    if (
        len(name) in (2, 3)
        and tag == "n"
        and name not in people
        and (ctx.count(name) < 2 or tables().frequencies.get(name, 0) > _EVERYDAY_NOUN_USES)
        and not SAYING_AT.match(text, m.end() + len(name))
    ):
        # 第一书记|任期一般为, 首届文书|文化节: a noun the dictionary knows after the title, named once (not 金程表示),
        # or one of the commonest nouns however often (常委|单位常务副职, 县直单位, 线管单位)
        return None
    return name_before_a_home(text, name_at) or name


def _post_and_its_body(
    ctx: Context, people: dict[str, dict[str, Any]], m: re.Match[str]
) -> tuple[int, str, str | None]:
    """Where the post of the title `m` begins, the post (泥树小学教师兼校长: both posts) and the body it is
    held in, read before it (a body pointed at, one sharing the title's character, the first post's of a
    list, one before 的, a hospital before its ward)."""
    text = ctx.text
    title_start, title = title_after_its_body(text, m.start(), m.group())
    if text[title_start - 1 : title_start] == "兼" and (first := first_post_of_two(text, title_start - 1)):
        title_start, title = title_start - 1 - len(first), first + "兼" + title  # 泥树小学教师兼校长: both
    organisation = named_body(
        ctx,
        without_a_name_before(body_sharing_the_title(organisation_before(ctx, title_start), title), people),
        title_start,
    )
    organisation = body_from_the_post_before(ctx, title_start, title, organisation)
    if title in _HELD_OF_NO_BODY:
        organisation = None  # 省级通山木雕非遗传承人: what one inherits, no body one serves
    if organisation is None and text[title_start - 1 : title_start] == "的":
        held_in = organisation_before(ctx, title_start - 1)  # 雷平糖厂的副总经理赵炳孟: the body before 的
        organisation = held_in if held_in and ends_as_a_body(held_in) else None
    ward_at = title_start - len(organisation or "")
    if organisation and A_WARD.fullmatch(organisation) and text[ward_at - 1 : ward_at] == "的":
        # 广东省中医院珠海分院的针灸科主任艾某: the hospital's, 针灸科主任
        hospital = organisation_before(ctx, ward_at - 1)
        if hospital and hospital.endswith(HOSPITALS) and text.startswith(organisation, ward_at):
            organisation = f"{hospital}的{organisation}"  # add_person moves the ward to the post
    return title_start, title, organisation


def names_after_a_role_and_a_space(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """民警 常辉：, 副局长 王佩勇：“…”: a caption or a transcript's speaker, the role apart from the name."""
    text = ctx.text
    for m in _SPACED_NAME.finditer(text):
        name = m.group(1)
        if len(name) == 3 and name[-1] in NOT_NAME_END:
            name = name[:2]  # 负责人 杨亚说：: the verb of saying after a name of two
        role = role_ending_at(text, m.start())
        if role and name not in people and name_shaped(name) and ordinary_word(name) is False:
            # 六坝镇玉宝村党总支书记 李杰：: the body before the title, as for a title glued to the name
            title_start, role = title_after_its_body(text, m.start() - len(role), role)
            body = None
            if TITLE.fullmatch(role) and role not in GROUP_ROLES:  # 村民 lives somewhere; he holds no post there
                body = body_sharing_the_title(organisation_before(ctx, title_start), role)
                body = re.sub(rf"^[^{HAN}]+", "", body or "")  # □本报记者: a bullet before the line
                body = None if not body or body in OWN_MEDIA else body  # 本报 is the page's source, said elsewhere
            add_person(people, name, m.start(1), role, body)


def names_before_a_head_title(
    ctx: Context, people: dict[str, dict[str, Any]], title_matches: list[re.Match[str]]
) -> None:
    """张建国校长说, 学习习近平总书记讲话: the name before a head's title."""
    for m in title_matches:
        if (
            _HEAD_TITLE.search(m.group())
            and (found := _name_before(ctx, m.start(), m.group()))
            and found[1] not in people
        ):
            add_person(people, found[1], found[0], m.group(), None)


def leaders_before_their_title(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """习近平总书记强调: a leader's name comes before the title."""
    for m in _NAME_BEFORE_TITLE.finditer(ctx.text):
        name = m.group(1)
        known = jieba_tags().get(name) in (None, "nr", "nrfg")  # a name, or no word the dictionary knows
        if name[-1] in BODY_OR_LEVEL or name[-1] == "副":
            continue  # 区委副|书记: a body and the deputy's prefix, not a name
        if known and surname_at(name, 0) and name not in people and not splits_a_word(ctx, m.start(1), len(name)):
            add_person(people, name, m.start(1), m.group(2), None)


def names_with_a_post_before_saying(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """高盼经理介绍, 王家宁博士所言: the post written after the name, then the verb of saying."""
    text = ctx.text
    for m in _NAME_POST_SAYING.finditer(text):
        name = m.group("name")
        if name in people or name in places() or not may_be_a_name(name) or name[-1] in NOT_NAME_END:
            continue
        if spoken_to(name):
            continue
        if surname_at(name, 0) and not any(name in known for known in people):
            # 家政服务有限公司的高盼经理: the body before 的 is the one the post is held in
            body = organisation_before(ctx, m.start() - 1) if text[m.start() - 1 : m.start()] == "的" else None
            add_person(people, name, m.start("name"), m.group("post"), body if body and ends_as_a_body(body) else None)


def names_after_a_quoted_role(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """胡集派出所“村警”郭辉, “脱贫攻坚第一书记”蔡来臣: a role in quotation marks, then the name."""
    text = ctx.text
    quoted = [*_QUOTED_ROLE.finditer(text), *(m for m in _QUOTED_POST.finditer(text) if TITLE.search(m["role"]))]
    for m in quoted:
        name = name_starting_at(ctx, m.end(), set(people))
        if name and not (people.get(name) or {}).get("title") and name_shaped(name) and may_be_a_name(name):
            add_person(people, name, m.end(), m.group("role"), organisation_before(ctx, m.start()))


def posts_written_apart(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """王伯祥（县委书记）, 任命胡金泉为水北法庭庭长: a post written apart from the name, its body before it."""
    for m in chain(_POST_IN_BRACKETS.finditer(ctx.text), _APPOINTED.finditer(ctx.text)):
        name = m.group("name")
        post = TITLE_AT_END.search(m.group("post"))
        if post is not None and name not in people and name_shaped(name) and may_be_a_name(name):
            add_person(people, name, m.start("name"), post.group(), m.group("post")[: post.start()] or None)


def names_before_a_post(ctx: Context, people: dict[str, dict[str, Any]], title_matches: list[re.Match[str]]) -> None:
    for name, start, title in _named_before_a_post(ctx, people, title_matches):
        add_person(people, name, start, title, None)


def posts_written_in_the_text(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """A person found with no post takes one the text writes after their name (洪伟法官, 冯正华是…第一书记)."""
    for name, person in people.items():
        if not person["title"] and (written := _post_in_the_text(ctx, name)):
            person["title"] = written[0]
            person["organization"] = written[1] or person["organization"]


_UNITS_OF_A_BODY = ("科", "室", "处", "所")
"""The last characters of a department inside a body (儿科, 办公室, 财务处, 研究所), named before its head."""
# titles of a post someone heads, which Chinese also writes after the name as a form of address
_HEAD_TITLE = re.compile(r"(?:长|书记|主任|主席|总理|经理|教授|院士|总裁|总监|大使)$")
_SHARED_HEAD = re.compile(r"副?[部局厅处省市县区乡镇]长")


def _name_before(ctx: Context, end: int, title: str) -> tuple[int, str] | None:
    """The person's name jieba reads right before a title (张建国|校长, 习近平|总书记): a word it tags as a
    person's name that starts with a surname and is no place."""
    window = ctx.text[max(0, end - 8) : end]
    tokens = ctx.pos(window)
    if not tokens:
        return None
    word, flag = tokens[-1]
    if flag not in ("nr", "nrfg") or not 2 <= len(word) <= 3 or not surname_at(word, 0):
        return None
    known_as = jieba_tags().get(word)
    if word in places() or known_as not in (None, "nr", "nrfg") or word[-1] in BODY_OR_LEVEL:
        return None  # 李庄村|支部书记, 宣传部|部长: a body or a place before the title
    if known_as is None and _SHARED_HEAD.fullmatch(title):
        return None  # 卫福|部长 is the head of the 卫福部: only a name the dictionary knows stands there
    if (
        len(tokens) > 1
        and tokens[-2][1].startswith(("n", "j", "eng", "m"))
        and tokens[-2][1] != "nr"
        and not tokens[-2][0].endswith(_UNITS_OF_A_BODY)
    ):
        return None  # 赛迪|顾问|副总裁: a noun before it makes the word part of a company's name (儿科|林某主任:
        # a hospital's department, its head named after it)
    return end - len(word), word


_ITEM_END = re.compile(r"[，。；：！？、\n（(]")


def _list_item_name(ctx: Context, start: int, known: set[str]) -> str | None:
    """陈斌、蓝进和，: an item of a list of names after one title is the whole item when it is a name's
    length, even where its last character often starts the next word (和, 等). The item follows a name
    of the list, so one framed by 、 on both sides is a name by its place alone, its surname rare or
    not (区领导张德武、赛睿、李贺玲), if no dictionary word, place or body."""
    end = _ITEM_END.search(ctx.text, start, start + 5)
    item = ctx.text[start : end.start()] if end else ""
    if item[-1:] in BODY_OR_LEVEL:
        return None  # 县领导张德武、区委办: a body's name is no name of a person
    if not (2 <= len(item) <= 3 and all_han(item)):
        name = name_starting_at(ctx, start, known)
        if name and name[-1] in BODY_OR_LEVEL:
            return None  # 副院长宋某林、党建办三级主任科员…: a body's name, then a post in it
        # 主席龚某某、区委副书记赵某: the next item is a post and a name, which the titles' loop reads
        return None if name and TITLE.match(ctx.text, start + len(name)) else name
    if surname_at(item, 0) and may_be_a_name(item):
        return item
    if end and end.group() == "、" and may_be_a_name(item) and item not in places():
        return item
    return name_starting_at(ctx, start, known)


# 高盼经理介绍, 王家宁博士所言: a post written after the name, and then the verb of saying; the post is
# the person's title. Academic and professional forms of address join the posts of the titles list.
_POSTS_AFTER_A_NAME = "|".join(
    sorted(
        {*(t for t in titles() if len(t) >= 2), "博士", "医生", "老师", "法官", "检察官", "警官"}, key=len, reverse=True
    )
)
_POST_AFTER = re.compile(_POSTS_AFTER_A_NAME)
_NAME_POST_SAYING = re.compile(
    rf"(?:^|(?<=[，。：；”\s的如]))(?![的了在和与])(?P<name>[{HAN}]{{2,3}}?)(?P<post>副?(?:{_POSTS_AFTER_A_NAME}))"
    rf"(?=(?:也|还|又|则|都|笑着|对记者|向记者)?(?:{SAYING}|所言))",
    re.M,
)
_NAME_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[，。：；、“”\s]))([{HAN}]{{2,3}}?)(总书记|国家主席|主席|总理|委员长|书记|省长|市长|县长)(?=[强指表说在到出主会，。、])",
    re.M,
)
_APPOINTED = re.compile(
    rf"(?:任命|聘任|聘请|推选|选举|提名|选聘)(?P<name>[{HAN}]{{2,3}}?)为(?P<post>[{HAN}]{{2,14}}?)(?=[，。；、！？\n]|$)"
)
_QUOTED_ROLE = re.compile(rf"“(?P<role>[{HAN}]{{1,3}}[员师官警手长])”(?=[{HAN}]{{2}})")
_QUOTED_POST = re.compile(r"“(?P<role>[^“”，。、\s]{2,12})”(?=[^“”，。、\s])")
_POST_IN_BRACKETS = re.compile(
    rf"(?:^|(?<=[，。：；、“”\s]))(?P<name>[{HAN}]{{2,3}})[（(](?P<post>[{HAN}]{{2,16}})[）)]", re.M
)
_SPACED_NAME = re.compile(rf"(?<=[{HAN}])[ \u3000]{{1,2}}([{HAN}]{{2,3}})(?=[ \u3000：:，,]|$)", re.M)


def _named_before_a_post(
    ctx: Context, people: dict[str, dict[str, Any]], title_matches: list[re.Match[str]]
) -> Iterator[tuple[str, int, str]]:
    """社区颜锦鸾理事长, 周至县朱建平副县长: a name of three characters jieba reads as a person's (whole, or a
    surname and a two-character word) right before a title, where the dictionary knows no such word."""
    text = ctx.text
    for m in title_matches:
        at, post = m.start(), m.group()
        name = text[max(0, at - 3) : at]
        if len(name) != 3 or name in people or not name_shaped(name) or jieba_tags().get(name) is not None:
            continue
        if name[-1] in HAMLET_ONLY_ENDINGS:
            continue  # 该村那巴屯|贫困户蓝妹: the hamlet the person lives in, not a name (王振岗, 李海岭 are names)
        if _BODY_BEFORE_ITS_POST.search(name):
            continue  # 八步沙林场|场长: the body the post is of, not a name (沙 a surname, 林场 a farm)
        tokens = ctx.pos(text[max(0, at - 6) : at])
        words = [word for word, _ in tokens]
        whole = bool(tokens) and tokens[-1] == (name, "nr")
        split = len(tokens) >= 2 and tokens[-2] == (name[0], "nr") and words[-1] == name[1:]
        if split and (jieba_tags().get(name[1:]) or "").startswith("v"):
            continue  # 小朱|告诉|记者: a surname, then the verb of telling the reporter
        if (whole or split) and "".join(words).endswith(name):
            yield name, at - 3, post


_BODY_BEFORE_ITS_POST = re.compile(r"(?:林场|农场|牧场|茶场|渔场|公司|集团|医院|学校|中心)$")


def _a_word_then_a_verb(ctx: Context, at: int, name: str) -> bool:
    """记者|初|到|这里: jieba reads the two characters as a word of another kind (a position, an adverb) and
    a verb or a preposition, not as a surname and a given name."""
    words = list(ctx.words(at, at + 4))
    return (
        len(words) >= 2
        and words[0][:2] == (at, name[0])
        and words[0][2].startswith(("f", "d", "c", "p"))
        and words[1][:2] == (at + 1, name[1])
        and words[1][2].startswith(("v", "p"))
    )
