"""Text shifted by one corrupted GBK byte, repaired by re-encoding the run and restoring the byte.

When the lead byte of a double-byte character turns into `?`, every following pair is decoded one
byte off (`?!眳窃凭暾f` was `。”吳云娟說`) until an ASCII byte is swallowed as a trail byte and the
stream realigns. We re-encode the run, try each possible lost byte and keep the decoding that reads as
common Chinese. Bytes that are truly gone are recovered only when the context is certain (the pinyin
reading left behind, a dictionary word with the neighbours, an unclosed quote, a month number);
otherwise the character becomes U+FFFD and the repair is marked unrecovered.

Not every lost byte leaves a `?`. A second pass finds shifted runs by evidence: a stretch of double-byte
characters ending where an ASCII byte was read as a trail byte (`萘窟_`) or a trail byte was rejected
(`恿?`), holding a character rare in news text. Every start and every lost lead byte is tried and the
language judge (`language.py`) keeps the re-reading only when it reads far better; an orphan reading in
front (`當?shù)刎S富`) is the character made of the bytes around the loss and is dropped with the run.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from lytui.data import readings
from lytui.han import is_han
from lytui.text.decode import common_chars
from lytui.text.repair import language
from lytui.text.repair.dropped_pairs import OwnCopies, restore_dropped_pairs
from lytui.text.repair.gbk import _FULLWIDTH, _LOST_READING, _PUNCT, REPLACEMENT, _gbk, _pair, ascii_digits
from lytui.text.repair.pinyin import READING_BODY, READING_END, is_reading
from lytui.text.repair.shifted_runs import (
    _RUN_LIMIT,
    INDENT_TRAIL,
    SENTENCE_MARKS,
    _double,
    _judged,
    _judged_runs,
    at_line_start,
    open_quotation,
    reduplicated,
    seconds_after,
    trail_options,
)
from lytui.text.t2s import simplified
from lytui.text.tracked import Edit, Tracked


@lru_cache(maxsize=65_536)
def _is_word(word: str) -> bool:
    return len(word) == 2 and language.is_word(simplified(word))


def _prev_han(text: str, index: int) -> str:
    """The nearest Han character before `index`, skipping orphan readings like `?shù)`."""
    while index > 0:
        index -= 1
        ch = text[index]
        if ch == ")":
            start = text.rfind("?", max(0, index - 12), index)
            if start >= 0 and is_reading(text[start + 1 : index]):
                index = start
                continue
        if is_han(ch):
            return ch
        return ""
    return ""


def _unique(candidates: list[str]) -> str | None:
    distinct = sorted(set(candidates))
    return distinct[0] if len(distinct) == 1 else None


def _by_words(candidates: list[str], before: str, after: str) -> str | None:
    """The one candidate that forms a dictionary word with its neighbour before (original text, so it
    decides first) or else after; when several do, the one the judge finds clearly best."""
    options = set(candidates)
    with_before = [c for c in options if before and _is_word(before + c)]
    if len(with_before) == 1:
        return with_before[0]
    with_after = [c for c in options if after and _is_word(c + after)]
    if len(with_after) == 1:
        return with_after[0]
    return _judged(with_before + with_after, before, after)


def _lost_trail(lead: int, reading: str | None, after: str, known: dict[str, set[str]]) -> str | None:
    candidates = list(trail_options(lead))
    if reading:
        named = [c for c in candidates if c in known.get(reading, ())]
        if len(set(named)) == 1:
            return named[0]
        readable = [c for c in candidates if c in readings().get(reading, "")]
        if readable:
            return _unique(readable) or _by_words(readable, "", after)
    return _by_words(candidates, "", after)


def _lost_lead(trail: int, before: str, after: str) -> str | None:
    candidates = [c for lead in range(0x81, 0xFF) if (c := _pair(lead, trail)) and is_han(c)]
    return _by_words(candidates, before, after)


_NO_NUMBER_OPENS_WITH = re.compile(r"0(?=[多余]|[^\W\d_])")
"""A count or an age opens with no 0 (0多亩, 0岁): a 0 right before 多, 余 or a unit had a digit before it,
lost (00后, a generation, is no count). A 0 before digits, a point, a colon or a dash opens times, codes and decimals (08:30, 0371-, 0.5)."""
_DATE_UNITS = "月日"


def _lost_digit(after: str) -> str | None:
    """A digit swallowed before `2月…`: only one digit makes a valid month or day; before three digits and
    年 (`?022年`), the thousands of a year news writes: 2 before 0, 1 before 9."""
    if year := re.match(r"([09])\d\d年", after):
        return "2" if year.group(1) == "0" else "1"
    match = re.match(r"(\d{1,2})([月日])", after)
    if not match:
        return None
    limit = 12 if match.group(2) == "月" else 31
    options = [d for d in "123456789" if int(d + match.group(1)) <= limit]
    return options[0] if len(options) == 1 else None


_FULL_WIDTH_LEAD = 0xA3
_FULL_WIDTH_OFFSET = 0x80
"""GBK writes the full-width letters and digits (Ａ A3C1, ０ A3B0) as A3 and the ASCII byte plus 0x80."""
_EURO_BYTE = 0x80
"""A trail byte the scraper read alone as €: like an ASCII trail byte it ends the run (斑€是 was “還是)."""
_HAN_BEFORE_A_WIDE_LETTER = 2
"""Rare characters the run has read before a letter that may be a full-width one: a run of mojibake,
not quotation marks before a Latin word (?”“OK) nor a sentence before one (快?靠的是5G)."""


def _shifted_enough(read: str) -> bool:
    """Whether the characters a run has read so far look shifted: two or more Han, most of them rare in
    news text (睏钚愫), where a real sentence's are common (靠的是)."""
    han, rare = _han_and_rare(read)
    return han >= _HAN_BEFORE_A_WIDE_LETTER and rare * 2 > han


def _han_and_rare(read: str) -> tuple[int, int]:
    """How many Han characters `read` holds, and how many of them are rare in news text."""
    han = [ch for ch in read if is_han(ch)]
    common = common_chars()
    return len(han), sum(ch not in common for ch in han)


def _lost_euro_trail_ends_run(read: str, written: str, pending: int, data: bytes) -> bool:
    """鹨粋白色 was 一個白色: 個's trail byte is 80, which a decoder without the euro sign drops, and the
    stream is aligned again with no ASCII byte to end the run. It ends there when the pending lead and 80
    make a character, the run has read three or more characters half of them rare in news text (迸魅硕似鹨粋),
    and the next two as written are common where the shifted reading of the first is rare."""
    if len(written) != 2:
        return False
    made = _pair(pending, _EURO_BYTE)
    if made is None or not is_han(made):
        return False
    common = common_chars()
    shifted = _pair(pending, data[0])
    if (shifted is not None and shifted in common) or not all(
        ch in common or simplified(ch) in common
        for ch in written  # 蘋果 on a Traditional page
    ):
        return False
    han, rare = _han_and_rare(read)  # the caller passes the run's last stretch only, not all it read
    return han >= _EURO_RUN_HAN and rare * 2 >= han


_EURO_RUN_HAN = 3
_EURO_RUN_REACH = 12


@dataclass
class _Run:
    end: int
    replacement: str
    unrecovered: int


def _shifted_run(
    text: str, marker: int, known: dict[str, set[str]], earlier: list[Edit], copies: OwnCopies | None = None
) -> _Run | None:
    """Try to read `text[marker]` (a `?`) as a corrupted lead byte; None if the run is not mojibake."""
    j = marker + 1
    if j >= len(text) or (text[j].isascii() and text[j] not in _FULLWIDTH):
        return None
    if _LOST_READING.match(text, marker):
        return None
    first = text[j]
    first_bytes = _gbk(_FULLWIDTH.get(first, first))
    if first_bytes is None or len(first_bytes) != 2:
        return None
    decoded: list[str] = []
    unrecovered = 0
    pending = first_bytes[1]
    j += 1
    while True:
        if j >= len(text):
            return None
        ch = text[j]
        reading = _LOST_READING.match(text, j)
        if ch == "?" and reading and is_reading(reading.group(1)):
            after = text[reading.end() : reading.end() + 1]
            found = _lost_trail(pending, reading.group(1), after, known)
            decoded.append(found or REPLACEMENT)
            unrecovered += found is None
            j = reading.end()
            break
        glued = _GLUED_READING_AT.match(text, j) if decoded else None
        if (
            glued
            and (reading_of := _misplaced_reading(text[j - 1], glued.group()))
            and (found := _lost_trail(pending, reading_of, text[glued.end() : glued.end() + 1], known))
            and found in readings().get(reading_of, "")
        ):
            # 叭ツ昀顣(shū)記 was 。“去年李書(shū)記: a reading the character it follows never has is that of
            # the character whose trail byte was lost there, after the pending lead
            decoded.append(found)
            j = glued.end()
            break
        if ch == "?":
            # `?` is the pending lead byte with a trail the decoder rejected. Either the scraper's decoder
            # swallowed an ASCII byte with it (a digit before 月/日: `?2月15日` was `”12月15日`), or only
            # the trail byte was lost and the stream is aligned again right after the `?`.
            next_text = text[j + 1 : j + 5]
            options = [c for t in range(0x40, 0xFF) if (c := _pair(pending, t))]
            found = None
            if options and all(c in _PUNCT or not is_han(c) for c in options):
                if open_quotation(text, marker, earlier, "‘", "’") is not None and "’" in options:
                    found = "’"  # ‘鐵?!?, was ‘鐵牛’，: a single quotation sits inside the double one
                elif "”" in options and (
                    open_quotation(text, marker, earlier) is not None or "“" in "".join(decoded).rpartition("”")[2]
                ):
                    found = "”"  # ?！叭ツ…恪?， was 。“去年…”，: the run itself opened the quotation
            else:
                han = [c for c in options if is_han(c)]
                found = reduplicated(decoded, han) or _by_words(
                    han, decoded[-1] if decoded else "", text[j + 1 : j + 2]
                )
            decoded.append(found or REPLACEMENT)
            unrecovered += found is None
            if next_text[:1].isdigit():
                digit = _lost_digit(next_text)
                if digit is not None:
                    decoded.append(digit)
                elif _NO_NUMBER_OPENS_WITH.match(next_text):
                    decoded.append(REPLACEMENT)  # 自己?0多畝: a number's first digit went with the lead byte
                    unrecovered += 1
            elif next_text[:1] in _DATE_UNITS:
                # 乘坐?!?月16日 was 乘坐。”1月16日: a trail byte the decoder rejected was an ASCII byte it
                # swallowed, and before 月 or 日 a number's only digit, which no judge can tell
                decoded.append(REPLACEMENT)
                unrecovered += 1
            j += 1
            break
        if ch in _COMMAS and decoded and is_han(text[j + 1 : j + 2]):
            # 捳胰,看看 was 找人，看看: a comma (A3AC) inside a shifted run would pair AC with the next
            # lead, a row no news character opens, so the page resynchronised at its own comma and the
            # pending lead's trail byte was lost there
            han = list(trail_options(pending))
            found = reduplicated(decoded, han) or _by_words(han, decoded[-1], "")
            decoded.append(found or REPLACEMENT)
            unrecovered += found is None
            break
        data = _double(ch) if ch == " " else _gbk(_FULLWIDTH.get(ch, ch)) if not ch.isspace() else None
        if data is None:
            return None
        if (
            len(data) == 2
            and len(decoded) >= _EURO_RUN_HAN - 1
            and _lost_euro_trail_ends_run(
                text[max(marker + 1, j - _EURO_RUN_REACH) : j], text[j : j + 2], pending, data
            )
        ):
            decoded.append(_pair(pending, _EURO_BYTE) or REPLACEMENT)  # 鹨粋|白色 was 一個|白色
            break
        if (
            len(data) == 1
            and ch.isalnum()
            and (wide := _pair(pending, _FULL_WIDTH_LEAD))
            and is_han(wide)
            and _shifted_enough(text[marker + 1 : j])
        ):
            trail, beyond = text[j + 1 : j + 2], text[j + 2 : j + 3]
            if trail.isascii() and trail.isalnum() and not (beyond.isascii() and beyond.isalnum()):
                # 睏钚愫Uf was 楊秀海說: 海's trail byte A3 and 說's lead D5 read as Ｕ, which the scraper
                # wrote as ASCII U; 說's trail byte f ends the run (two ASCII characters, not a Latin word)
                decoded.append(wide)
                pending = ord(ch) + _FULL_WIDTH_OFFSET
                j += 1
                continue
        if len(data) == 1:
            if ch.isalpha() and text[j + 1 : j + 2].isascii() and text[j + 1 : j + 2].isalnum():
                return None  # 好嗎?”“Good!: a Latin word begins, no trail byte ends a run here
            if (0x40 <= data[0] <= 0x7E or data[0] == _EURO_BYTE) and (c := _pair(pending, data[0])):
                decoded.append(c)
                j += 1
                break
            return None
        c = _pair(pending, data[0])
        if c is None:
            return None
        decoded.append(c)
        pending = data[1]
        j += 1
    before = text[max(0, marker - 1) : marker]
    if first_bytes[0] == INDENT_TRAIL and at_line_start(text, marker):
        first_char: str | None = ""  # the paragraph's indent, an ideographic space whose lead byte was lost
    else:
        quoted = [open_quotation(text, marker, earlier, *marks) for marks in (("“", "”"), ("‘", "’"))]
        term = any(distance is not None and distance <= _TERM_LENGTH for distance in quoted)
        closing = "”" if quoted[0] is not None and quoted[0] > _TERM_LENGTH else None
        glued = _GLUED_READING_AT.match(text, j)  # 現(xiàn)場: past the reading of the run's last character
        following = decoded[1] if len(decoded) > 1 else text[glued.end() if glued else j :][:1]
        first_char = _first_char(first_bytes[0], before, decoded[0] if decoded else "", term, following, closing)
    if first_char is None:
        first_char = REPLACEMENT
        unrecovered += 1
    restored, lost = restore_dropped_pairs("".join(decoded), first_char, text[j : j + 2], copies, marker)
    unrecovered += lost
    replacement = ascii_digits(first_char + restored)
    if not _reads_better(replacement, text[marker + 1 : j]):
        return None
    return _Run(j, replacement, unrecovered)


_COMMAS = ",，"
"""A comma as the page wrote it, ASCII or full-width: inside a shifted run it stands for no byte pair."""

_PARTICLES = "啊呀吧呢吗嘛啦哦哟呗"


_NUMERALS = "一二两三四五六七八九十百千万"
_TERM_LENGTH = 3
"""A quotation opened this close before a lost byte quotes a term (“铁牛”), never a sentence to end."""


def _first_char(
    trail: int, before: str, after: str, in_a_term: bool = False, following: str = "", closing: str | None = None
) -> str | None:
    """The character whose lead byte became `?`: punctuation at a clause boundary or after a colon (which
    opens a quotation), else a word. Inside a quoted term (“鐵?!濒[ was “鐵牛”鬧) the character that
    makes a word with the one before comes first: a term holds no full stop. Right after a sentence's mark
    inside an open quotation, its `closing` mark comes first (不错。?闭驹 was 不错。”站在, not 北站在)."""
    options = [c for lead in range(0x81, 0xFF) if (c := _pair(lead, trail))]
    if closing in options and before and before in SENTENCE_MARKS:
        return closing
    if in_a_term and before and before not in _NUMERALS:  # “六?!: 六稳, 六保, 三农: no word to go by
        word = _unique([c for c in options if c in common_chars() and _is_word(before + c)])
        if word:
            return word
    punctuation = [c for c in options if c in _PUNCT]
    if punctuation and (before in ",，:：" or after in "“”‘’"):
        return _unique(punctuation) or punctuation[0]
    if after and after in SENTENCE_MARKS and (particle := _unique([c for c in options if c in _PARTICLES])):
        return particle  # 真好?。 was 真好啊！: a sentence-final particle right before the sentence's mark
    han = [c for c in options if is_han(c)]
    # after a Han character, or a reading glued to one (建設(shè)?,縣城): no full stop after a mark
    if "。" in options and (is_han(before) or before in ")）") and _opens_a_sentence(han, before, after, following):
        return "。"  # 比赛?,F(xiàn)場 was 比赛。现场: 现场 opens the next sentence; 赛福 is a rare word
    return _by_words(han, before, after)


def _opens_a_sentence(han: list[str], before: str, after: str, following: str) -> bool:
    """Whether the character after the loss and the one after it make a word far more common than any
    word a lost Han character would make with its neighbours: the loss was a full stop between them."""
    if not (after and following and _is_word(after + following)):
        return False
    opening = language.word_frequency(simplified(after + following))
    rivals = [
        language.word_frequency(simplified(word)) for c in han for word in (before + c, c + after) if _is_word(word)
    ]
    return opening > _SENTENCE_RATIO * max(rivals, default=0)


_SENTENCE_RATIO = 5
"""How much commoner the word opening the next sentence must be than any word a lost Han character would
make (县里 341 against 浚县 40 in jieba's counts): a place's or a rare word's count is no rival to it."""
_GLUED_READING_AT = re.compile(rf"[(（]{READING_BODY}{READING_END}")


def _score(text: str) -> float:
    common = common_chars()
    score = 0.0
    for ch in text:
        if ch in common or ch in _PUNCT:
            score += 1
        elif ch.isascii() and ch.isalpha():
            score -= 1
        elif ch == REPLACEMENT:
            score += 0
        else:
            score -= 0.5
    return score


def _reads_better(replacement: str, original: str) -> bool:
    return _score(replacement) >= _score(original) + 1.5


def repair_mojibake(tracked: Tracked, known: dict[str, set[str]]) -> Tracked:
    text = tracked.text
    edits: list[Edit] = []
    covered_until = 0
    copies = OwnCopies(text)
    for match in re.finditer(r"\?", text):
        start = match.start()
        if start < covered_until:
            continue
        run = _shifted_run(text, start, known, edits, copies)
        if run is not None:
            note = f"unrecovered: {run.unrecovered} character(s)" if run.unrecovered else "realigned GBK bytes"
            edits.append((start, run.end, run.replacement, "mojibake", note))
            covered_until = run.end
            continue
        between = _lost_between_readings(text, start, known) or _lost_before_a_trail_byte(text, start, known)
        if between is not None:
            end, character = between
            edits.append((start, end, character, "mojibake", "lost character recovered from its reading"))
            covered_until = end
            continue
        lost = _lost_reading_after_shifted_char(text, start, known)
        if lost is not None:
            begin, end, replacement, missing = lost
            note = f"unrecovered: {missing} character(s)" if missing else "lost byte recovered from context"
            edits.append((begin, end, replacement, "mojibake", note))
            covered_until = end
    edits += _runs_after_a_bare_mark(text, known, edits)
    tracked = tracked.edit(sorted(edits))
    judged: list[Edit] = [
        (
            run.start,
            run.end,
            run.replacement,
            "mojibake",
            f"unrecovered: {run.unrecovered} character(s)" if run.unrecovered else "realigned GBK bytes (judged)",
        )
        for run in _judged_runs(tracked.text, known, OwnCopies(tracked.text, copies.budget))
    ]
    return tracked.edit(judged)


_BARE_MARK = re.compile(r"(?<=[^\x00-\x7f])!(?=[^\x00-\x7f])")
"""An ASCII ! between Chinese characters: the shifted pair A3A1 (！) a page ASCII-fied, when the lost lead
byte before it left no ? (过程!敝芗涡勒f was 过程。”周嘉欣說)."""
_RUN_TO_A_TRAIL = re.compile(
    rf"[^\x00-\x7f，。！？；：、“”‘’（）]{{1,12}}(?:[\x40-\x7e]|[(（]{READING_BODY}{READING_END})"
)
"""Double-byte characters up to an ASCII byte read as a trail, as every shifted run ends (敝芗涡勒f), or up
to the reading of the character whose trail byte was lost there (叭ツ昀顣(shū)記 was 。“去年李書(shū)記)."""


def _runs_after_a_bare_mark(text: str, known: dict[str, set[str]], earlier: list[Edit]) -> list[Edit]:
    """Shifted runs that open with a bare `!` and go on to an ASCII trail byte, read as if a `?` stood
    before the mark, on a page that shows a lost byte elsewhere."""
    found: list[Edit] = []
    # a page with no lost byte anywhere (快?! a ? between characters) writes its ! as it means, unless the
    # run ends in a reading the character before it never has
    lost_seen = _LOST_BYTE_SEEN.search(text) is not None
    ordered = sorted(earlier)
    taken = [(start, end) for start, end, *_ in ordered]
    starts = [start for start, _ in taken]
    for match in _BARE_MARK.finditer(text):
        at = match.start()
        previous = bisect.bisect_right(starts, at) - 1
        if previous >= 0 and taken[previous][1] > at:
            continue
        trail = _RUN_TO_A_TRAIL.match(text, at + 1)
        if trail is None and not lost_seen:
            continue  # on a page with a lost byte elsewhere, a run may end where a dropped 80 realigned it
        if trail is not None and not (lost_seen or _ends_in_a_misplaced_reading(trail.group())):
            continue
        base = max(0, at - _CONTEXT)  # a window, not a copy of the whole text for every mark
        window = text[base:at] + "?" + text[at : at + _CONTEXT]
        first, last = bisect.bisect_left(starts, base), bisect.bisect_right(starts, at + _CONTEXT)
        around = [*ordered[first:last], *(edit for edit in found if edit[0] >= base)]
        nearby: list[Edit] = [
            (s - base, e - base, new, kind, note)
            for s, e, new, kind, note in around
            if base <= s and e <= at + _CONTEXT
        ]
        run = _shifted_run(window, at - base, known, nearby, None)
        # 太精彩了!北京T台秀 re-read is 。”本㏕台秀: a true run reads as characters and marks only
        if run is None:
            continue
        # a trail byte lost at the page's own comma leaves the run's last character unknown, the rest read
        read = run.replacement
        if run.unrecovered == 1 and window[run.end : run.end + 1] in _COMMAS:
            read = read.removesuffix(REPLACEMENT)
        if len(run.replacement) - len(read) == run.unrecovered and all(is_han(ch) or ch in _PUNCT for ch in read):
            note = "realigned GBK bytes" + (f"; unrecovered: {run.unrecovered} character(s)" if run.unrecovered else "")
            found.append((at, base + run.end - 1, run.replacement, "mojibake", note))
    return found


def _ends_in_a_misplaced_reading(run: str) -> bool:
    """叭ツ昀顣(shū): the run ends in a reading the character it is glued to never has."""
    glued = _GLUED_READING_AT.search(run)
    if glued is None or glued.end() != len(run) or glued.start() == 0:
        return False
    return _misplaced_reading(run[glued.start() - 1], glued.group()) is not None


def _misplaced_reading(character: str, glued: str) -> str | None:
    """The reading in a glued `(shū)` when the character it follows never has it: the reading of another
    character, whose byte was lost there."""
    reading = glued[1:-1].strip()
    return reading if is_reading(reading) and character not in readings().get(reading, "") else None


_LOST_BYTE_SEEN = re.compile(r"[^\x00-\x7f]\?|\?[^\x00-\x7f]")
_CONTEXT = 400


def _lost_reading_after_shifted_char(
    text: str, marker: int, known: dict[str, set[str]]
) -> tuple[int, int, str, int] | None:
    """`亟?jīng)濟`: the Han character before `?reading)` holds the bytes of two damaged neighbours."""
    reading = _LOST_READING.match(text, marker)
    if not reading or not is_reading(reading.group(1)) or marker == 0:
        return None
    shifted = text[marker - 1]
    data = _gbk(shifted)
    if not is_han(shifted) or data is None or len(data) != 2:
        return None
    window = text[marker - 1 : reading.end() + _RUN_LIMIT + 1]
    if any(run.start == 1 for run in _judged_runs(window, known)):
        return None  # `當?shù)刎S富`: the reading is a bridge into a shifted run after it, 當 is in place
    before_shifted = _prev_han(text, marker - 1)
    if shifted in common_chars() and (
        _is_word(before_shifted + shifted) or _is_word(shifted + text[marker - 2 : marker - 1])
    ):
        return None  # a common character that reads well in place is not shifted
    pair = text[marker - 2 : marker]
    near = max(0, marker - _SAME_ARTICLE), marker + _SAME_ARTICLE
    if len(pair) == 2 and all(map(is_han, pair)) and text.count(pair, *near) > 1:
        return None  # 吴永忠?guī): 永忠 stands elsewhere in the article as written, the name is in place
    after = text[reading.end() : reading.end() + 1]
    second = _lost_trail(data[1], reading.group(1), after, known)
    first = _lost_lead(data[0], before_shifted, second or "")
    if second is None:
        return None  # nothing certain: leave the text (the orphan reading is removed later)
    replacement = (first or REPLACEMENT) + second
    return marker - 1, reading.end(), replacement, int(first is None)


_SAME_ARTICLE = 20_000
"""How far around a marker the article's other copies of a name are looked for: a page's article, not a
whole long file (each marker counting through all of it made a file of many markers quadratic)."""
_ORPHAN_THEN_TRAIL = re.compile(rf"\?({READING_BODY}){READING_END}([\x40-\x7e])(?=[^\x00-\x7f])")


def _lost_before_a_trail_byte(text: str, marker: int, known: dict[str, set[str]]) -> tuple[int, str] | None:
    """`隊?wèi){借` was 隊憑借: the orphan reading names the character made of 隊's last byte and 憑's lost
    lead byte (爲 A091), and the ASCII byte right after it is 憑's trail byte (7B, `{`). The character made
    of a lead byte the reading allows and that trail byte; the end of the span and it, or None."""
    found = _ORPHAN_THEN_TRAIL.match(text, marker)
    if found is None or marker == 0 or not is_reading(found.group(1)) or not is_han(text[marker - 1]):
        return None
    before = _gbk(text[marker - 1])
    if before is None or len(before) != 2:
        return None
    named = set(readings().get(found.group(1), "")) | known.get(found.group(1), set())
    leads = seconds_after(before[1], named)
    trail = ord(found.group(2))
    candidates = [c for lead in sorted(leads) if (c := _pair(lead, trail)) and is_han(c)]
    after = text[found.end() : found.end() + 1]
    character = _unique(candidates) or _by_words(candidates, text[marker - 1], after)
    return (found.end(), character) if character else None


_TWO_ORPHANS = re.compile(rf"\?({READING_BODY}){READING_END}\?({READING_BODY}){READING_END}")


def _lost_between_readings(text: str, marker: int, known: dict[str, set[str]]) -> tuple[int, str] | None:
    """`日?qǐng)?bào)` was 日報: the first orphan reading names the character made of 日's last byte and the
    lost character's first (請), the second names the lost character itself (報). Only a character that
    fits both readings and those bytes is restored; the end of the two readings and it, or None."""
    pair = _TWO_ORPHANS.match(text, marker)
    if pair is None or marker == 0 or not (is_reading(pair.group(1)) and is_reading(pair.group(2))):
        return None
    before = _gbk(text[marker - 1]) if is_han(text[marker - 1]) else None
    if before is None or len(before) != 2:
        return None
    table = readings()

    def read_as(reading: str) -> set[str]:
        return set(table.get(reading, "")) | known.get(reading, set())

    bridges = read_as(pair.group(1))
    candidates = [
        c
        for c in read_as(pair.group(2))
        if (data := _gbk(c)) is not None and len(data) == 2 and _pair(before[1], data[0]) in bridges
    ]
    after = text[pair.end() : pair.end() + 1]
    found = _unique(candidates) or _by_words(candidates, text[marker - 1], after)
    return (pair.end(), found) if found else None
