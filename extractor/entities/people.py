"""People: full names, titles, organisations, and later references to them (issue #3).

Who is a person comes from `names_match.match` (appositives with a title,
"(사장 한승우)", "김철수 씨", broadcast tags) and from the byline reporters in
the metadata. Every place the name is written becomes a `name` mention;
"김 총장은", "정 장관" and "그는" become `reference` mentions of the person
they point back to, so quote attribution can resolve a subject to a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extractor.analysis import Document
from extractor.entities.literal_scan import find_words
from extractor.entities.local_heads import with_local_bodies
from extractor.entities.names import (
    PersonHit,
    Word,
    is_space_gap,
    parse_title,
    particles,
    pronouns,
    split_particle,
    surname_of,
    surname_ranks,
    title_modifiers,
)
from extractor.entities.names_match import Matches, match
from extractor.entities.names_match_shared import HANGUL_RUN_RE, NAME_LIST_GAPS
from extractor.entities.org_organs import body_of_organ
from extractor.lexicons import load_words
from schemas import Mention, Metadata, Person

REPORTER_TITLE = "기자"

# What may follow a person's name inside the same word: a particle, an honorific, a title.
HONORIFICS = frozenset({"씨", "님", "氏"})

# Particles after a pronoun that make it a person's subject/object/possessive (그는, 그가, 그의).
PRONOUN_PARTICLES = frozenset({"는", "가", "의", "를", "에게", "도", "와", "과", "에게는", "도는", "만"})

# The Hangul run right after a name match, to check the name ends where the word's stem ends.

# Particles that make a name, or the title written after it, the subject or topic of its clause.
SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "께서", "도"})
# The next word after a bare name: the appositive's body or title (에버스탯 미국기업연구소 연구원은).
NEXT_WORD_RE = re.compile(r"[ \t]+(\S+)")
MAX_APPOSITIVE_WORDS = 4
# A parenthetical note inside an appositive word: 무역대표(USTR).
PAREN_NOTE_RE = re.compile(r"\([^()]*\)")
POSSESSIVE = "의"
COPULA = "이"
# How far back a pronoun looks for a person named as a subject before taking the last one named.
PRONOUN_SUBJECT_WINDOW = 400


@dataclass
class _Draft:
    name: str
    title: str | None = None
    organization: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)  # every title the article gives them (춘천지검장, 검사장)


def extract_people(doc: Document, metadata: Metadata) -> list[Person]:
    """Everyone the article names, each once, with title, body and every mention."""
    found = match(doc)
    drafts = _drop_name_parts(_drafts_from_hits(found.hits, doc.text))
    _add_reporters(drafts, metadata)
    _add_name_mentions(doc, drafts)
    _add_reference_mentions(doc, found, drafts)
    people = [
        Person(
            name=d.name,
            title=d.title,
            organization=d.organization,
            mentions=sorted(d.mentions, key=lambda m: m.start),
        )
        for d in drafts.values()
    ]
    people = with_local_bodies(doc.text, people)  # 구인모 군수 of the article's one county
    return sorted(people, key=lambda p: p.mentions[0].start if p.mentions else len(doc.text))


def _drafts_from_hits(hits: list[PersonHit], text: str) -> dict[str, _Draft]:
    """One draft per name; title and body from the most informative appositive, a title the name
    shares with the next in a list last (中 가나라, 다마바 총리 … 가나라 중국 국가주석)."""
    by_name: dict[str, list[PersonHit]] = {}
    for hit in sorted(hits, key=lambda h: text[h.name_span.end : h.name_span.end + 1] in NAME_LIST_GAPS):
        by_name.setdefault(hit.name, []).append(hit)
    drafts: dict[str, _Draft] = {}
    for name, group in by_name.items():
        best = next((h for h in group if h.title and h.organization), None)
        # with no title anywhere, the reading that names a body (KT 양홍석도: the club) is the better one
        best = (
            best
            or next((h for h in group if h.title), None)
            or next((h for h in group if h.organization), group[0])
        )
        body = body_of_organ(best.organization)  # 누리전자 이사회 의장: the firm, not its board
        drafts[name] = _Draft(name, best.title, body, titles={h.title for h in group if h.title})
    return drafts


def _name_parts(name: str) -> list[str]:
    """A foreign name's family name alone refers back to it: the last word (도널드 트럼프 → 트럼프) or,
    in East Asian order, the first (기시다 후미오 → 기시다); a Vietnamese name by its last word
    (팜 민 찐 → 찐 총리)."""
    parts = name.split()
    return list(dict.fromkeys((parts[-1], parts[0]))) if len(parts) > 1 else []


def _drop_name_parts(drafts: dict[str, _Draft]) -> dict[str, _Draft]:
    """The family name with a title (기시다 총리는, after 기시다 후미오 일본 총리) is the same person,
    not a second one; its places become reference mentions of the full name."""
    full_titles: dict[str, set[str]] = {}
    for name, draft in drafts.items():
        for part in _name_parts(name):
            full_titles.setdefault(part, set()).update(draft.titles)
    # a part with a body of its own stays a person unless it holds the full name's post too
    # (스가 일본 관방장관 … 스가 요시히데 관방장관: one man)
    return {
        name: d
        for name, d in drafts.items()
        if name not in full_titles or (d.organization is not None and not d.titles & full_titles[name])
    }


def _add_reporters(drafts: dict[str, _Draft], metadata: Metadata) -> None:
    """Bylined reporters are people too, even when the byline is not part of `text`."""
    for reporter in metadata.reporters:
        name = reporter.name.strip().removesuffix(REPORTER_TITLE).strip()
        if not name:
            continue
        draft = drafts.get(name)
        if draft is None:
            drafts[name] = _Draft(name, REPORTER_TITLE, metadata.outlet)
        elif draft.title is None:
            draft.title = REPORTER_TITLE
        drafts[name].titles.add(REPORTER_TITLE)


def _add_name_mentions(doc: Document, drafts: dict[str, _Draft]) -> None:
    """Every occurrence of each full name that starts a word and ends at the word's stem."""
    if not drafts:
        return
    for name, mention in name_mentions(doc.text, list(drafts)):
        drafts[name].mentions.append(mention)


def name_mentions(text: str, names: list[str]) -> list[tuple[str, Mention]]:
    """Each place one of `names` is written as a word: it starts a word and only a particle,
    honorific or title is glued after it (longer names first where two start alike)."""
    found: list[tuple[str, Mention]] = []
    for start, end, name in find_words(text, sorted(names, key=len, reverse=True)):
        rest = HANGUL_RUN_RE.match(text, end)
        if rest is None or name_can_end_before(rest.group()):
            found.append((name, Mention(start=start, end=end, text=name, kind="name")))
    return found


def name_can_end_before(rest: str) -> bool:
    """True when `rest` (the Hangul glued after a name) is a particle, honorific or title."""
    if not rest or rest in HONORIFICS:
        return True
    if rest in particles() or rest[:1] in HONORIFICS:
        return True
    return parse_title(rest) is not None


def _add_reference_mentions(doc: Document, found: Matches, drafts: dict[str, _Draft]) -> None:
    """김 총장은 / 정 장관 → the person with that surname and title; 그는 → the last person named."""
    modifiers, surnames = title_modifiers(), surname_ranks()
    for i, word in enumerate(found.words[:-1]):
        if word.text not in surnames:
            continue  # a reference opens with a surname written alone: 김 총장은
        nxt = found.words[i + 1]
        if nxt.text in modifiers and i + 2 < len(found.words) and is_space_gap(nxt.gap):
            nxt = found.words[i + 2]  # 노 전 사장은: a modifier between surname and title
        if is_space_gap(nxt.gap):
            parsed = parse_title(nxt.text)
            if parsed is None or parsed.org is not None:
                continue
            holders = _people_by_surname_title(drafts, word.text, parsed.title)
            draft = holders[0] if len(holders) == 1 else _last_topic(doc, holders, word.start)
            if draft is not None:
                end = nxt.start + parsed.stem_len
                draft.mentions.append(
                    Mention(start=word.start, end=end, text=doc.text[word.start : end], kind="reference")
                )
    _add_family_name_mentions(doc, drafts)
    _add_surname_honorific_mentions(doc, drafts)
    _add_bare_title_mentions(doc, found, drafts)
    _add_pronoun_mentions(doc, found, drafts)


# 김씨는, 위 씨가: a surname alone with the honorific 씨, then a particle (or nothing) — never 김씨네.
_SURNAME_SSI = re.compile(
    r"""
    (?<![가-힣])(?P<surname>[가-힣]{1,2})   # the surname, a word of its own
    [ \t]?씨                                # the honorific
    (?=(?:[은는이가도의와과를]|에게)?(?![가-힣]))   # a particle or nothing after it
    """,
    re.VERBOSE,
)
# After a name, the honorific 씨, maybe past an age or a job in parentheses: 위도윤씨, 박지원(28) 씨.
_SSI_AFTER_NAME = re.compile(r"(?:\([^()\n]{1,12}\))?[ \t]?씨")


def _add_surname_honorific_mentions(doc: Document, drafts: dict[str, _Draft]) -> None:
    """위의환씨 … 위씨는: a surname with 씨 refers back to the one person of that surname named before.
    With no such person it is the press's anonymous "Mr. 김" (GOLD: no person)."""
    by_surname: dict[str, list[_Draft]] = {}
    for draft in drafts.values():
        surname = surname_of(draft.name) if " " not in draft.name else None
        if surname is not None:
            by_surname.setdefault(surname, []).append(draft)
    for m in _SURNAME_SSI.finditer(doc.text):
        owners = by_surname.get(m["surname"], [])
        if len(owners) != 1 or not any(x.start < m.start() for x in owners[0].mentions):
            continue
        if not any(_SSI_AFTER_NAME.match(doc.text, x.end) for x in owners[0].mentions):
            continue  # 김원수 부장판사 … 김씨는: the one so named was never called 씨, someone else is
        owners[0].mentions.append(Mention(start=m.start(), end=m.end(), text=m.group(), kind="reference"))


def _add_bare_title_mentions(doc: Document, found: Matches, drafts: dict[str, _Draft]) -> None:
    """재판장이 "…"고 묻자: a bare title opening a clause refers to the one person the article gave it."""
    holders: dict[str, list[_Draft]] = {}
    for draft in drafts.values():
        for title in draft.titles:
            holders.setdefault(title, []).append(draft)
    if not holders:
        return
    for i, word in enumerate(found.words):
        if word.text[-1] not in BARE_TITLE_PARTICLES:
            continue  # the particle closes the word: 재판장이
        stem, particle = split_particle(word.text)
        owners = holders.get(stem, []) or _presiding_judge(stem, holders)
        if len(owners) != 1 or particle not in BARE_TITLE_PARTICLES or len(stem) < 2:
            continue
        stage = stem == PRESIDING_JUDGE and i > 0 and found.words[i - 1].text in COURT_STAGES
        if i > 0 and not stage and not _opens_clause(found.words[i - 1], word.gap):
            continue  # 한빛시 시장은: the word before qualifies the title, it is someone else's
        end = word.start + len(stem)
        owners[0].mentions.append(Mention(start=word.start, end=end, text=stem, kind="reference"))


# 재판장은 with no one so titled: the division's chief judge (부장판사), or else the one judge.
PRESIDING_JUDGE = "재판장"
_JUDGE_POSTS = ("부장판사", "판사")
# The stage of a trial that may qualify 재판장 (항소심 재판장은): still the presiding judge.
COURT_STAGES = frozenset({"1심", "2심", "3심", "항소심", "상고심", "원심"})


def _presiding_judge(stem: str, holders: dict[str, list[_Draft]]) -> list[_Draft]:
    if stem != PRESIDING_JUDGE:
        return []
    for post in _JUDGE_POSTS:
        if holders.get(post):
            return holders[post]
    return []


# Particles after a bare title that make it the subject of its clause.
BARE_TITLE_PARTICLES = frozenset({"은", "는", "이", "가"})


def _opens_clause(before: Word, gap: str) -> bool:
    """What stands before the word ends a sentence, a line, a quote or a clause (…고, …며, …자)."""
    if any(ch in gap for ch in '.?!\n"”’,'):
        return True
    return before.text.endswith(("고", "며", "자", "면서", "데"))


def _add_family_name_mentions(doc: Document, drafts: dict[str, _Draft]) -> None:
    """도널드 트럼프 … 트럼프 대통령은: a foreign name's last word alone refers back to the person."""
    family = {part: d for d in drafts.values() for part in _name_parts(d.name)}
    family = {k: d for k, d in family.items() if k not in drafts}
    if not family:
        return
    inside_full_names = {edge for d in family.values() for m in d.mentions for edge in (m.start, m.end)}
    for start, end, part in find_words(doc.text, family):
        rest = HANGUL_RUN_RE.match(doc.text, end)
        inside = start in inside_full_names or end in inside_full_names
        if inside or (rest is not None and not name_can_end_before(rest.group())):
            continue
        if len(part) < 2 and not _before_own_title(doc.text, end, family[part]):
            continue  # 팜 민 찐 … 찐 총리는: a one-syllable last word only before the person's post
        family[part].mentions.append(Mention(start=start, end=end, text=part, kind="reference"))


def _before_own_title(text: str, end: int, draft: _Draft) -> bool:
    """The word after `end` (past one space) is a post the person holds."""
    return text[end : end + 1] == " " and any(text.startswith(title, end + 1) for title in draft.titles)


def _people_by_surname_title(drafts: dict[str, _Draft], surname: str, title: str) -> list[_Draft]:
    """The people with this surname whose title is this title (강 회장 → 강태윤 회장), or ends or
    starts with it (김 판사 → 부장판사, 강 대표 → 대표이사)."""
    return [
        d
        for d in drafts.values()
        if surname_of(d.name) == surname and any(_same_post(t, title) for t in d.titles)
    ]


# The topic particles: 이한결 의원은 … 이 의원은 goes on with the topic.
_TOPIC_AFTER_NAME = re.compile(r"(?:[ \t][가-힣]{1,12})?[은는](?![가-힣])")
# How far back the topic may have been set (a paragraph or so).
MAX_TOPIC_DISTANCE = 400


def _last_topic(doc: Document, candidates: list[_Draft], at: int) -> _Draft | None:
    """Of several people with the same surname and title (이한결, 이도윤 의원 … 이 의원은), the one
    made the topic last before `at` (이한결 의원은 …, 이도윤 의원이 … . 이 의원은 → 이한결)."""
    best: tuple[int, _Draft] | None = None
    for draft in candidates:
        for m in draft.mentions:
            if m.kind != "name" or m.end > at or at - m.end > MAX_TOPIC_DISTANCE:
                continue
            if _TOPIC_AFTER_NAME.match(doc.text, m.end) and (best is None or m.start > best[0]):
                best = (m.start, draft)
    return best[1] if best is not None else None


def _same_post(full: str, short: str) -> bool:
    return full == short or full.endswith(short) or (len(short) >= 2 and full.startswith(short))


def _add_pronoun_mentions(doc: Document, found: Matches, drafts: dict[str, _Draft]) -> None:
    """그는/그가/그녀는: the person named last before the pronoun."""
    owners: list[tuple[int, int, _Draft]] = sorted(
        ((m.start, m.end, d) for d in drafts.values() for m in d.mentions), key=lambda owner: owner[0]
    )
    starts = [start for start, _, _ in owners]
    initials = {p[0] for p in pronouns()}
    for word in found.words:
        if word.text[0] not in initials:
            continue
        pronoun = next(
            (p for p in pronouns() if word.text[len(p) :] in PRONOUN_PARTICLES and word.text.startswith(p)),
            None,
        )
        if pronoun is None:
            continue
        if word.start > 0 and "가" <= doc.text[word.start - 1] <= "힣":
            continue
        i = bisect.bisect_left(starts, word.start) - 1
        if i < 0:
            continue
        draft = _antecedent(doc.text, owners, i, word.start)
        end = word.start + len(pronoun)
        draft.mentions.append(
            Mention(start=word.start, end=end, text=doc.text[word.start : end], kind="reference")
        )


def _antecedent(text: str, owners: list[tuple[int, int, _Draft]], last: int, pronoun_at: int) -> _Draft:
    """The person a pronoun points back to: the last one named as a subject or topic shortly before
    (에버스탯 연구원은 트럼프 체제 출범에도 … 그는 → 에버스탯, not 트럼프 of 트럼프 체제), else the
    last one named."""
    i = last
    while i >= 0 and owners[i][0] >= pronoun_at - PRONOUN_SUBJECT_WINDOW:
        _, end, draft = owners[i]
        if _named_as_subject(text, end):
            return draft
        i -= 1
    return owners[last][2]


_NAME_GLOSS_CHARS = 24  # a parenthesis right after a name: its characters, romanisation or age


def _named_as_subject(text: str, end: int) -> bool:
    """트럼프는, 김하늘 대표가, 그리어 미국 무역대표(USTR) 지명자는, 정 대표의 설명이다: the particle
    glued to the name, or else to the first word after it that has one, makes the person the subject
    or topic (or the owner of a remark); a later word needs a title in the appositive (트럼프 체제는
    is a topic, but not the person's)."""
    if text.startswith("(", end) and (close := text.find(")", end, end + _NAME_GLOSS_CHARS)) > 0:
        end = close + 1  # 왕문빈(汪文斌) 대변인은, 김하늘(45)씨는: past the name's gloss or age
    glued = HANGUL_RUN_RE.match(text, end)
    if glued is not None and glued.group():
        return _subject_particle(glued.group(), text, glued.end())
    pos, titled = end, False
    for _ in range(MAX_APPOSITIVE_WORDS):
        m = NEXT_WORD_RE.match(text, pos)
        if m is None:
            return False
        word = PAREN_NOTE_RE.sub("", m.group(1))  # 무역대표(USTR) → 무역대표
        _, particle = split_particle(word)
        titled = titled or parse_title(word) is not None
        if particle:
            return titled and _subject_particle(particle, text, m.end())
        if not word.isalnum():
            return False  # punctuation ends the appositive
        pos = m.end()
    return False


def _subject_particle(particle: str, text: str, after: int) -> bool:
    """은/는/이/가: a subject or topic; 의 before a noun of saying (정 대표의 설명이다): its owner."""
    if particle in SUBJECT_PARTICLES:
        return True
    if particle != POSSESSIVE:
        return False
    m = NEXT_WORD_RE.match(text, after)
    if m is None:
        return False
    word = m.group(1)
    return any(
        word.startswith(noun) and _closes_noun(word[len(noun) :]) for noun in load_words("saying_nouns.txt")
    )


def _closes_noun(rest: str) -> bool:
    """What may follow a noun of saying in its word to make its owner the sentence's speaker: the
    copula (정 대표의 설명이다), maybe after a dropped 이 (…의 말이다 / 주장다 is no Korean). A particle
    (블링컨 장관의 연설은 …) makes the remark a topic someone else speaks about."""
    rest = rest.rstrip(".,")
    return rest.startswith(COPULA) or rest.startswith("다")
