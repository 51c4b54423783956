"""Part-of-speech tags must be jieba.posseg's: same words, same tags, HMM included; and lytui must
leave jieba's own global tokenizers as jieba ships them."""

from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

import jieba
import jieba.posseg
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.analyse import tagging
from tests.conftest import ROOT, SEED
from tests.test_words import HAN, PIECES

MORE = st.sampled_from(["倪文兴说", "工信局副局长", "3.5", "x86", "A股", "._", "#1", "￥", "\t"])


@lru_cache(maxsize=1)
def _tagger() -> jieba.posseg.POSTokenizer:
    """jieba's own tagger on a private tokenizer with jieba's default dictionary."""
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def _reference(text: str) -> list[tuple[str, str]]:
    return [(pair.word, pair.flag) for pair in _tagger().cut(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, MORE, HAN), max_size=40))
def test_tags_are_posseg_s(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert tagging.tag(text) == _reference(text)


def test_seed_tags_are_posseg_s(seed_document) -> None:
    text = seed_document.text
    assert tagging.tag(text) == _reference(text)


def test_without_posseg_s_files_the_library_tags(monkeypatch) -> None:
    """A jieba whose posseg is laid out otherwise: the library's own tagger, same answers."""
    monkeypatch.setattr(tagging, "_hmm", lambda: None)
    text = "龙岩市新罗区工信局副局长倪文兴说，简洪坤投资138亿元。"
    assert tagging.tag(text) == _reference(text)


def test_analysis_leaves_jiebas_globals_alone() -> None:
    code = (
        "import sys, jieba\n"
        "from lytui.pipeline import analyse, clean_file\n"
        f"analyse(clean_file({str(SEED)!r}))\n"
        "print(jieba.dt.initialized, jieba.dt.FREQ == {}, 'jieba.posseg' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True, timeout=300
    )
    assert result.stdout.split() == ["False", "True", "False"]
