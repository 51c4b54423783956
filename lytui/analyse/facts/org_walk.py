"""Where an organisation's name begins: from its suffix (局, 委员会, 有限公司) back over jieba's words
until a word that cannot be part of a name — a function word, a verb that takes the name as its
object, a person's title, or another body standing beside it (龙岩市委|市政府). A department of a body
(市委宣传部), a company's legal form after its group (集团有限公司), two nouns joined by 和 inside a
ministry's name (文化和旅游局) and a nominalised verb (污染防治) go on to the place the name starts at.
"""

from __future__ import annotations

import re

from lytui.analyse.facts.context import Context
from lytui.analyse.facts.lexicon import jieba_tags
from lytui.analyse.facts.people import TITLE as PERSON_TITLE
from lytui.han import HAN

ORG_SUFFIX = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团|银行|委员会|党工委|党委|工委|政府|总局|局|厅|委|"
    r"办公室|研究院|研究所|医院|大学|学院|协会|商会|联合会|日报|晚报|都市报|商报|时报|晨报|周刊|报社|杂志社|电视台|"
    r"广播电视台|法院|检察院|合作社|中心|部|署|办|通讯社|新闻社|派出所|事务所|交易所|加工厂|制剂厂|厂|"
    r"博物馆|图书馆|纪念馆|文化馆|美术馆|科技馆|小学|中学|幼儿园|开发区|高新区|工业园区|产业园区)"
)
_HAN_WORD = re.compile(rf"[{HAN}]+")
SUFFIX_CONTINUES = {
    "日报": "道",  # 28日报道: a date and "reported"
    "局": "长面势部限",
    "委": "员托屈婉",
    "中心": "城区",
    "公司": "法",
    "政府": "性",
    "厅": "长",
    "部": "长分署门位件署队署落委",
    "署": "名长",
    "办": "法理事学公好",
    "厂": "房区长家商",
}
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
        "通过",
        "参加",
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
        "情况",
    ]
)
_FUNCTION_FLAGS = ("p", "c", "u", "r", "d", "m", "q", "t", "a", "uj", "ul", "uz", "ug", "ud", "y", "e", "o")


def name_ending_at(ctx: Context, end: int, suffix_length: int, limit: int = 24) -> str:
    """The organisation name that ends at `end`, walking jieba tokens back from the suffix."""
    window = ctx.text[max(0, end - limit) : end]
    window = re.split(r"[，。；：！？、“”‘’《》\n\s]", window)[-1]
    tokens = ctx.pos(window)
    tags = jieba_tags()
    kept: list[str] = []
    length = 0
    for index in range(len(tokens) - 1, -1, -1):
        word, flag = tokens[index]
        if kept and length >= suffix_length:
            single_adjective = flag == "a" and len(word) == 1  # 新 in 宏达新材料, 大 in 大地
            # 正茂 (guessed `a` by the HMM): a word the dictionary does not know, before a suffix, is a name
            unknown = len(word) >= 2 and tags.get(word) is None and _HAN_WORD.fullmatch(word) is not None
            if unknown and kept[-1] not in STOP_WORDS:
                kept.append(word)
                length += len(word)
                continue
            if word in STOP_WORDS or (
                flag.startswith(_FUNCTION_FLAGS) and flag not in ("nz", "nt") and not single_adjective
            ):
                if word not in "（）()":
                    break
            if flag == "v" and (index + 1 >= len(tokens) or tokens[index + 1][1] != "nz"):
                break
            if PERSON_TITLE.fullmatch(word):
                break  # 赛迪方略总经理|兼县域经济研究中心: a person's title ends the name before it
            if ORG_SUFFIX.search(word) and ORG_SUFFIX.search(word).end() == len(word):  # type: ignore[union-attr]
                break  # 龙岩市委|市政府: the token before is itself an organisation
        kept.append(word)
        length += len(word)
    name = "".join(reversed(kept))
    if name.count("（") != name.count("）"):
        name = name[name.find("）") + 1 :] if "）" in name else name.lstrip("（(")
    return name


def without_leading_function_word(ctx: Context, name: str) -> str:
    """使县委 → 县委, 离长庆镇政府 → 长庆镇政府: a verb, preposition or pronoun of one character that the
    walk back took along is not part of the name."""
    tokens = ctx.pos(name)
    while len(tokens) > 1 and len(tokens[0][0]) == 1 and tokens[0][1][:1] in ("v", "p", "r", "d", "c", "t"):
        name = name[1:]
        tokens = tokens[1:]
    return name.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
