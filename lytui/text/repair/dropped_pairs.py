"""Byte pairs a decoder dropped inside a shifted GBK run, restored where the re-read run reads badly.

In a shifted run each decoded character is one character's trail byte followed by the next one's lead byte.
When that pair is no GBK character (the trail byte of ， A3AC, 正 D5FD or 邡 DAFA belongs to a user-defined
row), a decoder that ignores errors drops both bytes, and re-reading the run one byte earlier merges the two
characters around the gap into one: 正值 D5FD D6B5 comes back as 盏 D5B5, ，在 A3AC D4DA as Ｚ A3DA. Such a
merged character keeps the outer bytes of the two lost ones, so the pair to restore is two characters whose
inner bytes make an undecodable pair; the language judge keeps them only when they read far better than the
merged one among its neighbours.

Only the merges a reader can be sure of are split: a punctuation mark of row A3 merged with the next
character reads as a full-width letter or digit alone between Han characters (，在 → Ｚ, ，我 → Ｒ), which
news text never has. A merge of two Han characters is another Han character (正值 → 盏, 命令 → 妙) that the
judge cannot tell from a real one often enough: such merges stay as they are, unless the merged
character is one rare in news text (巫溪縣 read as 巫蟞) and two common ones read far better in its place,
or the page itself writes the two out where nothing was lost: 楊生虎說 elsewhere in the article tells that
楊散說 in a re-read run (生 C9FA and 虎 BBA2 merged to 散 C9A2) lost 生虎, which no judge of characters
could see, 散 being common. Two pairs dropped in a row merge three characters (多吉旺玖 → 多剂): the page's
copy of the three, beside one neighbour the run shares, splits them again.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from lytui.data import division_names
from lytui.han import is_han
from lytui.text.repair import language
from lytui.text.repair.gbk import _PUNCT, REPLACEMENT, _gbk, _pair
from lytui.text.t2s import quick_simplified

_MARGIN = 1.0  # log10: the restored character must read ten times likelier than any other
_CONTEXT = 2
_COPY_REACH = 20_000
"""The article around a run where its own copy of the words is sought: a page's names stand in its article."""
_MERGES_TRIED = 400
"""Characters a page may have checked against its own copies: a real page re-reads a few runs, a file of
mojibake thousands, each check a search of the article around it."""
_THREE_REACH = 5_000
"""Three characters merged are sought near the run, in the stretch of an article that names its people
again, not across a long file: each search reads every copy of the neighbour it shares."""
_WINDOW = 4
"""A copy must hold the two characters with two neighbours (楊生虎說, “泥水路, 升旗儀式), three of the four
Han: two characters alone, or beside one neighbour, stand somewhere on any long page by chance."""


@lru_cache(maxsize=1)
def _undecodable() -> dict[int, tuple[int, ...]]:
    """For each byte a character may end with, the lead bytes that make an undecodable pair after it."""
    table: dict[int, tuple[int, ...]] = {}
    for trail in range(0x80, 0xFF):
        leads = tuple(lead for lead in range(0x81, 0xFF) if _pair(trail, lead) is None)
        if leads:
            table[trail] = leads
    return table


def _inner_pairs(lead: int) -> dict[int, tuple[int, ...]]:
    """The bytes a character with `lead` may end with that start an undecodable pair, with the lead bytes
    that complete it."""
    return {inner: leads for inner, leads in _undecodable().items() if _pair(lead, inner) is not None}


def merged_punctuation(character: str, before: str, after: str) -> bool:
    """A full-width letter or digit alone between Han characters inside a re-read run: the punctuation
    mark of row A3 (，！（）：；？) merged with the next character's trail byte, never text of its own."""
    if not ("Ａ" <= character <= "Ｚ" or "ａ" <= character <= "ｚ" or "０" <= character <= "９"):
        return False
    left, right = before[-1:], after[:1]
    return bool(left) and bool(right) and is_han(left) and is_han(right) and left != "第"


class OwnCopies:
    """The page's text, where the two characters a merge stands for may be written out, and how many
    merges it may still check (each judged start of a run asks again: answers are kept)."""

    def __init__(self, text: str, budget: int = _MERGES_TRIED) -> None:
        self.text = text
        self.budget = budget
        self._answers: dict[tuple[str, str, str, int], str | None] = {}

    def written_out(self, merged: str, left: str, right: str, at: int) -> str | None:
        """The two characters whose outer bytes make `merged` and whose inner bytes make an undecodable
        pair, when the article near `at` writes them between the same neighbours, and no other such two;
        None when it writes `merged` itself there (the character is what it says) or nothing is sure."""
        key = (merged, left, right, at)
        if key not in self._answers:
            if self.budget <= 0:
                return None
            self.budget -= 1
            self._answers[key] = self._written_out(merged, left, right, at)
        return self._answers[key]

    def _written_out(self, merged: str, left: str, right: str, at: int) -> str | None:
        try:
            lead, trail = merged.encode("gbk")
        except (UnicodeEncodeError, ValueError):
            return None
        start, end = max(0, at - _COPY_REACH), at + _COPY_REACH
        found: set[str] = set()
        for ahead in range(_WINDOW - 1):  # neighbours before the two: two, one, none
            before, after = left[len(left) - ahead :] if ahead else "", right[: _WINDOW - 2 - ahead]
            if len(before) != ahead or len(after) != _WINDOW - 2 - ahead or not any(map(is_han, before + after)):
                continue
            if (not before and is_han(left[-1:])) or (not after and is_han(right[:1])):
                continue  # the copy must agree with the run on each side where the run has a Han neighbour
            if self.text.find(before + merged + after, start, end) >= 0:
                return None
            pattern = re.compile(re.escape(before) + "(..)" + re.escape(after))
            # 工作中 beside 工作之中: a pair that keeps the character itself (之|中) is a word added, not two merged
            found.update(
                two for two in pattern.findall(self.text, start, end) if merged not in two and _merges(two, lead, trail)
            )
            if len(found) > 1:
                return None
        if found:
            return found.pop()
        near = (max(0, at - _THREE_REACH), at + _THREE_REACH)
        return self._three_written_out(merged, left, right, *near) or _in_a_divisions_name(merged, left)

    def _three_written_out(self, merged: str, left: str, right: str, start: int, end: int) -> str | None:
        """多吉旺玖 read as 多剂: two pairs dropped in a row (吉旺 AACD, 旺玖 FABE) merge three characters into
        one. Three characters whose outer bytes make it and whose two inner pairs are both undecodable are
        rare enough that one neighbour the copy shares with the run says it is the same word, where the
        copy's three end a word on the other side (位債券市|場 is no copy of 位債市|人: 市場 is one word)."""
        lead, trail = merged.encode("gbk")
        found: set[str] = set()
        for before, after in ((left[-1:], ""), ("", right[:1])):
            if not any(map(is_han, before + after)):
                continue
            pattern = re.compile(re.escape(before) + "(...)" + re.escape(after))
            for match in pattern.finditer(self.text, start, end):
                three = match.group(1)
                if not _merges(three, lead, trail):
                    continue
                outside = (
                    three[-1] + self.text[match.end() : match.end() + 1]
                    if before
                    else self.text[match.start() - 1 : match.start()] + three[0]
                )
                if len(outside) == 2 and language.is_word(quick_simplified(outside)):
                    return None
                found.add(three)
            if len(found) > 1:
                return None
        return found.pop() if found else None


@lru_cache(maxsize=1)
def _divisions_opening_with() -> dict[str, tuple[str, ...]]:
    """The divisions' names by their first character: where a merged character's left neighbour opens a
    place the gazetteer knows."""
    index: dict[str, set[str]] = {}
    for name in division_names():
        index.setdefault(name[0], set()).add(name)
    return {character: tuple(sorted(names)) for character, names in index.items()}


def _in_a_divisions_name(merged: str, left: str) -> str | None:
    """在什邡市禾丰镇 read as 什谛禾豐: 邡 DAFA and 市 CAD0 merged to 谛 DAD0, and the page never writes 什邡市
    again. A division's name that the left neighbour opens and that goes on with two characters whose outer
    bytes make the merged one and whose inner pair is undecodable is the place the run named; one such, or
    nothing."""
    if not left or not is_han(left[-1]):
        return None
    try:
        lead, trail = merged.encode("gbk")
    except (UnicodeEncodeError, ValueError):
        return None
    found = {
        name[1:3]
        for name in _divisions_opening_with().get(left[-1], ())
        if len(name) >= 3 and _merges(name[1:3], lead, trail)
    }
    return found.pop() if len(found) == 1 else None


def _merges(characters: str, lead: int, trail: int) -> bool:
    """Whether Han characters, the first opened by `lead` and the last closed by `trail`, have inner bytes
    that make undecodable pairs between each two: what a character of `lead` and `trail` may have been
    merged from."""
    data = [_gbk_pair(character) for character in characters]
    return (
        all(len(one) == 2 for one in data)
        and data[0][0] == lead
        and data[-1][1] == trail
        and all(map(is_han, characters))
        and all(nxt[0] in _undecodable().get(one[1], ()) for one, nxt in pairwise(data))
    )


@lru_cache(maxsize=16_384)
def _gbk_pair(character: str) -> bytes:
    """The character's two GBK bytes, or nothing when GBK has none (every copy of a page's words asks again)."""
    data = _gbk(character)
    return data if data is not None and len(data) == 2 else b""


def restore_dropped_pairs(
    body: str, before: str, after: str, copies: OwnCopies | None = None, at: int = 0
) -> tuple[str, int]:
    """`body`, a run re-read one byte earlier, with each punctuation mark merged with the next character
    split again: the mark, then the character the judge is sure of or U+FFFD; and each character the page
    writes out as two elsewhere (`copies`, searched around `at`) split into them. Returns the body and how
    many characters stayed unrecovered."""
    characters = list(body)
    unrecovered = 0
    index = 0
    while index < len(characters):
        merged = characters[index]
        left = (before + "".join(characters[:index]))[-_CONTEXT:]
        right = ("".join(characters[index + 1 :]) + after)[:_CONTEXT]
        if merged_punctuation(merged, left, right):
            split = _split(merged, left, right)
            if split is None:
                index += 1
                continue
            mark, character = split
            characters[index : index + 1] = [mark, character]
            unrecovered += character == REPLACEMENT
            index += 1
        elif copies is not None and is_han(merged) and (pair := copies.written_out(merged, left, right, at)):
            characters[index : index + 1] = list(pair)
            index += 1
        elif (
            index == len(characters) - 1  # where the ASCII byte that realigned the run ended it (蟞 CF|68 `h`)
            and is_han(merged)
            and language.is_rare(merged)
            and not language.is_rare(left[-1:] or merged)  # 巫|蟞: a common neighbour to make a word with
            and (pair := _split_rare(merged, left, right))
        ):
            characters[index : index + 1] = list(pair)  # 巫蟞 was 巫溪縣: 溪 CFAA and 縣 BF68 merged to CF68
            unrecovered += pair.count(REPLACEMENT)
            index += 1
        index += 1
    return "".join(characters), unrecovered


@lru_cache(maxsize=8192)
def _common_pairs(lead: int, trail: int) -> tuple[str, ...]:
    """The two common characters, lead + inner and inner lead + trail, whose inner bytes make an
    undecodable pair: what a character of `lead` and `trail` may have been merged from."""
    pairs: list[str] = []
    for inner, leads in _inner_pairs(lead).items():
        first = _pair(lead, inner)
        if first is None or not is_han(first) or language.is_rare(first):
            continue
        for inner_lead in leads:
            second = _pair(inner_lead, trail)
            if second is not None and is_han(second) and not language.is_rare(second):
                pairs.append(first + second)
    return tuple(pairs)


def _makes_a_word(before: str, pair: str, after: str) -> bool:
    """Whether the two characters make a dictionary word with each other or with a neighbour: the words
    decide, or nothing does."""
    return any(language.is_word(two) for two in (before + pair[0], pair, pair[1] + after) if len(two) == 2)


@lru_cache(maxsize=8192)  # every start the judge tries for a run ends in the same character and context
def _split_rare(merged: str, left: str, right: str) -> str | None:
    """Two common characters whose outer bytes make `merged`, a character rare in news text, and whose
    inner bytes make an undecodable pair, when they read far better than it and than any other such
    two among its neighbours; when the close rivals agree on one of the two, that one and U+FFFD for the
    other; None when nothing is sure."""
    data = merged.encode("gbk")
    if len(data) != 2:
        return None
    before, after = quick_simplified(left[-1:]), quick_simplified(right[:1])
    options = [
        (language.score(left + pair + right), pair)
        for pair in _common_pairs(data[0], data[1])
        if _makes_a_word(before, quick_simplified(pair), after)
    ]
    if not options:
        return None
    options.sort(reverse=True)
    best_score, best = options[0]
    if best_score - language.score(left + merged + right) < 2 * _MARGIN:
        return None
    close = {pair for score, pair in options if best_score - score < _MARGIN}
    if len(close) == 1:
        return best
    if len({pair[0] for pair in close}) == 1:
        return best[0] + REPLACEMENT  # 溪 makes 巫溪; what followed it the judge cannot tell
    if len({pair[1] for pair in close}) == 1:
        return REPLACEMENT + best[1]
    return None


def _split(merged: str, left: str, right: str) -> tuple[str, str] | None:
    lead, trail = merged.encode("gbk")
    options: list[tuple[float, str, str]] = []
    for inner, leads in _inner_pairs(lead).items():
        mark = _pair(lead, inner)
        if mark is None or mark not in _PUNCT:
            continue
        for inner_lead in leads:
            character = _pair(inner_lead, trail)
            if character is not None and is_han(character) and not language.is_rare(character):
                options.append((language.score(left + mark + character + right), mark, character))
    if not options:
        return None
    options.sort(reverse=True)
    best_score, mark, character = options[0]
    rivals = [score for score, _, other in options[1:] if other != character]
    if rivals and best_score - rivals[0] < _MARGIN:
        return mark, REPLACEMENT
    return mark, character
