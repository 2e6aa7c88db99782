"""People found outside the appositives, by what is written around a name.

    대전도시공사(사장 한승우)        a body's head in parentheses
    김철수 씨, 송도현(32)씨           an honorific after a name
    이도현(한빛FC)은, 장도(35)        a parenthesis or an age glued to a name
    ▶ 인터뷰 : 김철수 / 한화 이글스 감독   a broadcast tag and its role
    한빛TV 뉴스 김도윤입니다          a broadcast sign-off
    안나 볼페르트                     a common foreign given name and the word after it

`_paren_hits`, `_honorific_hits` and `_given_name_pair_hits` are run by `names_match.match`.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.analysis import Document, Token
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    MONK,
    PLACE_LEVEL_ENDINGS,
    PersonHit,
    Span,
    TokenIndex,
    Word,
    company_brands,
    foreign_given_names,
    government_bodies,
    is_name_word,
    is_space_gap,
    looks_like_korean_name,
    looks_like_org,
    parse_title,
    particles,
    place_names,
    sports_clubs,
    surname_of,
    surname_rank,
    title_modifiers,
    titles,
)
from extractor.entities.names_bodies import CHAIR, COMMITTEE_HEAD, _body_ending_at, _chairs_task_committee
from extractor.entities.names_context import LANDMARK_ENDINGS, NO_NAME_ENDINGS
from extractor.entities.names_foreign import foreign_name_part, plain_foreign_word
from extractor.entities.names_match_shared import COMMON_KOREAN_NAME_RANK, HANGUL_RUN_RE, _is_unit_word
from extractor.lexicons import load_rows

# "대전도시공사(사장 한승우)": the body's name, then its head in parentheses.
PAREN_HEAD_RE = re.compile(
    r"""
    \(                          # the parenthesis right after the body's name
    (?:[A-Za-z가-힣]{2,8}·)?     # the body's short form first, maybe (KEI·원장 도경민)
    (?P<title>[가-힣]{1,8})      # the head's title (사장, 원장, 대표이사) or, reversed, the name
    (?:[ \t]+|[ \t]*[:：][ \t]*)  # a space between title and name, or a colon (의장:정하람)
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


# A Buddhist monk: his two-syllable dharma name, then 스님 ("지현스님은", "지현 스님이").
MONK_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{2})[ \t]?스님")

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

# A person's note: the age, maybe with the team, school or job after a dot (21·삼천리), as Korean news writes
# it after a name; a year (2021) or a count with a unit (3개) is no age.
_AGE_NOTE = re.compile(r"\(\d{1,2}(?:세)?(?:[·ㆍ,][ \t]?[^()\n]{1,15})?\)")
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

# Particles of place and direction (에서, 에, 로): after a proper noun Kiwi knows, a place.
PLACE_PARTICLES = frozenset({"JKB"})
# Particles that close a bare name as the subject, topic or object of its clause.
BARE_NAME_PARTICLES = frozenset({"JKS", "JX", "JKO", "JKG", "JKB", "JC"})


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
        if title not in titles() or not (looks_like_korean_name(name) or _head_slot_name(name)):
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


def _head_slot_name(name: str) -> bool:
    """누리협회(회장 김병원): in the head's slot a surname and two syllables are a name, though they
    end like a body (병원)."""
    surname = surname_of(name)
    return (
        len(name) == HEAD_NAME_LENGTH
        and surname is not None
        and len(surname) == 1
        and name not in place_names()
    )


HEAD_NAME_LENGTH = 3
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
    if family in titles() or given in titles() or parse_title(family) is not None:
        return False  # (이사장 노동진 수협중앙회장): a second post, fused with its body, not a family name
    korean = looks_like_korean_name(given) and surname_rank(given) < COMMON_KOREAN_NAME_RANK
    return not korean and plain_foreign_word(given) and plain_foreign_word(family)


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
        if tok.start > 0 and doc.text[tok.start - 1] in item_marks():
            continue  # △한들교와 연계한 …: a listed project or place, named bare
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
                plain_foreign_word(given)
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


@cache
def item_marks() -> frozenset[str]:
    """The marks that open a list's item anywhere in a paragraph (△, ▲, ○; list_markers.tsv): a bare
    word right after one is a task, a project or a place."""
    listed = frozenset(mark for mark, where in load_rows("list_markers.tsv", 2) if where == INLINE)
    return listed | LINK_ARROWS


INLINE = "inline"
# The arrows of related-link and promotion lines (▶한겨레가 …): what follows is a title, no name.
LINK_ARROWS = frozenset("▶▷▽▼")
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
        if k > 0 and is_space_gap(given.gap) and foreign_name_part(words[k - 1], index):
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
        if parse_title(stem) is not None or not foreign_name_part(part, index):
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
    return role_reading(text, m.start("role"), m.end("role"))


def role_reading(text: str, start: int, end: int) -> tuple[str | None, str | None, Span | None]:
    """(title, body, where the body is written) of a speaker's role written in [start, end): the last
    word when it is a post, and the words before it when they name a body."""
    words = text[start:end].split()
    if not words:
        return None, None, None
    parsed = parse_title(words[-1])
    if parsed is None or parsed.stem_len != len(words[-1]):
        return None, None, None
    if len(words) == 1:
        return parsed.title, parsed.org, None
    body_start = start
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
    # 경기 한빛소방서 현장대응단장: with the body written out, a unit fused to the post is part of the post
    post = words[-1] if parsed.org is not None else parsed.title
    return post, text[first:end], Span(first, end)


def _closed_by_particle(text: str, end: int) -> bool:
    """What is glued to the text at `end` is nothing or a particle (김철수 씨는, 도현스님이)."""
    rest = HANGUL_RUN_RE.match(text, end)
    return rest is None or not rest.group() or rest.group() in particles()


def _monk_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """지현스님은, 지현 스님이: a monk's two-syllable dharma name before 스님."""
    hits: list[PersonHit] = []
    for m in MONK_RE.finditer(doc.text):
        if not _closed_by_particle(doc.text, m.end()):
            continue
        toks = index.within(m.start("name"), m.end("name"))
        # one common noun Kiwi knows (은사스님, 주지스님) is who the monk is to someone, no name
        known_noun = len(toks) == 1 and toks[0].tag != "NNP" and toks[0].id >= KIWI_UNKNOWN_ID
        if m.group("name") in titles() or known_noun or not all(t.tag.startswith("NN") for t in toks):
            continue  # 있는 스님: a verb's form before 스님, no name
        hits.append(PersonHit(m.group("name"), Span(*m.span("name")), MONK, None, None, False))
    return hits


def _honorific_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """김철수 씨, 이도현(한빛FC)은: a name the honorific or a glued parenthesis vouches for; no title."""
    hits: list[PersonHit] = []
    for m in HONORIFIC_RE.finditer(doc.text):
        name = m.group("name")
        if looks_like_korean_name(name) and _closed_by_particle(doc.text, m.end()):
            hits.append(PersonHit(name, Span(m.start("name"), m.end("name")), None, None, None, False))
    hits.extend(_monk_hits(doc, index))
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
        toks = index.within(m.start("name"), m.end("name"))
        if not _closed_by_particle(doc.text, m.end()):
            continue
        if not looks_like_korean_name(m.group("name")) or not 1 <= len(toks) <= 2:
            continue
        # one proper noun, or a surname Kiwi split off one (장 + 혁/NNP); not a common word (이날)
        if toks[-1].tag == "NNP" or (len(toks) == 1 and toks[0].id < KIWI_UNKNOWN_ID):
            hits.append(PersonHit(m.group("name"), Span(*m.span("name")), None, None, None, False))
    for m in NAME_PAREN_RE.finditer(doc.text):
        toks = index.within(m.start("name"), m.end("name"))
        if not _closed_by_particle(doc.text, m.end()):
            continue
        if m.group("name")[-1] in PLACE_LEVEL_ENDINGS or PAREN_HEAD_RE.match(doc.text, m.end("name")):
            continue  # 진안군(군수 전상욱)은: a county and its head, not a person with a note
        aged = bool(_AGE_NOTE.match(doc.text, m.end("name")))  # 고지우(21·삼천리): Kiwi may split the name
        if (
            looks_like_korean_name(m.group("name"))
            and toks
            and (aged or toks[0].tag == "NNP")
            and len(toks) <= 2
        ):
            hits.append(
                PersonHit(m.group("name"), Span(m.start("name"), m.end("name")), None, None, None, False)
            )
    return hits
