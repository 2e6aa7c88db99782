"""Appositives: a person's name next to a title word, with the body between or around them.

    박민준 한빛모터스연구소 전무          name, organisation, title
    정태호 대전광역시장 / 윤성호 보성군수   name, fused organisation + title
    한빛대 최정우 총장                     organisation, name, title

`_appositive_hits` walks the words once, reading a name before the title here
(`_name_before_title`) or after it (names_after_title.py), names listed with it and a second
title. The body comes from names_bodies.py, foreign names from names_foreign.py;
`names_match.match` runs the pass.
"""

from __future__ import annotations

import bisect
import re

from extractor.analysis import Document
from extractor.entities.names import (
    COMMON_SURNAME_RANK,
    PLACE_LEVEL_ENDINGS,
    PersonHit,
    Span,
    TitleParse,
    TokenIndex,
    Word,
    is_slash_gap,
    is_space_gap,
    looks_like_korean_name,
    looks_like_org,
    name_after_titles,
    parse_title,
    place_names,
    split_particle,
    surname_rank,
    title_modifiers,
    titles,
)
from extractor.entities.names_after_title import (
    COPULA_ADNOMINAL,
    ONE_NAME_TITLES,
    _listed_name_after_fused_title,
    _name_after_copula_descriptor,
    _name_after_title,
)
from extractor.entities.names_bodies import (
    _body_in_name_paren,
    _body_in_paren_after,
    _clause_opens,
    _concurrent_post_body,
    _organization,
    _with_possessive_body,
)
from extractor.entities.names_context import NO_NAME_ENDINGS
from extractor.entities.names_foreign import (
    _family_before_glossed_name,
    _family_name_after,
    _family_name_before,
    _foreign_glossed_name,
    _foreign_name_before_title,
    _foreign_pair_before_country,
    _given_name_before,
    _joined_by_particle,
    _pair_written_as_name,
    _two_part_foreign,
    glossed_name,
)
from extractor.entities.names_match_shared import (
    CLOSE_PAREN_GAP_RE,
    COMMON_KOREAN_NAME_RANK,
    CONCURRENT,
    INTERNAL_UNITS,
    LIST_ETC,
    MAX_PAREN_CHARS,
    NAME_LIST_GAPS,
    SCOPE_WORD,
    _clear_body,
    _Context,
    _is_bare_title,
    _is_title_and,
    _is_unit_word,
    _is_university,
)
from extractor.entities.names_paren_honorific import SIGN_OFF_TITLE

# The most words that may stand between a name and its title (박민준 누리모터스 연구개발본부 전무).
MAX_MIDDLE_WORDS = 3
REPORTER = SIGN_OFF_TITLE


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
            if word.text.endswith(COPULA_ADNOMINAL):
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
            joined = _joined_names(ctx, hit)
            if joined and hit.organization is None:
                hit, joined = _body_before_list(ctx, hit, joined)
            hits.append(hit)
            hits.extend(joined)
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


def _body_before_list(
    ctx: _Context, hit: PersonHit, joined: list[PersonHit]
) -> tuple[PersonHit, list[PersonHit]]:
    """천안시의회 김가람, 박나래, 이다온 의원: the body written before the list's first name is the
    body of everyone in it, as it is of a single name (천안시의회 김가람 의원)."""
    first = joined[-1].name_span.start
    i = bisect.bisect_left(ctx.ends, first)
    if i < 1 or ctx.words[i].start != first or not is_space_gap(ctx.words[i].gap):
        return hit, joined
    body = ctx.words[i - 1]
    if not _clear_body(body.text) or body.text in ctx.not_names:
        return hit, joined
    span = Span(body.start, body.end)
    with_body = [PersonHit(h.name, h.name_span, h.title, body.text, span, False) for h in (hit, *joined)]
    return with_body[0], with_body[1:]


def _names_listed_after(ctx: _Context, hit: PersonHit) -> list[PersonHit]:
    """배우 윤서하, 한지오, 마도윤이: names listed after the first one share its descriptor, up to
    the first name that carries a particle (the list's last)."""
    out: list[PersonHit] = []
    i = bisect.bisect_left(ctx.ends, hit.name_span.end) + 1
    while i < len(ctx.words) and (ctx.words[i].gap in NAME_LIST_GAPS or _spaced_name(ctx, i)):
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


def _spaced_name(ctx: _Context, i: int) -> bool:
    """주연배우 김하늘 서나래 백하람이: a cast listed with spaces alone; each word a three-syllable
    name with a common surname, after a bare name (the particle of the last one closes the list)."""
    word, before = ctx.words[i], ctx.words[i - 1]
    if not is_space_gap(word.gap) or ctx.index.bare_end(before) != before.end:
        return False
    stem = split_particle(word.text)[0]
    return len(stem) == 3 and surname_rank(stem) < COMMON_KOREAN_NAME_RANK and looks_like_korean_name(stem)


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
    spaced = first == t and t > 0 and is_space_gap(words[t].gap)
    if spaced and _spaced_title(words[t - 1].text, words[t].text):
        first -= 1  # 중국 국가 주석: one title (국가주석) written in two words, not a body 중국 국가
    return first


def _spaced_title(before: str, word: str) -> bool:
    """The word before a title and the title make one title of the lexicon (국가 + 주석 = 국가주석)."""
    stem, _ = split_particle(word)
    parsed = parse_title(word)
    return parsed is not None and parsed.org is None and f"{before}{stem}" in titles()


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
            glossed = glossed_name(ctx, owner)
        elif not (is_space_gap(gap) or name_only):
            break
        is_name = words[j].text not in ctx.not_names and (
            ctx.is_name(words[j])
            or (j == first - 1 and _strong_slot_name(words, index, j, parsed))
            or (j < first - 1 and _word_name_before_body(ctx, j, first))  # 이재민 서울대 교수는
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
        return _with_possessive_body(ctx, _foreign_name_before_title(ctx.doc, words, index, first, t, parsed))
    n, after = _best_name(words, candidates)
    if (
        surname_rank(words[n].text) >= COMMON_SURNAME_RANK
        or _two_part_foreign(words, index, n, first)
        or _foreign_pair_before_country(ctx, n, first, t, parsed)
        or (n >= 2 and _joined_by_particle(words, index, [n - 2, n - 1, n]))  # 헤난 달 조토 감독
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
            return _with_possessive_body(ctx, foreign)
        if foreign is not None and closes:  # the body read as for any name: 통상담당 is a scope
            org, org_span, unit = _organization(ctx, n, after, first, t, parsed)
            if org_span is not None and org_span.overlaps(foreign.name_span):
                org, org_span, unit = None, None, False  # 파비앙 도라믹 대변인: the given name is no body
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


def _common_three_syllable_name(text: str) -> bool:
    """A Korean-looking word of three syllables whose surname is one of the commonest."""
    return len(text) == 3 and looks_like_korean_name(text) and surname_rank(text) < COMMON_KOREAN_NAME_RANK


def _strong_slot_name(words: list[Word], index: TokenIndex, j: int, parsed: TitleParse) -> bool:
    """브리핑에는 정해진 한빛시농정국장과: a three-syllable word with a common surname that Kiwi reads as a
    common word (정해진 "fixed") is still a name when it opens its phrase right before a department's
    title fused to a local government. After a modifier (새로 정해진 …) it stays the word."""
    word = words[j]
    if not _common_three_syllable_name(word.text):
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


def _word_name_before_body(ctx: _Context, j: int, first: int) -> bool:
    """이재민 서울대 법학전문대학원 교수는: a three-syllable word with a common surname that Kiwi knows
    as a common word (이재민 "disaster victims") is a name when it opens its phrase right before a
    body that can only be one (a school, a company, a ministry) and that body's title. A common
    noun does not stand bare before "body + title" at a phrase's start; modifiers that do (최연소,
    신임) are title modifiers, which never look like names."""
    words, index = ctx.words, ctx.index
    word = words[j]
    if not _common_three_syllable_name(word.text):
        return False
    # bare, whatever pieces Kiwi cut it into (이재민/NNG, or 이/MM + 재미/NNG + ㄴ/JX): not 이들은 or
    # 정부가, a word and its particle, and no verb's form
    if word.text[-1] in NAME_FINAL_PARTICLES:
        return False
    if any(t.tag[:1] in ("V", "E") or t.tag in ("XSV", "XSA") for t in index.within(word.start, word.end)):
        return False
    if word.text[-1] == NATIONALITY_END and word.text[:2] in place_names():
        return False  # 한국인 서울대 교수: a nationality, no name
    body = words[j + 1]
    if body.text not in ctx.not_names and not _clear_body(body.text) and not _is_university(body.text):
        return False
    return _clause_opens(words, index, j)  # at a line start, after punctuation, a particle or an ending


# One-syllable particles that may close a word read as a name (이들은, 정부가): such a word is no
# bare name, though a few names end in these syllables too (김지은).
NAME_FINAL_PARTICLES = frozenset("은는이가을를의도에와과")
# The syllable that makes a country a nationality (한국인, 미국인).
NATIONALITY_END = "인"


def _reads_as_noun_and_bound_noun(word: Word, index: TokenIndex) -> bool:
    """지지시 → 지지/NNG + 시/NNB: a common noun and a bound noun (시 "when", 간 "during"), where a name
    would start with a surname Kiwi tags as a proper noun."""
    toks = index.within(word.start, word.end)
    return len(toks) >= 2 and toks[0].tag == "NNG" and any(t.tag == "NNB" for t in toks[1:])


def _title_text(ctx: _Context, first: int, t: int, parsed: TitleParse) -> str:
    """The title as written, across words when it takes more than one (대통령 당선인, 대표이사 부회장)."""
    if first < t:
        return ctx.doc.text[ctx.words[first].start : ctx.words[t].start + parsed.stem_len]
    return parsed.title


def _paren_owner(ctx: _Context, k: int) -> int | None:
    """The word a parenthesis closing just before word `k` is glued to: 오준혁 in 오준혁(53·30기)."""
    close = ctx.words[k].start - len(ctx.words[k].gap)
    open_at = ctx.doc.text.rfind("(", max(0, close - MAX_PAREN_CHARS), close)
    if open_at <= 0 or ")" in ctx.doc.text[open_at:close]:
        return None
    i = bisect.bisect_left(ctx.ends, open_at)
    return i if i < len(ctx.words) and ctx.ends[i] == open_at else None


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
