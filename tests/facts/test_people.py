"""People: how their mentions are counted."""

from __future__ import annotations

import pytest

from lytui.analyse.facts import extract_facts
from lytui.model import Person, fact_value_json
from lytui.pipeline import clean_text
from tests.facts.helpers import facts_of, values


def people_of(body: str) -> dict[str, dict[str, object]]:
    """name → the person fact's value, for a body under the helpers' headline and info line."""
    return {v["name"]: v for v in values(body, "person")}


def posts_of(body: str) -> dict[str, tuple[object, object]]:
    """name → (title, organisation) of each person found."""
    return {f.value.name: (f.value.title, f.value.organization) for f in facts_of(body, kind="person")}  # type: ignore[union-attr]


def test_mentions_are_counted_like_a_longest_first_alternation() -> None:
    import random
    import re
    from collections import Counter

    from lytui.analyse.facts.people import _mentions

    names = ["王小明", "王小", "小明", "李华", "华强"]
    pattern = re.compile("|".join(sorted(names, key=len, reverse=True)))
    generator = random.Random(7)
    for _ in range(300):
        text = "".join(generator.choice(["王", "小", "明", "李", "华", "强", "说"]) for _ in range(30))
        assert _mentions(text, names) == Counter(m.group() for m in pattern.finditer(text)), text


def test_a_byline_on_a_line_of_its_own_gives_its_reporters() -> None:
    from lytui.pipeline import analyse, clean_text

    raw = "县里新建三座水厂\n2024-03-05 来源：某某日报\n全媒体记者：王勃 陶然\n3月4日，县水务局宣布今年将新建三座水厂，总投资1.2亿元，预计惠及12万名群众。\n"
    document = analyse(clean_text(raw))
    assert document.meta.byline == "全媒体记者：王勃 陶然"
    people = {f.value.name: f for f in document.facts if f.kind == "person"}
    assert people["王勃"].value.title == "全媒体记者" and people["陶然"].via == "byline"
    assert "王勃" not in document.text


def test_a_verb_after_a_title_is_not_a_name() -> None:
    names = set(people_of("会上，总书记强调，要把群众的事办好。县长表示同意。"))
    assert not names & {"强调", "表示"}


def test_quotes_take_their_speaker_from_the_paragraph_and_honorifics_name_people() -> None:
    from tests.facts.helpers import facts_of

    facts = facts_of(
        "驻村第一书记刘春生也很忙碌，他从水稻田跑到木耳地。“按照今年的态势，年底村集体收入能突破50万元！”\n"
        "从北京自驾前往的游客黄女士说：“我早就从新闻里得知，这里的生态越来越好。”\n"
        "“福建乡村发展潜力大，我们希望把经验带到这里。”公司总监许俊雄如是说。"
    )
    quotes = {f.value.quote[:4]: f for f in facts if f.kind == "quote"}
    assert quotes["按照今年"].value.speaker == "刘春生"
    assert (quotes["按照今年"].via, quotes["按照今年"].confidence) == ("coreference", "low")
    assert quotes["我早就从"].value.speaker == "黄女士"
    assert quotes["福建乡村"].value.speaker == "许俊雄"


def test_one_title_before_several_names_gives_each_the_title() -> None:
    people = {f.value.name: f.value.title for f in facts_of("副县长梁薇、石峰、张正韶参加活动。") if f.kind == "person"}
    assert {"梁薇": "副县长", "石峰": "副县长", "张正韶": "副县长"}.items() <= people.items()


def test_a_leader_named_before_the_title() -> None:
    text = "李强总理指出，社区是城市治理的基本单元。王芳书记在会上讲话。"
    people = {f.value.name: f.value.title for f in facts_of(text) if f.kind == "person"}
    assert people.get("李强") == "总理"
    assert people.get("王芳") == "书记"


def test_an_agency_dateline_names_its_reporters_in_brackets() -> None:
    from lytui.pipeline import analyse, clean_text

    document = analyse(
        clean_text(
            "新疆机场吞吐量增长\n\n新华社乌鲁木齐7月9日电（孙哲、杨垚）今年上半年，新疆机场集团完成旅客吞吐量近1400万人次。\n"
        )
    )
    people = {f.value.name: f.value for f in document.facts if f.kind == "person"}
    assert people["孙哲"].title == "记者" and people["孙哲"].organization == "新华社"
    assert "杨垚" in people


def test_a_verb_phrase_after_a_title_is_not_a_name() -> None:
    people = [f.value.name for f in facts_of("村里请书记来帮忙。") if f.kind == "person"]
    assert "来帮忙" not in people


def test_reporters_in_brackets_may_follow_their_title_with_a_colon() -> None:
    from lytui.pipeline import analyse, clean_text

    document = analyse(
        clean_text("标题在这里\n\n巴东电视台报道（记者：向启家 通讯员：肖华）全县召开会议，部署全年重点工作任务。\n")
    )
    people = {f.value.name: f.value.title for f in document.facts if f.kind == "person"}
    assert people == {"向启家": "记者", "肖华": "通讯员"}


def _people(body: str) -> dict[str, object]:
    return {f.value.name: f.value for f in facts_of(body, kind="person")}  # type: ignore[union-attr]


def test_rare_surnames_are_surnames() -> None:
    found = _people("习文峰说，今年收成好。逄明涛表示，还要扩大规模。")
    assert {"习文峰", "逄明涛"} <= set(found)


def test_roles_before_a_name_are_titles() -> None:
    found = _people("村民吴桂兰正在采摘。三组组长谢文龙一声吆喝，县林业局干部邹海涛赶来帮忙。")
    assert found["吴桂兰"].title == "村民"  # type: ignore[attr-defined]
    assert found["谢文龙"].title == "组长"  # type: ignore[attr-defined]
    assert found["邹海涛"].organization == "县林业局"  # type: ignore[attr-defined]


def test_a_leaders_list_after_a_level_and_leader() -> None:
    found = _people("县领导孟凡、齐建国、龚丽出席会议。")
    assert {"孟凡", "齐建国", "龚丽"} <= set(found)
    assert found["齐建国"].title == "县领导"  # type: ignore[attr-defined]


def test_a_word_after_a_shared_role_or_a_preposition_before_a_level_is_no_name() -> None:
    found = _people("贫困户全部脱贫。公司董事长向市领导介绍了情况。")
    assert not set(found) & {"全部", "向市"}


def test_a_reporter_glued_to_the_title_in_a_dateline_group() -> None:
    found = _people("本报讯（记者柴文静）昨天，新馆开放。")
    assert found["柴文静"].title == "记者"  # type: ignore[attr-defined]


def test_a_speaker_without_a_title_before_an_adverbial_and_the_verb_of_saying() -> None:
    found = _people("“路终于通了。”骆志强笑着说。“明年还要修桥。”詹小红也表示。")
    assert {"骆志强", "詹小红"} <= set(found)


def test_a_name_that_opens_two_clauses_is_a_person_without_a_title() -> None:
    body = "一大早，邝志远就来到大棚。邝志远是村里的种植能手，田埂上到处是他的脚印。田埂也不宽。"
    found = _people(body)
    assert "邝志远" in found
    assert "田埂" not in found


_LEDE = "今年以来，该县把招商引资作为头号工程，组织多个小分队外出招商，新签约一批投资规模大的项目。"
_CLOSING = "截至目前，全县共签约项目12个，协议资金30亿元，到位资金12亿元，招商引资工作取得明显成效。"


def test_a_name_in_brackets_closing_the_article_is_its_writer_read_from_the_byline() -> None:
    document = facts_of(f"{_LEDE}\n{_CLOSING}（柴晓丽）", kind="person")
    writer = next(f for f in document if f.value.name == "柴晓丽")  # type: ignore[union-attr]
    assert writer.via == "byline" and writer.value.title == "作者"  # type: ignore[union-attr]


def test_a_place_in_brackets_closing_the_article_is_no_writer() -> None:
    assert "龙岩" not in _people(f"{_LEDE}\n{_CLOSING}（龙岩）")


def test_a_member_or_post_ending_in_yuan_before_a_name() -> None:
    found = _people("老党员蒲永福带头捐款，讲解员邬晓琳介绍了展品。干部们积极动员群众。")
    assert found["蒲永福"].title == "党员"  # type: ignore[attr-defined]
    assert found["邬晓琳"].title == "讲解员"  # type: ignore[attr-defined]
    assert not any(name.startswith("群") for name in found)


def test_a_byline_line_kept_in_the_text_and_common_surnames() -> None:
    found = _people("某某日报全媒体记者 洪晓梅 傅强\n昨天，新馆开放。赖文斌说，很好。")
    assert {"洪晓梅", "傅强", "赖文斌"} <= set(found)
    assert found["傅强"].title == "全媒体记者"  # type: ignore[attr-defined]


def test_a_speaker_after_de_and_before_the_verb_of_saying() -> None:
    body = "“这批菜要发往广州。”正忙着装车的贲建国高兴地说。"
    assert "贲建国" in _people(body)


def test_a_name_written_before_the_title_of_the_post_it_holds() -> None:
    people = {p.value.name: p.value.title for p in facts_of("在钱文博校长的带领下，学生们走进田间。", kind="person")}
    assert people.get("钱文博") == "校长"
    found = {p.value.name for p in facts_of("李庄村支部书记出席。赛迪顾问副总裁讲话。卫健部长出席。", kind="person")}
    assert not {"李庄村", "顾问", "卫健"} & found


def test_every_item_of_a_list_of_names_after_one_title_is_whole() -> None:
    people = {p.value.name for p in facts_of("县人大常委会副主任程远、葛思和，党组成员出席会议。", kind="person")}
    assert {"程远", "葛思和"} <= people


def test_a_body_and_a_deputys_prefix_before_a_title_are_no_name() -> None:
    found = {p.value.name for p in facts_of("区委副书记、区长杭文远主持会议。", kind="person")}
    assert "杭文远" in found and "区委副" not in found


def test_a_name_ends_before_the_particle_suo() -> None:
    found = {p.value.name for p in facts_of("会议传达了市长吕安所作的报告。", kind="person")}
    assert "吕安" in found and "吕安所" not in found


def test_a_reporters_paper_is_named_without_the_datelines_bracket() -> None:
    people = {
        p.value.name: p.value.organization
        for p in facts_of("今天天气晴。〔南岭时报记者江立雄/台南报导〕今天天气晴。", kind="person")
    }
    assert people.get("江立雄") == "南岭时报"


def test_a_verb_of_saying_closes_a_three_character_name() -> None:
    found = {p.value.name for p in facts_of("“今年行情好！”镇江村村支部书记高安友说，收入会增加。", kind="person")}
    assert "高安友" in found and "高安" not in found


def test_a_quote_followed_by_a_sentence_naming_one_person_is_that_persons() -> None:
    quotes = [
        f.value for f in facts_of("“原料不愁了，成本也降了。”听说村里要种麻，加工厂负责人宁志远很开心。", kind="quote")
    ]
    assert [q.speaker for q in quotes] == ["宁志远"]
    two = [f.value for f in facts_of("“原料不愁了，成本也降了。”宁志远和郝建国都很开心。", kind="quote")]
    assert [q.speaker for q in two] == [None]


def test_a_resident_before_a_name_is_a_role_like_a_villager() -> None:
    people = {
        p.value.name: p.value.title
        for p in facts_of("居民汤立群欣喜地告诉记者：“有了电梯，上楼方便了。”", kind="person")
    }
    assert people.get("汤立群") == "居民"
    assert "居民区" not in {p.value.name for p in facts_of("居民区里居民都很满意。", kind="person")}


def test_a_character_before_a_post_is_no_name() -> None:
    facts = facts_of("各分队的书记由队长兼任，协会主席由会长担任，村民向村长反映。", kind="person")
    assert [f.text for f in facts] == ["赵敏"]  # the page's editor only


def test_a_byline_with_a_title_before_each_name_gives_every_reporter() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    raw = "青山村的新变化\n青山村今年新修了一条路，村民出行方便多了。\n本报记者:林海川\n特约记者:王小舟\n编辑:赵敏\n"
    facts = [f.value for f in extract_facts(clean_text(raw)) if f.kind == "person"]
    found = {(p.name, p.title) for p in facts if isinstance(p, Person)}
    assert {("林海川", "记者"), ("王小舟", "特约记者")} <= found


def test_a_noun_for_a_person_by_trade_or_standing_before_a_name() -> None:
    found = _people("被告代理律师付明轩对判决表示不服，社会人士钱佑良到庭旁听，被告人郝建波当庭认罪。")
    assert found["付明轩"].title == "代理律师"  # type: ignore[attr-defined]
    assert {"钱佑良", "郝建波"} <= set(found)


def test_a_noun_for_a_person_takes_no_word_or_body_after_it_for_a_name() -> None:
    found = _people("大家都是志愿者，小朋友都好开心，国家卫健委发布通知，公司官方微博发布消息。")
    assert set(found) == {"赵敏"}  # the page's editor only


def test_the_names_listed_after_a_person_and_a_list_of_names_alone() -> None:
    found = _people("军医官司马德、钟嘉文、邱威宏等人到场义诊。\n本次活动的志愿者有，段素青，杨秀芬，智建榕，刘雅可。")
    assert {"钟嘉文", "邱威宏", "段素青", "杨秀芬", "智建榕", "刘雅可"} <= set(found)


def test_a_list_of_places_is_no_list_of_names() -> None:
    assert set(_people("代表团先后到访东莒、西莒、南竿、北竿等地。")) == {"赵敏"}


def test_a_title_or_a_role_and_a_space_before_a_name_as_a_caption_or_a_transcript_writes() -> None:
    found = _people("某某县交通运输副局长 郑佩勇：这条路修通以后，去县城快多了。\n派出所民警 常晓辉：我们每天都巡逻。")
    assert found["郑佩勇"].title == "副局长"  # type: ignore[attr-defined]
    assert found["常晓辉"].title == "民警"  # type: ignore[attr-defined]


def test_a_name_jieba_reads_right_before_a_title() -> None:
    found = _people("五德社区颜锦鸿理事长参加盛会。周至县朱建安副县长作出批示。")
    assert found["颜锦鸿"].title == "理事长"  # type: ignore[attr-defined]
    assert found["朱建安"].title == "副县长"  # type: ignore[attr-defined]


def test_a_bracket_of_names_or_of_a_name_and_a_credit_names_the_writers() -> None:
    found = _people("本报讯（黄水成 童桂芳）近日，新区开工。\n田间一片繁忙。（饶方奇摄影报道）\n（翟凤英）")
    assert {"黄水成", "童桂芳", "饶方奇", "翟凤英"} <= set(found)
    assert found["饶方奇"].title == "摄影"  # type: ignore[attr-defined]
    assert "龙岩" not in _people("新区开工。（龙岩）")


def test_a_list_item_jieba_reads_whole_as_a_name_before_the_rest_of_the_sentence() -> None:
    found = _people("法院判处被告人范燕芳、吴华芳有期徒刑1年。")
    assert "吴华芳" in found


def test_a_name_closed_by_telling_the_reporter_after_a_title() -> None:
    found = _people("“大项目是关键。”开发区投资促进局局长陈发兵向记者介绍，项目已全部开工。")
    assert found["陈发兵"].title == "局长"  # type: ignore[attr-defined]


def test_a_name_before_the_form_of_address_of_a_student_or_teacher() -> None:
    found = _people("谈起对武汉的第一印象，焦建同学直言，这里景色美。各位同学和全体老师都来了。")
    assert set(found) - {"赵敏"} == {"焦建"}


def test_a_name_the_text_also_writes_before_a_level_a_road_or_a_police_station_is_a_place() -> None:
    found = _people(
        "陈良说，今年收成好。陈良村的党委书记陈安伯介绍了情况。荣乌说，路通了。荣乌高速全线贯通。"
        "许立明市长出席。许立明说，项目很好。乌英苗说，寨子变了。乌英苗寨的党支部很团结。"
    )
    assert not {"陈良", "荣乌", "乌英苗"} & set(found) and "许立明" in found


def test_a_profile_opens_with_the_name_and_the_month_of_birth() -> None:
    body = "采访对象\n郑华林，1965年3月生，浙江某县县委书记；\n许丽萍（女），汉族，1970年11月出生，现任副县长。\n2019年8月生产线投产。"
    names = set(people_of(body))
    assert {"郑华林", "许丽萍"} <= names


def test_the_reporter_between_the_datelines_xun_and_baodao_is_a_person() -> None:
    from lytui.pipeline import analyse, clean_text

    raw = "县医院下乡义诊\n县医院下乡义诊\n本报讯陈立江报道:9月4日,县医院组织义诊,四乡八邻的群众纷纷赶来看医生。\n"
    document = analyse(clean_text(raw))
    people = {f.value.name: f.value for f in document.facts if f.kind == "person"}
    assert "陈立江" in people and people["陈立江"].title == "记者"


def test_an_agency_reporter_before_the_place_and_day_filed_from_is_a_person() -> None:
    found = values("（中央社记者林宛臻高雄12日电）高雄市政府今天宣布扩大补助。", "person")
    assert {"name": "林宛臻", "title": "记者", "organization": "中央社"} in found


def test_a_question_asked_a_not_a_after_a_role_is_not_a_name() -> None:
    names = set(people_of("“村民富不富，关键看干部。”村民高不高兴，要看收入。"))
    assert not names & {"富不富", "高不高"}


def test_a_group_role_read_across_words_or_a_function_word_after_a_surname_is_no_name() -> None:
    body = "高品质乡村民宿及主题乐园深受欢迎。住在附近的居民都被枪声惊醒。村民王大山说，今年收成好。"
    names = set(people_of(body))
    assert "王大山" in names
    assert not names & {"宿及", "都被"}  # 乡村|民宿 holds no 村民; 都|被 is an adverb and a passive


def test_a_surname_read_as_an_adverb_then_a_verb_is_the_clause_not_a_name() -> None:
    body = "在她生活的社区，居民都是像她一样的老人。县领导都会给困难户送年货。居民王大山说，今年收成好。"
    names = set(people_of(body))
    assert "王大山" in names
    assert not names & {"都是像", "都是", "都会"}


def test_how_many_hold_a_post_is_not_the_body_they_hold_it_in() -> None:
    body = "在社区，很多居民王大山说好。副所长张继东把班交给了另一位副所长童民强。唐家铺村四组组长车华全说，收成好。"
    people = people_of(body)
    assert people["童民强"]["organization"] is None
    assert str(people["车华全"]["organization"]).endswith("四组")  # a village's group holds the post
    assert not {"很多", "另一位"} & {str(v) for v in values(body, "organization")}


def test_a_name_after_an_age_a_branch_secretary_a_physician_or_a_child_is_a_person() -> None:
    body = (
        "今年10岁的金姿妤将善款交给工作人员。对面楼84岁蒋佩新老人的窗台。主讲人是村党总支书记钱君，题目是变化。"
        "消化内科副主任医师杜勇等专家会诊。“文具是必需品。”小报童王康宇说。学童江纹仪等数百名学童捐出玩具。"
        "80岁高龄的老人也来了。"
    )
    people = people_of(body)
    assert {"金姿妤", "蒋佩新", "钱君", "杜勇", "王康宇", "江纹仪"} <= set(people)
    assert people["钱君"]["title"] == "党总支书记"
    assert people["杜勇"]["title"] == "副主任医师"
    assert "高龄" not in people


def test_a_full_name_before_mr_or_ms_is_a_person_but_a_role_before_a_surname_is_not() -> None:
    body = "叶莲秀的父亲叶阿埤先生赴湖南旅游。游客郭女士说，这里的莲子好。"
    names = set(people_of(body))
    assert "叶阿埤" in names
    assert "游客郭" not in names


def test_the_head_of_a_squad_is_one_post_and_not_a_body_cut_before_it() -> None:
    body = "第一战斗小组由副中队长王涛带领营救。据某某公安分局刑侦大队副大队长董睿介绍，民警抓获两人。"
    people = people_of(body)
    assert people["王涛"]["title"] == "副中队长" and people["王涛"]["organization"] is None
    assert people["董睿"]["title"] == "副大队长"
    assert people["董睿"]["organization"] == "某某公安分局刑侦大队"


def test_a_verb_of_going_before_a_villagers_group_is_not_part_of_its_name() -> None:
    body = "OD体育走进宜都市红花镇青山村三组村民王大山的蔬菜大棚，好似进入了春天。"
    people = people_of(body)
    assert str(people["王大山"]["organization"]).startswith("宜都市")


def test_words_of_the_clause_read_as_names_are_not_people() -> None:
    body = (
        "一位民警解答道：简单地说，这就是报警电话。记者团成员展示时，83岁的老人也来了。党员干部受到教育。"
        "公寓负责人 杨亚说：“他们的子女都在外地。”"
    )
    people = people_of(body)
    assert not {"简单地", "展示时", "干部受", "杨亚说"} & set(people)
    assert people["杨亚"]["title"] == "负责人"


def test_a_class_teacher_and_a_political_commissar_are_posts() -> None:
    people = people_of("三年级一班班主任梁燕称，学生多。公安局副政委许爱秋率队宣传。")
    assert people["梁燕"]["title"] == "班主任" and people["梁燕"]["organization"] == "三年级一班"
    assert people["许爱秋"]["title"] == "副政委"


def test_the_part_a_company_plays_before_its_name_is_not_part_of_the_body() -> None:
    body = "本次活动的爱心物资赞助商东方某某教育董事长杨海斌说，很好。市招商局局长王明说，也好。"
    people = people_of(body)
    assert people["杨海斌"]["organization"] == "东方某某教育"
    assert people["王明"]["organization"] == "市招商局"


def test_a_given_name_that_is_a_verb_after_a_surname_jieba_reads_as_a_names_is_a_name() -> None:
    body = "“好羞愧啊。”受处分的村党支部副书记陈登高满脸惭愧。我是电台的记者王根据最新消息报道。"
    names = set(people_of(body))
    assert "陈登高" in names
    assert "王根据" not in names


def test_a_bare_kind_before_a_post_names_no_body() -> None:
    people = people_of("公司副总经理张涛介绍，订单充足。县人民医院院长刘建国说，很好。")
    assert people["张涛"]["organization"] is None
    assert people["刘建国"]["organization"] == "县人民医院"


def test_a_name_the_dictionary_files_is_the_person_an_article_follows_when_it_opens_many_clauses() -> None:
    # jieba files both 钱三强 and 黄金周 as names: only a name the article keeps opening clauses with is one
    body = (
        "钱三强，1913年生于浙江。钱三强毕业于清华大学。钱三强一生致力于核物理研究。"
        "“科学没有国界。”钱三强常对学生这样讲。黄金周，游客多。黄金周期间，景区客满。黄金周过后，客流回落。"
        "\n钱三强，王明摄\n王明/摄\n"
    )
    names = set(people_of(body))
    assert "钱三强" in names
    assert "黄金周" not in names
    assert "王明摄" not in names  # the photographer and "photographed", beside the caption's credit 王明/摄


def test_the_public_a_visitor_and_a_champion_are_roles_before_a_name() -> None:
    body = "招聘会上，当地群众王子江找到了岗位。闭幕式上，奥运冠军盛李豪、徐嘉余为选手颁奖。居民群众文明观看演出。"
    people = people_of(body)
    assert {"王子江", "盛李豪", "徐嘉余"} <= set(people)
    assert people["王子江"]["title"] == "群众" and people["王子江"]["organization"] is None  # 当地 is where, no body
    assert "文明" not in people  # the dictionary files 文明 as a name; after a group role it is the word


def test_names_listed_before_the_post_they_share_and_before_a_person_found() -> None:
    people = people_of("彭军、向加茂、李选锋等县领导参加开幕式。")
    assert {"彭军", "向加茂", "李选锋"} <= set(people) and people["彭军"]["title"] == "县领导"
    # an item before a person found elsewhere is a person too, without that person's title
    people = people_of("开幕式上，钱玉、县长孙立华讲话。会后，钱玉、孙立华走访了村民。")
    assert "钱玉" in people and people["钱玉"]["title"] is None
    assert not set(people_of("水稻、小麦等农作物长势良好。")) - {"赵敏"}  # the page's editor


def _titles_under(head: str) -> dict[str, str | None]:
    """name → title of every person on a page whose lines under its headline are `head`."""
    from lytui.pipeline import analyse, clean_text

    raw = f"县里新建三座水厂\n{head}\n3月4日，县水务局宣布今年将新建三座水厂，总投资1.2亿元，预计惠及12万名群众。\n"
    return {f.value.name: f.value.title for f in analyse(clean_text(raw)).facts if isinstance(f.value, Person)}


def test_each_reporter_takes_the_role_written_before_their_name() -> None:
    """全媒体记者 邵某 通讯员 张某: two roles on one line, no colons; each name keeps its own."""
    people = _titles_under("2024-03-05 来源：某某日报 作者:全媒体记者 邵滢 通讯员 张淼")
    assert people["邵滢"] == "全媒体记者"
    assert people["张淼"] == "通讯员"


def test_reporters_glued_to_their_role_or_under_two_media_are_people() -> None:
    for byline, expected in (
        ("新华社记者岳夕彤、王小鹏", {"岳夕彤": "记者", "王小鹏": "记者"}),
        ("滨州日报/滨州网 记者 张炜 通讯员 贾鹏 宋建英", {"张炜": "记者", "贾鹏": "通讯员", "宋建英": "通讯员"}),
    ):
        people = _titles_under(f"2024-03-05 来源：某某网\n{byline}")
        assert {name: people.get(name) for name in expected} == expected


def test_a_bylines_own_medium_is_its_reporters_and_correspondents_are_not_its_staff() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    page = (
        "子夜巡堤\n2020-07-09 18:38:32 来源：新华网\n新华社记者范帆\n"
        "8日下午，记者在鄱阳县城附近的圩堤上看到，巡堤人员正在查险，民警余国水告诉记者，该堤段每天24小时巡查。\n"
    )
    found = {f.value.name: f.value.organization for f in extract_facts(clean_text(page)) if isinstance(f.value, Person)}
    assert found["范帆"] == "新华社"
    pairs = (
        "龙舟竞渡欢度端午\n2023-06-24 04:56:06 来源：羊城派\n文/羊城晚报全媒体记者 陈卓栋 通讯员 王静 谭耀广\n"
        "近日，棠下镇端午龙舟会在江门市蓬江区天沙河段举行，23艘龙舟分16轮进行竞速比赛，现场鼓声阵阵。\n"
    )
    staff = {
        f.value.name: f.value.organization for f in extract_facts(clean_text(pairs)) if isinstance(f.value, Person)
    }
    assert (staff["陈卓栋"], staff["王静"], staff["谭耀广"]) == ("羊城晚报", None, None)


def test_words_before_a_title_that_point_at_a_body_or_qualify_the_post_are_no_organisation() -> None:
    body = (
        "另一艘渔船船长李师傅刚刚返航。项目生产经理刘帅介绍，工程进展顺利。该校校长魏明彬说，学校很好。"
        "四川发布记者宫明昀直言，山区变化很大。"
    )
    people = people_of(body)
    assert [people[name]["organization"] for name in ("李师傅", "刘帅", "魏明彬")] == [None, None, None]
    assert people["宫明昀"]["organization"] == "四川发布"
    assert values(body.split("四川")[0], "organization") == ["测试网"]  # the helpers' info line's source


def test_a_village_that_opens_clauses_is_the_place_the_article_names_not_a_person() -> None:
    body = (
        "界首市王集镇朱大村5300余名村民领到分红。2月20日，朱大村股份经济合作联合社首次发放分红。当日，朱大村热闹非凡。"
    )
    assert "朱大村" not in people_of(body)
    assert "朱大村" in values(body, "place")


def test_an_abbreviated_office_before_a_full_time_post_is_the_organisation() -> None:
    people = people_of("湖南省医改办专职副主任王明生表示，近年来成效明显。市委办主任张建明主持会议。")
    assert people["王明生"]["organization"] == "湖南省医改办"
    assert people["张建明"]["organization"] == "市委办"


def test_an_assistant_to_an_office_is_a_title_of_its_own() -> None:
    found = people_of("据镇长助理欧阳志远介绍，全镇共有12个村。公司总经理助理王海峰表示，订单已排满。")
    assert found["欧阳志远"]["title"] == "镇长助理" and found["王海峰"]["title"] == "总经理助理"


def test_a_body_pointed_at_with_gai_is_the_last_one_of_its_kind_named_before() -> None:
    found = people_of(
        "记者从县人社局获悉，该局局长蒲永军表示将加大力度。红星机械有限公司去年产值过亿，该公司总经理韩立新说，"
        "订单饱满。2023年，小河村人均收入2万元，该村党支部书记田茂林说。"
    )
    assert found["蒲永军"]["organization"] == "县人社局"
    assert found["韩立新"]["organization"] == "红星机械有限公司"
    assert found["田茂林"]["organization"] == "小河村党支部"
    assert people_of("该局局长王某说。这家公司很大，该公司经理李某说。")["李某"]["organization"] is None  # none named


def test_a_party_branch_members_field_and_a_supervisors_trade_are_part_of_the_title() -> None:
    found = people_of(
        "社区党委书记张慧和组织委员胡永明组织学习。村支部副书记、纪检委员康伦洪说。公司生产主管杨维介绍。"
    )
    assert found["胡永明"]["title"] == "组织委员" and found["康伦洪"]["title"] == "副书记、纪检委员"
    assert found["杨维"]["title"] == "生产主管"
    assert "纪检" not in {v for v in values("村支部副书记、纪检委员康伦洪说。", "organization")}


def test_a_full_name_before_how_the_article_addresses_her_is_a_person() -> None:
    found = people_of("同行老人中，还有一位曹建华老奶奶，今年85岁了。村里的张桂兰阿姨笑着说。这位老大爷说。")
    assert {"曹建华", "张桂兰"} <= set(found) and not any("老" in name for name in found)


def test_a_name_only_ever_opening_a_companys_name_is_its_brand_one_also_standing_alone_is_a_person() -> None:
    assert "柏晟林" not in people_of("与此同时，柏晟林材料科技有限公司的员工已经到岗。柏晟林材料科技有限公司生产忙。")
    assert "卢伟" in people_of("卢伟是村里响当当的人物。十年来，卢伟农民专业合作社带动村民增收。")


def test_a_name_given_once_without_a_title_is_a_person_by_what_follows_it() -> None:
    found = people_of(
        "张海燕是镇卫生院的一名护士。吴春梅和丈夫一起经营农家乐。近日，记者见到了杨秀英，她正在田里忙碌。"
        "今年52岁的周国华，是种粮大户。社员王大伟、刘小红、陈建国正忙着分拣果子。"
    )
    assert {"张海燕", "吴春梅", "杨秀英", "周国华", "陈建国"} <= set(found)
    # a pronoun, a number or a place opening the clause is no name
    found = people_of("那一阵,她动了心。王家村是一个大村，他说。黄河从这里流过，她看着。")
    assert not {name for name in found if name[0] in "那王黄"}


def test_three_characters_jiebas_model_reads_whole_as_a_name_are_a_person_once_after_a_linking_word() -> None:
    found = people_of("提起杜文斌，村里人都竖起大拇指。杨春燕被评为全国三八红旗手。")
    assert {"杜文斌", "杨春燕"} <= set(found)
    # a reporter's name and the idiom after it (与祝欢|兵分两路) are not a longer name
    found = people_of("记者祝欢说，很受启发。记者陈选斌此行与祝欢兵分两路。")
    assert "祝欢" in found and "祝欢兵" not in found


def test_the_post_held_then_de_then_the_holder_and_a_landform_beside_a_place_is_no_name() -> None:
    found = people_of(
        "时任村党支部书记的杨长友看在眼里。身为村委会主任的刘建华说，要干。担任过六届岭头村党总支书的胡顺民提了个建议。"
    )
    assert found["杨长友"]["title"] == "书记"  # the village's branch, the one village named (岭头村党支部)
    assert str(found["杨长友"]["organization"]).endswith("村党支部")
    assert str(found["刘建华"]["organization"]).endswith("村委会")
    assert (found["胡顺民"]["title"], found["胡顺民"]["organization"]) == ("党总支书", "岭头村")
    found = people_of("21点20分，丁寨湾田河水逼近河堤，丁寨岩口房屋垮塌。县领导赶往丁寨乡查看。")
    assert not {"丁寨湾", "丁寨岩"} & set(found)


def test_a_name_spaced_after_its_title_takes_the_body_before_the_title() -> None:
    found = people_of(
        "互助院建成后，老人们很高兴。六坝镇玉宝村党总支书记 李杰：互助院于八月建成，设置了老年娱乐室。"
        "村民 柴翠英：老年人方便的很。图为巡逻途中。新华社记者 胡虎虎 摄"
    )
    assert found["李杰"]["organization"] == "六坝镇玉宝村"
    assert found["胡虎虎"]["organization"] == "新华社"
    assert found["柴翠英"]["organization"] is None


def test_a_page_listing_names_with_one_given_character_kept_keeps_them_whole() -> None:
    found = people_of("被告人张某华、李某明涉嫌盗窃。白交祠村民杨某跃和杨某强因茶园边界发生纠纷。")
    assert {"张某华", "李某明", "杨某跃"} <= set(found) and "杨某" not in found
    found = people_of("村民张某说，好。除村民张某外，还有三人。")
    assert "张某" in found and "张某外" not in found


def test_what_kind_of_reporter_is_part_of_the_title_not_a_body() -> None:
    found = people_of("群众已全部撤离。（特约通讯员：潘中宝）活动吸引了众多市民。（特派记者谢黎明）")
    assert (found["潘中宝"]["title"], found["潘中宝"]["organization"]) == ("特约通讯员", None)
    assert found["谢黎明"]["title"] == "特派记者" and found["谢黎明"]["organization"] != "特派"
    assert not {"特约", "特派"} & set(values("群众已全部撤离。（特约通讯员：潘中宝）", "organization"))


def test_a_long_list_of_names_ending_at_a_comma_names_people() -> None:
    found = people_of("省内外专家组潘某行、陈涛、卜鹏飞、孙晓辉、龚瑞清、侯楠、万昕、吕亚洲，省委党校主任刘流参加。")
    assert {"陈涛", "卜鹏飞", "孙晓辉", "龚瑞清", "侯楠", "万昕", "吕亚洲"} <= set(found)
    assert not {"城乡", "山水"} & set(people_of("统筹城乡、山水、林田、湖草，共同发展。"))


def test_each_editor_a_credit_names_is_a_person() -> None:
    from lytui.pipeline import analyse, clean_text

    document = analyse(
        clean_text("某县开展周四查市场行动\n" + "检查人员细致查阅台账，规范经营行为。" * 3 + "\n编辑:赵某何 陈某凤")
    )
    names = {f.value.name for f in document.facts if f.kind == "person"}  # type: ignore[union-attr]
    assert {"赵某何", "陈某凤"} <= names


def test_a_bodys_name_after_a_listed_name_and_its_comma_is_no_person() -> None:
    found = people_of("教师进修学院副院长宋喜林、党建办三级主任科员赖兴奎参加调研。")
    assert "宋喜林" in found and "赖兴奎" in found and "党建办" not in found


def test_a_civil_service_rank_with_its_grade_is_the_title() -> None:
    found = people_of("教师进修学院副院长宋喜林、党建办三级主任科员赖兴奎参加调研。一级调研员王某说。")
    assert (found["赖兴奎"]["title"], found["赖兴奎"]["organization"]) == ("三级主任科员", "党建办")
    assert found["王某"]["title"] == "一级调研员"


def test_a_household_by_its_trade_is_a_role_before_a_name() -> None:
    found = people_of("此前，记者采访了种植户刘红梅。种粮大户马国强说，今年丰收。")
    assert found["刘红梅"]["title"] == "种植户" and found["马国强"]["title"] == "种粮大户"


def test_a_transcribed_name_after_a_title_is_taken_whole_however_jieba_cuts_it() -> None:
    people = people_of("县长阿卜杜麦吉提·艾海提参加活动。副县长艾力·买买提到场，现场很热闹。")
    assert people["阿卜杜麦吉提·艾海提"]["title"] == "县长"
    assert people["艾力·买买提"]["title"] == "副县长"
    assert not {"阿卜杜", "阿卜杜麦吉提·艾海"} & set(people)


def test_a_tibetan_name_of_two_given_parts_is_not_cut_at_a_surname() -> None:
    people = people_of("村党支部书记扎西曲培介绍，今年村里种了青稞。村民次仁卓玛告诉记者，收入增加了。")
    assert people["扎西曲培"]["title"] == "书记"
    assert "次仁卓玛" in people


def test_a_tibetan_name_after_a_post_or_an_age_with_parts_of_kham_and_u_tsang() -> None:
    people = people_of("村党支部书记次仁江村嘱咐大家。57岁的次仁曲珍说，今年收成好。73岁的西热江村有较多土地。")
    assert people["次仁江村"]["title"] == "书记"
    assert {"次仁曲珍", "西热江村"} <= set(people)
    assert "长江村" not in people_of("长江村村民也来了。")


def test_a_name_ending_in_a_character_that_opens_a_verb_of_saying_before_one() -> None:
    assert "胡霖坦" in people_of("公司总经理胡霖坦介绍，现在用工少了。")
    assert "胡霖" in people_of("公司总经理胡霖坦言，现在难。")
    assert "李明" in people_of("村长李明并表示，今年好。")
    assert {"王刚", "张伟"} <= set(people_of("举报人王刚指称，公司拖欠工资。律师张伟指称：“证据不足。”"))


def test_a_photographers_credit_in_brackets_after_a_caption_names_a_person() -> None:
    assert (
        people_of("老人边做鞋边聊天。（ 潘某刚2013年10月12日拍摄）\n第二段，村民们很高兴。")["潘某刚"]["title"]
        == "摄影"
    )
    assert "李艳娟" in people_of("游客在庄园里喝咖啡。（李艳娟 摄）\n第二段，村民们很高兴。")
    assert "沈某" in people_of("沙粒很容易被风扬起。（某视记者沈某拍摄）\n第二段，村民们很高兴。")
    assert "于近日" not in people_of("县城夜景流光溢彩。（记者于近日拍摄）\n第二段，村民们很高兴。")
    assert "新华社" not in people_of("今年产量大增。（新华社 摄）\n第二段。")


def test_a_role_of_a_trade_and_yuan_the_dictionary_does_not_know_is_the_title_whole() -> None:
    assert people_of("记者跟随森林病虫害防治员梁建民来到山上。")["梁建民"]["title"] == "防治员"
    assert people_of("生态巡护员王大明来到山上。")["王大明"]["title"] == "巡护员"
    # the dictionary's own word in 员 is the role (司|职员, 特战|队员)
    people = people_of("某公司职员王某某在下班途中。特战队员张某某随后赶到。")
    assert (people["王某某"]["title"], people["张某某"]["title"]) == ("职员", "队员")


def test_each_credit_of_a_byline_of_two_roles_names_its_own_reporters() -> None:
    from lytui.analyse.facts.people_credits import _BYLINE_PAIR

    assert _BYLINE_PAIR.findall("报道组记者 冬梅 包某君 本网记者 隋某涛") == [
        ("记者", "冬梅 包某君"),
        ("记者", "隋某涛"),
    ]


def test_a_name_before_wei_and_whom_something_is_done_for_is_whole() -> None:
    # jieba reads 勇为 (见义勇为); 为 is "for" the one served
    people = people_of("3月20日，某县人民医院眼科主任梅勇为刘某华做检查。主任王勇为群众办实事。")
    assert (people["梅勇"]["title"], people["梅勇"]["organization"]) == ("眼科主任", "某县人民医院")
    assert "王勇" in people
    assert "义勇" not in people_of("他见义勇为救了人。")
    assert "李大为" in people_of("县人民医院院长李大为为群众办实事，深受好评。")


def test_a_name_after_a_word_for_kin_in_its_erhua_form() -> None:
    assert "杨碧松" in people_of("十几年前，老伴儿杨碧松双目几乎完全失明，是医生救回了她。")


def test_a_farm_before_its_heads_post_is_no_name() -> None:
    people = people_of("某某沙林场场长郭万刚说，今年好。")
    assert "沙林场" not in people and "郭万刚" in people


def test_a_villagers_group_is_no_body_of_its_leader_or_members() -> None:
    from tests.facts.helpers import values

    body = "时任村小组组长范成元记忆犹新。某某树村民小组村民董友光说，价格好。村小组长王某说，今年好。"
    people = people_of(body)
    assert people["范成元"]["title"] == "村小组组长" and people["范成元"]["organization"] is None
    assert people["董友光"]["organization"] is None and people["王某"]["title"] == "小组长"
    assert not {"村小组", "小组", "村小"} & {str(v) for v in values(body, "organization")}


def test_one_named_before_others_counted_is_a_person() -> None:
    assert "谢涛" in people_of("随后，谢涛等几名青年返乡创业，成立了合作社。")
    assert "张庄" not in people_of("近年来，张庄等5个村的村民纷纷发展特色产业。")
    assert not people_of("该村等几个村都来了。全县等10名干部参加。").keys() - {"赵敏"}


def test_players_named_by_their_shirts_numbers_are_people_and_the_numbers_no_days() -> None:
    from tests.facts.helpers import values

    body = "某某队顽强拼搏，9号叶濠、6号胡一鸣全力拼抢，12号刘江、5号董成伟也有得分。"
    assert {"叶濠", "胡一鸣", "刘江", "董成伟"} <= set(people_of(body))
    assert values(body, "date") == []
    assert values("活动于5号上午开始，9号结束。", "date")
    assert not people_of("住在3号楼、5号楼的居民来了。").keys() - {"赵敏"}
    # things and parts of days numbered are no players, and days before a part of a day are dates
    things = "目前，1号高炉、2号高炉已完成检修，3号车间、4号车间恢复生产。10号周五、11号周六将降温。"
    assert not people_of(things).keys() - {"赵敏"}
    assert values("本次活动定于15号上午、16号下午在县体育馆举行。", "date") == ["2024-03-15", "2024-03-16"]


def test_a_yi_name_of_a_family_and_a_given_name_is_a_person() -> None:
    people = people_of("46岁的阿西古吉是彝族人。阿西古吉家的木棚上放着桶。乡民吉好也求回到老村。吉好也求说，变化大。")
    assert {"阿西古吉", "吉好也求"} <= set(people)
    assert not {"阿西村的", "吉克镇也"} & set(people_of("阿西村的村民来了。吉克镇也来了。阿西村的很美。"))
    # ordinary pairs are no family names, and a word running past four characters is no name
    words = "在过去的日子里，在今后的日子里。患阿尔茨海默病的老人多，阿尔茨海默病要早筛查。居民的日常生活好。"
    assert not people_of(words).keys() - {"赵敏"}
    assert "马海涛" in people_of("村民马海涛说：“今年收成好。”记者来到他家，马海涛说，日子好了。")


def test_a_short_name_given_in_brackets_is_no_part_of_the_body_named_before_a_post() -> None:
    from tests.facts.helpers import values

    body = "据某某自然保护区管理局（以下简称某保局）科研科科长何少文介绍，大熊猫数量全国最高。"
    assert people_of(body)["何少文"]["organization"] == "某某自然保护区管理局科研科"
    assert not any("简称" in str(v) for v in values(body, "organization"))


def test_reporters_credited_with_their_stations_and_a_single_role_after_a_photographer() -> None:
    from lytui.analyse.facts import extract_facts
    from lytui.pipeline import clean_text

    def named(raw: str) -> dict[str, object]:
        return {f.value.name: f.value for f in extract_facts(clean_text(raw)) if f.kind == "person"}  # type: ignore[union-attr]

    stations = named(
        "某地教学点\n央广网某地1月9日消息（记者范某宝 九江台胡苇 德安台胡婧）教学点只剩一名学生。\n第二段。"
    )
    assert stations["胡苇"].organization == "九江台" and "胡婧" in stations  # type: ignore[attr-defined]
    kinds = named("某地教学点\n（九江台记者 胡苇 德安台全媒体 胡婧）教学点只剩一名学生。\n第二段。")
    assert "全媒体" not in kinds
    single = named("某地丰收\n□姜某峰 本报记者 董新英\n金秋十月，大地浸润在浓郁的豆香之中。\n第二段。")
    assert single["董新英"].title == "记者"  # type: ignore[attr-defined]


def test_a_name_with_a_surname_too_rare_for_the_list_written_twice_after_a_role() -> None:
    people = people_of("光明村村民竹丽琼提着两袋垃圾。竹丽琼现在搞得很清楚。")
    assert people["竹丽琼"]["title"] == "村民"
    assert "竹丽琼" not in people_of("光明村村民竹丽琼提着两袋垃圾。")  # once: no surname, no name


def test_the_last_name_of_a_list_of_those_present_is_read_before_the_verb() -> None:
    people = people_of("县领导刘红梅、赵志刚、孙立新参加。")
    assert {"刘红梅", "赵志刚", "孙立新"} <= set(people)


def test_a_two_character_name_after_a_relation_counts_when_the_clause_goes_on_after_it() -> None:
    people = people_of("他的妻子王芳也在合作社工作。")
    assert "王芳" in people


def test_a_post_in_brackets_after_a_name_is_its_title_and_body() -> None:
    people = people_of("会上，王伯祥（县委书记）作了讲话。李明（青山镇镇长）介绍了情况。张三（化名）来了。")
    assert (people["王伯祥"]["title"], people["王伯祥"]["organization"]) == ("书记", "县委")
    assert (people["李明"]["title"], people["李明"]["organization"]) == ("镇长", "青山镇")


def test_a_department_of_two_fields_joined_by_he_is_the_whole_body_of_its_heads_title() -> None:
    people = people_of("郧西县文化和旅游局局长姚超说道，游客多了。海南省旅游和文化广电体育厅副厅长刘成致辞。")
    assert people["姚超"]["organization"] == "郧西县文化和旅游局"
    assert people["刘成"]["organization"] == "海南省旅游和文化广电体育厅"


def test_a_time_word_a_bordering_place_and_a_surname_descriptor_are_no_names() -> None:
    people = people_of("很多游客来之前都做了攻略。夏阁东与含山县接壤，南与中垾镇隔河相望。一位73岁的苑姓老人来到法庭。")
    assert not {"来之前", "夏阁东", "南与中", "苑姓"} & set(people)


def test_a_post_after_a_name_titles_it_and_surname_and_post_name_the_same_person_again() -> None:
    people = people_of("洪伟法官2003年调入执行局。七年里，洪伟法官始终勤勤恳恳。对坐的是庭长姜辉。姜庭长说：“好。”")
    assert people["洪伟"]["title"] == "法官"
    assert "姜庭长" not in people


def test_a_quote_by_surname_and_post_is_the_person_named_in_full() -> None:
    from tests.facts.helpers import facts_of

    quotes = facts_of("对坐的是庭长姜辉。姜庭长说：“不行，得给他打电话。”", kind="quote")
    assert [fact_value_json(q.value)["speaker"] for q in quotes] == ["姜辉"]


def test_a_name_after_ju_before_a_verb_of_telling_is_a_person() -> None:
    people = people_of("据张金高介绍，许泾村共有三条河道。据了解，全村有300户。据村民说，路修好了。")
    assert "张金高" in people and not {"了解", "村民"} & set(people)


def test_posts_listed_with_a_pause_mark_share_the_body_the_first_one_names() -> None:
    people = people_of(
        "巩店镇党委副书记、镇长闫廷祥带领干部慰问。省文化和旅游厅党组书记、厅长戴允康致辞。县委常委、副县长张爱光陪同。"
    )
    assert people["闫廷祥"]["organization"] == "巩店镇"
    assert people["戴允康"]["organization"] == "省文化和旅游厅"
    assert people["张爱光"]["organization"] is None


def test_a_bureau_of_the_county_pointed_at_is_that_countys_and_no_new_organisation() -> None:
    body = "来凤县完成工业投资6.2亿元。该县科经局局长田瑞华表示，工业投资主要集中在园区。"
    assert people_of(body)["田瑞华"]["organization"] == "来凤县科经局"
    assert "来凤县科经局" not in [f.text for f in facts_of(body, kind="organization")]


def test_a_name_marked_as_a_pseudonym_is_a_person_of_the_story() -> None:
    people = people_of("报案人小晨（化名）和民警说，嫌疑人跑了。男子张某（化名）被抓获。")
    assert people["小晨"]["title"] == "报案人" and "张某" in people


def test_a_man_or_woman_named_by_surname_and_a_name_before_a_place_word_are_people() -> None:
    people = people_of("村民王宗鼎从民警李麒手中接过返赃款。肥东籍男子王某盗窃三轮车后逃走。一名女子在路边哭泣。")
    assert {"李麒", "王某"} <= set(people)


def test_a_given_name_that_is_a_common_noun_counts_when_it_opens_two_clauses() -> None:
    body = "岁末年初，屈海军一家人算起去年的增收账。2017年7月，合作社成立，而那时，屈海军成了首批入社人员。"
    assert "屈海军" in people_of(body)
    assert "屈海军" not in people_of("岁末年初，屈海军一家人算起去年的增收账。")


def test_a_quoted_role_before_a_name_and_a_deputy_post_after_one_are_titles() -> None:
    people = people_of("胡集派出所“村警”郭辉机智擒逃犯。被称为“拼命三郎”的陈魏副庭长说，案子难办。")
    assert (people["郭辉"]["title"], people["郭辉"]["organization"]) == ("村警", "胡集派出所")
    assert people["陈魏"]["title"] == "副庭长" and "陈魏副" not in people


def test_standing_committee_members_listed_after_their_title_and_a_word_ending_the_list() -> None:
    people = people_of("县委常委李春旺、王炜、盛慧琴出席会议。镇长李涛、全体机关领导干部参加。")
    assert {"李春旺", "王炜", "盛慧琴", "李涛"} <= set(people) and "全体" not in people
    assert (people["王炜"]["title"], people["王炜"]["organization"]) == ("常委", "县委")


def test_a_visitors_home_province_and_what_a_person_runs_that_is_no_body_are_no_organisation() -> None:
    people = people_of("云南游客杨春菊说，节目很精彩。流水席负责人冯小庆说，大家都来吃饭。加工厂负责人宁世杰很开心。")
    assert people["杨春菊"]["organization"] is None and people["冯小庆"]["organization"] is None
    assert people["宁世杰"]["organization"] == "加工厂"


def test_auxiliary_police_a_judges_assistant_and_an_appointment_give_titles() -> None:
    people = people_of(
        "辅警刘祖君在翻看监控时发现线索。法官助理李海洋喊道：“大家安静。”院党组任命胡金泉为水北法庭庭长。"
    )
    assert people["刘祖君"]["title"] == "辅警" and people["李海洋"]["title"] == "法官助理"
    assert (people["胡金泉"]["title"], people["胡金泉"]["organization"]) == ("庭长", "水北法庭")


def test_review_a_full_name_as_a_pseudonym_and_a_sub_unit_after_a_pause_mark() -> None:
    people = people_of("村民李小明（化名）今年50岁。在铜山法院党组成员、执行局局长徐健的带领下，干警起早贪黑。")
    assert "李小明" in people and "小明" not in people
    assert people["徐健"]["organization"] == "铜山法院执行局"


def test_a_villages_post_names_the_village_it_begins_with() -> None:
    found = _people("梅子沟村支书罗和亨说，香菇是主导产业。")
    assert found["罗和亨"].organization == "梅子沟村"  # type: ignore[attr-defined]
    assert "梅子沟" not in {f.text for f in facts_of("梅子沟村支书罗和亨说，香菇是主导产业。", kind="organization")}


def test_a_surname_too_rare_for_the_list_after_a_post() -> None:
    found = _people("副市长经大忠、市政协副主席胥跃东出席。县长经常下乡调研，局长亲自带队。")
    assert found["经大忠"].title == "副市长"  # type: ignore[attr-defined]
    assert set(found) - {"赵敏"} == {"经大忠", "胥跃东"}  # 赵敏: the helper's editor


def test_a_body_written_only_as_its_kind_is_the_one_body_named_in_full() -> None:
    body = "记者走进甘肃华种型科种植农民专业合作社。合作社负责人王健说，今年收成好。"
    assert _people(body)["王健"].organization == "甘肃华种型科种植农民专业合作社"  # type: ignore[attr-defined]
    two = "记者走进黑石种植专业合作社和中窑养殖专业合作社。合作社负责人王健说，今年收成好。"
    assert _people(two)["王健"].organization == "合作社"  # type: ignore[attr-defined]


def test_an_adverb_and_a_preposition_or_a_verb_and_its_aspect_after_a_role_are_no_name() -> None:
    found = _people("那几天村民都在家忙着收玉米。活动现场为群众奉上了一场文化盛宴。村民都建华说，今年好。")
    assert "都在家" not in found and "奉上" not in found
    assert "都建华" in found


def test_the_field_a_post_covers_is_not_part_of_the_company_before_it() -> None:
    found = _people("鲁桂木业生产副总经理曾庆录介绍，今年产值增长。鲁桂木业是当地龙头企业。")
    assert found["曾庆录"].organization == "鲁桂木业"  # type: ignore[attr-defined]
    assert "鲁桂" not in found  # the company's brand, which opens its name wherever it stands


def test_a_reporter_of_a_papers_app_works_for_the_paper() -> None:
    found = _people("民警巡逻到凌晨，孩子们说新年快乐。（齐鲁晚报·齐鲁壹点记者 尉伟）")
    assert found["尉伟"].organization == "齐鲁晚报"  # type: ignore[attr-defined]


def test_the_note_of_a_bodys_short_name_is_no_part_of_the_body() -> None:
    found = _people("近年来，吉桃李种植专业合作社（以下简称合作社）理事长李来吉带领村民致富。")
    assert found["李来吉"].organization == "吉桃李种植专业合作社"  # type: ignore[attr-defined]


def test_a_profession_written_after_the_name_and_a_partner_joined_by_he() -> None:
    found = _people("我院的曾繁华和许峰医师为群众义诊。李明律师事务所今天成立，全县医生队伍壮大。")
    assert {name: found[name].title for name in ("曾繁华", "许峰")} == {"曾繁华": "医师", "许峰": "医师"}  # type: ignore[attr-defined]
    assert "李明" not in found


def test_a_doctor_is_named_after_the_word_for_one_and_a_kind_of_doctor_is_no_body() -> None:
    found = _people("乡村医生李红梅说，村民看病方便了。他去看医生，医生建议住院。")
    assert found["李红梅"].title == "医生" and found["李红梅"].organization is None  # type: ignore[attr-defined]
    assert set(found) - {"赵敏"} == {"李红梅"}


def test_a_democratic_partys_chair_is_a_post_and_everyone_is_nobody() -> None:
    found = _people(
        "农工党市委主委杜黎明，农工党市委副主委梅霞、刘德绍出席。商友江并向大家介绍了情况。向建国介绍说，很好。"
    )
    assert {found[name].title for name in ("杜黎明", "梅霞", "刘德绍")} == {"主委", "副主委"}  # type: ignore[attr-defined]
    assert "向大家" not in found and "向建国" in found


def test_a_womens_director_a_resident_vice_chair_and_a_doctor_are_posts() -> None:
    found = _people("肖营村妇女主任徐文平说，很好。石家庄市民盟驻会副主委崔瑞芳出席。脾胃病科大夫刘小发义诊。")
    assert (found["徐文平"].title, found["徐文平"].organization) == ("妇女主任", "肖营村")  # type: ignore[attr-defined]
    assert (found["崔瑞芳"].title, found["崔瑞芳"].organization) == ("驻会副主委", "石家庄市民盟")  # type: ignore[attr-defined]
    assert found["刘小发"].title == "大夫"  # type: ignore[attr-defined]


def test_coming_to_a_province_after_a_post_is_no_name_and_a_deed_before_a_name_no_body() -> None:
    found = _people("为认真贯彻落实习近平总书记来陕考察重要讲话精神，全县行动。副县长来新华说，很好。")
    assert "来陕" not in found and found["来新华"].title == "副县长"  # type: ignore[attr-defined]
    assert found["习近平"].organization is None  # type: ignore[attr-defined]


def test_a_post_in_quotation_marks_before_a_name_is_its_title_and_no_motto() -> None:
    body = "吉林市农委派驻兴隆村的“脱贫攻坚第一书记”蔡来臣说，很好。作为“第一书记”，他落实“一户一策一干部”。"
    assert _people(body)["蔡来臣"].title == "脱贫攻坚第一书记"  # type: ignore[attr-defined]
    assert [f.text for f in facts_of(body, kind="slogan")] == ["“一户一策一干部”"]


def test_a_compound_surname_a_judge_of_rank_and_a_given_name_ending_in_wei() -> None:
    found = _people(
        "高级人民法院院长、二级大法官黄海龙担任审判长。县人大常委会党组书记、主任欧阳佑春讲话。"
        "心血管科教授苗华为、外科教授马云龙参加义诊。他为群众服务，王刚为大家讲解。"
    )
    assert {"黄海龙", "欧阳佑春", "苗华为", "马云龙"} <= set(found)
    assert found["黄海龙"].title == "院长、二级大法官"  # type: ignore[attr-defined]
    assert "王刚为" not in found


def test_names_listed_before_a_note_and_dengren_are_people() -> None:
    found = _people("被告人陆某某伙同刘宁、罗干、刘航辉（均已判刑）等人作案。走访了黄山、罗田、英山等地。")
    assert {"刘宁", "罗干", "刘航辉"} <= set(found)
    assert not {"黄山", "罗田", "英山"} & set(found)


def test_the_post_a_sentence_says_someone_holds_after_shi() -> None:
    found = _people(
        "冯正华是稍柴村第一书记，他常说要为村民办实事。冯正华说，很好。王大明是一名优秀的村支书，王大明说，好。"
    )
    assert (found["冯正华"].title, found["冯正华"].organization) == ("第一书记", "稍柴村")  # type: ignore[attr-defined]
    assert found["王大明"].title is None  # type: ignore[attr-defined]


def test_who_took_the_picture_is_named_before_she_at_a_captions_end() -> None:
    found = _people("游客争相留影。杨风胜摄\n今年以来，县里新建基地十二个，带动农户增收。")
    assert found["杨风胜"].title == "摄影"  # type: ignore[attr-defined]


def test_a_tibetan_name_of_three_after_a_post() -> None:
    found = _people("加绕村党支部书记扎西瓦介绍，今年收入高。村主任江金平说，好。村主任东江水库管理很好。")
    assert found["扎西瓦"].title == "书记"  # type: ignore[attr-defined]
    assert "东江水" not in found


def test_a_name_of_two_before_an_adverb_its_last_character_would_begin() -> None:
    found = _people("措勤县委组织部部长李平常年在牧区工作。村民王建国家里很干净。")
    assert found["李平"].title == "部长" and "李平常" not in found  # type: ignore[attr-defined]
    assert "王建国" in found


def test_a_name_before_a_word_that_opens_with_an_aspect_character_and_a_surname_that_is_an_adverb() -> None:
    found = _people(
        "副县长李明了解情况后作出部署。局长王刚着重强调了安全生产。镇长曾向东介绍，今年丰收。"
        "村党支部书记曾和平说，很快。活动现场为群众奉上了一场文化盛宴。"
    )
    assert {"李明", "王刚", "曾向东", "曾和平"} <= set(found)
    assert "奉上" not in found


def test_a_tibetan_name_of_two_before_an_adverb_is_not_one_of_three() -> None:
    found = _people("书记扎西才说出了心里话。县长扎西多说了几句话。")
    assert "扎西才" not in found and "扎西多" not in found


def test_an_offices_credit_takes_no_form_of_address_and_no_mark_of_the_pictures() -> None:
    from lytui.pipeline import clean_text

    lede = "据了解，该县共有省级示范社12家，带动农户增收。"
    assert clean_text(f"标题\n2024-01-01\n{lede}\n{lede}（县农业局 张三 李四图/文）\n").meta.byline == "张三 李四"
    assert clean_text(f"标题\n2024-01-01\n{lede}\n{lede}（北京大学 李教授）\n").meta.byline is None


def test_a_verb_of_coming_after_a_post_and_a_verb_with_its_particle_end_no_name() -> None:
    people = people_of("只有零星过路游客来买。就有村民来敲我的门。主人李林笑着说，生意好。村民来建国说，今年好。")
    assert "来买" not in people and "来敲我" not in people
    assert "李林" in people and "李林笑" not in people
    assert "来建国" in people


def test_a_name_whose_last_character_jieba_read_into_a_word_before_a_verb() -> None:
    people = people_of("克山县政府副县长王卓民主持会议。群众那里挖掘出文物。")
    assert "王卓民" in people
    assert not any(name.startswith("那里") for name in people)


def test_tibetan_names_of_amdo_and_kham_parts_are_names_and_speakers() -> None:
    facts = facts_of("村民次旺扎西得意地说，“家里买了两辆运输车。”站长更藏多杰介绍，草场变好了。")
    people = {f.value.name for f in facts if f.kind == "person"}  # type: ignore[union-attr]
    assert {"次旺扎西", "更藏多杰"} <= people
    assert [f.value.speaker for f in facts if f.kind == "quote"] == ["次旺扎西"]  # type: ignore[union-attr]


def test_the_body_before_de_holds_the_post_and_a_courts_chamber_holds_its_judges() -> None:
    people = people_of(
        "大新县雷平糖厂的副总经理赵某孟介绍，今年产量高。某县人民法院刑事审判第二庭法官韩某铖、汤某到村里宣讲。"
        "承办法官苏某青介绍了案情。"
    )
    assert people["赵某孟"]["organization"] == "大新县雷平糖厂"
    assert people["韩某铖"] == {"name": "韩某铖", "title": "法官", "organization": "某县人民法院刑事审判第二庭"}
    assert people["汤某"]["organization"] == "某县人民法院刑事审判第二庭"
    assert people["苏某青"]["organization"] is None


def test_an_acting_post_keeps_its_acting() -> None:
    people = people_of("某县委副书记、代县长韩立勇主持会议。代理村主任王小五发言。")
    assert people["韩立勇"]["title"] == "县委副书记、代县长"
    assert people["王小五"]["title"] == "代理村主任"


def test_a_village_body_without_its_village_belongs_to_the_one_village_the_article_names() -> None:
    people = people_of("德胜村位于县城东部。村党支部书记徐某茹介绍，收入增加了。村委会主任李大山说，好。")
    assert people["李大山"]["organization"] == "德胜村委会"
    two = people_of("德胜村位于县城东部。某镇汉家一村的大棚里，村党支部书记李大山说，好。")
    assert two["李大山"]["organization"] == "村党支部"


def test_a_party_after_a_name_is_no_given_character() -> None:
    people = people_of("副县长王伟一行走访了困难群众。副镇长刘刚一行走进车间。")
    assert {"王伟", "刘刚"} <= set(people)
    assert not any(name.endswith("一") for name in people)


def test_a_name_opening_clauses_after_a_connective_or_a_likening_is_the_person_followed() -> None:
    facts = facts_of(
        "今年是赵莉一家搬迁到新镇的第十年。通过工作，像赵莉一样的妇女提升了生活品质。"
        "不过赵莉对自身工作意义的认识，远不止于此：“我们已经有了一张名片，要擦亮它。”"
    )
    assert "赵莉" in {f.value.name for f in facts if f.kind == "person"}  # type: ignore[union-attr]
    assert [f.value.speaker for f in facts if f.kind == "quote"] == ["赵莉"]  # type: ignore[union-attr]


def test_a_verb_opening_the_clause_before_a_bodys_bare_kind_is_no_part_of_the_body() -> None:
    people = people_of("将一面锦旗，送到院党委书记刘春明手中。乡村振兴局局长王大明说，好。")
    assert people["王大明"]["organization"] == "乡村振兴局"
    assert people["刘春明"]["organization"] is None


def test_a_correspondent_writes_for_the_paper_but_is_not_on_its_staff() -> None:
    facts = facts_of("某县日报讯（记者 王大海 通讯员 李小江）近日，某县开展活动。")
    people = {f.value.name: f.value.organization for f in facts if f.kind == "person"}  # type: ignore[union-attr]
    assert people["李小江"] is None
    assert people["王大海"] == "某县日报"


def test_a_title_read_across_a_citys_name_and_the_district_after_it_is_no_title() -> None:
    people = people_of("11月30日，西安市长安区老油坊博物馆旁锣鼓喧天。西安市长王大明出席。副市长李小红说，好。")
    assert set(people) >= {"王大明", "李小红"}
    assert not any(name.startswith("安区") for name in people)


def test_posts_listed_before_the_name_are_all_the_persons() -> None:
    people = people_of(
        "永顺县委副书记、县长王小挺出席。党委委员、副书记、镇长李大明主持。市林业局党组书记、局长关小锋讲话。"
    )
    assert people["王小挺"]["title"] == "县委副书记、县长"
    assert people["李大明"]["title"] == "党委委员、副书记、镇长"
    assert people["关小锋"] == {"name": "关小锋", "title": "党组书记、局长", "organization": "市林业局"}


def test_second_review_a_county_head_after_the_county_and_posts_of_someone_else_before() -> None:
    people = people_of(
        "蓝田县长王刚带队检查。张三局长、副局长李四一行调研。参加会议的有党员、干部、村长刘大海等人。"
        "县长、副县长王伟出席。群众的贴心人民警王小刚说，好。"
    )
    assert people["王刚"]["title"] == "县长"
    assert people["李四"]["title"] == "副局长"
    assert people["刘大海"]["title"] == "村长"
    assert people["王伟"]["title"] == "副县长"
    assert people["王小刚"]["organization"] is None
    other = people_of("德胜村的做法引来不少人学习，邻村的村委会主任王大刚专程赶来取经。")
    assert other["王大刚"]["organization"] == "村委会"


def test_a_transcribed_name_after_an_age_is_a_persons_whole_before_an_idiom() -> None:
    people = people_of("一年前，61岁的阿卜杜·艾依提依依不舍地离开了老屋。")
    assert "阿卜杜·艾依提" in people and "阿卜杜" not in people
    assert not any("·" in name for name in people_of("25岁的“中国梦·劳动美”活动开始了。"))


def test_a_transcribed_name_is_a_persons_when_the_text_goes_on_with_its_first_part() -> None:
    people = people_of("大家口中的“小古”名叫古丽米拉·托乎提。前不久，古丽米拉发现邻居老人摔伤了。")
    assert set(people) - {"赵敏"} == {"古丽米拉·托乎提"}  # 赵敏: the test page's editor
    assert "努尔·托乎提" not in people_of("这种树叫努尔·托乎提。")


def test_a_mongolian_name_of_two_parts_is_taken_whole() -> None:
    people = people_of("嘎查党支部书记米吉格道尔吉说，牧民巴特尔朝鲁介绍了情况。")
    assert {"米吉格道尔吉", "巴特尔朝鲁"} <= set(people) and "米吉格" not in people
    assert people["米吉格道尔吉"]["title"] and people["巴特尔朝鲁"]["title"] == "牧民"
    assert "孟克达来" in people_of("喝一碗热奶茶，牧民孟克达来热情地招呼着客人。")
    assert "乌兰哈达" not in people_of("牧民乌兰哈达苏木的草场绿了。")


def test_a_person_named_like_a_county_after_a_role_and_speaking() -> None:
    people = people_of("“摊位都满了。”据市场管理人员江华介绍，市场共有摊位200个。")
    assert people["江华"]["title"] == "管理人员"
    assert "江华" not in people_of("调研组来到湖南江华，走访了市场管理人员。")


def test_a_photo_captions_credit_at_the_end_of_its_line_names_the_photographer() -> None:
    people = people_of("队员解救被困白鹭。 廖小球 摄\n他开的大漠人家饭店 摄影 宋春燕\n大家一起努力工作。")
    assert people["廖小球"]["title"] == "摄影" and people["宋春燕"]["title"] == "摄影"
    assert not set(people) - {"廖小球", "宋春燕", "赵敏"}


def test_an_anonymised_name_stops_before_a_word_its_next_character_begins() -> None:
    people = people_of("居民马某向哈达铺镇居民余某借款5万元。约定马某偿付余某借款及利息。")
    assert {"马某", "余某"} <= set(people) and "余某借" not in people


def test_a_byline_of_roles_and_names_glued_together_gives_each_name_its_role() -> None:
    page = "河南日报3月28日电（记者段宝生通讯员王为峰）台前县人民政府与企业联合举行签约仪式。"
    people = {f.value.name: f.value for f in facts_of(page, kind="person")}
    assert people["段宝生"].title == "记者" and people["王为峰"].title == "通讯员"
    assert people["王为峰"].organization is None


def test_coming_to_a_county_named_without_its_level_is_no_name() -> None:
    people = people_of("县主要领导邀请集团负责人来台前考察。村民来国华说，今年丰收了。")
    assert "来台前" not in people and "来国华" in people


def test_a_byline_whose_medium_joins_a_site_and_a_paper_with_a_dash() -> None:
    document = clean_text(
        "鄯善县做对了什么\n天山网-新疆日报记者 张瑞麟\n春天的鄯善县吐峪沟乡吐峪沟村，小路弯弯曲曲，游客穿梭在古民居中，有着时空交错之感。\n"
    )
    assert document.meta.byline == "天山网-新疆日报记者 张瑞麟"
    people = {f.value.name: f.value for f in extract_facts(document) if f.kind == "person"}
    assert people["张瑞麟"].title == "记者"


def test_one_name_in_brackets_inside_a_sentence_glosses_the_word_before_it() -> None:
    assert "高昌" not in people_of("鲁克沁镇是唐代西州（高昌）的东大门，也是古丝绸之路的重镇。")


@pytest.mark.parametrize(
    "text",
    [
        "本届活动以“内蒙古·鄂尔多斯”为主题。内蒙古各地游客纷纷前来，内蒙古文旅厅给予支持。",
        "全县开展“中国梦·劳动美”主题宣传活动，引导职工为实现中国梦贡献力量。",
        "2024内蒙古·鄂尔多斯国际马拉松鸣枪开跑。来自内蒙古各盟市的选手参赛。",
        "乌兰察布·察哈尔火山群景区游客很多，乌兰察布市民也来了。",
    ],
)
def test_a_slogan_or_a_place_joined_by_a_middle_dot_is_no_transcribed_name(text: str) -> None:
    assert not [name for name in people_of(text) if "·" in name]


def test_an_heritage_inheritor_is_a_post_of_no_body_and_a_word_after_it_no_name() -> None:
    people = people_of("几位游客在省级木雕非遗传承人叶鹏飞的指导下制作。县里开展传承人申报工作，申报各级项目。")
    assert people["叶鹏飞"]["title"] == "传承人" and people["叶鹏飞"]["organization"] is None
    assert "申报" not in people


def test_a_dateline_credit_with_what_the_reporter_did_glued_after_the_name() -> None:
    page = "某网讯（记者索蓉芝报道）10月27日上午，钢城街道洛克伦街社区的居民正在读社区小报。"
    people = {f.value.name: f.value for f in facts_of(page, kind="person")}
    assert people["索蓉芝"].title == "记者"


def test_an_elder_called_familiarly_is_the_one_person_of_that_surname_named_in_full() -> None:
    people = people_of(
        "退休法官黎湛龙当起了调解员，大家都叫他黎叔。黎大爷说，调解要耐心。村民王大爷和王丹竹、王小明都来了。"
    )
    assert "黎湛龙" in people and not {"黎叔", "黎大爷", "黎老"} & set(people)
    assert "王大爷" in people  # two 王 named in full: the form names neither


def test_a_tibetan_name_of_one_part_after_a_role_closed_as_a_name() -> None:
    people = people_of("“以前是脸朝黄土背朝天。”程章村村民布穷的话里充满了喜悦。村民格绒说，日子好了。")
    assert people["布穷"]["title"] == "村民" and "格绒" in people


def test_a_name_the_dictionary_files_as_a_word_after_a_post_is_still_a_name_and_a_woman_keeps_her_form() -> None:
    assert people_of("村党支部书记万福带领村民修路。万福告诉记者，明年还要修桥。")["万福"]["title"]
    quotes = facts_of("村民黎湛龙种了柑橘。邻居黎大妈也种上了果树。“今年收成肯定好。”黎大妈笑着说。", kind="quote")
    assert [f.value.speaker for f in quotes] == ["黎大妈"]
    assert people_of("当年，总参谋长罗瑞卿曾到此视察。")["罗瑞卿"]["title"] == "总参谋长"


def test_a_reporter_named_in_full_is_not_the_villager_called_by_his_surname() -> None:
    page = "（记者王明）近日，记者来到东坡村。68岁的王大爷正在地里除草。“现在日子越过越好了。”王大爷说。"
    assert [f.value.speaker for f in facts_of(page, kind="quote")] == ["王大爷"]


def test_a_team_leader_on_the_scene_holds_a_post_in_the_team() -> None:
    people = people_of("甘肃蓝天救援队现场领队苏建军突然接到了群众的报告。")
    assert people["苏建军"]["title"] == "现场领队" and people["苏建军"]["organization"] == "甘肃蓝天救援队"


def test_a_tibetan_name_of_one_part_after_a_post_that_the_text_names_again() -> None:
    found = _people("他先去找村委会主任格桑报到。格桑带他看了新修的牧场。")
    assert found["格桑"].title == "主任"  # type: ignore[attr-defined]
    assert "格桑" not in _people("他先去找村委会主任格桑报到。")  # once, it may begin any word


def test_a_pen_name_between_the_roles_of_a_byline_is_a_name() -> None:
    lede = "6月4日晚，民警在小区门口摆起了反诈地摊，吸引了很多居民前来咨询。\n第二段内容。"
    found = _people(f"（通讯员 湾轩 记者 顾某）{lede}")
    assert found["湾轩"].title == "通讯员" and found["顾某"].title == "记者"  # type: ignore[attr-defined]
    assert "闽南网" not in _people(f"（通讯员 闽南网 记者 顾某）{lede}")


def test_the_duty_written_before_a_post_is_no_body() -> None:
    found = _people("副所长张某干和户籍民警许某、社区民警陆某媛来到小区。值班医生王某说，病人情况稳定。")
    assert found["许某"].organization is None and found["王某"].organization is None  # type: ignore[attr-defined]
    assert "户籍" not in values("户籍民警许某说，办证很方便。", "organization")


def test_a_name_of_three_after_a_credits_role_is_a_name_whatever_its_surname() -> None:
    found = _people("某某网讯（通讯员 代某明）紫阳街道复兴路社区的小院，是老年居民占比大的无物业小区。\n第二段。")
    assert found["代某明"].title == "通讯员"  # type: ignore[attr-defined]


def test_a_trade_and_the_address_master_before_a_name() -> None:
    found = values("县医院救护车司机师傅封大超在接受采访时说，路他都熟。", "person")
    assert {"name": "封大超", "title": "司机", "organization": None} in found


def test_a_transcribed_name_before_a_transcripts_colon_keeps_the_syllables_jieba_reads_as_verbs() -> None:
    found = facts_of("村民艾买江·托乎提：“一个月3000块钱，一年挣36000块钱。”", kind="person")
    assert [f.value.name for f in found if f.value.title == "村民"] == ["艾买江·托乎提"]  # type: ignore[union-attr]


def test_holding_a_post_is_no_part_of_the_bodys_name() -> None:
    found = values("“这是一个开端。”曾任省人民检察院检察长的王文义说。", "person")
    assert {"name": "王文义", "title": "检察长", "organization": "省人民检察院"} in found


def test_a_project_manager_of_a_company_holds_the_post_at_the_company() -> None:
    found = values("中建八局项目经理柯大刚介绍，目前该项目正处于施工阶段。", "person")
    assert {"name": "柯大刚", "title": "项目经理", "organization": "中建八局"} in found


@pytest.mark.parametrize("sentence", ["记者初到这里，就感受到了村民的热情。", "法官干警常年在村子里吃饭。"])
def test_a_word_and_a_verb_or_an_abbreviation_after_a_role_is_no_name(sentence: str) -> None:
    assert not [f for f in facts_of(sentence, kind="person") if f.value.title in ("记者", "法官")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("今年初搬进新宅的符国华脸上笑开了花。", "符国华"),
        ("金威家庭农场于良辉佩服地竖起大拇指。", "于良辉"),
        ("负责钢筋绑扎的赵海正一边吃饭一边和远方亲人连线。", "赵海正"),
    ],
)
def test_a_name_given_once_before_what_only_a_person_does(sentence: str, name: str) -> None:
    assert name in [f.value.name for f in facts_of(sentence, kind="person")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("“是我们村书记徐丽吗？”", "徐丽"), ("6月15日，牧民们赶着畜群。新华社记者 连涛摄", "连涛")],
)
def test_a_questions_particle_or_a_photos_credit_ends_no_name(sentence: str, name: str) -> None:
    assert [f.value.name for f in facts_of(sentence, kind="person") if f.value.title != "责任编辑"] == [name]  # type: ignore[union-attr]


def test_a_mongolian_name_after_a_role_and_its_last_part_before_a_verb_of_saying() -> None:
    found = facts_of("牧民额尔敦巴特尔一家正在转场。“草畜平衡是好事情。”额尔敦巴特尔说。")
    assert [f.value.name for f in found if f.kind == "person" and f.value.title != "责任编辑"] == ["额尔敦巴特尔"]  # type: ignore[union-attr]
    assert [f.value.speaker for f in found if f.kind == "quote"] == ["额尔敦巴特尔"]  # type: ignore[union-attr]


def test_a_banners_head_is_a_title_as_a_countys_is() -> None:
    assert {"name": "韩秀丽", "title": "副旗长", "organization": None} in values(
        "揭牌仪式由副旗长韩秀丽主持。", "person"
    )


def test_a_towns_level_then_a_village_opening_with_chang_is_no_head_of_the_town() -> None:
    assert "江源村" not in [f.value.name for f in facts_of("在唐古拉山镇长江源村，牧民们搬进了新居。", kind="person")]  # type: ignore[union-attr]


def test_a_name_of_two_before_the_verb_of_saying_jieba_joins_to_its_last_character() -> None:
    assert {"name": "李明", "title": "镇长", "organization": None} in values("镇长李明说，新居很好。", "person")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("村支书阿米而朴介绍，村里修了路。", "阿米而朴"), ("第一书记蔡白姑惹告诉记者，村里变化很大。", "蔡白姑惹")],
)
def test_a_name_of_four_after_a_post_closed_by_the_verb_of_saying(sentence: str, name: str) -> None:
    assert name in [f.value.name for f in facts_of(sentence, kind="person")]  # type: ignore[union-attr]


@pytest.mark.parametrize("sentence", ["书记王明明确表示，要修路。", "主人林海笑着告诉记者，生意很好。"])
def test_four_characters_that_make_a_word_or_say_how_are_no_name_of_four(sentence: str) -> None:
    assert all(len(f.value.name) < 4 for f in facts_of(sentence, kind="person"))  # type: ignore[union-attr]


def test_a_wards_head_after_the_hospital_and_its_de_works_at_the_hospital() -> None:
    found = facts_of("广东省中医院珠海分院的针灸科主任艾大宙轻施银针。")
    assert {"name": "艾大宙", "title": "针灸科主任", "organization": "广东省中医院珠海分院"} in [
        fact_value_json(f.value) for f in found if f.kind == "person"
    ]
    assert "针灸科" not in [f.value for f in found if f.kind == "organization"]


def test_a_verb_the_names_last_character_makes_with_the_verb_of_saying_is_no_name() -> None:
    assert not [
        f
        for f in facts_of("清一色的青瓦土墙，都在诉说着这个村落的久远历史。", kind="person")
        if f.value.name == "都在诉"
    ]  # type: ignore[union-attr]


def test_a_post_a_sentence_says_someone_holds_at_a_body_and_its_de() -> None:
    found = values("祁德胜是江苏省镇江市开发区人民法院的法官。", "person")
    assert {"name": "祁德胜", "title": "法官", "organization": "江苏省镇江市开发区人民法院"} in found


def test_two_posts_joined_by_jian_after_the_body() -> None:
    found = values("泥树小学教师兼校长陶大军说，学校很困难。", "person")
    assert {"name": "陶大军", "title": "教师兼校长", "organization": "泥树小学"} in found


def test_he_between_a_person_and_a_body_joins_no_two_fields() -> None:
    found = values("习近平总书记同史永福和文殊乡党委副书记王悦亲切交谈。", "person")
    assert {"name": "王悦", "title": "副书记", "organization": "文殊乡党委"} in found


def test_a_name_of_two_always_written_with_the_same_two_more_is_the_longer_name() -> None:
    found = facts_of("回忆起那晚，马依俩斯先听到一声巨响。马依俩斯家在四堡子村。“地震了！”马依俩斯下意识拿起衣裤。")
    assert "马依俩斯" in [f.value.name for f in found if f.kind == "person"]  # type: ignore[union-attr]
    assert [f.value.speaker for f in found if f.kind == "quote"] == ["马依俩斯"]  # type: ignore[union-attr]
    said = facts_of("县长刘洋说，要修路。刘洋书记强调，要抓好落实。", kind="person")
    assert "刘洋" in [f.value.name for f in said] and "刘洋书记" not in [f.value.name for f in said]  # type: ignore[union-attr]


def test_a_tibetan_name_of_two_parts_one_known_before_a_verb_of_saying() -> None:
    found = facts_of("村里成立了合作社。昂文扎西说：“今年村里在县上的支持下发展很快。”")
    assert [f.value.speaker for f in found if f.kind == "quote"] == ["昂文扎西"]  # type: ignore[union-attr]


def test_a_line_labelling_a_team_then_only_names_names_its_members() -> None:
    body = "正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n访谈组：黄珊 李志明 毕林丰 吴忧 刘青\n地点：上海广播大厦\n"
    assert {"黄珊", "李志明", "毕林丰", "吴忧", "刘青"} <= {f.value.name for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    found = facts_of("正文第一段，村民们很高兴，收入增加了不少。\n调研组：深入田间 地头走访\n", kind="person")
    assert [f.text for f in found] == ["赵敏"]  # the page's editor alone


def test_a_mediums_reporters_credited_for_a_picture_after_its_caption() -> None:
    body = (
        "正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n"
        "社区党委书记在街头。第1眼TV-某某网记者 李文科 石涛 摄\n双湖境内的道路。新华社记者 普布扎西 摄\n"
    )
    found = {f.value.name: f.value.title for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found.get("李文科") == "摄影" and found.get("石涛") == "摄影" and found.get("普布扎西") == "摄影"


def test_among_three_reporters_one_name_of_two_without_a_surname_is_a_name() -> None:
    raw = "村里的好日子\n新华社记者段某璞 边巴次仁 春拉\n正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n"
    names = {f.value.name for f in extract_facts(clean_text(raw)) if f.kind == "person"}  # type: ignore[union-attr]
    assert {"段某璞", "边巴次仁", "春拉"} <= names
    two = "村里的好日子\n新华社记者段某璞 春拉\n正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n"
    assert "春拉" not in {f.value.name for f in extract_facts(clean_text(two)) if f.kind == "person"}  # type: ignore[union-attr]


def test_the_name_a_person_or_their_kin_goes_by() -> None:
    body = (
        "正文第一段，村民们很高兴，收入增加了不少。\n他父亲叫李广元，是俺村的党委书记。他叫醒了孩子。妈妈叫他回家吃饭。"
    )
    assert [f.value.name for f in facts_of(body, kind="person") if f.value.name != "赵敏"] == ["李广元"]  # type: ignore[union-attr]


def test_a_party_branch_secretary_who_also_heads_its_committee_holds_both_posts_of_the_place() -> None:
    """双莲村党支部书记、村委会主任王某斌: both posts, held in the village (the gold's 党支部书记、村委会主任 of
    双莲村), not 主任 of a bare 村委会; so a community's residents' committee and a co-op's council."""
    body = (
        "正文第一段，村民们很高兴，收入增加了不少。\n村民们说，双莲村党支部书记、村委会主任王文斌介绍，全村种了木耳。"
        "某某新区供销社党委书记、理事会主任赵金林参加会议。"
    )
    found = posts_of(body)
    assert found["王文斌"] == ("党支部书记、村委会主任", "双莲村")
    assert found["赵金林"] == ("党委书记、理事会主任", "某某新区供销社")


def test_a_correspondents_group_in_a_byline_is_their_role_not_a_person() -> None:
    raw = "村里的好日子\n记者 葛志军 方金 报道组 姜伟锋 程伟\n正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n"
    found = {f.value.name: f.value.title for f in extract_facts(clean_text(raw)) if f.kind == "person"}  # type: ignore[union-attr]
    assert "报道组" not in found and found["姜伟锋"] == "报道组" and found["葛志军"] == "记者"


def test_a_name_read_long_once_that_the_text_writes_short_elsewhere_is_the_short_name() -> None:
    body = "东安县公安局局长郑航庭后接受记者采访时表示，将依法维权。郑航等民警出庭作证。被告向郑航、卿良杯赔礼道歉。"
    found = {f.value.name: f.value.title for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found.get("郑航") == "局长" and "郑航庭" not in found


def test_chiefs_of_rivers_and_a_name_jieba_reads_as_a_week() -> None:
    body = "2月28日下午，溪桃源段河长徐登高，找到上游龙溪村河长周季花，商讨治水。对于徐登高和周季花来说，巡河是寻常事。"
    found = posts_of(body)
    assert found["徐登高"] == ("河长", None) and found["周季花"][0] == "河长" and "周季" not in found


def test_a_name_with_no_surname_between_a_post_and_a_verb_of_saying() -> None:
    body = "“咖啡产业是我们寨子的重要经济来源之一。”富倮村民小组组长娜香介绍，富倮组有157亩咖啡。负责人笑着说，今年丰收了。"
    found = {f.value.name: f.value.title for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found.get("娜香") == "小组组长" and "笑着" not in found
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["娜香"]  # type: ignore[union-attr]


def test_a_villagers_name_with_no_surname_before_how_and_a_verb_of_saying() -> None:
    body = (
        "“今年收成很好，卖了2万多元！”力所乡南亢村富倮一组村民扎拉高兴地向记者介绍。"
        "“日子越过越好。”村民都高兴地说。“路也修好了。”村民纷纷说。"
    )
    found = {f.value.name: f.value for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found["扎拉"].title == "村民" and found["扎拉"].organization == "力所乡南亢村富倮一组"  # type: ignore[attr-defined]
    assert set(found) == {"扎拉", "赵敏"}  # the editor
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["扎拉", "村民", "村民"]  # type: ignore[union-attr]
    assert "力所乡南亢村富倮一组" not in values(body, "organization")


def test_posts_listed_with_a_pause_share_the_body_the_first_one_names() -> None:
    body = (
        "襄阳市第一人民医院党委副书记、院长廉凯说，医院很好。全乐村支部副书记、纪检委员康伦洪说，大家快走。"
        "克山县委副书记、代县长韩大勇说，要抓紧。"
    )
    found = posts_of(body)
    assert found["廉凯"] == ("党委副书记、院长", "襄阳市第一人民医院")
    assert found["康伦洪"] == ("副书记、纪检委员", "全乐村支部")
    assert found["韩大勇"][1] == "克山县"  # the acting head of the county, not of its party committee
    assert "襄阳市第一人民医院" in values(body, "organization")


def test_the_body_before_a_post_starts_after_who_did_what() -> None:
    body = (
        "他找到全乐村支部书记许太明。莫干山镇旅游办主任闵英说，游客很多。"
        "他积极帮助社区群众阿旺益西看病。他找到上游龙溪村河长周季花，商讨巡河。对于周季花来说，巡河是寻常事。"
    )
    found = {f.value.name: f.value.organization for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found["许太明"] == "全乐村支部" and found["闵英"] == "莫干山镇旅游办"
    assert found["阿旺益西"] is None and found["周季花"] == "龙溪村"


def test_a_village_named_like_a_verb_of_meeting_stays_the_body_of_its_post() -> None:
    body = "7月28日中午，平阳坑镇联合村党总支书记王增叠巡逻至山上。记者联合县里的专家走访。"
    found = posts_of(body)
    assert found["王增叠"] == ("党总支书记", "平阳坑镇联合村")


def test_a_building_a_hamlet_or_a_pasture_is_nobody() -> None:
    body = (
        "学校有综合教学楼、教师公寓楼、学生宿舍楼、学生食堂。牧民向宝日温都尔等6个夏营地进发。"
        "展福寨的村民说，今年好。学生李明楼说，宿舍很好。"
    )
    found = {f.value.name for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert not found & {"宿舍楼", "夏营地", "展福寨"}


def test_a_villager_named_as_a_known_person_and_one_described_after_the_village() -> None:
    body = "光明村村民李强说，今年好。高林村热心村民张党权说，路修好了。群众文明说，好。"
    found = {f.value.name: f.value.organization for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found["李强"] == "光明村" and found["张党权"] == "高林村" and "文明" not in found
    assert "高林村热心" not in values(body, "organization")


def test_a_verb_between_a_body_and_a_role_is_no_part_of_the_body() -> None:
    body = "在采访过程中村党支部坐班干部林某说，好。龙沙派出所接到居民袁某某报警。镇扶贫办驻村干部王强说，好。"
    found = {f.value.name: f.value.organization for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found["林某"] is None and found["袁某某"] is None
    assert not {"过程中村党支部坐班", "龙沙派出所接到"} & set(values(body, "organization"))


def test_posts_listed_after_a_holder_share_the_body_the_first_names() -> None:
    body = (
        "海南省招标投标协会监事长李俊武、副会长罗鹏飞、秘书长孙丽群一行来到村里。"
        "叶县县委书记王强、县长韩沛到会。记者王明、通讯员李亮报道。"
    )
    found = {f.value.name: f.value.organization for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    assert found["李俊武"] == found["罗鹏飞"] == found["孙丽群"] == "海南省招标投标协会"
    assert found["韩沛"] != "叶县县委" and found["李亮"] is None


def test_a_mongolian_name_of_one_part_and_a_character_after_a_post() -> None:
    body = "旗委书记白立柱、旗委副书记、旗长额尔敦夫、副旗长韩秀丽等旗领导出席。阿拉坦嘎查的牧民也来了。"
    found = posts_of(body)
    assert found["额尔敦夫"] == ("旗委副书记、旗长", None) and "阿拉坦" not in found


def test_where_mr_somebody_comes_from_is_no_part_of_his_name() -> None:
    found = posts_of("“每年我大约能有10万元务工收入。”来自安徽六安的陈先生表示。叶阿埤先生也来了。")
    assert "安的陈" not in found and {"陈先生", "叶阿埤"} <= set(found)


def test_a_preposition_and_higher_after_villagers_is_nobody() -> None:
    found = posts_of("干部将460余名村民向更高处转移。村民李更说，好。")
    assert "向更" not in found and "李更" in found


def test_a_verb_or_its_complement_after_a_surname_is_no_given_name() -> None:
    body = (
        "龙场镇组委会成员唐告诉记者，命名很有意思。“在外经商富起来的村民，大多从事钢材生意。”"
        "研究所所长李萍赴云南参加活动。村支书黎道兴则说，好。跟茶叶公司的何佳明先生来往甚密。"
    )
    found = posts_of(body)
    assert not {"唐告诉", "富起来", "李萍赴", "黎道兴则", "明先生"} & set(found)
    assert {"李萍", "黎道兴", "何佳明"} <= set(found)


def test_a_person_in_a_field_is_named_after_the_word_for_it_with_no_body() -> None:
    found = posts_of("“日子越过越有劲儿。”在上海工作的赵洪坡村返乡创业人士王烨高兴地说道。知情人士透露，项目已启动。")
    assert found["王烨"] == ("人士", None) and len(found) == 2  # and the editor


def test_a_post_the_sentence_says_a_person_was_chosen_for_or_re_elected_to() -> None:
    body = (
        "因为有着丰富的管理经验，邹士荣被推举为理事长。说这话的是一个40多岁的中年人，名叫赵耀恒，是周营乡赵寨村村民。"
    )
    found = posts_of(body)
    assert found["邹士荣"] == ("理事长", None) and found["赵耀恒"] == ("村民", "周营乡赵寨村")


def test_a_name_before_an_idiom_and_a_name_in_for_him_are_told_apart() -> None:
    found = posts_of("但对于核桃坝村56岁村支书陈廷明而言，这个小村庄很重要。许多患者慕名而来。")
    assert found["陈廷明"][0] == "村支书" and "慕名" not in found


def test_a_farmer_named_by_the_crop_is_a_role_before_a_name() -> None:
    found = posts_of("3年前，内蒙古蜂农李焕荣第一次将帐篷安扎在计渡村。庐江的蜂农唐亮则是夫妻俩带上母亲一起来。")
    assert found["李焕荣"][0] == "蜂农" and found["唐亮"][0] == "蜂农"


def test_an_adverb_after_a_role_and_a_noun_before_a_verb_of_saying_are_no_names() -> None:
    body = "被叫到名字的村民都一脸喜庆地上台签字。项目名称、建设内容等要素写得清清楚楚。市领导曾乡伟参加。"
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "都一脸" not in names and "项目名" not in names and "曾乡伟" in names


def test_deputies_and_a_name_before_others_counted_by_their_trade() -> None:
    body = (
        "全国人大代表马文芳提出建议，村民代表王强发言。学校荣获“先进单位”荣誉称号、李杰等10位老师被评为"
        "“优秀班主任”，杨第兵等12位老师被评为“优秀教师”。县长程江芬代表县委致辞。"
    )
    people = {p["name"]: p["title"] for p in values(body, "person")}  # type: ignore[index]
    assert people.get("马文芳") == "全国人大代表" and people.get("王强") == "村民代表"
    assert "李杰" in people and "杨第兵" in people and "荣誉" not in people
    assert people.get("程江芬") == "县长"


def test_and_before_a_transcribed_name_or_a_gacha_is_no_surname() -> None:
    body = "有逾万牧民和木尔扎·朱马一样转场。木尔扎·朱马是牧民。书记米吉格道尔吉带头，和嘎查“两委”班子成员积极对接。"
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "和木尔" not in names and "和嘎查" not in names and "木尔扎·朱马" in names


def test_a_photographer_credited_last_in_a_byline_of_two_loses_the_glued_mark() -> None:
    body = "初冬时节，平江县的田野里一片繁忙，村民们正在收割晚稻。\n大公报记者卢冶 林凯摄"
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "林凯" in names and "林凯摄" not in names


def test_a_bodys_brand_or_that_after_a_post_is_no_name() -> None:
    body = "村主任和健绿合作社就是利用他的场地。总理那和蔼亲切的身影，走到每一个工人身边。董事长王强说，好。"
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "和健绿" not in names and "那和蔼" not in names and "王强" in names


def test_a_verb_glued_to_a_name_the_text_writes_alone_and_a_preposition_before_a_hidden_name() -> None:
    body = (
        "后村法庭庭长路伟接到案件后，在卷宗前沉思良久。老张的讲述让路伟更坚定了调解的决心。"
        "另一方面，民警向贾某说明堵路行为的合法性问题，深入了解事情原委。"
    )
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "路伟" in names and "路伟接" not in names and "向贾某" not in names
    assert "事情原委" not in values(body, "organization")


def test_delivering_a_speech_ends_a_name_and_a_festival_after_a_clerks_title_is_none() -> None:
    body = "锦屏首届文书文化节开幕。宁强县委书记李宽致欢迎辞。县长王致远致辞。"
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "李宽" in names and "王致远" in names and "李宽致" not in names and "文化节" not in names


def test_a_county_whose_name_ends_in_its_level_heads_its_committees_posts() -> None:
    found = {p["name"]: p["organization"] for p in values("凤县县委副书记、代县长冯宝平致辞。", "person")}  # type: ignore[index]
    assert found.get("冯宝平") == "凤县"


def test_a_post_written_later_says_more_than_a_group_of_leaders() -> None:
    body = "县领导吴海涛、周荣华出席活动。县政府副县长周荣华为游客推介了观赏环线。"
    found = {p["name"]: p["title"] for p in values(body, "person")}  # type: ignore[index]
    assert found.get("周荣华") == "副县长" and found.get("吴海涛") == "县领导"
