"""Shapes unseen pages on village cadres and their words showed lytui reading wrong, on made-up text."""

from __future__ import annotations

from tests.facts.helpers import facts_of, values


def _speakers(body: str) -> list[object]:
    return [f.value.speaker for f in facts_of(body, kind="quote")]  # type: ignore[union-attr]


def test_he_doing_something_meanwhile_before_the_verb_still_says_it() -> None:
    body = "县委书记王建华走在山路上。“咱这个山区县有4300多个山头，群众居住分散。”他一边拍打身上的尘土一边笑道。"
    assert _speakers(body) == ["王建华"]


def test_a_name_then_a_set_phrase_of_four_and_di_before_the_verb_is_a_speaker() -> None:
    body = "“农民是主体，村级各项工作就会进入良性循环。”台上，张家亮意味深长地说着。"
    assert _speakers(body) == ["张家亮"]


def test_four_characters_before_di_that_are_no_set_phrase_make_no_name() -> None:
    names = [v["name"] for v in values("居民芦竹林欣喜地告诉记者，有了电梯方便多了。", "person")]  # type: ignore[index]
    assert "居民芦" not in names


def test_a_bodys_team_stationed_in_a_village_is_one_name() -> None:
    found = values("省能源局驻阜平县骆驼湾村工作队队员黄某忠介绍了情况。", "organization")
    assert "省能源局驻阜平县骆驼湾村工作队" in found and "局驻阜平县骆驼湾村工作队" not in found


def test_how_long_a_post_was_held_opens_no_body() -> None:
    found = values("已担任几年中共中央对外联络部研究室理论处处长的李某伍心情很复杂。", "organization")
    assert "中共中央对外联络部研究室理论处" in found and not any(n.startswith("几年") for n in found)  # type: ignore[union-attr]
