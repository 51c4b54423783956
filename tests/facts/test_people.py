"""People: how their mentions are counted."""

from __future__ import annotations

from lytui.model import Person, Quote


def test_mentions_are_counted_like_a_longest_first_alternation() -> None:
    import random
    import re
    from collections import Counter

    from lytui.analyse.facts.people import _mentions

    names = ["王小明", "王小", "小明", "李华", "华强"]
    pattern = re.compile("|".join(sorted(names, key=len, reverse=True)))
    generator = random.Random(7)
    for _ in range(300):
        text = "".join(generator.choice(["王", "小", "明", "李", "华", "强", "说"]) for _ in range(30))
        assert _mentions(text, names) == Counter(m.group() for m in pattern.finditer(text)), text


def test_a_byline_on_a_line_of_its_own_gives_its_reporters() -> None:
    from lytui.pipeline import analyse, clean_text

    raw = "县里新建三座水厂\n2024-03-05 来源：某某日报\n全媒体记者：王勃 陶然\n3月4日，县水务局宣布今年将新建三座水厂，总投资1.2亿元，预计惠及12万名群众。\n"
    document = analyse(clean_text(raw))
    assert document.meta.byline == "全媒体记者：王勃 陶然"
    people = {f.value.name: f.value for f in document.facts if isinstance(f.value, Person)}
    vias = {f.text: f.via for f in document.facts if f.kind == "person"}
    assert people["王勃"].title == "全媒体记者" and vias["陶然"] == "byline"
    assert "王勃" not in document.text


def test_a_verb_after_a_title_is_not_a_name() -> None:
    from tests.facts.helpers import values

    names = {v["name"] for v in values("会上，总书记强调，要把群众的事办好。县长表示同意。", "person")}
    assert not names & {"强调", "表示"}


def test_quotes_take_their_speaker_from_the_paragraph_and_honorifics_name_people() -> None:
    from tests.facts.helpers import facts_of

    facts = facts_of(
        "驻村第一书记刘春生也很忙碌，他从水稻田跑到木耳地。“按照今年的态势，年底村集体收入能突破50万元！”\n"
        "从北京自驾前往的游客黄女士说：“我早就从新闻里得知，这里的生态越来越好。”\n"
        "“福建乡村发展潜力大，我们希望把经验带到这里。”公司总监许俊雄如是说。"
    )
    quotes = {f.value.quote[:4]: f for f in facts if isinstance(f.value, Quote)}
    speakers = {start: f.value.speaker for start, f in quotes.items() if isinstance(f.value, Quote)}
    assert speakers["按照今年"] == "刘春生"
    assert (quotes["按照今年"].via, quotes["按照今年"].confidence) == ("coreference", "low")
    assert speakers["我早就从"] == "黄女士"
    assert speakers["福建乡村"] == "许俊雄"
