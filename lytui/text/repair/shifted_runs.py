"""Shifted GBK runs found by evidence, with or without a `?` in front (the second mojibake pass).

A stretch of double-byte characters that ends where an ASCII byte was read as a trail byte (`萘窟_`) or a
trail byte was rejected (`恿?`), holding a character rare in news text, is re-read from every start with
every lost lead byte; the language judge (`language.py`) keeps a re-reading only when it reads far
better. An orphan reading in front (`當?shù)刎S富`) is the character made of the bytes around the loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lytui.data import division_names, readings
from lytui.han import is_han
from lytui.text.repair import language
from lytui.text.repair.dropped_pairs import OwnCopies, restore_dropped_pairs
from lytui.text.repair.gbk import _FULLWIDTH, _LOST_READING, _PUNCT, REPLACEMENT, _gbk, _pair, ascii_digits
from lytui.text.repair.pinyin import READING_BODY, READING_END, is_reading
from lytui.text.t2s import quick_simplified
from lytui.text.tracked import Edit

_RUN_LIMIT = 40
_CANNOT_OPEN_A_LINE = "。，、；：？！）》”’"  # closing marks, which Chinese typesetting never puts first on a line
_LEFT_OPENING_COST = 3.0
SENTENCE_MARKS = "。！？!?"
INDENT_TRAIL = 0xA1  # the second byte of U+3000, the ideographic space that indents a paragraph
_ASCII_TRAIL = re.compile(r"(?<=[^\x00-\x7f])[\x40-\x7e](?![A-Za-z0-9])")
_READING_ANYWHERE = re.compile(rf"[?(（]({READING_BODY}){READING_END}")
_GLUED_READING = re.compile(rf"(?<=[^\x00-\x7f])[(（]({READING_BODY}){READING_END}")
_SPACE_TRAIL = re.compile(r"(?<=[^\x00-\x7f]) (?! )")  # a trail byte dropped before a space
_QUESTION_TRAIL = re.compile(r"(?<=[^\x00-\x7f])\?")
_BRIDGE_BEFORE = re.compile(rf"\?({READING_BODY}){READING_END}$")
_GLUED_READING_BEFORE = re.compile(rf"[(（]({READING_BODY}){READING_END}$")
_ACCEPT_GAIN = 9.0  # log10: the repaired stretch reads a billion times likelier
_ACCEPT_MEAN = -2.6
_CHANGE_COST = 1.0
_FREQUENCY_RATIO = 10
_RUN_RARE = -3.3
_RUNS_JUDGED = 2_000  # per text: real pages have a handful; each costs about a millisecond
_STARTS_JUDGED = 6  # starts whose lost lead byte is judged, best estimates first
_MARGIN = 1.0  # log10: a recovered character must read ten times as likely as the next candidate


@lru_cache(maxsize=65_536)
def _double(ch: str) -> bytes | None:
    """The two GBK bytes a character of a shifted run stands for (an ASCII space there was U+3000)."""
    if ch == " ":
        return b"\xa1\xa1"
    if ch.isascii() or ch == REPLACEMENT:
        return None
    data = _gbk(_FULLWIDTH.get(ch, ch))
    return data if data is not None and len(data) == 2 else None


def _judged(options: list[str], before: str, after: str) -> str | None:
    """The option that reads best between its neighbours, if it reads clearly better than the next."""
    return _judged_cached(tuple(sorted(set(options))), before, after)


@lru_cache(maxsize=16_384)
def _judged_cached(options: tuple[str, ...], before: str, after: str) -> str | None:
    if not options:
        return None
    ranked = sorted(((language.score(before + o + after), o) for o in options), reverse=True)
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < _MARGIN:
        return _by_word_frequency([o for value, o in ranked if ranked[0][0] - value < _MARGIN], before, after)
    best = ranked[0][1]
    if best in _PUNCT:
        return best
    simple = quick_simplified(before[-1:] + best + after[:1])
    return best if any(language.is_word(simple[i : i + 2]) for i in range(len(simple) - 1)) else None


@dataclass
class _Judged:
    start: int
    end: int
    replacement: str
    unrecovered: int
    gain: float
    closes_quotation: bool = False


def _by_word_frequency(tied: list[str], before: str, after: str) -> str | None:
    """Among candidates the judge cannot tell apart, the one whose word with a neighbour jieba counts
    ten times as often as any other's (拥有 over 地表, 容量 over 份量); None when no word stands out."""
    counted = []
    for option in tied:
        simple = quick_simplified(before[-1:] + option + after[:1])
        at = len(before[-1:])
        words = [simple[at - 1 : at + 1]] if at else []
        words += [simple[at : at + 2]] if after else []
        counted.append((max((language.word_frequency(w) for w in words if len(w) == 2), default=0), option))
    counted.sort(reverse=True)
    if not counted or counted[0][0] == 0:
        return None
    if len(counted) > 1 and counted[0][0] < _FREQUENCY_RATIO * counted[1][0]:
        return None
    return counted[0][1]


def _lead_options(trail: int, leads: set[int] | None) -> list[str]:
    return list(_lead_options_cached(trail, frozenset(leads) if leads is not None else None))


@lru_cache(maxsize=512)
def _lead_options_cached(trail: int, leads: frozenset[int] | None) -> tuple[str, ...]:
    found: list[str] = []
    for lead in sorted(leads) if leads is not None else range(0x81, 0xFF):
        c = _pair(lead, trail)
        if c and (is_han(c) or c in _PUNCT):
            found.append(c)
    return tuple(found)


def _before_readings(text: str, index: int) -> int:
    """Where the character before `index` stands, past a reading glued to it: in `當(dāng)?shù)` the
    character before the orphan reading is 當, and its bytes are the ones the loss cut into."""
    glued = _GLUED_READING_BEFORE.search(text, max(0, index - 12), index)
    if glued and is_reading(glued.group(1)):
        return glued.start() - 1
    return index - 1


def _bridge_leads(text: str, bridge_start: int, reading: str, known: dict[str, set[str]]) -> set[int] | None:
    """The lost lead bytes an orphan reading allows: `當?shù)` names 數, whose first byte is 當's last, so
    its second byte is the lead byte the run after it lost. The characters read so are those the document
    glued that reading to, else those the table of readings lists; None when neither gives one."""
    at = _before_readings(text, bridge_start)
    before = _gbk(text[at]) if at >= 0 else None
    if before is None or len(before) != 2:
        return None
    for named in (known.get(reading, ()), readings().get(reading, "")):
        if leads := seconds_after(before[1], named):
            return leads
    return None


def seconds_after(first: int, named: Iterable[str]) -> set[int]:
    """The second bytes of the double-byte characters among `named` whose first byte is `first`: what a
    reading leaves possible for a character made of a neighbour's last byte and a lost one."""
    return {data[1] for c in named if (data := _gbk(c)) is not None and len(data) == 2 and data[0] == first}


@lru_cache(maxsize=256)
def trail_options(lead: int) -> tuple[str, ...]:
    """The Han characters a lead byte makes with any trail byte: what a lost trail byte leaves possible."""
    return tuple(c for trail in range(0x40, 0xFF) if (c := _pair(lead, trail)) and is_han(c))


def _judge_run(
    text: str,
    s: int,
    t: int,
    span_start: int,
    leads: set[int] | None,
    choose_first: bool = True,
    glued: tuple[str, int] | None = None,
    copies: OwnCopies | None = None,
) -> _Judged | None:
    """Re-read text[s:t] plus the trail at `t` one byte earlier, the lost lead byte chosen by the judge
    (or, without `choose_first`, left as U+FFFD: a cheap estimate to rank the starts by). With `glued`
    (a reading and where it ends), the run ends before a reading glued to its last character, whose
    second byte was lost: the reading names that character, and the span takes the reading too."""
    data = b"".join(d for c in text[s:t] if (d := _double(c)) is not None)
    if len(data) != 2 * (t - s):
        return None
    terminator = text[t]
    end = glued[1] if glued is not None else t if terminator == " " else t + 1
    unrecovered = 0
    body: list[str] = []
    trail_lost = terminator in "? " or glued is not None
    rest = data[1:] + (b"" if trail_lost else bytes((ord(terminator),)))
    for i in range(0, len(rest) - 1, 2):
        c = _pair(rest[i], rest[i + 1])
        if c is None:
            return None
        body.append(c)
    if trail_lost:
        options = list(trail_options(rest[-1]))
        if glued is not None:
            named = readings().get(glued[0], "")
            options = [c for c in options if c in named]
        last = (  # an estimate leaves it lost: judging ~190 candidates for every start is what costs
            reduplicated(body, options) or _judged(options, body[-1] if body else "", text[end : end + 1])
            if choose_first
            else None
        )
        if last is None and glued is not None and len({quick_simplified(c) for c in options}) == 1:
            last = options[0]  # the only character of those bytes read that way (or its variants: 鎮 鎭)
        body.append(last or REPLACEMENT)
        unrecovered += last is None
        if terminator == "?" and re.match(r"\.\d", text[t + 1 : t + 3]):
            body.append(REPLACEMENT)  # the decoder swallowed a digit with the lost trail byte: `?.55`
            unrecovered += 1
    at = _before_readings(text, span_start)
    before = text[at] if at >= 0 else ""
    closes_quotation = False
    if data[0] == INDENT_TRAIL and at_line_start(text, span_start):
        first: str | None = ""  # the paragraph's indent, an ideographic space whose lead byte was lost
    elif (
        choose_first
        and before in SENTENCE_MARKS
        and _quote_open(text, span_start)
        and "”" in _lead_options(data[0], leads)
    ):
        first = "”"  # the quote a sentence ends in closes after its last mark
        closes_quotation = _left_open(text, end)
    elif choose_first and leads is not None and len(bridged_by := _lead_options(data[0], leads)) == 1:
        first = bridged_by[0]  # the orphan reading's bytes leave one character: no judging needed
    elif choose_first:
        first = _judged(_lead_options(data[0], leads), before, "".join(body[:1]))
    else:
        first = None
    if first is None:
        first = REPLACEMENT
        unrecovered += 1
    restored, lost = restore_dropped_pairs("".join(body), first, text[end : end + 2], copies, span_start)
    unrecovered += lost
    replacement = ascii_digits(first + restored)
    context_before = text[max(0, span_start - 2) : span_start]
    context_after = text[end : end + 2]
    gain = language.score(context_before + replacement + context_after) - language.score(
        context_before + text[span_start:end] + context_after
    )
    # A start too early would also rewrite characters that read well where they are (机场航|鄷r → 院洁时):
    # each common character the repair changes must be paid for.
    original = quick_simplified(text[s:t])
    gain -= _CHANGE_COST * sum(
        1
        # before the dropped pairs are restored: one character for each the run shows, so the two align
        for before_c, after_c in zip(original, quick_simplified(ascii_digits(first + "".join(body))))
        if before_c != after_c and not language.is_rare(before_c) and language.character_score(before_c) > -3.0
    )
    line_start = text.rfind("\n", 0, span_start) + 1
    left_alone = text[line_start:span_start].strip()
    if left_alone and all(c in _CANNOT_OPEN_A_LINE for c in left_alone):
        gain -= _LEFT_OPENING_COST  # a start that leaves the line opening with `。` misses the run's first byte
    if closes_quotation:
        gain += _LEFT_OPENING_COST  # a start one later (!鼻溫州區) would leave the quotation open to the end
    return _Judged(span_start, end, replacement, unrecovered, gain, closes_quotation)


def _quotation_left_open_after_a_mark(text: str, start: int, end: int) -> bool:
    """Whether a sentence mark stands before or in text[start:end] with a quotation open there that nothing
    closes later: the lost lead byte of the closing ” shifted what follows (！鼻匕部h was ！”秦安縣)."""
    marks = [k for k in range(max(start, 1), end) if text[k - 1] in SENTENCE_MARKS]
    return bool(marks) and _quote_open(text, marks[-1]) and _left_open(text, end)


def _left_open(text: str, index: int) -> bool:
    """Whether nothing closes the quotation open at `index` before its paragraph ends or another opens."""
    ahead = text[index : index + _QUOTE_WINDOW].split("\n", 1)[0]
    closing, opening = ahead.find("”"), ahead.find("“")
    return closing < 0 or 0 <= opening < closing


def reduplicated(before: list[str], options: list[str]) -> str | None:
    """The lost character that completes a doubled word (干干净? -> 干干净净, the AABB form), when its
    bytes allow it."""
    if len(before) >= 3 and before[-3] == before[-2] != before[-1] and before[-1] in options:
        return before[-1]
    return None


def _quote_open(text: str, index: int) -> bool:
    """Whether the line before `index` has opened a quotation it has not closed."""
    return open_quotation(text, index, breaks="\n") is not None


_QUOTE_WINDOW = 300


def open_quotation(
    text: str,
    index: int,
    earlier: Sequence[Edit] = (),
    opening: str = "“",
    closing: str = "”",
    breaks: str = " \n",
) -> int | None:
    """How far back the quotation open at `index` was opened, or None if none is, within its segment (to
    the last of `breaks`) and the 300 characters before `index` (a paragraph's quotation, not the whole of
    a line without breaks); counted in the text as the `earlier` runs repaired before it read (`道?!艾F`
    was 道。“現, whose “ opens the quotation a later run closes)."""
    window = max(0, index - _QUOTE_WINDOW)
    segment_start = max([window - 1, *(text.rfind(mark, window, index) for mark in breaks)]) + 1
    within = []  # the runs repaired in the segment, found from the last back (they are in text order)
    for edit in reversed(earlier):
        if edit[0] < segment_start:
            break
        within.append(edit)
    pieces: list[tuple[int, str]] = []
    position = segment_start
    for start, end, replacement, *_ in reversed(within):
        if end <= index:
            pieces += [(position, text[position:start]), (end, replacement)]
            position = end
    pieces.append((position, text[position:index]))
    marks = re.compile(f"[{opening}{closing}]")  # the two marks alone are visited, not every character
    depth, opened_at = 0, None
    for at, piece in pieces:
        for mark in marks.finditer(piece):
            if mark.group() == opening:
                depth, opened_at = depth + 1, at + mark.start()
            elif depth:
                depth -= 1
    return index - opened_at if depth and opened_at is not None else None


def at_line_start(text: str, index: int) -> bool:
    """Whether only spaces (or a layout bar) stand between `index` and the start of its line."""
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip(" \t|｜")  # a bar the page set before the line is layout too


def _unusual(character: str) -> bool:
    """A character news text rarely has, or a GBK symbol that is neither Han nor usual punctuation (⑸, θ)."""
    if character in _PUNCT or character == " ":
        return False
    return not is_han(character) or language.is_rare(character, _RUN_RARE)


def _reads_as_news(replacement: str) -> bool:
    """Whether the re-read run reads as news: no character rare in news text, and common ones on the
    whole. A division's name the run holds (什邡市, 邡 being rare) vouches for its own characters."""
    simplified = quick_simplified(replacement)
    named = _within_division_names(simplified)
    known = [c for at, c in enumerate(simplified) if c != REPLACEMENT and at not in named]
    if not known or any(language.is_rare(c) for c in known if is_han(c)):
        return False
    return sum(language.character_score(c) for c in known) / len(known) >= _ACCEPT_MEAN


def _within_division_names(text: str) -> set[int]:
    """Positions of `text` inside a division's name of three characters or more (什邡市, 禾丰镇)."""
    names = division_names()
    return {
        at
        for start in range(len(text))
        for size in (3, 4, 5)
        if text[start : start + size] in names
        for at in range(start, start + size)
    }


_FITS, _MISPLACED, _SURE = 0, 1, 2


@lru_cache(maxsize=16_384)
def _reading_verdict(before: str, reading: str) -> int:
    """Whether `reading`, glued after `before`, fits it, is misplaced, or is misplaced and names a
    character that starts with the byte `before` ends with (pages repeat the same pairs: decided once)."""
    data = _double(before)
    if data is None or not is_han(before) or not is_reading(reading):
        return _FITS
    read_so = readings().get(reading, "")
    if before in read_so:
        return _FITS
    if seconds_after(data[1], read_so):
        return _SURE
    return _MISPLACED


def _misplaced_readings(text: str) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """Readings glued after a double-byte character they are not a reading of (辨(zhèn), where 鎮 was
    read): where each starts, the reading and where it ends. A converter glued the reading to the right
    character; a byte lost later shifted that character into its neighbour and lost its second byte.
    Also where the reading is evidence enough: a character it names starts with the byte the character
    before it ends with (else the reading may only be one the table lacks, and the run needs a rare
    character too)."""
    found: dict[int, tuple[str, int]] = {}
    sure: set[int] = set()
    for m in _GLUED_READING.finditer(text):
        verdict = _reading_verdict(text[m.start() - 1], m.group(1))
        if verdict:
            found[m.start()] = (m.group(1), m.end())
            if verdict == _SURE:
                sure.add(m.start())
    return found, sure


def _judged_runs(text: str, known: dict[str, set[str]], copies: OwnCopies | None = None) -> list[_Judged]:
    """Shifted runs found by statistics, with or without a `?` in front: a stretch of double-byte
    characters ending where an ASCII byte was read as a trail byte (`窟_`, `榘l`) or a trail byte was
    rejected (`恿?`), re-read from each possible start and kept when the judge finds it much better."""
    found: list[_Judged] = []
    covered = 0
    budget = _RUNS_JUDGED
    in_readings = {
        i for m in _READING_ANYWHERE.finditer(text) if is_reading(m.group(1)) for i in range(m.start(), m.end())
    }
    glued_at, sure_readings = _misplaced_readings(text)
    terminators = sorted(
        [m.start() for m in _ASCII_TRAIL.finditer(text)]
        + [m.start() for m in _QUESTION_TRAIL.finditer(text)]
        + [m.start() for m in _SPACE_TRAIL.finditer(text)]
        + list(glued_at)
    )
    for t in terminators:
        if t < covered or (text[t] == "?" and _LOST_READING.match(text, t)) or (t in in_readings and t not in glued_at):
            continue
        if text[t] == "?" and text[t - 1] in "」』”’":
            continue  # 要办『村晚』?」: a question mark after a closing quote, the page's own
        if text[t] == " " and not (is_han(text[t - 1]) and language.is_rare(text[t - 1], language.UNKNOWN + 0.01)):
            continue  # a space ends a run only after a character news text never has (a name's 磊 is rare enough)
        j = t
        while j > covered and t - j < _RUN_LIMIT and _double(text[j - 1]) is not None:
            j -= 1
        region = text[j:t]
        if not region.strip():
            continue
        marker_start: int | None = None
        leads: set[int] | None = None
        bridged = False
        bridge: re.Match[str] | None = None
        if j > 0 and text[j - 1] == "?":
            marker_start = j - 1
        elif (
            text[j - 1 : j] in (")", "）")
            and (bridge := _BRIDGE_BEFORE.search(text, max(0, j - 14), j))
            and is_reading(bridge.group(1))
        ):
            marker_start = bridge.start()
            bridged = True  # an orphan reading in front is evidence of a loss by itself
        if (
            t not in sure_readings
            and not bridged
            and not any(_unusual(c) for c in region)
            and not _quotation_left_open_after_a_mark(text, j, t)
        ):
            continue  # ordinary text before a letter or a question mark (A股, 吗?) is not a run
        budget -= 1
        if budget < 0:
            break  # a file of nothing but mojibake: the rest stays as it is rather than stall cleaning
        if bridged and bridge is not None:
            leads = _bridge_leads(text, bridge.start(), bridge.group(1), known)
        estimates: list[tuple[float, int, int]] = []
        for s in range(j, t):
            if text[s] == " ":
                continue
            span_start = marker_start if s == j and marker_start is not None else s
            estimate = _judge_run(text, s, t, span_start, None, choose_first=False, glued=glued_at.get(t))
            if estimate is not None:
                estimates.append((estimate.gain, s, span_start))
        best: _Judged | None = None
        for _, s, span_start in sorted(estimates, reverse=True)[:_STARTS_JUDGED]:
            judged = _judge_run(
                text,
                s,
                t,
                span_start,
                leads if span_start == marker_start else None,
                glued=glued_at.get(t),
                copies=copies,
            )
            if judged is not None and (best is None or judged.gain > best.gain):
                best = judged
        if best is None or not _reads_as_news(best.replacement):
            continue
        evidence = t in sure_readings or (bridged and best.start == marker_start) or best.closes_quotation
        if not evidence and not any(_unusual(c) for c in text[best.start : t]):
            continue  # only a run holding a character news text rarely has (or a misplaced reading) is mojibake
        if not evidence and text[best.start] != "?" and not any(is_han(c) for c in text[best.start : t]):
            continue  # 20年①|不靠: a symbol alone before a bar is the page's numbering, no shifted pair of Han
        if best.gain >= _ACCEPT_GAIN:
            found.append(best)
            covered = best.end
    return found
