"""Shapes unseen pages on emergencies, sports, science parks and welfare showed lytui reading wrong, on
made-up text."""

from __future__ import annotations

from tests.facts.helpers import values


def test_a_race_time_is_no_span_of_hours() -> None:
    assert values("选手以2小时05分30秒的成绩夺冠，全程用时3小时。", "quantity") == [
        {"number": 3, "unit": "小时", "counted": ""}
    ]


def test_a_score_before_a_county_is_no_count_of_its_first_character() -> None:
    assert values("决赛中，以10双峰永丰街道队领先。", "quantity") == []
    assert values("三门县开设了3门课程。", "quantity") != []
