"""Byline shapes the single-writer grammar in `metadata` misses.

- Co-writers separated by spaces only: "(서울=한빛뉴스) 김도윤 박서연 기자 =", or a header line
  "김도윤 박서연 최하늘 기자". Spaces also separate a desk or place from the writer ("사회부
  김도윤 기자"), so each name must be a full three-syllable name opening with a surname and be
  no desk, place, section or outlet.
- A portal's byline with the outlet between name and title: "김도윤 누리일보 기자(dy@x.kr)".
"""

from __future__ import annotations

import re

from extractor.lexicons import load_words
from extractor.page import metadata as meta
from schemas import Reporter

_MAX_SPACED_WRITERS = 8
_SPACED_WRITERS = re.compile(
    r"""
    ^ \s*
    (?P<names> [가-힣]{3} (?: \s [가-힣]{3} ){1,7} )   # two to eight full names, spaces between
    \s? (?P<title> 기자 | 특파원 ) (?![가-힣])
    """,
    re.VERBOSE,
)
# What may follow a header byline's title: an e-mail address, dates and their labels.
_EMAIL_OR_DATES = re.compile(r"(?:[\s0-9A-Za-z._+@()\-:|/]|입력|등록|승인|수정|오전|오후|년|월|일)*")


def _full_name(word: str) -> bool:
    """A writer's three-syllable name, never a desk (사회부), place, section or outlet."""
    return (
        meta.is_name(word)
        and word[0] in load_words("surnames.txt")
        and not meta.DESK_ENDING.search(word)
        and not meta.is_section_tag(word)
        and not meta.looks_like_outlet(word)
    )


def spaced_writers(text: str, *, whole: bool = False) -> tuple[list[Reporter], int]:
    """Co-writers joined by spaces at the start of `text`, and where their title ends.

    With `whole`, nothing but an e-mail address or dates may follow the title (a header line).

    >>> writers, end = spaced_writers("김도윤 박서연 기자 = 정부는")
    >>> [r.name for r in writers], end
    (['김도윤', '박서연'], 10)
    >>> spaced_writers("사회부 김도윤 기자 = 정부는"), spaced_writers("김도윤 기자 =")
    (([], 0), ([], 0))
    >>> [r.name for r in spaced_writers("김도윤 박서연 최하늘 기자", whole=True)[0]]
    ['김도윤', '박서연', '최하늘']
    >>> spaced_writers("김도윤 박서연 기자 등이 참석했다", whole=True)
    ([], 0)
    """
    match = _SPACED_WRITERS.match(text)
    if match is None:
        return [], 0
    names = match["names"].split()
    if len(names) > _MAX_SPACED_WRITERS or not all(_full_name(n) for n in names):
        return [], 0
    if whole and not _EMAIL_OR_DATES.fullmatch(text[match.end() :]):
        return [], 0
    return [Reporter(name=n) for n in names], match.end()


_EMAIL_PART = meta.EMAIL_PATTERN
_NAME_OUTLET_TITLE = re.compile(
    rf"""
    ^ \s* (?P<name> [가-힣]{{2,4}} ) \s+                  # the writer …
    (?P<outlet> [가-힣A-Za-z0-9]{{2,15}} ) \s? 기자        # … the outlet, then the title: "누리일보 기자"
    \s* \(? \s* (?P<email> {_EMAIL_PART} )? \s* \)?   # "(dy@x.kr)"
    """,
    re.VERBOSE,
)


def name_outlet_byline(line: str) -> tuple[Reporter, str] | None:
    """A portal's byline "김도윤 누리일보 기자(dy@x.kr) 2023. 7. 12. 11:24": the writer and outlet.

    >>> found = name_outlet_byline("김도윤 누리일보 기자(dy@x.kr) 2023. 7. 12. 11:24")
    >>> found[0].name, found[0].email, found[1]
    ('김도윤', 'dy@x.kr', '누리일보')
    >>> name_outlet_byline("사회부 김도윤 기자"), name_outlet_byline("김도윤 사회부 기자")
    (None, None)
    """
    match = _NAME_OUTLET_TITLE.match(line)
    if match is None or not meta.is_name(match["name"]) or not meta.looks_like_outlet(match["outlet"]):
        return None
    if meta.DESK_ENDING.search(match["outlet"]):
        return None
    return Reporter(name=match["name"], email=match["email"]), match["outlet"]


# Whole-line bylines whose name is not followed by its title at once (the grammar in `metadata`
# needs "이름 기자"): the outlet, the name and the address in brackets ("누리방송 김도윤 (dy@x.kr)");
# a desk between the name and the title ("[김도윤 사회부 기자 dy@x.kr]", "[… 디지털뉴스 기자 …]");
# the name's Chinese characters before the title ("김도윤(金道允) 기자").
_SPELLED_OUT_BYLINES = (
    re.compile(
        rf"""
        ^ [\[(]? \s* (?P<outlet> [A-Za-z가-힣][\w가-힣]{{1,15}} ) \s+ (?P<name> [가-힣]{{2,4}} ) \s*
        \( \s* (?P<email> {_EMAIL_PART} ) \s* \) \s* [\])]? \s* $
        """,
        re.VERBOSE,
    ),
    re.compile(
        rf"""
        ^ [\[(]? \s* (?P<name> [가-힣]{{2,4}} ) \s+ (?P<desk> [가-힣A-Za-z]{{2,12}} ) \s? 기자
        \s* [/·]? \s* (?P<email> {_EMAIL_PART} )? \s* [\])]? \s* $
        """,
        re.VERBOSE,
    ),
    re.compile(
        rf"""
        ^ \s* (?P<name> [가-힣]{{2,4}} ) \s? \( [\u4e00-\u9fff]{{2,4}} \) \s? 기자
        \s* (?P<email> {_EMAIL_PART} )? \s* $
        """,
        re.VERBOSE,
    ),
)


def spelled_out_byline(line: str) -> tuple[Reporter, str | None] | None:
    """A whole-line byline whose writer's name is not followed by its title at once: the writer,
    and the outlet when the line opens with one.

    >>> found = spelled_out_byline("누리방송 김도윤 (dy@nuri.example)")
    >>> found[0].name, found[0].email, found[1]
    ('김도윤', 'dy@nuri.example', '누리방송')
    >>> [spelled_out_byline(x)[0].name for x in ("[김도윤 사회부 기자 dy@x.kr]", "김도윤(金道允) 기자")]
    ['김도윤', '김도윤']
    >>> spelled_out_byline("[김도윤 디지털뉴스 기자 dy@x.kr]")[0].name
    '김도윤'
    >>> spelled_out_byline("[누리일보 김도윤 기자]"), spelled_out_byline("구청 김도윤 (문의)")
    (None, None)
    >>> spelled_out_byline("시민 김도윤 (dy@x.kr)"), spelled_out_byline("[김도윤 누리시 기자]")
    (None, None)
    """
    outlet_first, desk_between, hanja = (pattern.match(line) for pattern in _SPELLED_OUT_BYLINES)
    if outlet_first and meta.is_name(outlet_first["name"]) and meta.looks_like_outlet(outlet_first["outlet"]):
        found = outlet_first
        outlet = found["outlet"] if not meta.DESK_ENDING.search(found["outlet"]) else None
        return Reporter(name=found["name"], email=found["email"]), outlet
    if desk_between and meta.is_name(desk_between["name"]):
        desk = desk_between["desk"]
        if meta.DESK_ENDING.search(desk) or meta.is_section_tag(desk):
            return Reporter(name=desk_between["name"], email=desk_between["email"]), None
    if hanja and meta.is_name(hanja["name"]):
        return Reporter(name=hanja["name"], email=hanja["email"]), None
    return None


_DESK_BYLINE = re.compile(
    rf"""
    ^ [\[(<]? \s*
    (?: (?P<outlet> [가-힣A-Za-z0-9]{{2,15}} ) \s )?                  # "누리방송 " …
    (?P<desk> [가-힣A-Za-z]{{1,12}} (?: 부 | 팀 | 국 | 본부 | 센터 | 데스크 ) | 뉴스룸 )   # "뉴스센터"
    \s* [/|·]? \s*
    (?P<email> {_EMAIL_PART} )?                  # "desk@x.co.kr"
    \s* [\])>]? \s* $
    """,
    re.VERBOSE,
)


def desk_byline(line: str) -> tuple[str | None, str | None] | None:
    """A desk signing the article instead of a writer: "[누리방송 뉴스센터 / desk@x.co.kr]".

    The outlet before the desk, and the desk's address (its domain may name the outlet).

    >>> desk_byline("[누리방송 뉴스센터 / desk@x.co.kr]"), desk_byline("경제부 / desk@x.co.kr")
    (('누리방송', 'desk@x.co.kr'), (None, 'desk@x.co.kr'))
    >>> desk_byline("[사회부]"), desk_byline("구청 민원센터 / help@x.go.kr 문의")
    (None, None)
    >>> desk_byline("누리닷컴 뉴스룸 open@x.com")
    ('누리닷컴', 'open@x.com')
    """
    match = _DESK_BYLINE.match(line)
    if match is None:
        return None
    outlet = match["outlet"] if match["outlet"] and meta.looks_like_outlet(match["outlet"]) else None
    if match["outlet"] and outlet is None:
        return None  # "구청 민원센터": a body's office, not a newsroom desk
    if outlet is None and match["email"] is None:
        return None
    return outlet, match["email"]


_STATION_MENTIONS = 2  # a regional station the report names at least twice is the one airing it


def regional_station(network: str, text: str) -> str | None:
    """The network's regional station a report keeps naming: "MBC" signing off a 목포MBC report.

    Regional stations sign off with the network's name ("MBC뉴스 김도윤입니다") and name themselves
    in the script ("목포MBC가 취재했습니다"); the station is the publication.

    >>> regional_station("MBC", "목포MBC가 살펴봤습니다. 목포MBC도 지켜보겠습니다.")
    '목포MBC'
    >>> regional_station("MBC", "목포MBC가 살펴봤습니다.")
    >>> regional_station("MBC", "MBC 사장이 말했다. MBC 사장은")

    """
    counts: dict[str, int] = {}
    pattern = re.compile(
        rf"([가-힣]{{2,4}})\s?{re.escape(network)}(?![A-Za-z])|{re.escape(network)}\s?([가-힣]{{2,4}})"
    )
    for match in pattern.finditer(text):
        station = match.group(0).replace(" ", "")
        place = match.group(1) or match.group(2)
        if place in load_words("place_names.txt"):
            counts[station] = counts.get(station, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= _STATION_MENTIONS else None
