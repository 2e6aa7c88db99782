"""Who a speaker phrase names (issue #4): people and organisations through their mentions,
pronouns (그는), generic nouns for a body named before (경찰은, 재판부는), counted groups
(두 정상은, 세 회사는), 'X 측' sides, and the speakers carried over from the last attribution.

`SpeakerResolver` holds the state one pass over an article needs; the quote finder in
`extractor.speech.quotes` builds on it. The stateless rules live beside it: generic nouns in
`speakers_referents` (court benches in `speakers_court`), counted groups in `speakers_groups`,
surnames with a title and unknown foreign names in `speakers_surnames`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from extractor.analysis import Document
from extractor.entities.court_units import court_of
from extractor.entities.names import looks_like_korean_name, place_names, surname_of
from extractor.entities.names_match_shared import is_bare_title
from extractor.lexicons import load_words
from extractor.speech.grammar import (
    Phrase,
    Sentences,
    org_referents,
    org_suffixes,
    speech_verb_at,
    subject_phrase,
)
from extractor.speech.quote_marks import pair_single_marks
from extractor.speech.soundbites import SoundBite
from extractor.speech.speakers_entities import (
    HANGUL_WORD,
    MAX_CARRY_CHARS,
    PARTICLE_SURFACES,
    Entities,
    EntityMention,
    agency_nouns,
    org_like,
    unique_names,
)
from extractor.speech.speakers_groups import counted_group, counted_people
from extractor.speech.speakers_referents import DEMONSTRATIVES, SIDE_WORDS, fallback_org, referent_org
from extractor.speech.speakers_surnames import surname_reference, unlisted_name_before_body

# What may follow an organisation's name when it is the speaker: nothing, 측 (the side of), 당국.
_ORG_SPEAKER_TAILS = frozenset({"", "측", "쪽", "당국"})


# The one who speaks for a body by office, and the unnamed staff an agency speaks through.
SPOKESPERSON = "대변인"
OFFICIAL = "관계자"
_VOICE_HEADS = frozenset({SPOKESPERSON, OFFICIAL})
# Names of entertainment agencies (누리엔터테인먼트, 한빛엔터): their staff speak for them.
_AGENCY_ENDINGS = ("엔터테인먼트", "엔터")
# Words that refer back to an earlier speaker when no entity mention covers them.
_PRONOUNS = frozenset({"그", "그녀", "그들", "이들", "그는", "그녀는"})
# Third-person singular pronouns: they refer to a person, never to an organisation.
_PERSON_PRONOUNS = frozenset({"그", "그녀"})
_PLURAL_PRONOUNS = frozenset({"그들", "이들"})
# Tags of a word that is a bare name: proper nouns, foreign words, numbers (51K), Chinese characters.
_BARE_NAME_TAGS = frozenset({"NNP", "SL", "SN", "SH"})
# The first letter of a subject or topic particle after a name (김 감독은, 박 코치가, 한 선수도).
_SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가", "도", "께"})
# A country's government, named by the generic noun alone (정부는) or after the country (중국 정부가).
_NATIONAL_BODIES = frozenset({"정부"})
# A name's spelling in Chinese characters or Latin letters in parentheses: 재신망(財新網), 한빛(Hanbit).
_GLOSS = re.compile(r"\([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .&-]*\)")
# Units of a date between a subject and its verb (매체가 19일 보도했다).
_DATE_UNITS = frozenset({"일", "월"})


_PARTICLE_TAGS = frozenset({"JX", "JKS", "MAG"})  # a subject particle, or 역시/또한 standing for 도


@dataclass
class Attribution:
    """A reporting verb with the speakers found for it."""

    pos: int
    speakers: list[str]
    anonymous: bool = False  # the subject was written but names nobody (한 시중은행 부행장은)


class SpeakerResolver:
    """The state of one pass over an article that speaker phrases are resolved against."""

    def __init__(
        self, doc: Document, spans: list[tuple[int, int]], entities: Entities, bites: list[SoundBite]
    ) -> None:
        self.doc = doc
        self.bites = bites
        self.bite_starts = [b.line_start for b in bites]
        self.text = doc.text
        self.spans = spans
        self.opens = [o for o, _ in spans]
        self.singles = pair_single_marks(self.text)  # ‘…’ / '…': phrases and questions, not quotes
        self.single_opens = [o for o, _ in self.singles]
        self.entities = entities
        self.sentences = Sentences(doc, spans)
        self.token_starts = [t.start for t in doc.tokens]
        self.history: list[Attribution] = []  # speakers found so far, in text order
        self.fallback_orgs: list[tuple[int, str]] = []  # org phrases used as speakers without an entity
        self.anonymous = False  # whether the last speakers found came from a subject naming nobody
        self.topic = False  # whether the phrase being resolved is the sentence's topic or first subject
        # a person's name the people extractor cut short, as the surname reference shows it whole
        # (조시 → 조시 어니스트, when the text goes on to say 어니스트 대변인은)
        self.name_repairs: dict[str, str] = {}
        self.voice_of: dict[str, str] = {}  # the body an unnamed 대변인 or 관계자 spoke for last

    def _token_range(self, start: int, end: int) -> range:
        """Indices of the tokens starting in [start, end)."""
        return range(bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end))

    def _phrases(self, start: int, end: int) -> list[Phrase]:
        """Subject phrases (… 은/는/도/이/가) whose particle lies in [start, end), outside quotes."""
        tokens = self._token_range(start, end)
        phrases = []
        for k in tokens:
            tok = self.doc.tokens[k]
            if self._in_quote(tok.start) or self._in_single_marks(tok.start, end):
                continue  # 한별은 '싸운 적은 없냐'는 물음에 "…": a subject inside marks is not the sentence's
            if tok.tag not in _PARTICLE_TAGS and self.text[tok.start : tok.end] not in PARTICLE_SURFACES:
                continue
            phrase = subject_phrase(self.doc, k, tokens.start, self.entities.names_word)
            if phrase is not None:
                phrases.append(phrase)
        return phrases

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.opens, pos) - 1
        if i >= 0 and self.spans[i][0] < pos < self.spans[i][1]:
            return True
        i = bisect.bisect_right(self.bite_starts, pos) - 1
        return i >= 0 and pos < self.bites[i].end

    def _in_single_marks(self, pos: int, end: int) -> bool:
        """`pos` lies inside single marks that close before `end`: what is looked for comes after the
        marked words ('…없냐'는 물음에 "…"), not inside them ('대통령이 …하자고 하셨는데' reports its own)."""
        i = bisect.bisect_right(self.single_opens, pos) - 1
        return i >= 0 and self.singles[i][0] < pos < self.singles[i][1] < end

    def _resolve(self, phrase: Phrase) -> list[str] | None:
        """The people/organisations a subject phrase names, or None when it names none we know."""
        speakers: list[str] = []
        opens_sentence = not self.text[self.sentences.start_before(phrase.start) : phrase.start].strip()
        self.topic = phrase.has_topic_marker or opens_sentence
        last_words = set(self.text[slice(*phrase.conjuncts[-1])].split())
        if len(phrase.conjuncts) > 1 and _BETWEEN_WORDS & last_words:
            return None  # 국세청과 기업 간 갈등이: what is between the two speaks, not either of them
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
        side = self._side_speaker(start, end)
        if side is not None:
            return side
        media = self._media_group(mentions, start, end)
        if media is not None:
            return media
        agency = self._artist_agency(mentions, start, end)
        if agency is not None:
            return agency
        voice = self._body_voice(mentions, start, end)
        if voice is not None:
            return voice
        if self._unnamed_head(mentions, start, end):
            return []  # 한빛전자 노조 관계자는: the one speaking is unnamed, the names qualify him
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
            return unique_names([m.name for m in people])
        if heads:
            return [max(heads, key=lambda m: m.end - m.start).name]
        return self._resolve_unknown(start, end)

    def _side_speaker(self, start: int, end: int) -> list[str] | None:
        """X 측은 / X 측 관계자는: the named X speaks (a person, a body, or an agency's bare name);
        None when the phrase has no 측 word or X is a generic noun left to the referent rules."""
        words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", self.text[start:end])]
        at = next((i for i, (_, w) in enumerate(words) if w in SIDE_WORDS or w[-1:] in SIDE_WORDS), None)
        if at is None or len(words) - at > 2:
            return None
        after = [w for _, w in words[at + 1 :]]
        if after and after[0] not in load_words("speech_anonymous_nouns.txt"):
            return None  # 회사 측 변호인단 대표 김 변호사는: someone named after the side speaks
        if words[at][1] in SIDE_WORDS:
            if at == 0:
                return None
            x_start, x = words[at - 1]
        else:
            x_start, x = words[at][0], words[at][1][:-1]  # 회사측 written solid
        x_end = x_start + len(x)
        if x in org_referents():
            artists = [m for m in self.entities.overlapping(start, x_start) if m.is_person]
            if artists:
                # 배우 한지우 소속사 측은: the person's agency when the article named it, else unnamed
                agency = self.entities.agency_of(artists[-1].name, start) if x in agency_nouns() else None
                return [agency] if agency else []
            return None  # 회사 측은: the body of that kind named before
        named = self.entities.overlapping(x_start, x_end)  # 박사랑(31) 측: the name before the age
        if not named and is_bare_title(x) and at > 0:
            # 윤하람 대표측은: the person whose post stands before 측
            named = [m for m in self.entities.overlapping(start, x_start) if m.is_person]
        if named:
            people = [m.name for m in named if m.is_person]
            return people[-1:] or [named[-1].name]
        if self._is_bare_name(x_start, x_end):
            return [x]  # 소속사 해온엔터 측은: an agency the organisation extractor did not name
        return []

    def _media_group(self, mentions: list[EntityMention], start: int, end: int) -> list[str] | None:
        """신화통신 등 주요 매체가 / 재신망(財新網) 등 일부 중국 매체들은: the outlet named before 등
        reports for the press it heads; None when the phrase is no such group."""
        words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", self.text[start:end])]
        at = next((i for i, (_, w) in enumerate(words) if w == "등"), None)
        head = words[-1][1].removesuffix("들")
        if at is None or at == 0 or head not in load_words("speech_media_nouns.txt"):
            return None
        if not (self.topic or self._reports_next(end)):
            return None  # …등 언론들이 대서특필하면서: the subject of a clause on the way, not the reporter
        x_start, x = words[at - 1]
        named = [m for m in mentions if not m.is_person and x_start <= m.start and m.end <= words[at][0]]
        if named:
            return unique_names([m.name for m in named])  # 조선중앙통신ㆍ조선중앙방송 등: both
        x_end = _before_apposition(self.text, x_start, x_start + len(x))
        glossed = _GLOSS.fullmatch(self.text, x_end, x_start + len(x)) is not None  # 재신망(財新網)
        return [self.text[x_start:x_end]] if glossed or self._is_bare_name(x_start, x_end) else None

    def _reports_next(self, end: int) -> bool:
        """The reporting verb follows the subject ending at `end` (…다고 X 등 매체가 19일 보도했다)."""
        tokens = self.doc.tokens
        k = bisect.bisect_left(self.token_starts, end) + 1  # past the particle
        while k + 1 < len(tokens) and tokens[k].tag == "SN" and tokens[k + 1].form in _DATE_UNITS:
            k += 2  # 19일
        return k < len(tokens) and speech_verb_at(self.doc, k) is not None

    def _artist_agency(self, mentions: list[EntityMention], start: int, end: int) -> list[str] | None:
        """한지우 소속사는: the agency the article named for that person, else nobody (not the person);
        None when the phrase does not end in an agency noun after a person."""
        words = self.text[start:end].split()
        if len(words) < 2 or words[-1] not in agency_nouns():
            return None
        head_start = start + self.text[start:end].rstrip().rfind(words[-1])
        people = [m for m in mentions if m.is_person and m.end <= head_start]
        if not people or any(m.end > head_start for m in mentions):
            return None
        agency = self.entities.agency_of(people[-1].name, start)
        return [agency] if agency else []

    def _is_bare_name(self, start: int, end: int) -> bool:
        """A word Kiwi reads as a proper noun or a foreign word (해온엔터, 51K), not a common noun."""
        tags = [self.doc.tokens[k].tag for k in self._token_range(start, end)]
        return bool(tags) and all(t in _BARE_NAME_TAGS for t in tags) and any(t != "SN" for t in tags)

    def _body_voice(self, mentions: list[EntityMention], start: int, end: int) -> list[str] | None:
        """미국 국무부 대변인은, 소속사 누리엔터 관계자는: an unnamed spokesperson speaks for the body
        written right before, an agency's unnamed staff for the agency (as "X 측 관계자는" does in
        GOLD.md); None for any other phrase (대전시 관계자는, 업계 관계자는 stay unnamed, as
        GOLD.md's "an unnamed 관계자" and the genres gold have it)."""
        words = self.text[start:end].split()
        if words in ([SPOKESPERSON], [OFFICIAL]) and self.voice_of.get(words[0]) is not None:
            return [self.voice_of[words[0]]]  # 대변인은 이어: the same unnamed spokesperson goes on
        if len(words) < 2:
            return None
        head = words[-1]
        if head not in _VOICE_HEADS:
            return None
        head_start = start + self.text[start:end].rstrip().rfind(head)
        before = [m for m in mentions if not m.is_person and not self.text[m.end : head_start].strip()]
        if not before:
            return None
        body = before[-1]
        people = [m for m in mentions if m.is_person]
        if people and not all(self._qualifies(m, [body]) for m in people):
            return None  # 한빛전자 김하늘 대표 관계자: a person heads the phrase, not the body
        lead = self.text[start : body.start].split()
        agency_at = max((k for k, w in enumerate(lead) if w.removesuffix("인") in agency_nouns()), default=-1)
        lead = lead[agency_at + 1 :]  # 진세연의 소속사 X 관계자는: only the words after the agency noun
        if any(w not in place_names() for w in lead):
            return None  # 겅하오 중국 외교부 대변인은: a name the people pass missed may lead the phrase
        agency = agency_at >= 0 or body.name.endswith(_AGENCY_ENDINGS)
        if head == OFFICIAL and not agency:
            return None  # 대전시 관계자는: an unnamed official, no speaker (GOLD.md, the genres gold)
        self.voice_of[head] = body.name  # 이어 관계자는: the same unnamed staff go on
        return [body.name]

    def _unnamed_head(self, mentions: list[EntityMention], start: int, end: int) -> bool:
        """The phrase's last word is a noun for an unnamed person (관계자, 직원) no mention covers."""
        words = self.text[start:end].split()
        if len(words) < 2 or words[-1] not in load_words("speech_anonymous_nouns.txt"):
            return False
        head_start = start + self.text[start:end].rstrip().rfind(words[-1])
        before_head = self.text[start:head_start].rstrip()
        # 김하나 교사는: a person right before the noun holds it as a title and speaks
        title_of = start + len(before_head)
        return not any(m.end > head_start or (m.is_person and m.end == title_of) for m in mentions)

    def _possessor_of_noun(self, person: EntityMention, end: int) -> bool:
        """The person stands in the possessive before a noun that heads the phrase (김 대표의 변호인)."""
        return self.text.startswith("의", person.end) and bool(
            HANGUL_WORD.search(self.text, person.end + 1, end)
        )

    def _qualifies(self, person: EntityMention, heads: list[EntityMention]) -> bool:
        """김 배우의 소속사 ○○ 측은 / 한지우 소속사 누리엔터는: a person in the possessive, or before an
        agency noun, ahead of the body that speaks."""
        if not all(person.end <= h.start for h in heads):
            return False
        if self.text.startswith("의", person.end):
            return True
        between = self.text[person.end : min(h.start for h in heads)].split()
        return any(word.removesuffix("인") in agency_nouns() for word in between)

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
        group = counted_people(words, start, self.entities)
        if group is None:
            group = counted_group(words, start, self.entities, self.sentences)
        if group is not None:
            return group
        referent = referent_org(words, start, self.text, self.entities, self.fallback_orgs)
        if referent is not None:
            return referent
        named = self._surname_reference(words, start)
        if named is None:
            named = unlisted_name_before_body(words, start, self.text, self.entities, self._is_bare_name)
        if named is not None:
            return named
        head = words[-1]
        if head in _NATIONAL_BODIES:
            # 정부는 → a country's government the article named (일본 정부), else the word itself;
            # 중국 정부가 → as written (not 기획재정부, whose name only ends in 정부)
            if len(words) >= 2:
                return [" ".join(words[-2:])] if words[-2] in place_names() else []
            return [self.entities.org_ending_with(" " + head, start) or head]
        if len(words) <= 2 and words[0] in DEMONSTRATIVES | {head} and head in org_suffixes():
            org = self.entities.org_ending_with(head, start) or fallback_org(head, self.fallback_orgs)
            return [org] if org else []
        if org_like(head):
            name = " ".join(self._past_parent_bodies(start, end))
            self.fallback_orgs.append((start, name))
            return [name]
        bare = len(words) == 1 and len(head) >= 2 and self._is_bare_name(start, start + len(head))
        if (
            self.topic
            and bare
            and head not in place_names()
            and head not in load_words("common_acronyms.txt")
        ):
            # 누리소프트는 "…": a proper noun no extractor named speaks by its name, as the topic or the
            # subject opening the sentence (WSJ이 한빛이 파산할 것이라고 보도했다: not 한빛)
            return [head]
        return []

    def _surname_reference(self, words: list[str], start: int) -> list[str] | None:
        """황 권한대행은 / 어니스트 대변인은 (see `surname_reference`), remembering a cut name it makes
        whole in `name_repairs`."""
        found = surname_reference(words, start, self.text, self.entities)
        if found is None:
            return None
        if found.repaired is not None:
            self.name_repairs[found.repaired] = found.speakers[0]
        return found.speakers

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
        for size in (2, 3):
            chain = [w for _, w in words[-size:]]
            if len(chain) == size and court_of(" ".join(chain)) is not None:
                return chain  # 한빛지법 형사1부: a division is no body without its court
        named = org_like(head) and head not in org_suffixes()  # 해남군농민회, not a bare 협의회
        return [head] if keep == len(words) - 1 and named else [w for _, w in words]

    def _pronoun_person(self, mentions: list[EntityMention], start: int) -> list[str]:
        """그는 / 그녀는: the person the people extractor ties it to, else the last named outside quotes;
        nobody when an unnamed speaker (한 부행장은 말했다) spoke after the last person named."""
        last = self.history[-1] if self.history else None
        if last is not None and last.anonymous and last.pos > self.entities.last_person_before(start):
            return []
        speaker = self._last_speaker_still_subject(start)
        if speaker is not None:
            return [speaker]  # before the people extractor's tie, which may reach into a quote
        people = [m.name for m in mentions if m.is_person]
        if people:
            return unique_names(people)
        found = self.entities.recent_person(start, self._in_quote)
        return [found] if found else []

    def _last_speaker_still_subject(self, start: int) -> str | None:
        """The one person who spoke last, when no other person has been a subject since:
        마리오는 "…"이라고 공을 포수에게 돌렸다. 이어 "…"는 그는 … → 마리오, not the 포수 told."""
        last = self.history[-1] if self.history else None
        if last is None or len(last.speakers) != 1 or start - last.pos > MAX_CARRY_CHARS:
            return None
        if last.speakers[0] not in self.entities.person_names and not self._unlisted_person(last.speakers[0]):
            return None  # an organisation spoke: 그는 is a person
        for m in self.entities.overlapping(last.pos, start):
            if not m.is_person or m.name == last.speakers[0] or m.start < last.pos or self._in_quote(m.start):
                continue
            if self.text[m.end : m.end + 1] in _SUBJECT_PARTICLES or self.text[m.end : m.end + 1].isspace():
                return None  # another person named as a subject (or with a title) since
        return last.speakers[0]

    def _unlisted_person(self, name: str) -> bool:
        """A speaker named by a bare proper noun the people extractor missed (지동원은 "…") or by a
        surname alone (남 감독은), that reads as a Korean name and names no organisation the article has."""
        if name in self.name_repairs.values():
            return True  # 조시 어니스트, made whole from a cut name
        bodies = {n for org in self.entities.organizations for n in (org.name, *org.aliases)}
        surname_only = surname_of(name) == name  # 남 감독은: a person known only by the surname
        return (looks_like_korean_name(name) or surname_only) and name not in bodies

    def _carried_over(self, pos: int) -> list[str]:
        """Speakers of the last attribution shortly before `pos` (이어 "…", 그는 …)."""
        if self.history and pos - self.history[-1].pos <= MAX_CARRY_CHARS:
            return list(self.history[-1].speakers)
        return []

    def _remember(self, pos: int, speakers: list[str]) -> None:
        self.history.append(Attribution(pos, speakers, self.anonymous and not speakers))


# "Between": A와 B 간 갈등, A와 B 사이의 합의 — a list that qualifies a relation, no speakers.
_BETWEEN_WORDS = frozenset({"간", "간의", "사이", "사이의"})


def _before_apposition(text: str, start: int, end: int) -> int:
    """End of a phrase without a closing parenthetical: 대전도시공사(사장 한승우) → 대전도시공사."""
    if text[start:end].rstrip().endswith(")"):
        opening = text.rfind("(", start, end)
        if opening > start and text[start:opening].strip():
            return opening
    return end
