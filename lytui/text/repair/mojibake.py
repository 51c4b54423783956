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

import re
from dataclasses import dataclass
from functools import lru_cache

from lytui.han import HAN
from lytui.text.decode import common_chars
from lytui.text.repair import language
from lytui.text.repair.pinyin import READING_BODY, is_reading
from lytui.text.t2s import quick_simplified, simplified
from lytui.text.tracked import Edit, Tracked

REPLACEMENT = "\ufffd"
_FULLWIDTH = {"!": "！", ",": "，", ":": "：", ";": "；", "?": "？", "(": "（", ")": "）"}
_LOST_READING = re.compile(rf"\?({READING_BODY})[)）]")
_HAN_CHAR = re.compile(rf"[{HAN}]")
_PUNCT = "，。、；：？！“”‘’（）《》—…"


def _gbk(ch: str) -> bytes | None:
    try:
        data = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return data


@lru_cache(maxsize=65_536)  # at most 126 x 191 byte pairs; candidates are rebuilt for every lost byte
def _pair(lead: int, trail: int) -> str | None:
    try:
        text = bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


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
        if _HAN_CHAR.fullmatch(ch):
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
    candidates = [c for t in range(0x40, 0xFF) if (c := _pair(lead, t)) and _HAN_CHAR.fullmatch(c)]
    if reading and reading in known:
        named = [c for c in candidates if c in known[reading]]
        if len(set(named)) == 1:
            return named[0]
    return _by_words(candidates, "", after)


def _lost_lead(trail: int, before: str, after: str) -> str | None:
    candidates = [c for lead in range(0x81, 0xFF) if (c := _pair(lead, trail)) and _HAN_CHAR.fullmatch(c)]
    return _by_words(candidates, before, after)


def _open_quote(text: str, index: int) -> bool:
    segment_start = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index)) + 1
    segment = text[segment_start:index]
    return segment.count("“") > segment.count("”")


def _lost_digit(after: str) -> str | None:
    """A digit swallowed before `2月…`: only one digit makes a valid month or day."""
    match = re.match(r"(\d{1,2})([月日])", after)
    if not match:
        return None
    limit = 12 if match.group(2) == "月" else 31
    options = [d for d in "123456789" if int(d + match.group(1)) <= limit]
    return options[0] if len(options) == 1 else None


@dataclass
class _Run:
    end: int
    replacement: str
    unrecovered: int


def _shifted_run(text: str, marker: int, known: dict[str, set[str]]) -> _Run | None:
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
        if ch == "?":
            # `?` is the pending lead byte with a trail the decoder rejected. Either the scraper's decoder
            # swallowed an ASCII byte with it (a digit before 月/日: `?2月15日` was `”12月15日`), or only
            # the trail byte was lost and the stream is aligned again right after the `?`.
            next_text = text[j + 1 : j + 4]
            options = [c for t in range(0x40, 0xFF) if (c := _pair(pending, t))]
            found = None
            if options and all(c in _PUNCT or not _HAN_CHAR.fullmatch(c) for c in options):
                if _open_quote(text, marker) and "”" in options:
                    found = "”"
            else:
                han = [c for c in options if _HAN_CHAR.fullmatch(c)]
                found = _by_words(han, decoded[-1] if decoded else "", text[j + 1 : j + 2])
            decoded.append(found or REPLACEMENT)
            unrecovered += found is None
            if next_text[:1].isdigit():
                digit = _lost_digit(next_text)
                if digit is not None:
                    decoded.append(digit)
            j += 1
            break
        data = _gbk(_FULLWIDTH.get(ch, ch)) if not ch.isspace() else None
        if data is None:
            return None
        if len(data) == 1:
            if 0x40 <= data[0] <= 0x7E and (c := _pair(pending, data[0])):
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
    first_char = _first_char(first_bytes[0], before, decoded[0] if decoded else "")
    if first_char is None:
        first_char = REPLACEMENT
        unrecovered += 1
    replacement = first_char + "".join(decoded)
    if not _reads_better(replacement, text[marker + 1 : j]):
        return None
    return _Run(j, replacement, unrecovered)


def _first_char(trail: int, before: str, after: str) -> str | None:
    """The character whose lead byte became `?`: punctuation at a clause boundary, else a word."""
    options = [c for lead in range(0x81, 0xFF) if (c := _pair(lead, trail))]
    punctuation = [c for c in options if c in _PUNCT]
    if punctuation and (before in ",，" or after in "“”‘’"):
        return _unique(punctuation) or punctuation[0]
    return _by_words([c for c in options if _HAN_CHAR.fullmatch(c)], before, after)


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
    for match in re.finditer(r"\?", text):
        start = match.start()
        if start < covered_until:
            continue
        run = _shifted_run(text, start, known)
        if run is not None:
            note = f"unrecovered: {run.unrecovered} character(s)" if run.unrecovered else "realigned GBK bytes"
            edits.append((start, run.end, run.replacement, "mojibake", note))
            covered_until = run.end
            continue
        lost = _lost_reading_after_shifted_char(text, start, known)
        if lost is not None:
            begin, end, replacement, missing = lost
            note = f"unrecovered: {missing} character(s)" if missing else "lost byte recovered from context"
            edits.append((begin, end, replacement, "mojibake", note))
            covered_until = end
    tracked = tracked.edit(edits)
    judged: list[Edit] = [
        (
            run.start,
            run.end,
            run.replacement,
            "mojibake",
            f"unrecovered: {run.unrecovered} character(s)" if run.unrecovered else "realigned GBK bytes (judged)",
        )
        for run in _judged_runs(tracked.text, known)
    ]
    return tracked.edit(judged)


def _lost_reading_after_shifted_char(
    text: str, marker: int, known: dict[str, set[str]]
) -> tuple[int, int, str, int] | None:
    """`亟?jīng)濟`: the Han character before `?reading)` holds the bytes of two damaged neighbours."""
    reading = _LOST_READING.match(text, marker)
    if not reading or not is_reading(reading.group(1)) or marker == 0:
        return None
    shifted = text[marker - 1]
    data = _gbk(shifted)
    if not _HAN_CHAR.fullmatch(shifted) or data is None or len(data) != 2:
        return None
    window = text[marker - 1 : reading.end() + _RUN_LIMIT + 1]
    if any(run.start == 1 for run in _judged_runs(window, known)):
        return None  # `當?shù)刎S富`: the reading is a bridge into a shifted run after it, 當 is in place
    before_shifted = _prev_han(text, marker - 1)
    if shifted in common_chars() and (
        _is_word(before_shifted + shifted) or _is_word(shifted + text[marker - 2 : marker - 1])
    ):
        return None  # a common character that reads well in place is not shifted
    after = text[reading.end() : reading.end() + 1]
    second = _lost_trail(data[1], reading.group(1), after, known)
    first = _lost_lead(data[0], before_shifted, second or "")
    if second is None:
        return None  # nothing certain: leave the text (the orphan reading is removed later)
    replacement = (first or REPLACEMENT) + second
    return marker - 1, reading.end(), replacement, int(first is None)


_RUN_LIMIT = 40
_ASCII_TRAIL = re.compile(r"(?<=[^\x00-\x7f])[\x40-\x7e](?![A-Za-z0-9])")
_READING_ANYWHERE = re.compile(rf"[?(（]({READING_BODY})[)）]")
_QUESTION_TRAIL = re.compile(r"(?<=[^\x00-\x7f])\?")
_BRIDGE_BEFORE = re.compile(rf"\?({READING_BODY})[)）]$")
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
        if c and (_HAN_CHAR.fullmatch(c) or c in _PUNCT):
            found.append(c)
    return tuple(found)


def _bridge_leads(text: str, bridge_start: int, reading: str, known: dict[str, set[str]]) -> set[int] | None:
    """The lost lead bytes an orphan reading allows: `當?shù)` names 數, whose first byte is 當's last, so
    its second byte is the lead byte the run after it lost. None when the document never glued that reading."""
    before = _gbk(text[bridge_start - 1]) if bridge_start > 0 else None
    if before is None or len(before) != 2 or reading not in known:
        return None
    leads = {data[1] for c in known[reading] if (data := _gbk(c)) and len(data) == 2 and data[0] == before[1]}
    return leads or None


def _judge_run(
    text: str, s: int, t: int, span_start: int, leads: set[int] | None, choose_first: bool = True
) -> _Judged | None:
    """Re-read text[s:t] plus the trail at `t` one byte earlier, the lost lead byte chosen by the judge
    (or, without `choose_first`, left as U+FFFD: a cheap estimate to rank the starts by)."""
    data = b"".join(d for c in text[s:t] if (d := _double(c)) is not None)
    if len(data) != 2 * (t - s):
        return None
    terminator = text[t]
    end = t + 1
    unrecovered = 0
    body: list[str] = []
    rest = data[1:] + (bytes((ord(terminator),)) if terminator != "?" else b"")
    for i in range(0, len(rest) - 1, 2):
        c = _pair(rest[i], rest[i + 1])
        if c is None:
            return None
        body.append(c)
    if terminator == "?":
        options = [c for t2 in range(0x40, 0xFF) if (c := _pair(rest[-1], t2)) and _HAN_CHAR.fullmatch(c)]
        last = _judged(options, body[-1] if body else "", text[t + 1 : t + 2])
        body.append(last or REPLACEMENT)
        unrecovered += last is None
        if re.match(r"\.\d", text[t + 1 : t + 3]):
            body.append(REPLACEMENT)  # the decoder swallowed a digit with the lost trail byte: `?.55`
            unrecovered += 1
    before = text[max(0, span_start - 1) : span_start]
    first = _judged(_lead_options(data[0], leads), before, "".join(body[:1])) if choose_first else None
    if first is None:
        first = REPLACEMENT
        unrecovered += 1
    replacement = first + "".join(body)
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
        for before_c, after_c in zip(original, quick_simplified(replacement))
        if before_c != after_c and not language.is_rare(before_c) and language.character_score(before_c) > -3.0
    )
    return _Judged(span_start, end, replacement, unrecovered, gain)


def _unusual(character: str) -> bool:
    """A character news text rarely has, or a GBK symbol that is neither Han nor usual punctuation (⑸, θ)."""
    if character in _PUNCT or character == " ":
        return False
    return not _HAN_CHAR.fullmatch(character) or language.is_rare(character, _RUN_RARE)


def _reads_as_news(replacement: str) -> bool:
    known = [c for c in quick_simplified(replacement) if c != REPLACEMENT]
    if not known or any(language.is_rare(c) for c in known if _HAN_CHAR.fullmatch(c)):
        return False
    return sum(language.character_score(c) for c in known) / len(known) >= _ACCEPT_MEAN


def _judged_runs(text: str, known: dict[str, set[str]]) -> list[_Judged]:
    """Shifted runs found by statistics, with or without a `?` in front: a stretch of double-byte
    characters ending where an ASCII byte was read as a trail byte (`窟_`, `榘l`) or a trail byte was
    rejected (`恿?`), re-read from each possible start and kept when the judge finds it much better."""
    found: list[_Judged] = []
    covered = 0
    budget = _RUNS_JUDGED
    in_readings = {
        i for m in _READING_ANYWHERE.finditer(text) if is_reading(m.group(1)) for i in range(m.start(), m.end())
    }
    terminators = sorted(
        [m.start() for m in _ASCII_TRAIL.finditer(text)] + [m.start() for m in _QUESTION_TRAIL.finditer(text)]
    )
    for t in terminators:
        if t < covered or (text[t] == "?" and _LOST_READING.match(text, t)) or t in in_readings:
            continue
        j = t
        while j > covered and t - j < _RUN_LIMIT and _double(text[j - 1]) is not None:
            j -= 1
        region = text[j:t]
        if not region.strip():
            continue
        if not any(_unusual(c) for c in region):
            continue  # ordinary text before a letter or a question mark (A股, 吗?) is not a run
        budget -= 1
        if budget < 0:
            break  # a file of nothing but mojibake: the rest stays as it is rather than stall cleaning
        marker_start: int | None = None
        leads: set[int] | None = None
        if j > 0 and text[j - 1] == "?":
            marker_start = j - 1
        elif bridge := _BRIDGE_BEFORE.search(text, max(0, j - 14), j):
            if is_reading(bridge.group(1)):
                marker_start = bridge.start()
                leads = _bridge_leads(text, bridge.start(), bridge.group(1), known)
        estimates: list[tuple[float, int, int]] = []
        for s in range(j, t):
            if text[s] == " ":
                continue
            span_start = marker_start if s == j and marker_start is not None else s
            estimate = _judge_run(text, s, t, span_start, None, choose_first=False)
            if estimate is not None:
                estimates.append((estimate.gain, s, span_start))
        best: _Judged | None = None
        for _, s, span_start in sorted(estimates, reverse=True)[:_STARTS_JUDGED]:
            judged = _judge_run(text, s, t, span_start, leads if span_start == marker_start else None)
            if judged is not None and (best is None or judged.gain > best.gain):
                best = judged
        if best is None or not _reads_as_news(best.replacement):
            continue
        if not any(_unusual(c) for c in text[best.start : t]):
            continue  # only a run holding a character news text rarely has is mojibake
        if best.gain >= _ACCEPT_GAIN:
            found.append(best)
            covered = best.end
    return found
