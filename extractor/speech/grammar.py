"""Grammar helpers for quotes: reporting verbs, subject phrases and sentence bounds.

Everything here reads the Kiwi tokens already in a `Document`; nothing calls
Kiwi. The word lists live in `extractor/lexicons/speech_*.{tsv,txt}`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extractor.analysis import Document, Token
from extractor.lexicons import load_rows, load_words

# Tags that can sit inside a noun phrase naming a speaker: nouns, numbers, foreign
# words, determiners (이 시장), prefixes/suffixes, and 의 (한빛대의 김 총장).
_NP_TAGS = frozenset(
    {"NNG", "NNP", "NNB", "NR", "NP", "SN", "SL", "SH", "XSN", "XPN", "XR", "MM", "JKG", "SW", "SO"}
)
# Punctuation allowed inside a speaker phrase: list commas and the parentheses of (주) / (사장 한승우).
_NP_PUNCT = frozenset({",", "(", ")", "·"})
# Marks a byline puts between the reporter and the story (홍길동 기자 = 대전시는).
_BYLINE_MARKS = frozenset({"=", "|"})
# A byline in brackets glued to the story's first word: [한빛경제 김수영 기자]전남 한빛군은.
_BYLINE_OPENERS = ("[", "(", "〔", "［", "【", "<")
_MAX_BYLINE_CHARS = 40
# Subject markers: topic 은/는/도 and subject 이/가 (께서 is the honorific subject).
_TOPIC_FORMS = frozenset({"은", "는", "도"})
# Adverbs that stand for 도 after a spaced noun phrase: "한빛 대표 역시 "…"며" (the 대표, too).
_TOPIC_ADVERBS = frozenset({"역시", "또한"})
TOPIC_MARKERS = frozenset({"은", "는"})
_SUBJECT_FORMS = frozenset({"이", "가", "께서"})
# A word span (start, end) the people/organisation extractors already named: part of a speaker phrase
# whatever Kiwi made of it (삼성바이오로직스 may come out as …로직/NNG 스/VV).
KnownName = Callable[[int, int], bool]
# Units that make "28일", "10시" a time adverbial rather than part of a name.
_TIME_UNITS = frozenset({"일", "월", "년", "시", "분", "개월"})
# A speaker phrase longer than this is not a name and its titles.
MAX_PHRASE_WORDS = 20

# A sentence ends at . ? ! followed by white space or the end of the text.
_SENTENCE_END = re.compile(
    r"""
    [.?!]         # final punctuation
    (?=\s|$)      # only when a space or the end follows (not 4.4%, not www.x.kr)
    |(?<=다)\.     # or a sentence-final 다 and its full stop glued to the next sentence
    (?=[가-힣])    # (…강조했다.그는 "…"): its first word follows without a space
    """,
    re.VERBOSE,
)

# "말한 것으로 전해졌다" / "언급한 걸로 알려졌다": the hearsay tail belongs to the verb as written.
_HEARSAY_TAIL = re.compile(
    r"""
    \s*(?:것으로|걸로)   # "(that) it was …"
    \s+(?:전해졌|알려졌)  # "… reported / known"
    [^\s.,!?"”]*         # the rest of the word (다, 습니다), not the full stop
    """,
    re.VERBOSE,
)


@cache
def speech_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """(verb stems, nouns that report speech with 하다) from speech_verbs.tsv."""
    rows = load_rows("speech_verbs.tsv", 2)
    return (
        frozenset(lemma for lemma, kind in rows if kind == "verb"),
        frozenset(lemma for lemma, kind in rows if kind == "noun"),
    )


def org_suffixes() -> frozenset[str]:
    return load_words("speech_org_suffixes.txt")


@cache
def org_referents() -> dict[str, str]:
    """Generic noun → kind of body it refers back to (경찰 → police), from speech_org_referents.tsv."""
    return {noun: kind for noun, kind in load_rows("speech_org_referents.tsv", 2)}


@cache
def org_kind_endings() -> dict[str, tuple[str, ...]]:
    """Kind of body → endings of names of that kind (police → 경찰서, 경찰청, …)."""
    endings: dict[str, list[str]] = {}
    for kind, ending in load_rows("speech_org_kinds.tsv", 2):
        endings.setdefault(kind, []).append(ending)
    return {kind: tuple(words) for kind, words in endings.items()}


def group_nouns() -> frozenset[str]:
    """Nouns a count turns into a group of bodies named before (세 회사, 양사)."""
    return load_words("speech_group_nouns.txt")


def pointers() -> frozenset[str]:
    """Words pointing a reporting sentence at a quote paragraph (이렇게 말했다)."""
    return load_words("speech_pointers.txt")


@cache
def scene_clause() -> re.Pattern[str]:
    """A clause that only sets the scene of speaking: 기자회견을 열고, 보도자료를 통해, 브리핑에서."""
    rows = load_rows("speech_scene_nouns.tsv", 2)

    def alternatives(nouns: list[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))

    issued = alternatives([noun for noun, _ in rows])
    held = alternatives([noun for noun, kind in rows if kind == "both"])
    return re.compile(
        rf"""
        (?:{issued})(?:을|를)\s*     # the statement, conference or post as an object
        (?:열고|열어|갖고|가진\s+자리에서|내고|내어|배포하고|올리고|올려|통해|통하여)  # held, issued, through
        [\s,]
        |(?:{held})(?:에서는|에서)    # or the occasion as a place: 브리핑에서, 인터뷰에서
        [\s,]
        """,
        re.VERBOSE,
    )


@cache
def list_marks() -> frozenset[str]:
    """▲, ㅇ, □, -: the marks that open list items (list_markers.tsv)."""
    return frozenset(row[0] for row in load_rows("list_markers.tsv", 2))


@cache
def continuations() -> frozenset[str]:
    return load_words("speech_continuations.txt")


def np_stops() -> frozenset[str]:
    return load_words("speech_np_stops.txt")


def _is_passive(tokens: list[Token], i: int) -> bool:
    """밝혀졌다 / 전해졌다: stem + 어 + 지 is a passive, not a speaker reporting."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].tag == "EC"
        and tokens[i + 1].form in {"어", "아"}
        and tokens[i + 2].tag == "VX"
        and tokens[i + 2].form == "지"
    )


# Endings that make a speech verb an obligation or a purpose (밝혀야 한다, 말하려고), never a report.
_UNREPORTED_ENDINGS = frozenset({"어야", "아야", "여야", "도록", "려고", "으려고", "러", "으러"})


def _ending_after(tokens: list[Token], i: int) -> int | None:
    """Index of the first ending after verb token i and its tense markers, in the verb's own word."""
    j = i + 1
    while j < len(tokens) and tokens[j].start <= tokens[j - 1].end and tokens[j].tag == "EP":
        j += 1
    return j if j < len(tokens) and tokens[j].start <= tokens[j - 1].end else None


def _is_unreported(tokens: list[Token], i: int) -> bool:
    """시가 … 밝혀야 한다: the verb's own word goes on with an ending of obligation or purpose."""
    j = _ending_after(tokens, i)
    return j is not None and tokens[j].tag == "EC" and tokens[j].form in _UNREPORTED_ENDINGS


def _ends_quotative(text: str, tok: Token) -> bool:
    """A token closing a quoted or reported clause: 고/라고 after a quote, -다고/-라고/-냐고/-자고."""
    if tok.tag == "JKQ":
        return True
    return tok.tag == "EC" and text[max(tok.start, tok.end - 2) : tok.end] in {"다고", "라고", "냐고", "자고"}


def speech_verb_at(doc: Document, i: int) -> tuple[int, int] | None:
    """Token range (first, last) of a reporting verb starting at token i, else None."""
    tokens = doc.tokens
    tok = tokens[i]
    verbs, nouns = speech_lemmas()
    is_verb = tok.tag.startswith("VV")
    if is_verb and tok.form in verbs:  # VV-I / VV-R: irregular stems (묻 → 물었다)
        return None if _is_passive(tokens, i) or _is_unreported(tokens, i) else (i, i)
    compound = _compound_stem(doc, i) if is_verb else None  # (most tokens are nouns: not asked)
    if compound is not None and compound in verbs:  # 털어놨다: Kiwi splits 털/VV 어/EC 놓/VX
        return None if _is_unreported(tokens, i + 2) else (i, i + 2)
    if tok.tag in {"NNG", "NNP"} and tok.form in nouns and i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.form == "하" and nxt.tag in {"XSV", "VV"}:
            return (i, i + 1)
        # 말을 했다, 약속을 했다
        if nxt.tag == "JKO" and i + 2 < len(tokens):
            after = tokens[i + 2]
            if after.form == "하" and after.tag == "VV":
                return (i, i + 2)
        return None
    # "…"라고 했다 / 좋다고 했다: bare 하다 right after a quotative ending
    if tok.form == "하" and tok.tag == "VV" and i > 0 and _ends_quotative(doc.text, tokens[i - 1]):
        return None if _says_nothing(tokens, i) else (i, i)
    return None


# Endings that turn a bare 하다 after -다고 into a condition, a concession, a cause or a musing
# (고친다고 해서, 크다고 해도, 간다고 하면, 있다고 하니, 만들었다고 할까), never a report.
_NOT_SAYING_ENDINGS = frozenset(
    {"어서", "아서", "어도", "아도", "면", "으면", "더라도", "다면", "ᆫ다면", "니", "으니"}
)
_MUSING_ENDINGS = frozenset({"ᆯ까", "을까"})
# -다고 하는데(요), -다고 하네요: the hearsay a broadcast sets a scene with ("they say that …")
_HEARSAY_ENDINGS = frozenset({"는데", "ᆫ데", "은데"})
_HEARSAY_FINAL_ENDINGS = frozenset({"네요", "네"})


def _says_nothing(tokens: list[Token], i: int) -> bool:
    """The bare 하다 of -다고 하다 whose own word goes on as a condition, a concession, a question to
    oneself or hearsay (…다고 하는데요, …다고 하네요), or as 할 수 있다 (it could be called), reports
    no one's words; nor does a 하 that is the first syllable of a noun Kiwi split (해군 → 하 + 어 + 군)."""
    j = _ending_after(tokens, i)
    if j is None:
        return False
    ending = tokens[j]
    if ending.tag == "EC" and ending.form in _NOT_SAYING_ENDINGS:
        return True
    if ending.tag == "EC" and ending.form in _HEARSAY_ENDINGS and j == i + 1:
        return True  # …다고 하는데: present hearsay (…다고 했는데 reports what someone said)
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.start <= ending.end and after.tag.startswith("NN"):
        return True  # 없다고 해군은 설명했다: Kiwi split the noun 해군 into 하 + 어 + 군
    if ending.tag == "EF" and ending.form in _MUSING_ENDINGS | _HEARSAY_FINAL_ENDINGS:
        return True
    # 할 수 있다: the modifier ㄹ, then the bound noun 수
    return ending.tag == "ETM" and j + 1 < len(tokens) and tokens[j + 1].form == "수"


def _compound_stem(doc: Document, i: int) -> str | None:
    """The stem of a verb Kiwi split into stem + 어/아 + auxiliary within one word (털/어/놓 → 털어놓)."""
    tokens = doc.tokens
    if i + 2 >= len(tokens) or not tokens[i].tag.startswith("VV"):
        return None
    link, aux = tokens[i + 1], tokens[i + 2]
    if link.tag != "EC" or link.form not in {"어", "아"} or not aux.tag.startswith("VX"):
        return None
    if link.start > tokens[i].end or aux.start > link.end:
        return None  # a space: two words (털어 놓다 is not one verb)
    return tokens[i].form + link.form + aux.form


def verb_surface(doc: Document, first: int, last: int) -> tuple[int, int]:
    """Span of the verb as written: from its first morpheme to the end of the word, plus hearsay."""
    text = doc.text
    start = doc.tokens[first].start
    end = doc.tokens[last].end
    while end < len(text) and not text[end].isspace() and text[end] not in ".,\"”’'":
        end += 1
    tail = _HEARSAY_TAIL.match(text, end)
    if tail:
        end = tail.end()
    return start, end


@dataclass(frozen=True, slots=True)
class Phrase:
    """A subject phrase: the noun phrase before 은/는/이/가, split into conjuncts (A, B와 C)."""

    start: int
    end: int
    particle: Token
    conjuncts: tuple[tuple[int, int], ...]

    @property
    def is_topic(self) -> bool:
        return self.particle.form in _TOPIC_FORMS

    @property
    def has_topic_marker(self) -> bool:
        """은/는 proper: the sentence's topic (…문제도 is an "also", no topic)."""
        return self.particle.form in TOPIC_MARKERS


def _is_conjunction(tok: Token) -> bool:
    """Tokens that close a list member: commas, 와/과, 및."""
    return (tok.tag == "SP" and tok.form == ",") or tok.tag == "JC" or (tok.tag == "MAJ" and tok.form == "및")


def _is_time_adverbial(tokens: list[Token], j: int) -> bool:
    """Token j is the unit of "28일" / "10시" or a time noun like 이날: the phrase starts after it."""
    tok = tokens[j]
    if tok.form in np_stops():
        return True
    return tok.tag == "NNB" and tok.form in _TIME_UNITS and j > 0 and tokens[j - 1].tag == "SN"


def _word_start(doc: Document, j: int, floor: int) -> int:
    """First token of the white-space word holding token j; a sentence's full stop glued to the next
    word (…분석했다.핀테크 영역은, 예정이다.안재민 연구원은) ends the word before it."""
    tokens = doc.tokens
    # contracted morphemes share a span
    while j > floor and tokens[j].start <= tokens[j - 1].end and tokens[j - 1].tag != "SF":
        j -= 1
    return j


def _is_np_word(doc: Document, first: int, last: int, known: KnownName | None) -> bool:
    """Whether a word can be part of a speaker phrase (a name, a title, a list comma)."""
    tokens = doc.tokens
    if any(_is_time_adverbial(tokens, j) for j in range(first, last + 1)):
        return False
    if doc.text[tokens[first].start : tokens[last].end] in list_marks():
        return False  # ㅇ 도교육청은: a bullet opens the line, it is no part of the subject
    if known is not None and known(tokens[first].start, tokens[last].end):
        return True
    tail = tokens[last]
    if tail.tag in {"SW", "SO"} and doc.text[tail.start : tail.end] in _BYLINE_MARKS:
        return False  # 김 기자 = 대전 유성구는: the byline's = ends the reporter's part
    if _is_conjunction(tail) and any(tokens[j].tag[:1] in ("V", "E") for j in range(first, last)):
        return False  # 역공했고, …: a clause's predicate before its comma, no list of names
    if _is_conjunction(tail) or tail.tag in _NP_TAGS:
        return True
    if tail.tag in {"SP", "SSO", "SSC"}:
        return tail.form in _NP_PUNCT
    # Kiwi splits unknown names oddly (a name after (주) may come out as particle + adverb); a word that
    # merely ends in an adverb after other morphemes is still a name, while a lone adverb (함께) is not.
    return tail.tag == "MAG" and first < last and tokens[first].tag in _NP_TAGS | {"SSO"}


def _as_particle(doc: Document, k: int, known: KnownName | None) -> Token | None:
    """Token k as a subject particle: Kiwi's own, or 은/는/이/가 glued to a known name Kiwi misread."""
    tok = doc.tokens[k]
    if (tok.tag == "JX" and tok.form in _TOPIC_FORMS) or (tok.tag == "JKS" and tok.form in _SUBJECT_FORMS):
        return tok
    spaced_after_noun = (
        k and doc.tokens[k - 1].tag in _NP_TAGS and doc.text[doc.tokens[k - 1].end : tok.start] == " "
    )
    if tok.tag == "MAG" and tok.form in _TOPIC_ADVERBS and spaced_after_noun:
        return Token(form="도", tag="JX", start=tok.start, end=tok.end)  # 대표 역시: the 대표, too
    if known is None or k == 0:
        return None
    surface = doc.text[tok.start : tok.end]
    after = doc.text[tok.end : tok.end + 1]
    before = doc.tokens[k - 1]
    if surface not in _TOPIC_FORMS | _SUBJECT_FORMS or (after and not after.isspace()):
        return None
    if before.end != tok.start or not known(before.start, tok.start):
        return None
    tag = "JX" if surface in _TOPIC_FORMS else "JKS"
    return Token(form=surface, tag=tag, start=tok.start, end=tok.end)


_MARKED_NAME_CHARS = 12  # a name in single marks before a subject particle is short


def subject_phrase(doc: Document, k: int, floor: int, known: KnownName | None = None) -> Phrase | None:
    """The noun phrase ending at subject particle token k, not reaching back before token `floor`.

    Walks back word by word while words look like names, titles and list glue,
    stopping at a predicate, a time adverbial (28일, 이날) or a line break. `known`
    says which word spans the entity extractors named (those always count as names).
    """
    tokens, text = doc.tokens, doc.text
    particle = _as_particle(doc, k, known)
    if particle is None:
        return None
    before = tokens[k - 1] if k else None
    adverb = tokens[k].tag == "MAG"  # 역시 after a space: the phrase ends before the space
    if before is None or (before.end != particle.start and not adverb):
        return None
    named = known is not None and known(tokens[_word_start(doc, k - 1, floor)].start, particle.start)
    closing = before.tag == "SSC" and before.form == ")"  # 한빛(주)는
    if before.tag == "SSC" and before.form in ("’", "'") and known is not None:
        # 멤버 ‘한별’은: a name the entity extractors read inside single marks (not ‘장기 고착군’은,
        # a marked term the reported clause is about)
        opening = max(text.rfind("‘", 0, before.start), text.rfind("'", 0, before.start))
        closing = 0 <= before.start - opening - 1 <= _MARKED_NAME_CHARS and known(opening + 1, before.start)
    if before.tag not in _NP_TAGS and not closing and not named:
        return None  # 에서는, 대해서는: a particle on a non-noun is not a subject
    words = [(_word_start(doc, k - 1, floor), k - 1)]
    while len(words) < MAX_PHRASE_WORDS:
        j = words[-1][0] - 1
        if j < floor or "\n" in text[tokens[j].end : tokens[j + 1].start]:
            break
        first = _word_start(doc, j, floor)
        if not _is_np_word(doc, first, j, known):
            break
        words.append((first, j))
    words.reverse()
    words = _past_byline(doc, words)
    while words and words[0][0] == words[0][1] and _is_conjunction(tokens[words[0][1]]):
        words.pop(0)  # a phrase never starts with list glue (김하늘과 박나래는 starts with a name)
    if not words or (words[0][0] == words[0][1] == k - 1 and _is_time_adverbial(tokens, k - 1)):
        return None
    end = before.end if adverb else particle.start
    return Phrase(tokens[words[0][0]].start, end, particle, _conjuncts(tokens, words))


def _past_byline(doc: Document, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The phrase's words after a byline bracket glued to the story ([한빛경제 김수영 기자]전남 한빛군은,
    (한빛뉴스=김수영 기자)한빛전자가): the reporter is no part of the subject."""
    tokens = doc.tokens
    for i in range(len(words) - 1, -1, -1):
        first, last = words[i]
        for t in range(last - 1, first - 1, -1):
            if tokens[t].tag == "SSC" and _closes_byline(doc.text, tokens[t].start):
                return [(t + 1, last), *words[i + 1 :]]
    return words


def _closes_byline(text: str, close: int) -> bool:
    """The bracket closing at `close` holds a byline: a reporter's title (reporter_titles.txt: 기자,
    특파원 …) or an outlet's = mark."""
    line_start = text.rfind("\n", 0, close) + 1
    lo = max(line_start, close - _MAX_BYLINE_CHARS)
    opening = max(text.rfind(mark, lo, close) for mark in _BYLINE_OPENERS)
    if opening < 0:
        return False
    inside = text[opening + 1 : close]
    return "=" in inside or any(word in inside for word in load_words("reporter_titles.txt"))


def _conjuncts(tokens: list[Token], words: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Split the phrase's words at list glue (A 전무, B 대표와 C 원장)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for first, last in words:
        if start is None:
            start = tokens[first].start
        if _is_conjunction(tokens[last]):
            end = tokens[last - 1].end if last > first else tokens[last].start
            if end > start:
                out.append((start, end))
            start = None
    if start is not None:
        out.append((start, tokens[words[-1][1]].end))
    return tuple(out)


class Sentences:
    """Where sentences start, for clauses that may cross a wrapped line but never a quote."""

    def __init__(self, doc: Document, quote_spans: list[tuple[int, int]]) -> None:
        text = doc.text
        self._length = len(text)
        token_ends = [t.end for t in doc.tokens]
        starts = [0]
        for m in _SENTENCE_END.finditer(text):
            starts.append(m.end())
        for m in re.finditer("\n", text):
            if self._hard_break(doc, token_ends, m.start()):
                starts.append(m.end())
        starts.sort()
        # A period inside a quote does not end the reporting sentence around it.
        opens = [s for s, _ in quote_spans]
        self._starts = [s for s in starts if not _inside(opens, quote_spans, s)]

    @staticmethod
    def _hard_break(doc: Document, token_ends: list[int], pos: int) -> bool:
        """A line break ends the sentence unless the line stops mid-clause (on an ending or particle).

        Broadcast transcripts wrap lines mid-sentence ("…모으고\\n우선 …"); headlines and
        captions end on nouns or punctuation.
        """
        i = bisect.bisect_right(token_ends, pos) - 1
        if i < 0:
            return True
        last = doc.tokens[i]
        if doc.text[last.end : pos].strip():
            return True
        return not (last.tag in {"EC", "ETM"} or last.tag.startswith("J"))

    def start_before(self, pos: int) -> int:
        """Start of the sentence holding `pos`."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return self._starts[i] if i >= 0 else 0

    def end_after(self, pos: int) -> int:
        """Start of the next sentence after `pos` (the end of this one)."""
        i = bisect.bisect_right(self._starts, pos)
        return self._starts[i] if i < len(self._starts) else self._length


def _inside(opens: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether pos lies inside one of the (sorted, disjoint) (open mark, close mark) spans."""
    i = bisect.bisect_left(opens, pos) - 1
    return i >= 0 and spans[i][0] < pos <= spans[i][1]
