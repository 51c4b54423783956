"""How many characters at a position are a person's name.

A name starts with a known surname, or is a Yi, Tibetan or Mongolian name, which take none; where it ends is
decided by the characters after it (a verb of saying, a mark, a particle) and by jieba's words around it, since
jieba alone splits names (简洪|坤) and joins them to the next word (明说). The document's own repetitions settle
the rest (a name of three the text never writes without its third character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import SAYING
from lytui.analyse.facts.lexicon import (
    COMING_OR_GOING,
    MONGOLIAN_NAME_PARTS,
    NOT_A_NAMES_CHARACTER,
    TIBETAN_NAME_PARTS,
    TIBETAN_SYLLABLES,
    YI_FAMILY_NAMES,
    is_division,
    jieba_tags,
    mongolian_name,
    places,
    surname_at,
)
from lytui.analyse.facts.people_bodies import add_person
from lytui.analyse.facts.people_titles import BODY_OR_LEVEL, TITLE_AFTER_A_CHARACTER
from lytui.han import DIVISION_LEVELS, DOWN_TO_TOWNSHIP, DOWN_TO_VILLAGE, HAN, LazyPattern, all_han
from lytui.model import occurrences

# characters that begin the word after a name rather than end the name
NOT_NAME_END = set(
    "说表介告坦指认称与和等在是的带到对也都就还曾将把被给向为率主深终先这那从同及以并又再已首亲于今去昨上下现挂所地姓赴则"
    "吗呢吧啊呀嘛摄"  # 是我们村书记徐瑶吗？, 新华社记者 连振摄: a question's particle, a photo's credit
    "了过副"  # 校长|高兴了, 张|副区长: a verb's aspect, a deputy's 副 (著 read as 着 may end one: 王方着)
)
_PREPOSITIONS = set("向对为据让给跟同从由被把")
_OPENS_A_VERB_OF_SAYING = set("坦指认称")
"""Characters a name may end with that also open a verb of saying (坦言, 指出, 认为, 称赞); no adverb (也说,
并表示) is among them."""
_ENDS_A_NAME_NOT_A_CONJUNCTION = re.compile(rf"[、，。；：（]|等(?![待候于])|(?:也|还|又|则)?(?:{SAYING})")
SAYING_AT = re.compile(rf"(?:向记者|对记者|向笔者|对笔者)?(?:也|还|又|则)?(?:{SAYING})")
_NEVER_OPENS_A_NAME = frozenset("们的了着过地得")
_SAYING_HOW_AT = LazyPattern(rf"[{HAN}]{{2,3}}?地{SAYING_AT.pattern}")
"""扎拉高兴地向记者介绍: how the words are said, an adverb of two or three characters and 地, before the verb."""


def _a_division_by_its_stem(text: str, at: int) -> bool:
    """Whether a city's or county's name without its level begins at `at` (台前 of 台前县)."""
    return any(
        is_division(text[at : at + size], level) and not CLOSES_A_NAME.match(text, at + size)
        for size in (2, 3)
        for level in "县市区"
    )  # 副县长来新华说: a name closed as one is a name, whatever division it also spells


def _read_whole(ctx: Context, name: str) -> bool:
    """Whether jieba reads `name` as one person's name somewhere it is written (韦光武立即来到: nr)."""
    at = ctx.text.find(name)
    for _ in range(4):
        if at < 0:
            return False
        if any(p == at and w == name and f.startswith("nr") for p, w, f in ctx.words(at, at + len(name) + 2)):
            return True
        at = ctx.text.find(name, at + 1)
    return False


def yi_name_at(text: str, i: int) -> str | None:
    """A Yi name of four at `i` (阿西古吉), where the text closes it as a name (a mark, a verb of saying,
    的, 家, 是)."""
    name = text[i : i + 4]
    if name[:2] not in YI_FAMILY_NAMES or len(name) != 4 or not all_han(name) or name[2] in DIVISION_LEVELS:
        return None
    if any(ch in "说的了是在和与着过" for ch in name[2:]) or jieba_tags().get(text[i + 3 : i + 5]) is not None:
        return None  # 阿西村的, 吉克说: the family name, then a word; a word running past the four (…海默病)
    closed = CLOSES_A_NAME.match(text, i + 4) or text[i + 4 : i + 5] in ("的", "家", "是")
    return name if closed else None


def _yi_names(text: str) -> Iterator[tuple[int, str]]:
    for family in YI_FAMILY_NAMES:
        at = text.find(family)
        while at >= 0:
            if (name := yi_name_at(text, at)) is not None:
                yield at, name
            at = text.find(family, at + 1)


def _rare_surnames_name(ctx: Context, i: int) -> str | None:
    """A name of three whose surname the list lacks (竹, 保): jieba reads it whole as a person's where it
    stands, the dictionary has no such word, and the text writes it twice."""
    words = ctx.pos(ctx.text[i : i + 5])[:1]
    if not words or words[0][1] != "nr" or len(words[0][0]) != 3:
        return None
    name = words[0][0]
    return name if jieba_tags().get(name) is None and ctx.count(name) >= 2 else None


_JOINING = frozenset("和与及同跟")
_DELIVERS = re.compile(r"致(?:欢迎|开幕|闭幕|答谢|新年)?(?:辞|词)|致贺信")
_BRAND_OF_A_BODY = LazyPattern(
    rf"[{HAN}](?:(?![{''.join(NOT_NAME_END)}了])[{HAN}]){{1,2}}(?:专业)?(?:合作社|有限公司|公司|集团)",
    needs=("合作社", "公司", "集团"),
)
"""和|健绿合作社: a brand of two or three characters, then the body's kind (王芳也在合作社 is a name and a clause)."""
_TRANSCRIBED_AFTER = LazyPattern(rf"[{HAN}]{{1,4}}[·•・]", needs=("·", "•", "・"))


def name_starting_at(ctx: Context, i: int, known: set[str]) -> str | None:
    text = ctx.text
    if text[i : i + 2] in TIBETAN_NAME_PARTS and text[i + 2 : i + 4] in TIBETAN_NAME_PARTS:
        return text[i : i + 4]
    if text[i : i + 2] in TIBETAN_NAME_PARTS and (CLOSES_A_NAME.match(text, i + 2) or text[i + 2 : i + 3] == "的"):
        return text[i : i + 2]  # 村民布穷的话, 村民格绒说: a Tibetan name of one part, closed as a name is
    if (
        text[i : i + 2] in TIBETAN_NAME_PARTS
        and text[i + 2 : i + 3] not in TIBETAN_SYLLABLES
        and ctx.count(text[i : i + 2]) >= 2
    ):
        return text[i : i + 2]  # 书记仁真报到…仁真拍了拍: one part after a post, the text naming the person again
    if (yi := yi_name_at(text, i)) is not None:
        return yi  # 乡民吉好也求, 雨量监测员阿西古吉: a Yi family name and a given name of two
    if (mongol := mongolian_name_at(text, i)) is not None:
        return mongol
    if (four := _four_before_saying(text, i)) is not None:
        return four  # 第一书记蔡白姑惹告诉记者, 村支书阿米而朴介绍: a name of four, closed by the verb of saying
    if text[i : i + 1] in _JOINING and _TRANSCRIBED_AFTER.match(text, i + 1):
        return None  # 牧民和|木尔扎·朱马: "and", then a name transcribed with its dot, not the surname 和
    if (
        text[i : i + 1] in _PREPOSITIONS
        and (other := surname_at(text, i + 1))
        and text[i + 1 + other : i + 2 + other] == "某"
    ):
        return None  # 向|贾某说明: a preposition before a person the text hides, no surname 向
    surname = surname_at(text, i)
    if not surname and (rare := _rare_surnames_name(ctx, i)) is not None:
        return rare  # 村民竹丽琼…竹丽琼现在: a surname too rare for the list, a name jieba reads whole, twice
    if not surname or TITLE_AFTER_A_CHARACTER.match(text, i + surname):
        return None  # 由|团长担任, 向|村长反映: a preposition before a post, or 王书记, a form of address
    if text[i + surname : i + surname + 1] == "第":
        return None  # 党委书记|任第一总河长: to serve as the first…; no given name begins with an ordinal
    if _BRAND_OF_A_BODY.match(text, i):
        return None  # 村主任和|健绿合作社: the characters after the post open a body's name, no person's
    if text[i : i + 1] == "那" and _THAT_OF.match(text, i + 1):
        return None  # 总理|那和蔼亲切的身影: "that", then what is said of the one before it
    # 村民|都|一脸喜庆, 村民|曾|参与: an adverb after a role, then a verb, a number or an adjective, is no surname
    # (曾乡伟, 曾向东 are names)
    if (
        surname == 1
        and text[i] in ADVERB_AFTER_A_NAME
        and (jieba_tags().get(text[i + 1 : i + 3]) or "n")[:1] in "vmdcpr"
        and not CLOSES_A_NAME.match(text, i + 3)  # 书记曾立新说, 村民曾进步，: a name the verb of saying closes
    ):
        return None
    if surname == 1 and text[i] in COMING_OR_GOING and _a_one_character_verb_at(ctx, i + 1):
        return None  # 游客|来买, 村民|来敲我的门: the verb of coming and what is done, no 来 surname
    if surname == 1 and text[i] in COMING_OR_GOING and _a_division_by_its_stem(text, i + 1):
        return None  # 邀请集团负责人|来台前考察: coming to a place (台前县), no 来 surname
    adverb_next = False
    for given in (2, 1):
        name = text[i : i + surname + given]
        if len(name) != surname + given or not all_han(name):
            continue
        if name in known:
            return name
        if given == 2 and name[surname] == "某" and name[-1] != "某":
            begins_a_word = jieba_tags().get(text[i + len(name) - 1 : i + len(name) + 1]) is not None  # 余某|借款
            if _kept_a_character(ctx, name) and name[-1] not in NOT_NAME_END and not begins_a_word:
                return name  # 杨某跃和杨某强: however jieba reads 某跃, the page keeps one given character
            continue  # 除村民张某外: 某 stands for the given name; 聂某东 keeps one character, and recurs
        if given == 2 and name[0] == name[2] and name[1] in "不没一":
            return None  # 村民|富不富, 高不高: a question asked A-not-A, not a name
        if given == 2 and name[-1] in "和与同及为" and _ENDS_A_NAME_NOT_A_CONJUNCTION.match(text, i + len(name)):
            return name  # 杨庆和说, 教授苗华为、: a conjunction or 为 joins words, never a name to a verb or a stop
        if given == 2 and name[-1] == "为" and text.startswith("为", i + len(name)):
            return name  # 院长李大为为群众办实事: the name's 为, then "for" the one served
        if given == 2 and name[-1] in NOT_NAME_END:
            if (
                name[-1] in _OPENS_A_VERB_OF_SAYING
                and SAYING_AT.match(text, i + len(name))
                and jieba_tags().get(text[i + len(name) - 1 : i + len(name) + 1]) is None
            ):
                return name  # 胡霖坦|介绍: 坦 would begin 坦言; a verb of saying right after ends the name (not 指|称)
            continue
        if given == 2 and jieba_tags().get(name[-1] + text[i + len(name) : i + len(name) + 1]) == "d":
            adverb_next = True
            continue  # 部长李平|常年在牧区工作: the last character begins an adverb with the next (常年)
        if given == 1 and adverb_next:
            return name  # however jieba read 李|平常|年, the adverb after the name fixes where it ends
        if given == 2 and name[-1] in "时们" and ctx.count(name[:-1]) > ctx.count(name):
            continue  # 场长陈锐时，他正…; 陈锐告诉笔者: "when" after a name the text writes alone elsewhere
        if (
            given == 2
            and (jieba_tags().get(text[i + len(name) - 1 : i + len(name) + 1]) or "").startswith("v")
            and ctx.count(name[:-1]) > ctx.count(name)
        ):
            continue  # 庭长路伟|接到案件后…让路伟更坚定: a verb opens with the last character (接到)
        if given == 2 and _DELIVERS.match(text, i + len(name) - 1) and name[:-1] not in places():
            return name[:-1]  # 县委书记李宽|致欢迎辞: the verb of delivering a speech ends the name, however jieba cuts
        if given == 2 and spoken_to(name):
            return None
        if given == 2 and name[-1] in DOWN_TO_TOWNSHIP and BODY_OF_A_LEVEL.match(text, i + len(name)):
            continue  # 副县长罗皓|县政协副主席: the level begins the next body, after a name of two
        if given == 2 and SAYING_AT.match(text, i + len(name)):
            return name  # 高安友说: a verb of saying closes the name, however jieba cut the characters
        if given == 2 and aspect_particle_at(ctx, i + len(name)) and _a_one_character_verb_at(ctx, i + len(name) - 1):
            continue  # 主人林海|笑着告诉记者: the verb its particle follows is no given name's character
        if given == 2 and _a_verb_after_the_word_it_broke(ctx, i, name):
            return name  # 副县长王卓民|主持: a verb follows, however jieba read 民主
        if given == 1 and name[-1] in DOWN_TO_VILLAGE:
            continue  # 董事长向|市领导介绍: a preposition before a place's level, not 向市
        if given == 1 and name[-1] not in NOT_NAME_END and SAYING_AT.match(text, i + len(name)):
            return name  # 镇长李明说: jieba reads 明说 as a verb; the verb of saying closes a name of two
        if splits_a_word(ctx, i, len(name)):
            if given == 2 and _never_written_shorter(ctx, name):
                return name  # 村民韦光|武家丢失, 韦光武立即…: the text never writes the two without the third
            continue
        return name
    return None


def tibetan_of_two_parts(name: str) -> bool:
    """昂文扎西: two parts of two characters, one a known Tibetan name part and the other no word the
    dictionary knows (村民扎西说: 村民 is one), nor the whole."""
    first, second = name[:2], name[2:]
    tags = jieba_tags()
    return (
        all_han(name)
        and (first in TIBETAN_NAME_PARTS or second in TIBETAN_NAME_PARTS)
        and tags.get(name) is None
        and not (first not in TIBETAN_NAME_PARTS and tags.get(first) is not None)
        and not (second not in TIBETAN_NAME_PARTS and tags.get(second) is not None)
    )


def _four_before_saying(text: str, i: int) -> str | None:
    """蔡白姑惹告诉记者, 阿米而朴介绍: four characters after a post, opened by a surname or 阿, that a verb of
    saying closes, none of them making a word with the next (王明明确表示: 明确 is one)."""
    name = text[i : i + 4]
    if len(name) < 4 or not all_han(name) or not SAYING_AT.match(text, i + 4):
        return None
    if not (surname_at(name, 0) or name[0] == "阿") or any(
        ch in NOT_NAME_END or ch in "着了地过人们" for ch in name[2:]
    ):
        return None  # 林海笑着|告诉, 王强等人|说, 张某也笑|说: a name of two and how or with whom he says it
    tags = jieba_tags()
    if any(tags.get(text[i + k : i + k + 2]) is not None for k in (1, 2, 3)) or tags.get(name) is not None:
        return None
    return name


def two_before_saying(ctx: Context, i: int) -> str | None:
    """组长娜香介绍, 副书记代君说, 村民扎拉高兴地介绍: between a post and a verb of saying (and how it is said),
    two characters no dictionary holds, or holds as a name, are the holder's name, though no surname opens it
    (a Lahu, Wa or Dai name, a Tibetan one of one part); none of them read as a verb, a pronoun or a particle
    (负责人笑着说, 记者面他问道: the clause going on). An adjective may be a given name's character (香)."""
    name = ctx.text[i : i + 2]
    if len(name) < 2 or not all_han(name) or name[0] in _NEVER_OPENS_A_NAME:
        return None  # 村民们|乐呵呵地说: the plural's 们 ends the role, it opens no name
    if not (SAYING_AT.match(ctx.text, i + 2) or _SAYING_HOW_AT.match(ctx.text, i + 2)):
        return None
    if (
        not (jieba_tags().get(name) or "nr").startswith("nr")
        or name in places()
        or any(ch in NOT_NAME_END or ch in BODY_OR_LEVEL for ch in name)
    ):
        return None
    if any(flag.startswith(_NOT_IN_A_GIVEN_NAME) for _, flag in ctx.pos(name)):
        return None
    return name


def mongolian_name_at(text: str, i: int) -> str | None:
    """书记米吉格道尔吉说, 牧民孟克达来热情地: a Mongolian name of parts, not a place's (乌兰哈达|苏木); 旗长额尔敦夫、:
    one part of three characters or more and one character more, closed by a mark, after a post."""
    for size in range(7, 3, -1):
        if mongolian_name(text[i : i + size]) and not _PLACE_LEVEL_AFTER.match(text, i + size):
            return text[i : i + size]
    for size in (4, 3):
        part = text[i : i + size]
        if part in MONGOLIAN_NAME_PARTS and len(part) >= 3:
            for end in (i + size, i + size + 1):
                extra = text[i + size : end]
                if extra and (extra in NOT_NAME_END or extra in "家们的"):
                    continue  # 乌力吉说：, 巴特尔家: the verb or the family after the name, not part of it
                if all_han(text[i:end]) and re.match(_MARK_AFTER_A_NAME, text[end : end + 1]):
                    return text[i:end]
            if len(part) == size and (
                SAYING_AT.match(text, i + size) or text[i + size : i + size + 1] in _VERB_AFTER_A_PART
            ):
                return part  # 村民布日古代是…, 牧民照日格图说起…: a whole part, then the verb the person does
    return None


_MARK_AFTER_A_NAME = r"[、，。；：！？（）“”\s]"
_VERB_AFTER_A_PART = frozenset("是在也都就将带把给说")
_PLACE_LEVEL_AFTER = re.compile(rf"[{DIVISION_LEVELS}湖山河路街]|苏木|嘎查")
"""What ends a place's name after the parts of one (乌兰哈达|苏木): a level, a landform, a street."""
CLOSES_A_NAME = re.compile(rf"{_ENDS_A_NAME_NOT_A_CONJUNCTION.pattern}|{_MARK_AFTER_A_NAME}|$")


def _a_verb_after_the_word_it_broke(ctx: Context, at: int, name: str) -> bool:
    """王卓民主持: the sentence's words read the name's last character with the next as one word (民主)
    that breaks a verb after it (主持); the surname and the first given character make none (那里|挖掘 is
    no name), and the last is no function character (王伟|一行走访: 一行, the party, is the word)."""
    tags = jieba_tags()
    last = at + len(name) - 1
    broken = next((word for position, word, _ in ctx.words(last - 2, last + 3) if position == last), "")
    return (
        len(broken) == 2
        and name[-1] not in NOT_A_NAMES_CHARACTER
        and tags.get(name[:2]) is None
        and (tags.get(ctx.text[last + 1 : last + 3]) or "").startswith("v")
    )


def _a_one_character_verb_at(ctx: Context, at: int) -> bool:
    """Whether the sentence's words read the character at `at` as a verb of its own (来|买, 笑|着)."""
    return any(
        position == at and len(word) == 1 and flag.startswith("v") for position, word, flag in ctx.words(at - 2, at + 3)
    )


def aspect_particle_at(ctx: Context, at: int) -> bool:
    """Whether the sentence's words read 了, 着 or 过 at `at` as a particle on its own (奉上|了), not as the
    first character of a word (了解, 着重, 过去)."""
    if ctx.text[at : at + 1] not in _ASPECT:
        return False
    return any(position == at and word in _ASPECT for position, word, _ in ctx.words(at - 2, at + 3))


_CLOSES_A_TRANSCRIBED = re.compile(rf"{_MARK_AFTER_A_NAME}|介绍|表示|指出|强调|告诉")


def tibetan_of_three(text: str, at: int) -> str | None:
    """村党支部书记扎西瓦介绍, 才卓玛说: a Tibetan name of three after a post, a given name's part of two (扎西,
    卓玛) and one more syllable of such names, closed by a mark or a verb of saying."""
    name = text[at : at + 3]
    if len(name) != 3 or not set(name) <= TIBETAN_SYLLABLES or not _CLOSES_A_TRANSCRIBED.match(text, at + 3):
        return None  # 扎西|才说, 扎西|多说: an adverb after the name of two, so only a mark or 介绍 closes it
    return name if name[:2] in TIBETAN_NAME_PARTS or name[1:] in TIBETAN_NAME_PARTS else None


def rare_surnamed(ctx: Context, at: int) -> str | None:
    """副市长经大忠、: a surname too rare for the list (经, 佴, 禚) after a post, where the sentence's own
    words read the three characters as one name that no dictionary holds, closed by a mark or a verb of
    saying."""
    if surname_at(ctx.text, at):
        return None
    for position, word, flag in ctx.words(at, at + 6):
        if position != at:
            continue
        if len(word) == 3 and flag == "nr" and all_han(word) and word not in jieba_tags():
            return word if CLOSES_A_NAME.match(ctx.text, at + 3) else None
        return None
    return None


_ANONYMISED_ITEM = re.compile(rf"[{HAN}]某[{HAN}](?=[、和与及])")


def _kept_a_character(ctx: Context, name: str) -> bool:
    """聂某东 (recurring), 被告人张某华、李某明, 杨某跃和杨某强: a page that hides given names but one character
    writes the name again, or lists such names (three characters, then a list's mark or 和) somewhere."""
    if ctx.count(name) >= 2:
        return True
    listed: frozenset[str] = ctx.once(
        "anonymised names listed",
        lambda: frozenset(
            m.group() for m in _ANONYMISED_ITEM.finditer(ctx.text, 0, min(len(ctx.text), SUBJECTS_UP_TO))
        ),
    )
    return bool(listed - {name[:2] + ch for ch in NOT_NAME_END})


def _never_written_shorter(ctx: Context, name: str) -> bool:
    """Whether the text writes `name` twice or more, its first two characters never without the third, and
    jieba reads it whole somewhere. Counting is a pass over the text for each name, so a text longer than
    the repeated-subjects rule reads is not asked."""
    if len(ctx.text) > SUBJECTS_UP_TO:
        return False
    if ctx.count(name) < 2 or ctx.count(name) != ctx.count(name[:-1]):
        return False
    # 王凤仙家 three times: jieba reads 王凤|仙家 each time, but 家 after a name is that person's home
    return _read_whole(ctx, name) or all(
        ctx.text.startswith("家", at + len(name)) for at in occurrences(ctx.text, name)
    )


_NAME_FOR = re.compile(rf"[{HAN}]{{2,3}}为(?:[{HAN}]{{2,4}}(?:做|办|送|解决|提供|检查|服务|诊治|看病|讲解|修))")
"""A name, 为 and whom something is done for (王勇为群众办实事, 梅勇为刘吉华做检查)."""
BODY_OF_A_LEVEL = re.compile("政协|委|政府|人大|人民|党|纪委|公安|法院|检察院|财政|教育|卫健|民政|交通|文旅")


def spoken_to(name: str) -> bool:
    """向|企业, 对|村民: a preposition that is a surname too (向, 同), then a common noun, is whom a verb
    is done to or for, not a name (向佐坤 and 向建国 are names: no common noun follows 向); so is one the text
    hides (向|贾某)."""
    if name[0] not in _PREPOSITIONS:
        return False
    # 向|贾某: a person the text hides (a surname and 某) after the preposition
    return jieba_tags().get(name[1:]) == "n" or (name[-1] == "某" and surname_at(name, 1) == len(name) - 2)


ADVERB_AFTER_A_NAME = frozenset("正也都就还又曾将在")
_THAT_OF = re.compile(r"[^，。！？、；：\n]{1,8}的")
_ASPECT = frozenset("了着过")
"""Particles that follow a verb, never a name (奉上了, 看着); as jieba reads them, not 了解, 着重, 过去."""


def splits_a_word(ctx: Context, start: int, size: int) -> bool:
    """校长和现政府: `和现政` would end inside 政府, and `和现` starts with a conjunction, not a surname. A
    name ends where jieba's words end, and does not start with a word that joins two others."""
    tokens = ctx.pos(ctx.text[start : start + size + 3])
    ends = set()
    position = 0
    for word, _ in tokens:
        position += len(word)
        ends.add(position)
    first, flag = tokens[0]
    if flag == "nr" and len(first) == size + 1 and size == 3 and first[-1] in ADVERB_AFTER_A_NAME:
        return False  # 何胜海正|和妻子: jieba took the adverb after a name of three into it
    if (
        size not in ends
        and size + 1 in ends
        and ctx.text[start + size] == "为"
        and ctx.text[start + size + 1 : start + size + 2] != "为"  # 李大为|为群众: the name's own 为, then "for"
        and _NAME_FOR.match(ctx.text, start)
    ):
        return False  # 主任王勇为|群众办实事: jieba reads 勇为 (见义勇为); 为 is "for" the one served
    if size not in ends or (len(tokens[0][0]) == 1 and tokens[0][1] == "c" and size > 1):
        return True
    if size == 2 and len(tokens[0][0]) == 1 and len(tokens[1][0]) == 1 and tokens[1][1][:1] in ("p", "c", "u", "r"):
        return True  # 居民|都|被, 民宿|及: a surname's character, then a word that joins or points, is no name
    if len(tokens[0][0]) >= 2 and size > len(tokens[0][0]) and tokens[0][1] in ("v", "vn", "a", "ad", "d", "t"):
        return True  # 成员|展示|时, 古老|传说, 白天|因: a verb, an adjective or a time begins the span, no name
    if (
        len(tokens) > 1
        and len(tokens[0][0]) == 1
        and tokens[0][1][:1] in ("d", "p", "c")
        and len(tokens[1][0]) == 1
        and tokens[1][1][:1] in ("v", "p", "c", "u", "r", "d")
    ):
        return True  # 居民|都|是|像, 都|会: a surname's character read as an adverb, then a verb, is the clause
    inside, position = [], 0
    for word, flag in tokens:
        if position >= size:
            break
        inside.append((word, flag))
        position += len(word)
    if size == 3 and len(inside) == 2 and inside[0][1] == "nr" and len(inside[1][0]) == 2 and inside[1][1] == "v":
        return False  # 陈|登高: jieba reads the surname as a name's, so the verb after it is the given name
    if size == 4 and len(inside) == 2 and surname_at(inside[0][0], 0) == 2 and len(inside[1][0]) == 2:
        return False  # 欧阳|佑春: a surname of two, then a given name of two, whatever jieba tags the second
    if size == 3 and len(inside) == 2 and len(inside[0][0]) == 2 and inside[0][1] == "nr":
        shorter, whole = ctx.count(inside[0][0]), ctx.count(ctx.text[start : start + size])
        if inside[1][1][:1] in ("v", "p", "d", "c") and shorter > whole:
            return True  # 书记陈晨|赴…，陈晨来到: a name of two read whole, that the text names alone too
        # (not a preposition or an adverb: 记者王|根据…)
    # 来帮忙: a verb or an adverb of two characters inside the span is a phrase, not a given name
    return any(len(word) >= 2 and flag[:1] in ("v", "d", "p", "c", "f") for word, flag in inside[1:])


def yi_names_said_or_repeated(ctx: Context, people: dict[str, dict[str, Any]]) -> None:
    """吉好也求说, 阿西古吉…阿西古吉家: a Yi name said or written twice."""
    for at, name in _yi_names(ctx.text):
        if name not in people and (ctx.text.count(name) >= 2 or SAYING_AT.match(ctx.text, at + len(name))):
            add_person(people, name, at, None, None)


NOT_NAME_TAGS = ("v", "d", "a", "c", "p", "r", "u", "m", "q", "t", "f")
_NOT_IN_A_GIVEN_NAME = tuple(tag for tag in NOT_NAME_TAGS if tag != "a")
SUBJECTS_UP_TO = 200_000
"""Characters of text up to which clause openings are tagged to find people named without a title."""


def name_shaped(item: str) -> bool:
    """Two or three characters after a known surname that the dictionary does not file as a word or a
    place (冯丽, 段素青; not 周边, 南京)."""
    return (
        surname_at(item, 0) > 0
        and len(item) - surname_at(item, 0) >= 1
        and jieba_tags().get(item) in (None, "nr", "nrfg")
        and item not in places()
        and item[-1] not in BODY_OR_LEVEL
    )


def may_be_a_name(word: str) -> bool:
    """A name as the dictionary sees it, or a word it does not know (贫困户|全部脱贫: 全部 is a word)."""
    return jieba_tags().get(word) in (None, "nr", "nrfg", "nrt")


def ordinary_word(word: str) -> bool:
    """A dictionary word of another kind than a name or a noun (强调, 表示, 要求)."""
    tag = jieba_tags().get(word)
    return tag is not None and tag.startswith(NOT_NAME_TAGS) and not tag.startswith(("nr", "nrt", "nrfg"))


def name_before_a_home(text: str, name_at: int) -> str | None:
    """来到村民赵某东家中, 村民刘某胡家因烧炕…, 低保户赖某家，: the name, then 家 (the home) and what is said of
    it; jieba reads 东家 or 胡家 as a word, or 家 as the name's last character."""
    for size in (3, 2):
        home = name_at + size
        if text[home : home + 1] == "家" and text[home + 1 : home + 2] in _AFTER_A_HOME:
            name = text[name_at:home]
            if name[-1] in _A_WHOLE_HOUSEHOLD:
                continue  # 村民李强一家人: the whole family (一家, 全家), after a name of two
            return name if all_han(name) and surname_at(name, 0) and name_shaped(name) else None
    return None


_A_WHOLE_HOUSEHOLD = frozenset("一全两三整")
_AFTER_A_HOME = frozenset("，。、；中里门院的因人住")
