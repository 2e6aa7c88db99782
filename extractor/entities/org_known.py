"""Bodies named without a body's ending, read from a table of well-known firms or from how the
article talks to them.

    애플은 / 엔비디아와 / 테슬라의            the world's best-known firms (global_companies.txt)
    관계자는 2일 누리뉴스에 "…"              an outlet the speaker told it to, right before the quote
    누리뉴스와의 전화통화에서                 an outlet the speaker talked to on the phone

Each function returns (name, start, end) triples for `organizations.py` to turn into candidates.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.analysis import Document
from extractor.entities.literal_scan import is_hangul
from extractor.entities.names import (
    Found,
    Word,
    company_titles,
    is_latin_acronym,
    is_space_gap,
    split_particle,
    titles,
)
from extractor.entities.org_context import closes_name
from extractor.entities.org_signals import NAME, proper_name
from extractor.lexicons import first_char_guard, load_words


@cache
def global_companies() -> frozenset[str]:
    """The world's and Korea's best-known firms, written alone (애플, 엔비디아, 네이버, 넥슨)."""
    return load_words("global_companies.txt") | load_words("korean_companies.txt")


@cache
def _company_pattern() -> re.Pattern[str]:
    names = sorted(global_companies(), key=len, reverse=True)
    return re.compile(
        first_char_guard(names) + r"(?<![가-힣A-Za-z0-9])(?:" + "|".join(re.escape(n) for n in names) + ")"
    )


def company_mentions(text: str) -> list[Found]:
    """애플은, 엔비디아와: a firm of the table written as a word of its own (only a particle after it:
    애플리케이션 and 데미소다애플 are no firm)."""
    return [
        (m.group(), m.start(), m.end())
        for m in _company_pattern().finditer(text)
        if (closes_name(text, m.end()) or text.startswith("·", m.end())) and not _promo_line(text, m.start())
    ]


# A portal's subscription plug left in the text ("▶네이버에서 '누리일보' 구독하기"): no news of the firm.
PROMO_WORDS = ("구독", "채널 추가", "친구 추가")


def _promo_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    return any(w in line for w in PROMO_WORDS)


# "관계자는 2일 누리뉴스에 “…”라고 밝혔다": the outlet a speaker told it to, after the day or the time
# of day and right before the quotation.
TOLD_OUTLET_RE = re.compile(
    rf"""
    (?:[0-9]{{1,2}}일|이날|오전|오후)[ \t]+      # the day or the time of day
    (?P<name>{NAME})에[ \t]*                     # the outlet, with 에 (to)
    (?=["“])                                      # then the quotation
    """,
    re.VERBOSE,
)

# "누리뉴스와의 전화통화에서", "누리뉴스와 인터뷰에서": the outlet the speaker talked to.
TALKED_TO_RE = re.compile(
    rf"""
    (?:^|(?<=[ \t\n(]))(?P<name>{NAME})
    (?:과|와)의?[ \t]+                            # with (과/와, 과의/와의)
    (?:전화[ \t]?)?(?:통화|인터뷰)에서             # the phone call or the interview
    """,
    re.VERBOSE,
)


def told_outlets(doc: Document) -> list[Found]:
    """Outlets a speaker told something to or talked to. Right before a quotation, X에 after a day
    is an outlet; a call or an interview may be with a person (바이든과의 통화에서), so there the
    name must end like an outlet (…뉴스, …일보) or be Latin initials."""
    found: list[Found] = []
    for pattern in (TOLD_OUTLET_RE, TALKED_TO_RE):
        for m in pattern.finditer(doc.text):
            name, start, end = m.group("name"), m.start("name"), m.end("name")
            if pattern is TALKED_TO_RE and not _outlet_like(name):
                continue
            if name in load_words("social_platforms.txt"):
                continue  # 11일 인스타그램에 "…": where the speaker posted it
            if proper_name(doc, name, start, end):
                found.append((name, start, end))
    return found


def _outlet_like(name: str) -> bool:
    """누리일보, 한빛뉴스, KNN: a name ending like an outlet (the ending alone is none), or initials."""
    if name in load_words("outlet_suffixes.txt"):
        return False  # 블룸버그 TV와의 인터뷰: the ending alone is none
    if is_latin_acronym(name):
        return True
    return any(name.endswith(s) and len(name) > len(s) for s in load_words("outlet_suffixes.txt"))


# Nouns ending in 부 that name a part or a leadership, never a ministry (후반부, 지도부).
NOT_MINISTRY_ENDINGS = ("반부", "도부", "뇌부", "행부", "휘부", "간부", "내부", "외부", "전부", "세부")
# What joins two items of a list: a comma or a middle dot, or 와/과 closing the first one.
LIST_GAPS = frozenset({",", ", ", "·", "ㆍ"})
COORDINATING_PARTICLES = ("과", "와")


def listed_beside(words: list[Word], i: int, particle: str, starts: set[int], ends: set[int]) -> bool:
    """True when word i is an item of a list whose neighbouring item ends at one of `ends` (before
    it) or starts at one of `starts` (after it): 재무부와 노동부, 누리텔레콤과 NK, 다온모바일은."""
    word = words[i]
    if i > 0:
        prev = words[i - 1]
        if prev.end in ends and word.gap in LIST_GAPS:
            return True
        joined = prev.text.endswith(COORDINATING_PARTICLES) and is_space_gap(word.gap)
        if prev.end - 1 in ends and joined:
            return True
    if i + 1 < len(words):
        nxt = words[i + 1]
        joins_next = particle in COORDINATING_PARTICLES and is_space_gap(nxt.gap)
        return nxt.start in starts and (nxt.gap in LIST_GAPS or joins_next)
    return False


def coordinated_ministries(words: list[Word], ministries: set[tuple[int, int]]) -> list[Found]:
    """재무부와 노동부, 상무부: a word ending in 부 listed right next to a ministry the article names
    is a ministry too (another country's, which government_bodies.tsv does not hold)."""
    ends = {end for _, end in ministries}
    starts = {start for start, _ in ministries}
    found: list[Found] = []
    for i, word in enumerate(words):
        if "부" not in word.text:  # most words: no ministry's ending anywhere in them
            continue
        stem, particle = split_particle(word.text)
        if (word.start, word.start + len(stem)) in ministries or not _ministry_like(stem):
            continue
        if listed_beside(words, i, particle, starts, ends):
            found.append((stem, word.start, word.start + len(stem)))
            ends.add(word.start + len(stem))  # 상무부, 에너지부: the list goes on
    return found


def _ministry_like(stem: str) -> bool:
    return (
        3 <= len(stem) <= 5
        and stem.endswith("부")
        and all("가" <= ch <= "힣" for ch in stem)
        and not stem.endswith(NOT_MINISTRY_ENDINGS)
    )


# What the press may add to an agency's or a broadcaster's name (로이터통신 / 로이터, CNN방송 / CNN).
OUTLET_KIND_WORDS = ("통신", "방송", "신문")


def outlet_ties(names: list[str]) -> list[tuple[str, str]]:
    """블룸버그 통신 and 블룸버그, CNN방송 and CNN: one outlet, when the article writes both."""
    present = set(names)
    ties: list[tuple[str, str]] = []
    for name in present:
        for kind in OUTLET_KIND_WORDS:
            bare = name.removesuffix(kind).rstrip()
            if bare != name and len(bare) >= 2 and bare in present:
                ties.append((name, bare))
    return ties


# Marks that may be glued before a name opening a list item: ▲김하늘, ·박하늘 (not a bracket: "[김하늘
# 디지털뉴스 기자" is a byline, its desk no body).
LEADING_MARKS = "▲△▶▷■□●○◆◇-·•*"


def titled_alone(text: str, word: str, names: set[str]) -> bool:
    """트럼프 당선인은, 시겔 교수는: the word with a person's title (not a firm's: 대표, 회장) right
    after it and no name before it, somewhere in the text: the word is a person's surname.

    >>> titled_alone("트럼프 당선인은 말했다", "트럼프", set())
    True
    >>> titled_alone("도널드 트럼프 당선인은", "트럼프", {"도널드 트럼프", "도널드"})
    False
    >>> titled_alone("▲김하늘 누리당 의원은", "누리당", {"김하늘"})
    False
    >>> titled_alone("이반 페트로프 크렘린궁 대변인은", "크렘린궁", {"이반 페트로프"})
    False
    """
    # str.find rather than a regex built for each word: this runs for every candidate body
    at = text.find(word)
    while at >= 0:
        end = _titled_alone_at(text, at, word, names)
        if end is None:
            return True
        at = text.find(word, end if end > at else at + 1)
    return False


def _titled_alone_at(text: str, at: int, word: str, names: set[str]) -> int | None:
    """None when `word` at `at` is followed by a person's title with no name before it; else where
    to look next (past the word and the Hangul after it, as a regex scan would go on)."""
    if at > 0 and (is_hangul(text[at - 1]) or (text[at - 1].isascii() and text[at - 1].isalnum())):
        return at + 1
    gap_end = at + len(word)
    while gap_end < len(text) and text[gap_end] in " \t":
        gap_end += 1
    next_end = gap_end
    while next_end < len(text) and is_hangul(text[next_end]):
        next_end += 1
    if gap_end == at + len(word) or next_end == gap_end:
        return at + 1
    following = text[gap_end:next_end]
    stem, _ = split_particle(following)
    title = stem if stem in titles() else following
    if title not in titles() or title in company_titles():
        return next_end  # 누리텍 대표는: a firm's head may be named by the firm alone
    before = text[:at].rstrip().rsplit(maxsplit=1)
    if not before:
        return None
    # ▲김하늘: a list mark glued before the name; 드미트리 박: a foreign name's last word
    word_before = before[-1].lstrip(LEADING_MARKS)
    named = word_before in names or any(n.endswith(" " + word_before) for n in names)
    return next_end if named else None


# "MBK 측은", "YG 측 관계자는": Latin initials whose side speaks name a body.
SIDE_RE = re.compile(
    r"""
    (?<![A-Za-z0-9가-힣])(?P<name>[A-Z]{2,6})   # the initials
    [ \t]+측(?:은|는|이|도|과|의|에서)?(?=[ \t])  # 측 ("side") and its particle
    """,
    re.VERBOSE,
)


def side_initials(text: str) -> list[Found]:
    """MBK 측은: a body named by its Latin initials, as the side that speaks (acronyms of things,
    in common_acronyms.txt, never)."""
    return [
        (m.group("name"), m.start("name"), m.end("name"))
        for m in SIDE_RE.finditer(text)
        if m.group("name") not in load_words("common_acronyms.txt")
    ]


# Between two items of a list of firms: a middle dot, a comma, or 와/과 and a space.
FIRM_LIST_GAP_RE = re.compile(r"(?:·|,[ \t]*|[와과][ \t]+)")


@cache
def _platform_pattern() -> re.Pattern[str]:
    platforms = sorted(load_words("platform_companies.txt"), key=len, reverse=True)
    return re.compile(
        first_char_guard(platforms) + r"(?<![가-힣A-Za-z0-9])(?:" + "|".join(map(re.escape, platforms)) + ")"
    )


def listed_platforms(text: str, firms: list[Found]) -> list[Found]:
    """구글, 페이스북 등; 페이스북·아마존을: a social network listed right beside a firm of the table
    (`firms`, from company_mentions) is named as the firm that runs it (alone, 페이스북에 글을
    올렸다 names where someone posted)."""
    starts = {start for _, start, _ in firms}
    ends = {end for _, _, end in firms}
    found: list[Found] = []
    for m in _platform_pattern().finditer(text):
        if not (closes_name(text, m.end()) or text.startswith(("·", ","), m.end())):
            continue
        after = FIRM_LIST_GAP_RE.match(text, m.end())
        if after is not None and after.end() in starts:
            found.append((m.group(), m.start(), m.end()))
            continue
        before = text[max(0, m.start() - 3) : m.start()]
        gap = next((g for g in ("·", ", ", ",", "와 ", "과 ") if before.endswith(g)), None)
        if gap is not None and m.start() - len(gap) in ends:
            found.append((m.group(), m.start(), m.end()))
    return found
