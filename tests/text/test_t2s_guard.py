"""t2s reads OpenCC's private dictionary data for speed; an OpenCC whose insides differ must fall back to
its own convert, never fail at first use or convert differently."""

from __future__ import annotations

from collections.abc import Iterator

import opencc
import pytest

from lytui.text import t2s

TEXT = "乾隆年間，發展與進步的經濟體制。"
MISSING = object()


@pytest.fixture(autouse=True)
def _fresh_conversion() -> Iterator[None]:
    t2s._t2s.cache_clear()
    yield
    t2s._t2s.cache_clear()


@pytest.mark.parametrize(
    "insides",
    [MISSING, ("not", "one group"), [[("a", "b", {}), ("c", "d", {})]]],
    ids=["missing", "other shape", "same shape, other contents"],
)
def test_an_opencc_with_other_insides_converts_through_its_own_call(monkeypatch, insides: object) -> None:
    real = opencc.OpenCC

    class Reshaped:
        def __init__(self, config: str) -> None:
            self._real = real(config)
            self.split_chars_re = self._real.split_chars_re
            if insides is not MISSING:
                self._dict_chain_data = insides

        def convert(self, text: str) -> str:
            return str(self._real.convert(text))

    expected = real("t2s").convert(TEXT)
    monkeypatch.setattr(opencc, "OpenCC", Reshaped)
    assert t2s.simplified(TEXT) == expected
    assert t2s.quick_simplified("發展") == "发展"


def test_the_fast_conversion_is_used_when_the_insides_are_as_read() -> None:
    assert isinstance(t2s._t2s(), t2s._TraditionalToSimplified)
    assert t2s.simplified(TEXT) == opencc.OpenCC("t2s").convert(TEXT)
