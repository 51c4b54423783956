"""jieba's part-of-speech tagging (`jieba.posseg.cut`, HMM on) over lytui's own copy of the dictionary.

Importing `jieba.posseg` builds jieba's global POSTokenizer, which parses the 349,000-line dictionary
into a tag table of its own (about 0.7 s and 50 MB) before anything is tagged, while lytui already holds
the same tags compactly (`jieba_tables`). So the cut is done here as posseg does it: the dictionary's
best route (shared with `words`), runs of single characters the dictionary does not join given to
posseg's own HMM — its `viterbi` and model tables, loaded from their module files without running the
package's `__init__`. A run's HMM answer is a pure function of the run and is remembered: the windows
around an organisation's mentions differ, but the unknown name inside them recurs.

If the module files are not as jieba 0.42 ships them, a private `jieba.posseg.POSTokenizer` tags
instead (the library's own call, at its cost). A test compares words and tags with jieba.posseg's.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from lytui.analyse.jieba_tables import library_tokenizer, tables
from lytui.analyse.words import Dictionary, best_route

Tagged = list[tuple[str, str]]

# posseg's own patterns (re_han_internal, re_skip_internal, re_han_detail, re_skip_detail, re_eng, re_num)
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_SKIP = re.compile("(\r\n|\\s)")
_HAN_DETAIL = re.compile("([\u4e00-\u9fd5]+)")
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")
_ENGLISH = re.compile("[a-zA-Z0-9]+")
_NUMBER = re.compile("[\\.0-9]+")
_MODEL_FILES = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")


@dataclass(frozen=True, slots=True)
class _Hmm:
    """posseg's Viterbi over (position, tag) states and the model tables it is called with."""

    viterbi: Callable[..., tuple[float, list[tuple[str, str]]]]
    tables: tuple[dict[str, Any], ...]

    def __call__(self, run: str) -> list[tuple[str, str]]:
        return self.viterbi(run, *self.tables)[1]


def tag(text: str) -> Tagged:
    """(word, tag) for every word of `text`, as `[(p.word, p.flag) for p in jieba.posseg.cut(text)]`."""
    if _hmm() is None:
        return [(pair.word, pair.flag) for pair in _library_tagger().cut(text)]
    tagged: Tagged = []
    for index, block in enumerate(_BLOCK.split(text)):
        if index % 2:  # a captured run of Han, letters and digits
            _tag_block(block, tagged)
            continue
        for piece in _SKIP.split(block):
            if _SKIP.match(piece):
                tagged.append((piece, "x"))
                continue
            english = _ENGLISH.match(piece) is not None  # posseg asks this of the piece, not the character
            for character in piece:
                tagged.append((character, "m" if _NUMBER.match(character) else "eng" if english else "x"))
    return tagged


def _tag_block(block: str, tagged: Tagged) -> None:
    """posseg's __cut_DAG: routed words with their tags; single characters gathered, then tagged one by
    one if they form a dictionary word, else given to the HMM."""
    tags = tables().tags
    end = best_route(block, _dictionary())
    position = 0
    pending = ""
    while position < len(block):
        after = end[position] + 1
        if after - position == 1:
            pending += block[position]
        else:
            if pending:
                _flush(pending, tagged)
                pending = ""
            word = block[position:after]
            tagged.append((word, tags.get(word, "x") or "x"))
        position = after
    if pending:
        _flush(pending, tagged)


def _flush(pending: str, tagged: Tagged) -> None:
    found = tables()
    if len(pending) == 1:
        tagged.append((pending, found.tags.get(pending, "x") or "x"))
    elif not found.frequencies.get(pending):
        tagged.extend(_unknown(pending))
    else:
        tagged.extend((character, found.tags.get(character, "x") or "x") for character in pending)


@lru_cache(maxsize=8192)
def _unknown(run: str) -> tuple[tuple[str, str], ...]:
    """posseg's __cut_detail: Han stretches through the HMM, numbers and Latin words tagged by shape."""
    hmm = _hmm()
    assert hmm is not None  # tag() takes the library's path without it
    tagged: Tagged = []
    for index, block in enumerate(_HAN_DETAIL.split(run)):
        if index % 2:
            states = hmm(block)
            begin = following = 0
            for position, (place, flag) in enumerate(states):
                if place == "B":
                    begin = position
                elif place == "E":
                    tagged.append((block[begin : position + 1], flag))
                    following = position + 1
                elif place == "S":
                    tagged.append((block[position], flag))
                    following = position + 1
            if following < len(block):
                tagged.append((block[following:], states[following][1]))
            continue
        for piece in _SKIP_DETAIL.split(block):
            if piece:
                tagged.append((piece, "m" if _NUMBER.match(piece) else "eng" if _ENGLISH.match(piece) else "x"))
    return tuple(tagged)


@lru_cache(maxsize=1)
def _dictionary() -> Dictionary:
    return Dictionary(())


@lru_cache(maxsize=1)
def _hmm() -> _Hmm | None:
    """posseg's HMM from its module files, or None when they are not where and what jieba 0.42 has."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "posseg"
    try:
        viterbi = _module(folder / "viterbi.py").viterbi
        model = tuple(_module(folder / f"{name}.py").P for name in _MODEL_FILES)
    except (OSError, ImportError, AttributeError, SyntaxError):
        return None
    if not callable(viterbi) or not all(isinstance(table, dict) for table in model):
        return None
    return _Hmm(viterbi, model)


def _module(path: Path) -> ModuleType:
    """A module file of jieba.posseg run on its own (they import nothing from the package)."""
    spec = importlib.util.spec_from_file_location(f"lytui._jieba_posseg_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def _library_tagger() -> Any:
    import jieba.posseg

    return jieba.posseg.POSTokenizer(library_tokenizer())
