"""Random mixes of Han text, pinyin-like parentheses, punctuation and bytes never crash the pipeline,
and every Han character of the input survives in the output or in a repair."""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lytui.pipeline import InputError, clean_bytes, clean_text

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PIECES = st.one_of(
    st.text(HAN, min_size=1, max_size=6),
    st.sampled_from(
        [
            "(qū)",
            "(jīng)",
            "?shù)",
            "(CPI)",
            "(2023)",
            "(福建)",
            ",,",
            ",、",
            ",。",
            ",?",
            "?!",
            "??",
            " ",
            "\n",
            "“",
            "”",
            "。",
            "，",
            "|",
            "来源:",
            "分享到:",
            ">>>",
            "1.3",
            "09:20",
            "D9958",
            "著",
        ]
    ),
)


def _han(text: str) -> Counter[str]:
    return Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=40))
def test_no_crash_and_no_silent_loss(pieces: list[str]) -> None:
    raw = "".join(pieces)
    document = clean_text(raw)
    # every Han character of the raw text is accounted for: kept, or inside a repair's raw text
    removed = Counter()
    for repair in document.repairs:
        removed.update(_han(repair.raw))
    from lytui.text.t2s import simplified

    kept = _han(document.text) + _han(simplified("".join(r.raw for r in document.repairs if r.kind == "conversion")))
    for ch, count in _han(raw).items():
        simple = simplified(ch)
        assert kept[ch] + kept[simple] + removed[ch] + removed[simple] >= count, ch


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_give_a_document_or_a_clear_error(data: bytes) -> None:
    try:
        clean_bytes(data, "random.bin")
    except InputError as error:
        assert "\n" not in str(error)
