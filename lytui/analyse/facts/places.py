"""Places: the gazetteer (lytui's regions and every administrative division, with the short forms of
cities and counties), names with an administrative suffix the dictionary knows (上杭县, 新罗区),
townships, villages and communities by their shape, and `X至Y` routes that start at a known place.
Values are the full administrative name where the division is known (武平 → 福建省龙岩市武平县).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lytui.analyse.facts.context import Context, SpanIndex
from lytui.analyse.facts.lexicon import (
    ETHNIC_TOWNSHIP_PEOPLES,
    HOLDING_A_POST,
    MONGOLIAN_LEVELS,
    MONGOLIAN_NAME_PARTS,
    PROPER_TAGS,
    QUOTED_TERM,
    RARE_WORD_USES,
    VERBS_OF_GOING,
    a_conjunction_read_as_a_county,
    county_short_forms_of_any_word,
    curated_places,
    division_codes,
    division_name_by_code,
    division_names_by_code,
    full_division_name,
    is_division,
    is_province,
    jieba_tags,
    places,
    surname_at,
    without_former,
)
from lytui.analyse.facts.lists import list_before
from lytui.analyse.jieba_tables import WordTags, tables
from lytui.analyse.numbers import parse_number
from lytui.analyse.tagging import tag
from lytui.han import (
    COUNTY_AND_ABOVE,
    DOWN_TO_TOWNSHIP,
    DOWN_TO_VILLAGE,
    HAN,
    TOWNSHIP_LEVELS,
    LazyPattern,
    all_han,
    is_han,
)
from lytui.model import Fact, occurrences

_ADMIN = re.compile(r"(?:省|自治区|市|县|区|镇|乡|街道)")
_TITLE = re.compile(r"《[^《》\n]{1,80}》")


@dataclass(frozen=True, slots=True)
class _Found:
    """A stem occurrence shaped like a regex match (start, end, group)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


_LOCAL = re.compile(
    r"(?:街道|社区|小区|苏木|嘎查|镇|乡|村|寨|(?<=区[^\W\d_]{2})街)"
)  # 苏木, 嘎查: Inner Mongolia's townships and villages
# 越秀区人民街, 江夏区郑店街: a district's sub-district written 街 (for 街道), right after the district
# 寨: a village of the south-west's hills (展福寨, 西江千户苗寨)
_NOT_AFTER_LOCAL = {
    "镇": "长政委党区级村",
    "乡": "村镇亲里下土愁长政党级音贤野间邻情俗风",
    "村": "民里级委庄落干长两组子史情规貌务容风官",  # 村史, 村规民约, 村容村貌, 村官: words about a village
    "社区": "居服工党",
    "小区": "居物业党",
    "街道": "办两",
    "苏木": "长",  # 苏木长, 嘎查长: the township's and the village's heads
    "嘎查": "长",
    "寨": "子主门墙里民",  # 寨子, 寨主, 寨门, 寨民: the stockade's words
    "街": "道头上边巷区口心坊市景舞面",  # 街头, 街巷, 街区, 街舞, 街面: the street's words
}
_VILLAGE_AFTER_THE_LEVEL = re.compile(rf"长[{HAN}]{{1,3}}村(?![民委干两支党组长])")
_VILLAGE_THEN_A_WORD = ("超过", "超出", "超额", "超标", "超市", "晚上", "晚间", "晚饭", "晚会", "晚些")
_LOCAL_BEFORE = set("，。、；：！？“”（）《》 \n在到赴从于至往自驻县市区省镇乡和与及")  # 自: 来自丽阳村; 驻: 驻马河镇
# 级: 区级|文明村 is a rank; 就, 也, 还, 又, 才: adverbs (就拿|村道来说) that no name opens with
_NOT_A_STEM = set("的了在和与是个各每全本该这那其此有无两多几新大小老农城级我你他她当就也还又才")
_SOME_OF = frozenset({"部分", "个别", "少数", "多数", "大部分", "其余", "有关", "相关", "周边", "附近"})
_STEM_TAGS_NOT = ("a", "v", "d", "m", "r", "p", "c", "u", "t", "f", "q", "y", "e", "o", "l", "i")


def _inside_a_word(text: str, start: int, end: int, tags: object) -> bool:
    """A two-character place name read across a word boundary (迁安 in 拆迁安置): the character before
    it, or after it, makes a dictionary word with its edge."""
    if end - start != 2:
        return False
    before = text[start - 1 : start + 1] if start > 0 else ""
    after = text[end - 1 : end + 1] if end < len(text) else ""
    return any(len(w) == 2 and tags.get(w) is not None for w in (before, after))  # type: ignore[attr-defined]


_NAME_TAGS = ("ns", "nr", "nt", "nz")


def _inside_a_longer_word(text: str, start: int, end: int, tags: WordTags) -> bool:
    """A place name that is part of a longer dictionary word which is not itself a name: 长治 in
    长治久安, 河源 in 河源头. Trusted names too: the word around them says what the characters mean here."""
    size = end - start
    for length in range(size + 1, min(size + 3, 5) + 1):
        for begin in range(max(0, end - length), start + 1):
            word = text[begin : begin + length]
            if len(word) == length and (tag := tags.get(word)) is not None and not tag.startswith(_NAME_TAGS):
                return True
    return False


_REGION = ("地区", "一带", "境内", "市区", "城区")


def _read_across_words(ctx: Context, start: int, end: int | None) -> bool:
    """塔里木河|源头, 皖南|山区: a place's name whose characters the sentence's own words divide (河源,
    南山区) is read across two words; the name stands only where the words begin (and, given `end`, end)
    with it."""
    window_start = max(0, start - 4)
    position = window_start
    edges = {position}
    known = places()
    for word, _ in ctx.pos(ctx.text[window_start : (end if end is not None else start + 1) + 4]):
        # 辽宁沈阳, 江苏南京: a word the dictionary made of a province and its city is two places
        edges.update(position + k for k in range(2, len(word) - 1) if word[:k] in known and word[k:] in known)
        # 临汾地区, 昌都地区: the dictionary's word for a place and the region around it ends the name there
        if word.endswith(_REGION) and word[:-2] in known:
            edges.add(position + len(word) - 2)
        position += len(word)
        edges.add(position)
    return start not in edges or (end is not None and end not in edges)


def _a_proper_stem_before(text: str, at: int, tags: WordTags) -> bool:
    """Whether the two characters before `at` may be a place's own name: a word the dictionary does not
    know, or a rare proper one (not 城市 or 辖区, words for any such place)."""
    stem = text[max(0, at - 2) : at]
    tag = tags.get(stem)
    return tag is None or (tag in ("ns", "nr", "nz") and tables().frequencies.get(stem, 0) <= RARE_WORD_USES)


def _local_places(ctx: Context, tags: WordTags) -> Iterator[tuple[int, str]]:
    """Townships, towns, villages, sub-districts and communities (长庆镇, 凉水井村, 嘉兴路街道): a short
    proper stem right after a boundary, a place or a preposition (在, 到); the ordinary words that end
    the same way (乡村, 城镇, 村民, 美丽乡村) are kept out by what follows and by the stem's part of speech."""
    text = ctx.text
    township_ends: set[int] = set()
    known = places()
    for m in _LOCAL.finditer(text):
        following = text[m.end() : m.end() + 1]
        if any(text[m.start() : m.start() + size] in known for size in (3, 4)):
            continue  # 汉中市|镇巴县: the suffix's character opens a county's name, it ends no township
        # 镇长, 乡亲: another word; 白沙镇政府 still names the town
        of_its_body = text.startswith(("政府", "党委"), m.end()) or (
            text.startswith(("党支部", "党总支"), m.end())  # 矮枧社区党支部书记, not 城市|社区党支部
            and _a_proper_stem_before(text, m.start(), tags)
        )
        # 唐古拉山镇|长江源村: 长 opens the village's name after the town, not the town's head (镇长)
        village_next = following == "长" and _VILLAGE_AFTER_THE_LEVEL.match(text, m.end()) is not None
        # 杆洞乡|党鸠村: 党 opens the village's name when it makes no word with the next (not 乡党委, 镇党建)
        village_next = village_next or (
            following == "党"
            and _VILLAGE_AFTER.match(text, m.end()) is not None
            and tags.get(text[m.end() : m.end() + 2]) is None
        )
        if following and following in _NOT_AFTER_LOCAL[m.group()] and not of_its_body and not village_next:
            continue
        if m.group() == "村" and following == "居" and text[m.end() + 1 : m.end() + 2] not in "民委":
            continue  # 特色村居: village houses (张家村居民 are the village's residents)
        if m.group() == "村" and following in "超晚" and not text.startswith(_VILLAGE_THEN_A_WORD, m.end()):
            continue  # 贵州村超, 县村晚: the village league and gala (张家村超过半数 is the village)
        if m.group() == "寨" and following == "村" and text[m.end() + 1 : m.end() + 2] not in _BODY_OF_A_PLACE:
            continue  # 中油胡寨村: the village goes on past 寨 (展福寨|村民: the stockade's villagers)
        if m.group() == "镇" and following == "街" and not text.startswith(("街头", "街上"), m.end()):
            continue  # 部分镇街, 各镇街: towns and sub-districts, a kind of division (白沙镇街头 is the town)
        if m.group() == "村" and text.endswith("嘎查", 0, m.start()):
            continue  # 嘎查村: the villages' level in Inner Mongolia, named twice over
        if m.group() in MONGOLIAN_LEVELS:
            if (begins := sumu_or_gacha_stem(text, m.start())) is not None:
                township_ends.add(m.end())
                yield begins, text[begins : m.end()]  # 巴彦温都尔苏木|达尔罕乌拉嘎查: transcribed names
            continue
        if (located := _subject_of_lying(text, m.start(), m.group())) is not None:
            yield located, text[located : m.end()]  # 兴旺山村位于晋西北: the clause's subject is where it lies
            continue
        if m.group() in "镇乡" and (ethnic := _ethnic_township(text, m.start())) is not None:
            township_ends.add(m.end())
            yield ethnic, text[ethnic : m.end()]  # 西坑畲族镇: a minority people's township
            continue
        if m.group() == "街":
            below = _below_a_division(text, m.start(), m.group(), township_ends, tags)
            if below is not None and text[below - 1] == "区":
                township_ends.add(m.end())
                yield below, text[below : m.end()]
            continue
        if (below := _below_a_division(text, m.start(), m.group(), township_ends, tags)) is not None:
            if m.group() in "镇乡街道":
                township_ends.add(m.end())
            yield below, text[below : m.end()]
            continue
        for size in (2, 3, 4):
            start = m.start() - size
            stem = text[max(0, start) : m.start()]
            if start < 0 or not all_han(stem):
                break
            if any(ch in DOWN_TO_TOWNSHIP or ch == m.group()[0] for ch in stem[1:-1]):
                break  # 东至县花园乡|祠村村, 山水村等|村: a place's level or suffix inside the stem ends that place there
            if any(ch in _BODY_NOT_IN_A_STEM for ch in stem):
                break  # 合阳县公安局|坊镇派出所: a body's ending in the stem, the town begins after it
            if size == 2 and stem[0] in _A_LEVELS_PLACE and stem[1] in _WHERE_IN:
                break  # 村里乡外, 镇上村里: in the village, out of the township; a pair of places said in general
            if m.group() in "镇乡街道" and _anchored_township(text, start, stem, tags):
                township_ends.add(m.end())  # 华石镇|黄江村: a village may follow, named after it
                yield start, stem + m.group()
                break
            if (
                m.group() in "镇乡"
                and text.startswith(stem + "村", m.end())
                and stem[0] not in _NOT_A_STEM_START
                and tags.get(stem) in (None, *_NAME_FLAGS)  # 卫生镇卫生村, 示范镇示范村: honours, words of a kind
            ):
                township_ends.add(m.end())  # 枫树岭镇|枫树岭村: the town's seat, a village of the same name
                yield start, stem + m.group()
                break
            if stem[-1] in _WHOLE_PLACE_END:
                break
            rebuilt = m.group() == "村" and stem[-1] == "新" and not any(ch in _NOT_A_STEM for ch in stem[1:-1])
            if rebuilt and (size == 2 or stem[0] in _NOT_A_STEM):
                continue  # 园|新村: the name before 新村 (a village rebuilt, an estate) is longer
            if (
                rebuilt
                and _a_proper_stem(stem[:-1], tags)
                and tables().frequencies.get(stem[:-1], 0) <= RARE_WORD_USES  # 美丽|新村: an everyday word, a kind
                and text[start - 1 : start] in _LOCAL_BEFORE | {"的", "了"}
            ):
                yield start, stem + m.group()  # 来到|历园新村, 庙前新村
                break
            if any(ch in _NOT_A_STEM for ch in stem[1:]) or (
                stem[0] in _NOT_A_STEM and not _a_known_name(stem, tags) and not _big_or_small_by_name(stem, tags)
            ):
                break  # 全村, 新农村; 大河村, 新华村: a name the dictionary knows may open with 大 or 新
            if (stem[-1] == m.group() or stem in places()) and following in _BODY_OF_A_PLACE:
                break  # 镇江村|村支部书记, 芜湖市|村党组织: the stem is a whole place; this 村 starts its body's word
            before = text[start - 1 : start] if start > 0 else "\n"
            after_a_word = size <= 3 and (
                _a_word_after_a_deed(ctx, start, m.start(), tags)
                or (before in "像象" and text.startswith(_LIKENED, m.end()))  # 像|板坞村这样: likened to it
            )
            if (before not in _LOCAL_BEFORE and before not in _AFTER_A_CLAUSE_WORD and not after_a_word) or (
                size > 3 and before not in DOWN_TO_TOWNSHIP
            ):
                continue
            loose = (
                (before in _AFTER_A_CLAUSE_WORD and m.group() == "村")
                or (size == 3 and before not in DOWN_TO_TOWNSHIP)
                or before in "像象"  # 像|明星村这样: likened to a kind of village as well as to a named one
            )
            if loose and not _a_proper_stem(stem, tags) and not _big_or_small_by_name(stem, tags):
                continue  # 视察了刘家营村, 、青龙寺村: a name jieba reads as one; not 观看了|中心村
            if stem in _SOME_OF or stem[-1] in "驻进入包" or (m.group() == "村" and stem in _VILLAGE_STATUSES):
                break  # 前往部分村: some of the villages, none named; 财政局驻|村: stationed in villages
            tag = tags.get(stem)
            named = _a_known_name(stem, tags)  # 镇江|村: a known place's name may start like a suffix
            if (tag is not None and tag.startswith(_STEM_TAGS_NOT)) or stem[-1] == "族" or stem in HOLDING_A_POST:
                break
            if stem[0] in DOWN_TO_VILLAGE and not named:
                break
            if tags.get(stem[0], "") in ("p", "c") or (size > 2 and _a_phrase(stem, tags)):
                break  # 为|整村, 积极动员|社区: a preposition or a verb phrase, not a name
            # 乡村, 整村, 山村: the stem's last character makes a word with the suffix; a rare one the dictionary
            # knows only as a town's name (塘村) is no ordinary word, so 陈塘村 and 夏木塘村 still end there,
            # though not after an age (73岁的西热江村: a Tibetan name in 江村)
            pair = stem[-1] + m.group()[0]
            makes_a_word = tags.get(pair) is not None and not (
                m.group() == "村"
                and tags.get(pair) == "ns"
                and tables().frequencies.get(pair, 0) <= _ONLY_A_TOWNS_NAME
                and not text.endswith("岁的", 0, start)
            )
            # 郭村村: a village named after a clan's village (郭村), its level written after the name's own 村
            doubled = size == 2 and pair == "村村" and surname_at(stem, 0) > 0 and following not in "通都有户"
            if makes_a_word and not named and not doubled and not _village_follows(text, m.group(), m.end()):
                break
            if tags.get(stem + m.group()) == "n" and not named:
                break  # 专业村, 示范村, 行政村: the dictionary's common noun for a kind of village
            if m.group() in "镇乡街道":
                township_ends.add(m.end())
            yield start, stem + m.group()
            break


_ONLY_A_TOWNS_NAME = 60
"""At most this many uses in jieba's dictionary for a word it tags only as a place: 塘村 (3), 江村 (21);
山村 (178) is also the everyday word for a mountain village."""
_LIKENED = ("这样", "那样", "一样", "这种", "那种", "般")
_DEED_FLAGS = ("v", "m", "f")


def _a_word_after_a_deed(ctx: Context, start: int, end: int, tags: WordTags) -> bool:
    """搬迁|五营|镇, 六届|岭头|村, 发现|安阳|乡, 十六团|新开岭|镇: a stem the sentence reads as one word of
    its own may open a township's or a village's name after a verb, a count or a position word, with no
    punctuation between; a name the dictionary holds as a place after any word. An everyday word
    (旅游|重点|村, 打造|特色|村) is the village's kind: names are rare words."""
    stem = ctx.text[start:end]
    flags = {position: (word, flag) for position, word, flag in ctx.words(start - 4, end + 1)}
    if flags.get(start, ("", ""))[0] != stem:
        return False
    if tags.get(stem) == "ns":
        return True
    if tables().frequencies.get(stem, 0) > RARE_WORD_USES:
        return False
    return any(
        position + len(word) == start and flag.startswith(_DEED_FLAGS) and not word.endswith(_COUNTING_KINDS)
        for position, (word, flag) in flags.items()
    )


_COUNTING_KINDS = ("个", "批", "类", "种", "座", "家")
"""培育2个|淘宝镇, 整治8个|空心村: villages or towns counted are of a kind, new words jieba does not know."""


_VILLAGE_AFTER = re.compile(rf"[{HAN}]{{1,3}}?村(?![民委干两支])")


_BEFORE_A_TOWNSHIP_NAME = frozenset("县区市州旗在到进往于和与、，。：；（(")


def _ethnic_township(text: str, at: int) -> int | None:
    """Where a township of a minority people whose suffix starts at `at` begins (双牌县|上梧江瑶族乡, 走进|西坑畲族镇):
    the peoples end its name, and the place before them is three or two characters after a county, a verb of
    going, a mark or the line's start (民族乡 alone is a kind)."""
    peoples = ETHNIC_TOWNSHIP_PEOPLES.search(text, max(0, at - 8), at)
    if peoples is None:
        return None
    for size in (3, 2):
        start = peoples.start() - size
        if start < 0 or not all_han(text[start : peoples.start()]):
            continue
        before = text[start - 1] if start else "\n"
        if size == 3 and text[start] in _BEFORE_A_TOWNSHIP_NAME:
            continue  # 在|恩和俄罗斯民族乡: the preposition before a name of two
        if not is_han(before) or before in _BEFORE_A_TOWNSHIP_NAME:
            return start
    return None


_VILLAGE_STATUSES = frozenset(
    {
        "贫困",
        "困难",
        "薄弱",
        "落后",
        "软弱",
        "重要",
        "重点",
        "空心",
        "偏远",
        "边远",
        "先进",
        "后进",
        "富裕",
        "美丽",
        "文明",
    }
)
"""How a township ranks its villages (贫困村, 软弱涣散村, 文明村): a kind of village, never one's name."""
_COUNTING_AFTER_THAT = frozenset("一二两三几个些片座条所位家")
"""那几个村, 那片村庄, 那座小村: what follows 那 ("that") when it points, no Zhuang name's second character."""


def _opens_a_word(text: str, at: int, tags: WordTags) -> bool:
    """Whether the characters at `at` continue a word begun before them (长|江苏, 新|荔浦 is no word)."""
    return at > 0 and is_han(text[at - 1]) and tags.get(text[at - 1 : at + 1]) is not None


def _after_a_short_form(text: str, start: int, stem: str, suffix: str, tags: WordTags) -> bool:
    """荔浦|修仁镇, 惠东|稔山镇: a township right after its county named short (as the gazetteer knows it),
    its stem of two or three characters a name: not a word of the dictionary other than a name (佛山|专业镇,
    中山|特色镇 are kinds of town) and not a district's own name (武汉|新洲凤凰镇 is 新洲's 凤凰镇)."""
    codes = division_codes()
    if suffix not in ("镇", "乡") or len(stem) > 3 or tags.get(stem) not in (None, *_NAME_FLAGS):
        return False
    if any(stem[:j] in codes or stem[:j] + level in codes for j in (2, 3) for level in "区县市"):
        return False
    return any(
        start >= k and text[start - k : start] in codes and not _opens_a_word(text, start - k, tags) for k in (2, 3)
    )


def _village_follows(text: str, suffix: str, end: int) -> bool:
    """韦集镇|藕庄村, 赤水市|长期镇|合云村: a township named right before one of its villages is a township,
    though its stem makes a word with 镇 (集镇, a market town) or is one (长期)."""
    return suffix in "镇乡" and _VILLAGE_AFTER.match(text, end, end + 4) is not None


_ROAD_ENDS = "路街巷"
_BODY_NOT_IN_A_STEM = "局委厅"
"""Endings of a bureau, a committee or a department, which no township's or village's name holds."""
_EVERYDAY_PLACE_WORD_USES = 2000
"""Uses in jieba's dictionary above which the stem's last character and the level make an everyday word
(城乡 2316, 农村 11478, 乡村 2134; 山村 178, 江村 21 may end a name): no name ends there."""


def _below_a_division(text: str, end: int, suffix: str, township_ends: set[int], tags: WordTags) -> int | None:
    """Where a township, village or community named right after the division it lies in starts (石门县|所街乡,
    安泽县|兰村, 屯留区|小南村, 延令街道|鼓楼社区): the name of the division before it fixes where the stem
    begins, so a stem of one to three characters is a name unless it is a function word, an adjective or
    a verb the dictionary knows, or the stem and suffix are its common noun for a kind of place (贫困村)."""
    after = end + len(suffix)
    if text[after : after + 1] in ("村", "镇", "乡") and not (
        text[after] == "村" and text[after + 1 : after + 2] in _BODY_OF_A_PLACE
    ):
        return None  # 尧都区|吴村镇, 花园乡|祠村村: the name goes on to a suffix of its own (not to 村支书)
    codes = division_codes()
    # 杭锦旗|独贵塔拉镇: a town's name transcribed from Mongolian or Uyghur may take four characters
    for size in (1, 2, 3) if suffix == "村" else (2, 3, 4) if suffix in ("镇", "乡") else (2, 3):
        start = end - size
        stem = text[max(0, start) : end]
        if start < 1 or not all_han(stem):
            return None
        level = text[start - 1]
        after_a_division = level in "省市县区旗" and any(
            text[start - k : start] in codes or (level == "区" and text[start - k : start - 1] + "县" in codes)
            for k in range(2, 9)
            if start >= k
        )
        after_a_division = after_a_division or _after_a_short_form(text, start, stem, suffix, tags)
        if not after_a_division and start not in township_ends:
            continue
        if any(ch in _BODY_NOT_IN_A_STEM for ch in stem):
            return None  # a body's ending in the stem: the town begins after it
        tag = tags.get(stem)
        whole = tags.get(stem + suffix)
        if text[start - 1 - len(stem) : start - 1] == stem and after_a_division:
            return start  # 和静县|和静镇: the county's seat, named as the county is (和 opens no other name here)
        # 南陵县|许镇镇: a town whose name ends in the level's own character, the level written again
        doubled = size == 2 and stem[-1] == suffix and suffix in "镇乡"
        # 宁明县|那楠乡: 那 (a field, in Zhuang) opens many names in the south, where no word 那个 follows
        a_field = stem[0] == "那" and size >= 2 and stem[1] not in _COUNTING_AFTER_THAT and tags.get(stem[:2]) is None
        if (stem[0] in _NOT_A_STEM_START and not a_field) or any(
            ch in DOWN_TO_VILLAGE for ch in (stem[:-1] if doubled else stem)
        ):
            return None
        pair = stem[-1] + suffix
        if suffix in "村乡" and tags.get(pair) not in (None, "ns") and (size == 1 or tag is not None):
            # 部分农|村, 城|乡: the stem's last character and the suffix make a word (农村, 城乡); a stem of two
            # the dictionary does not know right after its township is a name all the same (通津铺镇|苗山村)
            return None
        if suffix in "村乡" and tables().frequencies.get(pair, 0) >= _EVERYDAY_PLACE_WORD_USES:
            return (
                None  # 聊城市安泰|城乡|投资开发有限责任公司: a company's field, the everyday word for town and country
            )
        if suffix == "社区" and size == 3 and stem[-1] in _ROAD_ENDS:
            return start  # 紫阳街道|复兴路社区: a community named after its road, whatever the road's name means
        if (
            size >= 3
            and (tags.get(stem[:2]) or "ns")[:2] not in ("ns", "nr", "nz")
            and tables().frequencies.get(stem[:2], 0) > RARE_WORD_USES
        ):
            return None  # 部分|农村: an everyday word opens the stem (a rare one may open a name: 老屋场村)
        if size == 4 and (tag is not None or (tags.get(stem[2:]) or "ns")[:2] not in ("ns", "nr", "nz")):
            return None  # four characters are a name only when no ordinary word of two ends them either
        # 拉布乡|十村…今年十村在…: a village numbered after its township, the text naming it so again
        if suffix == "村" and stem in _VILLAGE_STATUSES:
            return None  # 白沙镇|贫困村, 重点村: a village's standing, a kind of village and never one's name
        numbered = size == 1 and suffix == "村" and stem in _NUMERALS and text.count(stem + suffix) >= 2
        # 务川县|丰乐镇, 某县|太平乡: a township's name is often a good wish the dictionary files as an adjective
        wished = numbered or (
            tag == "a" and size == 2 and after_a_division and suffix in "镇乡" and whole in (None, "ns", "nr")
        )
        # 八寨镇|劳动村: a village right after its township, named with an ordinary word, when the text names it
        # again (带动|村集体经济 after a town is what the town does); named with a good quality (吉强镇|团结村,
        # 光明村), also when named once, unless the quality is a village's standing (白沙镇|贫困村全部脱贫)
        wished = wished or (
            suffix == "村"
            and size == 2
            and start in township_ends
            and (
                (whole is None and (tag or "").startswith(("a", "v", "n")) and text.count(stem + suffix) >= 2)
                or ((tag or "").startswith("a") and whole in (None, "n", "ns"))
            )
        )
        if (
            tag is not None
            and tag.startswith(_STEM_TAGS_NOT)
            and not wished
            and not _village_follows(text, suffix, end + len(suffix))
        ):
            return None  # 赤水市|长期镇|合云村: a word of the dictionary is still a town between a city and a village
        if whole is not None and whole != "ns" and not wished:
            return None
        if size == 1 and not numbered and tags.get(stem, "") not in _ONE_CHARACTER_STEM_TAGS:
            continue  # 吉强镇|团结村: a verb is no name of one character; it may end a name of two
        if size == 1 and whole is not None:
            return None  # 兴隆县|山村: a mountain village, the dictionary's word for a kind (安泽县|兰村 is a name)
        return start
    return None


# verbs and prepositions of being or going somewhere: what follows them is where
# the verbs of going (lexicon.VERBS_OF_GOING), of lying somewhere, and the prepositions of place
_GOING_TO = re.compile(
    "(?:" + "|".join((*VERBS_OF_GOING, "位于", "地处", "坐落于", "坐落在", "赶到", "途经", *"在到赴至从离")) + ")$"
)
_COUNTY = re.compile(r"(?:县|区|市|旗)$")


_AIRPORT = re.compile(r"(?:国际)?机场")
_SAID_OF_WATER = r"(?:畔|边(?![远境疆防检贸])|沿岸|流域|两岸|上游|中游|下游|干流|支流|水系|河道|河底|水域|源头)"
"""What is said of a river or a lake right after its name (塔里木河畔, 长江流域, 清水河水系); 边 not of 边远,
边境 (墨江边远山区 is the county's remote hills)."""
_WEIGHED_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*(?:克|千克|公斤|斤|两|吨|盎司)$")
_WATER = re.compile(
    rf"[河江湖溪](?={_SAID_OF_WATER})"
    rf"|(?<=汇入|流入|注入)[“”]?[{HAN}]{{1,4}}?[河江湖溪]"
)


def _landmarks(ctx: Context, tags: WordTags) -> Iterator[tuple[int, str]]:
    """Airports named after their place (乌鲁木齐国际机场, 成都天府国际机场, 日照山字河机场: a known place
    and at most one proper word before 国际 or 机场; a city's airport by the city's name alone is the city), rivers and lakes the dictionary names, by what follows
    them (塔里木河畔, 长江流域), and parks and reservoirs named by a proper word (五泉山公园, 鹤地水库)."""
    text = ctx.text
    known = places()
    for m in _AIRPORT.finditer(text):
        for start in range(max(0, m.start() - 8), m.start() - 1):
            stem = text[start : m.start()]
            head = next((size for size in range(min(len(stem), 6), 1, -1) if stem[:size] in known), 0)
            rest = stem[head:]
            international = m.group().startswith("国际")
            if not international and (any(ch in _NOT_IN_AN_AIRPORTS_NAME for ch in rest) or tags.get(rest) == "n"):
                continue  # 西安后转|机场, 兰州新区到|机场, 四川民用|机场: no name of its own
            if head and all_han(stem) and (not rest or (len(rest) <= 3 and tags.get(rest) in (None, "ns", "nz", "n"))):
                if rest or international:  # 喀什机场: the city named for its airport, which the city stands for
                    yield start, text[start : m.end()]
                break
    for m in _WATER.finditer(text):
        named = m.group().lstrip("“”")
        if len(named) >= 3 and _a_proper_stem(named[:-1], tags):
            yield m.end() - len(named), named  # 汇入|曹古河: what flows into it names the river whole
            continue
        for size in (4, 3, 2):
            start = m.end() - size
            if start >= 0 and tags.get(text[start : m.end()]) == "ns":
                yield start, text[start : m.end()]
                break
    for m in _WATER_END.finditer(text):
        if _NAMES_MORE_AFTER.match(text, m.end()):
            continue  # 黄河路, 长江大桥, 湘江新区: the river names a road, a bridge, a district
        island = m.group() in "岛湾"
        for size in (4, 3, 2):
            start = m.end() - size
            name = text[max(0, start) : m.end()]
            # 黄岩岛, 崇明岛, 北部湾: the dictionary files islands and bays under names of any proper kind
            dictionary_named = tags.get(name) in (_ISLAND_TAGS if island else ("ns",)) and (not island or size >= 3)
            if not dictionary_named and m.group() == "岛" and size >= 3 and start >= 0:
                dictionary_named = _an_island_the_article_names(ctx, name, tags)
            if start < 0 or not dictionary_named or _read_across_words(ctx, start, m.end()):
                continue
            if name[0] in _COUNTING or any(ch in "江河湖" for ch in name[:-1]) or _after_a_noun(ctx, start):
                break  # 三河交汇处, 江河: rivers counted or in general; 白石|天河: the end of a longer name
            if text[start - 1 : start] == "的" and text[m.end() : m.end() + 1] in ("中", "里"):
                break  # 在历史的长河中: the river of history, a figure of speech
            yield start, name  # 沿着乌江, 黄河入海口: a river or lake the dictionary names
            break
    for m in _PARK.finditer(text):
        if (named_from := _proper_stem_start(ctx, m.start(), tags)) is not None:
            yield named_from, text[named_from : m.end()]
    for m in _LANDFORM.finditer(text):
        for size in range(min(m.end(), 8), len(m.group()) + 1, -1):
            start = m.end() - size
            if tags.get(text[start : m.end()]) == "ns" and not _read_across_words(ctx, start, m.end()):
                yield start, text[start : m.end()]  # 塔里木盆地, 黄土高原, 蒙古国: the dictionary's own names
                break


_WATER_END = re.compile("[江河湖岛湾]")
_NOT_IN_AN_AIRPORTS_NAME = frozenset("后转到在去往的用和与")


_MEASURES_OF_PEOPLE = frozenset("名个位")
_ISLAND_MENTIONS = 3
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:这|那|一|每|该|此)(?:座|个|片)?$")


def _an_island_the_article_names(ctx: Context, name: str, tags: WordTags) -> bool:
    """黑瞎子岛 (six times): an island the dictionary does not know, named by a proper stem of two or three
    characters (a name, or no word at all) and written three times or more, never after a demonstrative
    (这座网红岛: a kind of island); 海岛, 全岛 and 小岛 are words."""
    stem = name[:-1]
    return (
        ctx.count(name) >= _ISLAND_MENTIONS
        and not any(_DEMONSTRATIVE_BEFORE.search(ctx.text, max(0, at - 3), at) for at in occurrences(ctx.text, name))
        and stem[0] not in _COUNTING
        and tags.get(stem[-1] + "岛") is None
        and _a_proper_stem(stem, tags)
    )


_ISLAND_TAGS = ("ns", "nr", "nrt", "nz")
_NUMERALS = frozenset("一二三四五六七八九十")
_COUNTING = _NUMERALS | frozenset("两几多")


def _after_a_noun(ctx: Context, start: int) -> bool:
    """Whether the word before `start` is a noun or a name the name may continue (白石|天河)."""
    before = list(ctx.words(max(0, start - 4), start))
    return bool(before) and before[-1][2].startswith(("n", "s")) and is_han(before[-1][1][-1])


# what makes a river's name part of a longer one: a road, a bridge, a division, a zone, a company
_NAMES_MORE_AFTER = re.compile(
    r"[省市县区镇乡村路街桥]|[家湾坪沟庄][镇乡村]|大道|大桥|新区|集团|公司|银行|大学|学院|中学|小学|医院|大妈|大爷|阿姨|志愿"
)


# basins, plateaus, grasslands, deserts, island groups and states the dictionary names whole, by their kind
_LANDFORM = re.compile(rf"盆地|高原|草原|沙漠|沙地|山脉|群岛|半岛|海峡|(?<=[{HAN}]{{2}})国(?![家内外际道企有营务土])")
_PARK = re.compile(
    r"(?:国家森林公园|森林公园|湿地公园|国家公园|遗址公园|公园|风景名胜区|风景区|景区|水库|水电站|电排站|泵站|灌区)"
)
# g: a place name's own morpheme (赵家|峪|水库), which jieba tags alone
_STEM_WORD_FLAGS = ("n", "ns", "nr", "nrt", "nz", "zg", "j", "g")


def _proper_stem_start(ctx: Context, end: int, tags: WordTags) -> int | None:
    """Where a park's or a reservoir's name begins (五泉山|公园, 吐鲁沟|国家森林公园, 鹤地|水库): the nouns
    before it back to a division (金乡县|金水湖湿地公园) or any other word, when one of them names one
    thing (a place, a name, a word the dictionary does not know); 体育生态公园 and 文化公园 are kinds."""
    window = max(0, end - 8)
    tokens = ctx.pos(ctx.text[window:end])
    position = end
    proper = False
    for word, flag in reversed(tokens):
        level_end = word[-1] in DOWN_TO_VILLAGE
        if proper and word in places():
            break  # 浙江|良渚古城遗址公园: a known place before the name says where it is
        known_as = tags.get(word) or ""
        if level_end or not all_han(word) or known_as.startswith(_STEM_TAGS_NOT) or word.endswith(_RUN_BY_A_BODY):
            break  # 金乡县|, 陆水村|, 和|鹤地, 中华山林场|: a division, a village, a function word or a body before it
        if len(word) > 1 and word[0] in DOWN_TO_VILLAGE and known_as == "" and word not in places():
            if end - (position - len(word) + 1) <= 6:
                position -= len(word) - 1  # 武胜关镇|霞|家河水库 (jieba's 镇霞): the level ends the place before
                proper = True
            break
        if not flag.startswith(_STEM_WORD_FLAGS) and (known_as or flag.startswith(_STEM_TAGS_NOT)):
            break  # 是|指以|世界地质公园: a word the dictionary does not know, read as a verb, is no name
        if end - (position - len(word)) > 6:
            break
        position -= len(word)
        proper = proper or flag.startswith(("ns", "nr", "nz")) or tags.get(word) is None or word in places()
    if position == window and window > 0:
        return None  # the window may have cut a word: its first one is not trusted
    return position if proper and end - position >= 2 else None


_RUN_BY_A_BODY = ("林场", "农场", "牧场", "茶场", "局", "公司", "集团", "厂")
"""Bodies that run a reservoir, a park or a power station named after them: where the work's name begins."""
_AFTER_A_CLAUSE_WORD = "的了"
"""Where a clause's words end and a name may begin (探访了|瓦房口镇, 外的|瓦房口镇); no stem holds them."""


def _big_or_small_by_name(stem: str, tags: WordTags) -> bool:
    """、大陈镇: 大 or 小 and a character the dictionary makes no word with (大陈) open a name; 大型, 小康
    and 大力 are words, and 经济大|镇 has its stem start before 大."""
    if len(stem) == 3 and stem[0] in "大小" and tags.get(stem) is None:
        return tags.get(stem[:2]) == "ns"  # 大河家|镇: a place the dictionary knows (大河) and a family's seat
    return len(stem) == 2 and stem[0] in "大小" and tags.get(stem) is None


def _a_known_name(stem: str, tags: object) -> bool:
    return tags.get(stem) == "ns" or stem in places()  # type: ignore[attr-defined]


def _a_proper_stem(stem: str, tags: object) -> bool:
    """A stem jieba reads as a name, or as words it reads as names or does not know and characters of no
    function (刘家|营, 青龙寺, 沙田, 小际|头; not 专家|百, 中心)."""
    if tags.get(stem) not in (None, *_NAME_FLAGS):  # type: ignore[attr-defined]
        return False
    return all(
        (flag in _NAME_FLAGS or tags.get(word) is None) if len(word) > 1 else flag[:1] not in _STEM_TAGS_NOT  # type: ignore[attr-defined]
        for word, flag in tag(stem)
    )


_NAME_FLAGS = ("ns", "nr", "nrfg", "nrt", "nz")


_HAMLET = LazyPattern(
    rf"(?<=村)(?P<stem>[{HAN}]{{2,3}}?)(?P<level>自然村|屯)(?![民委干两支党组])"
    # 赤尾村委会|侯坑村: a natural village after the committee of the village it belongs to
    rf"|(?<=村委会)(?P<under>[{HAN}]{{2,3}}?)村(?![民委干两支党组里])",
    needs=("屯", "自然村", "村委会"),
)


def _hamlets_of_villages(text: str, villages: set[str], tags: WordTags) -> Iterator[tuple[int, str]]:
    """忙丙村|大山自然村, 百坭村|那用屯, 赤尾村委会|侯坑村: a natural village or a hamlet (屯) right after the
    village or the village committee it belongs to, named by a stem no dictionary word of another kind (…村|驻屯
    is no hamlet)."""
    for m in _HAMLET.finditer(text):
        stem, level = (m["stem"], m["level"]) if m["stem"] else (m["under"], "村")
        committee = m["under"] is not None
        if not committee and not any(text.endswith(village, 0, m.start()) for village in villages):
            continue
        if any(ch in DOWN_TO_VILLAGE for ch in stem) or (tags.get(stem) or "n").startswith(_STEM_TAGS_NOT):
            continue
        yield m.start(), stem + level


_SUMU_STEM = 6
_NOT_IN_A_SUMU = frozenset("是在的了和与及到从向对为把将被让给由这该全各每本我其某个此那丨")
_LEVEL_BEFORE_A_SUMU = frozenset("旗县市盟镇乡区省村")


_SUMU_AND_GACHA_AS_LEVELS = ("苏木乡镇", "苏木镇", "嘎查村")
"""How Inner Mongolia's news names its levels: sumu and townships, gacha and villages; no sumu's name."""


def sumu_or_gacha_stem(text: str, at: int) -> int | None:
    """Where the name of a sumu or a gacha (Inner Mongolia's townships and villages) begins: a Mongolian
    name the dictionary never holds, of two to six characters back to a mark, a function word, a level
    (阿鲁科尔沁旗|巴彦温都尔苏木, …苏木|达尔罕乌拉嘎查) or a place the gazetteer knows (内蒙古|芒来嘎查)."""
    if text.startswith(_SUMU_AND_GACHA_AS_LEVELS, at):
        return None
    begin = at
    while begin > 0 and at - begin < _SUMU_STEM:
        ch = text[begin - 1]
        if not is_han(ch) or ch in _NOT_IN_A_SUMU or ch in _LEVEL_BEFORE_A_SUMU:
            break
        if text[max(0, begin - 2) : begin] in MONGOLIAN_LEVELS:
            break
        begin -= 1
    for cut in range(min(at - begin - 2, 7), 1, -1):
        if is_province(text[begin : begin + cut]):
            begin += cut  # 内蒙古|芒来嘎查: the region named before the village (巴彦 opens 巴彦温都尔 whole)
            break
    position = begin
    for word, _ in tag(text[begin:at]):  # 记者|跟随|嘎查党支部: the clause's own words are no part of the name
        position += len(word)
        if (
            len(word) >= 2
            and not (jieba_tags().get(word) or "nr").startswith(PROPER_TAGS)
            and word not in MONGOLIAN_NAME_PARTS  # 白音|扎拉嘎嘎查: bayan, a common noun to the dictionary
        ):
            begin = position
    stem = text[begin:at]
    # 巴彦淖尔|苏木: a sumu may share its Mongolian name with a city (a region's name is none)
    return begin if 2 <= len(stem) <= _SUMU_STEM and not is_province(stem) else None


_LIES_AT = ("位于", "地处", "坐落于", "坐落在")
_POINTING = frozenset(_NOT_A_STEM | set("某整"))
"""What opens no lying place's name: the function words of `_NOT_A_STEM` (该村) and words pointing at a place (某村, 整村)."""
_CLAUSE_START = frozenset("，。；：！？\n“”")


def _subject_of_lying(text: str, at: int, suffix: str) -> int | None:
    """兴旺山村位于晋西北: a village or a township whose name opens its clause and lies somewhere (位于,
    地处) is named whole, whatever words its stem reads as (兴旺 is a verb); not one pointed at (该村位于,
    这个村地处)."""
    if suffix not in ("村", "镇", "乡") or not text.startswith(_LIES_AT, at + len(suffix)):
        return None
    begin = at
    while begin > 0 and at - begin < _SUBJECT_STEM and text[begin - 1] not in _CLAUSE_START:
        begin -= 1
    stem = text[begin:at]
    if not (begin == 0 or text[begin - 1] in _CLAUSE_START) or not 2 <= len(stem) <= _SUBJECT_STEM:
        return None
    if not all_han(stem) or stem[0] in _POINTING or any(ch in DOWN_TO_VILLAGE for ch in stem):
        return None
    if stem[-1] + suffix in _A_KIND_OF_TOWN:
        return None  # 江南古镇位于…, 特色小镇位于…: a kind of town described, none named
    return begin


_SUBJECT_STEM = 4
_A_KIND_OF_TOWN = frozenset({"古镇", "小镇", "古村", "小村", "集镇", "城镇", "乡镇", "村镇", "渔村"})


def _a_phrase(stem: str, tags: object) -> bool:
    """积极动员: a stem of dictionary words, one of them a verb or an adverb, says what is done."""
    return any(len(word) >= 2 and flag[:1] in ("v", "d", "a") for word, flag in tag(stem))


# a stem ending in a town's, a county's or a province's suffix is a whole place (何市镇 and 吴村镇 are names)
_WHOLE_PLACE_END = set("县省镇乡")
_A_LEVELS_PLACE = frozenset("村镇乡县城")
_WHERE_IN = frozenset("里内外上中")
_BODY_OF_A_PLACE = set("支委民干两党")  # 村支部, 村委, 村民, 村干部, 村两委, 村党支部 after a village's own 村


def _anchored_township(text: str, start: int, stem: str, tags: object) -> bool:
    """A township or sub-district named right after its county (祁门县|小路口镇, 津市市|药山镇) or after a
    verb of going or being (位于|何市镇, 深入|官渡口镇): the boundary before the stem is certain there, so
    a stem that also makes an ordinary word with the suffix (村镇, 山镇, 家乡) is still a name. The stem
    is no function word, adjective or verb of the dictionary's (偏远乡镇, 这个乡)."""
    if stem[0] in _NOT_A_STEM_START or len(stem) > 3 or tags.get(stem[0], "") in ("p", "c"):  # type: ignore[attr-defined]
        return False  # 在|离长庆镇: a preposition, not the first character of the name
    if stem[0] in _COUNTING and stem[1:2] in _MEASURES_OF_PEOPLE:
        return False  # 接到|一名同乡的电话: a count of people (同乡, a fellow villager), no township
    if stem[-1] in _WHOLE_PLACE_END:
        return False  # 禾丰镇|镇江村: the stem holds a whole place already; the suffix starts the next name
    tag = tags.get(stem) or ""  # type: ignore[attr-defined]
    going = _GOING_TO.search(text, max(0, start - 3), start)
    # 到达|天元乡: after a verb of going, a measure word (天元, q) is no word a clause puts before 乡
    if tag.startswith(_STEM_TAGS_NOT) and not (going and tag == "q"):
        return False
    if going and not (
        len(going.group()) == 1 and tags.get(going.group() + stem[0]) is not None  # type: ignore[attr-defined]
    ):  # 离开|家乡: the preposition's character begins a word with the stem's first (to leave one's home)
        return stem[-1] not in "县省镇乡村"  # 在乡村镇: the suffix of another place, not a name
    codes = division_codes()
    return any(
        text[start - size : start] in codes and _COUNTY.search(text, start - 1, start)
        for size in range(2, 8)
        if start >= size
    )


# function words that never begin a place's name (娄庄镇|除汴河村以外: except, not the village's first character)
_NOT_A_STEM_START = set("的了在和与是个各每全本该这那其此有无两多几除把被将我你他她")  # 我|向村“两委”提议


@lru_cache(maxsize=1)
def _gazetteer_lengths() -> dict[str, tuple[int, ...]]:
    """First character → the lengths of the names that start with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for name in places():
        lengths.setdefault(name[0], set()).add(len(name))
    return {ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in lengths.items()}


def _gazetteer_matches(text: str) -> Iterator[_Found]:
    """The longest gazetteer name at each position, left to right without overlaps, like a regex
    alternation of every name would give; set look-ups at the positions where a name can start (found
    by one character class) are cheaper than that regex (thousands of names: most of a second to
    compile, slow to scan)."""
    names = places()
    lengths = _gazetteer_lengths()
    starts = _gazetteer_starts()
    position = 0
    while (found := starts.search(text, position)) is not None:
        position = found.start()
        for size in lengths[text[position]]:
            if text[position : position + size] in names:
                yield _Found(position, position + size, text[position : position + size])
                position += size
                break
        else:
            position += 1


@lru_cache(maxsize=1)
def _gazetteer_starts() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(map(re.escape, _gazetteer_lengths()))) + "]")


_SUFFIX_CHARS = frozenset(DOWN_TO_TOWNSHIP)
_PROPER_STEM_TAGS = (None, "ns", "nr", "nrt", "nz")


def _named_division(
    stem: str, full: str, gazetteer: frozenset[str], codes: dict[str, tuple[str, ...]], tags: WordTags
) -> bool:
    """Whether stem + suffix names a division. A known division is one; a known place's short form takes
    only its own suffix (大城 is 大城县, so 大城市 is "a big city"; 福建 is a province, not a 福建乡); a
    division's full name takes none (成都市市民). Below the county (镇, 乡, 街道) divisions.txt is silent: an
    unknown name jieba tags as a place counts there when its stem is a proper name, not a noun or an
    adjective (瑶族乡 is a kind of township)."""
    if full in codes:
        return True
    if full[-1] in "区市" and stem + "县" in codes and len(stem) >= 2 and tags.get(full) is None:
        return True  # 淮阳区, 无为市: counties made districts or cities after divisions.txt was written (大城市: a big city)
    if full[-1] == "县" and (stem + "区" in codes or stem + "市" in codes) and len(stem) >= 2:
        return True  # 荣昌县, 潼南县: the county's name before it became a district
    if stem[-1] in _SUFFIX_CHARS or stem.endswith("族"):
        return False
    if stem in gazetteer or full[-1] in COUNTY_AND_ABOVE:
        return False  # divisions.txt holds every county and above: an unknown one is a kind of place (深山区)
    return tags.get(full) == "ns" and tags.get(stem) in _PROPER_STEM_TAGS


_PARTS_OF_A_COUNTY = (
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "东南部",
    "西南部",
    "东北部",
    "西北部",
    "境内",
    "全境",
    "县城",
    "县域",
)
_OLD_OR_NEW_TOWN = re.compile(r"[老新]城区")
"""老城区, 新城区: Luoyang's and Xi'an's districts by name, and any town's old or new quarter in a sentence."""


def _alike_with_its_list(text: str, start: int, end: int) -> bool:
    """沿河、沿湖、沿江 (along the rivers, the lakes, the Yangtze): a place's name of two that stands in a list
    beside words opening with its own first character, which name no place, is a word like them; one listed
    with those present at an event (领导、来宾和群众) is one of them."""
    if end - start != 2:
        return False
    neighbours = [text[end + 1 : end + 3]] if text.startswith("、", end) else []
    if text[start - 1 : start] == "、" and start >= 3:
        neighbours.append(text[start - 3 : start - 1])
    joined = [text[end + 1 : end + 3]] if text[end : end + 1] in "和与及" else []
    if text[start - 1 : start] in "和与及" and start >= 3:
        joined.append(text[start - 3 : start - 1])
    whole_item = text[end : end + 1] in "、和与及们等，"  # 来宾和群众, not 领导及嘉禾|部分女企业家
    common_noun = jieba_tags().get(text[start:end]) == "n"  # 来宾 (guests); not 北京 in 游客和北京、天津
    if whole_item and common_noun and any(item in _PEOPLE_PRESENT for item in neighbours + joined):
        return True  # 领导、来宾和群众: guests among those present, not 来宾市
    # two more items alike, whole and no place (沿湖、沿江), as one (北京、北方; 长沙、长株潭) is chance
    items = re.findall(r"[^、，。；\s]+", text[end + 1 : end + 12]) if text.startswith("、", end) else []
    alike = [item for item in items[:2] if item[0] == text[start] and item[:2] not in places() and len(item) >= 2]
    return len(alike) == 2


_MEDIA_NAMED_AFTER_A_PLACE = ("在线", "日报", "晚报", "新闻网", "电视台", "广播电视台")
_PERSONAL_PRONOUNS = frozenset("我你他她咱")
_PEOPLE_PRESENT = frozenset({"领导", "群众", "嘉宾", "游客", "代表", "市民", "村民", "观众", "朋友", "师生", "家长"})
"""Those present at an event, listed together; a city's short form among them (来宾, guests) is the word."""


def _county_short_form_confirmed(name: str, text: str, tags: WordTags, start: int) -> bool:
    """A county named without its 市 or 县 (阳春 for 阳春市, 温泉 for 温泉县) is often an ordinary word
    (阳春三月, a hot spring) or a namesake elsewhere (金湖大道 in Fujian, 金阳批发市场 in Shandong): it
    counts when the text also names the county in full, its prefecture or its province, or when a word
    the dictionary knows as a place follows a verb of going or being (来到稷山); that the dictionary knows
    it says nothing about which place, or whether a place is meant, anywhere else. So with a district
    whose whole name is a noun as well (城区, the urban area; 矿区, a mining area)."""
    codes = division_codes().get(name, ())
    names = division_name_by_code()
    all_names = division_names_by_code()
    # only a short form made by dropping 市 or 县: an autonomous county's short form (陵水) is how it is named
    county_codes = [
        code for code in codes if not code.endswith("00") and any(full[:-1] == name for full in all_names.get(code, ()))
    ]
    if (len(name) == 2 and tags.get(name) not in (None, "ns")) or _OLD_OR_NEW_TOWN.fullmatch(name):
        county_codes += [
            code for code in codes if name in all_names.get(code, ())
        ]  # 改造城区老旧公厕, 察看了老城区: a division's name that is also a noun (城区, 老城区) is the noun
    a_noun_too = _OLD_OR_NEW_TOWN.fullmatch(name) is not None  # 距离|老城区: the town's own old quarter
    going = tags.get(name) in ("ns", "nrt") and _GOING_TO.search(text, max(0, start - 3), start)
    if not county_codes or (going and not a_noun_too):
        return True
    for code in county_codes:
        # 老城区 (the old town) beside 河南: a noun's namesake needs its city named, not its province only
        above = [
            *all_names.get(code, ()),
            names.get(code[:4] + "00"),
            None if a_noun_too else names.get(code[:2] + "0000"),
        ]
        for full in filter(None, above):
            short = _LEVEL_END.sub("", full)
            if full != name and (full in text or (len(short) >= 2 and short != name and short in text)):
                return True
    if tags.get(name) not in (None, "ns", "nrt") and start > 0 and text[start - 1] not in _OPENS_A_NAME:
        return False  # 社区惠民服务: a word of another kind inside a phrase (not 的麻城龟峰山景区) is that word
    nearby = text[max(0, start - _SIBLING_WINDOW) : start + _SIBLING_WINDOW]
    return any(
        short in nearby
        for code in county_codes
        for short in _prefecture_short_names(code[:2])
        if short != name and not short.startswith(name) and short[:2] not in name
    )


_SIBLING_WINDOW = 300
_OPENS_A_NAME = frozenset("的、和与及在到至从，。；：！？“（\n")


@lru_cache(maxsize=64)
def _prefecture_short_names(province: str) -> tuple[str, ...]:
    """The shortest names of a province's prefectures (襄阳, 咸宁, 恩施 for 42): a county named beside
    another city of its province (麻城龟峰山景区、…襄阳古隆中景区) is that province's county."""
    shortest: dict[str, str] = {}
    for named, codes in division_codes().items():
        for code in codes:
            if code.startswith(province) and code.endswith("00") and not code.endswith("0000") and len(named) >= 2:
                if code not in shortest or len(named) < len(shortest[code]):
                    shortest[code] = named
    return tuple(sorted(set(shortest.values())))


_LEVEL_END = re.compile(r"(?:省|市|县|区|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")


_SECOND_VILLAGE = LazyPattern(rf"(?<=村)[和与及、]([{HAN}])村(?![民委干支]|两委)", needs=("村",))
_ONE_CHARACTER_STEM_TAGS = ("", "n", "ns", "nr", "ng", "b", "j")
"""What the dictionary may call a village's one-character name (韦 nr, 苏 j, 兰 n): no verb or function word."""
_NOT_A_SIBLING = frozenset(_NOT_A_STEM | set("邻外贫富穷原"))
"""…and, with no township before it to fix where the name begins, no character of a kind of village
(邻村, 外村, 贫村, 富村) or of a function word (柳村, 石村, 韦村 are names)."""


def _one_character_villages_beside_one(text: str, local: set[str], tags: WordTags) -> Iterator[tuple[int, str]]:
    """北头村和韦村: a village of one character named right after another village the text names, with 和
    or 、 between them (a village's name of one character alone, 韦村, reads as a word too often)."""
    villages = {village for village in local if village.endswith("村")}
    longest = max(map(len, villages), default=0)
    for m in _SECOND_VILLAGE.finditer(text):
        stem = m.group(1)
        if stem in _NOT_A_SIBLING or tags.get(stem, "") not in _ONE_CHARACTER_STEM_TAGS or stem + "村" in tags:
            continue
        if any(text[m.start() - size : m.start()] in villages for size in range(2, min(longest, m.start()) + 1)):
            villages.add(stem + "村")  # 北头村、石村、枣村: each named beside the one before
            longest = max(longest, 2)
            yield m.start(1), stem + "村"


_LOCAL_SUFFIX = re.compile(f"(?:{_LOCAL.pattern})$")


def _village_stems(local: set[str]) -> set[str]:
    """The local places found without their suffix (大河森 of 大河森村, 渔子溪 of 渔子溪社区)."""
    return {_LOCAL_SUFFIX.sub("", place) for place in local}


def _opens_a_village_stem(text: str, at: int, name: str, stems: set[str], longest: int) -> bool:
    """大河森是… beside 大河森村: the village named without its suffix, not the river or city (大河) its
    name begins with (`longest`: the longest of the `stems`)."""
    return any(text[at : at + size] in stems for size in range(len(name) + 1, longest + 1))


def _longer_places_ending_in(names: Iterable[str]) -> dict[str, list[str]]:
    """Each place found → the longer places found that end in it (巴桥村 → 补巴桥村), read once."""
    found = set(names)
    longer: dict[str, list[str]] = {}
    for name in found:
        for cut in range(1, len(name) - 1):
            if name[cut:] in found:
                longer.setdefault(name[cut:], []).append(name)
    return longer


def _part_of_a_longer_place(text: str, name: str, longer: list[str]) -> bool:
    """Whether every mention of `name` ends one of the `longer` places, as the text writes it there: the
    character before it (a verb's, 补) was the longer name's first."""
    return bool(longer) and all(
        any(text.startswith(other, at - len(other) + len(name)) for other in longer)
        for at in occurrences(text, name)
        if at >= 0
    )


def _only_quoted(text: str, name: str) -> bool:
    """A village-shaped word that stands only in quotes (“空心村”, “明星村”) is a term the article
    discusses, not a place it names."""
    for at in occurrences(text, name):
        before, after = text[at - 1 : at] if at else "", text[at + len(name) : at + len(name) + 1]
        if not (before and after and before in "“‘「" and after in "”’」"):
            return False
    return True


_COMPANY = re.compile(r"(?:公司|集团|企业|厂|航空|银行)$")


_BUILDS_UP = frozenset("兴富强立治活美稳惠利")
_PLACE_OR_STREET_ENDS = frozenset(DOWN_TO_VILLAGE + "街路巷社")


def _a_slogan_read_as_a_county(text: str, start: int, name: str, tags: WordTags) -> bool:
    """文化兴县, 产业富县: a field and a verb of building up joined to 县 is a county's strategy (to raise
    the county by culture), not 兴县 or 富县, the counties of that name: the field is a noun right before
    the verb, and no province or city opens it (山西省兴县 is the county)."""
    if len(name) != 2 or name[0] not in _BUILDS_UP:
        return False
    after = text[start + 2 : start + 5]
    if len(after) >= 2 and after[0] in _BUILDS_UP and after[1] == "民" and after[2:] not in _PLACE_OR_STREET_ENDS:
        return True  # 兴县富民, 强县富民: raise the county, enrich the people (兴县利民村, 惠民街: a place)
    return start >= 2 and tags.get(text[start - 2 : start]) in ("n", "vn", "an", "nz")


_COMPASS_DISTRICT = re.compile(r"[东西南北中]区|城区|郊区|矿区|市中区")
"""Districts named by a direction or by the kind of area (汕尾's 城区, 阳泉's 郊区, 济南's 市中区): written
alone, they are the words for such areas."""


def _its_city_named(text: str, name: str, at: int) -> str | None:
    """The code of a district named only by a direction or a kind (西区 of 攀枝花, 城区 of 汕尾) whose city
    the text names right before it (`at`); None without it: the words are then a part of whatever the
    sentence is about (华中师范大学西区, 城区道路)."""
    for code in division_codes().get(name, ()):
        city = full_division_name(code, name)[: -len(name)]
        city = re.sub(r"^.+?(?:省|自治区)", "", city)
        if len(city) >= 3 and city.rstrip("市州盟") in text[max(0, at - 8) : at]:
            return code  # 攀枝花市西区, 晋城市城区: the city named right before the district
    return None


def _sharing_the_level_after(
    text: str, suffixed: list[tuple[int, int]], codes: dict[str, tuple[str, ...]]
) -> Iterator[tuple[int, str, str]]:
    """道里、南岗、松北区: divisions listed before the last one's level share it; each item is one only
    when, with that level, it is a division of the same city as the last (道里区 and 松北区, Harbin).
    Yields where the item starts, the item and its division's code."""
    for start, end in suffixed:
        level = text[end - 1]
        if level not in "区县市" or text[start - 1 : start] != "、":
            continue
        cities = {code[:4] for code in codes.get(text[start:end], ())}
        at = start - 1
        while at > 1 and text[at] == "、":
            found = next(
                (
                    (at - size, code)
                    for size in (2, 3)
                    for code in codes.get(text[at - size : at] + level, ())
                    if code[:4] in cities and all_han(text[at - size : at])
                ),
                None,
            )
            if found is None:
                break
            yield found[0], text[found[0] : at], found[1]
            at = found[0] - 1


_WORN_OR_BUILT = ("袍", "长袍", "包", "靴", "帽", "服", "族", "语", "文", "舞", "式")
"""What a people's name says it wears, builds or speaks (蒙古袍, 蒙古包, 蒙古族): the people, not the country."""
_WORDS_OPENED_BY_A_LEVEL = ("市场", "市值", "区域", "区间", "县域")
"""Words a division's level character opens (市场, 区域): after a place's name, the word, not the level."""


def _leads_to_a_named_division(end: int, match_ends: dict[int, int], suffixed_starts: set[int]) -> bool:
    """甘肃|陇南|宕昌县人民医院: short forms of the province and the city before a division named with its
    level name where the body is, places of their own inside its name (北京大学 names no division after 北京)."""
    for _ in range(3):
        if end in suffixed_starts:
            return True
        if end not in match_ends:
            return False
        end = match_ends[end]
    return False


def place_facts(ctx: Context, inside_orgs: list[tuple[int, int]]) -> Iterator[Fact]:
    text = ctx.text
    tags = jieba_tags()
    gazetteer = places()
    curated = curated_places()
    names: dict[str, int] = {}

    # a person's name (高安友) and a title in 《》 (《山西农民报》) hold no place, whatever their characters
    people_spans = [(at, at + len(name)) for name in ctx.people for at in occurrences(text, name)]
    org_index = SpanIndex(inside_orgs + people_spans + [(m.start(), m.end()) for m in _TITLE.finditer(text)])
    companies = {start for start, end in inside_orgs if _COMPANY.search(text, start, end)}

    def inside(start: int, end: int) -> bool:
        return org_index.covers(start, end)

    codes = division_codes()
    suffixed: list[tuple[int, int]] = []  # where a division is named with its level: its parts are no places
    for m in _ADMIN.finditer(text):
        if text.startswith(_WORDS_OPENED_BY_A_LEVEL, m.end() - 1):
            for size in (3, 2):  # 杭州|市场: the market, not the city's level; 杭州 alone names the city
                stem = text[max(0, m.start() - size) : m.start()]
                if tags.get(stem) == "f":
                    break  # 新疆南部|县域: a part of the place before (its south), not 南部县
                if (
                    len(stem) == size
                    and stem + m.group() in gazetteer
                    and not _read_across_words(ctx, m.start() - size, None)
                ):
                    names.setdefault(stem, m.start() - size)
                    break
            continue
        for size in (4, 3, 2):
            stem = text[max(0, m.start() - size) : m.start()]
            if len(stem) != size or not all_han(stem):
                continue
            full = stem + m.group()
            if _named_division(stem, full, gazetteer, codes, tags):
                start = m.start() - size
                if stem[0] in "全各" and text[m.end() : m.end() + 1] in ("市", "区"):
                    break  # 位居全州|县市第一: the whole prefecture's counties and cities, not 全州县
                if _OLD_OR_NEW_TOWN.fullmatch(full) and not _county_short_form_confirmed(full, text, tags, start):
                    break  # 察看了老城区: the town's old quarter, unless Luoyang is named
                if _read_across_words(ctx, start, None):
                    break  # 皖南|山区: jieba may cut the level off a name (金坛|区), never its first character
                names.setdefault(full, start)  # 新罗区 in 新罗区工信局 is still a place named
                suffixed.append((start, m.end()))
                gazetteer_stem = stem if tags.get(full) == "ns" or stem in gazetteer else None
                if gazetteer_stem and len(gazetteer_stem) >= 2:
                    names.setdefault("\0" + gazetteer_stem, -1)
                break
    shared_level: dict[str, str] = {}  # 道里 → its code, in 道里、南岗、松北区
    of_a_named_city: dict[str, str] = {}  # 城区 → the code of the one whose city the text names
    for start, name, code in _sharing_the_level_after(text, suffixed, codes):
        if name not in names:
            names[name] = start
            shared_level[name] = code
    local: set[str] = set()
    # the positions strictly inside a person's name found (曾乡|伟): no township ends or begins there
    inside_names = {k for at, end in people_spans for k in range(at + 1, end)}
    for start, name in _local_places(ctx, tags):
        if (current := without_former(name)) != name:
            start, name = start + 1, current  # 赶往原曹古乡乡政府: the township as it was, 原 (former) before it
        end = start + len(name)
        if end in inside_names or start in inside_names:
            continue  # 市领导曾乡|伟: a person's name runs across the level's character, no township ends there
        if any(ch in _PERSONAL_PRONOUNS for ch in name):
            continue  # 由于我们村地处偏远: "our village", whichever it is, is no village's name
        if name not in names and not _only_quoted(text, name):
            names[name] = start
            local.add(name)
    for start, name in _one_character_villages_beside_one(text, local, tags):
        if name not in names:
            names[name] = start
    for start, name in _hamlets_of_villages(text, local, tags):
        if name not in names:
            names[name] = start
            local.add(name)
            local.add(name)
    longer = _longer_places_ending_in(names)
    for name in [name for name in local if _part_of_a_longer_place(text, name, longer.get(name, []))]:
        del names[name]  # “补巴桥村 after 九龙镇补巴桥村: the verb 补 is the village's first character
        local.discard(name)
    stems = {n[1:] for n in names if n.startswith("\0")} - gazetteer
    names = {n: s for n, s in names.items() if not n.startswith("\0")}
    matches: list[Any] = list(_gazetteer_matches(text))
    for stem in stems:
        matches.extend(_Found(start, start + len(stem), stem) for start in occurrences(text, stem))
    landmarks: set[str] = set()
    stems_found = _village_stems(local)
    longest_stem = max(map(len, stems_found), default=0)
    # 沿河 (along the river) in 沿河土家族自治县: a division's name that holds the river's shape is the division
    in_a_division = SpanIndex([(m.start(), m.end()) for m in matches] + suffixed)
    for start, name in _landmarks(ctx, tags):
        spans = [(at, at + len(name)) for at in occurrences(text, name)]
        if all(in_a_division.covers(at, end) and (at, end) not in in_a_division.spans for at, end in spans):
            continue
        if all(_opens_a_village_stem(text, at, name, stems_found, longest_stem) for at, _ in spans):
            continue
        if name not in names and not all(inside(at, end) for at, end in spans):
            names[name] = start
            landmarks.add(name)
    # 长岭 in 长岭村, 凤凰 in 凤凰池村, 成都 in 成都天府国际机场: a county's short form that begins a
    # village's or an airport's name is that place
    local_index = SpanIndex([(at, at + len(name)) for name in local | landmarks for at in occurrences(text, name)])
    suffixed_index = SpanIndex(suffixed)
    match_ends = {m.start(): m.end() for m in matches}
    suffixed_starts = {start for start, _ in suffixed}
    for m in sorted(matches, key=lambda found: found.start()):
        if local_index.covers(m.start(), m.end()) or (
            len(m.group()) == 2 and a_conjunction_read_as_a_county(text, m.start())
        ):
            continue
        if suffixed_index.covers(m.start(), m.end()):
            continue  # 和田 in 和田地区: the short form inside the division named whole, not a second place
        if _a_slogan_read_as_a_county(text, m.start(), m.group(), tags) or _alike_with_its_list(
            text, m.start(), m.end()
        ):
            continue
        if text.startswith(_MEDIA_NAMED_AFTER_A_PLACE, m.end()):
            continue  # 据浙江在线报道: the medium's name, not the province
        if _COMPASS_DISTRICT.fullmatch(m.group()):
            if (city_district := _its_city_named(text, m.group(), m.start())) is None:
                continue  # 华中师范大学西区: a campus's or a town's west part, not 攀枝花's 西区
            of_a_named_city.setdefault(m.group(), city_district)  # 晋城市城区: the district of the city named
        if (inside(m.start(), m.end()) and not _leads_to_a_named_division(m.end(), match_ends, suffixed_starts)) or (
            m.group() not in curated and _inside_a_word(text, m.start(), m.end(), tags)
        ):
            continue
        if _inside_a_longer_word(text, m.start(), m.end(), tags) or _read_across_words(ctx, m.start(), m.end()):
            continue
        if m.group() not in curated and not _county_short_form_confirmed(m.group(), text, tags, m.start()):
            continue
        following = text[m.end() : m.end() + 1]
        if following and _ADMIN.match(text, m.end()) and not text.startswith(_WORDS_OPENED_BY_A_LEVEL, m.end()):
            continue  # the suffixed form was counted above
        if following in ("村", "屯") or text.startswith("社区", m.end()):
            continue  # 镇江村, 河南屯: a village's or a hamlet's name that begins like a city's is its own
        if text.startswith(MONGOLIAN_LEVELS, m.end()) and not text.startswith(_SUMU_AND_GACHA_AS_LEVELS, m.end()):
            continue  # 巴彦淖尔苏木: a sumu named like a city is its own (四子王旗|嘎查村 names the villages' level)
        if _opens_a_village_stem(text, m.start(), m.group(), stems_found, longest_stem):
            continue
        if _STREET_AFTER.match(text, m.end()):
            continue  # 在常州路上: a street named after a city, in another city
        if _WEIGHED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # 100克黄金和100克白银: a thing weighed is a metal or a crop, never a place
        if (
            (term := QUOTED_TERM.match(text, m.start() - 1) if m.start() else None) is not None
            and term.end() - 1 > m.end()
            and m.group() not in curated
            and is_division(m.group(), "县")
        ):
            continue  # “三江并流”: a short quoted phrase that opens with a county's name is a saying, not the county
        if (
            m.group() not in curated
            and ETHNIC_TOWNSHIP_PEOPLES.fullmatch(m.group() + "族")
            and text.startswith(_WORN_OR_BUILT, m.end())
        ):
            continue  # 蒙古袍, 蒙古长袍: the people's name before what it wears or builds, not the country
        names.setdefault(m.group(), m.start())
    for start, name in _townships_the_article_follows(ctx, tags):
        if name not in names and not inside(start, start + len(name)):
            names[name] = start
            local.add(name)
    districts = dict(
        _districts_after_their_city(
            ctx,
            names,
            lambda at, end: inside(at, end) or local_index.covers(at, end) or suffixed_index.covers(at, end),
        )
    )
    for name, (start, _) in districts.items():
        names.setdefault(name, start)
    for start, name in _listed_before_their_kind(ctx, tags):
        if name not in names and not inside(start, start + len(name)):
            names[name] = start
            local.add(name)
    listed: set[str] = set()
    for start, name in _listed_beside_a_place(ctx, names, inside):
        if name not in names:
            names[name] = start
            listed.add(name)
    parted: set[str] = set()
    for start, name in _short_forms_before_a_part(ctx, inside):
        if name not in names:
            names[name] = start
            parted.add(name)
    known = set(names)
    for m in re.finditer(rf"(?:至|到)([{HAN}]{{2}})(?=段|线|方向)", text):
        starts_at_place = any(text.endswith(k, 0, m.start()) for k in known)
        if starts_at_place and tags.get(m.group(1)) in ("ns", "nr") and not inside(m.start(1), m.end(1)):
            names.setdefault(m.group(1), m.start(1))
    # 江苏省安佑生物科技有限公司: a company registered under a province's name is not the article naming it
    names = {
        name: start
        for name, start in names.items()
        if not all(at in companies for at in occurrences(text, name)) or name not in text
    }
    # 塘村、新龙等乡镇…在新龙乡: a short name the article also gives as its township is that township,
    # not a county of the same name far away
    townships = {name for name in names if any(name + level in names for level in TOWNSHIP_LEVELS)}
    townships |= {  # 国华、高阳…等乡镇: names the text lists as townships
        name for name in names if (at := text.find(name)) >= 0 and _LISTED_TOWNSHIPS.match(text, at)
    }
    known_places = places()
    rivers = {  # 湛江沿岸, 漯河: a city by its short name, on the coast or a river, is the city; 雅江两岸 (雅江县 is
        # a county) is the river
        name
        for name in landmarks
        if name[-1] in "江河湖溪"
        and name + "市" not in known_places
        and any(_WATERS_EDGE_AFTER.match(text, at + len(name)) for at in occurrences(text, name))
    }
    values = normalised_places([name for name in names if name not in townships | rivers])
    values.update({name: full_division_name(code, "") for name, (_, code) in districts.items() if name not in values})
    values.update({name: full_division_name(code, "") for name, code in (shared_level | of_a_named_city).items()})
    for name, start in sorted(names.items(), key=lambda item: item[1]):
        note = "a district named short after its city" if name in districts else ""
        note = "a township, village or community by its shape" if name in local else note
        note = "an airport, river or lake by its shape" if name in landmarks else note
        note = "a county's short form listed beside a place" if name in listed else note
        note = "a county's short form before a part of it" if name in parted else note
        note = "a division listed before the level it shares" if name in shared_level else note
        yield ctx.fact("place", start, start + len(name), values.get(name, name), note=note)


# a township's own bodies, named after it: 白果乡农业服务中心, 某镇人民政府, 某乡卫生院
_TOWNSHIP_BODY = re.compile(
    r"(?:人民政府|政府|党委|人大|农业服务中心|卫生院|派出所|中心学校|中学|小学|财政所|综合文化站)"
)
_TOWNSHIP_MENTIONS = 3
_BEFORE_A_TOWNSHIP = "的在到于和与及是省市县区州旗"


def _townships_the_article_follows(ctx: Context, tags: WordTags) -> Iterator[tuple[int, str]]:
    """位于恩施城区西端的白果乡…白果乡农业服务中心: a township whose stem is an ordinary word (白果, ginkgo)
    is no name where it stands once; named three times, one of them as the seat of its own government,
    school or clinic, it is the township the article is about."""
    text = ctx.text
    seen: dict[str, list[int]] = {}
    for m in re.finditer("[乡镇]", text):
        for size in (2, 3):  # 的|白果乡, 。|高铁岭镇: where the name surely starts, and only there
            start = m.start() - size
            stem, before = text[max(0, start) : m.start()], text[start - 1 : start] if start > 0 else ""
            if start < 0 or not all_han(stem) or any(ch in DOWN_TO_VILLAGE for ch in stem):
                break
            if stem[0] in _NOT_A_STEM_START or (is_han(before) and before not in _BEFORE_A_TOWNSHIP):
                continue
            seen.setdefault(stem + m.group(), []).append(start)
            break
    for name, starts in seen.items():
        if len(starts) < _TOWNSHIP_MENTIONS or not any(_TOWNSHIP_BODY.match(text, at + len(name)) for at in starts):
            continue
        stem = name[:-1]
        if tags.get(name) not in (None, "ns") or (tags.get(stem) or "n")[:1] not in ("n", "t"):
            continue  # 小城镇: a word of its own; 美丽|乡: an adjective before the level
        if any(_read_across_words(ctx, at, at + len(stem)) for at in starts[:3]):
            continue  # 银杏白|果乡, 集|镇: the sentence's words run across the stem or its level
        yield starts[0], name


@lru_cache(maxsize=1)
def _divisions_of_each_city() -> dict[str, dict[str, str]]:
    """A city's code (its first four digits; a municipality's first two) → the names of its districts and
    counties without their level (富阳 for 富阳区) → their codes."""
    found: dict[str, dict[str, str]] = {}
    # 湖南长沙, 辽宁抚顺: after its province a city's name is the city, not its county of the same name
    prefectures = {
        _DIVISION_LEVEL.sub("", name)
        for code, names in division_names_by_code().items()
        if code.endswith("00") and not code.endswith("0000")
        for name in names
    } | {named for named, codes in division_codes().items() if any(_PREFECTURE_CODE.match(c) for c in codes)}
    for code, names in division_names_by_code().items():
        if code.endswith("00"):
            continue
        parent = code[:2] if code[:2] in _MUNICIPALITIES else code[:4]
        for name in names:
            stem = _DIVISION_LEVEL.sub("", name)
            if len(stem) >= 2 and stem != name:
                found.setdefault(parent, {}).setdefault(stem, code)
                if parent != code[:2] and stem not in prefectures:
                    found.setdefault(_PROVINCE + code[:2], {}).setdefault(stem, code)  # 河南兰考: a province's own
    return found


_PROVINCE = "p"
_PREFECTURE_CODE = re.compile(r"\d\d(?!00)\d\d00$")
"""The key of a province's counties and districts, all its cities' together, in `_divisions_of_each_city`."""


_MUNICIPALITIES = ("11", "12", "31", "50")
_DIVISION_LEVEL = re.compile(r"(?:新区|区|县|市)$")


def _districts_after_their_city(
    ctx: Context, names: dict[str, int], inside: Callable[[int, int], bool]
) -> Iterator[tuple[str, tuple[int, str]]]:
    """杭州富阳, 广州南沙, 长沙岳麓, 河南兰考: a district or county named without its level right after its own
    city or province is that division; alone such a short form is too often an ordinary word or a namesake (双流, 岳麓
    mountain) to be read as one. The city vouches for it only where the name is one of the city's own."""
    text = ctx.text
    codes = division_codes()
    by_city = _divisions_of_each_city()
    for city in list(names):
        parents = {
            code[:2] if code[:2] in _MUNICIPALITIES else _PROVINCE + code[:2] if code.endswith("0000") else code[:4]
            for code in codes.get(city, ()) or codes.get(city + "省", ())  # 河南: the province by its short name
            if code.endswith("00")
        }
        children = [by_city.get(parent, {}) for parent in parents]
        if not children:
            continue
        for at in occurrences(text, city):
            after = at + len(city)
            for size in (3, 2):
                stem = text[after : after + size]
                code = next((found[stem] for found in children if stem in found), None)
                if code is None or inside(after, after + size) or _ADMIN.match(text, after + size):
                    continue
                if _STREET_AFTER.match(text, after + size) or _read_across_words(ctx, after, after + size):
                    continue
                yield stem, (after, code)
                break


# a street's ending after a city's name (常州路, 南京东路, 北京大街); not a road's section (常州路段) or 路桥
_STREET_AFTER = re.compile(r"[东西南北中]?路(?![段桥网况线费口])|大街|大道|街(?!道|区|镇|头)|巷|胡同")
_WATERS_EDGE_AFTER = re.compile(rf"{_SAID_OF_WATER}|岸|水[质位量]|河段")
"""清水河畔, 清水河水质: what is said of a river or a lake, not of the county named after it (清水河县)."""


# 猛洞河、不二门、塔卧等众多国家级山水和人文景点, 新建、东兴等8个乡镇: a list, then what kind of place they are
# an item of a list the text calls townships: 国华、高阳、盐河等乡镇 names the towns, not 高阳县 far away
_LISTED_TOWNSHIPS = LazyPattern(rf"[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})*等(?:乡镇|街道)", needs=("等乡镇", "等街道"))
_KINDS_OF_PLACE = r"(?:景点|景区|乡镇|村庄|村|县市|区县|县|城市|地区|国家|省份|省市|地市|街道|社区|海岛|岛屿)(?!级)"
_LIST_INTRODUCED = re.compile(r".*(?:包括|包含|涵盖|覆盖|涉及|辐射|途经|经过)")
_BEFORE_THE_FIRST_ITEM = re.compile(r"(?:全|我|本|该|此)[省市县区镇乡州村]|周边|周围|附近|当地|沿线|境内")
"""覆盖全县|枫树岭, 带动周边|梓桐: the whole or the nearby, said before the places are named."""


def _past_the_words_before_the_first_item(ctx: Context, clause: str, at: int) -> int:
    """Where the first item of a list starts after the verb that opens it: past any verb, adverb, particle
    or pronoun that follows the verb (辐射|保障, 涉及|到的) and any word for the whole or the nearby."""
    while at < len(clause):
        if whole := _BEFORE_THE_FIRST_ITEM.match(clause, at):
            at = whole.end()
            continue
        words = ctx.pos(clause[at:])
        if not words or not words[0][1].startswith(("v", "p", "d", "u", "r")):
            break
        at += len(words[0][0])
    return at


_KIND_OF_PLACE_AFTER = re.compile(
    rf"等(?P<between>[{HAN}\d]{{0,12}}?){_KINDS_OF_PLACE}"
    # 巫头、万浘、山心3个海岛: no 等, but the list's own count right after it
    rf"|(?<=[{HAN}])(?P<count>(?:\d{{1,2}}|[两二三四五六七八九十]{{1,3}})个){_KINDS_OF_PLACE}"
)


# 大路、姚桥、丁岗等3个乡镇: the list's own count; when it is the number of items, every item is one of
# them, an ordinary word too (大路, a road)
_COUNT_OF_ITEMS = re.compile(r"^(\d{1,2}|[两二三四五六七八九十]{1,3})个$")


def _listed_before_their_kind(ctx: Context, tags: WordTags) -> Iterator[tuple[int, str]]:
    """The items of a list that ends in 等 and a kind of place (景点, 乡镇, 城市) are places, when each
    is a name: a word the dictionary does not know (不二门, however jieba cuts it) or knows as a proper
    name, not an ordinary word (农村、城市等地区 lists none). The first item starts after the clause
    before it (…内的|猛洞河)."""
    text = ctx.text
    for m in _KIND_OF_PLACE_AFTER.finditer(text):
        between = m.group("count") if m.group("between") is None else m.group("between")
        if any(flag.startswith(("v", "p")) for _, flag in ctx.pos(between)):
            continue  # 东兴、新建等都得到了乡镇的支持: what was done, not a list of them
        if (listed := list_before(text, m.start(), 8)) is None:
            continue
        offset, items = listed
        if introduced := _LIST_INTRODUCED.search(items[0]):
            # 供水范围包括|枫树岭、大墅: the verb that opens the list ends the clause, with any verb after it
            # (辐射|保障|两河)
            cut = _past_the_words_before_the_first_item(ctx, items[0], introduced.end())
            offset += cut
            items[0] = first = items[0][cut:]
        else:
            first_words = ctx.pos(items[0])
            first = first_words[-1][0] if first_words else items[0]
        if first[:1] in "镇乡" and len(first) >= 3 and first[1:] == items[0][-len(first) + 1 :]:
            first = first[1:]  # 江平|镇巫头、: the township it lies in ends where the first item begins
        offset += len(items[0]) - len(first)
        items[0] = first
        found: list[tuple[int, str]] = []
        counted = _COUNT_OF_ITEMS.match(between)
        all_named = counted is not None and parse_number(counted.group(1)) == len(items)
        if m.group("count"):
            if not (all_named and len(items) >= 2):
                continue  # without 等, only a list of two or more that its count names item by item
            all_named = False  # 国家级、省级两个景区: kinds of them, unless each item is a name
        # 国华、高阳、万家、天星等乡镇: a list of townships names them, however the dictionary files the words
        townships = m.group().endswith(("乡镇", "街道")) and not between
        for item in items:
            whole = tags.get(item)
            named = all_named or whole is None or whole.startswith(PROPER_TAGS)
            if townships and len(item) <= 3 and not (whole or "").startswith(("v", "d", "p", "c", "u", "r", "a")):
                named = True  # not a verb, an adverb or the like (a numeral's 万家 reads as one)
            if not 2 <= len(item) <= 6 or not named:
                found = []
                break
            found.append((offset, item))
            offset += len(item) + 1
        yield from found


def _listed_beside_a_place(
    ctx: Context, names: dict[str, int], inside: Callable[[int, int], bool]
) -> Iterator[tuple[int, str]]:
    """A city or county named without its 市 or 县 that the dictionary also has as an ordinary word (常熟,
    an adjective; 库车, a noun) is a place where it stands as an item of a list beside a place already
    found (昆山、江阴、张家港、常熟; 库车、哈密机场): lists name things of one kind. Each one accepted
    may vouch for the next item along the same list."""
    text = ctx.text
    forms = county_short_forms_of_any_word()
    commas = {m.start() for m in re.finditer("、", text)}
    # 就职于淳安和杭州: two places joined by 和, 与 or 及 are a list of two, as much as with 、; a village
    # beside one (城关村和小沟) is not trusted so far
    joins = commas | {m.start() for m in re.finditer("[和与及]", text)}
    # each place found, and each one accepted here, is looked at once: a list is walked in both directions
    waiting = [(at, at + len(name)) for name in names for at in occurrences(text, name)]
    accepted: set[int] = set()
    spans: list[tuple[int, int]] = []
    while waiting:
        start, end = waiting.pop()
        candidates: list[tuple[int, int]] = []
        local = _LOCAL_END.search(text, start, end) is not None
        sizes = (5, 4, 3) if local else (4, 3, 2)
        between = commas if local else joins
        if end in between:  # the place, then 、, then the candidate
            candidates += [
                (end + 1, end + 1 + size)
                for size in sizes
                # 广州及永和豆浆: after 和, 与 or 及 the candidate ends the phrase (杭州和淳安两地, …的), no brand's name
                if end in commas or _ENDS_A_PAIR.match(text, end + 1 + size)
            ]
        if start - 1 in between:  # the candidate, then 、, then the place
            candidates += [(start - 1 - size, start - 1) for size in sizes if start - 1 >= size]
        for begin, finish in candidates:
            name = text[begin:finish]
            if (
                (name not in forms and not (local and _a_listed_village(ctx, name)))
                or begin in accepted
                or any(a < begin < b for a, b in spans)  # 大|过口乡: inside an item accepted whole
                or (not local and _ADMIN.match(text, finish))  # 射洪|市: the full name is found as itself
                or inside(begin, finish)
                or _read_across_words(ctx, begin, finish)
            ):
                continue
            accepted.add(begin)
            spans.append((begin, finish))
            waiting.append((begin, finish))
            yield begin, name
            break


_LOCAL_END = re.compile(r"(?:村|社区|镇|乡)$")
_ENDS_A_PAIR = re.compile(r"[，。、；：！？）)\s]|的|两地|等|地区|一带|之间|$")


def _short_forms_before_a_part(ctx: Context, inside: Callable[[int, int], bool]) -> Iterator[tuple[int, str]]:
    """庆元东部, 淳安境内: a county named without its 县 that the dictionary has as another word (庆元, a
    name of an era) is the county where a part of it follows, said as only a whole place has parts."""
    text = ctx.text
    forms = county_short_forms_of_any_word()
    tags = jieba_tags()
    for m in _A_PART_OF_IT.finditer(text):
        for size in (3, 2):
            begin = m.start() - size
            name = text[max(0, begin) : m.start()]
            if begin < 0 or name not in forms or inside(begin, m.start()):
                continue
            # 河北平原中部: a common noun (a plain) has parts as well
            if tags.get(name) not in (None, *_NAME_FLAGS) or _read_across_words(ctx, begin, m.start()):
                continue
            if any(tags.get(text[max(0, begin - k) : m.start()]) for k in (1, 2, 3)):  # 河北平原: ends a word
                continue
            yield begin, name
            break


_A_PART_OF_IT = re.compile("|".join(_PARTS_OF_A_COUNTY))


def _a_listed_village(ctx: Context, name: str) -> bool:
    """召集月星社区、小沟村、松林村: beside a village or community found, an item that ends as one, after a
    stem of two or three characters of no function word, adjective or verb, is one of its kind."""
    suffix = _LOCAL_END.search(name)
    if suffix is None:
        return False
    stem = name[: suffix.start()]
    tags = jieba_tags()
    tag = tags.get(stem) or ""
    return (
        2 <= len(stem) <= 3
        and all_han(stem)
        and not any(ch in _NOT_A_STEM_START or ch in DOWN_TO_VILLAGE for ch in stem)
        and (not tag.startswith(_STEM_TAGS_NOT) or _a_numeral_naming(stem, tag))
        and tags.get(name) in (None, "ns")
        # 特色村, 重点村: a word the language uses all the time names a kind, not a village (小沟 is rare); a
        # place's name the dictionary knows (中山) is one whatever its use
        and (tables().frequencies.get(stem, 0) < _COMMON_WORD or tag == "ns")
    )


def _a_numeral_naming(stem: str, tag: str) -> bool:
    """八角镇, 五里村: a numeral and a noun's character, counting nothing (no measure word: 十个村 counts)."""
    return tag == "m" and stem[0] in _CHINESE_NUMERALS and not any(ch in _MEASURE_WORDS for ch in stem)


_CHINESE_NUMERALS = "一二三四五六七八九十"
_MEASURE_WORDS = "个座名位家处些批多余"


_COMMON_WORD = 1000
"""jieba's count above which a stem is an ordinary word (示范 981, 大河 585, 特色 8,092, 重点 12,694)."""


def normalised_places(names: list[str]) -> dict[str, str]:
    """Each division's full administrative name (赤水 → 贵州省遵义市赤水市). A name several divisions
    share (朝阳区) is read as the one in the province the article's other places are in; when that
    does not decide it, the name stays as found."""
    known = division_codes()
    short_forms = county_short_forms_of_any_word()
    codes = {name: known.get(name) or known.get(short_forms.get(name, ""), ()) for name in names}
    provinces: dict[str, int] = {}
    for name in names:
        found = codes.get(name, ())
        if len(found) == 1:
            provinces[found[0][:2]] = provinces.get(found[0][:2], 0) + 1
    values: dict[str, str] = {}
    for name in names:
        found = codes.get(name, ())
        if len(found) > 1:
            scores = sorted(((provinces.get(code[:2], 0), code) for code in found), reverse=True)
            found = (scores[0][1],) if scores[0][0] > scores[1][0] else _the_city_over_its_county(found)
        if len(found) == 1:
            values[name] = full_division_name(found[0], name)
    return values


def _the_city_over_its_county(codes: tuple[str, ...]) -> tuple[str, ...]:
    """南昌 is 南昌市 and 南昌县, a county of that city: written bare, the name is the city's (the county
    is written with its 县); names shared across cities stay undecided."""
    cities = [code for code in codes if code.endswith("00") and not code.endswith("0000")]
    if len(cities) == 1 and all(code[:4] == cities[0][:4] for code in codes):
        return (cities[0],)
    return ()
