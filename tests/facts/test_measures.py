from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lytui.analyse.facts.measures import MONEY, PERCENT, QUANTITY
from lytui.analyse.numbers import NUMBER_PATTERN
from lytui.model import Money, Percent, Quantity, fact_value_json
from tests.facts.helpers import facts_of, values


@pytest.mark.parametrize(
    ("sentence", "amount", "approximate"),
    [
        ("项目总投资56亿元。", 5_600_000_000, False),
        ("去年营收37.53亿元。", 3_753_000_000, False),
        ("奖励资金三千万元。", 30_000_000, False),
        ("目前产值达几千万元。", None, True),
        ("月销售额200万元以上。", 2_000_000, True),
        ("全年投资超2亿元。", 200_000_000, True),
        ("收入近1亿元。", 100_000_000, True),
        ("出口额5000万美元。", 50_000_000, False),
    ],
)
def test_money(sentence: str, amount: float | None, approximate: bool) -> None:
    (value,) = values(sentence, "money")
    assert value["amount"] == amount
    assert bool(value.get("approximate")) is approximate


def test_usd_currency() -> None:
    assert values("出口额5000万美元。", "money")[0]["currency"] == "USD"


@pytest.mark.parametrize(
    ("sentence", "number", "unit", "counted"),
    [
        ("全市确定1015名市、县干部参加。", 1015, "名", "市、县干部"),
        ("在四个重点区域设立工作组。", 4, "个", "重点区域"),
        ("道路全长1.3公里。", 1.3, "公里", None),
        ("用20多天完成工作。", 20, "天", None),
        ("共建成8座水库。", 8, "座", "水库"),
    ],
)
def test_quantity(sentence: str, number: float, unit: str, counted: str | None) -> None:
    (value,) = values(sentence, "quantity")
    assert value["number"] == number and value["unit"] == unit
    if counted:
        assert value["counted"] == counted


def test_approximate_quantity_is_flagged() -> None:
    (value,) = values("用20多天完成工作。", "quantity")
    assert value["approximate"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "4家世界500强企业落户。",
        "该市排名第一。",
        "乘坐G1234次列车。",
        "2018年开工。",
        "一家企业一名干部。",
        "千名干部挂千企。",
    ],
)
def test_not_quantities(sentence: str) -> None:
    texts = [f.text for f in facts_of(sentence, kind="quantity")]
    assert not any(t.startswith(("500", "第", "1234", "2018", "一", "千")) for t in texts), texts


def test_money_is_not_also_a_quantity() -> None:
    assert values("投资138亿元。", "quantity") == []


def test_percent() -> None:
    assert [v["number"] for v in values("增长5.9%，占比百分之三十。", "percent")] == [5.9, 30]


def test_equal_fact_values_are_shared_but_one_is_not_one_point_zero() -> None:
    from lytui.analyse.facts import _Shared

    shared = _Shared()
    first = shared(Quantity(1, "个", "项目"))
    assert shared(Quantity(1, "个", "项目")) is first
    assert shared(Quantity(1.0, "个", "项目")) is not first  # the export writes 1.0
    assert shared(Quantity(1, "个", "项目", approximate=True)) is not first
    assert shared(Percent(1)) is not shared(Percent(1.0))
    text = shared("2024-03-05")
    assert shared("".join(["2024-03", "-05"])) is text


def test_facts_of_a_long_scrape_are_the_same_with_sharing(seed_clean, monkeypatch) -> None:
    import lytui.analyse.facts as facts_module

    plain = facts_module.extract_facts(seed_clean)
    monkeypatch.setattr(facts_module, "SHARE_FACTS_ABOVE", 0)  # the seed counts as long here
    shared = facts_module.extract_facts(seed_clean)
    assert shared == plain
    from collections import Counter

    repeated, times = Counter(f.text for f in shared).most_common(1)[0]
    assert times > 1
    texts = [f.text for f in shared if f.text == repeated]
    assert all(t is texts[0] for t in texts)  # one string, not one copy per fact


def test_seats_weights_flights_and_townships_are_counted() -> None:
    text = "东部地区67席，杂交水稻制种产量达3550万公斤，年产食用菌50万斤，保障飞机起降15.7万架次，覆盖4镇7村和3乡镇。"
    found = {(f.value.number, f.value.unit) for f in facts_of(text) if f.kind == "quantity"}
    assert {
        (67, "席"),
        (35500000, "公斤"),
        (500000, "斤"),
        (157000, "架次"),
        (4, "镇"),
        (7, "村"),
        (3, "乡镇"),
    } <= found


def test_a_large_count_stands_without_a_noun_but_a_small_one_does_not() -> None:
    found = [
        fact_value_json(f.value)
        for f in facts_of("农机作业服务组织近20万家，今年达到62个。关键有两个。")
        if f.kind == "quantity"
    ]
    assert [(v["number"], v["unit"]) for v in found] == [(200000, "家"), (62, "个")]


def test_a_phase_is_not_a_count() -> None:
    assert not [f for f in facts_of("龙岩大道四期工程正式开工。") if f.kind == "quantity"]


def _quantities(text: str) -> list[str]:
    return [f.text for f in facts_of(text, kind="quantity")]


def test_vague_counts_name_no_number() -> None:
    found = _quantities("他在村里干了几年，先后有数人来帮忙，荒了十几年的地也种上了。共建成8座大棚。")
    assert found == ["8座大棚"]


def test_a_span_of_time_that_dates_the_clause_is_no_measure() -> None:
    found = _quantities("十年来，村里变化很大。三年前他回到家乡，近两年产量翻番，历时20天建成冷库。")
    assert found == ["20天"]


def test_qian_as_a_word_before_a_number_makes_a_rank_or_a_period() -> None:
    found = _quantities("全省前10名中该县占3席。今年前4个月，目前共有5座水库，提前3天完工。")
    assert "10名" not in found and "4个月" not in found
    assert {"3席", "5座水库"} <= set(found)


def test_sessions_and_congresses_are_ordinals_and_ranks_by_size_no_counts() -> None:
    found = _quantities(
        "县政协十一届一次会议召开。党的十八大以来，全县抓好三大工程，打响两大金字招牌，推进10大重点工程。"
    )
    assert found == ["10大重点工程"]


def test_a_number_inside_an_idiom_is_no_count() -> None:
    assert _quantities("一时间烽烟四起态势严峻。") == []


def test_a_numbered_village_group_is_a_name() -> None:
    assert _quantities("他们来到李家村三组和王庄二村走访。") == []
    assert "7村" in _quantities("覆盖4镇7村。")


def test_a_school_grade_and_a_decade_are_not_years_counted() -> None:
    assert _quantities("一年级、二年级的学生都在80年代的老校舍上课。") == []


def test_a_number_inside_a_short_quoted_term_or_a_bare_thousand_counts_nothing() -> None:
    found = _quantities("打造“黄金十年”品牌，“千亿县”数量增加到62个，千亿县引领发展。")
    assert found == ["62个"]


def test_two_neighbouring_digits_are_an_estimate_of_the_lower() -> None:
    (months,) = values("蔬菜种下三四个月就能成熟。", "quantity")
    (money,) = values("务工工资估算有二三十万元。", "money")
    assert (months["number"], months.get("approximate")) == (3, True)
    assert (money["amount"], money.get("approximate")) == (200_000, True)


def test_percentage_points_are_a_percent_not_a_count() -> None:
    assert [v["number"] for v in values("增速快于全国7.9个百分点。", "percent")] == [7.9]
    assert values("增速快于全国7.9个百分点。", "quantity") == []


def test_a_year_opening_a_name_counts_no_counties() -> None:
    assert _quantities("2025县域经济创新发展论坛在北京举行，覆盖4镇7村。") == ["4镇", "7村"]


def test_a_sitting_numbered_within_a_term_is_no_count() -> None:
    found = _quantities("县第九届人大三次会议闭幕，当天还开了两次会议。")
    assert found == ["两次会议"]


def test_more_than_before_the_order_of_size() -> None:
    found = [
        (f.text, f.value)
        for f in facts_of("合作社年产值200余万元，带动社员增收40多万元，辐射周边6万多人。")
        if f.kind in ("money", "quantity")
    ]
    assert [(text, value.amount if isinstance(value, Money) else None) for text, value in found[:2]] == [
        ("200余万元", 2_000_000),
        ("40多万元", 400_000),
    ]
    assert all(value.approximate for _, value in found)  # type: ignore[union-attr]


def test_ages_and_batches_are_counted_in_their_own_measure_words() -> None:
    found = [(f.text, f.value) for f in facts_of("72岁的老党员王大成说，医院先后派出30批次专家。", kind="quantity")]
    assert [(text, value.unit) for text, value in found] == [("72岁", "岁"), ("30批次专家", "批次")]  # type: ignore[union-attr]


_PLAIN_NUMBER = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?"
    r"|[零〇一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*(?:点[零〇一二三四五六七八九]+)?)"
)
_LONE_POINT = re.compile(r"(?<!\d)\.\d|\d\.\d+\.\d")
"""A point no digit opens, or a run of digits with two points (0.0.0, a version's number): no amount either
pattern reads the same way."""
_PLAIN = {
    "money": re.compile(MONEY.pattern.replace(NUMBER_PATTERN, _PLAIN_NUMBER)),
    "quantity": re.compile(QUANTITY.pattern.replace(NUMBER_PATTERN, _PLAIN_NUMBER)),
    "percent": re.compile(PERCENT.pattern.replace(r"(?<!\d)(?P<num>", "(?P<num>")),
}


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="1203,.一二十百千万亿元个人%点多余约近字 ", max_size=20))
def test_amounts_start_where_their_digits_start_and_match_as_the_plain_patterns_do(text: str) -> None:
    """A number is matched from the start of its run of digits or numerals only (a long run is then not
    tried from each of its characters); the matches are those the plain patterns find. Digits after a lone
    point are no number at all (test_digits_after_a_lone_decimal_point_are_no_amount)."""
    assume(not _LONE_POINT.search(text))
    for name, new in (("money", MONEY), ("quantity", QUANTITY), ("percent", PERCENT)):
        plain = _PLAIN[name]
        assert plain.pattern != new.pattern
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in plain.finditer(text)], name


def test_the_three_sectors_of_an_economy_are_a_term() -> None:
    assert _quantities("全区三次产业结构调整为12.1:40.2:47.7，全年开展检查三次。") == ["三次"]


def test_an_anniversary_zero_and_a_numbered_community_count_nothing() -> None:
    """建院100周年 names an anniversary, not a hundred weeks; 零部件 and 零件 are words that begin with
    零; 126社区 is a community known by its number. Real counts beside them stay."""
    found = _quantities("建院100周年之际，126社区组织汽车零部件企业捐赠零件，共走访3个社区、12周。")
    assert found == ["3个社区", "12周"]


def test_a_number_that_begins_a_place_name_counts_nothing() -> None:
    """七台河, 五台山: a place the dictionary knows begins with the number and its measure word."""
    assert _quantities("七台河市和五台山景区共接待游客。") == []
    assert _quantities("新增农机五台。") == ["五台"]


def test_what_is_counted_ends_before_a_verbs_noun_or_the_names_of_those_counted() -> None:
    counted = {
        f.text: f.value.counted  # type: ignore[union-attr]
        for f in facts_of("辐射带动580户农户发展特色种植，两名毕业生陈小红、陈小明包揽奖项。", kind="quantity")
    }
    assert counted == {"580户农户": "农户", "两名毕业生": "毕业生"}


@pytest.mark.parametrize(
    "sentence",
    [
        "一天从上午5点50起床，直到晚上10点。",  # the minutes of a time of day
        "优秀学生代表、2515班学生马裕涵引经据典。",  # a class by its number
        "这两天，一段报警录音走红网络。",  # lately
        "在湖北省英山县方家咀乡四棵枫村八组。",  # a village's name
    ],
)
def test_a_number_that_tells_the_time_names_a_class_or_a_village_or_means_lately_counts_nothing(sentence: str) -> None:
    assert [f.text for f in facts_of(sentence, kind="quantity")] == []


def test_yue_ending_a_word_makes_no_amount_approximate() -> None:
    body = "现场签约15个重大项目，签约80亿元，全年节约3000吨标准煤，约3000人参加。"
    counts = {v["unit"]: bool(v.get("approximate")) for v in values(body, "quantity")}  # type: ignore[index]
    assert counts == {"个": False, "吨": False, "人": True}
    assert [bool(v.get("approximate")) for v in values(body, "money")] == [False]  # type: ignore[union-attr]


def test_a_measure_that_begins_the_noun_counted_is_no_measure() -> None:
    body = "工程让全县28万村民受益，5万群众参加了活动，全市5个县城通了高铁。"
    assert [v["unit"] for v in values(body, "quantity")] == ["个"]  # type: ignore[index]


def test_amounts_keep_the_figures_written_and_kuai_qian_is_yuan() -> None:
    found = values("总投资313.6亿元，其中279.9亿元已到位，一斤茶青卖100块钱，捡了3块石头。", "money")
    assert [v["amount"] for v in found] == [31360000000, 27990000000, 100]  # type: ignore[index]
    assert [v["unit"] for v in values("捡了3块石头。", "quantity")] == ["块"]  # type: ignore[index]


def test_a_numeral_goes_on_over_wan_and_a_half_after_the_measure_counts() -> None:
    found = values("茶园收入不低于三万三千元，项目投资一亿二千万元，另有三万元补贴。", "money")
    assert [v["amount"] for v in found] == [33000, 120000000, 30000]  # type: ignore[index]
    assert [v["number"] for v in values("仅用了两天半时间就完成了筛检，种了两万五千亩。", "quantity")] == [  # type: ignore[index]
        2.5,
        25000,
    ]


def test_a_noun_the_dictionary_knows_after_one_numeral_and_its_measure_counts_nothing() -> None:
    assert _quantities("满载香菇的三轮车挤满广场，四套班子成员参加。") == []


def test_an_amount_with_no_currency_is_money_where_the_clause_is_about_money() -> None:
    from tests.facts.helpers import values

    body = "小镇建设项目，总投资3.1个亿；生态园项目，总投资2900万。全县人口14.63万，城投债总额顶多几千亿。"
    amounts = [(v["amount"], v.get("approximate", False)) for v in values(body, "money")]
    assert amounts == [(310_000_000, False), (29_000_000, False), (None, True)]
    assert not values("今年接待游客12万，全镇人口3.5万。", "money")


def test_hundreds_of_millions_said_by_the_count_are_money_in_any_clause_and_before_a_particle() -> None:
    found = [
        (v["amount"], v.get("approximate"))
        for v in values("村里拿出4个多亿，建了别墅。现在年产值有二个多亿吧。", "money")
    ]
    assert found == [(400_000_000, True), (200_000_000, True)]


def test_digits_after_a_lone_decimal_point_are_no_amount() -> None:
    """猛增到年的.6亿元: the digits before the point were lost; what is left is no value of the text's."""
    assert not values("全市旅游收入猛增到年的.6亿元。", "money")
    assert [v["amount"] for v in values("全市旅游收入猛增到3.6亿元。", "money")] == [360_000_000]


def test_everywhere_a_set_phrase_of_four_and_a_year_of_the_common_era_count_nothing() -> None:
    from tests.facts.helpers import values

    body = "村民帮助韦家四处寻找。他三番五次上门。景区有四处景点。古庙建于公元1175年，距今已有849年。"
    found = [(v["number"], v["unit"]) for v in values(body, "quantity")]
    assert found == [(4, "处"), (849, "年")]


def test_numbers_that_end_a_word_open_a_phrase_or_lost_their_digits_count_nothing() -> None:
    body = (
        "这是全县唯一一所寄宿制高中。他03年参军，08年退伍。全年接待游客.3万人次。"
        "赛事包括4×100米接力赛。学校、家庭、社区“三位一体”。教材分为四部分。"
    )
    assert _quantities(body) == []


def test_three_to_five_is_an_estimate_and_more_than_three_hours_is_hours() -> None:
    from tests.facts.helpers import values

    body = "每批要三五天才能完成。经过三个多小时的抢救，病人脱离危险。村里建了5个多功能活动室。"
    found = [(v["number"], v["unit"], v.get("approximate", False)) for v in values(body, "quantity")]
    assert found == [(3, "天", True), (3, "个小时", True), (5, "个", False)]


def test_yuan_that_begins_a_festival_or_a_place_after_a_chinese_numeral_is_no_money() -> None:
    from tests.facts.helpers import values

    body = "正月十五元宵节，二〇一九元旦前夕，三元区消防救援大队到村。每斤两元，发放200元年货。"
    assert [v["amount"] for v in values(body, "money")] == [2, 200]
    assert not values("三元辖区国道上发生一起事故。三元区消防救援大队接警后出动。", "money")


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "low", "upper"),
    [
        ("全县计划投资12亿至15亿元。", "money", "12亿至15亿元", 1_200_000_000, 1_500_000_000),
        ("每户补助200元到300元。", "money", "200元到300元", 200, 300),
        ("奖励3至5万元。", "money", "3至5万元", 30_000, 50_000),  # the order of size is the upper's
        ("先期投入3000至5万元。", "money", "3000至5万元", 3000, 50_000),  # not thirty million
        ("新增就业岗位3000至5000个。", "quantity", "3000至5000个", 3000, 5000),
        ("每亩种植3500-3800株。", "quantity", "3500-3800株", 3500, 3800),
    ],
)
def test_a_range_is_one_fact_from_its_lower_to_its_upper_bound(
    sentence: str, kind: str, text: str, low: float, upper: float
) -> None:
    (fact,) = facts_of(sentence, kind=kind)
    value = fact_value_json(fact.value)
    assert fact.text == text and isinstance(value, dict)
    assert value["amount" if kind == "money" else "number"] == low and value["upper"] == upper


def test_about_before_a_range_makes_it_approximate_and_a_rank_is_no_range() -> None:
    (fact,) = facts_of("预计约10-15天完工。", kind="quantity")
    assert fact.text == "约10-15天" and fact_value_json(fact.value) == {
        "number": 10,
        "unit": "天",
        "counted": "",
        "approximate": True,
        "upper": 15,
    }
    assert all("upper" not in fact_value_json(f.value) for f in facts_of("第3至5名各奖1000元。"))
    assert "upper" not in fact_value_json(facts_of("投资5亿元。", kind="money")[0].value)  # one figure, no range


def test_a_level_of_division_after_the_measure_is_what_is_counted() -> None:
    assert [(v["number"], v["counted"]) for v in values("全市辖4个区、18个县，共有312个村。", "quantity")] == [  # type: ignore[index]
        (4, "区"),
        (18, "县"),
        (312, "村"),
    ]


def test_what_a_count_before_a_list_mark_counts_stands_before_it_and_an_idiom_after_is_no_part() -> None:
    counted = [v["counted"] for v in values("省级非遗4项、市级非遗67项。现场200多名群众喜笑颜开。", "quantity")]  # type: ignore[index]
    assert counted == ["省级非遗", "市级非遗", "群众"]


def test_a_level_that_opens_a_kind_of_body_is_counted_not_a_village_named_with_a_number() -> None:
    assert [v["counted"] for v in values("各服务队和9支村党支部队分别开展服务。", "quantity")] == ["村党支部队"]  # type: ignore[index]


def test_figures_listed_before_a_shared_percent_unit_are_percentages_too() -> None:
    numbers = [
        v["number"] for v in values("比重分别回落2.16和1.66个百分点，三项分别增长5、6和7%，3和4号楼。", "percent")
    ]  # type: ignore[index]
    assert numbers == [2.16, 1.66, 5, 6, 7]


def test_groups_listed_by_their_numbers_are_named_and_a_group_after_a_count_is_counted() -> None:
    assert [v["number"] for v in values("方便一组、二组两个村民小组的群众出行。", "quantity")] == [2]  # type: ignore[index]
    assert [v["counted"] for v in values("全村共有5个组。", "quantity")] == ["组"]  # type: ignore[index]


def test_what_a_measure_measures_may_stand_before_it_when_it_is_a_noun() -> None:
    sentence = "全县粮食总产量46695吨，发展魔芋800亩。今年机场突破59万人次，他已经工作20年，老人张海棠92岁。"
    counted = {v["number"]: v["counted"] for v in values(sentence, "quantity")}  # type: ignore[index]
    assert counted[46695] == "全县粮食总产量" and counted[800] == "魔芋"
    assert counted[590000] == "" and counted[20] == "" and counted[92] == ""


def test_a_few_rounds_counting_nothing_are_a_word_not_a_count() -> None:
    assert [v["counted"] for v in values("那个拉三轮的还多热心的呢。开展了三轮排查。", "quantity")] == ["排查"]  # type: ignore[index]


def test_figures_each_with_its_measure_word_share_the_points_after_the_last() -> None:
    found = [v["number"] for v in values("分别拉动经济增长1.74个、3.22个、4.0个百分点。", "percent")]
    assert found == [1.74, 3.22, 4.0]
    assert not values("有3个、5个村。", "percent")


def test_a_format_by_its_number_counts_nothing() -> None:
    assert [v["number"] for v in values("比赛采用三人制篮球赛，实行两班制。有三人参加。", "quantity")] == [3]


def test_a_number_inside_a_place_name_wherever_it_is_written_counts_nothing() -> None:
    found = [v["number"] for v in values("德兴市绕二镇与张村乡交界处。来到绕二镇付家墩村。全县有三个镇。", "quantity")]
    assert found == [3]


def test_a_villagers_group_written_with_digits_is_an_address_not_a_count() -> None:
    found = [v["number"] for v in values("该村3组村民李明家里养了20头牛，王庄5队也有养殖户。", "quantity")]
    assert found == [20]
    # a hamlet named by its landform: 柑子坪17组 is where 33 households live
    found = [v["number"] for v in values("33户人家只能走小道，这便是谋爱村柑子坪17组的现状。", "quantity")]
    assert found == [33]


def test_lamps_wells_fish_fry_poultry_rainfall_and_medals_are_counted_by_their_measure_words() -> None:
    body = "安装路灯200余盏，打井3眼，投放鱼苗10万尾，养鸡5000羽，降雨量达50毫米，荣获2枚金牌。我们一眼就看到了。"
    found = {(v["number"], v["unit"]) for v in values(body, "quantity")}
    assert found == {(200, "盏"), (3, "眼"), (100000, "尾"), (5000, "羽"), (50, "毫米"), (2, "枚")}


def test_secondary_schooling_years_and_a_county_named_by_a_numeral_are_no_counts() -> None:
    body = (
        "污水进行二次处理。普及九年义务教育，建成九年一贯制学校。在三门县，三门城区很热闹。召开两次会议，买了三台电脑。"
    )
    found = [(v["number"], v["unit"]) for v in values(body, "quantity")]
    assert found == [(2, "次"), (3, "台")]


def test_what_a_count_reached_before_the_number_is_what_it_counts() -> None:
    found = {
        v["number"]: v["counted"] for v in values("该街道农民专业合作社已发展到18个。全村共有党员45名。", "quantity")
    }
    assert found[18].endswith("农民专业合作社") and found[45] == "党员"


def test_a_count_of_things_inside_villages_is_no_village_named_by_a_number() -> None:
    found = [
        (v["number"], v["unit"]) for v in values("已完成芙蓉沙等7条村内河涌综合整治。四棵枫村的村民来了。", "quantity")
    ]
    assert found == [(7, "条")]


def test_what_is_counted_stops_before_an_adverb_and_at_a_persons_name() -> None:
    found = {v["number"]: v["counted"] for v in values("一期8栋厂房全部完工。84岁蒋佩新老人说，日子好了。", "quantity")}
    assert found == {8: "厂房", 84: ""}


def test_a_deed_or_the_people_named_before_a_count_are_not_what_it_counts() -> None:
    found = {
        v["number"]: v["counted"]
        for v in values("签约卫浴企业125家、投产84家。魏某与王某两家因地界发生纠纷。", "quantity")
    }
    assert found == {125: "卫浴企业", 84: ""}


def test_an_investment_in_hundreds_of_millions_without_yuan_before_de_is_money() -> None:
    assert [v["amount"] for v in values("总投资达25亿的项目开工。全国14亿的人民。", "money")] == [2500000000]


def test_what_is_counted_stops_at_a_conjunction_a_function_word_or_an_idiom() -> None:
    body = "十个重点项目暨全域绿化项目开工。蔬菜基地规模750亩共带动农户。三个村子密不可分。"
    found = {v["number"]: v["counted"] for v in values(body, "quantity")}
    assert found == {10: "重点项目", 750: "蔬菜基地规模", 3: "村子"}


def test_all_around_is_no_four_weeks_and_a_leaflet_jieba_files_as_a_name_is_still_counted() -> None:
    body = "目前已发放扶贫政策宣传单3000余份。四周摆放着书本。培训持续四周时间。"
    found = {v["number"]: (v["unit"], v["counted"]) for v in values(body, "quantity")}
    assert found == {3000: ("份", "政策宣传单"), 4: ("周", "时间")}


def test_the_measure_of_the_count_before_is_not_what_the_next_count_counts() -> None:
    counted = [v["counted"] for v in values("计划搬迁346户1643人，其中贫困户有83户贫困人口321人。", "quantity")]  # type: ignore[index]
    assert counted[1] == ""
    assert counted[3] == "贫困人口"
    assert "户" not in counted


def test_two_hours_and_a_half_and_an_age_written_with_nian_sui() -> None:
    found = {
        f.text: (f.value.number, f.value.unit)
        for f in facts_of("车程近两个半小时。一位53年岁的农民说，十年岁月如歌。", kind="quantity")
    }  # type: ignore[union-attr]
    assert found["近两个半小时"] == (2.5, "个小时")
    assert found["53年岁"] == (53, "岁")
    assert not any(text.startswith("十年") and unit == "岁" for text, (_, unit) in found.items())


def test_the_verb_of_having_before_what_is_counted_is_no_part_of_it() -> None:
    counted = [v["counted"] for v in values("合作社现有社员26户。全区现有中小学12所。", "quantity")]  # type: ignore[index]
    assert counted == ["社员", "中小学"]


def test_years_before_a_word_of_sui_stay_years() -> None:
    found = {f.text: f.value.unit for f in facts_of("过去5年岁末年初，全县开展走访慰问。", kind="quantity")}  # type: ignore[union-attr]
    assert "岁" not in found.values()


def test_a_round_figure_of_money_with_no_numeral_before_it_is_about_that_much() -> None:
    found = values("两人每月收入可以上万元。投入上百万元，近亿元资金到位。比上年3万元多。", "money")
    assert [(v["amount"], v.get("approximate")) for v in found] == [  # type: ignore[index, union-attr]
        (10000, True),
        (1000000, True),
        (100000000, True),
        (30000, None),
    ]


def test_tenths_are_a_percentage_where_a_mark_or_a_bound_follows() -> None:
    found = values("单亩产量提高近七成。七成以上的村民参加。他八成是忘了。规矩一成不变。", "percent")
    assert found == [{"number": 70}, {"number": 70}]
    assert values("玉米加工量4500万穗。", "quantity") == [{"number": 45000000, "unit": "穗", "counted": "玉米加工量"}]


def test_the_owner_of_households_and_the_place_a_distance_is_from_are_not_counted() -> None:
    found = {
        v["number"]: v["counted"]
        for v in values(
            "两村共有150户。离县城约120公里。该村距离城区50多公里。贫困户共有15户。合作社已发展到18个。", "quantity"
        )
    }  # type: ignore[index]
    assert found[150] == "" and found[120] == "" and found[50] == ""
    assert found[15] == "贫困户" and found[18] == "合作社"


def test_two_numerals_in_a_row_with_a_pause_mark_are_a_rough_range() -> None:
    found = values("经过二、三年时间的努力。三、五个人。", "quantity")
    assert found[0] == {"number": 2, "unit": "年", "counted": "时间", "approximate": True, "upper": 3}
    assert found[1]["number"] == 5  # type: ignore[index]


def test_a_bound_written_with_a_negation_keeps_it() -> None:
    assert [v["number"] for v in values("堤防高度不超过6米。", "quantity")] == [6]  # type: ignore[index]
    texts = [f.text for f in facts_of("堤防高度不超过6米，补助不少于5000元。") if f.kind in ("quantity", "money")]
    assert texts == ["不超过6米", "不少于5000元"]


def test_round_hundreds_with_a_bound_are_figures_and_grades_or_named_bridges_are_not_counts() -> None:
    found = values("市场有近百名商贩。建成上千亩养殖水面。商户总共30来家。千名干部下基层。", "quantity")
    assert [(v["number"], v["counted"], v.get("approximate")) for v in found] == [  # type: ignore[index, union-attr]
        (100, "商贩", True),
        (1000, "养殖水面", True),
        (30, "商户", True),
    ]
    assert values("水质达到三类标准，消除劣五类水体。五眼桥农贸市场开业。打了5眼机井。", "quantity") == [
        {"number": 5, "unit": "眼", "counted": "机井"}
    ]


def test_second_review_counts_of_members_names_ending_in_cheng_kinds_and_outline_numbers() -> None:
    counted = {
        v["number"]: v["counted"] for v in values("目前，党员共有45名。离退休干部100名参加。离家200米。", "quantity")
    }  # type: ignore[index]
    assert counted == {45: "党员", 100: "干部", 200: ""}
    assert values("村民王二成，今年六十。刘三成、赵六成等人参加。产量提高七成。", "percent") == [{"number": 70}]
    kinds = [v["number"] for v in values("基地种植了四类水果。全县建成5类标准化养殖场。", "quantity")]  # type: ignore[index]
    assert kinds == [4, 5]
    assert not any("upper" in v for v in values("第二、三年的收益会更高。\n二、三年目标\n", "quantity"))  # type: ignore[operator]


def test_two_people_opening_a_clause_are_the_two_just_named_not_a_count() -> None:
    counts = {
        f.text for f in facts_of("姚某元和主任杨秀海一拍即合，两人踏上了养猪征途。二人不停地跑。", kind="quantity")
    }
    assert not counts
    assert "两人" in {f.text for f in facts_of("事故造成两人受伤。", kind="quantity")}


def test_two_people_hurt_are_counted_though_the_clause_opens_with_them() -> None:
    assert "两人" in {f.text for f in facts_of("事故造成一人死亡，两人受伤。", kind="quantity")}


def test_household_members_volumes_and_characters_are_counted_but_not_words_with_a_numeral() -> None:
    found = {
        f.text: f.value
        for f in facts_of(
            "她家4口人。他整理了300余册卷宗，撰写院史3万余字。走到十字路口，两口子吵了起来。", kind="quantity"
        )
    }
    assert {"4口人", "300余册卷宗", "3万余字"} <= set(found)
    assert not any(text.startswith(("十字", "两口")) for text in found)


def test_the_pair_pointed_at_is_no_count_but_the_hurt_and_the_admitted_are() -> None:
    counts = {
        f.text for f in facts_of("哪两个人原本是亲戚，他都知道。这两人很勤劳。事故造成两个人受伤。", kind="quantity")
    }
    assert counts == {"两个人"}


def test_a_couple_and_a_family_of_three_are_no_count_of_mouths() -> None:
    counts = {
        f.text
        for f in facts_of(
            "今年，老两口住进了新房。村里的小两口开起了网店。三口之家的幸福生活让人羡慕。", kind="quantity"
        )
    }
    assert not counts


def test_an_earthquakes_magnitude_is_measured_but_a_rank_is_not() -> None:
    found = {
        f.text for f in facts_of("积石山县发生6.2级地震。县人民医院是二级医院，三级公路通到村里。", kind="quantity")
    }
    assert found == {"6.2级地震"}


def test_one_of_an_item_counted_after_its_noun_in_a_list_is_a_count() -> None:
    found = values("追回手机15部，摩托车3辆，冰箱一台。", "quantity")
    assert {"number": 1, "unit": "台", "counted": "冰箱"} in found
    assert not values("其中一台，已经修好。村里有一家企业。", "quantity")


def test_an_age_in_full_years_is_one_quantity() -> None:
    found = [(f.text, f.value) for f in facts_of("老检察官杨文彬今年已91周岁，身体硬朗。", kind="quantity")]
    assert [(text, value.number, value.unit) for text, value in found] == [("91周岁", 91, "周岁")]  # type: ignore[union-attr]


def test_counts_in_operations_square_metres_cages_and_of_rural_roads() -> None:
    found = [
        (f.text, f.value)
        for f in facts_of("全年实施手术2218台次，厂房1700平米，每天投喂270笼鲍鱼，全县有8条农村公路。", kind="quantity")
    ]
    assert [(value.number, value.unit) for _, value in found] == [
        (2218, "台次"),
        (1700, "平米"),
        (270, "笼"),
        (8, "条"),
    ]  # type: ignore[union-attr]


def test_a_building_described_by_its_storeys_is_no_count_its_height_is() -> None:
    found = [(f.text, f.value) for f in facts_of("他家建起了三层小洋房。这栋楼高18层。", kind="quantity")]
    assert [(value.number, value.unit) for _, value in found] == [(18, "层")]  # type: ignore[union-attr]


def test_a_crop_the_tagger_reads_as_a_name_is_what_the_land_measures() -> None:
    found = [f.value.counted for f in facts_of("村里种植桑葚30亩，扩种杨梅20亩。王明分到30亩。", kind="quantity")]  # type: ignore[union-attr]
    assert found == ["桑葚", "杨梅", ""]


def test_a_rate_keeps_the_unit_it_is_per() -> None:
    body = "最大洪峰流量达6200立方米/秒，供水规模5000吨/日，种群密度为0.096只/平方千米，全村5/6的人外出。"
    found = [(f.value.number, f.value.unit) for f in facts_of(body, kind="quantity")]  # type: ignore[union-attr]
    assert found == [(6200, "立方米/秒"), (5000, "吨/日"), (0.096, "只/平方千米")]


def test_a_village_named_by_a_number_before_its_committee_counts_nothing() -> None:
    body = "六户地村村委会组织村民开会，3个村村委会都来了。"
    assert [(f.value.number, f.value.unit) for f in facts_of(body, kind="quantity")] == [(3, "个")]  # type: ignore[union-attr]


def test_a_number_inside_a_quoted_term_or_a_villages_name_counts_nothing() -> None:
    body = "‘三支一扶’人员、志愿者都来了。曲阜王庄镇三门庙村支部书记告诉记者，三个村的书记都来了。"
    found = [f.text for f in facts_of(body, kind="quantity")]
    assert found == ["三个村"]


def test_so_many_made_one_counts_nothing() -> None:
    found = [f.text for f in facts_of("参观了县公安局四台合一指挥中心，推进三网合一。共有四台设备。", kind="quantity")]
    assert found == ["四台设备"]
