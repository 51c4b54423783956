from __future__ import annotations

from pathlib import Path

import pytest

from lytui.pipeline import analyse, clean_bytes
from lytui.text.decode import DecodeError, decode

ARTICLE = "龙岩市召开会议，研究部署明年经济工作。会议强调，要坚持稳中求进。"
TRADITIONAL = "龍巖市召開會議，研究部署明年經濟工作。會議強調，要堅持穩中求進。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), "utf-16-be"),
        (ARTICLE.encode("gbk"), "gb18030"),
        (ARTICLE.encode("gb18030"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
    ],
)
def test_each_encoding_is_recognised_by_content(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text in (ARTICLE, TRADITIONAL)


def test_gbk_traditional_text_is_not_mistaken_for_big5() -> None:
    assert decode(TRADITIONAL.encode("gbk")).text == TRADITIONAL


def test_utf16_without_bom() -> None:
    data = ("Title 标题\n" + ARTICLE).encode("utf-16-le")
    assert ARTICLE in decode(data).text


@pytest.mark.parametrize("data", [b"", b"   \n\n", bytes(range(256)) * 20, b"\x00\x01\x02\x03" * 500])
def test_empty_and_binary_input_raise_one_clear_error(data: bytes) -> None:
    with pytest.raises(DecodeError) as error:
        decode(data)
    assert "\n" not in str(error.value)


def damaged_utf8() -> tuple[bytes, str]:
    """A UTF-8 article with a stray 0xFF, cp1252 quotes pasted in, and its last character cut mid-byte."""
    article = (Path(__file__).parent / "portal_article.txt").read_text(encoding="utf-8").rstrip("\n")
    assert article.endswith("打开当前页")
    data = article.encode("utf-8")
    data = data.replace("总投资".encode(), b"\xff" + "总投资".encode(), 1)
    data = data.replace("“我们".encode(), b"\x93" + "我们".encode(), 1).replace(
        "运营。”".encode(), "运营。".encode() + b"\x94", 1
    )
    return data[:-1], article


def test_utf8_with_a_few_bad_bytes_stays_utf8_and_each_bad_run_is_placed() -> None:
    data, article = damaged_utf8()
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert [bad for _, bad in decoded.undecodable] == [b"\xff", b"\x93", b"\x94", "页".encode()[:2]]
    assert all(decoded.text[at] == "\ufffd" for at, _ in decoded.undecodable)
    assert decoded.text.replace("\ufffd", "") == article[:-1].replace("“我们", "我们").replace("运营。”", "运营。")


def test_bad_bytes_become_unrecovered_repairs_at_their_raw_offsets_and_facts_are_found() -> None:
    data, _ = damaged_utf8()
    document = analyse(clean_bytes(data, "damaged.txt"))
    unrecovered = [r for r in document.repairs if r.kind == "unrecovered"]
    assert len(unrecovered) == 4
    assert all(document.raw[r.raw_start : r.raw_end] == r.raw == "\ufffd" for r in unrecovered)
    assert "福州地铁4号线全线贯通" in document.text
    assert any(f.kind == "money" for f in document.facts)


def test_gb18030_with_a_stray_byte_is_not_taken_for_utf8() -> None:
    data = (ARTICLE * 5).encode("gb18030") + b"\xff"
    assert decode(data).encoding.startswith("gb18030")
