"""Candidates from what the article says around a body rather than from one word's shape.

- people's appositives (박민준 한빛차 전무): the body, or for a unit the government it belongs to;
- bodies without a suffix named by their context (`org_context.py`, `org_known.py`,
  `org_signals.py`): media, agencies, clubs' short forms, firms, outlets;
- clubs written in full, tied to the short forms the article then uses;
- Latin acronyms listed with bodies or the topic of a clause (KBL은);
- the issuers of a written statement (○○연대는 성명을 내고) and the names of a counted list
  (A·B·C 등 3개 업체).
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.court_units import court_of
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    NATIVE_COUNTS,
    ClubMention,
    Word,
    company_brands,
    company_titles,
    government_bodies,
    is_latin_acronym,
    is_space_gap,
    looks_like_korean_name,
    org_suffix_strength,
    parse_title,
    place_names,
    split_particle,
    titles,
)
from extractor.entities.names_match import Matches
from extractor.entities.org_candidate import _Candidate
from extractor.entities.org_context import (
    agency_mentions,
    club_short_mentions,
    legal_suffix_mentions,
    media_mentions,
    media_names,
)
from extractor.entities.org_known import (
    company_mentions,
    listed_beside,
    listed_platforms,
    side_initials,
    titled_alone,
    told_outlets,
)
from extractor.entities.org_merge import LOCAL_GOV_RE
from extractor.entities.org_organs import body_of_organ
from extractor.entities.org_signals import proper_name, reported_bodies, task_forces
from extractor.lexicons import load_words
from extractor.speech.grammar import group_nouns, org_referents

# After an agency's name: its side or its staff (아티스트컴퍼니 측 관계자는).
AGENCY_VOICE_RE = re.compile(r"[ \t]*(?:측|관계자)")


def _common_hangul(doc: Document, name: str, start: int, end: int) -> bool:
    """A Hangul word Kiwi reads as common nouns it knows (체육대회), or as a word and its ending."""
    return "가" <= name[0] <= "힣" and not proper_name(doc, name, start, end)


def _context_candidates(doc: Document, found: Matches, person_names: set[str]) -> list[_Candidate]:
    """Bodies named without a suffix: media, agencies, clubs' short forms (see org_context)."""
    named = media_mentions(doc.text)
    # 소속사 누리엔터는; 소속사 아티스트컴퍼니 측; not 소속사 체육대회를 (common nouns Kiwi knows name
    # an agency only when its side or its staff speaks)
    named += [
        f
        for f in agency_mentions(doc.text, person_names)
        if not _common_hangul(doc, *f)
        or AGENCY_VOICE_RE.match(doc.text, f[2])
        or org_suffix_strength(f[0]) == "company"  # 소속사 더하기미디어는: common words, a firm's ending
    ]
    named += club_short_mentions(doc.text, found.hits) + legal_suffix_mentions(doc.text)
    named += reported_bodies(doc)  # 더선이 보도했다, 다온F&B가 연결기준으로: what they do names them
    firms = company_mentions(doc.text)
    named += firms + told_outlets(doc)  # 애플은; 관계자는 2일 누리뉴스에 "…"
    named += listed_platforms(doc.text, firms)  # 구글, 페이스북 등: the network's firm
    named += side_initials(doc.text)  # NK 측은
    named += task_forces(doc.text)  # 비상계엄 특별수사단은, 정부합동수사본부
    return [_Candidate(name, start, end) for name, start, end in named]


def _club_candidates(
    doc: Document, clubs: list[ClubMention]
) -> tuple[list[_Candidate], list[tuple[str, str]]]:
    """Clubs written in full (한화 이글스), tied to the short forms (한화) the article then uses.
    A short form alone (대전, 삼성) names a club only once the full name has been written."""
    candidates = [_Candidate(c.text, c.start, c.end) for c in clubs]
    inside = [(c.start, c.end) for c in clubs]
    ties = [
        (c.text, short) for c in clubs for short in c.short_forms if _written_alone(doc.text, short, inside)
    ]
    return candidates, ties


# After a club's short form written as a word of its own: a space or punctuation, or one particle.
SHORT_FORM_END = r"""
    (?![A-Za-z])                        # not the start of a longer Latin name (LG → LGU)
    (?:[ \t,.·]|$                       # a space, punctuation or the end
      |[은는이가을를의와과도에](?![가-힣]))  # or one particle closing the word (한화는)
"""


def _written_alone(text: str, short: str, inside: list[tuple[int, int]]) -> bool:
    """The short form occurs as a word of its own outside the full names: 대전 in "대전 감독",
    not only in 대전시 or in 울산 HD itself."""
    pattern = re.compile(r"(?<![가-힣A-Za-z])" + re.escape(short) + SHORT_FORM_END, re.VERBOSE)
    return any(not any(start <= m.start() < end for start, end in inside) for m in pattern.finditer(text))


def _hit_candidates(doc: Document, found: Matches) -> list[_Candidate]:
    """Bodies named in people's appositives; for an internal unit, the government it belongs to."""
    out: list[_Candidate] = []
    for hit in found.hits:
        if hit.organization is None or hit.org_span is None or _no_body(hit.organization):
            continue
        if _doubtful_word(doc, found, hit.organization, hit.org_span.start, hit.title):
            continue
        if hit.org_is_unit:
            # 대전시디지털정책국 → 대전시; 서울대병원 소아과 → 서울대병원
            parent = court_of(hit.organization)  # 한빛고법 누리재판부 형사1부 → 한빛고법
            parent = parent or (hit.organization.rsplit(" ", 1)[0] if " " in hit.organization else None)
            parent = parent or _parent_government(hit.organization)
            if parent:
                out.append(_Candidate(parent, hit.org_span.start, hit.org_span.start + len(parent)))
            continue
        # The span may cover a department after the body (한빛병원 소아과); the name is the body's.
        start = hit.org_span.start
        body = body_of_organ(hit.organization)  # 누리전자 이사회 의장: the firm; 이사회 의장: none
        if body is None:
            continue
        out.append(_Candidate(body, start, min(hit.org_span.end, start + len(body))))
        written = doc.text[start : hit.org_span.end]
        if written != hit.organization and written.endswith(tuple(load_words("branch_nouns.txt"))):
            out.append(_Candidate(written, start, hit.org_span.end))  # 더불어민주당 서울시당: its branch too
    return out


# What a reporter's byline or a diplomat's post may put where a body stands: 격투기 전문 기자,
# 덴마크 주재 대사, 주덴마크 대사, 차기 미국 대통령.
POST_WORDS = frozenset({"전문", "주재", "담당"})


def _no_body(organization: str) -> bool:
    """덴마크 주재 한국, 주덴마크, 차기 미국, 격투기 전문: places, a posting or a speciality, no body."""
    words = organization.split()
    if words[-1] in POST_WORDS:
        return True
    places = [w.removeprefix("주") if w.removeprefix("주") in place_names() else w for w in words]
    return all(
        w in place_names() or w in POST_WORDS or w in load_words("title_modifiers.txt") for w in places
    )


def _doubtful_word(doc: Document, found: Matches, org: str, start: int, title: str | None) -> bool:
    """도널드 트럼프 대통령, 김정호 국가 대표 코치: one Hangul word with nothing of a body about it
    (no body's ending, in no table of bodies) where an appositive's body would stand is none when
    Kiwi knows it as a common noun (국가, 측) and no firm's or association's head title follows (무협
    회장 may abbreviate a body), or when the article elsewhere puts a title right after it with no
    name before it (트럼프 당선인은): then it is a person's name."""
    if " " in org or not "가" <= org[0] <= "힣" or org_suffix_strength(org) is not None:
        return False
    if org in government_bodies() or org in company_brands() or org in media_names():
        return False
    toks = doc.tokens_between(start, start + len(org))
    # one common noun Kiwi knows (국가); a compound of them may be a firm (하나금융투자 연구원)
    common = len(toks) == 1 and toks[0].tag in ("NNG", "NNB") and toks[0].id >= KIWI_UNKNOWN_ID
    if common and (len(org) == 1 or title not in company_titles()):
        return True  # 국가 대표 코치, 측: common nouns Kiwi knows (무협 회장 may abbreviate a body)
    return titled_alone(doc.text, org, {h.name for h in found.hits})


def _parent_government(unit_name: str) -> str | None:
    """대전시디지털정책국 → 대전시: the local government a department's name starts with."""
    m = LOCAL_GOV_RE.match(unit_name)
    if m and m.group("place") in place_names() and m.group("rest"):
        return unit_name[: m.end("level")]
    return None


def _coordinated_acronyms(words: list[Word], candidates: list[_Candidate]) -> list[_Candidate]:
    """누리텔레콤과 NK, 다온모바일은: a bare Latin acronym listed with bodies is a body too (alone,
    an acronym may be a thing: CEO, GDP)."""
    starts = {c.start for c in candidates}
    ends = {c.end for c in candidates}
    out: list[_Candidate] = []
    for i, word in enumerate(words):
        if not "A" <= word.text[0] <= "Z":
            continue  # an acronym opens with a Latin capital: most words are Hangul
        stem, particle = split_particle(word.text)
        if not is_latin_acronym(stem) or stem in load_words("common_acronyms.txt"):
            continue
        if listed_beside(words, i, particle, starts, ends):
            out.append(_Candidate(stem, word.start, word.start + len(stem)))
    return out


def _topic_acronyms(words: list[Word]) -> list[_Candidate]:
    """KBL은, LH는 … 밝혔다: Latin capitals as the topic of a clause name a body (acronyms of things,
    AI는 / GDP는, are in common_acronyms.txt)."""
    out: list[_Candidate] = []
    for i, word in enumerate(words):
        if not "A" <= word.text[0] <= "Z":
            continue  # an acronym opens with a Latin capital: most words are Hangul
        stem, particle = split_particle(word.text)
        if particle not in ("은", "는") or not is_latin_acronym(stem) or not stem.isupper():
            continue
        if stem in load_words("common_acronyms.txt"):
            continue
        opens = i == 0 or not is_space_gap(word.gap) or words[i - 1].text.endswith((".", ","))
        opens = opens or words[i - 1].text in load_words("clause_openers.txt")
        if opens:
            out.append(_Candidate(stem, word.start, word.start + len(stem)))
    return out


# "배달나라·한입배달·바로먹어 등 3개 배달앱 운영사": names counted as bodies by the noun after them.
LISTED_BODIES_RE = re.compile(
    r"""
    (?P<list>[가-힣A-Za-z0-9]{2,15}(?:[·,][ \t]?[가-힣A-Za-z0-9]{2,15}){1,9})  # A·B·C
    [ \t]+등[ \t]+
    (?P<count>\d{1,2}|NATIVE)[ \t]?개?   # how many: 3개, or a native numeral (세)
    [ \t]?(?:[가-힣A-Za-z]+[ \t])?                                     # what they are (배달앱)
    [가-힣]*(?:사|업체|기업|회사|은행|기관|단체|대학|병원|구단)          # the counted body noun
    (?:의|가|이|는|은|를|을|와|과|에|도|로)?(?![가-힣])                   # and its particle
    """.replace("NATIVE", "|".join(NATIVE_COUNTS)),
    re.VERBOSE,
)


# "한빛로지스는 입장문에서", "○○연대는 성명을 내고": whoever issues a written statement is a body.
STATEMENT_ISSUER_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9])
    (?P<name>[가-힣A-Za-z0-9]{2,15})        # the issuer
    (?:은|는|이|가|도)[ \t]+                  # as the clause's subject
    (?:이날[ \t]+|[0-9]{1,2}일[ \t]+)?        # maybe when
    (?:입장문|성명서|성명|보도자료|논평|해명자료|설명자료)   # the written statement
    (?:을|를)?[ \t]*(?:내고|내어|통해|에서|발표)  # issued, or said in it
    """,
    re.VERBOSE,
)


# How the stem of a verb made from a noun ends (비판하-, 발표되-): no body's name ends so.
VERB_STEM_ENDINGS = ("하", "되")


def _statement_issuers(text: str) -> list[_Candidate]:
    """Subjects that issue a written statement; people, pronouns and generic nouns (노조는) are not."""
    out: list[_Candidate] = []
    generic = set(org_referents()) | group_nouns()
    for m in STATEMENT_ISSUER_RE.finditer(text):
        name = m.group("name")
        if name in generic or name in titles() or name in place_names() or looks_like_korean_name(name):
            continue
        if parse_title(name) is not None:
            continue  # 김 의원은: a title, the person speaks
        if name.endswith(VERB_STEM_ENDINGS):
            continue  # 의원을 비판하는 성명서: a verb's stem before the adnominal 는, no body
        out.append(_Candidate(name, m.start("name"), m.end("name")))
    return out


def _counted_list_bodies(text: str) -> list[_Candidate]:
    """Each name of a list the text counts as so many firms or bodies; the count must match."""
    out: list[_Candidate] = []
    for m in LISTED_BODIES_RE.finditer(text):
        items = list(re.finditer(r"[가-힣A-Za-z0-9]+", m.group("list")))
        count = m.group("count")
        if len(items) != (int(count) if count.isdigit() else NATIVE_COUNTS[count]):
            continue
        for item in items:
            name = item.group()
            if name in place_names() or looks_like_korean_name(name):
                continue
            start = m.start("list") + item.start()
            out.append(_Candidate(name, start, start + len(name)))
    return out
