"""Organisations named in the article, aliases merged (issue #3).

Candidates come from four general signals, never from a list of names:
- the body in a person's appositive or fused title (박민준 한빛차 전무, 대전바이오진흥원장);
- a legal-form prefix: (주)누리텍, ㈜누리텍, (재)대전바이오진흥원;
- a head noun that names institutions (…진흥원, …공사, …협회, …대학교, …그룹) after a
  proper stem, or after a separate proper word (대전바이오 진흥원, 한빛시 보건환경연구원);
- a place + 시/군/구/도 (보성군, 대전시) and the central bodies in `government_bodies.tsv`.
Candidates that are one body (대전광역시/대전시, 한빛대학교/한빛대, 보성군/보성군청,
한빛자동차/한빛차, 부산 서구의회/서구의회, 한국해운협회(해협)) are merged by canonical keys.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor.analysis import Document
from extractor.entities.court_units import court_of, is_court_branch
from extractor.entities.literal_scan import find_words
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    NATIVE_COUNTS,
    ClubMention,
    Found,
    TokenIndex,
    Word,
    company_brands,
    company_titles,
    firm_prefixes,
    foreign_company_words,
    government_bodies,
    has_legal_prefix,
    is_latin_acronym,
    is_space_gap,
    longest_suffix,
    looks_like_korean_name,
    max_org_suffix_len,
    max_title_len,
    org_suffix_strength,
    org_suffixes,
    parse_title,
    place_names,
    split_particle,
    strip_legal,
    titles,
)
from extractor.entities.names_match import (
    Matches,
    descriptive_start,
    is_task_committee,
    match,
    task_committee_endings,
)
from extractor.entities.org_abbreviations import (
    _abbreviation_ties,
    _glossed_candidates,
    _short_name_candidates,
)
from extractor.entities.org_candidate import _Candidate
from extractor.entities.org_context import (
    agency_mentions,
    club_short_mentions,
    group_ties,
    is_photo_stock,
    legal_suffix_mentions,
    legal_suffix_ties,
    media_mentions,
    media_names,
    particles_only,
)
from extractor.entities.org_described import described_companies, quoted_described_companies
from extractor.entities.org_fixtures import STAFF_TITLES, fixture_clubs
from extractor.entities.org_founded import founded_bodies
from extractor.entities.org_known import (
    company_mentions,
    coordinated_ministries,
    listed_beside,
    listed_platforms,
    outlet_ties,
    side_initials,
    titled_alone,
    told_outlets,
)
from extractor.entities.org_merge import (
    LOCAL_GOV_RE,
    _merge,
    canonical_name,
    province_short_forms,
    short_forms,
)
from extractor.entities.org_missions import diplomatic_missions, mission_ties
from extractor.entities.org_organs import body_of_organ
from extractor.entities.org_schools import universities
from extractor.entities.org_signals import proper_name, reported_bodies, task_forces
from extractor.entities.org_spans import glued_to_word_before, outlet_with_common_noun, repaired
from extractor.lexicons import load_words
from extractor.speech.grammar import group_nouns, org_referents
from schemas import Mention, Organization, Person

# A company name mixing Latin capitals and Hangul in one word.
LATIN_MIXED_RE = re.compile(
    r"""
    (?P<lead>[A-Z]{2,4})[가-힣]{1,8}     # LG에너지솔루션, SK온, CJ제일제당
    |[가-힣]{2,6}(?P<tail>[A-Z]{2,4})    # 삼성SDI, 한빛ABC, 한국GM
    """,
    re.VERBOSE,
)

# Legal forms that may precede a mention (kept in the mention's text).
LEGAL_FORMS = ("(주)", "(재)", "(사)", "(유)", "(합)", "㈜", "주식회사")


def _legal_form_start(text: str, name_start: int) -> int:
    """Where a legal form written just before a company's name starts ((주) 누리텍), else `name_start`."""
    before = name_start - 1 if text[name_start - 1 : name_start] in (" ", "\t") else name_start
    for form in LEGAL_FORMS:
        if text.startswith(form, before - len(form)) and before >= len(form):
            return before - len(form)
    return name_start


def extract_organizations(doc: Document, people: list[Person]) -> list[Organization]:
    """Every named body once, with its aliases and all its mentions."""
    found = match(doc)
    candidates = _hit_candidates(doc, found) + _word_candidates(doc, found)
    candidates += _coordinated_acronyms(found.words, candidates)
    ministries = {(c.start, c.end) for c in candidates if _is_ministry(c.name)}
    candidates += [_Candidate(*f) for f in coordinated_ministries(found.words, ministries)]
    candidates += _topic_acronyms(found.words)
    candidates += [_Candidate(*f) for f in described_companies(doc, found.words, found.index)]
    candidates += [_Candidate(*f) for f in quoted_described_companies(doc, found.index)]  # 업체 ‘누리랩스’
    candidates += [_Candidate(*f) for f in founded_bodies(found.words, found.index)]  # 누리컴을 창업했다
    candidates += [_Candidate(*f) for f in diplomatic_missions(doc.text)]  # 주한미국대사관, 일본대사관
    candidates += [_Candidate(*f) for f in universities(doc)]  # 고려대와 연세대가, 시카고대 연구팀
    candidates += _counted_list_bodies(doc.text)
    candidates += _statement_issuers(doc.text)
    candidates += _glossed_candidates(doc, candidates)
    candidates += _short_name_candidates(found.words, candidates)
    person_names = {p.name for p in people}
    candidates += _context_candidates(doc, found, person_names)
    # 화학연 for 한국화학연구원, read once by the matching pass
    candidates += [_Candidate(short, start, end) for _, short, start, end in found.institutes]
    # 있다누리증권: a body whose start a lost space glued to the word before is named there all the same
    fixed = [repaired(doc, c.name, c.start, c.end) for c in candidates]
    glued = glued_to_word_before(
        doc.text, [f for f, c in zip(fixed, candidates, strict=True) if f[1] != c.start]
    )
    candidates = [_Candidate(*f) for f in fixed]
    candidates = [c for c in candidates if _acceptable(c.name, person_names) and not _credit_only(c.name)]
    clubs, club_ties = _club_candidates(doc, found.clubs)
    players = frozenset(p.name for p in people if p.title in STAFF_TITLES)  # 전북 이동국이: a player's club
    in_play = fixture_clubs(doc.text, frozenset(person_names), players)  # 강원은 인천을 2대 0으로
    candidates += clubs + [_Candidate(*f) for f in in_play]
    if not candidates:
        return []
    club_shorts = frozenset(short for _, short in club_ties)
    names = [c.name for c in candidates]
    ties = (
        _abbreviation_ties(doc, found, candidates)
        + club_ties
        + group_ties(names, doc.text)
        + legal_suffix_ties(names, doc.text)
        + outlet_ties(names)
        + mission_ties(names)  # 주일미국대사관 / 주일대사관
        + [(full, short) for full, short, _, _ in found.institutes if full in names and short in names]
    )
    groups = _merge(candidates, ties, club_shorts)
    appositive_bodies = frozenset(h.organization for h in found.hits if h.organization)
    return _build(doc, groups, appositive_bodies, glued)


def _is_ministry(name: str) -> bool:
    """국방부, 미국 국무부: a central government's ministry the article names."""
    if not name.endswith("부"):
        return False
    country, _, rest = name.rpartition(" ")
    return name in government_bodies() or (country in place_names() and rest.endswith("부"))


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
        if not _common_hangul(doc, *f) or AGENCY_VOICE_RE.match(doc.text, f[2])
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


def _credit_only(name: str) -> bool:
    """이데일리DB, MBC뉴스: an outlet's photo stock or product in a credit, no body of its own."""
    return is_photo_stock(name) or outlet_with_common_noun(name)


def _acceptable(name: str, person_names: set[str]) -> bool:
    bare = strip_legal(name).strip()
    if len(bare) < 2 or bare in person_names or bare in place_names() or bare in titles():
        return False
    post = parse_title(bare)  # 사내이사, 상임이사: a post, however it ends
    return post is None or post.org is not None or post.stem_len != len(bare)


# ---------------------------------------------------------------- candidates


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


def _word_candidates(doc: Document, found: Matches) -> list[_Candidate]:
    out: list[_Candidate] = []
    words = found.words
    # Words holding a person's body (누리텍대표, 대전시장) are read from the appositive instead.
    appositive_orgs = {
        w.start
        for hit in found.hits
        if hit.org_span is not None
        for w in words[_first_word_at(words, hit.org_span.start) : _first_word_at(words, hit.org_span.end)]
    }
    for i, word in enumerate(words):
        if word.start in appositive_orgs or len(word.text) < 2:
            continue
        # Cheap filter first: only readings that end in a body's last syllable, or carry a legal
        # form or Latin capitals, go through the full checks. Every reading below is a prefix of
        # the word, so a word none of whose prefixes may end a body needs only the special checks.
        may_end = _some_prefix_may_end_a_body(word.text)
        special = (i > 0 and words[i - 1].text == "주식회사") or _has_latin_capital(word.text)
        special = special or has_legal_prefix(word.text) or _after_firm_prefix(words, i)
        if not (may_end or special):
            continue
        bare = doc.text[word.start : found.index.bare_end(word)]
        stem, _ = split_particle(word.text)
        for surface in dict.fromkeys((bare, word.text, stem)):
            if not surface or not (special or _may_end_a_body(surface)):
                continue
            cand = _candidate_from_word(doc, words, i, surface, found.index)
            if cand is not None:
                out.append(cand)
                break
    return out


def _coordinated_acronyms(words: list[Word], candidates: list[_Candidate]) -> list[_Candidate]:
    """누리텔레콤과 NK, 다온모바일은: a bare Latin acronym listed with bodies is a body too (alone,
    an acronym may be a thing: CEO, GDP)."""
    starts = {c.start for c in candidates}
    ends = {c.end for c in candidates}
    out: list[_Candidate] = []
    for i, word in enumerate(words):
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


def _first_word_at(words: list[Word], offset: int) -> int:
    """Index of the first word starting at or after `offset`."""
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi) // 2
        if words[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cache
def _org_endings() -> dict[str, tuple[str, ...]]:
    """Every ending a body's word can have, keyed by its last character: suffixes, government
    bodies, foreign designators, local-government levels, foreign ministries' 부/국/성, branch
    nouns and task committees. A word with none of them (most words: 이, 은, 지, 서 …) can only
    be a body through a legal form or Latin capitals, which `_word_candidates` checks apart."""
    levels = ["시", "군", "구", "도", "대", "성", "부", "국"]
    names = [
        *org_suffixes(),
        *government_bodies(),
        *foreign_company_words(),
        *levels,
        *load_words("branch_nouns.txt"),
        *task_committee_endings(),
    ]
    # Only the last characters the old single-character filter let through (suffixes, bodies,
    # designators and levels): branch nouns and committees were always reached through those.
    last_chars = {
        name[-1] for name in [*org_suffixes(), *government_bodies(), *foreign_company_words(), *levels[:6]]
    }
    by_last: dict[str, set[str]] = {}
    for name in names:
        if name and name[-1] in last_chars:
            by_last.setdefault(name[-1], set()).add(name)
    return {last: tuple(sorted(group)) for last, group in by_last.items()}


def _may_end_a_body(surface: str) -> bool:
    """True when `surface` ends the way some body's name does (a fast, necessary condition)."""
    endings = _org_endings().get(surface[-1])
    return endings is not None and surface.endswith(endings)


@lru_cache(maxsize=1 << 16)
def _some_prefix_may_end_a_body(word: str) -> bool:
    """True when some prefix of `word` passes _may_end_a_body (cached: articles repeat their words)."""
    return any(_may_end_a_body(word[:k]) for k in range(1, len(word) + 1))


def _candidate_from_word(
    doc: Document, words: list[Word], i: int, surface: str, index: TokenIndex
) -> _Candidate | None:
    word = words[i]
    start, end = word.start, word.start + len(surface)
    if has_legal_prefix(surface):
        return _Candidate(surface, start, end)
    if _after_firm_prefix(words, i):  # 법무법인 다온: the legal form's word starts the name
        prev = words[i - 1]
        return _Candidate(doc.text[prev.start : end], prev.start, end)
    if i > 0 and words[i - 1].text == "주식회사" and is_space_gap(word.gap):
        return _Candidate(surface, start, end)
    if _is_foreign_ministry(words, i, surface):  # 미국 국무부, 일본 경제산업성: the country is in the name
        prev = words[i - 1]
        return _Candidate(doc.text[prev.start : end], prev.start, end)
    if strip_legal(surface) in government_bodies():  # 기획재정부, and 경제산업성 written without 일본
        return _Candidate(surface, start, end)
    if _is_latin_company(surface) and not _is_fused_title(surface):
        return _Candidate(surface, start, end)
    if _is_local_government(surface):
        return None if _in_address(words, i, index) else _Candidate(surface, start, end)
    if _is_foreign_company(words, i, surface, index):  # 퀄컴 테크놀로지스: the firm's own name leads
        prev = words[i - 1]
        return _Candidate(doc.text[prev.start : end], prev.start, end)
    cand = _suffix_candidate(doc, words, i, surface, index)
    if cand is not None and cand.start == start and DISTRICT_BODY_RE.match(surface):
        return _with_city(doc, words, i, cand)
    return cand


# A district's council or office (서구의회, 해운대구청): district names repeat across cities, so the
# city written before it (부산 서구의회) is part of the body's full name.
DISTRICT_BODY_RE = re.compile(
    r"""
    ^[가-힣]{1,4}(?:구|군)   # the district: 동구, 해운대구, 달성군
    (?:의회|청)$            # its council or its office
    """,
    re.VERBOSE,
)


def _with_city(doc: Document, words: list[Word], i: int, cand: _Candidate) -> _Candidate:
    """부산 서구의회: the city word before a district body joins its name; the bare form becomes an alias."""
    if i == 0 or not is_space_gap(words[i].gap) or words[i - 1].text not in place_names():
        return cand
    prev = words[i - 1]
    return _Candidate(doc.text[prev.start : cand.end], prev.start, cand.end)


# Ministries of other countries: 국무부, 상무부, 투자부 (부), 식품의약국 (국), and Japan's and North
# Korea's ministries, 외무성 / 경제산업성 (성). Korea's own are in government_bodies.tsv.
MINISTRY_COUNTRIES_WITH_SEONG = frozenset({"일본", "북한"})
NOT_MINISTRIES = frozenset({"관계부", "당국", "사무국"})
# After a country's one-syllable short form: the government at large, not one of its ministries.
SHORT_FORM_GENERIC = frozenset({"행정부", "신행정부", "신정부", "연방정부", "정부"})


def _is_foreign_company(words: list[Word], i: int, surface: str, index: TokenIndex) -> bool:
    """A corporate designator (세미컨덕터, 모터스) as its own word after a proper word that is no place."""
    if surface not in foreign_company_words() or i == 0 or not is_space_gap(words[i].gap):
        return False
    prev = words[i - 1]
    if len(prev.text) < 2 or prev.text in place_names() or prev.text in titles():
        return False
    return _is_proper(index, prev.start, prev.end, prev.text) or index.has_proper_noun(prev.start, prev.end)


def _is_foreign_ministry(words: list[Word], i: int, surface: str) -> bool:
    if i == 0 or not is_space_gap(words[i].gap):
        return False
    country = words[i - 1].text  # 미국 국무부, or its short form: 미 국무부, 美 상무부
    short = country in load_words("country_short_forms.txt") and surface not in SHORT_FORM_GENERIC
    if country not in place_names() and not short:
        return False  # 미 행정부, 美 신정부: a short form before the government at large, no ministry
    if strip_legal(surface) in government_bodies() and not surface.endswith("성"):
        return False  # 서울 국토교통부: Korea's own ministries carry no place
    if country in ("한국", "남한") or not 3 <= len(surface) <= 7 or surface in NOT_MINISTRIES:
        return False
    if country in _province_stems():  # 경기 후반부: a Korean province has no ministries
        return False
    if not all("가" <= ch <= "힣" for ch in surface):
        return False
    return surface.endswith(("부", "국")) or (
        surface.endswith("성") and country in MINISTRY_COUNTRIES_WITH_SEONG
    )


def _is_fused_title(surface: str) -> bool:
    """HBM개발팀장, LG회장: a unit or a company fused to its head's title, not a company's name."""
    parsed = parse_title(surface)
    if parsed is not None and parsed.org is not None:
        return True
    stem, _ = split_particle(surface)
    title = longest_suffix(stem, titles(), max_title_len())
    return title is not None and title in company_titles() and stem[: -len(title)].isascii()


def _after_firm_prefix(words: list[Word], i: int) -> bool:
    return i > 0 and words[i - 1].text in firm_prefixes() and is_space_gap(words[i].gap)


ADDRESS_LEVELS = ("시", "군", "구", "동", "읍", "면", "리", "도")
DISTRICT_LEVELS = ("구", "동", "읍", "면", "리")


# Particles that make a word the subject or topic of its clause: the body acts.
SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "도"})


def _in_address(words: list[Word], i: int, index: TokenIndex) -> bool:
    """충청북도 청주시 흥덕구: a place in a chain of places is an address, not the body that governs it."""
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


LATIN_CAPITAL_RE = re.compile(r"[A-Z]")


def _has_latin_capital(text: str) -> bool:
    return LATIN_CAPITAL_RE.search(text) is not None


def _is_latin_company(surface: str) -> bool:
    """LG에너지솔루션, SK온, 삼성SDI: a company's Latin letters glued to Hangul, unless the letters are a
    common acronym for a thing (AI반도체, MZ세대)."""
    m = LATIN_MIXED_RE.fullmatch(surface)
    if m is None or (m.group("lead") or m.group("tail")) in load_words("common_acronyms.txt"):
        return False
    # HD를, KT가, KBS에는, NK들은, NK인, ICBM급인: Latin letters and grammar or a class, not a name
    if not m.group("lead"):
        return True
    rest = surface[len(m.group("lead")) :]
    rest = rest[1:] if rest[:1] in CLASS_NOUNS and len(rest) > 1 else rest  # ICBM급인 → 인
    if _names_event(split_particle(rest)[0]):
        return False  # KBO리그, US오픈, SBS연기대상: the event its letters organise, no firm
    if _names_thing(rest):
        return False  # IB업계, ETF시장에서, SOC사업을, LG전을: a trade, market, plan or match, no firm
    return not (_grammar_only(rest) or rest in CLASS_NOUNS)


def _names_event(rest: str) -> bool:
    """리그, 오픈, 연기대상, 포럼: the Hangul after a Latin lead names a competition, show or forum."""
    return rest.endswith(tuple(load_words("event_nouns.txt")))


def _names_thing(rest: str) -> bool:
    """업계, 시장에서, 전을: the whole Hangul after a Latin lead is a noun of latin_thing_heads.txt
    (then particles only); 전자, 산전, 증권 are other words."""
    heads = load_words("latin_thing_heads.txt")
    return any(rest[:k] in heads and particles_only(rest[k:]) for k in range(1, len(rest) + 1))


# What may follow a Latin name without making a longer name: the plural and the copula's forms.
GRAMMAR_HEADS = ("들", "인", "이던", "이자", "이란", "이라는", "이었던", "였던")
# The nouns of use, class and type after a Latin acronym (ICBM용, ICBM급인, SUV형): a thing, no firm.
CLASS_NOUNS = frozenset({"용", "급", "형"})


def _grammar_only(rest: str) -> bool:
    """에는, 들은, 인: particles, the plural or the copula (then particles), no Hangul name."""
    return particles_only(rest) or any(
        rest.startswith(h) and particles_only(rest[len(h) :]) for h in GRAMMAR_HEADS
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


def _suffix_candidate(
    doc: Document, words: list[Word], i: int, surface: str, index: TokenIndex
) -> _Candidate | None:
    """A word ending in an institution's head noun after a proper stem, or a generic head noun
    (연구개발본부, 진흥원) after a separate proper word."""
    word = words[i]
    end = word.start + len(surface)
    if surface in titles():
        return None
    strength = org_suffix_strength(surface)
    bare_head = org_suffixes().get(surface) == "body"
    if _is_branch_after_parent(words, i, surface):  # 전국교직원노동조합 전북지부: the parent names the branch
        prev = words[i - 1]
        return _Candidate(doc.text[prev.start : end], prev.start, end)
    if is_task_committee(surface):
        first = descriptive_start(words, i, index)
        if first < i:  # 전세사기피해자 대책위원회: what the committee is for leads its name
            return _Candidate(doc.text[words[first].start : end], words[first].start, end)
    if strength == "party" or (
        strength in ("body", "company") and _is_proper(index, word.start, end, surface)
    ):
        return _Candidate(surface, word.start, end)
    if (strength == "body" or bare_head) and i > 0 and is_space_gap(word.gap):
        prev = words[i - 1]
        if surface in UNION_HEADS and (_is_local_government(prev.text) or prev.text in place_names()):
            return None  # 부산진구 노조 사무실: where the union's office is, no union's name
        if _can_lead(index, prev, bare_head):
            return _Candidate(doc.text[prev.start : end], prev.start, end)
    return None


# A firm's regional offices (본부, 지점): 유통본부 of a firm is a department, 경남본부 a branch.
FIRM_BRANCHES = ("지역본부", "광역본부", "본부", "지점")


# Generic nouns for a union: after a place they say where, not which union.
UNION_HEADS = frozenset({"노조", "노동조합"})


def _is_branch_after_parent(words: list[Word], i: int, surface: str) -> bool:
    """전북지부 / 경기본부 right after a body's bare name (no particle between)."""
    # The longest branch noun it ends with (지역본부 before 본부): any other choice would make the
    # answer depend on set order, i.e. on the process's hash seed.
    if i == 0 or not is_space_gap(words[i].gap):
        return False  # a branch is named right after its parent, a space apart
    if is_court_branch(words[i - 1].text, surface):
        return True  # 수원지법 안산지원: a branch court after its district court
    if not surface.endswith(_branch_nouns()):
        return False  # one str.endswith instead of a scan of the lexicon for most words
    branch = max((b for b in load_words("branch_nouns.txt") if surface.endswith(b)), key=len)
    if len(surface) <= len(branch):
        return False
    parent = words[i - 1].text
    if strip_legal(parent) in government_bodies() or org_suffixes().get(parent) == "body":
        return True  # 경찰청 국가수사본부, 농협 충북본부: a body named by its head noun alone
    if org_suffix_strength(parent) == "company" and surface.endswith(FIRM_BRANCHES):
        return True  # NH농협은행 경남본부: a firm's regional branch
    return org_suffix_strength(parent) in ("body", "party") or is_latin_acronym(parent)


@cache
def _branch_nouns() -> tuple[str, ...]:
    return tuple(sorted(load_words("branch_nouns.txt")))


def _is_proper(index: TokenIndex, start: int, end: int, surface: str) -> bool:
    """Kiwi sees a proper noun in it, or reads the whole unknown compound as one noun."""
    if surface[:1].isascii() and surface[:1].isalpha():
        # Kiwi tags Latin as SL, but LG전자 / SK텔레콤 start with the company's letters; AI반도체 and
        # MZ세대 start with a common acronym for a thing.
        lead = re.match(r"[A-Za-z]+", surface)
        return lead is not None and lead.group() not in load_words("common_acronyms.txt")
    suffix = longest_suffix(surface, org_suffixes(), max_org_suffix_len(), min_rest=1)
    stem_end = end - len(suffix) if suffix is not None else end
    if index.has_proper_noun(start, stem_end):  # 지역 + 농협/NNP: the proper noun must be the stem's
        return True
    toks = index.within(start, end)
    if len(toks) == 1 and toks[0].id < KIWI_UNKNOWN_ID and len(surface) >= 4:
        return True  # 내촌농협/NNG: one word Kiwi does not know, ending like a body
    toks = index.within(start, end)
    if len(surface) >= 4 and len(toks) >= 2 and toks[0].tag == "MAG" and toks[-1].tag == "NNG":
        return True  # 한결그룹 → 한결/MAG + 그룹: an adverb glued to a noun is a name, no compound word
    # Kiwi reads an unknown compound (대전바이오진흥원) as one noun; short ones may be common words.
    return index.is_single_token(start, end) and len(surface) >= 5


def _can_lead(index: TokenIndex, prev: Word, bare_head: bool) -> bool:
    """May `prev` be the first word of a two-word body's name?"""
    if not index.is_nominal(prev) or prev.text in titles():
        return False
    if org_suffix_strength(prev.text) in ("body", "company") or _is_local_government(prev.text):
        return True
    return bare_head and _is_proper(index, prev.start, prev.end, prev.text) and len(prev.text) >= 3


# ---------------------------------------------------------------- output

# The office building stands for the government (보성군청 → 보성군): an alias, never the name.
OFFICE_ENDINGS = ("시청", "군청", "구청", "도청")


def _name_preference(spelling: str) -> tuple[bool, int]:
    """The fullest spelling names the body, but the government over its office building.

    >>> max(["보성군청", "보성군"], key=_name_preference)
    '보성군'
    """
    return (not spelling.endswith(OFFICE_ENDINGS), len(spelling))


# Bodies named after another body, which is then named too: a council's committee (a firm's union,
# 한빛자동차 노조, is the one body named).
NAMED_AFTER_PARENT = ("위원회",)


def _add_parent_mentions(
    doc: Document,
    spelling_owner: dict[str, int],
    mentions: dict[int, list[Mention]],
    appositive_bodies: frozenset[str],
) -> None:
    """경기도의회 교육행정위원회: a council written only as the first word of its committee's name is
    still named there (the longer name took the text in the first pass). So is a body a person's
    appositive names before its branch (한국전력공사 경기본부 부장); a branch's parent alone (부산지검 of
    부산지검 동부지청) is part of the branch's name."""
    branches = tuple(load_words("branch_nouns.txt"))
    starts = {m.start: m for found in mentions.values() for m in found}
    for spelling, gi in spelling_owner.items():
        if mentions[gi] or " " in spelling:
            continue
        for m in re.finditer(re.escape(spelling) + r"(?=[ \t])", doc.text):
            outer = starts.get(m.start())
            # only a council's or assembly's committee: a branch (부산지검 동부지청) or a school's
            # graduate school (서울대 보건대학원) is named as one body
            named_inside = outer is not None and (
                outer.text.endswith(NAMED_AFTER_PARENT)
                or (spelling in appositive_bodies and outer.text.endswith(branches))
            )
            if outer is not None and named_inside and outer.end > m.end() and outer.text.startswith(spelling):
                mentions[gi].append(Mention(start=m.start(), end=m.end(), text=spelling, kind="name"))


def _build(
    doc: Document, groups: list[list[str]], appositive_bodies: frozenset[str], glued: list[Found]
) -> list[Organization]:
    """One Organization per group, with every occurrence of any of its spellings as a mention."""
    spelling_owner: dict[str, int] = {}
    for gi, group in enumerate(groups):
        for name in group:
            spelling_owner.setdefault(strip_legal(name), gi)
    derived_owner: dict[str, int] = {}
    for gi, group in enumerate(groups):
        for name in group:
            for short in short_forms(name):
                derived_owner.setdefault(short, gi)
    for short, gi in derived_owner.items():
        spelling_owner.setdefault(short, gi)
    spellings = sorted(spelling_owner, key=len, reverse=True)
    mentions: dict[int, list[Mention]] = {gi: [] for gi in range(len(groups))}
    for start, end, spelling in find_words(doc.text, spellings, _legal_form_start):
        gi = spelling_owner[spelling]
        mentions[gi].append(Mention(start=start, end=end, text=doc.text[start:end], kind="name"))
    _add_parent_mentions(doc, spelling_owner, mentions, appositive_bodies)
    for name, start, end in glued:
        owner = spelling_owner.get(strip_legal(name))
        if owner is not None and all(m.start != start for m in mentions[owner]):
            mentions[owner].append(Mention(start=start, end=end, text=name, kind="name"))
            mentions[owner].sort(key=lambda m: m.start)
    orgs: list[Organization] = []
    for gi, group in enumerate(groups):
        if not mentions[gi]:
            continue
        written = {strip_legal(m.text) for m in mentions[gi]}
        bare = list(
            dict.fromkeys([strip_legal(n) for n in group] + [s for s in derived_owner if s in written])
        )
        name = max(bare, key=_name_preference)
        aliases = [b for b in bare if b != name]
        orgs.append(Organization(name=name, aliases=aliases, mentions=mentions[gi]))
    return sorted(orgs, key=lambda o: o.mentions[0].start)
