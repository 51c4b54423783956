"""Our t2s must give exactly what OpenCC's own converter gives: same dictionaries, same phrase choice
(longest phrase anywhere first, leftmost among equals), on text built to make phrases overlap."""

from __future__ import annotations

from functools import lru_cache

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.text.t2s import extra_characters, opencc_simplified, quick_simplified, simplified


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


def test_characters_opencc_leaves_are_converted_and_recorded() -> None:
    from lytui.pipeline import clean_text

    assert opencc_simplified("純堿產量") == "纯堿产量"  # OpenCC alone leaves 堿
    document = clean_text("標題\n純堿產量增長。")
    assert document.text.endswith("纯碱产量增长。")
    converted = [r for r in document.repairs if r.kind == "conversion" and "堿" in r.raw]
    assert converted and all(document.raw[r.raw_start : r.raw_end] == r.raw for r in converted)


def test_extra_characters_are_traditional_only_and_left_by_opencc() -> None:
    extra = extra_characters()
    assert extra["堿"] == "碱" and extra["陜"] == "陕"  # from either table
    for traditional, simple in extra.items():
        assert opencc_simplified(traditional) == traditional
        assert simplified(traditional) == simple
        with pytest.raises(UnicodeEncodeError):
            traditional.encode("gb2312")  # never a standard Simplified character
        simple.encode("gb2312")


def test_the_extra_table_is_what_the_script_makes() -> None:
    import importlib.util
    from pathlib import Path

    if importlib.util.find_spec("hanziconv") is None or importlib.util.find_spec("zhconv") is None:
        pytest.skip("hanziconv or zhconv is not installed: the table is checked against them where they are")
    import lytui.data.make_t2s_extra as script

    target = Path(script.__file__).with_name("t2s_extra.txt")
    assert script.render(script.pairs()) == target.read_text(encoding="utf-8")


def test_zhu_before_a_book_after_a_verb_is_the_aspect_particle() -> None:
    from lytui.pipeline import clean_text

    text = clean_text("某县书屋\n四周擺放著書本，他著書立說，這本書著名。\n").text
    assert "四周摆放着书本" in text and "著书立说" in text and "著名" in text


def test_review_writing_books_keeps_zhu_and_a_book_held_takes_the_particle() -> None:
    from lytui.pipeline import clean_text

    text = clean_text("某县书屋\n他潜心著書十余年。四周擺放著書本。\n").text
    assert "潜心著书" in text and "摆放着书本" in text


def test_a_great_work_keeps_its_zhu() -> None:
    from lytui.pipeline import clean_text

    assert "四大名著" in clean_text("某县书屋\n縣圖書館展出中國古典四大名著的多個版本。\n").text
