"""Shapes unseen pages of trade unions, women's federations and volunteers showed lytui reading wrong, on
made-up text."""

from __future__ import annotations

from lytui.pipeline import clean_text
from tests.facts.helpers import values


def _people(body: str) -> dict[str, dict[str, object]]:
    return {v["name"]: v for v in values(body, "person")}  # type: ignore[index,misc]


def test_workers_in_need_model_workers_and_couriers_are_named_after_their_role() -> None:
    people = _people("慰问组一行先后走访了困难劳模刘国民和困难职工王渊哲。言语质朴的外卖小哥陈航也来了。")
    assert {"刘国民", "王渊哲", "陈航"} <= set(people)
    assert people["王渊哲"]["title"] == "困难职工"


def test_a_word_ending_in_zhigong_is_no_title_before_a_preposition() -> None:
    assert "向先进" not in _people("希望全镇教职工向先进学习，立德修身，潜心育人。")


def test_one_speaking_for_those_of_a_title_holds_it_as_their_representative() -> None:
    assert _people("劳模代表张建峰在会上发言。")["张建峰"]["title"] == "劳模代表"


def test_the_citys_committee_is_not_the_youth_leagues_though_its_name_ends_so() -> None:
    people = _people("市委书记童定干出席活动并讲话。团市委书记李明介绍情况。")
    assert people["童定干"]["organization"] == "市委"
    assert people["李明"]["organization"] == "团市委"


def test_days_something_lasted_are_no_day_of_the_month() -> None:
    assert values("青年志愿者连续16日驻扎在口罩生产一线，历时二十日完工。", "date") == []


def test_a_neighbourhood_named_by_its_number_after_its_district_counts_nothing() -> None:
    assert values("北京市东城区八条社区暖心帮帮团参加。", "quantity") == []
    assert values("全镇共有八个社区。", "quantity") != []


def test_a_preposition_and_a_pointing_word_are_no_name() -> None:
    assert "向该校" not in _people("市女企业家协会会员向该校39名留守儿童赠送了衣服。")


def test_the_site_writing_itself_is_no_source_and_anonymous_no_author() -> None:
    text = "近日，市女企业家协会会长封某林带领企业家到县里开展慰问活动，为留守儿童送去了衣服和书本。"
    document = clean_text("正文\n时间:2020/12/1来源:本站原创作者:佚名\n" + text + "\n活动结束后大家合影留念。")
    assert document.meta.source is None and document.meta.byline is None and document.meta.title is None


def test_a_forums_sign_up_prompts_are_page_furniture() -> None:
    text = "7月31日，某县工业园区东区产业项目集中签约仪式在县接待中心举行，共有四家企业签约入驻。"
    page = "\n".join(
        [
            "某县工业园区签约仪式举行",
            "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。",
            "您需要 登录 才可以下载或查看，没有账号？立即注册",
            "如不能正常浏览请选用IE浏览器",
            text,
        ]
    )
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [text]
