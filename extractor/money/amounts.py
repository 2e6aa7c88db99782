"""Korean money amounts: the number grammar and a linear-time matcher.

Korean writes large numbers in groups of four digits closed by a "big" unit
(만 10⁴, 억 10⁸, 조 10¹²), each group optionally built with "small" units
(십 백 천): 18억6천500만 is 18·10⁸ + (6·1000 + 500)·10⁴. Digits and Hangul
numerals mix freely (삼천억, 1조 8천억, 2.5조). The units live in
lexicons/number_units.tsv, the currencies in lexicons/currencies.tsv.

>>> parse_amount("1조 8천억")
1800000000000
>>> parse_amount("3억5천만")
350000000
>>> parse_amount("18억6천500만")
1865000000
>>> parse_amount("1,200억")
120000000000
>>> parse_amount("2.5조")
2500000000000
>>> parse_amount("삼천억"), parse_amount("십억")
(300000000000, 1000000000)
>>> parse_amount("7조 9000억")
7900000000000
>>> parse_amount("100여억")
10000000000
>>> parse_amount("만") is None, parse_amount("3만 2억") is None, parse_amount("천")
(True, True, 1000)
>>> [(m.text, m.amount, m.currency, m.qualifier) for m in find_money("총 9억4000만 달러와 $5.5")]
[('총 9억4000만 달러', 940000000, 'USD', '총'), ('$5.5', 5.5, 'USD', None)]
>>> [(m.text, m.amount, m.range_id) for m in find_money("3천억~5천억원, 10~20억원 규모")]
[('3천억', 300000000000, 1), ('5천억원', 500000000000, 1), ('10', 1000000000, 2), ('20억원', 2000000000, 2)]
>>> find_money("100만평 부지에 100개사, 20대 3만명, 2022년 4.4%")
[]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from extractor.lexicons import load_rows

_UNITS = {surface: (Decimal(value), kind) for surface, value, kind in load_rows("number_units.tsv", 3)}
_CURRENCIES = load_rows("currencies.tsv", 4)
_QUALIFIERS = load_rows("money_qualifiers.tsv", 2)


def _chars(kind: str) -> str:
    """A character class of the one-syllable units of one kind."""
    return "[" + "".join(s for s, (_, k) in _UNITS.items() if k == kind) + "]"


def _alternation(surfaces: list[str]) -> str:
    """Longest first, so 미국 달러 wins over 달러 and 최대 over 최."""
    return "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(set(surfaces), key=len, reverse=True))


def _suffix_currency() -> str:
    parts = []
    for surface, _, where, not_before in sorted(_CURRENCIES, key=lambda row: -len(row[0])):
        if where != "suffix":
            continue
        part = re.escape(surface).replace(r"\ ", r"\s?")
        if not_before != "-":
            part += f"(?!{not_before})"  # 원장, 엔진, 위안부: the syllables make another word
        if surface.isascii():
            part += "(?![A-Za-z])"  # USD, not USDT
        parts.append(part)
    return "|".join(parts)


_DIGIT = _chars("digit")
_SMALL = _chars("small")
_BIG = _chars("big")
_UNIT = f"(?:{_SMALL}|{_BIG})"
_SEVERAL = _chars("several")
_ABOUT = _chars("about")
# Arabic digits with optional thousands commas and a decimal part; possessive so a
# failed match never re-splits a long digit run.
_DIGITS = r"\d++(?:,\d{3}(?!\d))*+(?:\.\d++)?+"
# One piece of a number after the first: digits, a Hangul numeral that a unit
# follows (삼천: never the 이 of a word), 수 before a unit, a unit, or 여 (100여억).
_ATOM = rf"(?:{_DIGITS}|{_DIGIT}(?={_UNIT})|{_SEVERAL}(?={_UNIT})|{_UNIT}|{_ABOUT})"

# Every character an amount can start with: a cheap first test at each position of the text.
_FIRST_CHARS = "".join(
    sorted(
        {s[0] for s, _ in _QUALIFIERS} | {s[0] for s, _, w, _ in _CURRENCIES if w == "prefix"} | set(_UNITS)
    )
)

_MONEY = re.compile(
    rf"""
    (?= [\d{re.escape(_FIRST_CHARS)}] )     # fail fast where no amount can start
    (?: (?<![가-힣]) (?P<qual> {_alternation([s for s, w in _QUALIFIERS if w == "before"])} ) \s?+ )?+
                                          # 약 / 총 / 최대 written before, not the end of a word (계약)
    (?: (?P<pre> {_alternation([s for s, _, w, _ in _CURRENCIES if w == "prefix"])} ) \s?+ )?+
                                          # $ / US$ / ₩ written before the number
    (?P<number>
        (?: (?<!\d) (?<!\d[.,]) {_DIGITS}  # digits: never start inside a longer number (keeps it linear);
                                          # after a sentence's full stop they may (밝혔다.3억원, crawled text)
          | (?<![가-힣]) (?: {_DIGIT}(?={_UNIT}) | {_SEVERAL}(?={_UNIT}) | {_UNIT} )
        )                                 # Hangul numeral, 수 or unit: never inside a word
        (?: [ ]?+ {_ATOM} )*+             # the rest: at most one space between pieces, never given back
    )
    (?: \s?+ (?P<cur> {_suffix_currency()} ) )?+
                                          # 원 / 달러 / 유로 … written after the number
    """,
    re.VERBOSE,
)

# One lexical piece of a number, for the parser.
_PIECE = re.compile(
    rf"""
      (?P<digits> {_DIGITS} )             # 1,200 / 2.5
    | (?P<unit> {_DIGIT}|{_UNIT}|{_SEVERAL}|{_ABOUT} )   # one syllable from number_units.tsv
    | (?P<space> \s+ )                    # spacing inside a number (7조 9000억)
    | (?P<other> . )                      # anything else makes it not a number
    """,
    re.VERBOSE,
)

_TABLE_UNIT = re.compile(
    r"""
    단위 \s? [:：=]? \s? $   # (단위: 백만원): the unit line of a table, right before the "amount"
    """,
    re.VERBOSE,
)

# Between two amounts: a range (3천억~5천억원) or its spoken form (에서/부터).
_RANGE_SEP = re.compile(
    r"""
    \s?
    (?: (?P<dash> [~∼〜\-–—] )            # a tilde or dash: the two ends of one range
      | 에서 | 부터 )                     # spoken form: the first takes the second's unit too
    \s?
    """,
    re.VERBOSE,
)


# Longer digit runs are serial numbers or noise; capping them also keeps Decimal→int cheap.
_MAX_DIGITS = 24


@dataclass(frozen=True, slots=True)
class _Parsed:
    value: Decimal
    smallest_big: Decimal | None  # the last big unit written (억 in 5천억), for ranges like 10~20억


def _parse(text: str) -> _Parsed | None:
    total = group = Decimal(0)
    pending: Decimal | None = None
    last_big: Decimal | None = None
    numerals = units = 0
    for piece in _PIECE.finditer(text):
        if piece["other"] is not None:
            return None
        if piece["space"] is not None:
            continue
        if piece["digits"] is not None:
            if pending is not None or len(piece["digits"]) > _MAX_DIGITS:
                return None  # two numbers side by side, or a digit run no sum of money has
            try:
                pending = Decimal(piece["digits"].replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the regex only lets numbers through
                return None
            numerals += 1
            continue
        value, kind = _UNITS[piece["unit"]]
        if kind == "digit":
            if pending is not None:
                return None
            pending, numerals = value, numerals + 1
        elif kind == "several":
            numerals += 1  # 수천억: counted at its lower bound, the caller keeps 수 as qualifier
        elif kind == "small":
            group += (pending if pending is not None else Decimal(1)) * value
            pending, units = None, units + 1
        elif kind == "big":
            if last_big is not None and value >= last_big:
                return None  # big units only ever go down (3만 2억 is two numbers)
            group += pending or Decimal(0)
            total += (group or Decimal(1)) * value
            group, pending, last_big, units = Decimal(0), None, value, units + 1
    if numerals == 0 and (units > 1 or (units == 1 and last_big is None)):
        numerals = 1  # 천만 원, 천 원, 백 원 are numbers
    if numerals == 0:
        return None  # 만 원 alone is mostly "full" (만원 버스, 만원 관중), 억 원 alone is no sum
    return _Parsed(total + group + (pending or Decimal(0)), last_big)


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def parse_amount(text: str) -> int | float | None:
    """The value of a Korean number with units (no currency), or None if it is not one."""
    parsed = _parse(text)
    return None if parsed is None else _plain(parsed.value)


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    """One amount of money in a text: `text[start:end]` is the qualifier, number and currency."""

    start: int
    end: int
    text: str
    amount: int | float
    currency: str
    qualifier: str | None
    range_id: int | None
    vague: bool = False  # 수십억 원: "some tens of" a unit, no definite sum


@dataclass
class _Candidate:
    start: int
    end: int
    parsed: _Parsed
    currency: str | None
    qualifier: str | None
    has_several: bool
    range_id: int | None = None


_SEVERAL_SURFACES = frozenset(s for s, (_, kind) in _UNITS.items() if kind == "several")
_ABOUT_SURFACES = frozenset(s for s, (_, kind) in _UNITS.items() if kind == "about")
_CODE = {surface.replace(" ", ""): code for surface, code, _, _ in _CURRENCIES}


def _code(surface: str | None) -> str | None:
    if surface is None:
        return None
    return _CODE.get("".join(surface.split()))  # 미국달러 and 미국 달러 are one currency


def _candidates(text: str) -> list[_Candidate]:
    found = []
    for m in _MONEY.finditer(text):
        if m["cur"] is None and m["pre"] is None and not _RANGE_SEP.match(text, m.end()):
            continue  # no currency and not the first end of a range: never money
        if _TABLE_UNIT.search(text, max(0, m.start() - 8), m.start()):
            continue  # (단위: 백만원) says how a table counts, it is no sum
        start, number, parsed = m.start(), m["number"], _parse(m["number"])
        if parsed is None and m["pre"] is None:
            start, number, parsed = _parsable_tail(m)
        if parsed is None:
            continue
        currency = _code(m["pre"]) or _code(m["cur"])
        end = m.end("cur") if m["cur"] else m.end("number")
        several = number[0] in _SEVERAL_SURFACES
        about = next((ch for ch in number if ch in _ABOUT_SURFACES), None)
        qualifier = (m["qual"] if start == m.start() else None) or (number[0] if several else about)
        found.append(_Candidate(start, end, parsed, currency, qualifier, several))
    return found


def _parsable_tail(m: re.Match[str]) -> tuple[int, str, _Parsed | None]:
    """코로나19 100억원: the run took in a number before the amount; read from a later space.

    Only the last few spaces are tried: an amount has at most four groups (조 억 만 and the rest).
    """
    number, base = m["number"], m.start("number")
    spaces = [i for i, ch in enumerate(number) if ch == " "][-4:]
    for i in spaces:
        parsed = _parse(number[i + 1 :])
        if parsed is not None:
            return base + i + 1, number[i + 1 :], parsed
    return m.start(), number, None


def _link_ranges(found: list[_Candidate], text: str) -> None:
    """3천억~5천억원 and 10~20억원: the first end takes the second's currency (and unit)."""
    next_id = 1
    for first, second in itertools.pairwise(found):
        if second.currency is None:
            continue
        sep = _RANGE_SEP.fullmatch(text, first.end, second.start)
        if sep is None or (first.currency not in (None, second.currency)):
            continue
        if first.currency is None:
            first.currency = second.currency
            if first.parsed.smallest_big is None and second.parsed.smallest_big is not None:
                first.parsed = _Parsed(first.parsed.value * second.parsed.smallest_big, None)
        if sep["dash"] is not None:
            if first.range_id is None:  # a~b~c stays one range
                first.range_id, next_id = next_id, next_id + 1
            second.range_id = first.range_id


_BIG_SURFACES = tuple(s for s, (_, kind) in _UNITS.items() if kind == "big")
# Right before a number: the second end of a range (10~20억) is only half a sum.
_AFTER_RANGE = re.compile(
    r"""
    (?: [~∼〜\-–—] | 에서 | 부터 ) \s? $   # a tilde, dash or 에서/부터 closing the text before
    """,
    re.VERBOSE,
)


def find_bare_sums(text: str) -> list[MoneyMatch]:
    """Numbers closed by a big unit and written without a currency (국비 3억, (총 38억 중 …)).

    Korean copy drops 원, and only 원, after 억/만/조 when the context says money, so these are
    reported as KRW; whether the context says money is the caller's to decide. A number
    closed by a small unit (3억5천, spoken for 3억 5천만) or by digits is never one, nor is
    a vague one (수억) or one end of a range.
    """
    found = []
    for m in _MONEY.finditer(text):
        if m["cur"] is not None or m["pre"] is not None or _RANGE_SEP.match(text, m.end()):
            continue
        if _AFTER_RANGE.search(text, max(0, m.start() - 4), m.start()):
            continue
        if _TABLE_UNIT.search(text, max(0, m.start() - 8), m.start()):
            continue
        start, number, parsed = m.start(), m["number"], _parse(m["number"])
        if parsed is None:
            start, number, parsed = _parsable_tail(m)
        if parsed is None or parsed.smallest_big is None or not number.endswith(_BIG_SURFACES):
            continue
        if number[0] in _SEVERAL_SURFACES:
            continue
        about = next((ch for ch in number if ch in _ABOUT_SURFACES), None)
        qualifier = (m["qual"] if start == m.start() else None) or about
        end = m.end("number")
        found.append(MoneyMatch(start, end, text[start:end], _plain(parsed.value), "KRW", qualifier, None))
    return found


def find_money(text: str) -> list[MoneyMatch]:
    """Every amount with a currency, in text order; linear in the length of `text`."""
    found = _candidates(text)
    _link_ranges(found, text)
    return [
        MoneyMatch(
            c.start,
            c.end,
            text[c.start : c.end],
            _plain(c.parsed.value),
            c.currency,
            c.qualifier,
            c.range_id,
            c.has_several,
        )
        for c in found
        if c.currency is not None
    ]
