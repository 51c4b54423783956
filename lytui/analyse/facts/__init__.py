"""Facts from the clean Document: every extractor reads `Context`, yields spans, never copies text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lytui.analyse.facts.context import Context, FactFound
from lytui.analyse.facts.dates import NO_YEAR, dates
from lytui.analyse.facts.documents import SPEAKER_FROM_CONTEXT, SPEAKER_FROM_PRONOUN, documents, quotes
from lytui.analyse.facts.measures import money, percent, quantity
from lytui.analyse.facts.names import organisation_facts, organisations
from lytui.analyse.facts.people import find_people, people_facts
from lytui.analyse.facts.places import place_facts
from lytui.model import Document, Fact, occurrences

SHARE_FACTS_ABOVE = 200_000
"""Characters of text above which equal fact texts and values are made one object."""

KINDS = ("money", "quantity", "percent", "date", "person", "organization", "place", "quote", "slogan", "document")


class _Shared:
    """Equal fact texts and values become one object each. A long article repeats the same dates, sums
    and counts thousands of times (a 5 MB scrape: 123,000 facts, 17,000 distinct texts); facts are
    read-only, so sharing is safe and saves most of their memory."""

    def __init__(self) -> None:
        self.objects: dict[object, Any] = {}

    def __call__(self, value: Any) -> Any:  # noqa: ANN401 - fact values are JSON-shaped
        key = _frozen(value)
        return value if key is None else self.objects.setdefault(key, value)


def _frozen(value: object) -> object | None:
    """A hashable stand-in that tells 1 from 1.0 and True (equal in Python, not in JSON); None if the
    value holds anything else."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return (type(value).__name__, value)
    if isinstance(value, dict):
        items = tuple((key, _frozen(item)) for key, item in value.items())
        return None if any(f is None for _, f in items) else ("dict", items)
    if isinstance(value, (list, tuple)):
        frozen = tuple(_frozen(item) for item in value)
        return None if any(f is None for f in frozen) else (type(value).__name__, frozen)
    return None


def _as_is(value: Any) -> Any:  # noqa: ANN401 - fact values are JSON-shaped
    return value


_YEAR = re.compile(r"(?:19|20)\d{2}")
_PATTERNS = ("money", "percent", "quantity", "document", "slogan")


def provenance(found: FactFound, text: str) -> tuple[str, str]:
    """(via, confidence) of a fact, from how its extractor found it (its kind and note): a number with
    its unit or a 《title》 is unambiguous; a name from the page's byline is the page's own word; a date
    the text gives without its year, or that refers back (同日), is resolved; a short form or a quote
    without a speaker is inferred; the rest is one rule's reading."""
    kind, note = found.kind, found.note
    if kind in _PATTERNS:
        return "rule", "high"
    if note == "from the page's meta":
        return "byline", "high"
    if kind == "date":
        if note == "the date it refers to":
            return "coreference", "low"
        if note == NO_YEAR:
            return "rule", "medium"
        return ("rule", "high") if _YEAR.search(text) else ("resolved", "medium")
    if kind == "person":
        return "rule", "high" if isinstance(found.value, dict) and found.value.get("title") else "medium"
    if kind == "organization":
        if note.startswith("short for"):
            return "short-form", "low"
        if note.startswith("in the dictionary"):
            return "dictionary", "medium"
        if note.startswith("named in a list"):
            return "list", "medium"
        return "rule", "medium"
    if kind == "place":
        return ("rule", "medium") if note else ("gazetteer", "high")
    if kind == "quote" and note == SPEAKER_FROM_CONTEXT:
        return "coreference", "low"
    if kind == "quote" and note == SPEAKER_FROM_PRONOUN:
        return "coreference", "medium"  # the text points at someone; lytui only picks whom
    if kind == "quote":
        return ("rule", "medium") if isinstance(found.value, dict) and found.value.get("speaker") else ("rule", "low")
    return "rule", "medium"


def _to_fact(ctx: Context, found: FactFound, shared: Callable[[Any], Any]) -> Fact:
    if found.start is None or found.end is None:
        text = found.text or ""
        via, confidence = provenance(found, text)
        return Fact(found.kind, text, shared(found.value), None, None, found.note, via, confidence)
    text = shared(ctx.text[found.start : found.end])
    via, confidence = provenance(found, text)
    return Fact(found.kind, text, shared(found.value), found.start, found.end, found.note, via, confidence)


def extract_facts(document: Document) -> tuple[Fact, ...]:
    ctx = Context.of(document)
    found: list[FactFound] = []
    found += money(ctx)
    found += percent(ctx)
    taken = [(f.start, f.end) for f in found if f.start is not None and f.end is not None]
    found += dates(ctx)
    taken += [(f.start, f.end) for f in found if f.kind == "date" and f.start is not None and f.end is not None]
    found += quantity(ctx, taken)  # type: ignore[arg-type]
    found += documents(ctx)
    source = document.meta.source
    people = find_people(ctx, source)
    found += people_facts(ctx, people)
    extra: list[tuple[str, int | None]] = []
    for entry in people.values():
        org = entry["organization"]
        if org:
            start = entry["start"]
            # the organisation stands right before the title, within a short window of the name
            position = ctx.text.rfind(org, max(0, start - 60), start) if start is not None else -1
            extra.append((org, position if position >= 0 else None))
    if source:
        position = ctx.text.find(source)
        extra.append((source, position if position >= 0 else None))
    orgs = organisations(ctx, extra, trusted=(source,) if source else ())
    found += organisation_facts(orgs)
    org_spans = [(start, start + len(name)) for name, _, _ in orgs for start in occurrences(ctx.text, name)]
    found += place_facts(ctx, org_spans)
    found += quotes(ctx)
    # sharing pays for itself on a long scrape only; an ordinary article's facts are few
    shared: Callable[[Any], Any] = _Shared() if len(ctx.text) > SHARE_FACTS_ABOVE else _as_is
    facts: list[Any] = found  # replaced one by one, so each found fact is freed as its Fact is made
    for index in range(len(found)):
        facts[index] = _to_fact(ctx, found[index], shared)
    facts.sort(key=lambda f: (f.start if f.start is not None else -1, KINDS.index(f.kind) if f.kind in KINDS else 99))
    return tuple(facts)


def fact_words(facts: tuple[Fact, ...]) -> list[str]:
    """Names worth keeping whole when segmenting: people, organisations, places."""
    words: list[str] = []
    for fact in facts:
        if fact.kind == "person":
            words.append(fact.value["name"])
        elif fact.kind in ("organization", "place") and isinstance(fact.value, str):
            words.append(fact.value)
    return [w for w in words if re.fullmatch(r"[\u4e00-\u9fff（）]{2,20}", w)]
