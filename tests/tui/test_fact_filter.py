"""The keyword filter's span look-up agrees with the plain scan it replaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lytui.tui.widgets.facts import _within


@given(st.lists(st.integers(0, 500), max_size=40, unique=True), st.integers(-5, 510))
def test_within_agrees_with_scanning_every_span(cuts: list[int], offset: int) -> None:
    cuts.sort()
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]  # sorted, not overlapping
    assert _within(spans, offset) == any(a <= offset < b for a, b in spans)
