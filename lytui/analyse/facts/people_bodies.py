"""The body a post is held in, read in the words before the title.

`新罗区工信局` in `由新罗区工信局副局长`: the clause before a title is cut back to where a body's name can begin
(after a verb, a preposition, another title), then read the way Chinese writes posts: one character shared by
the body and the title (宣传部长), a body pointed back at (该局局长), posts listed with 、 that share the first
one's body, a hospital's ward that goes with the post. `add_person` records a person with the body tidied the
same way, whichever rule found them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.documents import CREDIT_ROLES
from lytui.analyse.facts.lexicon import (
    BRANCHES,
    HOLDING_A_POST,
    INVITING_OR_HAVING,
    MONGOLIAN_LEVELS,
    NAME_BREAKS,
    POINTING_CHARACTERS,
    VERBS_OF_GOING,
    is_place,
    jieba_tags,
    places,
    plays_a_part,
    starts_a_short_name,
    with_its_townships_first_character,
    without_former,
    zone_ending_cut_off,
)
from lytui.analyse.facts.org_walk import name_ending_at
from lytui.analyse.facts.people_titles import (
    BODY_OR_LEVEL,
    GROUP_ROLES,
    TITLE,
    TITLE_AT_END,
    split_place_suffix,
    title_after_its_body,
)
from lytui.han import BODY_ENDINGS, DIVISION_LEVELS, DOWN_TO_VILLAGE, ETHNIC_LEVELS, HAN, is_han
from lytui.model import OWN_MEDIA

_ORG_STOP = re.compile(rf"[{NAME_BREAKS}\n\s]")
_FUNCTION_WORDS = {
    *"由在与和是为对据把被让向从经及将了的",
    "比如",
    "例如",
    "其中",
    "包括",
    *("当地", "本地", "外地"),  # 当地群众王子江: where the person lives, no body of theirs
    *VERBS_OF_GOING,
    *INVITING_OR_HAVING,
}


# a word for holding a post, in the clause before the title: 时任|现任|身为|作为|担任 … 书记的某某
_HOLDING_WORDS = rf"(?:{'|'.join(HOLDING_A_POST)})过?(?:[一二三四五六七八九十两\d]+届)?"
HOLDING = re.compile(_HOLDING_WORDS + r"[^，,。；;！？\n]{0,20}$")
_HOLDING_FIRST = re.compile("^" + _HOLDING_WORDS)


def without_a_name_before(organisation: str | None, people: dict[str, dict[str, Any]]) -> str | None:
    """副县长罗皓县政协副主席罗轶达: the body's name begins after the person named before it, with no mark
    between them."""
    if organisation:
        for name in people:
            if organisation.startswith(name) and len(organisation) - len(name) >= 2:
                return organisation[len(name) :]
    return organisation


def organisation_before(ctx: Context, start: int) -> str | None:
    """The organisation written before a title: `新罗区工信局` in `由新罗区工信局副局长`."""
    window = ctx.text[max(0, start - 30) : start]
    pieces = _ORG_STOP.split(window)
    clause = pieces[-1] if pieces else ""
    if start - len(clause) == max(0, start - 30) > 0:
        clause = clause[1:]  # the window may start inside a word: its first character is not trusted
    tokens = ctx.pos(clause)
    cut = 0
    for index, (word, flag) in enumerate(tokens):
        title = TITLE.fullmatch(word) and not split_place_suffix(tokens, index)
        if index and index == len(tokens) - 2 and starts_a_short_name(tokens[index - 1][0], word):
            continue  # 省|住|建厅副厅长: the short name's first character, not a verb
        if index + 1 < len(tokens) and zone_ending_cut_off(word, tokens[index + 1][0]):
            continue  # 郴州|经|开区管委会主任: the zone's first character, not a preposition
        if _joins_two_fields(tokens, index):
            continue  # 文化|和|旅游局, 旅游|和|文化广电体育厅: a department of two fields, one name
        if (
            word in _FUNCTION_WORDS
            or flag in ("p", "c", "uj", "ul", "ud", "uz")
            or (flag == "r" and word in _PERSONAL_PRONOUNS)  # 他|找到全乐村支部书记: who did it, no body's name
            # 找到|上游|龙溪村河长: where, after the clause's verb (西部战区, 南方日报社 open with a direction)
            or (flag == "f" and index == cut and len(word) >= 2 and index > 0 and tokens[index - 1][1] == "v")
            or (
                flag == "f"
                and len(word) == 1
                and 0 < index < len(tokens) - 1
                and tokens[index - 1][1] in ("n", "vn")
                and tokens[index + 1][0][:1] in DOWN_TO_VILLAGE
            )  # 采访过程|中|村党支部: "in the course of", then the body
            or title
            or (
                _clause_word(word, flag)
                and not _ends_a_short_name(tokens, index)
                # 莫干山镇旅游|办主任: an office's 办 right before the post, after the field it serves
                and not (
                    word == "办" and index == len(tokens) - 1 and index > 0 and tokens[index - 1][1] in ("n", "vn")
                )
                # 黄埔港|务|分公司: a character jieba reads as an adverb before a branch ends its parent's name
                and not (index + 1 < len(tokens) and tokens[index + 1][0] in BRANCHES)
            )
            or (index == len(tokens) - 1 and _counts_or_points(word, flag))
            or plays_a_part(word, flag)
            or _verb_before_its_object(tokens, index)
            or (
                word == "任" and flag == "v"
            )  # 曾|任|省人民检察院…处长: holding the post (任 the dictionary files as r)
        ):
            cut = index + 1  # 由|新罗区工信局, 总经理|兼|县域经济研究中心: the name starts after the last one
        elif word == "兼" and cut == index:
            cut = index + 1
    end = len(tokens)
    while end > cut + 1 and tokens[end - 1][1] == "a" and len(tokens[end - 1][0]) > 1:
        end -= 1  # 民进中央|年轻|干部: the adjective describes the person (新泰国|小 is a school)
    if (
        end > cut + 2  # 鲁桂|木业|生产: a name of two words or more stays before the field (项目生产经理: none)
        and tokens[end - 1][1] == "vn"
        and not ends_as_a_body("".join(w for w, _ in tokens[cut:end]))
        and _POST_OF_A_FIELD.match(ctx.text, start)  # 东方某某教育|董事长: the trade, 风景区管理|处长: the body
    ):
        end -= 1  # 鲁桂木业|生产|副总经理: the field the post covers, not part of the company's name
    if (
        end > cut
        and tokens[end - 1][1] in ("nr", "nrfg")
        and len(tokens[end - 1][0]) >= 2
        and not ends_as_a_body(tokens[end - 1][0])
        and any(flag.startswith("v") for _, flag in tokens[cut : end - 1])
    ):
        return None  # 贯彻落实习近平|总书记: a deed, a person's name and the post they hold; no body before the post
    if (
        end - cut >= 2
        and tokens[end - 1][1] == "v"
        and len(tokens[end - 1][0]) == 2
        and ctx.text[start : start + 1] not in _BODY_KIND_OPENING_A_HEAD  # 区委组织|部长: 组织部's head
        and ends_as_a_body("".join(word for word, _ in tokens[cut : end - 1]))
    ):
        if ctx.text.startswith(_GROUP_ROLES_FIRST, start) and tokens[end - 1][0] not in _SENDING_ITS_OWN:
            return None  # 龙沙派出所|接到|居民: the body did something to the resident, who is not in it
        end -= 1  # 村党支部|坐班|干部, 县委宣传部|派驻|干部: what the person does there, or is sent to do
    if (
        end - cut >= 2
        and ctx.text.startswith(_GROUP_ROLES_FIRST, start)
        and tokens[end - 1][1] in _QUALITY_FLAGS
        and len(tokens[end - 1][0]) == 2
        and tokens[end - 2][0][-1:] in DOWN_TO_VILLAGE
    ):
        end -= 1  # 高林村|热心|村民: what kind of villager, after the village they live in
    clause = "".join(word for word, _ in tokens[cut:end])
    clause = _SHORT_NAME_NOTE.sub("", clause)  # 吉桃李种植专业合作社（以下简称合作社）理事长: the name, not its note
    clause = re.sub(r"^[\d年月日]+(?:上午|下午|晚上|中午|凌晨)?", "", clause)
    clause = _TENURE.sub("", clause)
    clause = _HOLDING_FIRST.sub("", clause)  # 时任|村党支部书记: the post held then, not a body's name
    clause = without_former(clause)  # 原|漠河县人民法院常务副院长: the post held in a body renamed since
    if cut > 0 and len(tokens[cut - 1][0]) == 1:
        clause = with_its_townships_first_character(*tokens[cut - 1], clause)
    if clause in _BARE_KINDS or clause.endswith("车间"):
        return None  # 公司副总经理张涛, 社区居民, 生产车间主任: the article's body or a part of it, unnamed here
    if clause.endswith(("段", "级")):
        return None  # 溪桃源段河长, 孤江市级河长: the stretch of a river a chief keeps and the level, no body
    if clause in _DUTIES:
        return None  # 户籍民警, 值班医生: what the person does, no body
    if len(tokens) - cut == 1 and tokens[cut][1] in ("s", "f"):
        return None  # 湖边|村民: where the person lives (by the lake), no body
    if (
        end - cut == 1
        and ctx.text.startswith(_GROUP_ROLES_FIRST, start)
        and tokens[cut][1] in _QUALITY_FLAGS
        and clause[-1:] not in BODY_OR_LEVEL
        and not ends_as_a_body(clause)
        and not is_place(clause)
        and jieba_tags().get(clause) not in ("nt", "ns")
    ):
        return None  # 热心|村民, 包点|干部: what kind of person a group's member is, no body
    return clause if len(clause) >= 2 else None


_GROUP_ROLES_FIRST = tuple(GROUP_ROLES)  # startswith wants a tuple: made once, not for every post read
_QUALITY_FLAGS = ("a", "ad", "an", "n", "d", "v", "vn", "i", "l")


def _joins_two_fields(tokens: Sequence[tuple[str, str]], index: int) -> bool:
    """和 between two nouns inside a department's name that ends in 局, 厅, 委 or 部 (文化和旅游局)."""
    if tokens[index][0] not in ("和", "与") or not 0 < index < len(tokens) - 1:
        return False
    before, after = tokens[index - 1][1], tokens[index + 1][1]
    rest = "".join(word for word, _ in tokens[index + 1 :])
    # 史永福(nz)|和|文殊(nr)乡党委: a name or a place on either side is a person and a body, no two fields
    proper = any(flag.startswith(("nr", "nz", "ns")) for flag in (before, after))
    return (
        not proper
        and before.startswith(("n", "vn"))
        and after.startswith(("n", "vn"))
        and rest.endswith(("局", "厅", "委", "部"))
    )


_POINTING = ("另", "该", "这", "那", "我")


# 该局局长, 该公司总经理, 该村党支部书记: the kinds of body 该 points back at by their ending
_POINTED_AT = re.compile(
    "该(有限公司|公司|集团|合作社|医院|中心|协会|社区|局|院|所|厂|站|委|办|村|镇|乡)(党支部|党总支|党委|村委会|居委会)?"
)
_POINTED_BACK_AS_FAR_AS = 300


def _body_pointed_at(ctx: Context, organisation: str, at: int) -> str | None:
    """该局 before 局长: the last body of that kind the article named before, within a few sentences
    (县人社局 … 该局局长 is the bureau's head); none when no such name stands that near."""
    pointed = _POINTED_AT.fullmatch(organisation)
    if pointed is None:
        return _body_of_the_division_pointed_at(ctx, organisation, at)
    ending = pointed.group(1)
    before = at - len(organisation)
    found = ctx.text.rfind(ending, max(0, before - _POINTED_BACK_AS_FAR_AS), before)
    if found < 0:
        return None
    name = name_ending_at(ctx, found + len(ending), len(ending))
    if len(name) < len(ending) + 2 or name.startswith(_POINTING) or name in _BARE_KINDS:
        return None  # 该公司 after 公司 alone, 这家公司: no name to point back at
    return name + (pointed.group(2) or "")  # 该村党支部: the village's party branch


_DIVISION_POINTED_AT = re.compile(rf"该(?P<level>[县市区镇乡])(?P<body>[{HAN}]{{2,10}})")


def _body_of_the_division_pointed_at(ctx: Context, organisation: str, at: int) -> str | None:
    """该县科经局局长: the bureau of the county the article named last (来凤县 … 该县科经局 is 来凤县科经局)."""
    pointed = _DIVISION_POINTED_AT.fullmatch(organisation)
    if pointed is None or not ends_as_a_body(pointed["body"]):
        return None
    level, before = pointed["level"], at - len(organisation)
    found = ctx.text.rfind(level, max(0, before - _POINTED_BACK_AS_FAR_AS), before)
    while found > 0:
        for size in (4, 3, 2):
            stem = ctx.text[max(0, found - size) : found]
            if len(stem) == size and stem + level in places():
                return stem + level + pointed["body"]
        found = ctx.text.rfind(level, max(0, before - _POINTED_BACK_AS_FAR_AS), found)
    return None


def named_body(ctx: Context, organisation: str | None, at: int) -> str | None:
    """The words before a title when they name a body: not one pointed at (该校, 我院, 另一艘渔船: which
    one the article said before, unless it is the last body of its kind named: 县人社局 … 该局局长), nor a
    field or a deed that qualifies the post (项目生产|经理, 包村扶贫|干部, 切实提升|群众), whose last word is
    a verb or an adjective and no body's ending (a place may open such a name: 四川发布). `at` is where the
    title begins."""
    if not organisation or len(organisation) < 2:
        return organisation
    if organisation.startswith(_POINTING) and (ctx.pos(organisation)[0][1] == "r" or organisation[1] in "一两"):
        return _body_pointed_at(ctx, organisation, at)
    if organisation.endswith("人"):
        return None  # 群众的贴心人|民警王刚, 负责人: a person described, no body
    words = ctx.pos(organisation)
    last_word, flag = words[-1]
    if len(words) == 1 and len(last_word) == 2 and flag == "v" and jieba_tags().get(last_word) == "v":
        return None  # 承办|法官: the judge who handles the case; a verb alone, though it ends like one (办)
    if (
        flag in ("v", "vn", "a", "ad")
        and len(last_word) >= 2
        and len(organisation) <= 4  # 东方某某教育: a company's brand and its trade are longer
        and not ends_as_a_body(organisation)
        and not any(organisation.startswith(word) and kind == "ns" for word, kind in words[:1])
        and organisation not in places()
    ):
        return None
    return organisation


_SHORT_NAME_NOTE = re.compile(r"[（(](?:以下|下文)?(?:简称|下称|称)[^（()）]{1,14}[）)]")
_WHERE_DOCTORS_WORK = ("医院", "卫生院", "卫生室", "卫生所", "诊所", "中心", "服务站")
_POST_OF_A_FIELD = re.compile("副?总?(?:经理|总监|主管)")
"""Posts that a company divides by field (生产副总经理, 销售总监): a field before one is the post's."""
_DUTIES = frozenset({"户籍", "户政", "治安", "刑侦", "值班", "办案", "接警", "出警", "驻村", "驻校", "包村", "包片"})
"""The duty a post is held for, written before it (户籍民警, 值班医生, 包村干部): no body's name."""
_BARE_KINDS = frozenset(
    {
        "公司",
        "企业",
        "单位",
        "集团",
        "工厂",
        "医院",
        "学校",
        "部门",
        "社区",
        "小区",
        "村",
        "大会",
        "会议",
        "全会",
    }
)
_BODY_KIND_OPENING_A_HEAD = frozenset("部局厅处")
"""部长, 局长: a head's title whose first character ends the body's name (组织|部长 is 组织部's head)."""
_PLACES_NAMED_LIKE_A_MEETING = frozenset({"联合", "会同"})
"""联合村, 会同县: places whose names are verbs of meeting, before their level."""
_SENDING_ITS_OWN = frozenset({"派驻", "选派", "下派", "委派", "挂职", "驻村"})
_PERSONAL_PRONOUNS = frozenset({"他", "她", "他们", "她们", "我", "我们", "你", "你们", "大家"})
_VERBS_OF_MEETING = frozenset(
    {
        "听取",
        "采访",
        "会见",
        "接见",
        "陪同",
        "邀请",
        "约谈",
        "拜访",
        "会同",
        "联合",
        "找到",
        "找来",
        "请教",
        "询问",
        "带领",
        "帮助",
    }
)


def _verb_before_its_object(tokens: Sequence[tuple[str, str]], index: int) -> bool:
    """实践团|采访|徐州市…党支部书记, 听取|社区书记: a verb that goes somewhere or meets someone, or any verb
    right before a place's name, ends the clause; the body is its object (振兴 in 乡村振兴局 names a field)."""
    word, flag = tokens[index]
    if flag != "v" or len(word) < 2 or index + 1 >= len(tokens):
        return False
    following, following_flag = tokens[index + 1]
    if word in _PLACES_NAMED_LIKE_A_MEETING and following[:1] in DIVISION_LEVELS:
        return False  # 联合|村党总支, 会同|县: the verb's characters name the place whose level follows
    return (
        word in VERBS_OF_GOING
        or word in _VERBS_OF_MEETING
        or following_flag in ("ns", "nt")  # 接受|新华社记者: a body the dictionary names whole is the object
        or following in places()
        # 送到|院党委书记: a verb opening the clause, then a body's one-character kind (the hospital): the deed
        or (index == 0 and len(following) == 1 and index + 2 == len(tokens))
    )


def _ends_a_short_name(tokens: Sequence[tuple[str, str]], index: int) -> bool:
    """医改|办, 发改|委: a body's one-character ending after an abbreviation or a noun, read as a verb."""
    word = tokens[index][0]
    return word in ("办", "委", "局") and index > 0 and tokens[index - 1][1] in ("j", "n", "nt")


def _counts_or_points(word: str, flag: str) -> bool:
    """很多|居民, 另|一位|副所长, 两名|村民: how many hold the post right after it is no body's name (an
    ordinal, 第一|人民医院, and a village's group, 四组|组长, are part of one)."""
    return flag == "m" and not word.startswith("第") and word[-1] not in "组队班"


def _clause_word(word: str, flag: str) -> bool:
    """特别|请, 早上|7点40分|由, 参访团|有: an adverb, a time or a verb of one character is the sentence
    around the body's name, never inside it (a verb of two, 振兴 in 乡村振兴局, may be)."""
    known_as = jieba_tags().get(word) or ""
    return (flag in ("d", "t") and known_as[:1] in ("d", "t")) or (len(word) == 1 and flag == "v" and known_as == "v")


# words that qualify a post rather than name its body: 原/前 (former), 第一 (first secretary), 执行 (acting)
_TENURE = re.compile(r"(?:原|前|时任|现任|首任|第一|执行|常务|署理|代理|专职|兼职|挂职)+$")


# a title of the form X长 whose X is the body's own last character: 宣传部长 is the head of the 宣传部,
# 林业局长 of the 林业局, 基隆市长 of 基隆市
_HEAD_OF_BODY = re.compile(r"副?(?P<body>[部局厅处])长")
HEAD_OF_PLACE = re.compile(rf"副?(?P<body>[{DOWN_TO_VILLAGE}{ETHNIC_LEVELS}])长")
_ACTING = re.compile("^(?:常务|代理|代|执行)")
_HEAD_OF_AN_INSTITUTION = re.compile(r"副?(?P<body>[院所站队社馆台会])长|副?校长")
"""院长, 所长, 校长: the head of a hospital or court, a station, a school, named by the kind it ends with (a school
ends in 学 or 校)."""
PARTY_OF_A_BODY = re.compile(r"(?:党委|党组|党工委|党总支|党支部|委)$")
_SUB_UNIT = re.compile(r"[局庭科室处所队]$")
_A_VILLAGES_GROUP = frozenset({"小组", "村小组", "村民小组", "组"})
_WARD = r"[^院的]{1,4}科"
A_WARD = re.compile(_WARD)
"""A clinical department (眼科, 心血管内科) after its hospital: part of the doctor's post, not a body to list."""
HOSPITALS = ("医院", "卫生院", "分院", "保健院")
_HOSPITAL_WARD = re.compile(rf"(?P<hospital>.+(?:{'|'.join(HOSPITALS)}))的?(?P<ward>{_WARD})")
"""某县人民医院眼科, 某分院的针灸科: a hospital's ward, which goes with the post (眼科主任), the hospital the body."""
_POSTS_LISTED = 3
_BARE_COMMITTEES = frozenset(level + "委" for level in DIVISION_LEVELS)  # 县委, 市委, 镇委: a level's party committee


def _with_its_party(text: str, post: re.Match[str]) -> tuple[str, int]:
    """党|支部书记: the party's branch whose secretary the post is, read whole (and not left to the body before)."""
    if post.group().startswith(("支部", "总支")):
        if text[post.start() - 1 : post.start()] == "党":
            return "党" + post.group(), post.start() - 1
        start, title = title_after_its_body(text, post.start(), post.group())
        return title, start  # 全乐村支部|副书记、纪检委员: 村支部 is the body's word, the post 副书记
    return post.group(), post.start()


_ITS_COMMITTEES = frozenset({"村委会", "居委会", "村委", "理事会", "监事会", "管委会"})
_PARTY_DEPARTMENTS = frozenset({"组织部", "宣传部", "统战部", "政法委", "纪委", "总工会"})
"""A party committee's departments, whose heads are often its standing members (市委常委、组织部部长)."""
_UNIT_AFTER_A_PAUSE = re.compile(
    rf"(?<=、)(?P<unit>{'|'.join(sorted(_ITS_COMMITTEES | _PARTY_DEPARTMENTS | {'监委', '政治部'}, key=len, reverse=True))}"
    # 县委常委、宣传部长: the department's head written with one 部
    r"|组织|宣传|统战)$"
)


def posts_listed_before(text: str, title_start: int, title: str) -> str:
    """县委副书记、县长王挺: the posts a person holds, listed with 、 right before the last one, are all
    theirs (县委副书记、县长); a post with a body of its own between (…、监委主任) starts the list anew. A post
    after a name (张三局长、副局长李四), a group's role (党员、干部、村长) or the same post (县长、副县长) is
    someone else's, and a reporter's credit (记者、编辑) is no post held."""
    if title in GROUP_ROLES or title in CREDIT_ROLES:
        return title
    at = title_start
    # 村党总支书记、村委会主任王某华, 纪委书记、监委主任: the last post names a body of the same place (its
    # committee) between the 、 and the post; the gold of such lists writes both posts with that body
    if (
        (unit := _UNIT_AFTER_A_PAUSE.search(text, max(0, at - 5), at))
        and (unit.group("unit").endswith(("部", "委", "会")) or title.startswith(("部", "副部")))
        and TITLE_AT_END.search(text, max(0, unit.start() - 14), unit.start() - 1)
    ):
        title, at = unit.group("unit") + title, unit.start("unit")
    for _ in range(_POSTS_LISTED):
        if text[at - 1 : at] != "、" or (before := TITLE_AT_END.search(text, max(0, at - 14), at - 1)) is None:
            break
        post, post_start = _with_its_party(text, before)
        opens = text[post_start - 1 : post_start]
        if post in GROUP_ROLES or post in CREDIT_ROLES or post.removeprefix("副") == title.removeprefix("副"):
            break
        body_before = _ANY_BODY_END.search(text, max(0, post_start - _BODY_ENDING_REACH), post_start)
        if opens and is_han(opens) and not body_before and opens not in DIVISION_LEVELS:
            break  # 张三|局长、副局长李四, 王|书记: the post before is the name's before it
        title, at = f"{post}、{title}", post_start
    if at != title_start and text[at - 2 : at] in _BARE_COMMITTEES:
        title = text[at - 2 : at] + title  # 县委副书记、县长: the committee whose deputy secretary the person is
    return title


def body_from_the_post_before(ctx: Context, title_start: int, title: str, organisation: str | None) -> str | None:
    """巩店镇党委副书记、镇长闫廷祥, 省文化和旅游厅党组书记、厅长戴允康, 铜山法院党组成员、执行局局长徐健: posts
    listed with 、 share the body the first one names; the head of a place or a body (镇长, 厅长) heads the one
    whose party committee the post before belongs to, and a bare unit (执行局) is that body's."""
    pause = title_start - len(organisation or "")  # 党组成员、|执行局|局长: the 、 stands before the post's own body
    if ctx.text[pause - 1 : pause] != "、":
        return organisation
    before = TITLE_AT_END.search(ctx.text, max(0, pause - 13), pause - 1)
    previous = organisation_before(ctx, _with_its_party(ctx.text, before)[1]) if before else None
    body = PARTY_OF_A_BODY.sub("", previous or "")
    if len(body) >= 3 and body[-1] == body[-2] and body[-1] in DIVISION_LEVELS:
        body = body[:-1]  # 凤县|县委副书记、代县长: the county 凤县, whose level its committee writes again
    if len(body) < 2:
        return organisation
    if organisation is None:
        post = _ACTING.sub("", title)  # 常务副县长, 代县长: the county's head all the same
        head = HEAD_OF_PLACE.fullmatch(post) or _HEAD_OF_BODY.fullmatch(post)
        if head and body.endswith(head["body"]):
            return body
        institution = _HEAD_OF_AN_INSTITUTION.fullmatch(title)
        kind = (institution["body"] or "学校") if institution else ""
        # 襄阳市第一人民医院党委副书记、院长: the hospital's party committee, then its head
        if kind and body.endswith(tuple(kind)):
            return body
        if head is None and institution is None and previous and not TITLE.search(previous):
            return previous  # 全乐村支部副书记、纪检委员: a member's second post, in the same body
        return organisation
    if _SUB_UNIT.search(organisation) and len(organisation) <= 4 and not organisation.startswith(body):
        return body + organisation
    if organisation in _ITS_COMMITTEES:
        return body  # 某村党总支书记、村委会主任: the village's party branch and its committee, the village's posts
    return organisation


def body_sharing_the_title(organisation: str | None, title: str) -> str | None:
    """卫福部长 → 卫福部, 宣传部长 → 宣传部, 连江县长 → 连江县, 梅子沟村支书 → 梅子沟村: Chinese writes one character for the end of
    the body's name and the start of the head's title, so the body read before the title lacks it."""
    if not organisation:
        return organisation
    body = _HEAD_OF_BODY.fullmatch(title)
    if body and not organisation.endswith(body["body"]) and not ends_as_a_body(organisation):
        return organisation + body["body"]
    level = HEAD_OF_PLACE.fullmatch(title)
    if level and not organisation.endswith(level["body"]) and not ends_as_a_body(organisation):
        return organisation + level["body"]  # 马公|市长: whatever the dictionary knows, a mayor heads a city
    if (
        title.startswith("村")
        and title != "村民"
        and not organisation.endswith("村")
        and not ends_as_a_body(organisation)
    ):
        return organisation + "村"  # 梅子沟|村支书: the village's post names the village
    return organisation


_BODY_ENDING_REACH = 6
"""The longest body ending (股份有限公司) a post may follow: 某分行|党委书记、行长 is the branch's."""
_ANY_BODY_END = re.compile(f"(?:{'|'.join(BODY_ENDINGS)})$")


def ends_as_a_body(name: str) -> bool:
    return _ANY_BODY_END.search(name) is not None


# page furniture glued before a body's name: a dateline's bracket (【本报, 〔自由时报), a credit's slash
FURNITURE = re.compile(r"[【】〔〕\[\]—–\-/／|｜%《》“”\"'╱\ufffd]")


# who a person is by where they come from, not by a body they belong to (云南游客杨春菊: a visitor from Yunnan)
_COMING_FROM = frozenset({"游客", "市民", "网友", "旅客", "观众", "村民", "居民", "群众", "农民", "考生", "学生"})


_LEADERS = frozenset(role for role in GROUP_ROLES if role.endswith("领导"))
"""县领导, 市领导: a group of leaders, whose members' own posts the text may write later."""
_NO_GIVEN_NAME = frozenset({"告诉", "介绍", "表示", "说道", "起来", "下来", "出来", "过来", "上来", "回来", "长制"})


def add_person(
    people: dict[str, dict[str, Any]], name: str, start: int | None, title: str | None, org: str | None
) -> None:
    post = title.rsplit("、", 1)[-1] if title else title  # 县委副书记、县长: the body is the last post's
    if org and ("简称" in org or "下称" in org):
        org = _SHORT_NAME_NOTE.sub("", org)  # 某某管理局（以下简称某保局）科研科: the body, without the note
    if org and ((post in _COMING_FROM and org in places()) or org.endswith("族")):
        org = None  # 畲族村民蓝某生: the people he belongs to, no body
    if org and post and post.endswith("负责人") and not (ends_as_a_body(org) or org.endswith("企业")):
        org = None  # 流水席负责人: who runs the banquet, no body named
    if org and post == "医生" and not org.endswith(_WHERE_DOCTORS_WORK):
        org = None  # 内科医生, 乡村医生: the doctor's field or kind, no body
    if org and org in _A_VILLAGES_GROUP and title:
        # 村民小组组长: the leader of a group of villagers; …村民小组村民: one of them; no body named
        title = org + title if title.endswith("组长") else title
        org = None
    if org and title and (ward := _HOSPITAL_WARD.fullmatch(org)):
        org, title = ward["hospital"], ward["ward"] + title  # 某县人民医院眼科主任: the hospital's, 眼科主任
    if org:
        org = FURNITURE.split(org)[-1].lstrip("）)") or None  # 银行（以下简称…）|楚雄州分行: the note's end
        if org and org.startswith(OWN_MEDIA) and len(org) > 2:
            org = None  # 本报东莒: this paper and the reporter's post, not the paper's name
    if name[1:] in _NO_GIVEN_NAME or name[2:] in _NO_GIVEN_NAME or name[1:] in MONGOLIAN_LEVELS:
        return  # 成员唐|告诉记者, 经商富|起来的村民, 和|嘎查, 林|长制: a verb of telling, a verb's complement, a level, a system
    if any(ch in POINTING_CHARACTERS for ch in name[1:3]):
        return  # 会员|向该校: a preposition, then "this school"; no given name holds a word that points
    entry = people.get(name)
    if entry is None:
        people[name] = {"start": start, "title": title, "organization": org}
    elif title and (not entry["title"] or (entry["title"] in _LEADERS and title not in GROUP_ROLES)):
        # 县领导周荣华…县政府副县长周荣华: the post the text writes later says more than the group of leaders
        entry.update(start=start if not entry["title"] else entry["start"], title=title, organization=org)
