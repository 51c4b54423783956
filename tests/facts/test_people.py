"""People: how their mentions are counted."""

from __future__ import annotations


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
