"""Pinyin readings a naive converter glued after characters: `區(qū)` → `區`.

A parenthesised group is a reading only if every word in it has the shape of a pinyin syllable
(optional initial + a valid final) and carries a tone mark; `(福建)`, `(CPI)`, `(2023)` never do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from lytui.data import readings as reading_table
from lytui.han import is_han
from lytui.text.tracked import Edit, Tracked

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PLAIN = "aaaaeeeeiiiioooouuuuüüüü"
_STRIP_TONES = str.maketrans(_TONED, _PLAIN)
_LETTERS = "a-zü" + _TONED
_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
_FINALS = (
    *("iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ui", "ao"),
    *("ou", "iu", "ie", "üe", "ue", "er", "an", "en", "in", "un", "ün", "ia", "ua", "uo"),
    *("a", "o", "e", "i", "u", "ü", "ng", "n", "m"),
)
_SYLLABLE = re.compile("(?:" + "|".join(_INITIALS) + ")?(?:" + "|".join(_FINALS) + ")")
READING_BODY = rf"[{_LETTERS}]{{1,24}}(?: [{_LETTERS}]{{1,24}}){{0,3}}"
READING_END = r" ?[)）]"
"""The closing bracket of a reading, with the space some converters leave before it (`會(huì )`)."""
_BRACKETED_READING = re.compile(rf"[(（]({READING_BODY}){READING_END}")
ORPHAN = re.compile(rf"(?<![(（])\?({READING_BODY}){READING_END}")


_NEUTRAL = frozenset({"de", "le", "me", "ne", "zi", "men", "zhe", "ma", "ba", "tou"})
"""Neutral-tone syllables, written with no mark inside a reading: 好的(hǎo de), 石头(shí tou)."""


def is_reading(body: str) -> bool:
    """True when `body` is tone-marked pinyin: one to four words, each one syllable (`qū`, `jīng`) or
    a word's syllables written together (`jiǔquánshì`, as converters gloss a whole word)."""
    words = body.split(" ")
    for word in words:
        plain = word.translate(_STRIP_TONES)
        if _SYLLABLE.fullmatch(plain):
            if plain == word and word not in _NEUTRAL:
                return False  # no tone mark and not a common neutral-tone syllable
        elif (syllables := _syllables(word)) is None or not all(any(ch in _TONED for ch in s) for s in syllables):
            return False  # a word of several syllables gets a tone mark on each: 'fúwù', not 'mean'
    return any(ch in _TONED for ch in body)


def syllables(body: str) -> list[str] | None:
    """The syllables of a reading as written (`jiǔquánshì` → jiǔ, quán, shì), or None if it is none."""
    pieces: list[str] = []
    for word in body.split(" "):
        if (split := _syllables(word)) is None:
            return None
        pieces.extend(split)
    return pieces


_WORD_SYLLABLE = re.compile(
    "(?:" + "|".join(_INITIALS) + ")(?:" + "|".join(f for f in _FINALS if f not in ("ng", "n", "m")) + ")"
    "|(?:" + "|".join(f for f in _FINALS if f[0] in "aoe") + ")"
)
"""A syllable inside a word written whole: an initial and a final, or a final of its own that opens
with a, o or e (`ān`, `ér`), as pinyin writes `xī'ān`; a bare `n` or `m` is no syllable there."""


@lru_cache(maxsize=4096)
def _syllables(word: str) -> tuple[str, ...] | None:
    """Split a word written whole into syllables, longest first where it is ambiguous (`xiān`, not
    `xi`+`ān`), backtracking where the longest leaves letters no syllable begins with."""
    plain = word.translate(_STRIP_TONES)
    if not 0 < len(plain) <= 30:
        return None

    failed: set[int] = set()  # positions no split reaches the end from: each tried once, however reached

    def split(at: int) -> list[int] | None:
        if at == len(plain):
            return []
        if at in failed:
            return None
        ends = sorted(
            (at + len(m.group()) for size in range(6, 0, -1) if (m := _WORD_SYLLABLE.fullmatch(plain, at, at + size))),
            reverse=True,
        )
        for end in ends:
            if (rest := split(end)) is not None:
                return [end, *rest]
        failed.add(at)
        return None

    ends = split(0)
    if ends is None:
        return None
    starts = [0, *ends[:-1]]
    return tuple(word[a:b] for a, b in zip(starts, ends, strict=True))


def _glued(text: str, after_trail_bytes: bool = False) -> Iterator[re.Match[str]]:
    """Bracketed readings right after a Chinese character, `區(qū)`, as `(?<=[{HAN}])` before
    `_BRACKETED_READING` would find them, without compiling the class (see lytui.han). With
    `after_trail_bytes`, also those after a mojibake run's ASCII trail byte (`卣拇罅f(xié)`): the reading
    of the character whose bytes the loss scattered, whose last byte reads as an ASCII character."""
    at = 0
    while (match := _BRACKETED_READING.search(text, at)) is not None:
        start = match.start()
        if (start > 0 and is_han(text[start - 1])) or (
            after_trail_bytes and start > 1 and _TRAIL_BYTE_FIRST <= text[start - 1] <= "~" and is_han(text[start - 2])
        ):
            yield match
            at = match.end()
        else:
            at = match.start() + 1


def readings(text: str) -> dict[str, set[str]]:
    """The document's own readings: syllable → characters it was glued to (to resolve lost bytes)."""
    found: dict[str, set[str]] = defaultdict(set)
    for match in _glued(text):
        if not is_reading(body := match.group(1)):
            continue
        if " " not in body and _SYLLABLE.fullmatch(body.translate(_STRIP_TONES)):
            found[body].add(text[match.start() - 1])
            continue
        each = syllables(body) or []
        glossed = text[match.start() - len(each) : match.start()]
        if len(glossed) == len(each) and all(is_han(ch) for ch in glossed):
            for syllable, character in zip(each, glossed, strict=True):
                found[syllable].add(character)  # 酒泉市(jiǔquánshì): one syllable for each character before
    return found


_TRAIL_BYTE_FIRST = "@"
"""GBK's second bytes run from 0x40 (`@`) to 0x7E (`~`) in ASCII."""


_NEUTRAL_CHARACTERS = {"de": "的地得", "le": "了", "me": "么", "ne": "呢", "zi": "子", "men": "们", "zhe": "着"}


def _neutral_reading(body: str, before: str) -> bool:
    """改变着(zhe), 好的(de): a neutral-tone syllable carries no mark, so alone it is a reading only
    right after the particle or suffix it is the reading of."""
    return before in _NEUTRAL_CHARACTERS.get(body, "")


@lru_cache(maxsize=1)
def _read_without_tones() -> dict[str, frozenset[str]]:
    """Syllable without its tone mark → every character read that way in any tone."""
    found: dict[str, set[str]] = defaultdict(set)
    for reading, characters in reading_table().items():
        found[reading.translate(_STRIP_TONES)].update(characters)
    return {syllable: frozenset(characters) for syllable, characters in found.items()}


def _toneless_reading(body: str, text: str, start: int) -> bool:
    """目(mu)前(qian), 中国(zhongguo): some converters write readings without tone marks. With no mark
    to tell `(mu)` from a word or a list letter, the reading must be one the characters before it
    really have, syllable by syllable."""
    if body != body.translate(_STRIP_TONES) or (each := syllables(body)) is None:
        return False
    glossed = text[start - len(each) : start]
    table = _read_without_tones()
    return len(glossed) == len(each) and all(
        character in table.get(syllable, ()) for syllable, character in zip(each, glossed, strict=True)
    )


_TONELESS_READINGS = 3


def _after_repeats(text: str, reading: re.Match[str]) -> int:
    """Where a reading ends with the copies a converter glued after it (的(de)(de)(de)): each copy follows
    the one before, not a character, so only the first is found as glued."""
    end = reading.end()
    while (again := _BRACKETED_READING.match(text, end)) is not None and again.group(1) == reading.group(1):
        end = again.end()
    return end


_ECHOED_MARK = re.compile(r"([,.;:!?，。；：！？、])[(（]\1[)）]")
"""`,(,)`: a converter that glues a reading after every character glues a mark after each mark."""


def remove_readings(tracked: Tracked) -> Tracked:
    edits: list[Edit] = []
    toneless: list[Edit] = []
    text = tracked.text
    for match in _glued(text, after_trail_bytes=True):
        body = match.group(1)
        if is_reading(body) or _neutral_reading(body, text[match.start() - 1]):
            edits.append((match.start(), _after_repeats(text, match), "", "pinyin", ""))
        elif _toneless_reading(body, text, match.start()):
            toneless.append((match.start(), _after_repeats(text, match), "", "pinyin", "reading without tone marks"))
    if len(toneless) >= _TONELESS_READINGS:
        edits += toneless  # a converter's habit, not one brand's romanised name (小米(xiaomi))
    if edits:
        for match in _ECHOED_MARK.finditer(text):
            edits.append((match.start(1) + 1, match.end(), "", "pinyin", "a mark glued after itself"))
    for match in ORPHAN.finditer(text):
        if is_reading(match.group(1)):
            edits.append((match.start(), match.end(), "", "pinyin", "orphan reading left by a lost byte"))
    if REPLACEMENT in text:
        edits += _readings_after_a_loss(text)
    for match in _CUT_READING.finditer(text):
        if match.start() > 0 and is_han(text[match.start() - 1]) and _starts_a_syllable(match.group(1)):
            edits.append((match.start(), match.end(), "", "pinyin", "reading cut off where the line ends"))
    edits.sort(key=lambda edit: edit[0])
    return tracked.edit(edits)


REPLACEMENT = "\ufffd"
"""What a character the repairs cannot recover is written as (gbk.py, which reads this module's readings,
takes it from here)."""
_READING_AFTER_A_LOSS = re.compile(rf"{REPLACEMENT}[(（]([{_LETTERS}]{{1,6}})[)）]")


def _readings_after_a_loss(text: str) -> list[Edit]:
    """当地包�(chóng)病: the reading a converter glued after a character a lost byte took is no text; it goes,
    kept in the repair's note, and the loss stays marked for the page's own copy to fill (包蟲病 elsewhere)."""
    return [
        (match.start() + 1, match.end(), "", "pinyin", f"reading of a lost character: {match.group(1)}")
        for match in _READING_AFTER_A_LOSS.finditer(text)
        if is_reading(match.group(1))
    ]


_CUT_READING = re.compile(rf"[(（]([{_LETTERS}]{{1,6}})$", re.MULTILINE)
"""A reading the page's end or a cut line stopped short: 建設(s."""


def _starts_a_syllable(letters: str) -> bool:
    plain = letters.translate(_STRIP_TONES)
    return any(syllable.startswith(plain) for syllable in _ALL_SYLLABLES)


_ALL_SYLLABLES = tuple(initial + final for initial in ("", *_INITIALS) for final in _FINALS)


def remove_readings_in(text: str) -> str:
    """Readings removed from a short string (titles in listings), without tracking."""
    pieces: list[str] = []
    kept = 0
    for match in _glued(text):
        if is_reading(match.group(1)):
            pieces.append(text[kept : match.start()])
            kept = match.end()
    pieces.append(text[kept:])
    return "".join(pieces)
