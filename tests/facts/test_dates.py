from __future__ import annotations

import pytest

from tests.facts.helpers import facts_of, values


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


def test_a_number_of_months_and_more_is_how_long_not_a_month() -> None:
    assert values("工作队入村2月余，住了3月有余。", "date") == []
    assert values("3月余款到账。", "date") == ["2024-03"]
    assert values("3月余杭区召开大会，5月余姚市出台新政。", "date") == ["2024-03", "2024-05"]


def test_a_day_with_its_hour_is_a_day_and_a_range_between_hours_is_a_range() -> None:
    assert values("2020年6月26日18时至27日1时，突降暴雨。", "date") == ["2020-06-26/2020-06-27"]
    assert values("从6月7日中午12点到6月8日中午12点，收割了150亩小麦。", "date") == ["2024-06-07/2024-06-08"]
    assert values("截至20日16时，累计转移群众1万人。", "date") == ["2024-03-20"]
    assert values("会议共有20日28名代表。", "date") == []


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


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "10月2日-3日、6日-8日，秸秆焚烧严重。",
            "2015-11-23 10:00:00",
            ["2015-10-02/2015-10-03", "2015-10-06/2015-10-08"],
        ),
        ("4月19日，会议开幕。19日至22日，展会举行。", "2019-04-25 10:00:00", ["2019-04-19", "2019-04-19/2019-04-22"]),
        ("6月中旬至8月下旬开展行动。", "2023-09-01 10:00:00", ["2023-06/2023-08"]),
        ("今年上半年，机场完成吞吐量。", "2017-07-10 10:00:00", ["2017-01/2017-06"]),
        ("今年一季度，产值增长。", "2024-05-10 10:00:00", ["2024-01/2024-03"]),
        ("2018上半年，产值增长。", "2024-05-10 10:00:00", ["2018-01/2018-06"]),  # the half takes the 年
        ("22日上午，记者来到村里。", "2024-03-25 10:00:00", ["2024-03-22"]),
        ("22日上午，记者来到村里。", "2024-03-20 10:00:00", ["2024-02-22"]),
        ("项目须在30日内完成，每日巡查，第3日验收。", "2024-03-20 10:00:00", []),
    ],
)
def test_ranges_days_and_parts_of_a_year(sentence: str, published: str, expected: list[str]) -> None:
    assert values(sentence, "date", published) == expected


def test_without_a_publication_date_a_date_takes_the_year_named_before_it() -> None:
    from lytui.pipeline import analyse, clean_text

    document = analyse(
        clean_text("会议召开\n2019年11月13日，筹备会举行，到会的有三百多人。11月14日，大会开幕，各地代表参加了会议。\n")
    )
    found = {f.text: f.value for f in document.facts if f.kind == "date"}
    assert found["11月14日"] == "2019-11-14"


def test_a_month_that_comes_every_year_is_no_date() -> None:
    assert [f.text for f in facts_of("每年的8月份，莲蓬逐渐成熟，每年9月采收。", kind="date")] == []


def test_a_number_with_hao_after_a_word_or_before_a_document_is_a_serial_number() -> None:
    found = [f.text for f in facts_of("按照国发2号文件精神，3号楼已封顶。5月1日开工，2号完工。", kind="date")]
    assert found == ["5月1日", "2号"]


def test_an_unpublished_articles_year_carries_within_its_paragraph_only() -> None:
    assert values("学校创办于1929年，历史悠久。\n8月31日，新生报到。", "date", published="") == ["1929", "--08-31"]
    assert values("2019年8月1日开工，8月31日完工。", "date", published="") == ["2019-08-01", "2019-08-31"]


def test_an_unpublished_story_told_day_by_day_goes_on_in_the_year_of_the_day_it_began() -> None:
    """A day dated with its year, then the next paragraph's later day: the same year. A day before it, or one
    after a year inferred rather than written, stays without a year."""
    told = "法院查明，2008年8月5日晚，村民开会商议。\n8月6日上午，数十名村民来到守护棚。"
    assert values(told, "date", published="") == ["2008-08-05", "2008-08-06"]
    earlier = "2008年8月5日晚，村民开会商议。\n5月6日上午，数十名村民来到守护棚。"
    assert values(earlier, "date", published="") == ["2008-08-05", "--05-06"]


def test_a_year_later_in_the_sentence_dates_a_day_before_it() -> None:
    assert values("11月14日，2019年全省重大项目集中开工。", "date", published="") == ["2019-11-14", "2019"]
    # a year that starts a date of its own belongs to that date
    assert values("定于8月30日开学、2017年1月20日结束。", "date", published="") == ["--08-30", "2017-01-20"]


def test_an_issue_number_of_a_periodical_does_not_date_the_text_after_it() -> None:
    assert values("参见本刊2011年第17期报道。5月31日，协会发布公告。", "date", published="") == ["2011", "--05-31"]


def test_a_year_in_the_headline_dates_the_whole_article() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.model import fact_value_json
    from lytui.pipeline import clean_text

    document = clean_text("全县召开2019年创建工作动员会\n\n8月7日，全县召开创建工作动员会。\n")
    found = [fact_value_json(f.value) for f in extract_facts(document) if f.kind == "date" and f.text == "8月7日"]
    assert found == ["2019-08-07"]


def test_a_list_of_numbers_before_what_they_number_is_no_date() -> None:
    text = "5月10日，记者在学校工地看到，1号、2号教学楼已经封顶，3号宿舍正在装修，8号完工。"
    assert [f.text for f in facts_of(text, kind="date")] == ["5月10日", "8号"]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("预计5月底完工。", "2014-02-08 10:00:00", "2014-05"),  # a plan a few months ahead: this year
        ("该活动预计于3月中旬办理。", "2026-01-29 10:00:00", "2026-03"),
        ("1月5日，新线开通。", "2023-12-28 10:00:00", "2024-01-05"),  # the coming January
        ("3月28日，会议召开。", "2017-10-26 10:00:00", "2017-03-28"),  # further ahead: this year's past March
        ("12月28日，列车开通。", "2024-01-05 10:00:00", "2023-12-28"),
    ],
)
def test_a_month_and_day_take_the_year_that_puts_them_at_most_a_few_months_after_publication(
    sentence: str, published: str, expected: str
) -> None:
    assert values(sentence, "date", published=published) == [expected]


def test_a_day_of_this_month_or_the_month_before_or_after_publication() -> None:
    assert values("本月12日，会议召开。上月28日，大桥通车。下个月5日开工。", "date") == [
        "2024-03-12",
        "2024-02-28",
        "2024-04-05",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全省规划（2015-2035年）共列十条线路。", ["2015/2035"]),
        ("2019年至2022年，累计投入资金。", ["2019/2022"]),
        ("2016—2018年，新建道路。", ["2016/2018"]),
        ("2022年至2020年的数字不是区间。", ["2022", "2020"]),  # backwards: two years, as written
    ],
)
def test_two_years_joined_by_a_dash_or_zhi_are_one_range(sentence: str, expected: list[str]) -> None:
    assert values(sentence, "date") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("5月21-22日，记者走访沿线。", ["2024-05-21/2024-05-22"]),
        ("10月8至9日举办培训。", ["2023-10-08/2023-10-09"]),
        ("4月16、17日回銮，医院待命。", ["2024-04-16", "2024-04-17"]),
        ("5月3、4、5日开放。", ["2024-05-03", "2024-05-04", "2024-05-05"]),
    ],
)
def test_days_of_one_month_written_once_share_it(sentence: str, expected: list[str]) -> None:
    """7月21-22日 and 4月16、17日 write the month once for two days: each day is in it."""
    assert values(sentence, "date") == expected


def test_a_length_of_time_in_years_and_months_is_no_date() -> None:
    assert values("法院判处其有期徒刑一年六月，缓刑两年。", "date") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("民国八十九年七月间，他报导演习。", ["2000-07"]),
        ("发稿日期：110年7月17日，观光局发布消息。", ["2021-07-17"]),
        ("民国38年，学校迁台。", ["1949"]),
    ],
)
def test_a_year_of_the_republic_is_counted_from_1912(sentence: str, expected: list[str]) -> None:
    """Taiwan writes years of the Republic (民国89年 = 2000); a month after one is not this year's."""
    assert values(sentence, "date") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("3月5日，大桥通车。当天，新区开工。", ["2024-03-05", "2024-03-05"]),
        ("2月28日，代表团抵达。次日上午，双方签约。", ["2024-02-28", "2024-02-29"]),
        ("12月31日晚，活动开始，第二天凌晨结束。", ["2023-12-31", "2024-01-01"]),
        ("当天的会议没有日期可依。", []),
    ],
)
def test_a_day_named_by_the_day_before_it_in_the_text(sentence: str, expected: list[str]) -> None:
    assert values(sentence, "date") == expected


def test_a_part_of_the_month_follows_a_month_and_never_a_day() -> None:
    texts = [f.text for f in facts_of("1月18日中午，事主报警。5月中旬开工，6月底完工。", kind="date")]
    assert texts[:3] == ["1月18日", "5月中旬", "6月底"]


def test_a_day_written_in_chinese_numerals_after_its_month_is_that_months_day() -> None:
    sentence = "老人于十一月二十八日发病，二十九日住院，三十日转院，十日内出院，一日三餐有人照料。"
    assert [f.text for f in facts_of(sentence, kind="date")] == ["十一月二十八日", "二十九日", "三十日"]


def test_a_year_written_with_the_letter_o_for_zero_is_that_year() -> None:
    assert values("医院于二OO五年底正式营业，二〇〇六年扩建。", "date") == ["2005", "2006"]


def test_a_festival_named_by_month_and_day_is_no_date_and_this_years_month_may_take_de() -> None:
    dates = facts_of("武鸣“三月三”歌圩将于4月1日举行。今年的10月7日是重阳节。三月，桃花开。", kind="date")
    assert [f.text for f in dates] == ["4月1日", "今年的10月7日", "三月"]


def test_a_published_articles_day_without_a_year_keeps_the_year_its_paragraph_is_telling() -> None:
    """A reader of 去年6月…。8月3日 stays in last year; the publication only decides when the paragraph
    dated no month; a bare year (比去年翻了一番，明年有望) is as often a comparison as the time of the story."""
    published = "2023-04-18"
    assert values("去年6月，李四到任。8月3日，他离开。", "date", published) == ["2022-06", "2022-08-03"]
    assert values("今年的10月7日是重阳节，10月5日，老人赏秋。", "date", published) == ["2023-10-07", "2023-10-05"]
    assert values("去年6月，李四到任。\n8月3日，他离开。", "date", published) == ["2022-06", "2023-08-03"]
    assert values("今年产值比去年翻了一番，明年有望翻番。”12月15日上午，他说。", "date", "2023-12-28") == [
        "2023",
        "2022",
        "2024",
        "2023-12-15",
    ]


def test_a_lunar_day_is_no_date_and_a_bare_month_lends_itself_to_days_of_its_paragraph_only() -> None:
    assert values("重阳节又称老人节，在每年农历的九月九日。", "date", published="") == []
    text = "单子都排到12月份了。\n全体员工从1号到8号都在加班。"
    assert values(text, "date", "2020-10-16") == ["2020-12", "2020-10-01/2020-10-08"]
    text = "10月17日，会议开幕。\n18日下午，代表们分组讨论。"
    assert values(text, "date", "2017-10-19") == ["2017-10-17", "2017-10-18"]


def test_the_same_year_and_the_next_one_the_text_told() -> None:
    body = "2015年3月，张某承包了土地。同年11月，他签订了合同。次年2月，合同到期。当年的老房子还在。"
    assert values(body, "date", "2018-06-01 09:00:00") == ["2015-03", "2015-11", "2016-02"]


def test_a_month_before_the_one_its_paragraph_told_returns_to_the_publications_time() -> None:
    """2023年10月至12月…。5月中旬 would go back in time if it kept 2023: the story has moved on to the
    publication's year, whose coming May it announces."""
    published = "2024-05-20"
    assert values("2023年10月至12月，共开展检查30次。5月中旬，将举办节会。", "date", published) == [
        "2023-10/2023-12",
        "2024-05",
    ]


def test_a_story_told_day_by_day_counts_each_day_from_the_one_it_last_dated() -> None:
    found = values("5月10日，3人南下。第二天早上，他们找到了他。第三天很顺利。", "date", "2024-05-20")
    assert found == ["2024-05-10", "2024-05-11", "2024-05-12"]


def test_a_planned_month_does_not_take_the_past_year_its_paragraph_told() -> None:
    body = "公司是2004年8月在原农具厂倒闭后组建的。工程已于年初开工建设，预计9月份投产。"
    assert values(body, "date", "2012-06-20") == ["2004-08", "2012-09"]


def test_an_unpublished_pages_day_takes_the_year_the_text_names_it_with_elsewhere() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.model import fact_value_json
    from lytui.pipeline import clean_text

    raw = "牛走失\n亮点黔西南讯 11月14日晚，村民发现一头牛。\n经查，2014年11月14日21时许，嫌疑人盗走了牛。\n"
    found = [fact_value_json(f.value) for f in extract_facts(clean_text(raw)) if f.kind == "date"]
    assert found == ["2014-11-14", "2014-11-14"]


def test_review_a_gas_plant_numbered_third_is_no_third_day() -> None:
    assert values("5月10日，中石油第三天然气处理厂投产。", "date", "2024-05-20") == ["2024-05-10"]


def test_a_month_after_its_season_is_the_time_of_year_not_a_date() -> None:
    found = values("金秋十月，孟连热闹非凡。阳春三月，桃花盛开。今年三月，项目开工。", "date")
    assert found == ["2024-03"]


def test_a_season_after_a_year_dates_its_month() -> None:
    assert "2023-10" in values("2023年金秋十月，项目竣工。", "date")


def test_a_range_of_years_joined_by_a_doubled_dash() -> None:
    assert values("1978年——1988年，检察机关在废墟上重建。", "date") == ["1978/1988"]


def test_a_year_in_chinese_numerals_with_zeros_typed_as_digits() -> None:
    assert values("二00三年，他回到村里。", "date") == ["2003"]


def test_a_month_of_the_old_calendar_is_not_converted() -> None:
    assert values("旧历五月，庄稼最需要雨。", "date") == []


def test_a_month_a_clause_aims_at_is_the_next_one_to_come() -> None:
    body = "工友们全力冲刺6月主体结构全面封顶的关键节点。去年6月项目开工。项目计划在11月完工。"
    assert values(body, "date", published="2025-01-29 09:00:00") == ["2025-06", "2024-06", "2025-11"]


def test_a_day_of_the_tibetan_calendar_is_no_day_of_the_gregorian_one() -> None:
    body = "藏历十二月一日是当地的新年。1月22日，记者来到村里。今年，后藏年恰与农历春节同日。同日，村里举行活动。"
    assert values(body, "date", published="2020-01-24 09:00:00") == ["2020-01-22", "2020", "2020-01-22"]


def test_a_month_aimed_at_after_last_years_date_is_still_the_next_one() -> None:
    body = "去年3月，项目正式开工建设，目前全力冲刺6月主体封顶。"
    assert values(body, "date", published="2024-01-10 09:00:00") == ["2023-03", "2024-06"]


def test_a_day_written_without_its_mark_before_the_time_of_day() -> None:
    found = values(
        "从7月5晚开始，官兵冒雨作业。3月12上午，会议召开。今年1至3月5个项目开工。", "date", "2024-07-20 10:00:00"
    )
    assert "2024-07-05" in found and "2024-03-12" in found and "2024-03-05" not in found
