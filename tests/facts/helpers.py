from __future__ import annotations

from lytui.analyse.facts import extract_facts
from lytui.model import Fact, fact_value_json
from lytui.pipeline import clean_text


def facts_of(body: str, published: str = "2024-03-20 10:00:00", kind: str | None = None) -> list[Fact]:
    raw = f"测试稿件\n{published} 来源：测试网 责任编辑：赵敏\n{body}\n"
    facts = extract_facts(clean_text(raw))
    return [f for f in facts if kind is None or f.kind == kind]


def values(body: str, kind: str, published: str = "2024-03-20 10:00:00") -> list[object]:
    """The values as the export writes them, the form the spec describes."""
    return [fact_value_json(f.value) for f in facts_of(body, published, kind)]
