"""Quotations: what is speech, and whose."""

from __future__ import annotations

from lytui.analyse.facts import extract_facts
from lytui.pipeline import clean_text


def _facts(raw: str, kind: str) -> list[tuple[str, object]]:
    return [(f.text, f.value) for f in extract_facts(clean_text(raw)) if f.kind == kind]


def test_a_quote_in_a_headline_that_names_no_speaker_is_a_motto() -> None:
    raw = (
        "青山县合作社实现全覆盖 “致富的每一步，都要走稳当”\n2024-03-20 10:00:00 来源：测试网\n"
        "青山县今年新建合作社12个。“活不累，离家近。”村民王大山说。\n"
    )
    quotes = _facts(raw, "quote")
    assert [text for text, _ in quotes] == ["“活不累，离家近。”"]
    assert ("“致富的每一步，都要走稳当”", "致富的每一步，都要走稳当") in _facts(raw, "slogan")
