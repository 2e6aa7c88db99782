"""Clubs named only by their short form in a match report, read from what teams do.

    강원은 인천을 2대 0으로 제압했고        beat another by a score: both are clubs
    대전과의 원정경기에서                   play a match against it
    제주의 골망을 흔듭니다                  put the ball in its net
    전북의 최강희 감독                      a coach or player "of" it
    한화 새 외국인 투수 로저스, NC의 간판타자 테임즈   its player by position, then the name
    삼성 박석민은                           its player named right after it (a person found)
    키움 히어로즈 홍원기 감독               a club in full before its coach: all its words, not the last

A club's short form (전북, 인천, 서울) is a place too, so `organizations.py` never takes it alone;
`_club_candidates` takes it only once the club's full name is written. Here it names the club
without the full name when the story is a sports one (a league or sport is named: K리그,
프로야구) and the sentence does with the short form what only a team does. The short forms are
those of `sports_clubs.tsv`, so a country beating another (중국이 말레이시아를 2대 0으로) is not one.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor.entities.names import ClubMention, Found, Span, club_mentions, place_names, sports_clubs
from extractor.lexicons import load_words

# Titles of a club's staff and players written after "X의 <name>".
STAFF_TITLES = (
    "감독",
    "코치",
    "선수",
    "공격수",
    "수비수",
    "미드필더",
    "골키퍼",
    "투수",
    "타자",
    "포수",
    "내야수",
    "외야수",
)


@cache
def _short_forms() -> tuple[str, ...]:
    """Every club's short forms, longest first (so 수원 삼성 is tried before 수원)."""
    shorts = {short for forms in sports_clubs().values() for short in forms}
    return tuple(sorted(shorts, key=len, reverse=True))


@cache
def _short_alternation() -> str:
    return "|".join(re.escape(s) for s in _short_forms())


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    club = rf"(?<![가-힣A-Za-z0-9])(?P<club>{_short_alternation()})"
    other = rf"(?<![가-힣A-Za-z0-9])(?P<other>{_short_alternation()})"
    staff = "|".join(STAFF_TITLES)
    return (
        # 강원은 인천을 2대 0으로 제압했고; 두산이 LG를 5-3으로 꺾었다: winner and loser
        re.compile(
            club
            + r"(?:은|는|이|가)[ \t]+(?:[^ \t\n]+[ \t]+){0,3}?"
            + other
            + r"(?:을|를)[ \t]+\d{1,3}(?:[ \t]?대[ \t]?|[-:])\d{1,3}"
        ),
        # 대전과의 원정경기, 인천과 홈경기: a match against it (전북은 최하위 대전과의 원정경기: both)
        re.compile(
            rf"(?:{club}(?:은|는|이|가)[ \t]+(?:[^ \t\n]+[ \t]+){{0,3}}?)?"
            + other
            + r"(?:와|과)(?:의)?[ \t]+(?:홈|원정)?[ \t]?(?:경기|맞대결|개막전)"
        ),
        # 제주의 골망을, 대전 골대를: its net or goal
        re.compile(club + r"(?:의)?[ \t]+(?:골망|골대|골문)"),
        # 전북의 최강희 감독, 전북의 김진수가: one of its staff or players (a 2-4 syllable name)
        re.compile(club + r"의[ \t]+[가-힣]{2,4}(?:[ \t]+(?:" + staff + r")|(?:이|가|은|는)[ \t])"),
        # 한화 새 외국인 투수 로저스와, NC의 간판타자 테임즈가: a player's position, maybe qualified,
        # then a name; no other word between (대구 출신 투수 is a birthplace)
        re.compile(
            club
            + r"(?:의)?[ \t]+(?:(?:"
            + _modifier_alternation()
            + r")[ \t]+){0,2}(?:"
            + _modifier_alternation()
            + r")?(?:"
            + staff
            + r")[ \t]+[가-힣]{2,}"
        ),
    )


@cache
def _reporter_alternation() -> str:
    return "|".join(re.escape(w) for w in sorted(load_words("reporter_titles.txt"), key=len, reverse=True))


@cache
def _modifier_alternation() -> str:
    modifiers = load_words("player_modifiers.txt")
    return "|".join(re.escape(m) for m in sorted(modifiers, key=len, reverse=True))


def _named_player(people: frozenset[str], place_like: bool) -> re.Pattern[str] | None:
    """삼성 박석민은: a club's short form, a space, and a person the article names (a particle, a
    space or punctuation after; not a reporter). `place_like` picks the short forms that are places
    too (전북, 인천), which the caller pairs only with people who hold a player's or coach's title."""
    names = sorted((n for n in people if len(n) >= 2), key=len, reverse=True)
    shorts = [re.escape(s) for s in _short_forms() if (s in place_names()) == place_like]
    if not names or not shorts:
        return None
    club = rf"(?<![가-힣A-Za-z0-9])(?P<club>{'|'.join(shorts)})"
    # a dateline's place before its reporter (인천 김하늘 기자) is no club
    after = rf"(?=[은는이가을를의와과도,.·)]|[ \t])(?![ \t]*(?:{_reporter_alternation()}))"
    return re.compile(club + r"[ \t]+(?:" + "|".join(re.escape(n) for n in names) + r")" + after)


def is_sports_story(text: str) -> bool:
    """A league or sport is named (K리그, 프로야구)."""
    return any(cue in text for cue in load_words("sports_story_cues.txt"))


def fixture_clubs(
    text: str, person_names: frozenset[str] = frozenset(), players: frozenset[str] = frozenset()
) -> list[Found]:
    """Short forms of clubs that play, score or employ someone in a sports story, with where.
    `person_names`: the people the article names; `players`: those titled as players or coaches
    (a place-like short form before a name is a club only for them: 부산 김하늘 may be a citizen)."""
    if not is_sports_story(text):
        return []
    found: list[Found] = []
    named = [_named_player(person_names, place_like=False), _named_player(players, place_like=True)]
    for pattern in (*_patterns(), *(p for p in named if p is not None)):
        for m in pattern.finditer(text):
            for group in ("club", "other"):
                if group in pattern.groupindex and m.group(group):
                    found.append((m.group(group), m.start(group), m.end(group)))
    return sorted(set(found), key=lambda f: f[1])


# (body, where it is written, whether it is an internal unit): what names_match reads before a name.
BodyFound = tuple[str | None, Span | None, bool]


def whole_club(text: str, found: BodyFound) -> BodyFound:
    """키움 히어로즈 홍원기 감독: the body read before a name is the last word of a club written in full;
    the person's organisation is the whole club (its last word alone names no body)."""
    body, span, unit = found
    if body is None or span is None:
        return found
    club = next((c for c in _clubs_in(text) if c.end == span.end and c.start < span.start), None)
    if club is None:
        return found
    return club.text, Span(club.start, club.end), unit


@lru_cache(maxsize=4)
def _clubs_in(text: str) -> tuple[ClubMention, ...]:
    # asked once per person found before a name; the article's clubs are read once
    return tuple(club_mentions(text))
