"""Page layout by line shape: the site's header and footer leave, the article, its captions and a
cut-off last fragment stay. Pages here are made up in the shapes scraped pages have."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.pipeline import clean_text
from lytui.text.boilerplate import classify, has_link, is_caption, is_disclaimer, is_keyword_list

PROSE = "今年以来，某县围绕特色产业发展，新建冷库三座，带动周边三百多户农民增收，群众反响很好。"
PROSE_2 = "县农业农村局有关负责人介绍，下一步将继续完善产业链条，推动产品走向更大的市场。"


def test_line_classes() -> None:
    assert classify("男装_女装_童装_运动鞋_户外用品_手机数码_家用电器") == "junk"
    assert classify('<div id="x8"></div>') == "junk"
    assert classify("; T: w* D3 _, j ( E$ c2 V#") == "junk"
    assert classify(PROSE) == "prose"
    assert classify("您好，欢迎访问某某网！") == "short"
    assert is_keyword_list("首页 | 新闻 | 政务 | 服务 | 互动")
    assert not is_keyword_list("2009-2018年农机作业价格")
    assert is_disclaimer("声明：本网转载此文出于传递更多信息之目的，不代表本网观点，如有侵权请联系删除。")
    assert not is_disclaimer("会议强调，要加强知识产权保护，严厉打击侵权盗版行为。")
    assert is_caption("图为村民在田间采摘茶叶。")
    assert is_caption("（某某镇新建移民安置点）")
    assert not is_caption("（记者 张三）")


def test_header_lines_leave_and_the_title_is_the_line_above_the_info_line() -> None:
    page = "\n".join(
        [
            "男装_女装_童装_运动鞋_户外用品_手机数码_家用电器_美妆护肤",
            "您好，欢迎访问某某网！",
            "网站首页",
            "某县冷链物流产业园建成投用",
            "2024-05-06 10:20  来源：某某日报  编辑：李四",
            PROSE,
            PROSE_2,
        ]
    )
    document = clean_text(page)
    assert document.meta.title == "某县冷链物流产业园建成投用"
    assert document.meta.published == "2024-05-06T10:20:00+08:00"
    assert document.meta.editor == "李四"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    removed = " ".join(r.raw for r in document.repairs if r.kind == "boilerplate")
    assert "欢迎访问" in removed and "男装" in removed and "网站首页" in removed


def test_footer_lines_leave_but_captions_and_a_cut_off_fragment_stay() -> None:
    page = "\n".join(
        [
            "某县冷链物流产业园建成投用",
            PROSE,
            "（某某镇冷链物流产业园）",
            PROSE_2,
            "返回栏目",
            "首页",
            "免责声明：本站信息均来自网络，不代表本站观点，如有侵权请联系删除。",
        ]
    )
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, "（某某镇冷链物流产业园）", PROSE_2]
    cut = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, "2023年12月，该县专门"]))
    assert cut.block_text(cut.paragraphs[-1]) == "2023年12月，该县专门"


def test_a_page_without_chinese_keeps_its_lines() -> None:
    document = clean_text("A headline\nThis is plain English text with enough words to be a paragraph.")
    assert document.meta.title == "A headline"
    assert len(document.paragraphs) == 1


def test_a_portals_picture_mark_is_not_part_of_the_title() -> None:
    for headline, title in (
        ("你的午餐怎么吃？图", "你的午餐怎么吃？"),
        ("县里新建水厂（组图）", "县里新建水厂"),
        ("蓝图", "蓝图"),
    ):
        assert clean_text(f"{headline}\n{PROSE}\n{PROSE_2}").meta.title == title


def test_gambling_and_adult_seo_headers_are_junk_but_news_words_alone_are_not() -> None:
    from lytui.text.boilerplate import classify, headline_after_spam

    assert classify("环球体育APP下载官网_环球体育平台-游戏*注册") == "junk"
    assert classify("激情人妻绿帽系列_国产精品电影久久_福利精品第一导航") == "junk"
    assert classify("全省体育平台直播大赛") == "short"
    line = "365体育滚球_365滚球直播-【亚洲最大娱乐平台】@积极履行河长制职责"
    assert line[headline_after_spam(line) or 0 :] == "积极履行河长制职责"
    assert headline_after_spam("体育新闻_本地新闻@市长调研") is None


def test_the_headline_after_a_spam_header_is_the_title() -> None:
    from lytui.pipeline import clean_text

    raw = (
        "365体育滚球_365滚球直播-【亚洲最大娱乐平台】@积极履行河长制职责\n"
        "3月25日上午，市林业局党组书记、局长关建锋带领相关人员，前往药山镇开展巡河。\n"
        "用户登录\n还没有账号?\n立即注册\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "积极履行河长制职责"
    assert document.text.splitlines()[1:] == [
        "3月25日上午，市林业局党组书记、局长关建锋带领相关人员，前往药山镇开展巡河。"
    ]


_LINK_AS_WRITTEN = re.compile(r"https?://|www\.|[\w-]+\.(?:s?html?|php|aspx?|jsp)\b", re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="字新a-_./:wHhTtMmLlPpSs 0", max_size=24))
def test_a_link_is_found_wherever_the_plain_pattern_finds_one(line: str) -> None:
    """The link pattern starts a file name only where a run of word characters starts (so a long line of
    Chinese is not tried from each of its characters), and finds the same lines as the plain pattern."""
    assert has_link(line) == bool(_LINK_AS_WRITTEN.search(line))


def test_a_comma_list_of_one_gambling_query_varied_is_junk_but_a_parallel_sentence_is_not() -> None:
    """SEO headers also come as one search phrase varied and joined by commas (彩开奖 queries for a
    region, a year); a news line may repeat a word across its clauses too, but not a gambling word."""
    from lytui.text.boilerplate import classify

    spam = "2030某岛特码今晚开奖，某岛六开奖结果2030开奖记录查询，2030某岛六开彩开奖资料查询，2030某岛天天开好彩大全"
    assert classify(spam) == "junk"
    assert classify("一要加强领导，二要加强监管，三要加强宣传，四要加强考核") != "junk"
    assert classify("全市开展体育活动，体育场馆免费开放，体育社团积极参与，体育人口持续增长") != "junk"


def test_a_clock_or_a_bare_label_above_the_text_is_no_headline() -> None:
    """现在时间是：… | and 天气： | are a page's widgets: a label with a time or nothing after it."""
    from lytui.pipeline import clean_text

    raw = (
        "现在时间是：2023-5-1 10:00:00 |\n天气： |\n||\n"
        "住宿情况：张家界、韶山等地客房出租率达到100%，无锡、杭州等地客房出租率达到90%。\n"
        "10月4日游客接待量超过最佳接待量1倍以上景区：天津盘山，辽宁沈阳故宫。\n"
    )
    document = clean_text(raw)
    assert document.meta.title is None
    assert document.text.splitlines()[0].startswith("住宿情况")


def test_a_notice_that_says_whose_the_copyright_is_is_the_sites() -> None:
    assert is_disclaimer("某某翻译公司推荐阅读，版权归某某新闻网所有，转载如有侵权，请告知删除！")
    assert is_disclaimer("本站原创文章，转载请附上原文链接。")
    assert is_disclaimer("版权归原作者所有，如有侵权请联系删除。")
    assert not is_disclaimer("该公司表示，版权归作者所有的作品不得随意转载。")  # a sentence reporting one
    assert not is_disclaimer("记者从本网获悉，原创音乐节将于下月开幕。")


def test_the_line_that_introduces_a_quote_under_the_info_line_is_the_articles_opening() -> None:
    """座谈会上，…王国玺说： has no full stop and is short, as chrome lines are; the quote it introduces on the
    next line makes it the opening sentence, and a lost line would lose the quote's speaker."""
    raw = (
        "县委书记谈脱贫\n2024-03-20 10:00:00 来源：测试网\n"
        "座谈会上，河南太康县委书记王国玺说：\n“今生有幸做贫困县的县委书记，只嫌本事不够用。”\n受访的干部们都笑了。\n"
    )
    document = clean_text(raw)
    assert document.text.split("\n")[1:] == [
        "座谈会上，河南太康县委书记王国玺说：",
        "“今生有幸做贫困县的县委书记，只嫌本事不够用。”",
        "受访的干部们都笑了。",
    ]
    assert document.meta.title == "县委书记谈脱贫"


def test_a_papers_masthead_above_the_date_is_its_source_and_the_headline_under_the_date_the_title() -> None:
    raw = (
        "国内统一刊号:CN52-0017 某某日报社出版\n\n2021年04月12日\n\n县领导带队到广东省招商考察\n\n"
        "本报讯(通讯员 谌某波) 3月19日至21日,县长吴某东率考察组到广东省佛山市开展招商考察工作。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "县领导带队到广东省招商考察"
    assert document.meta.source == "某某日报社"
    assert "刊号" not in document.text


def test_a_share_widget_above_the_text_is_no_headline() -> None:
    raw = (
        "点击右上角微信好友\n朋友圈\n请使用浏览器分享功能进行分享\n"
        "西安区人民法院以“枫桥式人民法庭”创建为抓手，强力构建人民法庭主动融入基层社会治理新格局，积极探索新模式。\n"
    )
    document = clean_text(raw)
    assert document.meta.title is None
    assert document.text.startswith("西安区人民法院")


def test_a_doubled_bar_sets_a_subtitle_apart_and_keeps_it() -> None:
    raw = (
        "湖北英山:从“七口之困”到养殖大户||八年汗水让荒山变“金山”\n\n2026-01-26 15:56\n\n"
        "在湖北省英山县方家咀乡，该村养殖大户陈正旺和妻子已经开始了一天的忙碌，割草、喂猪、放牛。\n"
    )
    assert clean_text(raw).meta.title == "湖北英山：从“七口之困”到养殖大户||八年汗水让荒山变“金山”"


def test_a_hashtag_topic_before_a_bracketed_headline_is_no_part_of_it() -> None:
    raw = (
        "#大调研 | 书记手记# 【李某华:大调研就是要聊“困境”,讲“难题”】\n"
        "在统筹区域经济发展的大背景下，一系列重大课题摆在工业区面前，我一直在思考如何向区委汇报。\n"
        "园区落户企业是全球最大的天线解决方案提供商之一，企业负责人向我们反映了厂房改造的难题。\n"
    )
    assert clean_text(raw).meta.title == "李某华：大调研就是要聊“困境”，讲“难题”"


@pytest.mark.parametrize("furniture", ["打开网易新闻 查看精彩图片\n\n打开网易新闻 查看精彩图片", "最佳回答"])
def test_an_apps_prompt_or_an_answer_sites_label_is_no_headline(furniture: str) -> None:
    raw = f"{furniture}\n4月21日，农业农村部与辽宁省委省政府举行工作会谈，双方就共同推进农业农村现代化深入交流。\n"
    assert clean_text(raw).meta.title is None


def test_a_posters_line_is_the_info_line_under_the_headline_and_the_credit_under_it_the_byline() -> None:
    raw = (
        "楠木轩\n\n“亲清政商会客厅”政企面对面，共话民营经济高质量发展\n\n由 舒某荣 发布于 综合\n\n"
        "大众网·海报新闻记者 鞠某 时某梅 日照报道\n\n"
        "为倾听民营企业呼声，反映民营企业诉求。8月19日，日照市工商联组织召开见面会。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "“亲清政商会客厅”政企面对面，共话民营经济高质量发展"
    assert document.meta.byline == "大众网·海报新闻记者 鞠某 时某梅"


def test_an_editors_sign_off_chain_and_a_copyright_ban_under_the_text_are_the_pages() -> None:
    raw = (
        "县人大代表开展视察\n2024-11-11 09:29 来源：某某客户端\n"
        "11月8日，县人大常委会组织40多名人大代表开展集中视察调研活动，听取了执法检查工作汇报。\n"
        "张某国强调，人大代表要进一步提高政治站位，切实发挥代表主体作用。\n"
        "责编:杨某\n一审:杨某\n二审:张某军\n三审:文某辉\n来源:某某县融媒体中心\n\n"
        "版权作品,未经授权严禁转载。经授权后,转载须注明来源、原标题、\n"
    )
    lines = clean_text(raw).text.split("\n")
    assert lines[-1].startswith("张某国强调")


def test_a_sites_copyright_on_a_line_of_its_own_is_a_notice_and_a_notices_heading_too() -> None:
    assert is_disclaimer("?2018中原新闻网站版权所有")
    assert is_disclaimer("网站声明") and is_disclaimer("【免责声明】")
    assert not is_disclaimer("该作品的版权所有者是一位老画家。")
    assert not is_disclaimer("声明")


def test_a_bracketed_request_to_name_the_source_when_reprinting_is_the_sites_notice() -> None:
    from lytui.text.boilerplate import is_disclaimer

    assert is_disclaimer("（中国混凝土与水泥制品网 转载请注明出处）")
    assert not is_disclaimer("他说，转载请注明出处是网站的常见要求，但很多人并不遵守。")


def test_a_notice_under_its_heading_is_a_disclaimer_even_when_cut_off() -> None:
    assert is_disclaimer("版权声明:凡注有稿件来源为“中国甘肃网”的稿件,均为中国甘肃网版权稿件,转载必须注明来")
    assert not is_disclaimer("县政府发表声明：版权保护工作取得新进展，转载侵权案件下降三成。")
