"""Candidates read from one word's shape (and the word before it).

A word becomes a body's name through a legal form (주식회사 누리텍, 법무법인 다온), a foreign
ministry or designator after its country or name (미국 국무부, 퀄컴 테크놀로지스), a central body
of `government_bodies.tsv`, Latin capitals glued to Hangul (LG에너지솔루션, 삼성SDI), a local
government (`org_places.py`), or an institution's head noun after a proper stem or a separate
proper word (대전바이오진흥원, 대전바이오 진흥원, 전국교직원노동조합 전북지부).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor.analysis import Document
from extractor.entities.court_units import is_court_branch
from extractor.entities.names import (
    DISTRICT_DIRECTIONS,
    KIWI_UNKNOWN_ID,
    TokenIndex,
    Word,
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
    task_committee_endings,
)
from extractor.entities.names_match_shared import NAME_LIST_GAPS
from extractor.entities.org_candidate import _Candidate
from extractor.entities.org_context import particles_only
from extractor.entities.org_places import (
    SUBJECT_PARTICLES,
    _in_address,
    _is_local_government,
    _province_stems,
)
from extractor.lexicons import load_words

# A company name mixing Latin capitals and Hangul in one word.
LATIN_MIXED_RE = re.compile(
    r"""
    (?P<lead>[A-Z]{2,4})[가-힣]{1,8}     # LG에너지솔루션, SK온, CJ제일제당
    |[가-힣]{2,6}(?P<tail>[A-Z]{2,4})    # 삼성SDI, 한빛ABC, 한국GM
    """,
    re.VERBOSE,
)


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
        else:
            body = _government_body_of_post(stem)
            if body is not None:  # 산업통상자원부장관의 승인: the ministry, though no one is named
                out.append(_Candidate(body, word.start, word.start + len(body)))
    return out


def _government_body_of_post(word: str) -> str | None:
    """교육부장관 → 교육부: a central government body fused to its head's post."""
    parsed = parse_title(word)
    if parsed is None or parsed.stem_len != len(word):
        return None
    # the title table holds some fused posts whole (외교부장관): the body is the longest such prefix
    for cut in range(len(word) - 1, 1, -1):
        post = word[cut:]
        if len(post) >= 2 and word[:cut] in government_bodies() and parse_title(post) is not None:
            return None if post in _MEMBER_POSTS else word[:cut]
    return None


# Posts that make a word a member's title, not a mention of the body (국회의원, 시의원).
_MEMBER_POSTS = frozenset({"의원"})


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
    if _city_direction_district(words, i, surface):  # 대전 중구는: the district office acting
        prev = words[i - 1]
        return _Candidate(doc.text[prev.start : end], prev.start, end)
    if _is_foreign_company(words, i, surface, index):  # 퀄컴 테크놀로지스: the firm's own name leads
        prev = words[i - 1]
        return _Candidate(doc.text[prev.start : end], prev.start, end)
    cand = _suffix_candidate(doc, words, i, surface, index)
    if cand is not None and cand.start == start and DISTRICT_BODY_RE.match(surface):
        return _with_city(doc, words, i, cand)
    return cand


def _city_direction_district(words: list[Word], i: int, surface: str) -> bool:
    """대전 중구는, 부산 서구가: a district named by its direction (중구, 서구) right after its city, as
    the subject of its clause. Alone, 서구 is also "the West"; after a city, it is the district."""
    if len(surface) != 2 or surface[0] not in DISTRICT_DIRECTIONS or surface[1] != DISTRICT_LEVEL:
        return False
    if i == 0 or not is_space_gap(words[i].gap) or words[i - 1].text not in place_names():
        return False
    return words[i].text[len(surface) :] in SUBJECT_PARTICLES


DISTRICT_LEVEL = "구"


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
        if surface in POST_HEADS and looks_like_korean_name(prev.text) and prev.gap in NAME_LIST_GAPS:
            return None  # 김종민 총영사, 전조영 공사: a diplomat's post (공사) after his name in a list
        if _can_lead(index, prev, bare_head):
            return _Candidate(doc.text[prev.start : end], prev.start, end)
    return None


# A firm's regional offices (본부, 지점): 유통본부 of a firm is a department, 경남본부 a branch.
FIRM_BRANCHES = ("지역본부", "광역본부", "본부", "지점")


# Head nouns that are also a person's post: 공사 (a public corporation, or a minister-counsellor).
POST_HEADS = frozenset({"공사"})
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
