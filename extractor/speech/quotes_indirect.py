"""Indirect quotes: clauses ending -다고/-라고/-냐고/-자고 right before a reporting verb.

`_IndirectReading` finds each clause, its span and its speaker (the verb's subject, or the speaker
of a direct quote sharing the verb); quotes.py's `_Finder` runs it with the direct quotes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractor.lexicons import load_words
from extractor.speech.grammar import (
    TOPIC_MARKERS,
    Phrase,
    continuations,
    scene_clause,
    speech_lemmas,
    speech_verb_at,
    verb_surface,
)
from extractor.speech.quotes_speakers import _SpeakerReading
from extractor.speech.quotes_speakers_around import _describes_someone
from schemas import Quote

MAX_CLAUSE_CHARS = 500


class _IndirectReading(_SpeakerReading):
    """Indirect quotes of one pass: -다고/-라고/-냐고/-자고 clauses before a reporting verb, and their
    speakers. `_Finder` (quotes.py) builds on it."""

    def _indirect_clauses(self) -> list[_Clause]:
        """Reporting verbs outside quotes preceded by a -다고/-라고/-냐고/-자고 clause ending."""
        clauses = []
        tokens = self.doc.tokens
        saying_nouns = speech_lemmas()[1]
        for k, tok in enumerate(tokens):
            # a verb, or a noun of saying (발표, 주장) before 하다: a noun of any other kind reports nothing
            if not (tok.tag.startswith("VV") or (tok.tag.startswith("NN") and tok.form in saying_nouns)):
                continue
            verb = speech_verb_at(self.doc, k)  # rarer than a token inside quotes: asked first
            if verb is None or self._in_quote(tok.start):
                continue
            ending = self._clause_ending(verb[0])
            if ending is not None:
                clauses.append(_Clause(verb, tok.start, ending, tokens[ending].end - 1))
        return clauses

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
        while start < end and self.text[start] in '"“”″':
            start += 1  # an unpaired mark left by a broken direct quote
        start = self._past_addressee(start, clause)
        start = self._past_scene(start, clause)
        if end - start < 4 or self._only_a_saying(start, end):
            return None
        if not self._about_a_remark(clause.verb):
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

    def _only_a_saying(self, start: int, end: int) -> bool:
        """The clause is one verb of saying ("…"고 강조했다고 전했다): a report of the quote before it,
        whose words are the direct quote's, not a reported clause of their own."""
        if " " in self.text[start:end].strip():
            return False
        k = bisect.bisect_left(self.token_starts, start)
        return k < len(self.doc.tokens) and speech_verb_at(self.doc, k) is not None

    def _about_a_remark(self, verb: tuple[int, int]) -> bool:
        """…라고 밝힌 것에 대해(서는) "…": the reported clause is what the sentence is about, so its
        speaker is not the one the next words carry over to (not …라고 말한 뒤, where they are)."""
        if not self._verb_modifies(verb):
            return False
        tokens = self.doc.tokens
        k = verb[0]
        while k + 1 < len(tokens) and tokens[k + 1].start <= tokens[k].end:
            k += 1
        nxt = tokens[k + 1 : k + 4]
        return (
            len(nxt) == 3
            and nxt[0].form in _REMARK_NOUNS
            and nxt[1].tag == "JKB"
            and nxt[2].form in {"대하", "관하", "관련"}
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
        return _describes_someone(self.text[phrase.start : phrase.particle.start])

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
        ends = [p.start for p in phrases[1:]] + [clause.end] if phrases else []
        for phrase, end in zip(phrases, ends, strict=True):
            if end < clause.end and self._modifies_noun(phrase, end):
                # 김 장관이 발표한 대책에 대해 박 의원은 …: the subject of a clause modifying a noun,
                # before the sentence's own subject (not 회사가 …을 거둔 것으로 집계됐다고)
                continue
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


# A verb's connective ending and a comma closing one clause of a sentence: "냈고, ", "열었으며, ".
_CLAUSE_JOIN = re.compile(r"(?:고|며|으며),[ \t]+")
_PAST = frozenset({"었", "았", "였"})
# Nouns a reported clause modifies when the sentence is about it: …라고 밝힌 것에 대해, …한 데 대해.
_REMARK_NOUNS = frozenset({"것", "데", "점"})
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
