"""Which lines of a scraped page are the article, by the shape of each line and where it stands.

A page is read the way jusText reads HTML blocks: each line gets a class from its own features (how
much Chinese it holds, sentence punctuation, list separators, a few chrome phrases as one signal among
several) and then from its position — the article's body starts at the first line that reads like
prose; above it stand the title and the info line, and everything else there is the site's header
(SEO keyword lists, welcome bars, navigation, breadcrumbs); below the last prose line, short lines are
the site's footer. Nothing is dropped silently: the segmenter records every line it leaves out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lytui.han import HAN, LazyPattern, han_count, is_han
from lytui.text.repair.language import character_score
from lytui.text.repair.markup import MARKDOWN_PICTURE

LineClass = Literal["blank", "junk", "prose", "short"]

_KANA = re.compile(r"[\u3040-\u30ff]")
_SENTENCE_PUNCT = re.compile(r"[。！？；，、：]")
_LIST_SEPARATORS = re.compile(r"\s*[_|｜\-—－/]+\s*|\s{2,}")
_MARKUP = re.compile(rf"</?[a-zA-Z][^<>]*>|{MARKDOWN_PICTURE}|&[a-zA-Z]{{2,8}};")
_REPRINT_BAN = re.compile(
    r"未经(?:授权|许可|允许|同意|书面授权|本网授权|本网许可)[，,]?\s*(?:不得|严禁|禁止|请勿)(?:转载|复制|使用|镜像)"
)
# the site speaking of itself, or of whose the copyright is (版权归上饶新闻网所有, 版权归原作者所有)
_OWN_SITE = re.compile(r"本站|本网|本文|本平台|本公众号|版权归[^。，,！？的]{1,20}所有(?=[，,。！；;\s）)]|$)")
_DISCLAIMER_WORDS = (
    *("声明", "版权", "转载", "免责", "侵权", "不代表", "观点", "授权", "删除", "投稿", "立场", "联系"),
    *("原创", "注明", "发布者"),
)
_PROSE_HAN = 20
"""Han characters a line needs, with sentence punctuation, to count as prose: a welcome bar
(您好，欢迎访问…！) or a caption is shorter, a lede paragraph is longer."""


@dataclass(frozen=True, slots=True)
class LineShape:
    han: int
    length: int
    sentence_punct: int
    list_parts: int


def shape(line: str) -> LineShape:
    parts = [p for p in _LIST_SEPARATORS.split(line) if p]
    return LineShape(
        han=han_count(line),
        length=len(line),
        sentence_punct=len(_SENTENCE_PUNCT.findall(line)),
        list_parts=len(parts),
    )


def is_keyword_list(line: str, line_shape: LineShape | None = None) -> bool:
    """SEO headers and link bars: four or more short pieces joined by `_ | - /` and no sentence end."""
    s = line_shape or shape(line)
    if re.search(r"[。！？]", line) or _SPEAKER_LABEL.match(line):
        return False  # 游客 彭小惠：在这儿摆了流水席  让…: a transcript's speech, its clauses set apart by spaces
    if s.list_parts == 3 and line.lstrip()[:1] in ("|", "｜"):
        return s.length / s.list_parts <= 16  # | 医院简介| 联系方式| 在线留言: a bar before each link
    if s.list_parts < 4:
        return False
    return s.length / s.list_parts <= 16


_SPEAKER_LABEL = LazyPattern(rf"\s*[{HAN}]{{2,10}}[ \u3000][{HAN}]{{2,4}}[:：]", needs=(":", "："), widen=True)
_LIST_LABEL = re.compile(r"^[^\s:：]{1,12}[:：]\s*")


def is_spaced_link_list(line: str) -> bool:
    """A bar of links a page joins by single spaces, maybe after a label (分站： 苏湾镇 栏杆集镇 柘皋镇…,
    关于本站 管理团队 版权申明 网站地图…, 3C科技 娱乐游戏 美食旅游…): six or more short Han-only pieces and no punctuation. A sentence,
    a byline (记者 某某 某某 来源:…) or a date line has punctuation, digits or a label inside."""
    body = _LIST_LABEL.sub("", line.strip(), count=1)
    pieces = body.split()
    if len(pieces) < 6 or _SENTENCE_PUNCT.search(body):
        return False
    return all(_link_word(piece) for piece in pieces) and sum(map(len, pieces)) / len(pieces) <= 6


def _link_word(piece: str) -> bool:
    """A menu's word: two to ten characters, Han or a product's Latin letters and digits (3C科技, IT资讯),
    at least two of them Han."""
    return (
        2 <= len(piece) <= 10
        and han_count(piece) >= 2
        and all(is_han(c) or (c.isascii() and c.isalnum()) for c in piece)
    )


# gambling and adult-site words that are no ordinary news language, and those that are (体育, 平台, 免费)
_SEO_ONLY_WORDS = (
    "滚球|博彩|投注|开奖|特码|特马|彩票|棋牌|无码|人妻|激情|成人|狗万|万博|manbet|betway|bet365"
    "|熟妇|18禁|小穴|鸡巴|乱伦|三级片|黄片"  # adult-site words no news article writes
)
_SPAM_WORDS = re.compile(
    _SEO_ONLY_WORDS + r"|体育|直播|娱乐|平台|官网|官方|下载|注册|登录|入口|网址|真人|赌|开户|app|游戏|"
    r"精品|福利|在线|免费|视频|亚洲|日本|欧美|天堂|国产|久久|导航|影院|电影|高清|午夜|一区二区",
    re.IGNORECASE,
)
_SPAM_SEPARATORS = re.compile(r"[_|｜@]")
_ADULT_LIST_WORDS = re.compile(r"中文字幕|(?<![a-z])av(?![a-z])", re.IGNORECASE)
"""Words adult sites' comma-joined keyword lists repeat (…中文字幕大全第二页，…吊av,…), counted only there: a
headline may put subtitles or an AV amplifier beside a site's name (…配中文字幕在北美影院上映｜电影)."""
_SEO_ONLY = re.compile(_SEO_ONLY_WORDS)


def spam_words(line: str) -> int:
    """Distinct words of gambling and adult-site SEO in a line. Any one of them is ordinary news
    language (体育, 平台, 直播); three together in a line with no sentence in it are a spam header."""
    return len({m.group().lower() for m in _SPAM_WORDS.finditer(line)})


def names_a_spam_site(name: str) -> bool:
    """杏彩平台官网, 大澳门威尼斯人赌场官网: a site named by two spam words, one of them 官网 (its "official
    site") or a casino's 赌, is a spam site's name, never an article's source (中国体育彩票网 is a lottery's)."""
    return spam_words(name) >= 2 and ("官网" in name or "赌" in name)


def is_spam(line: str) -> bool:
    if "。" in line:
        return False
    hits = spam_words(line)
    if "，" in line:
        # a list of spam phrases joined by commas: many hits, or one search phrase varied
        hits += len({m.group().lower() for m in _ADULT_LIST_WORDS.finditer(line)})
        return hits >= 5 or (_SEO_ONLY.search(line) is not None and _one_phrase_varied(line.split("，")))
    return (hits >= 3 and bool(_SPAM_SEPARATORS.search(line))) or hits >= 5


def _one_phrase_varied(pieces: list[str]) -> bool:
    """2025某地六开彩开奖资料查询，某地六开奖结果2025开奖记录查询…: four or more short pieces that share a
    two-character word, one query varied for search engines (a sentence's clauses share fewer words)."""
    if len(pieces) < 4 or any(not 2 <= len(piece) <= 24 for piece in pieces) or "？" in "".join(pieces):
        return False
    shared: dict[str, int] = {}
    for piece in pieces:
        for pair in {piece[i : i + 2] for i in range(len(piece) - 1)}:
            if is_han(pair[0]) and is_han(pair[1]):
                shared[pair] = shared.get(pair, 0) + 1
    return max(shared.values(), default=0) * 4 >= len(pieces) * 3


def headline_after_spam(line: str) -> int | None:
    """Where the headline starts in `365体育滚球_365滚球直播-【亚洲最大娱乐平台】@积极履行河长制职责`: the
    last piece after a spam header's separators, when that piece holds no spam word and reads as a
    headline (four Han characters or more). None when the line is all spam or not spam at all."""
    pieces = list(_SPAM_SEPARATORS.finditer(line))
    if not pieces:
        return None
    tail = pieces[-1].end()
    if spam_words(line[:tail]) < 3 or spam_words(line[tail:]) or han_count(line, tail) < 4:
        return None
    return tail


# a file name is searched for from the start of each run of word characters only: tried from every
# position, a long line of Chinese (one run) took seconds
_LINK = re.compile(r"https?://|www\.|(?<![\w-])[\w-]+\.(?:s?html?|php|aspx?|jsp)\b", re.IGNORECASE)


def has_link(line: str) -> bool:
    """An address or a page's file name (`con84745.html`): a line that carries one and no sentence is
    the site talking about its pages (a record dump, a share link), not the article."""
    return bool(_LINK.search(line))


_NOTICE = re.compile(r"请勿转载|不得转载|禁止转载|严禁转载|违者(?:依法)?必究|未经[^。，,]{0,10}(?:允许|同意)")


# The rules of the site's comment box: the readers' words (言论, 留言, 发言), the site or its rule book
# (本站, 互联网相关的政策法规, 文明上网) and what is asked of them (严禁, 请勿, 谨慎). An article may
# report such rules; it does not also address the reader in the site's name.
_COMMENT_WORDS = re.compile(r"言论|留言|评论|回应|发言|跟帖")
_COMMENT_RULE_BOOK = re.compile(r"本站|本网|本平台|政策法规|文明上网|理性发言|网友|规则|须知")
_COMMENT_ASKS = re.compile(r"严禁|禁止|请勿|勿|请自觉|遵守|谨慎|仅代表|不代表|保留|自负")


def is_comment_rules(line: str) -> bool:
    return (
        len(line) <= 120
        and bool(_COMMENT_WORDS.search(line))
        and bool(_COMMENT_RULE_BOOK.search(line))
        and bool(_COMMENT_ASKS.search(line))
    )


def _comment_rule_kinds(line: str) -> int:
    return sum(bool(kind.search(line)) for kind in (_COMMENT_WORDS, _COMMENT_RULE_BOOK, _COMMENT_ASKS))


def spread_comment_rules(lines: list[str], classes: list[LineClass]) -> None:
    """A comment box's rules come as a block (…不代表本站的立场 / 请勿留下身份证字号…本站不负管理之责 /
    回应禁止使用HTML语法), and some of its lines lack one kind of word: a line next to a rule, with two of
    the three kinds, is a rule too (marked junk in `classes`)."""
    filled = [i for i, line in enumerate(lines) if line]
    rules = {i for i in filled if classes[i] == "junk" and is_comment_rules(lines[i])}
    grown = bool(rules)
    while grown:
        grown = False
        for n, i in enumerate(filled):
            if i in rules or len(lines[i]) > 120 or _comment_rule_kinds(lines[i]) < 2:
                continue
            if any(j in rules for j in filled[max(0, n - 1) : n + 2]):
                rules.add(i)
                classes[i] = "junk"
                grown = True


_REPRINT_CREDIT = re.compile(
    r"[（(【\[][^（）()【】\[\]]{0,30}转载请注明(?:出处|来源|作者)[^（）()【】\[\]]{0,10}[）)】\]]"
)
_ALL_RIGHTS = re.compile(r"版权所有(?![者人权])|all rights reserved", re.IGNORECASE)
_NOTICE_HEADING = re.compile(r"[【\[]?(?:网站|本站|本网|免责|版权|法律|特别)声明[】\]]?[：:]?")
_SITE_SPEAKS = re.compile(r"版权|本站|本网|ICP|转载请注明|^[（(【\[].*[）)】\]]$")


def is_disclaimer(line: str) -> bool:
    """Copyright and reprint notices: the site speaking of itself (本站/本网/本文) with at least two
    words of the notice vocabulary, or the reprint ban itself (未经授权不得转载). One such word is
    ordinary news language; the combination is not. A looser ban (请勿转载, 违者依法必究) is the site's
    only with the site's own words or brackets around the whole line: an article may report a ban."""
    if _NOTICE_HEADING.fullmatch(line.strip()):
        return True  # 网站声明, 免责声明: the heading of the notice under it
    if (heading := _NOTICE_HEADING.match(line.strip())) and heading.group().endswith(("：", ":")):
        return True  # 版权声明:凡注有稿件来源为…转载必须注明来: the notice under its heading, even cut off
    if len(line.strip()) <= 40 and _ALL_RIGHTS.search(line) and not re.search(r"[。！？]", line):
        return True  # ?2018中原新闻网站版权所有 (© lost): the site's copyright, a line of its own
    single = "。" not in line.strip("（）()【】[] ").rstrip("。")
    if _REPRINT_BAN.search(line) and single:
        return True
    if _NOTICE.search(line) and _SITE_SPEAKS.search(line.strip()):
        return True
    if _REPRINT_CREDIT.fullmatch(line.strip()):
        return True  # （某网 转载请注明出处）: the site asks to be named, in brackets on a line of its own
    if is_comment_rules(line):
        return True
    if not _OWN_SITE.search(line):
        return False
    return sum(1 for word in _DISCLAIMER_WORDS if word in line) >= 2


def is_foreign(line: str, line_shape: LineShape | None = None) -> bool:
    """Lines that are not Chinese text: markup remnants, anti-scraping noise, romanised runs, a
    language switch (`English`). A date or a number line is not foreign."""
    s = line_shape or shape(line)
    if _MARKUP.fullmatch(line.strip()) or (s.han == 0 and _MARKUP.search(line)):
        return True
    if len(_KANA.findall(line)) > max(2, s.han // 2):
        return True  # a Japanese line: a language switch or the Japanese edition's banner
    if s.han == 0:
        return bool(re.search(r"[A-Za-z]{2,}|[^\w\s]", line)) and not re.fullmatch(
            r"(?=.*\d)[\d\s:：\-/.年月日]+", line
        )
    letters = len(re.findall(r"[A-Za-z]", line))
    return (s.han < 8 and letters > 3 * s.han) or (s.han / max(1, s.length) < 0.25 and letters > 20)


_CAPTION_START = re.compile(r"^(?:[上下左右]?图\d*[为：:]|图片[：:])")
_CAPTION_CREDIT = re.compile(r"(?:摄(?:[/／][^\s/／]{2,8})?|供图|新华社发|资料(?:图片|照片|图)|网络图片)\s*[）)]?$")
_PARENTHESISED = re.compile(r"^[（(][^（()）]{4,60}[）)]$")
_BYLINE_WORDS = re.compile(r"记者|通讯员|编辑|来源|作者|文/|文／|资料图|^[（(]完[）)]$")


# 张某校长（右六）和毕业生, （左起）: where a person stands in the picture
_CAPTION_POSITION = re.compile(r"[（(](?:[左右前后]\s*[一二三四五六七八九十\d]{1,3}|[左右]起|中间?|居中)[）)]")


def is_caption(line: str) -> bool:
    """A photo caption: 图为…, a credit at the end (…摄, 供图, 新华社发), where a person stands in the
    picture (（右六）), or a place description alone in brackets between paragraphs
    (（莲花镇新庄湾村易地扶贫搬迁）). Captions are article text."""
    if (credit := _CAPTION_CREDIT.search(line)) and credit.group().startswith(("资料", "网络")):
        return han_count(line[: credit.start()]) >= 4  # （相关资料图）: a picture's placeholder, no caption
    if _CAPTION_START.match(line) or credit or _CAPTION_POSITION.search(line):
        return han_count(line) >= 4
    return bool(_PARENTHESISED.match(line)) and not _BYLINE_WORDS.search(line) and han_count(line) >= 6


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def mostly_chinese(text: str) -> bool:
    """Whether lines without Chinese are foreign to this page: not in a page that is English itself."""
    sample = text[:20000]
    letters = _NOT_LETTERS.sub("", sample)  # Chinese characters are letters too: count them among these
    return han_count(letters) >= 0.5 * max(1, len(letters))


_GARBLED_MEAN = -3.0
"""Mean character score (log10 of a character's share of jieba's dictionary) at or below which a line of
eight or more Han characters is unreadable: news prose scores about -1.2, a line of rare names about -2;
text decoded with the wrong codec (10绉掑悗 椤甸溃镊姩璺宠浆) about -3.3."""


def is_garbled(line: str, han: int) -> bool:
    """A short line of Chinese characters that read as no Chinese: bytes decoded with the wrong codec."""
    if han < 8 or len(line) > 120:
        return False
    scores = [character_score(c) for c in line if is_han(c)]
    return sum(scores) / len(scores) <= _GARBLED_MEAN


def classify(line: str, chinese_page: bool = True) -> LineClass:
    stripped = line.strip()
    if not stripped:
        return "blank"
    s = shape(stripped)
    if is_keyword_list(stripped, s) or is_disclaimer(stripped) or is_spam(stripped) or is_garbled(stripped, s.han):
        return "junk"
    if is_spaced_link_list(stripped):
        return "junk"
    if s.sentence_punct == 0 and has_link(stripped):
        return "junk"
    if chinese_page and is_foreign(stripped, s):
        return "junk"
    if (s.han >= _PROSE_HAN and s.sentence_punct >= 1) or (not chinese_page and len(stripped.split()) >= 8):
        return "prose"
    return "short"
