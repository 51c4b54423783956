"""Our t2s must give exactly what OpenCC's own converter gives: same dictionaries, same phrase choice
(longest phrase anywhere first, leftmost among equals), on text built to make phrases overlap."""

from __future__ import annotations

from functools import lru_cache

import opencc
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.text.t2s import quick_simplified, simplified


@lru_cache(maxsize=1)
def _reference() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _pieces() -> list[str]:
    """Phrase keys, their halves (so phrases overlap and compete), characters and separators."""
    reference = _reference()
    reference.convert("")
    (group,) = reference._dict_chain_data
    phrases = sorted(group[0][2])
    characters = sorted(group[1][2])[::40]
    halves = [p[: len(p) // 2] for p in phrases] + [p[len(p) // 2 :] for p in phrases]
    return phrases + halves + characters + ["，", "。", " ", "\n", "“", "”", "-", "ab", "12", "的", "中国"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(range(2000)), max_size=30))
def test_conversion_matches_opencc_on_mixed_text(choices: list[int]) -> None:
    pieces = _pieces()
    text = "".join(pieces[i % len(pieces)] for i in choices)
    assert simplified(text) == _reference().convert(text)


def test_overlapping_phrases_take_the_longest_then_the_leftmost() -> None:
    for text in ["乾隆皇帝鍾繇書法", "老態龍鍾情有獨鍾", "龍鍾繇", "一一乾乾", "瞭解瞭望", "發乾發現", ""]:
        assert simplified(text) == _reference().convert(text), text


def test_listing_conversion_maps_characters_only() -> None:
    assert quick_simplified("臺灣龍巖區") == "台湾龙岩区"
    assert quick_simplified("plain ascii") == "plain ascii"
