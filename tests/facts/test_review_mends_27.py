"""Inputs a review of the twenty-seventh session's rules found them wrong on, each kept right."""

from __future__ import annotations

from lytui.analyse.facts import extract_facts
from lytui.model import fact_value_json
from lytui.pipeline import clean_text
from tests.facts.helpers import values
from tests.text.test_boilerplate import PROSE, PROSE_2


def _people(text: str) -> dict[str, dict[str, object]]:
    return {v["name"]: v for v in values(text, "person")}  # type: ignore[index,misc]


def test_reading_a_page_normally_is_article_text() -> None:
    line = "改造后，老年人可通过放大字体正常浏览网页，办理业务更加方便。"
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, line, PROSE_2]))
    assert line in [document.block_text(p) for p in document.paragraphs]


def test_a_count_whose_unit_opens_a_place_name_stays_a_count() -> None:
    found = values("全县200名山区学生参加，10台中型收割机下田，5个旧城区改造。", "quantity")
    assert [v["number"] for v in found] == [200, 10, 5]  # type: ignore[index]


def test_sums_before_road_words_are_sums() -> None:
    found = values("投入120万元路面硬化资金，每人补贴50元路费。", "money")
    assert [v["amount"] for v in found] == [1_200_000, 50]  # type: ignore[index]


def test_a_city_in_a_list_beside_one_alike_word_stays_a_place() -> None:
    found = values("他去过长沙、长株潭等地。游客和北京、天津的市民参加。", "place")
    assert {"湖南省长沙市", "北京市"} <= set(found)  # type: ignore[arg-type]


def test_yuan_ending_a_citys_name_is_no_former_post() -> None:
    assert _people("固原市长王强出席会议。")["王强"]["title"] == "市长"


def test_a_company_opening_with_yuan_keeps_it() -> None:
    assert "原力科技有限公司" in values("原力科技有限公司总经理李明介绍了情况。", "organization")


def test_a_whole_family_after_a_name_of_two_is_no_name_of_three() -> None:
    names = _people("村民李强一家人住进了新房。")
    assert "李强一" not in names


def test_an_editor_with_a_places_name_of_two_is_a_person() -> None:
    document = clean_text("景区迎来客流高峰\n2024-03-20 10:00:00 来源：测试网\n县长张明东到现场检查。\n编辑:高阳")
    people = [fact_value_json(f.value) for f in extract_facts(document) if f.kind == "person"]
    assert "高阳" in [v["name"] for v in people]  # type: ignore[index]


def test_a_body_before_its_website_is_still_named() -> None:
    assert "国务院" in values("据国务院网站消息，新规将于下月施行。", "organization")


def test_a_towns_name_of_one_character_before_its_government() -> None:
    assert "杨镇政府" in values("会议结束后，杨镇政府组织干部开展入户走访。", "organization")


def test_a_columns_label_in_brackets_is_no_byline() -> None:
    document = clean_text("某县开展活动\n（黄金周）" + PROSE + "\n" + PROSE_2)
    assert document.meta.byline is None


def test_counted_neighbourhoods_are_counted() -> None:
    assert values("全区五个社区全部完成改造。", "quantity") != []


def test_having_got_past_a_million_is_no_estimate() -> None:
    money = values("他曾获得过百万元奖金。", "money")
    assert all(not v.get("approximate") for v in money)  # type: ignore[union-attr]


def test_a_known_name_ending_in_a_numeral_counts_nothing() -> None:
    assert values("马英九对此表示关切，村里有九对夫妻参加。", "quantity") == [
        {"number": 9, "unit": "对", "counted": "夫妻"}
    ]


def test_a_deputys_fu_is_no_given_name() -> None:
    text = "合川区人民政府副区长张宏致辞。张副区长表示，图书馆是公共文化服务的重要阵地。"
    assert "张副" not in _people(text)
