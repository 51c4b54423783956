"""Pinyin readings a naive converter glued after characters: `區(qū)` → `區`.

A parenthesised group is a reading only if every word in it has the shape of a pinyin syllable
(optional initial + a valid final) and carries a tone mark; `(福建)`, `(CPI)`, `(2023)` never do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

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
READING_BODY = rf"[{_LETTERS}]{{1,6}}(?: [{_LETTERS}]{{1,6}}){{0,3}}"
READING_END = r" ?[)）]"
"""The closing bracket of a reading, with the space some converters leave before it (`會(huì )`)."""
_BRACKETED_READING = re.compile(rf"[(（]({READING_BODY}){READING_END}")
ORPHAN = re.compile(rf"(?<![(（])\?({READING_BODY}){READING_END}")


def is_reading(body: str) -> bool:
    """True when `body` is one to four tone-marked pinyin syllables, e.g. `qū`, `jīng`."""
    words = body.split(" ")
    for word in words:
        plain = word.translate(_STRIP_TONES)
        if not _SYLLABLE.fullmatch(plain):
            return False
        if plain == word and word not in ("de", "le", "me", "ne", "zi", "men"):
            return False  # no tone mark and not a common neutral-tone syllable
    return any(ch in _TONED for ch in body)


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
        if is_reading(match.group(1)):
            found[match.group(1)].add(text[match.start() - 1])
    return found


_TRAIL_BYTE_FIRST = "@"
"""GBK's second bytes run from 0x40 (`@`) to 0x7E (`~`) in ASCII."""


def remove_readings(tracked: Tracked) -> Tracked:
    edits: list[Edit] = []
    for match in _glued(tracked.text, after_trail_bytes=True):
        if is_reading(match.group(1)):
            edits.append((match.start(), match.end(), "", "pinyin", ""))
    for match in ORPHAN.finditer(tracked.text):
        if is_reading(match.group(1)):
            edits.append((match.start(), match.end(), "", "pinyin", "orphan reading left by a lost byte"))
    for match in _CUT_READING.finditer(tracked.text):
        if match.start() > 0 and is_han(tracked.text[match.start() - 1]) and _starts_a_syllable(match.group(1)):
            edits.append((match.start(), match.end(), "", "pinyin", "reading cut off where the line ends"))
    edits.sort(key=lambda edit: edit[0])
    return tracked.edit(edits)


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
