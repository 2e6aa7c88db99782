"""The local government a mayor or county head serves, when the appositive names none.

Local news introduces the body once ("경남 누리군은 … 회의를 열었다") and writes its head with the
post alone ("김도윤 군수 주재로", "박하늘 부군수"). When the article names exactly one body of the
post's level, that body is the person's; with two (누리시 and 한빛시) the post says nothing. A bare
의원 is left alone: a local council named in the story does not make every lawmaker in it its own.
"""

from __future__ import annotations

import re

from extractor.entities.names import particles, place_names
from extractor.entities.names_match_shared import HANGUL_RUN_RE
from schemas import Person

# A local post and the level of the body it heads: 군수 → …군, 구청장 → …구.
POST_LEVELS = {
    "군수": "군",
    "부군수": "군",
    "시장": "시",
    "부시장": "시",
    "구청장": "구",
    "부구청장": "구",
    "군의원": "군의회",
    "시의원": "시의회",
    "구의원": "구의회",
    "도의원": "도의회",
}

# A place + its level, maybe with its office or council: 누리군, 누리군청, 누리시의회.
LOCAL_BODY_RE = re.compile(
    r"(?<![가-힣])(?P<place>[가-힣]{1,4}?)(?P<level>시의회|군의회|구의회|도의회|시|군|구)(?:청)?"
)


def local_bodies(text: str) -> dict[str, set[str]]:
    """The article's local governments and councils by level ("군" → {"누리군"}).

    >>> sorted(local_bodies("경남 함양군은 함양군청에서 회의를 열었다. 함양군의회도 참석했다.").items())
    [('군', {'함양군'}), ('군의회', {'함양군의회'})]
    >>> local_bodies("대만시장 점유율이 늘었다. 서울시장 선거가 열린다.")
    {}
    """
    found: dict[str, set[str]] = {}
    places = place_names()
    for m in LOCAL_BODY_RE.finditer(text):
        rest = HANGUL_RUN_RE.match(text, m.end())
        glued = rest.group() if rest else ""
        # 누리군은, 누리군청에서: the body as a word; 대만시장 (Taiwan's market) or 서울시장 is none
        if m["place"] in places and (not glued or glued in particles()):
            found.setdefault(m["level"], set()).add(m["place"] + m["level"])
    return found


def with_local_bodies(text: str, people: list[Person]) -> list[Person]:
    """`people`, a local post's holder without a body given the one body of its level the article
    names."""
    needy = [(p, POST_LEVELS[p.title]) for p in people if p.organization is None and p.title in POST_LEVELS]
    if not needy:
        return people
    bodies = local_bodies(text)
    for person, level in needy:
        named = bodies.get(level, set())
        if len(named) == 1:
            person.organization = next(iter(named))
    return people
