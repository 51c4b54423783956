"""jieba's word frequencies and part-of-speech tags, loaded once per process with one string per word.

jieba keeps its dictionary twice: `jieba.dt.FREQ` (word → frequency, plus every prefix) and, on
`import jieba.posseg`, `word_tag_tab` (word → tag), parsed again from the same file into new strings,
with a new tag string on every line. That second copy is about 50 MB of a process's 150. Here both
tables are built from one parse, the tag table keyed by the very strings of the frequency table and its
121,000 tag strings folded into 55, then kept as one marshal file in lytui's cache directory (marshal
keeps shared objects shared), so every later process loads both at about the cost of jieba's own cache.
The tables' contents are exactly jieba's (a test compares them). Without a writable cache directory the
tables are built in memory each time; nothing is lost but a second.
"""

from __future__ import annotations

import io
import logging
import marshal
import os
import sys
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

FORMAT = 1
_LOCK = threading.Lock()

Tables = tuple[dict[str, int], int, dict[str, str]]


def _dictionary_path() -> str:
    import jieba

    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


def build_tables(lines: io.TextIOBase | list[str]) -> Tables:
    """jieba's gen_pfdict and posseg's load_word_tag over the same lines, sharing the word strings."""
    entries: list[tuple[str, int, str]] = []
    tags_seen: dict[str, str] = {}
    for line in lines:
        line = line.strip()
        if not line:
            continue
        word, frequency, tag = line.split(" ")
        entries.append((word, int(frequency), tags_seen.setdefault(tag, tag)))
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    for word, frequency, tag in entries:  # words first, so each table keys a word by the same string
        frequencies[word] = frequency
        tags[word] = tag
        total += frequency
    for word, _, _ in entries:
        for size in range(1, len(word)):
            prefix = word[:size]
            if prefix not in frequencies:
                frequencies[prefix] = 0
    return frequencies, total, tags


def _cache_file() -> Path:
    import jieba

    from lytui.cache import cache_dir

    stat = os.stat(_dictionary_path())
    version = getattr(jieba, "__version__", "0")
    return cache_dir() / f"jieba-tables-v{FORMAT}-{version}-{stat.st_size}-{int(stat.st_mtime)}.marshal"


def _load_or_build() -> Tables:
    try:
        path: Path | None = _cache_file()
        data = marshal.loads(path.read_bytes())  # type: ignore[union-attr]
        if isinstance(data, tuple) and len(data) == 3:
            return data  # type: ignore[return-value]
    except (OSError, EOFError, ValueError, TypeError):
        pass
    with open(_dictionary_path(), encoding="utf-8") as handle:
        tables = build_tables(handle)
    try:
        path = _cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(tables))
        os.replace(temporary, path)
    except OSError:
        pass
    return tables


@lru_cache(maxsize=1)
def jieba_ready() -> ModuleType:
    """jieba with its default dictionary in place (ours, if jieba had not loaded its own yet)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.dt
    with _LOCK:
        if not tokenizer.initialized and tokenizer.dictionary == jieba.DEFAULT_DICT:
            frequencies, total, tags = _load_or_build()
            with tokenizer.lock:
                tokenizer.FREQ, tokenizer.total = frequencies, total
                tokenizer.initialized = True
            _Shared.tags = tags  # handed to posseg when it is first needed
        else:
            tokenizer.check_initialized()
    return jieba


class _Shared:
    """The tag table `jieba_ready` built alongside the frequencies, until posseg is loaded."""

    tags: dict[str, str] | None = None


@lru_cache(maxsize=1)
def posseg_ready() -> ModuleType:
    """jieba.posseg on the shared tables, with its HMM's answers remembered per unknown run."""
    jieba_ready()
    tokenizer = sys.modules["jieba"].dt
    with _LOCK:
        if "jieba.posseg" not in sys.modules and _Shared.tags is not None:
            # posseg parses the dictionary file again when imported; let it read nothing instead
            tokenizer.get_dict_file = lambda: io.BytesIO(b"")
            try:
                import jieba.posseg
            finally:
                del tokenizer.get_dict_file
        import jieba.posseg

        if _Shared.tags is not None:
            jieba.posseg.dt.word_tag_tab = _Shared.tags
        elif not jieba.posseg.dt.word_tag_tab:
            jieba.posseg.dt.initialize()
        _remember_hmm(jieba.posseg)
    return jieba.posseg


def _remember_hmm(posseg: Any) -> None:  # noqa: ANN401 - jieba has no types
    """Windows around every mention of an organisation differ, but the unknown name inside them is the
    same again and again; posseg's Viterbi (pure Python, a fifth of fact extraction) is a pure function
    of that run and its model tables, so its result is reused while the tables are posseg's own."""
    original: Callable[..., tuple[float, list[tuple[str, str]]]] = posseg.viterbi
    if getattr(original, "original", None) is not None:
        return
    model = (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P)

    @lru_cache(maxsize=8192)
    def remembered(run: str) -> tuple[float, list[tuple[str, str]]]:
        return original(run, *model)

    def viterbi(run: str, *tables: object) -> tuple[float, list[tuple[str, str]]]:
        if all(a is b for a, b in zip(tables, model)):
            return remembered(run)
        return original(run, *tables)

    viterbi.original = original  # type: ignore[attr-defined]
    posseg.viterbi = viterbi
