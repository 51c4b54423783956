"""Write the word lists lytui derives from its libraries' data, so text repair needs neither library
started: two_char_words.txt (from jieba's dictionary) and common_chars.txt (from jieba's dictionary
and OpenCC's Simplified → Traditional conversion).

usage: python lytui/data/make_word_lists.py
Both libraries are read through their installed packages (jieba's dict.txt, OpenCC's own `convert`).
tests/test_word_lists.py checks the shipped files are still what this script makes of them.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lytui.han import HAN as HAN_RANGE

HERE = Path(__file__).resolve().parent
HAN = re.compile(f"[{HAN_RANGE}]")
COMMON_CHARS = 3500


def jieba_dictionary() -> tuple[str, Path]:
    """jieba's version and its dictionary file, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jieba is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    version = re.search(r"__version__ = '([^']+)'", (folder / "__init__.py").read_text(encoding="utf-8"))
    return (version.group(1) if version else "?"), folder / "dict.txt"


def _entries(path: Path) -> Iterator[tuple[str, int]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, frequency, _ = line.split(" ")
            yield word, int(frequency)


def two_char_words() -> str:
    version, path = jieba_dictionary()
    words = sorted({w for w, f in _entries(path) if len(w) == 2 and f >= 2 and all(map(HAN.fullmatch, w))})
    return (
        f"# Two-character words of jieba {version}'s dict.txt (MIT) with frequency >= 2, concatenated. Used to confirm\n"
        "# a character recovered from a lost GBK byte by the word it forms with its neighbour, without starting jieba.\n"
        + "".join(words)
        + "\n"
    )


LEVELS_PER_DECADE = 15
"""two_char_freq.txt stores each word's frequency as round(15 · log10(frequency)), one printable ASCII
character (`!` + level) per word: within 17 % of jieba's count, which the repair only compares in tenfolds."""


def _two_char_frequencies() -> dict[str, int]:
    _, path = jieba_dictionary()
    found: dict[str, int] = {}
    for word, frequency in _entries(path):
        if len(word) == 2:
            found[word] = found.get(word, 0) + frequency
    return found


def two_char_freq() -> str:
    import math

    version, _ = jieba_dictionary()
    words = two_char_words().splitlines()[-1]
    frequencies = _two_char_frequencies()
    levels = (
        chr(0x21 + min(93, round(LEVELS_PER_DECADE * math.log10(frequencies[words[i : i + 2]]))))
        for i in range(0, len(words), 2)
    )
    return (
        f"# The frequency in jieba {version}'s dict.txt (MIT) of each word of two_char_words.txt, in its order: one\n"
        f"# character per word, chr(0x21 + round({LEVELS_PER_DECADE} * log10(frequency))). Breaks ties between recovered characters.\n"
        + "".join(levels)
        + "\n"
    )


def common_chars() -> str:
    import opencc

    version, path = jieba_dictionary()
    scores: Counter[str] = Counter()
    for word, frequency in _entries(path):
        for character in word:
            if HAN.fullmatch(character):
                scores[character] += frequency
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:COMMON_CHARS]
    simplified = [character for character, _ in ranked]
    to_traditional = opencc.OpenCC("s2t")
    characters = set(simplified) | {to_traditional.convert(character) for character in simplified}
    return (
        f"# The {COMMON_CHARS:,} Han characters with the highest summed word frequency in jieba {version}'s dict.txt (MIT),\n"
        "# plus their Traditional forms from OpenCC s2t. Used to score candidate decodings, not to filter text.\n"
        + "".join(sorted(characters))
        + "\n"
    )


MAKERS = {"two_char_words.txt": two_char_words, "two_char_freq.txt": two_char_freq, "common_chars.txt": common_chars}


def main() -> int:
    for name, make in MAKERS.items():
        (HERE / name).write_text(make(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
