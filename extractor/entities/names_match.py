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
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, field
from functools import cache

from extractor.analysis import Document, Token
from extractor.entities.court_units import court_chain_start
from extractor.entities.names import (
    COMMON_SURNAME_RANK,
    KIWI_UNKNOWN_ID,
    ClubMention,
    PersonHit,
    Span,
    TitleParse,
    TokenIndex,
    Word,
    club_mentions,
    company_brands,
    company_titles,
    firm_prefixes,
    foreign_given_names,
    government_bodies,
    has_legal_prefix,
    is_latin_acronym,
    is_name_word,
    is_slash_gap,
    is_space_gap,
    looks_like_korean_name,
    looks_like_org,
    name_after_titles,
    org_suffix_strength,
    parse_title,
    particles,
    place_names,
    split_particle,
    split_words,
    sports_clubs,
    strip_legal,
    surname_rank,
    title_modifiers,
    titles,
)
from extractor.entities.names_bare import about_name_hits, club_name_hits, coordinated_name_hits
from extractor.entities.names_broadcast import broadcast_hits
from extractor.entities.names_context import (
    LANDMARK_ENDINGS,
    NO_NAME_ENDINGS,
    PLACE_LEVEL_ENDINGS,
    agency_artist_hits,
    counted_member_hits,
    full_names,
    interjection_name_hits,
    member_list_hits,
    name_run_hits,
    paren_list_hits,
    paren_name_hits,
    role_paren_hits,
    speaker_subject_hits,
)
from extractor.entities.names_roster import note_hits, roster_hits
from extractor.entities.org_fixtures import fixture_clubs, whole_club
from extractor.entities.org_signals import institute_short_forms, reported_bodies
from extractor.lexicons import load_words

# "소속": the body a person belongs to, written before the name (더불어민주당 소속 한정민 의원).
AFFILIATED = "소속"
# "겸": one person holding two posts (경제부총리 겸 기획재정부 장관).
CONCURRENT = "겸"

# Surnames so common (김 이 박 최 정 강 조 윤 장 임) that a two-syllable word starting with one is read
# as a Korean name even when an unknown proper noun follows.
MOST_COMMON_SURNAMES = 10

# A name word with one of this many commonest surnames is read as Korean, never as half a foreign name.
COMMON_KOREAN_NAME_RANK = 20

# The most words that may stand between a name and its title (박민준 누리모터스 연구개발본부 전무).
MAX_MIDDLE_WORDS = 3
# How many bare nouns may open a clause before a title: a foreign name's two words and its body.
MAX_CLAUSE_RUN = 5

# "대전도시공사(사장 한승우)": the body's name, then its head in parentheses.
PAREN_HEAD_RE = re.compile(
    r"""
    \(                          # the parenthesis right after the body's name
    (?:[A-Za-z가-힣]{2,8}·)?     # the body's short form first, maybe (KEI·원장 도경민)
    (?P<title>[가-힣]{1,8})      # the head's title (사장, 원장, 대표이사) or, reversed, the name
    [ \t]+                      # one space between title and name
    (?P<name>[가-힣]{2,8})       # the head's name, or the title when the name came first
    (?:[ \t]+(?P<rank>[가-힣]{1,8}))?  # the head's rank after a role (재판장 정우진 부장판사)
    [ \t]*[)·ㆍ․‧∙,]             # close, or more notes follow (회장 강태윤·이하 해협)
    """,
    re.VERBOSE,
)

# Honorific after a name: "김철수 씨", "김철수씨는".
HONORIFIC_RE = re.compile(
    r"""
    (?<![가-힣])                 # the name starts a word
    (?P<name>[가-힣]{2,4})       # the name
    (?:\(\d{1,3}(?:세)?\))?       # an optional age: 송도현(32)씨
    [ \t]?                      # an optional space
    (?:씨|氏|할머니|할아버지)     # the honorific; what follows must be a particle (checked in code)
    """,
    re.VERBOSE,
)


# A three-syllable name with a parenthetical glued to it: 이도현(한빛FC)은, 김철수(45·회사원)는.
NAME_PAREN_RE = re.compile(
    r"""
    (?<![가-힣])                 # the name starts a word
    (?P<name>[가-힣]{3})         # a three-syllable Korean name
    \([^()\n]{1,20}\)           # its team, age or job in parentheses
    (?![가-힣]{3})               # then a particle at most (checked in code), not a longer word
    """,
    re.VERBOSE,
)

# A two-syllable name with the age glued after it: 장도(35), 한솔(26세)는.
AGED_SHORT_NAME_RE = re.compile(
    r"""
    (?<![가-힣])                 # the name starts a word
    (?P<name>[가-힣]{2})         # a surname and a one-syllable given name
    \(\d{1,2}(?:세)?\)           # the age
    (?![가-힣]{3})               # then a particle at most (checked in code)
    """,
    re.VERBOSE,
)
# A descriptor's one-word name with the age glued after it: 배우 하루(26).
AGE_AFTER_RE = re.compile(r"\(\d{1,2}(?:세)?\)")

# Broadcast transcripts tag every speaker, titled or not: "▶ 인터뷰 : 김철수 / 서울 마포구".
BROADCAST_TAG_RE = re.compile(
    r"""
    (?:▶|◀|■|<|인터뷰|싱크|녹취)   # the tag's marker
    [^\n:：<>▶)]{0,12}             # more of the marker (인터뷰, 현장음, INT)
    [:：>▶)][ \t]*                 # what closes the marker: a colon, <인터뷰>, ◀ INT ▶, (인터뷰)
    (?P<name>[가-힣]{2,4})          # the speaker's name
    [ \t]*/                        # the slash before what they are
    """,
    re.VERBOSE,
)

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

# A broadcast report's sign-off names its reporter: "한빛TV 뉴스 김도윤입니다."
SIGN_OFF_RE = re.compile(
    r"""
    뉴스[ \t]+                   # … 뉴스 (the outlet's news)
    (?P<name>[가-힣]{2,4})        # the reporter
    (?:입니다|였습니다)           # "this is …"
    """,
    re.VERBOSE,
)
SIGN_OFF_TITLE = "기자"
REPORTER = SIGN_OFF_TITLE

# The Hangul glued after a match, to check it is only a particle (김철수 씨는, not 씨름).
HANGUL_RUN_RE = re.compile(r"[가-힣]*")


@dataclass
class Matches:
    words: list[Word]
    index: TokenIndex
    hits: list[PersonHit]
    clubs: list[ClubMention]  # sports clubs written in full, read once for people and organisations
    institutes: list[tuple[str, str, int, int]]  # (full, short, start, end): 화학연 for 한국화학연구원


# The gap after a parenthesis that closes right before the next word: "…31기) 춘천지검장".
CLOSE_PAREN_GAP_RE = re.compile(r"\)[ \t]*")
# How far back a parenthesis after a name may open: (52·사법연수원 31기).
MAX_PAREN_CHARS = 40

# Internal units a fused title names: not bodies of their own (GOLD.md: departments are optional).
INTERNAL_UNITS = frozenset({"국", "과", "팀", "실", "계"})
# A company's division (DS부문): internal, like a department.
DIVISION_NOUN = "부문"
# A fused title may also name a company's or newsroom's department (금융통계부장, 편집부장); as a
# word of its own, 부 ends too many common words (정부, 일부, 내부) to mark a unit.
FUSED_INTERNAL_UNITS = INTERNAL_UNITS | {"부"}

# Particles of place and direction (에서, 에, 로): after a proper noun Kiwi knows, a place.
PLACE_PARTICLES = frozenset({"JKB"})
# Particles that close a bare name as the subject, topic or object of its clause.
BARE_NAME_PARTICLES = frozenset({"JKS", "JX", "JKO", "JKG", "JKB", "JC"})

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
    listed = roster_hits(doc) + note_hits(doc) + broadcast_hits(doc, index)
    in_context = (
        paren_list_hits(doc, lambda at: _body_ending_at(doc, words, index, at))
        + role_paren_hits(doc, index, not_names)
        + speaker_subject_hits(doc, index, not_names)
        + member_list_hits(doc, index)
        + name_run_hits(doc, index, not_names)
        + agency_artist_hits(doc, index, not_names)
        + paren_name_hits(doc, index, not_names)
        + interjection_name_hits(doc, index)
        + counted_member_hits(doc, index)
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
    hits = full_names(doc, index, appositive + others, not_names)
    # after the full names: 안나 볼페르트 (the chancellor's wife) does not lend her given name to the
    # 볼페르트 총리 found by his title
    hits += [h for h in _given_name_pair_hits(doc, words, index) if h.name not in not_names]
    hits += coordinated_name_hits(doc, index, frozenset(h.name for h in hits), not_names)  # 이나영·유재석측
    hits += club_name_hits(doc, index, clubs, not_names)  # KT 양홍석도: a club's player
    hits += about_name_hits(doc, index, not_names)  # 부상을 당한 이재원에 대해
    hits.sort(key=lambda h: h.name_span.start)
    result = Matches(words, index, hits, clubs, institutes)
    _cache = (weakref.ref(doc, _forget), result)
    return result


# The 대 that closes a university's press short form (서울대, 부산대).
UNIVERSITY_END = "대"


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


def _is_university(word: str) -> bool:
    if word in load_words("university_short_forms.txt"):
        return True
    return word.endswith(UNIVERSITY_END) and word[:-1] in place_names()


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


# ---------------------------------------------------------------- appositives


@dataclass(frozen=True)
class _Context:
    doc: Document
    words: list[Word]
    index: TokenIndex
    ends: list[int]  # words' end offsets, to find the word a parenthesis is glued to
    known: frozenset[str]  # names already found in the article
    not_names: frozenset[str]  # bodies' names the article marks as such (㈜노바팜, (이하 해협))
    clubs: frozenset[str]  # short forms of the sports clubs the article writes in full (울산)
    # Words whose reading depends on `known`: not read as a name without it, or looked up in it.
    # A pass whose asked words hold none of the names found would read the same with them known.
    asked: set[str] = field(default_factory=set)

    def is_name(self, word: Word) -> bool:
        """is_name_word with the article's known names, noting a no in `asked`."""
        if is_name_word(word, self.index, self.known):
            return True
        self.asked.add(word.text)
        return False


def _appositive_hits(
    doc: Document,
    words: list[Word],
    index: TokenIndex,
    known: frozenset[str],
    not_names: frozenset[str],
    club_shorts: frozenset[str],
) -> tuple[list[PersonHit], set[str]]:
    """Names before or after a title word, and the words whose reading `known` could change."""
    ctx = _Context(doc, words, index, [w.end for w in words], known, not_names, club_shorts)
    hits: list[PersonHit] = []
    last: tuple[int, PersonHit] | None = None  # the last hit's title word
    for t, word in enumerate(words):
        parsed = parse_title(word.text) or _glued_title(word.text)
        if parsed is None:
            hit = _name_after_copula_descriptor(ctx, t)  # 작곡가인 제프 브로드벤트는
            if hit is not None:
                hits.append(hit)
            continue
        if _title_continues(words, t) or _locative_title(word.text, parsed):
            continue
        after = parsed.title in name_after_titles() or parsed.title[-2:] in name_after_titles()
        hit = _name_after_title(ctx, t, parsed) if after else None
        if hit is None and t > 0 and parsed.title not in ONE_NAME_TITLES:
            hit = _name_before_title(ctx, _extend_title_left(words, t), t, parsed)
        if hit is None:
            hit = _listed_name_after_fused_title(ctx, t, parsed)
        if hit is not None:
            if last is not None:
                hit = _sharing_body(words, last, hit)
            hits.append(hit)
            hits.extend(_joined_names(ctx, hit))
            if after:
                hits.extend(_names_listed_after(ctx, hit))
            hits.extend(_other_title_hits(ctx, t, hit))
            last = (t, hit)
    return hits, ctx.asked


# The particle of a place where something happens (에서): a person takes 에게서/한테서 instead, so
# 전세계 시장에서 is a market, never a 시장 named 전세계. (에 alone does follow people: 대통령에 대해.)
LOCATIVE_PARTICLES = frozenset({"에서", "에서는", "에서도", "에선"})


def _locative_title(text: str, parsed: TitleParse) -> bool:
    """전세계 시장에서: the title word ends in a particle of place, so it names a place or a post."""
    return text[parsed.stem_len :] in LOCATIVE_PARTICLES


def _other_title_hits(ctx: _Context, t: int, hit: PersonHit) -> list[PersonHit]:
    """More titles of the same person, so that later references find them (구 단장은, 배 CFO는):
    the title's gloss, 최고재무책임자(CFO), and a role before the name, 현장대응단장인 구태환 소방정."""
    others = [_title_gloss(ctx, t), _role_before(ctx, hit)]
    return [
        PersonHit(hit.name, hit.name_span, title, hit.organization, None, hit.org_is_unit)
        for title in others
        if title is not None and title != hit.title
    ]


def _title_gloss(ctx: _Context, t: int) -> str | None:
    if t + 1 >= len(ctx.words) or ctx.words[t + 1].gap != "(":
        return None
    gloss = ctx.words[t + 1].text
    return gloss if gloss in titles() else None


def _role_before(ctx: _Context, hit: PersonHit) -> str | None:
    n = bisect.bisect_left(ctx.ends, hit.name_span.end)
    if n == 0 or n >= len(ctx.words) or ctx.words[n].start != hit.name_span.start:
        return None
    before = ctx.words[n - 1]
    if not is_space_gap(ctx.words[n].gap) or not before.text.endswith("인") or len(before.text) < 3:
        return None
    role = before.text[:-1]
    parsed = parse_title(role)
    return role if parsed is not None and parsed.stem_len == len(role) else None


def _sharing_body(words: list[Word], last: tuple[int, PersonHit], hit: PersonHit) -> PersonHit:
    """철도노조 엄태준 위원장과 류경아 사무처장: the second of the pair holds a post in the same body."""
    t, before = last
    if hit.organization is not None or before.organization is None or before.org_is_unit:
        return hit
    if (hit.title or "").endswith("의원"):
        return hit  # 김 시장과 박 의원: a legislator sits for a party or a council, not the other's body
    joined = t + 1 < len(words) and _is_title_and(words[t].text) and words[t + 1].start == hit.name_span.start
    if not joined:
        return hit
    return PersonHit(hit.name, hit.name_span, hit.title, before.organization, None, False)


# Descriptors after which a one-word name stands alone: a hired foreign player, a group's member.
ONE_NAME_TITLES = frozenset({"용병", "멤버"})
MEMBER_TITLE = "멤버"
# Particles Kiwi may leave on a one-word name it does not know and that end hardly any given name.
GLUED_PARTICLES = frozenset({"과", "와", "을", "를", "의", "에게", "에서"})
# How far before 멤버 a word for a group must stand for a one-word stage name to follow.
MAX_GROUP_CUE_CHARS = 80
# Modifiers that make a player's descriptor take a one-word foreign name (외국인 선수 플레넷).
FOREIGN_MODIFIERS = frozenset({"외국인", "외인"})
# The longest one-word name taken after such a descriptor (가스파리니).
MAX_ONE_WORD_NAME = 5
PLAYER_TITLE = "선수"

# What joins names listed before one shared title: 박정우·김태현 연구위원, 김가람, 박나래 의원.
NAME_LIST_GAPS = frozenset({"·", "ㆍ", "․", "‧", "∙", ",", ", "})


def _joined_names(ctx: _Context, hit: PersonHit) -> list[PersonHit]:
    """박정우·김태현 전 연구위원, 김가람, 박나래 의원: names listed before a name share its title and body."""
    out: list[PersonHit] = []
    i = bisect.bisect_left(ctx.ends, hit.name_span.end)
    while 0 < i < len(ctx.words) and ctx.words[i].gap in NAME_LIST_GAPS and _starts(ctx.words[i], hit):
        prev = ctx.words[i - 1]
        if not ctx.is_name(prev):
            break
        if i >= 2 and is_space_gap(prev.gap) and _is_post_word(ctx.words[i - 2].text):
            break  # 한빛협회장 김도윤, 박서준 도지사: the name before the comma has its own post
        out.append(
            PersonHit(prev.text, Span(prev.start, prev.end), hit.title, hit.organization, hit.org_span, False)
        )
        hit = out[-1]
        i -= 1
    return out


def _names_listed_after(ctx: _Context, hit: PersonHit) -> list[PersonHit]:
    """배우 윤서하, 한지오, 마도윤이: names listed after the first one share its descriptor, up to
    the first name that carries a particle (the list's last)."""
    out: list[PersonHit] = []
    i = bisect.bisect_left(ctx.ends, hit.name_span.end) + 1
    while i < len(ctx.words) and ctx.words[i].gap in NAME_LIST_GAPS:
        word = ctx.words[i]
        end = ctx.index.bare_end(word)
        bare = Word(word.start, end, ctx.doc.text[word.start : end], word.gap)
        if bare.text in ctx.not_names or not ctx.is_name(bare):
            break
        if bare.text[-1] in PLACE_LEVEL_ENDINGS or bare.text.endswith(NO_NAME_ENDINGS):
            break  # 한빛시: a town, not a name
        nxt = ctx.words[i + 1] if i + 1 < len(ctx.words) else None
        if end == word.end and nxt is not None and is_space_gap(nxt.gap) and parse_title(nxt.text):
            break  # 윤서하, 마도윤 감독: the next name has its own title
        out.append(PersonHit(bare.text, Span(bare.start, bare.end), hit.title, None, None, False))
        if end != word.end:
            return out  # 마도윤이: the particle closes the list
        i += 1
    ended = i < len(ctx.words) and ctx.words[i].gap not in NAME_LIST_GAPS  # the list's commas end here
    if out and ended and not _closes_list(ctx.words[i]):
        out.pop()  # 배우 윤서하, 차량서 숨진 채: a bare last word the sentence goes on from is no name
    return out


def _closes_list(word: Word) -> bool:
    """What may follow a list's last name written bare: 등, a title, a new line or a mark."""
    if split_particle(word.text)[0] == LIST_ETC or parse_title(word.text) is not None:
        return True
    return any(ch in word.gap for ch in "\n\"“”'‘’()[]")


def _is_post_word(text: str) -> bool:
    """A post as a whole word, fused to its body or not (한빛협회장); 대표와 joins the next person."""
    parsed = parse_title(text)
    return parsed is not None and parsed.stem_len == len(text)


def _starts(word: Word, hit: PersonHit) -> bool:
    return word.start == hit.name_span.start


def _is_bare_title(word: Word) -> bool:
    """A word that is only a title, without body or particle (대표이사, 부회장)."""
    parsed = parse_title(word.text)
    return parsed is not None and parsed.org is None and parsed.stem_len == len(word.text)


def _name_after_copula_descriptor(ctx: _Context, t: int) -> PersonHit | None:
    """작곡가인 제프 브로드벤트는: the name after a descriptor in the copula's adnominal form (the name
    is never before it). A name with its own title after it (학자인 X 교수) takes that title."""
    parsed = _descriptor_with_copula(ctx.words[t].text)
    if parsed is None:
        return None
    hit = _name_after_title(ctx, t, parsed, copula=True)
    if hit is None or hit.name in company_brands():
        return None  # 에이스인 한화 류현진: a club or group's name comes first, not the person's
    n = bisect.bisect_left(ctx.ends, hit.name_span.end)
    if n + 1 < len(ctx.words) and parse_title(ctx.words[n + 1].text) is not None:
        return None
    return hit


# The copula's adnominal form: 작곡가인 X, "X, who is a composer" — the descriptor stands before the name.
COPULA_ADNOMINAL = "인"


def _descriptor_with_copula(text: str) -> TitleParse | None:
    """작곡가인 → 작곡가: a descriptor that stands before the name (배우, 작곡가), with the copula.

    >>> _descriptor_with_copula("작곡가인").title, _descriptor_with_copula("사장인") is None
    ('작곡가', True)
    """
    if not text.endswith(COPULA_ADNOMINAL) or len(text) < 3:
        return None
    stem = text[: -len(COPULA_ADNOMINAL)]
    parsed = parse_title(stem)
    if parsed is None or parsed.org is not None or parsed.stem_len != len(stem):
        return None
    return parsed if parsed.title in name_after_titles() else None


def _title_continues(words: list[Word], t: int) -> bool:
    """대표이사 부회장: a bare title followed by another title is read with the last one."""
    if t + 1 >= len(words) or not _is_bare_title(words[t]) or not is_space_gap(words[t + 1].gap):
        return False
    following = parse_title(words[t + 1].text)
    return following is not None and following.org is None


def _extend_title_left(words: list[Word], t: int) -> int:
    """Index of the first word of a multi-word title (대표이사 부회장, 민정수석 비서관); a scope
    (아시아 담당 부사장) is read with the body, not the title."""
    first = t
    while first > 0 and is_space_gap(words[first].gap) and _is_bare_title(words[first - 1]):
        if words[first - 1].text.endswith(SCOPE_WORD):
            break
        first -= 1
    return first


def _name_after_title(ctx: _Context, t: int, parsed: TitleParse, *, copula: bool = False) -> PersonHit | None:
    """배우 윤서하가: a descriptor written before the name (with `copula`, 작곡가인 제프 브로드벤트는)."""
    if t + 1 >= len(ctx.words) or not is_space_gap(ctx.words[t + 1].gap):
        return None
    if not (copula or _is_bare_title(ctx.words[t])):
        return None
    hit = None
    if parsed.title not in ONE_NAME_TITLES:
        hit = _foreign_name_after_title(ctx, t, parsed)  # 투수 라이언 페레즈: 라이언 looks Korean alone
    if hit is None:
        word = ctx.words[t + 1]
        end = ctx.index.bare_end(word)
        name = ctx.doc.text[word.start : end]
        toks = ctx.index.within(word.start, end)
        stem, particle = split_particle(name)
        if particle and len(stem) == 3 and not looks_like_korean_name(name) and looks_like_korean_name(stem):
            end, name = word.start + len(stem), stem  # 배우 임나영이: one proper noun with its particle
        korean = looks_like_korean_name(name) and toks and toks[0].tag == "NNP"
        if korean and parsed.title in ONE_NAME_TITLES and _glued_particle(name):
            return None  # 멤버 하늘과: Kiwi kept the particle on a word it read as one name
        if not korean and not (_one_name_slot(ctx, t, parsed) and _one_name(name, toks)):
            return None
        hit = PersonHit(name, Span(word.start, end), parsed.title, None, None, False)
    club = _club_before_title(ctx, t)
    if club is not None:  # 두산의 외국인 타자 호세 알바라도, 두산 선발 곽태민
        hit = PersonHit(hit.name, hit.name_span, hit.title, club.text, Span(club.start, club.end), False)
    foreign = t > 0 and ctx.words[t - 1].text in FOREIGN_MODIFIERS and is_space_gap(ctx.words[t].gap)
    if foreign and hit.title == PLAYER_TITLE:
        # 외국인 선수 찰스 로드: the bare 선수 of a hired foreign player keeps its modifier (외국인 투수
        # is a pitcher: the position is title enough)
        title = f"{ctx.words[t - 1].text} {hit.title}"
        hit = PersonHit(hit.name, hit.name_span, title, hit.organization, hit.org_span, hit.org_is_unit)
    return hit


def _listed_name_after_fused_title(ctx: _Context, t: int, parsed: TitleParse) -> PersonHit | None:
    """한국코미디협회장 김도윤, 한빛시장 박서준 등: in a list of guests, a body's post fused to its name,
    then the person's name closed by the list's comma or 등 (no name stood before the post)."""
    if parsed.org is None or not parsed.org_len or parsed.stem_len != len(ctx.words[t].text):
        return None
    if t + 2 >= len(ctx.words) or not is_space_gap(ctx.words[t + 1].gap):
        return None
    word, after = ctx.words[t + 1], ctx.words[t + 2]
    etc = split_particle(after.text)[0] == LIST_ETC and is_space_gap(after.gap)
    listed = after.gap in NAME_LIST_GAPS or etc
    toks = ctx.index.within(word.start, word.end)
    if not (listed and looks_like_korean_name(word.text) and toks and toks[0].tag == "NNP"):
        return None
    start = ctx.words[t].start
    org_span = Span(start, start + parsed.org_len)
    unit = parsed.title[:1] in FUSED_INTERNAL_UNITS
    return PersonHit(word.text, Span(word.start, word.end), parsed.title, parsed.org, org_span, unit)


def _one_name_slot(ctx: _Context, t: int, parsed: TitleParse) -> bool:
    """외국인 선수 플레넷, 용병 가스파리니, 멤버 진하, 가수 보아: a descriptor after which a one-word name
    (a foreign player's, a stage name) is written; elsewhere a lone proper noun after a title is too
    uncertain."""
    if parsed.title == MEMBER_TITLE:
        # 그룹 누리 멤버 한별: only where the line speaks of a group (not 동호회 멤버 소모임)
        line_start = ctx.doc.text.rfind("\n", 0, ctx.words[t].start) + 1
        before = ctx.doc.text[max(line_start, ctx.words[t].start - MAX_GROUP_CUE_CHARS) : ctx.words[t].start]
        return any(cue in before for cue in load_words("group_cues.txt"))
    if parsed.title in ONE_NAME_TITLES:
        return True
    if parsed.title in load_words("stage_name_descriptors.txt") and parsed.stem_len == len(ctx.words[t].text):
        return True  # 가수 보아는, 래퍼 마이크로닷이: a performer is often known by one name
    if AGE_AFTER_RE.match(ctx.doc.text, ctx.index.bare_end(ctx.words[t + 1])):
        return True  # 배우 하루(26): a descriptor, a word and an age read as a stage name
    return t > 0 and ctx.words[t - 1].text in FOREIGN_MODIFIERS and is_space_gap(ctx.words[t].gap)


def _one_name(name: str, toks: list[Token]) -> bool:
    """One word of two to five syllables that Kiwi reads as a proper noun or does not know, and
    that is no place, title or body."""
    if not 2 <= len(name) <= MAX_ONE_WORD_NAME or not all("가" <= ch <= "힣" for ch in name):
        return False
    if name in place_names() or name in titles() or name in title_modifiers() or name in government_bodies():
        return False
    if org_suffix_strength(name) not in (None, "weak"):
        return False
    if _glued_particle(name):
        return False
    return len(toks) == 1 and (toks[0].tag == "NNP" or toks[0].id < KIWI_UNKNOWN_ID)


def _glued_particle(name: str) -> bool:
    """하늘과, 별빛을: a word ending in a particle no given name ends in (not 은, 이: 김지은, 박소이)."""
    stem, particle = split_particle(name)
    return len(stem) >= 2 and particle in GLUED_PARTICLES


def _club_before_title(ctx: _Context, t: int) -> Word | None:
    """The club a descriptor follows, past modifiers (외국인, 신인), bare or with 의."""
    j = t - 1
    while j >= 0 and ctx.words[j].text in title_modifiers() and is_space_gap(ctx.words[j + 1].gap):
        j -= 1
    if j < 0 or not is_space_gap(ctx.words[j + 1].gap):
        return None
    word = ctx.words[j]
    bare = word.text[:-1] if word.text.endswith("의") else word.text
    if bare not in ctx.clubs:
        return None
    return Word(word.start, word.start + len(bare), bare, word.gap)


def _foreign_name_after_title(ctx: _Context, t: int, parsed: TitleParse) -> PersonHit | None:
    """투수 브랜든 콜을, 공격수 헤나투 시우바가: two Hangul words Kiwi reads only as proper nouns after a
    descriptor; the second may carry a particle."""
    if t + 2 >= len(ctx.words) or not is_space_gap(ctx.words[t + 2].gap):
        return None
    given, family = ctx.words[t + 1], ctx.words[t + 2]
    family_end = ctx.index.bare_end(family)
    # 루카스 멘데스: Kiwi may know the name as one token across the space (then no token starts the
    # family name; its particles still do)
    spanning = not ctx.doc.tokens_between(family.start, family.start + 1)
    if spanning or family_end == family.end:
        family_end = _without_glued_particle(ctx.doc.text, family.start, family_end)
    bare_family = Word(family.start, family_end, ctx.doc.text[family.start : family_end], family.gap)
    family_ok = (
        _plain_foreign_word(bare_family.text) if spanning else _foreign_name_part(bare_family, ctx.index)
    )
    if not (_foreign_name_part(given, ctx.index) and family_ok):
        return None
    if looks_like_korean_name(given.text) and surname_rank(given.text) < COMMON_KOREAN_NAME_RANK:
        return None  # 투수 김도윤 한빛 …: a Korean name, then something else
    if looks_like_korean_name(given.text) and _written_alone(ctx.doc.text, given.text, bare_family.text):
        return None  # 골키퍼 노하준 골킥에 … 노하준이: no foreigner is called by the given name alone
    family_end = _third_name_part(ctx, t + 3, family_end) if family_end == family.end else family_end
    name = ctx.doc.text[given.start : family_end]
    return PersonHit(name, Span(given.start, family_end), parsed.title, None, None, False)


def _written_alone(text: str, given: str, family: str) -> bool:
    """`given` stands elsewhere in the text without `family` after it, closed by a particle or a
    space: it is a whole name, not the given name of a foreign two-word name."""
    pattern = rf"(?<![가-힣]){re.escape(given)}(?:{'|'.join(map(re.escape, particles()))})?(?![가-힣])"
    alone = sum(1 for m in re.finditer(pattern, text) if not text.startswith(" " + family, m.end()))
    return alone > 0


def _third_name_part(ctx: _Context, k: int, end: int) -> int:
    """작곡가 앤드루 로이드 웨버는: a third proper noun right after a two-word foreign name, without
    a particle between, is the rest of the name; returns where the name ends."""
    if k >= len(ctx.words) or not is_space_gap(ctx.words[k].gap):
        return end
    word = ctx.words[k]
    bare_end = _without_glued_particle(ctx.doc.text, word.start, ctx.index.bare_end(word))
    bare = Word(word.start, bare_end, ctx.doc.text[word.start : bare_end], word.gap)
    if parse_title(bare.text) is not None or looks_like_korean_name(bare.text):
        return end
    return bare_end if _foreign_name_part(bare, ctx.index) else end


def _name_before_title(ctx: _Context, first: int, t: int, parsed: TitleParse) -> PersonHit | None:
    """Look back from a title for the person's name, taking the words between as their body."""
    words, index = ctx.words, ctx.index
    candidates: list[tuple[int, int]] = []  # (name word, first word after the name)
    j, after = first - 1, first
    while j >= 0 and first - after <= MAX_MIDDLE_WORDS:
        gap = words[j + 1].gap
        name_only = is_slash_gap(gap)
        glossed = False
        if CLOSE_PAREN_GAP_RE.fullmatch(gap):  # 오준혁(53·30기) 춘천지검장: skip the parenthesis
            owner = _paren_owner(ctx, j + 1)
            if owner is None:
                break
            # 한빛연구원(HRI) 연구위원: a body glossed in parentheses is the middle, not the name
            j, name_only = owner, not _clear_body(words[owner].text)
            glossed = _hanja_gloss_after(ctx, owner)
        elif not (is_space_gap(gap) or name_only):
            break
        is_name = words[j].text not in ctx.not_names and (
            ctx.is_name(words[j])
            or (j == first - 1 and _strong_slot_name(words, index, j, parsed))
            or (glossed and _foreign_glossed_name(ctx, j))  # 쿵쉬안유(孔鉉佑) 외교부 부장조리
        )
        if is_name and _reads_as_noun_and_bound_noun(words[j], index):
            is_name = False  # 합의안 지지시 사퇴 가능 의사: 지지 + 시 ("when"), no name
        if is_name and "/" in gap and _tag_role_goes_on(ctx.doc.text, words[t], parsed):
            is_name = False  # 박하늘 / 대통령 집무실 인근 상인: the tag's role ends on 상인, not on 대통령
        if is_name and parsed.title.endswith(SCOPE_WORD):
            # 신사업 담당: a field before the post reads like a name (신 + 사업); Kiwi must see a name
            toks = index.within(words[j].start, words[j].end)
            is_name = bool(toks) and toks[0].tag == "NNP"
        if is_name and _middle_ok(words[after:first], index):
            candidates.append((j, after))
        passable = (
            index.is_nominal(words[j]) or words[j].text in title_modifiers() or _is_unit_word(words[j].text)
        )
        if name_only or not passable:
            break
        j, after = j - 1, j
    if not candidates:
        return _foreign_name_before_title(ctx.doc, words, index, first, t, parsed)
    n, after = _best_name(words, candidates)
    if (
        surname_rank(words[n].text) >= COMMON_SURNAME_RANK
        or _two_part_foreign(words, index, n, first)
        or _foreign_pair_before_country(ctx, n, first, t, parsed)
    ):
        # 소피아 로렌츠 한빛상사 회장: a rare "surname" opening two proper nouns is a foreign name.
        foreign = _foreign_name_before_title(ctx.doc, words, index, first, t, parsed)
        # the name word opens the foreign name, or closes it after a given name (에마뉘엘 마크롱); a
        # reporter's byline names the outlet first ([헬스포커스 남궁현 기자])
        span = foreign.name_span if foreign is not None else None
        closes = (
            span is not None and span.end - len(words[n].text) == words[n].start and parsed.title != REPORTER
        )
        if foreign is not None and words[n].start == foreign.name_span.start:
            return foreign
        if foreign is not None and closes:  # the body read as for any name: 통상담당 is a scope
            org, org_span, unit = _organization(ctx, n, after, first, t, parsed)
            return PersonHit(foreign.name, foreign.name_span, foreign.title, org, org_span, unit)
    if first - after == 1 and _pair_written_as_name(ctx, n, after):
        # 마르코 헤이스 선수: the "body" is the second word of a foreign name written as one elsewhere
        name_span = Span(words[n].start, words[after].end)
        title_only = ctx.doc.text[words[first].start : words[t].start + parsed.stem_len]
        name_text = ctx.doc.text[name_span.start : name_span.end]
        return PersonHit(name_text, name_span, title_only, None, None, False)
    if _family_name_after(ctx, n, after, first):
        # 미국 도널드 트럼프 대통령 당선인: a common foreign given name, then the family name
        name_span = Span(words[n].start, words[after].end)
        org, org_span, unit = _organization(ctx, n, after + 1, first, t, parsed)
        name_text = ctx.doc.text[name_span.start : name_span.end]
        return PersonHit(name_text, name_span, _title_text(ctx, first, t, parsed), org, org_span, unit)
    if (
        _family_name_before(ctx, n, first, t, parsed)
        or _given_name_before(ctx.words, n)
        or _family_before_glossed_name(ctx, n)
    ):
        # 아사노 류헤이 농림수산상 … 아사노 농림수산상은: the word before is the family name
        name_span = Span(words[n - 1].start, words[n].end)
        org, org_span, unit = _organization(ctx, n - 1, after, first, t, parsed)
        name_text = ctx.doc.text[name_span.start : name_span.end]
        return PersonHit(name_text, name_span, _title_text(ctx, first, t, parsed), org, org_span, unit)
    title_text = _title_text(ctx, first, t, parsed)  # 대표이사 부회장: as written across words
    org, org_span, unit = _organization(ctx, n, after, first, t, parsed)
    if org is None:
        concurrent = _concurrent_post_body(ctx, t)
        if concurrent is not None:  # 문태호 부총리 겸 기획재정부 장관: the body of the second post
            org, org_span, unit = concurrent.text, Span(concurrent.start, concurrent.end), False
    if org is None or org_span is None:
        party = _body_in_paren_after(ctx, t) or _body_in_name_paren(ctx, n)
        if party is not None:  # 김하늘 의원(한빛당·청주8), 김재혁(국민의힘·오창읍) 의원: the party
            org, org_span, unit = party.text, Span(party.start, party.end), False
    name_word = words[n]
    if parsed.title in RELATIONAL_TITLES and _hypocoristic(name_word.text):
        return None  # 민준이 선생: the child's teacher, not a person named 민준이
    return PersonHit(name_word.text, Span(name_word.start, name_word.end), title_text, org, org_span, unit)


# Titles that also say whose they are (민준이 선생: Minjun's teacher): the word before may be another
# person's familiar name.
RELATIONAL_TITLES = frozenset({"선생"})


def _hypocoristic(name: str) -> bool:
    """민준이, 서준이: a given name ending in a consonant with the familiar suffix 이 (a three-syllable
    word ending 이 after a syllable with a final consonant), the way a child or a friend is called.

    >>> _hypocoristic("민준이"), _hypocoristic("김영희"), _hypocoristic("최하이")
    (True, False, False)
    """
    if len(name) != 3 or name[-1] != "이" or not "가" <= name[1] <= "힣":
        return False
    return (ord(name[1]) - ord("가")) % 28 != 0  # the middle syllable has a final consonant


# Where a broadcast tag's role ends: its colon (or semicolon), dash, bracket, quotation mark, a
# dated note in parentheses or after a second slash (/17일 외통위).
TAG_ROLE_END_RE = re.compile(r"[^\n:：;\]>›〉》)\-–—\"“”″(/]*")


def _tag_role_goes_on(text: str, title: Word, parsed: TitleParse) -> bool:
    """After "이름 / 직함", more words of the role follow before the tag ends: the title word is not
    the speaker's post but a modifier of the role (/ 대통령 집무실 인근 상인). A title with a particle
    (교수는) is running prose, which goes on anyway."""
    if parsed.stem_len != len(title.text):
        return False
    rest = TAG_ROLE_END_RE.match(text, title.end)
    return rest is not None and bool(rest.group().strip())


def _strong_slot_name(words: list[Word], index: TokenIndex, j: int, parsed: TitleParse) -> bool:
    """브리핑에는 정해진 한빛시농정국장과: a three-syllable word with a common surname that Kiwi reads as a
    common word (정해진 "fixed") is still a name when it opens its phrase right before a department's
    title fused to a local government. After a modifier (새로 정해진 …) it stays the word."""
    word = words[j]
    if len(word.text) != 3 or not looks_like_korean_name(word.text) or surname_rank(word.text) >= 20:
        return False
    toks = index.within(word.start, word.end)
    if (
        len(toks) == 2
        and toks[0].tag == "NNP"
        and toks[1].tag in ("JX", "JKS")
        and toks[0].form not in place_names()
    ):
        # 박성은 목포소방서장은 → 박성/NNP + 은/JX: a topic right before an appositive title cannot be;
        # the word is a name whose last syllable Kiwi took for a particle
        return True
    org = parsed.org or ""
    if parsed.org_len < 4 or parsed.title[:1] not in INTERNAL_UNITS:
        return False
    if org[:2] not in place_names() and org[:3] not in place_names():
        return False
    if j == 0 or not is_space_gap(word.gap):
        return True  # the phrase opens at a line start or after punctuation
    prev_tokens = index.within(words[j - 1].start, words[j - 1].end)
    return bool(prev_tokens) and prev_tokens[-1].tag[:1] == "J"  # after a particle: 브리핑에는


# Parts of a body a fused title may name (통상지원센터장, 대전충남지역본부장): with the body written
# before the name (한국무역협회 백승호 통상지원센터장), the person's body is that body.
BODY_PARTS = ("센터", "본부", "사업단", "사무소", "연구소")
# "…담당": the scope of a post (아시아 담당 부사장, 대외협력 담당 이사), not a body.
SCOPE_WORD = "담당"


def _before_scope(middle: list[Word]) -> list[Word]:
    """The words before a post's scope: 램리서치 아시아 담당 → 램리서치."""
    for i, word in enumerate(middle):
        if word.text == SCOPE_WORD or word.text.endswith(SCOPE_WORD):
            # the scope is the word before 담당 (or glued to it): drop both
            return middle[: max(0, i - 1)] if word.text == SCOPE_WORD else middle[:i]
    return middle


def _reads_as_noun_and_bound_noun(word: Word, index: TokenIndex) -> bool:
    """지지시 → 지지/NNG + 시/NNB: a common noun and a bound noun (시 "when", 간 "during"), where a name
    would start with a surname Kiwi tags as a proper noun."""
    toks = index.within(word.start, word.end)
    return len(toks) >= 2 and toks[0].tag == "NNG" and any(t.tag == "NNB" for t in toks[1:])


def _leading_bodies(middle: list[Word], index: TokenIndex) -> list[Word]:
    """The words before a 담당 post that name a body; the field after them is no body."""
    k = 0
    while k < len(middle) and (_clear_body(middle[k].text) or _proper_body_word(middle[k], index)):
        k += 1
    return middle[:k]


def _family_name_after(ctx: _Context, n: int, after: int, first: int) -> bool:
    """도널드 트럼프, 마크 리퍼트: a common foreign given name read as the name, with a foreign word
    Kiwi knows only as a proper noun right after it, before the body and title: the two are the name."""
    words = ctx.words
    if words[n].text not in foreign_given_names() or not n < after < first:
        return False
    family = words[after]
    return (
        is_space_gap(family.gap)
        and family.text not in ctx.not_names
        and family.text not in place_names()
        and not looks_like_org(family.text)
        and family.text not in foreign_given_names()
        and _foreign_name_part(family, ctx.index)
    )


def _title_text(ctx: _Context, first: int, t: int, parsed: TitleParse) -> str:
    """The title as written, across words when it takes more than one (대통령 당선인, 대표이사 부회장)."""
    if first < t:
        return ctx.doc.text[ctx.words[first].start : ctx.words[t].start + parsed.stem_len]
    return parsed.title


# A name's characters in parentheses, maybe with the age: (杉山晋輔), (奧園秀樹·53), (習近平).
HANJA_GLOSS_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[·,][ \t]?\d{1,3}(?:세)?)?")


def _hanja_gloss_after(ctx: _Context, n: int) -> bool:
    """Word `n` is glued to a parenthesis that holds only Chinese characters (and maybe an age)."""
    text = ctx.doc.text
    at = ctx.words[n].end
    if text[at : at + 1] != "(":
        return False
    close = text.find(")", at + 1, at + 2 + MAX_PAREN_CHARS)
    return close != -1 and HANJA_GLOSS_RE.fullmatch(text, at + 1, close) is not None


def _foreign_glossed_name(ctx: _Context, n: int) -> bool:
    """쿵쉬안유(孔鉉佑): a word Kiwi reads only as a proper noun, glossed with its characters, that
    names no place, body or post, is a Chinese or Japanese name."""
    word = ctx.words[n]
    if word.text in place_names() or looks_like_org(word.text) or parse_title(word.text) is not None:
        return False
    return _foreign_name_part(word, ctx.index)


def _family_before_glossed_name(ctx: _Context, n: int) -> bool:
    """스기야마 신스케(杉山晋輔) 일본 외무성 사무차관, 아베 신조(安倍晋三) 총리: the name glossed with
    its characters is the given name; the foreign proper noun right before it is the family name."""
    if n == 0 or not _hanja_gloss_after(ctx, n) or not is_space_gap(ctx.words[n].gap):
        return False
    family = ctx.words[n - 1]
    if family.text in ctx.not_names:
        return False
    if looks_like_korean_name(family.text) and _gloss_chars(ctx, n) < JAPANESE_NAME_CHARS:
        return False  # 민주당 김하늘(金夏늘): a Korean name's three characters; 모리타 겐이치(森田健一): four
    return _foreign_glossed_name(ctx, n - 1)


# A Japanese full name is written with four characters or more; a Korean or Chinese one with two or three.
JAPANESE_NAME_CHARS = 4


def _gloss_chars(ctx: _Context, n: int) -> int:
    """How many Chinese characters the parenthesis glued to word `n` holds."""
    text = ctx.doc.text
    at = ctx.words[n].end + 1
    close = text.find(")", at, at + 1 + MAX_PAREN_CHARS)
    return sum(1 for ch in text[at:close] if "\u4e00" <= ch <= "\u9fff") if close != -1 else 0


def _given_name_before(words: list[Word], n: int) -> bool:
    """마이클 오코너: a common foreign given name right before the "name" opens a foreign name."""
    return n > 0 and is_space_gap(words[n].gap) and words[n - 1].text in foreign_given_names()


def _foreign_pair_before_country(ctx: _Context, n: int, first: int, t: int, parsed: TitleParse) -> bool:
    """아베 신조 일본 총리: a foreign family name, then a two-syllable given name that reads like a
    Korean name (신조 = 신 + 조), then a country and a head of state's or minister's post, are one
    foreign name in East Asian order, not a Korean name with a stray word before it."""
    words, index = ctx.words, ctx.index
    if first != t or parsed.org is not None or parsed.title not in load_words("foreign_leader_titles.txt"):
        return False
    country = first - 1
    if country < 2 or words[country].text not in place_names() or n not in (country - 2, country - 1):
        return False
    pair = (words[country - 2], words[country - 1])
    if not all(is_space_gap(w.gap) for w in (pair[1], words[country])):
        return False
    if any(w.text in ctx.not_names or not _foreign_name_part(w, index) for w in pair):
        return False
    family, given = pair
    korean_given = len(given.text) == 2 and looks_like_korean_name(given.text)
    return korean_given and not looks_like_korean_name(family.text)


def _family_name_before(ctx: _Context, n: int, first: int, t: int, parsed: TitleParse) -> bool:
    """A foreign word right before the name that the article also writes alone before the same title."""
    if n == 0 or first != t or not is_space_gap(ctx.words[n].gap):
        return False
    family = ctx.words[n - 1]
    if not _foreign_name_part(family, ctx.index) or looks_like_korean_name(family.text):
        return False
    title = ctx.words[t].text[: parsed.stem_len]
    text = ctx.doc.text
    at = text.find(family.text)
    while at != -1:
        after = at + len(family.text)
        gap = len(text[after : after + 3]) - len(text[after : after + 3].lstrip(" \t"))
        alone = at != family.start and (at == 0 or not "가" <= text[at - 1] <= "힣")
        if alone and gap and text.startswith(title, after + gap):
            return True
        at = text.find(family.text, at + 1)
    return False


def _pair_written_as_name(ctx: _Context, n: int, m: int) -> bool:
    """Two unknown proper nouns (마르코 헤이스) that the article also writes together with a particle
    (마르코 헤이스가 골을 넣었다) are one foreign name: a person's name and a body are not written
    back to back as a subject."""
    first, second = ctx.words[n], ctx.words[m]
    if not (_foreign_name_part(first, ctx.index) and _foreign_name_part(second, ctx.index)):
        return False
    if looks_like_org(second.text) or second.text in government_bodies():
        return False
    if surname_rank(first.text) < COMMON_KOREAN_NAME_RANK:
        return False  # 김도윤 누리 대표: with the commonest surnames, a Korean name before a body
    pair = f"{first.text}{second.gap}{second.text}"
    at = ctx.doc.text.find(pair)
    while at != -1:
        rest = HANGUL_RUN_RE.match(ctx.doc.text, at + len(pair))
        glued = rest.group() if rest else ""
        if glued in particles() and (at == 0 or not "가" <= ctx.doc.text[at - 1] <= "힣"):
            return True
        at = ctx.doc.text.find(pair, at + 1)
    return False


def _paren_owner(ctx: _Context, k: int) -> int | None:
    """The word a parenthesis closing just before word `k` is glued to: 오준혁 in 오준혁(53·30기)."""
    close = ctx.words[k].start - len(ctx.words[k].gap)
    open_at = ctx.doc.text.rfind("(", max(0, close - MAX_PAREN_CHARS), close)
    if open_at <= 0 or ")" in ctx.doc.text[open_at:close]:
        return None
    i = bisect.bisect_left(ctx.ends, open_at)
    return i if i < len(ctx.words) and ctx.ends[i] == open_at else None


def _foreign_name_before_title(
    doc: Document, words: list[Word], index: TokenIndex, first: int, t: int, parsed: TitleParse
) -> PersonHit | None:
    """마커스 벨 누리글라스 회장: a clause that opens with two proper-noun words Kiwi does not know, then a
    body and a title. The first two words are the name (given name + family name in Hangul)."""
    if _compound_into_title(words, index, first):
        return None  # 게임 음악 작곡가: one dictionary phrase of Kiwi's running into the title, no name
    if parsed.org_len:
        return _foreign_name_before_fused_title(doc, words, index, first, t, parsed)
    # 한빛연합(HU) 집행위원장: the body's abbreviation in parentheses stays with the body
    glossed = first >= 2 and words[first].gap.strip() == ")" and words[first - 1].gap == "("
    run = [*_clause_run(words, index, first - 2), first - 2] if glossed else _clause_run(words, index, first)
    if len(run) == 2 and not glossed and _surname_before_country(words, index, run):
        # 숄츠 독일 총리는: a foreign leader named by the family name alone, then the country
        name, country = words[run[0]], words[run[1]]
        title_text = doc.text[words[first].start : words[t].start + parsed.stem_len]
        country_span = Span(country.start, country.end)
        return PersonHit(name.text, Span(name.start, name.end), title_text, country.text, country_span, False)
    # 트럼프 대통령은, 지난주 트럼프 대통령과: a foreign politician named by the family name alone,
    # right before the post (a common noun Kiwi knows, such as a time word, may open the clause)
    lone = run[-1:] if len(run) == 1 or (len(run) == 2 and _known_common_noun(words[run[0]], index)) else []
    if lone and _lone_family_name(words[lone[0]], index, parsed):
        name, title_text = words[lone[0]], doc.text[words[first].start : words[t].start + parsed.stem_len]
        return PersonHit(name.text, Span(name.start, name.end), title_text, None, None, False)
    if run and words[run[0]].gap.endswith(("-", "‐", "–")):
        return None  # 애나 리치-앨런 …: the name goes on left of the hyphen, the run is no clause start
    # 유리 우샤코프 러시아 크렘린궁 외교담당 보좌관: a post's scope (외교담당) may lengthen the body
    longest = MAX_CLAUSE_RUN if run and words[run[-1]].text.endswith(SCOPE_WORD) else MAX_CLAUSE_RUN - 1
    if not 2 <= len(run) <= longest or not all(_foreign_name_part(words[j], index) for j in run[:2]):
        return None
    name_start, name_end = words[run[0]].start, words[run[1]].end
    org: str | None = None
    org_span: Span | None = None
    body = run[2:-1] if len(run) > 3 and words[run[-1]].text.endswith(SCOPE_WORD) else run[2:]
    if body:
        org_end = words[first - 1].end + 1 if glossed else words[body[-1]].end
        org_span = Span(words[body[0]].start, org_end)  # the span keeps the gloss; the name does not
        org = doc.text[org_span.start : words[body[-1]].end]
    title_text = doc.text[words[first].start : words[t].start + parsed.stem_len]
    return PersonHit(
        doc.text[name_start:name_end], Span(name_start, name_end), title_text, org, org_span, False
    )


def _compound_into_title(words: list[Word], index: TokenIndex, first: int) -> bool:
    """A Kiwi token that starts before the title word and runs into it (게임 음악 작곡가/NNP)."""
    title_start = words[first].start
    before = words[max(0, first - MAX_CLAUSE_RUN)].start
    return any(tok.end > title_start for tok in index.within(before, title_start))


def _foreign_name_before_fused_title(
    doc: Document, words: list[Word], index: TokenIndex, first: int, t: int, parsed: TitleParse
) -> PersonHit | None:
    """존 리처드슨 해군참모총장: a two-word foreign name opening its clause right before a title that
    names its own body (해군 + 참모총장); the fused part is the person's body."""
    run = _clause_run(words, index, first)
    if first != t or len(run) != 2 or not all(_foreign_name_part(words[j], index) for j in run):
        return None
    if any(looks_like_korean_name(words[j].text) and words[j].text not in foreign_given_names() for j in run):
        return None  # 김하늘 한빛연대 정책팀장: a Korean name and a body, not a foreign pair
    name_start, name_end = words[run[0]].start, words[run[1]].end
    org_span = Span(words[t].start, words[t].start + parsed.org_len)
    return PersonHit(
        doc.text[name_start:name_end], Span(name_start, name_end), parsed.title, parsed.org, org_span, False
    )


def _known_common_noun(word: Word, index: TokenIndex) -> bool:
    """지난주, 당시: one common noun Kiwi knows, never part of a name."""
    toks = index.within(word.start, word.end)
    return (
        len(toks) == 1 and toks[0].tag == "NNG" and toks[0].id >= KIWI_UNKNOWN_ID and toks[0].end == word.end
    )


def _lone_family_name(word: Word, index: TokenIndex, parsed: TitleParse) -> bool:
    """A word that cannot be Korean and that Kiwi reads only as a proper noun, opening its clause
    right before a head of state's, minister's or lawmaker's post (no body is named that way)."""
    if parsed.org is not None or parsed.title not in load_words("foreign_leader_titles.txt"):
        return False
    if looks_like_korean_name(word.text) or len(word.text) < 2:
        return False
    if word.text in load_words("surnames.txt"):
        return False  # 남궁 부총리는: a Korean compound surname referring back to a full name
    if any(place.startswith(word.text) for place in place_names()):
        return False  # 아르헨 대통령: a country's short form (아르헨티나), not a family name
    return _foreign_name_part(word, index)


def _surname_before_country(words: list[Word], index: TokenIndex, run: list[int]) -> bool:
    """An unknown proper noun that cannot be Korean, then a country: a foreign name with its state."""
    name, country = words[run[0]], words[run[1]]
    if country.text not in place_names() or looks_like_korean_name(name.text) or len(name.text) < 2:
        return False
    return _foreign_name_part(name, index)


def _without_glued_particle(text: str, start: int, end: int) -> int:
    """마르탱이 read as one proper noun: the particle is cut off when the article also writes the name
    bare elsewhere (마르탱 심사위원장은)."""
    stem, particle = split_particle(text[start:end])
    if not particle:
        return end
    bare = re.compile(rf"(?<![가-힣]){re.escape(stem)}(?![가-힣])")
    return start + len(stem) if bare.search(text) else end


# How a province's full name ends (전라남도, 강원특별자치도).
PROVINCE_ENDINGS = ("남도", "북도", "특별자치도")


def _plain_foreign_word(text: str) -> bool:
    """A Hangul word that is no place, body, brand or modifier: it may be part of a foreign name.
    엄태식 삼성 감독: a brand after a rare surname's name is the body, no family name; a short word
    with a body's ending (한빛구, 누리시) is none either, but 로사도 or 시몬스 may be."""
    if not 1 <= len(text) <= 8 or not all("가" <= ch <= "힣" for ch in text):
        return False
    if text in place_names() or text in title_modifiers() or _clear_body(text) or text in company_brands():
        return False
    if _is_university(text):
        return False  # 방민호 성균관대 교수: the school after a rare surname's name, no family name
    if text[-1:] == "도" and (text[:-1] in place_names() or text.endswith(PROVINCE_ENDINGS)):
        return False  # 전라남도, 경기도: a province, never part of a name
    return not (looks_like_org(text) and len(text) <= 2)


def _two_part_foreign(words: list[Word], index: TokenIndex, n: int, first: int) -> bool:
    """마크 저커버그, 안지 포스테코글루: a two-syllable "name" followed by an unknown proper noun is more
    likely a foreign given name than a Korean name before a body."""
    if len(words[n].text) != 2 or surname_rank(words[n].text) < MOST_COMMON_SURNAMES or n + 1 >= first:
        return False  # 김현 카카오 대표: with the commonest surnames, a Korean name is the better bet
    return _foreign_name_part(words[n + 1], index)


def _clause_run(words: list[Word], index: TokenIndex, first: int) -> list[int]:
    """Indices of the space-separated bare nouns before word `first`, when they open a clause
    (after punctuation, a line start, or a word with a particle: 토트넘의 안지 포스테코글루 감독)."""
    j = first - 1
    while (
        j >= 0
        and first - j <= MAX_CLAUSE_RUN + 1
        and is_space_gap(words[j + 1].gap)
        and (index.is_nominal(words[j]) or words[j].text in foreign_given_names())
        and not words[j].text[:1].isdigit()  # 20일 리처드 멘도사 …: a date opens no name
        and words[j].text not in load_words("clause_openers.txt")  # 이날 블라디미르 푸틴 …
    ):
        j -= 1
    start = j + 1
    if first - j > MAX_CLAUSE_RUN + 1:
        return []  # the run continues further left: not the start of a clause
    return list(range(start, first))


def _foreign_name_part(word: Word, index: TokenIndex) -> bool:
    """A plain foreign word (see `_plain_foreign_word`) that Kiwi reads only as proper nouns."""
    if word.text in foreign_given_names():
        return True  # 카롤리나 → 카롤리/NNP + 나/JC: a given name Kiwi splits is still a name
    if not _plain_foreign_word(word.text):
        return False
    toks = index.within(word.start, word.end)
    if not toks:  # 사토 겐지/NNP across the space: the second word has no token of its own
        cover = index.covering(word.start, word.end)
        return cover is not None and cover.tag == "NNP"
    # Kiwi tags a foreign name it does not know as NNP, or as an unknown NNG (우르줄라/NNG)
    return bool(toks) and all(
        tok.tag == "NNP" or (tok.tag == "NNG" and tok.id < KIWI_UNKNOWN_ID) for tok in toks
    )


def _middle_ok(middle: list[Word], index: TokenIndex) -> bool:
    """Words between a name and its title must be bare nouns: a body's name or a modifier (신임)."""
    # A title or 겸 between (김철수 경제부총리 겸 기획재정부 장관) means the name's appositive ended there.
    scope = [w for w in middle if not w.text.endswith(SCOPE_WORD)]  # 아시아 담당 부사장: the post's scope
    if any(w.text == CONCURRENT or _is_bare_title(w) or _is_title_and(w.text, fused=True) for w in scope):
        return False
    if any(_title_then_next_word(w.text) for w in middle):
        return False  # 노동부 국장은교육부 …: a space lost after the first appositive's title
    etc = next((k for k, w in enumerate(middle) if w.text == LIST_ETC), None)
    if etc is not None and any(parse_title(w.text) is not None for w in middle[:etc]):
        return False  # 김하늘 본부장 등 사내이사: 등 closes a list of people with their own posts
    # 체육건강과 → … + 과/JC: Kiwi reads a department's last syllable as the particle "and"
    return all(index.is_nominal(w) or w.text in title_modifiers() or _is_unit_word(w.text) for w in middle)


# "etc." closing a list (김하늘 대표 등 이사 3명).
LIST_ETC = "등"
# Particles that close a title as its clause's subject or topic (국장은, 대표가).
TITLE_SUBJECT_PARTICLES = frozenset("은는이가")


def _title_then_next_word(text: str) -> bool:
    """국장은교육부: a bare title and its subject particle, glued to the next word by a lost space."""
    return _glued_title(text) is not None


def _glued_title(text: str) -> TitleParse | None:
    """The title of 국장은교육부 (국장): the word's start, when a lost space glued the next word to it."""
    for k in range(2, len(text) - 2):
        if text[k] not in TITLE_SUBJECT_PARTICLES or text[:k] not in titles():
            continue
        rest = text[k + 1 :]  # the next word: a body or another post (회장이었던 is a title and an ending)
        if all("가" <= ch <= "힣" for ch in rest) and (looks_like_org(rest) or parse_title(rest) is not None):
            return TitleParse(text[:k], None, 0, k)
    return None


def _is_title_and(text: str, fused: bool = False) -> bool:
    """위원장과 / 대표와: a title joined to the next person (노정민 위원장과 함수빈 사무국장); with
    `fused`, a title fused to its body too (국회의장과 펠로시 의장)."""
    if text[-1:] not in ("과", "와"):
        return False
    parsed = parse_title(text[:-1])
    return parsed is not None and (fused or parsed.org is None) and parsed.stem_len == len(text) - 1


def _best_name(words: list[Word], candidates: list[tuple[int, int]]) -> tuple[int, int]:
    """Prefer a common surname, then three syllables (most Korean names; 한은 is the Bank of Korea), then
    the word nearest the title (ORG NAME TITLE beats NAME ORG TITLE when both look equally like names)."""
    return max(
        candidates,
        key=lambda c: (
            # 한빛대 남궁민 교수: 한빛대 ends like a university (two syllables are surname + name: 이도)
            not (len(words[c[0]].text) >= 3 and looks_like_org(words[c[0]].text)),
            surname_rank(words[c[0]].text) < COMMON_SURNAME_RANK,
            len(words[c[0]].text) == 3,
            c,
        ),
    )


def _organization(
    ctx: _Context, n: int, after: int, first: int, t: int, parsed: TitleParse
) -> tuple[str | None, Span | None, bool]:
    """The body a person's title belongs to: words between name and title, the fused part of the
    title word, or a body's name just before the name (한빛대 최정우 총장)."""
    doc, words = ctx.doc, ctx.words
    middle = _before_gloss([w for w in words[after:first] if w.text not in title_modifiers()])
    middle = _before_scope(middle)
    etc = [k for k, w in enumerate(middle) if w.text == LIST_ETC]
    middle = middle[etc[-1] + 1 :] if etc else middle  # 송하늘 등 한빛당 의원: the body after 등
    if parsed.title.endswith(SCOPE_WORD):  # 한빛텔레콤 파운데이션 모델 담당: the body, then the field
        middle = _leading_bodies(middle, ctx.index)
    unit = parsed.org is not None and parsed.title[:1] in FUSED_INTERNAL_UNITS and parsed.org_len > 0
    if middle and parsed.org and not parsed.org_len and is_task_committee(parsed.org):
        # 나혜진 전세사기피해자 인천대책위원장: the committee's name is the words before and the fused part
        words_text = doc.text[middle[0].start : middle[-1].end]
        return f"{words_text} {parsed.org}", None, False
    if middle and _chairs_task_committee(parsed.title) and _describes(middle[-1], ctx.index):
        # 수원 전세사기 피해자 대책위원장: the words before the post say whose committee it is
        words_text = doc.text[middle[0].start : middle[-1].end]
        return f"{words_text} {parsed.title[: -len(CHAIR)]}{COMMITTEE_HEAD}", None, False
    if middle:
        start = middle[0].start
        if parsed.org is not None and first == t and parsed.org_len:
            # 문도윤 한빛가스공사 수소사업본부장: the body written out, a unit of it fused to the title;
            # 한빛청 기업지원부장: the post names its department (기업지원부), the body is the word before
            if len(middle) > 1 and _is_unit_word(middle[-1].text):
                # 한빛전자 DS부문 메모리사업부장: the company; its division and unit are details
                return doc.text[start : middle[-2].end], Span(start, middle[-1].end), False
            body_text = doc.text[start : middle[-1].end]
            if body_text in load_words("armed_services.txt"):
                # 해병대 1사단장, 공군 15비행단장: the service's unit is a body of its own
                end = words[t].start + parsed.org_len
                return doc.text[start:end], Span(start, end), False
            if _clear_body(body_text) or parsed.title.startswith(parsed.org):
                return body_text, Span(start, middle[-1].end), False
            end = words[t].start + parsed.org_len
            return doc.text[start:end], Span(start, end), unit
        if len(middle) > 1 and _is_unit_word(middle[-1].text):
            # 하도윤 한빛병원 소아과 교수: the person works for the body; the department is a detail
            return doc.text[start : middle[-2].end], Span(start, middle[-1].end), False
        return doc.text[start : middle[-1].end], Span(start, middle[-1].end), _is_unit_word(middle[-1].text)
    if parsed.org is not None:
        part_of_body = unit or parsed.org.endswith(BODY_PARTS)
        if parsed.org_len and part_of_body:
            body, body_span, _ = _org_before_name(words, ctx.index, n)
            if body is not None and body_span is not None:  # 한빛경찰서 박도윤 수사과장: the body
                return body, body_span, False
        if parsed.org_len:
            s = words[t].start
            return parsed.org, Span(s, s + parsed.org_len), unit
        return parsed.org, None, False
    found = whole_club(doc.text, _org_before_name(words, ctx.index, n))  # 키움 히어로즈 홍원기 감독
    if found[0] is None and n > 0 and is_space_gap(words[n].gap):
        before = words[n - 1]
        if before.text.endswith("의") and before.text[:-1] in ctx.clubs:  # 울산의 홍성민 감독: the club
            return before.text[:-1], Span(before.start, before.end - 1), False
    if found[0] is None and parsed.title in company_titles():
        brand = _brand_before_name(ctx, n)
        if brand is not None:  # 누리테크 김하늘 대표: a bare proper company name before a business title
            return brand.text, Span(brand.start, brand.end), False
    return found


def _concurrent_post_body(ctx: _Context, t: int) -> Word | None:
    """The body in "TITLE 겸 BODY TITLE" right after the title word."""
    words = ctx.words
    if t + 3 >= len(words) or words[t + 1].text != CONCURRENT:
        return None
    body, post = words[t + 2], words[t + 3]
    if not (_clear_body(body.text) and is_space_gap(post.gap)):
        return None
    parsed = parse_title(post.text)
    return body if parsed is not None and parsed.org is None else None


def _body_in_name_paren(ctx: _Context, n: int) -> Word | None:
    """김재혁(국민의힘·오창읍) 의원: a clear body opening the parenthesis glued to the name."""
    name = ctx.words[n]
    text = ctx.doc.text
    if not text.startswith("(", name.end):
        return None
    close = text.find(")", name.end, name.end + MAX_PAREN_CHARS)
    if close < 0:
        return None
    first = re.split(r"[·,ㆍ]", text[name.end + 1 : close], maxsplit=1)[0].strip()
    if not first or not _clear_body(first) or first in titles():
        return None
    start = text.index(first, name.end + 1)
    return Word(start, start + len(first), first, "(")


def _body_in_paren_after(ctx: _Context, t: int) -> Word | None:
    """의원(한빛당·청주8), 교수(한빛대): a clear body opening the parenthesis glued to the title."""
    if (
        t + 1 >= len(ctx.words)
        or ctx.words[t + 1].gap != "("
        or ctx.index.bare_end(ctx.words[t]) != ctx.words[t].end
    ):
        return None
    inside = ctx.words[t + 1]
    if inside.text in titles():
        return None  # 최고재무책임자(CFO): the title's own abbreviation
    return inside if _clear_body(inside.text) else None


def _before_gloss(middle: list[Word]) -> list[Word]:
    """한빛연구원(HRI): the words up to a parenthesised gloss; the gloss is no part of the name."""
    for k, word in enumerate(middle):
        if k > 0 and "(" in word.gap:
            return middle[:k]
    return middle


def _brand_before_name(ctx: _Context, n: int) -> Word | None:
    """누리테크 김하늘 대표, 바로페이 정다인 최고경영자: a Hangul word with no body's ending that Kiwi's
    dictionary does not hold as a common word, opening its clause right before a name and a business
    title. 업계 / 신임 / 이날 / 서울 / 전 김하늘 대표 are common words, places or modifiers: none."""
    words, index = ctx.words, ctx.index
    if n == 0 or not is_space_gap(words[n].gap):
        return None
    brand = words[n - 1]
    text = brand.text
    if len(text) < 3 or not all("가" <= ch <= "힣" for ch in text) or index.bare_end(brand) != brand.end:
        return None
    ctx.asked.add(text)
    if text in place_names() or text in titles() or text in title_modifiers() or text in ctx.known:
        return None
    if looks_like_korean_name(text) or parse_title(text) is not None:
        return None
    if not _clause_opens(words, index, n - 1) or not _unknown_to_kiwi(ctx.doc, brand):
        return None
    return brand


def _clause_opens(words: list[Word], index: TokenIndex, i: int) -> bool:
    """Word i opens a sentence or clause: text start, punctuation before it, or a particle / ending
    closing the word before (이에 대해 누리테크 …)."""
    if i == 0 or words[i].gap.strip() or "\n" in words[i].gap:
        return True
    prev = words[i - 1]
    return index.bare_end(prev) != prev.end


def _unknown_to_kiwi(doc: Document, word: Word) -> bool:
    """Kiwi, in this article's one analysis, read the word as a noun its dictionary does not hold
    (누리테크), or an adverb fused to a noun, which no common compound is (바로페이); a known common
    noun is none. Reads the article's tokens: Kiwi is never run again."""
    toks = doc.tokens_between(word.start, word.end)
    if not toks or any(tok.tag[:1] in ("J", "E", "V", "X") for tok in toks):
        return False
    if any(tok.tag in ("NNG", "NNP") and tok.id < KIWI_UNKNOWN_ID for tok in toks):
        return True
    return len(toks) >= 2 and toks[0].tag == "MAG" and toks[-1].tag in ("NNG", "NNP")


def _org_before_name(words: list[Word], index: TokenIndex, n: int) -> tuple[str | None, Span | None, bool]:
    """한빛대 최정우 총장, 개혁신당의 허은비 대표, 서울중앙지법 형사11부 정우진 부장판사."""
    if n >= 2 and CLOSE_PAREN_GAP_RE.fullmatch(words[n].gap) and words[n - 1].gap == "(":
        glossed = words[n - 2]  # 대한상공회의소(대한상의) 강민혁 상근부회장: the body before its gloss
        if not _clear_body(glossed.text):
            return None, None, False
        return glossed.text, Span(glossed.start, glossed.end), False
    if n == 0 or not is_space_gap(words[n].gap):
        return None, None, False
    if words[n - 1].text in title_modifiers():
        return None, None, False  # 당시 문재인 대통령: "then" (like 대전시, it ends in 시) is no body
    role_body = _body_before_role(words, index, n)
    if role_body is not None:
        return role_body.text, Span(role_body.start, role_body.end), False
    before = words[n - 1]
    court = court_chain_start(words, n - 1)
    if court is not None:  # 한빛고법 누리재판부 형사1부 김도윤 부장판사: the division with its court
        start = words[court].start
        return " ".join(w.text for w in words[court:n]), Span(start, before.end), True
    stem_end = index.bare_end(before)
    firm = (
        words[n - 2] if n >= 2 and words[n - 2].text in firm_prefixes() and is_space_gap(before.gap) else None
    )
    if firm is not None and before.text[stem_end - before.start :] in ("", "의"):
        # 법무법인 다온(의) 최서윤 변호사: the legal form and the firm's name together
        return (
            f"{firm.text}{before.gap}{before.text[: stem_end - before.start]}",
            Span(firm.start, stem_end),
            False,
        )
    if stem_end != before.end and not _is_unit_word(before.text):  # 경영학과: 과 is no particle here
        # 개혁신당의 허은비 대표: only a clear body in the possessive
        stem = before.text[: stem_end - before.start]
        stem_word = Word(before.start, stem_end, stem, before.gap)
        if before.text[len(stem) :] == "의" and (_clear_body(stem) or _proper_body_word(stem_word, index)):
            return stem, Span(before.start, stem_end), False
        return None, None, False
    body = words[n - 2] if n >= 2 and is_space_gap(before.gap) else None
    bare_body = body is not None and index.bare_end(body) == body.end
    if body is not None and bare_body:
        # 더불어민주당 소속 한정민 의원; 국민의힘 원내대변인 권태윤 의원: a role in the body, then the post
        affiliated = before.text == AFFILIATED and (_clear_body(body.text) or looks_like_org(body.text))
        if affiliated or (_is_bare_title(before) and _clear_body(body.text)):
            return body.text, Span(body.start, body.end), False
    part = _is_unit_word(before.text) or looks_like_org(before.text)
    # 울산대 경영학과, 서울YMCA 시민중계실: before a department even a short body name is clear
    clear = body is not None and (
        _clear_body(body.text)
        or (_is_unit_word(before.text) and (looks_like_org(body.text) or _proper_body_word(body, index)))
    )
    if part and body is not None and index.bare_end(body) == body.end and clear:
        # 한빛병원 소아과 / 한국농어촌공사 경남지역본부: a part named after its body; the person's
        # organisation is the body (the part is optional in the gold, the body always accepted)
        return body.text, Span(body.start, before.end), False  # the span keeps the part: no body of its own
    if _is_unit_word(before.text):
        return before.text, Span(before.start, before.end), True
    if is_task_committee(before.text):  # 전세사기피해자 대책위원회 장유나 위원장
        first = descriptive_start(words, n - 1, index)
        return " ".join(w.text for w in words[first:n]), Span(words[first].start, before.end), False
    if looks_like_org(before.text) or _proper_body_word(before, index):
        return before.text, Span(before.start, before.end), False
    return None, None, False


# How many bare nouns may describe a task committee before its head (북구 자원회수시설 반대 주민대책위원회).
MAX_COMMITTEE_WORDS = 4


def is_task_committee(surface: str) -> bool:
    """대책위원회, 주민대책위원회: a committee named by its task, which no one names without saying
    whose or what for."""
    return surface.endswith(task_committee_endings())


@cache
def task_committee_endings() -> tuple[str, ...]:
    # one str.endswith over a tuple: this runs for every candidate body word of every article
    return tuple(task + "위원회" for task in load_words("generic_committees.txt"))


def descriptive_start(words: list[Word], i: int, index: TokenIndex) -> int:
    """Index of the first of the bare nouns right before word i (no particle, no time word, same clause)."""
    first = i
    while first > 0 and i - first < MAX_COMMITTEE_WORDS and is_space_gap(words[first].gap):
        prev = words[first - 1]
        if not index.is_nominal(prev) or index.bare_end(prev) != prev.end or prev.text[:1].isdigit():
            break
        if prev.text in load_words("speech_np_stops.txt") or prev.text in titles():
            break
        if any(tok.tag == "NNB" for tok in index.within(prev.start, prev.end)):
            break  # 다음 달, 3개월: a measure of time or quantity describes no committee
        first -= 1
    return first


def _body_before_role(words: list[Word], index: TokenIndex, n: int) -> Word | None:
    """한빛당 대변인인 최서윤 의원, 누리텔레콤 최고기술책임자(CTO)인 조은서 부사장: the person's role
    in a body, written as "X인" before the name; the body stands before the role."""
    before = words[n - 1]
    role = n - 1
    if before.text == "인" and before.gap == ")" and n >= 3 and words[n - 2].gap == "(":
        role = n - 3  # 최고기술책임자(CTO)인: the role's gloss in parentheses
        stem = words[role].text if role >= 0 else ""
    elif before.text.endswith("인") and len(before.text) >= 3:
        stem = before.text[:-1]
    else:
        return None
    parsed = parse_title(stem) if stem else None
    if parsed is None or parsed.stem_len != len(stem) or role < 1 or not is_space_gap(words[role].gap):
        return None
    body = words[role - 1]
    if index.bare_end(body) != body.end:
        return None
    # KT 최고기술책임자인: Latin capitals name a company. 행사 간사인: a two-syllable common word that
    # happens to end like a body (사) is none; a longer one with a body's ending or a proper noun is.
    if is_latin_acronym(body.text) or has_legal_prefix(body.text):
        return body
    long_body = looks_like_org(body.text) or _proper_body_word(body, index)
    if not (long_body and len(body.text) >= 3):
        return None
    owner = words[role - 2] if role >= 2 and is_space_gap(body.gap) else None
    if owner is not None and org_suffix_strength(owner.text) == "party":
        # 민주당 정책위원회 수석부의장인 오세린 의원: the party's committee, named with the party
        return Word(owner.start, body.end, f"{owner.text}{body.gap}{body.text}", owner.gap)
    return body


def _clear_body(text: str) -> bool:
    """A word that can only be a body: an institution's or company's head, a party, a legal form,
    a central government body."""
    if has_legal_prefix(text) or text in government_bodies() or is_latin_acronym(text):
        return True
    return org_suffix_strength(text) in ("body", "company", "party")


def _is_unit_word(text: str) -> bool:
    """소아과, 기획팀, 감사실: an internal department, not a body of its own."""
    if text in government_bodies():  # 대통령실, 국무조정실: bodies, though they end like units
        return False
    if text[-1:] == "계" and len(text) < 3:  # 업계, 학계, 재계: a sector, not a unit (총무계 is one)
        return False
    if _is_title_and(text):
        return False  # 위원장과: a title joined to the next person
    if text[:1].isdigit():
        return False  # 2명과, 3개과: a count and the particle "and", no department
    if len(text) >= 3 and text.endswith(DIVISION_NOUN):
        return True  # DS부문, 반도체부문: a company's division
    return len(text) >= 2 and text[-1] in INTERNAL_UNITS and org_suffix_strength(text) in (None, "weak")


def _proper_body_word(word: Word, index: TokenIndex) -> bool:
    """SK하이닉스 / 카카오 before "김철수 사장": a proper noun that is no place, title or name.
    A Latin start (SK, LG, KT) marks a company; otherwise Kiwi must read it only as proper nouns."""
    text = word.text
    if text in place_names() or text in titles() or looks_like_korean_name(text):
        return False
    if text[:1].isascii() and text[:1].isalpha():
        return any("가" <= ch <= "힣" for ch in text) or text.isupper()
    toks = index.within(word.start, word.end)
    # 서울YMCA: a place's proper noun with Latin letters
    return bool(toks) and all(tok.tag in ("NNP", "SL") for tok in toks) and len(text) >= 2


# ---------------------------------------------------------------- other patterns


def _paren_hits(doc: Document, words: list[Word], index: TokenIndex) -> list[PersonHit]:
    """대전도시공사(사장 한승우): the body before the parenthesis, its head inside."""
    hits: list[PersonHit] = []
    for m in PAREN_HEAD_RE.finditer(doc.text):
        title, name = m.group("title"), m.group("name")
        if title not in titles() and name in titles():  # 한결산업㈜(오민수 대표): name first
            title, name = name, title
        rank = m.group("rank")
        if title in titles() and rank is not None and _foreign_pair(name, rank):
            # 한빛마린(대표 카를로스 멘데스): a foreign name in two words
            span = Span(m.start("name"), m.end("rank"))
            org, org_span, unit = _body_ending_at(doc, words, index, m.start())
            hits.append(PersonHit(doc.text[span.start : span.end], span, title, org, org_span, unit))
            continue
        if title not in titles() or not looks_like_korean_name(name):
            continue
        if rank is not None:
            if rank not in titles():
                continue
            title = rank
        org, org_span, unit = _body_ending_at(doc, words, index, m.start())
        group = "name" if m.group("name") == name else "title"
        hits.append(PersonHit(name, Span(m.start(group), m.end(group)), title, org, org_span, unit))
        # (대표이사 한창섭·구연희): the heads listed after the first share the post; a court's panel
        # (부장판사 백강진·김선희·이인수) is led by the first, the others are plain judges
        if group == "name" and rank is None and not title.endswith(JUDGE_TITLE):
            hits.extend(
                PersonHit(w.text, Span(w.start, w.end), title, org, org_span, unit)
                for w in _paren_listed_names(doc.text, index, m.end())
            )
        if rank is not None and m.group("title") in titles():  # (재판장 정우진 부장판사): a 재판장 too
            hits.append(
                PersonHit(name, Span(m.start(group), m.end(group)), m.group("title"), org, None, unit)
            )
    return hits


# A judge's post (부장판사): only the presiding judge holds the one a panel's list opens with.
JUDGE_TITLE = "판사"
# One more name in a parenthesis of heads, and what follows it: the list goes on, or it closes.
PAREN_LISTED_NAME_RE = re.compile(r"[ \t]*(?P<name>[가-힣]{2,4})[ \t]*(?P<sep>[)·ㆍ․‧∙,])")


def _paren_listed_names(text: str, index: TokenIndex, at: int) -> list[Word]:
    """The names listed after the first head in "(대표이사 한창섭·구연희)", from `at` (right after the
    first name's separator) to the closing parenthesis; none when the list holds anything else."""
    if at == 0 or text[at - 1] == ")":
        return []
    found: list[Word] = []
    while (m := PAREN_LISTED_NAME_RE.match(text, at)) is not None:
        word = Word(m.start("name"), m.end("name"), m.group("name"), "")
        if not is_name_word(word, index) or word.text in titles():
            return []  # (사장 한승우·사진): a note, not another head
        found.append(word)
        if m.group("sep") == ")":
            return found
        at = m.end()
    return []


def _foreign_pair(given: str, family: str) -> bool:
    """Two words that read as a foreign given and family name, not a Korean name or a title."""
    if family in titles() or given in titles():
        return False
    korean = looks_like_korean_name(given) and surname_rank(given) < COMMON_KOREAN_NAME_RANK
    return not korean and _plain_foreign_word(given) and _plain_foreign_word(family)


def _body_ending_at(
    doc: Document, words: list[Word], index: TokenIndex, offset: int
) -> tuple[str | None, Span | None, bool]:
    """The body whose name ends where a parenthesis opens: (name, where, is a division)."""
    club = next((c for c in club_mentions(doc.text) if c.end == offset), None)
    if club is not None:  # 넥센 히어로즈(내야수 채태인): the club's whole name, not its last word
        return club.text, Span(club.start, club.end), False
    ends = [w.end for w in words]
    org_word = _word_at_end(words, ends, offset)
    if org_word is not None and org_word.text in load_words("facility_nouns.txt"):
        # 한빛군 청사(원내는 …): the building names no body; the body is the word before it, if any
        before = _word_at_end(words, ends, org_word.start - len(org_word.gap))
        clear = before is not None and is_space_gap(org_word.gap) and looks_like_org(before.text)
        org_word = before if clear else None
    if org_word is None:
        return None, None, False
    court = court_chain_start(words, bisect.bisect_left(ends, org_word.end))
    if court is not None:  # 한빛고법 누리재판부 형사1부(부장판사 …): the division with its court
        start = words[court].start
        return doc.text[start : org_word.end], Span(start, org_word.end), True
    if is_task_committee(org_word.text):
        # 교촌동 주민대책위원회(위원장 구본철): the words before say whose committee it is
        i = bisect.bisect_left(ends, org_word.end)
        first = words[descriptive_start(words, i, index)]
        org_word = Word(first.start, org_word.end, doc.text[first.start : org_word.end], first.gap)
    if org_suffix_strength(org_word.text) in (None, "weak"):
        i = bisect.bisect_left(ends, org_word.end)
        body = words[i - 1] if i > 0 and is_space_gap(org_word.gap) else None
        if body is not None and index.bare_end(body) == body.end and _clear_body(body.text):
            # 서울중앙지법 형사11부(부장판사 정우진): the division and its court
            return f"{body.text}{org_word.gap}{org_word.text}", Span(body.start, org_word.end), True
    return org_word.text, Span(org_word.start, org_word.end), False


def _word_at_end(words: list[Word], ends: list[int], offset: int) -> Word | None:
    i = bisect.bisect_left(ends, offset)
    return words[i] if i < len(words) and ends[i] == offset else None


# Adverbial particles that take a partner or a recipient, not a place: 류현진과의 맞대결, 노시우에게.
PARTNER_PARTICLES = frozenset({"과", "와", "에게", "한테", "께", "보다"})


def _brand_then_name(text: str, prev: Token, tok: Token) -> bool:
    """LG 노시우는, 한빛 한서준과의: a club's or group's short name, a space, then the name: the club
    or company says whose player or chairman it is; the name is not the end of a longer proper noun.
    A club named by its city (서울, 경남) is left out: 서울 서초동의, 경남 김해을은 are places."""
    brand = text[prev.start : prev.end]
    return text[prev.end : tok.start] == " " and brand in company_brands() and brand not in place_names()


def _bare_name_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """노시우가 홈런을 쳤다: a three-syllable word with a common surname that Kiwi reads as one proper
    noun its dictionary does not hold, closed by a subject or object particle, is a person's name."""
    hits: list[PersonHit] = []
    toks = index.tokens
    for i, tok in enumerate(toks[:-1]):
        if tok.tag != "NNP" or tok.end - tok.start != 3:
            continue
        name = doc.text[tok.start : tok.end]
        if surname_rank(name) >= COMMON_KOREAN_NAME_RANK or not looks_like_korean_name(name):
            continue
        if name[-1] in PLACE_LEVEL_ENDINGS or name.endswith(NO_NAME_ENDINGS):  # 한빛시는, 한빛대는
            continue
        # Kiwi knows famous people as proper nouns (박지성이), and places and brands too (한라산이)
        known = tok.id >= KIWI_UNKNOWN_ID
        if known and (name[-1] in LANDMARK_ENDINGS or name in company_brands() or name in place_names()):
            continue
        if known and looks_like_org(name):  # 고려대와: a body Kiwi knows
            continue
        if tok.start > 0 and ("가" <= doc.text[tok.start - 1] <= "힣" or doc.text[tok.start - 1].isalnum()):
            continue
        nxt = toks[i + 1]
        if nxt.start != tok.end or nxt.tag not in BARE_NAME_PARTICLES:
            continue
        nxt_form = doc.text[nxt.start : nxt.end]
        if known and nxt.tag in PLACE_PARTICLES and nxt_form not in PARTNER_PARTICLES:
            continue  # 이태원에서: a known proper noun as a place (but 류현진과의, 류현진에게: a partner)
        prev = toks[i - 1] if i > 0 else None
        # 두산 노시우는: a club's or group's short name says whose player it is (no longer proper noun)
        by_brand = prev is not None and _brand_then_name(doc.text, prev, tok)
        # 누리 이글스가: a noun (or Latin, a number) then a space may open a longer proper noun; after
        # a comma or a dot (정조국과, 여범규) the list or the clause starts anew
        after_noun = (
            prev is not None
            and (prev.tag[:1] == "N" or prev.tag in ("SL", "SH", "SN"))
            and prev.end < tok.start
            and not doc.text[prev.end : tok.start].strip()
        )
        if known and after_noun and not by_brand:
            continue  # 누리 이글스가: a word Kiwi knows, ending a longer name, is no person alone
        if prev is not None and prev.tag == "NNP" and doc.text[prev.end : tok.start] == " " and not by_brand:
            given = doc.text[prev.start : prev.end]
            # 대소면 오류리가: a town's part, then a village
            if (
                _plain_foreign_word(given)
                and not looks_like_korean_name(given)
                and parse_title(given) is None  # 래퍼 정상수가: a descriptor, not a given name
                and given[-1] not in PLACE_LEVEL_ENDINGS
            ):
                # 케빈 오코로가: the family name of a foreign name, written with its given name
                full = doc.text[prev.start : tok.end]
                hits.append(PersonHit(full, Span(prev.start, tok.end), None, None, None, False))
            continue
        hits.append(PersonHit(name, Span(tok.start, tok.end), None, None, None, False))
    return hits


# Particles that close a person's name as subject, topic, object, partner or owner (에릭 모건은, 에릭
# 모건과); a place's (에서, 로) is left out.
PAIR_NAME_PARTICLES = frozenset({"이", "가", "은", "는", "을", "를", "과", "와", "의", "도", "에게"})
# The longest family name written after a common given name (크라치오스, 스트라우트); a longer word
# there is a compound noun (라이언 치즈볼어드벤처).
MAX_FAMILY_SYLLABLES = 6
# Opening single quotation marks, which Korean news puts around names of works, places and brands.
SINGLE_QUOTES = ("‘", "'", "`")


def _given_name_pair_hits(doc: Document, words: list[Word], index: TokenIndex) -> list[PersonHit]:
    """에릭 모건은, 브라이언 해리스와: a common foreign given name, a space, then a word that can only be
    a foreign name's second part, closed by a particle, is a person though no title is written."""
    hits: list[PersonHit] = []
    quoted: set[str] = set()  # ‘소피아 앙티폴리스’: single marks name a work, a place or a brand
    given_names = foreign_given_names()
    for k, given in enumerate(words[:-1]):
        if given.text not in given_names:
            continue
        if k > 0 and is_space_gap(given.gap) and _foreign_name_part(words[k - 1], index):
            continue  # the middle of a longer name (주디스 루이스 허만): its first word opens it
        family = words[k + 1]
        if given.gap.endswith(SINGLE_QUOTES):
            quoted.add(f"{given.text} {doc.text[family.start : index.bare_end(family)]}")
            continue
        end = index.bare_end(family)  # where Kiwi's particle starts: 그레이 and 트뤼도 keep 이 and 도
        stem, particle = doc.text[family.start : end], doc.text[end : family.end]
        if not is_space_gap(family.gap) or particle not in PAIR_NAME_PARTICLES:
            continue
        if not 2 <= len(stem) <= MAX_FAMILY_SYLLABLES:
            continue
        part = Word(family.start, end, stem, family.gap)
        if parse_title(stem) is not None or not _foreign_name_part(part, index):
            continue
        hits.append(PersonHit(f"{given.text} {stem}", Span(given.start, part.end), None, None, None, False))
    return [h for h in hits if h.name not in quoted]


# What a broadcast tag says after the slash: "한화 이글스 감독", up to a dash, a quote or the line's end.
BROADCAST_ROLE_RE = re.compile(
    r"""
    [ \t]*
    (?P<role>[^\n"“/\-–—]{1,40}?)  # the body and title, or a place or description
    [ \t]*(?:[-–—]|["“]|$)           # a dash before the quote, the quote, or the line's end
    """,
    re.VERBOSE | re.MULTILINE,
)


# A committee chair's post and its committee: 대책위원장 → 대책위원회.
CHAIR = "위원장"
COMMITTEE_HEAD = "위원회"


def _describes(word: Word, index: TokenIndex) -> bool:
    """피해자, 주민: a common noun saying whose committee it is, not a body's proper name (부산국제영화제)."""
    return not (looks_like_org(word.text) or index.has_proper_noun(word.start, word.end))


def _chairs_task_committee(title: str) -> bool:
    return title.endswith(CHAIR) and is_task_committee(title[: -len(CHAIR)] + COMMITTEE_HEAD)


def _names_a_body(words: list[str]) -> bool:
    """Words after a broadcast tag's slash that name a body: a body's word, a club, a brand."""
    if " ".join(words) in sports_clubs():
        return True
    return any(looks_like_org(w) or w in government_bodies() or w in company_brands() for w in words)


def _broadcast_role(text: str, pos: int) -> tuple[str | None, str | None, Span | None]:
    """(title, body, where the body is written) from "/ 한화 이글스 감독"; nothing from "/ 서울 마포구"."""
    m = BROADCAST_ROLE_RE.match(text, pos)
    if m is None:
        return None, None, None
    words = m.group("role").split()
    if not words:
        return None, None, None
    parsed = parse_title(words[-1])
    if parsed is None or parsed.stem_len != len(words[-1]):
        return None, None, None
    if len(words) == 1:
        return parsed.title, parsed.org, None
    body_start = m.start("role")
    # the body is the words before the title, modifiers (신인, 전) left out
    body_words = [w for w in words[:-1] if w not in title_modifiers()]
    if not body_words:
        return parsed.title, parsed.org, None
    if _chairs_task_committee(parsed.title):
        # 수원 전세사기 피해자 대책위원장: the committee is named by the words before the post
        return parsed.title, " ".join([*body_words, parsed.title[: -len(CHAIR)] + COMMITTEE_HEAD]), None
    if not _names_a_body(body_words):
        return parsed.title, parsed.org, None  # / 전세사기 피해자 모임 회원: a description, no body
    while len(body_words) > 1 and _is_unit_word(body_words[-1]):
        body_words = body_words[:-1]  # / 경북대 로봇공학과 교수: the department is a detail of the body
    first = text.index(body_words[0], body_start)
    end = text.index(body_words[-1], first) + len(body_words[-1])
    return parsed.title, text[first:end], Span(first, end)


def _honorific_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """김철수 씨, 이도현(한빛FC)은: a name the honorific or a glued parenthesis vouches for; no title."""
    hits: list[PersonHit] = []
    for m in HONORIFIC_RE.finditer(doc.text):
        name = m.group("name")
        rest = HANGUL_RUN_RE.match(doc.text, m.end())
        glued = rest.group() if rest else ""
        if looks_like_korean_name(name) and (not glued or glued in particles()):
            hits.append(PersonHit(name, Span(m.start("name"), m.end("name")), None, None, None, False))
    for m in SIGN_OFF_RE.finditer(doc.text):
        if looks_like_korean_name(m.group("name")):
            span = Span(m.start("name"), m.end("name"))
            hits.append(PersonHit(m.group("name"), span, SIGN_OFF_TITLE, None, None, False))
    for m in BROADCAST_TAG_RE.finditer(doc.text):
        if looks_like_korean_name(m.group("name")):
            title, org, org_span = _broadcast_role(doc.text, m.end())
            hits.append(
                PersonHit(m.group("name"), Span(m.start("name"), m.end("name")), title, org, org_span, False)
            )
    hits.extend(_bare_name_hits(doc, index))
    for m in AGED_SHORT_NAME_RE.finditer(doc.text):
        rest = HANGUL_RUN_RE.match(doc.text, m.end())
        toks = index.within(m.start("name"), m.end("name"))
        if rest is not None and rest.group() and rest.group() not in particles():
            continue
        if not looks_like_korean_name(m.group("name")) or not 1 <= len(toks) <= 2:
            continue
        # one proper noun, or a surname Kiwi split off one (장 + 혁/NNP); not a common word (이날)
        if toks[-1].tag == "NNP" or (len(toks) == 1 and toks[0].id < KIWI_UNKNOWN_ID):
            hits.append(PersonHit(m.group("name"), Span(*m.span("name")), None, None, None, False))
    for m in NAME_PAREN_RE.finditer(doc.text):
        rest = HANGUL_RUN_RE.match(doc.text, m.end())
        glued = rest.group() if rest else ""
        toks = index.within(m.start("name"), m.end("name"))
        if glued and glued not in particles():
            continue
        if m.group("name")[-1] in PLACE_LEVEL_ENDINGS or PAREN_HEAD_RE.match(doc.text, m.end("name")):
            continue  # 진안군(군수 전상욱)은: a county and its head, not a person with a note
        if looks_like_korean_name(m.group("name")) and toks and toks[0].tag == "NNP" and len(toks) <= 2:
            hits.append(
                PersonHit(m.group("name"), Span(m.start("name"), m.end("name")), None, None, None, False)
            )
    return hits
