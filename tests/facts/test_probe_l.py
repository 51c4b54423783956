"""Shapes unseen discipline-inspection and party-building pages showed lytui reading wrong, on made-up text."""

from __future__ import annotations

import pytest

from tests.facts.helpers import values


@pytest.mark.parametrize(
    ("body", "fragment", "whole"),
    [
        ("姚某淑就区委党校新校区建设情况进行了简要汇报。", "姚某淑就区委党校", "区委党校"),
        ("区委第四巡察组向区政府办公室党组反馈巡察情况。", "组向区政府办公室", "区政府办公室"),
    ],
)
def test_a_word_jieba_glued_to_a_preposition_opens_no_body(body: str, fragment: str, whole: str) -> None:
    found = values(body, "organization")
    assert fragment not in found and whole in found


def test_one_character_before_a_body_opening_with_its_level_is_no_name() -> None:
    assert "报市委" not in values("报市委书记专题会议审议。", "organization")
    assert "津市市委" in values("津市市委书记出席会议。", "organization")


def test_a_rank_of_province_and_ministry_is_no_department() -> None:
    assert values("此次涉及2名省部级干部和50余名省管干部。", "organization") == ["测试网"]


def test_a_common_noun_before_a_second_name_in_brackets_is_no_body() -> None:
    found = values("拟任职位包括贵州省纪委机关（贵州省监察厅）执法监察室主任等。", "organization")
    assert "机关" not in found and "贵州省监察厅" in found


def test_a_party_whose_name_opens_a_websites_is_not_found_there() -> None:
    assert "中国共产党" not in values("6月10日，中组部于中国共产党新闻网公示拟表彰名单。", "organization")


def test_the_commonest_nouns_after_a_post_are_no_name_however_often_written() -> None:
    body = "部分县直单位和线管单位主要负责人以及常委单位常务副职，共计100余人参加。"
    assert "单位" not in [v["name"] for v in values(body, "person")]  # type: ignore[index]


def test_posts_named_inside_a_documents_title_have_no_holder() -> None:
    body = "根据某省下发的《某省省管干部任前公示暂行办法》中的有关规定，公示期为5天。"
    assert "任前" not in [v["name"] for v in values(body, "person")]  # type: ignore[index]
