"""Local governments and addresses: when a place with its level is a body, and when it is where.

보성군, 대전시, 경기도, 한빛대 are bodies; 충청북도 청주시 흥덕구, 강원도 양양, 서울 강남구에 are
addresses, no body. Read by the word candidates (`org_words.py`).
"""

from __future__ import annotations

from functools import cache

from extractor.entities.names import (
    TokenIndex,
    Word,
    is_space_gap,
    looks_like_korean_name,
    place_names,
    split_particle,
)
from extractor.entities.org_merge import canonical_name, province_short_forms

ADDRESS_LEVELS = ("시", "군", "구", "동", "읍", "면", "리", "도")


DISTRICT_LEVELS = ("구", "동", "읍", "면", "리")


# Particles that make a word the subject or topic of its clause: the body acts.
SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "도"})


def _in_address(words: list[Word], i: int, index: TokenIndex) -> bool:
    """충청북도 청주시 흥덕구: a place in a chain of places is an address, not the body that governs it."""
    if _residence(words, i, index):
        return True
    neighbours: list[Word] = []
    if i > 0 and is_space_gap(words[i].gap):
        neighbours.append(words[i - 1])
    if i + 1 < len(words) and is_space_gap(words[i + 1].gap):
        neighbours.append(words[i + 1])
    own = canonical_name(words[i].text[: index.bare_end(words[i]) - words[i].start])
    if any(
        _is_place_level(n, index) and canonical_name(n.text[: index.bare_end(n) - n.start]) != own
        for n in neighbours
    ):
        return True
    # 강원도 양양 앞바다, 전라남도 무안에 위치한: a province before one of its towns written bare (a
    # proper noun to Kiwi: 경남도 예산을 늘렸다 is its budget, not the county of 예산)
    written = words[i].text[: index.bare_end(words[i]) - words[i].start]
    bare_province = written == words[i].text and _is_province(written)  # not 울산광역시와 경남: a list
    if bare_province and i + 1 < len(words) and is_space_gap(words[i + 1].gap):
        town = words[i + 1]
        bare_end = index.bare_end(town)
        if town.text[: bare_end - town.start] in place_names() and index.has_proper_noun(
            town.start, bare_end
        ):
            return True
    # 서울 강남구에 사무실을 차리고: a district after its city, not the subject of its clause, is where
    stem, particle = split_particle(words[i].text)
    district = stem.endswith(("구", "군")) and i > 0 and is_space_gap(words[i].gap)
    return district and words[i - 1].text in place_names() and particle not in SUBJECT_PARTICLES


def _residence(words: list[Word], i: int, index: TokenIndex) -> bool:
    """이혜정(대구광역시), 김하늘(전남 여수시): a place alone in the parenthesis after a person's name is
    where they live or come from, no body."""
    first = i - 1 if i > 0 and is_space_gap(words[i].gap) and words[i - 1].text in place_names() else i
    if first == 0 or not words[first].gap.endswith("(") or index.bare_end(words[i]) != words[i].end:
        return False
    if i + 1 < len(words) and not words[i + 1].gap.startswith(")"):
        return False
    return looks_like_korean_name(words[first - 1].text)


# The levels of a province or a metropolitan city, the top of an address (경기도, 부산광역시).
PROVINCE_LEVELS = ("도", "광역시", "특별시", "특별자치도", "특별자치시")


def _is_province(name: str) -> bool:
    """경기도, 전라남도, 부산광역시: a province or metropolitan city written with its level."""
    return name.endswith(PROVINCE_LEVELS) and _is_local_government(name)


def _is_place_level(word: Word, index: TokenIndex) -> bool:
    """충청북도, 청주시, 흥덕구, 남구: a known place + its level, or a proper district name."""
    stem = word.text[: index.bare_end(word) - word.start]
    if 2 <= len(stem) <= 5 and stem.endswith(ADDRESS_LEVELS) and stem[:-1] in place_names():
        return True
    return (
        2 <= len(stem) <= 4 and stem.endswith(DISTRICT_LEVELS) and index.has_proper_noun(word.start, word.end)
    )


def _is_local_government(surface: str) -> bool:
    """보성군, 대전시, 한빛대: a known place + an administrative level (or 대 for its university).
    A country with 도 is the country and the particle (중국도), no province."""
    if surface[-1:] not in ("시", "군", "구", "도", "대"):
        return False
    if surface[-1] == "도" and surface[:-1] not in _province_stems():
        return False
    return surface[:-1] in place_names() or any(surface == full for full, _ in province_short_forms())


@cache
def _province_stems() -> frozenset[str]:
    """What stands before 도 in a province's name: 경기, 강원, and the short forms 전남, 충북."""
    return frozenset(
        stem for full, short in province_short_forms() for stem in (short, full.removesuffix("도")) if stem
    )
