"""Lost characters whose pinyin reading survived, restored from the reading and the bytes around them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from lytui.data import readings
from tests.text.test_repairs import body


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # the first orphan reading names the character made of 日's last byte and the lost one's first
        # (請), the second the lost character (報)
        ("池州日?qǐng)?bào)記者王明報道。", "池州日报记者王明报道。"),
        ("建設農貿市?bào)?chǎng)一個。", "建设农贸市场一个。"),
        ("推動地方經?yìn)?jì)發展。", "推动地方经济发展。"),
    ],
)
def test_a_character_lost_between_two_orphan_readings_is_restored(raw: str, clean: str) -> None:
    assert body(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a run whose last trail byte was lost behind a reading no other character in the text has:
        # jù and the lead byte of 睋's second half leave only 據
        ("村民們都說很滿意?!睋?jù)統計,今年增收明顯。", "村民们都说很满意。”据统计，今年增收明显。"),
        ("“大家都很滿意?!睋?jù)悉,該項目已經完成。", "“大家都很满意。”据悉，该项目已经完成。"),
    ],
)
def test_a_lost_trail_byte_is_read_from_its_reading_alone(raw: str, clean: str) -> None:
    assert body(raw) == clean


def test_readings_that_do_not_fit_the_bytes_restore_nothing() -> None:
    # 請 is not made of 市's last byte and the first byte of any character read chǎng
    assert body("建設農貿市?qǐng)?chǎng)一個。") == "建设农贸市一个。"


def test_the_table_holds_gbk_characters_under_their_readings() -> None:
    table = readings()
    assert "報" in table["bào"] and "报" in table["bào"] and "請" in table["qǐng"]
    assert all(len(c.encode("gbk")) == 2 for characters in table.values() for c in characters)


def test_the_table_is_what_the_script_makes() -> None:
    if importlib.util.find_spec("pypinyin") is None:
        pytest.skip("pypinyin is not installed: the table is checked against it where it is")
    import lytui.data.make_readings as script

    target = Path(script.__file__).with_name("readings.txt")
    assert script.render(script.table()) == target.read_text(encoding="utf-8")


def test_a_reading_with_a_space_before_its_closing_bracket_is_a_reading() -> None:
    assert body("交流會(huì )與會(huì )代表都很滿意。") == "交流会与会代表都很满意。"
    assert body("推進網(wǎng)絡(luò )化建設。") == "推进网络化建设。"


def test_a_reading_cut_off_where_the_page_or_line_ends_is_removed() -> None:
    from lytui.pipeline import clean_text

    document = clean_text("标题在这里\n今年全县新建冷库三座，群众反响很好。\n根據(jù)規劃建設(s")
    assert document.text.endswith("根据规划建设")
    assert any(r.kind == "pinyin" and r.raw == "(s" for r in document.repairs)
    assert clean_text("标题在这里\n实验分为三组(CPI").text.endswith("(CPI")  # no syllable starts so


def test_readings_written_without_tone_marks_are_removed_where_the_characters_have_them() -> None:
    assert (
        body("目(mu)前(qian)来(lai)看,(,)市(shi)场(chang)的增长势头仍在持续。") == "目前来看，市场的增长势头仍在持续。"
    )
    assert body("县(xian)长张(zhang)三说，中国(zhongguo)的产量提高了。") == "县长张三说，中国的产量提高了。"
    # one or two lowercase glosses are a brand's or a term's romanised name, not a converter's habit
    assert body("海尔(Haier)和小米(xiaomi)也参加了发布会。") == "海尔（Haier）和小米（xiaomi）也参加了发布会。"


def test_letters_in_brackets_that_are_no_reading_of_the_characters_stay() -> None:
    # 案 is read àn, not a; 价 is jià, never cpi; with no reading removed a mark in brackets is left too
    assert body("方案(a)已经通过，物价(CPI)上涨了。") == "方案（a）已经通过，物价（CPI）上涨了。"
    assert body("这是第三条。(。)后面还有。") == "这是第三条。（。）后面还有。"
    assert body("很(hen)好(hao)看(kan)。(。)后面还有。") == "很好看。后面还有。"


def test_copies_of_a_reading_glued_one_after_another_go_with_it() -> None:
    assert body("食用菌基(ji)地(di)(di)的(de)(de)(de)負(fu)責人(ren)來了。") == "食用菌基地的负责人来了。"
    assert body("農貿市場(chǎng)(chǎng)建成了。") == "农贸市场建成了。"
    # a different bracket after a reading is not a copy of it
    assert body("市場(chǎng)(2023)建成了。") == "市场（2023）建成了。"
