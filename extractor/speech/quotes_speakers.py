"""Who said a direct quote, from its sentence: the subject of the reporting verb.

The subject after the quote ("…"라고 김 장관은 말했다) or before it (김 장관은 "…"), a remark
reported in the past before it, or the phrase the reporting verb modifies (…고 말한 김 장관).
The readings around the quote (a tag, a headline, the paragraph) are quotes_speakers_around.py's;
quotes.py's `_Finder` asks both.
"""

from __future__ import annotations

import bisect
import re

from extractor.lexicons import load_words
from extractor.speech.grammar import Phrase
from extractor.speech.quotes_speakers_around import MAX_LEAD_CHARS, MAX_PAD_CHARS, _SurroundingSpeakers


class _SpeakerReading(_SurroundingSpeakers):
    """The subject of a quote's reporting verb, before or after the quote, or the phrase the verb
    modifies. `_IndirectReading` and `_Finder` (quotes.py) build on it."""

    def _speakers_before(
        self, first_open: int, last_close: int, verb_start: int, adnominal_end: int | None = None
    ) -> list[str]:
        """Subject after the quote ("…"라고 김 장관은 말했다), else before it, else carried over.

        `adnominal_end` is where the reporting verb ends when it modifies a noun (말했다는 남 감독은).
        """
        verb_modifies = adnominal_end is not None
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
        # "…"는 이 감독은 "…"고 밝혔다: a topic between chained quotes speaks them all
        for phrase in self._phrases(first_open, last_close):
            if phrase.has_topic_marker:
                found = self._resolve(phrase)
                if found is not None:
                    return found
        # 박 의원은 "…"고 비판했고, 최 의원은 "…": the lead starts after the previous attribution
        lead_start = max(
            self.sentences.start_before(first_open), first_open - MAX_LEAD_CHARS, self.lead_floor
        )
        # 서진수가 처리한 것과 관련해 "…": a subject of a modifying clause is not the sentence's
        # (대통령실이 면담이 불발된 것과 관련해 "…": only the subject right before the modifier)
        found_phrases = self._phrases(lead_start, first_open)
        ends = [p.start for p in found_phrases[1:]] + [first_open]
        lead = [p for p, end in zip(found_phrases, ends, strict=False) if not self._modifies_noun(p, end)]
        lead = self._past_remark(lead, lead_start, first_open)
        topics = [p for p in lead if p.has_topic_marker]
        # 신화통신은 시 주석이 "…"라고 말했다고 보도했다: the quote's verb is itself reported, so the
        # subject right before the quote said the words, and the topic only reports them
        embedded = _reported_verb(self.text, last_close + 1, verb_start)
        if topics and (verb_modifies or embedded) and not lead[-1].has_topic_marker:
            # 환율은 한 장관이 "…"고 밝힌 뒤 내렸다: the quote's verb modifies a noun, so its speaker is
            # the subject right before the quote, not the sentence's topic
            found = self._resolve(lead[-1])
            if found is not None:
                return found
        # 한지우가 주연을 맡은 드라마 제작사 관계자는 "…": the last topic is the sentence's subject;
        # a subject before it belongs to a clause inside the phrase
        for phrase in topics[-1:] or lead[::-1]:
            found = self._resolve(phrase)
            if found is not None:
                return found
        if lead and all(_remark_topic(self.text[p.start : p.end]) for p in lead):
            return self._carried_over(first_open)  # 경기 소감은 "…": the remark, not a new speaker
        if any(not self._subordinate_subject(p, first_open) for p in lead):
            self.anonymous = True
            return []  # the sentence names a subject we cannot map: no guess
        if adnominal_end is not None:
            modified = self._modified_speaker(adnominal_end)
            if modified is not None:
                return modified
        named = self._name_line_speakers(first_open)
        if named is None:
            named = self._previous_topic_speakers(first_open)
        return named if named is not None else self._carried_over(first_open)

    def _previous_topic_speakers(self, first_open: int) -> list[str] | None:
        """김 감독은 ‘신뢰’를 꼽았다. “…”라고 설명했다.: a quote whose sentence writes no subject, right
        after a sentence on the same line whose topic is a person named since the last attribution,
        is that person's (not the speaker of an earlier quote)."""
        start = self.sentences.start_before(first_open)
        if start == 0 or self.text[start:first_open].strip():
            return None  # the quote must open its sentence
        previous = self.sentences.start_before(start - 1)
        if "\n" in self.text[previous:first_open].strip():
            return None  # another paragraph
        if self.history and self.history[-1].pos > previous:
            return None  # an attribution since: it carries over
        for phrase in self._phrases(previous, start):
            if phrase.has_topic_marker:
                found = self._resolve(phrase)
                people = [x.name for x in self.entities.overlapping(phrase.start, phrase.end) if x.is_person]
                return found if found and set(found) <= set(people) else None
        return None

    def _subordinate_subject(self, phrase: Phrase, first_open: int) -> bool:
        """이어 기회가 없기 때문에 …한다며 "…": a subject (이/가) whose own clause closes with a
        subordinate ending before the quote belongs to that clause; the speaker is left unwritten."""
        if phrase.has_topic_marker:
            return False
        return _SUBORDINATE_END.search(self.text, phrase.particle.end, first_open) is not None

    def _past_remark(self, lead: list[Phrase], lead_start: int, first_open: int) -> list[Phrase]:
        """…강조한 것은 …아니냐는 지적에 "…": when the quote answers a remark (…다는/…냐는 + noun + 에),
        a subject before the remark that names nobody is the remark's own, not the one who answers.

        A noun for an unnamed person (관계자는 …냐는 질문에) still speaks, unnamed.
        """
        remark = _REMARK_ADJUNCT.search(self.text, max(lead_start, first_open - MAX_REMARK_CHARS), first_open)
        if remark is None or not self._adnominal_at(remark.start("ending")):
            return lead
        kept = []
        for phrase in lead:
            words = self.text[phrase.start : phrase.particle.start].split()
            head = words[-1] if words else ""
            # a topic still speaks, unresolved (전 씨는 '…냐'는 질문에), unless it is a clause made a
            # noun (…한 것은); so does an unnamed person (관계자가 …냐는 질문에)
            remark_own = head in _CLAUSE_NOUNS or not (
                phrase.has_topic_marker or head in load_words("speech_anonymous_nouns.txt")
            )
            if phrase.particle.end <= remark.start() and remark_own and self._resolve(phrase) is None:
                continue
            kept.append(phrase)
        sentence_start = self.sentences.start_before(first_open)
        if kept or sentence_start >= lead_start:
            return kept
        # 노 대변인은 장관이 "…"며 강조한 것은 …냐는 지적에 "…": the lead began after a quote inside the
        # remark; the topic opening the sentence answers
        openers = self._phrases(sentence_start, lead_start)[:1]
        return [p for p in openers if p.is_topic and not self.text[sentence_start : p.start].strip()]

    def _adnominal_at(self, pos: int) -> bool:
        """The 는 at `pos` ends a verb (했다는, 하자는) or a quoted question ('…했냐'는), not a noun's
        topic (관계자는, 기자는)."""
        if self.text[pos - 1] in "'’":
            return True
        k = bisect.bisect_right(self.token_starts, pos) - 1
        tok = self.doc.tokens[k] if k >= 0 else None
        return tok is not None and tok.end > pos and tok.tag.startswith("E")

    def _modified_speaker(self, verb_end: int) -> list[str] | None:
        """ "…"고 말했다는 남 감독은 "…": with no subject before the quote, the person or body the
        reporting verb modifies, named right after it as a subject, said it."""
        start = verb_end
        while start < len(self.text) and self.text[start] in " \t":
            start += 1
        if not any(m.start == start for m in self.entities.overlapping(start, start + 1)):
            return None  # 말한 뒤 / 말한 것: the verb modifies a word that names nobody
        phrases = self._phrases(start, min(self.sentences.end_after(start), start + MAX_PAD_CHARS * 5))
        if not phrases or phrases[0].start != start:
            return None
        return self._resolve(phrases[0]) or None

    def _event_frame(self, k: int) -> bool:
        """Token `k` (ETM) closes 열린/진행된 before an event noun with 에서: "17일 열린 취임식에서"."""
        tokens = self.doc.tokens
        start = self.text.rfind(" ", 0, tokens[k].end) + 1
        if self.text[start : tokens[k].end] not in _EVENT_FRAME_VERBS or k + 2 >= len(tokens):
            return False
        # the event's noun may take a few words (11일 열린 미 연방 상원 청문회에서)
        for j in range(k + 1, min(k + 1 + MAX_EVENT_NOUNS, len(tokens))):
            if tokens[j].form == _AT and j > k + 1:
                return True
            if not (tokens[j].tag.startswith("NN") or tokens[j].tag in ("SN", "SL", "MM")):
                return False
        return False

    def _dated_copula(self, k: int) -> bool:
        """Token `k` (ETM) closes a day word and the copula (전날인, 당일인) that restates a date."""
        tokens = self.doc.tokens
        if k < 2 or tokens[k - 1].tag != "VCP":
            return False
        return tokens[k - 2].form in _DAY_WORDS

    def _verb_modifies(self, verb: tuple[int, int]) -> bool:
        """The reporting verb's word ends adnominal (밝힌 뒤, 말한 것): it modifies a noun."""
        tokens = self.doc.tokens
        k = verb[0]
        while k + 1 < len(tokens) and tokens[k + 1].start <= tokens[k].end:
            k += 1  # to the last morpheme of the verb's word
        return tokens[k].tag == "ETM"

    def _modifies_noun(self, phrase: Phrase, end: int) -> bool:
        """A subject (이/가) whose predicate before `end` is adnominal (…가 처리한 것): a clause inside
        a noun phrase, not the sentence."""
        if phrase.has_topic_marker:
            return False
        tokens = self.doc.tokens
        for k in self._token_range(phrase.particle.end, end):
            tag = tokens[k].tag
            if tag == "ETM" and k and self.text[tokens[k - 1].start : tokens[k].end] in _TIME_DETERMINERS:
                continue  # 김 감독이 지난 경기 후 "…": 지난 is a time word, not a clause
            if tag == "ETM" and self._event_frame(k):
                continue  # 김 원장이 17일 열린 취임식에서 "…": where he spoke, not his clause
            if tag == "ETM" and self._dated_copula(k):
                continue  # 김 의장도 전날인 11일 …: a day named again, not his clause
            if tag.startswith("E"):
                return tag == "ETM"
        return False


# An event "held" (열린 취임식에서): the frame of where a speaker spoke, never the speaker's own clause.
_EVENT_FRAME_VERBS = frozenset({"열린", "진행된", "개최된", "치러진", "마련된"})
_AT = "에서"

# After a quote, the subject may follow the quotative: "…"라고 김 장관은 말했다.
_AFTER_QUOTE_GAP = re.compile(
    r"""
    \s*(?:(?:이)?(?:라)?(?:고|며|면서)(?:도)?)?  # the quotative ending glued to the closing mark, if any
    \s*,?\s*                          # then a space or comma before the subject
    """,
    re.VERBOSE,
)
_CONTINUES = re.compile(r"며|면서")
# A subordinate clause's end between a subject and the quote: …없기 때문에, …없어서, …없으니.
_SUBORDINATE_END = re.compile(r"[가-힣](?:기[ \t]?때문에|어서|아서|여서|으니까?|니까)(?![가-힣])")
# The remark a quote answers, right before it: …냐는 질문에, …다는 지적에 대해서는, …라는 취재진의 물음에는.
_REMARK_ADJUNCT = re.compile(
    r"""
    (?:다|라|냐|자)['’]?(?P<ending>는)[ \t]+  # a quotative adnominal ending (…했다는, …이냐는, '…했냐'는)
    (?:[^\n"“”]{1,30}?의[ \t]+)?   # whose remark (취재진의, 한 장관의)
    (?:[가-힣]{1,8}[ \t]+)?         # a noun before the head (언론 보도에)
    [가-힣]{1,6}에                  # the remark as an adjunct: 질문에, 지적에, 주장에
    (?:는|선|[ \t]*대해(?:서는|선)?)?  # 질문에는, 지적에 대해서는
    [ \t,]*$                        # right before the quote
    """,
    re.VERBOSE,
)
MAX_REMARK_CHARS = 40
# Bound nouns that make a clause a noun phrase (…한 것은, …인 점은): as a subject they name nobody.
_CLAUSE_NOUNS = frozenset({"것", "점", "데", "바"})
# Time words Kiwi reads as a verb with an adnominal ending (지난 2월, 오는 5일).
_TIME_DETERMINERS = frozenset({"지난", "오는", "다가오는"})
# Words for a day that a copula restates as a date (전날인 11일, 당일인 3일).
_DAY_WORDS = frozenset({"전날", "전일", "당일", "다음날", "이튿날", "어제", "오늘", "내일", "이날"})
# How many nouns an event held may take before 에서 (미 연방 상원 청문회에서).
MAX_EVENT_NOUNS = 6


def _remark_topic(phrase: str) -> bool:
    """경기 소감은, 향후 각오는: a phrase of one or two plain words ending in a noun of saying
    (saying_nouns.txt) is what the quote is, said by the speaker before; one with a possessive
    (박 선수의 평가는) names whose it is, or what it is about, and is left to the other rules.

    >>> _remark_topic("경기 소감"), _remark_topic("하도윤 선수의 각오"), _remark_topic("소속사")
    (True, False, False)
    """
    words = phrase.split()
    if not 1 <= len(words) <= _REMARK_TOPIC_WORDS or any(w.endswith("의") for w in words):
        return False
    nouns = load_words("saying_nouns.txt")
    return words[-1] in nouns or any(len(noun) >= 2 and words[-1].endswith(noun) for noun in nouns)


_REMARK_TOPIC_WORDS = 2


def _reported_verb(text: str, after_quote: int, verb_start: int) -> bool:
    """A verb of saying between the quote and its reporting verb, or that verb itself, ends in
    -다고/-라고 (…"라고 말했다고 보도했다): someone else reports the saying.

    >>> text = '"좋다"라고 말했다고 보도했다'
    >>> _reported_verb(text, 4, text.index("보도")), _reported_verb(text, 4, text.index("말했"))
    (True, True)
    >>> text = '"좋다"라고 말했다.'
    >>> _reported_verb(text, 4, text.index("말했"))
    False
    """
    words = text[after_quote:verb_start].split()[1:]  # the first word is the quotative (라고, 고)
    end = verb_start
    while end < len(text) and end - verb_start < _VERB_WORD_CHARS and "가" <= text[end] <= "힣":
        end += 1
    words.append(text[verb_start:end])
    return any(word.endswith(("다고", "라고")) for word in words)


_VERB_WORD_CHARS = 12  # a reporting verb's word is short: 말했다고, 강조했다고
