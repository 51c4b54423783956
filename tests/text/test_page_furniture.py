"""Furniture found on scraped pages of many sites: the list of other articles under the text, credits,
notices, placeholders. Pages here are made up in the shapes scraped pages have."""

from __future__ import annotations

import pytest

from lytui.pipeline import clean_text
from lytui.text.chrome import related_label
from tests.text.test_boilerplate import PROSE, PROSE_2

OTHER = "另据了解，邻县今年新建果蔬大棚二百余座，种植户人均增收三千多元，产业规模不断扩大。"


def paragraphs(page: str) -> list[str]:
    document = clean_text(page)
    return [document.block_text(p) for p in document.paragraphs]


@pytest.mark.parametrize(
    "label", ["相关报道", "【相关文章】", "新闻推荐", "延伸阅读：", "相关文章Related", "—— 推荐阅读 ——"]
)
def test_the_list_of_other_articles_under_the_text_leaves_with_its_label(label: str) -> None:
    page = "\n".join(
        ["某县冷链物流产业园建成投用", PROSE, PROSE_2, label, "邻县果蔬大棚建设提速", OTHER, "某地秋粮..."]
    )
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    removed = " ".join(r.raw for r in document.repairs if r.kind == "boilerplate")
    assert OTHER in removed  # recorded, visible in the repairs view


def test_a_related_word_inside_a_sentence_or_a_heading_is_text() -> None:
    assert not related_label("相关报道引起了广泛关注")
    assert not related_label("推荐阅读书目发布")
    page = "\n".join(["某县冷链物流产业园建成投用", PROSE, "相关新闻报道称，" + PROSE_2])
    assert paragraphs(page) == [PROSE, "相关新闻报道称，" + PROSE_2]
