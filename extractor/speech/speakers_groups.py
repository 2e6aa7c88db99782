"""Speakers named as a counted group (issue #4): people by a count and a title (두 장관은, 양 정상은,
두 사람은) and bodies by a count and a group noun (세 회사는, 양사는, 이들 두 기관은), each the last
that many named before."""

from __future__ import annotations

import bisect
import re

from extractor.entities.names import NATIVE_COUNTS, titles
from extractor.speech.grammar import Sentences, group_nouns
from extractor.speech.speakers_entities import MAX_CARRY_CHARS, MAX_REFERENT_LOOKBACK, Entities, unique_names

# Words that may open a counted group phrase (이들 세 회사는).
_GROUP_DETERMINERS = frozenset({"이들", "이"})
# Words for "both" before a counted noun: 양 정상, 양국 정상 (of both countries).
_BOTH_COUNTRIES = frozenset({"양", "양국"})
# Nouns that count people of any title: 두 사람은, 양 정상은.
_ANY_PEOPLE = frozenset({"사람", "정상", "인사"})
# A group noun counted in one word: 양사, 3사, 양 기관 (written solid), 3개사.
_SOLID_GROUP = re.compile(
    r"""
    (?P<count>양|\d{1,2})   # 양 (both) or a digit count
    (?:개)?                  # optional counter 개 (3개사, 4개 기관)
    (?P<noun>[가-힣]+)       # the group noun
    """,
    re.VERBOSE,
)


def counted_people(words: list[str], start: int, entities: Entities) -> list[str] | None:
    """두 장관은 / 양 정상은 / 두 사람은: the last people of that title (any, for 사람/정상) named
    before; None when the phrase counts no people, [] when that many were not named."""
    if len(words) == 3 and words[1] in _BOTH_COUNTRIES:
        words = words[1:]  # 한미 양국 정상은: the pair of countries before the count restates it
    if len(words) != 2 or (words[0] not in NATIVE_COUNTS and words[0] not in _BOTH_COUNTRIES):
        return None
    count = NATIVE_COUNTS.get(words[0], 2)
    noun = words[1]
    # 양국 국회의장 counts a 국회의장 and a 하원의장: people whose title ends as the noun's own head
    head = next((noun[i:] for i in range(len(noun) - 2, -1, -1) if noun[i:] in titles()), noun)
    if noun not in _ANY_PEOPLE and head not in titles():
        return None
    title_of = {p.name: p.title or "" for p in entities.people}
    found: list[str] = []
    i = bisect.bisect_left(entities.person_starts, start)
    for name in reversed(entities.person_names[max(0, i - MAX_REFERENT_LOOKBACK) : i]):
        fits = noun in _ANY_PEOPLE or title_of.get(name, "").endswith(head)
        if fits and name not in found:
            found.append(name)
        if len(found) == count:
            return found[::-1]
    return []


def counted_group(words: list[str], start: int, entities: Entities, sentences: Sentences) -> list[str] | None:
    """세 회사는 / 양사는 / 이들 두 기관은: the bodies named together in the last sentence naming any.

    None when the phrase is not a counted group noun; [] when the last sentence naming
    bodies does not name exactly that many (no guess).
    """
    if words[0] in _GROUP_DETERMINERS:
        words = words[1:]
    count = _group_count(words)
    if count is None:
        return None
    last_org = None
    for m in reversed(entities.overlapping(max(0, start - MAX_CARRY_CHARS), start)):
        if not m.is_person and m.start < start:
            last_org = m
            break
    if last_org is None:
        return []
    lo = sentences.start_before(last_org.start)
    names = unique_names(
        [m.name for m in entities.overlapping(lo, last_org.end) if not m.is_person and m.start >= lo]
    )
    return names if len(names) == count else []


def _group_count(words: list[str]) -> int | None:
    """How many bodies a counted group phrase names: [세, 회사] → 3, [양사] → 2, [3개, 기관] → 3.

    >>> _group_count(["세", "회사"]), _group_count(["양사"]), _group_count(["3개", "기관"])
    (3, 2, 3)
    >>> _group_count(["회사"]) is None
    True
    """
    nouns = group_nouns()
    if len(words) == 2 and words[1] in nouns:
        if words[0] in NATIVE_COUNTS:
            return NATIVE_COUNTS[words[0]]
        count_word = words[0].removesuffix("개")  # 3개 기관
        if count_word == "양" or (count_word.isdigit() and len(count_word) <= 2):
            return 2 if count_word == "양" else int(count_word)
    if len(words) == 1:
        solid = _SOLID_GROUP.fullmatch(words[0])
        if solid and solid.group("noun") in nouns:
            count = solid.group("count")
            return 2 if count == "양" else int(count)
    return None
