"""Shapes unseen environmental pages showed lytui reading wrong, on made-up text."""

from __future__ import annotations

from lytui.analyse.facts import extract_facts
from lytui.model import fact_value_json
from lytui.pipeline import clean_text
from tests.facts.helpers import values


def _names(body: str) -> list[str]:
    return [v["name"] for v in values(body, "person")]  # type: ignore[index]


def test_a_system_of_posts_is_nobodys_post_or_name() -> None:
    names = _names("林长制让我们的护林队伍不断壮大。杨某兰对金鱼河、彭河河长制工作表示肯定。")
    assert "林长制" not in names and "彭河" not in names


def test_a_places_name_in_a_list_of_words_opening_alike_is_such_a_word() -> None:
    assert values("大量的重化工企业沿河、沿湖、沿江的布局仍然带来风险。", "place") == []
    assert values("他去过长沙、长春等地。", "place") != []


def test_a_medium_named_as_the_editor_is_no_person() -> None:
    document = clean_text(
        "督察组开展督察\n2024-03-20 10:00:00 来源：测试网\n督察组前往东厦镇，县长张明东汇报了有关情况。\n编辑:云霄融媒|云霄新闻网"
    )
    assert document.meta.editor == "云霄融媒"
    names = [v["name"] for v in map(fact_value_json, (f.value for f in extract_facts(document) if f.kind == "person"))]  # type: ignore[index]
    assert "云霄融媒" not in names and "张明东" in names


def test_a_bracket_of_names_alone_or_after_an_office_opening_the_text_is_the_byline() -> None:
    text = "自2014年以来，由于黄豆价格下降，部分村民毁林种地，林业部门开展了专项整治。"
    assert clean_text("某县开展专项整治\n（张某庆）" + text).meta.byline == "张某庆"
    assert clean_text("某县开展专项整治\n本网讯（县政府办 杨某）" + text).meta.byline == "杨某"
    assert clean_text("某县开展专项整治\n（节选）" + text).meta.byline is None


def test_a_place_named_as_the_editor_is_no_person() -> None:
    document = clean_text(
        "景区迎来客流高峰\n2024-03-20 10:00:00 来源：测试网\n国庆期间，景区接待游客十万人次，县长张明东到现场检查。\n编辑:张家界"
    )
    names = [v["name"] for v in map(fact_value_json, (f.value for f in extract_facts(document) if f.kind == "person"))]  # type: ignore[index]
    assert "张家界" not in names and "张明东" in names
