"""Shapes unseen pages on relocation, rural finance and cooperatives showed lytui reading wrong, on made-up
text."""

from __future__ import annotations

from tests.facts.helpers import values
from tests.text.test_repairs import body


def _people(text: str) -> dict[str, dict[str, object]]:
    return {v["name"]: v for v in values(text, "person")}  # type: ignore[index,misc]


def test_a_post_written_elsewhere_is_not_shared_with_the_names_listed_beside_its_holder() -> None:
    text = (
        "黔西南州和兴义市领导龙刚、黄定承、贺登祥、张国华、王知荣、吕正毅、罗春红、吕世霖、张金东等出席。"
        "兴义市委常委、宣传部长罗春红致欢迎词。"
    )
    people = _people(text)
    assert people["吕世霖"]["title"] != "部长" and people["张金东"]["title"] != "部长"


def test_the_post_written_before_a_list_or_after_its_deng_is_each_items() -> None:
    people = _people("凤冈县领导廖其刚、田景高、李廷学等出席。廖其刚书记讲话。")
    assert people["田景高"]["title"] == "县领导"
    people = _people("合作社为柯倡元、董先林、刘大章等9户贫困户每户提供5只母羊。贫困户柯倡元很高兴。")
    assert people["刘大章"]["title"] == "贫困户"


def test_an_insurers_county_branch_is_one_name_with_the_company() -> None:
    found = values("县农业农村局与中国人寿财产保险股份有限公司建始县支公司签约。", "organization")
    assert "中国人寿财产保险股份有限公司建始县支公司" in found and "建始县支公司" not in found


def test_a_bodys_short_name_note_leaves_no_bracket_in_a_posts_body() -> None:
    people = _people("中国邮政储蓄银行（以下简称“邮储银行”）楚雄州分行行长陈俊园说，要做好扶贫。")
    assert people["陈俊园"]["organization"] == "楚雄州分行"


def test_a_verbs_complement_opens_no_bank() -> None:
    found = values("切实发挥好农业银行横跨城乡服务三农的优势。", "organization")
    assert "农业银行" in found and "好农业银行" not in found


def test_guests_among_those_present_are_no_city() -> None:
    assert values("全体演员与在场领导、来宾和群众们一起挥舞国旗。", "place") == []
    assert "湖南省郴州市嘉禾县" in values("县领导及嘉禾部分女企业家出席。郴州市嘉禾县举办活动。", "place")


def test_a_people_is_no_body() -> None:
    assert _people("前不久，畲族村民蓝春生因身患癌症，卧床不起。")["蓝春生"]["organization"] is None


def test_liao_written_as_its_traditional_form_is_the_particle() -> None:
    assert body("農產品受到瞭廣大市民的歡迎，我們要瞭望遠方。") == "农产品受到了广大市民的欢迎，我们要瞭望远方。"


def test_a_standing_member_heading_a_department_holds_both_posts() -> None:
    people = _people("广东省委常委、统战部部长曾志权出席。县委常委、宣传部长吴成杰剪彩。")
    assert people["曾志权"]["title"] == "省委常委、统战部部长"
    assert people["吴成杰"]["title"] == "县委常委、宣传部长"


def test_a_branchs_party_secretary_and_president_holds_both_posts() -> None:
    people = _people("中国农业银行黑龙江省分行党委书记、行长葛海蛟出席会议。")
    assert people["葛海蛟"]["title"] == "党委书记、行长"
