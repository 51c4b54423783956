"""Titled documents in 《》 and quotations with their speakers.

A quotation is what stands in “” and reads as speech (long, or a full clause); short quoted terms
(“县县通铁路”) are slogans, and so are quoted words a clause leads into (呈现“…，…”特征). The
speaker is the person named next to a verb of saying, before (`陈东华坦言：“…”`) or after (`“…”吴云娟说`)
the quote, within the same sentence, or the post named there when no name is (`有关负责人说：“…”`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import (
    MONGOLIAN_NAME_PARTS,
    QUOTED_TERM,
    address_posts,
    familiar_forms,
    jieba_tags,
    mongolian_name,
    surname_at,
)
from lytui.analyse.facts.provenance import SPEAKER_FROM_CONTEXT, SPEAKER_FROM_PRONOUN
from lytui.data import titles_alternation
from lytui.han import HAN, han_count
from lytui.model import Fact, Quote, occurrences

TITLE = re.compile(r"《([^《》\n]{1,80})》")
SAYING = (
    "如是说|告诉记者|告诉笔者|告诉|表示|介绍|坦言|直言|说道|说|指出|强调|认为|称|透露|回忆|感慨|感叹|笑着说|解释|谈到|提到"
    "|宣讲|叮嘱|嘱咐|喊道|问道|答道|回答|回复|笑道|叹道|赞不绝口|讲起|估计"
)
SAYING_VERB = re.compile(SAYING)
"""A verb of saying, where it stands (也说 and 笑着表示 hold one)."""


def documents(ctx: Context) -> Iterator[Fact]:
    for m in TITLE.finditer(ctx.text):
        yield ctx.fact("document", m.start(), m.end(), m.group(1))


_OPEN_QUOTES = {"“": "”", "「": "」"}


def _quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """Outermost “…” or 「…」 pairs (Taiwan and Hong Kong texts use corner brackets); nested ‘…’ or
    『…』 stay inside. A quote left open at the end of its paragraph after a full sentence is one too,
    ending there (`_left_open`): speech that goes on in the next paragraph, or a page cut off in it."""
    depth = 0
    start = 0
    closer = ""
    for i, ch in enumerate(text):
        if depth == 0 and ch in _OPEN_QUOTES:
            start, closer, depth = i, _OPEN_QUOTES[ch], 1
        elif depth and ch == text[start]:
            depth += 1
        elif depth and ch == closer:
            depth -= 1
            if depth == 0:
                yield start, i + 1
        elif ch == "\n":
            if depth == 1 and _left_open(text, start, i):
                yield start, i
            depth = 0
    if depth == 1 and _left_open(text, start, len(text)):
        yield start, len(text)


_MARK_THEN_NARRATIVE = re.compile(rf"[！？][{HAN}]")
_OPEN_SPEECH = 6
_CUT_OFF_SPEECH = 10  # characters a quote left open must hold: a sentence, not a term cut by the line's end


def _left_open(text: str, start: int, end: int) -> bool:
    """“这已经是学会专家第三次到柴湖来了，…很受老百姓欢迎。⏎: a quote whose paragraph ends in a full sentence
    and no closing mark, opening the paragraph or after a colon or a verb of saying, where the speech goes
    on as Chinese writes it (the next paragraph opens with a quotation mark) or the text ends (a page cut
    off in it). A closing mark a lost byte took leaves the next paragraph as narrative: no quote then."""
    inner = text[start + 1 : end].rstrip()
    following = text[end:].lstrip()
    cut_off = (  # 说：“今年雨水偏少，沿途草场…，(the page ends): speech a scrape cut off
        not following
        and han_count(inner) >= _CUT_OFF_SPEECH
        and _SAYS_NOW.search(text, max(0, start - 8), start) is not None
    )
    return (
        (not following or following[0] in _OPEN_QUOTES)
        and not _MARK_THEN_NARRATIVE.search(inner)  # 表演！本子民陈某…: the closing mark after ！ was lost
        and (inner.endswith(("。", "！", "？", "…")) or cut_off)
        and han_count(inner) >= _OPEN_SPEECH
        and _where_speech_opens(text, start, "\n")
    )


def _where_speech_opens(text: str, start: int, breaks: str) -> bool:
    """A quote at `start` opens the text, follows one of `breaks`, or follows a colon or a verb of saying."""
    return (
        start == 0
        or text[start - 1] in breaks
        or text[start - 1] in "：:"  # 王新刚：“…: a transcript's speaker and a colon
        or _SAYS_NOW.search(text, max(0, start - 8), start) is not None
    )


def _closed(text: str, end: int) -> bool:
    return text[end - 1 : end] in ("”", "」")


def _list_heads(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """For each quote in a list of quotes (“…”、“…” or “…”“…” where the first has no sentence's end), the
    index of the list's first quote; quotes standing alone are not in the result."""
    heads: dict[int, int] = {}
    for index in range(1, len(spans)):
        end, next_start = spans[index - 1][1], spans[index][0]
        between = text[end:next_start]
        if between == "、" or (between == "" and text[end - 2 : end - 1] not in "。！？…"):
            head = heads.get(index - 1, index - 1)
            heads[index - 1] = head
            heads[index] = head
    return heads


def _opens_speech(text: str, start: int) -> bool:
    """Whether a colon or a verb of saying stands right before the quote: speech follows; a list of
    quotes nothing introduces is one of banners or slogans."""
    before = text[max(0, start - 8) : start].rstrip()
    return before.endswith(("：", ":")) or _SAID_BEFORE.search(before) is not None


def _is_sentence(inner: str) -> bool:
    """Words said: a mark of a sentence and three characters or more (“启动！”, “行动！” are shouts, a
    command or a cue, nobody's words worth copying), no sound written out."""
    return bool(re.search(r"[，。！？；…]", inner)) and han_count(inner) >= _WORDS_SAID and not _a_sound(inner)


_WORDS_SAID = 3
_SAID_WITH_A_SPEAKER = 10
_SAID_WITHOUT_A_MARK = 6  # “如今的日子好过多了”，…王某庆…告诉我们: words said, with no mark inside


def _stands_as_speech(text: str, start: int, end: int) -> bool:
    """Short words with no mark inside are speech where speech stands: opening a sentence, a comma after
    them (“如今的日子好过多了”，…), or after a colon or a verb of saying (老人感慨，“过年都没这么热闹”。), the
    whole of its clause; a name or a motto stands inside one (…的“星光老年之家”的建筑面积, 表示，“安全生产楚天行”
    是…)."""
    return _where_speech_opens(text, start, "\n。！？；") and text[end : end + 1] in (
        "，",
        ",",
        "。",
        "！",
        "？",
        "\n",
        "",
    )


def _a_sound(inner: str) -> bool:
    """咚咚咚，咚咚锵……, 咚咚锵！: a sound written out, a few characters of sounds over and over, is nobody's words nor a
    motto (“谢谢，谢谢！”, “好好好，对对对！” are words said)."""
    characters = _HAN_CHAR.findall(inner)
    return (
        len(characters) > len(set(characters))  # 咚咚锵: a sound repeats
        and len(set(characters)) <= _A_SOUNDS_CHARACTERS
        and set(characters) <= _SOUNDS
    )


_SOUNDS = frozenset("咚锵嘀嗒哗啦砰嘭嘣噔咕噜叮当铛呼嗖轰隆咔嚓嘎吱喵汪呜嘟哒咣哐噼啪扑通呱嗡吱滴")


_A_SOUNDS_CHARACTERS = 3


_SENTENCE_STOP = re.compile(r"[。！？\n“「]")
_CLOSING_VERB = re.compile(rf"(?:{SAYING})[道了]?\s*$")


def _sentence_after(ctx: Context, end: int, size: int) -> str:
    """What follows a quote to the end of its sentence (or the next quote of speech: a quoted term inside
    the clause, 2023年“春风行动”暨…招聘会上, does not end it), within `size` characters."""
    tail = ctx.text[end : end + size]
    for stop in _SENTENCE_STOP.finditer(tail):
        if stop.group() in "“「" and _inside_a_clause(ctx.text, end + stop.start()):
            continue
        if stop.start() == 0 and _TERM_OPENING.match(tail):
            continue  # ”“琼临渔01122”船长黄冠松说: a boat's or a brand's name opens the sentence, no speech
        return tail[: stop.start()]
    return tail


# a short quoted name with no mark of a sentence in it, glued to the quote before and the words after it
_TERM_OPENING = re.compile(rf"[“「][^“”「」，。！？；：\n]{{1,12}}[”」](?=[{HAN}])")


def _speaker_after(ctx: Context, end: int, names: list[str]) -> str | None:
    tail = _sentence_after(ctx, end, 80)
    if not tail and ctx.text.startswith("。", end):  # “…”。某协会副会长高某介绍道。: the next sentence says whose
        return _subject_of_closing_verb(_sentence_after(ctx, end + 1, 80), names)
    for m in SAYING_VERB.finditer(tail):
        head = tail[: m.start()]
        if _OPENS_THE_NEXT_QUOTE.match(ctx.text, end + m.end()):
            return None  # ”赵某刚说：“…: the verb and its colon open the next quotation, whose speaker he is
        for name in sorted(names, key=len, reverse=True):
            if head.endswith(name) and not _ADDRESSED.search(_without_title(ctx, head[: -len(name)], name)):
                return name
            if head.endswith(name):  # 杨老汉指着魏某说: the one spoken to or about; the subject speaks
                others = [other for other in names if other != name and other not in name]
                return _subject_of_closing_verb(head[: -len(name)] + m.group(), others)
        if tail.startswith(("，", ",")) and (subject := _the_one_clause_subject(head, names)):
            return subject  # ”，站在…路上，村干部王某庆指着…高兴地告诉我们，…: the one person before the verb
    return _subject_of_closing_verb(tail, names)


def _the_one_clause_subject(head: str, names: list[str]) -> str | None:
    """The one person named between a quote and the verb of saying after it, in the clause of the verb, when
    nobody is spoken to or about there (…，村民王某保在一旁插话说)."""
    return _the_one_named(re.split(r"[，,；;]", head)[-1], names)


def _the_one_named(clause: str, names: list[str]) -> str | None:
    """The one person a clause names (no other name found holds the name), unless the clause speaks to, asks,
    holds or helps someone before the name (记者问县长王某, 拉着刘某强的手) or names whose (赵某明的儿子)."""
    named = [name for name in names if name in clause and not any(o != name and name in o for o in names)]
    if len(named) != 1:
        return None
    at = clause.find(named[0])
    if _ASKED_OR_ADDRESSED.search(clause, 0, at) or clause.startswith("的", at + len(named[0])):
        return None
    return named[0]


def _without_title(ctx: Context, before: str, name: str) -> str:
    """The words before a name without the person's title written right before it (对村民|周伟说)."""
    title = (ctx.people.get(name) or {}).get("title") or ""
    return before[: -len(title)] if title and before.endswith(title) else before


_OPENS_THE_NEXT_QUOTE = re.compile(r"[道了]?\s*[:：]\s*[“「]")


# what stands before the one spoken to or pointed at, not the one who speaks (对村民说, 指着魏某说)
_PREPOSITIONS_OF_ADDRESSING = "对|向|跟|朝|给"
_ADDRESSED_BY = f"{_PREPOSITIONS_OF_ADDRESSING}|冲|指着|看着|望着|冲着|对着|拉着|握着|围着|搀着|扶着|陪着"
_ADDRESSED = re.compile(rf"(?:{_ADDRESSED_BY})$")
_DESCRIBED_BY_A_DEED = re.compile(r"(?:感受|感触|体会|受益|收获|变化|最|更)[^，。]*的")
_ADDRESSED_IN = re.compile(
    rf"(?:^|(?<=[^{HAN}])|(?<=[也又还就便都他她]))(?:{_PREPOSITIONS_OF_ADDRESSING})(?![来阳口班着这一])"
)


def _subject_of_closing_verb(sentence: str, names: list[str]) -> str | None:
    """”9月20日，在荷塘内，游客郭女士举起莲蓬，笑着说。 / ”…，习近平总书记考察湖北时强调。: the sentence
    after a quote ends with the verb of saying, and the person it names first (after the time and the
    place) is who says it."""
    closing = _CLOSING_VERB.search(sentence)
    if closing is None:
        return None
    head = _INTERVIEWED_BY.sub("", sentence[: closing.start()])  # 在接受新华社记者李某采访时说: he asks, not says
    found = [(head.find(name), -len(name), name) for name in names if name in head]
    return min(found)[2] if found else None


_A_MEETING_OF = re.compile(r"(?:宣讲|介绍|座谈)会")
_WHILE_SAYING = re.compile(r"说(?:话)?(?:间|时|起)")
_INTERVIEWED_BY = re.compile(r"(?:接受|面对)[^，。！？；“”]{0,24}?采访")


def _pronoun_speaker(ctx: Context, start: int, end: int, names: list[str]) -> str | None:
    """“…”他说: the pronoun before the verb of saying stands for the person the paragraph named last."""
    tail = ctx.text[end : end + 20]
    if (m := SAYING_VERB.search(tail)) and _PRONOUN_SPEAKER.fullmatch(tail[: m.start()]):
        # …郑某成表示，…。⏎“…”他说: he may be who the paragraph before was about
        if found := _last_named_before(ctx, start, names, across_quotes=True, paragraphs=2):
            return found
        # …张某民说。⏎在他的农田里，…⏎“…”他说: a paragraph about him by the pronoun alone stands between
        before = ctx.text.rfind("\n", 0, start)
        between = ctx.text[ctx.text.rfind("\n", 0, max(0, before)) + 1 : max(0, before)]
        if before > 0 and re.search(r"[他她]", between):
            return _last_named_before(ctx, start, names, across_quotes=True, paragraphs=3)
        return None
    if _SAYING_THEN_PRONOUN.match(tail):  # “…”说着，她在工作人员指导下…: she, who was just named
        return _last_named_before(ctx, start, names, across_quotes=True)
    return None


_SAYING_THEN_PRONOUN = re.compile(r"\s*说着[，,]\s*[他她]")


# “…”他说 / 她介绍: the pronoun stands for the person the paragraph named last
_PRONOUN_SPEAKER = re.compile(
    r"\s*(?:他|她|该负责人|这位负责人)(?:也|还|又|则)?(?:一边[^，。！？；“”「」\n]{1,12}?一边)?"
    r"(?:笑着|接着|告诉记者|(?:对|向|跟|朝|给)[^，。！？；“”「」\n]{1,10}?)?"
)  # 他对村民周某说: whom he says it to; 他一边拍打身上的尘土一边笑道: what he does meanwhile


def _last_named_before(
    ctx: Context, start: int, names: list[str], across_quotes: bool = False, paragraphs: int = 1
) -> str | None:
    """A quote nobody is said to say, in a paragraph that has just named someone (刘春生也同样忙碌，
    他从…跑到…。“按照今年…”): the person named last, as a reader takes it. Only within the paragraph,
    at most 160 characters back, and not across another quote of speech (a quoted term, “合作社”, is
    no one's words). A pronoun may reach into the paragraph before (林彦邦表示，…。\n他说，「…」)."""
    paragraph_start = ctx.text.rfind("\n", 0, start) + 1
    for _ in range(paragraphs - 1):
        paragraph_start = ctx.text.rfind("\n", 0, max(0, paragraph_start - 1)) + 1
    head = ctx.text[max(paragraph_start, start - 160) : start]
    if not across_quotes and any(_is_sentence(quoted) for quoted in re.findall(r"“([^“”]*)”?", head)):
        # another quote stands between: whose words follow is clear only when the clause after it names
        # someone and leads straight into them (…啊。”提到今年的产量，杨超脸上露出些许无奈，“…”)
        head = head[head.rfind("”") + 1 :]
        if "“" in head or not head.endswith(("，", "：", ",", ":")):
            return None
    found = [(head.rfind(n), n) for n in names if n in head]
    if not found:
        return None
    # 王小林稍微比宋建军保守点，…他估计: the one compared with is not whom the sentence is about
    found = [(at, n) for at, n in found if head[at - 1 : at] != "比"] or found
    # where the pronoun's own paragraph starts, in `head` (`start` may be the mark or line break before it)
    pronoun = start
    while pronoun < len(ctx.text) and ctx.text[pronoun] in "，。！？；”」\n \t\u3000":
        pronoun += 1
    own_paragraph = ctx.text.rfind("\n", 0, pronoun) + 1 - max(paragraph_start, start - 160)
    if paragraphs > 1 and not any(at >= own_paragraph for at, _ in found):
        # 林彦邦表示，…陈沛敏。\n他说，「…」: he is who was last said to speak, not the last named, unless
        # the pronoun's own paragraph names someone (…老人保某焕挑着水…她对记者说：)
        speakers = [(m.start(), n) for n in names for m in re.finditer(re.escape(n) + SAYS_NEXT, head)]
        found = speakers or found
    found.sort(reverse=True)
    at, last = found[0]
    if _A_GROUP_AFTER.search(head, at + len(last)):
        return None  # 苏建军接到了韩陕家村群众的报告。“我们村…”: the villagers named after him speak, not he
    if partner := _WITH_A_PARTNER.search(head, 0, at):  # 何胜海正和妻子王金梅在…: he is the one speaking
        subject = [(position, name) for position, name in found if position < partner.start()]
        if partner.end() == at and subject and not _SENTENCE_END.search(head, subject[0][0], at):
            return subject[0][1]
    return last


_A_GROUP_AFTER = re.compile(r"(?:群众|村民|居民|老乡|乡亲|家属|游客|市民)们?的?(?:报告|求助|求救|电话|反映|来电)")
"""A group's call or report received by the person a paragraph names last: the quote after it is theirs."""
# 和, 与, 同 or 跟 and a word for kin or a partner of two characters right before a name
_RELATIVES = "妻子|丈夫|老伴|爱人|儿子|女儿|父亲|母亲|婆婆|公公|家人"
"""How an article names someone by their relation to a person it names."""
_WITH_A_PARTNER = re.compile(rf"(?:和|与|同|跟)(?:{_RELATIVES}|同事|徒弟|师傅)?$")
_SENTENCE_END = re.compile(r"[。！？；\n]")


def _only_one_named_after(ctx: Context, end: int, names: list[str]) -> str | None:
    """“…”听说村里要种麻，加工厂负责人宁世杰很开心。: a quote nobody is said to say, followed in its
    paragraph by a sentence that names one person and no one else, is that person's words, as a reader
    takes them."""
    if end >= len(ctx.text) or ctx.text[end] in "\n":
        return None
    stop = _SENTENCE_STOP.search(ctx.text, end, end + 100)
    while stop and (term := QUOTED_TERM.match(ctx.text, stop.start())):
        stop = _SENTENCE_STOP.search(ctx.text, term.end(), end + 100)  # 的“带货主播”斯琴: a term, no new quotation
    sentence = ctx.text[end : stop.start()] if stop else ""
    if sentence[:1] in ("他", "她"):
        return None  # ”他立马会同…主任邹某波…: the pronoun is who goes on, pointing back; the one named is not
    # ”在…郑冬花老人家中，苏长聪殷切地…: whom the place names is where, not who speaks
    sentence = _WHERE_FIRST.sub("", sentence, count=1)
    sentence = _FROM_SOMEONE.sub("", sentence)  # 从民警李麒手中接过: whom one takes it from, no speaker
    if _A_GROUP_AFTER.search(sentence):
        return None  # ”…苏建军接到了韩陕家村群众的报告。: the villagers' report, which the quote was
    named = [name for name in names if name in sentence and not any(o != name and name in o for o in names)]
    # 辅警王丹竹，很快就为市民王女士办理好了证件: whom one does it for is no speaker
    named = [
        name for name in named if not _FOR_SOMEONE.search(_without_title(ctx, sentence[: sentence.find(name)], name))
    ]
    if len(named) == 2:
        first, second = sorted(named, key=sentence.find)
        between = sentence[sentence.find(first) + len(first) : sentence.find(second)]
        if _WHO_THE_SECOND_IS.fullmatch(between):
            return second  # 听到村民刘桂兰呼救的民警张伟: the first is in the clause that says who the second is
        if between and not _A_PAUSE.search(between):
            return first  # 主治医师赵彤辉轻扶患者马虎代连的左腿: the one who does it, not the one it is done to
    return named[0] if len(named) == 1 else None


_WHO_THE_SECOND_IS = re.compile(r"[^，,、；;：:的]{1,4}的[^，,、；;：:的]{0,4}")
"""呼救的民警: a short deed of the first, then the second's post; 问起身患残疾的丈夫 is what the first does."""
_A_PAUSE = re.compile(r"[，,、；;：:和与及]")
_FOR_SOMEONE = re.compile(rf"(?:{_ADDRESSED_BY}|(?<![身作认成因以称较最更行])为|替|帮|帮助|(?<![陪共相等])同)$")
"""…and the one something is done for or with (为市民王女士办理, not 身为党员王强)."""


_FROM_SOMEONE = re.compile(r"(?:从|向|自)[^，。！？“”]{1,16}?(?:手中|手里|那里|那儿|处)")
_WHERE_FIRST = re.compile(r"^在[^，。！？“”]{2,30}?(?:家中|家里|中|里|上|前|旁|内)，")
SAYS_NEXT = rf"(?:也|还|又|则|都|笑着)?(?:{SAYING})"
"""A verb of saying as it follows the one who speaks (也说, 笑着表示)."""
_PRONOUN_SAYS = re.compile(
    rf"(?:^|[，。！？；\n”」])\s*[他她](?:也|还|又|则|接着|笑着)?(?:[^，。！？；\n“”「」]{{1,6}}?地)?(?:{SAYING})[：:，,]?\s*$"
    # 他深有感触地说，: how he says it; 当着记者面他问道：: a short phrase of when or where before the pronoun
    # (not 对他说, whom one tells)
    rf"|(?:^|[，。！？；\n”」])[^，。！？；\n“”「」]{{2,8}}?(?<![对向跟给朝冲为替和与同让叫请问诉劝教醒])[他她]"
    rf"(?:也|还|又|则|接着|笑着)?(?:{SAYING})[：:]\s*$"
    # 他又指着写有“乐享书屋”的小房子说：: he does something on the way to saying it
    rf"|(?:^|[，。！？；\n”」])\s*[他她](?:也|还|又|则)?(?:指着|拿着|看着|望着|笑着|摸着|翻着|走到|来到)[^，。！？；\n]{{1,24}}?"
    rf"(?:{SAYING})[：:，,]\s*$"
)


def _speaker_before(ctx: Context, start: int, names: list[str]) -> str | None:
    head = ctx.text[max(0, start - 60) : start]
    # 主持人魏凌洁：“…”, 副局长 王佩勇：“…”: a name and a colon before the quote, as a transcript writes speech
    colon = re.search(r"([^\s：:，,。“”「」]{2,4})\s*[：:]\s*$", head)
    if colon and (named := [n for n in names if colon.group(1).endswith(n)]):
        return max(named, key=len)
    line_start = start - len(head) + colon.start() if colon else -1
    if colon and (line_start == 0 or ctx.text[line_start - 1] == "\n"):
        # 网友：“为什么叫米脂县？”: a transcript's line opened by the kind of person who speaks
        if (kind := _kind_of_person(ctx, colon.group(1), last=True)) is not None:
            return kind
    if handle := _NETIZEN_SAYS.search(head):  # 网友“果某某”说：“…”: the handle a netizen posts under
        return handle["handle"]
    if pronoun_colon := _PRONOUN_THEN_COLON.search(head):  # 对于未来，他信心满满：“…”: the colon opens his words
        return _last_named_before(
            ctx, start - len(head) + pronoun_colon.start(), names, across_quotes=True, paragraphs=2
        )
    if (subject := _subject_before_a_colon(head, names)) is not None:
        return subject  # 执教6年的丁某龙老师…抱着…的坚持：“…”: the one the sentence is about, then his words
    if not _SAYS_NOW.search(head):  # 陈东华坦言：“…”, 车华全介绍道，“…”
        return None
    if said := _PRONOUN_SAYS.search(head):  # 他说，「…」: the person named last, in this paragraph or the one before
        return _last_named_before(ctx, start - len(head) + said.start(), names, across_quotes=True, paragraphs=2)
    # 王国玺说：⏎“…”: the line that introduces the speech may end before the quote's paragraph opens
    clause = re.split(r"[。！？\n”」]", head.rstrip())[-1]
    found = [(clause.rfind(n), n) for n in names if n in clause and _names_the_speaker(clause, n)]
    # 村民訾某耀就对…的村书记尹某军说：: whom one speaks to, named after the one who speaks
    found = [
        (at, n)
        for at, n in found
        if not any(other < at and _spoken_to_after(ctx, clause, other + len(name), at, n) for other, name in found)
    ]
    return max(found)[1] if found else None


_ADDRESSING = re.compile(rf"(?:{_ADDRESSED_BY})(?=[^，,。！？；]*$)")


def _spoken_to_after(ctx: Context, clause: str, start: int, at: int, name: str) -> bool:
    """张某就对用玉米套种药材的村书记尹某说, 刘某对村书记尹某说: the name at `at` is whom the one named before
    speaks to, when an addressing word between them is followed by the name's own title alone or opens the
    phrase that ends in the name (a verb or a preposition right after it, 对|用…的); 张某一起向群众宣讲政策的
    老党员李某说 is Li speaking, 向 having its own object (群众)."""
    for m in _ADDRESSING.finditer(clause, start, at):
        rest = _without_title(ctx, clause[m.end() : at], name)
        if len(rest) <= _BODY_BEFORE_A_TITLE and all(flag.startswith(("n", "zg")) for _, flag in ctx.pos(rest)):
            return True  # 对|村书记|尹某, 对|尹某: the name's title, with its village or body before it
        words = ctx.pos(rest)
        if words and words[0][1].startswith(("v", "p")):
            return True
    return False


_BODY_BEFORE_A_TITLE = 4


def _subject_before_a_colon(head: str, names: list[str]) -> str | None:
    """A clause that names one person and ends in a colon before a quote, with no verb of saying
    (丁某龙老师对现状有些担心但还抱着…的坚持：“…”): its words follow the colon. Not one the clause
    speaks to or asks (记者问县长王某：), nor where two are named, nor a clause about someone else after
    the one naming a person (…刘某在辖区步巡时，…，两个孩子露出头：)."""
    if not head.rstrip().endswith(("：", ":")):
        return None
    sentence = re.split(r"[，,；。！？\n”」]", head.rstrip())[-1]  # the clause before the colon
    if SAYING_VERB.search(sentence):
        return None  # a verb of saying: the rules for who says it decide
    named = _the_one_named(sentence, names)
    if named is None or _A_MESSAGE.search(sentence, sentence.find(named)):
        return None  # 刘某英突然接到驻村第一书记的电话：: the caller's words, not hers
    return named


_A_MESSAGE = re.compile(r"电话|来电|短信|微信|消息|信息|来信")


_ASKED_OR_ADDRESSED = re.compile(rf"(?:问|拉着|握着|看到|看着|见到|为|把|帮|{_ADDRESSED_BY})")
_HAN_CHAR = re.compile(rf"[{HAN}]")
_NETIZEN_SAYS = re.compile(
    rf"网友[“「](?P<handle>[^“”「」\n]{{1,12}})[”」](?:也|则|还)?(?:{SAYING}|分享了?[^：:，,。]{{0,12}})[道了]?[：:，,]?\s*$"
)
_SAID_BEFORE = re.compile(rf"(?:{SAYING})[道了]?$")
# 屯留区委有关负责人说, ”某合作社负责人说: a body's spokesman, named by the post, is who speaks
_ROLE = re.compile(rf"(?:^|(?<=[，。；：！？、“”\n]))([{HAN}]{{2,16}}?负责人)$")


def _inside_a_clause(text: str, start: int) -> bool:
    """呈现“头部领跑，中部扩容”特征, 封面报道“违约开始了？”: quoted words the clause leads into, right after a
    word that is no verb of saying, are a term or a title the sentence uses; speech opens a sentence or
    follows a colon or a verb of saying. A year or a figure leads into a name the same way (参与2022“打卡中国·
    最美地标——你好，内蒙古！”网络传播活动)."""
    if not _HAN_CHAR.match(text[start - 1 : start]) and not text[start - 1 : start].isdigit():
        return False
    return not _SAID_BEFORE.search(text, max(0, start - 6), start)


_ROLE_BEFORE_SAYING = re.compile(rf"([{HAN}]{{2,24}}?负责人)(?:向记者|对记者|也|还)?")


def _role_speaker(ctx: Context, start: int, end: int) -> str | None:
    """The post before the verb of saying, where no name stands there: 有关负责人说：“…” or “…”X负责人说;
    else the kind of person said to speak (老乡说：“…”, “…”一位村民笑着说)."""
    head = ctx.text[max(0, start - 30) : start]
    if said := _SAYS_NOW.search(head):
        if role := _ROLE.search(head, 0, said.start()):
            return role.group(1)
        clause = re.split(r"[，,。！？；：\n”」]", head[: said.start()])[-1]
        if (speaker := _kind_of_person(ctx, clause, last=True)) is not None:
            return speaker
    tail = ctx.text[end : end + 40]
    if (said := SAYING_VERB.search(tail)) and (role := _ROLE_BEFORE_SAYING.fullmatch(tail[: said.start()])):
        return role.group(1)  # ”西洞庭湖国家级自然保护区管理局负责人向记者介绍: the body's spokesman
    sentence = _sentence_after(ctx, end, 30)
    if closing := _CLOSING_VERB.search(sentence):
        return _kind_of_person(ctx, sentence[: closing.start()], last=False)
    return None


# the last character of a word for a kind of person: 村民, 老乡, 游客, 工作人员, 志愿者, 群众, 家长, 师傅, 茶农, 老师
_PERSON_ENDINGS = frozenset("民乡客员者众士长傅友农属人师")
_NOT_A_SPEAKER = frozenset({"记者", "本报记者", "笔者", "编者", "读者"})  # who writes, not who speaks


def _kind_of_person(ctx: Context, clause: str, last: bool) -> str | None:
    """The word for a kind of person that is the subject of a verb of saying: the clause's last word
    before the verb (在检测现场的居民说), or, when the sentence ends with the verb, its first noun for
    a person (一村民一边指挥机器，乐呵呵地说道). Pronouns and the reporter are not it."""
    words = [(word, flag) for word, flag in ctx.pos(clause) if word != "们"]
    if last:
        role_at = len(clause) - len(words[-1][0]) if words else 0
        if (to := _ADDRESSED_IN.search(clause, 0, role_at)) and not _DESCRIBED_BY_A_DEED.search(
            clause, to.end(), role_at
        ):
            return None  # 对村民说, 对身边的人员说: the villagers, the staff are spoken to (对这一变化感受最深的村民 speak)
        words = words[-1:]
    for index, (word, flag) in enumerate(words):
        if not last and index == 0 and word in ("他", "她"):
            return None  # 他对村民周某说: the pronoun speaks, and says who from the sentences before
        if word[-1] == "乡" and jieba_tags().get(word) is None:
            continue  # 炎|方乡: a township's name cut by the tagger, not 老乡
        if index and _ADDRESSED.search(words[index - 1][0]):
            continue  # 对|村民: the one spoken to
        if index + 1 < len(words) and words[index + 1][0] == "的":
            continue  # 拉着|老师的手: whose hand is held, not who speaks (围着|老师: whom they gather round, above)
        if flag == "n" and 2 <= len(word) <= 5 and word[-1] in _PERSON_ENDINGS and word not in _NOT_A_SPEAKER:
            return word
    return None


_PRONOUN_THEN_COLON = re.compile(
    r"(?:^|(?<=[，。！？；\n”」]))\s*[他她](?![们人])[^，。！？；：:\n“”「」]{1,12}[：:]\s*$"
)
_SAYS_NOW = re.compile(rf"(?:{SAYING})[道了]?[：:，,]?\s*$")


# who opens the sentence before a quotation when it is someone the article names by a relation or a group
_OTHER_SPEAKER_OPENS = re.compile(rf"(?:她的|他的|其)?(?:{_RELATIVES}|百姓|村民们|群众|老人们|有人)")
_COLON_AT_END = re.compile(r"[：:]\s*$")
_POINTS_BACK = re.compile(r"这位|那位|该|此人|[他她]")  # 这位村支书感慨地说：: the one named before, pointed back at

_PRONOUN_OPENS = re.compile(r"\s*(?:[他她]|其)")
_A_CALL_BEFORE = re.compile(r"(?:的)(?:电话|来电|短信|微信)[：:]\s*$")


def _said_by_someone_unread(ctx: Context, start: int, end: int, names: list[str]) -> bool:
    """代表孙志林说：“…” / “…”村民老周说。: the sentence says who speaks, in words that hold none of the
    people found; the person named last before is then someone else, and no guess beats that one."""
    sentence = re.split(r"[。！？\n”」]", ctx.text[max(0, start - 30) : start])[-1]
    clause = re.split(r"[，,]", sentence.rstrip("，,：: "))[-1]  # 与此同时，|丈夫也给她算了一笔账，
    if _OTHER_SPEAKER_OPENS.match(clause) and not any(name in clause for name in names):
        return True  # 丈夫也给她算了一笔账，“…”: her husband speaks, not the woman the article last named
    if _A_CALL_BEFORE.search(sentence):
        return True  # 她接到驻村第一书记的电话：“…”: the caller speaks, not the one who took the call
    if (
        _COLON_AT_END.search(sentence)
        and not _PRONOUN_OPENS.match(clause)
        and not _POINTS_BACK.search(sentence)
        and not any(n in sentence for n in names)
        and not _posts().search(sentence)  # 村支书感慨地说：: a post names who speaks
    ):
        return True  # 两个可爱的孩子露出头：“…”: the sentence that hands over to the words names its speaker
    head = ctx.text[max(0, start - 16) : start]
    if said := _SAYS_NOW.search(head):
        clause = re.split(r"[。！？\n”」，,]", head[: said.start()])[-1]
        return not any(_names_the_speaker(clause, name) for name in names)
    tail = _sentence_after(ctx, end, 40)
    said = next(
        (
            m
            for m in SAYING_VERB.finditer(tail)
            if tail[m.start() - 1 : m.start()] != "听"
            and not _A_MEETING_OF.match(tail, m.start())
            and not _WHILE_SAYING.match(tail, m.start())
        ),
        None,
    )  # not 听说, nor a meeting named by the verb (宣讲会上，…主任黎某洋直奔主题; 表示会尽快 still says), nor
    # while saying it (”说话间，65岁的吴某茂…走到台前: the one named after does something as the words are said)
    return said is not None and not any(_names_the_speaker(tail[: said.start()], name) for name in names)


def _names_the_speaker(clause: str, name: str) -> bool:
    """Whether the clause before a verb of saying names this person as the one who speaks, not as whose
    relative or colleague speaks (陈正旺的妻子笑着说) or as whom the speaker addresses (指着魏某说)."""
    return any(
        not clause.startswith("的", at + len(name)) and not _ADDRESSED.search(clause, 0, at)
        for at in occurrences(clause, name)
    )


def _headlines(ctx: Context) -> list[tuple[int, int]]:
    return [(block.start, block.end) for block in ctx.document.blocks if block.kind in ("title", "heading")]


def _addressed_as(people: dict[str, dict[str, Any]]) -> dict[str, str]:
    """祁法官 → 祁德胜, 王书记 → 王伯祥 (县委书记), 李局长 → 李明 (副局长), 老韦 → 韦光武, 米吉格 → 米吉格道尔吉: the
    surname and the post, 老 and the surname, or a Mongolian name's first part are how an article names again
    someone it has named in full; a form two people share names neither."""
    forms: dict[str, str | None] = {}
    for name, person in people.items():
        if len(name) >= 4 and mongolian_name(name):
            # 米吉格道尔吉 → 米吉格: a Mongolian name of two parts, called again by its first
            first = next(
                (name[:size] for size in range(len(name) - 2, 2, -1) if name[:size] in MONGOLIAN_NAME_PARTS), ""
            )
            if first and first not in people:
                forms[first] = name if forms.get(first, name) == name else None
        title = person.get("title") or ""
        surname = name[: surname_at(name, 0)]
        if not surname or surname == name:
            continue
        # 老韦 → 韦光武: an elder or a peer called by the surname alone (not 老师, a word; not a credit's writer)
        familiar = _familiar(name, surname) if title not in CREDIT_ROLES else ()
        for form in [*(surname + post for post in address_posts(title) if len(title) >= 2), *familiar]:
            if form not in people:
                forms[form] = name if forms.get(form, name) == name else None
    return {form: name for form, name in forms.items() if name is not None}


def _familiar(name: str, surname: str) -> tuple[str, ...]:
    """老韦, 黎老, 黎大爷: the familiar forms of a name of a one-character surname that are no dictionary word
    (老师 is a teacher)."""
    if len(surname) != 1:
        return ()
    return tuple(form for form in familiar_forms(name, 1) if jieba_tags().get(form) is None)


CREDIT_ROLES = frozenset({"记者", "通讯员", "作者", "摄影", "编辑", "责任编辑", "撰稿", "实习生", "见习记者"})
"""Who wrote or photographed the story, named in its credit: no post held in it, no speaker by position."""


def quotes(ctx: Context) -> Iterator[Fact]:
    aliases = _addressed_as(ctx.people)
    names = [*ctx.people, *aliases]
    # who wrote or photographed the story is named in its credit, not as one of the people in it: a
    # quote no verb gives a speaker is never theirs by being named last (（记者 何青 通讯员 罗琦喆）“…”)
    in_the_story = [name for name in names if (ctx.people.get(name) or {}).get("title") not in CREDIT_ROLES]
    headlines = _headlines(ctx)
    spans = list(_quote_spans(ctx.text))
    heads = _list_heads(ctx.text, spans)
    spoken: dict[int, str | None] = {}  # the speaker found for each quote, by its index among the quotes
    for index, (start, end) in enumerate(spans):
        inner = ctx.text[start + 1 : end - 1] if _closed(ctx.text, end) else ctx.text[start + 1 : end].rstrip()
        head = heads.get(index)
        if _inside_a_clause(ctx.text, start) or (head is not None and not _opens_speech(ctx.text, spans[head][0])):
            if _a_slogan(inner) and not _a_number_to_call(ctx.text, start, end, inner):
                yield ctx.fact("slogan", start, end, inner)  # “改善人居环境”、“造福子孙后代”，通过张贴横幅: banners
            continue
        written = _written_by_nobody_named(ctx.text, start, names)
        speaker = (
            None
            if written  # 旗歌《这片草原》写道：“…”: a song's or a book's words, nobody's in the story
            else _speaker_before(ctx, start, names) or _speaker_after(ctx, end, names) or _role_speaker(ctx, start, end)
        )
        note = ""
        if speaker is None and not written and (speaker := _introduced_in_the_quote(inner, in_the_story)):
            note = SPEAKER_FROM_CONTEXT
        if speaker is None and not written and (speaker := _pronoun_speaker(ctx, start, end, in_the_story)):
            note = SPEAKER_FROM_PRONOUN
        if (
            speaker is None
            and not written
            and _is_sentence(inner)
            and not _said_by_someone_unread(ctx, start, end, names)
        ):
            previous = spans[index - 1] if index else None
            speaker = (  # …”听说…，加工厂负责人宁某杰很开心。: the one person the next words name comes first
                _only_one_named_after(ctx, end, in_the_story)
                or _speaking_on(ctx, previous, spoken.get(index - 1), (start, end), names, aliases)
                or _last_named_before(ctx, start, in_the_story)
            )
            note = SPEAKER_FROM_CONTEXT if speaker else ""
        if note and speaker and speaker in inner and not _INTRODUCING.search(inner):
            speaker, note = None, ""  # “周某生是我们身边的创业英雄。”提起周某生，…: the words are about him
        if speaker in aliases and speaker.startswith("老") and ctx.text.find(aliases[speaker]) > start:
            speaker = None  # 村民老李 before 法官助理李海洋 is named: another 李, whom the article never names
        speaker = aliases.get(speaker or "", speaker)  # 祁法官, as any of the steps above may find him: 祁德胜
        if speaker and speaker == _addressed_at_the_opening(inner, names, aliases):
            speaker, note = None, ""  # “廉院长，你们的医护人员…”: the one spoken to, not the one speaking
        if (
            speaker is None
            and index
            and spoken.get(index - 1)
            and not _closed(ctx.text, spans[index - 1][1])
            and start == spans[index - 1][1] + 1
        ):
            speaker, note = spoken.get(index - 1), SPEAKER_FROM_CONTEXT  # the speech goes on in the next paragraph
        if head is not None and head != index and speaker is None and spoken.get(head):
            speaker, note = spoken[head], SPEAKER_FROM_CONTEXT  # 拉起了家常：“…？”、“…？”: the same person asks
        spoken[index] = speaker
        # 合作社全覆盖 “脱贫的每一步，都要走踏实”: a headline quotes words to sum the story up; whose they are
        # is for the article to say, and a headline that does not say it makes them a motto
        in_a_headline = any(a <= start and end <= b for a, b in headlines)
        if (
            (_is_sentence(inner) and not (in_a_headline and speaker is None))
            or (speaker and han_count(inner) >= _SAID_WITH_A_SPEAKER and not _A_LIST_OF_TERMS.fullmatch(inner))
            or (speaker and han_count(inner) >= _SAID_WITHOUT_A_MARK and _stands_as_speech(ctx.text, start, end))
        ):
            yield ctx.fact("quote", start, end, Quote(speaker, inner), note=note)
        elif _a_slogan(inner) and not _a_number_to_call(ctx.text, start, end, inner):
            yield ctx.fact("slogan", start, end, inner)
    yield from _transcribed_speech(ctx)


def _addressed_at_the_opening(inner: str, names: list[str], aliases: dict[str, str]) -> str | None:
    """The person the words open by calling (廉院长，…, 老张！…): whoever says them, it is not they."""
    m = _VOCATIVE.match(inner)
    if m is None:
        return None
    called = m.group(1)
    return aliases.get(called, called) if called in names else None


_VOCATIVE = re.compile(r"([^，,！!：:。？?\s]{2,6})[，,！!]")
_A_LIST_OF_TERMS = re.compile(r"[^，,。！？!?；;]+(?:、[^，,。！？!?；;、]+)+")
"""“豫东民俗文化村、红色水东乡村”: names listed with 、 and no clause of their own are terms, not words said."""
_INTRODUCING = re.compile(
    r"我(?:是|叫(?![上来去了过着他她]))([^，。！？；“”]{0,40}?)(?=[，。！？；]|$)"
)  # not 我叫上王某


def _introduced_in_the_quote(inner: str, names: list[str]) -> str | None:
    """“大家好，我是…小荡村党总支书记、‘新农人’徐某。”: whoever introduces themselves by name says it."""
    for m in _INTRODUCING.finditer(inner):
        clause = m.group(1)
        named = [name for name in names if clause.endswith(name)]
        if named:
            return max(named, key=len)
    return None


def _speaking_on(
    ctx: Context,
    previous: tuple[int, int] | None,
    previous_speaker: str | None,
    span: tuple[int, int],
    names: list[str],
    aliases: dict[str, str],
) -> str | None:
    """“…。”村民倪某进说，这么多年…倒头就睡。“去年李书记来了以后，…”: a quote nobody is said to say, after
    one of the same paragraph whose speaker is named, goes on with that speaker's words when the words
    between name no one else. Not after a question (“…？”张某问。“…”: the answer is someone else's), nor
    when a relative or a group opens a clause between (老伴也笑了，“…”), nor when the words after it say
    what they are (“东方红，太阳升。”这首歌传唱至今)."""
    start, end = span
    if previous is None or previous_speaker not in ctx.people or _WHAT_THE_WORDS_ARE.match(ctx.text, end):
        return None
    between = ctx.text[previous[1] : start]
    if "\n" in between or len(between) > _SPEAKING_ON_REACH or ctx.text[previous[1] - 2] in "？?":
        return None
    if _QUESTION_OR_ANSWER.search(between) or _OTHER_SPEAKER_OPENS.search(between):
        return None
    named = {aliases.get(name, name) for name in names if name in between}
    return previous_speaker if named <= {previous_speaker} else None


_SPEAKING_ON_REACH = 120
_WHAT_THE_WORDS_ARE = re.compile(r"(?:这|那)(?:首|句|段|条|副|幅|块|则|些)")
_QUESTION_OR_ANSWER = re.compile(r"[反追]?问道?[：:，,。]|回答|答道")  # 张某问。, 他追问道：; not 问题, 访问


_FROM_A_WORK = re.compile(
    r"《[^《》\n]{1,30}》[^，。！？“”《》\n]{0,6}?(?:写道|唱道|写着|唱着|中说|里说|记载|载明|所说|所言)[：:，,]?\s*$"
)
_WORK_REACH = 50


def _written_by_nobody_named(text: str, start: int, names: list[str]) -> bool:
    """旗歌《这片草原》写道：“…”: a song's, a book's or a document's words, whose sentence names none of the
    people found (作家李华在新书《山村记忆》中写道 gives them their author)."""
    work = _FROM_A_WORK.search(text, max(0, start - _WORK_REACH), start)
    if work is None:
        return False
    sentence = re.split(r"[。！？\n”」]", text[max(0, start - _WORK_REACH) : work.start()])[-1]
    return not any(name in sentence for name in names)


# 四川弘亨电机有限公司行政部经理 张宁华：我们公司今年…: a television report's transcript sets who speaks, with
# the post, before a colon at the start of the line, and the words without quotation marks
_SPEAKER_LINE = re.compile(
    # the words may go on the next line (…党支部书记 李富明：⏎这个光伏板…), and hold a quoted term, not open with one
    r"(?m)^(?P<label>[^\n：:“”「」。，！？；]{2,40}?)[ \t\u3000]*[：:][ \t\u3000]*\n?(?P<speech>(?![“「])[^\n]{10,})$"
)


_SPOKEN_LENGTH = 15
_PROFILE = re.compile(rf"[男女][，,]|[{HAN}]{{1,4}}族[，,]|(?:19|20)\d\d年\d{{1,2}}月(?:出)?生|(?:19|20)\d\d年出生")


def _transcribed_speech(ctx: Context) -> Iterator[Fact]:
    for m in _SPEAKER_LINE.finditer(ctx.text):
        label = m["label"].rstrip()
        # the longest name the label ends with: a look-up per length, not a scan of the people per line
        speaker = next(
            (label[-size:] for size in range(min(len(label), 16), 1, -1) if label[-size:] in ctx.people), None
        )
        if speaker is None or not (_is_sentence(m["speech"]) or han_count(m["speech"]) >= _SPOKEN_LENGTH):
            continue  # spoken words a transcript sets down with spaces for its pauses need no full stop
        if _PROFILE.match(m["speech"]):
            continue  # 张明军：男，汉族，1970年3月出生…: a profile under the name, no speech
        if (ctx.people[speaker].get("title") or "") in CREDIT_ROLES:
            continue  # 记者 王某：…, a credit line, no speech
        yield ctx.fact("quote", m.start("speech"), m.end("speech"), Quote(speaker, m["speech"]))


_POLICY_NUMERALS = "一二三四五六七八九十两百千万0123456789"


@lru_cache(maxsize=2)
def _posts(at_the_end: bool = False) -> re.Pattern[str]:
    """Any post of the titles list (the longest first), anywhere or ending the text: one search a quote,
    not a test per post."""
    posts = titles_alternation()
    return re.compile(f"(?:{posts})$" if at_the_end else posts)


_CALLING = ("拨打", "拨通", "致电", "打", "拨")
_A_LINE_TO_CALL = ("报警", "热线", "电话", "求助", "寻求", "服务台", "宣传日", "是个", "是什么")


def _a_number_to_call(text: str, start: int, end: int, inner: str) -> bool:
    """拨打“110”, “12345”热线, “110”是个啥机构: digits alone in quotes, after a verb of calling, before what a
    line to call is or standing alone, are a number to call, no motto (“321”工程, “1571”工作部署 name programmes)."""
    if not inner.isdigit():
        return False
    after = text[end : end + 3]
    return text.endswith(_CALLING, 0, start) or after.startswith(_A_LINE_TO_CALL) or not after.strip()


def _a_slogan(inner: str) -> bool:
    """“应检尽检”, “一村一品”, “六稳”, “十四五”: a motto of four characters or more, or a policy's short
    name by its number; a word or two in quotes (“闯”, “大白”, “红马甲”) is a scare quote or a nickname,
    and an idiom in quotes (“进退两难”) is the writer's irony, neither of them a slogan anyone copies."""
    if (len(inner) < 4 and not inner.startswith(tuple(_POLICY_NUMERALS))) or _a_sound(inner):
        return False
    post = found.group() if (found := _posts(at_the_end=True).search(inner)) else ""
    if post and len(inner) <= 12 and not any(ch in _POLICY_NUMERALS for ch in inner[: -len(post)]):
        return False  # “脱贫攻坚第一书记”, “大棚书记”: a post in quotes, no motto (“一户一策一干部” is one)
    return jieba_tags().get(inner) not in ("i", "l")
