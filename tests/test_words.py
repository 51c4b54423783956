"""Our segmentation must be jieba's: same words, same order, same offsets, HMM included."""

from __future__ import annotations

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.analyse.keywords import document_words
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


def test_seed_tokens_are_jiebas_with_the_documents_own_words(seed_document) -> None:
    text = seed_document.text
    assert list(tokenize(text)) == list(jieba.tokenize(text))
    with document_words(["挂千企", "简洪坤", "千企万岗"]):
        ours = list(tokenize(text))
        assert ours == list(jieba.tokenize(text))
    assert ("简洪坤", text.index("简洪坤"), text.index("简洪坤") + 3) in ours
