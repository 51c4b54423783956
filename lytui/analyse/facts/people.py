"""People with their titles and organisations.

jieba alone splits names (`简洪`+`坤`) and tags places as people (`龙岩/nr`), so a name is accepted
only where the text frames it: after a title (`副局长倪文兴`), in a reporters' list (`记者 项裕兴 王帅`),
before a verb of saying (`”吴云娟说`), or as the page's editor. A name must start with a known
surname; its length is decided by the characters that follow and by the document's own repetitions.

Each way a name is framed has a module of its own: posts (`people_posts`, and the bodies posts are held in,
`people_bodies`), roles and forms of address (`people_roles`), credits (`people_credits`), speech
(`people_speech`), the clause alone (`people_clauses`) and lists (`people_lists`). All of them read a name's
characters with `people_reading` and titles with `people_titles`; `people_forms` settles which names found
are one person. `find_people` runs their steps in the order their precedence needs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from lytui.analyse.facts import (
    people_clauses,
    people_credits,
    people_forms,
    people_lists,
    people_posts,
    people_reading,
    people_roles,
    people_speech,
    people_titles,
)
from lytui.analyse.facts.context import Context
from lytui.model import Fact, Person, occurrences


def find_people(ctx: Context, org_of_source: str | None) -> dict[str, dict[str, Any]]:
    """name → first titled mention; also stored on ctx for quotes and keywords. Each step adds the people one
    way of naming a person frames; a later step skips or merges names an earlier one found, so the order is
    the rules' precedence (a title read first is the one a name keeps)."""
    people: dict[str, dict[str, Any]] = {}
    dateline_medium = people_credits.medium_of_the_dateline(ctx)
    reporter_groups = people_credits.reporters_in_brackets(ctx, people, dateline_medium)
    # three rules read them: found once; 河长制, 林长制: a system of posts named after the post, held by nobody
    title_matches = [
        m
        for m in people_titles.TITLE.finditer(ctx.text)
        if not (m.group().endswith("长") and ctx.text.startswith("制", m.end()))
    ]
    people_posts.names_after_titles(ctx, people, title_matches, reporter_groups)
    people_posts.names_after_a_role_and_a_space(ctx, people)
    people_roles.members_after_their_role(ctx, people)
    people_roles.names_after_a_trade_and_master(ctx, people)
    people_posts.names_before_a_head_title(ctx, people, title_matches)
    people_posts.leaders_before_their_title(ctx, people)
    people_credits.reporters_on_a_line_of_their_own(ctx, people)
    people_credits.reporters_in_the_dateline(ctx, people, dateline_medium)
    people_speech.speakers_before_a_verb_of_saying(ctx, people)
    people_posts.names_with_a_post_before_saying(ctx, people)
    people_roles.names_before_a_profession(ctx, people)
    people_posts.names_after_a_quoted_role(ctx, people)
    people_roles.names_after_man_or_woman(ctx, people)
    people_clauses.pseudonyms(ctx, people)
    people_posts.posts_written_apart(ctx, people)
    people_speech.speakers_before_a_quotation(ctx, people)
    people_clauses.subjects_of_several_clauses(ctx, people)
    people_speech.speakers_after_a_quotation(ctx, people)
    people_clauses.named_once_with_what_only_people_do(ctx, people)
    people_speech.names_the_text_gives(ctx, people)
    people_posts.names_before_a_post(ctx, people, title_matches)
    people_roles.names_before_an_address(ctx, people)
    people_reading.yi_names_said_or_repeated(ctx, people)
    people_roles.names_after_kin(ctx, people)
    people_credits.credits_in_brackets(ctx, people)
    people_credits.photo_captions_credits(ctx, people)
    people_lists.names_listed_with_others(ctx, people)
    people_lists.names_of_a_roster(ctx, people)
    people_lists.names_after_a_team_label(ctx, people)
    people_clauses.transcribed_names_framed(ctx, people)
    people_clauses.names_opening_a_profile(ctx, people)
    people_clauses.names_after_an_age(ctx, people)
    people_roles.names_before_mr_or_ms(ctx, people)
    people_roles.names_by_an_honorific(ctx, people)
    people_roles.names_before_how_elders_are_called(ctx, people)
    people_credits.editors(ctx, people, org_of_source)
    people_credits.byline_credits(ctx, people, org_of_source)
    people_forms.merge_short_forms(ctx.text, people)
    people_forms.drop_places_and_other_forms(ctx.text, people)
    people_posts.posts_written_in_the_text(ctx, people)
    ctx.people = people
    ctx.mentions = _mentions(ctx.text, people)
    return people


def _mentions(text: str, names: Iterable[str]) -> Counter[str]:
    """How often each name is mentioned, reading left to right and preferring the longer name where two
    overlap (as an alternation of the names, longest first, would) — without compiling a pattern for
    every article."""
    found = sorted((start, -len(name), name) for name in names for start in occurrences(text, name))
    counts: Counter[str] = Counter()
    reached = 0
    for start, negative_length, name in found:
        if start >= reached:
            counts[name] += 1
            reached = start - negative_length
    return counts


def people_facts(ctx: Context, people: dict[str, dict[str, Any]]) -> Iterator[Fact]:
    for name, entry in people.items():
        value = Person(name, entry["title"], entry["organization"])
        start = entry["start"]
        if start is None:
            first = ctx.text.find(name)
            start = first if first >= 0 else None
        if start is None:
            yield ctx.meta_fact("person", name, value)
        else:
            mentions = ctx.mentions.get(name, 1)
            yield ctx.fact("person", start, start + len(name), value, note=f"{mentions} mention(s)")
