from __future__ import annotations

import pytest

from tests.facts.helpers import values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("12月26日，列车开通。", "2023-12-26"),  # after 2024-03-20 in that year → the year before
        ("3月1日，会议召开。", "2024-03-01"),
        ("今年6月15日，领导调研。", "2024-06-15"),
        ("去年8月，开展行动。", "2023-08"),
        ("明年建成。", "2025"),
        ("今年1至11月，完成投资。", "2024-01/2024-11"),
        ("2018年拍下厂房。", "2018"),
        ("2021年5月3日签约。", "2021-05-03"),
        ("十月一日举行。", "2023-10-01"),
    ],
)
def test_dates_resolve_against_publication(sentence: str, expected: str) -> None:
    assert expected in values(sentence, "date")


def test_same_day_takes_the_date_it_refers_to() -> None:
    found = values("3月2日，大桥通车。同一天，新区开工。", "date")
    assert found == ["2024-03-02", "2024-03-02"]


def test_times_are_not_dates() -> None:
    assert values("会议于09:20开始。", "date") == []


def test_every_fact_says_how_it_was_found_and_how_sure_lytui_is() -> None:
    from tests.facts.helpers import facts_of

    facts = facts_of("今年1月5日，县财政局投入120万元。同一天，局长王明说：“项目进展顺利。”", "2024-03-20 10:00:00")
    by_text = {f.text: f for f in facts}
    assert all(f.confidence in ("high", "medium", "low") and f.via for f in facts)
    assert (by_text["120万元"].via, by_text["120万元"].confidence) == ("rule", "high")
    assert (by_text["赵敏"].via, by_text["赵敏"].confidence) == ("byline", "high")
    assert by_text["同一天"].confidence == "low"


def test_dates_without_a_year_and_no_publication_date_follow_the_spec() -> None:
    from lytui.pipeline import analyse, clean_text

    document = analyse(
        clean_text("县里召开会议\n5月11日，县里召开会议，部署全年工作，到会的有三百多人。2月30日不是日期。\n")
    )
    assert document.meta.published is None
    dates = {f.text: f.value for f in document.facts if f.kind == "date"}
    assert dates["5月11日"] == "--05-11"
    assert "2月30日" not in dates
