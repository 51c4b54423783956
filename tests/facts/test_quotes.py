"""Quotations: what is speech, and whose."""

from __future__ import annotations

import pytest

from lytui.analyse.facts import extract_facts
from lytui.pipeline import clean_text
from tests.facts.helpers import facts_of, values


def _facts(raw: str, kind: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in extract_facts(clean_text(raw)) if f.kind == kind]


def _page(headline: str, *lines: str) -> str:
    """A page with this headline, an info line and these lines."""
    return "\n".join([headline, "2024-03-20 10:00:00 来源：测试网", *lines]) + "\n"


def _speakers(raw: str) -> list[object]:
    return [value.speaker for _, value in _facts(raw, "quote")]  # type: ignore[attr-defined]


def test_a_quote_in_a_headline_that_names_no_speaker_is_a_motto() -> None:
    raw = (
        "青山县合作社实现全覆盖 “致富的每一步，都要走稳当”\n2024-03-20 10:00:00 来源：测试网\n"
        "青山县今年新建合作社12个。“活不累，离家近。”村民王大山说。\n"
    )
    quotes = _facts(raw, "quote")
    assert [text for text, _ in quotes] == ["“活不累，离家近。”"]
    assert ("“致富的每一步，都要走稳当”", "致富的每一步，都要走稳当") in _facts(raw, "slogan")


def test_a_quote_whose_sentence_names_a_speaker_not_found_is_not_given_to_someone_else() -> None:
    speakers = _speakers(
        _page(
            "青山县茶园丰收",
            "站长李明带记者参观了茶园。“今年收成好，大家都高兴。”一位老茶农笑着说。",
            "站长李明带记者走进车间。“新机器一天能炒两百斤，省了不少人工。”",
        )
    )
    assert speakers == ["茶农", "李明"]


def test_a_name_before_a_verb_of_saying_a_colon_and_a_quote_is_the_speaker() -> None:
    raw = _page(
        "青山县防汛演练",
        "演练结束后，代表邵志远说：“今天的演练很有意义，大家都学到了。”",
        "村民说：“我们心里踏实了。”站长对邵明远说：“明天还要再练一次。”",
    )
    speakers = _speakers(raw)
    assert speakers[:2] == ["邵志远", "村民"] and speakers[2] != "邵明远"
    assert [text for text, _ in _facts(raw, "person")] == ["邵志远"]


def test_a_name_and_a_colon_before_a_quote_as_a_transcript_writes_speech() -> None:
    raw = _page("青山县高速通车", "主持人魏晓洁：“请给我们介绍一下现场的情况。”")
    (quote,) = [f for f in extract_facts(clean_text(raw)) if f.kind == "quote"]
    assert quote.value.speaker == "魏晓洁"  # type: ignore[union-attr]
    assert quote.confidence != "low"  # the text says who speaks: no guess from the paragraph


def test_he_said_before_a_quote_is_who_the_text_last_said_to_speak() -> None:
    raw = _page(
        "青山县案件宣判",
        "律师林彦邦表示，当事人本来已有大学录取。当事人的太太是公司前副社长陈沛华。",
        "他说，「既然大家预计结果会是这样，早些知道结果，对他们来说会是解脱。」",
    )
    assert _speakers(raw) == ["林彦邦"]


def test_a_kind_of_person_said_to_speak_is_the_speaker_where_no_one_is_named() -> None:
    """老乡说：“…” names no one, but says who speaks: the word for that kind of person is the speaker,
    as annotators write it; the reporter who asks is not."""
    speakers = _speakers(
        _page(
            "青山县义诊进村",
            "前来看病的老乡说：“专家这么远过来给我们看病，机会难得啊！”",
            "“往年旋耕机开不进来，现在水泥路通到了地头。”一村民一边指挥机器，一边乐呵呵地说道。",
            "记者问：“今年收成怎么样？”大家说：“比去年好。”",
        )
    )
    assert speakers == ["老乡", "村民", None, None]


def test_a_verb_of_saying_with_dao_before_a_quote_and_a_transcribed_name_with_a_middle_dot() -> None:
    raw = _page(
        "青山县少年足球赛闭幕",
        "“今年种了四季豆。”车华全说。车华全介绍道，“这一片果树都是村里承包的，每亩租费五百元。”",
        "独臂足球少年凯赛尔·哈斯木江说：“我不认为身体有缺陷就不如他人。”",
        "维吾尔族村民买买提·吐尔逊表示，今年收成好。",
    )
    assert _speakers(raw) == ["车华全", "车华全", "凯赛尔·哈斯木江"]
    names = {text for text, _ in _facts(raw, "person")}
    assert {"凯赛尔·哈斯木江", "买买提·吐尔逊"} <= names
    assert not any(name.startswith("少年") for name in names)


def test_a_villager_named_after_the_village_speaks_with_an_adverb_before_the_verb() -> None:
    raw = _page(
        "青山县乡村游火了",
        "“游客多了，一年也能赚上一万多呢！”水口镇村场村许秀川乐呵呵地说。",
        "“工作时间较稳定。”来自永寿镇冷中坝村的薛晓琴称，春节返乡后想留在家乡。",
    )
    assert _speakers(raw) == ["许秀川", "薛晓琴"]


def test_a_speaker_in_the_sentence_after_a_quote_past_a_quoted_term_and_a_place_before_the_verb() -> None:
    raw = _page(
        "青山县春风行动招聘会",
        "“现在女儿9岁了，我特别想留乡就业。”1月31日，2023年“春风行动”招聘会上，来自丽阳村的郭翠在一个招聘摊位前对记者说。",
        "招聘会现场，像郭翠这样的人不少。“打工不用去远方，胡集就是好地方！”胡集镇镇长王大海在招聘台前高声宣讲。",
    )
    assert _speakers(raw) == ["郭翠", "王大海"]


def test_a_person_named_again_by_surname_and_post_is_the_speaker() -> None:
    raw = _page(
        "巡回法庭开进村",
        "这天午后，何老伯的官司在村里开庭了。法官祁德胜耐心倾听了双方的理由。",
        "官司结束后，何老伯笑了，祁法官连忙招呼身边的村民说：“法庭的值班电话24小时开机，谁有纠纷都可以打。”",
        "“我们会带着材料上门。”王局长说。县公安局副局长王明和局长王亮也到场。",
    )
    assert _speakers(raw)[0] == "祁德胜"
    assert _speakers(raw)[1] != "王明"  # 王局长 is both 王明 (副局长) and 王亮 (局长): it names neither


def test_she_after_shuozhe_following_a_quote_is_the_person_just_named() -> None:
    raw = _page(
        "家门口的招聘会",
        "在招聘摊位前，手里提着菜的王大妈正在咨询。“孩子今天有事过不来，我看这个职位挺适合他。”说着，她留下了联系方式。",
    )
    assert _speakers(raw) == ["王大妈"]


def test_a_line_that_ends_with_the_speaker_and_a_colon_introduces_the_quote_on_the_next() -> None:
    raw = _page(
        "县委书记谈脱贫",
        "座谈会上，河南太康县委书记王国玺说：",
        "“今生有幸做贫困县的县委书记，只嫌本事不够用。”",
        "受访的干部们都笑了。",
    )
    assert _speakers(raw) == ["王国玺"]


def test_whose_relative_speaks_is_not_the_speaker() -> None:
    raw = _page(
        "养殖大户的新日子",
        "村民陈正旺今年52岁。“开始只养了两头牛。”陈正旺的妻子笑着说，“我们就像照顾孩子一样照顾它们。”",
    )
    assert _speakers(raw) == [None, None]


def test_a_township_cut_by_the_tagger_is_no_kind_of_person_speaking() -> None:
    raw = _page("法庭进村", "“法官，我们村今年纠纷比较多，真是太感谢了！”沾益区炎方乡一位村干部感慨道。")
    assert _speakers(raw) == [None]


def test_the_one_spoken_to_or_pointed_at_is_not_the_speaker() -> None:
    raw = _page("夜谈会上的调解", "村民杨老汉说，不好。“他偷割我家麦子。”杨老汉指着魏某说。村民魏某低头不语。")
    assert _speakers(raw) == ["杨老汉"]
    raw = _page("夜谈会", "法庭庭长走到人群中间，对村民说：“今天的夜谈会由我来主持，感谢大家捧场。”")
    assert _speakers(raw) == [None]
    # the one spoken to named after the speaker, far from the 对 before a long description of him
    raw = _page("药材", "村民张明耀就对用玉米套种药材的村书记尹红军说：“你这地里玉米收成绝对不比我家的少。”")
    assert _speakers(raw) == ["张明耀"]
    raw = _page("药材", "村民刘明远和村书记尹红军说：“明天去县里。”")
    assert _speakers(raw) == ["尹红军"]
    raw = _page("药材", "村民刘明远对村书记尹红军说：“明天去县里。”")
    assert _speakers(raw) == ["刘明远"]
    # 向 with its own object (群众) inside the clause that describes the speaker
    raw = _page("宣讲", "老党员们和宣讲员张建国一起向群众宣讲政策的老党员李福生说：“大家听得很认真。”")
    assert _speakers(raw) == ["李福生"]


def test_she_after_an_old_woman_named_by_her_age_is_that_woman_not_an_earlier_speaker() -> None:
    raw = _page(
        "送水进村",
        "村民李国方告诉记者：“整个村庄都面临吃水困难。”",
        "运水车开到了村口。71岁的老人保小焕挑着两桶水往家里走。她对记者说：“很感谢党和政府。”",
    )
    assert _speakers(raw) == ["李国方", "保小焕"]


def test_the_one_a_clause_names_before_a_colon_says_the_quote_after_it() -> None:
    raw = _page(
        "教学点", "已执教6年的丁金龙老师对生源减少有些担心但还抱着传道授业的坚持：“尽管学生少，我们还会全身心投入。”"
    )
    assert _speakers(raw) == ["丁金龙"]
    # whose son, whose hand: the one named is not who speaks
    raw = _page("感恩", "村民赵德明今年70岁。赵德明的儿子激动地说：“父亲这辈子吃了很多苦。”")
    assert _speakers(raw) == [None]
    raw = _page("感恩", "民警刘志强把孩子送回家中。孩子的母亲拉着刘志强的手说：“太感谢你了！”")
    assert _speakers(raw) == [None]


def test_he_said_after_a_paragraph_about_him_by_the_pronoun_alone_is_the_one_named_before() -> None:
    raw = _page(
        "麦收",
        "“从种到收都是机械化作业，根本不用我干活。”在金黄的麦地里，村民张玉民说。",
        "在他的农田里，机声隆隆，联合收割机走过。",
        "“我来地里就两个事，一是告诉农机手哪是我家的地，再就是监督他。”他说。",
    )
    assert _speakers(raw) == ["张玉民", "张玉民"]


def test_a_full_stop_after_the_closing_mark_leaves_the_next_sentence_to_say_whose_words_they_are() -> None:
    raw = _page("古树茶", "“岩子头古树茶的香味浓郁，与大自然和谐共生”。岩子头村产业协会副会长高正荣介绍道。")
    assert _speakers(raw) == ["高正荣"]


def test_a_pronoun_after_a_quote_that_opens_its_paragraph_is_who_the_paragraph_before_was_about() -> None:
    raw = _page(
        "第一书记的一年",
        "“下乡”工作后的郑滨成表示，贫困这个概念应该是相对的。",
        "“村里人的幸福感比城市人的幸福感高”他说，这边百姓的精神状态特别积极。",
    )
    assert _speakers(raw) == ["郑滨成"]


def test_a_netizens_handle_in_quotes_before_the_verb_of_saying_is_the_speaker() -> None:
    raw = _page(
        "报警录音走红",
        "网友“果瓜瓜”说：“真是人民的好警察！”网友“你的理想国”则分享了同学的经历：“2007年的时候，我同学报了警。”",
    )
    assert _speakers(raw) == ["果瓜瓜", "你的理想国"]


def test_a_transcript_line_opened_by_the_kind_of_person_who_speaks() -> None:
    raw = _page(
        "县长直播卖小米",
        "直播中，县长王国忠介绍本地小米。",
        "网友：“为什么叫米脂县？”",
        "王国忠：“据史料记载，米脂因此得名。”",
        "网友：“您能教我们辨别新旧小米吗？”",
    )
    assert _speakers(raw) == ["网友", "王国忠", "网友"]


def test_a_bodys_spokesman_after_the_quote_and_an_old_man_who_says_it() -> None:
    raw = _page(
        "候鸟飞抵西洞庭湖",
        "一群白鹤在湖边觅食，“再过十来天，珍稀候鸟将陆续抵达。”西洞庭湖国家级自然保护区管理局负责人向记者介绍。",
        "“以前一下大雨我就害怕，现在不怕了。”住在水库下游的一位老人说。",
    )
    assert _speakers(raw) == ["西洞庭湖国家级自然保护区管理局负责人", "老人"]


def test_the_name_opening_the_sentence_after_a_quote_that_ends_in_a_verb_of_saying_is_the_speaker() -> None:
    raw = _page(
        "果园丰收",
        "“你别看我家收入高，他们也收入不低呢。”何智波指着一名40岁上下的男子对记者说。",
        "“苹果卖得好，日子有奔头。”万书秀一边装箱一边说。",
    )
    assert _speakers(raw) == ["何智波", "万书秀"]
    # a village the tagger may read as a name is no speaker
    village = _page("果园丰收", "“自来水进村入户了，再也不用为吃水发愁了。”关庄村的村民说。")
    assert _speakers(village) != ["关庄村"]


def test_a_boats_quoted_name_opening_the_next_sentence_does_not_hide_its_speaker() -> None:
    raw = _page(
        "渔船出海", "“一早拜过了庙，就带着5名船员登船准备出海了。”“琼渔01122”船长黄冠松说，此番计划前往北部湾。"
    )
    assert _speakers(raw) == ["黄冠松"]
    # apart from the quote, the name opens a sentence of its own about something else
    apart = _page("民宿开业", "“这次联欢，是为了让大家看变化。” “梦乡村”民宿项目投资商庞焕泰介绍，今年将成立合作社。")
    assert _speakers(apart) == [None]


def test_a_list_of_quotes_nothing_introduces_is_banners_and_one_after_a_colon_is_one_persons_speech() -> None:
    banners = _page(
        "村庄清洁日", "“改善人居环境，造福子孙后代”、“一点一滴改善人居环境，一言一行成就美丽乡村”，各村张贴横幅。"
    )
    assert _facts(banners, "quote") == []
    visit = _page(
        "走访群众",
        "镇长陈玉星一行深入农户，与群众拉起了家常：“你家里有几口人呀？”、“孩子一年上学的费用是多少？”、“医疗保险报了多少？”",
    )
    assert _speakers(visit) == ["陈玉星", "陈玉星", "陈玉星"]


def test_the_one_who_works_with_someone_named_after_him_speaks() -> None:
    """何胜海正和妻子王金梅在大棚里采摘辣椒。“今天…”: the sentence's subject, not whom he works with."""
    raw = _page(
        "大棚辣椒丰收",
        "村民何胜海正和妻子王金梅在大棚里采摘辣椒。“今天能摘八十多公斤，全部送到合作社统一外销。”",
    )
    assert _speakers(raw) == ["何胜海"]


def test_a_reporter_named_in_the_credit_is_no_quotes_speaker_by_being_named_last() -> None:
    raw = _page(
        "洪水漫过二楼前",
        "某某都市报-某某网讯（记者 石喻涵 马昭）“大伙儿动作轻点儿！别让果子磕碰着。”10月15日，果园中传来声音。",
    )
    assert _speakers(raw) == [None]


def test_after_a_quote_the_one_the_next_clause_names_says_the_next() -> None:
    raw = _page(
        "猕猴桃采收",
        "杨超指着园子介绍：“我承包的园子大概有44亩，种猕猴桃十几年了。”提到今年的产量，杨超脸上露出些许无奈，"
        "“今年受天气影响，产量不佳，相较于往年减产不少。”",
    )
    assert _speakers(raw) == ["杨超", "杨超"]


def test_a_pronoun_doing_something_on_the_way_to_saying_it() -> None:
    raw = _page(
        "社区书屋",
        "居民严先生带记者参观小区，严先生指着墙壁说：“以前墙都是黑的。”"
        "他又指着写有“乐享书屋”的小房子说：“这是社区建的小图书室，居民都喜欢来这里看书。”",
    )
    assert _speakers(raw) == ["严先生", "严先生"]


def test_the_name_right_before_the_verb_after_a_quote_and_a_reply_give_the_speaker() -> None:
    raw = _page(
        "茶农喜获丰收",
        "“今年茶叶长势良好，产量比去年有所增加。”茶园园主周明伟说。",
        "当事人问道：“判决书什么时候能拿到？”“您的案件已经审结，判决书明天就能拿到。”胡法官回复道。",
    )
    assert _speakers(raw) == ["周明伟", "当事人", "胡法官"]


def test_a_pronoun_that_speaks_to_a_named_villager_is_the_person_named_before() -> None:
    raw = _page("茶农喜获丰收", "村支书王明来到茶园。", "“今年的茶叶品质好。”他对村民周伟说。")
    assert _speakers(raw) == ["王明"]


def test_a_name_saying_with_a_colon_after_a_quote_speaks_the_next_quote_not_this_one() -> None:
    raw = _page(
        "果园迎来丰收",
        "村民李义华有自己的担心。他拉着队员的手算了一笔账：“苞谷改种沃柑，最少前两年没有收成。”赵庆刚说：“基地也需要劳动力。”",
    )
    assert _speakers(raw) == ["李义华", "赵庆刚"]


def test_a_word_or_an_idiom_in_scare_quotes_is_no_slogan_a_motto_or_a_numbered_policy_is() -> None:
    found = [
        f.value
        for f in facts_of(
            "老大爷“闯”进办公室，为“大白”“红马甲”点赞，落实“六稳”和“应检尽检”，陷入“进退两难”。", kind="slogan"
        )
    ]
    assert found == ["六稳", "应检尽检"]


def test_a_relative_or_a_caller_before_a_quotation_speaks_it_not_the_person_named_last() -> None:
    body = (
        "村党支部书记刘某英很忙。与此同时，丈夫也给她算了一笔账，“我们生意好的时候，一天就能赚你一个月工资。”"
        "2016年，刘某英突然接到驻村第一书记的电话：“村里发展需要人，你回村带着乡亲们一起干吧！”"
    )
    assert [v["speaker"] for v in values(body, "quote")] == [None, None]  # type: ignore[index]


def test_a_relative_named_in_full_before_a_quotation_is_its_speaker() -> None:
    body = "村党支部书记刘某英很忙。与此同时，丈夫黄志明也给她算了一笔账，“我们生意好的时候，一天就能赚你一个月工资。”"
    assert [v["speaker"] for v in values(body, "quote")] == ["黄志明"]  # type: ignore[index]


def test_a_pronoun_clause_ending_in_a_colon_before_a_quote_is_the_person_named_last() -> None:
    raw = _page(
        "青山村的茶园",
        "说起村里的变化，村党支部书记张德明感慨万千：“过去这里是荒山。”",
        "对于未来，他信心满满：“我们要打造茶旅融合示范村。”",
    )
    assert _speakers(raw) == ["张德明", "张德明"]


def test_who_is_interviewed_speaks_not_the_reporter_who_interviews() -> None:
    raw = _page("青山县医院急救", "“时间就是生命！”司机封荣超在接受新华社记者李伟采访时说。")
    assert _speakers(raw) == ["封荣超"]
    people = {text: value for text, value in _facts(raw, "person")}
    assert people["李伟"].organization == "新华社"  # type: ignore[attr-defined]


def test_a_transcripts_speaker_line_gives_the_words_after_its_colon_to_the_person_named() -> None:
    raw = _page(
        "渠县开足马力忙生产",
        "渠县经开区党工委副书记 冯全：我们紧盯目标任务，全力助推工业经济“开门红”。",
        "福田镇塘坝村党支部书记 李富明：",
        "这个光伏板一年产生的收益有五万多元，全部用于村里。",
        "记者 王明：好的，谢谢您接受我们的采访。",
    )
    assert _speakers(raw) == ["冯全", "李富明"]


def test_whom_a_place_after_a_quote_names_is_where_and_the_subject_after_it_speaks() -> None:
    raw = _page(
        "走访慰问",
        "省老龄办主任苏长聪一行来到楚门镇。",
        "“老人家，我们来看望您。”在胡新村83岁的郑冬花老人家中，苏长聪殷切地拉着老人的手问长问短。",
    )
    assert _speakers(raw) == ["苏长聪"]


def test_a_transcripts_spoken_words_with_pauses_for_spaces_are_kept_and_quoted() -> None:
    spoken = (
        "在这儿摆了流水席  让我们的村民和游客都过来吃饭  大家都感觉在这个节日里面  大家都觉得温馨  在一起热闹  高兴"
    )
    raw = _page("仁怀乡村旅游展别样风情", "板桥村准备了流水席供游客品尝。", f"游客 彭小惠：{spoken}")
    document = clean_text(raw)
    assert spoken in document.text
    assert _speakers(raw) == ["彭小惠"]
    assert "都过来" not in {text for text, _ in _facts(raw, "person")}


def test_whom_the_next_sentence_takes_something_from_is_not_the_speaker() -> None:
    raw = _page(
        "夏阁派出所",
        "“早把追回电瓶车的事忘了，没想到派出所民警如此执着。”11月16日，村民王宗鼎从民警李麒手中接过返赃款，激动得连声夸赞。",
    )
    assert _speakers(raw) == ["王宗鼎"]


def test_review_a_profile_under_a_name_and_a_colon_is_no_speech() -> None:
    raw = _page(
        "某村换届",
        "村党支部书记张明军说，收入增加了。",
        "张明军：男，汉族，1970年3月出生，中共党员，现任村党支部书记。",
    )
    assert _speakers(raw) == []


def test_a_sentence_handing_over_to_the_words_with_a_colon_names_their_speaker_or_nobody_known() -> None:
    raw = _page(
        "民警除夕夜巡逻",
        "派出所所长刘江带队巡逻到凌晨。一辆私家车停在身旁，两个可爱的孩子露出头：“警察叔叔，你们辛苦了，新年快乐。”",
    )
    assert _speakers(raw) == [None]


def test_a_person_called_by_lao_and_the_surname_is_the_one_named_in_full_before() -> None:
    raw = _page(
        "耕牛找回来了",
        "村民韦光武立即来到派出所。看到自家走失的水牛，老韦十分激动，又是递烟，又是感谢：“多亏你们警察同志，真不知道要怎么谢你们才好。”",
        "“法官，这块地我种了十几年，咋就成他家的了？”村民老李蹲在菜地边说。法官助理李海洋随后赶到。",
    )
    speakers = _speakers(raw)
    assert speakers[0] == "韦光武" and speakers[1] != "李海洋"  # 村民老李 is another 李, unnamed


def test_a_sound_written_out_is_neither_a_quote_nor_a_motto() -> None:
    raw = _page(
        "锣鼓响起来",
        "村民王大海敲起锣鼓。“咚咚咚，咚咚锵……”，锣鼓声响彻山谷。王大海说：“好日子来了，大家一起热闹热闹！”",
    )
    assert _speakers(raw) == ["王大海"]
    assert _facts(raw, "slogan") == []


def test_words_said_over_and_over_are_a_quote_and_a_common_word_no_familiar_name() -> None:
    raw = _page(
        "村里来了支教老师",
        "她连声说：“谢谢，谢谢，谢谢！”村民李大爷高兴地说：“好好好，对对对！”",
        "记者师永刚报道。村里的孩子们围着支教的老师。老师说：“孩子们很懂事，学习也很努力。”",
    )
    speakers = _speakers(raw)
    assert len(speakers) == 3 and speakers[1] == "李大爷"
    assert speakers[2] != "师永刚"


def test_words_a_song_or_a_book_writes_are_nobodys_in_the_story() -> None:
    facts = facts_of(
        "书记王立新介绍，村里发展很快。正如村歌《这片山谷》唱道：“春风吹过山岗，花开满了村庄。”"
        "村民李大勇感慨，“以前一家人吃不饱，现在好了。”"
    )
    speakers = {f.value.quote[:2]: f.value.speaker for f in facts if f.kind == "quote"}  # type: ignore[union-attr]
    assert speakers == {"春风": None, "以前": "李大勇"}


def test_second_review_a_work_whose_author_the_sentence_names_gives_its_words_to_the_author() -> None:
    facts = facts_of("作家李大华在新书《山村记忆》中写道：“那是一段难忘的岁月。”")
    assert [f.value.speaker for f in facts if f.kind == "quote"] == ["李大华"]  # type: ignore[union-attr]


def test_quoted_words_after_a_year_are_an_events_name_not_speech() -> None:
    found = facts_of("7月27日，参与2022“打卡中国·最美地标——你好，内蒙古！”网络传播活动的博主走进嘎查。", kind="quote")
    assert not found


def test_whom_the_next_sentence_does_something_for_is_not_the_speaker() -> None:
    found = facts_of(
        "“您的证件办好了，请收好。”1月6日下午，窗口的辅警王丹竹，很快就为市民王女士办理好了证件。", kind="quote"
    )
    assert [f.value.speaker for f in found] == ["王丹竹"]


def test_being_a_party_member_is_no_preposition_before_the_speaker() -> None:
    found = facts_of("“乡亲们信任我，我就要干好。”身为党员王强一直这么要求自己。", kind="quote")
    assert [f.value.speaker for f in found] == ["王强"]


def test_a_groups_report_received_by_the_person_named_last_is_not_his_words() -> None:
    quote = "“我们村近期返乡的人多，请你们帮我们查看倒塌的房屋。”"
    for page in (
        "救援队现场领队苏建军突然接到了韩家村群众的报告。" + quote,
        quote + "12月19日上午，救援队现场领队苏建军突然接到了韩家村群众的报告。",
    ):
        assert [f.value.speaker for f in facts_of(page, kind="quote")] == [None]


def test_a_quote_after_a_named_speakers_quote_in_the_paragraph_goes_on_with_his_words() -> None:
    found = facts_of(
        "“过去一到晚上，村里全是黑的。”村民倪大进说，这么多年村里没有路灯，大家早早就睡。“去年来了新书记，村里亮起来了！”",
        kind="quote",
    )
    assert [f.value.speaker for f in found] == ["倪大进", "倪大进"]


@pytest.mark.parametrize(
    "between",
    [
        "村民倪大进问。",  # a question, then an answer: another voice
        "村民倪大进说，他的老伴王秀兰在一旁笑了。",  # someone else named between
        "村民倪大进说。他的妻子也笑了，",  # a relative opens a clause between
    ],
)
def test_a_quote_after_another_is_not_the_same_speakers_when_someone_else_may_speak(between: str) -> None:
    found = facts_of("“过去一到晚上，村里全是黑的吗？”" + between + "“去年来了新书记，村里亮起来了！”", kind="quote")
    assert found[-1].value.speaker != "倪大进"


def test_the_reporter_interviewing_is_not_who_speaks() -> None:
    found = facts_of("“时间就是生命，电话就是命令！”一位老司机在接受新华社记者李伟采访时说。", kind="quote")
    assert [f.value.speaker for f in found] == [None]


def test_a_meeting_named_by_a_verb_of_saying_names_no_other_speaker() -> None:
    found = facts_of(
        "“我们这一期讲堂，就来谈谈土地的事。”宣讲会上，荣昌区农委农田建设中心主任黎大洋直奔主题。", kind="quote"
    )
    assert [f.value.speaker for f in found] == ["黎大洋"]


def test_whoever_introduces_themselves_by_name_in_the_quote_says_it() -> None:
    found = facts_of(
        "小荡村党总支书记徐大瑶立刻进入开播状态。\n“大家好，我是小荡村党总支书记、‘新农人’徐大瑶。”", kind="quote"
    )
    assert [f.value.speaker for f in found] == ["徐大瑶"]


@pytest.mark.parametrize("shout", ["“咚咚锵！”锣鼓声响起。", "“启动！”随着一声令下，比赛开始。"])
def test_a_sound_or_a_one_word_shout_is_no_quote(shout: str) -> None:
    assert not facts_of(shout, kind="quote")


def test_speech_left_open_at_a_paragraphs_end_goes_on_in_the_next_or_ends_a_cut_page() -> None:
    found = facts_of(
        "村长李大山说：“第一段话说得很长很长。\n“第二段话也很长很长。”\n院长张小迁说，“这已经是专家第三次到柴湖来了。"
    )
    quotes = [(f.value.quote[:4], f.value.speaker) for f in found if f.kind == "quote"]  # type: ignore[union-attr]
    assert quotes == [("第一段话", "李大山"), ("第二段话", "李大山"), ("这已经是", "张小迁")]


def test_a_quote_whose_closing_mark_a_lost_byte_took_runs_into_no_narrative() -> None:
    found = facts_of(
        "“能享受免费服务，还能看歌舞表演！本子民陈大绔说，社区举办了邻里文化节。\n“您好，请帮我登记在卡上。”"
    )
    assert [f.value.quote[:2] for f in found if f.kind == "quote"] == ["您好"]  # type: ignore[union-attr]


def test_short_words_said_opening_a_sentence_before_a_comma_and_the_one_person_of_the_clause() -> None:
    found = facts_of(
        "“如今的日子好过多了”，站在水泥路上，村干部王大庆指着远处的槟榔林高兴地告诉我们，村里种植槟榔始于1997年。"
        "村民王小保也来了。“早在1994年我就组织槟榔加工”，村民王小保在一旁插话说。",
        kind="quote",
    )
    assert [(f.value.quote, f.value.speaker) for f in found] == [  # type: ignore[union-attr]
        ("如今的日子好过多了", "王大庆"),
        ("早在1994年我就组织槟榔加工", "王小保"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["负责人王大明表示，“安全生产楚天行”是安全宣传的组成部分。", "苏长聪还叮嘱“星光老年之家”的负责人要注意营养。"],
)
def test_a_short_name_in_marks_inside_a_sentence_is_no_quote_whoever_the_sentence_names(sentence: str) -> None:
    assert not facts_of(sentence, kind="quote")


def test_a_pronoun_after_a_short_phrase_of_when_or_where_before_the_verb_of_saying() -> None:
    found = facts_of("村主任宋大军说了很多。一个小孩跑进他家玩，当着记者面他问道：“你见过大熊猫吗？”", kind="quote")
    assert [f.value.speaker for f in found] == ["宋大军"]  # type: ignore[union-attr]
    told = facts_of("村主任宋大军来了。村民李大山对他说：“你来了就好。”", kind="quote")
    assert [f.value.speaker for f in told] == ["李大山"]  # type: ignore[union-attr]


def test_a_firecrackers_sound_is_no_quote() -> None:
    assert not facts_of("“嘣嘣嘣……”鞭炮响了，村民们围了过来。", kind="quote")


def test_words_about_the_person_the_next_sentence_names_are_not_theirs() -> None:
    found = facts_of(
        "退伍军人周大生回到了村里。\n“周大生是我们身边的创业英雄。”提起周大生，店上村村民无不竖起大拇指。", kind="quote"
    )
    assert [(f.value.speaker, f.via) for f in found] == [(None, "rule")]  # type: ignore[union-attr]


def test_speech_a_scrape_cut_off_at_the_end_of_the_page_is_a_quote() -> None:
    found = facts_of("牧民额尔敦巴特尔赶着畜群。额尔敦巴特尔说：“今年雨水偏少，沿途草场没有往年茂密，", kind="quote")
    assert [f.value.speaker for f in found] == ["额尔敦巴特尔"]  # type: ignore[union-attr]
    assert not facts_of("王叔说：“我们这边都不", kind="quote")


def test_speakers_who_laugh_praise_or_begin_to_tell() -> None:
    body = (
        "“什么好卖，合作社就教我们种什么。”说起合作社带来的好处，社员马秀花赞不绝口。"
        "“我们村有十余条河道。”现场，万景村“民间河道长”周福华讲起了治水的故事。"
        "“开春桐树花开时，这里成了网红。”西马庄村党支部书记司志阳笑道。"
    )
    speakers = [f.value.speaker for f in facts_of(body, kind="quote")]  # type: ignore[union-attr]
    assert speakers == ["马秀花", "周福华", "司志阳"]


def test_a_number_to_call_in_quotes_is_no_slogan_a_numbered_programme_is() -> None:
    found = values("遇到危险时，可以拨打“110”寻求帮助。该县正重点推进“321”工程。", "slogan")
    assert found == ["321"]


def test_an_elder_woman_called_by_her_surname_speaks_as_the_woman_named_in_full() -> None:
    body = (
        "今年66岁的常秀廷老人边做虎头鞋边聊天。“真没想到老了还能活得这么舒心。”在院内缝制虎头鞋的66岁的常大妈动情地说。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["常秀廷"]  # type: ignore[union-attr]
    assert "常大妈" not in {f.value.name for f in facts_of(body, kind="person")}  # type: ignore[union-attr]
    # a man's full name says nothing of whom 常大妈 is: she stays a person of her own
    other = body.replace("常秀廷", "常明")
    assert [f.value.speaker for f in facts_of(other, kind="quote")] == ["常大妈"]  # type: ignore[union-attr]


def test_the_one_the_words_open_by_calling_is_not_their_speaker() -> None:
    body = (
        "老人见到了刚查完房回来的医院院长廉凯。“廉院长，你们的医护人员不仅技术好，服务更好”。老人拉着廉院长的手，再三表达感谢。"
        "“谢谢大家。”廉凯说。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == [None, "廉凯"]  # type: ignore[union-attr]


def test_a_live_streamer_named_after_a_quoted_term_speaks_the_words_before() -> None:
    body = (
        "“这款刺绣包的绣花全是驼绒线，质量杠杠的！”乌兰毛都苏木的“带货主播”斯琴在直播间向网友介绍自己的产品。"
        "“货真价实。”主播李明在直播间向网友介绍。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["斯琴", "李明"]  # type: ignore[union-attr]


def test_a_patient_and_the_one_who_does_something_to_another_speak_the_words_before() -> None:
    body = (
        "“轻轻抬腿，不疼吧？”县人民医院骨科主治医师赵彤辉轻扶患者马虎代连的左腿，进行检查。"
        "“不疼，谢谢娃娃。”马虎代连今年80岁，刚做完手术。许多患者慕名而来。赵彤辉是骨科医生。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["赵彤辉", "马虎代连"]  # type: ignore[union-attr]
    assert "慕名" not in {f.value.name for f in facts_of(body, kind="person")}  # type: ignore[union-attr]


def test_names_listed_in_quotation_marks_after_a_speakers_words_are_terms() -> None:
    body = "“老家变化真大。”返乡人士王烨高兴地说道，一提到“豫东民俗文化村、红色水东乡村”大家都知道。"
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["王烨"]  # type: ignore[union-attr]
    assert "豫东民俗文化村、红色水东乡村" in [f.value for f in facts_of(body, kind="slogan")]


def test_the_one_the_sentence_after_a_quotation_names_and_describes_said_it() -> None:
    body = "“南丰的房价，跟抚州市里差不多了呢。”程俊是江西南丰县的一名基层干部，长期与橘农打交道。"
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["程俊"]  # type: ignore[union-attr]
    assert [(f.value.name, f.value.title) for f in facts_of(body, kind="person")][-1] == ("程俊", "干部")  # type: ignore[union-attr]


def test_a_transcripts_last_speech_left_open_by_a_cut_page_is_a_quote() -> None:
    found = facts_of(
        "合作社负责人艾买尔：“核桃加工170吨，全部卖完了。”\n王新刚：“通过这种模式，既解决了销售难的问题，也解决了务工难的问题。",
        kind="quote",
    )
    assert [(f.value.quote[:4], f.value.speaker) for f in found] == [("核桃加工", "艾买尔"), ("通过这种", "王新刚")]  # type: ignore[union-attr]


@pytest.mark.parametrize("how", ["深有感触地", "笑眯眯地"])
def test_he_says_how_before_a_quote_stands_for_the_one_named_last(how: str) -> None:
    body = f"种养大户王军从信用社贷款45万元，发展高效农业。他租地建起蔬菜大棚120多亩。他{how}说，“种养业给我带来丰厚的效益。”"
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["王军"]  # type: ignore[union-attr]


def test_he_estimates_before_a_quote_and_the_one_compared_with_is_not_he() -> None:
    body = (
        "村主任宋建军就是这么跟记者说的。\n村支书王小林稍微比宋建军保守点，全村274人，他估计，"
        "“20岁以上的村民差不多都见过，小孩子可能见得少点。”即使是这种保守说法，也足以让人们羡慕了。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["王小林"]  # type: ignore[union-attr]


def test_the_one_named_doing_something_right_after_a_quote_said_it() -> None:
    body = (
        "分红大会在园区举行。“我分红20700元，领到分红款就和家人分享了喜悦。”苗晓露抑制不住内心的激动。\n"
        "“咱们村发大红包喽！”说话间，65岁的吴喜茂三步并作两步，走到分红台前。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["苗晓露", "吴喜茂"]  # type: ignore[union-attr]


def test_words_glued_after_a_quote_are_no_name_of_who_said_it() -> None:
    body = "“这条路修好了。”成乡村振兴的样板。“大家都满意。”徐瑶正拿着话筒，书记徐瑶介绍。"
    names = values(body, "person")
    assert not any(str(name).startswith(("成乡", "徐瑶正")) for name in [n["name"] for n in names])  # type: ignore[index]


def test_speaking_of_something_after_a_quote_and_a_herder_named_in_mongolian() -> None:
    body = (
        "“路通了之后，村寨每年接待游客达10万人次。”说起如今的生活，周家村党支部书记李运友一脸高兴。\n"
        "“看！今年我又领到5万元分红！”牧民恩和巴图开心地翻动手里的钞票。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["李运友", "恩和巴图"]  # type: ignore[union-attr]


def test_a_mongolian_name_called_again_by_its_first_part_and_a_gachas_party_branch() -> None:
    body = (
        "正是芒来嘎查党支部书记米吉格道尔吉。“我一直能感觉到总书记手心的温度。”米吉格说。"
        "年轻的米吉格不信邪：“我们嘎查要对症下药。”"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["米吉格道尔吉", "米吉格道尔吉"]  # type: ignore[union-attr]
    assert "芒来嘎查党支部" in values(body, "organization")


def test_the_one_spoken_to_is_no_speaker_and_a_name_before_how_and_a_colon_is() -> None:
    body = (
        "总理看了非常满意，对身边的人员说：“我要看看工人！”\n"
        "望着自家地头，白金龙笑意盈盈：“今年又是个丰收年！”\n"
        "该村那巴屯贫困户蓝妹在合作社打工。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == [None, "白金龙"]  # type: ignore[union-attr]
    names = [p["name"] for p in values(body, "person")]  # type: ignore[index]
    assert "那巴屯" not in names and "蓝妹" in names


def test_a_mongolian_name_of_one_part_before_a_verb_after_its_post() -> None:
    body = (
        "“咱们有啥困难很快就能帮咱解决。”满族屯满族乡满都拉图嘎查牧民照日格图说起身边的变化。\n"
        "“这次转场的途中能有干部们的帮助。”包尔图村村民布日古代说。"
    )
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["照日格图", "布日古代"]  # type: ignore[union-attr]


def test_a_teacher_pointed_at_after_a_quote_says_it() -> None:
    body = "招生办公室门口挤满了家长。“校长躲了。”该老师私下透露。"
    assert [f.value.speaker for f in facts_of(body, kind="quote")] == ["老师"]  # type: ignore[union-attr]
