"""Random mixes of Han text, real sentences, pinyin-like parentheses, punctuation, control characters,
markup-like brackets, line endings and damaged bytes never crash cleaning or analysis; every Han
character of the input survives in the output or in a repair, and every repair's `raw` is the slice of
the decoded input its offsets name."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lytui.model import Document
from lytui.pipeline import InputError, analyse, clean_bytes, clean_text
from lytui.text.t2s import simplified
from tests.conftest import SEED

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
CONTROLS = st.sampled_from(["\x1b", "\x1b[31m", "\x07", "\x08", "\x0b", "\x0c", "\x7f", "\x85", "\x9b", "\u200b"])
MARKUP = st.sampled_from(["[/]", "[bold]", "[/bold]", "[link=http://x]", "[red]", "\\[", "[", "]", "[@click=quit]"])
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])
FRAGMENTS = st.sampled_from(
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
        "“",
        "”",
        "。",
        "，",
        "|",
        "来源:",
        "分享到:",
        "作者：",
        "（数据来源：市统计局）",
        "（完）",
        ">>>",
        "1.3",
        "09:20",
        "D9958",
        "著",
        "大和、野村等证券公司",
    ]
)
BAD_BYTES = st.sampled_from([b"\xff", b"\x93", b"\x94", b"\xe4\xb8", b"\xc0\xaf", b"\xed\xa0\x80"])


@lru_cache(maxsize=1)
def real_sentences() -> tuple[str, ...]:
    """Sentences cut from the seed and the test articles, mangled or clean as they are on disk."""
    sources = [SEED, *sorted((Path(__file__).parent / "text").glob("*.txt"))]
    found: list[str] = []
    for path in sources:
        for line in path.read_text(encoding="utf-8").splitlines():
            found.extend(s for s in re.findall(r"[^。！？\s]+[。！？]?", line) if len(s) >= 4)
    return tuple(found)


SENTENCES = st.builds(lambda i: real_sentences()[i % len(real_sentences())], st.integers(min_value=0))
PIECES = st.one_of(st.text(HAN, min_size=1, max_size=6), FRAGMENTS, CONTROLS, MARKUP, LINE_ENDS, SENTENCES)
CHECKED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def checked(examples: int) -> settings:
    return settings(CHECKED, max_examples=examples)


def _han(text: str) -> Counter[str]:
    return Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def assert_accounted(raw: str, document: Document) -> None:
    """Each Han character of `raw` is kept (perhaps simplified) or inside a repair's raw text, and each
    repair's raw text is what the decoded input holds at its offsets."""
    assert document.raw == raw
    misplaced = [r for r in document.repairs if raw[r.raw_start : r.raw_end] != r.raw]
    assert misplaced == []
    removed = Counter[str]()
    for repair in document.repairs:
        removed.update(_han(repair.raw))
    kept = _han(document.text) + _han(simplified("".join(r.raw for r in document.repairs if r.kind == "conversion")))
    for ch, count in _han(raw).items():
        simple = simplified(ch)
        assert kept[ch] + kept[simple] + removed[ch] + removed[simple] >= count, ch


def assert_analysed(document: Document) -> None:
    analysed = analyse(document)
    assert analysed.analysed
    for fact in analysed.facts:
        if fact.start is not None and fact.end is not None:
            assert 0 <= fact.start <= fact.end <= len(analysed.text)
    analysed.keywords.by_count  # noqa: B018 - the ranking is computed on first use


@checked(120)
@given(st.lists(PIECES, max_size=40))
def test_cleaning_loses_nothing_silently(pieces: list[str]) -> None:
    raw = "".join(pieces)
    assert_accounted(raw, clean_text(raw))


@checked(40)
@given(st.lists(PIECES, max_size=30))
def test_analysis_never_fails_on_generated_text(pieces: list[str]) -> None:
    raw = "".join(pieces)
    document = clean_text(raw)
    assert_accounted(raw, document)
    assert_analysed(document)


@checked(30)
@given(st.lists(SENTENCES, min_size=1, max_size=12), LINE_ENDS)
def test_analysis_never_fails_on_real_sentences(sentences: list[str], line_end: str) -> None:
    raw = "测试标题" + line_end + line_end.join(sentences)
    document = clean_text(raw)
    assert_accounted(raw, document)
    assert_analysed(document)


@checked(40)
@given(st.lists(st.one_of(PIECES.map(lambda p: p.encode("utf-8")), BAD_BYTES), max_size=30))
def test_damaged_utf8_is_read_and_every_repair_indexes_the_decoded_text(chunks: list[bytes]) -> None:
    data = b"".join(chunks)
    try:
        document = clean_bytes(data, "damaged.txt")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert_accounted(document.raw, document)
    assert_analysed(document)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_give_a_document_or_a_clear_error(data: bytes) -> None:
    try:
        clean_bytes(data, "random.bin")
    except InputError as error:
        assert "\n" not in str(error)


CLEAN_SENTENCES = (
    "今年以来，全县新建冷库三座，农民增收明显。",
    "项目总投资三十亿元，建成后年产值可达五十亿元。",
    "会议强调，要坚持问题导向，推动经济高质量发展。",
    "记者从市统计局了解到，全市居民人均可支配收入持续增长。",
    "该公司负责人表示，将继续扩大生产规模，带动更多村民就业。",
    "据了解，当地丰富的旅游资源吸引了大量游客前来参观。",
)


@checked(60)
@given(
    st.sampled_from(CLEAN_SENTENCES),
    st.integers(min_value=1, max_value=30),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_lost_gbk_byte_is_repaired_or_marked_never_left_silently(
    clean: str, at: int, marker: bool, swallow: bool, full_width: bool
) -> None:
    """Any lead byte lost anywhere, with or without `?`, a swallowing decoder or not, readings glued in
    full width or not: every character is accounted for, every repair is recorded at its raw place, and
    each U+FFFD in the text is a repair marked unrecovered."""
    from tests.mangle import glue_readings, lose_lead_byte, traditional

    source = traditional(clean)
    index = min(at, len(source) - 2)
    raw = "测试标题\n" + glue_readings(lose_lead_byte(source, index, marker, swallow), full_width)
    document = clean_text(raw)
    assert_accounted(raw, document)
    text = document.block_text(document.paragraphs[0]) if document.paragraphs else ""
    assert text.count("\ufffd") == sum(r.clean.count("\ufffd") for r in document.repairs)
    for repair in document.repairs:
        if "\ufffd" in repair.clean:
            assert repair.note.startswith("unrecovered")


def test_runs_in_real_sentences_repair_exactly_or_mark() -> None:
    """Fixed damage the judge must get right: a lost byte with no `?` ending in an ASCII trail byte."""
    from tests.mangle import lose_lead_byte, traditional

    clean = "这些旅游节也成为当地丰富文旅产品供给的平台。"
    raw = lose_lead_byte(traditional(clean), clean.index("地"), marker=False)
    assert raw != traditional(clean) and "S" in raw
    document = clean_text("测试标题\n" + raw)
    text = document.block_text(document.paragraphs[0])
    assert len(text) == len(clean) and all(a == b or b == "\ufffd" for a, b in zip(clean, text))
