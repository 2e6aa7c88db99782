"""People named by a surname and a title no mention covers (황 권한대행은, 어니스트 대변인은), and
by an unknown foreign name before a body and a title (훙레이 중국 외교부 대변인은): the speaker phrases
`extractor.speech.speakers_resolve` hands over when the people extractor did not read the name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from extractor.entities.names import looks_like_korean_name, place_names, surname_of, title_modifiers, titles
from extractor.speech.speakers_entities import HANGUL_WORD, Entities, org_like

# Syllables that are surnames but, before a title, more often mean one (한 의원), former (전 장관),
# current (현 회장), the same (동 위원장), each (각 부처) or a certain (모 의원).
_DETERMINER_SYLLABLES = frozenset({"한", "전", "현", "동", "각", "모"})
# How far after a full name its title may stand (허준서 서울서부지법 영장전담부장판사).
_TITLE_REACH_WORDS = 4
_TITLE_REACH_CHARS = 40


@dataclass(frozen=True)
class SurnameReference:
    """Who a surname and a title name, and the cut name the reference makes whole, if any."""

    speakers: list[str]
    # a person's name the people extractor cut short (조시), which speakers[0] shows whole (조시 어니스트)
    repaired: str | None = None


def surname_reference(words: list[str], start: int, text: str, entities: Entities) -> SurnameReference | None:
    """황 권한대행은 / 어니스트 대변인은: a surname and a title no mention covers name the one person
    named before whose name the surname opens (Korean) or closes (foreign), when exactly one fits.

    A foreign name the people extractor cut short (조시 for 조시 어니스트) is found by the surname
    written right after one of its mentions, and returned whole with the cut name it repairs.
    """
    if len(words) not in (2, 3):
        return None
    title = words[-1] if words[-1] in titles() else _base_title(words[-1])
    if title is None:
        return None
    compound = title != words[-1]  # 송 기술혁신본부장은: a title the lexicon has, with a field before it
    if compound and words[0] in _DETERMINER_SYLLABLES:
        return None  # 한 대학교수는: one professor, not 한
    if len(words) == 3 and words[1] not in title_modifiers():  # 김 전 대표, 박 신임 장관
        return None
    surname = words[0]
    if not HANGUL_WORD.fullmatch(surname) and len(surname) != 1:
        return None
    i = bisect.bisect_left(entities.person_starts, start)
    named_before = set(entities.person_names[:i])
    title_of = {p.name: p.title or "" for p in entities.people}
    if len(surname) == 1:
        # Korean: 황 → 황교안 (대통령 권한대행 국무총리), a title the person holds among others
        # 겅 대변인 → 겅솽 (耿爽): a Chinese name's first syllable is its family name, surname table or not
        same_surname = {
            n for n in named_before if " " not in n and len(n) <= 4 and (surname_of(n) or n[:1]) == surname
        }
        fits = {n for n in same_surname if title in title_of.get(n, "")}
        if len(fits) == 1:
            return SurnameReference([fits.pop()])
        if compound:
            return None  # only a person named before with that title: 이 식권대장 may be no one's surname
        if not same_surname and surname_of(surname) == surname and surname not in _DETERMINER_SYLLABLES:
            written = _full_name_written(surname, title, start, text)
            if written is not None:
                # 송덕용 회계사 … 송 회계사는: the full name the people extractor missed
                return SurnameReference(written)
            # 남 감독은, and no 남 named in full: the name is the surname (GOLD)
            return SurnameReference([surname])
        return None
    if compound:
        return None
    # 자오 대변인 → 자오리젠 (趙立堅) 대변인: a Chinese family name read in two syllables opens the
    # one-word name of the one person named before with that title
    opened = {
        n
        for n in named_before
        if " " not in n and len(n) > len(surname) and n.startswith(surname) and title in title_of.get(n, "")
    }
    if len(opened) == 1 and not looks_like_korean_name(surname):
        return SurnameReference([opened.pop()])
    fits = {n for n in named_before if " " in n and n.rsplit(" ", 1)[1] == surname}
    if not fits and _opens_reference(start, surname, text, entities):
        # 조시 어니스트 백악관 대변인 … 어니스트 대변인은: the mention stops before the surname
        for person in entities.people:
            if person.name not in named_before or " " + surname in person.name:
                continue
            for m in person.mentions:
                after = m.end + 1 + len(surname)
                if (
                    m.start < start
                    and text.startswith(" " + surname, m.end)
                    and not text[after : after + 1].strip(" \t,")
                ):
                    fits.add(person.name)
        if len(fits) != 1:
            return None
        short = fits.pop()
        return SurnameReference([f"{short} {surname}"], repaired=short)
    return SurnameReference([fits.pop()]) if len(fits) == 1 else None


def _base_title(word: str) -> str | None:
    """The longest title of two or more syllables a Hangul word ends with (기술혁신본부장 → 본부장,
    수석부회장 → 부회장), else None."""
    if not HANGUL_WORD.fullmatch(word):
        return None
    for size in range(len(word) - 1, 1, -1):
        if word[-size:] in titles():
            return word[-size:]
    return None


_QUOTE_AFTER_NAME = re.compile(r"[ \t]*[\"“]")


def _full_name_written(surname: str, title: str, start: int, text: str) -> list[str] | None:
    """The one Korean name written before `start` that opens with the surname and is followed,
    within a few words, by the title (허준서 영장전담부장판사, 김창권 한빛증권 연구원); [] when
    several are (no guess between them), None when none is."""
    found = set()
    for m in re.finditer(rf"(?<![가-힣]){re.escape(surname)}[가-힣]{{1,2}}(?=[ \t])", text[:start]):
        if not looks_like_korean_name(m.group()) or surname_of(m.group()) != surname:
            continue
        after = text[m.end() : m.end() + _TITLE_REACH_CHARS].split()[:_TITLE_REACH_WORDS]
        quoted = bool(_QUOTE_AFTER_NAME.match(text, m.end()))  # 한빛 허도윤 "…": a roundup headline's name
        if quoted or any(title in word for word in after):
            found.add(m.group())
    if not found:
        return None
    return [found.pop()] if len(found) == 1 else []


def unlisted_name_before_body(
    words: list[str], start: int, text: str, entities: Entities, is_bare_name: Callable[[int, int], bool]
) -> list[str] | None:
    """훙레이 중국 외교부 대변인은: a proper noun no extractor named, then the body and the title it
    holds there, names the one who speaks (a foreign name the people extractor did not read)."""
    if len(words) < 3 or words[-1] not in titles():
        return None
    name = words[0]
    if not (2 <= len(name) <= 5 and HANGUL_WORD.fullmatch(name)) or name in place_names() or org_like(name):
        return None
    if entities.overlapping(start, start + len(name)) or not is_bare_name(start, start + len(name)):
        return None
    pos = start + len(name)
    for word in words[1:-1]:
        pos = text.index(word, pos)
        bodies = [m for m in entities.overlapping(pos, pos + len(word)) if not m.is_person]
        if not (bodies or word in place_names() or org_like(word)):
            return None  # 조시 어니스트 백악관 대변인: a second name word, not a body
        pos += len(word)
    return [name]


def _opens_reference(start: int, surname: str, text: str, entities: Entities) -> bool:
    """The surname word stands on its own (no mention covers it, none ends right before it):
    not 한빛로보 in 김하늘 한빛로보 대표는, where a person's company follows his name."""
    if entities.overlapping(start, start + len(surname)):
        return False
    before = text[:start].rstrip()
    return not any(m.end == len(before) for m in entities.overlapping(len(before) - 1, len(before)))
