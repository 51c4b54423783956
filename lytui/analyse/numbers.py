"""Numbers as written in Chinese news: `138`, `37.53`, `1,015`, `三千`, `两`, `二十五`."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

CHINESE_NUMERAL = "零〇一二两三四五六七八九十百千"
NUMBER_PATTERN = (
    rf"(?:(?<![\d\ufffd.])\d+(?:,\d{{3}})*(?:\.\d+)?"
    rf"|(?<![{CHINESE_NUMERAL}])(?<![{CHINESE_NUMERAL}][万亿])[{CHINESE_NUMERAL}]+(?:[万亿][{CHINESE_NUMERAL}]+)*"
    rf"(?:点[零〇一二三四五六七八九]+)?)"
)
"""A number starts where its run of digits or numerals starts: a match from inside the run is one the run's
start also gives, and trying every position of a long run made the search quadratic (a 30,000-digit line
held the facts for six minutes). A numeral goes on over 万 or 亿 when more numerals follow (三万三千 is
33000; in 三万 the 万 is the order of size the amount is read with), and never starts after one that
follows a numeral, inside such a run. Nor after U+FFFD or a lone decimal point: the digits of a number whose
first digits a repair could not recover (自己�0多亩, 猛增到年的.6亿元) are not its value."""


# 三四个月, 二三十万元: two neighbouring digits say "three or four", not thirty-four; 三五天 is three to five
_NEIGHBOURS = re.compile("一二|两三|二三|三四|四五|五六|六七|七八|八九|三五")


def an_estimate(text: str) -> bool:
    """Whether a Chinese numeral gives two neighbouring figures (三四, 十五六, 二三十) as an estimate."""
    return _NEIGHBOURS.search(text) is not None and not (len(text) > 2 and all(c in _DIGITS for c in text))


def parse_chinese(text: str) -> int | float | None:
    """`三千` → 3000, `二十五` → 25, `十` → 10, `一千二百` → 1200, `三点五` → 3.5, `三四` → 3 (the lower of an
    estimate); None if malformed."""
    if an_estimate(text) and (pair := _NEIGHBOURS.search(text)):
        text = text[: pair.start() + 1] + text[pair.end() :]
    if "点" in text:
        whole, _, frac = text.partition("点")
        integer = parse_chinese(whole) if whole else 0
        digits = "".join(str(_DIGITS[c]) for c in frac if c in _DIGITS)
        if integer is None or len(digits) != len(frac):
            return None
        return float(f"{integer}.{digits}")
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            section += digit or 0
            total += section * _BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    result = total + section + (digit or 0)
    if len(text) > 1 and all(c in _DIGITS for c in text):
        # digit by digit, as in years: 二〇二三
        return int("".join(str(_DIGITS[c]) for c in text))
    return result


def parse_number(text: str) -> int | float | None:
    text = text.replace(",", "")
    if not text:
        return None
    if text[0].isdigit():
        try:
            value = float(text)
        except ValueError:
            return None
        return int(value) if value.is_integer() and "." not in text else value
    return parse_chinese(text)


def multiplier(text: str) -> int:
    """`千万` → 10,000,000; `亿` → 100,000,000; empty → 1."""
    value = 1
    for ch in text:
        value *= _SMALL_UNITS.get(ch) or _BIG_UNITS.get(ch) or 1
    return value


def scaled(number: int | float, factor: int) -> int | float:
    """313.6 × 亿 is 31360000000, not the float product's 31360000000.000004: a figure written with a few
    significant digits keeps them, so the product is rounded to twelve (far more than any text writes)."""
    result = number * factor
    if isinstance(result, float):
        rounded = float(f"{result:.12g}")
        return int(rounded) if rounded.is_integer() else rounded
    return result
