"""Where an organisation's name begins (facts/org_walk.py): made-up sentences, one rule each."""

from __future__ import annotations

from tests.facts.helpers import values


def orgs(body: str) -> set[str]:
    return {str(v) for v in values(body, "organization")} - {"测试网"}


def test_two_fields_joined_by_he_inside_a_ministry_name() -> None:
    assert "泉州市住房和城乡建设局" in orgs("泉州市住房和城乡建设局昨日发布通知。")
    assert "江苏省政协教育和文化委员会" in orgs("江苏省政协教育和文化委员会赴企业调研。")


def test_he_between_two_things_named_is_not_inside_a_name() -> None:
    assert not any("和" in name for name in orgs("我们帮助农户和合作社增收，也支持学校和医院建设。"))


def test_a_department_of_a_committee_or_government_is_one_name() -> None:
    found = orgs("漳州市委组织部牵头，漳州市政府办公室配合。")
    assert {"漳州市委组织部", "漳州市政府办公室"} <= found
    assert "漳州市委" not in found


def test_two_bodies_side_by_side_stay_two() -> None:
    assert "漳州市委市政府" not in orgs("漳州市委市政府高度重视此事。")


def test_a_group_and_its_legal_form_are_one_company() -> None:
    found = orgs("华瑞物流集团有限公司计划在港区建设仓库。")
    assert "华瑞物流集团有限公司" in found
    assert "华瑞物流集团" not in found


def test_a_body_used_as_a_modifier_does_not_end_the_name() -> None:
    assert "银行间外汇市场交易中心" in orgs("据银行间外汇市场交易中心统计，成交量上升。")


def test_a_role_in_apposition_is_not_part_of_the_name() -> None:
    found = orgs("项目的主承销商招商银行表示，发行顺利。")
    assert "招商银行" in found
    assert not any(name.startswith("主承销商") for name in found)


def test_a_nominalised_verb_inside_a_government_office_name() -> None:
    found = orgs("广东省森林防火工作领导小组办公室发出提醒。")
    assert "广东省森林防火工作领导小组办公室" in found


def test_a_verb_taking_the_organisation_as_object_ends_the_name() -> None:
    assert not any(name.startswith("漳州市支持") for name in orgs("漳州市支持农民合作社发展。"))
