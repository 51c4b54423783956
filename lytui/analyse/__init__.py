"""Analysis over the clean Document: facts first (their names feed segmentation), then keywords."""

from __future__ import annotations

from lytui.model import Document


def analyse_document(document: Document) -> Document:
    from lytui.analyse.facts import extract_facts, fact_words
    from lytui.analyse.keywords import keywords_for, warm_up

    warm_up()  # jieba's dictionary loaded before the first part-of-speech lookup
    facts = extract_facts(document)
    return document.with_analysis(facts, keywords_for(document, fact_words(facts)))
