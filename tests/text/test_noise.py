"""Paragraph indentation lost to `?` by a re-encoding is removed as a recorded repair, and only that."""

from __future__ import annotations

from lytui.pipeline import clean_text


def test_question_mark_indentation_is_removed_and_recorded() -> None:
    raw = "標題在這里\n\n????新華社烏魯木齊7月9日電 今年上半年，機場完成旅客吞吐量。\n????記者從集團獲悉，上半年新開航線19條。\n"
    document = clean_text(raw)
    assert "?" not in document.text and "？" not in document.text
    assert "新华社乌鲁木齐7月9日电" in document.text
    lost = [r for r in document.repairs if r.note.startswith("lost indentation")]
    assert [raw[r.raw_start : r.raw_end] for r in lost] == ["????", "????"]


def test_one_ideographic_spaces_utf8_bytes_as_question_marks_before_a_space_are_indentation() -> None:
    raw = "標題在這里\n\n??? 某某新聞網訊(記者 某某) 5月28日，全縣工作動員會議召開。\n??? 某某指出，要明確目標。\n"
    document = clean_text(raw)
    assert "?" not in document.text and "？" not in document.text and "\ufffd" not in document.text
    assert [document.block_text(p) for p in document.paragraphs][-1] == "某某指出，要明确目标。"
    lost = [r for r in document.repairs if r.note.startswith("lost indentation")]
    assert [raw[r.raw_start : r.raw_end] for r in lost] == ["???", "???"]


def test_question_marks_that_may_be_mojibake_or_text_stay_for_the_later_repairs() -> None:
    for line in ("?!眳窃凭暾f，記者說。", "真的嗎??他問。", "???他問。", "? 他問。", "真的嗎?? 他問。"):
        document = clean_text(f"標題\n\n{line}\n")
        assert not [r for r in document.repairs if r.note.startswith("lost indentation")], line


def test_anti_copy_noise_between_paragraphs_is_removed_and_recorded() -> None:
    raw = (
        "標題在這里\n\n"
        "為進一步提高人民群眾的保護意識，文化和旅游局舉辦了這次活動，組織集中展演。\n"
        "' `6 _' P% S& A0 M4 J 本次活動以“非遺傳承 健康生活”為主題，搭建展演、交流、交易平台。\n"
    )
    document = clean_text(raw)
    assert "P%" not in document.text and "A0" not in document.text
    assert "本次活动以“非遗传承 健康生活”为主题" in document.text
    noise = [r for r in document.repairs if r.note == "anti-copy noise"]
    assert [r.raw.strip() for r in noise] == ["' `6 _' P% S& A0 M4 J"]


def test_numbers_initials_and_units_in_a_row_are_text() -> None:
    for row in ("A B C D E", "2 2 1 0 5", "1.5 2.0 3.5 4.1 6%", "x y z w v u"):
        document = clean_text(f"標題\n\n比賽結果依次為 {row} 這幾組數據，記者在現場看到了全部過程。\n")
        assert row in document.text, row
        assert not [r for r in document.repairs if r.note == "anti-copy noise"], row


def test_a_phrase_a_spam_site_injects_into_every_line_is_removed_and_recorded() -> None:
    spam = "女同某脱👙给我揉🐻小说"
    raw = (
        f"旧貌换了新{spam}颜 苗寨共话山乡变迁\n最佳回答\n“{spam}”旧貌换了新{spam}颜 苗寨共话山乡变迁\n"
        f"苗寨{spam}共话山乡变迁\n"
        "冬至时节，云贵高原东面黔桂交界的大苗山寒风凛冽，一些山峰、牧场已被冰霜覆盖。\n"
        "从南宁出发，马不停蹄赶了两个多小时高铁之后，记者一行来到了这个苗寨。\n"
    )
    document = clean_text(raw)
    assert document.meta.title == "旧貌换了新颜 苗寨共话山乡变迁"
    assert "👙" not in document.text
    assert len([r for r in document.repairs if r.note == "injected spam"]) == 4


def test_an_article_with_emoji_keeps_them() -> None:
    raw = (
        "标题在这里\n\n今年以来，全县新建冷库三座👍，带动三百多户农民增收🎉，群众反响很好👍。\n"
        "下一步将继续完善产业链条👍，推动产品走向更大的市场🎉，让群众的日子越过越红火👍。\n"
    )
    assert "👍" in clean_text(raw).text and "🎉" in clean_text(raw).text


def test_a_mark_glued_after_the_last_sentence_of_every_paragraph_is_the_sites_watermark() -> None:
    lines = ["步行道上挤满了前来观光的游客。", "全镇实现了脱贫摘帽。", "鼓励农民发展各项产业。", "企业负责人说。"]
    document = clean_text("某镇菊花节开幕\n" + "\n".join(line + "xyz某某新闻网" for line in lines))
    assert [document.block_text(p) for p in document.paragraphs] == lines
    assert any(r.note == "watermark after each paragraph" for r in document.repairs)
    twice = clean_text("某镇菊花节开幕\n游客很多。新华社发\n收入增长。新华社发\n村民满意。")
    assert "新华社发" in twice.text  # twice is no watermark: a credit may repeat


def test_a_betting_sites_ad_glued_to_a_paragraph_is_removed_and_news_words_stay() -> None:
    raw = (
        "青山镇召开春耕生产推进会\n千赢体育手机app下载近日，青山镇召开推进会。\n"
        "会议要求，各村要抓好农资供应。亚博app官网\n体育直播平台今年新增用户100万。"
    )
    document = clean_text(raw)
    assert [document.block_text(p) for p in document.paragraphs] == [
        "近日，青山镇召开推进会。",
        "会议要求，各村要抓好农资供应。",
        "体育直播平台今年新增用户100万。",
    ]
    assert sum(r.note == "spam glued to a paragraph" for r in document.repairs) == 2


def test_a_byte_order_mark_written_as_a_question_mark_opens_no_title() -> None:
    document = clean_text("?霞浦池澳村：南来北往聚渔村\n2024-01-01 来源：某网\n日前，记者来到该村。\n")
    assert document.meta.title == "霞浦池澳村：南来北往聚渔村"
    assert any(r.note == "a byte-order mark written as ?" and r.raw_start == 0 for r in document.repairs)
