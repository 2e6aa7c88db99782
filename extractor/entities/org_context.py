"""Organisations the article names without a body's suffix, read from what the text does with them.

    tvN ‘드라마’ / KBS는 / 이데일리에         broadcasters and papers, from a table of media names
    MBN뉴스 홍길동입니다                     a broadcast reporter's sign-off names the outlet
    소속사 51K 측은                          the agency after 소속사
    KIA와의 홈경기 (in a sports story)        a club's short form, once a coach or player names a club
    LG그룹 … LG 부회장                       a group and its bare name are one body

Each function returns (name, start, end) triples for `organizations.py` to turn into candidates.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.entities.names import (
    Found,
    PersonHit,
    looks_like_korean_name,
    particles,
    place_names,
    split_particle,
    sports_clubs,
    titles,
)
from extractor.lexicons import first_char_guard, load_words

# What may close a body's bare name: white space, punctuation, a quote, or the end; else a particle
# (checked in code). Never more letters: KBS is not KBSN, 이데일리 not 이데일리DB.
NAME_END_RE = re.compile(r"(?P<rest>[가-힣]*)(?![A-Za-z0-9])")

# "소속사 51K 측은", "소속사인 플레디스는": an entertainment agency named after the word for it.
AGENCY_RE = re.compile(
    r"""
    소속사(?:인|는|도)?[ \t]+                  # the word for an agency (its particle, if any)
    (?P<name>[0-9]{1,3}[가-힣]{2,10}?(?=[ \t]*측)  # a number then Hangul (9누리엔터), its side speaking
      |[A-Za-z0-9][A-Za-z0-9&.\-]{0,15}        # a Latin or numbered name (51K, YG, SM)
      |[가-힣]{2,8}?)                           # or a Hangul one (플레디스), its particle apart
    (?=[ \t]*측|[은는이가와과의도]|[ \t,.])     # then 측, a particle or a break
    """,
    re.VERBOSE,
)
AGENCY_NOT_NAMES = frozenset({"측", "관계자", "대표", "측은", "측도", "측과"})

# A photo credit's stock tag glued to the outlet (이데일리DB, 뉴스1DB): the outlet itself.
PHOTO_STOCK_SUFFIX = "DB"

# Titles of people in sports: one of them naming a club's short form makes the story a sports one.
SPORTS_TITLES = frozenset(
    {"감독", "코치", "선수", "투수", "포수", "타자", "내야수", "외야수", "공격수", "수비수", "골키퍼", "주장"}
)

# A business group and its bare name (LG그룹 / LG).
GROUP_HEAD = "그룹"


@cache
def media_names() -> frozenset[str]:
    return load_words("media_names.txt")


def closes_name(text: str, end: int) -> bool:
    """Only a particle (or nothing) stands between the name's end and the next break."""
    m = NAME_END_RE.match(text, end)
    if m is None:
        return False
    return particles_only(m.group("rest"))


def particles_only(rest: str) -> bool:
    """'', 는, 에는, 에서도: nothing, one particle or a run of them (에 + 는)."""
    if not rest or rest in particles():
        return True
    return any(rest[:k] in particles() and particles_only(rest[k:]) for k in range(1, len(rest)))


# A broadcast reporter's sign-off after the outlet's name: "(…에서) MBN뉴스 홍길동입니다".
SIGN_OFF_RE = re.compile(
    r"""
    [ \t]?뉴스[ \t]+                      # the outlet's news (MBN뉴스, KBS 뉴스)
    [가-힣]{2,4}                          # the reporter's name
    (?:입니다|였습니다|이었습니다)          # and the copula that closes the report
    """,
    re.VERBOSE,
)


def media_mentions(text: str) -> list[Found]:
    """Broadcasters, papers and agencies of a table of media names, wherever the text names them."""
    found: list[Found] = []
    for m in _media_pattern().finditer(text):
        stock = text.startswith(PHOTO_STOCK_SUFFIX, m.end())  # (사진=이데일리DB): the outlet
        signed = SIGN_OFF_RE.match(text, m.end()) is not None  # MBN뉴스 홍길동입니다: the outlet
        if stock or signed or closes_name(text, m.end()):
            found.append((m.group(), m.start(), m.end()))
    return found


@cache
def _media_pattern() -> re.Pattern[str]:
    """Built once: sorting and escaping the whole table took longer than the scan itself."""
    names = sorted(media_names(), key=len, reverse=True)
    return re.compile(
        first_char_guard(names) + r"(?<![가-힣A-Za-z0-9])(?:" + "|".join(re.escape(n) for n in names) + ")"
    )


def is_photo_stock(name: str) -> bool:
    """이데일리DB, 누리일보DB: an outlet's photo archive tag (the outlet of the table is read by
    `media_mentions`); an outlet outside the table is known by its name's ending (일보, 닷컴)."""
    if not name.endswith(PHOTO_STOCK_SUFFIX):
        return False
    outlet = name[: -len(PHOTO_STOCK_SUFFIX)]
    return outlet in media_names() or any(
        outlet.endswith(s) and len(outlet) > len(s) for s in load_words("outlet_suffixes.txt")
    )


def agency_mentions(text: str, person_names: set[str]) -> list[Found]:
    """소속사 51K 측은: the agency named right after 소속사."""
    found: list[Found] = []
    for m in AGENCY_RE.finditer(text):
        name, start = m.group("name"), m.start("name")
        stem, particle = split_particle(name)
        if particle and len(stem) >= 2 and name[0] >= "가":
            name = stem  # 소속사 씨엘엔컴퍼니를: the particle is no part of the name
        if name in AGENCY_NOT_NAMES or _side_word(name) or name in person_names:
            continue
        if name in titles() or name in place_names():
            continue
        if name[0] >= "가" and looks_like_korean_name(name):
            continue  # 소속사 김하늘 대표: a person
        found.append((name, start, start + len(name)))
    return found


def _side_word(name: str) -> bool:
    """측이, 측에서: the word for "side" and its particle, no agency's name."""
    return name.startswith("측") and (name[1:] in particles() or name[1:] in ("에서", "으로"))


def club_short_mentions(text: str, hits: list[PersonHit]) -> list[Found]:
    """KIA와의 홈경기: in a story where a coach or player is named with a club's Latin short form (이만수
    SK 감독), the other clubs' Latin short forms written alone are clubs too."""
    latin_shorts = {short for shorts in sports_clubs().values() for short in shorts if short.isascii()}
    sporting = any(h.organization in latin_shorts and h.title in SPORTS_TITLES for h in hits)
    if not sporting:
        return []
    found: list[Found] = []
    for short in latin_shorts:
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(short)}(?![A-Za-z0-9])", text):
            if closes_name(text, m.end()) or text.startswith("전", m.end()):
                found.append((short, m.start(), m.end()))
    return found


def group_ties(names: list[str], text: str) -> list[tuple[str, str]]:
    """LG그룹 and LG: the group's bare Latin name, written alone too, is the same body."""
    ties: list[tuple[str, str]] = []
    for name in names:
        bare = name.removesuffix(GROUP_HEAD).strip()
        if bare == name or len(bare) < 2 or not bare.isascii():
            continue  # LG, GS name the group itself; 현대차 and 카카오 are firms within their groups
        if bare in names or _written_alone(text, bare):
            ties.append((name, bare))
    return ties


# A legal form written after a firm's name (현대기계공업주식회사, 누리텍(주)): the same firm as the bare name.
LEGAL_SUFFIXES = ("주식회사", "(주)", "㈜")


def legal_suffix_ties(names: list[str], text: str) -> list[tuple[str, str]]:
    """현대기계공업주식회사 and 현대기계공업: one firm, when the article writes both."""
    ties: list[tuple[str, str]] = []
    for name in names:
        for suffix in LEGAL_SUFFIXES:
            bare = name.removesuffix(suffix).strip()
            if bare != name and len(bare) >= 2 and (bare in names or _written_alone(text, bare)):
                ties.append((name, bare))
    return ties


# A firm's name with the legal form after it, as one word: 누리기계공업주식회사는, 한빛텍(주)가.
LEGAL_SUFFIX_NAME_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9])
    (?P<name>[가-힣A-Za-z0-9]{2,20}?(?:주식회사|\(주\)|㈜))   # the name and its legal form
    """,
    re.VERBOSE,
)


def legal_suffix_mentions(text: str) -> list[Found]:
    """누리기계공업주식회사는: a word closed by a legal form names a firm."""
    return [
        (m.group("name"), m.start("name"), m.end("name"))
        for m in LEGAL_SUFFIX_NAME_RE.finditer(text)
        if closes_name(text, m.end("name")) and m.group("name") not in LEGAL_SUFFIXES
    ]


def _written_alone(text: str, name: str) -> bool:
    """The name occurs as a word of its own (a particle may close it)."""
    alone = re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text)
    return any(closes_name(text, m.end()) for m in alone)
