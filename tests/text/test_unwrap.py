"""A page hard-wrapped at a fixed width gets its paragraphs back; lists, poems and short paragraphs
keep their lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lytui.pipeline import clean_text

_PARAGRAPHS = [
    "某县人民医院今年第一批爱民义诊活动，昨日在东山乡热烈展开，对于医院的支持和协助，乡亲们也纷纷表示感谢。",
    "由于东山乡长年医疗资源不足，参加义诊活动的乡亲相当踊跃，一直延续到下午两点钟，才让医疗小组休息。",
    "据医疗组长表示，该乡乡亲多以糖尿病及高血压患者为多，也有乡亲借此义诊才发现自己有相关症状。",
]


def _wrapped(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


def test_a_hard_wrapped_article_gets_its_paragraphs_back() -> None:
    lines = [line for paragraph in _PARAGRAPHS for line in _wrapped(paragraph, 22)]
    document = clean_text("\n".join(["某县人民医院赴东山乡义诊", *lines]))
    assert [document.block_text(p) for p in document.paragraphs] == _PARAGRAPHS
    assert not [b for b in document.blocks if b.kind == "heading"]


@given(st.integers(min_value=16, max_value=30))
def test_any_wrap_width_of_fifteen_characters_or_more_is_undone(width: int) -> None:
    lines = [line for paragraph in _PARAGRAPHS for line in _wrapped(paragraph, width)]
    document = clean_text("\n".join(["某县人民医院赴东山乡义诊", *lines]))
    assert [document.block_text(p) for p in document.paragraphs] == _PARAGRAPHS


def test_lines_that_end_their_sentences_or_vary_in_width_keep_their_breaks() -> None:
    items = [
        "一是强化责任落实，各乡镇主要负责同志要亲自抓、负总责；",
        "二是加强督查检查，县督查室要定期通报各单位的进展情况；",
        "三是严格考核奖惩，将工作成效纳入年度目标考核的重要内容；",
        "四是注重宣传引导，营造全社会共同关心支持的良好氛围。",
    ]
    poem = ["春风又绿江南岸，", "明月何时照我还。", "两岸猿声啼不住，", "轻舟已过万重山。"]
    short = ["会议指出，要提高站位", "会议强调，要狠抓落实", "会议要求，要周密部署", "会议号召，要凝心聚力"]
    for lines in (items, poem, short):
        document = clean_text("\n".join(["某县召开全县重点工作推进会", _PARAGRAPHS[0], *lines, _PARAGRAPHS[1]]))
        shown = [document.block_text(b) for b in document.blocks]
        assert all(line in shown for line in lines), lines
