"""Vietnamese names: a family name, then one to three short words, before a post (팜 민 찐 총리).

The Korean press writes a Vietnamese name as several words of one or two syllables, family name
first: "팜 민 찐 총리", "부 호(Vũ Hồ) 주한 베트남 대사", "또 럼 서기장". Kiwi reads those syllables as
anything (민/NNG, 푹/MAG, 부/XPN), and most of the family names are also common one-syllable words
(부, 도, 호, 또), so the name is read only in an article about Vietnam, right before a post, with no
word in it that modifies the post (전, 신임) or a noun (다른, 모든).
"""

from __future__ import annotations

import re
from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    PersonHit,
    Span,
    looks_like_org,
    parse_title,
    place_names,
    title_modifiers,
)
from extractor.lexicons import load_words

# What tells an article is about Vietnam: the country or its two largest cities.
VIETNAM_WORDS = ("베트남", "하노이", "호찌민", "호치민")
# Words that open a noun phrase before a post and are no part of a name.
NOUN_MODIFIERS = frozenset(
    {"다른", "모든", "각", "그", "이", "저", "새", "옛", "두", "세", "네", "한", "양", "및"}
)


@cache
def _name_re() -> re.Pattern[str]:
    families = "|".join(sorted(load_words("vietnamese_surnames.txt"), key=len, reverse=True))
    return re.compile(
        rf"""
        (?<![^\s(“‘"\[,·])                                     # a word's start, not after '…'도
        (?P<name>(?:{families})(?:[ \t][가-힣]{{1,2}}){{1,3}})   # family name + 1-3 short words
        (?:[ \t]?\([^()\n]{{1,30}}\))?                          # its spelling: (Vũ Hồ)
        [ \t]+(?:(?:주한|주베트남|베트남)[ \t]+)*                 # 주한 베트남 …
        (?P<post>[가-힣]{{1,10}})                                # the post
        """,
        re.VERBOSE,
    )


def vietnamese_name_hits(doc: Document, not_names: frozenset[str]) -> list[PersonHit]:
    """Vietnamese names before their post, in an article that names Vietnam."""
    if not any(word in doc.text for word in VIETNAM_WORDS):
        return []
    hits: list[PersonHit] = []
    for m in _name_re().finditer(doc.text):
        words = m["name"].split()
        if any(w in NOUN_MODIFIERS or w in title_modifiers() or w in not_names for w in words[1:]):
            continue
        if any(w in place_names() for w in words):
            continue  # 도 미국 시장: a particle and a country, no name
        if any(parse_title(w) is not None for w in words):
            continue  # 부 대사: a post's prefix, no name
        parsed = parse_title(m["post"])
        if parsed is None or parsed.org is not None:
            continue
        title = m["post"][: parsed.stem_len]
        body = _BODY_BEFORE_RE.search(doc.text, max(0, m.start() - _BODY_REACH), m.start())
        org, org_span = None, None
        if body is not None and looks_like_org(body["body"]) and len(body["body"]) >= _MIN_BODY:
            org, org_span = doc.text[body.start() : body.end("body")], Span(body.start(), body.end("body"))
        hits.append(PersonHit(m["name"], Span(m.start("name"), m.end("name")), title, org, org_span, False))
    return hits


# "베트남 산업무역부 응우옌 반 타인 차관": the ministry (and its country) written before the name
_BODY_BEFORE_RE = re.compile(r"(?:베트남[ \t]+)?(?P<body>[가-힣]{2,12})[ \t]+$")
_BODY_REACH = 30
_MIN_BODY = 3  # 산업무역부, 공안부: a one- or two-syllable "body" (…부) is more often another word
