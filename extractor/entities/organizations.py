"""Organisations named in the article, aliases merged (issue #3).

Candidates come from four general signals, never from a list of names:
- the body in a person's appositive or fused title (박민준 한빛차 전무, 대전바이오진흥원장);
- a legal-form prefix: (주)누리텍, ㈜누리텍, (재)대전바이오진흥원;
- a head noun that names institutions (…진흥원, …공사, …협회, …대학교, …그룹) after a
  proper stem, or after a separate proper word (대전바이오 진흥원, 한빛시 보건환경연구원);
- a place + 시/군/구/도 (보성군, 대전시) and the central bodies in `government_bodies.tsv`.
Candidates that are one body (대전광역시/대전시, 한빛대학교/한빛대, 보성군/보성군청,
한빛자동차/한빛차, 부산 서구의회/서구의회, 한국해운협회(해협)) are merged by canonical keys.

This module gathers the candidates, filters them and builds the output (every mention of every
spelling). The signals live beside it: `org_words.py` (one word's shape, with `org_places.py`
for local governments and addresses), `org_sources.py` (appositives, context, clubs, lists,
statements), `org_abbreviations.py` (glossed and short names) and the other `org_*.py`;
`org_merge.py` holds the canonical spellings and the merging.
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.literal_scan import find_words
from extractor.entities.names import Found, government_bodies, parse_title, place_names, strip_legal, titles
from extractor.entities.names_bodies import names_no_body
from extractor.entities.names_match import match
from extractor.entities.org_abbreviations import (
    _abbreviation_ties,
    _glossed_candidates,
    _short_name_candidates,
)
from extractor.entities.org_candidate import _Candidate
from extractor.entities.org_context import group_ties, is_photo_stock, legal_suffix_ties
from extractor.entities.org_described import described_companies, quoted_described_companies
from extractor.entities.org_fixtures import STAFF_TITLES, fixture_clubs
from extractor.entities.org_founded import founded_bodies
from extractor.entities.org_known import coordinated_ministries, outlet_ties
from extractor.entities.org_merge import _merge, short_forms
from extractor.entities.org_missions import diplomatic_missions, mission_ties
from extractor.entities.org_schools import universities
from extractor.entities.org_sources import (
    _club_candidates,
    _context_candidates,
    _coordinated_acronyms,
    _counted_list_bodies,
    _hit_candidates,
    _statement_issuers,
    _topic_acronyms,
)
from extractor.entities.org_spans import glued_to_word_before, outlet_with_common_noun, repaired
from extractor.entities.org_words import _word_candidates
from extractor.lexicons import load_words
from schemas import Mention, Organization, Person

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


def _credit_only(name: str) -> bool:
    """이데일리DB, MBC뉴스: an outlet's photo stock or product in a credit, no body of its own."""
    return is_photo_stock(name) or outlet_with_common_noun(name)


# A county's town or township (봉동읍, 용진면): a place and its office, not listed as a body.
TOWNSHIP_RE = re.compile(r"[가-힣]{1,3}(?:읍|면)")


def _acceptable(name: str, person_names: set[str]) -> bool:
    bare = strip_legal(name).strip()
    if len(bare) < 2 or bare in person_names or bare in place_names() or bare in titles():
        return False
    if bare in load_words("group_cues.txt"):
        return False  # 보이그룹, 걸그룹: what kind of act, not a business group
    if names_no_body(bare):
        return False  # 의회전문위원 → 의회, 제14대: a kind of body or a term, no body's name
    if TOWNSHIP_RE.fullmatch(bare):
        return False  # 용진면장 → 용진면: a county's township, named as where the head serves
    post = parse_title(bare)  # 사내이사, 상임이사: a post, however it ends
    return post is None or post.org is not None or post.stem_len != len(bare)


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
