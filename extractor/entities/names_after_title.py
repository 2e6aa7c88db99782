"""A name written after its title or descriptor: 배우 윤서하가, 투수 라이언 페레즈, 멤버 진하.

    배우 윤서하가                  a descriptor, then a Korean name
    외국인 선수 찰스 로드           a hired foreign player (the name itself from names_foreign.py)
    가수 보아는, 용병 가스파리니     a one-word stage or player's name after its descriptor
    작곡가인 제프 브로드벤트는       a descriptor in the copula's adnominal form
    한빛시장 박서준 등              a fused post, then a name closed by a list's comma or 등

`_appositive_hits` (names_appositive.py) asks these readings for each title word.
"""

from __future__ import annotations

import bisect
import re

from extractor.analysis import Document, Token
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    PersonHit,
    Span,
    TitleParse,
    TokenIndex,
    Word,
    company_brands,
    government_bodies,
    is_space_gap,
    looks_like_korean_name,
    name_after_titles,
    org_suffix_strength,
    parse_title,
    particles,
    place_names,
    split_particle,
    title_modifiers,
    titles,
)
from extractor.entities.names_context import GROUP_WORDS
from extractor.entities.names_foreign import _foreign_name_after_title
from extractor.entities.names_match_shared import (
    FUSED_INTERNAL_UNITS,
    LIST_ETC,
    NAME_LIST_GAPS,
    _Context,
    _is_bare_title,
)
from extractor.lexicons import load_words

# A descriptor's one-word name with the age glued after it: 배우 하루(26).
AGE_AFTER_RE = re.compile(r"\(\d{1,2}(?:세)?\)")


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


def _name_after_title(ctx: _Context, t: int, parsed: TitleParse, *, copula: bool = False) -> PersonHit | None:
    """배우 윤서하가: a descriptor written before the name (with `copula`, 작곡가인 제프 브로드벤트는)."""
    if t + 1 >= len(ctx.words) or not is_space_gap(ctx.words[t + 1].gap):
        return None
    if not (copula or _is_bare_title(ctx.words[t])):
        return None
    hit = None
    if parsed.title != MEMBER_TITLE:  # 멤버 하늘 소이: a group's members, each one word
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
        if not korean and not (_one_name_slot(ctx, t, parsed) and _one_name_of(parsed, name, toks)):
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


def _one_name_of(parsed: TitleParse, name: str, toks: list[Token]) -> bool:
    """A one-word name after its descriptor; after 멤버 in a group's line, also a stage name Kiwi
    knows as a common word (멤버 정국이, 멤버 하나는), unless it makes a compound (멤버 교체)."""
    if _one_name(name, toks):
        return True
    if (
        parsed.title != MEMBER_TITLE
        or not 2 <= len(name) <= MAX_STAGE_NAME
        or not all("가" <= ch <= "힣" for ch in name)
    ):
        return False
    if name in load_words("member_compound_nouns.txt") or name in place_names() or name in titles():
        return False
    return bool(toks) and not any(t.tag.startswith(("V", "E", "XS", "J")) for t in toks)


# The longest stage name taken after 멤버 when Kiwi knows the word as a common one.
MAX_STAGE_NAME = 4


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


# 그룹 누리 한별이, 걸그룹 누리 한별 측은: a group's word (names_context.GROUP_WORDS), its name,
# then one member's stage name.
GROUP_MEMBER_RE = re.compile(
    rf"""
    (?<![가-힣])(?:{"|".join(sorted(GROUP_WORDS, key=len, reverse=True))})[ \t]+   # the word for a group
    (?P<group>[가-힣A-Za-z0-9]{{2,12}})                           # the group's name
    (?:\([A-Za-z0-9][A-Za-z0-9 .&\-]{{0,19}}\))?[ \t]+           # its Latin name glossed: 티아라(T-ARA)
    (?P<word>[가-힣]{{2,7}})(?![가-힣])                           # the stage name and its particle
    """,
    re.VERBOSE,
)
SIDE_WORD = "측"


def group_member_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """그룹 누리 한별이 …, 그룹 누리 한별 측은: after a group's word and name, a word Kiwi reads as a
    proper noun or does not know, with a particle, is one member (no 멤버 written)."""
    hits: list[PersonHit] = []
    for m in GROUP_MEMBER_RE.finditer(doc.text):
        name, particle = split_particle(m.group("word"))
        side = doc.text[m.end() : m.end() + 2].strip() == SIDE_WORD
        if not (particle in particles() if particle else side):
            continue  # 그룹 누리 한별 …: the word may be the group's longer name or a noun; needs a particle
        if (
            name in not_names
            or name == m.group("group")
            or not _proper_word(index, m.start("group"), m.end("group"))
        ):
            continue  # 그룹 계열사인 쌍방울이: a business group's affiliate, no music group's name
        start = m.start("word")
        toks = index.within(start, start + len(name))
        if _one_name(name, toks) or _split_stage_name(name, toks):
            span = Span(start, start + len(name))
            org_span = Span(m.start("group"), m.end("group"))
            hits.append(PersonHit(name, span, None, m.group("group"), org_span, False))
    return hits


def _split_stage_name(name: str, toks: list[Token]) -> bool:
    """걸그룹 티아라 효민이 → 효/NNG + 민/NNG: a stage name Kiwi does not know, cut into one-syllable
    nouns; a compound of a word and a noun (데뷔 + 곡) has a longer piece."""
    if not 2 <= len(name) <= 3 or len(toks) != len(name) or name in place_names() or name in titles():
        return False
    return all(t.tag in ("NNG", "NNP") and t.end - t.start == 1 for t in toks)


def _proper_word(index: TokenIndex, start: int, end: int) -> bool:
    """Kiwi reads the word as proper nouns, Latin letters or words it does not know (no 계열사인)."""
    toks = index.within(start, end)
    return bool(toks) and all(t.tag in ("NNP", "SL", "SN") or t.id < KIWI_UNKNOWN_ID for t in toks)
