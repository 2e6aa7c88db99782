"""Byline shapes the single-writer grammar in `metadata` misses.

- Co-writers separated by spaces only: "(서울=한빛뉴스) 김도윤 박서연 기자 =", or a header line
  "김도윤 박서연 최하늘 기자". Spaces also separate a desk or place from the writer ("사회부
  김도윤 기자"), so each name must be a full three-syllable name opening with a surname and be
  no desk, place, section or outlet.
- A portal's byline with the outlet between name and title: "김도윤 누리일보 기자(dy@x.kr)".
"""

from __future__ import annotations

import re

from extractor import metadata as meta
from extractor.lexicons import load_words
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


_NAME_OUTLET_TITLE = re.compile(
    r"""
    ^ \s* (?P<name> [가-힣]{2,4} ) \s+                  # the writer …
    (?P<outlet> [가-힣A-Za-z0-9]{2,15} ) \s? 기자        # … the outlet, then the title: "누리일보 기자"
    \s* \(? \s* (?P<email> [\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+ )? \s* \)?   # "(dy@x.kr)"
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
