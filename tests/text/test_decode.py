from __future__ import annotations

import pytest

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
