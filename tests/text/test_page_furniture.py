"""Furniture found on scraped pages of many sites: the list of other articles under the text, credits,
notices, placeholders. Pages here are made up in the shapes scraped pages have."""

from __future__ import annotations

import pytest

from lytui.pipeline import clean_text
from lytui.text.boilerplate import is_spaced_link_list
from lytui.text.chrome import related_label
from tests.text.test_boilerplate import PROSE, PROSE_2

OTHER = "另据了解，邻县今年新建果蔬大棚二百余座，种植户人均增收三千多元，产业规模不断扩大。"


def paragraphs(page: str) -> list[str]:
    document = clean_text(page)
    return [document.block_text(p) for p in document.paragraphs]


@pytest.mark.parametrize(
    "label", ["相关报道", "【相关文章】", "新闻推荐", "延伸阅读：", "相关文章Related", "—— 推荐阅读 ——"]
)
def test_the_list_of_other_articles_under_the_text_leaves_with_its_label(label: str) -> None:
    page = "\n".join(
        ["某县冷链物流产业园建成投用", PROSE, PROSE_2, label, "邻县果蔬大棚建设提速", OTHER, "某地秋粮..."]
    )
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    removed = " ".join(r.raw for r in document.repairs if r.kind == "boilerplate")
    assert OTHER in removed  # recorded, visible in the repairs view


def test_a_related_word_inside_a_sentence_or_a_heading_is_text() -> None:
    assert not related_label("相关报道引起了广泛关注")
    assert not related_label("推荐阅读书目发布")
    page = "\n".join(["某县冷链物流产业园建成投用", PROSE, "相关新闻报道称，" + PROSE_2])
    assert paragraphs(page) == [PROSE, "相关新闻报道称，" + PROSE_2]


@pytest.mark.parametrize(
    "above",
    [
        "（资料图）",  # a placeholder where the picture was
        "本报记者张某李某王某",  # a byline with the names run together
        "【本报某岛记者林某报导】",  # a column's dateline on a line of its own
        "本篇文章1093字，读完约3分钟",  # the page's reading-time widget
    ],
)
def test_what_stands_above_the_text_but_is_no_headline_is_not_the_title(above: str) -> None:
    document = clean_text("\n".join([above, PROSE, PROSE_2]))
    assert document.meta.title != above
    assert [document.block_text(p) for p in document.paragraphs][-2:] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("line", "dateline", "source"),
    [
        ("某某零距离网-某某日报讯 " + PROSE, "某某零距离网-某某日报讯", "某某日报"),
        (
            "【某某商报网讯】记者 常某 通讯员李某报道：" + PROSE,
            "【某某商报网讯】记者 常某 通讯员李某报道",
            "某某商报网",
        ),
        (
            "【某某7月25日报导】（某某社记者黄某台北二十五日电）" + PROSE,
            "【某某7月25日报导】（某某社记者黄某台北二十五日电）",
            None,
        ),
    ],
)
def test_datelines_of_joined_media_in_brackets_or_one_after_another(
    line: str, dateline: str, source: str | None
) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", line, PROSE_2]))
    assert document.meta.dateline == dateline
    assert document.meta.source == source
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("（记者 某某 通讯员 眭志祥 摄）", "记者 某某 通讯员 眭志祥 摄"),
        ("（某某晚报记者李某通讯员张某运摄）", "某某晚报记者李某通讯员张某运摄"),
        ("（总台记者 曹某 吴某）", "总台记者 曹某 吴某"),
        ("全媒体记者：刘某 王某", "全媒体记者：刘某 王某"),
        ("某派融媒体记者：贺某良/文", "某派融媒体记者：贺某良/文"),
        ("记者 王某明/摄", "记者 王某明/摄"),
        ("文｜《某望》新闻周刊记者 张某燃 徐某毅 潘某", "文｜《某望》新闻周刊记者 张某燃 徐某毅 潘某"),
        ("文 |某某日报记者 张某燃", "文 |某某日报记者 张某燃"),
    ],
)
def test_a_reporters_credit_on_its_own_line_is_the_byline_not_a_caption(credit: str, byline: str) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, credit]))
    assert document.meta.byline == byline
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_credit_after_the_last_sentence_with_spaces_is_the_byline() -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2 + "  某报融媒记者 陈某 摄"]))
    assert document.meta.byline == "某报融媒记者 陈某 摄"
    assert document.block_text(document.paragraphs[-1]) == PROSE_2


@pytest.mark.parametrize("line", ["记者手记", "记者节座谈会", "（某某镇冷链物流产业园）"])
def test_a_column_or_caption_with_a_reporter_word_is_not_a_credit(line: str) -> None:
    from lytui.text.meta_lines import reporter_credit

    assert reporter_credit(line) is None


def test_an_info_line_without_labels_gives_the_date_and_source_and_the_headline_above_it() -> None:
    page = "\n\n".join(
        [
            "某某下注-某某赛事及体育赛事平台",
            "当前位置:新闻 > 国内新闻 > 正文",
            "冷链进村，农产品走得更远",
            "2018-03-26 07:21:03    某某网  参与评论()人",
            PROSE,
            PROSE_2,
        ]
    )
    document = clean_text(page)
    assert document.meta.title == "冷链进村，农产品走得更远"
    assert document.meta.published == "2018-03-26T07:21:03+08:00"
    assert document.meta.source == "某某网"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_an_info_line_of_a_medium_and_a_team_of_six_is_no_headline() -> None:
    team = "2025-04-28 某某新闻网 杨某军 王某春 高某敏 欧某文 邰 有 石某"
    document = clean_text("\n".join(["冷链进村，农产品走得更远", team, PROSE, PROSE_2]))
    assert document.meta.title == "冷链进村，农产品走得更远"
    assert (document.meta.published, document.meta.source) == ("2025-04-28", "某某新闻网")
    assert document.meta.byline == "杨某军 王某春 高某敏 欧某文 邰有 石某"


def test_an_info_line_of_a_date_a_medium_and_its_reporters_names_them_all() -> None:
    document = clean_text(
        "\n".join(["冷链进村，农产品走得更远", "2025-03-27 某某新闻网 张 奎 郭某朝 侯丽", PROSE, PROSE_2])
    )
    assert (document.meta.published, document.meta.source) == ("2025-03-27", "某某新闻网")
    assert document.meta.byline == "张奎 郭某朝 侯丽"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    # one item beside the names that is no name: the line does not say they wrote it
    mixed = clean_text("\n".join(["冷链进村，农产品走得更远", "2025-03-27 某某新闻网 张奎 郭某朝 阅读", PROSE]))
    assert mixed.meta.byline is None
    # two counties, not reporters; the credit's 文 and 图 are no name of two
    counties = clean_text("\n".join(["冷链进村，农产品走得更远", "2024-03-01 丽水日报 景宁 云和", PROSE]))
    assert counties.meta.byline is None
    credit = clean_text("\n".join(["冷链进村，农产品走得更远", "2024-03-01 某某网 文 图 王丽", PROSE]))
    assert credit.meta.byline == "王丽"


def test_an_info_line_with_a_templates_share_prompt_and_empty_fields_dates_the_page() -> None:
    line = "2024-05-03 13:02:56 来源：作者/编辑：小编 浏览次数：7637 手机访问 使用手机“扫一扫”以下二维码，即可分享本文到“朋友圈”中。"
    document = clean_text("\n".join(["冷链进村，农产品走得更远", line, PROSE, PROSE_2]))
    assert document.meta.published == "2024-05-03T13:02:56+08:00"
    assert (document.meta.source, document.meta.editor) == (None, None)  # an empty field; the template's 小编
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    # a notice that asks to scan a code to sign up is text, its date kept
    notice = "活动时间：3月5日9:00 地点：市民广场 使用手机扫一扫下方二维码，即可报名。"
    kept = clean_text("\n".join(["冷链进村，农产品走得更远", notice, PROSE]))
    assert notice in [kept.block_text(p) for p in kept.paragraphs]


def test_an_info_line_with_lost_bytes_between_the_time_and_the_source_is_the_info_line() -> None:
    line = "| 2020-08-23 10:18:06??来源:某某日报海外版 责任编辑:陈某 我来说两句 |"
    document = clean_text("\n".join(["冷链进村，农产品走得更远", line, PROSE, PROSE_2]))
    assert (document.meta.published, document.meta.source) == ("2020-08-23T10:18:06+08:00", "某某日报海外版")
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_boxed_credits_glued_before_the_first_words_are_the_byline() -> None:
    raw = "■ 本网走基层报道组记者 冬梅 包某君 ■ 本网记者 隋某涛 " + PROSE + "\n" + PROSE_2
    document = clean_text(raw)
    assert document.meta.byline == "本网走基层报道组记者 冬梅 包某君 本网记者 隋某涛"
    assert document.meta.title is None
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    # a column's label behind a box is no credit: 记者走基层 names no one
    assert clean_text("●记者走基层 " + PROSE + "\n" + PROSE_2).meta.byline is None


def test_an_info_line_opening_the_page_and_a_bracketed_dateline_are_the_pages() -> None:
    raw = "來源:某某金融網 作者:羅某華 吳濤 發布時間:2010年11月23日\n(某某金融網訊)" + PROSE + "\n" + PROSE_2
    document = clean_text(raw)
    assert (document.meta.published, document.meta.source) == ("2010-11-23", "某某金融网")
    assert document.meta.dateline == "（某某金融网讯）"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_headline_about_a_reporter_and_an_info_line_with_a_view_count_glued_to_its_medium() -> None:
    raw = "\n".join(["记者体验收割机手的一天 一路遭围堵玩命抢麦收", "   2015-06-10 某河报15690", PROSE, PROSE_2])
    document = clean_text(raw)
    assert document.meta.title == "记者体验收割机手的一天 一路遭围堵玩命抢麦收"
    assert (document.meta.published, document.meta.source) == ("2015-06-10", "某河报")


def test_a_dated_line_with_a_sentence_is_text() -> None:
    line = "2018-03-26  某某网报道，" + PROSE
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", line, PROSE_2]))[0] == line


def test_a_two_character_place_files_the_story_but_good_news_does_not() -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", "廉江讯 " + PROSE, PROSE_2]))
    assert document.meta.dateline == "廉江讯"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    assert clean_text("\n".join(["某县冷链物流产业园建成投用", "喜讯 " + PROSE, PROSE_2])).meta.dateline is None


def test_after_the_pages_fields_under_the_text_lines_without_a_sentence_are_footer() -> None:
    page = "\n".join(
        [
            "某县冷链物流产业园建成投用",
            PROSE,
            PROSE_2,
            "来源:某某市广播电视台",
            "最新评论共有 0 位网友发表了评论",
            "查看所有评论",
        ]
    )
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    assert document.meta.source == "某某市广播电视台"
    assert not [b for b in document.blocks if b.kind == "heading"]


@pytest.mark.parametrize(
    "notice",
    [
        "（版权所有 不得转载）",
        "【视频未经版权方允许，不得转载；转载请注明来源，否则将追究法律责任。】",
        "某某日报网 版权所有 沪ICP备2022005074号-20，未经授权，请勿转载或建立镜像，违者依法必究。",
        "本站违法和不良信息举报 联系邮箱：12345@example.com",
        "本网站版权属于某某股份有限公司所有 Copyright © Some Media Co.Ltd. All Rights Reserved.",
        "下载某某新闻APP客户端，随时随地看新闻！",  # an app pitch
        "回复 使用道具",  # a forum's bar
        "您需要登录后才可以回帖 登录 | 注册",
        "技术支持：某某报网新闻传媒有限公司",  # who built the site
        "了解某某更多资讯，尽在某某网微信，扫描下方二维码免费阅读。",  # the site's account
    ],
)
def test_the_sites_notices_footers_and_bars_under_the_text_leave(notice: str) -> None:
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, notice])) == [PROSE, PROSE_2]


def test_an_article_reporting_a_reprint_ban_keeps_it() -> None:
    line = "新规明确，新闻作品未经权利人同意，任何单位不得转载，违者依法必究。"
    assert paragraphs("\n".join(["某县出台版权保护新规", PROSE, line, PROSE_2])) == [PROSE, line, PROSE_2]


@pytest.mark.parametrize(
    ("info", "field", "value"),
    [
        ("发表日期:2011-02-12 点击", "published", "2011-02-12"),
        ("2023-04-20 15:58:24 来源 : 某某中国", "source", "某某中国"),
        ("作者:佚名 来源于:某某书画网", "source", "某某书画网"),
        ("来源: 作者: 发表时间:02-13 09:33", "source", None),  # an empty field is not the next label
        ("初审编辑:胡某某\n责任编辑:张某", "editor", "张某"),  # the responsible editor wins
        ("（责任编辑：admin）", "editor", None),  # a CMS account is no person
        ("某某新闻网责任编辑亓某玉", "editor", "亓某玉"),  # the name glued to the label
    ],
)
def test_field_lines_as_pages_write_them(info: str, field: str, value: str | None) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", info, PROSE, PROSE_2]))
    assert getattr(document.meta, field) == value
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("placeholder", ["（资料图片）", "图片5.png", "------分隔线----------------------------"])
def test_a_pictures_place_without_a_picture_is_chrome(placeholder: str) -> None:
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", placeholder, PROSE, placeholder, PROSE_2])) == [
        PROSE,
        PROSE_2,
    ]


def test_a_caption_that_ends_with_its_credit_stays() -> None:
    caption = "某县某镇，洒水车在进行洒水作业。资料图片"
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", PROSE, caption, PROSE_2])) == [PROSE, caption, PROSE_2]


def test_a_comment_widget_under_the_text_leaves() -> None:
    widget = ["顶一下", "（0）", "踩一下", "发表评论", "用户名: 验证码: 点击我更换图片"]
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, *widget])) == [PROSE, PROSE_2]


def test_the_title_without_its_label_and_marks_and_not_again_in_the_text() -> None:
    page = "\n".join(
        [
            "标题: 某县：冷链物流产业园建成投用 [打印本页]",
            "作者: 某某之家    时间: 2018-3-9 07:41",
            "标题: 某县：冷链物流产业园建成投用",
            PROSE,
            PROSE_2,
        ]
    )
    document = clean_text(page)
    assert document.meta.title == "某县：冷链物流产业园建成投用"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    assert clean_text(f"某县冷链物流产业园建成投用[图]\n{PROSE}\n{PROSE_2}").meta.title == "某县冷链物流产业园建成投用"


def test_a_summary_box_that_the_lede_repeats_leaves() -> None:
    page = "\n".join(["某县冷链物流产业园建成投用", "核心提示：" + PROSE[:30], PROSE, PROSE_2])
    assert paragraphs(page) == [PROSE, PROSE_2]


def test_a_summary_under_its_own_label_line_that_the_lede_repeats_leaves() -> None:
    page = "\n".join(["某县冷链物流产业园建成投用", "【导读】", PROSE[:36] + "?! 】看到", PROSE, PROSE_2])
    assert paragraphs(page) == [PROSE, PROSE_2]


def test_who_speaks_before_a_name_and_colon_is_not_a_heading() -> None:
    line = "某某市公安局某某派出所民警 常某：我当时表明了自己身份，说我们正在围捕一名嫌疑人，对方也很配合。"
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, line, PROSE_2]))
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, line, PROSE_2]
    assert not [b for b in document.blocks if b.kind == "heading"]


def test_a_japanese_banner_is_foreign() -> None:
    banner = "こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。"
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", banner, PROSE, PROSE_2])) == [PROSE, PROSE_2]


def test_a_line_of_dots_is_filler_not_a_paragraph_or_a_date() -> None:
    assert paragraphs("\n".join(["某县冷链物流产业园建成投用", PROSE, "...", PROSE_2])) == [PROSE, PROSE_2]


def test_a_caption_saying_where_people_stand_stays_even_right_under_the_title() -> None:
    caption = "张某校长（右六）和某某一中的毕业生"
    document = clean_text(
        "\n".join(["某县冷链物流产业园建成投用", caption, "某某新闻记者 孙某", "通讯员 王某 桑某", PROSE, PROSE_2])
    )
    assert [document.block_text(p) for p in document.paragraphs] == [caption, PROSE, PROSE_2]
    assert document.meta.byline == "某某新闻记者 孙某 通讯员 王某 桑某"  # both byline lines credit the story


@pytest.mark.parametrize("promo", ["某某网服务号 微信公众平台", "某某APP 某某APP下载", "微信公众号"])
def test_the_site_advertising_its_apps_is_chrome_and_never_the_title(promo: str) -> None:
    document = clean_text("\n".join([promo, "住村记", PROSE, PROSE_2]))
    assert document.meta.title == "住村记"


def test_a_headline_about_an_app_is_a_headline() -> None:
    assert clean_text(f"县政务服务APP正式上线\n{PROSE}\n{PROSE_2}").meta.title == "县政务服务APP正式上线"
    assert (
        clean_text(f"县融媒体中心微信公众号正式上线\n{PROSE}\n{PROSE_2}").meta.title == "县融媒体中心微信公众号正式上线"
    )


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("天天快看：某县冷链物流产业园建成投用", "某县冷链物流产业园建成投用"),
        ("今日热搜:某县冷链物流产业园建成投用", "某县冷链物流产业园建成投用"),
        ("全球观焦点：某县做对了什么", "某县做对了什么"),
        ("环球今热点：某山：茶园造福茶农，产业振兴乡村", "某山：茶园造福茶农，产业振兴乡村"),
        ("某县沙漠“汽车村”：一朵棉花的故事 [热事件]", "某县沙漠“汽车村”：一朵棉花的故事"),
        ("天天滚动：云梦道桥镇：以“村庄清洁日”共同缔造和美乡村", "云梦道桥镇：以“村庄清洁日”共同缔造和美乡村"),
        ("龙岩市：又见苏区干部好作风", "龙岩市：又见苏区干部好作风"),  # a place before the colon is the headline's
        ("今日关注", "今日关注"),
    ],
)
def test_an_aggregators_column_label_is_not_part_of_the_headline(line: str, title: str) -> None:
    assert clean_text(f"{line}\n{PROSE}\n{PROSE_2}").meta.title == title


@pytest.mark.parametrize(
    "above",
    [
        "现在位置 首页 > 机关业务 > 大事记",  # a breadcrumb without a colon
        "中文繁体 加入收藏",  # a toolbar
        "▲图/摄影者某某， flickr CC License",  # a picture's credit
        "• 回上一页",  # an item of a list of links
        "按Enter到主内容区",  # the page's keyboard help
        "某某新闻─林某某/澎湖",  # the medium, its reporter and where she filed
    ],
)
def test_the_pages_toolbars_and_credits_are_no_headline(above: str) -> None:
    assert clean_text("\n".join([above, PROSE, PROSE_2])).meta.title is None


def test_a_wire_dateline_in_tortoise_shell_brackets_and_a_place_before_xiaoxi() -> None:
    for dateline in ("〔记者洪某/台南报导〕", "某某网9月15日遵义消息（记者周某）"):
        document = clean_text("\n".join(["某县冷链物流产业园建成投用", dateline + PROSE, PROSE_2]))
        assert document.meta.dateline == dateline
        assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_line_decoded_with_the_wrong_codec_is_junk_but_a_line_of_rare_names_is_not() -> None:
    from lytui.text.boilerplate import classify

    assert classify("10绉掑悗 椤甸溃镊姩璺宠浆镊？") == "junk"
    assert classify("眭志祥、赵鹍鹏参加了饕餮盛宴") != "junk"
    assert classify(PROSE) == "prose"


def test_a_file_of_many_articles_is_not_cut_at_its_first_list_of_other_articles() -> None:
    body = [f"第{n}项：{PROSE_2}" for n in range(80)]  # articles longer than a list of teasers
    article = "\n".join(["某县冷链物流产业园建成投用", PROSE, *body, "相关新闻", "邻县果蔬大棚建设提速"])
    document = clean_text("\n".join([article] * 6))
    assert document.text.count(PROSE) == 6  # every article's text; only the last list of other articles leaves


@pytest.mark.parametrize(
    "chrome",
    [
        "某国世界日报 首页 国际 台湾新闻 查看内容",  # a breadcrumb apart by spaces
        "首页 新闻中心 县区动态",
        "本网站使用相关技术提供更好的阅读体验，同时尊重使用者隐私，点这里了解本站隐私声明，当您关闭此视窗，代表您同意上述规范。",
        "请同意我们的隐私权规范，才能启用听新闻的功能。",
        "We use cookies: 继续浏览即表示您同意本站使用cookie",
        "打开某某新闻 查看更多图片",
        "展开全文",
        "点击阅读原文",
    ],
)
def test_breadcrumbs_consent_banners_and_more_links_are_neither_headline_nor_text(chrome: str) -> None:
    document = clean_text("\n".join([chrome, "某县冷链物流产业园建成投用", PROSE, PROSE_2]))
    assert document.meta.title == "某县冷链物流产业园建成投用"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    "line",
    [
        "全县把首页 建好用好",  # a headline with 首页 in a word, not an item
        "记者了解到，该县已关闭隐私泄露风险较高的三个平台，并同意由专业机构开展评估，我们将持续关注。",
        "新规要求平台在用户同意隐私政策前不得收集信息，我们将持续关注落实情况。",
        "这部纪录片播出后，观众纷纷到网上查看更多细节。",
    ],
)
def test_article_lines_that_share_those_words_stay(line: str) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, line, PROSE_2]))
    assert line in [document.block_text(b) for b in document.blocks]


@pytest.mark.parametrize(
    "line",
    [
        "某县冷链物流产业园建成投用│某视新闻 20210918",  # the site and day its <title> adds
        "某县冷链物流产业园建成投用 - 某某日报",
        "某县冷链物流产业园建成投用_某某新闻网",
        "- 某县冷链物流产业园建成投用",  # a list's dash
        "转载-生活新闻-某县冷链物流产业园建成投用",  # a repost label and its column
        "某县冷链物流产业园建成投用（正体中文）",  # the page's language
    ],
)
def test_a_sites_name_a_picture_credit_and_repost_labels_leave_the_headline(line: str) -> None:
    assert clean_text(f"{line}\n{PROSE}\n{PROSE_2}").meta.title == "某县冷链物流产业园建成投用"


def test_the_credit_of_a_picture_above_the_text_leaves_the_headline() -> None:
    page = f"某县冷链物流产业园为何建在山区？ 某县文明办供图\n{PROSE}\n{PROSE_2}"
    assert clean_text(page).meta.title == "某县冷链物流产业园为何建在山区？"


def test_a_headline_naming_a_paper_or_with_a_dash_inside_keeps_it() -> None:
    for title in ("某某日报创刊七十周年座谈会召开", "某县冷链物流产业园建成投用——冷库容量全省第一"):
        assert clean_text(f"{title}\n{PROSE}\n{PROSE_2}").meta.title == title


@pytest.mark.parametrize(
    "rules",
    [
        "请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。",
        "‧本站为言论自主平台，相关图文上载皆设有追踪机制，网友请谨慎发言，勿涉及人身攻击！",
        "网友评论仅代表其个人观点，不代表本站同意其说法。",
    ],
)
def test_the_rules_of_the_sites_comment_box_under_the_text_are_not_text(rules: str) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, rules, "织梦二维码生成器"]))
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_an_article_reporting_rules_on_comments_keeps_them() -> None:
    line = "会议要求，各单位要严格遵守中央八项规定，严禁在公开场合发表不当言论，切实转变工作作风。"
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, line, PROSE_2]))
    assert line in [document.block_text(p) for p in document.paragraphs]


def test_a_record_table_of_labelled_fields_is_meta_and_the_notice_keeps_its_salutation() -> None:
    page = "\n".join(
        [
            "首页 > 某某县人民政府办公室信息公开 > 信息浏览",  # a breadcrumb with a long item
            "索引号: 003129766/201901-00336 组配分类: 规范性文件发布",
            "信息分类: 通知   发布机构: 某某县人民政府办公室",
            "生成日期: 2019-01-23 文号:",
            "信息来源: 关键词:",
            "",
            "某某县人民政府关于印发《某某县人民政府工作规则》的通知",
            "",
            "各乡、镇人民政府，县政府各部门、各直属机构：",
            PROSE,
            PROSE_2,
        ]
    )
    document = clean_text(page)
    assert document.meta.title == "某某县人民政府关于印发《某某县人民政府工作规则》的通知"
    assert document.meta.published == "2019-01-23"
    assert document.meta.source is None  # 信息来源 is empty: 关键词: is the next label, not its value
    assert [document.block_text(p) for p in document.paragraphs] == [
        "各乡、镇人民政府，县政府各部门、各直属机构：",
        PROSE,
        PROSE_2,
    ]


def test_an_article_told_a_phrase_a_line_under_its_info_line_keeps_its_opening_and_its_phrases() -> None:
    lines = [
        "“不许动，我是派出所的！”",
        "“这么晚了，你们在干嘛？”",
        "面对眼前这位突然出现的",
        "人高马大的“便衣警察”",
        "三名嫌疑人当场就懵了",
        "小晨发现了这三名嫌疑人",
        "平时爱看警察题材影片的他",
        "两名嫌疑人当场就被镇住了",
        PROSE,
    ]
    document = clean_text("\n".join(["2023-04-20 15:58:24 来源：某某中国", *lines]))
    assert document.meta.title is None
    assert [document.block_text(b) for b in document.blocks] == lines
    phrases = [document.block_text(p) for p in document.paragraphs]
    assert all(line in phrases for line in lines[4:8])  # four heading-shaped lines in a row head nothing


def test_an_outline_of_numbered_headings_stays_headings() -> None:
    page = "\n".join(["某县工作规则", PROSE, "第一章 总则", "一、基本原则", "（一）编制目的", PROSE_2])
    document = clean_text(page)
    headings = [document.block_text(b) for b in document.blocks if b.kind == "heading"]
    assert headings == ["第一章 总则", "一、基本原则", "（一）编制目的"]


@pytest.mark.parametrize(
    "above",
    [
        "您现在的位置：主页 > 新闻中心 > 医院动态 > 某县冷链物流产业园建成投用",  # the reader's position labelled
        "当前位置: 首页县区快讯",  # a breadcrumb whose › was lost
        "检索：帐户 密码",  # a login bar
        "date 2025-12-11 ▲某某今到地院出庭受访（图／记者某某摄）",  # a caption
        "茂林修竹随风摇曳，不远处的柑橘园挂着青绿的果实，山下的稻田泛着一层金黄的光晕……",  # a lede's teaser
        "某某日报提供每日在地新闻、时事专栏评论、县政新闻、专题报导、旅游动态、印刷服务等！",  # a tagline
    ],
)
def test_position_labels_login_bars_captions_teasers_and_taglines_are_no_headline(above: str) -> None:
    document = clean_text("\n".join([above, "某县冷链物流产业园建成投用", PROSE, PROSE_2]))
    assert document.meta.title == "某县冷链物流产业园建成投用"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("某县冷链物流产业园建成投用|某某水多某片", "某县冷链物流产业园建成投用"),  # a spam site's words after a bar
        ("某县冷链物流产业园建成投用 小某某 10月6日", "某县冷链物流产业园建成投用"),  # the poster and the day
        ("聚焦两会｜代表委员热议乡村振兴新举措", "聚焦两会｜代表委员热议乡村振兴新举措"),  # a column before the bar
    ],
)
def test_a_headline_loses_a_shorter_tail_after_a_bar_and_a_posters_name_and_day(line: str, title: str) -> None:
    assert clean_text(f"{line}\n{PROSE}\n{PROSE_2}").meta.title == title


@pytest.mark.parametrize(
    "chrome",
    [
        "| 医院简介| 联系方式| 在线留言",  # a bar before each link
        "- 上一篇：某县今年计划治理水土流失面积近十万亩[ 02-18 ]",
        "关闭×",
        "回总览页",
        "手机扫扫打开当前页面",
        "点击阅读下一则新闻",
        "热门新闻：某市城中城大火酿46死！二审改依杀人罪论罪",  # another story under the site's label
    ],
)
def test_navigation_links_and_another_storys_teaser_between_paragraphs_are_not_text(chrome: str) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, chrome, PROSE_2]))
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_paragraph_about_what_comes_next_stays() -> None:
    line = "最新消息显示，该项目下一篇章将聚焦冷链物流，预计明年全面投入使用。"
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, line, PROSE_2]))
    assert line in [document.block_text(p) for p in document.paragraphs]


@pytest.mark.parametrize(
    "bar",
    [
        "县区分站：东湖镇 西岭镇 南山乡 北河街道 青石镇 白马乡 红旗街道",
        "关于我们 编辑团队 版权声明 网站导航 商务合作 人才招聘",
        "5G通信 影视娱乐 美食旅游 时尚美妆 亲子育儿 生活休闲 IT资讯",
    ],
)
def test_a_bar_of_links_joined_by_single_spaces_is_not_text(bar: str) -> None:
    document = clean_text(f"{bar}\n测试标题\n{PROSE}\n{PROSE_2}\n")
    assert bar not in document.text and PROSE in document.text


@pytest.mark.parametrize(
    "kept",
    [
        "记者 王小明 李大为 张三丰 赵四海 来源：市融媒体中心",
        "获奖名单：王小明、李大为、张三丰、赵四海、钱五月、孙六合。",
    ],
)
def test_names_with_a_label_inside_or_punctuation_are_no_bar_of_links(kept: str) -> None:
    assert not is_spaced_link_list(kept)


@pytest.mark.parametrize("tail", ["\n何某峰", " 何某峰", "  何某峰 李某"])
def test_names_alone_under_the_text_or_after_its_last_sentence_are_the_byline(tail: str) -> None:
    document = clean_text("某县冷链物流产业园建成投用\n" + PROSE + "\n" + PROSE_2 + tail)
    assert document.meta.byline == tail.strip().replace("  ", " ")
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_short_line_under_the_text_that_is_no_name_stays() -> None:
    document = clean_text("某县冷链物流产业园建成投用\n" + PROSE + "\n" + PROSE_2 + " 持续关注中")
    assert document.meta.byline is None


def test_a_comment_boxs_rules_come_as_a_block_and_leave_together() -> None:
    """Lines next to a plain rule that lack one kind of word (no readers' word, or no rule book) are
    rules too; one alone, in an article, is text."""
    box = [
        "留言应遵守留言规则",
        "• 文章属于开放讨论空间，回应文章的内容不代表本站的立场",
        "• 请勿留下电话号码、住址等个人资料，以免遭人盗用，本站不负管理之责",
        "• 回应禁止使用HTML语法",
    ]
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, *box]))
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    alone = "请勿在景区留下个人资料，以免遭人盗用，本站点工作人员会提供帮助。"
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, alone, PROSE_2]))
    assert alone in [document.block_text(p) for p in document.paragraphs]


def test_the_wires_end_mark_after_the_last_sentence_is_not_text() -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2 + "（完）"]))
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    assert "（完）" in [r.raw for r in document.repairs if r.kind == "boilerplate"]
    inside = "他说：“工作还没有做完（完）的部分，明天继续。”"
    assert inside in clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, inside])).text


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("文｜《某望》新闻周刊记者 张某燃 徐某毅", "《某望》新闻周刊"),
        ("某州日报全媒体记者 任某强", "某州日报"),
        ("本报记者 任某强", None),
    ],
)
def test_the_reporters_medium_is_the_source_when_no_line_names_one(credit: str, source: str | None) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", credit, PROSE, PROSE_2]))
    assert document.meta.source == source
    labelled = clean_text("\n".join(["某县冷链物流产业园建成投用", "来源：某县融媒体中心", credit, PROSE, PROSE_2]))
    assert labelled.meta.source == "某县融媒体中心"


def test_a_caption_under_the_last_paragraph_stays_and_the_footer_below_it_goes() -> None:
    """A short line below the text that names what the text reports is the last picture's caption; the
    site's links after it share nothing with the article."""
    page = (
        "某县举行重点项目集中开工仪式\n"
        "本报讯 昨日，某县举行重点项目集中开工仪式，共有二十个项目开工建设，总投资八十亿元。\n"
        "据介绍，这些项目涵盖新材料、食品加工和基础设施等领域，建成后将带动就业三千余人。\n"
        "重点项目开工现场\n"
        "返回首页\n"
        "网站地图\n"
    )
    document = clean_text(page)
    lines = [document.block_text(block) for block in document.blocks if block.kind != "title"]
    assert lines[-1] == "重点项目开工现场"
    assert "返回首页" not in document.text and "网站地图" not in document.text
    assert any(repair.raw == "返回首页" for repair in document.repairs)


def test_an_article_written_a_phrase_per_line_keeps_its_short_lines_below_the_last_paragraph() -> None:
    """Below its one punctuated paragraph, a story told a phrase per line: the short phrases between the
    longer ones are the story; the site's links after its last line are not."""
    page = (
        "某县民警深夜巧擒盗窃团伙\n"
        "本月三日凌晨两时许，某县公安局接到群众报警，称城区一家超市门窗被撬，店内物品被盗。\n"
        "民警赶到现场后看到\n"
        "三名嫌疑人蹲在路边\n"
        "双手抱着头一动不动地等候处理\n"
        "心生一计\n"
        "报警人一边稳住三人一边拨通电话呼叫增援\n"
        "返回首页\n"
        "网站地图\n"
    )
    shown = paragraphs(page)
    for phrase in ("民警赶到现场后看到", "三名嫌疑人蹲在路边", "心生一计"):
        assert phrase in shown
    assert shown[-1] == "报警人一边稳住三人一边拨通电话呼叫增援"
    assert "返回首页" not in clean_text(page).text


def test_an_opening_line_that_trails_off_is_the_first_paragraph_when_no_title_is_found() -> None:
    """A first line without a full stop looks like a headline; when it is not taken as the title, it is
    the article's opening, not the site's header."""
    page = (
        "青山环绕绿水长流，村口的老樟树下坐满了乘凉的村民，孩子们在新修的广场上追逐嬉戏……\n"
        "“村里要发展，少不了你们这些有想法的年轻人！”傍晚时分，老支书站在村委会门口望着远处的茶园说。\n"
        "今年年初，村里把八十亩山场收归集体统一经营，收益用于修路和改善人居环境，村民们都很满意。\n"
    )
    document = clean_text(page)
    assert document.meta.title is None
    assert paragraphs(page)[0].startswith("青山环绕绿水长流")


def test_the_medium_then_the_date_is_an_info_line() -> None:
    page = "\n".join(["冷链进村，农产品走得更远", "某某县融媒体中心 2022-07-04 09:30", PROSE, PROSE_2])
    document = clean_text(page)
    assert document.meta.title == "冷链进村，农产品走得更远"
    assert document.meta.published == "2022-07-04T09:30:00+08:00"
    assert document.meta.source == "某某县融媒体中心"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_the_medium_where_the_time_and_the_tags_is_an_info_line() -> None:
    page = "\n".join(
        ["首页 > 县区新闻 > 某县", "某某村的丰收交响曲", "中国某某网 某县 2025-02-21 11:36:43 某县 合作社 村民", PROSE]
    )
    document = clean_text(page)
    assert document.meta.title == "某某村的丰收交响曲"
    assert document.meta.published == "2025-02-21T11:36:43+08:00"
    assert document.meta.source == "中国某某网"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE]


def test_a_source_line_with_its_notice_in_brackets_and_a_list_of_hot_keywords_are_furniture() -> None:
    page = "\n".join(
        [
            "冷链进村，农产品走得更远",
            PROSE,
            PROSE_2,
            "内容来源：某某电视台（版权归原作者所有，如有侵权请联系我们）",
            "网络热门关键词",
            *(f"  • {n}、某某影音{n}" for n in range(1, 8)),
            "某某网——为您搜集全国各地网站信息联系方式。",
        ]
    )
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    assert document.meta.source == "某某电视台"


def test_under_a_breadcrumb_and_a_headline_with_no_info_line_the_short_lines_open_the_article() -> None:
    opening = ["他们是带头人", "——播下一种信念、一份希望", "“以前为什么穷，现在又为什么挣到钱了？”"]
    page = ["首页>要闻>天下 天下", "冲锋，在反贫困的最前线——记奋战在脱贫攻坚战场上的村党支部书记", *opening, PROSE]
    document = clean_text("\n".join(page))
    # the trail from the home page ends in its section's label again: still a breadcrumb, not the title
    assert document.meta.title == page[1]
    shown = [document.block_text(b) for b in document.blocks]
    assert all(line in shown for line in opening) and not any("首页" in line for line in shown)
    # one line under the headline is its deck, not the text
    deck = clean_text("\n".join(["首页>要闻>天下 天下", "住村记", "读懂活生生的乡土中国。", PROSE]))
    assert "读懂活生生的乡土中国。" not in [deck.block_text(b) for b in deck.blocks]


def test_a_page_that_names_its_headline_only_as_the_original_title_at_its_end() -> None:
    page = ["某某网讯 " + PROSE, "（来源：澎湃新闻\ufffd【原标题：兰西县榆林镇：千亩马铃薯迎来“收获季”】"]
    document = clean_text("\n".join(page))
    assert document.meta.title == "兰西县榆林镇：千亩马铃薯迎来“收获季”"
    assert document.meta.source == "澎湃新闻"


def test_a_line_opening_with_a_dash_under_the_headline_is_its_subtitle_not_the_title() -> None:
    # the dashes as a converter mangled them (一一), as scraped pages often have them
    page = ["丹桂飘香启新程，师生聚首谱华章", "一一致大余中学开学典礼", "作者/杨俊平、彭余中", PROSE]
    assert clean_text("\n".join(page)).meta.title == "丹桂飘香启新程，师生聚首谱华章"


def test_the_wires_headline_after_its_dateline_and_under_a_gallery_label_is_no_text() -> None:
    headline = "心安处，是吾乡——从高原搬到平原的新疆牧羊人"
    page = [
        headline,
        "新华社乌鲁木齐9月4日电 题：" + headline,
        PROSE,
        "（决战决胜脱贫攻坚·图文互动）" + headline,
        PROSE_2,
    ]
    document = clean_text("\n".join(page))
    shown = [document.block_text(b) for b in document.blocks]
    assert document.meta.title == headline and not any(headline in line for line in shown[1:])
    assert "新华社乌鲁木齐9月4日电" in shown and PROSE in shown and PROSE_2 in shown


def test_the_sites_welcome_bar_is_no_headline() -> None:
    page = ["欢迎访问保山新闻网，您可以选择访问：保山市 隆阳区 施甸县", "大田坝镇：“河长制”推动“河长治”", PROSE]
    assert clean_text("\n".join(page)).meta.title == "大田坝镇：“河长制”推动“河长治”"


def test_a_comma_list_of_adult_site_keywords_is_no_headline() -> None:
    spam = "国内精品区一区二区三,精品久久久久亚洲,午夜试看,午夜理论,www.精品视频"
    page = [spam, "您所在的位置：康巴传媒网 >> 新闻 >> 党政要闻 >> 浏览文章", "探寻发展中的四川藏区", PROSE]
    assert clean_text("\n".join(page)).meta.title == "探寻发展中的四川藏区"


def test_a_kicker_naming_the_series_is_not_the_headline_under_it() -> None:
    page = ["灵秀青山 平安卫士系列报道之二十六", "青山公安连获两面锦旗", PROSE, PROSE_2]
    assert clean_text("\n".join(page)).meta.title == "青山公安连获两面锦旗"


def test_a_line_printed_twice_only_under_the_info_line_is_the_sites_not_the_headline() -> None:
    page = [
        "两位村干部的“心思”",
        "2020-04-17 09:35:00  来源：乡村干部报  作者：本报记者 王书明",
        "乡村干部报网",
        "微信公众号",
        "乡村干部报网",
        "官方微博",
        PROSE,
        PROSE_2,
    ]
    assert clean_text("\n".join(page)).meta.title == "两位村干部的“心思”"
    # printed twice above it too, the line is the page's <title> and its headline
    twice = ["乡村振兴看青山", "乡村振兴看青山", "2020-04-17 09:35:00  来源：测试网", PROSE]
    assert clean_text("\n".join(twice)).meta.title == "乡村振兴看青山"


def test_a_headline_printed_only_as_the_last_item_of_the_breadcrumb_is_the_title() -> None:
    page = ["首页 > 新闻 > 经济 > 青山县：致富小人参 增收好产业", PROSE, PROSE_2]
    document = clean_text("\n".join(page))
    assert document.meta.title == "青山县：致富小人参 增收好产业"
    # a section's label ending the trail is no headline
    assert clean_text("\n".join(["首页 > 新闻 > 国内要闻", PROSE, PROSE_2])).meta.title is None


def test_a_county_in_the_tags_under_the_text_is_no_byline() -> None:
    page = ["人参丰收", PROSE, PROSE_2, "标签：人参", "采收", "安图县", "新合乡"]
    assert clean_text("\n".join(page)).meta.byline is None


def test_a_writers_name_set_apart_by_the_papers_mark_is_the_byline_not_a_heading() -> None:
    page = ["甘孜日报 2020年07月03日", "灾后重建的新民居。", "◎温美华", PROSE, PROSE_2]
    document = clean_text("\n".join(page))
    assert document.meta.byline == "温美华"
    assert not any("温美华" in document.block_text(b) for b in document.blocks)


def test_an_editor_glued_to_the_label_under_the_text_is_the_editor() -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, "某某新闻网责任编辑亓某玉"]))
    assert document.meta.editor == "亓某玉"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_posting_time_in_the_bar_under_the_headline_is_the_publication_time() -> None:
    page = "\n".join(
        ["某县冷链物流产业园建成投用", "http://m.example.com 2025-04-16 11:13:40 【字號 大 中 小】", PROSE, PROSE_2]
    )
    document = clean_text(page)
    assert document.meta.published is not None and document.meta.published.startswith("2025-04-16T11:13")
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize(
    ("credit", "byline"),
    [("（通讯员 方 冰）", "通讯员 方冰"), ("（记者 张 三 通讯员 李小明）", "记者 张三 通讯员 李小明")],
)
def test_a_two_character_name_spaced_to_line_up_in_a_closing_credit_is_one_name(credit: str, byline: str) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", PROSE, PROSE_2, credit]))
    assert document.meta.byline == byline
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_credit_before_the_text_on_a_page_with_no_headline_is_the_byline_not_the_title() -> None:
    document = clean_text("\n".join(["□本报记者 鲁某伟 " + PROSE, PROSE_2]))
    assert document.meta.title is None and document.meta.byline == "本报记者 鲁某伟"


def test_a_notice_under_its_heading_leaves_and_the_credit_above_it_closes_the_article() -> None:
    document = clean_text(
        "\n".join(
            [
                "某县农村饮水工程全部竣工",
                PROSE,
                PROSE_2,
                "（卫某新 段某佳 范某勇）",
                "网站声明",
                "某某日报、某某晚报所有自采新闻（含图片）独家授权某某新闻网发布，未经允许不得转载或镜像。",
                "凡本网未注明“发布者：某某新闻",
            ]
        )
    )
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    assert document.meta.byline == "卫某新 段某佳 范某勇"


def test_a_label_alone_on_the_last_line_and_a_special_correspondents_credit_leave_the_text() -> None:
    document = clean_text(
        "\n".join(["某县全民健身日启动", "刘某礼/摄", PROSE, PROSE_2 + "（特派记者谢某明）", "英文稿件："])
    )
    assert [document.block_text(p) for p in document.paragraphs] == ["刘某礼/摄", PROSE, PROSE_2]
    assert document.meta.byline == "特派记者 谢某明"
    assert not [b for b in document.blocks if b.kind == "heading"]


def test_a_line_of_the_medium_the_date_and_who_reported_is_the_info_line() -> None:
    document = clean_text("\n".join(["某报网 2002-09-10 特约记者 刘某成 记者 朱某光", PROSE, PROSE_2]))
    meta = document.meta
    assert (meta.source, meta.published, meta.byline) == ("某报网", "2002-09-10", "特约记者 刘某成 记者 朱某光")
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_headline_set_as_the_last_item_of_the_menu_above_the_info_line_is_the_title() -> None:
    menu = ["• 全省要闻|", "• 州市新闻|", "• 市县热点|", "• 教科文卫"]
    headline = "• 【“三抓三促”行动光荣榜】某县某镇:互助院,为老人幸福“加码”"
    document = clean_text("\n".join([*menu, headline, "", "发布时间:2023-12-01 09:45:01来源:某县融媒体中心", PROSE]))
    assert document.meta.title == "【“三抓三促”行动光荣榜】某县某镇：互助院，为老人幸福“加码”"
    document = clean_text("\n".join([*menu, "• 魅力乡村", "发布时间:2023-12-01 09:45:01来源:某县融媒体中心", PROSE]))
    assert document.meta.title is None  # a menu item as short as the others is no headline


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("来源:大河网编辑:常某发布时间:2023-08-11", "editor", "常某"),
        ("来源:大河网编辑:常某发布时间:2023-08-11", "source", "大河网"),
        ("来源:人民法院报浏览:手机版", "source", "人民法院报"),
        ("编辑:赵某何 陈某凤 运营:周某平", "editor", "赵某何 陈某凤"),
        ("来源/作者: 安徽日报  欧阳某晨 姜某日期:2022-03-03【字体:大 中 小】", "source", "安徽日报"),
        ("来源/作者: 安徽日报  欧阳某晨 姜某日期:2022-03-03【字体:大 中 小】", "byline", "欧阳某晨 姜某"),
    ],
)
def test_a_field_ends_where_the_next_label_is_glued_to_it(line: str, field: str, value: str) -> None:
    document = clean_text("\n".join(["某县乡村道路白改黑工程完工", line, PROSE, PROSE_2]))
    assert getattr(document.meta, field) == value


def test_the_media_that_carried_it_under_the_article_are_its_source() -> None:
    document = clean_text("\n".join(["某县人参开始采收", PROSE, PROSE_2, "延边信息港 / 延边广电客户端"]))
    assert document.meta.source == "延边信息港"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_names_a_dateline_credits_with_what_they_did_are_the_byline() -> None:
    document = clean_text("\n".join(["某县渔村自定禁渔期", "宁德网消息（夏某 陈某森 文/图）" + PROSE, PROSE_2]))
    assert document.meta.byline == "夏某 陈某森"


def test_an_office_and_its_writer_in_brackets_under_the_text_are_the_byline() -> None:
    document = clean_text("\n".join(["市安全监管局开展专项检查", PROSE, PROSE_2, "（市安全监管局：王某彬）"]))
    assert document.meta.byline == "王某彬"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("placeholder", ["未知", "不详", "互联网"])
def test_a_source_field_a_template_filled_with_no_medium_names_no_source(placeholder: str) -> None:
    document = clean_text(f"村里来了新产业\n2024-01-01 来源:{placeholder} 作者:周宴\n{PROSE}\n")
    assert document.meta.source is None
    assert "周宴" in (document.meta.byline or "")


@pytest.mark.parametrize(
    ("credit", "byline", "source"),
    [
        ("（岚县新闻办 梁海珍 王红宇图/文）", "梁海珍 王红宇", "岚县新闻办"),
        ("……（齐鲁晚报·齐鲁壹点记者 尉伟）", "齐鲁晚报·齐鲁壹点记者 尉伟", "齐鲁晚报·齐鲁壹点"),
    ],
)
def test_a_closing_credit_of_an_office_and_its_writers_or_of_a_papers_app_is_the_byline(
    credit: str, byline: str, source: str
) -> None:
    document = clean_text(f"村里来了新产业\n2024-01-01\n{PROSE}\n{PROSE_2}{credit}\n")
    assert document.meta.byline == byline
    assert document.meta.source == source
    assert "（" not in document.text


@pytest.mark.parametrize(
    ("info", "field", "value"),
    [
        ("22-05-10 08:49 来源:某某网 编辑:张某雅", "published", "2022-05-10T08:49:00+08:00"),
        ("2021-02-18 15:57 来源:新华社作者:李某轶责任编辑:李某琦", "byline", "作者：李某轶"),
    ],
)
def test_an_info_line_with_a_two_digit_year_or_fields_run_together(info: str, field: str, value: str) -> None:
    document = clean_text(f"村里来了新产业\n{info}\n{PROSE}\n")
    assert getattr(document.meta, field) == value


def test_a_wires_dateline_with_a_slash_before_the_text() -> None:
    document = clean_text(f"村里来了新产业\n2021-02-18\n中评社香港4月29日电/{PROSE}\n")
    assert document.meta.dateline == "中评社香港4月29日电"
    assert document.text.endswith(PROSE) and "/" not in document.text


def test_a_sites_wire_dateline_with_a_space_before_its_colon() -> None:
    document = clean_text(f"村里来了新产业\n2024-01-01\n中新某某网电 :{PROSE}\n")
    assert document.meta.dateline == "中新某某网电"
    assert document.text.endswith(PROSE) and ":" not in document.text
    prose = clean_text(f"村里来了新产业\n2024-01-01\n国家电网电费调整，{PROSE}\n")
    assert prose.meta.dateline is None


def test_a_number_alone_on_its_line_between_paragraphs_is_a_gallerys_photo_number() -> None:
    page = "\n".join(["某县派出所的一天", PROSE, "01", PROSE_2, " 02 ", OTHER])
    document = clean_text(page)
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2, OTHER]
    assert {"01", "02"} <= {r.raw.strip() for r in document.repairs}


def test_a_figure_of_three_digits_alone_on_its_line_is_kept() -> None:
    page = "\n".join(
        ["某村合作医疗", PROSE, "今年全村共有", "120", "户村民参加了合作医疗，比去年增加了不少。", PROSE_2]
    )
    assert "120" in " ".join(paragraphs(page))


def test_an_empty_source_field_before_the_pages_comment_link_names_no_medium() -> None:
    document = clean_text(
        "\n".join(["冷链进村，农产品走得更远", "2009-02-05 11:31  来源:    我来说两句", PROSE, PROSE_2])
    )
    assert str(document.meta.published).startswith("2009-02-05")
    assert document.meta.source is None
    assert "我来说两句" not in document.text


def test_the_footers_owner_with_its_value_lost_is_chrome() -> None:
    document = clean_text("\n".join(["冷链进村，农产品走得更远", PROSE, PROSE_2, "中共某州委宣传部直管网站 主办："]))
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
    said = "这个网站主办：县里的农产品推介会，吸引了周边几个县的客商前来洽谈合作。"
    kept = clean_text("\n".join(["冷链进村，农产品走得更远", PROSE, said, PROSE_2]))
    assert said in [kept.block_text(p) for p in kept.paragraphs]


def test_an_e_papers_calendar_of_issues_dates_no_article() -> None:
    calendar = [
        "2025-11-23,12421| 2025-11-22,12419| 2025-11-21,12411| 2025-11-20,12399| 2025-11-",
        "19,12391| 2025-11-18,12383| 2025-11-17,12375| 2025-11-16,12371| 2025-11-",
    ]
    document = clean_text("\n".join(["冷链进村，农产品走得更远", PROSE, PROSE_2, *calendar]))
    assert document.meta.published is None
    dated = clean_text("\n".join(["冷链进村，农产品走得更远", "2025-11-23 某某新闻网", PROSE, PROSE_2, *calendar]))
    assert dated.meta.published == "2025-11-23"


def test_a_source_in_brackets_loses_its_closing_bracket() -> None:
    document = clean_text(
        "\n".join(["冷链进村，农产品走得更远", "", "(来源:某某日报)", "", "转自:某某日报", PROSE, PROSE_2])
    )
    assert document.meta.source == "某某日报"


def test_a_share_widgets_label_is_no_headline() -> None:
    page = "\n".join(
        [
            "网易首页 > 网易号 > 正文 申请入驻",
            "",
            "乡村调解员的“土办法”为啥这么管用",
            "",
            "0",
            "分享至",
            "",
            "(来源:某某日报)",
            "",
            "转自:某某日报",
            "",
            PROSE,
            PROSE_2,
        ]
    )
    document = clean_text(page)
    assert document.meta.title == "乡村调解员的“土办法”为啥这么管用"


@pytest.mark.parametrize("headline", ["特写：大西村的27趟洪中转移", "大西村的27趟洪中转移"])
def test_a_wires_headline_after_its_dateline_without_a_label_is_the_title(headline: str) -> None:
    page = "\n".join([f"新华社长沙7月1日电 {headline}", "新华社记者谢某、陈某汗", PROSE, PROSE_2])
    document = clean_text(page)
    assert document.meta.title == headline and document.meta.dateline == "新华社长沙7月1日电"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_forums_poster_profile_bar_is_furniture() -> None:
    page = "\n".join(
        [
            "楼主",
            "某论超版 某论编辑 TA的每日心情 | 开心 2022-6-6 12:22 |",
            "签到天数: 5 天 [LV.2]偶尔看看I",
            PROSE,
            PROSE_2,
        ]
    )
    document = clean_text(page)
    assert document.meta.title is None
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("bracket", ["（通讯员 傅某菊）", "(通讯员 傅某菊)", "（记者 王某）"])
def test_a_correspondent_in_brackets_before_the_text_is_the_byline(bracket: str) -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", bracket + PROSE, PROSE_2]))
    assert document.meta.byline == bracket.strip("（）()")
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


@pytest.mark.parametrize("label", ["编者按", "顶部", "暂位符勿删", "焦点图"])
def test_a_label_or_placeholder_above_the_text_is_no_title(label: str) -> None:
    document = clean_text("\n".join([label, PROSE, PROSE_2]))
    assert document.meta.title is None
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_an_empty_source_field_then_the_print_link_names_no_source() -> None:
    document = clean_text(
        "\n".join(["某县冷链物流产业园建成投用", "发布时间：2024-03-20 来源：打印正文", PROSE, PROSE_2])
    )
    assert document.meta.source is None


@pytest.mark.parametrize("first", [True, False])
def test_a_papers_edition_line_is_its_source_and_day_not_a_title(first: bool) -> None:
    edition = "《工人日报》（2025年08月26日 04版）"
    lines = ["某县冷链物流产业园建成投用", PROSE, PROSE_2]
    document = clean_text("\n".join([edition, *lines] if first else [*lines, edition]))
    assert document.meta.title == "某县冷链物流产业园建成投用"
    assert (document.meta.source, document.meta.published) == ("工人日报", "2025-08-26")
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]


def test_a_source_set_on_the_line_under_its_label() -> None:
    document = clean_text("\n".join(["某县冷链物流产业园建成投用", "2015年11月27日 来源:", "齐鲁晚报", PROSE, PROSE_2]))
    assert document.meta.source == "齐鲁晚报"
    assert [document.block_text(p) for p in document.paragraphs] == [PROSE, PROSE_2]
