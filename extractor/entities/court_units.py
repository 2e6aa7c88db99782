"""A court's division written after the court and its branch seat: 한빛고법 누리재판부 형사1부.

A judge's body is the whole chain (the gold accepts the division with its court, or the court); the
division alone (형사1부) is no body of its own, and the body the article names is the court.
"""

from __future__ import annotations

import re

from extractor.entities.names import Word, is_space_gap

# A numbered or named division of a court: 형사1부, 민사12부, 제3형사부, 형사합의25부, 형사3단독.
DIVISION_RE = re.compile(
    r"""
    ^(?:제?[0-9]{1,3})?                        # 제3형사부: the number first
    (?:형사|민사|행정|가사|특허|파산|회생)       # the kind of case
    (?:합의|항소)?(?:[0-9]{1,3}(?:-[0-9]{1,2})?)?  # 형사합의25부, 형사항소4부, 형사1-3부 (a sub-division)
    (?:부|단독)$                               # the division or single judge
    """,
    re.VERBOSE,
)

# A branch seat of a court between the court and the division: 누리재판부 (a high court's seat),
# 한빛지원 (a district court's branch).
SEAT_ENDINGS = ("재판부", "지원")
# A district court's branch, a court of its own (a high court's 재판부 seat is not).
BRANCH_COURT = "지원"
# How a court's own name ends: 한빛고법, 한빛지법, 한빛지방법원, 한빛고등법원, 대법원.
COURT_ENDINGS = ("고법", "지법", "법원", "가정법원", "행정법원", "특허법원")


def is_division(text: str) -> bool:
    """형사1부, 제3형사부, 형사합의25부: a court's division.

    >>> is_division("형사1부"), is_division("형사항소4부"), is_division("편집부")
    (True, True, False)
    """
    return DIVISION_RE.match(text) is not None


def court_chain_start(words: list[Word], i: int) -> int | None:
    """Index of the court's word when words[i] is a division written after its court (maybe after a
    branch seat): 한빛고법 누리재판부 형사1부 → the index of 한빛고법."""
    if words[i].gap == "-" and i > 0 and is_division(f"{words[i - 1].text}-{words[i].text}"):
        i -= 1  # 형사1-3부: a high court's sub-division, split at its hyphen
    elif not is_division(words[i].text):
        return None
    j = i
    while j > 0 and is_space_gap(words[j].gap) and i - j < 2:
        before = words[j - 1].text
        if before.endswith(COURT_ENDINGS):
            return j - 1
        if not before.endswith(SEAT_ENDINGS) or len(before) < 3:
            return None
        j -= 1
    return None


def court_of(org: str) -> str | None:
    """The court that names a chain (한빛고법 누리재판부 형사1부 → 한빛고법), or None.

    >>> court_of("한빛고법 누리재판부 형사1부"), court_of("한빛시 교통과")
    ('한빛고법', None)
    """
    parts = org.split()
    if len(parts) < 2 or not is_division(parts[-1]) or not parts[0].endswith(COURT_ENDINGS):
        return None
    if len(parts) == 3 and parts[1].endswith(BRANCH_COURT):
        return " ".join(parts[:2])  # 한빛지법 누리지원: a branch court is a court of its own
    return parts[0]


# A district court's own name, which a branch court's name follows (수원지법 안산지원).
DISTRICT_COURT_ENDINGS = ("지법", "지방법원", "가정법원")


def is_court_branch(court: str, word: str) -> bool:
    """수원지법 안산지원: a branch court (a place and 지원) right after its district court's name.

    >>> is_court_branch("수원지법", "안산지원은"), is_court_branch("국토부", "재정지원")
    (True, False)
    """
    stem = word.rstrip("은는이가의에도")  # the word may carry its particle
    return (
        court.endswith(DISTRICT_COURT_ENDINGS)
        and stem.endswith(BRANCH_COURT)
        and 2 <= len(stem) - len(BRANCH_COURT) <= 4
        and all("가" <= ch <= "힣" for ch in stem)
    )
