"""Korean full names written bare (no title, no honorific), vouched for by the article as a whole.

    원빈·이나영·유재석측, 유재석과 정형돈 등     a name-shaped word listed with a person is a person

`names_match.match` runs this after the other stages, knowing the people they found. (A word taken
twice with a subject's particle was tried as evidence too: places, brands and common nouns share
that shape too often, 남조선이, 마카롱을, 나랏빚은.)
"""

from __future__ import annotations

import re
from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    PLACE_LEVEL_ENDINGS,
    ClubMention,
    PersonHit,
    Span,
    TokenIndex,
    Word,
    company_brands,
    is_name_word,
    looks_like_korean_name,
    looks_like_org,
    parse_title,
    particles,
    place_names,
    pronouns,
    sports_clubs,
    surname_rank,
)
from extractor.entities.names_context import LANDMARK_ENDINGS, NO_NAME_ENDINGS
from extractor.lexicons import first_char_guard, load_words

# The surnames, by rank, a bare name vouched for by the article may carry (the 64 commonest:
# 김, 이, 박 … 양, 고, 류, 여 …): rarer ones open common words more often than names.
BARE_SURNAME_RANK = 64


def _name_shaped(name: str, not_names: frozenset[str]) -> bool:
    """Surname + two syllables, a common surname, and no ending or lexicon that says place or body."""
    if not looks_like_korean_name(name) or surname_rank(name) >= BARE_SURNAME_RANK:
        return False
    if name[-1] in PLACE_LEVEL_ENDINGS or name[-1] in LANDMARK_ENDINGS or name.endswith(NO_NAME_ENDINGS):
        return False
    if name in not_names or name in company_brands() or name in place_names() or name in sports_clubs():
        return False
    return parse_title(name) is None and name not in pronouns()


# A run of Hangul: a word, perhaps with its particle.
HANGUL_WORD_RE = re.compile(r"[가-힣]+")
# What joins two listed names: a middle dot or a comma (spaces around allowed).
LIST_GAP_RE = re.compile(r"[ \t]?[·ㆍ․‧∙,][ \t]?")
# The partner particles that join two names (유재석과 정형돈), before a space.
JOINING_PARTICLES = ("과", "와")
# A Hangul word and the joint after it: a list gap, or a joining particle and a space; then a word.
_JOINING_CLASS = "".join(JOINING_PARTICLES)
_JOINT_RE = re.compile(
    rf"""
    (?<![가-힣])[가-힣]+             # the left word, whole (a shorter run cannot match: not tried)
    (?: [ \t]?[·ㆍ․‧∙,][ \t]?       # a middle dot (or a look-alike: ․ ‧ ∙) or comma (LIST_GAP_RE) …
      | (?<=[{_JOINING_CLASS}])[ \t] )  # … or 과/와 and a space
    (?=[가-힣])                      # the right word follows at once
    """,
    re.VERBOSE,
)
# Bound nouns written right after a listed name: 유재석측, 정형돈 등.
AFTER_NAME_NOUNS = frozenset({"측", "등"})
# What may follow a listed name written bare: the list goes on, a bracket or a quote closes, the line
# ends, a note opens (우성용(40골)), or a bound noun (정형돈 등, 김철수 씨, 유재석 측).
BARE_END_RE = re.compile(r"[ \t]?[·ㆍ․‧∙,()\]’'\"”」』]|[ \t]*$|[ \t]+(?:등|씨|측)", re.MULTILINE)
# The owner's particle: after a partner particle, "A과 B의 관계" pairs a person with anything.
OWNER_PARTICLE = "의"
# What Kiwi may read the syllables of a name it splits as (신/XPN + 으뜸: a surname read as a prefix).
SPLIT_NAME_TAGS = frozenset({"NNP", "NNG", "NNB", "MM", "MAG", "XPN"})
# How many times a list is read again, each pass taking the names the last one found.
MAX_LIST_PASSES = 3


def _listed_stem(word: str) -> str | None:
    """The name in a listed word: 정형돈, 유재석측 → 유재석, 조영욱의 → 조영욱; None for other words."""
    stem, rest = word[:3], word[3:]
    if rest and rest not in particles() and rest not in AFTER_NAME_NOUNS:
        return None
    return stem


def coordinated_name_hits(
    doc: Document, index: TokenIndex, accepted: frozenset[str], not_names: frozenset[str]
) -> list[PersonHit]:
    """원빈·이나영·유재석측, 유재석과 정형돈 등: a name-shaped word listed by a dot, a comma or 과/와 with a
    person the article names is a person too: a list of people holds people."""
    pairs: list[tuple[str, int, str | None, int, bool]] = []
    # Only words followed by a list's joint can be listed: the scan visits those alone.
    for joint in _JOINT_RE.finditer(doc.text):
        left = HANGUL_WORD_RE.match(doc.text, joint.start())
        right = HANGUL_WORD_RE.match(doc.text, joint.end())
        if left is None or right is None:
            continue
        gap = doc.text[left.end() : right.start()]
        by_particle = gap in (" ", "\t") and left.group().endswith(JOINING_PARTICLES)
        if not by_particle and not LIST_GAP_RE.fullmatch(gap):
            continue
        left_name = left.group()[:-1] if by_particle else left.group()
        right_stem = _listed_stem(right.group())
        # 손석구, 유튜버 누리: a bare word, then another word: a descriptor, no listed name
        open_right = right_stem != right.group() or BARE_END_RE.match(doc.text, right.end()) is not None
        if by_particle and right.group()[3:].startswith(OWNER_PARTICLE):
            open_right = False  # 박진영과 누리파의 관계: a person and anything, not a list of two
        if by_particle and not open_right:
            continue  # 신경외과 박민규 교수: 과 may end a department's name before its member's name
        pairs.append((left_name, left.start(), right_stem, right.start(), open_right))
    found: dict[str, list[Span]] = {}
    known = set(accepted)
    for _ in range(MAX_LIST_PASSES):
        grew = False
        for left_name, left_at, right_stem, right_at, open_right in pairs:
            # the partner is a person named in the article and shaped like a Korean name too: a list
            # of people holds people of one kind (트럼프와 오피셜 …: a coin's name, not a list of two)
            right_known = right_stem is not None and _korean_person(right_stem, known)
            left_known = _korean_person(left_name, known)
            right_new = right_stem if open_right else None
            for name, at, partner_known in (
                (left_name, left_at, right_known),
                (right_new, right_at, left_known),
            ):
                if name is None or not partner_known or name in known or len(name) != 3:
                    continue
                if not _name_shaped(name, not_names) or not _not_common_word(index, at, at + 3):
                    continue
                if _verb_follows(index, at + 3):
                    continue  # 송영규, 차량서 숨진 채: a clause goes on, not a list
                found.setdefault(name, []).append(Span(at, at + 3))
                known.add(name)
                grew = True
        if not grew:
            break
    return [PersonHit(name, span, None, None, None, False) for name, spans in found.items() for span in spans]


def _verb_follows(index: TokenIndex, end: int) -> bool:
    """A verb or adjective starts the next word: the word before closed a clause's adverbial."""
    nxt = index.within(end, end + 40)
    return bool(nxt) and nxt[0].tag[:1] == "V"


def _korean_person(name: str, known: set[str]) -> bool:
    return name in known and len(name) == 3 and looks_like_korean_name(name)


def _not_common_word(index: TokenIndex, start: int, end: int) -> bool:
    """Kiwi reads no common word, verb or adverb in the whole of it (정우/NNP 영/NNG may be a name)."""
    toks = index.within(start, end)
    if not toks or toks[0].start != start:
        return False
    if len(toks) == 1:
        return toks[0].tag == "NNP" or toks[0].id < KIWI_UNKNOWN_ID
    # a surname Kiwi split off (양/NNB 홍석, 이/MM 재원), never a common word and its suffix (공모/NNG 한/XSV)
    return toks[0].end - toks[0].start == 1 and all(t.tag in SPLIT_NAME_TAGS for t in toks)


# After a club's name: one space, a three-syllable word (the name) and what is glued to it.
CLUB_NAME_RE = re.compile(r"[ ](?P<name>[가-힣]{3})(?P<rest>[가-힣]*)")
# A name written bare after its club closes the phrase: a full stop, a comma, a bracket or the line's
# end (두산 베어스 유희관. …); before another word it may be the club's own word, and a middle dot
# lists a firm's services (삼성 유튜브·미래에셋 AI).
CLUB_NAME_CLOSE_RE = re.compile(r"[.,)\]]|[ \t]*$", re.MULTILINE)
# A store's branch after a retailer's name (이마트 안양점, 롯데 잠실점), never a player.
BRANCH_ENDING = "점"


@cache
def _brand_re() -> re.Pattern[str]:
    """A club's or business group's short name that is no place (KT, 한화, 삼성; not 수원, 서울)."""
    brands = sorted((b for b in company_brands() if b not in place_names()), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, brands))
    guard = first_char_guard(brands)
    return re.compile(guard + r"(?<![가-힣A-Za-z0-9])(?:" + alternatives + r")(?![A-Za-z0-9])")


def club_name_hits(
    doc: Document, index: TokenIndex, clubs: list[ClubMention], not_names: frozenset[str]
) -> list[PersonHit]:
    """KT 양홍석도, 한화 류현진과의, (두산 베어스 유희관. …): a name-shaped word written right after a
    club's (or business group's) name is that club's player, with no title: the press writes a
    player by team and name. The club is the person's body."""
    heads = [(c.text, c.start, c.end) for c in clubs]
    full_spans = [(c.start, c.end) for c in clubs]
    for brand in _brand_re().finditer(doc.text):
        if not any(s <= brand.start() < e for s, e in full_spans):
            heads.append((brand.group(), brand.start(), brand.end()))
    hits: list[PersonHit] = []
    for club, club_start, club_end in heads:
        m = CLUB_NAME_RE.match(doc.text, club_end)
        if m is None:
            continue
        rest = m.group("rest")
        closes = rest in particles() if rest else CLUB_NAME_CLOSE_RE.match(doc.text, m.end()) is not None
        if not closes:
            continue
        name, start = m.group("name"), m.start("name")
        if name.endswith(BRANCH_ENDING) or not _name_shaped(name, not_names):
            continue
        if not _not_common_word(index, start, start + 3):
            continue
        hits.append(PersonHit(name, Span(start, start + 3), None, club, Span(club_start, club_end), False))
    return hits


# "…에 대해(서)", "…에 관한": what a comment or a question is about, right after the word.
ABOUT_RE = re.compile(
    r"""
    (?<![가-힣])(?P<name>[가-힣]{3})    # a three-syllable word opening its word
    에[ \t]+(?:대해|대한|관해|관한)     # "about"
    """,
    re.VERBOSE,
)
# Kiwi's tag for the adnominal ending that closes a relative clause (기록한, 당한, 거둔).
ADNOMINAL_TAG = "ETM"


def about_name_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """7연속 삼진을 기록한 박병호에 대해, 부상을 당한 이재원에 대해서: a name-shaped word that a relative
    clause describes (what the person did or suffered) and that a comment or question is about is a
    person. Kiwi may know the name (a famous player) and read 에 as a place's particle, or split a
    surname off (이/MM 재원), so the bare-name rule refuses it. Without the clause the shape is
    mostly common words (가능성에 대해, 성보호에 관한)."""
    hits: list[PersonHit] = []
    for m in ABOUT_RE.finditer(doc.text):
        name, start = m.group("name"), m.start("name")
        before = index.within(max(0, start - 12), start)
        if not before or before[-1].tag != ADNOMINAL_TAG or doc.text[before[-1].end : start] != " ":
            continue
        if not _name_shaped(name, not_names) or not _not_common_word(index, start, start + 3):
            continue
        hits.append(PersonHit(name, Span(start, start + 3), None, None, None, False))
    return hits


def scorer_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """후반 23분 천성훈에게 동점골을 허용했다: a name-shaped word whose goal, hit or home run the
    sentence reports is a player, written with no title (match reports name scorers bare).

    Korean-shaped names only: a one-word foreign name there is as often a club (토트넘의 선제골).
    """
    if not any(goal in doc.text for goal in load_words("scoring_nouns.txt")):
        return []  # no match report: the pattern below would try every three-syllable word
    hits: list[PersonHit] = []
    for m in _scorer_re().finditer(doc.text):
        name, start = m.group("name"), m.start("name")
        if _name_shaped(name, not_names) and _not_common_word(index, start, start + 3):
            club = _CLUB_BEFORE_RE.search(doc.text, max(0, start - _CLUB_BEFORE_REACH), start)
            if club and (club["club"] in place_names() or club["club"] in company_brands()):
                # 울산 이동건에게 동점골: a match report writes the player after his club's short name
                org, org_span = club["club"], Span(club.start("club"), club.end("club"))
                hits.append(PersonHit(name, Span(start, start + 3), None, org, org_span, False))
            else:
                hits.append(PersonHit(name, Span(start, start + 3), None, None, None, False))
    return hits


@cache
def _scorer_re() -> re.Pattern[str]:
    """천성훈의 선제골, 송창석에게 극장골을, 하도윤이 결승타를: a word and what a player scores."""
    goals = "|".join(map(re.escape, sorted(load_words("scoring_nouns.txt"), key=len, reverse=True)))
    return re.compile(
        rf"""
        (?<![가-힣])(?P<name>[가-힣]{{3}})   # a three-syllable word opening its word
        (?:의|에게|이|가|은|는)[ \t]?      # the scorer's or conceding side's particle
        (?:{goals})                         # 선제골, 결승타 (scoring_nouns.txt)
        """,
        re.VERBOSE,
    )


# The word right before a scorer's name, one space between: his club's short name (울산, KT).
_CLUB_BEFORE_RE = re.compile(r"(?<![가-힣A-Za-z0-9])(?P<club>[가-힣A-Za-z0-9]{2,6})[ ]$")
_CLUB_BEFORE_REACH = 8


@cache
def _leader_pattern() -> re.Pattern[str]:
    names = sorted(load_words("world_leaders.txt"), key=len, reverse=True)
    # a word of its own: no Hangul before it, and after it nothing or a particle (트럼프타워 is none)
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{'|'.join(map(re.escape, names))})(?P<rest>[가-힣]*)")


def leader_hits(doc: Document) -> list[PersonHit]:
    """World leaders written by family name alone and nowhere with a title (푸틴은 …고 말했다): the
    first bare use of each with a particle, the later ones being mentions of the same person."""
    hits: dict[str, PersonHit] = {}
    for m in _leader_pattern().finditer(doc.text):
        name = m.group()[: m.start("rest") - m.start()]
        if name in hits or m.group("rest") not in particles():
            continue  # 트럼프 행정부, 트럼프정부: the leader's government, no mention of him yet
        hits[name] = PersonHit(name, Span(m.start(), m.start() + len(name)), None, None, None, False)
    return list(hits.values())


# A leader's name before the government or regime it names: 윤석열 정부, 문재인정부, 트럼프 행정부.
_GOVERNMENT_OF_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z])
    (?P<name>[가-힣]{2,6})     # the leader
    [ \t]?
    (?:행정부|정부|정권)         # the government named after them
    """,
    re.VERBOSE,
)


def government_of_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """A full Korean name, or a world leader's family name, naming a government (윤석열 정부): the
    leader is a person the article mentions."""
    hits: list[PersonHit] = []
    leaders = load_words("world_leaders.txt")
    for m in _GOVERNMENT_OF_RE.finditer(doc.text):
        name = m.group("name")
        word = Word(m.start("name"), m.end("name"), name, "")
        korean = len(name) == 3 and _name_shaped(name, not_names) and is_name_word(word, index)
        if korean or (name in leaders and name not in not_names):
            hits.append(PersonHit(name, Span(word.start, word.end), None, None, None, False))
    return hits


# The late: 故 정하람, 고(故) 정하람씨, 故 아산 정하람 (a pen name between).
_LATE_RE = re.compile(
    r"""
    (?:故|고\(故\))[ \t]?
    (?:(?P<pen>[가-힣]{2})[ \t])?     # a pen name or pseudonym first (故 아산 정하람)
    (?P<name>[가-힣]{2,4})             # the name, maybe with a particle or 씨 glued
    """,
    re.VERBOSE,
)


def late_name_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """故 정하람, 고(故) 정하람씨의: the one the press marks as dead is a person, though untitled."""
    hits: list[PersonHit] = []
    for m in _LATE_RE.finditer(doc.text):
        word = Word(m.start("name"), m.end("name"), m.group("name"), "")
        end = index.bare_end(word)
        name = doc.text[word.start : end]
        name = name.removesuffix("씨") if len(name) > 3 else name
        if name in not_names or not looks_like_korean_name(name) or surname_rank(name) >= BARE_SURNAME_RANK:
            continue
        if m.group("pen") and m.group("pen") not in place_names() and looks_like_korean_name(m.group("pen")):
            continue  # 故 김하늘 정하람: two names, no pen name: unclear whose
        if end == word.end and _name_goes_on(doc.text, end, index):
            continue  # 故 위르겐 베커스 씨: the first word of a longer name
        hits.append(PersonHit(name, Span(word.start, word.start + len(name)), None, None, None, False))
    return hits


def _name_goes_on(text: str, end: int, index: TokenIndex) -> bool:
    """The next word is a proper noun (or one Kiwi does not know) and no post: a name's second word."""
    following = re.match(r"[ \t]([가-힣]+)", text[end : end + 12])
    word = following.group(1) if following else ""
    if not word or parse_title(word) is not None or looks_like_org(word) or word in place_names():
        return False  # 故 정하람 명예회장, 故 정하람 한빛대 교수: a post or a body follows
    toks = index.within(end + 1, end + 1 + len(word))
    return bool(toks) and (toks[0].tag == "NNP" or toks[0].id < KIWI_UNKNOWN_ID)
