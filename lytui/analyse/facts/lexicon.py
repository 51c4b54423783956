"""Word lists shipped as package data, loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache

from lytui.analyse.jieba_tables import WordTags, tables
from lytui.data import division_rows, surnames, words
from lytui.han import COUNTY_AND_ABOVE, DOWN_TO_VILLAGE, ETHNIC_LEVELS, HAN, LazyPattern, is_han


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Places named in text: lytui's list of regions and short names, every administrative division
    (divisions.txt) by its full name, the short form of cities and counties (赤水 for 赤水市) where
    the short form is not an ordinary word, and the world's countries."""
    return curated_places() | frozenset(division_codes()) | countries()


_NOT_COUNTRIES = {"CN", "HK", "MO", "TW", "EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"}


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries and territories by their Chinese names, from the Unicode CLDR data that Babel ships
    (Babel comes with trafilatura): 美国, 日本, 巴西. China's own regions are divisions, not countries;
    the one-character names CLDR has none of, and a two-letter code is a country or territory (the
    numeric ones are continents, which news rarely names as places to copy)."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel is a dependency; without it lytui still runs
        return frozenset()
    names = Locale.parse("zh_Hans_CN").territories
    return frozenset(
        name for code, name in names.items() if code.isalpha() and code not in _NOT_COUNTRIES and len(name) >= 2
    )


@lru_cache(maxsize=1)
def curated_places() -> frozenset[str]:
    """places.txt: regions and short names chosen by hand, trusted wherever they stand."""
    return frozenset(words("places.txt"))


# the peoples an autonomous division is named for, so that its stem is what stands before them (黔西南|布依族
# 苗族自治州, not 黔西|南布依族): China's 55 minority peoples, the longer names first
_PEOPLES = (
    "柯尔克孜|乌孜别克|维吾尔|哈萨克|达斡尔|鄂温克|鄂伦春|塔吉克|塔塔尔|俄罗斯|"
    "布依|土家|哈尼|朝鲜|傈僳|景颇|拉祜|纳西|仡佬|撒拉|东乡|保安|裕固|锡伯|独龙|普米|阿昌|德昂|布朗|基诺|"
    "门巴|珞巴|毛南|仫佬|高山|赫哲|蒙古|苗|侗|傣|彝|藏|羌|白|壮|瑶|回|黎|畲|水|土|佤|满|怒|京|各"
)
# 西坑|畲族|镇, 翠里|瑶族壮族|乡: a township of one or two minority peoples, after its place's name
ETHNIC_TOWNSHIP_PEOPLES = re.compile(rf"(?:(?:(?:{_PEOPLES}|畬)族){{1,2}}|(?:{_PEOPLES})民族)$")
"""The peoples before a township's level (上梧江瑶族乡), or one people and 民族 (恩和俄罗斯民族乡, short for
俄罗斯族民族乡)."""
# the last people may go without 族 (伊犁哈萨克自治州, 巴音郭楞蒙古自治州)
_AUTONOMOUS = re.compile(rf"^(?P<stem>[{HAN}]{{2,}}?)(?:(?:{_PEOPLES})族)*(?:{_PEOPLES})族?自治(?P<kind>州|县|旗)$")
_PROVINCE_END = re.compile(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$")
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
_SHORTENED = ("市", "县")
_BANNER_BY_SIDE = re.compile(rf"^[{HAN}]{{2,}}?(?P<side>[左右])翼?(?P<position>[前中后])?旗$")
_SHORT_FORM_TAGS = ("ns", "nr", "nrt", None)
MONGOLIAN_LEVELS = ("苏木", "嘎查")
"""Inner Mongolia's township (sumu) and village (gacha), after a transcribed Mongolian name."""
RARE_WORD_USES = 300
"""At most this many uses in jieba's dictionary make a word rare: 岭头 (15), 五营 (3); 特色 (8,092) and 重点
(12,694) are everyday words. A short form it calls an adjective is a place's name all the same when rare
(平遥 239, 常熟 146): the dictionary mis-tags names it rarely saw; an adjective in use is far commoner."""


def _short_form_of_a_place(stem: str, tags: WordTags) -> bool:
    tag = tags.get(stem)
    return tag in _SHORT_FORM_TAGS or (tag == "a" and tables().frequencies.get(stem, 0) <= RARE_WORD_USES)


@lru_cache(maxsize=1)
def _division_names() -> dict[str, str]:
    """Code → the division's name now (the last of its rows)."""
    return dict(division_rows())


@lru_cache(maxsize=1)
def division_names_by_code() -> dict[str, tuple[str, ...]]:
    """Code → every name the division has had in divisions.txt."""
    found: dict[str, tuple[str, ...]] = {}
    for code, name in division_rows():
        found[code] = (*found.get(code, ()), name)
    return found


@lru_cache(maxsize=1)
def _province_stems() -> frozenset[str]:
    """福建, 广西, 内蒙古: the provinces by the name news uses, which no county's short form may take."""
    return frozenset(_province_codes_by_stem())


@lru_cache(maxsize=1)
def _province_codes_by_stem() -> dict[str, str]:
    """甘肃 → 620000: the provinces by the name news uses, with their codes."""
    return {_PROVINCE_END.sub("", name): code for code, name in _division_names().items() if code.endswith("0000")}


def is_province(word: str) -> bool:
    """内蒙古, 福建省: a province or region, by its full name or the one news uses."""
    return word in _province_codes_by_stem() or any(code.endswith("0000") for code in division_codes().get(word, ()))


HAMLET_LANDFORMS = frozenset("湾岩坪沟岭坡塘坝口洼滩坳垭冲")
"""The landforms natural villages and hamlets are named after (柑子坪, 李家湾, 杨家沟, 石门坎口): the last
character of such a place, not of a person's name nor of a count's noun."""
HAMLET_ONLY_ENDINGS = frozenset("屯寨")
"""Settlement endings no given name ends with (岗, 岭, 楼, 桥 of SETTLEMENT_ENDINGS often do)."""
SETTLEMENT_ENDINGS = frozenset("庄寨集楼桥屯营铺店坊岗圩堡") | HAMLET_LANDFORMS
"""The last characters of hamlets and market towns (那巴屯, 王家庄, 胡集), which end no person's name."""
BRANCHES = frozenset({"分院", "分行", "分公司", "分会", "分局", "分校"})
"""A body's branch, named after its parent and where it is (广东省中医院珠海分院, 中国银行南京分行)."""
_NAMED_UNDER = 12  # the longest division name the chain before a county's body is read in


def _holds(upper: str, code: str) -> bool:
    """Whether the division of code `upper` (a province, ..0000, or a prefecture, ....00) holds `code`:
    by the code's first two or four digits, never by stripping zeros (重庆市 500000 is no prefix 5)."""
    width = 2 if upper.endswith("0000") else 4
    return code[:width] == upper[:width] and code != upper


def county_opening(name: str) -> int:
    """Where a county's body's own name starts in a name written with the province and prefecture it lies
    in (贵州省黔东南苗族侗族自治州|台江县人民医院, 甘肃陇南|宕昌县人民医院): at the county, when every division
    before it is one that holds it; 0 when no such chain opens the name (江苏省|镇江市|开发区人民法院 names no
    county; 湖南省住建厅 is the province's own; 厦门市海沧区发改局, a district's, is named with its city)."""
    codes = division_codes()
    stems = _province_codes_by_stem()
    at = 0
    above: list[str] = []  # the codes of the province and prefecture read so far
    while at < len(name):
        piece = next(
            (
                name[at:end]
                for end in range(min(len(name), at + _NAMED_UNDER), at + 1, -1)
                if name[at:end] in codes or name[at:end] in stems
            ),
            None,
        )
        if piece is None:
            return 0
        found = codes.get(piece) or (stems[piece],)
        # a city's district goes with its city (厦门市海沧区发改局); a county, a banner or a county's city does not
        county = [code for code in found if not code.endswith("00")] if piece[-1] != "区" else []
        if county and above and len(name) - at - len(piece) >= 2:
            if all(any(_holds(upper, code) for code in county) for upper in above):
                return at
            return 0
        higher = [code for code in found if code.endswith("00")]
        if not higher or (above and not any(_holds(above[-1], code) for code in higher)):
            return 0
        above.append(higher[0])
        at += len(piece)
    return 0


@lru_cache(maxsize=1)
def division_codes() -> dict[str, tuple[str, ...]]:
    """Name → six-digit codes of the divisions it may name (朝阳区 names two); short forms included."""
    found: dict[str, list[str]] = {}
    tags = jieba_tags()
    # 河南 is the province, not 河南蒙古族自治县: a county's short form never stands for a province's
    provinces = _province_stems()
    for code, name in division_rows():
        if name in _PLACEHOLDERS:
            continue
        found.setdefault(name, []).append(code)
        stem = name[:-1]
        if stem in provinces and not code.endswith("0000"):
            continue
        if name.endswith(_SHORTENED) and len(stem) >= 2 and _short_form_of_a_place(stem, tags):
            if code not in found.get(stem, ()):  # 广德县 and 广德市 are one division
                found.setdefault(stem, []).append(code)
        if banner := _BANNER_BY_SIDE.match(name):
            # 科尔沁右翼中旗 is 科右中旗 in text, 土默特左旗 土左旗: the first character, the side, the place in line
            short_form = name[0] + banner["side"] + (banner["position"] or "") + "旗"
            if code not in found.get(short_form, ()):
                found.setdefault(short_form, []).append(code)
        if autonomous := _AUTONOMOUS.match(name):
            # 阿坝藏族羌族自治州 is 阿坝州 or 阿坝 in text, 陵水黎族自治县 陵水
            short = autonomous["stem"]
            for form in (short + autonomous["kind"], short):
                if form == short and (tags.get(short) or "n").startswith(("v", "a", "d", "p", "c")):
                    continue  # 互助土族自治县 is not 互助, mutual aid; 陵水 is 陵水黎族自治县
                if form == short and short in provinces:
                    continue
                if form not in found or code not in found[form]:
                    found.setdefault(form, []).append(code)
    return {name: tuple(codes) for name, codes in found.items()}


@lru_cache(maxsize=1)
def county_short_forms_of_any_word() -> dict[str, str]:
    """A city's or county's name without its 市 or 县 (常熟, 库车), also where the dictionary has it as
    an ordinary word and so outside `places()`: short form → full name. Only other evidence (another
    place beside it in a list) makes one of these a place."""
    forms: dict[str, str] = {}
    provinces = _province_stems()
    for code, name in division_rows():
        stem = name[:-1]
        if name.endswith(_SHORTENED) and len(stem) >= 2 and not code.endswith("0000") and stem not in provinces:
            forms.setdefault(stem, name)
    return forms


def division_name_by_code() -> dict[str, str]:
    """Code → the division's full name (441781 → 阳春市)."""
    return _division_names()


def full_division_name(code: str, as_named: str = "") -> str:
    """贵州省遵义市赤水市 for 赤水市's code: the province, the prefecture and the division itself, by the
    name the text gives it when that is one of its names (桥西区 in news from before it became 信都区)."""
    names = _division_names()
    own = as_named if as_named in division_names_by_code().get(code, ()) else names.get(code)
    parts = [names.get(code[:2] + "0000"), names.get(code[:4] + "00"), own]
    full: list[str] = []
    for part in parts:
        if part and part not in _PLACEHOLDERS and part not in full:
            full.append(part)
    return "".join(full)


PROPER_TAGS = ("ns", "nr", "nz", "nt", "j", "eng", "x")
"""jieba's tags of words that name one thing (a place, a person, a body, an abbreviation, a Latin name)."""

BARE_LEVELS = ("省", "市", "县", "区", "州")
"""A division's level written alone for the article's own one (县文化和旅游局, 省农科院, 市|发|改委)."""


def is_place(word: str) -> bool:
    """A place lytui knows, or a word the dictionary tags as one."""
    return word in places() or jieba_tags().get(word) == "ns"


def starts_a_short_name(before: str, word: str) -> bool:
    """湖南省|住|建厅, 市|发|改委: a department's short name (住建, 发改) that jieba cut after its first
    character, read as a verb; a lone character right after a place (or a bare level) begins the body's
    name there."""
    return len(word) == 1 and (before in BARE_LEVELS or is_place(before))


QUOTED_TERM = re.compile(
    r"“[^“”\n，。！？；,;!?]{1,10}”|‘[^‘’\n，。！？；,;!?\d]{1,10}’|「[^「」\n，。！？；,;!?]{1,10}」"
)
"""A short quoted term with no mark of a sentence inside (“三江并流”, ‘六稳’): a phrase named, not speech; what
it holds (a county's name, a count) is part of the phrase."""


ZONE = re.compile(r"(?:开发区|高新区|经开区|新区|园区|保税区|示范区|集聚区)$")
"""The endings of a development zone's name, a body with its own committee, courts and bureaus."""


def zone_ending_cut_off(word: str, after: str) -> bool:
    """郴州|经|开区 (经开区, an economic development zone), 产业|集聚|区: jieba read the start of the zone's
    ending as a word of its own (a preposition, a verb), so the word after it is no ending alone but the two are."""
    return len(word) <= 2 and ZONE.search(word + after) is not None and ZONE.search(after) is None


GLUED_CONJUNCTIONS = "及与"
"""Conjunctions no name ends with, which jieba glues to the name before them (弋柱|岚及, 向明及|相关部门)."""
_TITLE_MARKS_REACH = 80
"""How far back a document's opening 《 may stand from a word inside its title."""


def inside_title_marks(text: str, at: int) -> bool:
    """Whether `at` stands inside a 《…》 document title (《贵州省省管干部任前公示暂行办法》, 《中共中央关于…的决议》):
    a title names posts and bodies in passing, their holders and the body itself stand elsewhere."""
    reach = max(0, at - _TITLE_MARKS_REACH)
    return text.rfind("《", reach, at) > text.rfind("》", reach, at)


NAME_BREAKS = "，。；：！？、“”‘’「」『』《》"
"""Marks a name of a body or a person never runs across: the clause it stands in ends there."""


def is_division(word: str, level: str) -> bool:
    """屯留 before 区: the word and a level after it name a division, as the list of divisions has them,
    or as a county made a district after the list was written keeps its name (屯留县 → 屯留区)."""
    known = places()
    return word + level in known or (level == "区" and word + "县" in known)


def jieba_tags() -> WordTags:
    """jieba's dictionary word → part-of-speech tag, from the tables segmentation already holds."""
    return tables().tags


def surname_at(text: str, i: int) -> int:
    """Length of the surname starting at `i` (2 for compound surnames), 0 if none."""
    if text[i : i + 2] in surnames():
        return 2
    return 1 if text[i : i + 1] in surnames() else 0


_TIBETAN_GIVEN = """扎西 次仁 卓玛 多吉 多杰 平措 朋措 彭措 顿珠 格桑 央金 央宗 拉姆 达瓦 尼玛 旦增 丹增 索朗 索南 洛桑 德吉 德庆
    曲珍 曲培 边巴 普布 白玛 仁增 仁青 强巴 罗布 巴桑 米玛 次旦 桑珠 欧珠 拉巴 群培 贡嘎 贡布 益西 措姆 卓嘎 加措
    嘉措 才让 才旦 吉美 拉毛 东珠 旺堆 旺姆 玉珍 拉珍 琼达 土登 晋美 阿旺 次珍 巴珠 德央 曲措 旺久 扎巴 尼珍 群宗
    次央 达娃 普赤 边珍 卓嘎 格勒 昂旺 赤列 丹珠 洛追 旦巴 边久 索朗 尼玛 顿旦 巴桑 益西 久美 桑杰 更登 更嘎 根登
    嘎玛 噶玛 才仁 才吉 卓玛 加央 降措 江措 泽仁 泽旺 泽郎 泽让 斯朗 四郎 向巴 尼扎 曲扎 扎桑 旦达 白央 白珍
    次旺 旺扎 洛松 多布 更藏 公保 贡保 夏吾 华旦 拉加 旦正 完玛 万玛 周加 才多 角巴 昂秀 南加 热旦 东主 吉太 尕藏
    降央 西绕 呷绒 格绒 仁真 根秋 翁姆 志玛 拥措 秋吉 向秋 此里 布穷 普琼 洛绒 土呷 登真 邓珠 曲批 阿呷 益珍
    江村 西热 喜饶 希热 坚参 坚赞 江白 强久 次多 巴珍 措珍"""
TIBETAN_NAME_PARTS = frozenset(_TIBETAN_GIVEN.split())
"""Parts of Tibetan given names, two characters each (the last lines: Amdo's and Kham's): a Tibetan name is
two of them (扎西曲培, 次仁卓玛) and takes no surname, so the surname-led reading cuts it (夏西朋|措) or misses it."""
TIBETAN_SYLLABLES = frozenset("".join(TIBETAN_NAME_PARTS))
"""The characters those parts are written with: a name of three may add one more of them (扎西|瓦)."""


_YI_FAMILIES = """阿西 阿苦 阿说 阿吉 阿牛 阿约 阿什 阿木 阿侯 阿硕 吉克 吉木 吉好 吉伍 吉史 吉觉 吉布 吉沙 沙马 俄木 俄底
    勒格 曲比 曲木 曲布 海来 日火 日呷 立格 瓦扎 巫达 比补 木呷 苏呷 甲巴 安噶 伍呷 倮伍 尔古 莫色 洛古 依火 金古"""
YI_FAMILY_NAMES = frozenset(_YI_FAMILIES.split())
"""Family names (家支) of the Yi of Liangshan and Guizhou, two characters each: a Yi name is one of them and
a given name of two (阿西古吉, 吉好也求), four characters that no surname-led reading takes whole."""


_MONGOLIAN_GIVEN = """巴特尔 巴特 巴图 道尔吉 苏和 额尔敦 宝音 朝鲁 巴雅尔 图雅 其其格 乌云 那顺 孟和 布和 吉日嘎拉 敖其尔
    格日勒 乌兰 斯琴 达来 哈斯 呼和 特木尔 毕力格 满都拉 满都呼 阿拉坦 乌力吉 额尔德尼 宝力道 那仁 萨仁 娜仁 高娃
    其木格 乌日娜 通拉嘎 敖登 都兰 吉格 米吉格 图门 巴音 格根 塔娜 托娅 朝格 吉雅 仁钦 德力格尔 桑布 扎布 旺其格
    温都苏 那木吉拉 白音 布仁 查干 巴根 斯日古楞 乌恩 额日登 布仁巴雅尔 青格勒 图布 吉日木图 达古拉 萨日娜
    阿木古楞 乌日图 宝力高 额尔很 哈达 图力古尔 朝克 伊德尔 巴达玛 孟克 蒙克 额尔德木图 敖日格勒 乌兰图雅
    恩和 格日乐 朝格图 照日格图 布日古德 布日古代 那木斯来 赛音 陶格斯 哈日巴拉 巴雅尔图 阿拉腾 呼斯乐 苏日娜 乌日根
    阿古拉 吉日格勒 额尔登 宝鲁"""
MONGOLIAN_NAME_PARTS = frozenset(_MONGOLIAN_GIVEN.split())
"""Parts of Mongolian given names: a Mongolian name takes no surname and is often two of them joined
(米吉格道尔吉, 巴特尔朝鲁), four to seven characters that no surname-led reading takes whole."""
_MONGOLIAN_OPENINGS = frozenset(part[:2] for part in MONGOLIAN_NAME_PARTS)


def mongolian_name(text: str) -> bool:
    """Whether `text` is two or more Mongolian name parts joined (米吉格|道尔吉)."""
    if text[:2] not in _MONGOLIAN_OPENINGS:
        return False  # most text: no name part begins here
    ends = {0: 0}  # position → the number of parts read up to it
    for at in range(len(text)):
        if at not in ends:
            continue
        for part in MONGOLIAN_NAME_PARTS:
            if text.startswith(part, at):
                ends[at + len(part)] = max(ends.get(at + len(part), 0), ends[at] + 1)
    return ends.get(len(text), 0) >= 2


def opens_with_a_place(name: str) -> bool:
    """Whether a division's or a place's name, or a division's short form, opens `name` (漠河县人民法院,
    原平市, 泉州…)."""
    known = places()  # the divisions' names are among them
    return any(name[:size] in known for size in range(2, min(len(name), 7) + 1))


def a_conjunction_read_as_a_county(text: str, start: int) -> bool:
    """和县 at `start`: a division named by a conjunction and its level alone, right after a word that is no
    division (公寓和县…, 蓝天救援队和县红十字救援队), is the conjunction joining that word to the next body; after
    a province or a city (安徽省和县, 马鞍山市和县) it is the county."""
    before = text[start - 1 : start] if start > 0 else ""
    return (
        text[start : start + 1] in ("和", "与", "及")
        and text[start + 1 : start + 2] in COUNTY_AND_ABOVE
        and is_han(before)
        and before not in COUNTY_AND_ABOVE + ETHNIC_LEVELS
    )


_A_TOWNSHIP_OPENING = LazyPattern(rf"[{HAN}]{{2,3}}?[乡镇](?![长村])")


_GOVERNMENT_ENDINGS = ("部", "局", "委", "署", "厅", "办")
"""A ministry's, bureau's or commission's ending: such bodies are renamed and merged (原建设部); a company keeps
a name that opens with 原 (原力科技)."""


def without_former(name: str) -> str:
    """原漠河县人民法院 → 漠河县人民法院: 原 (former) before a body named by its place says the body was renamed or
    the post left; the name is the body's own. 原平市 is a city of that name."""
    level_next = name[1:2] in DOWN_TO_VILLAGE and jieba_tags().get(name[:2]) is None  # not 原乡 (one's native place)
    township = _A_TOWNSHIP_OPENING.match(name, 1) is not None  # 原曹古乡乡政府: a township merged away since
    # 原建设部, 原国家旅游局, 原联合国世界旅游组织: a body since renamed or merged, written by its own name after 原
    # when 原 makes no word with what follows (原子能机构, 原料厂 keep it)
    renamed_body = name.endswith(_GOVERNMENT_ENDINGS) and jieba_tags().get(name[:2]) is None and len(name) >= 4
    if (
        name[:1] == "原"
        and (opens_with_a_place(name[1:]) or level_next or township or renamed_body)
        and not opens_with_a_place(name)
    ):
        return name[1:]  # 原县委书记: the county's committee, its secretary then
    return name


FAMILIAR_ENDINGS = ("老", "叔", "伯", "大爷", "大伯", "大叔")
"""How an article calls an elder man it has named in full, after the surname (黎湛龙 → 黎老, 黎叔, 黎大爷);
the forms for a woman (黎大妈, 李婶) only for a full name a woman's given name shows (常秀廷 → 常大妈)."""
FAMILIAR_FOR_A_WOMAN = ("大妈", "大娘", "阿姨", "奶奶", "大婶", "婶")
_WOMENS_NAME_CHARACTERS = frozenset("秀芳兰梅丽娟花珍霞玲艳琴翠莲淑娥妹姑婷娜燕菊萍娇媛嫦莉蓉")
"""Characters given names hold almost only for women (not 桂, 英, 凤, 雪: 常桂林, 王英杰 are men): with one of
them the full name is a woman's, and the forms an article calls an elder woman by (常大妈) may be hers."""


def familiar_forms(name: str, surname_length: int) -> tuple[str, ...]:
    """黎湛龙 → 老黎, 黎老, 黎叔, 黎大爷…: the familiar forms of a full name (surname and given name)."""
    surname = name[:surname_length]
    if not surname or len(name) - surname_length < 1:
        return ()
    endings: tuple[str, ...] = FAMILIAR_ENDINGS
    if any(ch in _WOMENS_NAME_CHARACTERS for ch in name[surname_length:]):
        endings += FAMILIAR_FOR_A_WOMAN
    return ("老" + surname, *(surname + ending for ending in endings))


def address_posts(title: str) -> set[str]:
    """The posts a person's surname goes with when the article names them again (副局长 李明 → 李局长, 县委书记
    王伯祥 → 王书记): the title, without 副, and its last two characters."""
    return {post for post in (title, title.removeprefix("副"), title[-2:]) if len(post) >= 2}


HOLDING_A_POST = ("时任", "现任", "身为", "作为", "担任", "曾任", "原任")
"""Words for holding a post, before the title (时任村党支部书记的杨长友): no place's or body's name begins with
them (时任|村 is no village)."""

INVITING_OR_HAVING = ("特邀", "特聘", "现有", "共有", "拥有")
"""Verbs whose object may be a body (法庭特邀|鱼市镇综治中心, 全镇现有|村社两委), which jieba may read as a
name or a distinguishing word: the clause's words, never a body's first."""
COMING_OR_GOING = frozenset("来去")
"""The verbs of coming and going of one character, which jieba glues to the word after them (来助|餐中心,
来买): never a name's first character there."""
VERBS_OF_GOING = ("走进", "来到", "前往", "深入", "走访", "到达", "赶赴", "进入", "看望", "慰问")
"""Verbs whose object is where one goes or whom one visits (OD体育|走进|鹤峰县…村四组, 来到|合作社): a body's
or a place's name starts after them, never before."""


def plays_a_part(word: str, flag: str) -> bool:
    """赞助商, 主承销商, 投资方, 甲方: the part a company plays, written before its name in apposition (赞助商|东方
    潇湘教育, 主承销商|浦发银行); of two characters only a noun (招商 of 招商局 is a verb). Its kind too
    (民营企业, 龙头企业)."""
    if word in _KINDS_OF_COMPANY:
        return True  # 民营企业|东之星水产有限公司: what kind of company, in apposition before its name
    return len(word) >= 2 and word.endswith(("商", "方")) and (len(word) >= 3 or flag == "n")


_KINDS_OF_COMPANY = frozenset(
    {"民营企业", "国有企业", "龙头企业", "外资企业", "上市公司", "私营企业", "国企", "民企", "央企"}
)


# characters that are the sentence around a name, never a rare name's own: particles, prepositions,
# pronouns, numerals and the commonest verbs of one character
POINTING_CHARACTERS = frozenset("这那该每各")
"""Words that point (this, that, each), which no given name holds (其 and 本 do: 钱其琛, 胡本生)."""
NOT_A_NAMES_CHARACTER = POINTING_CHARACTERS | frozenset(
    "的了着过在和与及或对把被将向从给到为以于由等是有其本我你他她它也都就还又再已一二三四五六七八九十几个"
)


def with_its_townships_first_character(before: str, flag: str, name: str) -> str:
    """常|山镇大河森村党支部: a name that opens with one character and a township's level has the character
    before it as the township's first, when the sentence's words read that character alone (`flag`, its
    tag) as no verb, preposition, conjunction, particle or pronoun (jieba took 常 for an adverb and 山镇
    for a place; 据|柳镇, 请|柳镇 and 视察|柳镇 are the clause's); no town is named by one character."""
    if name[1:2] not in ("镇", "乡") or len(before) != 1 or not is_han(before) or before in NOT_A_NAMES_CHARACTER:
        return name
    if flag[:1] in ("v", "p", "c", "u", "r", "m", "q", "f"):
        return name
    if jieba_tags().get(name[:2]) in (None, "ns", "nr", "nz"):  # 两家|乡镇卫生院: 乡镇 is the word for townships
        return before + name
    return name
