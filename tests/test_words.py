"""Our segmentation must be jieba's: same words, same order, same offsets, HMM included."""

from __future__ import annotations

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.analyse.words import tokenize

PIECES = st.sampled_from(
    [
        "龙岩市",
        "简洪坤",
        "说",
        "的",
        "项目",
        "乡村振兴",
        "吴云娟表示",
        "，",
        "。",
        " ",
        "\r\n",
        "\n",
        "2023年",
        "12.5%",
        "GDP",
        "a-b",
        "C++",
        "“",
        "”",
        "挂千企",
        "鑫",
        "㐀",
        "😀",
    ]
)
HAN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, HAN), max_size=40))
def test_tokens_are_jiebas(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert list(tokenize(text)) == list(jieba.tokenize(text))


def _with_jieba_words(text: str, words: list[str]) -> list[tuple[str, int, int]]:
    """The reference: jieba's own add_word, then its tokenize, then the dictionary put back."""
    tokenizer = jieba.dt
    tokenizer.check_initialized()
    saved = dict(tokenizer.FREQ)
    saved_total = tokenizer.total
    try:
        for word in words:
            tokenizer.add_word(word, max(tokenizer.FREQ.get(word) or 0, 2000))
        return list(jieba.tokenize(text))
    finally:
        tokenizer.FREQ.clear()
        tokenizer.FREQ.update(saved)
        tokenizer.total = saved_total


def test_seed_tokens_are_jiebas_with_the_documents_own_words(seed_document) -> None:
    text = seed_document.text
    assert list(tokenize(text)) == list(jieba.tokenize(text))
    words = ["挂千企", "简洪坤", "千企万岗", "龙岩", "挂钩服务"]
    ours = list(tokenize(text, words))
    assert ours == _with_jieba_words(text, words)
    assert ("简洪坤", text.index("简洪坤"), text.index("简洪坤") + 3) in ours
    assert "简洪坤" not in jieba.dt.FREQ  # jieba's own dictionary was never written


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(PIECES, HAN), max_size=30), st.lists(HAN, max_size=4))
def test_document_words_segment_as_if_jieba_had_them(pieces: list[str], words: list[str]) -> None:
    text = "".join(pieces) + "".join(words)
    assert list(tokenize(text, words)) == _with_jieba_words(text, words)
