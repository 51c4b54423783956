"""lytui.han's character tests and lazily compiled patterns answer exactly as the eagerly compiled
regular expressions they replace, and nothing before the first frame compiles the Chinese-character
class at import (compiling it walks 28,000 code points in Python each time: most of the start-up)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.han import HAN, LazyPattern, all_han, han_count, is_han
from lytui.model import _BYLINE_NAMES, BYLINE
from lytui.text import chrome, convert, meta_lines, segment
from lytui.text.repair import pinyin, punctuation

_HAN_CLASS = re.compile(f"[{HAN}]")

# the edges of each range and characters either side of them (and beyond the BMP, lone surrogates), the words the patterns look for, and
# the spaces, digits, brackets, marks and pinyin letters they read around them
_EDGES = "\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00\U00020000\U0004e00f\ud800\udfff"
_ALPHABET = (
    _EDGES + "王李张新华社北京记者通讯员作者文电讯报道消息来源编辑责任日月网台著"
    " \t\u3000\n、，,：:；;。！？“”‘’《》（）()【】—…0123456789\u0661\uff11\u00b2Aaqūīnjg?"
)
_WORDS = (
    "龙岩市干部好作风又见苏区",
    "著作",
    "显著",
    "记者",
    "通讯员",
    "作者",
    "文",
    "电",
    "讯",
    "报道",
    "消息",
    "来源",
    "编辑",
    "东南网",
    "12月28日",
    "(qū)",
    "(huì )",
    "全媒体记者：",
    "作者：",
    "王俊杰",
    " 张杰",
    " 来源：",
    "来    源:",
    "\n责 编：",
    "， “",
    "【商报网讯】",
    "某某网-",
    "日报",
    "电视台",
    "报导】",
    "到1.5 公里",
    "50 万",
    "高峰 。",
)
texts = st.lists(st.one_of(st.sampled_from(_ALPHABET), st.sampled_from(_WORDS)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "ab", max_size=3))
def test_is_han_is_a_fullmatch_of_the_class(text: str) -> None:
    assert is_han(text) == bool(_HAN_CLASS.fullmatch(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "ab", max_size=6))
def test_all_han_is_a_fullmatch_of_a_run_of_the_class(text: str) -> None:
    assert all_han(text) == bool(re.fullmatch(f"[{HAN}]+", text))


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(-3, 45), st.one_of(st.none(), st.integers(-3, 45)))
def test_han_count_counts_what_the_class_finds(text: str, start: int, end: int | None) -> None:
    assert han_count(text, start, end) == len(_HAN_CLASS.findall(text[start:end]))


_LAZY = {
    "BYLINE": BYLINE,
    "_BYLINE_NAMES": _BYLINE_NAMES,
    **{f"_DATELINE_FORMS[{i}]": form for i, form in enumerate(segment._DATELINE_FORMS)},
    "_DATELINE_SOURCE": meta_lines._DATELINE_SOURCE,
    "_TRAILING_BYLINE": meta_lines._TRAILING_BYLINE,
    "_CREDIT_NAMES": meta_lines._CREDIT_NAMES,
    "_NAMES_ONLY": meta_lines._NAMES_ONLY,
    "_MORE_NAMES": meta_lines._MORE_NAMES,
    "_MEDIUM_ITEM": meta_lines._MEDIUM_ITEM,
    "_SPEAKER": segment._SPEAKER,
}
# the dateline's forms as one alternation, tried at once, with the names-in-brackets fallback `_dateline` adds
_OLD_DATELINE = re.compile("|".join(f"(?:{form.pattern})" for form in segment._DATELINE_FORMS))
_OLD_SPACE_INSIDE = re.compile(
    rf"(?<=[，、；：])([ \t\u3000]+)(?=[{HAN}“‘《（\d])|(?<=[{HAN}—])()[ \t\u3000]+(?=[“《][{HAN}])"
    rf"|(?<=[{HAN}\d%％”’）》])([ \t\u3000]+)(?=[，。、；：！？”’）》])"
)
# a number after a Chinese character (or a clause's mark after one) and its measure word: the lookbehind
# would be of any width, so the character and the digits are matched and the run is read from its group
_UNITS = re.escape("".join(sorted(punctuation.UNITS_AFTER_A_NUMBER)))
_MEASURES = re.escape("".join(sorted(punctuation.UNITS_AFTER_A_NUMBER - set("年月日时分秒"))))
_OLD_NUMBER_AND_UNIT = re.compile(rf"[{HAN}](?:[，、；：,;:]|[ \t\u3000])?[\d.]*\d([ \t\u3000]+)(?=[{_UNITS}])")
# a template's spaces around numbers: a year and its 年, about a number and its measure, a date's parts,
# a Chinese character and the number of a measure after it
_SPACED_NUMBERS = re.compile(
    rf"(?<!\d)(?:19|20)\d\d([ \t\u3000]+)(?=年)|(?<=\d)([ \t\u3000]+)(?=[多余来][{_UNITS}])"
    rf"|(?<=[年月])([ \t\u3000]+)(?=\d{{1,2}}[ \t\u3000]?[月日号])"
    rf"|(?<=[{HAN}])([ \t\u3000]+)(?=\d+(?:\.\d+)?[ \t\u3000]?(?:多|余|来)?[{_MEASURES}])"
)

# a label's two characters padded apart, alone on its line or after a space, before its colon
_PADDED_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:"
    + "|".join(f"{label[0]}([ \t\u3000]+){label[1]}" for label in sorted(punctuation.PADDED_LABELS))
    + r")(?=[ \t\u3000]*[:：])"
)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(-2, 42), st.integers(-2, 42))
def test_datelines_and_spaces_are_found_as_by_the_single_patterns(text: str, pos: int, endpos: int) -> None:
    """The dateline's forms tried in turn answer as their alternation; the scan of space runs as the
    lookarounds did (the alphabet holds digits of other scripts too: `\\d` against `isdecimal`)."""
    new, old = segment._dateline(text, pos, endpos), _OLD_DATELINE.match(text, pos, endpos)
    if (
        old is None
        and (credit := segment._NAMES_FIRST.match(text, pos, endpos))
        and meta_lines.names_only(credit["names"])
    ):
        old = credit
    assert (new and new.span()) == (old and old.span())
    expected = [(m.start(), m.end(), bool(m.group(1) or m.group(3))) for m in _OLD_SPACE_INSIDE.finditer(text)]
    expected += [(m.start(1), m.end(1), True) for m in _OLD_NUMBER_AND_UNIT.finditer(text)]
    spaced = (next(span for span in m.regs[1:] if span != (-1, -1)) for m in _SPACED_NUMBERS.finditer(text))
    expected += [(start, end, True) for start, end in spaced if start > 0 and end < len(text)]
    padded = (next(span for span in m.regs[1:] if span != (-1, -1)) for m in _PADDED_LABEL.finditer(text))
    expected += [(start, end, True) for start, end in padded]
    found = list(punctuation._spaces_inside(text))
    assert found == sorted(set(expected))  # two patterns may find one run: it is edited once


def _spans(found: re.Match[str] | None) -> tuple[tuple[int, int], ...] | None:
    return None if found is None else tuple(found.span(group) for group in range(found.re.groups + 1))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(sorted(_LAZY)), texts, st.integers(-2, 42), st.integers(-2, 42))
def test_a_lazy_pattern_answers_as_the_pattern_compiled_at_once(name: str, text: str, pos: int, endpos: int) -> None:
    """Its `needs` words are a condition of every match, so skipping the compile where they are absent
    changes no answer; nor does any window (`pos`, `endpos`, negative ones included)."""
    lazy = _LAZY[name]
    eager = re.compile(lazy.pattern, lazy.flags)
    for method in ("match", "search", "fullmatch"):
        assert _spans(getattr(lazy, method)(text, pos, endpos)) == _spans(getattr(eager, method)(text, pos, endpos))
    assert [_spans(m) for m in lazy.finditer(text, pos, endpos)] == [
        _spans(m) for m in eager.finditer(text, pos, endpos)
    ]
    assert lazy.sub("#", text) == eager.sub("#", text)


def test_a_lazy_pattern_compiles_only_when_its_words_are_there() -> None:
    pattern = LazyPattern(rf"[{HAN}]{{2}}记者", needs=("记者",))
    assert pattern.search("新华社北京电") is None
    assert pattern.sub("", "本报讯") == "本报讯"
    assert list(pattern.finditer("本报讯")) == []
    assert pattern._compiled is None
    found = pattern.search("新华社记者")
    assert found is not None and found.group() == "华社记者"
    assert pattern._compiled is not None


def test_a_widened_pattern_compiles_only_where_its_sieve_matches() -> None:
    pattern = LazyPattern(rf"^记者 [{HAN}]{{2,4}}$", widen=True)
    assert pattern.sieve == r"^记者 [^\x00-\xff]{2,4}$"
    assert pattern.match("记者 ab") is None and pattern.match("记者 王俊杰和他的同事") is None
    assert pattern._compiled is None
    assert pattern.match("记者 ，，") is None  # the sieve lets it through; the class does not
    assert pattern._compiled is not None
    with pytest.raises(ValueError):
        LazyPattern(rf"[{HAN}A-Z]", widen=True)


_OLD_GLUED = re.compile(rf"(?<=[{HAN}])[(（]({pinyin.READING_BODY}) ?[)）]")


@settings(max_examples=400, deadline=None)
@given(texts)
def test_glued_readings_are_found_as_by_the_lookbehind(text: str) -> None:
    assert [m.span(1) for m in pinyin._glued(text)] == [m.span(1) for m in _OLD_GLUED.finditer(text)]
    assert pinyin.remove_readings_in(text) == _OLD_GLUED.sub(
        lambda m: "" if pinyin.is_reading(m.group(1)) else m.group(0), text
    )


_OLD_ZHU = re.compile(rf"(?<=[{HAN}])著|著(?=[{HAN}])")


@settings(max_examples=400, deadline=None)
@given(texts)
def test_zhu_is_found_as_by_the_lookarounds(text: str) -> None:
    assert [edit[0] for edit in convert._zhu_edits(text)] == [
        m.start()
        for m in _OLD_ZHU.finditer(text)
        if not convert._keeps_zhu(text, m.start()) and m.start() > 0 and _HAN_CLASS.match(text[m.start() - 1])
    ]


_OLD_CJK = re.compile(rf"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’…—]")
_OLD_ENOUGH_HAN = re.compile(rf"(?:[^{HAN}]*[{HAN}]){{{chrome.SENTENCE_HAN}}}")
_OLD_COLUMN_LABEL = re.compile(rf"【[{HAN}]{{1,6}}】\s*")


@settings(max_examples=400, deadline=None)
@given(texts, st.text(alphabet=_ALPHABET + "\uff01\uffef\u303f", max_size=2))
def test_the_checks_that_replaced_classes_answer_as_the_classes(text: str, character: str) -> None:
    assert punctuation._is_cjk(character) == bool(character and _OLD_CJK.fullmatch(character))
    assert meta_lines._credit_name(text) == bool(re.fullmatch(rf"[{HAN}]{{2,4}}", text))
    outside = chrome._BRACKETED.sub("", text)
    assert chrome._holds_sentence(text) == any(
        _OLD_ENOUGH_HAN.match(outside, m.start(), m.end()) for m in chrome._CLAUSE.finditer(outside)
    )
    label = "【" + text
    new = segment._COLUMN_LABEL.match(label)
    old = _OLD_COLUMN_LABEL.match(label)
    assert (new.end() if new and all(map(is_han, new[1])) else None) == (old.end() if old else None)


def test_the_first_frame_compiles_no_chinese_character_class_at_import() -> None:
    """Every module the app loads before its first frame (Textual, the pipeline, the article screen):
    none holds a compiled pattern with the class; the patterns that need it are `LazyPattern`s."""
    code = (
        "import re, sys\n"
        "import lytui.pipeline, lytui.tui.app, lytui.tui.screens.main\n"
        "from lytui.han import HAN\n"
        "for name, module in sorted(sys.modules.items()):\n"
        "    if name.startswith('lytui'):\n"
        "        for attribute, value in vars(module).items():\n"
        "            if isinstance(value, re.Pattern) and HAN in value.pattern:\n"
        "                print(name, attribute)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == ""


_LINES = [
    "记者 冯硕 许艳艳",
    "全媒体记者：王勃 陶然",
    "文/肖畅",
    "四川农村日报全媒体记者 周颖昳 洪瑜",
    "赵洪志 来源：市场报资讯周刊",
    "高洪驰 周若楠",
    "编辑：付波 熊哲",
    "据新华社北京2月17日电",
    "巴东电视台报道（记者 张辉）",
    "掌上梅州讯 今天",
    "本报讯 （记者 王俊杰）",
    "东方网记者张力韵、通讯员陈怡4月25日报道：",
    "设有 “致富星”，\u3000“四下基层”",
    *Path(__file__)
    .resolve()
    .parent.parent.joinpath("seeds", "000_eaa03b8991818edb.txt")
    .read_text("utf-8")
    .splitlines(),
]


@pytest.mark.parametrize("name", sorted(_LAZY))
def test_lazy_patterns_answer_as_before_on_bylines_datelines_and_the_seed(name: str) -> None:
    lazy = _LAZY[name]
    eager = re.compile(lazy.pattern, lazy.flags)
    for line in _LINES:
        for pos in range(len(line) + 1):
            for method in ("match", "search"):
                assert _spans(getattr(lazy, method)(line, pos)) == _spans(getattr(eager, method)(line, pos))
        assert _spans(lazy.fullmatch(line)) == _spans(eager.fullmatch(line))
        assert [_spans(m) for m in lazy.finditer(line)] == [_spans(m) for m in eager.finditer(line)]
