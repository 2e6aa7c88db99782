"""Who said a direct quote, read around it rather than from its sentence's subject.

A broadcast tag ([김철수 / 한빛시 주민] "…"), a headline's source, an interview's answer, a name
on its own line, the words-of sentence after a quote ("…" 주민 박서연씨의 말이다), the paragraph
or lead sentence it stands in. `_SurroundingSpeakers` also holds the pass's state (the speakers
of each reporting verb, where the last attribution ended); the phrases resolve through
`SpeakerResolver` (speakers_resolve.py).
"""

from __future__ import annotations

import re

from extractor.analysis import Document, Token
from extractor.entities.names import (
    COMMON_SURNAME_RANK,
    Word,
    is_name_word,
    surname_rank,
)
from extractor.entities.names_match import match
from extractor.lexicons import load_words
from extractor.speech.grammar import pointers, speech_lemmas, speech_verb_at, verb_surface
from extractor.speech.headline_sources import dash_source
from extractor.speech.quote_marks import QUOTE_MARKS
from extractor.speech.soundbites import RECORDING_NOTE, SoundBite, tag_speaker_before
from extractor.speech.speakers_entities import Entities, unique_names
from extractor.speech.speakers_resolve import SpeakerResolver

# How far after a closing mark the reporting verb may stand.
MAX_TAIL_CHARS = 200
# How far before a quote its subject may stand, and how long a reported clause may be.
MAX_LEAD_CHARS = 300
# A quote used as a noun (a slogan, a scare quote): "…"를 강조했다, "…"라는 표현.
# A quote used as the content of a remark: "…"는 질의에, "…"라는 지적이.
_SPEECH_NOUN_AFTER = re.compile(
    r"""
    (?:이)?(?:라)?는[ \t]+                                          # the quote as a modifier
    (?:질의|질문|물음|지적|주장|발언|말|요구|호소|비판|반문|답변   # of a remark
      |글|트윗|게시글|게시물|메시지|댓글|편지|성명)                  # or of something they wrote
    """,
    re.VERBOSE,
)
# Broadcast soundbite tags: "▶ 인터뷰 : 정민호 / 장관 - "…"" (the name before the slash speaks).
_BROADCAST_TAG = re.compile(
    rf"""
    (?:인터뷰|싱크|녹취|INT|SYNC)   # the tag word newsrooms put before a soundbite
    {RECORDING_NOTE}                # how it was recorded: 인터뷰(☎), 인터뷰(화상)
    [>)\]▶]?\s*[:：]?\s*            # a colon, or the bracket of <인터뷰> / (인터뷰) / ◀ INT ▶
    (?P<name>[^\s/:：][^/:：\n]{{0,20}}?)  # the speaker's name
    \s*/                              # the slash before the title
    [^\n"“]{{0,40}}?                    # the title
    [-–—:：]?\s*$                     # a dash or colon right before the quote mark
    """,
    re.VERBOSE,
)

# A bracketed sound bite whose words open with a mark: [홍길동/양구군 주민 : "…"] (the name speaks).
# Who speaks in a bracketed bite's tag: 홍길동, 존 스미스.
_BITE_SPEAKER = r"(?P<name>[가-힣]{2,4}|[가-힣]+(?:[ \t][가-힣]+){1,2})"
_BRACKETED_BITE_OPEN = re.compile(
    rf"""
    \[[ \t]*
    {_BITE_SPEAKER}
    [ \t]*/[ \t]*
    [^\n"“”\[\]:：/]{{1,40}}?                                # the title or the place, (15일) when dated
    [ \t]*[:：][ \t]*$                                      # the colon right before the quote mark
    """,
    re.VERBOSE,
)

# A sound bite's tag in angle brackets right before its marked words: <홍길동 / 한빛시 주민> "…"
# (a news channel's transcript form: the name before the slash speaks).
_ANGLE_BITE_OPEN = re.compile(
    rf"""
    [<〈][ \t]*
    {_BITE_SPEAKER}
    [ \t]*/[ \t]*
    [^\n"“”<>〈〉/]{{1,40}}?                                # the title
    [ \t]*[>〉][ \t]*[:：]?[ \t]*$                         # the closing bracket right before the mark
    """,
    re.VERBOSE,
)


def _describes_someone(phrase: str) -> bool:
    """업계 관계자, 한 기자, [인근 공인중개사 : …]: a phrase (a subject, a sound bite's tag) whose head
    word is a noun for an unnamed person."""
    words = phrase.split()
    return bool(words) and words[-1] in load_words("speech_anonymous_nouns.txt")


class _SurroundingSpeakers(SpeakerResolver):
    """Speakers read around a quote rather than from its sentence's subject: a broadcast tag, a
    headline, an interview's answer, the paragraph or the sentence after it. Holds the pass's state."""

    def __init__(
        self, doc: Document, spans: list[tuple[int, int]], entities: Entities, bites: list[SoundBite]
    ) -> None:
        super().__init__(doc, spans, entities, bites)
        self.verb_speakers: dict[int, list[str]] = {}  # reporting-verb token → speakers of its quotes
        self.lead_floor = 0  # where the last quote group's attribution ended
        self._interviewee: list[str] | None = None  # found on the first interview answer

    def _broadcast_speaker(self, open_at: int) -> list[str] | None:
        """▶ 인터뷰 : 정민호 / 장관 - "…": the name before the slash; ◀INT▶ 정민호 농민 "…" likewise."""
        if (tagged := tag_speaker_before(self.text, open_at)) is not None:
            named = [x.name for x in self.entities.overlapping(*tagged.span("name")) if x.is_person]
            if named:
                return named[:1]
        # only the last 120 characters are searched, so only they are scanned for the line start
        window = max(0, open_at - 120)
        line_start = self.text.rfind("\n", window, open_at) + 1
        lo = max(line_start, window)
        tags = (_BROADCAST_TAG, _BRACKETED_BITE_OPEN, _ANGLE_BITE_OPEN)
        m = next((found for tag in tags if (found := tag.search(self.text, lo, open_at))), None)
        if not m:
            return None
        people = [x.name for x in self.entities.overlapping(*m.span("name")) if x.is_person]
        if people:
            return people[:1]
        name = m.group("name").strip()
        return [] if _ANONYMISED.fullmatch(name) or _describes_someone(name) else [name]

    def _headline_speakers(
        self, open_at: int, line_start: int | None = None, check_only: bool = False
    ) -> list[str]:
        """Headline style 김 장관 "…": a bare name phrase opening the line right before the quote
        (with `check_only`, [""] when the words before `open_at` are such a phrase, else [])."""
        if line_start is None:
            line_start = _short_line_start(self.text, open_at)
            if line_start is None:
                return []  # the line opens further back: a sentence, not a headline's name phrase
        words = self._token_range(line_start, open_at)
        tokens = self.doc.tokens
        # only each word's last morpheme counts: Kiwi splits unfamiliar names oddly (예/NP 서/JKB 현/MM)
        word_ends = [k for k in words if k + 1 == words.stop or tokens[k + 1].start > tokens[k].end]
        if not words or any(tokens[k].tag not in _NAME_PHRASE_TAGS for k in word_ends):
            return []
        if check_only:
            return [""]
        mentions = self.entities.overlapping(line_start, open_at)
        named = unique_names([m.name for m in mentions if m.is_person])
        if named:
            return named
        # 한빛 김도윤 "…": a roundup headline's bare name right before the quote (a body before it)
        words_before = self.text[line_start:open_at].split()
        name = words_before[-1] if words_before else ""
        at = self.text.rfind(name, line_start, open_at)
        if len(name) != 3 or surname_rank(name) >= COMMON_SURNAME_RANK:
            return []
        if self.entities.overlapping(at, at + len(name)):
            return []
        # as the people pass reads a bare name: Kiwi knows no common word there (전문가 is one)
        return [name] if is_name_word(Word(at, at + len(name), name, ""), match(self.doc).index) else []

    def _dash_source_speakers(self, open_at: int, close_at: int) -> list[str]:
        """Headline style "…목표가↑"-한빛증권: the source named after a dash closing the line."""
        line_start = _short_line_start(self.text, open_at)
        span = None if line_start is None else dash_source(self.text, line_start, close_at)
        if span is None:
            return []
        named = unique_names([m.name for m in self.entities.overlapping(*span)])
        return named or [self.text[span[0] : span[1]]]

    def _comma_headline_speakers(self, open_at: int) -> list[str]:
        """Headline style 한솔시, 공사 지연에 "…": the name phrase before the line's first comma."""
        line_start = _short_line_start(self.text, open_at)
        if line_start is None:
            return []  # the line opens further back: a sentence, not a headline
        comma = self.text.find(",", line_start, open_at)
        if comma < 0 or QUOTE_MARKS.search(self.text, line_start, open_at):
            return []
        # 한빛공사, 역전승…나하람 감독 "…": after an ellipsis a second clause names its own speaker
        ellipsis = max(self.text.rfind("…", comma, open_at), self.text.rfind("..", comma, open_at) + 1)
        if ellipsis > comma and (second := self._headline_speakers(open_at, ellipsis + 1)):
            return second
        if not self._headline_speakers(comma, line_start, check_only=True):
            return []
        mentions = [m for m in self.entities.overlapping(line_start, comma) if m.end <= comma]
        people = [m.name for m in mentions if m.is_person]
        return unique_names(people or [m.name for m in mentions])

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

    def _said_by_sentence(self, last_close: int) -> list[str] | None:
        """ "…"\n\n신인 김하늘이 우승한 뒤 기자회견에서 밝힌 말이다.: the sentence after the quote says who
        said it, as the subject of a clause closed by "밝힌/한/남긴 말(소감)이다"."""
        m = _SAID_BY.match(self.text, last_close + 1)
        if m is None:
            return None
        phrases = self._phrases(m.start("clause"), m.end("clause"))  # subject phrases only
        return (self._resolve(phrases[0]) or None) if phrases else None

    def _name_line_speakers(self, open_at: int) -> list[str] | None:
        """A quote opening its own line under a short line that names someone (홍길동 총장\\n"…"),
        maybe after a broadcast tag (홍길동 선수\\n(인터뷰)-(자막)"…")."""
        line_start = _opened_line(self.text, open_at) or _tagged_line(self.text, open_at)
        if line_start is None:
            return None
        prev_start = self.text.rfind("\n", 0, line_start - 1) + 1
        prev = self.text[prev_start : line_start - 1].strip()
        if not prev or len(prev) > 40 or prev[-1] in ".?!\"”'’":
            return None
        mentions = self.entities.overlapping(prev_start, line_start - 1)
        people = [m.name for m in mentions if m.is_person]
        return unique_names(people or [m.name for m in mentions]) or None

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

    def _lead_quote_speakers(self, first_open: int, last_close: int) -> list[str] | None:
        """[한빛=인천, 김하늘 기자]"…"\n\n박 감독이 …했다.: a story that opens on a quote right after its
        dateline, or as its first paragraph under the headline, has it said by the subject of the next
        sentence, whatever that sentence's verb."""
        text = self.text
        line_start = text.rfind("\n", max(0, first_open - MAX_LEAD_CHARS), first_open) + 1
        dateline = _DATELINE_LEAD.fullmatch(text, line_start, first_open)
        if not dateline and not (text[line_start:first_open].strip() == "" and self._opens_body(line_start)):
            return None
        line_end = text.find("\n", last_close, last_close + MAX_PAD_CHARS)
        if line_end < 0 or text[last_close + 1 : line_end].strip(" .\t"):
            return None
        window = text[line_end : line_end + MAX_TAIL_CHARS]
        start = line_end + len(window) - len(window.lstrip())
        end = min(self.sentences.end_after(start), start + MAX_TAIL_CHARS)
        phrases = self._phrases(start, end)
        if not phrases or QUOTE_MARKS.search(text, start, phrases[0].start):
            return None
        found = self._resolve(phrases[0])
        if found and not dateline:
            # under a headline only when the headline is about the speaker too (박 감독 분노 폭발):
            # "…" 김 경감은 상자를 발견했다 opens on a letter's words, not on the finder's
            named = {m.name for m in self.entities.overlapping(0, line_start)}
            if not all(name in named for name in found):
                return None
        return found

    def _opens_body(self, line_start: int) -> bool:
        """The line is the body's first: only the headline, summary lines and bylines come before it."""
        if line_start == 0 or line_start > MAX_LEAD_CHARS:
            return False
        pos = 0
        while pos < line_start:
            end = self.text.find("\n", pos, line_start)
            end = line_start if end < 0 else end
            if self.text[pos:end].strip() and self.doc.region_at(pos) == "body":
                return False
            pos = end + 1
        return True

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
        if start >= end or QUOTE_MARKS.search(self.text, start, end):
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
        if start >= end or QUOTE_MARKS.search(self.text, start, end):
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

    def _clause_ending(self, verb_first: int) -> int | None:
        """Index of the -다고 token before the verb, over time words and a subject ("…다고 28일 밝혔다")."""
        tokens = self.doc.tokens
        j = verb_first - 1
        for _ in range(MAX_GAP_TOKENS):
            if j < 0:
                return None
            tok = tokens[j]
            if _reported_ending(self.text, tok):
                if self.text.startswith(_HEARSAY_PLURAL, tok.end):
                    return None  # …라고들 말한다: what people say, hearsay rather than a report of speech
                return j
            if "\n" in self.text[tok.end : tokens[j + 1].start]:
                return None
            if tok.tag not in _GAP_TAGS and not _piece_of_split_noun(tokens, j):
                return None
            j -= 1
        return None


# The sentence after a quote naming whose words they were: "…" 주민 박서연씨의 말이다.
_SAYING_NOUNS = "|".join(sorted(load_words("saying_nouns.txt"), key=len, reverse=True))
_WORDS_OF = re.compile(
    rf"""
    [ \t]*(?:\n[ \t]*)?                     # the same paragraph or the next line
    (?P<owner>[^\n.?!"“”]{{1,80}}?)          # who: 현장을 지켜본 주민 박서연(21)씨
    의\s*(?:{_SAYING_NOUNS})                # "the words of" (saying_nouns.txt)
    (?:이다|이었다|입니다|였다)              # is / was
    \s*[.]                                  # the full stop
    """,
    re.VERBOSE,
)
# "…" 김하늘이 우승한 뒤 기자회견에서 밝힌 말이다.: whose words, as the subject of the saying clause
_SAID_BY = re.compile(
    rf"""
    [ \t]*(?:\n[ \t]*){{0,2}}                    # the same paragraph, the next line or the next paragraph
    (?P<clause>[^\n.!"“”]{{1,160}}?)               # who said it, where and when: 김하늘이 … 기자회견에서
    (?:밝힌|한|남긴|전한|털어놓은|내놓은|꺼낸|건넨)   # the saying verb, made adnominal
    \s*(?:{_SAYING_NOUNS})                         # the words: 말, 소감, 각오 (saying_nouns.txt)
    (?:이다|이었다|입니다|였다)\s*[.]               # is / was, then the full stop
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
# Clause endings that report speech before 고: -다고, -라고, -냐고, -자고.
_REPORTED_ENDINGS = frozenset({"다고", "라고", "냐고", "자고"})
# The plural marker glued to a quotative ending: …라고들 말한다 ("people say").
_HEARSAY_PLURAL = "들"


# What may stand between a reported clause and its verb: "…다고 28일 밝혔다", "…다고 김 장관은 말했다".
# JKB: the addressee after the clause ("…해 달라고 정부에 요청했다").
def _piece_of_split_noun(tokens: list[Token], j: int) -> bool:
    """A verb or ending piece of a word that goes on to a noun: Kiwi's split of a noun it misread
    (해군 → 하/VV + 어/EC + 군/NNG), which may stand as the subject between clause and verb."""
    if tokens[j].tag not in {"VV", "EC"}:
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].start <= tokens[k - 1].end:
        if tokens[k].tag.startswith("NN"):
            return True
        k += 1
    return False


_GAP_TAGS = frozenset(
    {"SN", "NNB", "NNG", "NNP", "NP", "MAG", "MM", "JX", "JKS", "JKB", "JKG", "SP", "XSN", "SL"}
)
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
# A name the press withholds: 박 모 씨, 김모씨, A씨, 시민 B씨.
_ANONYMISED = re.compile(
    r"""
    (?:[가-힣]+[ \t])?                 # a description before it (시민)
    (?:[가-힣][ \t]?모|[A-Z])          # a surname and 모, or a capital letter
    (?:[ \t]?씨)?                      # 씨
    """,
    re.VERBOSE,
)
# A dateline, and a byline after it, opening the story's first line: "[한빛=인천, 김하늘 기자]",
# "(서울=한빛뉴스) 김하늘 기자 = ".
_DATELINE_LEAD = re.compile(
    r"""
    [ \t]*[\[(【]                              # the dateline's bracket
    [^\])】\n]{0,40}?(?:기자|특파원|=[^\])】\n]*)  # the writer's role, or outlet=place
    [\])】][ \t]*
    (?:[가-힣]{2,4}[ \t]*(?:기자|특파원)[ \t]*=[ \t]*)?  # a byline after the bracket
    """,
    re.VERBOSE,
)


def _reported_ending(text: str, tok: Token) -> bool:
    if tok.tag == "EC":
        return text[max(tok.start, tok.end - 2) : tok.end] in _REPORTED_ENDINGS
    # Kiwi sometimes reads 늘었다고 as 다/EF + 고/JKQ: the quotative glued to a final ending
    # (after a closing mark the text reads "고 and never matches)
    return tok.tag == "JKQ" and text[max(0, tok.end - 2) : tok.end] in _REPORTED_ENDINGS


def _short_line_start(text: str, pos: int) -> int | None:
    """Where the line holding `pos` starts, when that is within MAX_LEAD_CHARS before it (a
    headline's lead); None for a longer line, which is searched no further back.

    >>> _short_line_start("제목\\n김 장관 “…”", 8), _short_line_start("가" * 400 + "“", 400)
    (3, None)
    """
    window = max(0, pos - MAX_LEAD_CHARS)
    start = text.rfind("\n", window, pos) + 1
    return None if start == 0 and window > 0 else start


# Broadcast tags opening a sound bite's line: (인터뷰), (인터뷰)-(자막), <인터뷰>, [녹취].
_LINE_TAGS = re.compile(r"(?:[(<\[](?:인터뷰|녹취|싱크|자막|INT|SYNC)[)>\]][ \t]*[-–—:]?[ \t]*)+")


def _tagged_line(text: str, pos: int) -> int | None:
    """Where the line starts when only broadcast tags stand before `pos` on it.

    >>> _tagged_line("홍길동 선수\\n(인터뷰)-(자막)“…”", 17), _tagged_line("말했다 (인터뷰)“…”", 10)
    (7, None)
    """
    line_start = text.rfind("\n", max(0, pos - 40), pos) + 1
    if line_start == 0 or not _LINE_TAGS.fullmatch(text, line_start, pos):
        return None
    return line_start


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
