"""Money, percentages and counted quantities.

Money is a number with a currency; a quantity is a number with a measure word and what it counts
(`1015名市、县干部`). Ordinals (`第一`, `十一届`, `十八大`), ranks (`世界500强`, `前10名`), years
(`2018年`), train numbers (`D9958次`), the article `一` (`一家企业`), vague counts (`几年`), spans of
time that date a clause (`十年来`) and numbers inside names, idioms and quoted terms are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lytui.analyse.facts.context import Context, SpanIndex
from lytui.analyse.facts.lexicon import HAMLET_LANDFORMS, QUOTED_TERM, is_division, jieba_tags, surname_at
from lytui.analyse.numbers import CHINESE_NUMERAL, NUMBER_PATTERN, an_estimate, multiplier, parse_number, scaled
from lytui.han import DIVISION_LEVELS, DOWN_TO_VILLAGE, HAN
from lytui.model import Fact, Money, Percent, Quantity

# 约 is "about" only on its own: 节约, 签约, 预约, 制约 end in it (节约3000吨 saved 3000 tonnes, exactly)
_NOUN_UNITS = frozenset(DOWN_TO_VILLAGE + "群")
"""Measures that are nouns too, which begin a longer noun (村民, 群众, 县城) as often as they count."""
_APPROX_BEFORE = (
    "不超过|不低于|不少于|不高于|近|超过|超|(?<![节签预制公条契相邀简违履特合])约|逾|大约|将近|不到|不足|上|约合"
    "|(?<![经通得到有超度])过(?=[百千万亿])"  # 投资过百亿元: past a round figure (获得过, 度过: the verb's)
)
_APPROX_AFTER = "以上|左右|上下|余|多"
_GRADED = re.compile(r"水质|水体|标准(?!化)|水(?=[，。；、\s]|$)")
_CURRENCIES = {
    "元人民币": "CNY",
    "人民币": "CNY",
    "美元": "USD",
    "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "韩元": "KRW",
    "元": "CNY",
    "块钱": "CNY",  # 100块钱, as people say yuan
}
_CURRENCY = "|".join(sorted(_CURRENCIES, key=len, reverse=True))
# 30多万元, 300余万元: "more than" stands before the order of size as often as after the number
_AMOUNT = rf"(?P<num>{NUMBER_PATTERN}|几|数)(?P<above>多|余|(?<=\d)来)?(?P<mult>[十百千]*[万亿]*)(?P<more>多|余)?"
MONEY = re.compile(rf"(?P<pre>{_APPROX_BEFORE})?{_AMOUNT}(?P<cur>{_CURRENCY})(?P<post>以上|左右|上下)?")
# 快于全国增速7.9个百分点: a difference of percentages is read as one, in points
PERCENT = re.compile(
    r"(?<!\d)(?P<num>\d+(?:\.\d+)?)(?:\s*[%％]|个百分点"  # from the start of the digits, as NUMBER_PATTERN
    # 分别回落2.16和1.66个百分点, 拉动1.74个、3.22个、4.0个百分点: figures that share the unit after the last
    r"|个?(?=(?:个?[和、]\d+(?:\.\d+)?){1,8}(?:\s*[%％]|个百分点)))"
    r"|百分之(?P<cn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
)
# measure words that count things (a quantity may name what it counts before them: 困难问题3785个)
_COUNT_UNITS = frozenset(
    [
        "个",
        *"名家位项座户栋幢间辆台条所只头匹支批件套份种类处块张本篇部架艘人席组对双群例起宗笔轮班层镇村县册口",
        "乡镇",
        "社区",
    ]
)
# measures, durations and ranks (大: 10大重点工程, read to be passed over); multi-character ones first so they win
_OTHER_UNITS = (
    "平方公里",
    "平方米",
    "平米",
    "公里",
    "公顷",
    "千米",
    "千瓦时",
    "万千瓦",
    "千瓦",
    "立方米",
    "人次",
    "台次",
    "批次",
    "架次",
    "车次",
    "班次",
    "航班",
    "标箱",
    "公斤",
    "千克",
    "兆瓦",
    "毫升",
    "毫米",
    "厘米",
    "平方千米",
    "小时",
    "分钟",
    "个小时",
    "个月",
    "周岁",
)
_UNITS = [*_OTHER_UNITS, *sorted(_COUNT_UNITS), *"次场列趟棵株穗亩吨米年天周大斤克升度岁盏眼尾羽箱袋盒瓶桶枚门字级笼"]
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
QUANTITY = re.compile(
    rf"(?P<pre>{_APPROX_BEFORE})?{_AMOUNT}(?P<unit>{_UNIT})(?P<half>半(?![月年天]))?(?P<post>以上|左右|上下|多)?"
)
_DURATIONS = frozenset(["年", "天", "周", "小时", "个小时", "分钟", "个月"])
_PER = re.compile("/(?:平方千米|平方公里|平方米|小时|分钟|公里|千米|公顷|秒|日|天|周|月|年|亩|人|户|次|台|吨)")
"""The second unit of a rate, after a slash: per second, per day, per square kilometre."""
_AGES = frozenset(["岁", "周岁"])  # 91周岁: the age in full years, as documents write it
_SPAN_AFTER_HALF = re.compile("小时")
# 十年来, 几年后, 10年前: a span of time that dates what the clause tells, not a measure of something
_TIME_ANCHOR = re.compile(r"(?:以来|之前|之后|以前|以后|来|前|后)")
_SET_PHRASE_TAGS = ("i", "l")
_HAN_NUMERAL = re.compile(f"[{CHINESE_NUMERAL}]")
_TWO_DIGITS = re.compile("[零〇一二两三四五六七八九]{2}")
_HOURS_OR_MONTHS = re.compile("小时|月")
_HAN_BEFORE = re.compile(f"[{HAN}]")
_FORCES = ("部队", "总队", "武警", "消防", "边防")
"""Bodies whose detachments (支队) go by number (武警交通部队8支队), not teams counted (共有16支队参赛)."""
_LEVEL_NOUNS = frozenset(DIVISION_LEVELS + "组队")
_WHERE_GROUPS_LIVE = frozenset("村庄屯寨") | HAMLET_LANDFORMS
"""The last characters of villages and of the hamlets named by their landform (柑子坪, 李家湾, 杨家沟)."""


def _ends_a_known_name(text: str, numeral_at: int) -> bool:
    return any(
        jieba_tags().get(text[numeral_at - size : numeral_at + 1]) in _NAME_TAGS
        for size in (1, 2)
        if numeral_at >= size
    )


_NAME_TAGS = ("nr", "nrfg", "nrt")
_DOUBLED_MULTIPLIER = re.compile("([十百千万亿])\\1")
_STREET_AFTER_A_NUMERAL = re.compile(r"(?:路|街|巷|大道|胡同)(?:\d|[一二三四五六七八九十]|号|口|[，。、])")
_MINUTES_NEXT = re.compile(r"\d{1,2}分")
_NEIGHBOURHOODS = ("社区", "小区", "街道", "胡同")
_NUMBERED_GROUP_BEFORE = re.compile("[一二三四五六七八九十]{1,3}[组队]、$")
_NOUNISH = ("n", "nz", "ns", "nt", "nr", "j", "vn", "an", "ng", "l", "b", "nrt")


def _approximate(match: re.Match[str], ignore_post: bool = False) -> bool:
    groups = match.groupdict()
    return (
        bool(
            (groups.get("pre") and groups["pre"] != "上")
            or groups.get("more")
            or groups.get("above")
            or groups.get("more_spoken")
            or (groups.get("post") and not ignore_post)
        )
        or groups["num"] in ("几", "数")
        or an_estimate(groups["num"])
    )


def _amount(match: re.Match[str]) -> int | float | None:
    if match["num"] in ("几", "数"):
        return None
    if match["mult"] and _HAN_NUMERAL.match(match["num"]) and any(big in match["num"] for big in "万亿"):
        return parse_number(match["num"] + match["mult"])  # 一亿二千|万: 120,000,000, read as one numeral
    number = parse_number(match["num"])
    if number is None:
        return None
    return scaled(number, multiplier(match["mult"]))


# 总投资2900万, 总投资3.1个亿: an amount in ten thousands or hundred millions with no currency written,
# which the clause makes money by what it is (投资, 收入, 资金…); 个亿 is how people say hundreds of millions
_BARE_AMOUNT = re.compile(
    rf"(?P<pre>{_APPROX_BEFORE})?(?P<num>{NUMBER_PATTERN}|几|数)(?P<above>多|余)?(?P<spoken>个(?P<more_spoken>多)?)?"
    r"(?P<mult>[十百千]?[万亿])"
    # 总投资达25亿的项目, 年产值有二个多亿吧: 的 or a sentence's particle may follow
    rf"(?P<more>多|余)?(?P<post>以上|左右|上下)?(?!(?![的吧呢啊呀])[{HAN}]|\d)"
)
# 收入可以上万元, 近亿元, 上千元: a round figure with no numeral before it, more or about that much (上 before a
# figure with a numeral, 比上年3万元, belongs to the word before)
_ROUND_FIGURE = re.compile(rf"(?P<pre>{_APPROX_BEFORE})(?P<mult>[百千]?[万亿]|[百千])(?P<cur>{_CURRENCY})")
_MONEY_WORD = re.compile(
    r"投资|资金|收入|开销|花费|花了|房租|租金|产值|销售额|营业额|营收|利润|税收|纳税|补贴|补助|奖励|奖金|捐款|捐赠|"
    r"价值|成本|费用|工资|贷款|融资|预算|拨付|支出|赚|挣|亏损|债|款项|经费|造价|标的|总额|金额|交易额|成交额|"
    r"拿出|投入|斥资|筹集|募集|砸下"
)
_CLAUSE_BREAK = re.compile(r"[，。；：！？、\n]")


def _money_without_a_currency(ctx: Context) -> Iterator[re.Match[str]]:
    text = ctx.text
    for m in _BARE_AMOUNT.finditer(text):
        numeral_before = m.start() > 0 and _HAN_NUMERAL.match(text, m.start() - 1)
        if m["pre"] == "上" or m["num"] in ("十", "百", "千", "万") or numeral_before:
            continue  # 千亿: a figure of speech; 几|千亿: the numeral before is the amount's
        if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalnum():
            continue
        breaks = list(_CLAUSE_BREAK.finditer(text, max(0, m.start() - 16), m.start()))
        clause = text[breaks[-1].end() if breaks else max(0, m.start() - 16) : m.start()]
        if _MONEY_WORD.search(clause):
            yield m  # 村里拿出4个多亿: a word of spending or earning (播放量突破3个亿 is a count of plays)


def _yuan_begins_a_word(text: str, at: int) -> bool:
    """十五元宵节, 二〇一九元旦, 三元区: after a Chinese numeral, 元 that begins a word (a festival, a place)
    is no currency (after digits it is: 200元年货, 500元村里发放)."""
    if text[at + 1 : at + 2] in DIVISION_LEVELS:
        return True  # 三元区, 二元村: a place named with a number
    return _begins_a_word(text, at, counting=("m", "q"))


def _names_a_place(text: str, written: str) -> bool:
    """三元辖区: the article calls a place 三元区 elsewhere, and 三元 alone is its short name."""
    return re.search(re.escape(written) + f"[{DIVISION_LEVELS}]", text) is not None


def money(ctx: Context) -> list[Fact]:
    return as_ranges(ctx, list(_money(ctx)))


def _money(ctx: Context) -> Iterator[Fact]:
    for m in MONEY.finditer(ctx.text):
        if m["pre"] == "上" or (
            m["cur"] == "元" and _HAN_NUMERAL.match(m["num"]) and _yuan_begins_a_word(ctx.text, m.start("cur"))
        ):
            continue
        if m["cur"] == "元" and _HAN_NUMERAL.match(m["num"]) and _names_a_place(ctx.text, m.group()):
            continue
        if m["cur"] == "元" and _HAN_NUMERAL.match(m["num"]) and _STREET_AFTER_A_NUMERAL.match(ctx.text, m.end()):
            continue  # 一元路78号: a street named with a numeral, no sum (50元路费, 120万元路面 are sums)
        yield ctx.fact("money", m.start(), m.end(), Money(_amount(m), _CURRENCIES[m["cur"]], _approximate(m)))
    for m in _money_without_a_currency(ctx):
        yield ctx.fact("money", m.start(), m.end(), Money(_amount(m), "CNY", _approximate(m)))
    for m in _ROUND_FIGURE.finditer(ctx.text):
        if m["pre"] == "上" or m["mult"][0] in "万亿":  # 超百万元 is MONEY's: a numeral, then 万
            yield ctx.fact("money", m.start(), m.end(), Money(multiplier(m["mult"]), _CURRENCIES[m["cur"]], True))


def percent(ctx: Context) -> Iterator[Fact]:
    for m in PERCENT.finditer(ctx.text):
        number = parse_number(m["num"]) if m["num"] else parse_number(m["cn"])
        yield ctx.fact("percent", m.start(), m.end(), Percent(number))
    for m in _TENTHS.finditer(ctx.text):
        tenths = parse_number(m["tenths"])
        if surname_at(ctx.text, m.start() - 1) and jieba_tags().get(ctx.text[m.start() - 2 : m.start()]) is None:
            continue  # 王二成, 刘三成: a given name of a numeral and 成 after a surname (提高七成 is a share)
        if tenths is not None:
            yield ctx.fact("percent", m.start("tenths"), m.end(), Percent(tenths * 10))


# 产量提高近七成, 七成以上的村民: tenths, where a mark, a bound or 的 follows (一成不变, 八成是 are words)
_TENTHS = re.compile(
    r"(?<![一二两三四五六七八九十])(?P<tenths>[一二两三四五六七八九])成(?=[，。；、！？\s]|以上|左右|多|的|$)"
)


def _a_crop(word: str) -> bool:
    """桑葚, 杨梅: a word of two the dictionary holds, read as a name; a full name it does not hold (王德明)
    is a grower's."""
    return len(word) == 2 and jieba_tags().get(word) is not None


_CROP_MEASURES = frozenset({"亩", "公顷", "斤", "公斤", "千克", "吨", "株", "棵"})
_GROWING = frozenset({"种植", "种", "栽", "栽种", "新植", "培育", "扩种", "套种", "采摘", "收获", "产"})
"""A crop grown or picked, then measured by land or harvest (种植桑葚30亩): what the tagger reads as a name there
is the crop."""


def _a_persons_name(word: str, flag: str) -> bool:
    """魏某, 蒋佩新: a name jieba's model reads as a person's, one the dictionary does not hold as a word
    (宣传单 is filed as nr all the same)."""
    return flag in ("nr", "nrfg") and (word[1:2] == "某" or (len(word) == 3 and jieba_tags().get(word) is None))


_ADVERBS_READ_AS_NOUNS = frozenset(
    {"全部", "全都", "部分", "大部分", "一律", "分别", "当众表示", "共", "均", "暨", "以及", "总共", "一共", "合计"}
)


def _counted_after(ctx: Context, end: int) -> str:
    """The noun phrase right after the measure word: `重点项目` in `13个重点项目集中开工`."""
    window = ctx.text[end : end + 16]
    cut = re.search(r"[，。；：！？、,.;:!?“”（）()《》\n\s]", window)
    chunk = window[: cut.start()] if cut else window
    if (
        cut
        and cut.start()
        and window[cut.start()] == "、"
        and re.match(rf"、[{HAN}]{{1,2}}[{HAN}]", window[cut.start() :])
    ):
        chunk = re.split(r"[，。；：！？,.;:!?“”\n\s]", window)[0]
    words = list(ctx.pos(chunk))
    if chunk == window and len(words) > 1:
        words.pop()  # 线上线|下: the window cut the last word; what it counts ends before it
    phrase = ""
    previous = ""
    for index, (word, flag) in enumerate(words):
        if not phrase and word in _LEVEL_NOUNS:
            flag = "n"  # 12个村, 3个县, 5个组: jieba tags such a character alone oddly (村 is zg), it is the noun
        following = words[index + 1] if index + 1 < len(words) else ("", "")
        ahead = [flag for _, flag in words[index + 1 : index + 3]]
        if phrase and "m" in ahead:
            break  # 项目|总投资620亿元: a noun followed by a number starts the next statement
        if phrase and flag in ("vn", "nr", "i"):
            # 580户农户|发展特色种植, 两名毕业生|陈某、李某: a verb's noun or names after the noun go on;
            # 群众|喜笑颜开: an idiom after it says what they did or are
            break
        if flag == "m" and following[0] != "强":
            break
        person = _a_persons_name(word, flag)  # 两家|魏某: whose they are
        idiom = phrase and flag == "l" and len(word) >= 4  # 三个村子|密不可分: a set phrase says what they are
        if (not phrase and person) or word in _ADVERBS_READ_AS_NOUNS or idiom:
            break  # 84岁|蒋佩新老人: a person's name; 厂房|全部(完工): an adverb jieba files as a noun
        if previous == "、" and len(word) == 1:
            phrase += word  # 市、县干部: a one-character noun after 、 is tagged oddly by jieba
            previous = word
            continue
        previous = word
        if word == "、" or flag[:1] == "n" or flag in _NOUNISH or flag == "m" or (word == "强" and phrase):
            phrase += word
            continue
        break
    return phrase.rstrip("、")


_LINKING_VERB = re.compile(
    r"(?:已经?|共|累计|总计)?(?:发展到|发展至|增加到|增加至|增至|增长到|达到|达|(?P<having>共有|拥有)|超过|突破)$"
)
_GENERIC_CLASSIFIERS = frozenset("个家座所项只件种类批")
_FROM_WHERE = frozenset({"离", "距", "距离"})
_AN_EARTHQUAKE = re.compile(r"(?:以上)?(?:地震|强震|余震)")
_CLAUSE_OPENS = frozenset("，。；！？”：\n")
_CASUALTIES = re.compile(
    r"(?:当场)?(?:受伤|重伤|轻伤|死亡|遇难|身亡|丧生|失踪|被困|获救|中毒|确诊|感染|被捕|落网|获刑)"
)
_IN_ALL = frozenset({"共", "总共", "一共", "合计"})
_HOME_OR_LEVEL = frozenset({"家", "城", "村", "镇", "乡", "县", "市", "区"})


_HAVING = frozenset({"现有", "共有", "拥有", "已有", "尚有", "另有", "新增"})
_A_FIGURE = re.compile(r"[\d０-９]$")


def _counted_before(ctx: Context, start: int, noun_last: bool = False, unit: str = "") -> str:
    """`困难问题3785个`: the noun right before a number that ends a clause. With `noun_last`, for a measure
    (吨, 亩, 人次), the word right before the number must be a noun itself: 旅客吞吐量|1391.7万人次 names what
    is measured, 机场突破|59万人次 and 年产|50万斤 end in what was done. Where a distance is from (离|地区约120公里)
    is no count."""
    window = ctx.text[max(0, start - 16) : start]
    window = re.split(r"[，。；：！？、,.;:!?“”（）()\n\s]", window)[-1]
    if not noun_last and (linked := _LINKING_VERB.search(window)):
        owner = window[: linked.start()]
        if linked.group("having") and unit not in _GENERIC_CLASSIFIERS and owner[-1:] in DIVISION_LEVELS:
            return ""  # 两村共有|150户: the villages have the households (党员共有|45名 counts the 党员)
        window = owner  # 合作社已发展到|18个: what the count reached is what was counted
    words = ctx.pos(window)
    grown = unit in _CROP_MEASURES and any(word in _GROWING for word, _ in words)
    kept: list[tuple[str, str]] = []
    for word, flag in reversed(words):
        if noun_last and not kept and (flag[:1] != "n" or (flag in _NAME_TAGS and not (grown and _a_crop(word)))):
            return ""  # 种植桑葚|30亩: a crop jieba files as a name (桑葚, 杨梅), grown and measured by land or weight
        if word in _IN_ALL and not kept:
            continue  # 商户总共|30来家: "in all" right before the figure, the noun before it
        if word in _HAVING or word in _ADVERBS_READ_AS_NOUNS:
            break  # 合作社现有|社员26户: the verb of having, which jieba files as a distinguishing word
        if word in _FROM_WHERE or (word[:1] in _FROM_WHERE and word[1:] in _HOME_OR_LEVEL):
            return ""  # 离地区|约120公里, 距离|城区50多公里, 离家|200米: the distance from a place (not 离退休, 离职)
        if flag[:1] == "n" or flag in _NOUNISH or (flag == "h" and kept):
            kept.insert(0, (word, flag))  # 非|遗: a prefix (h) belongs to the noun after it
            continue
        break
    while noun_last and len(kept) > 1 and kept[0][1] == "vn":
        kept.pop(0)  # 发展|魔芋|800亩, 设置|床位: the deed done to what is measured is not part of it
    if kept and all(flag == "vn" for _, flag in kept):
        return ""  # 签约企业125家、投产|84家: what was done, not what is counted
    if kept and len(kept[0][0]) == 1 and len(words) > len(kept) and _A_FIGURE.search(words[-len(kept) - 1][0]):
        kept.pop(0)  # 346户|1643人, 83户|贫困户321人: the measure of the count before is not counted
    if kept and _a_persons_name(*kept[-1]):
        return ""  # 魏某与王某|两家: the households of the people named, who are not what is counted
    return "".join(word for word, _ in kept)


def _one_after_its_noun(ctx: Context, start: int, end: int) -> bool:
    """手机15部，空调一台。: in a list of things counted after their nouns, one of an item is a count too;
    the clause before is the noun alone (其中一台 points at one of them)."""
    if ctx.text[end : end + 1] not in ("。", "，", "、", "；", ""):
        return False
    counted = _counted_before(ctx, start, noun_last=True)
    opens = start - len(counted)
    return bool(counted) and (opens == 0 or ctx.text[opens - 1] in "，、；。：\n")


def _after_the_word_qian(ctx: Context, start: int) -> bool:
    """前10名, 今年前4个月: 前 as a word of its own before the number makes it a rank or a period's end
    (目前, 提前 are other words)."""
    if not ctx.text.startswith("前", start - 1):
        return False
    words = ctx.pos(ctx.text[max(0, start - 4) : start])
    return bool(words) and words[-1][0] == "前"


def _in_a_set_phrase(text: str, start: int) -> bool:
    """烽烟四起, 近两年: the number is a character of an idiom or a set phrase the dictionary knows, one
    that begins before it. Dictionary look-ups around the number, not a tagging of the clause: quantities
    are many, and only a Chinese numeral after a Han character can be inside such a phrase."""
    if not (_HAN_NUMERAL.match(text, start) and _HAN_BEFORE.match(text, start - 1)) or start == 0:
        return False
    tags = jieba_tags()
    for begin in range(max(0, start - 3), start):
        for size in range(start - begin + 1, 5):
            tag = tags.get(text[begin : begin + size]) or ""
            if tag[:1] in _SET_PHRASE_TAGS or (size == 4 and tag):
                return True  # 三番五次: four characters the dictionary holds whole, whatever it tags them
    return False


_WEEKS_AFTER = re.compile(r"时间|后|内|以内|以上|左右|多")
_SCHOOL_YEARS = re.compile("义务教育|一贯制|制学校")


def _named_division(text: str, name: str) -> bool:
    """三门, 三台, 九台: a county named by a numeral and a measure word, which the page names with its level."""
    return any(name + level in text and is_division(name, level) for level in "县市区")


def _begins_a_longer_word(text: str, m: re.Match[str]) -> bool:
    """七台河, 五台山: a place name the dictionary knows starts at the number and runs past its measure
    word (五台 alone is five machines); so does a noun after one numeral and its measure (三轮车, a
    tricycle)."""
    if m["pre"] or m["mult"] or not _HAN_NUMERAL.match(m["num"]):
        return False
    start, end = m.start("num"), m.end("unit")
    tags = jieba_tags()
    # 三轮车, 三角形: a noun the dictionary knows, one numeral and its measure its first characters
    kinds = ("ns", "n", "nz") if end - start == 2 else ("ns",)
    if start + 4 > end and (tags.get(text[start : start + 4]) or "")[:1] in _SET_PHRASE_TAGS:
        return True  # 三位一体, 一分为二: an idiom or set phrase opens with the number
    return any(tags.get(text[start:stop]) in kinds for stop in range(end + 1, min(end + 3, len(text)) + 1))


def _begins_a_word(text: str, start: int, counting: tuple[str, ...] = ("m",)) -> bool:
    """多功能, 多媒体, 元宵: a word of two or three characters the dictionary knows starts at `start`, one
    it does not tag as counting (a numeral's 多年, 多家; a measure)."""
    tags = jieba_tags()
    return any((tag := tags.get(text[start : start + size])) and tag not in counting for size in (2, 3))


def _an_action_follows(ctx: Context, end: int) -> bool:
    tokens = ctx.pos(ctx.text[end : end + 4])
    return bool(tokens) and tokens[0][1][:1] in ("v", "d")


_SITTING = re.compile(r"(?:会议|全会|全体会议|常委会议|主任会议)")
_CLOCK_BEFORE = re.compile(r"\d{1,2}[点时:：]$")
# 四棵|枫村, 十家|堡镇: a place's name after the number, not a count (12名|村支书, 15所|乡村学校 are counts)
# (9支|村党支部队, 3个|村级组织: the level opens a kind of body, counted)
# 四棵枫村: a village whose name opens with a count; not 8条农村公路 (农村, the countryside, is no name)
_VILLAGE_NAMED = re.compile(r".{0,2}(?:(?<![乡农])村|(?<!乡)[镇乡])(?![民委干支两镇办党级组内里中间落口头]|村(?!委))")
"""四棵枫村, 六户地村村委会: what follows a figure ends as a village's name (not 村民, 村村通)."""


def quantity(ctx: Context, taken: list[tuple[int, int]]) -> list[Fact]:
    return as_ranges(ctx, list(_quantity(ctx, taken)))


def _quantity(ctx: Context, taken: list[tuple[int, int]]) -> Iterator[Fact]:
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^《》\n]{1,80}》", ctx.text)]
    taken_index = SpanIndex(taken + titles)  # 《三年行动方案》 names a document, it counts nothing
    # “黄金十年”, ‘三支一扶’: a short quoted term (in double or single marks) without a clause names a thing, it
    # counts nothing
    terms = SpanIndex([(m.start(), m.end()) for m in QUOTED_TERM.finditer(ctx.text)])
    for m in QUANTITY.finditer(ctx.text):
        start, end = m.start(), m.end()
        # 近百名, 上千亩, 不到百人: a bound before a round hundred or thousand makes it a figure, not a speech's
        round_figure = m["num"] in ("百", "千", "万") and m["pre"] is not None
        if m["pre"] == "上" and not round_figure:
            start = m.start("num")
        if taken_index.overlaps(start, end) or terms.covers(start, end):
            continue
        before = ctx.text[start - 1 : start] if start else ""
        unit, number_text = m["unit"], m["num"]
        if unit == "支" and ctx.text.startswith("队", end) and ctx.text.endswith(_FORCES, 0, start):
            continue  # 武警交通部队8支队: the unit's number and its kind (支队), not eight of something
        if ctx.text.startswith("合一", end):
            continue  # 四台合一, 三网合一: so many things made one, a name for the merger, no count
        if unit == "个" and m["post"] == "多" and (span := _HOURS_OR_MONTHS.match(ctx.text, end)):
            unit, end = "个" + span.group(), span.end()  # 三个多小时: more than three hours, not three of something
        if (
            unit == "年"
            and not m["half"]
            and not m["post"]
            and ctx.text.startswith("岁", end)
            and jieba_tags().get(ctx.text[end : end + 2]) is None  # 岁月, 岁末, 岁数: other words
        ):
            unit, end = "岁", end + 1  # 53年岁的农民: 年岁 is one's age
        more_begins_a_word = m["post"] == "多" and end == m.end() and _begins_a_word(ctx.text, end - 1)
        if more_begins_a_word:
            end -= 1  # 5个多功能活动室: 多 begins the word counted, it says no "more than"
        approximate = _approximate(m, ignore_post=more_begins_a_word) or round_figure
        after = ctx.text[end : end + 1]
        if before == "第" or (before.isascii() and before.isalnum()) or before in "第每":
            continue
        if before in ".．×*＊":
            continue  # .3万人次: the digits before the point were lost; 4×100米: a relay, not 100 metres
        if _TWO_DIGITS.fullmatch(number_text) and not an_estimate(number_text):
            continue  # 唯一一所, 五一节: the first numeral ends a word, or the two name a day; none counts
        if len(number_text) > 1 and number_text[0] == "0" and number_text[1].isdigit():
            continue  # 03年, 08年: a year by its last two digits, a number with a zero in front counts nothing
        if len(number_text) == 1 and _HAN_NUMERAL.match(number_text) and _ends_a_known_name(ctx.text, start):
            continue  # 马英九对此表示: a name the dictionary knows ends in a numeral
        if _DOUBLED_MULTIPLIER.search(m.group()):
            continue  # 千千万万个家庭: "countless", no figure
        if unit == "班" and ctx.text.endswith("年级", 0, start):
            continue  # 四年级二班: a class by its number, nothing counted
        if unit == "部" and after == "分":
            continue  # 四部分: parts of a whole, 部 begins the word
        if unit == "小时" and _MINUTES_NEXT.match(ctx.text, end):
            continue  # 2小时05分30秒: a race's time, hours and minutes of one figure, no span of hours
        if unit == "级" and not _AN_EARTHQUAKE.match(ctx.text, end):
            continue  # 三级医院, 二级公路: a rank; 6.2级地震 measures a quake
        if unit == "字" and not (number_text[:1].isdigit() or m["mult"]):
            continue  # 十字路口, 八字方针: words written with a numeral; 3万余字, 500字 count characters
        if unit == "口" and (after in "子气头号径岸罩之" or (number_text == "两" and before in "老小")):
            continue  # 两口子, 一口气, 三口之家, 老两口: words written with 口 and a numeral, a couple
        if (
            (unit == "人" or (unit == "个" and ctx.text.startswith("人", end)))
            and number_text in ("两", "二")
            and not m["pre"]
            and not m["post"]
            and (before in _CLAUSE_OPENS or before in "这那哪")  # 这两个人, 哪两个人原本是亲戚: the pair pointed at
            and not _CASUALTIES.match(ctx.text, end + (1 if unit == "个" else 0))
        ):
            continue  # 一拍即合，两人踏上了…: the two just named, as a pronoun (两人受伤 counts the injured)
        if number_text == "一" and not m["mult"] and not _one_after_its_noun(ctx, start, end):
            continue  # 一家企业: the article, not a count (…，空调一台。 counts the one)
        if number_text in ("百", "千", "万") and not round_figure:
            continue  # 千名干部, 百日攻坚, “千亿县”: a figure of speech, not a count (近百名商贩 is one)
        if unit == "类" and (before == "劣" or _GRADED.match(ctx.text, end)):
            continue  # 三类标准, 劣五类水体: a grade of water quality, not three kinds of something
        if unit == "眼" and after == "桥":
            continue  # 五眼桥: a bridge named by its arches, not five wells
        if number_text in ("零", "〇") and not m["mult"]:
            continue  # 零部件, 零件: words that begin with 零, not zero of something
        if number_text in ("几", "数") and not m["mult"]:
            continue  # 几年, 数人, 十几年: no number a reader could copy (数十亩 keeps its order of size)
        year_shaped = re.fullmatch(r"(?:1[89]|20)\d\d", number_text) is not None
        if unit == "年" and (year_shaped or after in "级代"):
            continue  # a year, a school grade (二年级), a decade (80年代)
        if year_shaped and unit in ("县", "村", "镇", "乡镇", "社区"):
            continue  # 2025县域经济论坛: a year opening a name, not two thousand counties
        if unit == "社区" and number_text.isdigit() and not m["mult"]:
            continue  # 126社区: a community known by its number (a count is 3个社区)
        if unit == "周" and after == "年":
            continue  # 建院100周年: an anniversary, not weeks
        if after == "制" and not m["mult"]:
            continue  # 三人制篮球赛, 两班制, 八小时工作制: a format by its number, nothing counted
        if number_text == "四" and unit == "处" and _an_action_follows(ctx, end):
            continue  # 四处寻找: everywhere, before what is done there (四处景点 counts four sites)
        if unit == "年" and ctx.text.endswith("公元", 0, start):
            continue  # 公元1175年: a year of the common era, not a span of years
        if unit == "次" and ctx.text.startswith("产业", end):
            continue  # 三次产业结构: the economy's three sectors, a statistics term, not three times
        if unit == "次" and number_text == "二" and not m["pre"]:
            continue  # 二次处理, 二次创业: "secondary"; a count of two is 两次
        if unit == "周" and number_text == "四" and not _WEEKS_AFTER.match(ctx.text, end):
            continue  # 四周摆放着书本: all around, not four weeks (四周后, 四周时间 are weeks)
        if unit == "年" and _SCHOOL_YEARS.match(ctx.text, end):
            continue  # 九年义务教育, 九年一贯制学校: the length of schooling names a system, no span of time
        if _HAN_NUMERAL.match(number_text) and _named_division(ctx.text, number_text + unit):
            continue  # 三门城区 on a page about 三门县: the county's short name, not three doors
        if (
            _HAN_NUMERAL.match(number_text)
            and unit != "个"  # 全区五个社区 counts them
            and ctx.text.startswith(_NEIGHBOURHOODS, end)
            and ctx.text[start - 1 : start] in DIVISION_LEVELS
        ):
            continue  # 东城区八条社区: a neighbourhood named by its number in words, after where it is, counts nothing
        if unit == "层" and re.match(rf"[{HAN}]", after):
            continue  # 三层小洋房, 二层土砖房: a building described by its storeys (楼高18层。 counts them)
        if unit == "大" and not (number_text.isdigit() and re.match(rf"[{HAN}]", after) and int(number_text) <= 10):
            # 三大难题, 两大金字招牌: a phrase that ranks things by size in words, no count a researcher copies;
            # 十八大 is a congress by its number; 10大重点工程, in figures, lists a programme's parts
            continue
        if unit == "次" and _SITTING.match(ctx.text, end) and "届" in ctx.text[max(0, start - 8) : start]:
            continue  # 十八届人大五次会议: the fifth sitting of a term, numbered, not five meetings counted
        if unit in _DURATIONS and (m["pre"] == "近" or _TIME_ANCHOR.match(ctx.text, end)):
            continue
        if _after_the_word_qian(ctx, start) or _in_a_set_phrase(ctx.text, start) or _begins_a_longer_word(ctx.text, m):
            continue
        if unit in ("村", "组", "队") and before in _WHERE_GROUPS_LIVE | {"镇", "乡"} and not number_text[:1].isdigit():
            continue  # 凤凰池村三组, 后马庄二村: the numbered part of a village is its name
        if unit in ("组", "队") and before in _WHERE_GROUPS_LIVE:
            continue  # 该村3组村民, 王庄5队, 柑子坪17组: a villager's group, written with digits, is an address too
        if unit in ("组", "队") and _NUMBERED_GROUP_BEFORE.search(ctx.text, max(0, start - 5), start):
            continue  # 一组、二组两个村民小组: groups listed by their numbers are named, not counted
        if _CLOCK_BEFORE.search(ctx.text, max(0, start - 4), start):
            continue  # 5点50起床: the minutes of a time of day
        if unit in _NOUN_UNITS and jieba_tags().get(unit + after) == "n":
            continue  # 28万村民, 5万群众: the unit's character begins the noun counted, no measure of its own
        if unit == "班" and number_text.isdigit() and len(number_text) >= 3:
            continue  # 2515班学生: a class known by its number
        if unit in ("天", "年") and ctx.text[max(0, start - 1) : start + 1] in ("这两", "那两"):
            continue  # 这两天, 这两年: lately, not a count of days
        if rate := _PER.match(ctx.text, end):
            unit, end = unit + rate.group(), rate.end()  # 6200立方米/秒, 0.096只/平方千米: a rate, per its second unit
        counted = _counted_after(ctx, end)
        if _VILLAGE_NAMED.match(counted) and unit not in ("个", "座"):
            continue  # 四棵枫村: a village whose name opens with a number, not four trees
        if counted and ctx.text.startswith(counted, end):
            end += len(counted)
        if not counted and unit not in _DURATIONS and unit not in _AGES:
            # 困难问题3785个, 粮食总产量46695吨: the noun stands before (a span of time or an age measures none)
            counted = _counted_before(ctx, m.start(), noun_last=unit not in _COUNT_UNITS, unit=unit)
        if not counted and unit in _COUNT_UNITS:
            small = not m["mult"] and (parse_number(number_text) or 0) < 10
            if not counted and unit in ("个", "家", "名", "位", "项", "轮") and small:
                continue  # 关键有两个, 拉三轮的 (a tricycle): nothing is counted; 59个, 近20万家 are counts whatever they count
        amount = _amount(m)
        if m["half"] and amount is not None:
            amount += 0.5  # 两天半: two days and a half
            if unit == "个" and (span := _SPAN_AFTER_HALF.match(ctx.text, m.end("half"))):
                unit, counted, end = "个" + span.group(), "", max(end, span.end())  # 两个半小时: 2.5 hours
        yield ctx.fact("quantity", start, end, Quantity(amount, unit, counted, approximate))


_RANGE_MARKS = ("至", "到", "-", "－", "—", "~", "～")
_LOW_BOUND = re.compile(rf"(?P<num>{NUMBER_PATTERN})(?P<mult>[十百千]*[万亿]*)(?:{'|'.join(_RANGE_MARKS)})$")
_AMOUNT_AT = re.compile(_AMOUNT)
# 二、三年: a character other than a numeral, 、, 第 or a line's start before the first (二、三年目标 heads an outline)
_NEIGHBOUR_BEFORE = re.compile("(?<=[^一二三四五六七八九十、第\n])(?P<low>[一二三四五六七八])、$")
_APPROX_ENDING = re.compile(rf"(?:{_APPROX_BEFORE})$")


def as_ranges(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """12亿至15亿元, 3000-5000人, 3至5万元, 200元到300元: a range is one fact from its first figure to its
    last, whose number is the lower bound (as an estimate's, 三四个, is) and `upper` the other; left as
    two facts, or as the upper bound alone, it tells the reader a figure the text does not give."""
    ranged: list[Fact] = []
    for fact in facts:
        previous = ranged[-1] if ranged else None
        if previous is not None and (merged := _joined(ctx, previous, fact)) is not None:
            ranged[-1] = merged
            continue
        ranged.append(_with_low_bound(ctx, fact))
    return ranged


def _bounds(value: object) -> tuple[Money | Quantity, int | float, str] | None:
    """The value, its figure and what it is counted in (a currency, a unit), for a fact that may bound a
    range."""
    if isinstance(value, Money) and value.amount is not None and value.upper is None:
        return value, value.amount, value.currency
    if isinstance(value, Quantity) and value.number is not None and value.upper is None:
        return value, value.number, value.unit
    return None


def _ranged(value: Money | Quantity, low: int | float, upper: int | float, approximate: bool) -> Money | Quantity:
    if isinstance(value, Money):
        return Money(low, value.currency, approximate, upper)
    return Quantity(low, value.unit, value.counted, approximate, upper)


def _joined(ctx: Context, low: Fact, high: Fact) -> Fact | None:
    """200元到300元: two figures of the same measure with a range mark between them."""
    if low.kind != high.kind or low.end is None or high.start is None or low.start is None or high.end is None:
        return None
    if ctx.text[low.end : high.start] not in _RANGE_MARKS:
        return None
    first, second = _bounds(low.value), _bounds(high.value)
    if first is None or second is None or first[2] != second[2] or not first[1] < second[1]:
        return None
    approximate = first[0].approximate or second[0].approximate
    return ctx.fact(high.kind, low.start, high.end, _ranged(second[0], first[1], second[1], approximate), high.note)


def _with_low_bound(ctx: Context, fact: Fact) -> Fact:
    """3000至5000人, 3至5万元: the lower figure written bare, in the order of size of the upper one when it
    has none of its own and is the smaller figure (3至5万 is thirty to fifty thousand; 3000至5万 is not
    thirty million)."""
    text, start = ctx.text, fact.start
    bounds = _bounds(fact.value)
    if start is None or fact.end is None or bounds is None or not start:
        return fact
    if (neighbour := _NEIGHBOUR_BEFORE.search(text, max(0, start - 3), start)) and parse_number(
        neighbour["low"]
    ) == bounds[1] - 1:
        # 二、三年时间: two numerals in a row, the first one less, are a rough range (两三年 is one estimate)
        return ctx.fact(fact.kind, neighbour.start("low"), fact.end, _ranged(bounds[0], bounds[1] - 1, bounds[1], True))
    if text[start - 1] not in _RANGE_MARKS:
        return fact
    low = _LOW_BOUND.search(text, max(0, start - 24), start)
    upper = _AMOUNT_AT.match(text, start)
    if low is None or upper is None:
        return fact
    before = text[low.start() - 1 : low.start()] if low.start() else ""
    if before and (before in "第每.．" or (before.isascii() and before.isalnum())):
        return fact  # 第3至5名: ranks; 1.3-5: the digits before the point are another number's
    low_figure, upper_figure = parse_number(low["num"]), parse_number(upper["num"])
    if low_figure is None or upper_figure is None:
        return fact
    order = low["mult"] or (upper["mult"] if low_figure < upper_figure else "")
    low_value = scaled(low_figure, multiplier(order))
    value, upper_value, _ = bounds
    if not low_value < upper_value:
        return fact
    start, approximate = low.start(), value.approximate
    if (about := _APPROX_ENDING.search(text, max(0, start - 2), start)) and about.group() != "上":
        start, approximate = about.start(), True  # 约10-15天: "about" stands before the whole range
    return ctx.fact(fact.kind, start, fact.end, _ranged(value, low_value, upper_value, approximate), fact.note)
