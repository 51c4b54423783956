"""Where an organisation's name begins: from its suffix (局, 委员会, 有限公司) back over jieba's words
until a word that cannot be part of a name — a function word, a verb that takes the name as its
object, a person's title, or another body standing beside it (龙岩市委|市政府). A department of a body
(市委宣传部), a company's legal form after its group (集团有限公司), two nouns joined by 和 inside a
ministry's name (文化和旅游局) and a nominalised verb (污染防治) go on to the place the name starts at.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import SAYING_VERB
from lytui.analyse.facts.lexicon import (
    BARE_LEVELS,
    BRANCHES,
    COMING_OR_GOING,
    GLUED_CONJUNCTIONS,
    INVITING_OR_HAVING,
    NAME_BREAKS,
    NOT_A_NAMES_CHARACTER,
    VERBS_OF_GOING,
    ZONE,
    a_conjunction_read_as_a_county,
    is_division,
    is_place,
    jieba_tags,
    opens_with_a_place,
    places,
    plays_a_part,
    starts_a_short_name,
    with_its_townships_first_character,
    zone_ending_cut_off,
)
from lytui.analyse.facts.people_titles import GROUP_ROLES, split_place_suffix
from lytui.analyse.facts.people_titles import TITLE as PERSON_TITLE
from lytui.analyse.numbers import CHINESE_NUMERAL
from lytui.data import character_counts
from lytui.han import COUNTY_AND_ABOVE, DIVISION_LEVELS, DOWN_TO_TOWNSHIP, LazyPattern, all_han

ORG_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团|银行|支行|分行|农商行|信用社|农信社|(?<=[镇乡县区市州])人大(?![常代主])|(?<=[市州盟])中院|委员会|常委会|党工委|党委|工委|政府|总局|局|监委|厅|委会|委|大队|支队|中队|"
    r"办公室|办公厅|办事处|联络处|分社|研究院|研究所|指挥部|指挥所|卫生院|卫生所|保健院|分院|医院|管理处|保护队|巡逻队|救援队|宣讲队|医疗队|服务队|工作队|总站|工作站|服务站|管理站|监测站|供水站|水文站|气象站|农技站|林业站|畜牧站|兽医站|文化站|大学|学院|协会|商会|联合会|基金会|促进会|研究会|联谊会|分会|联盟|日报社|日报|晚报|都市报|商报|时报|晨报|周刊|报社|杂志社|(?<=电视)总台|电视台|"
    r"广播电视台|法院|法庭|检察院|合作社|中心校|中心|党校|农场|养殖场|林场|实业|部|署|办|通讯社|新闻社|派出所|事务所|交易所|加工厂|制剂厂|厂|"
    r"[一二三四五六七八九十]{1,2}中院|[一二三四五六七八九十]{1,2}中(?![学心国央间部华文级午外院])|博物馆|图书馆|纪念馆|文化馆|美术馆|科技馆|艺术馆|足球队|篮球队|小学|中学|学校|幼儿园|开发区|经开区|高新区|工业园区|产业园区|批发市场|超市|商城|总队|讲师团|敬老院|养老院|福利院|幸福院|看守所|拘留所|戒毒所|"
    r"总工会|工会|红十字会|供销社|出版社|旅行社|联社|妇联|科协|侨联|残联|文联|工商联|社科联|监管所|司法所|管理所|财政所|供电所|粮管所|森防站)"
)
SUFFIX_CONTINUES = {
    "日报": "道",  # 28日报道: a date and "reported"
    "分会": "场",  # 开平分会场: a meeting's branch venue
    "商会": "议",  # 国际协商会议, 招商会议: a meeting (会议), no chamber of commerce
    "局": "长面势部限",
    "委": "员托屈婉监",  # 纪委监委: the discipline commission and the supervisory one, one body
    "中心": "城区法校医小卫幼渔",  # 中心城区; 中心法庭, 中心校, 中心医院, 中心渔港: the name goes on
    "大学": "生城",
    "学院": "路派",  # 学院路, a road; 学院派, a school of thought
    "公司": "法",
    "政府": "性",
    "厅": "长",
    "部": "长分署门位件署队署落委级",  # 省部级: a rank
    "署": "名长",
    "办": "法理事学公好起成",  # 办起农家乐, 办成: the verb
    "厂": "房区长家商小中幼",  # 西厂|小学: a school named after the works, the name goes on
    "实业": "家界",  # 实业家: an industrialist
    "农场": "主",  # 农场主: a farmer who owns one
    "养殖场": "地",  # 养殖场地: the farm's land
    "指挥部": "署",  # 指挥部署: to command and deploy
    "工作队": "员",  # 工作队员: the team's members
    "服务队": "员",
    "大队": "长员部",  # 大队长: the brigade's commander
    "支队": "长员部",
    "中队": "长员部",
}
_STRETCHES = frozenset({"桥段", "河段", "江段", "湖段", "标段", "路段", "区段", "线段"})
STOP_WORDS = set(
    # verbs and relations the dictionary tags as nouns or distinguishing words are in it too (主办 b, 代表 n, 旗下 n)
    [
        "由",
        "在",
        "与",
        "和",
        "同",
        "是",
        "为",
        "对",
        "据",
        "把",
        "被",
        "让",
        "向",
        "从",
        "经",
        "及",
        "将",
        "比如",
        "例如",
        "其中",
        "包括",
        "联合",
        "了",
        "的",
        "等",
        "记者",
        "帮助",
        "协调",
        "利用",  # 利用|意大利政府贷款: jieba files these verbs that take a body as nouns
        "依托",
        "借助",
        "邀请",
        *INVITING_OR_HAVING,
        "会同",  # 并|会同|省财政厅: together with a body
        "联系",  # 主动|联系|华冲法庭: to get in touch with a body, which jieba files as a noun
        *("距", "距离"),  # 距|下面高乡政府五公里: how far from a body, not the start of its name
        *("主动", "立即", "立马", "当即", "随即", "及时"),  # how the deed is done, before the body it is done to
        "委托",
        "感谢",
        "通过",
        "参加",
        "加入",  # 农民自发|加入|合作社: verbs whose object is a body, never a trade inside its name
        "成立",
        "组建",
        "创办",
        "入驻",
        "入股",
        *("加盟", "策应"),  # 中学|加盟|上海大同教育集团, 积极|策应|县委: joining a body, answering its call
        "单位",  # 后盾|单位|华天集团: the part a body plays (后盾单位, 帮扶单位), in apposition before its name
        *VERBS_OF_GOING,
        "成为",
        "开始",
        "给",
        "跟",
        "并",
        "也",
        "还",
        "都",
        "已",
        "这",
        "那",
        *("这处", "那处", "此处", "该处", "这家", "那家", "这所", "那所", "这座", "那座", "这个", "那个"),
        "该",
        "其",
        "各",
        "此",
        "有",
        "没有",
        "到",
        "赴",
        "请",
        "于",
        "以",
        "这是",
        "上线",
        "兑现",
        "推动",
        "获得",
        "全省",
        "全市",
        "全国",
        "主办",
        "承办",
        "协办",
        "代表",
        "旗下",
        "下属",
        "所属",
        "兼",
        "目前",
        "下称",
        "简称",
        "以下简称",
        "又称",
        "统称",
        "情况",
        "部分",  # 带领|部分|市日报社…工作人员: some of a body's staff
        *("现任", "担任", "出任", "曾任", "时任", "兼任"),  # 现任|杉杉控股有限公司董事长: the post held
    ]
)
_FUNCTION_FLAGS = ("p", "c", "u", "r", "d", "m", "q", "t", "a", "uj", "ul", "uz", "ug", "ud", "y", "e", "o")
_MODERN = frozenset({"现代", "当代"})
"""Time words (t) that name an age, not a time: 玉成|现代|农机专业合作社, 现代农业产业园 (目前, 今年 end a name)."""
_NUMBERED_BODIES = frozenset({"医院", "中学", "小学", "研究所", "工厂", "厂", "部队", "信箱"})
"""Bodies a place numbers (北京301医院); no count stands before them."""


_ENDS_IN_A_TITLE = LazyPattern(f"(?:{PERSON_TITLE.pattern})$")
_NAME_BREAK = re.compile(rf"[{NAME_BREAKS}\n\s]")


_RELATING_LAST = frozenset("离距向就对给把被往")
"""Characters of distance and prepositions that end no word of a name before its suffix (家离学校 is "home is
far from school", 巡察组向区政府: jieba glued the preposition to the word before it, 组向)."""
_INSPECTING = frozenset({"调研", "视察", "督查", "督导"})
"""Verbs of inspecting a body, which the walk does not take into the name of the body inspected."""


def name_ending_at(ctx: Context, end: int, suffix_length: int, limit: int = 24) -> str:
    """The organisation name that ends at `end`, walking jieba tokens back from the suffix."""
    window = ctx.text[max(0, end - limit) : end]
    window = _NAME_BREAK.split(window)[-1]
    tokens = ctx.pos(window)
    tags = jieba_tags()
    kept: list[str] = []
    length = 0
    joined_at = 0  # how many words were kept when a 和 inside the name was crossed
    field_before_and = -1
    crossed_a_body = False  # a department names one body above it (市委|宣传部), not a chain of them
    stationed_by = False  # 省能源局|驻|…村工作队: the team a body keeps in a village is the body's, one name
    token_start = end  # where the token the walk reads starts in the text
    for index in range(len(tokens) - 1, -1, -1):
        word, flag = tokens[index]
        token_start -= len(word)
        if kept and len(word) == 2 and a_conjunction_read_as_a_county(ctx.text, token_start):
            kept.append(word[1:])  # 蓝天救援队|和县|红十字救援队: the conjunction, then the county's own level
            break
        if kept and kept[-1] in ("市", "省") and len(word) >= 3 and word[-1] in "区县镇乡":
            break  # 源汇区|市|体委: a district before the city's body names where, not whose
        if (
            kept
            and len(word) == 1
            and (index == 0 or flag in ("v", "p", "c", "d"))  # 下面|高|乡政府: a township's name jieba cut up
            and kept[-1][:1] in COUNTY_AND_ABOVE  # 杨|镇政府: a town's name of one character
            and ORG_SUFFIX.fullmatch(kept[-1][1:])
            and not is_division(word, kept[-1][0])
        ):
            break  # 报|市委书记专题会议: one character before a body that opens with its level is no place's name
        if kept and word == "驻" and index > 0 and ends_as_a_body(tokens[index - 1][0]) and not stationed_by:
            kept.append(word)
            length += len(word)
            stationed_by = True
            continue
        if kept and word in _STRETCHES:
            break  # 八宝湖桥段|希母生物制剂厂: the stretch of a river or a road where the works stands (工务段 is a body)
        if (
            kept
            and len(word) == 1
            and flag in ("q", "m")
            and len(kept[-1]) == 1
            and tokens[index + 1][1] in ("ng", "g")
            and index > 0
            and is_place(tokens[index - 1][0])
        ):
            kept.append(word)  # 西盟|天|源|咖啡…合作社: a bound character needs the one before it (天源)
            length += len(word)
            continue
        if (
            kept
            and flag == "m"
            and not all(ch in CHINESE_NUMERAL for ch in word)
            and len(kept[-1]) == 1
            and kept[-1] not in DIVISION_LEVELS
            and all_han(word)
            and ctx.count(word + kept[-1]) >= 2
        ):
            kept.append(word)  # 组建|八步|沙|集体林场…八步沙林场: a name that opens like a count, written again
            length += len(word)
            continue
        if kept and length >= suffix_length and _place_or_ordinal_in_a_name(tokens, index, kept[-1]):
            kept.append(word)  # 屯留|区委 (屯留区), 常德市|第一|人民医院: jieba cut a place or a number out
            length += len(word)
            continue
        if kept and length >= suffix_length:
            single_adjective = flag == "a" and len(word) == 1  # 新 in 宏达新材料, 大 in 大地
            if single_adjective and index > 0 and tokens[index - 1][1] == "v" and len(tokens[index - 1][0]) == 2:
                break  # 发挥|好|农业银行: the verb's complement (do it well), then the body
            # 正茂 (guessed `a` by the HMM): a word the dictionary does not know, before a suffix, is a name
            unknown = (
                len(word) >= 2
                and (tags.get(word) is None or _numeral_without_a_number(word, flag))
                and all_han(word)
                and not _glued_to_the_word_before(tokens, index)
                # 后在|中国人民大学: a whole name the dictionary knows needs no unknown word before it
                and tags.get("".join(reversed(kept))) != "nt"
            )
            if len(word) >= 2 and word[-1] in GLUED_CONJUNCTIONS and tags.get(word) is None:
                break  # 副局长弋柱|岚及|指挥中心: jieba glued the conjunction to the name of a person before it
            if word in _INSPECTING and not _DEPARTMENT.search("".join(reversed(kept))):
                break  # 园区|调研|指导|派出所: inspecting a body (督查办公室, 调研部 are offices of that name)
            if len(word) > 2 and word[-2:] in STOP_WORDS and flag[:2] not in ("nt", "ns", "nr", "nz"):
                break  # 充分利用|医院: a set phrase that ends in a verb taking the body as its object
            if unknown and word[-1] in _RELATING_LAST:
                break  # 的家离|学校, 姚某淑就|区委党校: a noun glued to a verb or preposition relating it to the body
            if unknown and kept[-1] not in STOP_WORDS and word not in STOP_WORDS:
                kept.append(word)
                length += len(word)
                continue
            if index == field_before_and:
                kept.append(word)  # 卫生|和|计划生育: the first field, whatever the tagger calls it
                length += len(word)
                continue
            if zone_ending_cut_off(word, kept[-1]):
                kept.append(word)  # 郴州|经|开区|管委会: jieba read the zone's first character as a preposition
                length += len(word)
                continue
            if _abbreviation_after_a_place(tokens, index, kept):
                kept.append(word)  # 湖南省|住|建厅: the first character of 住建 (housing and construction)
                length += len(word)
                continue
            if word in ("和", "及", "与") and not joined_at and _joins_two_nouns(tokens, index, kept[-1]):
                joined_at, field_before_and = len(kept), index - 1
            elif word in STOP_WORDS or (
                flag.startswith(_FUNCTION_FLAGS)
                and flag not in ("nz", "nt", "an")  # 安全(an)|环保部: an adjective used as a noun names a field
                and not _a_field_before_a_ministrys_ending(tokens, index, kept)
                and not single_adjective
                and not _brand_after_a_place(tokens, index, kept[0])
                and word not in _MODERN
                # 东莞|隆回(t)|商会: a county by its name alone, which jieba reads as a time word; 上海市|大同(d)|
                # 中学, 大足(d)|日报: a city's or a district's name jieba reads as an adverb
                and not (len(word) >= 2 and flag in ("t", "d") and any(is_division(word, level) for level in "县市区"))
            ):
                if word not in "（）()":
                    break
            if _clause_phrase(word, flag) and not _a_trade_phrase(word, kept[0]):
                break  # 认真落实|省委, 非常感谢|党委: a state word, or an idiom that ends in a verb, is the clause
            if word in _DIRECTING and index > 0 and ends_as_a_body(tokens[index - 1][0]):
                break  # 水利部|指导|珠江水利委员会: one body directing another (就业指导中心 is one body)
            if flag == "v" and SAYING_VERB.fullmatch(word):
                break  # 老陈|告诉|华商报: a verb of saying or telling takes the paper as its object
            if flag == "v" and (index + 1 >= len(tokens) or tokens[index + 1][1] != "nz") and word not in places():
                # 宕昌县|法院: jieba may tag a county it barely knows as a verb; the gazetteer knows it
                if not _nominalised_verb(tokens, index) and not _brand_after_a_place(tokens, index, kept[0]):
                    break
            if PERSON_TITLE.fullmatch(word) and not split_place_suffix(tokens, index) and word not in GROUP_ROLES:
                break  # 赛迪方略总经理|兼县域经济研究中心: a person's title ends the name before it (a group's
                # role names the public a body serves: 群众艺术馆, 游客服务中心, 干部学院)
            if len(word) >= 3 and _ENDS_IN_A_TITLE.search(word):
                break  # 县委书记|身系|战局: a post read as one word with its body is a person, not a name's part
            # 花山|中心|法庭: a bare 中心 names which one; 市中心|人民医院, the city's central hospital
            if word.endswith(CONGRESSES) and kept[-1][:1] in COUNTY_AND_ABOVE:
                break  # 市人大|市政府: the congress, then the government by its level (县人大|常委会 is one body)
            if ends_as_a_body(word) and word.lstrip(COUNTY_AND_ABOVE) != "中心":
                if _within_its_parent(word, kept) or (stationed_by and kept[-1] == "驻" and not crossed_a_body):
                    pass  # 浙江大学|医学院|附属|第二医院: an affiliate names its parent, a school its university
                elif (crossed_a_body and not _police_above_its_branch(word, kept)) or not _part_of_the_body(word, kept):
                    break  # 龙岩市委|市政府: the token before is itself an organisation
                crossed_a_body = True
            if plays_a_part(word, flag) and length > suffix_length:
                break  # 主承销商|浦发银行, 合作方|…公司: a role in apposition before the name
        kept.append(word)
        length += len(word)
    kept.extend(_characters_read_apart(tokens, len("".join(kept))))
    # 文化和旅游部 (旅游部 one word), 住房和城乡建设部 (城乡|建设|部): a ministry of two fields
    second = "".join(reversed(kept[:joined_at]))
    ministry = joined_at and (kept[joined_at - 1].endswith("部") or second.startswith(_SECOND_FIELDS))
    first_word = next((word for word in reversed(kept) if word not in "（）()"), "")  # （区文化…: not the bracket
    if joined_at and not ministry and not _starts_at_a_place_or_body(first_word):
        kept = kept[:joined_at]  # 农户和合作社: two things named, not a ministry of two fields
    name = "".join(reversed(kept))
    if name.startswith(_BARE_BRANCHES) and name.endswith("派出所"):
        name = name[next(len(bare) for bare in _BARE_BRANCHES if name.startswith(bare)) :]  # 高新|分局东湖派出所
    if name.count("（") != name.count("）"):
        name = name[name.find("）") + 1 :] if "）" in name else name.lstrip("（(")
    at = end - len(name) - 1
    alone = next((flag for position, word, flag in ctx.words(at - 3, at + 2) if position == at and len(word) == 1), "")
    return with_its_townships_first_character(ctx.text[at : at + 1], alone, name) if alone else name


_BARE_BRANCHES = ("公安分局", "公安局", "分局")
"""A police branch named by its kind alone, where the walk stopped before its zone's name (高新|分局): the
station after it is named whole without it."""
_SECOND_FIELDS = ("城乡建设", "信息化", "社会保障", "改革", "规划", "旅游", "计划生育", "体育", "广播电视")
"""The second field of the ministries and bureaus named by two joined with 和 (住房和城乡建设部, 工业和信息化部,
人力资源和社会保障局, 发展和改革委员会, 自然资源和规划局): a department named after what it manages is one
body (景区管理部), and 游客和景区管理部 two things."""


_RARE_NAME_RUN = 3


_COMMON_CHARACTERS = 1000
"""How many of the characters jieba's dictionary uses most count as common: the rarer ones name places
and brands jieba does not know."""


@lru_cache(maxsize=1)
def _common_characters() -> frozenset[str]:
    return frozenset(character for character, _ in character_counts()[:_COMMON_CHARACTERS])


def _characters_read_apart(tokens: tuple[tuple[str, str], ...], taken: int) -> list[str]:
    """盐|灶|背|小学, 稔|山|中心幼儿园, 桃|佰|园|食品有限公司: a village's or a brand's name of characters jieba
    does not know comes apart into single characters of any tag; two or three of them right before the
    name, none a character of the sentence around it, after a word of two or more or a mark, are its start.
    Returned closest first, as the walk keeps words."""
    index, left = len(tokens), taken  # the tokens the walk kept, counted back from the end
    while index > 0 and left > 0:
        index -= 1
        left -= len(tokens[index][0])
    run: list[str] = []
    adverb = False  # 龙陵县|极|咖|咖啡专业合作社: a character jieba reads as an adverb, kept only after a place
    while index > 0 and len(run) < _RARE_NAME_RUN:
        word, flag = tokens[index - 1]
        if len(word) != 1 or not all_han(word) or word in NOT_A_NAMES_CHARACTER or word in STOP_WORDS:
            break
        if flag.startswith(("p", "c", "u", "r", "t")) or word in "后前上下里内外":
            break  # 后|经|村委: a direction word and a preposition, the clause before the body (中天 is a name)
        if flag.startswith("d"):
            if index < 2 or not is_place(tokens[index - 2][0]):
                break
            adverb = True
        run.append(word)
        index -= 1
    if adverb and not (index > 0 and is_place(tokens[index - 1][0])):
        return []
    before, before_flag = tokens[index - 1] if index > 0 else ("", "")
    if (len(run) < 2 and not adverb) or (len(before) == 1 and all_han(before) and before not in NOT_A_NAMES_CHARACTER):
        return []  # one character is a word's end as often as a name's start; a fourth, the run is the sentence
    if not adverb and all(character in _common_characters() for character in run):
        return []  # 人|找|村两委: the commonest characters are the sentence; a rare one (灶, 稔, 佰) marks a name
    if before_flag == "ns" or is_place(before):
        run.append(before)  # 长春|净|月|高新区: the city the zone is named under
    return run


def _a_field_before_a_ministrys_ending(tokens: tuple[tuple[str, str], ...], index: int, kept: list[str]) -> bool:
    """卫生|健康|委: a field jieba reads as an adjective, right before a government body's one-character
    ending, after another field."""
    word, flag = tokens[index]
    return (
        flag == "a"
        and len(word) == 2
        and len(kept) == 1
        and kept[0] in ("委", "局", "厅", "办", "部", "署")
        and index > 0
        and tokens[index - 1][1] in ("n", "an", "vn")
    )


def _numeral_without_a_number(word: str, flag: str) -> bool:
    """大张|小学: a word tagged as a numeral that holds no digit nor numeral (a sheet's 大张) is a name there;
    多家, 几个, 每名 count."""
    return flag == "m" and word[0] not in "多几数每各半" and not any(c in CHINESE_NUMERAL or c.isdigit() for c in word)


_NOUN_FLAGS = ("n", "vn", "nz")
# what one body does to another named after it, words the dictionary files as nouns
_DIRECTING = frozenset(
    {"指导", "协同", "督促", "指派", "责成", "带领", "牵头", "配合", "协助", "支持"}
)  # 联合 is a stop word
# a department or office inside a body: 市委|宣传部, 市政府|办公室, 工信部|科学技术委员会
_DEPARTMENT = re.compile(r"(?:部|办|办公室|办公厅|委员会|局|处|科|司|中心|站|大队|支队|中队)$")
_HAS_DEPARTMENTS = re.compile(r"(?:委|政府|政协|人大|常委会|部|局|厅|开发区|高新区|新区|园区)$")
_OF_A_JURISDICTION = re.compile(
    r"(?:人民)?(?:法院|检察院)|(?:公安)?分局|公安局|派出所|法庭|管委会|管理委员会|税务局|市场监督管理局"
)
_LEGAL_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "公司", "股份公司")
_ASSOCIATIONS = ("协会", "学会", "联合会", "研究会", "促进会", "联盟")
CONGRESSES = ("人大", "政协")
"""The people's congress and the consultative conference, bodies of their own by these short names, which
no organisation's ending lists (市人大代表 is a deputy, not a body)."""


_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}")


def _glued_to_the_word_before(tokens: tuple[tuple[str, str], ...], index: int) -> bool:
    """听|完乡|纪委: the unknown word's first character ends the word before it (听完, to finish hearing), so
    it is no name's first character."""
    return index > 0 and jieba_tags().get(tokens[index - 1][0] + tokens[index][0][0]) is not None


def _clause_phrase(word: str, flag: str) -> bool:
    """A state word (认真落实) or an idiom or set phrase whose last word is a verb or an adverb (非常感谢,
    紧紧围绕) says what is done to a body; an idiom naming a thing (大气污染|防治) may be a body's field."""
    tags = jieba_tags()
    if len(word) == 4 and tags.get(word[:2]) in ("ad", "d") and tags.get(word[2:]) == "v":
        return True  # 为|充分发挥|医院作为: an adverb and a verb, whatever the dictionary tags the four
    return flag == "z" or (flag in ("i", "l") and tags.get(word[-2:]) in ("v", "d", "a", "ad"))


def _a_trade_phrase(word: str, suffix: str) -> bool:
    """能源开发|有限公司: before a company's legal form, a set phrase that opens with a noun (a thing and
    what is done with it) is the company's trade, not the clause's deed (全面落实|自治区党委 is)."""
    return suffix.endswith(_LEGAL_FORMS) and jieba_tags().get(word[:2]) in ("n", "nz", "j")


def _place_or_ordinal_in_a_name(tokens: tuple[tuple[str, str], ...], index: int, after: str) -> bool:
    """A place whose level character jieba joined to the body after it (屯留|区委: 屯留区 and its 区委), or
    an ordinal after a place (常德市|第一|人民医院): both are inside the name, whatever jieba tags them."""
    word = tokens[index][0]
    if len(word) >= 2 and after[0] in DOWN_TO_TOWNSHIP and is_division(word, after[0]):
        return True  # 屯留|区委 too: a county made a district after the list of divisions was written
    if word.isascii() and word.isdigit() and len(word) <= 4 and after in _NUMBERED_BODIES:
        return index > 0 and is_place(tokens[index - 1][0])  # 北京|301|医院: a place's hospital by its number
    # 常德市|第一|人民医院, 医学院附属|第二|医院: an ordinal after a place, or after 附属 (affiliated)
    return (
        _ORDINAL.fullmatch(word) is not None
        and index > 0
        and (
            is_place(tokens[index - 1][0])
            or tokens[index - 1][0]
            in ("市", "县", "区", "州")  # 襄阳|市|第一|人民医院, 市|第一|中学: the level read apart
            or tokens[index - 1][0] == "附属"
            # 中山大学|第三|附属|医院: a university's third affiliated hospital
            or (after == "附属" and ends_as_a_body(tokens[index - 1][0]))
            # 中国建筑|第八|工程局: a group's numbered bureau, the group named by a noun before the number
            or (tokens[index - 1][1] in ("n", "nz", "nt", "j") and ends_as_a_body(after))
        )
    )


def _abbreviation_after_a_place(tokens: tuple[tuple[str, str], ...], index: int, kept: list[str]) -> bool:
    """The first character of a short name right after a place (湖南省|住|建厅, 石门县|所|街|乡|卫生院:
    住建, 所街乡), close before the body's ending."""
    word = tokens[index][0]
    if word in STOP_WORDS or index == 0 or len(kept) > 3 or sum(map(len, kept)) > 6:
        return False
    return starts_a_short_name(tokens[index - 1][0], word)


def _brand_after_a_place(tokens: tuple[tuple[str, str], ...], index: int, suffix: str) -> bool:
    """浙江|可信|竹木有限公司: a registered company's name is its place, a brand in any word (可信,
    credible; 新, new) and its trade; a verb or an adjective right after a place or a proper word jieba
    guessed (瑞兴|阻燃科技) is the brand there."""
    word, flag = tokens[index]
    return (
        suffix.endswith((*_LEGAL_FORMS, "集团"))
        and flag[:1] in ("v", "a", "d")  # 重庆|高速|集团: the dictionary files 高速 as an adverb
        and len(word) <= 2
        and word not in STOP_WORDS
        and index > 0
        and (is_place(tokens[index - 1][0]) or tokens[index - 1][1] in ("ns", "nz"))  # 山东|瑞兴|阻燃: a proper word
    )


def ends_as_a_body(word: str) -> bool:
    """市政府, 旅游局, 纱帽中学: the word ends with an organisation's ending, as a body's name does."""
    found = ORG_SUFFIX.search(word)
    return found is not None and found.end() == len(word)


_UNIT_OF = {
    "监委": ("纪委",),
    "法庭": ("法院",),
    "党校": ("委",),
    "集团": ("日报", "晚报", "报社"),
    "支行": ("银行",),
    "分行": ("银行",),
    "支公司": ("公司",),  # 中国人寿财产保险股份有限公司|建始县支公司: the insurer's county branch
    "分公司": ("公司",),
    "分会": ("商会", "协会", "学会", "总会", "联合会"),  # 贵州商会|照明分会: the chamber's branch
    "派出所": ("分局", "公安局"),  # 渝中区分局|大阳沟派出所: the branch bureau's police station
}


def _within_its_parent(word: str, kept: list[str]) -> bool:
    """医学院|附属…医院, 清华大学|五道口|金融|学院: the body before 附属 (affiliated to) is the parent the
    name goes on to, a university's school and hospital are named after the university, and a works'
    school after the works."""
    if word.endswith(("厂", "矿")) and kept[-1] in _SCHOOLS:
        return True  # 西厂|小学, 煤矿|中学: the works' own school, named after it
    if word.endswith(("大学", "医学院")) and any(part.endswith("医院") for part in kept):
        return True  # 武汉大学|人民医院, 四川大学|华西医院: the university's hospital, named after it
    if (
        kept[0] in BRANCHES
        and len(kept) <= _BRANCH_PLACE_WORDS + 1
        and word.endswith(("院", "行", "公司", "会", "局", "集团"))
    ):
        return True  # 广东省中医院|珠海|分院: a branch, where it is, then the body it is a branch of
    return kept[-1] == "附属" or (word.endswith("大学") and any(part.endswith("学院") for part in kept))


_SCHOOLS = frozenset({"小学", "中学", "学校", "幼儿园", "子弟学校"})
_BRANCH_PLACE_WORDS = 2


def _police_above_its_branch(word: str, kept: list[str]) -> bool:
    """重庆市公安局|渝中区分局|大阳沟派出所: a city's police, its district branch and the branch's station,
    named as one chain (the one body crossed twice)."""
    head = "".join(reversed(kept))
    return word.endswith("公安局") and "分局" in head and head.endswith("派出所")


def _part_of_the_body(word: str, kept: list[str]) -> bool:
    """Whether the body named by `word` is part of the name kept after it rather than beside it: a
    company's legal form after its group (集团|有限公司), a department of a committee or government
    (市委|宣传部), or a body used as a modifier (银行|间市场)."""
    head = "".join(reversed(kept))
    if head in _LEGAL_FORMS:
        return True
    if word.endswith("集团") and (form := next((f for f in _LEGAL_FORMS if head.endswith(f)), None)):
        if is_place(head.removesuffix(form)):
            return True  # 福耀集团|长春有限公司: the group's company in a city, registered under the group's name
    if head in _ASSOCIATIONS and not _DEPARTMENT.search(word) and not _HAS_DEPARTMENTS.search(word):
        return True  # 中国博物馆|协会, 省医院|协会: an association of bodies of that kind, one name
    unit = next((kind for kind in _UNIT_OF if head.endswith(kind)), None)
    if unit is not None and word.endswith(_UNIT_OF[unit]):
        # 人民法院|花山法庭, 区委|党校, 贵州日报|报业集团: a body's own tribunal, school or group; 纪委|监委, the
        # discipline commission and the supervisory commission that sits with it, one body
        return True
    if len(kept[-1]) == 1 and kept[-1] in "间内":
        return True
    if ZONE.search(word) and _OF_A_JURISDICTION.fullmatch(head):
        return True  # 镇江市开发区|人民法院: a zone is the court's, the police's or the tax office's jurisdiction
    department = _DEPARTMENT.search(head)
    if department is None or _HAS_DEPARTMENTS.search(word) is None or head.endswith("公司"):
        return False  # 工业园区|长山米业有限公司: a company in a park or a zone is its own body, no department
    # 县政府|中心工作: a bare 中心 or 部 after a government is another word; its office (办公室, 办公厅) is its own
    return department.start() > 0 or head in ("办公室", "办公厅", "办")


def _joins_two_nouns(tokens: tuple[tuple[str, str], ...], index: int, after: str) -> bool:
    """文化|和|旅游局, 农业|和|农村委员会: 和 between two common nouns of two characters or more, neither
    a body of its own (市委|和|市政府 names two bodies)."""
    if index == 0:
        return False
    before, flag = tokens[index - 1]
    return (
        len(before) >= 2
        and flag in _FIELD_FLAGS
        and len(after) >= 2
        and not ends_as_a_body(before)
        and not is_place(before)
        and (jieba_tags().get(after) in _FIELD_FLAGS or _field_filed_as_a_place(after))
    )


def _field_filed_as_a_place(word: str) -> bool:
    """湖泊 (lakes): a common noun the dictionary tags as a place name, which no list of places holds,
    is a field a bureau is named after (水利和湖泊局)."""
    return jieba_tags().get(word) == "ns" and word not in places() and word[-1] not in DIVISION_LEVELS


# the fields a ministry is named after: nouns, 卫生/an, 计划生育/l
_FIELD_FLAGS = (*_NOUN_FLAGS, "an", "l")


_COUNT_AHEAD = re.compile(rf"[近约逾超上数]?[\d{CHINESE_NUMERAL}万几多]")


def _nominalised_verb(tokens: tuple[tuple[str, str], ...], index: int) -> bool:
    """污染|防治 in 四川省大气污染防治工作领导小组办公室: a verb after its object noun, with only nouns
    back to the place the name starts at, is part of the name (a verb before a place, 支持|合作社, is not)."""
    if index + 1 < len(tokens) and _COUNT_AHEAD.match(tokens[index + 1][0]):
        return False  # 马集镇|聚集|近千家|石材加工厂: a verb whose object is counted is the clause's own
    if tokens[index][0] in _VERBS_OF_ACHIEVING:
        return False  # 贫困村|实现|合作社全覆盖: achieving or setting up is what the subject does, no body's trade
    if len(tokens[index][0]) == 2 and _TRADE_COOPERATIVE.fullmatch("".join(word for word, _ in tokens[index + 1 :])):
        return True  # 甘肃华种型科|种植|农民专业合作社: the trade a cooperative plies, whatever its brand (加入|合作社: no 专业)
    back = index - 1
    if back >= 0 and tokens[back][1] == "v" and len(tokens[back][0]) >= 2:
        back -= 1  # 国库|集中|支付|中心: two verbs of the trade (centralised payment) after its object
    after_verbs = back
    while back >= 0 and (
        (tokens[back][1] in (*_NOUN_FLAGS, "i", "l") and len(tokens[back][0]) >= 2) or tokens[back][1] == "h"
    ):  # 非|物质|文化遗产|保护: a prefix belongs to the noun after it
        if after_verbs < index - 1 and (_A_UNIT.search(tokens[back][0]) or ends_as_a_body(tokens[back][0])):
            return False  # 消防大队|接到|指挥中心: a body before two verbs does the first (南海公安分局|指挥中心 is its own)
        back -= 1
    if back == after_verbs == index - 1 and back >= 0 and index + 1 < len(tokens) and not is_place(tokens[index][0]):
        # 青山|种植|专业|合作社, 惠民|养殖|合作社: a brand, then the trade it works at, then the kind of body
        brand, flag = tokens[back]
        # not a person's full name, nor a division doing something (漳州市|支持|农民合作社)
        named = (flag in ("ns", "nz") and brand[-1] not in DIVISION_LEVELS) or (flag == "nr" and len(brand) == 2)
        return len(brand) >= 2 and named and tokens[index + 1][1] in _NOUN_FLAGS
    return back < after_verbs and back >= 0 and (tokens[back][1] == "ns" or is_place(tokens[back][0]))


_A_UNIT = re.compile(r"(?:大队|中队|支队|小组|队)$")
_VERBS_OF_ACHIEVING = frozenset(
    {"实现", "推进", "加快", "带动", "成立", "加入", "引进", "组建", "创建", "打造", "建成", "获得", "形成", "达到"}
)
_TRADE_COOPERATIVE = re.compile(r"(?:农民)?专业合作社(?:联合社)?")


def _starts_at_a_place_or_body(word: str) -> bool:
    """江苏省政协, 泉州市: where a ministry's or committee's name begins."""
    if word in ("国家", "中央", "中华"):
        return True  # 国家发展和改革委员会: the nation is where a ministry's name begins
    if word in BARE_LEVELS:
        return True  # 县文化和旅游局, 市住房和城乡建设局: the article's own county's or city's bureau
    return jieba_tags().get(word) == "nt" or opens_with_a_place(word)


_LONG_STOP_WORDS = tuple(sorted((word for word in STOP_WORDS if len(word) >= 2), key=len, reverse=True))
_NAMES_OF_THINGS = ("nt", "ns", "nz", "nr", "j")  # 联合国 opens with 联合 and is a name itself
_DIRECTIONS = frozenset("上下")
# 24.6|万元对|洲湾村图书馆: the sum spent on it and the preposition after it, read back into the name (万家乐,
# 元气森林 and 向家坝 open names: only the sum with a preposition after it is stripped)
_MONEY_BEFORE = re.compile(r"^[万亿]?元[对向把给为在从](?=[^\W\d_]{4})")


def without_leading_function_word(ctx: Context, name: str) -> str:
    """使县委 → 县委, 离长庆镇政府 → 长庆镇政府, 了彰教工业园区 → 彰教工业园区: a verb, preposition,
    pronoun or particle of one character that the walk back took along is not part of the name."""
    tokens = ctx.pos(name)
    while (
        len(tokens) > 1
        and len(tokens[0][0]) == 1
        and tokens[0][1][:1] in ("v", "p", "r", "d", "c", "t", "u")
        # 稔|山中心幼儿园: a character the dictionary files as no word of its own (zg) begins a rare name
        and (jieba_tags().get(tokens[0][0]) or "")[:1] in ("v", "p", "r", "d", "c", "t", "u")
    ):
        name = name[1:]
        tokens = tokens[1:]
    if len(tokens) > 1:
        first = tokens[0][0]
        glued = next((word for word in _LONG_STOP_WORDS if first.startswith(word) and len(first) > len(word)), "")
        if glued and jieba_tags().get(first) not in _NAMES_OF_THINGS:
            name = name[len(glued) :]  # 感谢电|商|协会: jieba glued the verb to the name's first character
        elif first in _DIRECTIONS and (tokens[1][1] == "ns" or is_place(tokens[1][0])):
            name = name[1:]  # 坐上|日喀则地委: a verb's direction before a place that opens the name
        elif len(first) == 2 and first[0] in COMING_OR_GOING and jieba_tags().get(first) is None:
            name = name[1:]  # 来助|餐中心: jieba made a word of the verb and the name's first character
    name = _MONEY_BEFORE.sub("", name)
    particle = next((at for at, character in enumerate(name[:3]) if character in "的了着"), None)
    if particle is not None and len(name) - particle > 4:
        # 在建|中的芦浦|隔岭敬老院, 参观|了信|发华|宇氧化铝有限公司: jieba glued the clause's particle to the name
        name = name[particle + 1 :]
    if len(name) > 3 and name[0] in "了着":
        name = name[1:]  # 得到|了市|人民医院: jieba glued the particle to the level after it; no name starts with one
    if len(name) > 3 and name[0] in "往向至" and name[1:3] and is_place(name[1:3]):
        name = name[1:]  # 发|往山东某某公司, 销|往广东: the direction of a verb of sending, then the place opening it
    for at in range(1, min(5, len(name) - 3)):
        if name[at - 1] in "后先再并又" and opens_with_a_place(name[at:]) and not opens_with_a_place(name):
            name = name[at:]  # 二审后|黑龙江省高级人民法院: "then", and what came before it, before the province
            break
    if len(name) > 3 and name[0] == "暨" and jieba_tags().get(name[:2]) is None:
        name = name[1:]  # 招聘会暨|东榆工业园区: "and also", glued to the name by jieba (暨南大学 is a name)
    return name.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ·•・")
