"""Where an organisation's name begins (facts/org_walk.py): made-up sentences, one rule each."""

from __future__ import annotations

import pytest

from tests.facts.helpers import facts_of, values


def orgs(body: str) -> set[str]:
    return {str(v) for v in values(body, "organization")} - {"测试网"}


def test_two_fields_joined_by_he_inside_a_ministry_name() -> None:
    assert "泉州市住房和城乡建设局" in orgs("泉州市住房和城乡建设局昨日发布通知。")
    assert "江苏省政协教育和文化委员会" in orgs("江苏省政协教育和文化委员会赴企业调研。")
    assert "国家卫生和计划生育委员会" in orgs("国家卫生和计划生育委员会印发通知。")


def test_a_national_ministry_of_two_fields_needs_no_place_before_it() -> None:
    assert "文化和旅游部" in orgs("据文化和旅游部统计，假期出游人数明显增加。")
    assert "文化和旅游部数据中心" in orgs("经文化和旅游部数据中心测算，今年游客增长。")


def test_he_between_two_things_named_is_not_inside_a_name() -> None:
    assert not any("和" in name for name in orgs("我们帮助农户和合作社增收，也支持学校和医院建设。"))


def test_a_department_of_a_committee_or_government_is_one_name() -> None:
    found = orgs("漳州市委组织部牵头，漳州市政府办公室配合。")
    assert {"漳州市委组织部", "漳州市政府办公室"} <= found
    assert "漳州市委" not in found


def test_two_bodies_side_by_side_stay_two() -> None:
    assert "漳州市委市政府" not in orgs("漳州市委市政府高度重视此事。")


def test_a_group_and_its_legal_form_are_one_company() -> None:
    found = orgs("华瑞物流集团有限公司计划在港区建设仓库。")
    assert "华瑞物流集团有限公司" in found
    assert "华瑞物流集团" not in found


def test_a_body_used_as_a_modifier_does_not_end_the_name() -> None:
    assert "银行间外汇市场交易中心" in orgs("据银行间外汇市场交易中心统计，成交量上升。")


def test_a_role_in_apposition_is_not_part_of_the_name() -> None:
    found = orgs("项目的主承销商招商银行表示，发行顺利。")
    assert "招商银行" in found
    assert not any(name.startswith("主承销商") for name in found)


def test_a_nominalised_verb_inside_a_government_office_name() -> None:
    found = orgs("广东省森林防火工作领导小组办公室发出提醒。")
    assert "广东省森林防火工作领导小组办公室" in found


def test_a_verb_taking_the_organisation_as_object_ends_the_name() -> None:
    assert not any(name.startswith("漳州市支持") for name in orgs("漳州市支持农民合作社发展。"))


def test_an_item_after_a_list_comma_is_a_name_whatever_words_it_is_made_of() -> None:
    found = orgs("与华兴电器公司、正德引线公司、永和电子公司等12家企业签约。")
    assert {"华兴电器公司", "正德引线公司", "永和电子公司"} <= found


def test_the_first_list_item_without_the_time_word_and_you_before_it() -> None:
    found = orgs("目前有金谷粮油、山泉春茶叶等6家企业入驻。")
    assert "金谷粮油" in found
    assert not any(name.startswith("目前") for name in found)


def test_rooms_and_the_verb_ban_are_not_organisations() -> None:
    found = orgs("活动在城南街区会客厅举行。镇党委领办合作社30家，村集体增收。")
    assert not any(name.endswith(("会客厅", "领办")) for name in found)


def test_a_dictionary_body_inside_a_longer_name_is_not_named_again() -> None:
    found = orgs("云和县人大常委会主任王立新说，工作扎实。")
    assert "云和县人大常委会" in found
    assert "人大常委会" not in found


def test_a_level_and_a_kind_of_body_and_a_party_member_are_not_organisations() -> None:
    found = orgs("村委会和村党支部带头，成立乡镇联合社。共产党员要冲在前面。")
    assert not found & {"村委会", "村党支部", "联合社", "乡镇联合社", "共产党"}


def test_a_village_party_branch_is_the_body_and_secretary_the_title() -> None:
    found = {v["name"]: v for v in values("溪头乡石门村党支部书记李明华说，路修好了。", "person")}  # type: ignore[index]
    assert found["李明华"]["title"] == "书记"
    assert str(found["李明华"]["organization"]).endswith("石门村党支部")


def test_a_body_named_on_its_own_elsewhere_is_kept_beside_its_department() -> None:
    body = "生态环境部土壤生态环境司司长苏克敬介绍了情况。生态环境部还将出台新办法。恒达物流集团有限公司开工。"
    found = orgs(body)
    assert {"生态环境部", "生态环境部土壤生态环境司"} <= found
    assert "恒达物流集团" not in found


def test_a_dealers_association_and_an_explicit_short_form() -> None:
    found = orgs("中国钢材交易商协会（下称钢材协会）发布公告。")
    assert "中国钢材交易商协会" in found
    assert not any(name.startswith("下称") for name in found)


def test_a_prefix_and_a_nominalised_verb_back_to_the_place() -> None:
    assert "漳州市非物质文化遗产保护协会" in orgs("漳州市非物质文化遗产保护协会昨日成立。")
    assert "湖南省禾丰农业开发有限公司" in orgs("引进的湖南省禾丰农业开发有限公司已流转土地。")


def test_a_listed_company_before_its_stock_code_and_a_group_and_its_subsidiary() -> None:
    found = orgs("北新建材（000786）发布公告。华策影视旗下的克顿传媒宣布扩产。")
    assert {"北新建材", "华策影视", "克顿传媒"} <= found


def test_an_ordinary_word_before_a_stock_code_or_around_qixia_is_no_company() -> None:
    found = orgs("公司股票（600000）停牌。集团旗下的支付业务增长。")
    assert not found & {"公司股票", "支付业务", "集团", "股票"}


def test_a_villages_branch_and_kinds_in_lists_or_alone_are_no_bodies() -> None:
    body = "石桥村党支部和石桥村村委会组织村民，村小学和俱乐部也参与。引进肉牛养殖企业、光伏企业等企业。"
    found = orgs(body)
    assert not found & {"石桥村党支部", "石桥村村委会", "村小学", "俱乐部", "肉牛养殖企业"}


def test_a_middle_dot_before_a_name_is_no_part_of_it() -> None:
    found = orgs("热点推荐 ·云和县消防救援大队应急局：电动车要规范")
    assert any(name.startswith("云和县消防救援大队") for name in found)
    assert not any("·" in name for name in found)


def people_of(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p["title"], p["organization"]) for p in values(body, "person") if isinstance(p, dict)}


def test_a_word_of_tenure_before_a_title_is_not_part_of_the_body() -> None:
    body = "青石镇白鹭村党组织第一书记杜明远介绍情况。晨光日报前副社长乔文澜出席，前署理总编辑钟立行未到。"
    found = orgs(body)
    assert {"青石镇白鹭村党组织", "晨光日报"} <= found
    assert not any(name.endswith(("第一", "前", "署理")) for name in found)
    assert people_of(body)["杜明远"] == ("第一书记", "青石镇白鹭村党组织")


def test_a_head_shares_the_last_character_of_the_body_he_heads() -> None:
    body = "县委常委、宣传部长郝云飞出席。卫健部长周启明视察医院。河源县长邹立群讲话。"
    people = people_of(body)
    assert people["郝云飞"] == ("县委常委、宣传部长", "宣传部")  # both posts, the standing member's too
    assert people["周启明"] == ("部长", "卫健部")
    assert people["邹立群"] == ("县长", "河源县")
    assert not {"宣传", "卫健", "河源"} & orgs(body)


def test_page_furniture_before_a_name_is_not_part_of_it() -> None:
    found = orgs("【东江晨报讯】近日，活动举行。（图/岚山市政府提供）本次活动——来自南岭日报的报道。")
    assert {"东江晨报", "岚山市政府", "南岭日报"} <= found
    assert not any(name[0] in "【（/—" or name.startswith(("图", "来自")) for name in found)


def test_the_verb_that_takes_a_body_as_object_is_not_part_of_it() -> None:
    found = orgs("会议传达市委书记讲话精神。记者从江苏省农业农村厅获悉，产量增长。")
    assert "江苏省农业农村厅" in found
    assert not any(name.startswith(("传达", "从")) for name in found)


def test_a_newspaper_named_in_ordinary_words_is_one_paper() -> None:
    assert {"大众日报", "工人日报"} <= orgs("大众日报、工人日报等媒体记者参加采访。")


def test_an_ordinal_after_a_place_is_inside_the_name() -> None:
    assert "岳阳市第三人民医院" in orgs("岳阳市第三人民医院的医生到村里义诊。")


def test_a_citys_numbered_middle_school_is_a_school() -> None:
    found = orgs("来自湖北襄阳五中的学生和福州第一中学的老师。他读高一中途退学，全市统一中考。")
    assert {"湖北襄阳五中", "福州第一中学"} <= found
    assert not any(name.endswith(("高一中", "统一中")) for name in found)


def test_a_papers_office_a_health_centre_and_a_monitoring_station_are_bodies() -> None:
    found = orgs("南州日报社记者到河口县卫生院采访，湖南省监测总站发布数据，村里新建驻点招商工作站。")
    assert {"南州日报社", "河口县卫生院", "湖南省监测总站"} <= found
    assert "日报社" not in found and "驻点招商工作站" not in found


def test_a_body_the_sentence_points_at_without_naming_it_is_no_organisation() -> None:
    found = orgs("记者跟踪采访当地县委书记。各区公所派员参加，街道居委会配合。")
    assert not {"当地县委", "各区公所", "街道居委", "街道居委会"} & found


def test_universities_factories_and_parks_named_in_ordinary_words_are_kinds() -> None:
    found = orgs("几家国际大厂落户创新型产业园区，连带影响大学招生。江汉大学和青山化工厂参加。")
    assert not {"国际大厂", "创新型产业园区", "连带影响大学"} & found
    assert {"江汉大学"} <= found


def test_the_period_a_sentence_is_at_is_not_part_of_the_body_after_it() -> None:
    found = orgs("2018年1-6月份生态环境部通报了空气质量。2022年10月份党支部开展主题党日。")
    assert "生态环境部" in found
    assert not any(name.startswith("月份") for name in found)


def test_a_source_with_a_bracket_left_open_names_two_bodies() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    document = clean_text("测试稿件\n2024-03-20 10:00:00 来源：江汉网（南州日报\n村里召开会议。\n")
    found = {f.value for f in extract_facts(document) if f.kind == "organization"}
    assert {"江汉网", "南州日报"} <= found
    assert not any("（" in str(name) for name in found)


def test_a_dictionary_name_whose_end_begins_the_next_word_is_not_named() -> None:
    # 联合|党支部: a joint party branch, not the 联合党
    assert "联合党" not in values("此时，青石寨联合党支部的支书潘进田已经在等着了。", "organization")


def test_a_place_before_a_post_is_not_an_organisation() -> None:
    found = values("两省的支书见面了，贵州支书潘进田和广西支书梁成林一起商量。", "organization")
    assert "贵州" not in found and "广西" not in found


def test_a_numbered_sitting_of_an_assembly_is_an_event() -> None:
    found = values("中国共产党第二十次全国代表大会开幕后，县第九届人民代表大会第三次会议召开。", "organization")
    assert "全国代表大会" not in found and "人民代表大会" not in found


def test_a_standing_committee_member_is_a_post() -> None:
    found = values("青山市委常委、宣传部部长林海明出席。", "organization")
    assert "青山市委常委" not in found


def test_a_kind_of_party_branch_is_read_from_the_words_before_the_kind() -> None:
    # 临时|党支部 is a kind (the words before 党支部 are ordinary), 青松社区|党支部 that community's branch
    found = values("各小组都成立临时党支部，青松社区党支部也派人参加。", "organization")
    assert "临时党支部" not in found and "青松社区党支部" in found


def test_a_kind_of_enterprise_school_or_zone_in_ordinary_words_is_no_organisation() -> None:
    # what kind (养殖企业, 辖区中小学, 高新技术产业开发区), not which one (东山中学 names one)
    found = values(
        "当地蛋鸭养殖企业带动农户增收，辖区中小学开展安全教育，东山中学和国家级高新技术产业开发区也参与其中。",
        "organization",
    )
    assert not {"蛋鸭养殖企业", "辖区中小学", "国家级高新技术产业开发区"} & set(found)
    assert "东山中学" in found


def test_a_title_that_begins_a_character_early_leaves_no_stray_character_on_the_body() -> None:
    found = orgs("青山医学大学社会服务队大队长陈育明介绍了情况。联合服务中心副执行长颜子明到场。")
    assert not any(name.endswith(("大", "执")) for name in found)


def test_a_school_named_after_the_lake_hill_or_island_it_stands_by_is_one_school() -> None:
    found = orgs("开发区扩建纱帽山小学，半岛小学也在施工，辖区中小学也在改造。")
    assert {"纱帽山小学", "半岛小学"} <= found and "辖区中小学" not in found


def test_a_dictionary_name_read_from_inside_the_word_before_it_is_not_named() -> None:
    found = orgs("各单位要严密组织，精心部署。县人民医院组织义诊。")
    assert "密组织" not in found and "民医院" not in found


def test_idioms_and_verbs_ending_like_a_body_and_kinds_of_government_are_no_organisations() -> None:
    found = orgs(
        "在提能级开新局、争创文明县开好局的关键时刻，以集中力量办大事的思路，牛家村党支部领办合作社，"
        "建设服务型政府、学习型政府。县第十七届人民政府召开会议。"
    )
    assert not found - {"牛家村党支部"}


def test_a_verb_closing_the_source_line_is_not_part_of_the_source() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    for source, body in (("环保部发布", "环保部"), ("德州市广播电视台收集", "德州市广播电视台")):
        raw = f"测试稿件\n2024-03-20 10:00:00 来源：{source}\n今天，全省开展环保督察。\n"
        found = {f.value for f in extract_facts(clean_text(raw)) if f.kind == "organization"}
        assert body in found and source not in found, found


def test_a_name_that_holds_a_place_starts_at_it_not_at_the_clause_before() -> None:
    found = orgs("他查看园区污水集中处理企业杭州清源水务有限公司的设施，也协请宁波市海曙区公安分局协助。")
    assert {"杭州清源水务有限公司", "宁波市海曙区公安分局"} <= found
    assert not any(name.startswith(("协请", "园区", "污水")) for name in found)


def test_a_proper_word_before_the_place_stays_in_the_name() -> None:
    assert "民革福建省委" in orgs("民革福建省委召开会议。")
    assert "市城市管理行政执法局" in orgs("市城市管理行政执法局、市水务局参加。")


def test_a_government_is_named_by_the_place_it_governs() -> None:
    found = orgs(
        "要建设法治政府、阳光政府，近几年政府投入增加，沿线人民政府积极配合，淮南市人民政府和香港特区政府也表示支持，中央政府出台措施。"
    )
    assert {"淮南市人民政府", "香港特区政府", "中央政府"} <= found
    assert not found & {"阳光政府", "法治政府", "近几年政府", "沿线人民政府"}


def test_an_adverb_a_time_or_a_one_character_verb_before_a_title_is_not_part_of_the_body() -> None:
    found = orgs(
        "卫生所特别请马山医院院长张明远出席。开学日，基隆市长王立新早上7点40分由教育处副处长陈丽华陪同视察。"
        "澎湖参访团有中华民国社区发展协会理事长欧文明带队。"
    )
    assert {"马山医院", "教育处", "中华民国社区发展协会"} <= found
    assert not any("请" in name or "王立新" in name or "参访团" in name for name in found)


def test_the_body_a_mayor_or_county_head_heads_is_a_place_not_an_organisation() -> None:
    found = orgs("鹿港镇长许志宏与马公市长黄健忠会面，新营市长陈明德也到场。")
    assert not found & {"马公", "新营", "马公市", "新营市"}


def test_a_name_read_from_inside_a_place_word_begins_where_the_place_begins() -> None:
    found = orgs("游客增加，日月潭风景区管理处长林芳明认为服务提升是主因。")
    assert "日月潭风景区管理处" in found
    assert "潭风景区管理处" not in found


def test_a_quality_or_a_rank_before_the_kind_describes_a_kind_of_body() -> None:
    found = orgs(
        "该院是示范性县级综合医院，将召开公益性服务协商会，园区升格为国家级经济技术开发区，平山县人民医院也参加。"
    )
    assert "平山县人民医院" in found
    assert not any("性" in name or "级" in name for name in found)


def test_a_county_made_a_district_keeps_its_name_before_its_committee() -> None:
    assert "屯留区委" in orgs("报道有温度。屯留区委有关负责人说，要继续努力。")


def test_a_development_zone_has_departments_of_its_own() -> None:
    assert "苏州高新区教育局" in orgs("记者从苏州高新区教育局获悉，新学期学位充足。")


def test_every_branch_and_a_kind_the_dictionary_files_as_a_body_are_no_organisation() -> None:
    found = orgs("党工委对各支部提出要求，鼓励民间组织参与，武术队也来表演，联合国教科文组织派员参加。")
    assert "联合国教科文组织" in found
    assert not found & {"各支部", "民间组织", "武术队"}


def test_a_suffix_read_across_two_words_of_the_sentence_names_nothing() -> None:
    found = orgs("采用个人自学、重点篇目集中学的方式，成员中大部份来自平山县人民医院。")
    assert "平山县人民医院" in found
    assert not any(name.endswith(("集中学", "大部")) for name in found)


def test_the_areas_own_body_is_not_named_by_which_area() -> None:
    found = orgs("居民可到辖区社康中心接种，周边派出所也派人协助，平山县人民医院派出医生。")
    assert "平山县人民医院" in found
    assert not any(name.startswith(("辖区", "周边")) for name in found)


def test_corner_brackets_end_the_clause_a_name_stands_in() -> None:
    assert "平山县公安局" in orgs("证据是3名网民的「诽谤对象」平山县公安局副局长的陈述。")


def test_a_company_in_a_park_is_no_department_of_the_park() -> None:
    found = orgs("在新桥工业园区，长山米业有限公司正在扩建。记者走进新桥工业园区长山米业有限公司车间。")
    assert "新桥工业园区长山米业有限公司" not in found


def test_a_registered_company_keeps_a_brand_word_after_its_place() -> None:
    assert "浙江可信竹木有限公司" in orgs("项目包括年产砧板项目、浙江可信竹木有限公司年产6万立方米人造板项目。")


def test_a_numbered_school_after_a_countys_short_name() -> None:
    assert "庆元二中" in orgs("开发二期工程、庆元二中迁建工程同时开工。")


def test_running_a_paper_or_a_school_is_the_verb_ban() -> None:
    assert not any(name.endswith("办") for name in orgs("今后，我们要进一步提高办报的质量，也要提高办校水平。"))


def test_a_company_named_by_its_brand_and_its_trade() -> None:
    found = orgs(
        "地处上游的玉河机械化工和的文丰化工为主要污染源，周边集聚了泰嘉光电等企业，还要细化工作措施，林业化工也在发展。"
    )
    assert {"玉河机械化工", "文丰化工", "泰嘉光电"} <= found
    assert not any(name.endswith("化工") and name not in ("玉河机械化工", "文丰化工") for name in found)


def test_a_trading_or_service_company_named_by_its_brand() -> None:
    found = orgs("项目包括鑫光工贸年产3万套工艺竹制品项目，四川航空“成都大运号”首航，宏达物流在县里投资。")
    assert {"鑫光工贸", "四川航空", "宏达物流"} <= found
    fields = orgs("加快发展冷链物流，完善农村物流体系。中国物流与采购联合会发布数据。")
    assert not {"冷链物流", "中国物流"} & fields


def test_a_province_before_a_trade_and_a_noun_is_the_provinces_trade() -> None:
    found = orgs("浙江纺织服装出口增长，江西陶瓷文化源远流长，安徽食品安全检查开展。")
    assert not any(name.endswith(("纺织", "陶瓷", "食品")) for name in found)


def test_a_school_in_ordinary_words_is_named_as_an_item_beside_a_named_school() -> None:
    # 纱帽 is a gauze cap and 三角 a number to jieba; beside 奥林小学 or 神龙小学 in a list they name schools
    found = orgs("今年奥林小学和纱帽中学扩建完工，白鹭小学、三角湖小学也将开学。")
    assert {"奥林小学", "纱帽中学", "白鹭小学", "三角湖小学"} <= found
    # a body, then another word after the list's comma, is not widened into a name
    assert not any(name.endswith("中心") for name in orgs("围绕县委、县政府中心工作建言献策。"))


def test_rooms_of_a_school_listed_together_are_no_provincial_departments() -> None:
    # 多功能厅 and 报告厅 end like 教育厅; a room in a list of rooms vouches for no other
    found = orgs("学校新建阅览室、多功能厅、报告厅、围墙校门，省教育厅验收。")
    assert "省教育厅" in found
    assert not any(name.endswith(("功能厅", "报告厅")) for name in found)


def test_kinds_of_school_or_hospital_are_no_organisations() -> None:
    # the dictionary files 民办学校 and 公立医院 as organisations; a grade (三级) or 中小学 says what kind
    found = orgs("民办学校挖教师抢生源，公立医院改革推进，县里建成800张床位三级医院和二级综合医院。")
    assert not found
    assert "西安市第一中学" in orgs("记者邀请50名西安市第一中学教师参与。")


def test_a_number_s_measure_word_does_not_start_a_name() -> None:
    found = orgs("记者邀请50名西安市中小学校长和3家县医院负责人参与问答，西安市第一中学也来了。")
    assert not any(name.startswith(("名", "家")) for name in found)
    assert "西安市第一中学" in found


def test_setting_something_up_is_no_office() -> None:
    # 办 is an office (扶贫办) and a verb (办起农家乐, to set up a farm restaurant)
    found = orgs("村民们利用高山移民安置房办起农家乐，县扶贫办派人指导。")
    assert found == {"县扶贫办"}


def test_a_bureau_of_two_fields_after_a_bare_level_and_a_trade_of_two_verbs() -> None:
    found = orgs("县文化和旅游局发布通知，市住房和城乡建设局也发文。晋城市国库集中支付中心开始帮扶。")
    assert {"县文化和旅游局", "市住房和城乡建设局", "晋城市国库集中支付中心"} <= found
    assert "城乡建设局" not in found
    raw_note = orgs("目前，全区共有非遗项目16个。（区文化体育和旅游局）")
    assert "区文化体育和旅游局" in raw_note


def test_an_intermediate_court_a_body_part_and_trades_listed_are_read_right() -> None:
    found = orgs(
        "北京市三中院对此案作出宣判：被告人扎刺值班医生颈部。村里成立集体企业，下属净菜、旅游等多个子公司，华为、中兴等企业参加。"
    )
    assert {"北京市三中院", "华为", "中兴"} <= found
    assert not any(name.endswith(("颈部", "三中", "净菜", "旅游")) for name in found)


def test_a_departments_short_name_cut_after_its_first_character() -> None:
    # jieba reads 湖南省|住|建厅 and 市|发|改委: 住 and 发 as verbs, where they begin 住建 and 发改
    found = orgs("湖南省住建厅党组成员出席。市发改委主任王刚讲话。")
    assert {"湖南省住建厅", "市发改委"} <= found
    assert not any(name in ("建厅", "改委") for name in found)
    people = {v["name"]: v for v in values("省住建厅副厅长刘年来出席。", "person")}
    assert people["刘年来"]["organization"] == "省住建厅"


def test_a_school_named_by_its_county_and_trade_is_one_and_a_kind_of_school_is_not() -> None:
    found = orgs("灵璧县技工学校开学了。上好学校难，公办学校和民办学校都有，该学校很好。")
    assert found == {"灵璧县技工学校"}


def test_a_township_whose_first_character_jieba_reads_as_a_particle_stays_in_the_name() -> None:
    # 石门县|所|街|乡|卫生院: 所 begins the township 所街乡, not a particle before the name
    assert "石门县所街乡卫生院" in orgs("7月8日，心内科党小组来到了石门县所街乡卫生院开展活动。")


def test_a_dictionary_body_takes_the_division_before_it_and_a_verb_before_a_body_is_no_part_of_it() -> None:
    found = orgs("邀请福建省农科院专家指导，借助省农科院力量。府城医院负责申请利用意大利政府贷款。共产党员带头。")
    assert {"福建省农科院", "省农科院", "意大利政府"} <= found
    assert not {"农科院", "利用意大利政府", "共产党"} & found


@pytest.mark.parametrize("verb", ["加入", "成立", "组建", "创办", "入股"])
def test_a_verb_whose_object_is_a_body_ends_the_name_before_it(verb: str) -> None:
    # 某县农民自发|加入|合作社: the clause is what the farmers did, not a cooperative's name
    found = orgs(f"襄阳市谷城县农民自发{verb}合作社，乐当“新社员”。")
    assert not any(verb in name for name in found)


def test_the_clause_before_a_body_is_no_part_of_its_name() -> None:
    # 认真落实|省委 (a state word), 非常感谢|党委 (an idiom ending in a verb), 会同/委托 (filed as nouns),
    # 得到|了市|人民医院 (a particle glued to the level)
    found = orgs(
        "会议要求，认真落实省委决策部署。群众表示：非常感谢党委的关心。省民政厅会同省财政厅安排资金，"
        "并委托九江市爱心联合会组织救援。病人得到了市人民医院的照顾。"
    )
    assert {"省财政厅", "九江市爱心联合会", "市人民医院"} <= found
    assert not {"认真落实省委", "非常感谢党委", "会同省财政厅", "委托九江市爱心联合会", "了市人民医院"} & found


def test_an_idiom_naming_a_thing_stays_a_field_of_the_body() -> None:
    assert "四川省大气污染防治工作领导小组办公室" in orgs("四川省大气污染防治工作领导小组办公室发布通知。")


def test_a_zones_court_police_or_committee_takes_the_zone_into_its_name() -> None:
    found = orgs("法官是江苏省镇江市开发区人民法院的。市高新区公安分局民警赶到。工业园区长山米业有限公司投产。")
    assert {"江苏省镇江市开发区人民法院", "市高新区公安分局"} <= found
    assert "工业园区长山米业有限公司" not in found  # a company in a zone is its own body


def test_two_fields_joined_by_ji_or_yu_inside_a_bureaus_name() -> None:
    found = orgs("香港特区政府运输及物流局表示，交通大致畅顺。企业与市场监管局座谈。")
    assert "香港特区政府运输及物流局" in found
    assert "企业与市场监管局" not in found


def test_a_meeting_or_a_public_place_the_dictionary_files_as_a_body_is_no_organisation() -> None:
    found = orgs("街道、社群召开协商会，纪委把通报会开到家门口。在公园等公共场所，游客很多。国务院召开会议。")
    assert not {"协商会", "通报会", "公共场所"} & found
    # a meeting (会议) of those who consult, which ends like a chamber of commerce (商会)
    assert not any(body.endswith("商会") for body in orgs("国家文物局在吐鲁番召开了国际协商会议。"))
    assert "温州商会" in orgs("温州商会会长来了。")
    assert {"丽水市温州商会", "青田县总商会"} <= orgs("丽水市温州商会议事会召开。青田县总商会议定了年度工作计划。")
    assert "国务院" in found


def test_one_body_directing_another_named_after_it_is_two_bodies() -> None:
    found = orgs(
        "水利部指导珠江水利委员会联合调度水库。市网信办协同市户外公益协会举办活动。县人社局就业指导中心开展招聘。"
    )
    assert {"珠江水利委员会", "市户外公益协会", "县人社局就业指导中心"} <= found
    assert not {"水利部指导珠江水利委员会", "市网信办协同市户外公益协会"} & found


def test_a_corner_shop_and_a_body_pointed_at_by_a_demonstrative_are_no_organisations() -> None:
    found = orgs("老人到村里的小卖部听听歌、聊聊天。乡政府旁有一处雨量监测站，这处雨量监测站很重要。")
    assert not {"小卖部", "这处雨量监测站"} & found


def test_a_county_jieba_reads_as_a_time_word_is_part_of_a_chambers_name() -> None:
    assert "东莞隆回商会" in orgs("县长会见了返乡过年的东莞隆回商会会长张某红一行。")


def test_a_universitys_hospital_named_after_it_is_one_body() -> None:
    found = orgs("陈某征来自武汉大学人民医院的眼科。他在四川大学华西医院工作过。")
    assert {"武汉大学人民医院", "四川大学华西医院"} <= found and not {"武汉大学", "四川大学"} & found


def test_an_ordinary_word_ending_like_a_body_and_a_post_ending_like_one_are_no_organisations() -> None:
    found = orgs("构建共建共治共享的社区服务新格局。小企业聚集于城乡结合部。公安局副政委许爱秋率队宣传。")
    assert not {"社区服务新格局", "新格局", "城乡结合部", "副政委"} & found
    assert "公安局" in found


def test_a_character_that_ends_the_word_before_begins_no_name() -> None:
    assert "完乡纪委" not in orgs("听完乡纪委的通报，在场群众感慨。")


def test_a_list_item_holding_a_post_and_a_name_is_no_organisation() -> None:
    """县委副书记、县长程江芬代表县委、县政府: the item between the commas is a person acting for a body."""
    found = orgs("县委副书记、县长程江芬代表县委、县政府与工作组签订了军令状。")
    assert not any("程江芬" in name for name in found)
    assert {"飞龙烟花公司", "正隆引线公司"} <= orgs("飞龙烟花公司、正隆引线公司参加了招商会。")


def test_a_post_read_as_one_word_with_its_body_ends_the_name_before_it() -> None:
    """县委书记 is one word to jieba and ends in a post (书记): the walk back from 局 stops there."""
    assert not any("书记" in name for name in orgs("作为一线总指挥的县委书记身系战局成败。"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("来自曲靖市沾益区人民法院花山中心法庭的法官。", "曲靖市沾益区人民法院花山中心法庭"),
        ("视察了宝峰街道中心校道路交通安全。", "宝峰街道中心校"),
        ("由贵州日报报业集团、安顺市西秀区委党校联合推出。", "贵州日报报业集团"),
        ("由贵州日报报业集团、安顺市西秀区委党校联合推出。", "安顺市西秀区委党校"),
        ("张吉明走进利辛县忠章家庭养殖农场调研。", "利辛县忠章家庭养殖农场"),
        ("前往深圳市畅想智能技术有限公司、凯禾实业考察。", "凯禾实业"),
    ],
)
def test_a_tribunal_a_party_school_a_papers_group_a_farm_and_a_brands_enterprise_are_named_whole(
    sentence: str, name: str
) -> None:
    assert name in orgs(sentence)


def test_a_model_title_a_hidden_body_and_a_counted_kind_are_no_organisation() -> None:
    assert orgs("创建“枫桥式人民法庭”为抓手，巡回审判。") == set()
    assert orgs("西安区某家庭农场与村民签订合同。") == set()
    assert orgs("有正茂、山谷春和春满园立体种养生态农场3个。") == set()


def test_a_field_named_by_an_adjective_used_as_a_noun_is_part_of_a_department() -> None:
    assert any(o.endswith("安全环保部") for o in orgs("黄埔港务分公司安全环保部经理助理周冲说，好。"))
    assert "环保部" not in orgs("黄埔港务分公司安全环保部经理助理周冲说，好。")


def test_a_party_congress_is_a_meeting_not_a_body() -> None:
    assert orgs("全面贯彻落实省第十一次党代会精神的重大举措。") == set()


def test_a_person_then_a_verb_is_a_clause_about_a_body_but_a_memorial_named_after_one_is_a_body() -> None:
    found = orgs("8月7日，县委书记陈晨赴县经济开发区调研。陈晨调研县经济开发区时强调，要加快提质扩容。")
    assert "陈晨调研县经济开发区" not in found and "县经济开发区" in found
    assert "邓小平纪念馆" in orgs("县委书记邓小平说，邓小平纪念馆今天开放。")


def test_a_body_after_an_indefinite_article_is_one_the_text_does_not_name() -> None:
    assert orgs("与上海一家生物科技有限公司合作。") == set()
    assert "上海瑞康生物科技有限公司" in orgs("与上海瑞康生物科技有限公司合作。")


def test_a_protected_areas_own_body_keeps_the_rank_its_name_holds() -> None:
    assert "东洞庭湖国家级自然保护区管理局" in orgs("东洞庭湖国家级自然保护区管理局负责人介绍了候鸟情况。")
    # a rank before a kind of body still names no one
    assert not orgs("全县建成国家级开发区和县级综合医院。")


def test_foundations_and_alliances_are_bodies_when_something_proper_names_them() -> None:
    found = orgs("善款交给了蓝海慈善联盟，项目由清源生态基金会资助。")
    assert {"蓝海慈善联盟", "清源生态基金会"} <= set(found)
    assert not {"产业联盟"} & set(orgs("当地成立了产业联盟。"))


def test_a_universitys_school_and_an_affiliated_hospital_are_named_with_their_parent() -> None:
    found = orgs("她是中南大学湘雅医学院附属第三医院的专家，毕业于复旦大学新闻学院。")
    assert {"中南大学湘雅医学院附属第三医院", "复旦大学新闻学院"} <= found
    # a university beside another body, or before a road named after a college, is its own
    found = orgs("四川大学和西南交通大学学院路校区。")  # 学院路, a road; the campus named after it is a body
    assert "四川大学" in found and "西南交通大学学院" not in found


def test_running_a_family_farm_in_a_village_is_no_village_office() -> None:
    assert not orgs("我是2017年到曹店村办家庭农场的。")


def test_a_bank_branch_an_intermediate_court_and_a_university_the_dictionary_knows() -> None:
    found = orgs("款项汇入中国建设银行霍山县支行，案件经安庆市中院二审，由同济大学专家论证。")
    assert {"中国建设银行霍山县支行", "安庆市中院", "同济大学"} <= found


def test_an_economic_zones_short_name_is_whole_though_jieba_reads_its_first_character_as_a_preposition() -> None:
    found = orgs("郴州经开区管委会负责人介绍，芜湖经开区今年引进项目12个。")
    assert {"郴州经开区管委会", "芜湖经开区"} <= found
    assert "开区管委会" not in found
    chair = [v for v in values("长沙经开区管委会主任刘明宇主持会议。", "person") if v["name"] == "刘明宇"]  # type: ignore[index]
    assert chair[0]["organization"] == "长沙经开区管委会"  # type: ignore[index]


def test_a_verb_whose_object_is_counted_ends_the_name_before_it() -> None:
    found = orgs("济宁市经开区马集镇聚集近千家石材加工厂。")
    assert not any("聚集" in name for name in found)
    assert "四川省大气污染防治工作领导小组办公室" in orgs("四川省大气污染防治工作领导小组办公室印发通知。")


def test_a_datelines_news_of_the_day_before_the_papers_bracket_is_no_body() -> None:
    found = orgs("东南网4月4日讯（福建日报记者 廖丽萍）社区开展志愿服务。")
    assert "福建日报" in found
    assert not any("讯" in name for name in found)


def test_a_verb_of_telling_ends_the_name_of_the_paper_told() -> None:
    assert not any("告诉" in name for name in orgs("老陈告诉华商报记者：“价钱时好时坏。”渔民骄傲地告诉海南日报记者。"))
    assert "海南日报" in orgs("渔民骄傲地告诉海南日报记者，今年收成好。")


def test_a_list_of_companies_ending_in_he_before_their_kind_names_each_and_not_the_visit() -> None:
    found = orgs("县委书记一行先后调研翌川科技、世纪青山和广青科技等临港企业安全生产情况。")
    assert {"翌川科技", "世纪青山", "广青科技"} <= found
    assert not any("调研" in name or "和" in name for name in found)


def test_fragments_of_a_clause_a_port_or_a_numbered_line_are_no_bodies() -> None:
    found = orgs(
        "霞浦县消防大队接到指挥中心调度称有人被困。局长带领部分市日报社工作人员参观三亚崖州中心渔港。"
        "社区联合市民卡中心、轨交4号线、江苏银行等十多家单位开展活动。"
    )
    assert not any(
        name.startswith(("霞浦县消防大队接到", "部分")) or name in ("号线", "三亚崖州中心") for name in found
    )
    assert "江苏银行" in found
    assert "南海公安分局指挥中心" in orgs("南海公安分局指挥中心接到报警。")


def test_companies_listed_before_well_known_companies_are_named_and_hold_no_place() -> None:
    found = values("园区拥有今创集团、江苏雷利等知名企业超15家。", "organization")
    assert {"今创集团", "江苏雷利"} <= {str(v) for v in found}
    assert "江苏" not in {str(v) for v in values("园区拥有今创集团、江苏雷利等知名企业超15家。", "place")}
    assert not orgs("资金、土地改良等都得到了企业的帮助。")


def test_a_clinic_is_named_by_its_village_and_no_body_alone() -> None:
    found = orgs("记者走进村卫生所打探究竟。城关镇卫生院和七坝村卫生所开展义诊。")
    assert {"城关镇卫生院", "七坝村卫生所"} <= found
    assert "卫生所" not in found


def test_a_trade_verb_inside_a_listed_companys_name_stays_and_he_inside_a_middle_item_splits_nothing() -> None:
    found = orgs("嘉德投资管理、世纪和平科技、长城科技等企业参加。")
    assert {"嘉德投资管理", "世纪和平科技", "长城科技"} <= found


def test_a_brigade_detachment_or_squadron_is_a_body() -> None:
    found = orgs("霞浦县消防大队接到报警后迅速出动，市公安局交警支队和城关消防中队也赶到现场。")
    assert {"霞浦县消防大队", "市公安局交警支队", "城关消防中队"} <= found
    assert not {"大队", "支队", "中队"} & orgs("大队长带着中队长赶来，全村原来是一个生产大队。")


def test_a_field_the_dictionary_tags_as_a_place_joins_a_ministry_name() -> None:
    """湖泊 (lakes) is filed as a place name; 水利和湖泊局 names two fields all the same."""
    assert "市水利和湖泊局" in orgs("市水利和湖泊局局长王强介绍了情况。")
    assert not any("和" in name for name in orgs("他到过宁波和杭州市政府，也去了市委和泉州市政府。"))


def test_a_hospitals_grade_or_a_verb_phrase_before_it_names_no_hospital() -> None:
    found = orgs("为充分发挥医院作为惠州三甲医院的龙头地位，锚定广东省高水平医院建设目标，扶持民营医院发展。")
    assert not found & {"充分发挥医院", "惠州三甲医院", "广东省高水平医院", "民营医院"}


def test_the_citys_central_hospital_is_one_name() -> None:
    assert "市中心人民医院" in orgs("市中心人民医院党委书记金程表示，要加强学科建设。")


def test_a_district_before_a_bare_city_level_is_not_the_bodys() -> None:
    found = orgs("源汇区市体委家属院居民代表来到社居委。临渭区市场监管局执法人员到场。")
    assert "市体委" in found and "源汇区市体委" not in found
    assert "临渭区市场监管局" in found


def test_a_brand_after_a_proper_word_jieba_guessed_and_no_post_held_before_a_company() -> None:
    found = orgs("随后他来到山东瑞兴阻燃科技有限公司。王强在读，现任杉杉控股有限公司董事长。")
    assert {"山东瑞兴阻燃科技有限公司", "杉杉控股有限公司"} <= found
    assert not any(name.startswith("现任") for name in found)


def test_a_body_named_after_its_county_is_one_body_though_the_name_is_an_ordinary_word() -> None:
    found = orgs("她毕业的铜鼓中学，是县城里唯一一所高中。为方便当事人诉讼，金坛法院在茅山设立朱林法庭。")
    assert {"铜鼓中学", "金坛法院"} <= found


def test_a_ministry_the_dictionary_knows_is_not_read_out_of_a_fields_departments() -> None:
    assert orgs("贵州国土资源部门的工作人员来到现场。") == set()
    assert "国土资源部" in orgs("会议由国土资源部主持。")


def test_a_news_site_or_paper_between_title_marks_is_an_organisation_a_bulletin_is_not() -> None:
    found = orgs("《某访网》扬州3月6日讯 今天下午，活动启动。据《某某农民报》报道，村里编印了《某村致富月报》。")
    assert {"某访网", "某某农民报"} <= found and "某村致富月报" not in found


def test_a_name_jieba_tags_as_a_numeral_without_a_number_in_it_is_part_of_a_body() -> None:
    found = orgs("教数学的王老师，也是章丘市黄河镇大张小学的校长。全市多家上市公司参加。")
    assert "章丘市黄河镇大张小学" in found and "多家上市公司" not in found


def test_the_kind_of_company_before_its_name_is_not_part_of_it() -> None:
    found = orgs("剪彩投产的最大项目是民营企业南之星水产有限公司。")
    assert "南之星水产有限公司" in found and "民营企业南之星水产有限公司" not in found


def test_a_word_the_tagger_guessed_before_a_name_the_dictionary_knows_whole_is_not_part_of_it() -> None:
    assert orgs("他毕业后在兰州大学任教，后在中国人民大学读研。") == {"兰州大学", "中国人民大学"}


def test_offices_listed_after_a_named_one_are_named_too_whatever_their_ending() -> None:
    found = orgs("会上，扬州市文明办、教育局、广电台负责人发言。县教育局、卫健局、民政局参加。会客厅、报告厅都装修了。")
    assert {"扬州市文明办", "教育局", "县教育局", "卫健局", "民政局"} <= found
    assert not {"会客厅", "报告厅"} & found  # rooms, not offices


def test_a_name_found_only_as_the_end_of_a_longer_one_is_that_body_cut_short() -> None:
    assert orgs("民宿的浙江它山文化传媒有限公司总经理王某说。") == {
        "浙江它山文化传媒有限公司"
    }  # 它, a pronoun's character
    assert orgs("隆尧县文广体旅局牵头，文广体旅局干部参加。") == {"隆尧县文广体旅局", "文广体旅局"}  # on its own too


def test_and_also_glued_to_a_name_is_not_part_of_it() -> None:
    assert orgs("举办“社区招聘”暨东榆工业园区企业用工专场招聘会。他毕业于暨南大学。") == {"东榆工业园区", "暨南大学"}


def test_a_works_school_and_a_countys_numbered_school_are_named() -> None:
    found = orgs(
        "中山市石岐西厂小学的全体师生参加。形成了以县一中的心理文化、县三中的社团文化为代表。他读高一中途辍学。"
    )
    assert {"中山市石岐西厂小学", "县一中", "县三中"} <= found and "中山市石岐西厂" not in found
    assert not any(name.startswith("高一") for name in found)


def test_a_national_broadcasting_headquarters_is_a_medium_a_hotels_front_desk_is_not() -> None:
    assert "中央广播电视总台" in orgs("新华社、中央广播电视总台、经济日报等媒体记者参加。")
    assert orgs("酒店总台服务员说，房间已订满。") == set()


def test_a_verb_used_as_a_noun_before_a_proper_name_and_a_verb_of_doing_are_no_part_of_a_body() -> None:
    found = orgs("5个临时集中安置点设置郭河中学为总点。县建设管理中心开会。古蔺县税务局办税大厅里很忙。")
    assert {"郭河中学", "县建设管理中心", "古蔺县税务局"} <= found
    assert not {"设置郭河中学", "古蔺县税务局办"} & found


def test_markets_supermarkets_online_malls_and_armed_police_corps_are_bodies() -> None:
    found = orgs(
        "在安岳县新聚鑫蔬菜批发市场，检查人员细致查阅台账。乐至县时代百盛生活超市也在检查之列。"
        "武警江西省总队参加围捕。走进超市，货架满满。"
    )
    assert {"安岳县新聚鑫蔬菜批发市场", "乐至县时代百盛生活超市", "武警江西省总队"} <= found
    assert "超市" not in found


def test_a_brand_then_its_trade_then_the_kind_of_body_is_one_name() -> None:
    found = orgs("去年，该村成立了青山种植专业合作社，带动村民增收。该村成立了惠民种植专业合作社。")
    assert {"青山种植专业合作社", "惠民种植专业合作社"} <= found
    assert not orgs("甘肃省宕昌县贫困村实现合作社全覆盖。村民支持合作社发展。")


def test_going_to_university_somewhere_names_no_school() -> None:
    found = orgs("弟弟在兰州上大学。女儿一心想去成都读大学。小孩刚上小学。他考上了复旦大学。上海大学的学生来了。")
    assert {"复旦大学", "上海大学"} <= found
    assert not any(name.endswith(("上大学", "读大学", "上小学")) for name in found)


def test_mass_organisations_and_cooperatives_end_a_body_name() -> None:
    found = {
        v
        for v in values(
            "青田县供销社参加。浙江人民出版社出版了新书。龙岩市总工会慰问职工。丽水市妇联开展活动。", "organization"
        )
    }
    assert {"青田县供销社", "浙江人民出版社", "龙岩市总工会", "丽水市妇联"} <= found


def test_the_discipline_and_supervisory_commissions_are_one_body() -> None:
    found = set(values("县纪委监委通报典型案例。青山县纪委监委派驻纪检监察组进驻。", "organization"))
    assert {"县纪委监委", "青山县纪委监委"} <= found
    assert "县纪委" not in found


def test_a_groups_numbered_bureau_keeps_the_group_and_the_number() -> None:
    found = set(values("项目由中国建筑第八工程局有限公司承建。", "organization"))
    assert "中国建筑第八工程局有限公司" in found
    assert "工程局有限公司" not in found


def test_a_villages_two_committees_are_a_kind_of_body_not_one_named() -> None:
    assert not [v for v in values("村两委班子成员参加。社区两委换届顺利完成。", "organization") if "两委" in str(v)]


def test_a_rare_name_jieba_reads_as_single_characters_starts_the_body() -> None:
    body = "举行盐灶背小学建成仪式。推动稔山中心幼儿园建成。湖北桃佰园食品有限公司是一家企业。长春净月高新区招商。"
    found = set(values(body, "organization"))
    assert {"盐灶背小学", "稔山中心幼儿园", "湖北桃佰园食品有限公司", "长春净月高新区"} <= found
    assert not {"山中心幼儿园", "园食品有限公司"} & found


def test_homes_for_the_elderly_and_detention_houses_are_bodies() -> None:
    found = set(values("在永昌敬老院，镇长说。走访在建中的芦浦隔岭敬老院。他被关押在马鞍山市看守所。", "organization"))
    assert {"永昌敬老院", "芦浦隔岭敬老院", "马鞍山市看守所"} <= found


def test_a_particle_or_a_sum_before_a_body_is_not_its_name() -> None:
    found = set(
        values("他目睹了中节能、中粮等大企业的发展。将投入资金24.6万元对洲湾村图书馆边护坡进行修复。", "organization")
    )
    assert {"中节能", "洲湾村图书馆"} <= found
    assert not {"了中节能", "万元对洲湾村图书馆"} & found


def test_an_office_or_a_schools_section_alone_is_no_body() -> None:
    found = set(values("学校设有小学部和初中部。省政府办公厅印发通知。", "organization"))
    assert not {"小学部", "初中部", "办公厅"} & found


def test_the_clause_before_a_body_is_not_its_name() -> None:
    found = set(values("两家因地界发生纠纷，后经村委调解。派出所主动联系华冲法庭。", "organization"))
    assert "华冲法庭" in found
    assert not {"后经村委", "主动联系华冲法庭"} & found


def test_common_characters_before_a_body_and_a_verb_ending_like_a_body_are_no_name() -> None:
    found = set(values("还有人找村两委想办低保。举行盐灶背小学建成仪式。乡扶贫办主任说，要抓好落实。", "organization"))
    assert "盐灶背小学" in found and "乡扶贫办" in found
    assert not [name for name in found if "想办" in name or name.startswith("人找")]


def test_names_opening_with_wan_yuan_or_xiang_keep_their_first_character() -> None:
    body = "万家乐燃气具有限公司发布新品。元气森林饮料有限公司成立。向家坝镇政府组织了活动。"
    assert {"万家乐燃气具有限公司", "元气森林饮料有限公司", "向家坝镇政府"} <= set(values(body, "organization"))


def test_a_cooperative_is_named_by_its_brand_and_the_trade_it_plies() -> None:
    found = orgs(
        "据悉，甘肃华种型科种植农民专业合作社成立于2020年。不远处的桦川县玉成现代农机专业合作社正在收割，"
        "村民纷纷加入合作社。"
    )
    assert {"甘肃华种型科种植农民专业合作社", "桦川县玉成现代农机专业合作社"} <= found
    assert not any(name.startswith(("加入", "纷纷")) for name in found)


def test_a_trade_name_inside_a_full_company_name_at_every_mention_is_no_second_body() -> None:
    found = orgs("在广西新权业陶瓷有限公司，工人分批到岗。广西新权业陶瓷有限公司负责人说，订单饱满。")
    assert "权业陶瓷" not in found
    assert "鲁桂木业" in orgs("鲁桂木业生产副总经理曾庆录介绍，鲁桂木业是当地龙头企业。")


def test_how_far_from_a_body_is_no_part_of_its_name() -> None:
    assert "下面高乡政府" in orgs("村子距下面高乡政府五公里，距离县人民医院十公里。")
    assert not any(name.startswith("距") for name in orgs("村子距下面高乡政府五公里，距离县人民医院十公里。"))


def test_a_hospital_numbered_after_its_city_and_an_association_that_promotes() -> None:
    found = orgs("他在北京301医院治疗。会上宣布，东阳市乡村振兴促进会正式成立。全村301户农户看病有了保障。")
    assert {"北京301医院", "东阳市乡村振兴促进会"} <= found
    assert not any("301户" in name for name in found)


def test_schools_listed_beside_named_schools_whatever_their_characters() -> None:
    found = orgs("县长倾听了岚县中学、育红中学、北村明德小学、坡上小学、滨河小学等学校校长的感悟。孩子们在兰州上大学。")
    assert {"岚县中学", "育红中学", "北村明德小学", "坡上小学", "滨河小学"} <= found
    assert not any(name.endswith("大学") for name in found)


def test_a_chairs_post_is_no_body_and_a_chambers_branch_is_one() -> None:
    found = orgs("农工党中央常委、农工党市委主委杜黎明出席。中山市贵州商会照明分会成立。")
    assert not any(name.endswith(("主委", "常委")) for name in found)
    assert "中山市贵州商会照明分会" in found


def test_a_meetings_branch_venue_is_no_branch() -> None:
    assert not any(name.endswith("分会") for name in orgs("开平市四套班子领导在开平分会场收看收听了会议。"))


def test_a_body_that_opens_with_a_township_cut_by_the_tagger_keeps_the_towns_first_character() -> None:
    facts = facts_of("常山镇大河森村党支部书记侯建忠介绍，今年收成好。两家乡镇卫生院参加义诊。")
    people = {f.value.name: f.value.organization for f in facts if f.kind == "person"}  # type: ignore[union-attr]
    assert people["侯建忠"] == "常山镇大河森村党支部"
    assert not any(f.kind == "organization" and str(f.value).startswith("家乡镇") for f in facts)


def test_a_verb_or_an_adverb_jieba_glued_to_a_bodys_first_characters_is_not_part_of_its_name() -> None:
    found = orgs(
        "记者坐上日喀则地委的车。老人喜欢来助餐中心就餐。过去连村委会办公开支都不够。"
        "联合国儿童基金会代表参加。上海市委出席。连云港市政府也发布了通知。"
    )
    assert {"日喀则地委", "联合国儿童基金会", "上海市委", "连云港市政府"} <= found
    assert not any(name.startswith(("上日", "来助", "连村")) for name in found)


def test_a_settled_matter_a_lesson_felt_and_a_yard_are_no_bodies() -> None:
    found = orgs("这已成定局。村干部李某深有体会。法庭搬到农家院里。市中医院大院里很热闹。")
    assert found == {"市中医院"}


def test_a_verb_or_preposition_before_a_township_body_is_not_the_towns_first_character() -> None:
    found = orgs(
        "据柳镇党委书记王强介绍，今年好。请柳镇卫生院院长张华讲话。市领导视察柳镇敬老院。工作组前往汤镇派出所。"
    )
    assert {"柳镇党委", "柳镇卫生院", "柳镇敬老院", "汤镇派出所"} <= found
    assert not any(name.startswith(("据", "请", "察", "往")) for name in found)
    assert "连塘村委会" in orgs("连塘村委会都动员起来了。")


def test_companies_with_a_trade_phrase_or_an_adverb_read_brand_and_bodies_named_for_the_public() -> None:
    found = orgs(
        "项目由大唐海南能源开发有限公司投资建设。重庆高速集团负责施工。本次活动由西安市群众艺术馆主办。"
        "双河供水站站长李明说，好。全面落实自治区党委部署。"
    )
    assert {"大唐海南能源开发有限公司", "重庆高速集团", "西安市群众艺术馆", "双河供水站", "自治区党委"} <= found
    assert not any(name.startswith("全面") for name in found)


def test_a_congress_then_a_government_by_its_level_are_two_bodies() -> None:
    found = orgs("感谢市人大市政府的支持。在市委正确领导、市人大市政府市政协监督支持下。全国政协办公厅发文。")
    assert "全国政协办公厅" in found
    assert not any("人大市" in name for name in found)


def test_invited_and_having_are_the_clause_before_a_body() -> None:
    people = {
        v["name"]: v["organization"]  # type: ignore[index]
        for v in values("法庭特邀鱼市镇综治中心主任陈光明参与调解。全镇现有村社两委干部100人。", "person")
    }
    assert people["陈光明"] == "鱼市镇综治中心"
    assert not any(
        name.startswith(("特邀", "现有"))
        for name in orgs("法庭特邀鱼市镇综治中心主任陈光明参与调解。全镇现有村社两委干部100人。")
    )


def test_a_body_named_for_the_group_it_serves_keeps_the_group_in_its_name() -> None:
    found = orgs("县游客服务中心开业。县居民服务中心成立。")
    assert {"县游客服务中心", "县居民服务中心"} <= found


def test_a_ministry_of_two_fields_is_whole_however_jieba_cuts_the_second() -> None:
    found = orgs("住房和城乡建设部公布了名单，工业和信息化部也参加了。")
    assert {"住房和城乡建设部", "工业和信息化部"} <= found
    assert "农户和合作社" not in orgs("农户和合作社都来了。")


def test_a_rural_commercial_bank_and_a_credit_union_by_their_short_suffixes() -> None:
    found = orgs("次日，杨剑带着黎平农商行行长来到基地，白沙镇信用社也派人来了。")
    assert {"黎平农商行", "白沙镇信用社"} <= found


def test_a_police_station_is_named_with_its_bureau_and_branch() -> None:
    found = orgs("重庆市公安局渝中区分局大阳沟派出所位于左营街。县公安局城关派出所民警王平说。")
    assert {"重庆市公安局渝中区分局大阳沟派出所", "县公安局城关派出所"} <= found
    assert {"市公安局", "城关派出所"} <= orgs("市公安局和城关派出所都来了。")


def test_a_news_site_or_channel_named_by_its_province_or_city() -> None:
    found = orgs("由省高级人民法院主办，中国甘肃网、甘肃卫视承办的活动，据宁波网消息。")
    assert {"中国甘肃网", "甘肃卫视", "宁波网"} <= found
    assert not {"江苏电网", "兰州网", "互联网"} & orgs("江苏电网很强，兰州网红很多，互联网发展快。")


def test_a_credit_that_joins_a_column_and_a_site_names_the_site_as_the_medium() -> None:
    people = {
        f.value.name: f.value
        for f in facts_of("西北角·中国甘肃网记者 程健\n3月27日，宕昌县法院执行了一起案件。", kind="person")
    }
    assert people["程健"].organization == "中国甘肃网"


def test_a_county_jieba_tags_as_a_verb_still_begins_its_courts_name() -> None:
    assert "宕昌县法院" in orgs("执行现场，随着宕昌县法院依法亮剑，案款到账了。")


def test_a_part_of_a_thing_ending_in_bu_is_no_department() -> None:
    assert not orgs("清理退潮时残留在树枝和根部的海洋垃圾。")


def test_a_thing_and_a_department_are_two_not_a_ministry_of_two_fields() -> None:
    assert orgs("游客和景区管理部的工作人员发生争执。") == {"景区管理部"}
    assert "志愿者和社区党支部" not in orgs("志愿者和社区党支部的党员们来了。")


def test_a_station_after_a_branch_named_by_its_kind_alone_is_the_station() -> None:
    assert "分局东湖派出所" not in orgs("案件移交高新分局东湖派出所办理。")


def test_the_party_centre_is_a_body_but_not_inside_a_documents_title() -> None:
    assert {"中共中央", "国务院"} <= orgs("2021年5月，中共中央和国务院下发意见。")
    assert "中共中央" not in orgs("全会通过《中共中央关于党的百年奋斗重大成就和历史经验的决议》。")


def test_a_former_body_is_named_by_its_own_name_and_a_team_by_its_kind() -> None:
    found = orgs("原漠河县人民法院常务副院长黎湛龙退休了。红树林白鹭保护队也来了。")
    assert {"漠河县人民法院", "红树林白鹭保护队"} <= found
    assert "乡民宿协会" not in orgs("原乡民宿协会会员已达30家。")
    assert "县红十字救援队" in orgs("蓝天救援队和县红十字救援队赶到现场。")
    assert "原平市人民医院" in orgs("原平市人民医院的医生来了。")


def test_a_company_with_its_group_in_brackets_before_the_legal_form() -> None:
    assert "中国建筑一局（集团）有限公司" in orgs("县政府与中国建筑一局（集团）有限公司举行签约仪式。")


def test_a_county_that_jiebas_dictionary_files_as_a_verb_opens_its_bodys_name() -> None:
    assert "岢岚县人民医院" in orgs("患者在岢岚县人民医院接受了手术。")
    assert "临澧县第一中学" in orgs("他来到临澧县第一中学调研。")


def test_a_townships_congress_and_its_rural_credit_cooperative_are_bodies() -> None:
    assert "红星镇人大" in orgs("5月17日，红星镇人大第四代表小组代表们正在走访。")
    assert "西牛镇农信社" in orgs("西牛镇农信社立足当地实际，支持农户。")
    assert "人大" not in orgs("他考上了人大。")


@pytest.mark.parametrize(
    ("written", "body"),
    [
        ("贵州省黔东南苗族侗族自治州台江县人民医院", "台江县人民医院"),
        ("甘肃陇南宕昌县人民医院", "宕昌县人民医院"),
        ("湘西土家族苗族自治州花垣县法院龙潭法庭", "花垣县法院龙潭法庭"),
    ],
)
def test_a_county_bodys_name_starts_at_its_county(written: str, body: str) -> None:
    found = values(f"患者被送到{written}，医生王大明立即组织抢救。", "organization")
    assert body in found and written not in found


@pytest.mark.parametrize("name", ["江苏省镇江市开发区人民法院", "湖南省住建厅", "四川省疾病预防控制中心"])
def test_a_provinces_or_a_citys_own_body_keeps_its_name(name: str) -> None:
    assert name in values(f"记者从{name}获悉，该项工作已经启动。", "organization")


def test_a_citys_name_jieba_reads_as_an_adverb_inside_a_schools_name() -> None:
    found = values("该校由上海市大同中学托管，两校师生交流频繁。", "organization")
    assert "上海市大同中学" in found
    assert "大同" not in values("该校由上海市大同中学托管，两校师生交流频繁。", "place")


def test_a_brands_character_jieba_reads_as_an_adverb_right_after_the_county() -> None:
    assert "龙陵县极咖咖啡专业合作社" in values("龙陵县极咖咖啡专业合作社与企业签订合同。", "organization")
    assert not [o for o in values("全县都发展咖啡专业合作社。", "organization") if o.startswith(("都", "县都"))]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("中山大学第三附属医院的专家来到喀什。", "中山大学第三附属医院"),
        ("广东省中医院珠海分院派出医生。", "广东省中医院珠海分院"),
        ("汤原县引汤灌区管理处负责人介绍。", "汤原县引汤灌区管理处"),
        ("儿科专家来自珠海市妇幼保健院。", "珠海市妇幼保健院"),
    ],
)
def test_affiliated_hospitals_branches_management_offices_and_maternal_hospitals(sentence: str, body: str) -> None:
    assert body in values(sentence, "organization")


def test_a_commission_of_health_named_by_a_field_jieba_reads_as_an_adjective() -> None:
    found = values("国家卫生健康委人事司司长说，江西省卫生健康委主任也表示支持。", "organization")
    assert {"国家卫生健康委", "江西省卫生健康委"} <= set(found)


def test_a_university_named_only_before_its_hospitals_is_no_body_of_its_own() -> None:
    found = values("中山大学第三附属医院的专家来了。中山大学第一附属医院的专家也来了。", "organization")
    assert "中山大学" not in found and {"中山大学第三附属医院", "中山大学第一附属医院"} <= set(found)


def test_a_short_form_ends_before_the_legal_form_it_would_cut() -> None:
    found = values("村里积极向云南希音咖啡有限公司推荐咖啡。双方签了合同，云南希音咖啡有", "organization")
    assert not [o for o in found if o.endswith("有")]


def test_a_verb_of_sendings_direction_is_no_part_of_the_company_sent_to() -> None:
    assert "山东谦津电子科技有限公司" in orgs("产品发往山东谦津电子科技有限公司。")
    assert "向阳化工有限公司" in orgs("向阳化工有限公司今年扩产。")


def test_what_kind_of_villager_someone_is_names_no_body() -> None:
    found = {
        f.value.name: f.value.organization
        for f in facts_of("热心村民吴春奇帮忙。县委常委、公安局长蒋荣国说。", kind="person")
    }  # type: ignore[union-attr]
    assert found["吴春奇"] is None and found["蒋荣国"] == "公安局"
    assert "热心" not in orgs("热心村民吴春奇帮忙。")


def test_grain_stations_and_forest_protection_stations_are_bodies() -> None:
    found = orgs("甘河森防站的工作人员巡山。余江县杨溪乡粮管所收粮。")
    assert {"甘河森防站", "余江县杨溪乡粮管所"} <= found


def test_how_far_a_home_is_from_school_names_no_school() -> None:
    assert not orgs("孙学昊的家离学校不算太远，每天走路上学。")
    assert "离石区实验小学" in orgs("离石区实验小学今年扩招。")


def test_a_body_joined_a_stretch_of_river_and_a_bound_character_after_a_place() -> None:
    body = (
        "果洛中学加盟上海大同教育集团后发展很快。在八宝湖桥段希母生物制剂厂附近发现污水。"
        "西盟天源咖啡农民专业合作社收购咖啡。各村积极策应县委决策部署。"
    )
    found = values(body, "organization")
    assert {"上海大同教育集团", "希母生物制剂厂", "西盟天源咖啡农民专业合作社"} <= set(found)
    assert not {"加盟上海大同教育集团", "源咖啡农民专业合作社", "策应县委"} & set(found)
    assert not any(str(name).startswith("八宝湖") for name in found)


def test_a_universitys_campus_by_its_city_in_brackets_is_part_of_its_name() -> None:
    body = "他毕业于中国地质大学（武汉），又去了北京师范大学（珠海）。武汉开发区（汉南区）新建学校12所。"
    found = values(body, "organization")
    assert "中国地质大学（武汉）" in found and "北京师范大学（珠海）" in found
    assert "武汉开发区（汉南区）" not in found


def test_media_listed_before_a_count_of_them_are_each_a_body() -> None:
    body = (
        "新华社、人民日报、人民日报海外版、人民网、人民政协报5家中国主流媒体参加了活动。"
        "路透社、共同社、俄新社等8家外国媒体也来了。全县新增3家企业。确定1015名市、县干部挂钩联系1500家重点企业。"
    )
    found = values(body, "organization")
    assert {"人民日报海外版", "人民网", "人民政协报", "路透社"} <= set(found)
    assert not any("挂钩" in str(name) for name in found)  # a clause before the count is no list of names


def test_a_body_named_after_a_township_the_page_names_keeps_the_townships_name() -> None:
    body = "乌兰毛都边境派出所成立于1980年。乌兰毛都苏木位于科右前旗。病人被送到附近的乡镇卫生院。"
    found = values(body, "organization")
    assert "乌兰毛都边境派出所" in found and "边境派出所" not in found
    assert not any(str(name).startswith(("的乡", "附近")) for name in found)


def test_then_and_what_came_before_it_is_no_part_of_a_body_a_province_opens() -> None:
    body = "此案经一审、二审后黑龙江省高级人民法院裁定驳回。后沟村委会的干部也来了。"
    found = values(body, "organization")
    assert "黑龙江省高级人民法院" in found and not any("审后" in str(name) for name in found)
    assert "后沟村委会" in found


def test_the_corps_and_its_division_are_one_body() -> None:
    body = "新疆生产建设兵团第一师阿拉尔市十六团新开岭镇位于塔里木河源头。兵团第三师的职工也来了。"
    found = values(body, "organization")
    assert "新疆生产建设兵团第一师" in found and "兵团第三师" in found and "新疆生产建设兵团" not in found


def test_a_long_name_listed_beside_a_body_of_another_kind_is_a_body() -> None:
    body = "2006年8月，国家文物局、世界遗产中心在吐鲁番召开了国际协调会。会议在多功能厅、报告厅举行。"
    found = values(body, "organization")
    assert "世界遗产中心" in found and "报告厅" not in found


def test_a_customs_office_stationed_in_a_city_and_a_kind_of_office_counted() -> None:
    body = (
        "南昌海关驻抚州办事处的工作人员来了。我们将组建5个驻外企业服务联络处。"
        "学校是一所隶属于青海省果洛藏族自治州教育局管理的学校。他去办事处理问题。"
    )
    found = values(body, "organization")
    assert "南昌海关驻抚州办事处" in found and "青海省果洛藏族自治州教育局" in found
    assert not any("联络处" in str(name) for name in found)


def test_an_agencys_branch_and_a_body_after_the_part_it_plays() -> None:
    found = values("新华社广西分社记者来到村里。作为后盾单位华天集团派出工作队驻村。", "organization")
    assert "新华社广西分社" in found and "华天集团" in found and "后盾单位华天集团" not in found


def test_a_general_office_is_named_with_its_ministry_or_government() -> None:
    body = "住房和城乡建设部办公厅近日印发通知。浙江省人民政府办公厅也发了文。他走进办公厅。"
    found = values(body, "organization")
    assert "住房和城乡建设部办公厅" in found and "浙江省人民政府办公厅" in found
    assert "办公厅" not in found


def test_the_united_nations_is_a_body() -> None:
    found = values("联合国有关机构表示支持，联合国教科文组织也派人来了。", "organization")
    assert "联合国" in found and "联合国教科文组织" in found


def test_a_particle_glued_to_a_name_and_former_before_a_brand_are_not_part_of_it() -> None:
    body = (
        "客商参观了信发华宇氧化铝有限公司、信发“上大压小”项目。"
        "将原云生机砖厂共同开发为集约化工业园区，云生工业园是重点项目。原平市农业局也来了。"
    )
    found = values(body, "organization")
    assert "信发华宇氧化铝有限公司" in found and "云生机砖厂" in found and "原平市农业局" in found
    assert not any(str(name).startswith(("参观", "原云")) for name in found)


def test_inspecting_a_body_a_conjunction_glued_to_a_name_and_a_public_run_project_are_no_bodies() -> None:
    body = (
        "嘉陵区副区长张晓天先后深入金凤镇、嘉陵工业园园区调研指导派出所基础设施建设工作。"
        "副局长弋柱岚及指挥中心、基建办等部门负责人参加调研。他们还去了邵武市公办托育服务能力建设项目。"
    )
    found = values(body, "organization")
    assert not any(str(name).endswith(("调研指导派出所", "岚及指挥中心", "公办")) for name in found)


def test_a_brand_in_quotation_marks_is_part_of_the_registered_name() -> None:
    body = (
        "山东“山里红”农业发展有限公司董事长张裕朋正在直播。成立党支部领办的“山里红”生态农业专业合作社。"
        "昌吉州畜牧兽医局“访惠聚”驻村工作队开通了微信。驻村工作队与村干部共同谋划。"
    )
    found = values(body, "organization")
    assert "山东“山里红”农业发展有限公司" in found and "“山里红”生态农业专业合作社" in found
    assert "昌吉州畜牧兽医局“访惠聚”驻村工作队" in found and "昌吉州畜牧兽医局" in found
    assert "农业发展有限公司" not in found and "驻村工作队" not in found


def test_farms_and_forest_farms_and_a_name_that_opens_like_a_count() -> None:
    body = (
        "宅基地入股利辛县齐营众诚畜牧养殖场产生收益。他们组建八步沙集体林场，承包治理7.5万亩。"
        "八步沙林场的治沙人来了。大家当即成立了月报编辑部，月报每月出一期。"
    )
    found = values(body, "organization")
    assert "利辛县齐营众诚畜牧养殖场" in found and "八步沙集体林场" in found and "八步沙林场" in found
    assert "月报编辑部" in found


def test_a_groups_branch_and_a_set_phrase_ending_in_a_verb_before_a_body() -> None:
    body = "太和医疗集团竹溪分院引来记者。要充分利用医院的人力、设备等资源。"
    found = values(body, "organization")
    assert "太和医疗集团竹溪分院" in found and not any(str(name).startswith("充分") for name in found)


def test_a_headquarters_is_a_body_and_a_consultation_meeting_is_no_chamber() -> None:
    body = (
        "淮南寿县水库防汛指挥所会商会召开，县交通运输局等水库防汛指挥所成员单位参加。"
        "县防汛抗旱指挥部办公室发出通知。武警交通部队8支队80名官兵赶来，派出8支队伍。"
    )
    found = values(body, "organization")
    assert "寿县水库防汛指挥所" in found and "县防汛抗旱指挥部办公室" in found
    assert not any(str(name).endswith("会商会") for name in found) and "水库防汛指挥所" not in found
    counts = [f.text for f in facts_of(body, kind="quantity")]
    assert not any(text.startswith("8支队") and "伍" not in text for text in counts) and "8支队伍" in counts


def test_and_before_a_county_body_is_a_conjunction_and_a_compound_opening_no_person() -> None:
    body = "在县融媒体中心和县联通公司支持下开展活动。记者凌晨在华清园小区看到。"
    assert "县联通公司" in values(body, "organization") and "和县联通公司" not in values(body, "organization")
    assert not any(p["name"] == "华清园" for p in values(body, "person"))  # type: ignore[index]


def test_an_association_of_a_kind_of_body_is_one_name() -> None:
    found = values("由中国博物馆协会和烟台市文物局主办，省医院协会会长也来了。", "organization")
    assert "中国博物馆协会" in found and "省医院协会" in found and "中国博物馆" not in found
