"""One matching pass over a document: people in appositives and the bodies they name.

Korean news introduces a person once with an appositive and then refers back:

    박민준 한빛모터스연구소 전무          name, organisation, title
    정태호 대전광역시장 / 윤성호 보성군수   name, fused organisation + title
    한빛대 최정우 총장                     organisation, name, title
    대전도시공사(사장 한승우)              organisation(title name)
    정민호 / 장관                          broadcast speaker tag
    김철수 씨                              name + honorific

`match(doc)` finds these once per document (people.py and organizations.py
both read the result) in one left-to-right pass over the words.

The readings live in their own modules: names_appositive.py (a name before its title, the
pass over the words), names_after_title.py (a name after it), names_foreign.py (foreign
names), names_bodies.py (the body an appositive names), names_paren_honorific.py (parentheses,
honorifics, broadcast tags) and names_match_shared.py (the context and word tests they share).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from extractor.analysis import Document
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    ClubMention,
    PersonHit,
    Span,
    TokenIndex,
    Word,
    club_mentions,
    has_legal_prefix,
    split_particle,
    split_words,
    strip_legal,
)
from extractor.entities.names_after_title import group_member_hits
from extractor.entities.names_appositive import _appositive_hits
from extractor.entities.names_bare import (
    about_name_hits,
    club_name_hits,
    coordinated_name_hits,
    government_of_hits,
    late_name_hits,
    leader_hits,
    scorer_hits,
)
from extractor.entities.names_bodies import (
    _body_ending_at,
    descriptive_start,
    is_task_committee,
    names_no_body,
    task_committee_endings,
)
from extractor.entities.names_broadcast import broadcast_hits
from extractor.entities.names_context import (
    agency_artist_hits,
    counted_member_hits,
    full_names,
    interjection_name_hits,
    member_list_hits,
    name_run_hits,
    paren_list_hits,
    paren_name_hits,
    quoted_stage_name_hits,
    role_paren_hits,
    speaker_subject_hits,
)
from extractor.entities.names_match_shared import UNIVERSITY_END, _is_bare_title, _is_university
from extractor.entities.names_nationality import aged_foreign_hits, nationality_hits
from extractor.entities.names_paren_honorific import _given_name_pair_hits, _honorific_hits, _paren_hits
from extractor.entities.names_roster import grade_list_hits, note_hits, ranked_name_hits, roster_hits
from extractor.entities.names_vietnamese import vietnamese_name_hits
from extractor.entities.org_fixtures import fixture_clubs
from extractor.entities.org_signals import institute_short_forms, reported_bodies

__all__ = [  # descriptive_start and the task-committee tests live in names_bodies
    "Matches",
    "descriptive_start",
    "is_task_committee",
    "match",
    "task_committee_endings",
]

# A short form announced in parentheses after a body's name: (해협), (이하 해협), (이하 '해협').
SHORT_FORM_RE = re.compile(
    r"""
    [가-힣A-Za-z)]\(                  # glued to the preceding name
    (?:[^()\n]{0,30}?이하[ \t]*)?     # optionally "hereafter" after other notes
    ['‘"“]?                          # an optional quote
    (?P<abbr>[가-힣]{2,4})             # the short form
    ['’"”]?\)                         # close
    """,
    re.VERBOSE,
)


@dataclass
class Matches:
    words: list[Word]
    index: TokenIndex
    hits: list[PersonHit]
    clubs: list[ClubMention]  # sports clubs written in full, read once for people and organisations
    institutes: list[tuple[str, str, int, int]]  # (full, short, start, end): 화학연 for 한국화학연구원


_cache: tuple[weakref.ref[Document], Matches] | None = None


def match(doc: Document) -> Matches:
    """The matching pass for `doc`, computed once and reused by people and organisations."""
    global _cache
    if _cache is not None and _cache[0]() is doc:
        return _cache[1]
    words = split_words(doc.text)
    index = TokenIndex(doc)
    # A body's short form (한국해운협회(이하 해협)) or a name written with a legal form (㈜노바팜) is no
    # person's name anywhere in the article.
    glosses = SHORT_FORM_RE.finditer(doc.text)
    bodies = {
        m.group("abbr")
        for m in glosses
        if not _after_role(doc.text, m.start()) and _abbreviates(doc.text, m, index)
    }
    bodies |= {strip_legal(doc.text[w.start : index.bare_end(w)]) for w in words if has_legal_prefix(w.text)}
    clubs = club_mentions(doc.text)
    # 한화 이글스: the words of a club's name are no person's name (이글스 looks like 이 + 글스)
    bodies |= {part for club in clubs for part in club.text.split() if len(part) >= 2}
    bodies |= {name for name, _, _ in reported_bodies(doc)}  # 더선이 보도했다: an outlet, no one
    institutes = institute_short_forms(doc.text)
    bodies |= {short for _, short, _, _ in institutes}  # 화학연 신임 원장: a body
    bodies |= _university_words(words)  # 서울대 교수, 경희대(12건): a school, never a name
    not_names = frozenset(bodies)
    shorts = frozenset(short for club in clubs for short in club.short_forms)
    shorts |= {short for short, _, _ in fixture_clubs(doc.text)}  # 전북의 최강희 감독, no full name
    appositive, asked = _appositive_hits(doc, words, index, frozenset(), not_names, shorts)
    listed = roster_hits(doc) + grade_list_hits(doc) + note_hits(doc) + broadcast_hits(doc, index)
    listed += ranked_name_hits(doc)  # 준우승은 박민재, 3위 정하늘, 4위 서나래 씨
    listed_members = member_list_hits(doc, index)
    in_context = (
        paren_list_hits(doc, lambda at: _body_ending_at(doc, words, index, at))
        + role_paren_hits(doc, index, not_names)
        + speaker_subject_hits(doc, index, not_names)
        + listed_members
        + name_run_hits(doc, index, not_names)
        + agency_artist_hits(doc, index, not_names)
        + paren_name_hits(doc, index, not_names)
        + interjection_name_hits(doc, index)
        + quoted_stage_name_hits(doc)  # 멤버 ‘한별’은 “…”
        + group_member_hits(doc, index, not_names)  # 그룹 누리 한별이
        + counted_member_hits(doc, index)
        + nationality_hits(doc, index, not_names)
        + aged_foreign_hits(doc, index, not_names)  # 러시아의 로만(12)은
    )
    others = [
        h
        for h in _paren_hits(doc, words, index) + _honorific_hits(doc, index) + listed + in_context
        if h.name not in not_names
    ]
    known = frozenset(h.name for h in appositive + others)
    if not known.isdisjoint(asked):
        # Kiwi may tag a name it split once as one common noun elsewhere (노가은/NNG): read the
        # appositives again knowing the article's names. Still linear in the words. Knowing them
        # changes a reading only where the first pass asked about one of them and got a no, so
        # without such a word the second pass would give the same hits.
        appositive, _ = _appositive_hits(doc, words, index, known, not_names, shorts)
    vietnamese = vietnamese_name_hits(doc, not_names)  # 팜 민 찐 총리: no "레 반" of body "뚜언"
    if vietnamese:
        appositive = [h for h in appositive if not any(_reads_into(h, v.name_span) for v in vietnamese)]
        others += vietnamese
    leaders = [h for h in leader_hits(doc) if h.name not in not_names]  # 푸틴은 …고 말했다
    leaders += government_of_hits(doc, index, not_names)  # 윤석열 정부, 트럼프 행정부
    leaders += late_name_hits(doc, index, not_names)  # 故 정하람
    # a group's listed stage names stand as written (레드벨벳(웬디 아이린 슬기): no 웬디 아이린)
    member_ids = {id(h) for h in listed_members}
    members = [h for h in others if id(h) in member_ids]
    # before full_names (which would lend 세유 오민석 to every 오민석) and after it (a full name it
    # built from a person's own body: 에이프릴 + 윤채경 of 에이프릴)
    rest = _bodies_split_off([h for h in appositive + others + leaders if id(h) not in member_ids])
    hits = _bodies_split_off(full_names(doc, index, rest, not_names)) + members
    # after the full names: 안나 볼페르트 (the chancellor's wife) does not lend her given name to the
    # 볼페르트 총리 found by his title
    hits += [h for h in _given_name_pair_hits(doc, words, index) if h.name not in not_names]
    hits += coordinated_name_hits(doc, index, frozenset(h.name for h in hits), not_names)  # 이나영·유재석측
    hits += club_name_hits(doc, index, clubs, not_names)  # KT 양홍석도: a club's player
    hits += about_name_hits(doc, index, not_names)  # 부상을 당한 이재원에 대해
    hits += scorer_hits(doc, index, not_names)  # 천성훈에게 동점골을 허용
    hits = [_without_false_body(h) for h in hits]
    hits.sort(key=lambda h: h.name_span.start)
    result = Matches(words, index, hits, clubs, institutes)
    _cache = (weakref.ref(doc, _forget), result)
    return result


def _bodies_split_off(hits: list[PersonHit]) -> list[PersonHit]:
    """ "세유 오민석 대표" read as a two-word name, where the article also writes 오민석 with 세유 as
    his body (오민석 세유 대표는, 세유(대표 오민석)): the first word is his company, not a given name.

    >>> both = [PersonHit("세유 오민석", Span(0, 6), "대표", None, None, False),
    ...         PersonHit("오민석", Span(20, 23), "대표", "세유", Span(24, 26), False)]
    >>> [(h.name, h.organization, h.name_span, h.org_span) for h in _bodies_split_off(both)][0]
    ('오민석', '세유', Span(start=3, end=6), Span(start=0, end=2))
    """
    bodies_of = {(h.name, h.organization) for h in hits if h.organization}
    split: list[PersonHit] = []
    for h in hits:
        words = h.name.split(" ")
        if len(words) == 2 and ((words[1], words[0]) in bodies_of or words[0] == h.organization):
            start = h.name_span.start
            org_span = Span(start, start + len(words[0]))
            name_span = Span(h.name_span.end - len(words[1]), h.name_span.end)
            h = PersonHit(words[1], name_span, h.title, words[0], org_span, False)
        split.append(h)
    return split


def _without_false_body(hit: PersonHit) -> PersonHit:
    """The hit without a "body" that names none (`names_no_body`: 제14대, 40대, 의회).

    >>> termed = PersonHit("하도윤", Span(5, 8), "원장", "제14대", Span(0, 4), False)
    >>> _without_false_body(termed).organization is None
    True
    >>> bodied = PersonHit("하도윤", Span(6, 9), "원장", "누리연구원", Span(0, 5), False)
    >>> _without_false_body(bodied).organization
    '누리연구원'
    """
    if hit.organization is None or not names_no_body(hit.organization):
        return hit
    return PersonHit(hit.name, hit.name_span, hit.title, None, None, False)


def _reads_into(hit: PersonHit, name: Span) -> bool:
    """The hit takes part of `name` as its own name or as its body (공안부 of body "레 반 뚜언")."""
    return hit.name_span.overlaps(name) or (hit.org_span is not None and hit.org_span.overlaps(name))


def _university_words(words: list[Word]) -> set[str]:
    """The article's words (particle cut off) that are a university's short form: a listed school, or
    a known place + 대 (울산대, 베이징대). Kiwi holds both schools and famous people ending in 대
    (조희대) as one proper noun, so only the list or the place tells a school from a name."""
    found: set[str] = set()
    for word in words:
        if UNIVERSITY_END not in word.text[1:]:
            continue
        stem, _ = split_particle(word.text)
        if _is_university(stem):
            found.add(stem)
    return found


def _abbreviates(text: str, gloss: re.Match[str], index: TokenIndex) -> bool:
    """해운협회(해협), 화학연구원(이하 화학연): the parenthesis is the body's short form when it says
    so (이하) or opens with a syllable of the word it is glued to; 택일(박정민), a proper noun Kiwi's
    dictionary holds, names someone else."""
    if "이하" in gloss.group():
        return True
    toks = index.within(*gloss.span("abbr"))
    if len(toks) != 1 or toks[0].tag != "NNP" or toks[0].id < KIWI_UNKNOWN_ID:
        return True  # 23진(최영함): a word Kiwi does not know may be a body's short form
    word = HANGUL_TAIL_RE.search(text, max(0, gloss.start() - 20), gloss.start() + 1)
    return word is None or gloss.group("abbr")[0] in word.group()


def _after_role(text: str, last: int) -> bool:
    """투수(소사): the parenthesis follows a role (the word ending at `last`), so it holds a person,
    not a body's short form."""
    word = HANGUL_TAIL_RE.search(text, max(0, last - 7), last + 1)
    return word is not None and _is_bare_title(Word(0, len(word.group()), word.group(), ""))


# The Hangul word that ends where the search window ends.
HANGUL_TAIL_RE = re.compile(r"(?<![가-힣])[가-힣]{1,8}$")


def _forget(ref: weakref.ref[Document]) -> None:
    """Drop the cached pass when its document is gone: its words and tokens are as large as the text."""
    global _cache
    if _cache is not None and _cache[0] is ref:
        _cache = None
