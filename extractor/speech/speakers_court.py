"""The court a bench noun names (issue #4): 재판부는 → the court named last with its division
(○○지법 형사합의5부), and the qualifiers that tell this trial's bench from an earlier one's."""

from __future__ import annotations

import re

from extractor.entities.court_units import SEAT_ENDINGS
from extractor.speech.speakers_entities import Entities

# Nouns for the bench of a court (재판부는): the court's division when the text names one.
BENCH_NOUNS = frozenset({"재판부"})
# A bench qualified as the earlier trial's (1심 재판부는, 당시 재판부는) is not the court the report
# names (which tried the case now); a bench of this trial (항소심 재판부는, 이날 재판부는) is.
EARLIER_BENCH = frozenset({"1심", "일심", "원심", "당시", "이전", "앞선", "첫"})
CURRENT_BENCH = frozenset({"2심", "항소심", "3심", "상고심", "이번", "이날", "현"})
# A court's branch seat between the court and its division (court_units.SEAT_ENDINGS: 누리재판부, 한빛지원)
_COURT_SEAT = re.compile(r"\s(?P<seat>[가-힣]{1,4}(?:" + "|".join(SEAT_ENDINGS) + r"))(?=\s)")
# A court's division as written after the court's name: 형사합의25부, 민사12부, 형사3단독.
_COURT_DIVISION = re.compile(
    r"""
    \s*                                    # the space after the court's name
    (?P<unit>[가-힣]{0,6}\d{1,3}(?:부|단독)  # a numbered division (형사합의25부, 민사1단독)
    |[가-힣]{0,4}합의부)                     # or an unnumbered panel (형사합의부)
    (?=[은는이가의도에(\s,.]|$)              # the whole word: a particle or a break follows (not 부장)
    """,
    re.VERBOSE,
)


def word_before(start: int, text: str) -> str | None:
    """The word before `start` on its line, when only a space separates them."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    words = before.split()
    return words[-1] if words and before.endswith(" ") else None


def court_bench(start: int, text: str, entities: Entities) -> str | None:
    """재판부는 → the court named last with its division (○○지법 형사합의5부), when written so."""
    found = entities.mention_of_kind("court", start)
    if found is None:
        return None
    end, court = found
    if _COURT_DIVISION.fullmatch(court.name.split()[-1]):
        return court.name  # the organisation extractor already named the division
    seat = _COURT_SEAT.match(text, end)  # 한빛고법 누리재판부 형사2부: a high court's seat between
    division = _COURT_DIVISION.match(text, seat.end() if seat else end)
    if division is None:
        return None
    return " ".join([court.name, *([seat.group("seat")] if seat else []), division.group("unit")])
