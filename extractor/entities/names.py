"""Shared vocabulary and word-level helpers for people and organisations (issue #3).

Kiwi splits Korean names (최영모 → 최영 + 모) and glues titles to bodies
(대전시디지털정책국장), so matching here works on *words* — runs of
Hangul/Latin/digits between spaces and punctuation, in `doc.text` — and uses
Kiwi's tags only to veto common words (이번, 정부) and to see particles.
Every span is cut from `doc.text`, never rebuilt from morphemes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extractor.analysis import Document, Token
from extractor.lexicons import first_char_guard, load_rows, load_words

# A word: an optional legal-form prefix kept in the surface, then one run of letters.
WORD_RE = re.compile(
    r"""
    (?:\((?:주|재|사|유|합)\)\s?|㈜\s?)?   # legal form glued or spaced before a name: (주)누리텍, ㈜ 누리텍
    [0-9A-Za-z가-힣\u4e00-\u9fff&]+         # the word: Hangul, Latin, digits, Hanja (中외교부), KT&G
    (?:\((?:주|재|사|유)\)|㈜)?             # legal form glued after the name: 한결산업㈜
    """,
    re.VERBOSE,
)

# Legal forms the scorer and the alias merge ignore, before or after the name.
LEGAL_PREFIX_RE = re.compile(
    r"""
    ^(?:\((?:주|재|사|유|합)\)   # (주) (재) (사) (유) (합)
    |㈜                          # the one-character (주)
    |주식회사                    # spelled out
    |재단법인|사단법인
    )\s*
    """,
    re.VERBOSE,
)
LEGAL_SUFFIX_RE = re.compile(
    r"""
    \s*(?:\((?:주|재|사|유)\)|㈜)$   # 한결산업㈜, 한결산업(주)
    """,
    re.VERBOSE,
)

# Gaps allowed inside one appositive: spaces only.
SPACE_GAP_RE = re.compile(r"[ \t\u00a0]+")
# Gaps allowed only right after a name: a broadcast slash ("정민호 / 장관"), an age ("김철수(45) 대표").
SLASH_GAP_RE = re.compile(
    r"""
    [ \t\u00a0]*
    (?:/                          # broadcast speaker tag: name / title
    |\(\d{1,3}(?:세)?\)           # age in parentheses: (45), (45세)
    )
    [ \t\u00a0]*
    """,
    re.VERBOSE,
)

HANGUL_RE = re.compile(r"[가-힣]")

# Kiwi tags a word made only of these is a noun phrase (no particle, no verb ending).
NOMINAL_TAGS = frozenset(
    {"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN", "SW", "SSO", "SSC", "W_SERIAL"}
)

# How many surnames (in frequency order) count as common: a common surname beats a rare one
# when two words before a title could both be the name (정민호 현광전자 회장: 현 is rare).
COMMON_SURNAME_RANK = 40


# Not frozen, as analysis.Token: a frozen dataclass's __init__ sets each field through
# object.__setattr__, and every article splits into hundreds of words; nothing assigns to one.
@dataclass(slots=True, unsafe_hash=True)
class Word:
    """A whitespace/punctuation-delimited word of `doc.text`; `gap` is the text before it."""

    start: int
    end: int
    text: str
    gap: str


@dataclass(frozen=True, slots=True)
class TitleParse:
    """A title word read as (organisation part) + title: 대전시장 → 대전시 + 시장."""

    title: str
    org: str | None  # the organisation the fused form names, None for a bare title
    org_len: int  # how many characters of the word the organisation covers (0 when not a substring)
    stem_len: int  # the word without its particle


# ---------------------------------------------------------------- lexicons


@cache
def surname_ranks() -> dict[str, int]:
    rows = load_rows("surnames.txt", 1)
    return {row[0]: i for i, row in enumerate(rows)}


@cache
def titles() -> dict[str, str]:
    """Title → the unit suffix its fused form implies ("-" for none)."""
    return {row[0]: row[1] for row in load_rows("titles.tsv", 3)}


@cache
def company_titles(only_companies: bool = False) -> frozenset[str]:
    """Titles held in a company (누리테크 김하늘 대표); with `only_companies`, those no party or
    foundation has (대표이사, 사장), so the body named before one is a company."""
    rows = load_rows("company_titles.tsv", 2)
    return frozenset(title for title, where in rows if where == "only" or not only_companies)


@cache
def name_after_titles() -> frozenset[str]:
    """Descriptors written before the name: 배우 윤서하, 소설가 한강."""
    return frozenset(row[0] for row in load_rows("titles.tsv", 3) if row[2] == "after")


def longest_suffix(
    word: str, table: frozenset[str] | dict[str, str], max_len: int, min_rest: int = 0
) -> str | None:
    """The longest entry of `table` that `word` ends with, leaving at least `min_rest` characters.

    One set lookup per candidate length, so matching stays linear in the text, not in the table.
    """
    for size in range(min(max_len, len(word) - min_rest), 0, -1):
        if word[-size:] in table:
            return word[-size:]
    return None


@cache
def max_title_len() -> int:
    return max(map(len, titles()))


@cache
def org_suffixes() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("org_suffixes.tsv", 2)}


@cache
def max_org_suffix_len() -> int:
    return max(map(len, org_suffixes()))


def particles() -> frozenset[str]:
    return load_words("name_particles.txt")


@cache
def max_particle_len() -> int:
    return max(map(len, particles()))


@cache
def government_bodies() -> dict[str, str]:
    """Every central body's (and well-known international body's) name and short form → its full name."""
    out: dict[str, str] = {}
    rows = [
        *load_rows("government_bodies.tsv", 2),
        *load_rows("former_government_bodies.tsv", 2),
        *load_rows("public_bodies.tsv", 2),
        *load_rows("international_bodies.tsv", 2),
    ]
    for name, short in rows:
        out[name] = name
        if short != "-":
            out[short] = name
    return out


@cache
def sports_clubs() -> dict[str, tuple[str, ...]]:
    """Professional clubs' full names → the short forms used once the full name is written."""
    return {club: tuple(shorts.split(",")) for club, shorts in load_rows("sports_clubs.tsv", 2)}


# A word ending in these is a town or county far more often than a person's given name.
PLACE_LEVEL_ENDINGS = frozenset({"시", "군", "구", "도", "읍", "면"})


@cache
def club_words() -> frozenset[str]:
    """Every one-word club name and short form (정관장, 한화, 모비스): a club, never a name or a post
    fused to a body (정관장 is no 관장 of 정)."""
    return frozenset(w for club, shorts in sports_clubs().items() for w in (club, *shorts) if " " not in w)


@cache
def club_pattern() -> re.Pattern[str]:
    """Every club's full name, its words written with or without the space (한화 이글스, 한화이글스)."""
    names = sorted(sports_clubs(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", "[ \t]?") for n in names)
    return re.compile(first_char_guard(names) + r"(?<![가-힣A-Za-z])(?:" + alternatives + r")(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class ClubMention:
    """A club written in full: as written, where, and its name in sports_clubs.tsv."""

    text: str
    start: int
    end: int
    club: str

    @property
    def short_forms(self) -> tuple[str, ...]:
        return sports_clubs()[self.club]


@cache
def _clubs_by_squeezed_name() -> dict[str, str]:
    return {n.replace(" ", ""): n for n in sports_clubs()}


def club_mentions(text: str) -> list[ClubMention]:
    """Every club `text` writes in full (울산 HD, 한화이글스), in order."""
    by_squeezed = _clubs_by_squeezed_name()
    return [
        ClubMention(m.group(), m.start(), m.end(), by_squeezed[re.sub(r"[ \t]", "", m.group())])
        for m in club_pattern().finditer(text)
    ]


@cache
def company_brands() -> frozenset[str]:
    """삼성, 한화, LG: one word naming a company group, and the short names of sports clubs."""
    shorts = {short for forms in sports_clubs().values() for short in forms}
    return load_words("business_groups.txt") | frozenset(shorts)


def foreign_company_words() -> frozenset[str]:
    """세미컨덕터, 테크놀로지스: a transliterated corporate designator written after a foreign firm's name."""
    return load_words("foreign_company_words.txt")


def foreign_given_names() -> frozenset[str]:
    """마이클, 카롤리나: common foreign given names as the press writes them in Hangul."""
    return load_words("foreign_given_names.txt")


def firm_prefixes() -> frozenset[str]:
    """법무법인, 회계법인: a legal form written as its own word before a firm's name."""
    return load_words("firm_prefixes.txt")


def title_modifiers() -> frozenset[str]:
    return load_words("title_modifiers.txt")


def place_names() -> frozenset[str]:
    return load_words("place_names.txt")


def mourning_nouns() -> frozenset[str]:
    return load_words("mourning_nouns.txt")


def pronouns() -> frozenset[str]:
    return load_words("person_pronouns.txt")


# ---------------------------------------------------------------- words


def split_words(text: str) -> list[Word]:
    """All words of `text` in order, each with the gap text before it.

    >>> [w.text for w in split_words("조민석 (주)누리텍대표, 김 총장")]
    ['조민석', '(주)누리텍대표', '김', '총장']
    """
    words: list[Word] = []
    prev_end = 0
    seen: dict[str, str] = {}  # one copy of each word and gap: a long text repeats them
    for m in WORD_RE.finditer(text):
        word = m.group()
        if word[0].isdigit() and _is_age(text, m):  # an age starts with a digit
            continue  # 김철수(45) 대표: the age stays in the gap between name and title
        start, end = m.span()
        gap = text[prev_end:start]
        words.append(Word(start, end, seen.setdefault(word, word), seen.setdefault(gap, gap)))
        prev_end = end
    return words


def _is_age(text: str, m: re.Match[str]) -> bool:
    word = m.group()
    return (
        (word.isdigit() or (word[:-1].isdigit() and word.endswith("세")))
        and text[m.start() - 1 : m.start()] == "("
        and text[m.end() : m.end() + 1] == ")"
    )


def strip_legal(name: str) -> str:
    """`name` without a legal form: (주)누리텍 → 누리텍, 한결산업㈜ → 한결산업."""
    if "(" not in name and "㈜" not in name and "법인" not in name and "주식회사" not in name:
        return name  # the common case, without running two regexes
    return LEGAL_SUFFIX_RE.sub("", LEGAL_PREFIX_RE.sub("", name))


def has_legal_prefix(name: str) -> bool:
    """True when a legal form (before or after) marks `name` as a company or foundation."""
    stripped = strip_legal(name)  # once: this runs for nearly every word of every article
    return stripped != name and bool(stripped)


@lru_cache(maxsize=1 << 16)
def split_particle(word: str) -> tuple[str, str]:
    """(stem, particle) using the longest particle that leaves a stem of 2+ characters.

    >>> split_particle("시장은")
    ('시장', '은')
    """
    particle = longest_suffix(word, particles(), max_particle_len(), min_rest=2)
    if particle is None:
        return word, ""
    return word[: -len(particle)], particle


def is_space_gap(gap: str) -> bool:
    return SPACE_GAP_RE.fullmatch(gap) is not None


def is_slash_gap(gap: str) -> bool:
    return SLASH_GAP_RE.fullmatch(gap) is not None


# ---------------------------------------------------------------- Kiwi views


# Kiwi's ids below this are its stand-in morphemes for words its dictionary does not hold
# (observed: 2 for an unknown common noun, 3 for an unknown proper noun; not documented by Kiwi).
KIWI_UNKNOWN_ID = 30


class TokenIndex:
    """Kiwi tokens by offset, so word-level checks stay O(log n)."""

    def __init__(self, doc: Document) -> None:
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]

    def within(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.tokens[lo:hi]

    def covering(self, start: int, end: int) -> Token | None:
        """The token that began before `start` and runs over [start, end): Kiwi may read a foreign
        name across the space as one proper noun (사토 겐지/NNP)."""
        i = bisect.bisect_left(self.starts, start) - 1
        return self.tokens[i] if i >= 0 and self.tokens[i].end >= end else None

    def is_nominal(self, word: Word) -> bool:
        """True when Kiwi reads the whole word as nouns (a legal prefix counts as one)."""
        if has_legal_prefix(word.text) or word.text in place_names():
            return True  # 대전 → 대/NNB + 전/MM: Kiwi can misread a place it knows in odd company
        toks = self.within(word.start, word.end)
        if not toks:
            cover = self.covering(word.start, word.end)
            return cover is not None and cover.tag in NOMINAL_TAGS
        if len(toks) >= 2 and toks[0].tag == "MAG":
            # 한결바이오 → 한결/MAG + 바이오: Kiwi reads an unknown brand's first part as an adverb
            toks = toks[1:]
        if len(word.text) >= 5 and toks and toks[0].tag == "NNP" and not any(t.tag[:1] in "JE" for t in toks):
            # 삼성바이오로직스 → … + 로직/NNG + 스/VV: a verb stem with no ending inside an unknown
            # proper compound is Kiwi splitting a name it does not know
            return True
        if len(toks) >= 3 and toks[-1].tag in NOMINAL_TAGS and toks[0].tag in NOMINAL_TAGS:
            # 하나증권 → 하 + 나/JC + 증권: a particle never stands inside a word; between nouns it is
            # Kiwi splitting a name it does not know
            return all(t.tag in NOMINAL_TAGS or t.tag[:1] == "J" for t in toks)
        return bool(toks) and all(t.tag in NOMINAL_TAGS for t in toks)

    def bare_end(self, word: Word) -> int:
        """Where `word` ends without the particles and copula Kiwi finds at its end (보성군과 → 보성군)."""
        # Walks back from the last token that starts inside the word (what `within` would give,
        # read in reverse, without the second search and the slice: this runs for every word).
        end = word.end
        tokens = self.tokens
        i = bisect.bisect_left(self.starts, word.end) - 1
        while i >= 0 and tokens[i].start >= word.start:
            tok = tokens[i]
            if tok.tag[:1] not in ("J", "E") and tok.tag != "VCP":
                break
            end = min(end, tok.start)
            i -= 1
        return end if end > word.start else word.end

    def has_proper_noun(self, start: int, end: int) -> bool:
        return any(t.tag == "NNP" for t in self.within(start, end))

    def is_single_token(self, start: int, end: int) -> bool:
        toks = self.within(start, end)
        return len(toks) == 1 and toks[0].start == start and toks[0].end == end


# ---------------------------------------------------------------- names


def surname_of(name: str) -> str | None:
    """The surname a Korean name starts with (compound surnames first), if any."""
    ranks = surname_ranks()
    if len(name) >= 3 and name[:2] in ranks:
        return name[:2]
    if name[:1] in ranks:
        return name[:1]
    return None


def withheld_name(word: str) -> bool:
    """The press's way of not naming a person: a surname, then 모 and/or 씨 (김모, 김모씨, 김씨는,
    서모(35)).

    >>> withheld_name("김모"), withheld_name("박모씨"), withheld_name("김씨는"), withheld_name("서모(35)")
    (True, True, True, True)
    >>> withheld_name("김모란"), withheld_name("최영모")
    (False, False)
    """
    surname = surname_of(word)
    rest = word[len(surname) :] if surname else ""
    return rest == "모" or rest.startswith(("씨", "모씨", "모("))


def looks_like_korean_name(text: str) -> bool:
    """Surname + one or two syllables; never a place, a party or an anonymous 김모.

    >>> looks_like_korean_name("최영모"), looks_like_korean_name("한국"), looks_like_korean_name("김모")
    (True, False, False)
    >>> looks_like_korean_name("김씨는"), looks_like_korean_name("박모씨"), looks_like_korean_name("김씨영")
    (False, False, False)
    """
    if not 2 <= len(text) <= 4 or not all("가" <= ch <= "힣" for ch in text):
        return False
    surname = surname_of(text)
    if surname is None or len(text) - len(surname) not in (1, 2):
        return False
    if len(text) == 2 and text in surname_ranks():
        return False  # 황보, 선우, 남궁 alone: a compound surname referring back (황보 연구위원은)
    if text in place_names() or text in titles() or text in title_modifiers() or text in government_bodies():
        return False
    if text[-1] in PLACE_LEVEL_ENDINGS and text[:-1] in place_names():
        return False  # 경남도, 양산시: a place with its level
    if text in club_words():
        return False
    if text in mourning_nouns():  # 김하늘·김하람 모친상: an obituary's relation, not a third name
        return False
    if withheld_name(text):
        return False  # 김모, 김씨는, 김모씨: the press's anonymous "Mr. X"
    return org_suffix_strength(text) not in ("body", "company", "party") and not text.endswith("당")


def is_name_word(word: Word, index: TokenIndex, known: frozenset[str] = frozenset()) -> bool:
    """A bare word (no particle) that reads as a Korean name and that Kiwi does not know as a common word.
    `known` names were already found in the article: Kiwi's reading of a name varies with context."""
    if not looks_like_korean_name(word.text):
        return False
    if word.text in known:
        return True
    toks = index.within(word.start, word.end)
    # Kiwi may read a syllable of an unknown name as an adverb (임채원 → 임 + 채/MAG + 원), but a
    # particle or verb ending at the end means the word is not a bare name.
    if not toks or toks[0].tag[:1] == "V" or _derived_common_word(toks) or _noun_and_unit(toks):
        return False
    if index.bare_end(word) != word.end and not _name_ending_like_particle(toks):
        return False
    # One token Kiwi knows as a common noun (이번, 정부, 당시) is not a name; names Kiwi
    # does not know come out as NNP, as an unknown NNG (정민재/NNG) or split into pieces (김덕 + 모).
    return not (len(toks) == 1 and toks[0].tag != "NNP" and toks[0].id >= KIWI_UNKNOWN_ID)


# One-syllable nouns for a side or a team that close a compound (상대팀, 우리측).
UNIT_NOUNS = frozenset({"팀", "측"})


def _noun_and_unit(toks: list[Token]) -> bool:
    """상대 + 팀: a common noun Kiwi knows, then a team or side, is a compound noun, not a name."""
    return (
        len(toks) == 2
        and toks[0].tag in ("NNG", "NP")
        and toks[0].id >= KIWI_UNKNOWN_ID
        and toks[0].end - toks[0].start >= 2
        and toks[1].form in UNIT_NOUNS
    )


def _derived_common_word(toks: list[Token]) -> bool:
    """연예 + 계: a common noun with a derivational suffix. After a proper noun (노/NNP + 가/XSN + 은)
    Kiwi is only splitting a name it does not know."""
    # 방 + 성/XSN + 철: a suffix with a noun after it is Kiwi splitting a name, not deriving a word;
    # so is 김/NNP + 창/NNG + 권/XSN: a one-syllable surname Kiwi reads as a proper noun, then two
    # syllables it cut into a noun and a suffix, spans a three-syllable name
    first = toks[0]
    if first.tag == "NNP" and first.end - first.start == 1 and toks[-1].end - first.start == 3:
        return False
    return any(
        t.tag[:2] == "XS"
        and i > 0
        and toks[i - 1].tag != "NNP"
        and all(u.tag[:1] in "JE" for u in toks[i + 1 :])
        for i, t in enumerate(toks)
    )


def _name_ending_like_particle(toks: list[Token]) -> bool:
    """김지은 → 김/NNP + 짓/VV + 은/ETM: a three-syllable name whose end Kiwi took for a particle or
    an ending. Only a proper-noun start that is no place qualifies (한국은 is 한국 + 은)."""
    first = toks[0]
    if first.tag != "NNP" or first.form in place_names() or toks[-1].end - first.start != 3:
        return False
    # 김 + 지은 read as a verb: the proper noun is the surname alone. A two-syllable proper noun plus
    # a particle (태양 + 과) is a word with a particle; but 정미 + 이/VCP + 란/ETM has no copula
    # written: Kiwi contracted a name's last syllable into one
    if first.end - first.start == 1:
        return True
    return len(toks) == 3 and toks[1].tag == "VCP" and toks[1].start == toks[1].end and toks[2].tag == "ETM"


def surname_rank(name: str) -> int:
    surname = surname_of(name)
    return surname_ranks().get(surname, 10_000) if surname else 10_000


# ---------------------------------------------------------------- organisations

# A body's name as found in the text, with its span: (name, start, end).
Found = tuple[str, int, int]


@lru_cache(maxsize=1 << 16)
def org_suffix_strength(name: str) -> str | None:
    """'body', 'company' or 'weak' when `name` ends in an organisation suffix after a stem."""
    bare = strip_legal(name).replace(" ", "")
    table = org_suffixes()
    if table.get(bare) == "party":  # 민주당 alone is a party, not a word ending in 당
        return "party"
    suffix = longest_suffix(bare, table, max_org_suffix_len(), min_rest=1)
    if suffix is None:
        return None
    rest = bare[: -len(suffix)]
    if table[suffix] == "company" and len(rest) == 1 and "가" <= rest <= "힣":
        return None  # 유전자, 대상사: one Hangul syllable before a company ending makes a common word
    return table[suffix]


def is_latin_acronym(text: str) -> bool:
    """KBS, SK, LG: an all-capitals Latin word is a body's name in Korean copy."""
    return 2 <= len(text) <= 6 and text.isascii() and text.isalpha() and text.isupper()


def looks_like_org(text: str) -> bool:
    """Any organisation-looking word, weak suffixes included (used next to a title)."""
    if has_legal_prefix(text) or is_latin_acronym(text):
        return True
    return org_suffix_strength(text) is not None


# ---------------------------------------------------------------- titles


@lru_cache(maxsize=65536)
@cache
def not_titles() -> frozenset[str]:
    """국정감사, 행정사무감사: words that end like a title (감사) but name no post."""
    return load_words("not_titles.txt")


@lru_cache(maxsize=1 << 16)
def parse_title(word: str) -> TitleParse | None:
    """Read a word as [organisation] + title + [particle].

    >>> parse_title("대전시디지털정책국장은")
    TitleParse(title='국장', org='대전시디지털정책국', org_len=9, stem_len=10)
    >>> parse_title("(주)누리텍대표").org
    '(주)누리텍'
    >>> parse_title("경제수석").title, parse_title("감독님은").title
    ('경제수석', '감독')
    """
    stem, _ = split_particle(word)
    for candidate in (word, stem):
        if candidate in not_titles() or candidate in club_words():
            return None
        parsed = _parse_title_stem(candidate)
        if parsed is not None:
            return parsed
    if stem.endswith(HONORIFIC) and len(stem) > len(HONORIFIC):
        return _parse_title_stem(stem[: -len(HONORIFIC)])  # 감독님: the title, the honorific left out
    return None


HONORIFIC = "님"  # 감독님, 회장님: said to or of someone by their post
MONK = "스님"  # glued to a Buddhist monk's two-syllable name (지현스님) or to a post (주지스님)


def _parse_title_stem(stem: str) -> TitleParse | None:
    table = titles()
    title = longest_suffix(stem, table, max_title_len())
    # 수사단장 is 수사단 + 단장, not 수 + 사단장: a one-syllable body is unlikely, but for a city's
    # district named by its direction (서구청장 is 서구 + 구청장)
    if title is not None and len(stem) - len(title) == 1 and HANGUL_RE.match(stem):
        district = stem[0] in DISTRICT_DIRECTIONS and table[title] == "구"
        title = title if district else longest_suffix(stem, table, len(title) - 1) or title
    if title is not None:
        prefix = stem[: -len(title)]
        if not prefix:
            return TitleParse(title, None, 0, len(stem))
        if title == MONK and len(prefix) == 2 and prefix not in table:
            return None  # 지현스님: a monk's two-syllable name before 스님, no body
        if prefix.isdigit() and table[title] != "-":
            org = prefix + table[title]  # 1사단장 → 1사단: a numbered unit
            return TitleParse(title, org, len(org) if title.startswith(table[title]) else 0, len(stem))
        if prefix[-1:].isdigit() and len(prefix) <= 4 and HANGUL_RE.match(prefix):
            return TitleParse(stem, None, 0, len(stem))  # 행정1부시장, 제2차관: a numbered title
        if prefix in title_modifiers() and not HANGUL_RE.match(prefix):
            return TitleParse(title, None, 0, len(stem))  # 前원장, 現대표: a Hanja "former/current" glued on
        if prefix in GLUED_TIME_MODIFIERS:
            return TitleParse(title, None, 0, len(stem))  # 신임원장: 신임 glued to the post, no body 신임원
        if not HANGUL_RE.search(prefix[-1:]) and not prefix.endswith(")"):
            return None
        return _fused(prefix, title, table[title], len(stem))
    return None


# The districts a metropolitan city names by direction: 동구, 서구, 남구, 북구, 중구.
DISTRICT_DIRECTIONS = frozenset("동서남북중")
# What closes a lawmaker's constituency (청주선거구, 상당지역구): a seat, no body and no name.
CONSTITUENCY_ENDINGS = ("선거구", "지역구")
# Modifiers of when a post is held that the press glues to it (신임원장, 차기회장); 상임이사 is a post.
GLUED_TIME_MODIFIERS = frozenset({"신임", "전임", "초대", "차기", "전직", "현직"})
# Government posts a foreign or field name may precede (경제조정장관, 통상차관): the whole word is the post.
FIELDED_POSTS = frozenset({"장관", "차관", "부장관", "비서관"})
# Native Korean numerals as counts (두 회사, 세 가지, 다섯 명): shared by lists, quotes and bodies.
NATIVE_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
# "…담당": an executive or official in charge of a field (모바일마케팅담당, 미래비전 담당).
SCOPE_POST = "담당"
# Civil-service posts named by their field (미래성장정책관, 대변인실 담당관): the whole word is the post.
CIVIL_SERVICE_POST = "관"


def _fused(prefix: str, title: str, unit: str, stem_len: int) -> TitleParse | None:
    """Organisation + title glued in one word: the title's unit syllable closes the body's name."""
    if unit == "부" and len(prefix) <= 2 and HANGUL_RE.match(prefix):
        # 간호부장, 편집부장: a job title of its own
        return TitleParse(prefix + title, None, 0, stem_len)
    if unit == "부" and HANGUL_RE.match(prefix):
        # 메모리사업부장, 금융통계부장: the fused title is the post (a division head is no 부장)
        return TitleParse(prefix + title, prefix + unit, len(prefix) + 1, stem_len)
    if unit == "위원회" and prefix in load_words("generic_committees.txt"):
        return TitleParse(prefix + title, None, 0, stem_len)  # 심사위원장: a committee of a task, a post
    if unit == "위원회" and len(prefix) == 2 and HANGUL_RE.match(prefix):
        # 금융위원장, 과방위원장: a two-syllable prefix is the committee's short name (금융위, 과방위)
        return TitleParse(title, prefix + "위", 0, stem_len)  # no span: 운영위 alone names no body
    if unit != "-":
        if len(strip_legal(prefix)) < 1:
            return None
        org = prefix + unit
        # 대전시장 → 대전 + 시: the unit is the title's first syllable, so 대전시 is in the word.
        org_len = len(org) if title.startswith(unit) else 0
        return TitleParse(title, org, org_len, stem_len)
    if org_suffix_strength(prefix + title) in ("body", "company"):
        return None  # 한빛연구원, 한국식품연구원: the word names a body, it is not a title
    if title == SCOPE_POST and not prefix.endswith(("은", "는", "이", "가", "을", "를", "의")):
        return TitleParse(prefix + title, None, 0, stem_len)  # 모바일마케팅담당: the post names its field
    if title.endswith(CIVIL_SERVICE_POST) and all("가" <= ch <= "힣" for ch in prefix):
        return TitleParse(prefix + title, None, 0, stem_len)  # 미래성장정책관: the post names its field
    borrows = title not in name_after_titles()  # 정보통신부 is a ministry, not 정보통신 + 신부 (a priest)
    if borrows and org_suffix_strength(prefix + title[0]) in ("body", "company"):  # 한국해운협 + 회장
        return TitleParse(title, prefix + title[0], len(prefix) + 1, stem_len)
    if prefix in place_names():
        if len(title) > 2 and org_suffix_strength(prefix + title[:2]) is not None:
            return TitleParse(title, prefix + title[:2], len(prefix) + 2, stem_len)  # 광주은행장: 광주은행
        return TitleParse(title, prefix, len(prefix), stem_len)  # 일본총리, 독일대사: the country is the body
    if looks_like_org(prefix):
        return TitleParse(title, prefix, len(prefix), stem_len)
    fielded = title in company_titles() or title in FIELDED_POSTS
    if fielded and 2 <= len(prefix) <= 4 and all("가" <= ch <= "힣" for ch in prefix):
        return TitleParse(prefix + title, None, 0, stem_len)  # 사업총괄부사장: the post's field, a post
    if len(prefix) == 2 and all("가" <= ch <= "힣" for ch in prefix):
        return TitleParse(prefix + title, None, 0, stem_len)  # 사진기자, 상임이사: a longer title
    return None


# ---------------------------------------------------------------- hits


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class PersonHit:
    """One place where the text names a person, with what it says about them."""

    name: str
    name_span: Span
    title: str | None
    organization: str | None
    org_span: Span | None  # where `organization` is written, when it is a piece of the text
    org_is_unit: bool  # the organisation is an internal department (국, 과, 팀): not listed as a body
