"""Names framed by speech: the subject of a verb of saying (吴云娟说, 卢伟笑着说), the speaker
before a colon and a quotation (代表孙志林说：“…”), the one who said a quotation, named in the sentence after it
(“…”何智波指着一名男子对记者说。), and the name the text gives someone (名叫徐小波).

Only people speak, so the words before a verb of saying are a name when jieba reads them as one and they are no
place; the one spoken to (对李四说, 向大家介绍) is told apart by the preposition before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import SAYING, SAYING_VERB
from lytui.analyse.facts.lexicon import jieba_tags, places, surname_at
from lytui.analyse.facts.people_bodies import add_person
from lytui.analyse.facts.people_reading import (
    ADVERB_AFTER_A_NAME,
    CLOSES_A_NAME,
    NOT_NAME_END,
    may_be_a_name,
    name_starting_at,
    spoken_to,
    tibetan_of_two_parts,
)
from lytui.analyse.facts.people_titles import TITLE
from lytui.analyse.jieba_tables import tables
from lytui.han import HAN, LazyPattern


def speakers_before_a_verb_of_saying(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """吴云娟说, 卢伟笑着说, 昂文扎西说：: the name that opens a clause going on to say something."""
    text = ctx.text
    at = 0
    while (m := _NAME_BEFORE_SAYING.search(text, at)) is not None:
        at = m.end(1)
        if m["set_phrase"] and jieba_tags().get(m["set_phrase"]) not in ("i", "l"):
            at = m.start(1) + 1  # a shorter name may start further on: 村场|村许秀|川乐呵呵地 is 许秀川乐呵呵地
            continue  # 居民芦|竹林欣喜地: four characters before 地 are how only as one set phrase (意味深长)
        name, start = _without_a_joining_word(ctx, m.group(1), m.start(1))
        if not name or name in places() or jieba_tags().get(name, "nr") not in ("nr", "nrfg", "nrt") or spoken_to(name):
            continue  # 龙岩说…, 大家说…: a place or an ordinary word, not a name; 向大家介绍: to everyone
        across = text[start + len(name) - 1 : start + len(name) + 1]
        verb_on = text[start + len(name) : start + len(name) + 2]
        if across in _VERBS_ENDING_IN_SAYING or (
            across[1:] in _SAID_IN_ONE
            and any((jieba_tags().get(word) or "").startswith("n") for word in (across, verb_on))
        ):
            continue  # 都在诉|说着, 项目名|称, 荣誉|称号: the verb makes another verb or a noun with a character beside it
        if len(name) == 4 and name not in people and tibetan_of_two_parts(name):
            add_person(people, name, start, None, None)  # 昂文扎西说：: a Tibetan name, one of its parts a known one
        elif surname_at(name, 0) and name not in people and len(name) >= 2:
            if re.fullmatch(rf"[{HAN}]{{2,3}}", name) and name[-1] not in NOT_NAME_END:
                add_person(people, name, start, None, None)


def speakers_before_a_quotation(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """代表孙志林说：“…”: the name jieba reads right before the verb; 白金龙笑意盈盈：“…”: the name that opens a
    short clause handing over to a quotation, whatever the clause says of how it is said."""
    for m in _SPEECH_OPENS.finditer(ctx.text):
        found = _name_before_speech(ctx, m.start())
        if found and found[1] not in people:
            add_person(people, found[1], found[0], None, None)
    for m in _MANNER_THEN_QUOTATION.finditer(ctx.text):
        name = _name_read_at(ctx, m.start("clause")) or name_starting_at(ctx, m.start("clause"), set(people))
        manner = m["clause"][len(name or "") :]
        if not name or name in people or len(manner) > _MANNER_LENGTH or SAYING_VERB.search(m["clause"]):
            continue
        # 笑意盈盈, 激动地: how it is said, no verb (温馨|提示, 宣传栏里|写着, 钟声|响起, 孙子在一旁|喊: a sign, a sound, a kin)
        how = ctx.pos(manner)
        if any(flag.startswith(("v", "p", "f", "s")) for word, flag in how if not word.endswith("地")):
            continue
        known_as = jieba_tags().get(name)
        if name not in places() and (known_as is None or (known_as == "nr" and len(name) == 3)):
            add_person(people, name, m.start("clause"), None, None)  # not 孙子 (nr to jieba), a grandson


def speakers_after_a_quotation(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start in _named_after_a_quote(ctx, people):
        add_person(people, name, start, None, None)
    for m in _DESCRIBED_AFTER_A_QUOTE.finditer(ctx.text):
        # ”程俊是江西南丰县的一名基层干部: who said it, named and described by the sentence after the quotation
        described = _name_read_at(ctx, m.end())
        if described and described not in people and (post := _IS_A_POST.match(ctx.text, m.end() + len(described))):
            add_person(people, described, m.end(), post["post"], None)
        elif (doer := _doer_after_a_quote(ctx, m.end(), people)) is not None:
            add_person(people, doer, m.end(), None, None)


def _doer_after_a_quote(ctx: Context, at: int, people: dict[str, dict[str, Any]]) -> str | None:
    """”苗晓露抑制不住内心的激动: a surname and a given name of two that open the sentence right after a
    quotation and go on to do something are the one who said it, however jieba cuts them (苗|晓露); not
    where the characters make words across the name's edges (”高度|扛, ”成|乡村)."""
    surname = surname_at(ctx.text, at)
    name = ctx.text[at : at + surname + 2]
    if not surname or len(name) != surname + 2 or not re.fullmatch(rf"[{HAN}]+", name) or name in people:
        return None
    if not may_be_a_name(name) or name[-1] in NOT_NAME_END or name in places() or spoken_to(name):
        return None
    tags, uses = jieba_tags(), tables().frequencies
    if tags.get(name) not in (None, "nr") or tags.get(name[: surname + 1]) is not None:
        return None
    if uses.get(name[surname:], 0) > _GIVEN_NAME_AS_A_WORD_USES:
        return None
    if name[-1] in ADVERB_AFTER_A_NAME or ctx.count(name[:-1]) > ctx.count(name):
        return None  # ”徐瑶正拿着: an adverb after a name of two, which the text writes without it elsewhere
    tokens = ctx.pos(ctx.text[at : at + len(name) + 3])
    ends, position = set(), 0
    for word, _ in tokens:
        position += len(word)
        ends.add(position)
    if len(name) not in ends:
        return None  # the name's last character opens the next word
    if tokens and tokens[0][1].startswith("nr") and len(tokens[0][0]) == surname + 1:
        return None  # 王军|笑着说: jieba reads a name of two, and the verb after it is no given name's character
    if (tags.get(name[surname]) or "")[:1] in ("v", "d", "p", "c"):
        return None  # 钱|要花在刀刃上: a verb or an adverb opens what follows the surname-like character
    return name if _DOING_AFTER_A_NAME.match(ctx.text, at + len(name)) else None


_GIVEN_NAME_AS_A_WORD_USES = 30
"""Uses in jieba's dictionary above which two characters are an everyday word (乡村 2134), not a given name
(晓露 4)."""


def names_the_text_gives(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """这个名叫徐小波的男子: the name the text gives a person."""
    for m in _CALLED.finditer(ctx.text):
        called = _name_read_at(ctx, m.end())
        if called and CLOSES_A_NAME.match(ctx.text, m.end() + len(called)) is None:
            # 叫李广元，: jieba reads a famous name (李广) inside a longer one; the name runs on to the mark
            longer = _NAME_TO_A_MARK.match(ctx.text, m.end())
            called = longer.group(1) if longer and longer.group(1).startswith(called) else called
        if called and called not in people and jieba_tags().get(called) is None:  # 名叫满天星: a flower it knows
            add_person(people, called, m.end(), None, None)


_SAID_IN_ONE = frozenset("说称讲")
"""Verbs of saying of one character, which make nouns with a character before them (名称, 小说); a name ends
before a verb of two (李心仪|表示, though 仪表 is a noun)."""
_VERBS_ENDING_IN_SAYING = frozenset({"诉说", "听说", "劝说", "述说", "解说", "演说", "叙说", "据说", "传说", "游说"})
"""Verbs whose first character no name ends with before 说 (张晓明说 keeps 明, though 明说 is a verb too)."""


# 吴云娟说, 卢伟笑着说, 王芳也表示, 张强对记者说: a clause that starts with the name and goes on to say
_NAME_BEFORE_SAYING = re.compile(
    rf"(?:^|(?<=[，。：；”\s的村据]))(?![的了在和与据])([{HAN}]{{2,4}}?)"
    rf"(?=(?:也|还|又|则|都|笑着|[{HAN}]{{2}}地|(?P<set_phrase>[{HAN}]{{2}}(?P<third>[{HAN}])(?!(?P=third))[{HAN}])地|[{HAN}](?P<twice>[{HAN}])(?P=twice)地|对记者|向记者"
    rf"|在[^，。！？“”\n]{{1,16}}?[对向]记者)?(?:{SAYING}))",  # 郭翠在一个招聘摊位前对记者说
    re.M,
)  # 张某亮意味深长地说: how, in a set phrase of four (an idiom jieba knows), then the verb
_SPEECH_OPENS = re.compile(rf"(?:{SAYING})[：:]\s*[“「]")
_MANNER_LENGTH = 6
"""How long the words of how something is said may be after the name (笑意盈盈, 激动地拉着记者的手 is longer)."""
_MANNER_THEN_QUOTATION = LazyPattern(
    rf"(?:^|(?<=[，。；！？\n”]))(?P<clause>[{HAN}]{{4,11}})[：:]\s*[“「]", flags=re.M, needs=("：“", ":“", "：「")
)


def _without_a_joining_word(ctx: Context, span: str, start: int) -> tuple[str, int]:
    """但王林认为, 那么您认为: the clause before a verb of saying may open with a conjunction or a pronoun
    jieba reads as a word of its own. A conjunction of one character is dropped (the name follows it);
    a longer joining word leaves no name (那么|您)."""
    first, flag = ctx.pos(span)[0]
    if len(first) == len(span) or not flag.startswith(("c", "r")):
        return span, start
    if len(first) == 1 and flag.startswith("c"):
        return span[1:], start + 1
    return "", start


def _name_before_speech(ctx: Context, end: int) -> tuple[int, str] | None:
    """A verb of saying, a colon and an opening quote frame speech, so the word before the verb is its
    speaker; it is a name when jieba reads it as one, after a known surname, and it is no place or word
    the dictionary files otherwise (老乡说：, 村民说： name no one)."""
    window = ctx.text[max(0, end - 8) : end]
    tokens = ctx.pos(window)
    if not tokens:
        return None
    word, flag = tokens[-1]
    before = 2
    if len(tokens) > 1 and tokens[-2][1] == "nr" and len(tokens[-2][0]) == 1 and flag.startswith("nr"):
        word, before = tokens[-2][0] + word, 3  # 邵|志远: the surname and the given name read apart
    if flag not in ("nr", "nrfg") or not 2 <= len(word) <= 3 or not surname_at(word, 0):
        return None
    if word in places() or not may_be_a_name(word) or word[-1] in NOT_NAME_END:
        return None
    if len(tokens) >= before and tokens[-before][1] == "p":
        return None  # 对|李四说：: the one spoken to, after a preposition
    return end - len(word), word


_NAME_TO_A_MARK = LazyPattern(rf"([{HAN}]{{3}})(?=[，。、；：！？”）])", needs=tuple("，。、；：！？”）"))
# 他父亲叫李某元，是…, 我叫某某: a person or a kin of theirs, and the name they go by
_CALLED = re.compile(r"(?:名叫|名字叫|叫做|名为|(?<=[他她我父母亲爸妈哥姐弟妹爷奶儿女夫妻])叫)")
_DESCRIBED_AFTER_A_QUOTE = re.compile("[。！？]?”")
_DOING_AFTER_A_NAME = LazyPattern(rf"(?:[也还又则都就便更正却]|[{HAN}]{{2}}地)?(?![的和与及、])[{HAN}]", needs=())
_IS_A_POST = LazyPattern(rf"是[^，。！？；“”\n]{{0,20}}?的?(?:一名|一位|一个)?(?P<post>{TITLE.pattern})(?=[，。；])")
_SENTENCE_AFTER_A_QUOTE = re.compile(rf"”(?P<sentence>[{HAN}][^。！？\n“]{{0,40}}?)(?:{SAYING})[道了]?(?=[。！？])")


def _named_after_a_quote(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int]]:
    """“…”何智波指着一名男子对记者说。: the sentence after a quotation ends with a verb of saying, so the
    name that opens it (as jieba reads it, after a known surname) is the one who said it."""
    for m in _SENTENCE_AFTER_A_QUOTE.finditer(ctx.text):
        at = m.start("sentence")
        word = _name_read_at(ctx, at)
        if word is None and (last := _name_before_the_verb(ctx, m.start("sentence"), m.end("sentence"))):
            at, word = last  # ”茶园园主周伟说。: who the speaker is comes first, the name right before the verb
        if word is None or word in people or spoken_to(word):
            continue
        if word[-1] in "村镇乡县区市省州":
            continue  # 关庄村: a village the tagger guessed a name
        yield word, at


def _name_before_the_verb(ctx: Context, start: int, end: int) -> tuple[int, str] | None:
    """The name jieba reads as the last word of text[start:end] (after a known surname, two or three
    characters, no place), after a noun that says who the person is (园主, 村民), not after a preposition
    (对周伟说: the one spoken to)."""
    tokens = ctx.pos(ctx.text[start:end])
    if len(tokens) < 2:
        return None
    word, flag = tokens[-1]
    before = tokens[-2]
    if len(tokens) > 2 and before[1] == "nr" and len(before[0]) == 1 and flag.startswith("nr"):
        word, before = before[0] + word, tokens[-3]  # 周|伟: the surname and the given name read apart
    if flag not in ("nr", "nrfg") or not 2 <= len(word) <= 3 or not surname_at(word, 0):
        return None
    if before[1] not in ("n", "nt", "ns") or word in places() or not may_be_a_name(word) or word[-1] in NOT_NAME_END:
        return None
    return end - len(word), word


def _name_read_at(ctx: Context, at: int) -> str | None:
    """The name jieba reads starting at `at`, whole or as a surname and a given name read apart (李|高明),
    after a known surname, two or three characters long, and no place or word that ends otherwise."""
    tokens = ctx.pos(ctx.text[at : at + 6])
    if not tokens:
        return None
    word, flag = tokens[0]
    if len(word) == 1 and flag == "nr" and len(tokens) > 1 and tokens[1][1] in ("nr", "nrfg"):
        word += tokens[1][0]
    if flag not in ("nr", "nrfg") or not 2 <= len(word) <= 3 or not surname_at(word, 0):
        return None
    if word in places() or not may_be_a_name(word) or word[-1] in NOT_NAME_END:
        return None
    return word
