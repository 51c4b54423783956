from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.model import Person
from lytui.pipeline import clean_text
from lytui.text.segment import _TRAILING_BARS, _chunks, _without_trailing_bars
from lytui.text.sentences import sentences_of

ARTICLE = (
    "某市：推动产业高质量发展\n"
    "新华社北京3月5日电（记者 王明 李华） 3月4日，某市召开大会。会议强调，要“抓项目 促发展”，推动经济增长。 "
    "与会代表纷纷表示赞同，，会议取得圆满成功。 "
    "抓项目 促发展 "
    "“今年我们要再接再厉。”张三说，企业信心很足。 这是第二段。 "
    "记者手记>>> 行走在基层，感受到变化。"
)


def test_paragraphs_split_at_spaces_after_sentence_ends_only() -> None:
    document = clean_text(ARTICLE)
    paragraphs = [document.block_text(p) for p in document.paragraphs]
    assert paragraphs[0] == "3月4日，某市召开大会。会议强调，要“抓项目 促发展”，推动经济增长。"
    assert paragraphs[1] == "与会代表纷纷表示赞同，会议取得圆满成功。"
    assert len(paragraphs) == 5


def test_headings_found_by_shape_and_dateline_is_meta() -> None:
    document = clean_text(ARTICLE)
    headings = [document.block_text(s.heading) for s in document.sections if s.heading]
    assert headings == ["抓项目 促发展", "记者手记"]
    assert document.sections[0].heading is None
    assert document.meta.dateline == "新华社北京3月5日电（记者 王明 李华）"
    assert document.meta.title == "某市：推动产业高质量发展"


def test_a_heading_in_two_phrases_joined_by_a_comma_is_a_heading() -> None:
    document = clean_text(
        "某县新闻\n近日，某县公安局接连救助4名走失群众安全返家。\n社区警务协同发力，成功找回走失女孩\n"
        "9月23日，一名女孩在超市附近与家人走散。\n他笑了，很开心\n民警随后将她送回家中。\n"
    )
    headings = [document.block_text(s.heading) for s in document.sections if s.heading]
    assert headings == ["社区警务协同发力，成功找回走失女孩"]  # 他笑了 is three characters: no phrase of a heading
    # a sentence's first chunk before a stray space, a clause of saying or of time, a caption: no heading
    for line in (
        "今年以来，全县上下齐心协力 大力发展特色产业，取得了明显成效。",
        "村民们说，今年一定是个丰收年",
        "活动结束后，大家合影留念",
        "图为村民在田间采摘茶叶，喜迎丰收",
    ):
        kept = clean_text(f"某县新闻\n近日，某县公安局接连救助4名走失群众安全返家。\n{line}\n民警随后将她送回家中。\n")
        assert not [s.heading for s in kept.sections if s.heading], line


def test_a_quotation_stays_whole_with_its_sentence() -> None:
    document = clean_text(ARTICLE)
    texts = [document.text[s.start : s.end] for s in document.sentences]
    assert "“今年我们要再接再厉。”张三说，企业信心很足。" in texts
    assert sentences_of(document.text, document.blocks) == document.sentences


def test_line_separated_articles_keep_their_paragraphs() -> None:
    document = clean_text("标题\n\n第一段。\n\n小标题\n\n第二段。\n第三段。\n")
    assert [document.block_text(p) for p in document.paragraphs] == ["第一段。", "第二段。", "第三段。"]
    assert [document.block_text(s.heading) for s in document.sections if s.heading] == ["小标题"]


PORTAL = Path(__file__).with_name("portal_article.txt")


def test_portal_page_chrome_at_both_ends_becomes_meta_and_boilerplate() -> None:
    from lytui.analyse.facts import extract_facts

    document = clean_text(PORTAL.read_text(encoding="utf-8"))
    assert document.meta.source == "福州日报" and document.meta.editor == "王丽"
    assert document.meta.dateline == "本报讯（记者 陈明 通讯员 林芳）"
    paragraphs = [document.block_text(p) for p in document.paragraphs]
    assert paragraphs[0].startswith("3月11日上午") and paragraphs[-1] == "图为盾构机出洞现场。"
    assert not [s.heading for s in document.sections if s.heading]
    removed = [r.raw for r in document.repairs if r.kind == "boilerplate"]
    assert {"原标题：地铁4号线实现“洞通”", "（完）", "【责任编辑：王丽】", "扫一扫在手机打开当前页"} <= set(removed)
    facts = extract_facts(document)
    people = {f.value.name: f.value for f in facts if isinstance(f.value, Person)}
    assert people["陈明"].organization == "福州日报"  # 本报 is the page's source
    orgs = [f.value for f in facts if f.kind == "organization"]
    assert "福州地铁集团有限公司" in orgs and "福州地铁集团" not in orgs


def test_government_page_breadcrumb_and_info_line() -> None:
    from lytui.analyse.facts import extract_facts

    document = clean_text(Path(__file__).with_name("government_page.txt").read_text(encoding="utf-8"))
    assert document.meta.title == "永定区召开2024年安全生产工作会议"
    assert document.meta.published == "2024-03-05" and document.meta.source == "永定区应急管理局"
    assert document.block_text(document.paragraphs[0]).startswith("3月4日")
    assert len(document.paragraphs) == 3
    people = {f.value.name: f.value.title for f in extract_facts(document) if isinstance(f.value, Person)}
    assert people == {"张志明": "区委常委、常务副区长"}


def test_numbered_headings_of_government_documents() -> None:
    text = "工作要点\n一、强化责任落实\n各部门要落实责任。\n（二）加强隐患排查\n全面排查隐患。\n3.做好应急准备\n完善预案。\n"
    document = clean_text(text)
    headings = [document.block_text(s.heading) for s in document.sections if s.heading]
    assert headings == ["一、强化责任落实", "（二）加强隐患排查", "3.做好应急准备"]
    assert len(document.paragraphs) == 3


def test_a_line_holding_a_sentence_is_text_whatever_label_or_note_it_carries() -> None:
    raw = (
        "全市经济运行稳中向好\n"
        "发布时间：2024-03-12 10:05:33  来源：福州日报\n"
        "今年前两个月，全市规模以上工业增加值同比增长6.5%（数据来源：市统计局），增速比去年同期加快1.2个百分点。\n"
        "作者：本报记者陈明在采访中了解到，多家企业表示订单已排到年底。\n"
        "记者走访发现，工业园区里一派繁忙景象，不少企业已申请ICP备案开展网上销售。\n"
        "闽ICP备12345678号\n"
        "责任编辑：王丽\n"
    )
    document = clean_text(raw)
    paragraphs = [document.block_text(p) for p in document.paragraphs]
    assert paragraphs == [
        "今年前两个月，全市规模以上工业增加值同比增长6.5%（数据来源：市统计局），增速比去年同期加快1.2个百分点。",
        "作者：本报记者陈明在采访中了解到，多家企业表示订单已排到年底。",
        "记者走访发现，工业园区里一派繁忙景象，不少企业已申请ICP备案开展网上销售。",
    ]
    assert (document.meta.source, document.meta.editor) == ("福州日报", "王丽")
    removed = {r.raw for r in document.repairs if r.kind == "boilerplate"}
    assert removed == {"发布时间：2024-03-12 10:05:33  来源：福州日报", "闽ICP备12345678号", "责任编辑：王丽"}


@pytest.mark.parametrize(
    ("raw", "source"),
    [
        ("来源：新华社", "新华社"),
        ("（完）", None),
        ("（完）\r\n", None),
        ("【责任编辑：王丽】\n分享到：\n扫一扫", None),
    ],
)
def test_an_article_of_nothing_but_chrome_is_a_valid_empty_document(raw: str, source: str | None) -> None:
    from lytui.export import export_document
    from lytui.pipeline import analyse

    document = analyse(clean_text(raw))
    assert (document.text, document.blocks, document.sections, document.sentences) == ("", (), (), ())
    assert document.meta.source == source
    assert [r.raw for r in document.repairs if r.kind == "boilerplate"] == [l for l in raw.splitlines() if l]
    assert document.paragraph_index_at(0) is None and document.sentence_at(0) is None
    assert document.clean_offset(len(raw)) == 0
    assert not document.keywords.by_count
    for fmt in ("json", "jsonl", "csv", "tsv", "md"):
        export_document(document, fmt)


def test_one_long_line_without_breaks_is_one_paragraph() -> None:
    from lytui.pipeline import analyse

    raw = "中国经济持续回升向好" * 3000
    document = analyse(clean_text(raw))
    assert [b.kind for b in document.blocks] == ["paragraph"]
    assert document.text == raw and len(document.sentences) == 1


def test_a_credit_closing_the_last_paragraph_goes_to_meta() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "第五批產業園認定名單公布\n\n"
        "日前，農業農村部對2020年批準創建的20家國家現代農業產業園予以認定，其中包括建寧縣產業園。\n"
        "截至目前，福建省已創建7個國家現代農業產業園，其中4個已獲認定。(記者 張輝)\n"
    )
    document = clean_text(raw)
    assert document.text.endswith("其中4个已获认定。")
    assert document.meta.reporters() == ("记者", ["张辉"])
    credited = clean_text(raw.replace("(記者 張輝)", "（趙洪志 來源：市場報資訊周刊）"))
    assert credited.meta.source == "市场报资讯周刊"
    assert credited.meta.reporters() == ("作者", ["赵洪志"])


def test_a_source_note_of_the_article_is_not_a_credit() -> None:
    from lytui.pipeline import clean_text

    raw = "標題在這里\n\n全市生產總值增長5.2%，增速比上年加快0.8個百分點。（數據來源：市統計局）\n"
    document = clean_text(raw)
    assert document.text.endswith("（数据来源：市统计局）")
    assert document.meta.source is None


def test_a_headline_glued_to_the_first_paragraph_is_the_title() -> None:
    from lytui.pipeline import clean_text

    raw = "|\n诸城市非遗“赶大集”活动 在金查理小镇举办 为进一步提高人民群众对非物质文化遗产的保护意识，文化和旅游局举办了活动。\n第二段的内容也在这里，活动吸引了很多市民前来参观。\n"
    document = clean_text(raw)
    assert document.meta.title == "诸城市非遗“赶大集”活动 在金查理小镇举办"
    assert document.text.splitlines()[1].startswith("为进一步提高")
    dated = clean_text("新华社北京5月17日电 记者从有关部门获悉，今年全国粮食产量稳中有升，各地夏收进展顺利。\n")
    assert dated.meta.title is None


def test_a_tag_line_is_page_chrome() -> None:
    from lytui.pipeline import clean_text

    raw = "標題在這里\n\n截至目前，福建省已創建7個國家現代農業產業園，其中4個已獲認定。\n標簽: 國家現代農業\n"
    document = clean_text(raw)
    assert "标签" not in document.text
    assert any(r.kind == "boilerplate" and "標簽" in r.raw for r in document.repairs)


def test_a_dateline_that_ends_in_a_colon_is_the_dateline() -> None:
    from lytui.pipeline import clean_text

    raw = "小区志愿者组成抗疫突击队\n\n東方網記者張力韻、通訊員陳怡4月25日報道:“陽光真好啊！”核酸檢測結束，居民們都很高興。\n"
    document = clean_text(raw)
    assert document.meta.dateline == "东方网记者张力韵、通讯员陈怡4月25日报道"
    assert document.text.splitlines()[-1].startswith("“阳光真好啊！”")


def test_a_summary_repeated_as_the_opening_of_the_lede_is_shown_once() -> None:
    from lytui.pipeline import clean_text

    lede = "11月22日，記者從四川省環保廳獲悉，10月上旬各市出現大面積秸稈焚燒現象。"
    raw = f"秸稈集中焚燒 10月成今年空氣最臟月\n來源:四川在線 | 發布時間: 2015-11-23\n{lede}\n\n{lede}省辦公室日前發布緊急通知。\n"
    document = clean_text(raw)
    assert document.text.count("11月22日") == 1
    assert any(r.kind == "boilerplate" and r.raw == lede for r in document.repairs)


def test_a_record_line_with_a_file_name_is_furniture_and_gives_the_date_when_nothing_else_does() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "记录民情 情暖百姓\n\n"
        "带动村民脱贫致富，这些事不仅记在田彦军的日记本上，更记在他的心里，村子几年来变化很大。\n"
        "2021-04-30 扶贫365 2 2 河北经济日报 con84745.html 1 记录民情 情暖百姓\n"
    )
    document = clean_text(raw)
    assert "con84745" not in document.text
    assert document.meta.published == "2021-04-30"
    dated = clean_text(raw.replace("记录民情 情暖百姓\n\n", "记录民情 情暖百姓\n发布时间：2021-05-02\n"))
    assert dated.meta.published == "2021-05-02"


def test_the_medium_of_the_dateline_is_the_source_when_no_line_names_one() -> None:
    from lytui.pipeline import clean_text

    body = "1月22日10时10分，成都天府国际机场西一跑道上，四川航空的航班平稳降落，机场正式投运。\n"
    for dateline, source in (
        ("据新华社北京2月17日电", "新华社"),
        ("巴东电视台报道（记者：向启家 通讯员：肖华）", "巴东电视台"),
        ("四川在线消息（记者 熊筱伟 寇敏芳）", "四川在线"),
        ("某阳新闻网3月11日讯（通讯员 石某某）", "某阳新闻网"),
        ("某楚网（某北日报网）讯（记者范某某 通讯员李某）", "某楚网"),  # the site with its other name
        ("云上某鱼报道（全媒体记者皮某某 通讯员倪某）", "云上某鱼"),  # a county's app, under its own name
        ("中国某湾网9月27日珠海讯", "中国某湾网"),  # where it was filed between the day and 讯
        ("某都晚报讯（记者 李某）", "某都晚报"),
    ):
        document = clean_text(f"全国颁证运输机场达241个\n\n{dateline} {body}编辑|何欣鸿\n")
        assert document.meta.source == source, dateline
        assert document.meta.editor == "何欣鸿"
    named = clean_text(f"标题在这里\n来源：人民网\n\n据新华社北京2月17日电 {body}")
    assert named.meta.source == "人民网"


def test_a_field_line_long_enough_to_read_as_prose_is_still_the_pages_fields() -> None:
    from lytui.pipeline import clean_text

    body = "今年以来，某县围绕特色产业发展，新建冷库三座，带动周边三百多户农民增收致富。\n"
    for fields in (
        "来源:某某市广播电视台新闻中心 作者:王某某 编辑:李某某",
        "来源：某某市广播电视台新闻中心编辑：李某某",
    ):
        document = clean_text(f"某县冷链物流产业园建成投用\n{fields}\n{body}")
        assert document.meta.editor == "李某某", fields
        assert [document.block_text(p) for p in document.paragraphs] == [body.strip()]


def test_a_source_field_ends_where_the_sites_notice_goes_on_after_a_comma() -> None:
    from lytui.pipeline import clean_text

    body = "今年以来，某县围绕特色产业发展，新建冷库三座，带动周边三百多户农民增收致富。\n"
    document = clean_text(f"某县冷链物流产业园建成投用\n{body}来源:某某新闻网,信息贵在分享,如涉及版权问题请联系删除\n")
    assert document.meta.source == "某某新闻网"


@pytest.mark.parametrize(
    "credit", ["（某某云新闻记者 吴某某 刘某某 责任编辑 徐某某）", "某某云新闻记者 吴某某 刘某某 责任编辑：徐某某"]
)
def test_an_editor_named_after_the_reporters_is_the_editor_not_a_reporter(credit: str) -> None:
    from lytui.pipeline import clean_text

    body = "今年以来，某县围绕特色产业发展，新建冷库三座，带动周边三百多户农民增收致富。\n"
    document = clean_text(f"某县冷链物流产业园建成投用\n{body}{credit}\n")
    assert document.meta.editor == "徐某某"
    assert document.meta.byline == "某某云新闻记者 吴某某 刘某某"


def test_an_editors_credit_closing_the_text_with_a_wires_date_code_is_meta() -> None:
    from lytui.pipeline import clean_text

    last = "运动会赛事类别包括田径、篮球、羽球、慢速垒球、桌球、游泳及趣味竞赛。"
    document = clean_text(f"某县冷链物流产业园建成投用\n{_PARAGRAPH}\n{last}（编辑：李某某）1131017\n")
    assert document.meta.editor == "李某某"
    assert document.block_text(document.paragraphs[-1]) == last


def test_a_forums_info_line_of_a_date_and_labelled_items_apart_by_bars_is_meta() -> None:
    from lytui.pipeline import clean_text

    info = "2022-3-1 05:00| 发布者: 某某某| 查看: 7051| 评论: 0"
    document = clean_text(f"某县冷链物流产业园建成投用\n{info}\n{_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.published == "2022-03-01T05:00:00+08:00"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_forums_from_field_is_the_source_and_the_epoch_is_no_date() -> None:
    info = "1970-1-1 08:00| 发布者: 某某某| 查看: 31973| 评论: 0|来自: 某某早报"
    document = clean_text(f"某县冷链物流产业园建成投用\n{info}\n{_PARAGRAPH}\n{_SECOND}\n")
    assert (document.meta.published, document.meta.source) == (None, "某某早报")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_an_info_line_of_a_date_a_name_and_a_medium_a_space_apart_gives_all_three() -> None:
    document = clean_text(f"某县冷链物流产业园建成投用\n2017-08-31 王某明 红网\n{_PARAGRAPH}\n{_SECOND}\n")
    assert (document.meta.published, document.meta.byline, document.meta.source) == ("2017-08-31", "王某明", "红网")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


@pytest.mark.parametrize(
    ("line", "published"),
    [("发布日期:107/10/5", "2018-10-05"), ("发稿日期：110年7月17日14:41", "2021-07-17T14:41:00+08:00")],
)
def test_a_taiwanese_pages_date_counted_from_1912_is_the_publication_date(line: str, published: str) -> None:
    from lytui.pipeline import clean_text

    document = clean_text(f"某县冷链物流产业园建成投用\n{line}\n{_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.published == published


def test_a_headline_the_page_prints_twice_wins_over_a_kicker_above_it() -> None:
    from lytui.pipeline import clean_text

    page = f"今年上半年某市空气质量持续向好“好天气”天数创下新高\n143天空气质量指标“六降一升”\n143天空气质量指标“六降一升”\n{_PARAGRAPH}\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.title == "143天空气质量指标“六降一升”"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


@pytest.mark.parametrize(
    ("line", "published", "reporters"),
    [
        ("2026/01/29 19:59 记者刘某庆／澎湖报导", "2026-01-29T19:59:00+08:00", ("记者", ["刘某庆"])),
        ("某某汇流新闻网记者谢某明/台北报导", None, ("记者", ["谢某明"])),
        ("作者:杨某 来源:今日某邮", None, ("作者", ["杨某"])),
        ("【作者:赖某平】", None, ("作者", ["赖某平"])),
        ("作者:佚名 来源:某某网", None, None),  # no one's name
        ("作者:admin 来源:某某网", None, None),
    ],
)
def test_a_reporter_filing_from_a_place_and_an_authors_field_are_the_byline(
    line: str, published: str | None, reporters: tuple[str, list[str]] | None
) -> None:
    from lytui.pipeline import clean_text

    document = clean_text(f"某县冷链物流产业园建成投用\n{line}\n{_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.published == published
    assert document.meta.reporters() == reporters
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_photos_source_is_not_the_articles() -> None:
    from lytui.pipeline import clean_text

    document = clean_text(f"某县冷链物流产业园建成投用\n照片来源:某市警方提供\n{_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.source is None


def test_an_editor_line_may_name_several_editors() -> None:
    from lytui.pipeline import clean_text

    document = clean_text(
        "标题在这里\n編輯:付波 熊哲\n\n全县召开会议，部署全年的重点工作任务，各乡镇负责人参加了会议。\n"
    )
    assert document.meta.editor == "付波 熊哲"


def test_a_charts_title_unit_and_data_source_lines_are_not_article_text() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "农机太多挣钱难\n\n"
        "最近，不少农机合作社遇到了发展瓶颈，作业价格一路下降，挣钱越来越难了。\n"
        "2009-2018年农机耕种收作业\n综合价格变动曲线（单位：元）\n数据来源：牛轰轰网对全国粮食产区农机合作社抽样调查\n"
        "截至2018年，全国农机总动力超过11亿千瓦，拖拉机保有量超过2000万台。\n"
        "2019-2023年发展回顾\n"
        "五年来，全县农业机械化水平稳步提高，主要作物综合机械化率超过八成。\n"
    )
    document = clean_text(raw)
    assert "单位" not in document.text and "数据来源" not in document.text and "2009-2018" not in document.text
    assert "2019-2023年发展回顾" in document.text  # a heading, with no chart beside it
    assert document.meta.source is None  # 数据来源 is a chart's, not the page's source
    assert any((r.kind == "boilerplate" and "單位" in r.raw) or "单位" in r.raw for r in document.repairs)


def test_an_author_at_the_end_of_the_info_line_is_the_byline() -> None:
    from lytui.pipeline import clean_text

    document = clean_text(
        "我县规划设立现代农业示范园区\n发布时间:  浏览: 次  作者:朱修林\n\n修水现代农业示范园区规划为一区两园，总面积两万亩，目前已完成规划编制。\n"
    )
    assert document.meta.reporters() == ("作者", ["朱修林"])


def test_a_list_of_related_links_after_the_article_is_footer() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "全县召开农业工作会议\n来源：县政府办 发布时间：2024-01-02\n分享让更多人看到\n小字号 中字号 大字号\n"
        "全县召开会议，部署全年的重点工作任务，各乡镇负责人参加了会议。\n"
        "相关新闻\n·县长调研春耕生产\n·全县农业工作会议召开\n"
    )
    document = clean_text(raw)
    assert document.text == "全县召开农业工作会议\n全县召开会议，部署全年的重点工作任务，各乡镇负责人参加了会议。"
    assert any(r.kind == "boilerplate" and r.raw == "·全县农业工作会议召开" for r in document.repairs)


def test_agency_datelines_summaries_labels_and_hotlines() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "新闻热线：0816-2395666\n欢迎访问绵阳新闻网\n【涪城】玉米丰收夯实强村富民路\n发稿时间：2024-08-27 09:19 来源：绵阳日报\n"
        "摘要：眼下正是玉米丰收的季节。近日，记者在清水村看到，农户们正投入到采收中。\n"
        "绵阳新闻网讯 眼下正是玉米丰收的季节。近日，记者在清水村看到，农户们正投入到采收中（如图）。\n"
        "昭通新闻报料：0870-2158276 昭通新闻网，未经授权不得转载\n更多>>  日照日报近期报纸查看\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "玉米丰收夯实强村富民路"
    assert document.meta.dateline == "绵阳新闻网讯"
    assert document.text.count("眼下正是玉米丰收的季节") == 1
    for furniture in ("摘要", "热线", "欢迎", "报料", "更多"):
        assert furniture not in document.text, furniture
    assert (
        clean_text("标题在这里\n\n本报讯 昨日上午，四方区第七届邻居节拉开序幕，辖区内92个社区参加。\n").meta.dateline
        == "本报讯"
    )


def test_a_spam_list_joined_by_commas_is_junk() -> None:
    from lytui.text.boilerplate import classify

    assert classify("伊人网av,毛片在线观看，欧美日本色，青青草手机视频在线，亚洲欧美在线成人") == "junk"
    assert classify("全市体育平台建设，在线服务升级") == "short"


_PARAGRAPH = "近年来，该镇通过大力发展特色产业，农民人均收入从八千元增加到一万五千元，群众生活明显改善。"
_SECOND = "下一步，该镇将继续完善基础设施，引进龙头企业，带动更多农户增收致富，推动乡村全面振兴。"


def test_of_two_equally_long_lines_above_the_info_line_the_nearer_is_the_title() -> None:
    page = (
        f"某某影片在线观看，某某精品视频免费看\n本页位置：首页新闻中心\n某县农民自发加入合作社 乐当“新社员”\n"
        f"2009年04月10日 17:43 来源：某某新闻网\n{_PARAGRAPH}\n{_SECOND}\n"
    )
    document = clean_text(page)
    assert document.meta.title == "某县农民自发加入合作社 乐当“新社员”"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_menu_of_pieces_set_apart_by_runs_of_spaces_is_not_the_title() -> None:
    page = f"2024某某运输大会 投稿须知     典型人物\n初生的乡路\n作者：本刊编辑部 来源：某某网 时间：2019-05-28\n{_PARAGRAPH}\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.title == "初生的乡路"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_reposts_taken_from_line_is_the_source_not_the_title() -> None:
    page = f"本文转自：某某都市报\n{_PARAGRAPH}\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.source == "某某都市报"
    assert document.meta.title is None
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_an_original_title_note_in_brackets_is_page_furniture() -> None:
    page = f"某地安置受灾群众\n（原标题：某省安置受灾群众一万余人）\n{_PARAGRAPH}\n{_SECOND}\n(原标题:某省安置受灾群众一万余人)\n"
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


@pytest.mark.parametrize("site", ["杏彩平台官网", "大澳门某某赌场官网", "狗万manbet官网"])
def test_a_spam_site_that_copied_the_article_is_not_its_source(site: str) -> None:
    document = clean_text(
        f"某地发现猫科动物踪影\n2021-09-16 17:10:15 | 来源：{site} 作者：某某\n{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert document.meta.source is None
    assert clean_text(f"标题\n来源：中国体育彩票网\n{_PARAGRAPH}\n").meta.source == "中国体育彩票网"


@pytest.mark.parametrize(
    "furniture",
    ["某某广播电视台", "某某报官方微信\n某某报官方微信", "某某日报/某某网 记者 张某 通讯员 李某", "李某|摄"],
)
def test_a_mediums_name_a_byline_or_a_credit_is_not_the_title(furniture: str) -> None:
    page = f"某地：村BA点燃乡村热情\n{furniture}\n2025/07/10\n{_PARAGRAPH}\n{_SECOND}\n"
    assert clean_text(page).meta.title == "某地：村BA点燃乡村热情"


def test_the_headline_right_above_the_info_line_wins_over_lines_above_a_date_at_the_top() -> None:
    page = (
        f"某某报手机版\n某某报客户端首页\n2021年03月31日 星期三\n冰点特稿第1215期\n当急救专家需要急救\n"
        f"某某报记者 杨某  来源：某某报\n{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert clean_text(page).meta.title == "当急救专家需要急救"


def test_an_all_in_our_app_line_after_the_text_is_furniture() -> None:
    page = f"标题在此\n{_PARAGRAPH}\n{_SECOND}\n海量资讯、精准解读，尽在某某财经APP\n"
    assert [clean_text(page).block_text(p) for p in clean_text(page).paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_line_of_numbers_above_the_headline_is_not_the_title() -> None:
    page = f"手机版\n\n2 2 2\n\n山区小镇发展特色产业 “脱贫的每一步，都要走踏实”\n\n{_PARAGRAPH}\n\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.title == "山区小镇发展特色产业 “脱贫的每一步，都要走踏实”"
    assert all("2 2 2" not in document.block_text(p) for p in document.paragraphs)


def test_an_e_paper_page_label_is_not_the_title() -> None:
    page = f"2024年03月02日\n第07版：城乡新闻 PDF版\n\n石桥镇\n\n“藕”遇新生活\n\n{_PARAGRAPH}\n\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.title == "“藕”遇新生活"
    assert document.block_text(document.paragraphs[0]) == _PARAGRAPH


@pytest.mark.parametrize(
    ("ending", "reporters"),
    [
        (f"{_SECOND}\n\n（钱晓东 孙丽）\n", ["钱晓东", "孙丽"]),
        (f"{_SECOND}（孙丽）\n", ["孙丽"]),
    ],
)
def test_reporters_named_alone_in_brackets_where_the_article_ends_are_its_credit(
    ending: str, reporters: list[str]
) -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n{ending}")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]
    credited = document.meta.reporters()
    assert credited is not None and credited[1] == reporters


@pytest.mark.parametrize("note", ["（待续）", "（节选）"])
def test_a_bracketed_word_that_is_no_name_stays_with_the_article(note: str) -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n{_SECOND}{note}\n")
    assert document.block_text(document.paragraphs[-1]).endswith(note)


def test_a_bulleted_line_after_the_last_paragraph_is_not_the_article_cut_off() -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n{_SECOND}\n\n  • 热点推荐\n")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_short_sentences_under_the_info_line_open_the_article() -> None:
    page = (
        "某市：破解三大难题在一线\n\n2019年05月06日 10:20 | 来源：某市日报\n\n字号变大| 字号变小\n\n"
        f"  破解三大难题在一线（2）：钱从哪里来？\n\n  事在人为。\n\n  {_PARAGRAPH}\n\n  {_SECOND}\n"
    )
    document = clean_text(page)
    assert document.meta.title == "某市：破解三大难题在一线"
    shown = [document.block_text(b) for b in document.blocks if b.kind != "title"]
    assert shown[:2] == ["破解三大难题在一线（2）：钱从哪里来？", "事在人为。"]


def test_a_headline_asking_a_question_under_a_date_line_stays_the_title() -> None:
    page = f"2019年05月06日 10:20 来源：某市日报\n\n牛肉面为何涨价了？\n\n{_PARAGRAPH}\n\n{_SECOND}\n"
    assert clean_text(page).meta.title == "牛肉面为何涨价了？"


@pytest.mark.parametrize("medium", ["某省农村日报", "某川在线", "某州融媒体中心"])
def test_a_byline_that_names_the_medium_first_is_no_headline(medium: str) -> None:
    page = f"{medium}全媒体记者 钱晓东 孙丽 周明\n{_PARAGRAPH}\n\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.title is None
    credited = document.meta.reporters()
    assert credited is not None and credited[1] == ["钱晓东", "孙丽", "周明"]


@pytest.mark.parametrize("word", ["对", "在", "与", "的", "50 万"])
def test_a_chunk_ending_in_a_word_that_needs_what_follows_is_no_heading(word: str) -> None:
    line = f"某某某{word} “城乡共建文明”工作进行了安排部署。"
    document = clean_text(f"{_PARAGRAPH}\n\n{line}\n\n{_SECOND}\n")
    assert [b.kind for b in document.blocks].count("heading") == 0
    kept = line.replace("50 万", "50万")  # a number and its measure word close up
    assert kept in [document.block_text(p) for p in document.paragraphs]


def test_a_heading_before_its_paragraph_on_one_line_stays_a_heading() -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n千名干部挂千企 全市干部深入企业，帮助解决实际困难。\n\n{_SECOND}\n")
    assert "千名干部挂千企" in [document.block_text(b) for b in document.blocks if b.kind == "heading"]


def test_a_heading_and_the_start_of_its_paragraph_where_the_page_was_cut_stay() -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n{_SECOND}\n\n住到村里去\n\n2023年五一劳动节，该镇党委书记带领干部")
    shown = [document.block_text(b) for b in document.blocks]
    assert shown[-2:] == ["住到村里去", "2023年五一劳动节，该镇党委书记带领干部"]


@pytest.mark.parametrize(
    "dateline", ["某州新闻网·某网某州站5月9日讯（通讯员 马某某 储某某）", "（翟某某）", "(张某 李某某)"]
)
def test_a_joined_stations_dateline_and_a_reporters_name_in_brackets_before_the_text_are_meta(dateline: str) -> None:
    document = clean_text(f"某县冷链物流产业园建成投用\n\n{dateline}{_PARAGRAPH}\n\n{_SECOND}\n")
    assert document.meta.dateline == dateline.replace("(", "（").replace(")", "）")
    assert document.block_text(document.paragraphs[0]) == _PARAGRAPH


@pytest.mark.parametrize(
    "dateline", ["本报讯周某勇报道", "本报讯 记者周某勇 报道", "某某日报讯 通讯员王某 李某某 报道"]
)
def test_a_mediums_word_then_who_reports_is_the_dateline(dateline: str) -> None:
    document = clean_text(f"某县冷链物流产业园建成投用\n\n{dateline}：{_PARAGRAPH}\n\n{_SECOND}\n")
    assert document.meta.dateline == dateline
    assert document.block_text(document.paragraphs[0]) == _PARAGRAPH


@pytest.mark.parametrize("lead", ["（节选）", "（上）", "（一）"])
def test_a_bracketed_word_before_the_text_that_names_nobody_stays(lead: str) -> None:
    document = clean_text(f"某县冷链物流产业园建成投用\n\n{lead}{_PARAGRAPH}\n\n{_SECOND}\n")
    assert document.meta.dateline is None


def test_a_dateline_filed_by_an_app_or_column_is_meta() -> None:
    document = clean_text(f"掌上某州讯 {_PARAGRAPH}\n\n{_SECOND}\n")
    assert document.meta.dateline == "掌上某州讯"
    assert document.block_text(document.paragraphs[0]) == _PARAGRAPH


def test_a_photographers_credit_after_the_text_is_meta_but_a_caption_stays() -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n{_SECOND}\n\n图片：钱晓东\n")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]
    kept = clean_text(f"{_PARAGRAPH}\n\n图片：丰收的田野\n\n{_SECOND}\n")
    assert "图片：丰收的田野" in [kept.block_text(b) for b in kept.blocks]


def test_below_the_text_a_line_after_the_sites_furniture_is_footer() -> None:
    dates = "| ".join(f"2025-11-{day:02d},12{day:03d}" for day in range(1, 20))
    document = clean_text(f"{_PARAGRAPH}\n\n{_SECOND}\n\n{dates}|\n您的浏览器版本太低，请升级后访问本站\n")
    assert [document.block_text(b) for b in document.blocks] == [_PARAGRAPH, _SECOND]


def test_a_dashed_bullet_link_after_the_text_is_footer() -> None:
    document = clean_text(f"{_PARAGRAPH}\n\n{_SECOND}\n- ·国家某某局：电动自行车全链")
    assert [document.block_text(b) for b in document.blocks] == [_PARAGRAPH, _SECOND]


def test_the_page_telling_the_reader_how_to_use_it_is_chrome_not_the_article() -> None:
    page = (
        "您的浏览器不支援JavaScript功能，若部分网页功能无法正常使用时，请开启浏览器JavaScript状态\n"
        "友善列印 :\n请利用键盘按住Ctrl + P开启列印功能\n"
        "而IE7或Firefox浏览器则可利用键盘 Ctrl + (+)放大 (-)缩小来改变字型大小。\n\n"
        f"某院新闻\n\n某市：打造农村再生新亮点\n\n日期：104-12-23\n\n{_PARAGRAPH}\n\n{_SECOND}\n"
    )
    document = clean_text(page)
    assert document.meta.title == "某市：打造农村再生新亮点"
    assert [document.block_text(b) for b in document.blocks if b.kind != "title"] == [_PARAGRAPH, _SECOND]


def test_an_article_about_browsers_stays() -> None:
    line = "该公司发布的新版浏览器在国内下载量突破一千万次，用户普遍反映运行速度明显加快。"
    document = clean_text(f"{line}\n\n{_SECOND}\n")
    assert document.block_text(document.paragraphs[0]) == line


def test_a_bullet_before_a_heading_or_a_point_is_layout_and_its_removal_is_recorded() -> None:
    from lytui.pipeline import clean_text

    point = "■去年以来，全县新建村卫生室十二个，乡村医生队伍不断壮大，群众看病更方便了。"
    lede = "今年，某县把乡村医疗作为民生实事来抓，投入资金三千万元，改善基层医疗条件。"
    page = "\n".join(["某县乡村医疗调查", lede, "◆ 乡村诊所建起来了", point, "▲ 县医院专家下乡坐诊", lede])
    document = clean_text(page)
    kept = [document.block_text(b) for b in document.blocks if b.kind in ("heading", "paragraph")]
    assert kept == [lede, "乡村诊所建起来了", point[1:], "县医院专家下乡坐诊", lede]
    removed = "".join(r.raw for r in document.repairs if r.kind == "boilerplate")
    assert "◆" in removed and "■" in removed


@pytest.mark.parametrize(
    ("medium", "mark"), [("某县招商网讯", "："), ("本报讯", "："), ("掌上某州讯", "："), ("文明风8月7日讯", "? ")]
)
def test_a_dateline_with_a_colon_after_its_word_leaves_the_first_paragraph(medium: str, mark: str) -> None:
    """Its colon, or the `?` a lost byte left in the colon's place."""
    from lytui.pipeline import clean_text

    lede = "据了解，截至今年5月，县工业园区共联系客商200余人次，签约项目18个。"
    document = clean_text(f"标题在这里\n{medium}{mark}{lede}\n5月21日，县工业园区举办了项目集中签约仪式。\n")
    assert document.meta.dateline == medium
    assert document.block_text(document.paragraphs[0]) == lede


def test_good_news_with_a_colon_is_no_dateline() -> None:
    from lytui.pipeline import clean_text

    document = clean_text("标题在这里\n村里传来喜讯：今年的稻谷丰收了，亩产比去年多了一百斤。\n")
    assert document.meta.dateline is None


@pytest.mark.parametrize(
    "furniture",
    ["2024-05-06 乡村振兴 3 3 某州晚报 content_5521.html 1 村里来了新产业", "更多>>  某州晚报近期报纸查看"],
)
def test_a_digital_papers_record_or_back_issues_link_names_the_source(furniture: str) -> None:
    from lytui.pipeline import clean_text

    lede = "今年以来，村里引进了两家食品加工企业，带动村民就近就业一百多人，村集体收入明显增加。"
    document = clean_text(f"村里来了新产业\n{lede}\n{furniture}\n")
    assert document.meta.source == "某州晚报"
    assert document.text.endswith(lede)
    labelled = clean_text(f"村里来了新产业\n来源：某县融媒体中心\n{lede}\n{furniture}\n")
    assert labelled.meta.source == "某县融媒体中心"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("以产业为笔 绘乡村新卷?", "以产业为笔 绘乡村新卷"),
        ("某县召开创建文明县城动员部署会？", "某县召开创建文明县城动员部署会"),
        ("农村学生的午餐怎么吃？", "农村学生的午餐怎么吃？"),
        ("这家企业用40年证明了什么？", "这家企业用40年证明了什么？"),
        ("一场火灾缘何发生？", "一场火灾缘何发生？"),
    ],
)
def test_a_question_mark_ends_a_title_only_when_the_title_asks(headline: str, title: str) -> None:
    from lytui.pipeline import clean_text

    lede = "今年以来，县里把乡村产业作为重点来抓，新建基地十二个，带动农户增收。"
    assert clean_text(f"{headline}\n{lede}\n").meta.title == title


def test_a_headline_question_without_a_question_word_stays_on_a_page_that_asks_questions() -> None:
    from lytui.pipeline import clean_text

    lede = "校长究竟如何面对教育压力?如何将偏远落后的乡村学校办出特色?这是乡村教育绕不开的问题。"
    headline = "乡村学校发展之困:一个好校长就是一所好学校?"
    info = "2019-06-29 来源：校长学院"
    assert clean_text(f"{headline}\n{info}\n{lede}\n").meta.title == "乡村学校发展之困：一个好校长就是一所好学校？"
    # the same page with a lost byte's run elsewhere: the mark may be the lost byte's
    lost = "对此，吴云娟说?!眳窃凭暾f，要抓好落实。"
    assert (
        clean_text(f"{headline}\n{info}\n{lede}\n{lost}\n").meta.title == "乡村学校发展之困：一个好校长就是一所好学校"
    )


def test_an_empty_source_field_or_credit_takes_no_date_or_verb_as_its_value() -> None:
    from lytui.text.meta_lines import _parse_meta

    fields: dict[str, str] = {}
    _parse_meta("  • 来源:    2021/01/27 14:22", fields)
    assert fields == {"published": "2021-01-27T14:22:00+08:00"}
    fields = {}
    _parse_meta("□通讯员    报道", fields)
    assert "byline" not in fields
    _parse_meta("来源：某某新闻网 2021-01-27", fields)
    assert fields["source"] == "某某新闻网"


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=" \t\n|｜ab新闻", max_size=12),
    st.integers(0, 13),
    st.integers(0, 13),
)
def test_trailing_bars_are_cut_as_the_pattern_alone_would(line: str, start: int, end: int) -> None:
    """The quick test of the line's last character never skips a cut the pattern would make."""
    start, end = min(start, len(line)), min(max(start, end), len(line))
    expected = end
    while (m := _TRAILING_BARS.search(line, start, expected)) and m.start() > start:
        expected = m.start()
    assert _without_trailing_bars(line, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \u3000\t“”《》（）()新闻ab", max_size=14), st.integers(0, 50))
def test_chunks_of_a_line_without_spaces_is_the_line(line: str, base: int) -> None:
    chunks = _chunks(line, base)
    if not any(ch.isspace() for ch in line):
        assert chunks == ([(base, base + len(line))] if line else [])
    assert all(base <= a < b <= base + len(line) for a, b in chunks)


def test_a_summary_under_any_of_its_labels_that_the_lede_repeats_goes() -> None:
    from lytui.pipeline import clean_text

    lede = "近日，全省民营企业家座谈会暨项目签约仪式在成都举行，共签约20个项目，投资总金额达268亿元。"
    raw = f"某省民营企业签约268亿元\n文章摘要：{lede[:40]}... |\n{lede}\n截至10月13日，全省对接民营企业206家，签约项目投资385.9亿元。\n"
    document = clean_text(raw)
    assert document.text.count("全省民营企业家座谈会") == 1 and "摘要" not in document.text


def test_headlines_of_other_articles_that_close_the_page_are_not_text() -> None:
    """Three or more headline-shaped lines ending the page below the text, none saying the article's words
    again, are the site's list of other articles even without a label over them; the credits and meta
    lines among them are still read."""
    from lytui.pipeline import clean_text

    article = (
        "某市举办非遗生活季活动\n"
        "9月15日晚，某市文化广电旅游局、某新区管理委员会共同主办的非遗生活季暨新区十年非遗展在湖畔启幕。\n"
        "当晚，某市群众歌咏大赛也在湖畔圆满结束。此外，为庆祝新区获批国家级新区十周年，现场还举办了水墨展。\n"
        "（活动方供图）\n"
    )
    teasers = "密密麻麻！一地突现燕子低空扎堆乱飞？官方回应\n某省检察深化食药领域公益诉讼工作\n某县发布大风蓝色预警_1\n"
    document = clean_text(article + teasers + "责任编辑：李甲\n")
    assert document.text.splitlines()[-1] == "（活动方供图）"
    assert document.meta.editor == "李甲"
    assert any(r.raw.startswith("密密麻麻") for r in document.repairs)
    # two such lines, or lines that repeat the article's words, stay
    kept = clean_text(article + "密密麻麻！一地突现燕子低空扎堆乱飞？官方回应\n某省检察深化食药领域公益诉讼工作\n")
    assert kept.text.splitlines()[-1] == "某省检察深化食药领域公益诉讼工作"
    echoed = clean_text(article + "非遗生活季现场一角\n水墨非遗展吸引市民驻足\n歌咏大赛获奖选手合影\n")
    assert echoed.text.splitlines()[-1] == "歌咏大赛获奖选手合影"


def test_a_date_written_day_first_with_dots_is_the_publication_date() -> None:
    """28.09.2015 19:43 under a headline: a template's day-month-year, the info line of the page."""
    from lytui.pipeline import analyse, clean_text

    document = clean_text(
        "某县四季度18个项目集中开工\n28.09.2015 19:43\n本文来源: 新华\n"
        "9月28日，某县第四季度18个项目集中开工建设，项目涵盖产业发展类、城镇基础类。\n"
    )
    assert document.meta.published == "2015-09-28T19:43:00+08:00"
    assert not document.text.splitlines()[1].startswith("28.09")
    assert "2015-09-28" in [f.value for f in analyse(document).facts]  # 9月28日 takes the page's year


def test_a_medium_named_alone_in_brackets_under_the_text_is_its_source() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "某市举办非遗生活季活动\n"
        "9月15日晚，某市文化广电旅游局、某新区管理委员会共同主办的非遗生活季在湖畔启幕，吸引市民游客数千人。\n"
        "（活动方供图）\n（某省在线）\n"
    )
    document = clean_text(raw)
    assert document.meta.source == "某省在线"
    assert document.text.splitlines()[-1] == "（活动方供图）"


def test_a_credit_above_teasers_that_read_as_prose_is_still_read_as_under_the_text() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "某市举办非遗生活季活动\n"
        "9月15日晚，某市文化广电旅游局、某新区管理委员会共同主办的非遗生活季在湖畔启幕，吸引市民游客数千人。\n"
        "（某省在线）\n密密麻麻！一地突现燕子低空扎堆乱飞？官方回应\n某省检察深化食药领域公益诉讼工作\n某县发布大风蓝色预警_1\n"
    )
    document = clean_text(raw)
    assert document.meta.source == "某省在线"
    assert document.text.splitlines()[-1].startswith("9月15日晚")


def test_headline_shaped_lines_under_a_phrase_of_an_article_told_a_phrase_a_line_stay() -> None:
    """Three long phrases ending the page, under a short one: the article's own, told a phrase a line;
    teasers stand under a finished sentence or a credit."""
    from lytui.pipeline import clean_text

    page = (
        "某县民警深夜巧擒盗窃团伙\n"
        "本月三日凌晨两时许，某县公安局接到群众报警，称城区一家超市门窗被撬，店内物品被盗。\n"
        "心生一计\n报警人一边稳住三人一边拨通电话\n派出所民警随后赶到现场处置\n三名嫌疑人被带回派出所审查\n"
    )
    assert clean_text(page).text.splitlines()[-1] == "三名嫌疑人被带回派出所审查"


def test_a_dateline_after_a_photos_caption_still_opens_the_text() -> None:
    from lytui.pipeline import clean_text

    document = clean_text(
        "某县四季度18个项目集中开工\n2015-09-28 19:43 来源：某网\n某米业有限公司项目开工点现场。\n"
        "新华网某省频道9月28日电 9月28日，某县第四季度18个项目集中开工建设，项目涵盖产业发展类、城镇基础类。\n"
        "据悉，某县第四季度集中开工项目共18个，总投资43495.51万元。\n"
    )
    assert document.meta.dateline == "新华网某省频道9月28日电"
    assert [document.block_text(p) for p in document.paragraphs][:2] == [
        "某米业有限公司项目开工点现场。",
        "9月28日，某县第四季度18个项目集中开工建设，项目涵盖产业发展类、城镇基础类。",
    ]


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("□某某报业全媒体记者马某亮", "某某报业全媒体记者 马某亮"),
        ("来源:某某网 作者:全媒体记者 邵某 通讯员 张某 发布时间:2024-02-28 18:34:34", "全媒体记者 邵某 通讯员 张某"),
        ("本文来自微信公众号:某某实验室 (ID:abc),作者:熊某凯,头图来自:视觉中国", "作者：熊某凯"),
    ],
)
def test_a_credit_above_the_text_fills_the_byline_instead_of_vanishing(credit: str, byline: str) -> None:
    """The line is page furniture, but the reporters it names are facts: they go to the byline."""
    raw = f"县里新建三座水厂\n2024-03-05 来源：某某日报\n{credit}\n3月4日，县水务局宣布今年将新建三座水厂，总投资1.2亿元。\n"
    document = clean_text(raw)
    assert document.meta.byline == byline
    assert "水厂" in document.text.split("\n")[-1]


def test_a_column_called_reporters_notes_is_no_credit() -> None:
    raw = "县里新建三座水厂\n2024-03-05 来源：某某日报\n本报记者手记\n3月4日，县水务局宣布今年将新建三座水厂，总投资1.2亿元。\n"
    assert clean_text(raw).meta.byline is None


def test_reporters_credited_in_the_dateline_are_the_byline() -> None:
    document = clean_text(
        f"某县冷链物流产业园建成投用\n东南网4月4日讯（福建日报记者 廖丽萍 通讯员 陈明）{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert document.meta.byline == "福建日报记者 廖丽萍 通讯员 陈明"
    assert document.meta.dateline is not None and "廖丽萍" in document.meta.dateline
    place = clean_text(f"某县冷链物流产业园建成投用\n新华社福州4月4日电（龙岩）{_PARAGRAPH}\n{_SECOND}\n")
    assert place.meta.byline is None


def test_a_forum_posts_info_line_dates_it_and_its_poster_is_no_headline() -> None:
    page = f"某某第一网\n查看: 3681|回复: 0\n\n[爆料] 记者暗访基层防汛\n\n[复制链接]\n匿名\n匿名  发表于 2020-6-16 19:00:59 |阅读模式\n{_PARAGRAPH}\n{_SECOND}\n"
    document = clean_text(page)
    assert document.meta.published == "2020-06-16T19:00:59+08:00"
    assert document.meta.title == "[爆料] 记者暗访基层防汛"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_source_after_a_bar_a_wire_datelines_names_and_a_photographers_line() -> None:
    page = (
        "某县龙舟竞渡欢度端午\n来源 | 某城晚报·某城派\n2023-06-24 04:56:06\n"
        f"运城8月8日电 （李庭耀 李泱南 杨秀文）{_PARAGRAPH}\n村民正在采摘鸡心果。\n李东生 摄\n{_SECOND}\n"
    )
    document = clean_text(page)
    assert (document.meta.source, document.meta.byline) == ("某城晚报·某城派", "李庭耀 李泱南 杨秀文")
    assert not [b for b in document.blocks if b.kind == "heading"]
    assert "村民正在采摘鸡心果。李东生 摄" in [document.block_text(p) for p in document.paragraphs]


def test_a_headline_that_trails_off_is_still_the_headline() -> None:
    page = f"电梯外墙从砖头变玻璃？普陀的他们听见了百姓的呼声……\n\n2022-11-15 07:33:03\n{_PARAGRAPH}\n{_SECOND}\n"
    assert clean_text(page).meta.title == "电梯外墙从砖头变玻璃？普陀的他们听见了百姓的呼声……"


def test_a_headline_blank_rows_above_the_info_line_beats_a_short_line_between_two_info_lines() -> None:
    page = (
        f"某县高新大道改扩建项目主线通车\n\n\n\n发布时间：2022-10-17\n一公局\n2022-10-17\n\n{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert clean_text(page).meta.title == "某县高新大道改扩建项目主线通车"


@pytest.mark.parametrize(
    ("author", "byline"), [("作者: 系统", None), ("作者：高峰", "作者：高峰"), ("记者：张明", "记者：张明")]
)
def test_an_author_field_that_holds_an_ordinary_word_is_a_sites_account_not_a_byline(
    author: str, byline: str | None
) -> None:
    document = clean_text(
        f"某县冷链物流产业园建成投用\n发布时间:2014-01-13 本文来源:宣传科 {author}\n{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert document.meta.byline == byline


@pytest.mark.parametrize("credit", ["（记者胡某洋 夏某丛）", "（记者胡某洋）"])
def test_a_role_glued_to_names_in_brackets_after_the_last_sentence_is_the_byline(credit: str) -> None:
    document = clean_text(f"某县冷链物流产业园建成投用\n2023-05-06 来源：测试网\n{_PARAGRAPH}\n{_SECOND}{credit}\n")
    assert document.meta.byline == "记者 " + credit.strip("（）").removeprefix("记者")
    assert document.block_text(document.paragraphs[-1]) == _SECOND


def test_an_update_time_then_a_medium_is_the_info_line() -> None:
    document = clean_text(f"某县冷链物流产业园建成投用\n更新:2023-09-14 00:35:29 某某升学网\n{_PARAGRAPH}\n{_SECOND}\n")
    assert (document.meta.published, document.meta.source) == ("2023-09-14T00:35:29+08:00", "某某升学网")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_who_spoke_after_a_quotation_and_a_space_stays_in_its_paragraph() -> None:
    raw = "某縣道路難行\n“更別說下雨的時候了！” 韓里元說，這條路晴天塵土飛揚。\n“定能順利過關。” 康倫洪這樣說道。 記者來到村口。"
    document = clean_text(raw)
    paragraphs = [document.block_text(p) for p in document.paragraphs]
    assert paragraphs[0].startswith("“更别说下雨的时候了！”") and "韩里元说" in paragraphs[0]
    assert "康伦洪这样说道" in paragraphs[1]
    # the speaker's village and post, or an adverb of how, before the verb
    long_ = clean_text("某縣道路難行\n“收入增加了。” 某寨村村民韓某陽滿意地說。\n“新途徑。” 某寨鎮黨委副書記閆某介紹。")
    assert [long_.block_text(p) for p in long_.paragraphs] == [
        "“收入增加了。” 某寨村村民韩某阳满意地说。",
        "“新途径。” 某寨镇党委副书记闫某介绍。",
    ]
    # a long clause that goes on after the verb, or names a source (据…介绍), starts a new paragraph
    apart = clean_text("某縣道路難行\n村民老李說：“收成錯不了。”　　據縣農業農村局相關負責人介紹，今年全縣播種50萬畝。")
    assert len(apart.paragraphs) == 2


def test_a_heading_shaped_line_that_ends_the_article_is_its_last_paragraph() -> None:
    document = clean_text("某縣經濟運行情況\n一、農業\n全縣糧食產量增長。\n二、工業\n工業生產大")
    assert [document.block_text(p) for p in document.paragraphs] == ["全县粮食产量增长。", "工业生产大"]
    assert [document.block_text(s.heading) for s in document.sections if s.heading] == ["一、农业", "二、工业"]


def test_a_summary_labelled_in_brackets_that_the_lede_says_again_leaves() -> None:
    from lytui.pipeline import clean_text

    lede = "8月1日12时整，为期约两个半月的南海伏季休渔期结束。当日，某市渔政支队派出两组执法人员。"
    document = clean_text(
        f"[摘要] {lede}\n渔政执法船艇在水道巡查。黄某 摄\n{lede}\n随着休渔期结束，休闲渔船出海游再度火爆。\n"
    )
    assert document.text.count("南海伏季休渔期结束") == 1 and "摘要" not in document.text


def test_a_headline_glued_without_a_space_before_the_day_the_text_opens_with_is_the_title() -> None:
    raw = "首页>新闻\n青山镇召开春耕生产推进会3月11日，青山镇召开春耕生产推进会，王刚出席。\n会议要求，各村要抓好农资供应。\n"
    document = clean_text(raw)
    assert document.meta.title == "青山镇召开春耕生产推进会"
    assert document.block_text(document.paragraphs[0]).startswith("3月11日，")
    opening = "全县干部群众热情高涨3月11日，各村开始春耕，田间地头一派繁忙景象。农机手们驾驶着拖拉机来回穿梭。"
    retold_nothing = clean_text(f"首页>新闻\n{opening}\n会议要求，各村要抓好农资供应。\n")
    assert retold_nothing.block_text(retold_nothing.paragraphs[0]) == opening


def test_a_posting_time_whose_first_separator_was_lost_to_a_space_is_read() -> None:
    raw = "青山镇召开推进会\n2023 09/ 13 16:30:02 来源：青山新闻网\n3月11日，青山镇召开推进会，王刚出席会议并讲话。会议要求，各村要抓好农资供应。\n"
    assert str(clean_text(raw).meta.published).startswith("2023-09-13")


def test_a_short_sentence_of_clauses_above_the_first_paragraph_opens_the_text() -> None:
    opening = "金秋时节，碧空如洗，丹桂飘香。"
    body = "仙境大地上，一所所设施一流的学校，一个个躬耕不辍的园丁，一张张天真烂漫的笑脸，一幅幅均衡发展的图景。"
    document = clean_text(
        f"□常德日报记者 黄媛媛 通讯员 田志波\n\n{opening}\n\n{body}\n\n近日，记者来到桃源，走访了不少学校。\n"
    )
    assert [document.block_text(p) for p in document.paragraphs][:2] == [opening, body]


def test_padded_labels_a_boxed_writer_and_a_closing_credit_with_a_pen_name_are_meta() -> None:
    padded = clean_text(
        "渠县开足马力\n来    源: 达州融媒    责    编: 包丽红\n渠县各工业企业开足马力忙生产赶订单，全力冲刺。\n"
    )
    assert (padded.meta.source, padded.meta.editor) == ("达州融媒", "包丽红")
    boxed = clean_text(
        "□王淑娟\n5月10日，正是携伴出游的好日子，火车车厢里的3个人却无暇顾及。\n第二段，大家都很努力。\n"
    )
    assert boxed.meta.title is None and boxed.meta.byline == "王淑娟"
    closing = clean_text("巩店镇浓浓中秋情\n老人们都高兴地说：“这里管理得好！”（魏微  峻岭 温剑）\n")
    assert closing.meta.byline == "魏微 峻岭 温剑" and "魏微" not in closing.text


def test_a_photo_credit_after_a_caption_stays_with_it_and_a_dateline_may_follow_captions() -> None:
    raw = (
        "海南乡村旅游文化节在琼中开幕\n2021年06月04日 09:53 来源：中国新闻网\n"
        "6月3日，海南乡村旅游文化节在琼中开幕。 符宇群 摄\n系列活动现场。 符宇群 摄\n\n"
        "中新网海南琼中6月4日电 （符宇群）以“全域旅游”为主题的海南乡村旅游文化节3日在琼中开幕。\n"
        "据了解，海南乡村旅游文化节已连续成功举办八届。\n"
    )
    document = clean_text(raw)
    assert [document.block_text(s.heading) for s in document.sections if s.heading] == []
    assert [document.block_text(p) for p in document.paragraphs][:2] == [
        "6月3日，海南乡村旅游文化节在琼中开幕。 符宇群 摄",
        "系列活动现场。 符宇群 摄",
    ]
    assert document.meta.dateline == "中新网海南琼中6月4日电 （符宇群）"
    # the photographer's role before the name: 本报记者 刘某 摄 is the credit, not a heading
    role = clean_text(
        "某村新貌\n\n第一段，村里修订了村规民约，村民们都很支持。\n\n\n\n    为将环境整治真正让村民受益，村里新修订"
        "完善村规民约。如今，村民们的生活环境如同城中公园。    本报记者 刘某鹰 摄\n\n\n"
        "本报记者在某村采访中药材种植情况。本报记者 魏某军 摄\n\n第二段，村民们很高兴，收入增加了不少。\n"
    )
    assert not [s.heading for s in role.sections if s.heading]
    assert role.block_text(role.paragraphs[1]).endswith("本报记者 刘某鹰 摄")


@pytest.mark.parametrize(
    "caption",
    [
        "民警在极寒天气中徒步巡查辖区。  资料照片",
        "社区邻里中心的活动室。 本报记者 颜某琦摄/光明图片",
        "某社区党委书记伍某莉。第1眼TV-某某网记者 李某科 石某 摄",
    ],
)
def test_a_credit_after_its_caption_naming_the_archive_an_agency_or_a_medium_is_no_heading(caption: str) -> None:
    """The credit on its caption's line, set apart by spaces: from the archive (资料照片), distributed by a
    picture agency after the slash (/光明图片), or taken by a medium's reporters (某某网记者 李某 石某 摄)."""
    first = "第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。"
    last = "第二段，村里修好了路，大家出行方便了，游客也一年比一年多起来。"
    for raw, at in ((f"{caption}\n\n{first}", 0), (f"{first}\n\n{caption}", 1)):
        document = clean_text(f"某地的好时光\n\n{raw}\n\n{last}\n")
        assert not [s.heading for s in document.sections if s.heading]
        assert document.block_text(document.paragraphs[at]) == caption


def test_a_caption_above_its_credit_on_a_line_of_its_own_is_kept_with_it() -> None:
    raw = (
        "某村：乡村游如何留住乡土味\n\n游客泛舟某湖。\n吴某芳摄\n\n某村游人如织。\n某县融媒体中心供图\n"
        "阳光越过山峦，驱散湖面的晨雾，湛蓝的天空倒映在澄澈的湖面。\n谁能想到，如今这个富裕村曾经要借粮度日？\n"
    )
    document = clean_text(raw)
    assert [document.block_text(p) for p in document.paragraphs][:2] == [
        "游客泛舟某湖。吴某芳摄",
        "某村游人如织。某县融媒体中心供图",
    ]
    assert document.meta.title == "某村：乡村游如何留住乡土味"


def test_a_share_box_label_on_the_headline_and_a_posting_time_glued_before_the_text_are_the_pages() -> None:
    raw = (
        "竹溪县人民医院急救为何引起中央媒体关注！ 二维码\n"
        "发表时间:2017-11-01 04:09 太和医疗集团竹溪分院引来新华社记者！ 2017年9月25日，新华社记者到我院采访。\n"
        "第二段内容在这里，医院的发展很快。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "竹溪县人民医院急救为何引起中央媒体关注！"
    assert str(document.meta.published).startswith("2017-11-01")
    assert "发表时间" not in document.text


def test_the_wire_a_dateline_relays_after_its_slash_is_part_of_the_dateline() -> None:
    document = clean_text(
        "中评社香港3月5日电／据人民网报导，记者从国家林草局获悉，今年全国计划造林。\n第二段内容在这里。\n"
    )
    assert document.meta.dateline == "中评社香港3月5日电／据人民网报导"
    assert "据人民网报导，记者" not in document.text and "\n记者从国家林草局获悉" in document.text


def test_a_posting_date_under_an_english_label_glued_before_the_dateline_is_the_pages() -> None:
    raw = (
        " date 2024-03-05 新华社北京3月5日电 记者从国家林草局获悉，今年全国计划完成造林任务一千万亩以上。\n"
        "第二段内容在这里，各地春季造林已经陆续展开。\n"
    )
    document = clean_text(raw)
    assert str(document.meta.published).startswith("2024-03-05")
    assert document.meta.dateline == "新华社北京3月5日电"
    assert "2024-03-05" not in document.text and "date" not in document.text


def test_a_medium_and_its_reporters_in_brackets_open_the_text_as_a_dateline() -> None:
    document = clean_text(
        "文成县长暗访\n文成新闻网（记者 林佳涛）近日，县长章寿禹来到铜铃山镇暗访。\n第二段，县长说要抓好落实。\n"
    )
    assert (document.meta.source, document.meta.byline) == ("文成新闻网", "记者 林佳涛")
    assert document.block_text(document.paragraphs[0]).startswith("近日")
    boxed = clean_text(
        "某县开会\n□记者 赵霞 报道\n近日，县政府召开常务会议。\n（资料图片仅供参考）\n会议要求抓好落实。\n"
    )
    assert boxed.meta.byline == "记者 赵霞" and "资料图片" not in boxed.text


def test_a_column_the_page_files_the_headline_under_is_not_the_title() -> None:
    raw = (
        "专栏【直击“双节”旅游】 庆国庆 迎中秋 仁怀乡村旅游展别样风情\n2017-10-04 20:02:52 仁怀市广播电视台\n"
        "庆国庆、迎中秋，“双节”小长假期间，我市各景区开展了丰富多彩的乡村旅游活动。\n"
    )
    assert clean_text(raw).meta.title == "庆国庆 迎中秋 仁怀乡村旅游展别样风情"


def test_the_banner_of_a_series_above_the_text_is_not_the_headline() -> None:
    raw = (
        "一场县域教育的“供给侧改革”\n——河北省涉县努力办公平而有质量的教育纪实\n\n"
        "■学习贯彻十九大精神 写好教育奋进之笔 特别报道\n"
        "如何办好农村学校，解决“城市挤，农村弱”，带着这个问题，记者近日来到了太行深处的河北省涉县。\n"
        "从县城出发，沿着一条蜿蜒曲折的山间公路颠簸了50多公里，记者终于到达后池村。\n"
    )
    assert clean_text(raw).meta.title == "一场县域教育的“供给侧改革”"


def test_who_reported_opening_the_text_is_its_dateline_and_byline() -> None:
    document = clean_text(
        "某地国庆\n通讯员皮道琦、骆谭明报道：10月9日，赤壁市各景区游客如织。\n第二段，游客们纷纷点赞。\n"
    )
    assert document.meta.byline == "通讯员 皮道琦 骆谭明"
    assert document.block_text(document.paragraphs[0]).startswith("10月9日")


def test_a_round_ups_section_line_of_a_topic_a_colon_and_what_happens_there_is_a_heading() -> None:
    from lytui.pipeline import clean_text

    lede = "今年以来，县里把乡村产业作为重点来抓，新建基地十二个，带动农户增收。"
    lines = [
        lede,
        "德宏瑞丽：举办中缅胞波狂欢节",
        lede,
        "霸州经开区：打造“舌尖上的产业新城”",
        lede,
        "地址：某某县某某路18号",
    ]
    document = clean_text("各地欢度国庆\n2024-10-02 来源：某网\n" + "\n".join(lines) + "\n")
    headings = [document.block_text(b) for b in document.blocks if b.kind == "heading"]
    assert headings == ["德宏瑞丽：举办中缅胞波狂欢节", "霸州经开区：打造“舌尖上的产业新城”"]


def test_a_kicker_ending_in_a_dash_and_a_subtitle_a_blank_line_apart_give_way_to_the_headline() -> None:
    from lytui.pipeline import clean_text

    lede = "今年以来，县里把乡村产业作为重点来抓，新建基地十二个，带动农户增收。"
    kicker = "在距离主城区近两个半小时车程的小山村，村集体经济经营性收入超100万——"
    page = f"{kicker}\n\n“衔接”高分题 关河这样答\n\n字体大小:\n来源:某某新闻网   编辑:徐某\n\n{lede}\n"
    assert clean_text(page).meta.title == "“衔接”高分题 关河这样答"
    paper = f"2020年07月01日\n首页\n第02版:综合新闻\n\n产业兴村富乡亲\n\n——黄岭子镇保家村产业扶贫小记\n\n□ 杨某君\n\n{lede}\n{lede}\n"
    document = clean_text(paper)
    assert document.meta.title == "产业兴村富乡亲"
    assert document.meta.byline == "杨某君"


def test_the_sites_name_printed_twice_is_no_headline_and_decoration_after_one_goes() -> None:
    from lytui.pipeline import clean_text

    lede = "今年以来，县里把乡村产业作为重点来抓，新建基地十二个，带动农户增收。"
    page = f"某某世纪 - 某某世纪\n某某世纪2023-01-31 16:05\n\n某某世纪\n\n非遗点亮“老家河南”******\n\n{lede}\n{lede}\n"
    assert clean_text(page).meta.title == "非遗点亮“老家河南”"


def test_a_speakers_line_is_no_round_up_heading() -> None:
    from lytui.pipeline import clean_text

    lede = "今年以来，县里把乡村产业作为重点来抓，新建基地十二个，带动农户增收。"
    document = clean_text(f"标题\n2024-01-01 来源：某网\n{lede}\n李明：明年再扩大种植规模\n{lede}\n")
    assert not [b for b in document.blocks if b.kind == "heading"]


def test_a_credit_after_the_medium_s_word_and_before_the_text_on_one_line_is_the_byline() -> None:
    document = clean_text(
        "某地电网改造\n某电力网讯 通讯员 严某力 报道 某县联合村是某供电所的供电辖区，全村共有3200余人。\n"
        "第二段，村民们用上了稳定的电。\n"
    )
    assert document.meta.byline == "通讯员 严某力"
    assert document.block_text(document.paragraphs[0]).startswith("某县联合村是")


def test_reporters_in_lenticular_brackets_open_the_text_as_its_credit() -> None:
    document = clean_text("【全媒体记者 贺某涛】1月17日，某县某村村委会门前人声鼎沸。\n第二段，村民们纷纷参与。\n")
    assert document.meta.byline == "全媒体记者 贺某涛"
    assert document.block_text(document.paragraphs[0]) == "1月17日，某县某村村委会门前人声鼎沸。"


def test_an_editor_s_name_of_two_characters_set_apart_by_a_space_is_one_name() -> None:
    document = clean_text("某地新闻\n2024-03-01 来源：某县融媒体\n正文第一段，村民们很高兴。\n编辑|伍 滟\n")
    assert document.meta.editor == "伍滟"
    assert clean_text("某地新闻\n正文第一段。\n编辑：付波 熊哲\n").meta.editor == "付波 熊哲"


def test_a_channel_label_that_is_an_item_of_the_breadcrumb_under_it_is_no_headline() -> None:
    raw = (
        "新闻\n当前位置:新闻 > 政务新闻 > 正文\n\n跟着记者走基层看变化|“拔掉穷根把花栽，美得沙漠变花海”（4）\n\n"
        "今年是刘某一家搬迁到某某镇的第十年。这10年，她和丈夫结束了外出打工的生活。\n\n"
        "通过工作，像刘某一样的移民妇女提升了生活品质，也走出了不一样的人生轨迹。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "跟着记者走基层看变化|“拔掉穷根把花栽，美得沙漠变花海”（4）"
    assert document.block_text(document.paragraphs[0]).startswith("今年是刘某一家")
    headline_in_trail = "网站支持IPv6\n当前位置:首页 要闻 > 某某深入北部山区开展节前安全生产大检查\n某某深入北部山区开展节前安全生产大检查\n发布时间:2014-09-30 来源:县政府办\n\n9月30日，副县长某某带领相关部门负责人检查工作。\n"
    assert clean_text(headline_in_trail).meta.title == "某某深入北部山区开展节前安全生产大检查"


def test_a_dateline_naming_a_news_programme_and_a_city_of_seven_characters() -> None:
    document = clean_text(
        "某县项目集中开工\n某某新闻联播4月18日黑龙江齐齐哈尔电（记者 魏某勤 通讯员 刘某）为推进经济发展，某县项目集中开工。\n"
        "第二段，项目总投资30亿元。\n"
    )
    assert document.meta.source == "某某新闻联播"
    assert document.meta.byline == "记者 魏某勤 通讯员 刘某"
    assert document.block_text(document.paragraphs[0]).startswith("为推进经济发展")


def test_a_columns_label_in_a_box_is_no_reporters_credit() -> None:
    document = clean_text(
        "某地新闻\n2024-03-01 来源：某县融媒体\n【记者观察】乡村振兴需要人才。\n第二段，村民们很高兴。\n"
    )
    assert document.meta.byline is None
    assert document.block_text(document.paragraphs[0]) == "【记者观察】乡村振兴需要人才。"
    reported = clean_text("某地新闻\n本报讯 央视新闻报道 3月1日，某县开展活动。\n第二段，村民们很高兴。\n")
    assert reported.meta.dateline == "本报讯"


def test_a_header_of_adult_site_phrases_joined_by_commas_is_spam_not_the_headline() -> None:
    raw = (
        "18禁黄一区二区三区,某某熟妇视频,国产小穴在线视频,两个某某一起视频\n\n江心农场:新菜市场营业惠民生\n\n"
        "作者:袁某发布时间:2025-09-29文章来源:某某农垦\n\n近日，新建的农贸市场正式投入使用，职工居民纷纷前来选购。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "江心农场：新菜市场营业惠民生"
    assert not any("视频" in document.block_text(p) for p in document.paragraphs)


def test_a_header_of_subtitle_and_latin_adult_words_joined_by_commas_is_spam_not_the_headline() -> None:
    raw = (
        "某色天天久久某色,最新2020中文字幕大全第三页,又大的某av,中文天堂www网在线,某某精品videosex某\n\n"
        "某某网 > 某地新闻\n\n小巷焕新 某某社区解锁共治密码\n\n发布时间:2025年11月14日17:05 来源: 某某网\n\n"
        "某某社区的老旧小区里，居民们正在商量改造方案。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "小巷焕新 某某社区解锁共治密码"
    assert not any("天堂" in document.block_text(p) for p in document.paragraphs)
    # the words alone are ordinary news language: an article on subtitles keeps its sentence
    kept = clean_text("某地新闻\n今年的影展放映了中文字幕版的电影，观众说在线购票很方便。\n")
    assert "中文字幕" in kept.text
    for title in ("《某某2》配中文字幕在北美影院上映", "家庭影院AV功放怎么选"):
        assert clean_text(f"{title}｜电影\n2024-03-01 来源：某网\n{_PARAGRAPH}\n").meta.title == title


def test_a_paper_site_and_app_before_the_word_and_a_hyphenated_medium_before_its_reporters_are_datelines() -> None:
    grouped = clean_text("某地新闻\n某某晚报 某某网 某某客户端讯 近日，某县开展活动。\n第二段，村民们很高兴。\n")
    assert grouped.meta.dateline == "某某晚报 某某网 某某客户端讯"
    assert not any(s.heading for s in grouped.sections)
    hyphened = clean_text(
        "某地新闻\n某某都市报-某某网讯（记者 夏某勤）11月30日，某区锣鼓喧天。\n第二段，村民们很高兴。\n"
    )
    assert hyphened.meta.byline == "记者 夏某勤"
    assert hyphened.block_text(hyphened.paragraphs[0]).startswith("11月30日")


def test_second_review_a_reporter_between_the_word_and_reported_and_a_columns_box() -> None:
    named = clean_text("某地新闻\n本报讯 王小明 报道 近日，某县召开会议。\n第二段，村民们很高兴。\n")
    assert named.meta.dateline == "本报讯 王小明 报道"
    boxed = clean_text("某地新闻\n【通讯员 手记】近日，某县召开会议。\n第二段，村民们很高兴。\n")
    assert boxed.meta.byline is None and boxed.block_text(boxed.paragraphs[0]).startswith("【通讯员 手记】")


def test_a_pages_fields_glued_before_the_dateline_are_meta_not_the_first_paragraph() -> None:
    document = clean_text(
        "巡回审判进村居\n文章来源：某某长安网 作者：杨某如 时间：2025-06-23 10:00:00某某长安网讯（通讯员 杨某如）"
        "为深入践行司法为民宗旨，近日，某法庭开展巡回审判。\n第二段，群众纷纷点赞。\n"
    )
    assert document.meta.published is not None and document.meta.published.startswith("2025-06-23")
    assert document.meta.source == "某某长安网"
    assert document.block_text(document.paragraphs[0]).startswith("为深入践行")


def test_a_speechs_occasion_and_its_signature_are_no_headline() -> None:
    raw = (
        "——2020年1月5日在某市第十七届人民代表大会第五次会议上\n某市人民检察院检察长 常某勇\n各位代表：\n"
        "现在，我代表市人民检察院向大会报告工作，请予审议。\n2019年，全市检察机关坚持以人民为中心，各项工作取得新进展。\n"
    )
    assert clean_text(raw).meta.title is None


def test_a_captions_picture_source_after_a_space_stays_with_the_caption_not_a_heading() -> None:
    page = "某县保护区守护白鹭\n2021-02-26 来源：某网\n河口的傍晚。 某某国家级自然保护区供图\n" + (
        "在祖国大陆的最西南端，浩瀚北部湾碧波万顷，防城港是唯一全海景生态海湾城市，有着白鹭之乡的美誉。\n"
    )
    document = clean_text(page)
    assert not [b for b in document.blocks if b.kind == "heading"]
    assert document.block_text(document.paragraphs[0]) == "河口的傍晚。 某某国家级自然保护区供图"


def test_a_medium_and_a_name_above_the_text_are_its_credit_not_its_title() -> None:
    page = "齐鲁晚报·齐鲁壹点 鹿青松\n" + (
        "在法治的天平上，每一份判决书都承载着群众的期盼，而执行法官，便是让纸上权益落地的守护者。\n"
    )
    meta = clean_text(page).meta
    assert meta.title is None and meta.byline == "齐鲁晚报·齐鲁壹点 鹿青松" and meta.source == "齐鲁晚报·齐鲁壹点"


def test_the_wires_headline_after_its_dateline_is_the_title() -> None:
    document = clean_text(f"新华社乌鲁木齐9月4日电 题：心安处，是吾乡\n新华社记者 张三 李四\n{_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.title == "心安处，是吾乡"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_the_wires_headline_and_writers_on_the_line_the_text_opens() -> None:
    document = clean_text(f"晋城8月13日电 题：小镇的“村晚”盛宴 作者 杨佩佩 袁泉 {_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.title == "小镇的“村晚”盛宴"
    assert document.meta.byline == "作者 杨佩佩 袁泉"
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_captions_credit_inside_a_line_of_paragraphs_closes_the_caption() -> None:
    caption = "消夏晚会在全镇25个行政村次第点燃。"
    document = clean_text(f"{_PARAGRAPH} {caption} 袁泉 摄 {_SECOND}\n")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, f"{caption} 袁泉 摄", _SECOND]
    assert not [b for b in document.blocks if b.kind == "heading"]


def test_a_wire_dateline_may_write_its_day_in_chinese_numerals() -> None:
    document = clean_text(f"中新社桂林三月十一日电 题：中外游客偏爱桂林生态型新农村\n{_PARAGRAPH}\n")
    assert document.meta.title == "中外游客偏爱桂林生态型新农村"
    assert document.meta.dateline == "中新社桂林三月十一日电"


def test_a_news_site_whose_name_goes_on_past_news_is_the_source_whole() -> None:
    document = clean_text(
        f"标题在此处\n新疆新闻在线网2月18日消息（阿克苏台记者热米拉、尚志刚）：{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert document.meta.source == "新疆新闻在线网"


def test_a_headline_that_trails_off_right_above_the_info_line_is_the_title() -> None:
    page = (
        f"首页 > 正文\n\n梅州，记者采访车被“征用”了……\n\n2024-06-26 11:05 | 来源：中国记协网\n{_PARAGRAPH}\n{_SECOND}\n"
    )
    assert clean_text(page).meta.title == "梅州，记者采访车被“征用”了……"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("2021年06月08日 10:03    来源:中国西藏新闻网    记者 记者 段大敏", "记者 段大敏"),
        ("界面新闻记者 | 侯瑞宁 赵大孟", "界面新闻记者 侯瑞宁 赵大孟"),
        ("□姜立峰 本报记者 董新英", "本报记者 董新英"),
    ],
)
def test_credits_set_apart_by_spaces_bars_or_a_writer_before_them(line: str, byline: str) -> None:
    assert clean_text(f"标题在此处\n{line}\n{_PARAGRAPH}\n{_SECOND}\n").meta.byline == byline


def test_the_headline_again_glued_to_the_first_paragraph_is_taken_off() -> None:
    title = "某市公安“三度”模式 打造政务服务新标杆"
    document = clean_text(f"{title}\n{title}\n{title}{_PARAGRAPH}\n{_SECOND}\n")
    assert document.meta.title == title
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, _SECOND]


def test_a_columns_or_genres_label_is_part_of_the_headline_a_regions_is_not() -> None:
    page = "【特写】震中72小时：寒夜，帐篷和救援\n发布时间：2024-08-27 09:19 来源：某某网\n{}\n{}\n"
    assert clean_text(page.format(_PARAGRAPH, _SECOND)).meta.title == "【特写】震中72小时：寒夜，帐篷和救援"
    region = "【涪城】玉米丰收夯实强村富民路\n发布时间：2024-08-27 09:19 来源：某某网\n{}\n{}\n"
    assert clean_text(region.format(_PARAGRAPH, _SECOND)).meta.title == "玉米丰收夯实强村富民路"


def test_a_short_caption_with_its_credit_on_its_line_is_no_heading() -> None:
    document = clean_text(f"标题在此处\n{_PARAGRAPH}\n风景宜人的定海湾 石大伟 摄\n{_SECOND}\n")
    assert [document.block_text(p) for p in document.paragraphs] == [_PARAGRAPH, "风景宜人的定海湾 石大伟 摄", _SECOND]


def test_a_source_ends_where_a_date_is_glued_to_it() -> None:
    page = f"标题在此处\n广播新闻作品|来源:北部湾在线2018-02-28 13:39:14|网络编辑:刘婷\n{_PARAGRAPH}\n{_SECOND}\n"
    assert clean_text(page).meta.source == "北部湾在线"


def test_a_government_records_name_label_is_no_part_of_the_title() -> None:
    page = f"名称： 石望派出所：平和小镇的守护者\n发布日期：2024-05-01\n{_PARAGRAPH}\n{_SECOND}\n"
    assert clean_text(page).meta.title == "石望派出所：平和小镇的守护者"


def test_a_transcripts_question_by_the_reporter_is_no_byline() -> None:
    page = f"标题在此处\n某某网宁夏9月18日消息（记者张大蕾 郭长江）{_PARAGRAPH}\n{_SECOND}\n记者：你有贷款吗？\n"
    assert clean_text(page).meta.byline == "记者张大蕾 郭长江"


def test_a_credit_line_under_the_text_with_no_byline_before_it_reads_without_error() -> None:
    from lytui.text.meta_lines import _parse_meta

    meta: dict[str, str] = {}
    _parse_meta("记者：你有贷款", meta)
    assert "byline" not in meta


def test_the_label_before_the_lede_is_no_part_of_it() -> None:
    raw = "桂林：疯狂的砂糖桔\n\n  ◆导语：如果你要问这两年桂林什么农产品卖得最火，那么砂糖桔肯定算得上一个。\n\n第二段，果农们说今年的价格又涨了不少。\n"
    document = clean_text(raw)
    assert document.block_text(document.paragraphs[0]).startswith("如果你要问")


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("作者:本报记者 颜某琦 曹某军 《光明日报》( 2017年10月14日 09版)", "本报记者 颜某琦 曹某军"),
        ("某国日报 记者 秦某维 通讯员 乔某友 阎某华对本文亦有贡献", "某国日报 记者 秦某维 通讯员 乔某友 阎某华"),
        ("●长江商报公益记者 江某雅 发自陕西黄龙", "长江商报公益记者 江某雅"),
        ("文/图/李某远", "文/李某远"),
    ],
)
def test_a_credit_line_is_read_for_its_people_whatever_it_says_besides(credit: str, byline: str) -> None:
    """The paper and edition after the names, where they filed from, a thanks to a contributor, both words
    and pictures: asides to who wrote the story, which the byline keeps without them."""
    body = "正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n第二段，大家都说日子越过越好了，游客也一年比一年多起来。"
    document = clean_text(f"村里的好日子\n2024-05-01 来源：某某网\n{credit}\n{body}\n")
    assert document.meta.byline == byline
    assert "记者" not in document.text and "李某远" not in document.text


def test_a_credit_glued_before_the_first_paragraph_is_the_byline_not_a_heading() -> None:
    raw = (
        "|\n||\n记者 严某良 长江村给全村每名村民发放了100克黄金。霎时，这个低调的村子成为媒体关注焦点。 “别墅、股份都送了。”\n"
        "第二段，大家都说日子越过越好了，游客也一年比一年多起来。\n"
    )
    document = clean_text(raw)
    assert document.meta.byline == "记者 严某良"
    assert not [s.heading for s in document.sections if s.heading]
    assert document.block_text(document.paragraphs[0]).startswith("长江村给全村")


def test_a_topic_and_what_happens_in_two_phrases_apart_by_a_space_is_a_heading() -> None:
    lede = "两村土地争议起了纠纷，镇长率人前往现场处理，却被急红了眼的村民疯狂暴打致八级伤残。"
    body = "法院查明，2008年8月5日晚，村民白某金组织本村农户开会，要解决他们村与邻村的土地争议问题。"
    document = clean_text(f"村里的纠纷\n{lede}\n事件：土地争议纠纷 烧房打人杀牛\n{body}\n李某明：好的 谢谢你们\n")
    assert [document.block_text(s.heading) for s in document.sections if s.heading] == [
        "事件：土地争议纠纷 烧房打人杀牛"
    ]


def test_a_question_mark_standing_for_a_space_in_a_credit_line() -> None:
    """天水日报记者?李某?崔某: the scraper wrote `?` for a space it could not encode; the line is the byline,
    never the headline."""
    body = "金秋时节，花牛苹果迎来成熟季，果农们忙着采收，一派丰收景象。\n9月3日，记者走进马现村，连片果园铺满山谷。"
    document = clean_text(f"- 时间:2025-09-08\n- 来源:某某日报\n某某日报记者?李某旺?崔某漩\n{body}\n")
    assert document.meta.byline == "某某日报记者 李某旺 崔某漩" and document.meta.title is None


def test_a_headline_and_its_second_line_run_together_with_spaces_is_the_title_a_menu_is_not() -> None:
    head = "生态小核桃“长”成致富大产业   黄龙打造核桃产业高质量发展新路径"
    body = "金秋九月，核桃生产大县黄龙县迎来了丰收时刻，记者时隔一年再次来到黄龙。\n第二段，大家都说日子越过越好了，游客也一年比一年多起来。"
    document = clean_text(f"某报 > {head}\n\n{head}\n\n2020-11-02 07:09:43 来源:某某商报\n\n{body}\n")
    assert document.meta.title is not None and document.meta.title.split() == head.split()
    menu = clean_text(f"投稿须知     典型人物     图片新闻\n\n2020-11-02 07:09:43 来源:某某商报\n\n{body}\n")
    assert menu.meta.title is None


def test_a_short_headline_that_ends_the_breadcrumb_and_stands_over_the_info_line_is_the_title() -> None:
    body = "南疆的四月，正是沙尘暴肆虐的时节，一场及时雨滋润了这片干旱的大地。\n在阿克苏地区西南部，有个维吾尔语意为“繁荣”的县。"
    head = (
        "人人书\n\n保存到桌面 | 简体人人书 | 手机版\n传记回忆文学理论侦探推理惊悚悬疑诗歌戏曲杂文随笔小故事书评杂志\n"
    )
    document = clean_text(f"{head}人人书 > 杂志 > 在叶尔羌河畔\n\n在叶尔羌河畔\n\n时间:2024-10-23 12:32:59\n\n{body}\n")
    assert document.meta.title == "在叶尔羌河畔"
    channel = clean_text(
        f"当前位置:首页 > 新闻资讯 > 媒体宜都\n\n媒体宜都\n\n凤凰池村民的“心头石”挪走了\n发布日期:2022-10-26 来源:某某日报\n\n{body}\n"
    )
    assert channel.meta.title == "凤凰池村民的“心头石”挪走了"


def test_a_channels_label_under_its_trail_over_the_info_line_is_no_title() -> None:
    body = "3月3日，宁明县召开春耕生产工作会议，部署今年的工作任务。\n第二段，大家都说日子越过越好了，游客也一年比一年多起来。"
    raw = f"宁明县召开春耕生产工作会议\n您的位置：首页 > 新闻中心 > 乡镇动态\n乡镇动态\n发布时间：2023-03-05 来源：宁明县融媒体中心\n{body}\n"
    assert clean_text(raw).meta.title == "宁明县召开春耕生产工作会议"


def test_a_caption_above_another_captions_credit_is_kept_with_it() -> None:
    """Two pictures, one credit under both: the sentence above the credited caption is a caption too, never
    dropped as page furniture before the text."""
    raw = (
        "标题\n村民在新建的文化活动室里看书。\n活动室内整洁明亮，书架上摆满了图书。 某某日报记者 颜某琦 李某科 摄/光明图片\n"
        "3月3日，村里举办了读书会，村民们纷纷参加，气氛十分热烈。\n"
    )
    assert clean_text(raw).block_text(clean_text(raw).paragraphs[0]) == "村民在新建的文化活动室里看书。"


def test_a_pictures_credit_glued_to_the_next_paragraph_ends_its_caption() -> None:
    raw = (
        "标题\n走进工业园区，数百家企业正在生产，一片繁忙景象。\n"
        "图为园区企业生产的桌椅。巫某阳 摄“南城的产业链很完整，我们很有信心。”余国亮笑着说，未来还要扩大生产。\n"
        "记者拍摄了车间的照片，工人们正在忙碌。\n"
    )
    document = clean_text(raw)
    assert [document.block_text(p) for p in document.paragraphs][1:3] == [
        "图为园区企业生产的桌椅。巫某阳 摄",
        "“南城的产业链很完整，我们很有信心。”余国亮笑着说，未来还要扩大生产。",
    ]
    assert document.block_text(document.paragraphs[3]) == "记者拍摄了车间的照片，工人们正在忙碌。"


def test_a_date_alone_over_the_masthead_yields_to_the_info_lines_date() -> None:
    body = "新修的柏油路蛇形爬升，一直通向山的最高处，村民们都说路好走了。\n第二段，大家都说日子越过越好了，游客也一年比一年多起来。"
    raw = f"2025年05月21日\n先富帮后富 白茶传佳话\n2020-04-20 14:20:21 来源:人民网-人民日报\n{body}\n"
    assert clean_text(raw).meta.published == "2020-04-20T14:20:21+08:00"
    alone = clean_text(f"2025年05月21日\n先富帮后富 白茶传佳话\n来源:人民网\n{body}\n")
    assert alone.meta.published == "2025-05-21"


def test_a_wires_dateline_with_its_headline_glued_after_captions() -> None:
    raw = (
        "咬定茶山不放松\n\n石佛村境内的梯田茶园（11月7日摄）。 （配本社同题文字稿） 新华社记者 姜某 摄\n\n"
        "新华社合肥11月10日电题：咬定“茶”山不放松——石佛村依靠茶产业脱贫致富见闻\n\n新华社记者姜某\n\n"
        "立冬时节，位于大别山腹地的石佛村境内，3300多亩梯田茶园绿意绵延。\n第二段，大家都说日子越过越好了。\n"
    )
    document = clean_text(raw)
    assert document.meta.dateline == "新华社合肥11月10日电" and document.meta.source == "新华社"
    assert not any("题：" in document.block_text(p) for p in document.paragraphs)
    same_line = clean_text(
        "标题\n新华社济南6月2日电题：支部书记成了“自己人”  新华社记者王某  “咚咚咚，咚咚锵……”还没走进村，记者就听到锣鼓声。\n"
    )
    assert same_line.meta.byline == "新华社记者王某"
    assert same_line.block_text(same_line.paragraphs[0]).startswith("“咚咚咚")


def test_a_line_holding_the_same_words_twice_keeps_them_once() -> None:
    twice = "石喜龙和龙英俊是好朋友，境遇相似，性格都很活泼"
    raw = f"标题\n正文第一段，村民们很高兴，今年合作社分红以后每户收入增加了不少。\n{twice} {twice}\n好的 好的 好的\n"
    document = clean_text(raw)
    assert document.block_text(document.paragraphs[1]) == twice
    assert any(r.note == "the same words twice" for r in document.repairs)


def test_who_spoke_after_a_quotation_a_space_and_when_and_where_stays_in_its_paragraph() -> None:
    raw = (
        "某縣扶貧車間\n“我年紀大了，沒想到在家門口剪個線頭還能掙錢！” 8月22日，在沙集鄉鄭海村扶貧車間，63歲的張愛榮高興地說。"
        "\n“日子好了。” 8月23日，在村委會，縣長李明作了部署，要求抓好落實。"
    )
    document = clean_text(raw)
    paragraphs = [document.block_text(p) for p in document.paragraphs]
    assert paragraphs[0].endswith("63岁的张爱荣高兴地说。") and paragraphs[0].startswith("“我年纪大了")
    assert paragraphs[1:] == ["“日子好了。”", "8月23日，在村委会，县长李明作了部署，要求抓好落实。"]
