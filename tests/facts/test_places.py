"""Places: made-up sentences, one rule each."""

from __future__ import annotations

import pytest

from lytui.model import fact_value_json
from tests.facts.helpers import facts_of, values


def places(body: str) -> set[str]:
    return {str(v) for v in values(body, "place")}


def facts_text(body: str) -> set[str]:
    return {f.text for f in facts_of(body, kind="place")}


def test_a_county_named_without_its_suffix_needs_the_text_to_confirm_it() -> None:
    found = places("阳春三月，游客走进温泉大酒店和安平古堡。")
    assert not found & {"广东省阳江市阳春市", "新疆维吾尔自治区博尔塔拉蒙古自治州温泉县", "河北省衡水市安平县"}
    assert "广东省阳江市阳春市" in places("广东阳江下辖的阳春今年荔枝丰收。")


def test_a_provinces_short_name_is_the_province_not_a_county_of_that_name() -> None:
    found = places("河南、海南两省的游客都来了。")
    assert {"河南", "海南"} <= found
    assert not any("自治" in value for value in found)


def test_a_village_named_after_a_known_place_follows_its_township() -> None:
    found = places("在德阳市禾丰镇镇江村的大田里，村民正在采收。")
    assert {"禾丰镇", "镇江村"} <= found
    assert "禾丰镇镇" not in found


def test_a_township_whose_stem_is_a_known_place() -> None:
    assert "阿里山乡" in places("来自嘉义市阿里山乡乡民代表出席。")


def test_a_village_does_not_start_inside_the_place_before_it() -> None:
    found = values("记者来到东至县花园乡祠村村，又去了青山县兰村。", "place")
    assert "花园乡祠村" not in found and "青山县兰村" not in found


def test_the_compass_regions_are_directions_and_groupings_not_places() -> None:
    found = values("东北地区增加1席，西南地区减少2席；合作社位于县城东北，距青山县20公里。", "place")
    assert not {"东北", "西南"} & {v for v in found if isinstance(v, str)}


def test_a_place_read_across_two_words_is_not_named() -> None:
    # 赣南|山区 holds 南山区, 黄河|源头 holds 河源: the sentence's words divide the name
    found = values("赣南山区的茶园连片，考察队一路走到黄河源头。", "place")
    assert "南山区" not in found and "河源" not in found and not any("河源" in str(v) for v in found)


def test_a_county_short_form_the_dictionary_knows_still_needs_the_text_to_confirm_it() -> None:
    # 金湖 is a county in Jiangsu; in a Fujian port's road name it is no place the article names
    found = places("莆田北岸疏港金湖大道工程开工。")
    assert not any("金湖县" in name for name in found)
    assert "江苏省淮安市金湖县" in places("江苏淮安的金湖今年荷花节开幕。")


def test_a_district_whose_name_is_also_a_noun_needs_the_text_to_confirm_it() -> None:
    assert not any("城区" in name for name in places("今年全县投入资金改造城区老旧小区。"))
    assert any(name.endswith("城区") for name in places("阳泉市城区今年新建公园三座。"))


def test_a_kind_of_village_the_dictionary_knows_is_no_village() -> None:
    found = places("全县评出“美丽乡村”示范村12个，“产业兴旺”专业村8个，青松村也在其中。")
    assert not {"示范村", "专业村"} & found and "青松村" in found


def test_a_rank_before_a_kind_of_village_is_no_village() -> None:
    # 区级|文明村, 省级|卫生村: a title the village holds, not a village's name
    found = values("东官亭村被评为区级文明村，西官亭村是省级卫生村。", "place")
    assert not any(place.startswith("级") for place in found)


def test_a_villages_own_village_committee_word_starts_no_second_village() -> None:
    # 镇江村|村支部书记: the second 村 begins 村支部, no village 江村村 starts inside the first
    found = values("镇江村村支部书记高安友说，今年的豌豆尖收成好。", "place")
    assert "镇江村" in found and "江村村" not in found


def test_taiwans_cities_and_counties_are_places() -> None:
    found = places("澎湖县长出席活动，台南市与高雄游客大增，花莲、台东的民宿也客满。")
    assert {"澎湖县", "台南市", "高雄", "花莲", "台东"} <= found


def test_a_county_made_a_district_keeps_its_name_as_a_place() -> None:
    assert "河南省周口市淮阳区" in places("大巴车在周口市淮阳区四通镇高速路口停靠。")


def test_a_township_or_village_named_right_after_the_division_it_lies_in() -> None:
    found = places("医疗队来到了石门县所街乡卫生院，又到安泽县兰村和屯留区小南村走访。")
    assert {"所街乡", "兰村", "小南村"} <= found


def test_a_name_after_a_division_goes_on_to_its_own_suffix_and_a_kind_is_no_name() -> None:
    found = places("在尧都区吴村镇永胜村，合作社带动了全县部分农村发展。")
    assert "吴村" not in found and "部分农村" not in found


def test_a_village_listed_before_more_villages_ends_at_its_own_suffix() -> None:
    from tests.facts.helpers import values

    found = values("大年初五之后，该镇红旗村等村及部分热心群众清扫积雪。", "place")
    assert "红旗村" in found
    assert "红旗村等村" not in found


def test_a_residential_compound_is_a_place_like_a_community() -> None:
    from tests.facts.helpers import values

    found = values("近日，翠湖小区开展文明创建活动，帮助小区居民解决停车难。", "place")
    assert "翠湖小区" in found
    assert not any(name.endswith("小区") and name != "翠湖小区" for name in found)


def test_parks_and_reservoirs_named_by_a_proper_word_are_places() -> None:
    from tests.facts.helpers import values

    found = values("假期里，五泉山公园和吐鲁沟国家森林公园游客很多，浙江良渚古城遗址公园也很热闹。", "place")
    assert {"五泉山公园", "吐鲁沟国家森林公园", "良渚古城遗址公园"} <= set(found)
    assert not values("小区文化公园和体育生态公园建成开放。", "place")
    assert "鹤地水库" in values("工作组前往鹤地水库巡查。", "place")


def test_a_river_by_its_bank_its_source_or_where_it_flows_into() -> None:
    from tests.facts.helpers import values

    found = values("站在洋河边，能闻到酸味；这条河最后汇入长江。塔里木河源头正值盛夏。", "place")
    assert {"洋河", "长江", "塔里木河"} <= set(found)


def test_a_county_the_dictionary_reads_as_a_common_word_is_a_place_listed_beside_places() -> None:
    # jieba has 常熟 as an adjective and 库车 as a noun; beside 张家港 or 哈密 in a list they are counties
    found = places("江苏苏州的昆山、张家港、常熟都在发展；库车、哈密机场客流增长。")
    assert {"江苏省苏州市常熟市", "新疆维吾尔自治区阿克苏地区库车市"} <= found  # 库车县 until 2019
    # a list of ordinary words holds no county, and a short form needs a place beside it, not just a list
    alone = places("我们要团结、和平、发展，城区、郊区都要整治，库车、轿车都要检查。")
    assert not any(name.endswith(("县", "市", "区")) for name in alone)


def test_except_after_a_township_is_no_villages_first_character() -> None:
    found = places("灵璧县娄庄镇除汴河村以外的其他区域解封，灵璧县向山镇照常。")
    assert "除汴河村" not in found and "娄庄镇" in found and "向山镇" in found


def test_a_word_read_as_a_verb_before_a_park_begins_no_name() -> None:
    found = places("度假区是指以世界地质公园核心园区为主的区域，五泉山公园游客多。")
    assert "五泉山公园" in found
    assert not any(name.endswith("地质公园") for name in found)


def test_the_items_of_a_list_before_a_kind_of_place_are_places() -> None:
    found = places("汇集周边30公里内的猛洞河、不二门、塔卧等众多国家级山水和人文景点。农村、城市等地区都有。")
    assert {"猛洞河", "不二门", "塔卧"} <= found
    assert not {"农村", "城市", "内的猛洞河"} & found


def test_a_street_named_after_a_city_is_not_that_city() -> None:
    found = places("晚上8时许，在青岛市的常州路上和桃园西路路口，民警检查过往车辆。")
    assert not found & {"江苏省常州市", "常州", "桃园"}
    assert any("常州" in place for place in places("沪宁高速常州路段车流平稳。"))


def test_every_item_of_a_list_its_count_matches_is_a_place_an_ordinary_word_too() -> None:
    found = places("法官先后深入到大路、姚桥、丁岗等3个乡镇巡回审判。")
    assert {"大路", "姚桥", "丁岗"} <= found
    assert "大路" not in places("法官先后深入到大路、姚桥、丁岗等4个乡镇巡回审判。")  # the count says one is missing


def test_a_list_of_townships_opened_by_a_verb_starts_after_the_verb() -> None:
    assert {"枫树岭", "大墅"} <= places("新水厂的供水范围包括枫树岭、大墅等4个乡镇31个行政村。")
    found = places("工程覆盖全县枫树岭、威坪等5个乡镇。项目辐射带动周边梓桐、富文等乡镇。包括我县汾口、中洲等乡镇。")
    assert {"枫树岭", "梓桐", "汾口"} <= found and not any(v.startswith(("全县", "周边", "我县")) for v in found)
    assert "金竹" in places("此次整治涉及到的金竹、大坪等村已完成验收。")
    found = places("项目建成后，将辐射保障两河、丰禾、九龙等乡镇供水。")
    assert "两河" in found and not any(value.startswith("保障") for value in found)
    assert not places("项目覆盖农村、城市等地区。")


def test_a_township_right_before_one_of_its_villages_is_a_township_though_it_ends_like_a_word() -> None:
    # 韦集|镇: 集镇 (a market town) is a word, but a village named right after it makes it a township
    assert {"韦集镇", "藕庄村"} <= places("中风险区：灵璧县技工学校工地、韦集镇藕庄村。")
    assert "山镇" not in " ".join(places("这是一个山镇，风景很美。"))


def test_a_village_after_lai_zi_is_a_place() -> None:
    assert "丽阳村" in places("招聘会上，来自丽阳村的郭翠在摊位前对记者说。")


def test_villages_named_after_a_clause_or_in_a_list_by_names_jieba_reads_as_names() -> None:
    found = values("县政协视察了刘家营村柑橘产业发展、青龙寺村人居环境整治等情况。", "place")
    assert {"刘家营村", "青龙寺村"} <= set(found)
    assert "大河村" in values("2015年底，大河村通过精准识别，核定贫困户98户。", "place")


def test_a_common_noun_or_a_word_of_the_suffix_is_no_village_or_township() -> None:
    assert values("张吉明实地观看了中心村建设状况。", "place") == []
    assert values("同在外云霄乡贤多联系、多沟通。", "place") == []
    assert values("古田县组织“专家百村行”活动。", "place") == ["福建省宁德市古田县"]


def test_a_county_named_by_a_conjunction_is_the_conjunction_after_a_word_that_is_no_division() -> None:
    assert values("亚东老年公寓和县蓝天救援队组织老人赏秋。", "place") == []
    assert values("马鞍山市和县香泉镇举行活动。", "place")[:2] == ["安徽省马鞍山市", "安徽省马鞍山市和县"]
    assert "新疆维吾尔自治区和田地区和田市" in values("在和田市区里，到处可以见到卖玉的店面。", "place")


def test_a_town_after_zhu_and_a_town_whose_name_is_a_word_between_a_city_and_a_village() -> None:
    assert values("栗溪法庭驻马河镇调解员钟守财说，好。", "place") == ["马河镇"]
    assert "长期镇" in values("贵州省赤水市长期镇合云村第一书记说，好。", "place")
    assert values("赤水市长期发展旅游业。", "place") == ["贵州省遵义市赤水市"]


def test_a_village_listed_beside_one_found_is_one_of_its_kind() -> None:
    found = values("镇长刘正洲召集月星社区、小沟村、松林村等主要负责人开会。", "place")
    assert {"小沟村", "松林村"} <= set(found)
    assert values("今年建成特色村、松林村等一批美丽乡村。", "place") == ["松林村"]


def test_a_division_renamed_after_2018_is_a_place_by_its_new_name_and_its_old_one() -> None:
    found = places("邢台市信都区、长沙市宁乡市和咸阳市彬州市的代表，与2017年的宁乡县代表座谈。")
    assert {"河北省邢台市信都区", "湖南省长沙市宁乡市", "陕西省咸阳市彬州市", "湖南省长沙市宁乡县"} <= found


def test_a_county_made_a_city_is_one_place_by_its_short_form() -> None:
    # 广德县 (341822) became 广德市 (341882): the short form names one division, by its name now
    assert "安徽省宣城市广德市" in places("安徽宣城的广德，山清水秀。")


def test_a_province_and_its_city_the_dictionary_reads_as_one_word_are_two_places() -> None:
    found = places("大赛于今年5月在辽宁沈阳开幕。")
    assert {"辽宁", "辽宁省沈阳市"} <= found


def test_a_township_listed_beside_townships_is_one_though_its_stem_is_no_name_alone() -> None:
    assert "下夹河镇" in places("新宾满族自治县榆树镇、木奇镇、下夹河镇等多地发现老虎踪迹。")


def test_a_pronoun_opens_no_villages_name() -> None:
    assert not places("我向村“两委”提议由村党支部领办合作社。")


def test_an_old_or_new_quarter_is_a_district_only_where_its_city_is_named() -> None:
    assert not places("县领导先后察看了老城区梁庙沟、新城区建设情况。")
    assert {"河南省洛阳市老城区", "陕西省西安市新城区"} <= places("洛阳市老城区和西安市新城区结对。")


def test_basins_plateaus_and_states_the_dictionary_names_whole_are_places() -> None:
    found = places("塔里木盆地东南缘的若羌县紧邻黄土高原以西，内蒙古和蒙古国接壤。")
    assert {"塔里木盆地", "蒙古国"} <= found
    # a state's name inside a law's title is the law's
    assert "中华人民共和国" not in places("依照《中华人民共和国刑法》第351条之规定。")


def test_a_district_named_without_its_level_right_after_its_own_city_is_that_district() -> None:
    found = {v for v in values("杭州富阳的茶农开始采茶，上海浦东的企业和长沙岳麓的学校也来参观。", "place")}
    assert {"浙江省杭州市富阳区", "上海市浦东新区", "湖南省长沙市岳麓区"} <= found
    # after another city, after nothing, or as the start of a road or an airport's name it is not one
    assert not any("富阳" in place for place in places("苏州富阳的茶好喝，杭州富阳路上车多，富阳也好。"))
    assert not any("天府新区" in str(v) for v in values("航班从成都天府国际机场起飞。", "place"))


def test_a_county_short_form_the_dictionary_files_as_a_foreign_name_is_a_place_after_a_verb_of_going() -> None:
    found = places("潘女士乘车从凯里回到三都，村民外出到香格里拉游玩都可以乘车。")
    assert {"贵州省黔东南苗族侗族自治州凯里市", "云南省迪庆藏族自治州香格里拉市"} <= found
    assert not any("凯里" in place for place in places("凯里的歌声很好听。"))


def test_a_township_named_after_an_ordinary_word_counts_when_the_article_follows_it_and_its_own_bodies() -> None:
    text = "位于恩施城区西端的白果乡，茶叶种植面积6万亩。白果乡农业服务中心结合产业需要开展培训。白果乡的茶农增收了。"
    assert "白果乡" in places(text)
    # named once, or three times with no body of its own, the word is not read as a township
    assert "白果乡" not in places("位于城区西端的白果乡，茶叶种植面积6万亩。")
    assert "白果乡" not in places("白果乡很美。白果乡很静。白果乡的茶好。")


def test_a_word_about_a_village_after_its_level_makes_no_village() -> None:
    assert not any(place.endswith("村") for place in places("整理村史、唤醒记忆，修订村规民约。"))


def test_a_village_after_its_township_though_its_stem_ends_in_a_word_with_its_level() -> None:
    """通津铺镇苗山村: 山村 is a word, 苗山 is none; and 村支书 after the village is its body's post."""
    assert {"通津铺镇", "苗山村"} <= set(places("慈利县通津铺镇苗山村村支书赵辉建指着视频说。"))
    assert not any(p.endswith("山村") for p in places("今年，全镇部分山村也受了灾。"))


def test_a_county_named_short_beside_other_cities_of_its_province() -> None:
    """麻城 and 利川, named beside 襄阳 and 咸宁 (Hubei's cities), are Hubei's; alone they stay unread."""
    body = "麻城龟峰山景区、利川腾龙洞景区通过评审。加上此前通过评审的襄阳古隆中景区、咸宁赤壁景区，共有4家。"
    assert {"湖北省黄冈市麻城市", "湖北省恩施土家族苗族自治州利川市"} <= places(body)
    alone = places("利川腾龙洞景区通过评审，共有4家景区入围。")
    assert "湖北省恩施土家族苗族自治州利川市" not in alone and alone == {"腾龙洞景区"}  # the scenic area is one
    assert not any(p.endswith("惠民县") for p in places("济南构建社区惠民服务体系，德州也在推进。"))


def test_a_county_named_short_right_after_its_province() -> None:
    found = places("坐标分别是中部的河南兰考、东部的江苏吴江。")
    assert {"河南省开封市兰考县", "江苏省苏州市吴江区"} <= found
    assert not any(p.endswith("兰考县") for p in places("江苏兰考察团来访。"))


def test_a_township_suffix_that_begins_a_word_for_rural_ways_is_no_township() -> None:
    assert not any(p.endswith("五好乡") for p in places("按照标准评选出“五好乡风文明示范户”，带动村民形成好风气。"))


def test_a_short_name_the_article_gives_as_its_township_is_not_a_county_elsewhere() -> None:
    found = places("连日来，塘村、新龙等乡镇扎实开展整治行动。在新龙乡，环卫所长带队清理垃圾。")
    assert "新龙" in found and not any(p.endswith("新龙县") for p in found)


def test_when_before_a_village_word_opens_no_village() -> None:
    body = "2018年，当驻村工作队员赵某刚提出建立基地时，村民不理解。"
    assert "当驻村" not in values(body, "place")


def test_a_level_character_that_opens_a_countys_name_ends_no_township() -> None:
    found = values("汉中市镇巴县开展文化展演活动。", "place")
    assert "汉中市镇" not in found and "陕西省汉中市镇巴县" in found


def test_a_field_raising_the_county_is_a_strategy_not_the_county_named_like_it() -> None:
    assert places("大力实施‘文化兴县’战略，推进产业富县。") == set()
    assert {"山西省吕梁市兴县", "陕西省延安市富县"} <= places("记者来到兴县，又去了陕西富县。")


def test_water_works_named_by_a_proper_word_are_places_and_towns_with_streets_are_a_kind() -> None:
    found = places("检查了赵家峪水库和水厂，来到谭木堰泵站、羊湖口电排站和澧阳平原灌区。新建一座泵站。")
    assert found == {"赵家峪水库", "谭木堰泵站", "羊湖口电排站", "澧阳平原灌区"}
    assert places("前往部分镇街调研。") == set() and places("在白沙镇街头采访。") == {"白沙镇"}


def test_an_adverb_before_a_village_road_opens_no_village() -> None:
    assert places("就拿村道来说，以前狭窄不平。") == set()


def test_a_place_the_dictionary_joins_to_its_region_is_still_named() -> None:
    assert places("该村处在运城、临汾地区分界地。") == {"山西省运城市", "山西省临汾市"}


def test_a_scenic_area_named_by_a_proper_word_is_a_place() -> None:
    assert "灵山景区" in places("游客到广信区灵山景区游玩。") and places("全县景区接待游客。") == set()


def test_a_river_or_lake_the_dictionary_names_is_a_place_where_it_stands_alone() -> None:
    found = places("沿着乌江一路向南。这里是黄河入海口。")
    assert {"乌江", "黄河"} <= found
    found = places("黄河路上车多。长江大桥通车。江河、桂江、西江三河交汇。杭埠河、白石天河水位上涨。")
    assert not {"黄河", "长江", "江河", "三河", "天河"} & found


def test_a_township_named_for_a_good_wish_after_its_county() -> None:
    assert "丰乐镇" in places("记者来到务川县丰乐镇。")


def test_a_village_after_a_township_the_walk_anchored_is_named() -> None:
    assert {"华石镇", "黄江村"} <= places("防城区华石镇黄江村村委会办公楼前人头攒动。")


def test_a_word_for_holding_a_post_begins_no_village() -> None:
    assert "时任村" not in places("看到这样的情况，时任村党支部书记的杨长友看在眼里。")


def test_an_autonomous_prefectures_short_name_is_its_whole_stem() -> None:
    found = places("黔西南州兴义市。黔东南州。西双版纳州。伊犁州。")
    assert {"贵州省黔西南布依族苗族自治州", "贵州省黔东南苗族侗族自治州", "云南省西双版纳傣族自治州"} <= found
    assert "新疆维吾尔自治区伊犁哈萨克自治州" in found


def test_an_island_or_a_bay_the_dictionary_names_is_a_place() -> None:
    found = places("陈某波的渔船曾在黄岩岛遭遇围堵。海南岛东部沿海。北部湾经济区。该岛很美。")
    assert {"黄岩岛", "海南岛", "北部湾"} <= found and "该岛" not in found


def test_a_short_form_inside_a_division_named_whole_is_no_second_place() -> None:
    found = [
        f.text for f in facts_of("位于武陵山区腹地的沿河土家族自治县。新疆维吾尔自治区和田地区于田县。", kind="place")
    ]
    assert found == ["沿河土家族自治县", "新疆维吾尔自治区", "和田地区", "于田县"]


def test_a_bare_name_shared_by_a_city_and_its_own_county_is_the_city() -> None:
    found = values("来自江西南昌的游客刘女士说。在长沙，市民纷纷前来。", "place")
    assert "江西省南昌市" in found and "湖南省长沙市" in found


def test_some_villages_a_mountain_village_and_a_prefectures_counties_are_no_places() -> None:
    found = values("率队前往部分村实地巡查。兴隆县山村怡岭合作社成立。增幅均位居全州县市第一。", "place")
    assert not {"部分村", "山村", "广西壮族自治区桂林市全州县"} & set(found)
    assert "兰村" in values("安泽县兰村的村民说，收成好。", "place")


def test_a_minority_peoples_township_is_named_whole_and_the_river_of_history_is_no_river() -> None:
    body = "走进西坑畲族镇，来到铜铃山镇。双牌县上梧江瑶族乡盘家村。从江县翠里瑶族壮族乡南岑村。在历史的长河中，他们奋斗。县财政局驻村工作队进驻。"
    found = [f.text for f in facts_of(body, kind="place")]
    assert {"西坑畲族镇", "上梧江瑶族乡", "翠里瑶族壮族乡"} <= set(found)
    assert not {"长河", "财政局驻村", "梧江瑶族乡"} & set(found)


def test_a_list_the_text_calls_townships_names_towns_and_no_county_far_away() -> None:
    found = {
        f.text: fact_value_json(f.value)
        for f in facts_of("副县长深入国华、高阳、盐河、万家、天星等乡镇检查。", kind="place")
    }
    assert set(found) == {"国华", "高阳", "盐河", "万家", "天星"}
    assert found["高阳"] == "高阳"


def test_a_township_or_village_named_right_after_a_verb_or_a_count() -> None:
    found = places("第二批计划搬迁五营镇346户。担任过六届岭头村党总支书的胡顺民说，他发现安阳乡还没有工厂。")
    assert {"五营镇", "岭头村", "安阳乡"} <= found


def test_an_everyday_word_after_a_verb_is_the_kind_of_village() -> None:
    found = places("海南已有全国乡村旅游重点村24个，今年打造特色村3个。")
    assert not {"重点村", "特色村"} & found


def test_a_preposition_that_begins_a_word_with_the_stem_anchors_no_township() -> None:
    found = places("他从未离开家乡，一直在日谢村放牧，离长庆镇不远。")
    assert "开家乡" not in found
    assert {"日谢村", "长庆镇"} <= found


def test_a_district_named_only_by_a_direction_needs_its_city_in_the_text() -> None:
    assert not any(p.endswith("西区") for p in places("签约仪式在华中师范大学西区举行。"))
    assert "四川省攀枝花市西区" in places("攀枝花市西区的项目开工，西区经济发展好。")


def test_a_village_rebuilt_or_an_estate_named_before_xincun() -> None:
    found = places("民警来到历园新村走访。庙前新村村委会主任说，美丽新村建设提速，移民新村住上新房。")
    assert {"历园新村", "庙前新村"} <= found
    assert not {"美丽新村", "移民新村"} & found


def test_divisions_listed_before_the_level_they_share_are_the_same_citys() -> None:
    found = places("联合道里、南岗、松北区政协开展调研。走访了城关、东风、西湖区。")
    assert {"黑龙江省哈尔滨市道里区", "黑龙江省哈尔滨市南岗区", "黑龙江省哈尔滨市松北区"} <= found
    assert not any(name.endswith(("城关区", "东风区")) for name in found)


def test_a_district_named_by_the_kind_of_area_needs_its_city_in_the_text() -> None:
    assert not any(p.endswith("城区") for p in places("县4个、市4个、城区4个，城区人口增加。"))
    assert "山西省晋城市城区" in places("晋城市城区人口增加。")


def test_a_hamlet_named_like_a_province_a_citys_village_body_and_renamed_counties() -> None:
    found = places("保家村河南屯的村民养牛。芜湖市村党组织领办合作社。位于无为市蜀山镇。荣昌县代表参加。这是个大城市。")
    assert "河南" not in found and "芜湖市村" not in found
    assert {"无为市", "荣昌县"} <= found
    assert "大城市" not in found


def test_towns_and_villages_counted_are_kinds_and_a_compass_district_needs_its_city_right_before() -> None:
    found = places("培育2个淘宝镇，全县建成10个样板村，整治8个空心村。攀枝花市民小王在华中师范大学西区上学。")
    assert not any(name.endswith(("淘宝镇", "样板村", "空心村", "西区")) for name in found)


def test_a_village_named_again_after_a_verb_that_was_its_first_character_is_the_longer_village() -> None:
    found = places("在某某县九龙镇补石桥村建设现场，工人正在施工。“补石桥村受地理因素影响，发展慢。”他说。")
    assert "补石桥村" in found and "石桥村" not in found


def test_a_village_named_without_its_suffix_is_not_the_river_or_city_its_name_begins_with() -> None:
    found = places("在某某县常山镇大河森村，党支部书记介绍，大河森是典型的种植村。")
    assert "大河森村" in found and not any(name.endswith("大河") for name in found)


def test_a_village_of_one_character_beside_another_village_or_under_its_township() -> None:
    found = places(
        "联合村所属北头村和韦村两个自然村共用一台变压器。记者来到扎西岗乡苏村。农村和城市不同，北头村和全村人都高兴。"
    )
    assert {"韦村", "苏村"} <= found
    assert "全村" not in found


def test_a_town_whose_name_opens_with_big_after_a_mark_and_a_village_likened_to() -> None:
    found = places("塘李片、大陈镇等地旱情严重。这是一个经济大镇。象板坞村这样的村子还有很多。")
    assert {"大陈镇", "板坞村"} <= found
    assert "象板坞村" not in found and not any(name.endswith("大镇") for name in found)


def test_inner_mongolias_townships_and_villages_are_named_sumu_and_gacha() -> None:
    found = places("芒来嘎查位于克尔伦苏木，牧民们很高兴。")
    assert {"芒来嘎查", "克尔伦苏木"} <= found


def test_a_kind_of_village_of_one_character_beside_a_village_is_no_place() -> None:
    found = places("北头村和贫村的群众都来了。北头村和原村一样。")
    assert "贫村" not in found and "原村" not in found


def test_the_old_town_after_a_verb_of_going_needs_its_city_named() -> None:
    assert not any(p.endswith("老城区") for p in places("河南省范县的湿地公园距离老城区不到20公里。"))
    assert "河南省洛阳市老城区" in places("来到洛阳市老城区，人口增加。")


def test_second_review_one_character_villages_named_after_trees_and_stones_are_villages() -> None:
    found = places("项目覆盖北头村和柳村两个村。北头村、石村、枣村通了路。北头村和贫村的群众都来了。")
    assert {"柳村", "石村", "枣村"} <= found and "贫村" not in found


def test_a_river_that_names_a_county_stays_the_river() -> None:
    found = places("内蒙古清水河畔，村民在河边种树。清水河的水更清了。")
    assert "清水河" in found and not any(value.endswith("清水河县") for value in found)
    assert "内蒙古自治区呼和浩特市清水河县" in places("内蒙古清水河县召开会议。")


def test_a_town_of_four_characters_right_after_its_banner_or_county() -> None:
    found = places("记者走进鄂尔多斯市杭锦旗呼和木独镇的接待点。")
    assert "呼和木独镇" in found
    assert not any(value.endswith("所有乡镇") or value == "所有乡" for value in places("杭锦旗所有乡镇都来了。"))


def test_a_desert_the_dictionary_names_is_a_place() -> None:
    assert {"库布其沙漠", "科尔沁沙地"} <= places("库布其沙漠腹地一片绿，科尔沁沙地也在治理。")
    assert not any("沙漠" in value for value in places("治沙人让沙漠变绿洲。"))


def test_a_list_its_own_count_names_item_by_item_is_of_that_kind_of_place() -> None:
    found = places("其下辖的东兴市江平镇巫岭、万浘、沙芯3个海岛，是京族的聚居地。")
    assert {"巫岭", "万浘", "沙芯"} <= found
    assert not {"小麦", "玉米"} & places("全县种小麦、玉米3个村。")  # the count is not the list's


def test_a_community_named_before_its_party_branch() -> None:
    assert "矮岭社区" in places("贵州省黎平县德凤街道矮岭社区党支部书记姚西元发了一条朋友圈。")
    assert not any(value.endswith("社区") for value in places("社区党支部书记发了一条朋友圈。"))


def test_a_community_named_after_its_road_below_its_sub_district() -> None:
    assert "复兴路社区" in places("武昌区紫阳街道复兴路社区紫湖村11号小院，老年居民占多数。")
    assert "大方巷社区" in places("鼓楼区湖南路街道大方巷社区开展了义诊活动。")
    assert not any(value.endswith("社区") for value in places("街道修好了这条路社区居民很满意。"))


def test_a_village_whose_last_character_and_suffix_name_a_town_is_still_a_village() -> None:
    # 塘村 is a town's name to the dictionary, not an everyday word like 山村
    assert {"夏木塘村", "陈塘村"} <= places("他们来到夏木塘村和陈塘村参观。")
    assert not any(value.endswith("江村") for value in places("73岁的西热江村有较多土地。"))
    assert not any(value.endswith("山村") for value in places("他们来到了大山村落。"))


def test_an_island_the_dictionary_does_not_know_is_a_place_when_the_article_names_it_three_times() -> None:
    assert "黑瞎子岛" in places("江水拍醒了黑瞎子岛。黑瞎子岛地处界江交汇处。民警在黑瞎子岛巡逻。")
    assert not places("这个小岛很美，小岛上有树。全岛有三个村，海岛游客多。")
    assert "黑瞎子岛" not in places("江水拍醒了黑瞎子岛。黑瞎子岛地处界江交汇处。")
    assert not places("这座网红岛吸引了大量游客。网红岛上的民宿供不应求。网红岛很火。")


def test_a_township_after_a_verb_of_going_though_its_stem_is_a_measure_word() -> None:
    assert "天元乡" in places("早上从县城出发，到达天元乡宝坪村村口，已是正午。")
    assert not places("他来到个乡里看看，到了一个镇上。")


def test_a_town_followed_by_its_village_of_the_same_name_is_a_town() -> None:
    assert {"枫树岭镇", "枫树岭村"} <= places("“水清了。”枫树岭镇枫树岭村党支部书记胡某源说。")
    assert not places("这个镇镇村干部都来了。全县创建卫生镇卫生村，多个乡镇获评生态镇生态村。")


def test_a_village_in_sai_and_cun_is_one_village_not_a_stockade_before_it() -> None:
    found = places("肥乡县元固乡中油胡寨村建成了互助养老院。")
    assert "中油胡寨村" in found and "中油胡寨" not in found


def test_a_river_something_flows_into_is_named_whole() -> None:
    found = places("三条小溪变成了五条，它们汇入曹古河后漫流改道。")
    assert "曹古河" in found and "古河" not in found


def test_a_word_a_levels_character_opens_after_a_city_is_no_level() -> None:
    assert "杭州" in facts_text("我们还有工人专门在杭州市场负责售卖。")
    assert "杭州市" not in facts_text("我们还有工人专门在杭州市场负责售卖。")
    assert "浙江省杭州市" in places("杭州市民很高兴。")


def test_to_receive_is_no_verb_of_going_before_a_township() -> None:
    found = places("家住某县的赵亮在南阳接到一名同乡的电话。他走到天元乡，来到石门乡。")
    assert "一名同乡" not in found and {"天元乡", "石门乡"} <= found
    assert "山西省运城市稷山县" in places("去年，他把年迈的母亲接到稷山一起生活。他一直想到稷山看看。")


def test_in_the_village_out_of_the_township_names_no_township() -> None:
    found = places("合作社成立的消息在村里乡外不胫而走。")
    assert not any(value.startswith("村里") for value in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年新增国家级、省级两个景区。", set()),
        ("该镇对口帮扶贫困、边远两个村。", set()),
        ("全区选定城关、新华等社区开展试点。", {"城关", "新华"}),
        ("全县推广东关、西关等村的经验。", {"东关", "西关"}),
    ],
)
def test_a_listed_kind_of_place_or_a_verb_before_the_first_item_is_no_place(text: str, expected: set[str]) -> None:
    assert places(text) == expected


def test_a_city_on_its_coast_is_the_city_and_a_kind_of_community_names_none() -> None:
    assert "广东省湛江市" in places("台风逼近，湛江沿岸海域掀起大浪。")
    assert not any(value.endswith("社区") for value in places("全区城市社区党支部书记参加培训。"))


def test_raising_the_county_and_enriching_the_people_names_no_county() -> None:
    assert not any(value.endswith("兴县") for value in places("茶产业成为湄潭兴县富民的第一支柱。"))
    assert "山西省吕梁市兴县" in places("山西省兴县的红枣很甜。")


def test_a_county_seat_named_as_its_county_is_a_town_even_when_its_stem_opens_with_a_function_word() -> None:
    assert "和静镇" in places("近日，笔者在新疆和静县和静镇林果业基地看到，农民们正在采摘。")


def test_a_village_or_a_street_named_for_the_peoples_good_keeps_the_county_before_it() -> None:
    assert "山西省吕梁市兴县" in places("兴县利民村村民王明今年种植小米十亩。")


def test_a_hill_village_named_zhai_is_a_place_but_not_the_word_for_one() -> None:
    found = places("展福寨村民杨受九说，今年采茶收入不错。游客来到西江苗寨。他走进寨子，山寨产品要打击。")
    assert {"展福寨", "西江苗寨"} <= found and not any(v.endswith(("寨子", "山寨")) for v in found)


def test_the_province_and_city_named_short_before_a_county_in_a_bodys_name_are_places() -> None:
    found = places("他在浙江台州三门县人民医院工作了十年。")
    assert {"浙江", "浙江省台州市", "浙江省台州市三门县"} <= found
    assert not places("他在北京大学人民医院工作了十年。")


def test_the_village_league_and_gala_are_no_village() -> None:
    assert not places("自2023年5月“贵州村超”赛事火爆出圈以来，游客多了。今年县村晚办得热闹。")
    assert "石门村" in places("他来到石门村超过半数村民参加了会议。")


def test_a_village_official_is_no_village() -> None:
    assert not facts_of("他说：“别拿村官不当干部。”", kind="place")


def test_a_village_named_with_an_ordinary_word_after_its_township_when_named_again() -> None:
    found = values("毕节市八寨镇劳动村放学路上的孩子们。这个村名叫劳动村。", "place")
    assert "劳动村" in found
    assert "发展村" not in values("八寨镇发展村集体经济，成效明显。", "place")


def test_a_village_named_with_a_good_quality_after_its_township_is_a_village_when_named_once() -> None:
    assert "团结村" in values("比赛在宁夏西吉县吉强镇团结村篮球公园举行。", "place")
    assert "光明村" in values("记者来到平安县新华乡光明村采访。", "place")
    assert "发展村" not in values("八寨镇发展村集体经济，成效明显。", "place")


def test_a_village_whose_name_opens_with_a_rare_word_after_its_township() -> None:
    assert "老屋场村" in values("走进信丰县西牛镇老屋场村的烤烟基地，清香扑面。", "place")
    assert not [p for p in values("全镇部分农村道路已经硬化。", "place") if "农村" in str(p)]


def test_a_village_opening_its_clause_and_lying_somewhere_is_named_whole() -> None:
    assert "兴旺山村" in values("兴旺山村位于晋西北，村民多以务农为生。", "place")
    assert not values("该村位于山区。这个村地处偏远。", "place")


def test_a_town_whose_name_ends_in_its_level_writes_the_level_twice() -> None:
    assert "许镇镇" in values("在南陵县许镇镇，食用菌产业发展很快。", "place")


def test_sumu_and_gacha_names_are_read_back_to_their_banner_a_mark_or_a_word_of_the_clause() -> None:
    found = values("阿鲁科尔沁旗巴彦温都尔苏木达尔罕乌拉嘎查牧民转场。距旗40公里处的南宝力皋吐嘎查有遗址。", "place")
    assert {"巴彦温都尔苏木", "达尔罕乌拉嘎查", "南宝力皋吐嘎查"} <= set(found)
    assert not [p for p in values("记者跟随嘎查党支部书记走进牧场。", "place") if p.endswith("嘎查")]


def test_a_village_named_after_a_clans_village_writes_its_level_twice() -> None:
    assert "郭村村" in values("郭村村的古建戏台前挤满了村民。", "place")


def test_a_town_before_a_village_whose_name_opens_with_chang_is_no_towns_head() -> None:
    assert {"石门镇", "长岭村"} <= set(values("在石门镇长岭村，牧民们搬进了新居。", "place"))


def test_village_houses_are_no_village_and_a_cyberspace_office_no_provinces_site() -> None:
    assert "特色村" not in values("新建的民宿与特色村居相映成趣。", "place")
    assert "河北省网" not in values("活动由河北省网信办联合举办。", "organization")


def test_a_village_numbered_after_its_township_is_a_place_not_a_count() -> None:
    found = facts_of("称多县拉布乡十村合作社成立了。今年十村在县上的支持下发展很快。")
    assert "十村" in [f.value for f in found if f.kind == "place"]
    assert not [f for f in found if f.kind == "quantity" and f.text == "十村"]


@pytest.mark.parametrize(
    ("sentence", "hamlet"),
    [("百坭村那用屯的群众说，路修好了。", "那用屯"), ("梅埔村白河江自然村有一百多户。", "白河江自然村")],
)
def test_a_hamlet_or_a_natural_village_right_after_its_village(sentence: str, hamlet: str) -> None:
    assert hamlet in values(sentence, "place")


def test_regions_and_mountain_ranges_news_names_as_where_things_happen() -> None:
    found = values("秦岭深处的村庄，大别山里的孩子，河西走廊的风，南疆的果园。", "place")
    assert {"秦岭", "大别山", "河西走廊", "南疆"} <= set(found)


def test_a_natural_village_after_the_committee_of_its_village() -> None:
    assert "侯坑村" in values("赤尾村委会侯坑村106岁的沈大娘说，日子越过越好。", "place")
    assert not values("村委会前村民聚集。", "place")


def test_a_county_short_form_the_dictionary_mistags_as_a_rare_adjective_is_a_place_with_its_province() -> None:
    """jieba calls 平遥 (239 uses) and 常熟 (146) adjectives; with their province or prefecture named, they are
    the counties. Alone, with nothing to say which place, they are left."""
    assert "山西省晋中市平遥县" in values("那时山西省靠挖煤富起来一批县，而平遥的经济却总在晋中拖后腿。", "place")
    assert "江苏省苏州市常熟市" in values("江苏的常熟今年经济增长很快。", "place")
    assert not values("而平遥的经济却总是拖后腿。", "place")


def test_a_banner_named_by_its_first_character_side_and_place_in_line_and_a_sumu_named_like_a_city() -> None:
    """科尔沁右翼中旗 is written 科右中旗, 土默特左旗 土左旗; 巴彦淖尔苏木 is a sumu of the banner, not the city."""
    found = values("内蒙古科右中旗巴彦淖尔苏木的牧民，和土左旗的干部一起种树。", "place")
    assert "内蒙古自治区兴安盟科尔沁右翼中旗" in found and "内蒙古自治区呼和浩特市土默特左旗" in found
    assert "巴彦淖尔苏木" in found and "内蒙古自治区巴彦淖尔市" not in found


def test_a_metal_weighed_is_no_city_and_a_river_named_like_a_county_is_the_river() -> None:
    """100克白银 is silver (白银 is a city in Gansu); 雅江两岸 are the banks of the river, not 雅江县, while a city
    on the water keeps its name (九江沿岸)."""
    found = {
        f.text: f.value
        for f in facts_of(
            "村里给每名村民发放了100克黄金和100克白银。从珠峰脚下到雅江两岸。九江沿岸风光好。", kind="place"
        )
    }
    assert "白银" not in found
    assert found["雅江"] == "雅江" and found["九江"] == "江西省九江市"


def test_a_township_after_its_county_may_open_with_na_a_field_in_zhuang_names() -> None:
    found = values("宁明县那楠乡逢留村，交通同样艰难。", "place")
    assert "那楠乡" in found and "逢留村" in found
    assert not [p for p in values("宁明县那个乡的干部都来了。", "place") if "那个" in str(p)]


def test_a_township_right_after_its_countys_short_form() -> None:
    """荔浦修仁镇, 惠东稔山镇: the county named short, then its township; not a district's own name read
    into the township's (武汉新洲凤凰镇 is 新洲's 凤凰镇, never 新洲凤凰镇)."""
    assert "修仁镇" in values("荔浦修仁镇：砂糖桔一年催生了不少富裕户。", "place")
    assert "稔山镇" in values("日前，惠东稔山镇举行盐灶节。", "place")
    assert "新洲凤凰镇" not in values("武汉新洲凤凰镇队以3比1获胜。", "place")


def test_a_districts_sub_district_written_jie_right_after_the_district() -> None:
    found = values(
        "越秀区人民街的居民很高兴。江夏区郑店街综合村的村民也来了。城区商业街很热闹，该区步行街人很多。", "place"
    )
    assert {"人民街", "郑店街"} <= set(found)
    assert "商业街" not in found and "步行街" not in found


def test_townships_listed_whose_names_open_with_a_numeral_and_no_piece_of_a_listed_one() -> None:
    body = "全州有中山镇、大过口乡、西舍路镇、三街镇、树苴乡、八角镇等地受灾，十个村、三个镇受灾最重。"
    found = values(body, "place")
    assert "八角镇" in found and "大过口乡" in found and "过口乡" not in found
    assert not {"十个村", "三个镇"} & set(map(str, found))


def test_a_township_opened_by_a_numeral_stays_whole_in_its_villages_committee() -> None:
    body = "楚雄市三街镇蚂蝗箐村委会的干部来了。全县两个镇政府都派了人。他通过灌南政府网关注家乡，陕西省政府网站也发了消息。"
    found = values(body, "organization")
    assert "三街镇蚂蝗箐村委会" in found and "街镇蚂蝗箐村委会" not in found
    assert "灌南政府" not in found and "陕西省政府" in found


def test_a_former_township_is_named_without_former() -> None:
    body = "村民们赶往原曹古乡乡政府避险。原平市的干部也来了。原乡人回来了。"
    assert "曹古乡" in values(body, "place") and "原曹古乡" not in values(body, "place")
    assert "曹古乡乡政府" in values(body, "organization")


def test_a_peoples_township_written_with_minzu_after_the_people() -> None:
    body = "在恩和俄罗斯民族乡，参访团采访了当地。全县有3个民族乡。"
    found = values(body, "place")
    assert "恩和俄罗斯民族乡" in found and "俄罗斯" not in found and "在恩和俄罗斯民族乡" not in found


def test_a_gachas_name_after_a_preposition_or_opened_by_bayan() -> None:
    body = "我们来到将扎木钦嘎查调研。联村党委由扎木钦嘎查、白音扎拉嘎嘎查组成。"
    found = values(body, "place")
    assert "白音扎拉嘎嘎查" in found and "扎木钦嘎查" in found
    assert not {"将扎木钦嘎查", "扎拉嘎嘎查"} & set(map(str, found))


def test_a_village_whose_name_opens_with_dang_after_its_township() -> None:
    found = facts_text("这些住户属于融水苗族自治县杆洞乡党鸠村。")
    assert {"杆洞乡", "党鸠村"} <= found
    assert "城关镇党委" in values("城关镇党委书记张三来到村里。", "organization")


def test_a_town_named_after_a_known_place_and_a_familys_seat() -> None:
    assert "大河家镇" in facts_text("救援队接到了大河家镇群众的报告。")
    assert not facts_text("各地大力发展小城镇建设。")


def test_a_county_by_its_short_form_joined_to_a_city_by_he() -> None:
    assert "浙江省杭州市淳安县" in places("他一直就职于淳安和杭州的服装企业。")
    assert "淳安" not in facts_text("他一直就职于淳安的服装企业。")
    assert "永和" not in facts_text("门店开在广州及永和豆浆旁边。")  # a brand after 及, not a county


def test_a_county_by_its_short_form_before_a_part_of_it() -> None:
    assert "浙江省丽水市庆元县" in places("庆元东部的乡村正在发展民宿。")
    assert "平原" not in facts_text("献县地处河北平原中部。")


def test_a_river_named_at_the_head_of_a_towns_name_is_no_river() -> None:
    body = "救援队接到了大河家镇群众的报告。在大河村、陈家村等受灾较严重的地方。"
    assert "大河" not in facts_text(body) and {"大河家镇", "大河村"} <= facts_text(body)


def test_a_villages_standing_after_its_township_is_no_village_named() -> None:
    assert "重点村" not in facts_text("白沙镇重点村建设加快。")
    assert "文明村" not in facts_text("这里先后获得省卫生村、省文明村称号。")


def test_a_company_in_the_town_and_country_field_names_no_township() -> None:
    body = "聊城市安泰城乡投资开发有限责任公司与企业签约。临潭县古城乡的干部也来了。"
    found = values(body, "place")
    assert not any("安泰" in str(place) for place in found) and "古城乡" in found


def test_no_township_ends_inside_a_persons_name() -> None:
    found = values("市领导曾乡伟参加了活动。", "place")
    assert not any("曾乡" in str(place) for place in found)


def test_a_peoples_name_a_quoted_saying_and_a_part_of_a_region_are_no_places() -> None:
    body = (
        "牧民从身穿的蒙古袍里掏出羊羔，远处是一片蒙古包。他去过蒙古国。"
        "迪庆有“三江并流”等知名品牌。新疆南部县域春季转场正在进行。"
    )
    found = values(body, "place")
    assert "蒙古" not in found and "蒙古国" in found
    assert not any("三江" in str(place) or "南部" in str(place) for place in found)


def test_an_airport_named_with_its_own_name_and_a_citys_airport() -> None:
    found = values("日照山字河机场通航了。喀什机场、库尔勒机场也很忙。", "place")
    assert "日照山字河机场" in found and "喀什机场" not in found


def test_a_reservoir_named_after_the_body_or_town_before_it_starts_after_them() -> None:
    found = values("黄继军一行先后到中华山林场高峰寺水库、武胜关镇霞家河水库检查。", "place")
    assert "高峰寺水库" in found and "霞家河水库" in found
    assert not any(str(place).startswith(("林场", "镇霞")) for place in found)


def test_no_township_stem_holds_a_bureaus_ending() -> None:
    found = values("合阳县公安局坊镇派出所积极响应部署。", "place")
    assert not any("公安局" in str(place) for place in found)
