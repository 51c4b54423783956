"""Names framed by a role, a relation or a form of address rather than a post: 党员王伟,
司机师傅封某超, 妻子王金梅, 许峰医师, 焦健同学, 黄女士.

These words name no body, and many stand before words that are no name (党员|干部, 小朋友|戴起), so the name
after one must be read as a name by jieba or be written again in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import jieba_tags, places, surname_at
from lytui.analyse.facts.people_bodies import add_person
from lytui.analyse.facts.people_reading import (
    NOT_NAME_END,
    SAYING_AT,
    may_be_a_name,
    mongolian_name_at,
    name_before_a_home,
    name_shaped,
    name_starting_at,
    splits_a_word,
)
from lytui.analyse.facts.people_titles import BODY_OR_LEVEL, ROLE_ENDINGS, TITLE, is_a_role, role_ending_at
from lytui.han import HAN, all_han


def members_after_their_role(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """党员王伟, 营员李胜雄, 讲解员张敏: a member's role before the name."""
    text = ctx.text
    for m in _MEMBER.finditer(text):
        role = next(
            (text[m.end() - size : m.end()] for size in (4, 3, 2) if is_a_role(text[m.end() - size : m.end()])), None
        )
        if role is not None and not surname_at(text, m.end()):
            # 牧民额尔敦巴特尔: a Mongolian name of parts takes no surname
            if (mongol := mongolian_name_at(text, m.end())) is not None and mongol not in people:
                add_person(people, mongol, m.end(), role, None)
            continue
        if role is None:
            continue
        if m.group() == "员":
            name = name_before_a_home(text, m.end()) or name_starting_at(ctx, m.end(), set(people))
            if name and TITLE.match(name):
                continue  # 党员|干部受到: a second role (党员干部), not a name beginning with it
            if name and (may_be_a_name(name) or _speaking_though_named_like_a_place(text, m.end(), name)):
                if name not in people:
                    add_person(people, name, m.end(), role, None)
        elif (
            name := name_before_a_home(text, m.end()) or _name_after_a_role(ctx, m.end(), set(people))
        ) and name not in people:
            add_person(people, name, m.end(), role, None)


def names_after_a_trade_and_master(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """司机师傅封某超, 维修师傅李某: a trade, the address, then the name."""
    for m in _TRADE_THEN_MASTER.finditer(ctx.text):
        role = role_ending_at(ctx.text, m.start())
        if role and (name := _name_after_a_role(ctx, m.end(), set(people), kin=True)) and name not in people:
            add_person(people, name, m.end(), role, None)


def names_before_a_profession(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """我院的曾繁华和许峰医师为群众义诊: a profession after the name, and after the name joined to it by 和."""
    text = ctx.text
    for m in _NAME_THEN_PROFESSION.finditer(text):
        name = m.group("name")
        if name in people or not name_shaped(name) or not may_be_a_name(name) or name[-1] in NOT_NAME_END:
            continue
        if splits_a_word(ctx, m.start("name"), len(name)) or name in places():
            continue
        add_person(people, name, m.start("name"), m.group("post"), None)
        partner = _PARTNER_BEFORE.search(text, max(0, m.start() - 5), m.start())
        other = partner.group("name") if partner else ""
        if (
            partner
            and other not in people
            and name_shaped(other)
            and may_be_a_name(other)
            and not splits_a_word(ctx, partner.start("name"), len(other))
        ):
            add_person(people, other, partner.start("name"), m.group("post"), None)  # 曾繁华和|许峰医师: both are


def names_after_man_or_woman(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """肥东籍男子王某: how crime news names someone it does not name in full."""
    for m in _MAN_OR_WOMAN.finditer(ctx.text):
        if (name := _name_after_a_role(ctx, m.end(), set(people), kin=True)) and name not in people:
            add_person(people, name, m.end(), None, None)


def names_before_an_address(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start, title in _named_before_an_address(ctx, people):
        add_person(people, name, start, title, None)


def names_after_kin(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """和妻子王金梅: a relation is no title, but the name after it is read as after one."""
    for m in _KIN.finditer(ctx.text):
        if (name := _name_after_a_role(ctx, m.end(), set(people), kin=True)) and name not in people:
            add_person(people, name, m.end(), None, None)


_NEVER_IN_A_NAME = frozenset("的了是在和与及把被从向对像")  # 我国像|周先生这样: "like"


def names_before_mr_or_ms(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """叶阿埤先生, 叶莲秀女士: the full name before the courtesy title (游客|郭女士 is 郭, whom 游客 describes)."""
    text = ctx.text
    for m in _MR_OR_MS.finditer(text):
        for size in (3, 2):
            name = text[max(0, m.start() - size) : m.start()]
            if name in people:
                break  # 父亲叶阿埤先生, read after 父亲 already: 阿埤 is the end of that name, no other
            if any(ch in _NEVER_IN_A_NAME for ch in name):
                continue  # 来自六安的|陈先生, 与王林女士: a function word opens no name; the name of two after it
            if len(name) == size and all_han(name) and name_shaped(name) and may_be_a_name(name[:2]):
                add_person(people, name, m.start() - size, None, None)
                break


def names_by_an_honorific(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """黄女士, 高大爷: how articles name villagers and visitors."""
    text = ctx.text
    for m in HONORIFIC.finditer(text):
        if jieba_tags().get(text[m.start() - 1 : m.start() + 1]) is not None:
            continue  # 茶农|阿姨: the character ends a word for what she does, no surname
        if any(text[m.start() + 1 - size : m.start() + 1] in people for size in (2, 3, 4) if m.start() + 1 >= size):
            continue  # 何佳明先生: the honorific after a full name found, whose last character is no surname
        if surname_at(m.group(), 0) and m.group() not in people:
            add_person(people, m.group(), m.start(), None, None)


def names_before_how_elders_are_called(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """一位曹建华老奶奶: a full name before how the article addresses her."""
    for m in _NAME_THEN_KIN.finditer(ctx.text):
        name = m.group("name")
        if name not in people and surname_at(name, 0) and may_be_a_name(name) and may_be_a_name(name[:2]):
            add_person(people, name, m.start("name"), None, None)


_OPENS_A_NAME = r"，。：；”\s的、"
"""What a name written with no post before it may follow: a mark, a line's start or 的."""


# 许峰医师为群众义诊, 王某律师表示: a profession no body holds, written after the name, after a mark, 的 or 和
_NAME_THEN_PROFESSION = re.compile(
    rf"(?:^|(?<=[{_OPENS_A_NAME}和]))(?P<name>[{HAN}]{{2,3}}?)(?P<post>主任医师|主治医师|医师|医生|律师|法官|检察官|教授)"
    rf"(?![{HAN}]{{0,1}}(?:院|所|协会|学会|事务所|资格|队伍))",
    re.M,
)
_PARTNER_BEFORE = re.compile(rf"(?:^|(?<=[{_OPENS_A_NAME}]))(?P<name>[{HAN}]{{2,3}})和$")
_MAN_OR_WOMAN = re.compile(rf"(?:男子|女子)(?=[{HAN}])")
_MR_OR_MS = re.compile(r"先生|女士")
_NAME_THEN_KIN = re.compile(
    rf"(?:(?<=[位名个的，。、：；“])|^)(?P<name>[{HAN}]{{2,3}}?)(?=老奶奶|老大爷|老爷爷|老大娘|奶奶|爷爷|阿姨|大妈|大爷|大娘)",
    re.M,
)
HONORIFIC = re.compile(rf"[{HAN}](?:女士|先生|大爷|大妈|阿姨|师傅|大姐|老汉|老伯)")
_ADDRESS = re.compile(r"同学|老师|同志|师傅|医生|教授")


def _named_before_an_address(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int, str]]:
    """焦健同学直言, 张伟老师说, 李明同志: a word jieba reads as a person's name right before the form of
    address a student, a teacher or a comrade is named with; a known surname, no word or place the
    dictionary holds (各位|同学, 全体|老师 name no one)."""
    text = ctx.text
    for m in _ADDRESS.finditer(text):
        tokens = ctx.pos(text[max(0, m.start() - 6) : m.start()])
        if not tokens:
            continue
        name, flag = tokens[-1]
        if flag != "nr" or not 2 <= len(name) <= 3 or name in people or not name_shaped(name):
            continue
        if jieba_tags().get(name) is not None and (len(name) < 3 or jieba_tags().get(name) != "nr"):
            continue
        yield name, m.start() - len(name), m.group()


_KIN = re.compile(
    rf"(?:妻子|丈夫|老伴儿|老伴|爱人|儿子|女儿|父亲|母亲|爷爷|奶奶|外婆|孙子|孙女|儿媳|女婿|哥哥|姐姐|弟弟|妹妹|侄子|外甥)(?=[{HAN}])"
)
_TRADE_THEN_MASTER = re.compile(rf"(?<=[{HAN}])师傅(?=[{HAN}])")
_MEMBER = re.compile(rf"(?<=[{HAN}])[{ROLE_ENDINGS}](?=[{HAN}])")


def _name_after_a_role(ctx: Context, at: int, known: set[str], kin: bool = False) -> str | None:
    """律师刘晓原, 被告人焦海亮, 军医官陈信安: after a noun for a person by trade or standing, a name jieba
    reads as one. The noun must end where jieba's word ends (not 公司|官方, 铁路|警方), the name must be no
    word the dictionary knows of another kind or of two characters (not 智慧, 都是) and no body's name (国家|卫健委); a name of two
    characters counts only when the text repeats it or it is the courts' 张某, since so many verbs and
    nouns are a surname and one character (小朋友|戴起)."""
    text = ctx.text
    tokens = ctx.pos(text[max(0, at - 4) : at + 5])
    position, before, after = at - max(0, at - 4), None, None
    for word, flag in tokens:
        if position == len(word):
            before = flag
        elif position == 0:
            after = (word, flag)
            break
        position -= len(word)
    # 外科医生 is nz to jieba; 种植|户 reads 户 as a measure word, the household by its trade all the same
    # a word for kin may read as a name itself (老伴儿, nr): that it is one is known
    if (before not in ("n", "nz") and not kin and not (before == "q" and text[at - 1] == "户")) or after is None:
        return None
    name = name_starting_at(ctx, at, known)
    if not name:
        return None
    if _speaking_though_named_like_a_place(text, at, name):
        return name
    if after[1] not in ("nr", "nrfg") and not (len(name) == 3 and _repeated_whole(ctx, name)):
        return None  # 种植大户|向|佐坤: jieba reads a surname that is a preposition too as that; the name repeats
    whole_name = after == (name, "nr") and name[-1] not in "委局厅部办处署府"  # 医生|欧志科, not 国家|卫健委
    if not name.startswith(after[0]) or (name[-1] in BODY_OR_LEVEL and not whole_name):
        return None  # a body's ending (国家|卫健委), unless jieba reads the three characters whole as a name
    known_as = jieba_tags().get(name)
    if known_as is not None and (known_as != "nr" or len(name) < 3):
        return None  # 司马德 is a name the dictionary knows; 智慧 is a word it files as one
    if len(name) == 2 and name[1] != "某" and ctx.count(name) < 2 and not _whole_before_a_clause(ctx, at, name):
        return None
    return name


def _speaking_though_named_like_a_place(text: str, at: int, name: str) -> bool:
    """管理人员|江华|介绍: two characters after a role, a surname first, that name a county (江华) and then
    speak are a person named like the county; a place does not 介绍 or 说."""
    return len(name) == 2 and SAYING_AT.match(text, at + 2) is not None and name in places()


def _whole_before_a_clause(ctx: Context, at: int, name: str) -> bool:
    """妻子|王芳|也在…, 村民|李强|告诉记者: two characters jieba reads as one name, then the sentence goes on
    with an adverb, a preposition or a verb; a surname and a character of the next word are read apart."""
    tokens = ctx.pos(ctx.text[at : at + 6])
    return len(tokens) >= 2 and tokens[0] == (name, "nr") and tokens[1][1][:1] in ("d", "p", "v", "s")


_CLAUSE_CHARACTERS = frozenset("给了着过被把将就都也还又在是")


def _repeated_whole(ctx: Context, name: str) -> bool:
    """A three-character name written again elsewhere, which no dictionary word begins (商量|后, 项目|总),
    ends (王家|宁博士) or is (全家人), but a name's or a place's (向|佐坤)."""
    tags = jieba_tags()
    return (
        ctx.count(name) >= 2
        and not any(ch in _CLAUSE_CHARACTERS for ch in name[1:])  # 花生|全给淹了: 给 passes the clause on
        and tags.get(name) is None
        and tags.get(name[:2]) is None
        and tags.get(name[1:]) in (None, "nr", "ns")
    )
