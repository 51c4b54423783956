"""How sure a fact is, read from how its extractor found it: the notes extractors attach are the
evidence, so the notes that decide a fact's provenance are named here, where they are read."""

from __future__ import annotations

import re

from lytui.model import Confidence, FactKind, FactValue, Person, Quote, Via

FROM_META = "from the page's meta"
REFERS_BACK = "the date it refers to"
NO_YEAR = "no year on the page and no publication date"
SPEAKER_FROM_CONTEXT = "speaker: the person the paragraph last named"
SPEAKER_FROM_PRONOUN = "speaker: 他/她 before the verb of saying, the person the paragraph last named"

_YEAR = re.compile(r"(?:19|20)\d{2}")
_PATTERNS = ("money", "percent", "quantity", "document", "slogan")


def provenance(kind: FactKind, value: FactValue, text: str, note: str) -> tuple[Via, Confidence]:
    """(via, confidence) of a fact: a number with its unit or a 《title》 is unambiguous; a name from the
    page's byline is the page's own word; a date the text gives without its year, or that refers back
    (同日), is resolved; a short form or a quote without a speaker is inferred; the rest is one rule's
    reading."""
    if kind in _PATTERNS:
        return "rule", "high"
    if note == FROM_META:
        return "byline", "high"
    if kind == "date":
        if note == REFERS_BACK:
            return "coreference", "low"
        if note == NO_YEAR:
            return "rule", "medium"
        return ("rule", "high") if _YEAR.search(text) else ("resolved", "medium")
    if kind == "person":
        return "rule", "high" if isinstance(value, Person) and value.title else "medium"
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
        return ("rule", "medium") if isinstance(value, Quote) and value.speaker else ("rule", "low")
    return "rule", "medium"
