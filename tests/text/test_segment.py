from __future__ import annotations

from pathlib import Path

import pytest

from lytui.model import Person
from lytui.pipeline import clean_text
from lytui.text.segment import sentences_of

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
    assert people == {"张志明": "常务副区长"}


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
