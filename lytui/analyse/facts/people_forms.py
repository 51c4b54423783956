"""One person, one name: the forms of a name found apart that are the same person, and names found
that are no one.

The rules find a name where the text frames it, so the same person may be found short (马依 of 马依俩斯, 巴特尔
of 额尔敦巴特尔), by surname and post (姜庭长) or as an elder (黎老); and a name may be a place's that the text
also writes before a level or a road (陈良村). These are settled once every rule has read the text.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from lytui.analyse.facts.documents import CREDIT_ROLES
from lytui.analyse.facts.lexicon import (
    FAMILIAR_ENDINGS,
    FAMILIAR_FOR_A_WOMAN,
    HAMLET_LANDFORMS,
    HAMLET_ONLY_ENDINGS,
    address_posts,
    familiar_forms,
    jieba_tags,
    places,
    surname_at,
)
from lytui.analyse.facts.people_reading import BODY_OF_A_LEVEL, CLOSES_A_NAME, NOT_NAME_END
from lytui.analyse.facts.people_roles import HONORIFIC
from lytui.analyse.facts.people_titles import TITLE
from lytui.han import COUNTY_AND_ABOVE, all_han
from lytui.model import occurrences


def _names_always_written_longer(text: str, people: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """马依 in 马依俩斯 (three mentions, each going on with 俩斯): a name of two the text writes twice or more,
    always followed by the same one or two characters that make no word the dictionary knows nor start
    one, is that longer name (a Hui or a transcribed name jieba cuts short)."""
    found: list[tuple[str, str]] = []
    tags = jieba_tags()
    for name in people:
        at = occurrences(text, name)
        if len(name) != 2 or len(at) < 2:
            continue
        for size in (2, 1):
            tails = {text[a + 2 : a + 2 + size] for a in at}
            tail = next(iter(tails))
            if len(tails) != 1 or len(tail) != size or not all_han(tail):
                continue
            if any(ch in NOT_NAME_END for ch in tail) or TITLE.match(text, at[0] + 2):
                continue
            # 周季|花 (周季, a week, to jieba): one character alone may be a word and still end a name; two may not
            if (size == 2 and tags.get(tail) is not None) or any(tags.get(text[a + 2 : a + 4]) is not None for a in at):
                continue
            if name + tail not in people:
                found.append((name, name + tail))
            break
    return found


def _parts_of_longer_names(text: str, people: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """Names found that the text writes only inside a longer one of four characters or more (巴特尔 in
    额尔敦巴特尔, 马依 in 马依俩斯): parts of that name, each with the name it belongs to."""
    found: list[tuple[str, str]] = []
    longer = [name for name in people if len(name) >= _LONG_NAME]
    for short in people:
        holders = [name for name in longer if name != short and short in name]
        if len(holders) != 1:
            continue
        spans = [(at, at + len(holders[0])) for at in occurrences(text, holders[0])]
        if all(any(a <= at and at + len(short) <= b for a, b in spans) for at in occurrences(text, short)):
            found.append((short, holders[0]))
    return found


_LONG_NAME = 4


def _merge_into(people: dict[str, dict[str, Any]], short: str, longer: str) -> None:
    """The short form is the longer name's person: it goes, and lends its post when the longer has none."""
    entry = people.pop(short)
    if not people[longer]["title"] and entry["title"]:
        people[longer].update(title=entry["title"], organization=entry["organization"])


def _addressed_by_post(name: str, people: dict[str, dict[str, Any]]) -> bool:
    """姜庭长 after 庭长姜辉: the surname and the post are how the article names again someone it named in
    full (the quotes read the form as that person), not a second person; so after the one person of that
    surname named with no post read."""
    surname = surname_at(name, 0)
    post = name[surname:]
    if not surname or len(post) < 2 or not TITLE.fullmatch(post):
        return False
    same_surname = [
        (other, person.get("title") or "")
        for other, person in people.items()
        if other != name and other.startswith(name[:surname])
    ]
    # 刘某永副局长的带领下…刘局长指出: the one of that surname the article names, whose post it wrote after
    # the name where no title was read
    return any(title and post in address_posts(title) for _, title in same_surname) or (
        len(same_surname) == 1 and not same_surname[0][1]
    )


def _in_one_sentence(text: str, form: str, people: dict[str, dict[str, Any]]) -> bool:
    """村委会主任常桂林带着记者来到常大妈家: a sentence that names both the full name of the surname and the
    familiar form names two people."""
    if not form.endswith(FAMILIAR_FOR_A_WOMAN):
        return False  # 黎湛龙…黎老: the man's familiar forms, as before
    surname = form[:1]
    full = [name for name in people if name != form and name.startswith(surname) and form not in name]
    return any(any(name in sentence for name in full) for sentence in re.split(r"[。！？\n]", text) if form in sentence)


def _called_familiarly(people: dict[str, dict[str, Any]]) -> list[str]:
    """The familiar forms (黎老, 黎大爷) of the one person of that surname the article names in full; with
    two such people the form names neither, and stays a person of its own (a villager called 王大爷)."""
    full: dict[str, list[str]] = {}
    for name in people:
        surname = surname_at(name, 0)
        given = name[surname:]
        reporter = (people[name].get("title") or "") in CREDIT_ROLES  # 记者王明 is not 王大爷
        plain = not HONORIFIC.fullmatch(name) and not name.endswith(FAMILIAR_ENDINGS)
        if surname and 1 <= len(given) <= 2 and plain and not reporter:
            full.setdefault(name[:surname], []).append(name)
    forms = {
        form for names in full.values() if len(names) == 1 for form in familiar_forms(names[0], surname_at(names[0], 0))
    }
    return [name for name in people if name in forms]


def _names_written_shorter_elsewhere(text: str, people: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """局长郑某庭后接受采访…郑某等民警…向郑某、卿某道歉: a name of three read once, its first two characters
    written twice or more elsewhere, each time closed as a name is (a mark, 等, 和): the third character
    began the next word (庭后, after the trial) and the person is the name of two."""
    found = []
    for name in people:
        if len(name) != 3 or text.count(name) != 1:
            continue
        short = name[:2]
        closed = sum(1 for at in occurrences(text, short) if _closed_after(text, at + 2))
        if closed >= 2 and short not in people:
            found.append((name, short))
    return found


def _closed_after(text: str, at: int) -> bool:
    """Whether a name ends at `at`, as the readers close one, or before the others listed with it (等, 和, 与)."""
    return CLOSES_A_NAME.match(text, at) is not None or text.startswith(("等", "和", "与"), at)


def merge_short_forms(text: str, people: dict[str, dict[str, Any]]) -> None:
    """A name found short that the text writes longer is the longer name's person; a name read long once
    that the text writes short elsewhere is the short name's."""
    for long_once, short in _names_written_shorter_elsewhere(text, people):
        people[short] = people.pop(long_once)
    for short, whole in _names_always_written_longer(text, people):
        people[whole] = people.pop(short)  # 马依俩斯先听到…马依俩斯家在…: jieba cut 马依|俩斯 each time
    # a shorter form of a name that is only ever a prefix of a longer one is the same person
    # (in sorted order a name that begins another one is followed by such a name)
    ordered = sorted(people)
    for short, following in pairwise(ordered):
        if following.startswith(short):
            _merge_into(people, short, following)
    for short, longer in _parts_of_longer_names(text, people):
        _merge_into(people, short, longer)  # 额尔敦巴特尔…额尔敦巴特尔说: 巴特尔, read before 说, is the last part


def drop_places_and_other_forms(text: str, people: dict[str, dict[str, Any]]) -> None:
    """Names that are a place's, or another form of a person's found in full (姜庭长, 黎老), are no one new."""
    for name in [name for name in people if _a_place_by_its_mentions(text, name) or _addressed_by_post(name, people)]:
        people.pop(name)
    for form in _called_familiarly(people):
        if not _in_one_sentence(text, form, people):
            people.pop(form)  # 黎老, 黎叔, 黎大爷 after 黎湛龙: the same man, called as an elder


_PLACE_AFTER = re.compile(r"[省市县区镇乡村寨屯](?!长)|高速|公路|大道|大街|派出所|街道|社区")


def _a_place_by_its_mentions(text: str, name: str) -> bool:
    """安徽省, 陈良村, 乌英苗寨, 荣乌高速, 胡集派出所, 马公市公所: a name that ends in a division's level, or that the
    text also writes before one (not before a head's title: 许立明市长), a road or a police station, is that
    place's name, not a person's."""
    if name[-1] in COUNTY_AND_ABOVE or name[-1] in HAMLET_ONLY_ENDINGS:
        return True  # 展福寨: a hamlet, which no given name ends with
    if name[-1] == "楼" and (jieba_tags().get(name[:-1]) or "").startswith("n"):
        return True  # 学生宿舍楼: a building named by what it is for (王玉楼 is a man)
    if len(name) == 3 and name[-1] in "地场" and (jieba_tags().get(name[1:]) or "").startswith("n"):
        return True  # 夏营地, 冬营地: a pasture or a ground the dictionary names as a noun
    if (
        len(name) == 3
        and name[-1] in HAMLET_LANDFORMS
        and any(_PLACE_AFTER.match(text, at + 2) for at in occurrences(text, name[:2]))
    ):
        return True  # 丁寨湾, 丁寨岩 beside 丁寨乡: a bay, a cliff of the place the text names
    return any(_place_named_at(text, name, at + len(name)) for at in occurrences(text, name))


def _place_named_at(text: str, name: str, end: int) -> bool:
    """Whether a place's ending follows the name at `end`. A level the list of divisions would know the
    name with, that begins the next body instead (副县长罗皓|县政协), follows a person's name."""
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return False
    level = after.group()
    return not (level in COUNTY_AND_ABOVE and name + level not in places() and BODY_OF_A_LEVEL.match(text, end + 1))
