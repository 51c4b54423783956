"""The reader's layout as plain functions: no app, no Pilot."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lytui.model import Document
from lytui.pipeline import clean_file
from lytui.tui.layout import Piece, View, build, wrap_pieces
from lytui.tui.linebreak import NO_LINE_END, NO_LINE_START, breaks, cell_width
from tests.conftest import SEED

ALPHABET = st.sampled_from(
    list("龙岩市苏区干部作风企业发展")
    + list("abcXYZ0123 ")
    + sorted(NO_LINE_START)
    + sorted(NO_LINE_END)
    + ["\x1b", "\u0301", "ū", "—"]
)
TEXTS = st.text(ALPHABET, max_size=200)
WIDTHS = st.integers(min_value=2, max_value=40)


def cells(text: str) -> int:
    return sum(cell_width(ch) for ch in text)


def kinsoku_ok(text: str, cut: int) -> bool:
    return text[cut - 1] not in NO_LINE_END and (cut >= len(text) or text[cut] not in NO_LINE_START)


def assert_lines_keep_the_rules(text: str, lines: list[tuple[int, int]], width: int) -> None:
    assert "".join(text[a:b] for a, b in lines) == text  # every character once, in order
    assert all(a < b for a, b in lines)
    for a, b in lines:
        assert cells(text[a:b]) <= width
    for (a, b), _ in itertools.pairwise(lines):
        if not kinsoku_ok(text, b):
            # allowed only when no break keeping the rules existed on that line
            fits = a + 1
            while fits < len(text) and cells(text[a : fits + 1]) <= width:
                fits += 1
            assert not any(kinsoku_ok(text, cut) for cut in range(a + 1, fits + 1)), (text, a, b)


@given(TEXTS, WIDTHS)
def test_breaks_keep_every_character_once_fit_the_width_and_follow_kinsoku(text: str, width: int) -> None:
    assert_lines_keep_the_rules(text, breaks(text, 0, len(text), width), width)


@given(st.lists(st.tuples(TEXTS, st.booleans()), max_size=8), WIDTHS)
def test_notes_are_never_split_and_every_character_is_drawn_once(parts: list[tuple[str, bool]], width: int) -> None:
    pieces = []
    offset = 0
    for text, is_note in parts:
        if is_note:
            pieces.append(Piece(f"⟨{text[:6]}⟩", None, "note-pinyin"))
        else:
            pieces.append(Piece(text, offset, "paragraph"))
            offset += len(text)
    lines = wrap_pieces(pieces, width, 0, 0)
    assert "".join(p.text for line in lines for p in line.pieces) == "".join(p.text for p in pieces)
    drawn_notes = [p.text for line in lines for p in line.pieces if p.offset is None]
    for note in (p.text for p in pieces if p.offset is None and cells(p.text) <= width):
        assert note in drawn_notes  # whole, on one line
    for line in lines:
        assert cells("".join(p.text for p in line.pieces)) <= width


def test_no_line_ends_with_an_opening_quote_or_starts_with_a_closing_one() -> None:
    text = "甲乙丙丁戊“己庚”，辛。"
    lines = breaks(text, 0, len(text), 11)  # “ (one cell) would end the first line, 。 start the third
    assert [text[a:b] for a, b in lines] == ["甲乙丙丁戊", "“己庚”，", "辛。"]


def test_latin_words_are_kept_whole_where_possible() -> None:
    text = "东南网(wǎng)记者"
    assert [text[a:b] for a, b in breaks(text, 0, len(text), 8)] == ["东南网", "(wǎng)记", "者"]


def seed() -> Document:
    return clean_file(Path(SEED))


def test_clean_lines_are_the_blocks() -> None:
    document = seed()
    layout = build(document, 30, View())
    text = "".join(p.text for line in layout for p in line.pieces)
    assert text == "".join(document.text[b.start : b.end] for b in document.blocks)


def test_notes_of_removed_page_chrome_do_not_pile_onto_the_title() -> None:
    layout = build(seed(), 200, View(repairs=True))
    title = "".join(p.text for p in layout[0].pieces)
    assert title == "龙岩市：⟨:⟩又见苏区⟨(qū)⟩干部好作风"


def test_build_is_pure_and_gives_the_same_lines_in_a_thread() -> None:
    document = seed()
    before = (document.text, document.raw, list(document.repairs))
    made: list[object] = []
    worker = threading.Thread(target=lambda: made.append(build(document, 50, View(True, True))))
    worker.start()
    worker.join()
    here = build(document, 50, View(True, True))
    assert list(made[0]) == list(here)  # type: ignore[call-overload]
    assert (document.text, document.raw, list(document.repairs)) == before


def test_a_limited_build_is_the_beginning_of_the_whole() -> None:
    document = seed()
    whole = build(document, 40, View())
    start = build(document, 40, View(), limit=200)
    assert 0 < len(start) < len(whole)
    assert list(start) == list(whole[: len(start)])


@settings(max_examples=30, deadline=None)
@given(WIDTHS, st.booleans(), st.booleans())
def test_every_view_of_the_seed_fits_its_width(width: int, original: bool, repairs: bool) -> None:
    layout = build(SEED_DOCUMENT, width, View(original, repairs))
    for line in layout:
        assert cells("".join(p.text for p in line.pieces)) <= width


SEED_DOCUMENT = seed()
