"""Direct and indirect quotes with their speakers (issue #4).

Direct quotes are the words between paired marks (" " “ ” 「 」 『 』). Each
quote (or chain of quotes joined by -며/-면서) is attributed to the first
reporting verb after it in its sentence; the speaker is the subject of that
verb — a phrase after the quote ("…"라고 김 장관은 말했다) or before it
(김 장관은 "…"), mapped to people and organisations through their mention
spans. Indirect quotes are clauses ending -다고/-라고/-냐고/-자고 right before
a reporting verb. Every step reads a bounded window, so the whole pass is
linear in the length of the text.

`_Finder` here reads the direct quotes and orders the pass; it builds on `_IndirectReading`
(quotes_indirect.py: the -다고 clauses), `_SpeakerReading` (quotes_speakers.py: the subject
of a quote's reporting verb) and `_SurroundingSpeakers` (quotes_speakers_around.py: speakers
read around the quote).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractor.analysis import Document
from extractor.entities.names import looks_like_korean_name
from extractor.speech.grammar import pointers, speech_verb_at, verb_surface
from extractor.speech.quote_marks import pair_quote_marks
from extractor.speech.quotes_indirect import _Clause, _IndirectReading, _strip
from extractor.speech.quotes_speakers_around import (
    _SPEECH_NOUN_AFTER,
    MAX_TAIL_CHARS,
    _describes_someone,
    _reported_ending,
)
from extractor.speech.soundbites import SoundBite, find_soundbites
from extractor.speech.speakers_entities import Entities, unique_names
from schemas import Organization, Person, Quote

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
# Nothing but a space (or a comma) between two quotes on one line.
_SPACE_ONLY = re.compile(r"[ \t]*,?[ \t]*")
# The most words a label or scare quote holds ("독재자", "매표 정치"): never a piece of a remark.
MAX_LABEL_WORDS = 2
# A quote handed to its speaker's topic phrase and the next quote: "…"는 이 감독은 "…"고 밝혔다.
_TOPIC_GLUE = re.compile(
    r"""
    (?:이)?(?:라)?는[ \t]+           # the quote as a clause: "…"는 / "…"라는
    (?:[^\s"“”″,.]+(?<![에을를의로서])[ \t]+){0,3}  # the speaker's phrase: 이 감독 (not 질의에 …)
    [^\s"“”″,.]+?(?:은|는)[ \t]+$   # its head with the topic marker, then the next quote opens
    """,
    re.VERBOSE,
)
# The word after a quotative ending: the predicate it hands the quote to (역공했고,).
_NEXT_WORD = re.compile(r"[ \t]*[^\s\"“”″.,!?]+")
# How a quote hands over to the words after it: "…"고, "…"라며, "…"이라고 하면서; "…" 이라며, with a
# stray space after the mark.
_QUOTATIVE_START = re.compile(
    r"""
    [ \t]?            # a space typed after the closing mark
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
_NOMINAL_START = re.compile(
    r"""
    (?:을|를|의|에|로|으로|와|과|처럼|이란|란|이라는|라는|는|은|도)  # a particle on the quote
    (?=\s|,|$)
    """,
    re.VERBOSE,
)


def extract_quotes(doc: Document, people: list[Person], organizations: list[Organization]) -> list[Quote]:
    """Direct and indirect quotes in `doc.text`, each with its speakers and reporting verb."""
    if not doc.text:
        return []
    bites = find_soundbites(doc.text)
    spans = _outside_bites(_speech_spans(doc.text, pair_quote_marks(doc.text)), bites)
    finder = _Finder(doc, spans, Entities(doc.text, people, organizations), bites)
    return finder.run()


def _outside_bites(spans: list[tuple[int, int]], bites: list[SoundBite]) -> list[tuple[int, int]]:
    """Mark pairs not inside a sound bite (a bite's words are one quote, marks and all)."""
    if not bites:
        return spans
    starts = [b.line_start for b in bites]

    def bite_at(pos: int) -> SoundBite | None:
        i = bisect.bisect_right(starts, pos) - 1
        return bites[i] if i >= 0 and pos < max(bites[i].end, bites[i].line_end) else None

    def kept(opening: int, closing: int) -> bool:
        if bite_at(opening) is not None:
            return False
        # {…/"…"} lines often leave a stray mark: a pair closing inside a braced bite is no quote either
        closed_in = bite_at(closing)
        return closed_in is None or not closed_in.braced

    return [(o, c) for o, c in spans if kept(o, c)]


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


@dataclass
class _Group:
    """Quotes that share one reporting verb ("…"며 "…"고 밝혔다), in text order."""

    spans: list[tuple[int, int]]
    verb: tuple[int, int] | None  # token range of the reporting verb


class _Finder(_IndirectReading):
    """One pass over an article: direct quote groups, then indirect clauses, then speakers in order."""

    def run(self) -> list[Quote]:
        events: list[tuple[int, int, object]] = []
        for group in self._groups():
            events.append((group.spans[0][0], 0, group))
        clauses = self._indirect_clauses()
        for clause in clauses:
            events.append((clause.verb_start, 1, clause))
        clause_verbs = {clause.verb[0] for clause in clauses}
        for verb in self._pointing_verbs():
            if verb not in clause_verbs:
                events.append((self.doc.tokens[verb].start, 2, verb))
        events.sort(key=lambda e: (e[0], e[1]))
        quotes: list[Quote] = []
        for _, _, event in events:
            if isinstance(event, _Group):
                quotes += self._direct_quotes(event)
            elif isinstance(event, _Clause):
                quote = self._indirect_quote(event)
                if quote:
                    quotes.append(quote)
            elif isinstance(event, int):
                self._pointing_attribution(event)
        quotes += [self._soundbite_quote(bite) for bite in self.bites]
        quotes.sort(key=lambda q: q.start)
        if self.name_repairs:
            for quote in quotes:
                quote.speakers = unique_names([self.name_repairs.get(s, s) for s in quote.speakers])
        return quotes

    def _pointing_verbs(self) -> list[int]:
        """Reporting verbs after 이같이 / 이렇게 in a sentence holding no quote: 조선의 변호인은 … 첫 공판에서
        이같이 밝혔다. The sentence restates who said what the story just reported."""
        found: list[int] = []
        if not any(pointer in self.text for pointer in pointers()):
            return found  # most articles: no token needs looking at
        for k, tok in enumerate(self.doc.tokens):
            if not tok.tag.startswith(("VV", "NN")):
                continue
            words = self.text[max(0, tok.start - 12) : tok.start].split()
            if not words or words[-1] not in pointers() or self._in_quote(tok.start):
                continue
            if speech_verb_at(self.doc, k) is None:
                continue
            lo, hi = self.sentences.start_before(tok.start), self.sentences.end_after(tok.start)
            if not any(lo <= o < hi for o in self.opens):
                found.append(k)
        return found

    def _pointing_attribution(self, verb: int) -> None:
        """Remember the subject of a quote-less pointing sentence as the last attribution, so a quote
        opening the next sentence with no subject (그러면서 "…") is that speaker's."""
        verb_start = self.doc.tokens[verb].start
        self.anonymous = False
        phrases = self._phrases(self.sentences.start_before(verb_start), verb_start)
        for phrase in [p for p in phrases if p.has_topic_marker][:1] or phrases[:1]:
            found = self._resolve(phrase)
            if found is None and _describes_someone(self.text[phrase.start : phrase.particle.start]):
                found = []  # 도하준의 변호인은 / 업계 관계자는: someone unnamed
            if found is not None:
                self.anonymous = not found
                self._remember(verb_start, found)

    def _soundbite_quote(self, bite: SoundBite) -> Quote:
        """[홍길동/의원 : …]: the words are a direct quote of the person named before the slash."""
        speakers: list[str] = []
        if bite.name is not None:
            named = self.entities.overlapping(*bite.name)
            people = [m.name for m in named if m.is_person]
            raw = self.text[slice(*bite.name)].strip()
            # {항만노동자/…}: a braced tag may describe someone; only a name-shaped one speaks
            unnamed = _describes_someone(raw) or (bite.braced and not looks_like_korean_name(raw))
            speakers = people[:1] or [m.name for m in named][:1] or ([] if unnamed else [raw])
        return Quote(
            text=self.text[bite.start : bite.end],
            start=bite.start,
            end=bite.end,
            kind="direct",
            speakers=speakers,
        )

    # --- direct quotes -------------------------------------------------------------

    def _groups(self) -> list[_Group]:
        groups: list[_Group] = []
        current: list[tuple[int, int]] = []
        for n, (o, c) in enumerate(self.spans):
            current.append((o, c))
            nxt = self.spans[n + 1][0] if n + 1 < len(self.spans) else None
            tail_end = self._tail_end(c, nxt)
            verb = self._first_verb(c + 1, tail_end)
            glued = (
                nxt is not None
                and tail_end == nxt
                and bool(
                    _CHAIN_GLUE.match(self.text, c + 1, nxt)
                    or self._topic_glue(c, nxt)
                    or self._space_glue(o, c, n + 1)
                )
            )
            if verb is None and glued:
                continue  # glued to the next quote: they share its verb
            groups.append(_Group(current, verb))
            current = []
        return groups

    def _space_glue(self, open_at: int, close: int, n_next: int) -> bool:
        """ "…" "…"는 입장을 밝혔다: one remark quoted in two pieces with only a space between them on
        the line; labels ("독재자" "매표 정치"라고) are not pieces of one remark."""
        next_open, next_close = self.spans[n_next]
        if not _SPACE_ONLY.fullmatch(self.text, close + 1, next_open):
            return False
        pieces = (self.text[open_at + 1 : close], self.text[next_open + 1 : next_close])
        return all(len(piece.split()) > MAX_LABEL_WORDS for piece in pieces)

    def _topic_glue(self, close: int, next_open: int) -> bool:
        """ "…"는 이 감독은 "…": the speaker's topic between two quotes (not "…"는 질의에 …은 "…")."""
        return bool(_TOPIC_GLUE.match(self.text, close + 1, next_open)) and not _SPEECH_NOUN_AFTER.match(
            self.text, close + 1
        )

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
        elif (handover := _QUOTATIVE_START.match(self.text, last_close + 1)) is not None:
            # "…"라고 역공했고, 김 후보도 "…": the quotative's own predicate (no speech verb) ends the
            # first speaker's clause; the next quote's lead starts after it
            predicate = _NEXT_WORD.match(self.text, handover.end())
            if predicate is not None:
                self.lead_floor = max(self.lead_floor, predicate.end())
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
            verb_end = verb_surface(self.doc, *group.verb)[1] if self._verb_modifies(group.verb) else None
            speakers = self._sentence_after_quote(first_open, last_close) or self._speakers_before(
                first_open, last_close, self.doc.tokens[group.verb[0]].start, verb_end
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
        owner = self._words_of_sentence(last_close) or self._said_by_sentence(last_close)
        if owner is not None:
            return owner, True
        answer = self._interview_answer(first_open, last_close)
        if answer is not None:
            return answer, True
        lead = self._lead_quote_speakers(first_open, last_close)
        if lead is not None:
            return lead, True
        pointed = self._paragraph_speakers(first_open, last_close) or self._sentence_after_quote(
            first_open, last_close
        )
        if pointed is not None:
            return pointed, True
        named = self._dash_source_speakers(first_open, last_close) or self._comma_headline_speakers(
            first_open
        )
        if named:
            return named, True
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
