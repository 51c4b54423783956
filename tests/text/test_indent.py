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


def test_question_marks_that_may_be_mojibake_or_text_stay_for_the_later_repairs() -> None:
    for line in ("?!眳窃凭暾f，記者說。", "真的嗎??他問。", "???他問。"):
        document = clean_text(f"標題\n\n{line}\n")
        assert not [r for r in document.repairs if r.note.startswith("lost indentation")], line
