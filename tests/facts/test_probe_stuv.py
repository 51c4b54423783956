"""Shapes unseen pages on emergencies, sports, science parks and welfare showed lytui reading wrong, on
made-up text."""

from __future__ import annotations

from tests.facts.helpers import values


def test_a_race_time_is_no_span_of_hours() -> None:
    assert values("选手以2小时05分30秒的成绩夺冠，全程用时3小时。", "quantity") == [
        {"number": 3, "unit": "小时", "counted": ""}
    ]


def _names(text: str) -> list[str]:
    return [v["name"] for v in values(text, "person")]  # type: ignore[index]


def test_a_spokesman_of_the_news_is_one_post() -> None:
    people = {v["name"]: v for v in values("市应急管理局副局长、新闻发言人王洪坚介绍情况。", "person")}  # type: ignore[index,misc]
    assert people["王洪坚"]["title"] == "副局长、新闻发言人"  # type: ignore[index]
    assert "新闻" not in values("市应急管理局副局长、新闻发言人王洪坚介绍情况。", "organization")


def test_a_surname_and_a_post_is_how_one_is_addressed_not_a_name() -> None:
    assert "刘局长" not in _names("督导组在刘志永副局长的带领下检查。刘局长指出：要强化安全意识。")
    assert "郭股长" in _names("郭股长说：“材料已经交齐了。”")


def test_our_village_is_no_villages_name() -> None:
    assert values("由于我们村地处偏远，村民们一道救火。", "place") == []


def test_like_before_a_surname_and_xiansheng_opens_no_name() -> None:
    assert "国像周" not in _names("目前我国像周先生这样的失能老年人占全体老年人的11.6%。")


def test_a_name_before_home_ends_before_it() -> None:
    names = _names("领导来到村民赵连东家，听取意见。村民刘映胡家因烧炕突发火灾。在低保户赖健家，局长了解了情况。")
    assert {"赵连东", "刘映胡", "赖健"} <= set(names)
    assert not {"赵连", "刘映", "赖健家"} & set(names)


def test_an_aspect_particle_ends_no_name() -> None:
    assert "高兴了" not in _names("校长高兴了，对大家说要继续努力。")


def test_a_child_reporter_holds_that_title() -> None:
    people = {v["name"]: v for v in values("五年级的小记者王君参加了采访活动。", "person")}  # type: ignore[index,misc]
    assert people["王君"]["title"] == "小记者"  # type: ignore[index]


def test_a_class_by_its_number_counts_nothing() -> None:
    found = values("四年级二班的同学参加活动，全校共有十二个班。", "quantity")
    assert [v["number"] for v in found] == [12]  # type: ignore[index]


def test_a_city_naming_a_medium_is_no_place_mentioned() -> None:
    assert values("据绵阳新闻网报道，绵阳日报记者采访了他。", "place") == []


def test_a_post_held_before_keeps_yuan() -> None:
    people = {v["name"]: v for v in values("河北省政协原副主席艾文礼涉嫌违纪。草原书记李四来了。", "person")}  # type: ignore[index,misc]
    assert people["艾文礼"]["title"] == "原副主席"  # type: ignore[index]
    assert people["李四"]["title"] == "书记"  # type: ignore[index]


def test_a_body_since_renamed_is_named_without_yuan() -> None:
    found = values("原建设部常务副部长叶如棠出席。原国家旅游局副局长王志发讲话。原子能机构专家参加。", "organization")
    assert {"建设部", "国家旅游局"} <= set(found) and not any(n.startswith("原建") for n in found)  # type: ignore[union-attr]


def test_a_street_named_with_a_numeral_is_no_sum() -> None:
    assert values("他住在一元路78号，每月补助一百元。", "money") == [{"amount": 100, "currency": "CNY"}]


def test_countless_is_no_figure() -> None:
    assert values("千千万万个家庭因此受益，全县共有3000个家庭。", "quantity") == [
        {"number": 3000, "unit": "个", "counted": "家庭"}
    ]


def test_a_department_then_its_heads_name_and_post() -> None:
    assert "林瑜" in _names("义诊专家有儿科林瑜主任、急诊科杨凌霞主任等。")
