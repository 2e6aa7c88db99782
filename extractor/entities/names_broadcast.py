"""People named by broadcast layout rather than by a sentence (issue 14).

    [홍길동/한빛시 주민 : …]            a sound bite's tag names who speaks
    ◀INT▶ 홍길동 / 주민                 an interview tag line, the words on the next line
    [홍길동/한빛대 교수]"…"              a bracketed tag right before the quotation
    [홍길동/한빛대 교수 : "…"]           a bracketed tag whose words open with a quotation mark
    <인터뷰> 홍길동(회사원) : "…"          a tag, the name with what they are in parentheses, a colon
    (영상취재 : 홍길동·김하늘, 영상편집 : 박누리)   production credits: each name with its role

A one-name foreign interviewee (호르스트) is accepted only in such a tag, where nothing but a name
can stand; elsewhere a lone proper noun needs more context (names_context.py).
"""

from __future__ import annotations

import re
from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    PersonHit,
    Span,
    TitleParse,
    TokenIndex,
    company_brands,
    government_bodies,
    looks_like_korean_name,
    parse_title,
    place_names,
    title_modifiers,
    titles,
)
from extractor.entities.names_paren_honorific import role_reading
from extractor.lexicons import load_words
from extractor.speech.soundbites import TAG_PATTERN, TAG_SPEAKER, find_soundbites

# ◀INT▶ 홍길동 / 주민, <인터뷰> 홍길동: a tag line naming the speaker (the title after a slash, if any).
_TAG_NAME_LINE = re.compile(
    rf"""
    ^{TAG_PATTERN}
    (?P<name>[가-힣]{{2,6}}(?:[ \t][가-힣]{{2,6}})?)   # who speaks: 김순덕, 비키 바흐
    [ \t]*(?:/[^\n"“”]{{0,40}})?                        # the title or place after a slash
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
# [홍길동/한빛대 교수]"…": a bracketed tag closing right before a quotation mark or a line break.
_BRACKET_BEFORE_QUOTE = re.compile(
    r"""
    \[[ \t]*
    (?P<name>[가-힣]{2,6}(?:[ \t][가-힣]{2,6})?)   # who speaks
    [ \t]*/[^\]\n:：]{1,40}\]                      # the title or place, the closing bracket
    [ \t]*(?=["“″\n])                              # the quotation (or its line) follows
    """,
    re.VERBOSE,
)
# [홍길동/한빛대 교수 : "…"]: a bracketed tag whose words, after the colon, open with a quotation mark
# (the sound-bite reader leaves such bites to the mark-pairing pass, so it names nobody).
_BRACKET_COLON_QUOTE = re.compile(
    r"""
    \[[ \t]*
    (?P<name>[가-힣]{2,6}(?:[ \t][가-힣]{2,6})?)   # who speaks
    [ \t]*/[^\]\n:：]{1,40}                      # the title or place after the slash
    [:：][ \t]*["“″]                             # the colon, then the quotation
    """,
    re.VERBOSE,
)
# <인터뷰> 홍길동(회사원) : "…": a tag, the name with what they are (or their age) in parentheses, a colon.
_TAG_NAME_PAREN = re.compile(
    rf"""
    ^{TAG_PATTERN}
    (?P<name>[가-힣]{{2,6}}(?:[ \t][가-힣]{{2,6}})?)   # who speaks
    \([^()\n]{{1,40}}\)                                # what they are, or their age
    [ \t]*[:：]                                         # the colon before the words
    """,
    re.VERBOSE | re.MULTILINE,
)
# ◀INT▶ - 홍길동 김하늘(한빛시), <인터뷰> 홍길동, 김하늘: a tag line naming several interviewees.
_TAG_NAME_RUN = re.compile(
    rf"""
    ^{TAG_PATTERN}
    (?P<names>[가-힣]{{2,4}}(?:[ \t]*[,·][ \t]*|[ \t]+)[가-힣]{{2,4}}   # two names
      (?:(?:[ \t]*[,·][ \t]*|[ \t]+)[가-힣]{{2,4}}){{0,4}})          # maybe a few more
    [ \t]*(?:\([^()\n]{{1,30}}\))?                                     # where they live
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
# Separators between the names of one credit: "홍길동·김하늘", "홍길동, 김하늘", "홍길동 김하늘".
_CREDIT_NAME = re.compile(
    r"[ \t]*(?P<name>[가-힣]{2,4})(?![가-힣])(?:[ \t]*(?:VJ|PD))?[ \t]*(?P<sep>[·ㆍ,]?)"
)


@cache
def _credit_start() -> re.Pattern[str]:
    roles = sorted(load_words("reporter_credit_roles.txt"), key=len, reverse=True)
    return re.compile(
        rf"""
        (?<![가-힣A-Za-z])
        (?P<role>{"|".join(re.escape(r) for r in roles)})   # 영상취재, 영상편집, 촬영기자 …
        [ \t]*[:：][ \t]*                                    # its colon
        """,
        re.VERBOSE,
    )


def broadcast_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """Interviewees named by a broadcast tag, and production staff named by a credit."""
    hits: list[PersonHit] = []
    spans = [b.name for b in find_soundbites(doc.text) if b.name is not None]
    spans += [m.span("name") for m in _TAG_NAME_LINE.finditer(doc.text)]
    spans += [m.span("name") for m in _BRACKET_BEFORE_QUOTE.finditer(doc.text)]
    spans += [m.span("name") for m in _BRACKET_COLON_QUOTE.finditer(doc.text)]
    spans += [m.span("name") for m in _TAG_NAME_PAREN.finditer(doc.text)]
    for start, end in dict.fromkeys(spans):
        raw = doc.text[start:end]
        name = raw.strip()
        start += len(raw) - len(raw.lstrip())
        if _is_tag_name(doc, index, name, start):
            paren = _paren_role(doc.text, start + len(name))
            if paren is not None:  # <인터뷰> 김도윤(중사/육군 37사단) : "…"
                post, org_span = paren
                org = doc.text[org_span.start : org_span.end] if org_span else None
                hits.append(PersonHit(name, Span(start, start + len(name)), post, org, org_span, False))
                continue
            title = _tag_title(doc.text, start + len(name))
            hits.append(PersonHit(name, Span(start, start + len(name)), title, None, None, False))
    hits += _name_run_hits(doc, index, set(spans))
    return hits + _tag_speaker_hits(doc, index, set(spans)) + credit_hits(doc) + paren_credit_hits(doc)


def _name_run_hits(doc: Document, index: TokenIndex, seen: set[tuple[int, int]]) -> list[PersonHit]:
    """Each interviewee of a tag line listing several, when every word of the list reads as a
    Korean name (two words that do not are one foreign name, read by the patterns above)."""
    hits: list[PersonHit] = []
    for m in _TAG_NAME_RUN.finditer(doc.text):
        names = list(re.finditer(r"[가-힣]+", m.group("names")))
        if not all(looks_like_korean_name(w.group()) for w in names):
            continue
        for w in names:
            start = m.start("names") + w.start()
            span = (start, start + len(w.group()))
            if span not in seen and _is_tag_name(doc, index, w.group(), start):
                hits.append(PersonHit(w.group(), Span(*span), None, None, None, False))
    return hits


_ROLE_EDGE = " \t\n,/*"  # what may stand around a tag's role: its separator, asterisks


def _tag_speaker_hits(doc: Document, index: TokenIndex, seen: set[tuple[int, int]]) -> list[PersonHit]:
    """◀INT▶ 서정란 농민, [인터뷰:이갑희, 한빛소방서 대장] before a marked bite: the name, with the
    role's last word as the title when it reads as one."""
    hits: list[PersonHit] = []
    for m in TAG_SPEAKER.finditer(doc.text):
        start, end = m.span("name")
        if (start, end) in seen or not _is_tag_name(doc, index, m["name"], start):
            continue
        role_start, role_end = m.span("role") if m["role"] else (end, end)
        while role_start < role_end and doc.text[role_start] in _ROLE_EDGE:
            role_start += 1  # ", 한빛소방서 대장", "*농민*": the separator or marks around the role
        while role_end > role_start and doc.text[role_end - 1] in _ROLE_EDGE:
            role_end -= 1
        title, org, org_span = role_reading(doc.text, role_start, role_end)
        hits.append(PersonHit(m["name"], Span(start, end), title, org, org_span, False))
    return hits


# What a tag says after the speaker's slash, up to the colon, dash, bracket or quotation mark that
# ends it: "/ 당시 미국 백악관 국가안보보좌관 (2017년 11월) :".
_TAG_ROLE = re.compile(r"[ \t]*/[ \t]*(?P<role>[^\n:：\]\-–—\"“”″]{1,60})")
# A date or time the newsroom adds after the role, "(2017년 11월)", "(지난 15일)": not part of the title.
_TAG_ROLE_NOTE = re.compile(r"[ \t]*\([^()\n]{1,20}\)[ \t]*$")


# (중사/육군 37사단), (한빛시청 주무관): what a tagged speaker is, in the parenthesis glued to the name.
_PAREN_ROLE = re.compile(r"\((?P<role>[^()\n:：]{1,40})\)")


def _paren_role(text: str, name_end: int) -> tuple[str, Span | None] | None:
    """The post and the body the parenthesis after a tag's name gives, when one part is a post:
    "(중사/육군 37사단)" → 중사 and 육군 37사단; None when no part reads as a post (a job, an age)."""
    m = _PAREN_ROLE.match(text, name_end)
    if m is None:
        return None
    title: str | None = None
    body: Span | None = None
    at = m.start("role")
    for part in m["role"].split("/"):
        stripped = part.strip()
        start = at + part.find(stripped) if stripped else at
        parsed = parse_title(stripped) if stripped else None
        if title is None and parsed is not None and parsed.stem_len == len(stripped) and parsed.org is None:
            title = stripped
        elif stripped and body is None:
            body = Span(start, start + len(stripped))
        at += len(part) + 1
    return (title, body) if title is not None else None


def _tag_title(text: str, name_end: int) -> str | None:
    """The post a tag gives its speaker: the role's last word when it reads as a title (국무장관 from
    "/ 당시 미 국무장관(2018년 6월)"); none when the role ends otherwise (/ 대통령 집무실 인근 상인)."""
    m = _TAG_ROLE.match(text, name_end)
    if m is None:
        return None
    parsed = _post_word(_TAG_ROLE_NOTE.sub("", m.group("role")).split())
    return parsed.title if parsed is not None else None


def _post_word(words: list[str]) -> TitleParse | None:
    """The role's last word read as a post, when all of it is one (국무장관, 현장대응단장)."""
    parsed = parse_title(words[-1]) if words else None
    return parsed if parsed is not None and parsed.stem_len == len(words[-1]) else None


def credit_hits(doc: Document) -> list[PersonHit]:
    """(영상취재 : 홍길동·김하늘, 영상편집 : 박누리): each credited name, with its role as title."""
    hits: list[PersonHit] = []
    for m in _credit_start().finditer(doc.text):
        at = m.end()
        while True:
            name = _CREDIT_NAME.match(doc.text, at)
            if name is None or not _credited_name(name.group("name")):
                break
            hits.append(
                PersonHit(name.group("name"), Span(*name.span("name")), m.group("role"), None, None, False)
            )
            at = name.end()
            if not name.group("sep") and not doc.text.startswith((" ", "\t"), name.end("name")):
                break  # no separator and no space: the credit ends (…박누리)
    return hits


# "(극본 한지오, 연출 마도윤)": credits in parentheses, each a role and its names, without a colon.
_PAREN_CREDITS = re.compile(r"\((?P<credits>[가-힣][^()\n:：]{3,60})\)")
_PAREN_CREDIT = re.compile(
    r"""
    [ \t]*(?P<role>[가-힣]{2,4})[ \t]+                          # the role: 극본, 연출
    (?P<names>[가-힣]{2,4}(?:[ \t]*[·ㆍ][ \t]*[가-힣]{2,4})*)   # its names, by middle dots
    [ \t]*
    """,
    re.VERBOSE,
)


def paren_credit_hits(doc: Document) -> list[PersonHit]:
    """(극본 한지오, 연출 마도윤): when every part of the parenthesis is a credit role and names."""
    hits: list[PersonHit] = []
    for m in _PAREN_CREDITS.finditer(doc.text):
        hits.extend(_credits_in(m.group("credits"), m.start("credits")))
    return hits


def _credits_in(credits: str, at: int) -> list[PersonHit]:
    """Each credited name of "극본 한지오, 연출 마도윤" or "연출 마도윤 극본 한지오" (starting at `at`),
    or none unless the whole parenthesis parses as credits."""
    found: list[PersonHit] = []
    roles = load_words("reporter_credit_roles.txt")
    pos = 0
    while pos < len(credits):
        credit = _PAREN_CREDIT.match(credits, pos)
        if credit is None or credit.group("role") not in roles:
            return []
        for name in re.finditer(r"[가-힣]+", credit.group("names")):
            if not _credited_name(name.group()):
                return []
            start = at + credit.start("names") + name.start()
            span = Span(start, start + len(name.group()))
            found.append(PersonHit(name.group(), span, credit.group("role"), None, None, False))
        pos = credit.end()
        if credits.startswith(",", pos):
            pos += 1  # 극본 한지오, 연출 …: a comma between credits, or only a space
    return found


def _credited_name(word: str) -> bool:
    return looks_like_korean_name(word) and word not in load_words("reporter_credit_roles.txt")


def _is_tag_name(doc: Document, index: TokenIndex, name: str, start: int) -> bool:
    """A tag's speaker is a person when it reads as a name, not a role, a place or a body."""
    words = name.split()
    anonymous = load_words("speech_anonymous_nouns.txt")
    for word in words:
        if word in titles() or word in title_modifiers() or word in anonymous or word in place_names():
            return False
        if word in government_bodies() or word in company_brands() or parse_title(word) is not None:
            return False
    toks = index.within(start, start + len(name))
    if len(toks) == 1 and toks[0].tag != "NNP" and toks[0].id >= KIWI_UNKNOWN_ID:
        return False  # 목격자: a common word Kiwi knows, though it opens with a surname
    if len(words) == 1 and looks_like_korean_name(name):
        return True
    # one word per token, each a proper noun or a word Kiwi does not know (호르스트, 비키 바흐), or
    # one proper noun Kiwi knows written in two words (울프 블리처)
    if len(toks) == 1 and len(words) == 2:
        return toks[0].tag == "NNP" and (toks[0].start, toks[0].end) == (start, start + len(name))
    return len(toks) == len(words) and all(t.tag == "NNP" or t.id < KIWI_UNKNOWN_ID for t in toks)
