"""Shapes unseen investment and party pages showed lytui reading wrong, on made-up text."""

from __future__ import annotations

from lytui.model import Money
from tests.facts.helpers import facts_of, values


def _names(body: str) -> list[str]:
    return [f.value.name for f in facts_of(body, kind="person")]  # type: ignore[union-attr]


def test_a_listed_name_of_two_then_and_the_bodies_after_it() -> None:
    names = _names("县领导王志斌、李云生、赵登峰、向明及相关部门负责人参加。")
    assert "向明" in names and "向明及" not in names


def test_he_before_deng_ends_a_name_no_conjunction_stands_there() -> None:
    assert "刘家和" in _names("县委书记王建华、县委副书记刘家和等领导同志参加了仪式。")


def test_a_list_of_bodies_before_a_preposition_and_a_count_names_no_companies() -> None:
    found = values("孙国荣代表县委、县人大、县政府、县政协对四家企业的入驻表示热烈的祝贺。", "organization")
    assert "县政协对" not in found and not any("代表" in name for name in found)  # type: ignore[operator]


def test_a_bureau_then_its_departments_is_the_bureau() -> None:
    assert "市国土局" in values("市工信局、市规划局、市国土局部门领导出席。", "organization")


def test_a_groups_company_in_a_city_is_one_name() -> None:
    found = values("福耀集团长春有限公司总经理邹振云出席。", "organization")
    assert "福耀集团长春有限公司" in found and "长春有限公司" not in found


def test_a_zone_whose_name_jieba_cut_before_qu_keeps_its_committee_whole() -> None:
    found = values("县产业集聚区管委会负责人与企业代表进行了签约。", "organization")
    assert "县产业集聚区管委会" in found and "区管委会" not in found


def test_a_districts_paper_whose_name_jieba_reads_as_an_adverb() -> None:
    assert "大足日报" in values("大足日报记者 罗国家 报道：近日，大足区举行签约活动。", "organization")


def test_past_a_round_figure_is_approximate() -> None:
    money = [f.value for f in facts_of("投资过百亿元项目2个，通过万元资金扶持。", kind="money")]
    assert money == [Money(10_000_000_000, "CNY", approximate=True)]
