"""The body an appositive names, and the task-committee tests organizations.py reads too.

    박민준 한빛모터스연구소 전무          the words between name and title
    더불어민주당 소속 한정민 의원          a body written before the name
    경제부총리 겸 기획재정부 장관          a second post's body
    대전도시공사(사장 한승우)              the body a parenthesis is glued to

`_organization` reads the body of one appositive (names_appositive.py asks it);
`_body_ending_at` the body that ends right before a parenthesis (names_paren_honorific.py and the
parenthesised lists of names_context.py). `is_task_committee`, `task_committee_endings` and
`descriptive_start` are re-exported by names_match for organizations.py.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from extractor.analysis import Document
from extractor.entities.court_units import court_chain_start
from extractor.entities.names import (
    CONSTITUENCY_ENDINGS,
    KIWI_UNKNOWN_ID,
    PersonHit,
    Span,
    TitleParse,
    TokenIndex,
    Word,
    club_mentions,
    company_titles,
    firm_prefixes,
    has_legal_prefix,
    is_latin_acronym,
    is_space_gap,
    looks_like_korean_name,
    looks_like_org,
    org_suffix_strength,
    parse_title,
    place_names,
    title_modifiers,
    titles,
)
from extractor.entities.names_match_shared import (
    CLOSE_PAREN_GAP_RE,
    CONCURRENT,
    FUSED_INTERNAL_UNITS,
    LIST_ETC,
    MAX_PAREN_CHARS,
    SCOPE_WORD,
    _clear_body,
    _Context,
    _is_bare_title,
    _is_unit_word,
)
from extractor.entities.org_fixtures import whole_club
from extractor.lexicons import load_words

# "소속": the body a person belongs to, written before the name (더불어민주당 소속 한정민 의원).
AFFILIATED = "소속"


# Parts of a body a fused title may name (통상지원센터장, 대전충남지역본부장): with the body written
# before the name (한국무역협회 백승호 통상지원센터장), the person's body is that body.
BODY_PARTS = ("센터", "본부", "사업단", "사무소", "연구소")


def _before_scope(middle: list[Word]) -> list[Word]:
    """The words before a post's scope: 램리서치 아시아 담당 → 램리서치."""
    for i, word in enumerate(middle):
        if word.text == SCOPE_WORD or word.text.endswith(SCOPE_WORD):
            # the scope is the word before 담당 (or glued to it): drop both
            return middle[: max(0, i - 1)] if word.text == SCOPE_WORD else middle[:i]
    return middle


def _leading_bodies(middle: list[Word], index: TokenIndex) -> list[Word]:
    """The words before a 담당 post that name a body; the field after them is no body."""
    k = 0
    while k < len(middle) and (_clear_body(middle[k].text) or _proper_body_word(middle[k], index)):
        k += 1
    return middle[:k]


# "제37대", "21대", "40대": which term of the post or what age, no part of its body (조태용 제37대
# 국정원장, 40대 박일동 서기관); "7년8개월 동안": how long he held it
TERM_OR_AGE_RE = re.compile(r"(?:제[ \t]?)?\d{1,4}[ \t]?대|\d{1,4}년(?:[ \t]?\d{1,2}개월)?|.*동안")
# Head nouns that name a kind of body when they stand alone (의회, 위원회, 협회): never one body.
BARE_HEAD_NOUNS = frozenset(
    {"의회", "위원회", "협의회", "협회", "재단", "조합", "학회", "법인", "센터", "연구소"}
)


def _post_modifier(text: str) -> bool:
    """전, 신임, 제37대: a word saying which holder of the post, no part of its body."""
    return text in title_modifiers() or TERM_OR_AGE_RE.fullmatch(text) is not None


def names_no_body(text: str) -> bool:
    """A "body" that only says which term, what age or how long (제14대, 40대, 7년8개월 동안), or
    what kind of body (의회): read where a body stands, it is none.

    >>> names_no_body("제14대"), names_no_body("7년8개월 동안"), names_no_body("의회")
    (True, True, True)
    >>> names_no_body("누리연구원")
    False
    """
    text = text.strip()
    return TERM_OR_AGE_RE.fullmatch(text) is not None or text in BARE_HEAD_NOUNS


def _organization(
    ctx: _Context, n: int, after: int, first: int, t: int, parsed: TitleParse
) -> tuple[str | None, Span | None, bool]:
    """The body a person's title belongs to: words between name and title, the fused part of the
    title word, or a body's name just before the name (한빛대 최정우 총장)."""
    doc, words = ctx.doc, ctx.words
    middle = _before_gloss([w for w in words[after:first] if not _post_modifier(w.text)])
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
        if not _clear_body(glossed.text) or glossed.text in titles():  # CTO(최고기술경영자): a post
            return None, None, False
        return glossed.text, Span(glossed.start, glossed.end), False
    if n == 0 or not is_space_gap(words[n].gap):
        return None, None, False
    if words[n - 1].text in title_modifiers():
        return None, None, False  # 당시 문재인 대통령: "then" (like 대전시, it ends in 시) is no body
    if words[n - 1].text.endswith(CONSTITUENCY_ENDINGS):
        return None, None, False  # 음성선거구 경대수 의원: the lawmaker's seat, no body
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
    if _is_bare_title(before):
        # 유진로봇의 대표이사 신경철 회장: a second post before the name; the body is the owner before it
        if body is not None and body.text.endswith(POSSESSIVE) and _clear_body(body.text[: -len(POSSESSIVE)]):
            return body.text[: -len(POSSESSIVE)], Span(body.start, body.end - len(POSSESSIVE)), False
        return None, None, False
    if looks_like_org(before.text) or _proper_body_word(before, index):
        return before.text, Span(before.start, before.end), False
    return None, None, False


POSSESSIVE = "의"
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
    if org_word is None or _COUNT.fullmatch(org_word.text):
        return None, None, False  # 비고시 2명(김도윤 부이사관, …): a count, no body (1사단 is one)
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


_COUNT = re.compile(r"[\d,]+\s?(?:명|개|곳|인|건|가구|팀|개사)")  # 2명, 3곳: how many, never a body


def _word_at_end(words: list[Word], ends: list[int], offset: int) -> Word | None:
    i = bisect.bisect_left(ends, offset)
    return words[i] if i < len(words) and ends[i] == offset else None


# A committee chair's post and its committee: 대책위원장 → 대책위원회.
CHAIR = "위원장"
COMMITTEE_HEAD = "위원회"


def _describes(word: Word, index: TokenIndex) -> bool:
    """피해자, 주민: a common noun saying whose committee it is, not a body's proper name (부산국제영화제)."""
    return not (looks_like_org(word.text) or index.has_proper_noun(word.start, word.end))


def _chairs_task_committee(title: str) -> bool:
    return title.endswith(CHAIR) and is_task_committee(title[: -len(CHAIR)] + COMMITTEE_HEAD)


def _with_possessive_body(ctx: _Context, hit: PersonHit | None) -> PersonHit | None:
    """크렘린의 드미트리 페스코프 대변인: a foreign name found without a body takes a clear body written
    in the possessive right before it, as a Korean name does (개혁신당의 허은비 대표)."""
    if hit is None or hit.organization is not None:
        return hit
    n = bisect.bisect_right(ctx.ends, hit.name_span.start)  # the word the name starts in
    if n == 0 or n >= len(ctx.words) or not ctx.words[n - 1].text.endswith(POSSESSIVE):
        return hit
    org, org_span, unit = _org_before_name(ctx.words, ctx.index, n)
    if org is None or org_span is None:
        return hit
    first = _body_start(ctx, n - 1)  # 버크셔 해서웨이의: the body's earlier words too
    if first < n - 1:
        org_span = Span(ctx.words[first].start, org_span.end)
        org = ctx.doc.text[org_span.start : org_span.end]
    return PersonHit(hit.name, hit.name_span, hit.title, org, org_span, unit)


MAX_BODY_WORDS = 3


def _body_start(ctx: _Context, last: int) -> int:
    """The first word of a body whose last word is `last`: bare nouns before it that are no title,
    modifier, number or clause opener, when a clause opens at the first of them; else `last` alone."""
    words, index = ctx.words, ctx.index
    j = last
    while j > 0 and last - j < MAX_BODY_WORDS - 1 and is_space_gap(words[j].gap):
        prev = words[j - 1]
        if (
            index.bare_end(prev) != prev.end
            or not index.is_nominal(prev)
            or prev.text[:1].isdigit()
            or prev.text in title_modifiers()
            or prev.text in load_words("clause_openers.txt")
            or parse_title(prev.text) is not None
        ):
            break
        j -= 1
    return j if _clause_opens(words, index, j) else last


POSSESSIVE = "의"
