"""Characters that were never part of the article: lost indentation and anti-copy noise.

Chinese pages indent each paragraph with two ideographic spaces (or `&nbsp;`s); a scraper that writes
through an encoding without them leaves one `?` per byte, so a paragraph opens with `????`. Left in
place the run reads as mojibake to the repairs after this one (`???？`), which then guess characters
that were never there. Only a run at the very start of a line is taken: an even one with text right
after it, or any of two or more with a space after it (`??? ` is one ideographic space's three UTF-8
bytes); a lone `?` there can be the lost lead byte of a shifted run, which the mojibake repair reads,
and such a run is glued to the characters it garbled.

Forum and portal software (Discuz's "jammer" among them) hides random ASCII between paragraphs so that
copied text is spoiled: `' `6 _' P% S& A0 M4 J`. Its shape is unlike any text: five or more tokens of
one to three ASCII characters, one space apart, most of them neither a word nor a number (`P%`, `A0`,
`'`). Numbers, initials and units (`2 2`, `A B C D E`, `1.5 2.0 3.5 %`) are words or numbers and stay.
"""

from __future__ import annotations

import re

from lytui.han import HAN, LazyPattern, is_han
from lytui.text.boilerplate import spam_words
from lytui.text.repair import language
from lytui.text.tracked import Edit, Tracked

_LOST_INDENT = re.compile(r"(?m)^([ \t\u3000\u00a0]*)((?:\?\?)+(?=[^\s?!,.:;()])|\?{2,}(?=[ \t\u3000\u00a0]+[^\s?]))")
_TOKEN = r"[!-~]{1,3}"
_NOISE_RUN = re.compile(rf"(?<![!-~]){_TOKEN}(?: {_TOKEN}){{4,}}(?![!-~])")
_PLAIN = re.compile(r"[A-Za-z]+|[+-]?\d+(?:[.,]\d+)?%?")


def remove_lost_indentation(tracked: Tracked) -> Tracked:
    text = tracked.text
    edits: list[Edit] = []
    if text.startswith("?") and not text.startswith("??") and _reads_as_text(text[1:9]):
        # ?霞浦池澳村：…: a byte-order mark written as ?, before words that read as they are (no shifted run)
        edits.append((0, 1, "", "boilerplate", "a byte-order mark written as ?"))
    if "??" in text:
        edits += [
            (m.start(2), m.end(2), "", "boilerplate", "lost indentation (spaces written as ?)")
            for m in _LOST_INDENT.finditer(text)
        ]
    return tracked.edit(edits) if edits else tracked


def _reads_as_text(opening: str) -> bool:
    """Whether the page's first characters read as words (common Han characters, a digit, a space): a `?`
    before a shifted run's garbled characters is the run's lost byte, for the mojibake repair to read."""
    han = [ch for ch in opening if is_han(ch)]
    return bool(opening.strip()) and sum(language.is_rare(ch) for ch in han) <= 1 and opening.strip()[0] != "?"


def is_copy_noise(run: str) -> bool:
    tokens = run.split(" ")
    return len(tokens) >= 5 and sum(1 for token in tokens if not _PLAIN.fullmatch(token)) >= 0.6 * len(tokens)


def remove_copy_noise(tracked: Tracked) -> Tracked:
    text = tracked.text
    edits: list[Edit] = []
    for m in _NOISE_RUN.finditer(text):
        if not is_copy_noise(m.group()):
            continue
        start, end = m.start(), m.end()
        if start > 0 and text[start - 1] == " ":
            start -= 1  # the space that set the noise apart from the text goes with it
        elif end < len(text) and text[end] == " ":
            end += 1
        edits.append((start, end, "", "boilerplate", "anti-copy noise"))
    return tracked.edit(edits) if edits else tracked


_PICTOGRAPH = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")
_SEEN_FOR_SPAM = 50_000  # the phrase is looked for near the top, where spam sites put it in every line
_SPAM_REACH = 12


def injected_phrase(text: str) -> str | None:
    """The phrase a spam site injects into the page's lines, inside words (旧貌换了新女同桌脱👙给我揉🐻小说颜):
    the longest run around a pictograph, holding two or more of them, that the top of the page repeats
    three times or more. An article that uses emoji repeats a single one (点赞👍), not such a run."""
    head = text[:_SEEN_FOR_SPAM]
    first = _PICTOGRAPH.search(head)
    if first is None or len(_PICTOGRAPH.findall(head)) < 6:
        return None
    at = first.start()
    best: str | None = None
    for left in range(_SPAM_REACH, -1, -1):
        for right in range(_SPAM_REACH, -1, -1):
            start, end = at - left, at + 1 + right
            if start < 0 or end > len(head):
                continue
            phrase = head[start:end]
            if any(ch.isspace() for ch in phrase) or len(_PICTOGRAPH.findall(phrase)) < 2:
                continue
            if (best is None or len(phrase) > len(best)) and head.count(phrase) >= 3:
                best = phrase
    return best


def remove_injected_phrases(tracked: Tracked) -> Tracked:
    text = tracked.text
    phrase = injected_phrase(text)
    if phrase is None:
        return tracked
    edits: list[Edit] = []
    at = text.find(phrase)
    while at >= 0:
        start, end = at, at + len(phrase)
        if text[start - 1 : start] == "“" and text[end : end + 1] == "”":
            start, end = start - 1, end + 1  # the quotes the spam came in
        edits.append((start, end, "", "boilerplate", "injected spam"))
        at = text.find(phrase, at + len(phrase))
    return tracked.edit(edits)


# …挤满了前来观光的游客。yej安康新聞網: a site's mark glued after the last sentence of every paragraph
_GLUED_TAIL = re.compile(r"(?m)(?<=[。！？!?”])[^\s。！？!?，,；;：:“”（）()]{2,16}$")
_WATERMARKED_LINES = 3


def remove_paragraph_watermarks(tracked: Tracked) -> Tracked:
    """The same short tail glued after the closing mark of three paragraphs or more is the site's
    watermark, never the article's: no article ends its paragraphs with one phrase after the full stop."""
    text = tracked.text
    tails: dict[str, list[re.Match[str]]] = {}
    for m in _GLUED_TAIL.finditer(text):
        tails.setdefault(m.group(), []).append(m)
    edits: list[Edit] = [
        (m.start(), m.end(), "", "boilerplate", "watermark after each paragraph")
        for found in tails.values()
        if len(found) >= _WATERMARKED_LINES
        for m in found
    ]
    return tracked.edit(edits) if edits else tracked


# 千赢体育手机app下载近日，…; …顺利进行。亚博app官网: a spam site's keywords glued before a paragraph's first
# word of time or after its last full stop, where spun copies paste them
_SPAM_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*([^\s，,。；;：:“”（）()]{4,20}?)"
    r"(?=近日|日前|近期|近年|今年|去年|当前|目前|今天|昨天|据悉|据了解|记者|\d{1,4}年|\d{1,2}月)"
)
_SPAM_TAIL = re.compile(r"(?m)(?<=[。！？!?”])[ \t\u3000]*([^\s。！？!?，,；;：:“”（）()]{3,20})[ \t\u3000]*$")
_SITE_WORDS = re.compile(r"[A-Za-z]|官网|官方|下载|登录|注册|入口|网址|开户")


def _glued_spam(piece: str) -> bool:
    """Two distinct spam words, one of them a site's own (官网, 下载, app): an ad for a betting site; one
    of them alone (体育, 平台, 直播) is news language."""
    return spam_words(piece) >= 2 and _SITE_WORDS.search(piece) is not None


def remove_glued_spam(tracked: Tracked) -> Tracked:
    text = tracked.text
    edits: list[Edit] = [
        (m.start(1), m.end(1), "", "boilerplate", "spam glued to a paragraph")
        for pattern in (_SPAM_HEAD, _SPAM_TAIL)
        for m in pattern.finditer(text)
        if _glued_spam(m.group(1))
    ]
    return tracked.edit(sorted(edits)) if edits else tracked


# 养老不仅是每个家庭面临的问题，惠城开荒保洁13825404095也是…: a business and its mobile number pasted into a
# sentence, between a clause's mark and the words that go on; a number given as a contact has its label
_PHONE_AD = LazyPattern(rf"(?<=[，,；;。、])([{HAN}]{{2,8}}1[3-9]\d{{9}})(?=[{HAN}])", widen=True)
_CONTACT_WORDS = re.compile(r"电话|热线|手机|号码|联系|咨询|拨打|微信|短信|呼叫|举报")
# the trades such ads sell, the last words before the number (惠城开荒保洁, 某某搬家公司); a person (王主任,
# 志愿者小李) before a number is someone to call, the article's own
_TRADE_BEFORE_A_NUMBER = re.compile(
    r"(?:保洁|家政|搬家|开锁|维修|装修|装饰|疏通|清洗|回收|租赁|贷款|代办|广告|公司|商行|工作室)(?=1[3-9]\d{9}$)"
)


def remove_phone_ads(tracked: Tracked) -> Tracked:
    """A business's name and trade glued to a mobile number inside a sentence is an ad a spam site pasted
    in; the sentence reads on without it. A number with a word of contact before it (咨询电话13…) or after a
    person (社区王主任13…) is the article's."""
    text = tracked.text
    edits: list[Edit] = [
        (m.start(1), m.end(1), "", "boilerplate", "phone ad pasted into a sentence")
        for m in _PHONE_AD.finditer(text)
        if not _CONTACT_WORDS.search(m.group(1)) and _TRADE_BEFORE_A_NUMBER.search(m.group(1))
    ]
    return tracked.edit(edits) if edits else tracked


# （上接1版）, （下转第五版）, （转A3版）: where a printed page's story goes on, set in its text
_JUMP_NOTE = re.compile(
    r"[（(](?:上接|下转|转|接|续)(?:第|本报)?[0-9０-９一二三四五六七八九十A-Za-z]{1,3}版(?:[^（()）\n]{0,8})?[）)]"
)


def remove_jump_notes(tracked: Tracked) -> Tracked:
    """A newspaper's note of the page its story continues on or from is the printed page's layout, never
    the article's words, wherever the scrape left it (at a paragraph's start, between two paragraphs)."""
    if "版" not in tracked.text:
        return tracked
    edits: list[Edit] = [
        (m.start(), m.end(), "", "boilerplate", "a printed page's jump note") for m in _JUMP_NOTE.finditer(tracked.text)
    ]
    return tracked.edit(edits) if edits else tracked


IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|bmp|webp)"
"""How a picture's file name ends, wherever a page leaves one."""
# …村民人均收入12800元。微信图片_20210823135632.jpg: an image's file name where the picture stood
_IMAGE_FILE = re.compile(
    rf"(?:^[ \t\u3000]*|(?<=[。！？!?”]))[^\s。！？!?，,；;：:“”<>]{{1,48}}{IMAGE_EXTENSION}[ \t\u3000]*$",
    re.IGNORECASE | re.MULTILINE,
)


_IMAGE_EXTENSION = re.compile(IMAGE_EXTENSION, re.IGNORECASE)


def remove_image_file_names(tracked: Tracked) -> Tracked:
    """A picture's file name left where the picture stood (after a paragraph's last sentence, or on a line
    of its own) is the page's markup, never the article's words; one inside a sentence (存为a.jpg文件) stays."""
    if not _IMAGE_EXTENSION.search(tracked.text):
        return tracked  # no copy of the text to look for one
    edits: list[Edit] = [
        (m.start(), m.end(), "", "boilerplate", "an image's file name") for m in _IMAGE_FILE.finditer(tracked.text)
    ]
    return tracked.edit(edits) if edits else tracked
