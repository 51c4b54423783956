from __future__ import annotations

import pytest

from tests.facts.helpers import facts_of, values


def people(body: str) -> dict[str, dict[str, object]]:
    return {v["name"]: v for v in values(body, "person")}


def test_title_and_organisation_before_a_name() -> None:
    found = people("此事由厦门市海沧区发改局副局长林志强负责协调。")
    assert found["林志强"]["title"] == "副局长"
    assert found["林志强"]["organization"] == "厦门市海沧区发改局"


def test_reporters_in_the_dateline_and_the_editor_from_meta() -> None:
    found = people("本报讯（南方日报记者 黄海 陈小明 通讯员 刘洋） 今天举行活动。")
    assert {n: (v["title"], v["organization"]) for n, v in found.items() if n != "赵敏"} == {
        "黄海": ("记者", "南方日报"),
        "陈小明": ("记者", "南方日报"),
        "刘洋": ("通讯员", None),  # a correspondent writes for the paper, not on its staff
    }
    assert found["赵敏"]["title"] == "责任编辑"


def test_speaker_after_a_quote_is_a_person_and_names_stay_whole() -> None:
    body = "“我们很有信心。”深圳市华强科技有限公司总经理郑晓峰告诉记者，订单增长明显。郑晓峰说，明年还要扩产。"
    found = people(body)
    assert list(found) == ["郑晓峰"] or set(found) == {"郑晓峰", "赵敏"}
    assert found["郑晓峰"]["organization"] == "深圳市华强科技有限公司"


def test_places_are_not_people() -> None:
    assert "龙岩" not in people("龙岩说到做到，厦门也一样。")


def test_quotes_with_speakers_before_and_after_and_songs_without() -> None:
    body = (
        "街道书记王建国坦言：“困难很多，但办法更多。”"
        "“这条路终于通了。”李秀英说，出行方便多了。"
        "“东方红，太阳升。”这首歌传唱至今。"
        "他们提出“一户一策”。"
    )
    quotes = {v["quote"]: v["speaker"] for v in values(body, "quote")}
    assert quotes["困难很多，但办法更多。"] == "王建国"
    assert quotes["这条路终于通了。"] == "李秀英"
    assert quotes["东方红，太阳升。"] is None
    assert "一户一策" not in quotes
    assert "一户一策" in values(body, "slogan")


def test_quote_inside_a_quote_stays_one_quote() -> None:
    body = "“‘放管服’改革成效明显。”市长张伟介绍。"
    (quote,) = values(body, "quote")
    assert quote == {"speaker": "张伟", "quote": "‘放管服’改革成效明显。"}


def test_documents_in_book_title_marks() -> None:
    assert values("印发《关于加快发展的意见》和《2024年工作要点》。", "document") == [
        "关于加快发展的意见",
        "2024年工作要点",
    ]


def test_organisations_short_forms_and_lists() -> None:
    body = (
        "厦门宏达新材料科技有限公司去年成立。宏达新材料与华为、小米、海尔等企业合作。市商务局、泉州市工信局联合发文。"
    )
    orgs = values(body, "organization")
    assert "厦门宏达新材料科技有限公司" in orgs
    assert "宏达新材料" in orgs
    assert {"华为", "小米", "海尔"} <= set(orgs)
    assert "泉州市工信局" in orgs
    notes = {f.value: f.note for f in facts_of(body, kind="organization")}
    assert notes["宏达新材料"] == "short for 厦门宏达新材料科技有限公司"


def test_places_from_gazetteer_suffixes_and_regions() -> None:
    body = "企业来自京津冀、长三角和福建省泉州市晋江市，并在成都、西安设点。"
    places = [f.text for f in facts_of(body, kind="place")]
    for place in ("京津冀", "长三角", "福建省", "泉州市", "成都", "西安"):
        assert place in places


def test_national_titles_and_a_dateline_without_reporters() -> None:
    from lytui.pipeline import clean_text

    body = "新华社北京5月17日电 国务院总理李强5月17日主持召开国务院常务会议。住房城乡建设部部长倪虹表示，将加快建设。"
    found = people(body)
    assert found["李强"]["title"] == "总理" and found["李强"]["organization"] == "国务院"
    assert found["倪虹"]["organization"] == "住房城乡建设部"
    document = clean_text("标题\n" + body)
    assert document.meta.dateline == "新华社北京5月17日电"
    assert [s.heading for s in document.sections] == [None]


def test_corner_bracket_quotes_from_taiwan_and_hong_kong_texts() -> None:
    body = "「我們會持續投資，擴大產能。」台積電董事長魏哲家表示，明年營收將成長。"
    quotes = values(body, "quote")
    assert quotes == [{"speaker": "魏哲家", "quote": "我们会持续投资，扩大产能。"}]


def test_ministries_agencies_factories_and_offices_are_organisations() -> None:
    orgs = set(
        values("交通运输部和国家邮政局近日发文，中新社记者获悉，城南服装加工厂与市扶贫办将联合承办。", "organization")
    )
    assert {"交通运输部", "国家邮政局", "中新社", "城南服装加工厂", "市扶贫办"} <= orgs


def test_words_that_only_end_like_organisations_are_not() -> None:
    orgs = set(
        values(
            "中西部地区干部要为群众办实事，村里开办了食堂，会议对全年工作作出部署，整体格局不断优化。",
            "organization",
        )
    )
    assert not orgs & {"中西部", "干部", "群众办", "村里开办", "开办", "工作作出部署", "整体格局", "格局"}
    assert not any(name.endswith(("办", "部署", "格局", "干部")) for name in orgs)


def test_a_listed_company_named_like_a_connective_is_kept_and_analysis_does_not_fail() -> None:
    found = values("大和、野村等证券公司也纷纷考虑缩小在欧洲和亚洲的业务范围。", "organization")
    assert {"大和", "野村"} <= set(found)
    assert {"大和", "野村"} <= set(values("其中包括大和、野村等证券公司。", "organization"))


def test_places_are_normalised_to_their_full_administrative_name() -> None:
    found = {f.text: f.value for f in facts_of("记者来到稷山，又去了遵义市汇川区和上杭县。", kind="place")}
    assert found["稷山"] == "山西省运城市稷山县"
    assert found["上杭县"] == "福建省龙岩市上杭县"
    # 朝阳区 is in Beijing and in Changchun: the article's other places decide
    beijing = {f.text: f.value for f in facts_of("北京市海淀区和朝阳区联合开展活动。", kind="place")}
    assert beijing["朝阳区"] == "北京市朝阳区"


def test_townships_villages_and_communities_are_places_but_ordinary_words_are_not() -> None:
    found = {
        f.text
        for f in facts_of(
            "近日，在长庆镇凉水井村，还有虹口区嘉兴路街道，推进美丽乡村建设，村民和城镇居民拆迁安置。", kind="place"
        )
    }
    assert {"长庆镇", "嘉兴路街道"} <= found
    assert not found & {"乡村", "美丽乡村", "城镇", "迁安", "丽乡"}


def test_a_kind_of_organisation_is_not_one() -> None:
    orgs = set(values("当地政府和旅游局联合物流中心，帮助龙岩市旅游局与福建宏达物流中心签约。", "organization"))
    assert not orgs & {"当地政府", "旅游局", "物流中心"}
    assert {"龙岩市旅游局", "福建宏达物流中心"} <= orgs


def test_countries_and_autonomous_short_forms_are_places() -> None:
    found = {
        f.text: f.value for f in facts_of("美国和日本的客商来到阿坝州和陵水考察，随后前往巴西。") if f.kind == "place"
    }
    assert {"美国", "日本", "巴西", "阿坝州", "陵水"} <= set(found)
    assert found["阿坝州"] == "四川省阿坝藏族羌族自治州"
    assert found["陵水"].endswith("陵水黎族自治县")


def test_kinds_of_places_and_doubled_suffixes_are_not_places() -> None:
    text = "大城市和百强县的干部来到深山区，成都市市民和瑶族乡群众也来了，社会长治久安。"
    found = {f.text for f in facts_of(text) if f.kind == "place"}
    assert not found & {"大城市", "百强县", "深山区", "成都市市", "瑶族乡", "长治"}
    assert "成都市" in found


def test_organisation_names_stop_at_verbs_relations_and_a_second_post() -> None:
    text = (
        "赛迪顾问旗下赛迪方略主办的论坛当日举行。赛迪方略总经理兼县域经济研究中心主任余德彪发布报告。"
        "该校校长和现政府官员出席，市（州）政府负责人也来了。"
    )
    facts = facts_of(text)
    found = {f.text for f in facts if f.kind == "organization"}
    assert not found & {
        "赛迪顾问旗下赛迪方略主办",
        "赛迪方略总经理兼县域经济研究中心",
        "理兼县域经济研究中心",
        "该校",
        "现政府",
        "市（州）政府",
    }
    person = next(f for f in facts if f.kind == "person" and f.text == "余德彪")
    assert person.value.organization == "县域经济研究中心"


def test_a_pronoun_before_the_verb_of_saying_is_the_person_named_last() -> None:
    body = "镇长王明来到村里查看进度。“项目年底一定完工，大家放心。”他说。"
    found = [f for f in facts_of(body) if f.kind == "quote"]
    assert [(f.value.speaker, f.via, f.confidence) for f in found] == [("王明", "coreference", "medium")]


def test_a_quoted_term_before_a_quote_does_not_hide_the_person_named_last() -> None:
    body = "镇长王明提出建立一个新的“合作社”模式，“我们在当地挑选了一个基地，希望打造一个观光工厂。”"
    found = [f for f in facts_of(body) if f.kind == "quote"]
    assert [(f.value.speaker, f.note) for f in found] == [("王明", "speaker: the person the paragraph last named")]


def test_a_word_the_dictionary_does_not_know_before_a_suffix_is_part_of_the_name() -> None:
    found = {
        f.text
        for f in facts_of("市政府长期以来对正茂集团的关怀。东南网12月28日报道，会议召开。")
        if f.kind == "organization"
    }
    assert "正茂集团" in found
    assert "28日报" not in found


def test_a_kind_of_cooperative_or_centre_in_ordinary_words_is_not_an_organisation() -> None:
    text = (
        "全县培育农民专业合作社，建成大数据产业中心。俊敏莲藕合作社和清水村股份经济合作社带动增收，"
        "农业农村部和大地生机（福建）农业发展有限公司给予支持，推广党建+合作社模式。"
    )
    found = {f.text for f in facts_of(text) if f.kind == "organization"}
    assert not found & {"农民专业合作社", "培育农民专业合作社", "大数据产业中心", "党建+合作社"}
    assert {"清水村股份经济合作社", "农业农村部", "大地生机（福建）农业发展有限公司"} <= found
    short = {f.text for f in facts_of(text + "大地生机公司负责人介绍了情况。") if f.kind == "organization"}
    assert "大地生机公司" in short  # the short form of a registered company named in the text


def test_a_township_right_after_its_county_or_a_verb_of_going_is_a_place() -> None:
    body = "调研组前往罗田县山店镇，又走进平湖乡，随后深入大河街道、黄桥镇政府。在这个乡，在偏远乡镇也一样。"
    found = {str(v) for v in values(body, "place")}
    assert {"山店镇", "平湖乡", "大河街道", "黄桥镇"} <= found
    assert not found & {"这个乡", "偏远乡镇", "在偏远乡"}


def test_the_speaker_named_first_in_the_sentence_that_closes_with_the_verb_of_saying() -> None:
    body = (
        "“这里的桃子又大又甜。”5月3日，在果园里，游客覃女士捧着刚摘的桃子，笑着说。"
        "“乡村要振兴，产业是关键。”6月1日，市长伍建军在调研时强调。"
    )
    quotes = {v["quote"]: v["speaker"] for v in values(body, "quote")}  # type: ignore[index]
    assert quotes["这里的桃子又大又甜。"] == "覃女士"
    assert quotes["乡村要振兴，产业是关键。"] == "伍建军"


def test_no_place_read_out_of_a_village_name_a_verb_phrase_or_an_ordinary_word() -> None:
    body = "我们在长岭村看到，邻里互助，共建家园。各街镇积极发动社区居民，全村为整村搬迁做准备。"
    found = {str(v) for v in values(body, "place")}
    assert "长岭村" in found
    assert not any("长岭县" in name for name in found)
    assert not any("互助" in name for name in found)
    assert not found & {"积极发动社区", "为整村"}


def test_international_airports_and_rivers_by_what_follows_them_are_places() -> None:
    body = "航班从昆明长水国际机场起飞。村子位于澜沧江畔，长江流域普降大雨。这条河两岸很美。"
    found = {str(v) for v in values(body, "place")}
    assert {"昆明长水国际机场", "澜沧江", "长江"} <= found
    assert not any(name.startswith("这条") for name in found)


def test_a_village_shaped_word_only_in_quotes_is_a_term_not_a_place() -> None:
    body = "记者在一些“空心村”采访发现，年轻人外出务工。后阳村的年轻人却回来了，“后阳村”三个字也更响亮。"
    found = {str(v) for v in values(body, "place")}
    assert "空心村" not in found and "后阳村" in found


def _places(body: str) -> set[str]:
    return {f.text for f in facts_of(body, kind="place")}


def test_no_place_inside_a_persons_name_or_a_title_in_book_marks() -> None:
    found = _places("村党支部书记高安友说，今年的菜价好。《山西农民报》推出特刊。")
    assert not found & {"高安", "山西"}


def test_a_village_named_like_a_city_is_the_villages_name() -> None:
    assert "镇江" not in _places("在禾丰镇镇江村的大田里，村民正忙着采收。")


def test_the_village_in_cunzi_is_no_place() -> None:
    assert not _places("负责人认为这还不够，住到村子里去，才能写出好稿子。")


def test_a_province_that_only_begins_a_company_name_is_not_named_as_a_place() -> None:
    assert "江苏省" not in _places("引进的江苏省安佑生物科技有限公司现已流转土地。")
    assert "江苏省" in _places("江苏省安佑生物科技有限公司计划在江苏省南京市投资。")


def _organisations(body: str) -> set[str]:
    return {f.text for f in facts_of(body, kind="organization")}


def test_a_full_media_reporter_works_for_the_paper_before_the_title() -> None:
    found = people("某某报业全媒体记者张明报道，县里新建的水厂通水。")
    assert found["张明"]["organization"] == "某某报业" and found["张明"]["title"] == "全媒体记者"
    assert "某某报业全媒体" not in _organisations("某某报业全媒体记者张明报道，县里新建的水厂通水。")


def test_what_was_done_for_companies_is_no_list_of_them() -> None:
    found = _organisations("结对以来，村里的启动资金、土地改良等都得到了企业的帮助。")
    assert "土地改良" not in found
    assert {"飞龙科技", "正隆引线"} <= _organisations("目前有飞龙科技、正隆引线等5家企业入驻。")


def test_a_kind_of_body_in_ordinary_words_before_a_title_is_no_organisation() -> None:
    found = _organisations("生猪养殖企业负责人李明介绍，今年出栏5000头。对口帮扶单位党委书记王强表示，要把路修好。")
    assert not found & {"生猪养殖企业", "对口帮扶单位"}
    assert people("生猪养殖企业负责人李明介绍，今年出栏5000头。")["李明"]["organization"] == "生猪养殖企业"


def test_a_source_naming_a_site_and_a_paper_gives_both() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    raw = "县里新建三座水厂\n2024-03-05 来源：四川在线-华西都市报\n3月4日，县水务局宣布今年将新建三座水厂。\n"
    found = {f.text for f in extract_facts(clean_text(raw)) if f.kind == "organization"}
    assert {"四川在线", "华西都市报"} <= found and "四川在线-华西都市报" not in found


def test_quoted_words_the_clause_goes_on_around_are_a_term_not_a_quote() -> None:
    body = "报告显示，县域发展总体呈现“头部领跑，中部扩容”特征，王伟说，这是好事。"
    assert values(body, "quote") == []
    assert [f.text for f in facts_of(body, kind="slogan")] == ["“头部领跑，中部扩容”"]


def test_a_spokesman_named_by_post_before_or_after_the_quote_is_its_speaker() -> None:
    before = values("区委有关负责人说：“你们的稿件写得实在，有说服力。”", "quote")
    after = values("“每亩能收1500公斤莲子，收入可观。”东湖莲藕合作社负责人说，莲子八月成熟。", "quote")
    assert [v["speaker"] for v in before + after] == ["区委有关负责人", "东湖莲藕合作社负责人"]


def test_quoted_words_right_after_a_word_that_is_no_verb_of_saying_are_a_title_or_term() -> None:
    assert values("详见本刊去年的封面报道“违约开始了？”（第25期）。", "quote") == []
    said = values("他笑着说“这下好了，路修通了！”", "quote")
    assert [v["quote"] for v in said] == ["这下好了，路修通了！"]


def test_a_reporter_of_the_short_full_media_title_works_for_the_paper() -> None:
    found = people("（某某日报全媒记者 李溪 摄）\n社区里，志愿者正在帮助居民。")
    assert found["李溪"]["organization"] == "某某日报" and found["李溪"]["title"] == "全媒记者"


def test_a_joining_word_before_the_verb_of_saying_is_no_part_of_the_name() -> None:
    """但|王林认为 names 王林; 那么|您认为 names no one; a name the dictionary reads whole stays whole."""
    assert set(people("相比公立学校，但王林认为致远高中的教学质量最好。")) - {"赵敏"} == {"王林"}
    assert set(people("队员：那么您认为三下乡对贵校有何意义？")) - {"赵敏"} == set()
    assert set(people("会上，何其芳说：“好。”")) - {"赵敏"} == {"何其芳"}


def test_an_anonymised_name_keeps_a_third_character_only_when_it_recurs() -> None:
    """除村民张某外: 某 stands for the given name; police reports write 聂某东 and repeat it."""
    assert set(people("经调查，除村民张某外，还有近50户村民。")) - {"赵敏"} == {"张某"}
    found = people("犯罪嫌疑人聂某东对盗窃供认不讳。目前，聂某东已被刑事拘留。")
    assert set(found) - {"赵敏"} == {"聂某东"}


def test_a_verb_the_dictionary_files_as_a_noun_opens_no_name() -> None:
    """向贫困户宣传|中、省、市的政策: 宣 is a surname, but 宣传 is a word, and the title before it a role."""
    assert set(people("及时向贫困户宣传中、省、市、县脱贫新政策。")) - {"赵敏"} == set()


def test_names_listed_after_one_title_need_no_common_surname_between_two_list_marks() -> None:
    """区领导张德武、赛睿、李贺玲: 赛 is a rare surname, but the list after a title names people."""
    found = people("区领导张德武、赛睿、李贺玲、贺伟光一同调研。")
    assert {"张德武", "赛睿", "李贺玲", "贺伟光"} <= set(found)
    assert found["赛睿"]["title"] == "区领导"
    assert set(people("县领导张德武、区委办、财政局负责人参加。")) - {"赵敏"} == {"张德武"}


def test_a_verb_that_meets_someone_or_goes_somewhere_is_no_part_of_the_body_before_a_post() -> None:
    found = people("实践团采访徐州市贾汪区郑庄村党支部书记郑辉。")
    assert found["郑辉"]["organization"] == "徐州市贾汪区郑庄村党支部"
    assert people("张吉明听取城关社区书记姜健的汇报。")["姜健"]["organization"] == "城关社区"
    assert people("县乡村振兴局局长李某某说，好。")["李某某"]["organization"] == "县乡村振兴局"


def test_a_post_and_a_name_after_a_list_mark_a_noun_after_a_post_and_an_adjective_before_one_are_no_names() -> None:
    found = people("区政协主席龚立兵、区委副书记赵佳等参加会议。")
    assert set(found) - {"赵敏"} == {"龚立兵", "赵佳"}
    assert set(people("第一书记任期一般为1-3年。")) - {"赵敏"} == set()
    assert people("挂职第一书记的民进中央年轻干部郑立成说，好。")["郑立成"]["organization"] == "民进中央"
    assert people("新泰国小校长张信才说，好。")["张信才"]["organization"] == "新泰国小"


def test_a_set_phrase_ending_in_a_verb_is_no_part_of_a_body() -> None:
    from tests.facts.test_org_names import orgs

    assert orgs("积极运用提案，紧紧围绕县委县政府中心工作建言献策。") == set()


def test_a_list_of_names_before_deng_ren_is_people_even_after_a_verb_and_with_a_places_name() -> None:
    found = people("负责人郭彦昭迅速带领张晓林、杜博伟、王勇、苏南等人赶到现场。")
    assert {"张晓林", "杜博伟", "王勇", "苏南"} <= set(found)
    assert "苏南" not in values("负责人郭彦昭迅速带领张晓林、杜博伟、王勇、苏南等人赶到现场。", "place")
    assert set(people("带领东城、西城、南城、北城等人员。")) - {"赵敏"} == set()


@pytest.mark.parametrize(
    "sentence",
    ["小朱告诉记者，春节期间，村里举办了联欢会。", "加之村民白天因打工和干农活没有时间。"],
)
def test_a_verb_or_a_time_word_after_a_surnames_character_is_no_given_name(sentence: str) -> None:
    assert set(people(sentence)) - {"赵敏"} == set()


def test_a_word_of_the_suffix_or_a_courtyard_is_no_place_or_body() -> None:
    assert values("就是找个有山有水的地方住下来，体验乡野之美。", "place") == []
    assert values("这座隐匿在青山怀抱中的川北民居四合院。", "organization") == ["测试网"]


def test_a_name_of_two_that_the_text_names_alone_too_ends_before_a_verb() -> None:
    found = people("8月7日，县委书记陈晨赴县经济开发区调研。调研中，陈晨来到坦头镇。")
    assert "陈晨" in found and "陈晨赴" not in found
    assert "卞熙存" in people("西安区人民法院民庭庭长卞熙存说，好。")


def test_a_post_written_after_the_name_then_a_verb_of_saying() -> None:
    found = people("招聘会上，成都某某家政服务有限公司的魏丰年经理介绍，报名的人很多。正如谢文宁博士所言，难在坚持。")
    assert found["魏丰年"]["title"] == "经理" and found["魏丰年"]["organization"] == "成都某某家政服务有限公司"
    assert found["谢文宁"]["title"] == "博士"
    # the one spoken to is no name, though 向 is a surname too
    assert not any(name.startswith("向") for name in people("记者向企业负责人说明情况，他们随后向企业经理表示感谢。"))


def test_a_name_after_the_part_a_business_plays() -> None:
    assert people("民宿项目投资商庞焕泰介绍，今年公司将与村里合作。")["庞焕泰"]["title"] == "投资商"


def test_names_listed_before_what_they_are_after_a_verb() -> None:
    found = people("县领导先后走访慰问了牛丰先、郝桂花、王天太等困难群众。")
    assert {"牛丰先", "郝桂花", "王天太"} <= set(found)
    # villages listed before their kind are no people
    assert not {"东村", "西村", "南村"} & set(people("工作组走访了东村、西村、南村等村民小组。"))


def test_a_grower_by_the_household_he_runs() -> None:
    assert people("种粮大户李卯今年种了300亩，李卯的麦子长势很好。")["李卯"]["title"] == "种粮大户"


def test_a_name_glued_to_the_next_body_of_its_level() -> None:
    found = people("县人民政府副县长罗皓县政协副主席罗轶达等领导出席。")
    assert found["罗皓"]["title"] == "副县长"
    assert found["罗轶达"]["organization"] == "县政协"


def test_a_name_after_a_role_that_jieba_reads_as_a_preposition_and_a_word() -> None:
    found = people("基地由种植大户向佐坤一手创办，回想起创业初期，向佐坤流露出了些许无奈。")
    assert found["向佐坤"]["title"] == "种植大户"
    # a post after a name is no name after a role (王家|宁博士), nor a verb and what follows (商量|后)
    others = people("王家宁博士参加了会诊，王家宁博士认为风险大。全家人商量后决定手术，商量后心里踏实了。")
    assert not {"宁博士", "商量后"} & set(others)


def test_names_after_a_farms_owner_or_a_surgeon() -> None:
    found = people("曹店村农场主杨启兵说，环境变好了。普通外科医生欧志科、伍展佳组成了手术团队。")
    assert found["杨启兵"]["title"] == "农场主"
    assert {"欧志科", "伍展佳"} <= set(found)


def test_a_word_for_what_someone_does_or_a_group_is_no_name() -> None:
    found = people("团队成员采访茶农阿姨。由市委书记高宏志带队的市、区、县领导班子来我公司调研。")
    assert not {"农阿姨", "班子来"} & set(found)


def test_a_name_after_a_herder_or_a_fisher_but_not_after_what_is_done_for_the_people() -> None:
    found = people("34岁的蒙古族牧民乌伊汗走进家里，乌伊汗说很暖和。渔民卓石雄出海了。")
    assert found["乌伊汗"]["title"] == "牧民" and found["卓石雄"]["title"] == "渔民"
    assert "惠民外" not in people("我们推出便民惠民外卖服务，便民惠民外卖很受欢迎。")


def test_a_roster_of_lines_opening_with_a_name_and_the_same_label() -> None:
    roster = "传承人名单\n施宏达 项目：泉州刣狮\n潘丽卿 项目：泉州刻纸\n李子庆 项目：泉州小吃制作技艺\n以上为名单。"
    assert {"施宏达", "潘丽卿", "李子庆"} <= set(people(roster))
    # two such lines, or lines whose labels differ, are no roster
    fields = "报名须知\n时间 地点：县文化馆\n联系 电话：12345\n费用 说明：免费\n请准时参加。"
    assert not {"时间", "联系", "费用"} & set(people(fields))


def test_a_writers_credit_bracket_with_its_lead_and_five_names() -> None:
    found = people("参考消息网3月18日报道 （文/殷耀 张云龙 勿日汗 于嘉 王春燕）这里是中蒙边境。")
    assert {"殷耀", "张云龙", "于嘉", "王春燕"} <= set(found) and found["殷耀"]["title"] == "作者"
    # one name alone in brackets that the dictionary files is no credit
    assert "原被告" not in people("这样人们才知道他们（原被告）是怎么回事。")


def test_no_given_name_begins_with_an_ordinal() -> None:
    assert not any(name.startswith("任") for name in people("成立由该镇党委书记任第一总河长的领导小组。"))


def test_a_name_whose_given_part_the_dictionary_knows_as_a_proper_noun_counts_when_it_opens_three_clauses() -> None:
    text = (
        "村里最早种茶的是孙黄河。孙黄河与茶结缘，要从十年前说起。当时，孙黄河借钱建厂。后来，孙黄河担任合作社理事长。"
    )
    assert "孙黄河" in people(text)
    # twice is not enough: 黄河 is a river, and a surname-like character before it may be anything
    assert "孙黄河" not in people("孙黄河与茶结缘。当时，孙黄河借钱建厂。")


def test_a_bare_community_a_workshop_or_a_place_word_before_a_role_is_no_organisation() -> None:
    found = people("社区居民王孝林如约而至。湖边村民李金华每天巡河。生产车间主任周科介绍产量。")
    assert {"王孝林", "李金华", "周科"} <= set(found)
    assert all(found[name]["organization"] is None for name in ("王孝林", "李金华", "周科"))
    assert people("城关镇居民王孝林如约而至。")["王孝林"]["organization"] == "城关镇"


def test_a_datelines_bracket_of_names_with_spaces_inside_names_its_reporters() -> None:
    found = people("宁德网消息（ 张尚瑶 周军 陈孝韶）近日，屏南县非遗演出队将赴台交流。")
    assert {"张尚瑶", "周军", "陈孝韶"} <= set(found)


def test_two_names_before_a_group_of_people_are_people() -> None:
    found = people("绿油油的辣椒堆成了小山。王梅香、何春梅等七八个妇女，正忙着装箱。")
    assert {"王梅香", "何春梅"} <= set(found)
    assert set(people("绿油油的辣椒堆成了小山。白菜、萝卜等七八个品种，正忙着装箱。")) - {"赵敏"} == set()


def test_a_name_the_text_says_someone_is_called_is_a_person() -> None:
    assert "徐小波" in people("这个名叫徐小波的男子带着筛茶机上茶山来。")
    assert set(people("这种花名叫满天星，很好看。")) - {"赵敏"} == set()


def test_a_village_head_a_first_secretary_and_a_party_group_member_keep_their_whole_title() -> None:
    found = people("村主任王明华介绍，村支书李煜斌说，渔沙村第一书记刘吉振和省农业农村厅党组成员吴明海也到了。")
    titles_found = {name: found[name]["title"] for name in ("王明华", "李煜斌", "刘吉振", "吴明海")}
    assert titles_found == {"王明华": "村主任", "李煜斌": "村支书", "刘吉振": "第一书记", "吴明海": "党组成员"}


def test_a_name_after_a_word_for_kin() -> None:
    """他和妻子王金梅: a wife, a son or a father is named right after the word, as a member after a role."""
    found = people("他和妻子王金梅一起开了农家乐。老人的儿子李建华在外打工，每月寄钱回家。")
    assert {"王金梅", "李建华"} <= set(found)
    assert found["王金梅"]["title"] is None
    others = people("妻子说家里的日子好过了。女儿考上了大学，父亲高兴地说好。")
    assert not {"子说家", "亲高兴"} & set(others) and len(others) <= 1
    assert "阿埤" not in people("叶莲秀女士的父亲叶阿埤先生十一月下旬赴湖南旅游。")


def test_an_adverb_jieba_read_into_a_name_of_three() -> None:
    assert people("村民何胜海正和妻子王金梅在大棚里采摘辣椒。")["何胜海"]["title"] == "村民"


def test_a_name_ending_in_a_conjunctions_character_before_a_verb_of_saying() -> None:
    found = people("村民杨庆和说，日子越过越好。")
    assert "杨庆和" in found and "杨庆" not in found
    assert "杨庆" in people("村民杨庆和妻子说，日子越过越好。")
    listed = people("市防控办副主任杨庆和、市市场监督管理局副局长张明君参加检查。")
    assert "杨庆和" in listed and "杨庆" not in listed


def test_heads_of_farms_mines_and_ships_and_village_cadres_are_titles() -> None:
    found = people("笔者跟随墟沟林场场长张长春来到山上。安源煤矿矿长彭群伦介绍情况。村干部朱贤平表示同意。")
    assert {n: (v["title"], v["organization"]) for n, v in found.items() if n != "赵敏"} == {
        "张长春": ("场长", "墟沟林场"),
        "彭群伦": ("矿长", "安源煤矿"),
        "朱贤平": ("村干部", None),
    }
    assert people("驻村干部唐飞鸿带着药品赶来。")["唐飞鸿"]["title"] == "驻村干部"
    assert "陈述" not in people("一旦有新的状况当即向村干部陈述，村干部再向镇里报告。")
    when = people("笔者见到林场场长陈锐时，他正巡山。陈锐告诉笔者，今年没有火情。")
    assert "陈锐" in when and "陈锐时" not in when


def test_a_title_that_begins_a_longer_word_names_no_one() -> None:
    """居民区 is a residential area: 区 after 居民 is no surname (区岚皋, 区就)."""
    found = people("石泉路街道太浜巷居民区岚皋路166弄居民活动室门前很热闹。早在2021年，太浜巷居民区就已启动征询。")
    assert not {"区岚皋", "区就"} & set(found)
    assert people("居民区里的居民王建华说，环境变好了。")["王建华"]["title"] == "居民"


def test_a_repeated_phrase_after_a_noun_ending_like_a_role_is_no_name() -> None:
    found = people("桥下的庄稼现在全给淹了。这里的玉米和花生全给淹了，村民说损失很大。")
    assert "全给淹" not in found


def test_a_name_the_dictionary_files_as_a_noun_before_a_verb_of_saying() -> None:
    assert people("市中心人民医院党委书记金程表示，要加强学科建设。")["金程"]["title"] == "党委书记"


def test_a_farmer_of_a_crop_is_a_role_before_a_name() -> None:
    assert people("记者见到了在园子里忙碌的果农杨超。杨超指着园子介绍情况。")["杨超"]["title"] == "果农"


def test_a_name_of_three_jieba_cuts_once_is_read_whole_where_the_text_never_writes_two() -> None:
    body = "该牛可能系纳汪村老寨组村民韦光武家丢失的耕牛。韦光武立即来到派出所。两头牛确是韦光武家走失的耕牛。"
    assert "韦光武" in people(body) and "韦光" not in people(body)
    assert "马分产" not in people("马分校长介绍，学校马分产业班办得好。马分说，明年扩招。")


def test_a_name_opening_a_clause_before_attending_is_a_person() -> None:
    found = people("张宏伟首先来到化工产业园。赵刚参加活动。孙军、孙青松等列席会议。")
    assert {"赵刚", "孙军"} <= set(found)
    assert not {"参加", "列席"} & set(found)


def test_a_name_between_an_age_and_a_word_for_an_old_person() -> None:
    found = people("今年已经70多岁的王虎生老人正在自家果园采摘苹果。84岁的独居老人也来了。")
    assert "王虎生" in found and "独居" not in found


def test_a_source_naming_a_periodicals_issue_gives_the_periodical() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    raw = "县里新建三座水厂\n2024-01-01 来源：《某某》2024年第1期\n3月4日，县水务局宣布今年将新建三座水厂。\n"
    found = {f.value for f in extract_facts(clean_text(raw)) if f.kind == "organization"}
    assert "某某" in found and not any("第1期" in str(name) for name in found)
