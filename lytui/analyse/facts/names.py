"""Organisations and places.

Organisations are found by their suffix (有限公司, 集团, 局, 委 …) extended to the left over jieba
tokens until a function word or verb; by lists that end in `等…企业`; and from titles, reporters and
the page's source. A short form is linked to its full name when the text uses a distinctive part of it
on its own (恒泰电气 ↔ 福建通用恒泰电气设备有限公司). Places are in `places.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import (
    BARE_LEVELS,
    MONGOLIAN_LEVELS,
    PROPER_TAGS,
    a_conjunction_read_as_a_county,
    inside_title_marks,
    is_division,
    is_place,
    jieba_tags,
    opens_with_a_place,
    places,
    without_former,
)
from lytui.analyse.facts.lists import list_before
from lytui.analyse.facts.measures import QUANTITY
from lytui.analyse.facts.org_cues import cued_organisations
from lytui.analyse.facts.org_walk import (
    CONGRESSES,
    ORG_SUFFIX,
    STOP_WORDS,
    SUFFIX_CONTINUES,
    ends_as_a_body,
    name_ending_at,
    without_leading_function_word,
)
from lytui.analyse.facts.people_bodies import FURNITURE
from lytui.analyse.facts.people_titles import TITLE as PERSON_TITLE
from lytui.analyse.facts.places import sumu_or_gacha_stem
from lytui.analyse.facts.provenance import FROM_META
from lytui.analyse.jieba_tables import WordTags, tables
from lytui.han import DIVISION_LEVELS, DOWN_TO_VILLAGE, HAN, LazyPattern, all_han, is_han
from lytui.model import OWN_MEDIA, Fact, occurrences

# Before 部 these make a direction or a part (西部, 内部, 干部, 全部), not a ministry or department.
_NOT_BEFORE_DEPARTMENT = set("东西南北中内外全干局本腹头胸背颈面腰腿足臂脸俱上下前后大根底顶尾")  # 颈部: the neck
# jieba's dictionary tags organisations nt, but also phrases (重大进展): kept when they end as
# organisations' names end.
_NT_ENDING_AT = re.compile(
    r"院|部|社|会|局|委|办|厅|署|行|所|司|队|团|党|组织|馆|台|报|军|府|校|中心|集团|公司|银行|机构|中央|联合国"
)  # 联合国: the one body of nations whose name ends as a country's does
_KIND_OF_BODY_AFTER = re.compile(
    rf"(?:等(?:\d+|[一二三四五六七八九十几]+)?[家个]?|(?:\d+|[一二三四五六七八九十几]+)家)"
    rf"(?P<between>[{HAN}\d]{{0,8}}?)(?:企业|公司|集团|单位|机构|银行|院校|高校|媒体)"
)
"""A list's kind after it: 等知名企业, 等8家外国媒体, 人民网、人民政协报5家中国主流媒体 (a count of 家 says
the items are bodies)."""
_KINDS_LISTED = ("企业", "单位", "机构", "基地", "大户", "农户", "主体")
_GENERIC_PARTS = ("有限", "公司", "集团", "股份", "责任")


_GROUP_IN_BRACKETS = re.compile(r"[（(]集团[）)]$")


def _whole_place_prefix(ctx: Context, start: int, name: str) -> tuple[int, str]:
    """`饶市住建局` after `上` is `上饶市住建局`: jieba split the place name at the boundary."""
    text = ctx.text
    known = places()
    if opens_with_a_place(name):
        return start, name  # 江苏省环保厅 after 从 already starts at a place: 从江 is a county, not its start
    if a_conjunction_read_as_a_county(text, start - 1):
        return start, name  # 蓝天救援队和|县红十字救援队: the conjunction, not 和县
    for back in (1, 2):
        head = text[max(0, start - back) : start]
        if len(head) == back and all_han(head):
            # a place that starts with `head` and goes on into the name: a few set look-ups, not a scan
            # of every place (there are thousands)
            if any(head + name[:size] in known for size in range(1, min(len(name), 14) + 1)):
                return start - back, head + name
    for back in (4, 3):
        head = text[max(0, start - back) : start]
        if (
            len(head) == back
            and all_han(head)
            and not re.match(_TOWNSHIP_LEVEL, name)
            and not any(ch in _NOT_IN_A_TOWNSHIPS_NAME for ch in head)
            and head in ctx.once("heads of townships", lambda: _heads_before_a_township_level(text))
        ):
            return start - back, head + name  # 乌兰毛都|边境派出所: a township the page names, which jieba cut
    if _TOWNSHIP_OPENED_BY_A_NUMERAL.match(text[max(0, start - 2) : start] + name[:3]):
        return start - 1, text[start - 1] + name  # 三|街镇蚂蝗箐村委会: jieba read 三街镇's 三 as a number
    return start, name


def _heads_before_a_township_level(text: str) -> frozenset[str]:
    """The three and four characters before each township's level in the text, read once per article."""
    return frozenset(
        text[m.start() - size : m.start()]
        for m in _A_TOWNSHIP_LEVEL.finditer(text)
        for size in (3, 4)
        if m.start() >= size
    )


_CORPS_DIVISION = re.compile("(?:新疆生产建设)?兵团第?[一二三四五六七八九十]{1,3}师")
_TOWNSHIP_LEVEL = "(?:苏木|嘎查|镇|乡|街道)"
_A_TOWNSHIP_LEVEL = re.compile(_TOWNSHIP_LEVEL)
_NOT_IN_A_TOWNSHIPS_NAME = frozenset("的了在到和与及是为把被将对从向这那该各每")
_TOWNSHIP_OPENED_BY_A_NUMERAL = re.compile(
    "[^第0-9一二三四五六七八九十几两][一二三四五六七八九十][^个座名位家处][镇乡]"
)
"""三街镇, 八角镇, 五里乡: a township whose name opens with a numeral, the numeral not counting anything."""


_WITH_CAMPUSES = ("大学", "学院", "医院", "研究院")
"""Bodies named with a campus or a branch's city in brackets after them (中国地质大学（武汉）); a zone's
bracket names the district it runs (武汉开发区（汉南区）), two bodies."""


def _holds_a_place(name: str) -> bool:
    """Whether a place the gazetteer knows stands anywhere in the name (a named body, not a kind)."""
    return any(is_place(name[at : at + size]) for at in range(len(name)) for size in (2, 3, 4))


def _body_ending_at(ctx: Context, end: int) -> str | None:
    """The body an office is stationed for, named whole before 驻 (南昌海关|驻抚州办事处): a body's ending
    right there, and the walk back from it, as for any body."""
    size = next(
        (size for size in range(_LONGEST_ENDING, 0, -1) if ORG_SUFFIX.fullmatch(ctx.text, max(0, end - size), end)), 0
    )
    if not size:
        return None
    name = name_ending_at(ctx, end, size)
    return name if len(name) > size else None


_LONGEST_ENDING = 6
_BODIES_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十几多]+)[个家所座支]$")
_CAMPUS_IN_BRACKETS = LazyPattern(rf"（(?P<place>[{HAN}]{{2,4}})）")
_EVEN_THEN = re.compile(r"[^，。；！？\n]{0,12}?[都也]")
"""连…都/也: "even", before what the clause says of it."""


def organisations(
    ctx: Context, extra: Iterable[tuple[str, int | None]], trusted: Iterable[str] = ()
) -> list[tuple[str, int | None, str]]:
    """(name, first offset or None, note) for every organisation, longest forms first. `extra` are
    names other steps found (the organisation before a person's title); `trusted` (the page's own
    source) are kept even when they look like a kind of organisation."""
    text = ctx.text
    tags = jieba_tags()
    found: dict[str, tuple[int | None, str]] = {}
    owners: set[str] = set()
    for m in ORG_SUFFIX.finditer(text):
        following = text[m.end() : m.end() + 1]
        if following and following in SUFFIX_CONTINUES.get(m.group(), ""):
            if not (m.group() == "商会" and text.startswith(_A_CHAMBERS_OWN, m.end())) and not (
                m.group() == "局" and text.startswith("部门", m.end())
            ):  # 市国土局|部门领导: the bureau's departments, where 局部 (partial) is no word
                continue  # 温州商会|议事会: the chamber's own council, not a meeting
        if m.group() == "商会" and text[m.start() - 1 : m.start()] == "会":
            continue  # 指挥所会商会: a meeting to consult (会商), no chamber of commerce
        if m.group() == "政府" and text.startswith("网", m.end()) and not text.startswith("网站", m.end()):
            continue  # 灌南政府网: a site of its own name (政府网站 is the government's website)
        if m.group() == "部" and text[m.start() - 1 : m.start()] in _NOT_BEFORE_DEPARTMENT:
            continue
        if m.group() == "署" and text[m.start() - 1 : m.start()] == "部":
            continue  # 部署, to deploy
        if m.group() == "委" and text[m.start() - 1 : m.start()] in ("常", "主"):
            continue  # 市委常委: a member of the standing committee, a post (its body is 常委会); 主委, its chair
        if (
            m.group() in _SCHOOL_KINDS
            and text[m.start() - 1 : m.start()] in _GOING_TO_SCHOOL
            and "、" not in text[max(0, m.start() - 3) : m.start() - 1]
        ):
            continue  # 在兰州上大学, 去成都读大学: to go to university somewhere (、坡上小学 is a school listed)
        if m.group() == "办" and (following in _OBJECT_OF_DOING or _BODY_RUN.match(text, m.end())):
            continue  # 办实事, 办手续, 办好, 领办合作社: the verb
        if _COUNTED_AFTER.match(text, m.end()):
            continue  # 立体种养生态农场3个, 合作社4个: a kind of body counted, none named
        if m.group() == "厅" and _ROOM.search(text, max(0, m.start() - 3), m.end()):
            continue  # 会客厅, 大厅: a room, not a provincial department
        if len(m.group()) == 1 and _word_not_a_name(text[max(0, m.start() - 2) : m.end()], tags):
            continue
        if len(m.group()) == 1 and _a_verb_ends_in(ctx, m.start(), m.end()):
            continue  # 找村两委|想办|低保: the ending is the last character of a verb (想办, 举办), no body's
        if len(m.group()) >= 2 and _suffix_read_across_words(ctx, m.start(), m.end()):
            continue  # 集中|学: 中学 is read across two words of the sentence
        name = name_ending_at(ctx, m.end(), len(m.group()))
        if m.group().endswith("公司") and (group := _GROUP_IN_BRACKETS.search(text, max(0, m.start() - 4), m.start())):
            # 中国建筑一局（集团）有限公司: the group in brackets between the name and its legal form
            head = name_ending_at(ctx, group.start(), 2)
            if len(head) >= 2:
                name = head + group.group() + m.group()
        name = without_leading_function_word(ctx, name)
        name = without_former(name)
        if name[:1] == "原" and ctx.count(name[1:3]) > ctx.count(name[:3]):
            name = name[1:]  # 将原|云生机砖厂…云生工业园: 原 (former) before a name the text also gives without it
        if name[:1] == "连" and name[1:2] in DIVISION_LEVELS and _EVEN_THEN.match(text, m.end()):
            name = name[1:]  # 连|村委会…都不够: "even" (连…都) before a bare level's body (连塘村委会 is a name)
        if len(name) - len(m.group()) < 2:  # 、三角|湖小学: the walk stopped at 三角, read as a number
            _, item = _whole_list_item(ctx, m.end() - len(name), m.end(), name)
            if not ends_as_a_body(item[: -len(m.group())]) and not item[: -len(name)].endswith(CONGRESSES):
                name = item  # not 县委、县政府|中心工作 (a body, then another word), nor 、市人大|市政府 (two bodies)
        level = text[m.start() - 1 : m.start()]
        county_school = bool(_NUMBERED_SCHOOL.fullmatch(m.group())) and level in _BARE_SCHOOL_LEVELS
        if county_school and not any(
            text[m.start() - 1 - size : m.start()] in places() for size in (1, 2, 3, 4) if m.start() > size
        ):
            name = level + m.group()  # 了以|县一中: the county's school, whatever words the walk took before it
        if (len(name) - len(m.group()) < 2 and not county_school) or (not name.endswith(m.group()) and len(name) < 4):
            continue  # 县一中 (the county's No. 1 middle school) is named by its level alone
        if PERSON_TITLE.fullmatch(name):
            continue  # 副政委: a post ending like a committee (委), held by the person after it
        start = m.end() - len(name)
        if text[start : m.end()] != name:
            continue
        counted = QUANTITY.search(text, max(0, start - 12), start + 1)
        if counted is not None and counted.end() == start + 1 and len(name) - len(m.group()) > 2:
            start, name = start + 1, name[1:]  # 50名|西安市中小学: the measure word of the number before it
        stem = name[: -len(m.group())]
        if (
            _NUMBERED_SCHOOL.fullmatch(m.group())
            and stem not in _BARE_SCHOOL_LEVELS
            and not any(_division_named(stem[-size:]) for size in (2, 3, 4))
        ):
            continue  # 晋城一中, 庆元(县)二中: the city's or county's school; 高一中 or 统一中 is nothing
        if (brand := _QUOTED_BRAND_BEFORE.search(text, max(0, start - 12), start)) and m.group().endswith(
            _LEGAL_ENDINGS
        ):
            # 山东“山里红”农业发展有限公司: the brand in quotation marks, and the place before it, open the name
            place = next((size for size in (3, 2) if text[brand.start() - size : brand.start()] in places()), 0)
            if not place and (owner := _body_ending_at(ctx, brand.start())) is not None:
                place = len(owner)  # 昌吉州畜牧兽医局“访惠聚”驻村工作队: the body whose team it is, named before
                found.setdefault(owner, (brand.start() - place, ""))
                owners.add(owner)  # a body of its own, though named only at the start of its team's name
            start, name = brand.start() - place, text[brand.start() - place : start] + name
        if name.startswith(MONGOLIAN_LEVELS) and (named_from := sumu_or_gacha_stem(text, start)) is not None:
            start, name = (
                named_from,
                text[named_from:start] + name,
            )  # 芒来|嘎查党支部: the gacha's name, which jieba cut
        start, name = _whole_place_prefix(ctx, start, name)
        start, name = _whole_list_item(ctx, start, m.end(), name)
        if text[start - 1 : start] == "驻" and not name.startswith(("驻",)):
            stationed_by = _body_ending_at(ctx, start - 1)
            if stationed_by is None:
                continue  # 该镇驻|广州办事处: the office of a body the text does not name here, no body of its own
            start, name = start - 1 - len(stationed_by), stationed_by + "驻" + name  # 南昌海关驻|抚州办事处
        if _BODIES_COUNTED_BEFORE.search(text, max(0, start - 6), start) and not _holds_a_place(name):
            continue  # 组建5个|驻外企业服务联络处: a kind of body counted, none named (一所|隶属于青海省… is the school)
        if (
            m.group().endswith(_WITH_CAMPUSES)
            and (campus := _CAMPUS_IN_BRACKETS.match(text, m.end()))
            and is_place(campus["place"])
            and not text.startswith(
                ("、", "等", "和", "与"), campus.end()
            )  # 浙江大学（杭州）、复旦大学（上海）: where each is
        ):
            name += campus.group()  # 中国地质大学（武汉）: the campus or branch by its city, part of the name
        found.setdefault(name, (start, ""))
    for start, site in _sites_of_a_place(text):
        found.setdefault(site, (start, ""))
    for m in _CORPS_DIVISION.finditer(text):
        found.setdefault(m.group(), (m.start(), ""))  # 新疆生产建设兵团第一师: the Corps and its division, one body
    for m in _MEDIUM_IN_TITLE_MARKS.finditer(text):
        if m["name"] not in OWN_MEDIA:
            found.setdefault(m["name"], (m.start("name"), ""))  # 《中访网》扬州3月6日讯: the site that filed it
    for name, start in _trade_names(ctx, tags):
        found.setdefault(name, (start, _TRADE_NOTE))
    spans = [(start, start + len(name)) for name, (start, _) in found.items() if start is not None]
    for word, start in _dictionary_organisations(ctx, tags):
        if not any(a <= start and start + len(word) <= b for a, b in spans):  # 商务局 in 龙岩市商务局
            found.setdefault(word, (start, "in the dictionary as an organisation"))
    listed: list[str] = []  # items of a list of companies: named by where they stand, in whatever words
    for name, start, note in cued_organisations(ctx):
        found.setdefault(name, (start, note))
        listed.append(name)
    for m in _KIND_OF_BODY_AFTER.finditer(text):
        between = ctx.pos(m.group("between"))
        # 等知名企业, 等上市企业: one verb alone before the kind says which companies (well-known, listed)
        lone_verb = len(between) == 1 and between[0][1] == "v" and len(between[0][0]) == 2
        if not lone_verb and any(flag.startswith(_NOT_IN_A_LIST_ITEM) and flag != "vn" for _, flag in between):
            continue  # 资金、土地改良等都得到了企业的帮助: what was done for the companies, not a list of them
        if (in_list := list_before(text, m.start(), 12)) is None:
            continue
        offset, items = in_list
        first = _after_a_verb(ctx, _after_connective(_without_leading_adverbs(ctx, items[0])))
        if first[:1] in "了着过" and len(first) > 2:
            first = first[1:]  # 目睹|了中节能、中粮: the verb's particle (修江源黄菊: a brand may open with a verb)
        offset += len(items[0]) - len(first)
        items[0] = first
        if all(_ordinary_words(ctx.pos(item), tags) for item in items):
            continue  # 下属净菜、旅游等多个子公司: trades the companies are in (a brand may be one: 金谷粮油)
        if not m.group().startswith("等") and (
            any(flag.startswith(("v", "m", "q", "u", "p")) for item in items for _, flag in ctx.pos(item))
            or any(is_place(item) or item[-1:] in DIVISION_LEVELS for item in items)
        ):
            continue  # 市、县干部挂钩联系|1500家重点企业, 城关镇、新华镇|12家企业, 县政府、县政协对|四家企业: a clause, or where they are
        placed: list[tuple[int, str]] = []
        for item in items[:-1]:
            placed.append((offset, item))
            offset += len(item) + 1
        placed.extend(_joined_pair(offset, items[-1]))  # 世纪青山和广青科技: the last two, joined by 和
        for item_at, item in placed:
            if text[item_at - 1 : item_at].isascii() and text[item_at - 1 : item_at].isalnum():
                continue  # 轨交4|号线: the item's name runs on over a figure, past where the list read it
            if 2 <= len(item) <= 8 and not item.endswith(_KINDS_LISTED):  # 蛋鸭养殖企业: a kind again
                found.setdefault(item, (item_at, "named in a list of companies"))
                listed.append(item)
    trusted = set(trusted)
    for name, at in extra:
        if (held := _after_another_title(name)) != name:
            at, name = (at + len(name) - len(held) if at is not None else None), held
        if name not in trusted and not _a_body_before_a_title(ctx, name):
            continue
        if name in trusted and (body := _without_a_verb_after(ctx, name)) != name:
            trusted.add(body)  # 环保部发布, 德州市广播电视台收集: the source line's verb after the body's name
            at, name = (ctx.text.find(body) if ctx.text.find(body) >= 0 else None), body
        if _A_VILLAGES_NUMBERED_GROUP.search(name):
            continue  # 南亢村富倮一组|村民: a village's group by its number places a villager, no body to copy
        if name and len(name) >= 2 and not _is_place_name(name) and name not in places():
            found.setdefault(name, (at, ""))  # 贵州|支书: the place a post is held for is no organisation
    # 人大常委会 inside 清水县人大常委会, from a person's title: the dictionary's word is part of a name
    spans = [(start, start + len(name)) for name, (start, _) in found.items() if start is not None]
    every_name = list(found)  # once: each trade name asks which longer names hold it
    found = {n: v for n, v in found.items() if not _inside_another(n, v, spans, text, every_name)}
    # 福州地铁集团 inside 福州地铁集团有限公司: at one position only the longest name is an organisation
    longest_at: dict[int, str] = {}
    for name, (position, _) in found.items():
        if position is not None and len(name) > len(longest_at.get(position, "")):
            longest_at[position] = name
    found = {
        n: v
        for n, v in found.items()
        if v[0] is None
        or longest_at[v[0]] == n
        or n in owners
        or not longest_at[v[0]].startswith(n)
        or _named_on_its_own(text, n, [o for o in found if o != n and o.startswith(n)])
    }
    ending_in = _longer_names_ending_in(found)
    found = {n: v for n, v in found.items() if v[0] is None or not _only_ever_the_end_of(text, n, ending_in.get(n))}
    source_names = set(trusted)
    registered = [name for name in found if name.endswith(_REGISTERED)] + listed
    candidates = [
        (name, start, note)
        for name, (start, note) in _after_furniture(ctx, found)
        if _WELL_FORMED.fullmatch(name)
        and not name.startswith(_THIS_PAPER)
        and not _a_numbered_session(ctx.text, name, start)
        and "+" not in name  # 党建+合作社: a model, not a body
        and not _a_person_doing(ctx, name)
        and not (start is not None and _INDEFINITE_BEFORE.search(ctx.text, max(0, start - 3), start))
    ]
    named = [c[0] in source_names or not _generic(c[0], tags, ctx.pos, registered) for c in candidates]
    result = [c for c, is_named in zip(candidates, named, strict=True) if is_named]
    doubtful = [c for c, is_named in zip(candidates, named, strict=True) if not is_named]
    result += _listed_beside_one_of_its_kind(text, doubtful, result)
    result.extend(_short_forms(ctx, [n for n, _, _ in result]))
    return result


# A name starts with a character or a capital (TCL集团, 3M公司) and holds only characters, Latin letters,
# digits and brackets: a bracket of the dateline (【本报), a dash or a slash of a credit (图/…), a
# lowercase letter glued on by a lost tag (h人大) or an unreadable character (�) is not part of it.
_WELL_FORMED = re.compile(
    rf"[{HAN}A-Z0-9][{HAN}A-Za-z0-9（）()·]*|[{HAN}]{{0,16}}“[{HAN}]{{2,6}}”[{HAN}A-Za-z0-9（）()·]+"
)
_QUOTED_BRAND_NAME = LazyPattern(rf"[{HAN}]{{0,16}}“[{HAN}]{{2,6}}”[{HAN}]+", needs=("”",))
"""山东“山里红”农业发展有限公司: a registered name with its brand in quotation marks, one name whole."""


_THIS_PAPER = OWN_MEDIA
_LEADING_CLAUSE_FLAGS = ("v", "p", "d", "c", "r", "ul", "uj")


# 与上海一家生物科技有限公司合作: "a company of that trade", which one the text does not say
_INDEFINITE_BEFORE = re.compile(r"(?:一家|一个|一所|一座|一支)$")


def _a_verb_ends_in(ctx: Context, start: int, end: int) -> bool:
    """Whether jieba reads the characters before `end` as a verb of two or more that ends there."""
    tokens = ctx.pos(ctx.text[max(0, start - 3) : end])
    return bool(tokens) and len(tokens[-1][0]) >= 2 and tokens[-1][1] == "v"


def _a_person_doing(ctx: Context, name: str) -> bool:
    """陈晨调研县经济开发区: a person the text names, then a verb, is a clause about the body (which the
    walk finds on its own), not its name; 邓小平纪念馆 names a body after a person, with no verb."""
    for size in range(2, min(len(name), 5)):  # names of people have two to four characters
        if name[:size] in ctx.people and ctx.pos(name[size:])[0][1].startswith("v"):
            return True
    return False


def _after_furniture(
    ctx: Context, found: dict[str, tuple[int | None, str]]
) -> Iterator[tuple[str, tuple[int | None, str]]]:
    """【本报讯, 〔自由时报, 图/基隆市政府: the name is what follows the page's furniture (a dateline's
    bracket, a credit's slash, a heading's dash) and the verb that took it as an object (来自大众日报,
    传达市委); each name once, at its first place."""
    seen: set[str] = set()
    for name, (start, note) in found.items():
        tail = name if _QUOTED_BRAND_NAME.fullmatch(name) else FURNITURE.split(name)[-1]
        pieces = [(len(name) - len(tail), tail)]
        if tail.count("（") > tail.count("）") and (bracket := tail.rfind("（")) > 0:
            # 荆楚网（湖北日报: a bracket left open holds a second name after the first
            pieces = [(pieces[0][0], tail[:bracket]), (pieces[0][0] + bracket + 1, tail[bracket + 1 :])]
            if tail[:bracket].endswith(("讯", "电")) or jieba_tags().get(tail[:bracket]) == "n":
                # 4月4日讯（福建日报: the dateline's "news of the 4th", before the paper; 纪委机关（监察厅: a common
                # noun the walk reached from the second name, the end of the first one's
                pieces = pieces[1:]
        for offset, piece in pieces:
            kept = _without_leading_verb(ctx, piece)
            at = None if start is None else start + offset + len(piece) - len(kept)
            if at is not None:
                at, kept = _from_a_word_edge(ctx, at, kept)
            if kept not in seen:
                seen.add(kept)
                yield kept, (at, note)


def _from_a_word_edge(ctx: Context, start: int, name: str) -> tuple[int, str]:
    """日月|潭风景区管理处: a name read from inside a word of the sentence begins where that word begins
    when the word is a place or a proper name (日月潭风景区管理处)."""
    text = ctx.text
    tags = jieba_tags()
    if not any(
        tags.get(text[start - before : start + after]) is not None
        for before in (1, 2, 3)
        for after in (1, 2, 3)
        if start >= before
    ):
        return start, name  # no word of the dictionary runs across the start: the sentence's words begin there
    for position, word, flag in ctx.words(start - 6, start + len(name)):
        if position < start < position + len(word):
            if a_conjunction_read_as_a_county(text, position):
                return start, name  # 救援队|和县|红十字救援队: the conjunction jieba read with the level after it
            if (flag in ("ns", "nt", "nz") or word in places()) and all_han(word):
                return position, ctx.text[position:start] + name
            return start, name
        if position + len(word) > start:
            break
    return start, name


_SESSION_NUMBER = re.compile(r"(?:第[\d一二三四五六七八九十百零〇]+|[\d一二三四五六七八九十百]+)[届次]$")


def _a_numbered_session(text: str, name: str, start: int | None) -> bool:
    """第十九次全国代表大会, 十八届人民代表大会: an assembly after its number is one sitting of it, an event
    the article dates, not a body it names."""
    return (
        start is not None
        and name.endswith(("大会", "会议"))
        and _SESSION_NUMBER.search(text, max(0, start - 8), start) is not None
    )


_PERIOD_FIRST = re.compile(
    r"[\d一二三四五六七八九十]*(?:月份|年度|季度|上半年|下半年|年底|年初|月底|月初)"
    r"|(?:几|[两三四五六七八九十]{1,2})(?:年|个月)(?!级)"  # 担任|几年|中共中央对外联络部…处长: how long
)


def _without_leading_verb(ctx: Context, name: str) -> str:
    """来自|大众日报, 传达|市委, 连带影响|大学: a verb, adverb or pronoun of two characters or more that
    opens the name is the clause around it, when what follows is a name of its own (four characters, or
    a level of government: 市委); 招商|银行 leaves only a kind behind and stays whole."""
    if (period := _PERIOD_FIRST.match(name)) and len(name) - period.end() >= 3:
        return name[period.end() :]  # 1-6月份|生态环境部, 10月份|党支部: the time the sentence is at
    tokens = ctx.pos(name)
    while len(tokens) >= 2:
        word, flag = tokens[0]
        rest = name[len(word) :]
        known_as = jieba_tags().get(word) or ""
        # 设置|郭河中学: a verb used as a noun opens the clause when a proper name follows it (建设|管理中心
        # is a kind of centre)
        nominal = flag == "vn" and tokens[1][1].startswith(("nr", "ns", "nz", "nt"))
        if (flag not in _LEADING_CLAUSE_FLAGS and not nominal) or not known_as.startswith(_LEADING_CLAUSE_FLAGS):
            break
        if _names_a_division(word, rest):
            break  # 屯留|区委, 宕昌县|人民医院: a county's name jieba read as a verb
        if len(word) == 1 and not known_as.startswith(_LEADING_FUNCTION_FLAGS):
            break  # 新|华社, 大|地: a lone character that may begin a name is kept
        if not (len(rest) >= 4 or (len(rest) >= 2 and rest[0] in DOWN_TO_VILLAGE)):
            break
        name, tokens = rest, tokens[1:]
    return _from_the_place_it_names(name, tokens)


def _names_a_division(word: str, rest: str) -> bool:
    """屯留 before 区委: the word and the level after it name a division; 宕昌县 names one with its level."""
    if len(word) >= 3 and word[-1] in DIVISION_LEVELS and word in places():
        return True
    return rest[:1] in BARE_LEVELS and is_division(word, rest[0])


# one character that never begins a name: a preposition (由, 在) or a particle (了); a verb may (修|江源)
_LEADING_FUNCTION_FLAGS = ("p", "c", "u")
# what a name is not made of before the place it starts at: words of the clause around it (a verb, a
# time, a direction, an idiom) and common nouns (企业|广州盈隆污水处理有限公司)
_CLAUSE_WORD_FLAGS = ("v", "p", "d", "c", "u", "r", "t", "f", "m", "l", "i", "a", "x", "n", "vn", "q", "eng", "zg")


def _from_the_place_it_names(name: str, tokens: Sequence[tuple[str, str]]) -> str:
    """协请|台东县大武警分局, 集中处理企业|广州盈隆污水处理有限公司: a name that holds a place starts at
    it, unless what stands before the place is a name too (民革|福建省委, 中国|地质大学): words of the
    clause or a common noun before it are the sentence the name stands in."""
    known = places()
    tags = jieba_tags()
    before = ""
    for word, flag in tokens:
        if flag == "ns" or word in known:
            if word[0] in DOWN_TO_VILLAGE:
                return name  # 天平|镇新马村: jieba cut the place's own level off the word before
            break
        if flag not in _CLAUSE_WORD_FLAGS or ORG_SUFFIX.search(word):
            return name  # a proper word or a body of its own
        if tags.get(word) is None and not flag.startswith("v"):
            return name  # a word the dictionary does not know may be a name; a guessed verb (协请) is not
        before += word
    else:
        return name
    if len(before) < 2:
        return name  # 修|江源黄菊, 市|城市管理行政执法局: one character before a place may begin the name
    rest = name[len(before) :]
    return rest if len(rest) >= 4 else name


_TRADE_NOTE = "a brand before its trade"
_FIELD_TRADES = "物流|燃气|航空|电子|食品|服饰|置业|地产|传媒|矿业|钢铁|水泥|陶瓷|纺织"
"""Trades that are fields of the economy too (冷链物流, 中国物流与采购联合会): a brand before one names a
company only where the company acts or the phrase ends."""
# the trades a company is known by after its brand (长丰化工, 文胜化工, 泰嘉光电)
_TRADE_NAME = re.compile(
    rf"(?P<brand>[{HAN}]{{2}})(?P<trade>机械化工|化工|药业|纸业|米业|光电|电器|建材|制药|乳业|酒业|电气|工贸|商贸|木业|{_FIELD_TRADES})"
    r"(?!企业|产品|项目|行业|产业|园|工业|材料|设备|工程|技术|专业)"
)
_BRAND_TAGS = (None, "ns", "nr", "nrt", "nz")


def _trade_names(ctx: Context, tags: WordTags) -> Iterator[tuple[str, int]]:
    """玉江|机械化工, 长丰|化工, 泰嘉|光电: a company named by a brand and its trade, with no 公司. The
    brand is a word of its own in the sentence (细化|工作 is not 一细化工) that the dictionary does not know
    or knows as a name or a place; an ordinary word before the trade (林业化工, 能源化工) is the trade's kind."""
    text = ctx.text
    for m in _TRADE_NAME.finditer(text):
        if tags.get(m["brand"]) not in _BRAND_TAGS:
            continue
        window = max(0, m.start() - 4)
        edges = {window} | {position + len(word) for position, word, _ in ctx.words(window, m.end() + 2)}
        if not {m.start(), m.start("trade"), m.end()} <= edges:
            continue
        field = re.fullmatch(_FIELD_TRADES, m["trade"]) is not None
        if (tags.get(m["brand"]) == "ns" or field) and not _acts_or_ends(ctx, m.end(), field):
            continue  # 浙江|纺织|服装出口, 冷链|物流|，: a province's trade or a field, not a company named after it
        yield m.group(), m.start()


def _acts_or_ends(ctx: Context, end: int, field: bool) -> bool:
    """四川航空“成都大运号”, 中国燃气计划…: a place and a trade are a company's name when the phrase ends there
    or the company does something next; a noun after them makes them that noun's kind. A field of the
    economy (冷链物流，) ends a phrase as often as a company does: only a quotation it opens, or a deed, tells."""
    text = ctx.text
    if end >= len(text) or not is_han(text[end]):
        return not field or text[end : end + 1] in ("“", "《", "（", "(")
    if field and text[end] in "与和及同跟":
        return False  # 中国物流|与采购联合会: two fields joined, the name of a body of both
    following = ctx.pos(text[end : end + 4])  # asked only of a place's or a field's trade, a few a page
    return bool(following) and following[0][1][:1] in ("v", "p", "c", "d")


def _suffix_read_across_words(ctx: Context, start: int, end: int) -> bool:
    """重点篇目集中|学: a suffix of two characters or more whose first character ends a word of the
    sentence (集中, to concentrate) is not there; one inside a longer word that goes on to its end (人民医院,
    医院院长) is."""
    for position, word, flag in ctx.words(start - 4, end):
        following = position + len(word)
        if position < start < following:
            # 妇幼保健|院: a noun the suffix's first characters end is the body's field, the suffix still there
            return following < end and flag not in ("n", "nz", "vn", "nt")
        if following > start:
            return False
    return False


_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,2}中")
_BARE_SCHOOL_LEVELS = frozenset("县市区")
_BODY_RUN = re.compile(r"合作社|企业|公司|工厂|学校|医院|实体|产业|协会")
_ROOM = re.compile(r"(?:会客|宴会|音乐|营业|展览|休息|咖啡|多功能|报告|演播|接待|[客餐大展门舞歌])厅$")
_NOT_IN_A_LIST_ITEM = ("v", "p", "c", "d", "u", "r")


_LIST_JOINS = ("、", "和", "与", "及")


def _listed_beside_one_of_its_kind(
    text: str, doubtful: list[tuple[str, int | None, str]], named: list[tuple[str, int | None, str]]
) -> list[tuple[str, int | None, str]]:
    """奥林小学和纱帽中学、纱帽山小学: a name in ordinary words (纱帽, a gauze cap) reads like a kind of
    body, but as an item of a list beside a body of its kind that is named it is one too: lists name
    things of one kind. Which one the sentence means (该校, 各村小学) is never such an item."""
    ends: dict[int, str] = {}
    starts: dict[int, str] = {}

    def beside(name: str, start: int) -> None:
        kind = _listed_kind(name)
        if len(kind) >= 2:  # 多功能厅、报告厅: rooms end in 厅 too
            ends[start + len(name)], starts[start] = kind, kind

    for name, start, _ in named:
        if start is not None:
            beside(name, start)
    listable = [
        (name, start, note)
        for name, start, note in doubtful
        if start is not None
        and (suffix := ORG_SUFFIX.search(name)) is not None
        and suffix.end() == len(name)
        and suffix.start() >= 2
        and name[0] not in _DETERMINERS
        and name[0] not in "各每"
    ]
    listable.sort(key=lambda item: item[1] or 0)
    kept: dict[tuple[int, str], tuple[str, int | None, str]] = {}
    # 县教育局、住建局、卫健局: each item named by the one before it, read left to right; and by the one after
    # it, read right to left (a list whose named item comes last)
    for sweep in (listable, listable[::-1]):
        for name, start, note in sweep:
            if start is None or (start, name) in kept:
                continue
            kind, end = _listed_kind(name), start + len(name)
            before, after = (text[start - 1] if start else ""), text[end : end + 1]
            # 国家文物局、世界遗产中心: a long name of four characters or more before its ending is a body beside
            # any other body in a list of 、; a short one (报告厅), or one joined by 和 (东山中学和国家级高新技术
            # 产业开发区: which kind of zone), only beside one of its own kind
            long_stem = len(name) - len(_kind_of(name)) >= _LONG_STEM and not name.startswith(_SCOPE_WORDS)
            left, right = ends.get(start - 1), starts.get(end + 1)
            if (before in _LIST_JOINS and left and (left == kind or (long_stem and before == "、"))) or (
                after in _LIST_JOINS and right and (right == kind or (long_stem and after == "、"))
            ):
                kept[start, name] = (name, start, note)
                beside(name, start)
    return list(kept.values())


_LONG_STEM = 4


def _listed_kind(name: str) -> str:
    """县发改局、教育局, 市文明办、教育局, 市委宣传部、统战部: the offices of a government are one kind in a
    list, whatever one-character ending each has (a hall, 厅, may be a room, and is none of them)."""
    kind = _kind_of(name)
    return "government office" if kind in _OFFICE_ENDINGS else kind


_OFFICE_ENDINGS = frozenset("局委办部")


def _kind_of(name: str) -> str:
    """The name's ending, schools of every stage taken as one kind (小学 beside 中学 in a list)."""
    found = ORG_SUFFIX.search(name)
    if found is None or found.end() != len(name):
        return ""
    return "学校" if found.group() in _SCHOOLS else found.group()


def _inside_another(
    name: str, value: tuple[int | None, str], spans: list[tuple[int, int]], text: str, others: Iterable[str]
) -> bool:
    """A dictionary's or a trade's name found inside a longer name; a trade's (鲁桂木业 in 鲁桂木业生产…)
    only when every mention of it is (鲁桂木业是当地龙头企业 names the company alone)."""
    start, note = value
    if start is None or not note.startswith(("in the dictionary", _TRADE_NOTE)):
        return False
    if note != _TRADE_NOTE:
        return any(a <= start and start + len(name) <= b and b - a > len(name) for a, b in spans)
    longer = [other for other in others if name in other and other != name]
    covered = {at + k for other in longer for at in occurrences(text, other) for k in _offsets(other, name)}
    return all(at in covered for at in occurrences(text, name))


def _offsets(longer: str, name: str) -> list[int]:
    return [k for k in range(len(longer) - len(name) + 1) if longer.startswith(name, k)]


def _longer_names_ending_in(found: dict[str, tuple[int | None, str]]) -> dict[str, list[str]]:
    """Each name's proper endings of two characters or more → the names found that end so: one pass over
    the names (each a few characters long) instead of comparing every name with every other."""
    ending_in: dict[str, list[str]] = {}
    for other in found:
        for cut in range(1, len(other) - 1):
            ending_in.setdefault(other[cut:], []).append(other)
    return ending_in


def _only_ever_the_end_of(text: str, name: str, longer: list[str] | None) -> bool:
    """它|山文化传媒有限公司, read back from its ending and stopped at a pronoun's character, where a
    person's title gave 浙江它山文化传媒有限公司: a name that stands nowhere but at the end of a longer
    one found is that body cut short, not another."""
    if not longer:
        return False
    return all(
        any(text.startswith(other, at - len(other) + len(name)) for other in longer if at >= len(other) - len(name))
        for at in occurrences(text, name)
    )


def _named_on_its_own(text: str, name: str, longer: list[str]) -> bool:
    """农业农村部 in 农业农村部发展规划司, and elsewhere on its own (农业农村部着力…): a body the text also
    names by itself is a fact of its own; 福州地铁集团 only ever before 有限公司, or 中山大学 only ever before
    第一附属医院 or 第三附属医院 (the longer names found that open with it), is not."""
    rests = tuple(other[len(name) :] for other in longer)
    return any(not text.startswith(rests, at + len(name)) for at in occurrences(text, name))


def _whole_list_item(ctx: Context, start: int, end: int, name: str) -> tuple[int, str]:
    """飞龙烟花公司、正隆引线公司: after 、 the whole item up to the suffix is the name, even where jieba
    read a part of it as a function word (正隆 as a time); only when no verb or function word is in it
    (县委、县政府支持合作社 is a clause, not an item)."""
    left = ctx.text.rfind("、", max(0, end - 14), start)
    item = ctx.text[left + 1 : end]
    if left < 0 or item == name or not _HAN_RUN.fullmatch(item):
        return start, name
    words = ctx.pos(item)
    # 育(vg)|红|中学: a character the dictionary files only as part of words (a morpheme, `g`) is a name's
    if any(flag.startswith(_NOT_IN_A_LIST_ITEM) and not flag.endswith("g") for _, flag in words):
        return start, name
    if any(word in STOP_WORDS or PERSON_TITLE.fullmatch(word) for word, _ in words):
        return start, name  # 县长程江芬代表县委: a post, a name and what he acts for, where the walk stopped
    return left + 1, item


_HAN_RUN = re.compile(rf"[{HAN}]{{3,12}}")
_QUOTED_BRAND_BEFORE = LazyPattern(
    rf"[“「](?![{HAN}]*(?:星级|示范|先进|优秀|标准|五好|十佳))[{HAN}]{{2,6}}[”」]$", needs=("”", "」")
)
_LEGAL_ENDINGS = ("公司", "合作社", "集团", "厂", "农场", "队")
"""Endings of the bodies registered under a trade name, which may be written in quotation marks."""
_COUNTED_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两]{1,3})(?:多|余)?(?:个|家|所|座|处)")


def _without_leading_adverbs(ctx: Context, item: str) -> str:
    """目前有修江源黄菊、…等企业: the first item of a list without the time word, adverb or 有 before it."""
    tokens = list(ctx.pos(item))
    cut = 0
    while cut < len(tokens) - 1 and (tokens[cut][1][:1] in ("t", "d", "r") or tokens[cut][0] in ("有", "是", "还有")):
        cut += 1
    return "".join(word for word, _ in tokens[cut:])


_NAME_TAGS = ("n", "nt", "nz", "ns", "nr", "j", "b", "i")


_BODY_END = re.compile(r"[部局厅处办院所司会社站队科署台报党组校学馆团网室庭协府委中小]$")


def _without_a_verb_after(ctx: Context, name: str) -> str:
    """环保部|发布, 德州市广播电视台|收集: a verb of two characters closing a source's name is what the body
    did with the article, when what stands before it ends as a body's name ends (四川发布, an account's
    name, stays whole)."""
    tokens = ctx.pos(name)
    if len(tokens) < 2 or len(tokens[-1][0]) != 2 or not tokens[-1][1].startswith("v"):
        return name
    body = name[: -len(tokens[-1][0])]
    return body if len(body) >= 3 and _BODY_END.search(body) else name


_A_VILLAGES_NUMBERED_GROUP = re.compile("[一二三四五六七八九十0-9]{1,3}组$")


def _a_body_before_a_title(ctx: Context, name: str) -> bool:
    """服务队大|队长, 联合服务中心副执|行长, 议长蔡旺琏基港分公司|总经理: what stands before a title is not the
    body's name when it holds another title (a list of people and their posts runs on before it) or ends in
    a lone character jieba reads as no noun, which began the title (大队长, 执行长)."""
    if PERSON_TITLE.search(name):
        return False
    tokens = ctx.pos(name)
    last, flag = tokens[-1] if tokens else ("", "")
    return not (len(last) == 1 and flag[:1] in ("a", "v", "b", "d", "c", "p") and not _BODY_END.search(name))


def _after_another_title(name: str) -> str:
    """赛迪方略总经理兼县域经济研究中心 → 县域经济研究中心: a person holding two posts names the
    organisation of the second after the title of the first."""
    last = next(reversed(list(PERSON_TITLE.finditer(name))), None)
    if last is None or not name.startswith("兼", last.end()):
        return name
    return name[last.end() + 1 :]


def _word_not_a_name(ending: str, tags: WordTags) -> bool:
    """A one-character ending (办, 局, 部, 厂) that closes an ordinary word of another kind (开办, 怎么办,
    格局): the dictionary knows the word and does not tag it as a noun or a name."""
    for size in (3, 2):
        word = ending[-size:]
        tag = tags.get(word) if len(word) == size else None
        if size == 2 and tag is not None and len(ending) >= 3 and tags.get(ending[-3:-1]) == "j":
            return False  # 医改|办: the word before ends the ending's neighbour (改办 is a verb elsewhere)
        if tag is not None:  # 新格局, filed as an organisation, still ends in 格局
            return not tag.startswith(_NAME_TAGS) or word in _ORDINARY_WORDS or word[-2:] in _ORDINARY_WORDS
    return ending[-2:] in _ORDINARY_WORDS


_SCHOOL_KINDS = frozenset({"大学", "中学", "小学", "学院"})
_GOING_TO_SCHOOL = frozenset("上读考念")
_OBJECT_OF_DOING = set("实事手证案好成理法学公妥完结大报刊校家税")  # 办家庭农场: to run a family farm; 办税大厅
_ORDINARY_WORDS = {
    *("格局", "结局", "布局", "大局", "全局", "局部", "工厂", "主办", "承办", "协办", "督办", "交办", "领办"),
    *("开局", "新局", "好局", "开新局", "开好局"),  # to make a (good) start
    *("结合部", "接合部"),  # 城乡结合部: where town and country meet
    *("定局", "体会", "原委"),  # 已成定局, 深有体会, 事情原委: a settled matter, a lesson felt, the whole story
    *("农家院", "庭院", "大院", "小院", "四合院"),  # a yard, not an academy
    "小卖部",  # a corner shop, no department
    *("公办", "民办"),  # 公办托育服务, 民办学校: run by the state or privately, a kind (县扶贫办 is a body)
}


_LEVEL_AND_KIND = re.compile(
    r"(?:村|社区|镇|乡|县|市|区|省|乡镇)?(?:党支部|党总支|党委|村委会|居委会|委会|委员会|联合社|合作社|人大常委会|人大|党组织|党组"
    r"|村委|支部|小学|中学|幼儿园|俱乐部|两委)"  # 村两委: a village's party branch and committee, together
    # a village's own branch or committee (…村党支部, …村村委会): the village named, and its kind
    r"|.{1,8}村(?:党支部|支部|党总支|党总支委|村委会|村委|党委)"
    r"|驻(?:村|镇|乡|社区)(?:工作队|工作组|帮扶工作队)"  # 驻村工作队: the team stationed in a village, which one unsaid
)
_WHICH_ONE_NOT_SAID = {
    "当地",
    "辖区",
    "沿线",
    "周边",
    "各",
    "各级",
    "各地",
    "该",
    "本",
    "我",
    "我们",
    "这",
    "这个",
    "那",
    "此",
    "其",
    "每",
    "全",
}
# 辖区乡镇卫生院, 景区旅游服务中心: the words that leave which one unsaid, and those saying where or at which level,
# make an item of a list a kind of body, not one
_SCOPE_WORDS = (
    *sorted(word for word in _WHICH_ONE_NOT_SAID if len(word) > 1),
    *("乡镇", "景区", "附近", "基层", "城区", "社区", "农村", "相关"),
)
_PARTS_OF_A_BODY = frozenset({"办公厅", "办公室", "小学部", "初中部", "高中部", "中学部", "幼儿部", "编辑部"})
_DETERMINERS = {"该", "本", "我", "现", "其", "此", "各", "原", "市", "县", "区", "省", "镇", "乡", "党"}


def _division_named(stem: str) -> bool:
    """晋城, 庆元 (县), 金坛 (区): the words before a body's ending are a division's name, whole or short."""
    return stem in places() or any(is_division(stem, level) for level in "县市区")


def _generic(
    name: str,
    tags: WordTags,
    pos: Callable[[str], Sequence[tuple[str, str]]] | None = None,
    registered_names: Sequence[str] = (),
) -> bool:
    """A kind of organisation rather than one (物流中心, 旅游局, 当地政府, 平台公司, 公司): nothing but the
    suffix and a two-character ordinary word before it, with no place and no proper name in it."""
    name = re.sub(r"[（(][^（()）]*[）)]", "", name)  # 市（州）政府 is 市政府
    if name[:1] in _BARE_SCHOOL_LEVELS and _NUMBERED_SCHOOL.fullmatch(name[1:]):
        return False  # 县一中: the county has one No. 1 middle school, the number names it
    if len(name) == 2 and name[0] in _DETERMINERS:
        return True  # 该校, 本院, 我局
    if name in _PARTS_OF_A_BODY:
        return True  # 办公厅, 小学部: an office or a school's section, whose body the sentence names before it
    if name.endswith(("中小学", "大中专")):
        return True  # 西安市中小学: a place's schools of two stages, many bodies and none named
    if name[0] in "各该每" or _a_dictionary_kind(name, tags):
        return True  # 各支部 (read 各支|部), 民间组织, 武术队: every one, or a kind the dictionary files
    if pos is not None and pos(name)[0][0] in _WHICH_ONE_NOT_SAID:
        return True  # 当地县委, 各支部, 该公司: the sentence points at a body it named elsewhere, or at every one
    if name.endswith("政府") and not _governs_a_place(name.removesuffix("政府").removesuffix("人民"), pos):
        return True  # 阳光政府, 近几年政府, 沿线人民政府: a government is named by the place it governs
    if _DESCRIBED.search(name) and not _RANKED_AREA.search(name):
        return True  # 示范性县级综合医院, 议政性协商会, 国家级开发区: what kind and what rank, not which one
    if _GRADED.search(name):
        return True  # 惠州三甲医院, 广东省高水平医院, 民营医院: a grade or an ownership, every such one (大埔旧墟公立学校 is a name)
    if _LEVEL_AND_KIND.fullmatch(name):
        return True  # 村委会, 村党支部, 联合社: the level of a body and its kind, which one is not said
    if pos is not None and name.endswith(_KINDS_OF_BODY) and _ordinary_words(pos(name[:-2]), tags):
        return True  # 蛋鸭养殖企业, 帮扶单位: a kind of body in ordinary words, which one is not said
    suffix = ORG_SUFFIX.search(name)
    if suffix is None or suffix.end() != len(name):
        return False
    stem = name[: suffix.start()]
    if suffix.group() in _PAPERS and len(stem) >= 2 and stem not in _DETERMINERS:
        return False  # 大众日报, 自由时报: a paper's name is one paper whatever ordinary word names it
    if not stem or stem in _DETERMINERS or ("和" in stem and len(stem) <= 2):
        return True  # 该校, 现政府, 本院, 党和政府: which one the sentence means, not a name
    if len(stem) >= 2 and _division_named(stem):
        return False  # 铜鼓|中学, 金坛|法院: a body named after its county, whose name is an ordinary word too
    if stem == "人民" or stem.removesuffix("人民").endswith(("型", "式")) or "某" in stem:
        # 人民政府 with no place, 服务型政府, 枫桥式人民法庭: the kind of body; 某家庭农场: one the text hides
        return True
    # a registered company's full name is one body, and so is its short form (大地生机公司)
    registered = name.endswith(_REGISTERED) or any(full.startswith(stem) for full in registered_names)
    kind = max((k for k in _KIND_SUFFIXES if name.endswith(k)), key=len, default="")
    # the words before the kind (临时|党支部), not before the shortest suffix the name ends in (临时党支|部)
    described = name[: -len(kind)] if kind else ""
    level = next((w for w in _LEVEL_WORDS if described.endswith(w)), "")
    where = described[: -len(level)] if level else ""
    if kind in _SCHOOLS and len(described) >= 2 and described[-1] in _LANDFORMS:
        return False  # 三角湖|小学, 纱帽山|小学, 半岛|小学: a school named after the lake, hill or island it stands by
    # 绿城社区|党支部: the body of a community named by nouns, not a kind (贫困村|合作社, 全面排查…村 describe)
    named_place = pos is not None and len(where) >= 2 and all(flag.startswith("n") for _, flag in pos(where))
    dictionary_name = tags.get(name) == "nt" and len(described) >= 2  # 同济大学: the dictionary's own body
    if (
        pos is not None
        and described
        and not registered
        and not named_place
        and not dictionary_name
        and _ordinary_words(pos(described), tags)
    ):
        return True  # 农民专业合作社, 大数据产业中心, 临时党支部: what kind, in ordinary words, not which one
    if len(stem) != 2 or stem in places() or tags.get(name) == "nt":
        return False
    tag = tags.get(stem)
    return tag is not None and not tag.startswith(PROPER_TAGS)


_KIND_ENDINGS = re.compile(r"(?:队|组织|学校|中学|小学|医院|企业)$")


def _a_dictionary_kind(name: str, tags: WordTags) -> bool:
    """民间组织, 武术队, 民办学校, 公立医院, 重点中学: the dictionary files them as organisations, but a
    common word before a team, an organisation, a school or a hospital names what kind it is (世贸组织
    keeps a short form before the ending). A bureau (公安局, 城管局) alone is the sentence's own city's or
    county's, a body the article names."""
    ending = _KIND_ENDINGS.search(name)
    if ending is None or tags.get(name) != "nt":
        return False
    stem = name[: ending.start()]
    return len(stem) >= 2 and tags.get(stem) in ("n", "vn", "an", "b", "v")


# a quality or a rank before the kind describes a kind of body: 示范性, 公益性, 县级, 国家级, 三级 (a hospital's grade)
_GRADED = re.compile(r"(?:[一二三][甲乙]|高水平|民营)(?:医院|学校|大学|中学|小学|企业)$")
_DESCRIBED = re.compile(rf"[{HAN}]{{2}}性|(?:[{DOWN_TO_VILLAGE}一二三]|国家)级")
# 西洞庭湖国家级自然保护区管理局: a protected area's official name holds its rank; its body is one
_RANKED_AREA = re.compile(
    rf"[{HAN}]{{2}}(?:国家|省|市|县)级(?:自然保护区|湿地公园|森林公园|地质公园|风景名胜区)(?:管理局|管理处|管委会|管理委员会)"
)
_GOVERNED = re.compile(rf"(?:[{DIVISION_LEVELS}]|中央|联邦)$")


def _governs_a_place(stem: str, pos: Callable[[str], Sequence[tuple[str, str]]] | None) -> bool:
    """市, 香港特区, 中央, 美国: what stands before 政府 is a level of government, a place, or the
    nation's; a slogan (阳光政府) or a clause (近几年政府) is none of them."""
    if not stem or _GOVERNED.search(stem):
        return True
    known = places()
    if any(
        stem[i : i + size] in known for size in range(2, min(len(stem), 8) + 1) for i in range(len(stem) - size + 1)
    ):
        return True
    return pos is None or any(flag == "ns" for _, flag in pos(stem))


_SCHOOLS = ("小学", "中学", "学校", "幼儿园")
_LANDFORMS = set("湖山河江岭桥庄街路坡湾塘溪岛洲峰坪坝")
_LEVEL_WORDS = ("社区", "村", "镇", "乡", "街道", "县", "市", "区", "省")
# Suffixes that name a kind as readily as one body: a ministry (部, 局) is named by ordinary words
# (农业农村部), a cooperative or a centre is only one when something proper names it.
_REGISTERED = ("有限公司", "有限责任公司")
_PAPERS = ("日报", "晚报", "都市报", "商报", "时报", "晨报")
# 《中访网》, 《某某日报》: a newspaper's or a site's name between title marks is the medium as well as a title
# (a bulletin or a children's paper, 《某村致富月报》, is a title only: the paper's kind must say news)
_NEWS_ENDINGS = ("网", "早报", "农民报", "青年报", "法治报", "法制报", "经济报", "电视台", "在线", "通讯社", "新闻社")
_SITE_ENDING = re.compile(r"(?:网|卫视)(?![站民络点格友购页上下内外红店吧速课约销聊线盘校商信])")
_SITE_STEM_GOES_ON = frozenset("省市县区")


def _sites_of_a_place(text: str) -> Iterator[tuple[int, str]]:
    """中国甘肃网, 甘肃卫视, 据宁波网消息: a news site or a satellite channel named by its province or city, with
    中国 before it or not (电网 and 互联网 are no place's; 江苏省|电网 is the province's grid)."""
    known = places()
    for m in _SITE_ENDING.finditer(text):
        for size in (3, 2):
            start = m.start() - size
            if start < 0 or text[start : m.start()] not in known:
                continue
            if text.endswith("中国", 0, start):
                yield start - 2, text[start - 2 : m.end()]
            elif text[start - 1 : start] not in _SITE_STEM_GOES_ON:
                yield start, text[start : m.end()]
            break


_MEDIUM_IN_TITLE_MARKS = re.compile(rf"《(?P<name>[{HAN}]{{1,10}}?(?:{'|'.join((*_PAPERS, *_NEWS_ENDINGS))}))》")
_KINDS_OF_BODY = ("企业", "单位", "部门")
_KIND_SUFFIXES = (
    *("合作社", "联合社", "中心", "党支部", "党总支", "支部", "集团", "公司", "委会", "站"),
    *("大学", "学校", "厂", "工业园区", "产业园区", "组织"),
    *("企业", "中小学", "小学", "中学", "开发区", "工作队", "服务队", "养殖场", "林场", "指挥部", "指挥所"),
)


def _ordinary_words(tokens: Sequence[tuple[str, str]], tags: WordTags) -> bool:
    """Every word a dictionary word of no proper kind: no place, name, brand or unknown word."""
    known = places()
    if len(tokens) >= 2 and all(len(word) == 1 for word, _ in tokens):
        return False  # 盐|灶|背 (小学): characters jieba could not join into words are a name it does not know
    for word, flag in tokens:
        tag = tags.get(word)
        if tag is None or tag.startswith(PROPER_TAGS) or word in known:
            return False
        if len(word) == 1 and flag not in ("a", "n", "v", "f", "b"):
            return False  # 俊|敏莲藕, 清水|村: a lone character jieba could not join is part of a name
    return True


# a part of the country (西部) or a public place (公共场所), which the dictionary files as organisations
# 四合院: a courtyard house; 卫生所, 税务所: the kind of a village's or a town's office, named by the
# place before it (which the walk from the suffix finds), no body alone
_NOT_A_BODY_NT = re.compile(r"[东西南北中]部$|场所$|合院$|常委$|^(?:卫生[所院]|税务所|邮电局)$")


_A_CHAMBERS_OWN = ("议事", "议定")

# the kinds of meetings, which the dictionary files as bodies (协商会, 通报会, 党代会) or which end like one (招商会)
_MEETING = re.compile(
    r"(?:协商|通报|汇报|招商|招标|拜年|联席|座谈|研讨|推进|动员|现场|见面|发布|报告|表彰|培训|茶话|洽谈|推介|交易|音乐|[党人职团]代)会$"
)


_SITE_ENDINGS = ("新闻网", "网")


def _dictionary_organisations(ctx: Context, tags: WordTags) -> Iterator[tuple[str, int]]:
    """Names in the text that jieba's dictionary tags as organisations (国务院, 新华社, 联合国): at
    each place an organisation's ending stands, the longest such dictionary word ending there."""
    text = ctx.text
    in_the_dictionary = tables().frequencies  # a dict: most windows are no word, and are told so at once
    for m in _NT_ENDING_AT.finditer(text):
        end = m.end()
        for size in range(min(12, end), 2, -1):
            word = text[end - size : end]
            if word in in_the_dictionary and tags.get(word) == "nt" and not _NOT_A_BODY_NT.search(word):
                if _MEETING.search(word) or word[-2:] in _ORDINARY_WORDS or word[-3:] in _ORDINARY_WORDS:
                    break  # 协商会, 通报会: a meeting held, not a body; 新格局: a new pattern
                start = _place_before(ctx, end - size, end)  # 福建省|农科院, 省农科院: the province's academy
                suffix = ORG_SUFFIX.search(word)
                following = text[end : end + 1]
                if (
                    suffix
                    and suffix.end() == len(word)
                    and following
                    and following in SUFFIX_CONTINUES.get(suffix.group(), "")
                ):
                    break  # 国土资源部|门: a department (部门) of that field, the suffix goes on into a word
                if inside_title_marks(text, start):
                    break  # 《中共中央关于…的决议》: the document's title, which names its author in passing
                if text.startswith(_SITE_ENDINGS, end) and not text.startswith("网站", end):
                    break  # 中国共产党|新闻网: the body's name opens a website's
                if tags.get(text[start : end + 1]) is None and not _ends_inside_a_word(ctx, start, end):
                    yield text[start:end], start  # not 共产党 in 共产党员, a member
                break


def _place_before(ctx: Context, start: int, end: int) -> int:
    """Where a dictionary organisation's name begins when a division stands right before it (福建省|农科院,
    县|农科所, 借助|省农科院): the division says whose body it is and is part of its name. A bare level
    counts where it opens the clause or the sentence's words join it to the name."""
    text = ctx.text
    known = places()
    for size in range(8, 1, -1):
        if start >= size and text[start - size : start] in known and text[start - 1] in BARE_LEVELS:
            if size == 2 and a_conjunction_read_as_a_county(text, start - size):
                return start - 1  # 县融媒体中心和|县联通公司: "and", then the county's body by its level
            return start - size
    if not start or text[start - 1] not in BARE_LEVELS:
        return start
    if not is_han(text[start - 2 : start - 1]) or any(
        position == start - 1 and position + len(word) == end for position, word, _ in ctx.words(start - 3, end)
    ):
        return start - 1
    return start


def _ends_inside_a_word(ctx: Context, start: int, end: int) -> bool:
    """联合|党支部: a dictionary name whose last characters begin the next word, as the sentence is cut
    (a joint party branch, not the 联合党), is not named there; nor is one whose first character ends
    the word before (严密|组织, 县|人民医院 read as 密组织 and 民医院)."""
    if any(position < start < position + len(word) for position, word, _ in ctx.words(start - 4, end)):
        return True
    for position, word, _ in ctx.words(start, end + 3):
        if position + len(word) >= end:
            return position + len(word) > end
    return False


_CONNECTIVE = re.compile(r"与|和|同|及|的|对|向|跟|如|像|包括|例如|比如|其中")


def _after_connective(item: str) -> str:
    """The first list item without the sentence before it (`与华为` → `华为`); a connective that leaves
    less than a name behind belongs to the name itself (`包括大和` → `大和`, not nothing)."""
    cuts = [m.end() for m in _CONNECTIVE.finditer(item) if len(item) - m.end() >= 2]
    return item[cuts[-1] :] if cuts else item


def _after_a_verb(ctx: Context, item: str) -> str:
    """先后调研翌川科技 → 翌川科技: the first list item without the clause's verb of two characters or more
    (and what comes before it), where a name of its own is left: four characters, as _without_leading_verb
    asks (嘉德投资管理 keeps 投资)."""
    tokens = ctx.pos(item)
    cut, position = 0, 0
    for word, flag in tokens:
        position += len(word)
        if flag in ("v", "vn") and len(word) >= 2 and len(item) - position >= 4:
            cut = position
    return item[cut:]


def _joined_pair(offset: int, item: str) -> list[tuple[int, str]]:
    """世纪青山和广青科技: a list's last item holding its last two joined by 和, 及 or 与, each a name of
    two characters or more; else the item as it stands."""
    joined = [m.start() for m in re.finditer("[和及与]", item) if 2 <= m.start() <= len(item) - 3]
    if len(joined) != 1:
        return [(offset, item)]
    at = joined[0]
    return [(offset, item[:at]), (offset + at + 1, item[at + 1 :])]


def _is_place_name(name: str) -> bool:
    """`龙岩市`, `新罗区中城街道`: an administrative area, not an organisation."""
    return bool(re.search(r"(?:省|自治区|市|县|区|镇|乡|街道|村)$", name))


SHORT_FORM_LIMIT = 200_000
"""Above this many characters (a whole corpus pasted into one file) short forms are not linked: the
search scans the text once per candidate, which would cost minutes there."""


_INSIDE_A_LEGAL_FORM = ("有", "有限", "有限责", "股", "股份", "股份有", "公")


def _short_forms(ctx: Context, names: list[str]) -> Iterator[tuple[str, int | None, str]]:
    if len(ctx.text) > SHORT_FORM_LIMIT:
        return
    masked = ctx.text
    for full in sorted(names, key=len, reverse=True):
        if len(full) >= 6:
            masked = masked.replace(full, "\0" * len(full))
    existing = set(names)
    for full in names:
        if len(full) < 8 or not full.endswith(("公司", "集团")):
            continue
        best = ""
        for size in range(8, 3, -1):
            for i in range(0, len(full) - size + 1):
                part = full[i : i + size]
                if any(g in part for g in _GENERIC_PARTS) or any(mark in part for mark in "（）“”"):
                    continue
                if part.endswith(_INSIDE_A_LEGAL_FORM) and full.find(part) + len(part) < len(full):
                    continue  # 云南希音咖啡有|(the page cut off): the legal form begun, no short name
                if part in places() or (part[:2] in places() and part[2:] in ("省", "市")):
                    continue
                if part in masked:
                    best = part
                    break
            if best:
                break
        proper = any(flag in ("nz", "nt", "nr", "nrt", "nrfg", "x", "eng") for _, flag in ctx.pos(best))
        if best and proper and best not in existing and not any(n != full and n.startswith(best) for n in existing):
            existing.add(best)
            yield best, masked.find(best), f"short for {full}"


def organisation_facts(ctx: Context, orgs: list[tuple[str, int | None, str]]) -> Iterator[Fact]:
    for name, start, note in orgs:
        if start is None:
            yield ctx.meta_fact("organization", name, name, note or FROM_META)
        else:
            yield ctx.fact("organization", start, start + len(name), name, note=note)
