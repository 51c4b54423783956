"""Names framed by the clause, with no title and no verb of saying: a name that opens several clauses
(卢伟满怀期待地…。卢伟是…), one followed by what is said only of a person (an age, a spouse, 笑着), a name after
an age, the first words of a profile, a pseudonym, a name transcribed with its dots.

Nothing but the sentence vouches for these names, so each rule asks jieba's reading, the dictionary and the
gazetteer too; the rules that tag the text clause by clause stop at `SUBJECTS_UP_TO`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import SAYING_VERB, SAYS_NEXT
from lytui.analyse.facts.lexicon import TIBETAN_NAME_PARTS, is_place, jieba_tags, places, surname_at
from lytui.analyse.facts.people_bodies import add_person, ends_as_a_body
from lytui.analyse.facts.people_reading import (
    NOT_NAME_END,
    NOT_NAME_TAGS,
    SUBJECTS_UP_TO,
    may_be_a_name,
    name_shaped,
    name_starting_at,
    yi_name_at,
)
from lytui.analyse.facts.people_titles import (
    BODY_OR_LEVEL,
    ROLE_ENDINGS,
    TITLE,
    TITLE_AT_END,
    is_a_role,
    role_ending_at,
)
from lytui.han import HAN, all_han
from lytui.model import occurrences


def pseudonyms(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """报案人小晨（化名）: the article names the person, under another name."""
    text = ctx.text
    for m in _PSEUDONYM.finditer(text):
        before = m.group("name")  # the name is the last two or three characters before the bracket
        if len(before) < 3 or not surname_at(before, 0):
            before = before[-2:]  # 报案人|小晨（化名）: no surname opens the three, the name is two (李小明 is three)
        if before not in people and (surname_at(before, 0) or before[0] in "小老阿"):
            at = m.end("name") - len(before)
            add_person(people, before, at, role_ending_at(text, at), None)


def subjects_of_several_clauses(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start in _repeated_subjects(ctx, people):
        add_person(people, name, start, None, None)


def named_once_with_what_only_people_do(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start in _named_once_as_a_person(ctx, people):
        add_person(people, name, start, None, None)


def transcribed_names_framed(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start, title in _transcribed_names(ctx):
        if name not in people:
            add_person(people, name, start, title, None)


def names_opening_a_profile(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """蒋建明，1962年12月生, 张永霞（女），汉族: a profile opens with the name."""
    for m in _BORN.finditer(ctx.text):
        name = m.group(1)
        if name not in people and surname_at(name, 0) and may_be_a_name(name) and name not in places():
            add_person(people, name, m.start(1), None, None)


def names_after_an_age(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    for name, start in _named_after_an_age(ctx, people):
        add_person(people, name, start, None, None)


# a profile's first line: the name, the sex, the nationality and the month of birth, in that order
_BORN = re.compile(
    rf"(?:^|(?<=[。；;：:\n]))[ \t\u3000]*([{HAN}]{{2,3}})(?:[（(][男女][)）])?[，,]\s*(?:[男女][，,]\s*)?"
    rf"(?:[{HAN}]{{1,4}}族[，,]\s*)?(?:19|20)\d{{2}}年?\d{{1,2}}月(?:出)?生",
    re.M,
)
_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:多|余)?(?:周)?岁(?:的)?")
_AGE_BEFORE = re.compile(_AGE.pattern + "$")
_ELDERS = "老人|老汉|老伯|大爷|大娘|大妈"
"""What an article calls an old person, before or after the name (71岁的老人保某焕, 70多岁的坚某生老人)."""
_KIND_AFTER_AGE = re.compile(rf"(?:老大爷|老太太|老太|{_ELDERS}|村民|老党员|老兵|阿婆|阿公)")
_ELDER_AFTER_AGE = re.compile(rf"([{HAN}]{{2,3}}?)(?:{_ELDERS})")


def _named_after_an_age(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int]]:
    """今年10岁的金姿妤, 84岁蒋佩新老人: an age is said of a person, so a name jieba reads whole right after
    it is one; three characters, or two the text repeats, with a known surname and no word or place the
    dictionary holds (80岁|高龄, 3岁|小孩 name no one)."""
    text = ctx.text
    for m in _AGE.finditer(text):
        tibetan = text[m.end() : m.end() + 4]
        if tibetan[:2] in TIBETAN_NAME_PARTS and tibetan[2:] in TIBETAN_NAME_PARTS and tibetan not in people:
            yield tibetan, m.end()  # 57岁的次仁曲珍: a Tibetan name of two parts, which no surname opens
            continue
        if (yi := yi_name_at(text, m.end())) is not None and yi not in people:
            yield yi, m.end()  # 46岁的阿西古吉: a Yi name
            continue
        elder = _ELDER_AFTER_AGE.match(text, m.end())
        if elder and surname_at(elder[1], 0) and elder[1] not in people and elder[1][-1] not in NOT_NAME_END:
            yield elder[1], m.end()  # 70多岁的坚虎生老人: the age, the name and the word for an old person
            continue
        if kind := _KIND_AFTER_AGE.match(text, m.end()):
            # 71岁的老人保小焕: the age, the word for an old person, then the name (a rare surname jieba reads whole)
            read = ctx.pos(text[kind.end() : kind.end() + 5])[:1]
            whole = read[0][0] if read and read[0][1] == "nr" and len(read[0][0]) == 3 else None
            if (name := name_starting_at(ctx, kind.end(), set(people)) or whole) and name not in people:
                yield name, kind.end()
            continue
        tokens = ctx.pos(text[m.end() : m.end() + 6])
        if not tokens:
            continue
        name, flag = tokens[0]
        if len(name) == 1 and len(tokens) > 1 and len(tokens[1][0]) == 2 and tokens[1][1] in ("nr", "nrfg", "nz"):
            name, flag = name + tokens[1][0], "nr"  # 52岁的周|国华: the surname and the given name read apart
        if flag != "nr" or name in people or not 2 <= len(name) <= 3 or not name_shaped(name):
            continue
        if text.startswith("·", m.end() + len(name)):
            continue  # 61岁的阿杜汗·艾依提: the first part of a transcribed name, read whole with its dot
        if jieba_tags().get(name) is not None or name in places():
            continue
        if len(name) == 2 and ctx.count(name) < 2:
            continue
        yield name, m.end()


_PSEUDONYM = re.compile(rf"(?P<name>[{HAN}]{{2,3}})[（(]化名[）)]")
_PROPER = frozenset({"nz", "nr", "nrt", "nrfg"})
_CLAUSE_START = re.compile(rf"(?:^|(?<=[，。；！？”]))[{HAN}]{{2,3}}", re.M)


# a clause that opens with a connective or a likening word before its subject: 不过刘莉对…, 像刘莉一样的
_CONNECTIVE_OPENING = re.compile(r"(?:^|(?<=[，。；！？”]))(?:不过|但是|可是|于是|后来|如今|随后|当时|像)", re.M)


# words after which a person's name often stands: 在…的带领下, 提起, 采访, 和, 被, 让
_LINKING_WORD = re.compile(r"(?:在|被|让|给|和|与|跟|同|对|向|提起|说起|谈起|采访|见到|看望|慰问|找到|陪着)了?")
_LINKING_WINDOWS = 500
"""Positions after a linking word and before a surname tagged at most per article: the gold articles hold 35
per 10,000 characters (at most 151), and each is a tagging of its own (20,000 of them took six seconds)."""


def _guessed_whole(word: str, flag: str) -> bool:
    """Three characters after a one-character surname that jieba's model reads as a person's name and its
    dictionary does not know: on the dev gold text 82 of 89 such words are people the annotators list."""
    return (
        len(word) == 3
        and flag == "nr"
        and surname_at(word, 0) == 1
        and word[1] not in "与和及同跟"  # 南与中(垾镇): a direction and a conjunction, no given name
        and jieba_tags().get(word) is None
        and word not in places()
        and word[-1] not in BODY_OR_LEVEL
    )


_BORDERING = re.compile(r"[与和同跟][^，。；！？\n]{1,12}?(?:接壤|相邻|毗邻|交界|相望|相连|为邻|相接)")
_ATTENDS = re.compile(r"(?:、[^，。；]{2,12})?(?:等)?(?:参加|出席|陪同|主持|列席|一同参加|参加了)")


def _repeated_subjects(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int]]:
    """卢伟满怀期待地…。卢伟是村里…: a name that opens two clauses or more, as jieba reads it (a word
    its dictionary does not know that its model reads as a person's name, after a known surname), is the
    person the article follows, title or not. Three such characters read whole (`_guessed_whole`) need
    one clause only, or one place after a linking word (在|王某某的带领下, 提起|杜某斌): both count twice."""
    if len(ctx.text) > SUBJECTS_UP_TO:
        return
    counts: dict[str, float] = {}
    first: dict[str, int] = {}
    openings = [(m.start(), True) for m in _CLAUSE_START.finditer(ctx.text)]
    openings += [(m.end(), True) for m in _CONNECTIVE_OPENING.finditer(ctx.text)]  # 不过|刘莉对…, 像|刘莉一样
    linking = (m.end() for m in _LINKING_WORD.finditer(ctx.text) if surname_at(ctx.text, m.end()))
    openings += [(at, False) for at in islice(linking, _LINKING_WINDOWS)]
    for at, opens_a_clause in openings:
        if not surname_at(ctx.text, at):
            continue  # the word read there must start with a surname: no need to tag the clause
        tokens = ctx.pos(ctx.text[at : at + 6])
        word, flag = tokens[0]
        if not opens_a_clause:
            if _guessed_whole(word, flag):
                counts[word] = counts.get(word, 0) + 2  # 在王建军的带领下, 提起杜文斌，…: once is enough
                first.setdefault(word, at)
            continue
        if len(word) == 1 and flag == "nr" and len(tokens) > 1 and tokens[1][1] in ("nr", "nrfg", "nz"):
            word += tokens[1][0]  # 邝|志远: the surname and the given name read apart
        elif _surname_before_a_common_noun(word, flag, tokens):
            counts[word + tokens[1][0]] = counts.get(word + tokens[1][0], 0) + 1  # 屈|海军 (navy), twice
            first.setdefault(word + tokens[1][0], at)
            continue
        if _surname_before_a_proper_word(word, tokens):
            word += tokens[1][0]  # 郑|金星 (Venus): a given name the dictionary knows as another proper noun
            counts[word] = counts.get(word, 0) + 2 / 3  # so it must open three clauses
            first.setdefault(word, at)
            continue
        if _BORDERING.match(ctx.text, at + len(word)):
            continue  # 夏阁东与含山县接壤: a place's side and what it borders, no one named
        known = jieba_tags().get(word)
        # 田埂, 白杨 are nr words of the dictionary; of three characters it files as names some are people
        # (吴孟超) and some are not (黄金周, 小山村), so those must open more clauses
        guessed = flag in ("nr", "nrfg") and (known is None or (known == "nr" and len(word) == 3))
        if guessed and 2 <= len(word) <= 3 and surname_at(word, 0) and word not in places():
            counts[word] = counts.get(word, 0) + (1 if known is None else 0.5)
            if _guessed_whole(word, flag):
                counts[word] += 1  # 杨春燕被评为…: three characters jieba's model reads whole as a name, once
            if _ATTENDS.match(ctx.text, at + len(word)):
                counts[word] += 1  # 赵刚参加活动。, 李明陪同调研: how a report names who took part, once
            first.setdefault(word, at)
    for name, count in counts.items():
        # nor a known name with the next character (与祝欢|兵分两路: the reporter 祝欢, then an idiom)
        if count >= 2 and name not in people and not any(name in known or known in name for known in people):
            yield name, first[name]


# what is said only of a person, right after the name: an age, a spouse or child, being "one of" a trade
# or a staff (是镇卫生院的一名护士), or a manner only people have (笑着, 激动地)
_SAID_OF_A_PERSON = re.compile(
    r"(?:今年|现年|已经|已)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:多)?岁"
    r"|[和与跟同](?:妻子|丈夫|老伴|爱人|儿子|女儿|父亲|母亲|家人|妻儿|孩子们?)"
    r"|是[^，。；！？\n“”]{0,16}?的?(?:一名|一位)"
    r"|(?:笑着|笑呵呵地|高兴地|激动地|自豪地|感慨地|兴奋地|动情地|乐呵呵地|笑眯眯地|憨厚地|腼腆地|佩服地|一边)"
    r"|(?:脸上|满脸|眼里|眼中)(?:笑|露|洋溢|写满|泛|堆)"  # 符国华脸上笑开了花: a face, a look
)


# a clause that goes on about the one just named: 见到了杨秀英，她正在…
_PRONOUN_NEXT = re.compile(r"[，,](?:他|她)(?![们人])")


# where a name named once may begin: a clause, or after 的 (县城的李志刚) or 了 (见到了杨秀英)
_NAME_MAY_BEGIN_AFTER = frozenset("，。；！？”：\n的了")


def _after_a_body(ctx: Context, start: int) -> bool:
    """家庭农场|于良辉佩服地…: the word before is a body's kind (农场, 公司, 合作社), which the person belongs to."""
    before = [(at, word) for at, word, _ in ctx.words(start - 6, start) if at + len(word) == start]
    return bool(before) and len(before[-1][1]) >= 2 and ends_as_a_body(before[-1][1])


def _named_once_as_a_person(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[tuple[str, int]]:
    """张海燕是镇卫生院的一名护士, 今年52岁的周国华, 吴春梅和丈夫一起…, 见到了杨秀英，她…: a name the
    article gives once, with no title, followed by what is only said of a person. The name is a known
    surname and a given name of two characters (a name of two is too often a word), where jieba's words
    begin and end (no 黄河|从: the surname and what follows may not be one word of another kind), no word
    or place of the dictionary, and not written before a place's level anywhere."""
    text = ctx.text
    if len(text) > SUBJECTS_UP_TO:
        return
    ends = [m.start() for m in _SAID_OF_A_PERSON.finditer(text)]
    ends += [m.start() for m in _PRONOUN_NEXT.finditer(text)]
    for end in sorted(set(ends))[:_LINKING_WINDOWS]:  # each candidate is a tagging: as many as after linking words
        for surname in (2, 1):
            start = end - surname - 2
            if start < 0 or surname_at(text, start) != surname:
                continue
            if start > 0 and text[start - 1] not in _NAME_MAY_BEGIN_AFTER and not _after_a_body(ctx, start):
                continue
            name = text[start:end]
            if name in people or not all_han(name) or not name_shaped(name) or name[-1] in NOT_NAME_END:
                continue
            words = list(ctx.words(start, end + 4))
            if not any(at + len(word) == end for at, word, _ in words):
                continue  # the name's end is inside a word: 刘晓|笑着 read as 刘晓笑|着 would split 笑着
            if any(
                len(word) >= 2 and at < start + surname < at + len(word) and not flag.startswith("nr")
                for at, word, flag in words
            ):
                continue  # 黄河|从: the surname opens a word of another kind
            # 符|国华 (v, nz): a surname jieba reads as a verb before a proper word that is the given name
            proper_given = any(
                at == start + surname and word == name[surname:] and flag in _PROPER for at, word, flag in words
            )
            if any(
                at < end
                and at + len(word) > start
                and flag.startswith(NOT_NAME_TAGS)
                and not (at == start and proper_given)
                for at, word, flag in words
            ):
                continue  # 那|一阵, 王|都是: a pronoun, a number, a verb or an adverb is no part of a name
            yield name, start
            break


def _surname_before_a_common_noun(word: str, flag: str, tokens: Sequence[tuple[str, str]]) -> bool:
    """屈|海军, 王|建国: a surname jieba reads alone, then a common noun of two characters that is no post or
    role (王|村长 is an address), opening a clause: a given name that is a word too; it must open two."""
    if len(word) != 1 or flag != "nr" or len(tokens) < 2 or not surname_at(word, 0):
        return False
    noun, noun_flag = tokens[1]
    return (
        len(noun) == 2
        and noun_flag == "n"
        and not TITLE.fullmatch(noun)
        and not (noun[-1] in ROLE_ENDINGS and is_a_role(noun))
        and noun[-1] not in BODY_OR_LEVEL
        and jieba_tags().get(word + noun) is None
    )


def _surname_before_a_proper_word(word: str, tokens: Sequence[tuple[str, str]]) -> bool:
    """郑|金星: a surname read as a word of its own before a proper noun of two characters (a planet, a
    place, a brand), where the three are no word the dictionary knows."""
    if len(word) != 1 or len(tokens) < 2 or not surname_at(word, 0):
        return False
    given, flag = tokens[1]
    return len(given) == 2 and flag in ("nz", "nr", "nrt", "ns") and jieba_tags().get(word + given) is None


_NAME_DOT = re.compile(rf"(?<=[{HAN}])·(?=[{HAN}])")
_NOT_IN_A_TRANSCRIBED_NAME = ("m", "v", "a", "d", "p", "c", "u", "f", "t", "r", "q", "x")
_SAYS_AFTER = re.compile(SAYS_NEXT)
_PART_ENDING_A_CLAUSE = re.compile(rf"[{HAN}]{{2,5}}(?=[，。；：、！？”）\n])")
_NAMED_AS = re.compile(r"名叫$")
_TRANSCRIBED_NAME_LIMIT = 16  # 阿卜杜热合曼·买买提·吐尔逊 has 13 characters; a longer chain is no name


def _transcribed_names(ctx: Context) -> Iterator[tuple[str, int, str | None]]:
    """凯赛尔·哈斯木江说, 村民买买提·吐尔逊表示: a name transcribed from Uyghur, Tibetan or another language
    keeps its parts apart with a middle dot and takes no surname; it is a person's where the sentence has
    them speak, the text names them twice or a title comes right before it (县长阿卜杜麦吉提·艾海提). Its
    parts are the words around the dot back to a role, a number or a function word (少年|凯赛尔, 村民|买买提)."""
    text = ctx.text
    seen: set[int] = set()
    for dot in _NAME_DOT.finditer(text):
        if dot.start() in seen:
            continue
        begin = dot.start()
        for position, word, flag in reversed(list(ctx.words(dot.start() - 6, dot.start()))):
            if (
                position + len(word) != begin
                or flag.startswith(_NOT_IN_A_TRANSCRIBED_NAME)
                or TITLE.fullmatch(word)
                or (word[-1] in ROLE_ENDINGS and is_a_role(word))
                or not all_han(word)
                or dot.start() - position > 6
            ):
                break
            begin = position
        # jieba cuts a transcription anywhere (阿卜杜|麦吉|提): a title close before the dot bounds it better
        for post in TITLE.finditer(text, max(0, dot.start() - 7 - 12), dot.start() - 2):
            if dot.start() - 7 <= post.end() < begin and all_han(text[post.end() : dot.start()]):
                begin = post.end()
        end = dot.end()
        called = _NAMED_AS.search(text, max(0, begin - 2), begin) is not None  # 名叫…: a person's name follows
        while True:  # 阿卜杜·热合曼·买买提: the parts after each dot
            part_end = end
            words = list(ctx.words(end, end + 10))
            for index, (position, word, flag) in enumerate(words):
                if position != part_end or _SAYS_AFTER.match(word):
                    break
                # 艾海提|参加, 艾依提|依依不舍: jieba reads the name's last syllable as a verb when a verb or
                # an idiom of two characters or more follows
                following = words[index + 1] if index + 1 < len(words) else None
                last_syllable = (
                    len(word) == 1
                    and flag == "v"
                    and part_end > end
                    and following is not None
                    and len(following[1]) >= 2
                    and following[2].startswith(("v", "i"))
                )
                if flag.startswith(_NOT_IN_A_TRANSCRIBED_NAME) and not last_syllable:
                    break
                if not all_han(word) or part_end - end + len(word) > 6:
                    break
                part_end = position + len(word)
                if last_syllable:
                    break
            clause_end = _PART_ENDING_A_CLAUSE.match(text, end)
            if (
                clause_end
                and (called or text[clause_end.end()] in "：:")
                and part_end < clause_end.end()
                and not SAYING_VERB.search(clause_end.group())
            ):
                # 名叫胡玛克孜·托乎|提。, 村民艾买提·托乎|提：“…”: syllables jieba reads as verbs, up to the mark
                # (the colon of a transcript's speaker)
                part_end = clause_end.end()
            if part_end == end:
                break
            end = part_end
            if text[end : end + 1] != "·" or end - begin > _TRANSCRIBED_NAME_LIMIT:
                break
            seen.add(end)
            end += 1
        name = text[begin:end].rstrip("·")
        if begin == dot.start() or "·" not in name or len(name) > _TRANSCRIBED_NAME_LIMIT:
            continue
        title = TITLE_AT_END.search(text, max(0, begin - 12), begin)
        first = text[begin : dot.start()]
        quoted = text[begin - 1 : begin] in "“‘「" and begin > 0  # “内蒙古·鄂尔多斯”, “中国梦·劳动美”: a slogan
        named = (
            len(occurrences(text, name)) >= 2
            or called
            or (
                len(first) >= 3
                and not quoted
                and jieba_tags().get(first) in (None, "nr", "nrt")
                and not is_place(first)
                and len(occurrences(text, first)) > len(occurrences(text, name))
            )
        )  # 名叫胡玛克孜·托乎提, then 胡玛克孜发现…: the person called by the first part alone
        aged = _AGE_BEFORE.search(text, max(0, begin - 8), begin) is not None  # 61岁的阿杜汗·艾依提: a person
        if title or _SAYS_AFTER.match(text, end) or named or aged:
            yield name, begin, title.group() if title else None
