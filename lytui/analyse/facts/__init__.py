"""Facts from the clean Document: every extractor reads `Context`, yields spans, never copies text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable
from typing import Any, TypeVar

from lytui.analyse.facts.context import Context, Share, as_is
from lytui.analyse.facts.dates import dates
from lytui.analyse.facts.documents import documents, quotes
from lytui.analyse.facts.lexicon import county_opening
from lytui.analyse.facts.measures import money, percent, quantity
from lytui.analyse.facts.names import organisation_facts, organisations
from lytui.analyse.facts.people import find_people, people_facts
from lytui.analyse.facts.places import place_facts
from lytui.analyse.numbers import CHINESE_NUMERAL
from lytui.han import DIVISION_LEVELS, HAN, LazyPattern
from lytui.model import FACT_KINDS, Document, Fact, Person, Quantity, named_medium, occurrences

SHARE_FACTS_ABOVE = 200_000
"""Characters of text above which equal fact texts and values are made one object."""
_SOURCE_PARTS = re.compile(r"\s*[-－—|｜]\s*")
_KIND_ORDER = {kind: index for index, kind in enumerate(FACT_KINDS)}
V = TypeVar("V")


class _Shared:
    """Equal fact texts and values become one object each. A long article repeats the same dates, sums
    and counts thousands of times (a 5 MB scrape: 123,000 facts, 17,000 distinct texts); facts are
    read-only, so sharing is safe and saves most of their memory."""

    def __init__(self) -> None:
        self.objects: dict[Hashable, object] = {}

    def __call__(self, value: V, /) -> V:
        return self.objects.setdefault(_frozen(value), value)  # type: ignore[return-value]


def _frozen(value: object) -> Hashable:
    """A key equal only for values the export writes alike: 1, 1.0 and True are equal in Python, not in
    JSON, so each field's type is part of the key."""
    if isinstance(value, str):
        return value
    fields: tuple[str, ...] = getattr(value, "__match_args__", ())
    return (type(value), *((type(item), item) for item in (getattr(value, name) for name in fields)))


def extract_facts(document: Document) -> tuple[Fact, ...]:
    # sharing pays for itself on a long scrape only; an ordinary article's facts are few
    share: Share = _Shared() if len(document.text) > SHARE_FACTS_ABOVE else as_is
    ctx = Context.of(document, share)
    found: list[Fact] = []
    found += money(ctx)
    found += percent(ctx)
    taken = [(f.start, f.end) for f in found if f.start is not None and f.end is not None]
    found += dates(ctx)
    taken += [(f.start, f.end) for f in found if f.kind == "date" and f.start is not None and f.end is not None]
    found += quantity(ctx, taken)
    found += documents(ctx)
    source = document.meta.source
    people = find_people(ctx, source)
    extra: list[tuple[str, int | None]] = []
    for entry in people.values():
        org = entry["organization"]
        if org and (org in ctx.text or entry["start"] is None):  # 该县科经局 read as 来凤县科经局: not written so
            start = entry["start"]
            # the organisation stands right before the title, within a short window of the name
            position = ctx.text.rfind(org, max(0, start - 60), start) if start is not None else -1
            extra.append((org, position if position >= 0 else None))
    # 四川在线-华西都市报: a source line may name the site and the paper it reprints, each an organisation
    sources = tuple(
        part for part in (named_medium(_medium_named(p)) for p in _SOURCE_PARTS.split(source or "")) if part
    )
    for part in sources:
        position = ctx.text.find(part)
        extra.append((part, position if position >= 0 else None))
    orgs = _from_their_counties(people, organisations(ctx, extra, trusted=sources))
    found += organisation_facts(ctx, orgs)
    _bodies_named_in_full(people, [name for name, _, _ in orgs])
    org_spans = [(start, start + len(name)) for name, _, _ in orgs for start in occurrences(ctx.text, name)]
    places = list(place_facts(ctx, org_spans))
    found += places
    # a natural village (大山自然村) lies in the village whose committee the text names: no second village
    villages = {f.text for f in places if f.text.endswith("村") and not f.text.endswith("自然村")}
    _village_bodies_of_the_one_village(ctx.text, people, villages)
    found += people_facts(ctx, people)
    found = _without_places_read_as_people(ctx, found, places)
    found = _without_counts_inside_places(ctx, found, places)
    found += quotes(ctx)
    found.sort(key=lambda f: (f.start if f.start is not None else -1, _KIND_ORDER[f.kind]))
    return tuple(found)


def _from_their_counties(
    people: dict[str, dict[str, Any]], orgs: list[tuple[str, int | None, str]]
) -> list[tuple[str, int | None, str]]:
    """贵州省黔东南苗族侗族自治州台江县人民医院 is 台江县人民医院, written with where its county lies: the
    body's name starts at its county (the province and prefecture stay places), for the people who work
    there as well."""
    kept: dict[str, tuple[str, int | None, str]] = {}  # by the name kept, the first body so named
    renamed: dict[str, str] = {}
    for name, start, note in orgs:
        cut = county_opening(name)
        if cut:
            renamed[name] = name[cut:]
        kept.setdefault(name[cut:], (name[cut:], start + cut if start is not None else None, note))
    for entry in people.values():
        entry["organization"] = renamed.get(entry["organization"], entry["organization"])
    return list(kept.values())


def _bodies_named_in_full(people: dict[str, dict[str, Any]], bodies: list[str]) -> None:
    """合作社负责人王健: a person's body written only as its kind (合作社, 农机专业合作社), which is no name of its
    own, is the one body of the article whose full name ends in it (甘肃华种型科种植农民专业合作社); with two
    such bodies the article does not say which."""
    named = set(bodies)
    for entry in people.values():
        kind = entry["organization"]
        if not kind or kind in named:
            continue
        # 团|市委 (the Youth League's city committee) is another body than 市委: one character before the kind
        # makes a new word with it, where a name before it (长泰|县委) names which one
        fuller = {body for body in named if body.endswith(kind) and len(body) >= len(kind) + 2}
        if len(fuller) == 1:
            entry["organization"] = fuller.pop()


def _village_bodies_of_the_one_village(text: str, people: dict[str, dict[str, Any]], villages: set[str]) -> None:
    """村党支部书记徐某: a village's body written without the village (村党支部, 村委会) belongs to the one
    village the article names (德胜村党支部); with two villages named, or one named after its township that
    was not found (后村镇汉家皋陆一村), the article does not say which."""
    if len(villages) != 1:
        return
    village = next(iter(villages))
    if any(m.group() != village for m in _VILLAGE_UNDER_A_TOWNSHIP.finditer(text)):
        return
    for entry in people.values():
        body, at = entry["organization"], entry["start"]
        if not body or body[:1] != "村" or body[1:] not in _VILLAGE_BODIES or at is None:
            continue
        written = text.rfind(body, max(0, at - _BODY_BEFORE_THE_NAME), at)
        if written > 0 and text[written - 1] == "的":
            continue  # 邻村的村委会主任, 外县的村党支部书记: the words before say which village, not this one
        entry["organization"] = village + body[1:]


# 村民委员会 is the village's 民委员会 once its 村 is the village's name (德胜村民委员会)
_VILLAGE_BODIES = frozenset({"党支部", "党总支", "支部", "委会", "两委", "委", "民委员会", "党委"})
_BODY_BEFORE_THE_NAME = 24
_VILLAGE_UNDER_A_TOWNSHIP = LazyPattern(
    rf"(?<=[镇乡])(?:(?![的了和与在里上])[{HAN}]){{2,5}}?村(?![民委干两支党组小])", needs=("村",)
)


_ISSUE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*(?:第\s*\d{1,3}\s*期)?$|\s*第\s*\d{1,3}\s*期$")


def _medium_named(part: str) -> str:
    """《求是》2024年第1期: the periodical a source names, without its issue and its title marks."""
    named = _ISSUE.sub("", part).strip()
    return named[1:-1] if named.startswith("《") and named.endswith("》") and len(named) > 2 else named


def _without_places_read_as_people(ctx: Context, found: list[Fact], places: list[Fact]) -> list[Fact]:
    """朱大村股份经济合作联合社: a village opening clauses reads like a person (朱 is a surname); a name that
    the article also gives as a place, ending in a division's level, with no title, is that place; and one
    that stands only at the opening of an organisation's or a place's name found is the company's brand or the
    place's own name (华清园小区)."""
    named_places = {f.text for f in places}
    opening: dict[str, list[str]] = {}  # a name's openings → the organisations that open so, read once
    for body in {f.text for f in found if f.kind == "organization"} | named_places:  # 华清园|小区: a compound's
        for cut in range(2, len(body) - 1):
            opening.setdefault(body[:cut], []).append(body)
    mistaken = {
        name
        for name, entry in ctx.people.items()
        if not entry.get("title")
        and (
            (name in named_places and name[-1] in DIVISION_LEVELS)
            or _only_ever_opening_a_body(ctx.text, name, opening.get(name, []))
        )
    }
    for name in mistaken:
        del ctx.people[name]  # and no quote is said by it
    return [f for f in found if not (isinstance(f.value, Person) and f.value.name in mistaken)]


def _without_counts_inside_places(ctx: Context, found: list[Fact], places: list[Fact]) -> list[Fact]:
    """绕二镇, 三河村, 十村: a number that begins inside a place's name, or is the place's name whole, wherever
    the text writes it, is part of the name, not a count (二镇, two towns). Each quantity asks one bisection of the places' spans."""
    names = {f.text for f in places if any(ch in CHINESE_NUMERAL or ch.isdigit() for ch in f.text)}
    spans = sorted((start, start + len(name)) for name in names for start in occurrences(ctx.text, name))
    starts = [start for start, _ in spans]

    def inside(fact: Fact) -> bool:
        if fact.kind != "quantity" or fact.start is None:
            return False
        at = bisect.bisect_right(starts, fact.start) - 1
        if at < 0 or fact.start >= spans[at][1]:
            return False
        unit = fact.value.unit if isinstance(fact.value, Quantity) else ""
        measured_end = fact.start + fact.text.find(unit) + len(unit) if unit and unit in fact.text else fact.end
        # 十村 (a village numbered) is the place whole, not ten villages; 三门庙村: the measure word (门) inside
        return (
            spans[at][0] < fact.start
            or (fact.end is not None and fact.end <= spans[at][1])
            or (measured_end is not None and measured_end < spans[at][1])
        )

    return [f for f in found if not inside(f)]


def _only_ever_opening_a_body(text: str, name: str, opened: list[str]) -> bool:
    """柏晟林 only in 柏晟林材料科技有限公司: the company's brand; 卢伟, who also stands alone beside 卢伟农民
    专业合作社, is the man it is named after. `opened`: the organisations found that the name opens, two
    characters or more longer."""
    return bool(opened) and all(any(text.startswith(body, at) for body in opened) for at in occurrences(text, name))


def fact_words(facts: tuple[Fact, ...]) -> list[str]:
    """Names worth keeping whole when segmenting: people, organisations, places."""
    words: list[str] = []
    for fact in facts:
        if isinstance(fact.value, Person):
            words.append(fact.value.name)
        elif fact.kind in ("organization", "place") and isinstance(fact.value, str):
            words.append(fact.value)
    return [w for w in words if _NAME_WORD.fullmatch(w)]


_NAME_WORD = re.compile(f"[{HAN}（）]{{2,20}}")
