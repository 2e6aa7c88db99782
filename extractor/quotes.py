"""Direct and indirect quotes with their speakers (issue #4).

Direct quotes are the words between paired marks (" " “ ” 「 」 『 』). Each
quote (or chain of quotes joined by -며/-면서) is attributed to the first
reporting verb after it in its sentence; the speaker is the subject of that
verb — a phrase after the quote ("…"라고 김 장관은 말했다) or before it
(김 장관은 "…"), mapped to people and organisations through their mention
spans. Indirect quotes are clauses ending -다고/-라고/-냐고/-자고 right before
a reporting verb. Every step reads a bounded window, so the whole pass is
linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.analysis import Document, Token
from extractor.lexicons import load_words
from extractor.names import NATIVE_COUNTS, company_titles, titles
from extractor.speech import (
    TOPIC_MARKERS,
    Phrase,
    Sentences,
    continuations,
    group_nouns,
    org_kind_endings,
    org_referents,
    org_suffixes,
    pointers,
    scene_clause,
    speech_lemmas,
    speech_verb_at,
    subject_phrase,
    verb_surface,
)
from schemas import Organization, Person, Quote

# How far a quote may run: several paragraphs, never the rest of a long article.
MAX_QUOTE_CHARS = 2500
MAX_QUOTE_LINES = 8
# How far after a closing mark the reporting verb may stand.
MAX_TAIL_CHARS = 200
# How far before a quote its subject may stand, and how long a reported clause may be.
MAX_LEAD_CHARS = 300
MAX_CLAUSE_CHARS = 500
# How far back a speaker carries over to a sentence that names none (이어 "…").
MAX_CARRY_CHARS = 700
# How far back 그는 / 그녀는 looks for the person it refers to, and how many mentions it tries.
MAX_PRONOUN_CHARS = 1500
MAX_REFERENT_LOOKBACK = 50

_QUOTE_MARKS = re.compile(r"""["“”「」『』]""")
_CLOSER_FOR = {"“": "”", "「": "」", "『": "』", '"': "”"}  # a straight open may end curly (sloppy copy)

# What may stand between two quotes that share one reporting verb: "…"며 "…"고 밝혔다.
_CHAIN_GLUE = re.compile(
    r"""
    \s*
    (?:이)?(?:라)?           # copula and quotative (…것"이라며)
    (?:며|면서|고|하며|하면서) # the connective ending
    (?:도)?                  # concessive 도 (…"면서도 "…")
    \s*,?\s*$                # optional comma, then the next quote opens
    """,
    re.VERBOSE,
)
# How a quote hands over to the words after it: "…"고, "…"라며, "…"이라고 하면서.
_QUOTATIVE_START = re.compile(
    r"""
    (?:이)?(?:라)?     # copula and quotative
    (?:고|며|면서)     # connective: the reporting verb follows
    (?:도)?            # concessive 도 (…"면서도)
    (?=\s|,|$)         # a whole word
    """,
    re.VERBOSE,
)
# A quote carried by a noun of saying: "…"는 것이다, "…"라는 설명이다 (the speaker is the last one).
_EXPLANATION_TAIL = re.compile(
    r"""
    (?:이)?(?:라)?는\s*     # adnominal 는 / 라는 / 이라는
    (?:것|게|설명|입장|주장|지적|얘기|이야기|전언|말|평가|반응|생각)  # the noun of saying
    |(?:이)?(?:라)?는\s*(?:글|메시지|문구|편지|게시물|댓글)  # a written post: "…"라는 글을 올렸다
    """,
    re.VERBOSE,
)
# A quote used as a noun (a slogan, a scare quote): "…"를 강조했다, "…"라는 표현.
# A quote used as the content of a remark: "…"는 질의에, "…"라는 지적이.
_SPEECH_NOUN_AFTER = re.compile(
    r"""
    (?:이)?(?:라)?는[ \t]+                                          # the quote as a modifier
    (?:질의|질문|물음|지적|주장|발언|말|요구|호소|비판|반문|답변)   # of a remark
    """,
    re.VERBOSE,
)
_NOMINAL_START = re.compile(
    r"""
    (?:을|를|의|에|로|으로|와|과|처럼|이란|란|이라는|라는|는|은|도)  # a particle on the quote
    (?=\s|,|$)
    """,
    re.VERBOSE,
)
# Broadcast soundbite tags: "▶ 인터뷰 : 정민호 / 장관 - "…"" (the name before the slash speaks).
_BROADCAST_TAG = re.compile(
    r"""
    (?:인터뷰|싱크|녹취|INT|SYNC)   # the tag word newsrooms put before a soundbite
    [>)\]▶]?\s*[:：]?\s*            # a colon, or the bracket of <인터뷰> / (인터뷰) / ◀ INT ▶
    (?P<name>[^\s/:：][^/:：\n]{0,20}?)  # the speaker's name
    \s*/                              # the slash before the title
    [^\n"“]{0,40}?                    # the title
    [-–—:：]?\s*$                     # a dash or colon right before the quote mark
    """,
    re.VERBOSE,
)


@dataclass
class _Mention:
    start: int
    end: int
    name: str
    is_person: bool


@dataclass
class _Entities:
    """People's and organisations' mentions, sorted, for finding what a subject phrase names."""

    text: str
    people: list[Person]
    organizations: list[Organization]
    mentions: list[_Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    # mentions of people a pronoun may refer back to (not the article's writers), sorted
    person_starts: list[int] = field(default_factory=list)
    person_names: list[str] = field(default_factory=list)
    _by_kind: dict[str, tuple[list[int], list[tuple[int, Organization]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.organizations = list(self.organizations)
        recent: list[tuple[int, str]] = []
        for person in self.people:
            if _names_a_company(self.text, person):
                # a firm read as a person (㈜한빛로보): it speaks as an organisation, never as 그
                names = [m for m in person.mentions if m.kind == "name"]
                self.organizations.append(Organization(name=person.name, kind="company", mentions=names))
                continue
            self.mentions += [_Mention(m.start, m.end, person.name, True) for m in person.mentions]
            if person.title not in _WRITER_TITLES:
                recent += [(m.start, person.name) for m in person.mentions]
        for org in self.organizations:
            self.mentions += [_Mention(m.start, m.end, org.name, False) for m in org.mentions]
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        recent.sort()
        self.person_starts = [pos for pos, _ in recent]
        self.person_names = [name for _, name in recent]

    def overlapping(self, start: int, end: int) -> list[_Mention]:
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


@dataclass
class _Attribution:
    """A reporting verb with the speakers found for it."""

    pos: int
    speakers: list[str]
    anonymous: bool = False  # the subject was written but names nobody (한 시중은행 부행장은)


def extract_quotes(doc: Document, people: list[Person], organizations: list[Organization]) -> list[Quote]:
    """Direct and indirect quotes in `doc.text`, each with its speakers and reporting verb."""
    if not doc.text:
        return []
    spans = _speech_spans(doc.text, pair_quote_marks(doc.text))
    finder = _Finder(doc, spans, _Entities(doc.text, people, organizations))
    return finder.run()


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """(open mark, close mark) index pairs, in order, never overlapping.

    One pass over the marks with a single open slot: a curly or bracket mark
    closes only its partner, a straight mark closes whatever double mark is
    open, and an open mark older than MAX_QUOTE_CHARS / MAX_QUOTE_LINES is
    dropped, so an unbalanced mark never swallows the rest of the article.

    >>> pair_quote_marks('그는 "좋다"며 “가자”고 했다')
    [(3, 6), (9, 12)]
    >>> pair_quote_marks('"' * 5)
    [(0, 1), (2, 3)]
    """
    pairs: list[tuple[int, int]] = []
    newlines = [m.start() for m in re.finditer("\n", text)]
    curly_closes = [m.start() for m in re.finditer("”", text)]
    open_at: int | None = None
    for m in _QUOTE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if open_at is not None and _too_long(newlines, open_at, i):
            open_at = None
        if open_at is not None:
            if text[open_at] == "“" and mark == '"' and _curly_close_ahead(newlines, curly_closes, i):
                continue  # a straight pair nested in a curly quote that closes later on its line
            verdict = _verdict(text[open_at], mark, _crosses_line(newlines, open_at, i), text, i)
            if verdict == "close":
                pairs.append((open_at, i))
                open_at = None
                continue
            if verdict == "ignore":
                continue
        if mark in "“「『" or (mark == '"' and not _looks_like_closer(text, i)):
            open_at = i
    return pairs


def _speech_spans(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop 「 」 / 『 』 pairs that name a work (a book, a play, a report, a law), not speech.

    Brackets quote speech when a quotative follows them (「…」라고 말했다, 『…』며), or when the
    outlet uses them as its quote marks throughout (no double-mark quote in the article, and at
    least one bracket pair handed to a reporting verb by a quotative).
    """
    brackets = [(o, c) for o, c in pairs if text[o] in "「『"]
    if not brackets:
        return pairs
    quotative = {(o, c) for o, c in brackets if _QUOTATIVE_START.match(text, c + 1)}
    if quotative and len(brackets) == len(pairs):
        return pairs  # the outlet's own quote marks
    return [(o, c) for o, c in pairs if text[o] not in "「『" or (o, c) in quotative]


def _too_long(newlines: list[int], open_at: int, i: int) -> bool:
    lines = bisect.bisect_left(newlines, i) - bisect.bisect_left(newlines, open_at)
    return i - open_at > MAX_QUOTE_CHARS or lines > MAX_QUOTE_LINES


def _curly_close_ahead(newlines: list[int], curly_closes: list[int], i: int) -> bool:
    """Whether a ” follows position i before the end of its line."""
    n = bisect.bisect_left(curly_closes, i)
    if n == len(curly_closes):
        return False
    line = bisect.bisect_left(newlines, i)
    line_end = newlines[line] if line < len(newlines) else curly_closes[n] + 1
    return curly_closes[n] < line_end


def _crosses_line(newlines: list[int], open_at: int, i: int) -> bool:
    return bisect.bisect_left(newlines, i) > bisect.bisect_left(newlines, open_at)


def _verdict(opener: str, mark: str, crosses_line: bool, text: str, i: int) -> str:
    """What `mark` does to the open quote: close it, be ignored inside it, or reopen ("reopen")."""
    if mark == _CLOSER_FOR[opener] or (opener == '"' and mark == '"'):
        # a straight mark that opens a new line's quote means the old open mark was stray
        if opener == '"' and crosses_line and _looks_like_opener(text, i):
            return "reopen"
        return "close"
    if mark in "”」』":
        return "ignore"  # a closer of another kind, e.g. 」 inside “…”
    if opener in '“"' and mark in "「『":
        return "ignore"  # a title inside a quote: “『염전일기』처럼 …”
    if opener == "“" and mark == '"' and not crosses_line:
        return "close"  # sloppy “…" copy: no ” follows on this line
    return "reopen"


def _looks_like_closer(text: str, i: int) -> bool:
    """A stray straight mark glued to the word before and followed by a space: not an opener."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,")


def _looks_like_opener(text: str, i: int) -> bool:
    """A straight mark after a space or line start and before a word."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:-") and not after.isspace()


@dataclass
class _Group:
    """Quotes that share one reporting verb ("…"며 "…"고 밝혔다), in text order."""

    spans: list[tuple[int, int]]
    verb: tuple[int, int] | None  # token range of the reporting verb


class _Finder:
    """One pass over an article: direct quote groups, then indirect clauses, then speakers in order."""

    def __init__(self, doc: Document, spans: list[tuple[int, int]], entities: _Entities) -> None:
        self.doc = doc
        self.text = doc.text
        self.spans = spans
        self.opens = [o for o, _ in spans]
        self.entities = entities
        self.sentences = Sentences(doc, spans)
        self.token_starts = [t.start for t in doc.tokens]
        self.history: list[_Attribution] = []  # speakers found so far, in text order
        self.fallback_orgs: list[tuple[int, str]] = []  # org phrases used as speakers without an entity
        self.verb_speakers: dict[int, list[str]] = {}  # reporting-verb token → speakers of its quotes
        self.lead_floor = 0  # where the last quote group's attribution ended
        self.anonymous = False  # whether the last speakers found came from a subject naming nobody
        self._interviewee: list[str] | None = None  # found on the first interview answer

    def run(self) -> list[Quote]:
        events: list[tuple[int, int, object]] = []
        for group in self._groups():
            events.append((group.spans[0][0], 0, group))
        for clause in self._indirect_clauses():
            events.append((clause.verb_start, 1, clause))
        events.sort(key=lambda e: (e[0], e[1]))
        quotes: list[Quote] = []
        for _, _, event in events:
            if isinstance(event, _Group):
                quotes += self._direct_quotes(event)
            elif isinstance(event, _Clause):
                quote = self._indirect_quote(event)
                if quote:
                    quotes.append(quote)
        quotes.sort(key=lambda q: q.start)
        return quotes

    # --- direct quotes -------------------------------------------------------------

    def _groups(self) -> list[_Group]:
        groups: list[_Group] = []
        current: list[tuple[int, int]] = []
        for n, (o, c) in enumerate(self.spans):
            current.append((o, c))
            nxt = self.spans[n + 1][0] if n + 1 < len(self.spans) else None
            tail_end = self._tail_end(c, nxt)
            verb = self._first_verb(c + 1, tail_end)
            glued = nxt is not None and tail_end == nxt and _CHAIN_GLUE.match(self.text, c + 1, nxt)
            if verb is None and glued:
                continue  # glued to the next quote: they share its verb
            groups.append(_Group(current, verb))
            current = []
        return groups

    def _tail_end(self, close: int, next_open: int | None) -> int:
        end = min(self.sentences.end_after(close), close + MAX_TAIL_CHARS, len(self.text))
        return min(end, next_open) if next_open is not None else end

    def _first_verb(self, start: int, end: int) -> tuple[int, int] | None:
        for k in self._token_range(start, end):
            found = speech_verb_at(self.doc, k)
            if found and not self._is_reported(found[1]):
                return found
        return None

    def _is_reported(self, last: int) -> bool:
        """발표하겠다고 밝혔다: a verb ending in -다고 sits inside the reported clause."""
        tokens = self.doc.tokens
        for j in range(last + 1, min(last + 4, len(tokens))):
            if tokens[j].start > tokens[j - 1].end:  # a space: the word ended (했 = 하+었 share a span)
                return False
            if _reported_ending(self.text, tokens[j]):
                return True
        return False

    def _token_range(self, start: int, end: int) -> range:
        """Indices of the tokens starting in [start, end)."""
        return range(bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end))

    def _direct_quotes(self, group: _Group) -> list[Quote]:
        last_close = group.spans[-1][1]
        speakers, attributed = self._group_speakers(group)
        verb_text = None
        if group.verb is not None:
            vs, ve = verb_surface(self.doc, *group.verb)
            verb_text = self.text[vs:ve]
        tagged = attributed and group.verb is None
        quotes = []
        for o, c in group.spans:
            quote = self._direct_quote(o, c, group, speakers, verb_text, tagged)
            if quote:
                quotes.append(quote)
        if quotes and attributed:
            self._remember(last_close, speakers)
        if group.verb is not None:
            self.lead_floor = self.doc.tokens[group.verb[1]].end
        return quotes

    def _group_speakers(self, group: _Group) -> tuple[list[str], bool]:
        """Speakers of a quote group, and whether the text attributes it (verb, tag or quotative)."""
        first_open = group.spans[0][0]
        last_close = group.spans[-1][1]
        tagged = self._broadcast_speaker(first_open)
        if tagged is None:
            tagged = self._possessor_of_speech(first_open, last_close)
        if tagged is not None:
            return tagged, True
        if group.verb is not None:
            speakers = self._sentence_after_quote(first_open, last_close) or self._speakers_before(
                first_open, last_close, self.doc.tokens[group.verb[0]].start
            )
            self.verb_speakers[group.verb[0]] = speakers
            return speakers, True
        if _QUOTATIVE_START.match(self.text, last_close + 1) or _EXPLANATION_TAIL.match(
            self.text, last_close + 1
        ):
            # "…"라며 목소리를 높였다: a quotative ending attributes the quote though the verb is not speech
            end = self._tail_end(last_close, None)
            return self._speakers_before(first_open, last_close, end), True
        named = self._name_line_speakers(first_open)
        if named is not None:
            return named, True
        owner = self._words_of_sentence(last_close)
        if owner is not None:
            return owner, True
        answer = self._interview_answer(first_open, last_close)
        if answer is not None:
            return answer, True
        pointed = self._paragraph_speakers(first_open, last_close) or self._sentence_after_quote(
            first_open, last_close
        )
        if pointed is not None:
            return pointed, True
        return self._headline_speakers(first_open), False

    def _direct_quote(
        self, o: int, c: int, group: _Group, speakers: list[str], verb: str | None, tagged: bool
    ) -> Quote | None:
        start, end = _strip(self.text, o + 1, c)
        if start >= end:
            return None
        words = len(self.text[start:end].split())
        after = self.text[c + 1 : c + 12]
        quotative = bool(_QUOTATIVE_START.match(after)) or len(group.spans) > 1
        if self.text[o] in "「『" and group.verb is None:
            return None  # brackets without a verb name books, laws and events
        sentence = self.text[end - 1] in ".?!"
        if not tagged and words <= 2 and not (group.verb is not None and (quotative or sentence)):
            return None  # a scare quote or a named slogan, not speech
        if not tagged and group.verb is None and words <= 4 and _NOMINAL_START.match(after):
            return None  # "…"를/"…"라는: a quoted phrase used as a noun
        return Quote(
            text=self.text[start:end], start=start, end=end, kind="direct", speakers=list(speakers), verb=verb
        )

    # --- speakers ------------------------------------------------------------------

    def _speakers_before(self, first_open: int, last_close: int, verb_start: int) -> list[str]:
        """Subject after the quote ("…"라고 김 장관은 말했다), else before it, else carried over."""
        self.anonymous = False
        for phrase in self._phrases(last_close + 1, verb_start):
            gap = _AFTER_QUOTE_GAP.fullmatch(self.text, last_close + 1, phrase.start)
            if gap and (phrase.is_topic or not _CONTINUES.search(gap.group())):
                # "…"며 시가 …다고 덧붙였다: after -며 only a topic turns to a new speaker
                found = self._resolve(phrase)
                if found is not None:
                    return found
                if phrase.is_topic and not _CONTINUES.search(gap.group()):
                    self.anonymous = True  # "…"라고 한 부행장은 말했다: the speaker is written, unnamed
                    return []
        # 박 의원은 "…"고 비판했고, 최 의원은 "…": the lead starts after the previous attribution
        lead_start = max(
            self.sentences.start_before(first_open), first_open - MAX_LEAD_CHARS, self.lead_floor
        )
        lead = self._phrases(lead_start, first_open)
        topics = [p for p in lead if p.has_topic_marker]
        # 한지우가 주연을 맡은 드라마 제작사 관계자는 "…": the last topic is the sentence's subject;
        # a subject before it belongs to a clause inside the phrase
        for phrase in topics[-1:] or lead:
            found = self._resolve(phrase)
            if found is not None:
                return found
        if lead:
            self.anonymous = True
            return []  # the sentence names a subject we cannot map: no guess
        named = self._name_line_speakers(first_open)
        return named if named is not None else self._carried_over(first_open)

    def _phrases(self, start: int, end: int) -> list[Phrase]:
        """Subject phrases (… 은/는/도/이/가) whose particle lies in [start, end), outside quotes."""
        tokens = self._token_range(start, end)
        phrases = []
        for k in tokens:
            tok = self.doc.tokens[k]
            if self._in_quote(tok.start):
                continue
            if tok.tag not in {"JX", "JKS"} and self.text[tok.start : tok.end] not in _PARTICLE_SURFACES:
                continue
            phrase = subject_phrase(self.doc, k, tokens.start, self.entities.names_word)
            if phrase is not None:
                phrases.append(phrase)
        return phrases

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.opens, pos) - 1
        return i >= 0 and self.spans[i][0] < pos < self.spans[i][1]

    def _resolve(self, phrase: Phrase) -> list[str] | None:
        """The people/organisations a subject phrase names, or None when it names none we know."""
        speakers: list[str] = []
        for start, end in phrase.conjuncts:
            for name in self._resolve_conjunct(start, end):
                if name not in speakers:
                    speakers.append(name)
        return speakers or None

    def _resolve_conjunct(self, start: int, end: int) -> list[str]:
        end = _before_apposition(self.text, start, end)
        mentions = self.entities.overlapping(start, end)
        if self.text[start:end].strip() in _PERSON_PRONOUNS:
            return self._pronoun_person(mentions, start)
        # an organisation speaks only as the head of the phrase (보성군은, 한빛전자 측은),
        # not as the modifier of an unnamed person (대전시 관계자는 → no speaker)
        heads = [
            m for m in mentions if not m.is_person and self.text[m.end : end].strip() in _ORG_SPEAKER_TAILS
        ]
        people = [m for m in mentions if m.is_person]
        if people and not heads and all(self._possessor_of_noun(m, end) for m in people):
            return []  # 노 전 사장의 변호인은: the one speaking is the person's lawyer, unnamed
        if people and not (heads and all(self._qualifies(m, heads) for m in people)):
            people.sort(key=lambda m: m.start)
            gaps = [self.text[a.end : b.start] for a, b in itertools.pairwise(people)]
            if any(HANGUL_WORD.search(gap) for gap in gaps):
                # 유 후보 선거대책위원회 하수민 대변인은: the last person is the head, the others qualify
                return [people[-1].name]
            return _unique([m.name for m in people])
        if heads:
            return [max(heads, key=lambda m: m.end - m.start).name]
        return self._resolve_unknown(start, end)

    def _possessor_of_noun(self, person: _Mention, end: int) -> bool:
        """The person stands in the possessive before a noun that heads the phrase (김 대표의 변호인)."""
        return self.text.startswith("의", person.end) and bool(
            HANGUL_WORD.search(self.text, person.end + 1, end)
        )

    def _qualifies(self, person: _Mention, heads: list[_Mention]) -> bool:
        """김 배우의 소속사 ○○ 측은: a person in the possessive before the body that speaks."""
        return self.text.startswith("의", person.end) and all(person.end <= h.start for h in heads)

    def _resolve_unknown(self, start: int, end: int) -> list[str]:
        """No entity covers the phrase: a pronoun, a bare suffix noun, or an organisation-like name."""
        words = self.text[start:end].split()
        if not words:
            return []
        if len(words) == 1 and words[0] in _PRONOUNS:
            carried = self._carried_over(start)
            if words[0] in _PLURAL_PRONOUNS and len(carried) < 2:
                return []  # 이들은 after one speaker: the people the story is about, not the speaker
            return carried
        group = self._counted_people(words, start)
        if group is None:
            group = self._counted_group(words, start)
        if group is not None:
            return group
        referent = self._referent_org(words, start)
        if referent is not None:
            return referent
        head = words[-1]
        if len(words) <= 2 and words[0] in _DEMONSTRATIVES | {head} and head in org_suffixes():
            org = self.entities.org_ending_with(head, start) or self._fallback_org(head)
            return [org] if org else []
        if _org_like(head):
            name = " ".join(self._past_parent_bodies(start, end))
            self.fallback_orgs.append((start, name))
            return [name]
        return []

    def _past_parent_bodies(self, start: int, end: int) -> list[str]:
        """The phrase's words after any named body before it: 전국농민회총연맹 해남군농민회 → 해남군농민회."""
        words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", self.text[start:end])]
        keep = 0
        for i, (pos, word) in enumerate(words[:-1]):
            covering = [m for m in self.entities.overlapping(pos, pos + len(word)) if not m.is_person]
            if any(m.start <= pos and m.end >= pos + len(word) for m in covering):
                keep = i + 1
        # only a parent body right before the head word (not 해남군 벼 수매가 협의회, a committee's full name)
        head = words[-1][1]
        named = _org_like(head) and head not in org_suffixes()  # 해남군농민회, not a bare 협의회
        return [head] if keep == len(words) - 1 and named else [w for _, w in words]

    def _pronoun_person(self, mentions: list[_Mention], start: int) -> list[str]:
        """그는 / 그녀는: the person the people extractor ties it to, else the last named outside quotes;
        nobody when an unnamed speaker (한 부행장은 말했다) spoke after the last person named."""
        last = self.history[-1] if self.history else None
        if last is not None and last.anonymous and last.pos > self.entities.last_person_before(start):
            return []
        people = [m.name for m in mentions if m.is_person]
        if people:
            return _unique(people)
        found = self.entities.recent_person(start, self._in_quote)
        return [found] if found else []

    def _referent_org(self, words: list[str], start: int) -> list[str] | None:
        """경찰은, 회사 측은, 이 구단은, 대전 구단은: the last body of the kind the generic noun names.

        None when the phrase is not a generic noun; [] when it is one but no body of its kind
        was named before (a generic noun is never itself a speaker's name).
        """
        if len(words) > 1 and words[-1] in _SIDE_WORDS:
            words = words[:-1]
        elif words[-1][-1:] in _SIDE_WORDS and words[-1][:-1] in org_referents():
            words = [*words[:-1], words[-1][:-1]]  # 회사측 written solid
        kind = org_referents().get(words[-1])
        if kind is None or len(words) > 2:
            return None
        if words[-1] in _BENCH_NOUNS and len(words) == 1:
            bench = self._court_bench(start)
            if bench is not None:
                return [bench]
        prefix = ""
        if len(words) == 2 and words[0] not in _DEMONSTRATIVES:
            if len(words[0]) < 2:
                return None
            prefix = words[0]  # a place before the noun narrows it: 대전 구단 → the club named 대전…
        org = self.entities.org_of_kind(kind, start, prefix) or self._fallback_of_kind(kind, prefix)
        return [org] if org else []

    def _court_bench(self, start: int) -> str | None:
        """재판부는 → the court named last with its division (○○지법 형사합의5부), when written so."""
        found = self.entities.mention_of_kind("court", start)
        if found is None:
            return None
        end, court = found
        if _COURT_DIVISION.fullmatch(court.name.split()[-1]):
            return court.name  # the organisation extractor already named the division
        division = _COURT_DIVISION.match(self.text, end)
        return f"{court.name} {division.group('unit')}" if division else None

    def _counted_people(self, words: list[str], start: int) -> list[str] | None:
        """두 장관은 / 양 정상은 / 두 사람은: the last people of that title (any, for 사람/정상) named
        before; None when the phrase counts no people, [] when that many were not named."""
        if len(words) != 2 or (words[0] not in NATIVE_COUNTS and words[0] != "양"):
            return None
        count = NATIVE_COUNTS.get(words[0], 2)
        noun = words[1]
        if noun not in _ANY_PEOPLE and noun not in titles():
            return None
        title_of = {p.name: p.title or "" for p in self.entities.people}
        found: list[str] = []
        i = bisect.bisect_left(self.entities.person_starts, start)
        for name in reversed(self.entities.person_names[max(0, i - MAX_REFERENT_LOOKBACK) : i]):
            fits = noun in _ANY_PEOPLE or title_of.get(name, "").endswith(noun)
            if fits and name not in found:
                found.append(name)
            if len(found) == count:
                return found[::-1]
        return []

    def _counted_group(self, words: list[str], start: int) -> list[str] | None:
        """세 회사는 / 양사는 / 이들 두 기관은: the bodies named together in the last sentence naming any.

        None when the phrase is not a counted group noun; [] when the last sentence naming
        bodies does not name exactly that many (no guess).
        """
        if words[0] in _GROUP_DETERMINERS:
            words = words[1:]
        count = _group_count(words)
        if count is None:
            return None
        last_org = None
        for m in reversed(self.entities.overlapping(max(0, start - MAX_CARRY_CHARS), start)):
            if not m.is_person and m.start < start:
                last_org = m
                break
        if last_org is None:
            return []
        lo = self.sentences.start_before(last_org.start)
        names = _unique(
            [m.name for m in self.entities.overlapping(lo, last_org.end) if not m.is_person and m.start >= lo]
        )
        return names if len(names) == count else []

    def _fallback_of_kind(self, kind: str, prefix: str) -> str | None:
        endings = org_kind_endings().get(kind, ())
        for _, name in reversed(self.fallback_orgs):
            if name.endswith(endings) and name.startswith(prefix):
                return name
        return None

    def _fallback_org(self, suffix: str) -> str | None:
        for _, name in reversed(self.fallback_orgs):
            if name.endswith(suffix):
                return name
        return None

    def _carried_over(self, pos: int) -> list[str]:
        """Speakers of the last attribution shortly before `pos` (이어 "…", 그는 …)."""
        if self.history and pos - self.history[-1].pos <= MAX_CARRY_CHARS:
            return list(self.history[-1].speakers)
        return []

    def _remember(self, pos: int, speakers: list[str]) -> None:
        self.history.append(_Attribution(pos, speakers, self.anonymous and not speakers))

    def _broadcast_speaker(self, open_at: int) -> list[str] | None:
        """▶ 인터뷰 : 정민호 / 장관 - "…": the name before the slash."""
        # only the last 120 characters are searched, so only they are scanned for the line start
        window = max(0, open_at - 120)
        line_start = self.text.rfind("\n", window, open_at) + 1
        m = _BROADCAST_TAG.search(self.text, max(line_start, window), open_at)
        if not m:
            return None
        people = [x.name for x in self.entities.overlapping(*m.span("name")) if x.is_person]
        if people:
            return people[:1]
        name = m.group("name").strip()
        return [] if _ANONYMISED.fullmatch(name) else [name]

    def _headline_speakers(self, open_at: int) -> list[str]:
        """Headline style 김 장관 "…": a bare name phrase opening the line right before the quote."""
        window = max(0, open_at - MAX_LEAD_CHARS)
        line_start = self.text.rfind("\n", window, open_at) + 1
        if line_start == 0 and window > 0:
            return []  # the line opens further back: a sentence, not a headline's name phrase
        words = self._token_range(line_start, open_at)
        tokens = self.doc.tokens
        # only each word's last morpheme counts: Kiwi splits unfamiliar names oddly (예/NP 서/JKB 현/MM)
        word_ends = [k for k in words if k + 1 == words.stop or tokens[k + 1].start > tokens[k].end]
        if not words or any(tokens[k].tag not in _NAME_PHRASE_TAGS for k in word_ends):
            return []
        mentions = self.entities.overlapping(line_start, open_at)
        return _unique([m.name for m in mentions if m.is_person])

    def _interview_answer(self, first_open: int, last_close: int) -> list[str] | None:
        """A quote paragraph answering a question line (―…나. / Q. …) in an interview: the interviewee's.

        Only when the article names one interviewee unambiguously ("한 대표를 만났다").
        """
        text = self.text
        # every look is bounded: only white space may stand between the marks and the line breaks
        line_start = text.rfind("\n", max(0, first_open - MAX_PAD_CHARS), first_open) + 1
        line_end = text.find("\n", last_close, last_close + MAX_PAD_CHARS)
        line_end = len(text) if line_end < 0 and last_close + MAX_PAD_CHARS >= len(text) else line_end
        if line_start == 0 or line_end < 0 or text[line_start:first_open].strip():
            return None
        if text[last_close + 1 : line_end].strip(" .\t"):
            return None
        lead_from = max(0, line_start - MAX_LEAD_CHARS)
        prev_end = lead_from + len(text[lead_from:line_start].rstrip())
        prev_start = max(text.rfind("\n", lead_from, prev_end) + 1, lead_from)
        if not _QUESTION_LINE.match(text, prev_start, prev_end):
            return None
        if self._interviewee is None:
            self._interviewee = self._find_interviewee()
        return self._interviewee or None

    def _find_interviewee(self) -> list[str]:
        """The one person an interview article says it met ("한 대표를 양조장에서 만났다"), else the
        first person it names: an interview opens on its interviewee ([인터뷰] 서하린 대표 "…")."""
        found: list[str] = []
        for m in _MET.finditer(self.text):
            people = [x.name for x in self.entities.overlapping(*m.span("who")) if x.is_person]
            found += people[-1:]
        if found:
            return found[:1] if len(set(found)) == 1 else []
        return self.entities.person_names[:1]

    def _words_of_sentence(self, last_close: int) -> list[str] | None:
        """ "…" 행사를 지켜본 박서연씨의 말이다.: the sentence after the quote says whose words they are."""
        m = _WORDS_OF.match(self.text, last_close + 1)
        if m is None:
            return None
        start, end = m.span("owner")
        mentions = [x for x in self.entities.overlapping(start, end) if x.end <= end]
        people = [x.name for x in mentions if x.is_person]
        if people:
            return people[-1:]
        return [mentions[-1].name] if mentions else None

    def _name_line_speakers(self, open_at: int) -> list[str] | None:
        """A quote opening its own line under a short line that names someone (홍길동 총장\\n"…")."""
        line_start = _opened_line(self.text, open_at)
        if line_start is None:
            return None
        prev_start = self.text.rfind("\n", 0, line_start - 1) + 1
        prev = self.text[prev_start : line_start - 1].strip()
        if not prev or len(prev) > 40 or prev[-1] in ".?!\"”'’":
            return None
        mentions = self.entities.overlapping(prev_start, line_start - 1)
        people = [m.name for m in mentions if m.is_person]
        return _unique(people or [m.name for m in mentions]) or None

    def _paragraph_speakers(self, first_open: int, last_close: int) -> list[str] | None:
        """A quote standing as its own paragraph, attributed by the sentence after or before it.

        "…"\n김 대표는 이렇게 말했다. / "…"\n그는 덧붙였다. / 그는 이렇게 조언했다.\n"…"
        """
        text = self.text
        # every look is bounded: only white space may stand between the marks and the line breaks
        line_start = text.rfind("\n", max(0, first_open - MAX_PAD_CHARS), first_open) + 1
        line_end = text.find("\n", last_close, last_close + MAX_PAD_CHARS)
        if line_end < 0 and last_close + MAX_PAD_CHARS >= len(text):
            line_end = len(text)
        if line_start == 0 or line_end < 0:
            return None
        if text[line_start:first_open].strip() or text[last_close + 1 : line_end].strip(" .\t"):
            return None
        lead_from = max(0, line_start - MAX_LEAD_CHARS)
        prev_end = lead_from + len(text[lead_from:line_start].rstrip())
        prev_start = max(text.rfind("\n", lead_from, prev_end) + 1, lead_from)
        if _TAG_LINE.search(text, prev_start, prev_end):
            return None  # ▶ 인터뷰 : 시민 - "…": an anonymous soundbite
        after = self._pointing_sentence_after(line_end)
        if after is not None:
            return after
        last_sentence = max(prev_start, self.sentences.start_before(prev_end - 1))
        return self._pointing_sentence_before(last_sentence, prev_end)

    def _possessor_of_speech(self, first_open: int, last_close: int) -> list[str] | None:
        """한승우 의원의 "…얼마냐"는 질의에: the quote names a question or remark of the person before it."""
        if not _SPEECH_NOUN_AFTER.match(self.text, last_close + 1):
            return None
        before = self.text[max(0, first_open - MAX_PAD_CHARS * 2) : first_open]
        if not before.rstrip().endswith("의"):
            return None
        people = [m for m in self.entities.overlapping(first_open - len(before), first_open) if m.is_person]
        return [people[-1].name] if people else None

    def _sentence_after_quote(self, first_open: int, last_close: int) -> list[str] | None:
        """ "…입니다." 김 의원은 이렇게 말했다.: a quoted sentence of its own, then on the same line a
        short sentence that only reports it."""
        text = self.text
        line_start = text.rfind("\n", max(0, first_open - MAX_PAD_CHARS), first_open) + 1
        before = text[max(line_start, first_open - MAX_PAD_CHARS) : first_open].strip()
        if before and before[-1] not in ".?!":
            return None  # the quote does not open a sentence
        if text[last_close - 1] not in ".?!" or text.find("\n", last_close + 1, last_close + 3) >= 0:
            return None  # the quoted sentence must end inside its marks, and the line go on
        return self._pointing_sentence_after(last_close + 1)

    def _pointing_sentence_after(self, pos: int) -> list[str] | None:
        """김 대표는 (웃으며) 이렇게 말했다. / 그는 덧붙였다.: a short sentence that only reports."""
        window = self.text[pos : pos + MAX_TAIL_CHARS]
        start = pos + len(window) - len(window.lstrip())  # past the blank lines
        end = min(self.sentences.end_after(start), start + MAX_TAIL_CHARS)
        newline = self.text.find("\n", start, end)
        end = newline if newline >= 0 else end
        if start >= end or _QUOTE_MARKS.search(self.text, start, end):
            return None
        for k in self._token_range(start, end):
            verb = speech_verb_at(self.doc, k)
            if verb is None:
                continue
            if self._clause_ending(verb[0]) is not None:
                return None  # …다고 밝혔다: the sentence reports its own clause
            vs, ve = verb_surface(self.doc, *verb)
            words = self.text[start:vs].split()
            pointed = any(w in pointers() for w in words)
            if self.text[ve:end].strip() not in {"", "."} and not pointed:
                return None  # the verb must end the sentence, unless 이렇게 points at the quote
            if len(words) > MAX_POINTING_WORDS and not pointed:
                return None
            subject = self._topic_speakers(start, vs)
            if subject is not None:
                return subject  # 한 보직교수는 이렇게 말했다: the topic speaks, named or not
            return self._first_resolved(start, vs)
        return None

    def _topic_speakers(self, start: int, end: int) -> list[str] | None:
        """Speakers of the topic phrase (은/는) between start and end: [] when it names nobody, None
        when there is no topic."""
        topics = [p for p in self._phrases(start, end) if p.has_topic_marker]
        if not topics:
            return None
        found = self._resolve(topics[0])
        return found if found is not None else []

    def _pointing_sentence_before(self, start: int, end: int) -> list[str] | None:
        """The sentence right before a quote paragraph: its subject speaks when it talks of speech."""
        if start >= end or _QUOTE_MARKS.search(self.text, start, end):
            return None
        verbs, nouns = speech_lemmas()
        tokens = self.doc.tokens
        words = self.text[start:end].split()
        speaks = self.text[end - 1] == ":" or any(w in pointers() for w in words)
        speaks = speaks or any(
            tokens[k].form in verbs | nouns and tokens[k].tag.startswith(("VV", "NN"))
            for k in self._token_range(start, end)
        )
        return self._first_resolved(start, end) if speaks else None

    def _first_resolved(self, start: int, end: int) -> list[str] | None:
        for phrase in self._phrases(start, end):
            found = self._resolve(phrase)
            if found is not None:
                return found
        return None

    # --- indirect quotes -----------------------------------------------------------

    def _indirect_clauses(self) -> list[_Clause]:
        """Reporting verbs outside quotes preceded by a -다고/-라고/-냐고/-자고 clause ending."""
        clauses = []
        tokens = self.doc.tokens
        for k, tok in enumerate(tokens):
            if not tok.tag.startswith(("VV", "NN")) or self._in_quote(tok.start):
                continue
            verb = speech_verb_at(self.doc, k)
            if verb is None:
                continue
            ending = self._clause_ending(verb[0])
            if ending is not None:
                clauses.append(_Clause(verb, tok.start, ending, tokens[ending].end - 1))
        return clauses

    def _clause_ending(self, verb_first: int) -> int | None:
        """Index of the -다고 token before the verb, over time words and a subject ("…다고 28일 밝혔다")."""
        tokens = self.doc.tokens
        j = verb_first - 1
        for _ in range(MAX_GAP_TOKENS):
            if j < 0:
                return None
            tok = tokens[j]
            if _reported_ending(self.text, tok):
                return j
            if tok.tag not in _GAP_TAGS or "\n" in self.text[tok.end : tokens[j + 1].start]:
                return None
            j -= 1
        return None

    def _indirect_quote(self, clause: _Clause) -> Quote | None:
        lo = max(self.sentences.start_before(clause.end), clause.end - MAX_CLAUSE_CHARS)
        i = bisect.bisect_left(self.opens, clause.end) - 1
        if i >= 0 and self.spans[i][1] >= lo:
            glue = _HANDOVER.match(self.text, self.spans[i][1] + 1)
            if glue is None or glue.end() > clause.end:
                return None  # "…"하고 있다고: the quote itself is the reported clause
            lo = glue.end()
            if clause.verb[0] in self.verb_speakers:
                # "…"며 시가 …했는지 밝혀야 한다고 덧붙였다: the quote's speaker goes on; a subject
                # inside the clause is the clause's own
                return self._clause_quote(clause, lo, self.verb_speakers[clause.verb[0]])
        speakers, lo = self._clause_speakers(clause, lo)
        return self._clause_quote(clause, lo, speakers)

    def _clause_quote(self, clause: _Clause, lo: int, speakers: list[str]) -> Quote | None:
        dateline = _DATELINE_END.search(self.text, lo, clause.end)
        if dateline is not None:  # (도쿄=연합뉴스) 조민혁 특파원 = 일본 정부가 …: the story starts after =
            lo = dateline.end()
        start, end = _strip(self.text, _skip_continuations(self.text, lo, clause.end), clause.end)
        while start < end and self.text[start] in '"“”':
            start += 1  # an unpaired mark left by a broken direct quote
        start = self._past_addressee(start, clause)
        start = self._past_scene(start, clause)
        if end - start < 4:
            return None
        self._remember(clause.verb_start, speakers)
        vs, ve = verb_surface(self.doc, *clause.verb)
        return Quote(
            text=self.text[start:end],
            start=start,
            end=end,
            kind="indirect",
            speakers=speakers,
            verb=self.text[vs:ve],
        )

    def _past_scene(self, start: int, clause: _Clause) -> int:
        """노조는 26일 기자회견을 열고 …다고 주장했다: a clause setting the scene of speaking is not reported.

        Only when no subject stands before the scene words (정부가 성명을 내고 … is itself reported).
        """
        scene = scene_clause().search(self.text, start, clause.end)
        if scene is None:
            return start
        for k in self._token_range(start, scene.start()):
            tok = self.doc.tokens[k]
            if tok.tag == "JKS" or (tok.tag == "JX" and tok.form in TOPIC_MARKERS):
                return start
        after, _ = _strip(self.text, scene.end(), clause.end)
        return after if clause.end - after >= 4 else start

    def _past_addressee(self, start: int, clause: _Clause) -> int:
        """시장은 구청장에게 …하라고 지시했다: the one told (…에게) is not part of an order or a question."""
        tokens = self.doc.tokens
        ending = tokens[clause.ending]
        statement = ending.form == "라고" and tokens[clause.ending - 1].tag == "VCP"
        if ending.form not in _DIRECTIVE_ENDINGS or statement:
            return start  # -다고, or 이라고 after a noun: a statement, whose 에게 belongs to it
        for k in self._token_range(start, min(clause.end, start + MAX_ADDRESSEE_CHARS)):
            tok = tokens[k]
            if tok.tag == "JKB" and tok.form in _ADDRESSEE_PARTICLES:
                return _strip(self.text, tok.end, clause.end)[0]
            if tok.tag not in _NP_WORD_TAGS:
                break
        return start

    def _last_clause_boundary(self, lo: int, end: int) -> int | None:
        """Where the last clause in the past joined by -고, / -며, before `end` ends (after its comma):
        "논평을 냈고, " reports an event; "판로를 맡고, " may be a part of the reported plan."""
        found = None
        for m in _CLAUSE_JOIN.finditer(self.text, lo, end):
            k = bisect.bisect_left(self.token_starts, m.start()) - 1
            if k >= 0 and self.doc.tokens[k].tag == "EP" and self.doc.tokens[k].form in _PAST:
                found = m.end()
        return found

    def _names_someone_unnamed(self, lo: int, phrase: Phrase) -> bool:
        """The phrase opens the sentence and its head is a noun for an unnamed person (한 기자, 관계자)."""
        start = _skip_continuations(self.text, lo, phrase.start)
        if self.text[start : phrase.start].strip():
            return False
        words = self.text[phrase.start : phrase.particle.start].split()
        return bool(words) and words[-1] in load_words("speech_anonymous_nouns.txt")

    def _clause_speakers(self, clause: _Clause, lo: int) -> tuple[list[str], int]:
        """Speakers of a reported clause and where the clause starts (after its subject)."""
        # …할 것이라고 한빛통신이 전했다: a subject between 고 and the verb speaks; the clause keeps
        # its own topic (회사는 …)
        for phrase in self._phrases(self.doc.tokens[clause.ending].end, clause.verb_start):
            found = self._resolve(phrase)
            if found is not None:
                return found, lo
        boundary = self._last_clause_boundary(lo, clause.end)
        if boundary is not None and not any(not p.is_topic for p in self._phrases(lo, boundary)):
            # (군은 A가 …맡고, B는 …한다고 설명했다: a clause with its own subject is reported too)
            # A는 논평을 냈고, B는 …다고 밝혔다: B, written after the first clause ended, speaks
            for phrase in self._phrases(boundary, clause.end):
                found = self._resolve(phrase)
                if found is not None:
                    return found, phrase.particle.end
        phrases = self._phrases(lo, clause.end)
        for phrase in phrases:
            found = self._resolve(phrase)
            if found is not None:
                return found, phrase.particle.end
            if phrase.is_topic:
                break  # 회사는 시민연대가 …: a subject after the sentence's topic is the clause's own
        self.anonymous = False
        topics = [p for p in phrases if p.has_topic_marker]
        if topics:
            self.anonymous = True
            return [], topics[0].particle.end
        opener = phrases[0] if phrases else None
        if opener is not None and self._names_someone_unnamed(lo, opener):
            self.anonymous = True  # 한 기자가 …냐고 묻자: the subject opening the sentence is nobody named
            return [], opener.particle.end
        if clause.verb[0] in self.verb_speakers:
            return self.verb_speakers[clause.verb[0]], lo  # "…"며 …다고 밝혔다: the quote's speaker
        return self._carried_over(clause.verb_start), lo


@dataclass(frozen=True, slots=True)
class _Clause:
    """A reported clause: its verb's tokens, where the verb starts, its -다고 token, where 고 starts."""

    verb: tuple[int, int]
    verb_start: int
    ending: int
    end: int


# What may follow an organisation's name when it is the speaker: nothing, 측 (the side of), 당국.
_ORG_SPEAKER_TAILS = frozenset({"", "측", "쪽", "당국"})
# What may follow a mention inside one word of a speaker phrase (한빛전자의 김 대표, 한빛전자와 …).
_WORD_TAILS = frozenset({"", "의", "와", "과", ","})
# Subject particles as written, for names Kiwi misreads (…로직스는 as 스/VV 는/ETM).
_PARTICLE_SURFACES = frozenset({"은", "는", "이", "가", "도"})
# The sentence after a quote naming whose words they were: "…" 주민 박서연씨의 말이다.
_WORDS_OF = re.compile(
    r"""
    [ \t]*(?:\n[ \t]*)?                     # the same paragraph or the next line
    (?P<owner>[^\n.?!"“”]{1,80}?)          # who: 현장을 지켜본 주민 박서연(21)씨
    의\s*(?:말|설명|얘기|이야기|전언|지적|주장|평가|전망|분석|하소연|답변)  # "the words of"
    (?:이다|이었다|입니다|였다)              # is / was
    \s*[.]                                  # the full stop
    """,
    re.VERBOSE,
)
# An interviewer's question line: ―양조장을 물려받을 때 망설이지 않았나. / Q. … / 질문: … / ▲ …
_QUESTION_LINE = re.compile(
    r"""
    [ \t]*
    (?:[―—–-]|Q\s*[.:]?|질문\s*[.:)]?|▲)  # the marker newspapers put before a question
    \s*[^\s"“”]                          # the question's first word (no quote opens the line)
    """,
    re.VERBOSE,
)
# The sentence of an interview that names whom the writer met: 한 대표를 양조장에서 만났다.
_MET = re.compile(
    r"""
    (?<![^\s.?!"“”])                             # from a word's start only: a long word is not rescanned
    (?P<who>[^\s.?!"“”]+(?:[ \t][^\s.?!"“”]+)?)  # the person: 한 대표, 한아름 대표
    (?:을|를)\s+
    (?:[^\n.?!"“”]{0,30}?\s)?                   # where or when: 양조장에서
    만났다                                        # met
    """,
    re.VERBOSE,
)
# Words that refer back to an earlier speaker when no entity mention covers them.
_PRONOUNS = frozenset({"그", "그녀", "그들", "이들", "그는", "그녀는"})
# Third-person singular pronouns: they refer to a person, never to an organisation.
_PERSON_PRONOUNS = frozenset({"그", "그녀"})
_PLURAL_PRONOUNS = frozenset({"그들", "이들"})
# Titles of the article's own writers: never what 그는 refers back to.
_WRITER_TITLES = frozenset({"기자", "특파원"})
# Legal marks of a company name.
_LEGAL_MARKS = ("㈜", "(주)", "주식회사")
# Words after a body's generic noun meaning "the side of" (회사 측은, 병원 쪽은).
_SIDE_WORDS = frozenset({"측", "쪽"})
# Determiners before a bare suffix noun that refers back (이 의회, 해당 공사, 동 위원회).
_DEMONSTRATIVES = frozenset({"이", "해당", "동", "같은"})
# Clause endings that report speech before 고: -다고, -라고, -냐고, -자고.
_REPORTED_ENDINGS = frozenset({"다고", "라고", "냐고", "자고"})
# What may stand between a reported clause and its verb: "…다고 28일 밝혔다", "…다고 김 장관은 말했다".
# JKB: the addressee after the clause ("…해 달라고 정부에 요청했다").
_GAP_TAGS = frozenset({"SN", "NNB", "NNG", "NNP", "NP", "MAG", "MM", "JX", "JKS", "JKB", "SP", "XSN", "SL"})
MAX_GAP_TOKENS = 8

# White space allowed around a quote that stands as its own paragraph.
MAX_PAD_CHARS = 8
# A sentence pointing at a quote paragraph without 이렇게 has at most this many words before its verb.
MAX_POINTING_WORDS = 3
# A broadcast soundbite tag line (▶ 인터뷰 : 시민 -), named or not.
_TAG_LINE = re.compile(
    r"""
    (?:인터뷰|싱크|녹취|INT|SYNC)   # the tag word
    \s*[:：]                        # its colon
    """,
    re.VERBOSE,
)
# Tags of a headline's bare speaker phrase: names, titles, their punctuation (김 장관, 이 대표·박 위원장).
_NAME_PHRASE_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SH", "SP", "SO", "SW", "XSN", "MM"})
# After a quote, the subject may follow the quotative: "…"라고 김 장관은 말했다.
_AFTER_QUOTE_GAP = re.compile(
    r"""
    \s*(?:(?:이)?(?:라)?(?:고|며|면서)(?:도)?)?  # the quotative ending glued to the closing mark, if any
    \s*,?\s*                          # then a space or comma before the subject
    """,
    re.VERBOSE,
)
_CONTINUES = re.compile(r"며|면서")
HANGUL_WORD = re.compile(r"[가-힣]{2,}")
# Kinds of body whose units are written after the body's name (경찰청 국가수사본부, 서울중앙지검 형사부).
_UNIT_HOLDING_KINDS = frozenset({"police", "prosecution", "court"})
# A name the press withholds: 박 모 씨, 김모씨, A씨, 시민 B씨.
_ANONYMISED = re.compile(
    r"""
    (?:[가-힣]+[ \t])?                 # a description before it (시민)
    (?:[가-힣][ \t]?모|[A-Z])          # a surname and 모, or a capital letter
    (?:[ \t]?씨)?                      # 씨
    """,
    re.VERBOSE,
)
# A verb's connective ending and a comma closing one clause of a sentence: "냈고, ", "열었으며, ".
_CLAUSE_JOIN = re.compile(r"(?:고|며|으며),[ \t]+")
_PAST = frozenset({"었", "았", "였"})
# The end of a wire story's dateline and byline: "(서울=연합뉴스) 김철수 기자 = ".
_DATELINE_END = re.compile(
    r"""
    (?:기자|특파원|통신원)   # the byline's role
    [ \t]*=[ \t]*          # the equals sign that closes it
    """,
    re.VERBOSE,
)
# Where a reported clause starts after a quote in the same sentence: "…"며 구체적인 …다고 밝혔다.
_HANDOVER = re.compile(
    r"""
    (?:이)?(?:라)?             # copula and quotative
    (?:며|면서|하며|하면서|고)  # the connective ending
    (?:도)?                    # concessive 도 (…"면서도 …다고)
    [\s,]+                     # the space before the next clause
    """,
    re.VERBOSE,
)

# The first word of a clause, to drop openers such as 이어 / 그러면서.
_LEADING_WORD = re.compile(
    r"""
    \s*([^\s,]+)  # the word
    [\s,]+        # the space or comma after it
    """,
    re.VERBOSE,
)


# Endings of orders, requests, proposals and questions (…하라고, …달라고, …하자고, …이냐고).
_DIRECTIVE_ENDINGS = frozenset({"라고", "으라고", "자고", "냐고", "으냐고", "느냐고"})
# Particles marking the one spoken to (구청장에게, 장관께, 친구한테).
_ADDRESSEE_PARTICLES = frozenset({"에게", "께", "한테"})
# Tags of the words of an addressee's name phrase (김 청장, 각 부서장).
_NP_WORD_TAGS = frozenset({"NNG", "NNP", "NNB", "NP", "SN", "SL", "XSN", "MM", "SP"})
MAX_ADDRESSEE_CHARS = 40
# Nouns for the bench of a court (재판부는): the court's division when the text names one.
_BENCH_NOUNS = frozenset({"재판부"})
# A court's division as written after the court's name: 형사합의25부, 민사12부, 형사3단독.
_COURT_DIVISION = re.compile(
    r"""
    \s*                                    # the space after the court's name
    (?P<unit>[가-힣]{0,6}\d{1,3}(?:부|단독)  # a numbered division (형사합의25부, 민사1단독)
    |[가-힣]{0,4}합의부)                     # or an unnumbered panel (형사합의부)
    (?=[은는이가의도에(\s,.]|$)              # the whole word: a particle or a break follows (not 부장)
    """,
    re.VERBOSE,
)
# Words that may open a counted group phrase (이들 세 회사는).
_GROUP_DETERMINERS = frozenset({"이들", "이"})
# Native numerals before a counted group noun (두 회사, 세 기관).
# Nouns that count people of any title: 두 사람은, 양 정상은.
_ANY_PEOPLE = frozenset({"사람", "정상", "인사"})
# A group noun counted in one word: 양사, 3사, 양 기관 (written solid), 3개사.
_SOLID_GROUP = re.compile(
    r"""
    (?P<count>양|\d{1,2})   # 양 (both) or a digit count
    (?:개)?                  # optional counter 개 (3개사, 4개 기관)
    (?P<noun>[가-힣]+)       # the group noun
    """,
    re.VERBOSE,
)


def _group_count(words: list[str]) -> int | None:
    """How many bodies a counted group phrase names: [세, 회사] → 3, [양사] → 2, [3개, 기관] → 3.

    >>> _group_count(["세", "회사"]), _group_count(["양사"]), _group_count(["3개", "기관"])
    (3, 2, 3)
    >>> _group_count(["회사"]) is None
    True
    """
    nouns = group_nouns()
    if len(words) == 2 and words[1] in nouns:
        if words[0] in NATIVE_COUNTS:
            return NATIVE_COUNTS[words[0]]
        count_word = words[0].removesuffix("개")  # 3개 기관
        if count_word == "양" or (count_word.isdigit() and len(count_word) <= 2):
            return 2 if count_word == "양" else int(count_word)
    if len(words) == 1:
        solid = _SOLID_GROUP.fullmatch(words[0])
        if solid and solid.group("noun") in nouns:
            count = solid.group("count")
            return 2 if count == "양" else int(count)
    return None


def _reported_ending(text: str, tok: Token) -> bool:
    if tok.tag == "EC":
        return text[max(tok.start, tok.end - 2) : tok.end] in _REPORTED_ENDINGS
    # Kiwi sometimes reads 늘었다고 as 다/EF + 고/JKQ: the quotative glued to a final ending
    # (after a closing mark the text reads "고 and never matches)
    return tok.tag == "JKQ" and text[max(0, tok.end - 2) : tok.end] in _REPORTED_ENDINGS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _skip_continuations(text: str, start: int, end: int) -> int:
    """Move past sentence openers like 이어, 그러면서 and a leading comma."""
    for _ in range(3):
        m = _LEADING_WORD.match(text, start, end)
        if not m or m.group(1) not in continuations() | load_words("speech_contrast_openers.txt"):
            break
        start = m.end()
    return start


def _before_apposition(text: str, start: int, end: int) -> int:
    """End of a phrase without a closing parenthetical: 대전도시공사(사장 한승우) → 대전도시공사."""
    if text[start:end].rstrip().endswith(")"):
        opening = text.rfind("(", start, end)
        if opening > start and text[start:opening].strip():
            return opening
    return end


def _org_like(word: str) -> bool:
    """A word ending in an organisation suffix with a name before it (보성군, not 국군 or 간부)."""
    for suffix in org_suffixes():
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if len(suffix) == 1 else 1):
            return True
    return False


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
    return any(words[0] in {title, *(title + p for p in _PARTICLE_SURFACES)} for title in titles)


def _names_a_company(text: str, person: Person) -> bool:
    """A 'person' whose name carries a company's legal mark was a firm all along."""
    return any(m.kind == "name" and _has_legal_mark(text, m.start, m.end) for m in person.mentions)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _opened_line(text: str, pos: int) -> int | None:
    """Where the line starts when only white space stands before `pos` on it (never the first line).

    Walks back over the white space only, so a long line is not rescanned for every quote.

    >>> _opened_line("김 총장\\n  “…”", 7), _opened_line("김 총장 “…”", 5), _opened_line("  “…”", 2)
    (5, None, None)
    """
    k = pos
    while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
        k -= 1
    return k if k > 0 and text[k - 1] == "\n" else None
