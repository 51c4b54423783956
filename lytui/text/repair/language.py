"""The language judge for mojibake repair: how much a string reads like Chinese news text.

A character model (each Han character's summed word frequency in jieba's dictionary, char_freq.txt) and
a pair model (two adjacent characters that make a jieba dictionary word) score a candidate decoding.
Shifted GBK decodings are runs of characters rare in news text whose neighbours form no words; their
repairs are runs of common characters that do. Scores are in log10 units, higher is better.
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache
from importlib import resources

from lytui.data import character_counts
from lytui.text.t2s import quick_simplified

_PUNCTUATION = set("，。、；：？！“”‘’（）《》—…·")
PAIR_BONUS = 2.5
UNKNOWN = -6.0


@lru_cache(maxsize=1)
def _character_scores() -> dict[str, float]:
    counts = character_counts()
    top = math.log10(counts[0][1])
    return {character: math.log10(count) - top for character, count in counts}


@lru_cache(maxsize=1)
def _two_char_words() -> str:
    text = resources.files("lytui.data").joinpath("two_char_words.txt").read_text(encoding="utf-8")
    return "".join(line for line in text.splitlines() if not line.startswith("#"))


@lru_cache(maxsize=65_536)
def _word_index(pair: str) -> int:
    """Where two characters (in Simplified form) stand among jieba's two-character words, or -1: a binary
    search over the sorted, concatenated words, with no set to build."""
    body = _two_char_words()
    low, high = 0, len(body) // 2
    while low < high:
        middle = (low + high) // 2
        probe = body[2 * middle : 2 * middle + 2]
        if probe == pair:
            return middle
        if probe < pair:
            low = middle + 1
        else:
            high = middle
    return -1


def is_word(pair: str) -> bool:
    """Whether two characters (in Simplified form) are a jieba dictionary word."""
    return _word_index(pair) >= 0


def character_score(character: str) -> float:
    scores = _character_scores()
    found = scores.get(character)
    if found is not None:
        return found
    if character in _PUNCTUATION:
        return -1.5
    if character == "\ufffd":
        return -2.5  # an honest mark for a lost character must not score below a wrong guess
    if character.isdigit() and character.isascii():
        return -1.5
    if character.isascii() and character.isalpha():
        return -3.5
    return UNKNOWN


def score(text: str) -> float:
    """Character scores plus a bonus for each adjacent pair that is a dictionary word."""
    simple = quick_simplified(text)
    total = sum(character_score(c) for c in simple)
    for first, second in itertools.pairwise(simple):
        if first in _character_scores() and second in _character_scores() and is_word(first + second):
            total += PAIR_BONUS
    return total


def is_rare(character: str, below: float = -4.0) -> bool:
    """Rare in news text: outside the character model, or among its least frequent characters (by
    default those 10,000 times rarer than the most frequent)."""
    return character_score(quick_simplified(character)) < below


_LEVELS_PER_DECADE = 15  # as make_word_lists.py writes two_char_freq.txt


@lru_cache(maxsize=1)
def _two_char_levels() -> str:
    """Each two-character word's frequency, a character per word in the words' order (two_char_freq.txt):
    read in a millisecond, where jieba's whole dictionary took a second and 70 MB."""
    text = resources.files("lytui.data").joinpath("two_char_freq.txt").read_text(encoding="utf-8")
    return "".join(line for line in text.splitlines() if not line.startswith("#"))


def word_frequency(pair: str) -> int:
    """How often jieba's dictionary has `pair` (Simplified) as a word, within a sixth; 0 when it is no word."""
    index = _word_index(pair)
    if index < 0:
        return 0
    return round(10 ** ((ord(_two_char_levels()[index]) - 0x21) / _LEVELS_PER_DECADE))
