"""The people and organisations a quote's speaker phrase may name, indexed by where they are
mentioned (issue #4): which mention covers a word, the last body of a kind named before a
point, the last person named before a pronoun.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.entities.names import company_titles
from extractor.lexicons import load_words
from extractor.speech.grammar import org_kind_endings, org_suffixes
from schemas import Organization, Person

# How far back 그는 / 그녀는 looks for the person it refers to, and how many mentions it tries.
MAX_PRONOUN_CHARS = 1500
MAX_REFERENT_LOOKBACK = 50
# How far back a speaker carries over to a sentence that names none (이어 "…").
MAX_CARRY_CHARS = 700
# Subject particles as written, for names Kiwi misreads (…로직스는 as 스/VV 는/ETM).
PARTICLE_SURFACES = frozenset({"은", "는", "이", "가", "도"})
# What may follow a mention inside one word of a speaker phrase (한빛전자의 김 대표, 한빛전자와 …).
_WORD_TAILS = frozenset({"", "의", "와", "과", ","})
# Titles of the article's own writers: never what 그는 refers back to.
_WRITER_TITLES = frozenset({"기자", "특파원"})
# Legal marks of a company name.
_LEGAL_MARKS = ("㈜", "(주)", "주식회사")
# Kinds of body whose units are written after the body's name (경찰청 국가수사본부, 서울중앙지검 형사부).
_UNIT_HOLDING_KINDS = frozenset({"police", "prosecution", "court"})
# An agency noun right before a body's name, on one line: "소속사 ", "소속사인 ".
_AGENCY_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<noun>[가-힣]+?)(?:인)?[ \t]+$")
# How far before an agency noun its artist may be named (한지우 소속사, 그룹 누리 멤버 한별의 소속사).
MAX_ARTIST_GAP = 3
HANGUL_WORD = re.compile(r"[가-힣]{2,}")


@dataclass
class EntityMention:
    start: int
    end: int
    name: str
    is_person: bool


@dataclass
class Entities:
    """People's and organisations' mentions, sorted, for finding what a subject phrase names."""

    text: str
    people: list[Person]
    organizations: list[Organization]
    mentions: list[EntityMention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    # mentions of people a pronoun may refer back to (not the article's writers), sorted
    person_starts: list[int] = field(default_factory=list)
    person_names: list[str] = field(default_factory=list)
    _by_kind: dict[str, tuple[list[int], list[tuple[int, Organization]]]] = field(default_factory=dict)
    # bodies named as someone's agency (소속사 누리엔터, 한지우 소속사 누리엔터): (where, agency, artist)
    agency_ties: list[tuple[int, str, str | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.organizations = list(self.organizations)
        recent: list[tuple[int, str]] = []
        for person in self.people:
            if _names_a_company(self.text, person):
                # a firm read as a person (㈜한빛로보): it speaks as an organisation, never as 그
                names = [m for m in person.mentions if m.kind == "name"]
                self.organizations.append(Organization(name=person.name, kind="company", mentions=names))
                continue
            self.mentions += [EntityMention(m.start, m.end, person.name, True) for m in person.mentions]
            if person.title not in _WRITER_TITLES:
                recent += [(m.start, person.name) for m in person.mentions]
        for org in self.organizations:
            self.mentions += [EntityMention(m.start, m.end, org.name, False) for m in org.mentions]
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        recent.sort()
        self.person_starts = [pos for pos, _ in recent]
        self.person_names = [name for _, name in recent]
        self._find_agencies()

    def _find_agencies(self) -> None:
        """소속사 누리엔터는 / 한지우 소속사 누리엔터는: a body named after an agency noun is an agency,
        the agency of the person named right before that noun."""
        nouns = agency_nouns()
        if not any(noun in self.text for noun in nouns):
            return  # most articles name no agency: no mention needs its words before read
        for m in self.mentions:
            if m.is_person:
                continue
            line_start = self.text.rfind("\n", max(0, m.start - 40), m.start) + 1
            before = _AGENCY_BEFORE.search(self.text[max(line_start, m.start - 12) : m.start])
            if before is None or before.group("noun") not in nouns:
                continue
            noun_start = max(line_start, m.start - 12) + before.start("noun")
            artist = None
            for p in self.overlapping(max(line_start, noun_start - 40), noun_start):
                gap = self.text[p.end : noun_start]
                close = p.end <= noun_start and len(gap) <= MAX_ARTIST_GAP
                if p.is_person and close and gap.strip() in {"", "의"}:
                    artist = p.name  # 한지우 소속사, 한지우의 소속사
            self.agency_ties.append((m.start, m.name, artist))

    def agency_of(self, artist: str | None, before: int) -> str | None:
        """The agency named last before `before` for this artist (any artist when None)."""
        for pos, agency, tied in reversed(self.agency_ties):
            if pos < before and (artist is None or tied == artist):
                return agency
        return None

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        # mentions are short; one starting 40 characters early cannot reach `start`
        lo = bisect.bisect_left(self.starts, start - 40)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def names_word(self, start: int, end: int) -> bool:
        """Whether the word [start, end) is a mention, with at most a possessive or list particle after it."""
        return any(
            m.start <= start < m.end and m.end <= end and self.text[m.end : end] in _WORD_TAILS
            for m in self.overlapping(start, end)
        )

    def org_ending_with(self, suffix: str, before: int) -> str | None:
        """The organisation with this ending mentioned last before `before` (의회는 → 부산 서구의회)."""
        best: tuple[int, str] | None = None
        for org in self.organizations:
            names = [org.name, *org.aliases]
            if not any(n.endswith(suffix) and n != suffix for n in names):
                continue
            seen = [m.start for m in org.mentions if m.start < before]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), org.name)
        return best[1] if best else None

    def org_of_kind(self, kind: str, before: int, prefix: str = "") -> str | None:
        """The body of this kind named last before `before` (경찰은 → ○○경찰서), starting `prefix`."""
        found = self.mention_of_kind(kind, before, prefix)
        return found[1].name if found else None

    def mention_of_kind(self, kind: str, before: int, prefix: str = "") -> tuple[int, Organization] | None:
        """(where its mention ends, the body) for the body of this kind named last before `before`."""
        if kind not in self._by_kind:
            of_kind = [org for org in self.organizations if self._is_kind(org, kind)]
            found = [(m.start, m.end, org) for org in of_kind for m in org.mentions]
            found.sort(key=lambda item: item[0])
            self._by_kind[kind] = ([pos for pos, _, _ in found], [(end, org) for _, end, org in found])
        starts, orgs = self._by_kind[kind]
        i = bisect.bisect_left(starts, before)
        for end, org in reversed(orgs[max(0, i - MAX_REFERENT_LOOKBACK) : i]):
            if not prefix or any(n.startswith(prefix) for n in [org.name, *org.aliases]):
                return end, org
        return None

    def _is_kind(self, org: Organization, kind: str) -> bool:
        if org.kind == kind:
            return True
        endings = org_kind_endings().get(kind, ())
        names = [org.name, *org.aliases]
        if any(n.endswith(endings) for n in names):
            return True
        if kind in _UNIT_HOLDING_KINDS and any(w.endswith(endings) for n in names for w in n.split()):
            return True  # 경찰청 국가수사본부 is the police too (but 한빛중공업 노조 is no company)
        return kind == "company" and any(
            _has_legal_mark(self.text, m.start, m.end) or _before_company_title(self.text, m.end)
            for m in org.mentions
        )

    def last_person_before(self, before: int) -> int:
        """Where the last person mention before `before` starts, -1 when none."""
        i = bisect.bisect_left(self.person_starts, before)
        return self.person_starts[i - 1] if i else -1

    def recent_person(self, before: int, skip: Callable[[int], bool]) -> str | None:
        """The person mentioned last before `before`, within MAX_PRONOUN_CHARS, at a place not skipped."""
        i = bisect.bisect_left(self.person_starts, before)
        for j in range(i - 1, max(-1, i - 1 - MAX_REFERENT_LOOKBACK), -1):
            if before - self.person_starts[j] > MAX_PRONOUN_CHARS:
                break
            if not skip(self.person_starts[j]):
                return self.person_names[j]
        return None


def agency_nouns() -> frozenset[str]:
    """소속사, 기획사: nouns for the agency that speaks for an artist."""
    return load_words("agency_nouns.txt")


def org_like(word: str) -> bool:
    """A word ending in an organisation suffix with a name before it (보성군, not 국군 or 간부)."""
    for suffix in org_suffixes():
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if len(suffix) == 1 else 1):
            return True
    return False


def unique_names(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _has_legal_mark(text: str, start: int, end: int) -> bool:
    """A company's legal mark on or right around a mention: ㈜한빛, (주)한빛, 주식회사 한빛, 한빛(주)."""
    before = text[max(0, start - 5) : start].rstrip()
    return (
        before.endswith(_LEGAL_MARKS)
        or text.startswith(_LEGAL_MARKS, start, end)
        or text.startswith(("(주)", "㈜"), end)
    )


def _before_company_title(text: str, end: int) -> bool:
    """A mention followed by a title held only in a company: 한빛로직스 대표이사 사장."""
    words = text[end : end + 12].split()
    if not (text[end : end + 1].isspace() and words):
        return False
    titles = company_titles(only_companies=True)
    return any(words[0] in {title, *(title + p for p in PARTICLE_SURFACES)} for title in titles)


def _names_a_company(text: str, person: Person) -> bool:
    """A 'person' whose name carries a company's legal mark was a firm all along."""
    return any(m.kind == "name" and _has_legal_mark(text, m.start, m.end) for m in person.mentions)
