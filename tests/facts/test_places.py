"""Places: made-up sentences, one rule each."""

from __future__ import annotations

from tests.facts.helpers import values


def places(body: str) -> set[str]:
    return {str(v) for v in values(body, "place")}


def test_a_county_named_without_its_suffix_needs_the_text_to_confirm_it() -> None:
    found = places("阳春三月，游客走进温泉大酒店和安平古堡。")
    assert not found & {"广东省阳江市阳春市", "新疆维吾尔自治区博尔塔拉蒙古自治州温泉县", "河北省衡水市安平县"}
    assert "广东省阳江市阳春市" in places("广东阳江下辖的阳春今年荔枝丰收。")


def test_a_provinces_short_name_is_the_province_not_a_county_of_that_name() -> None:
    found = places("河南、海南两省的游客都来了。")
    assert {"河南", "海南"} <= found
    assert not any("自治" in value for value in found)
