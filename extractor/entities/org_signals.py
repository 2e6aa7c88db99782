"""Bodies read from what the article says they do, though their names carry no body's suffix.

    영국 언론 한빛선이 보도했다 / 일간 누리포스트는     an outlet: a press noun before it, or it reports
    누리포스트 등 현지 언론들은                          an outlet listed with "the press"
    다온F&B가 3분기 연결기준으로 매출 …                 a company: the subject of an earnings disclosure

Each function returns (name, start, end) triples. `names_match` keeps them out of people's names
(더선이 보도했다 names no one) and `organizations.py` turns them into candidates.
"""

from __future__ import annotations

import re
import weakref
from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    Found,
    looks_like_korean_name,
    place_names,
    pronouns,
    titles,
)
from extractor.entities.org_context import particles_only
from extractor.lexicons import first_char_guard, load_words
from extractor.speech.grammar import group_nouns, org_referents

# A name a role can be read from: Hangul, Latin, digits and the & of firms (다온F&B), 2–12 characters.
NAME = r"[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?"

# "영국 언론 한빛선이", "일간 누리포스트는": a noun for the press right before the outlet's name.
PRESS_NOUN_RE = re.compile(
    rf"""
    {first_char_guard(load_words("press_nouns.txt"))}(?<![가-힣0-9A-Za-z])
    (?:{"|".join(sorted(load_words("press_nouns.txt"), key=len, reverse=True))})
    [ \t]+(?P<name>{NAME})                  # the outlet
    (?:은|는|이|가|도|의|와|과|에)?(?=[ \t,.])  # its particle, then a break
    """,
    re.VERBOSE,
)

# "한빛선은 25일(현지시간) 보도했다", "한빛선은 "…"고 보도했다": the subject of the verb "report".
# Quotations are blanked first, so a quoted clause is one word; what may stand between the subject
# and the verb is a time, an edition, or that blanked quotation with its 고.
REPORTER_RE = re.compile(
    r"""
    (?:^|(?<=[ \t\n.,]))(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)
    (?:은|는|이|가)[ \t]+
    (?:(?:[0-9]{1,2}일(?:\(현지시간\))?|이날|지난|최근|인터넷판|온라인판|인터넷판에서|온라인판에서
       |□+(?:라고|고)|□+이라고)[ \t]+){0,3}
    보도(?:했|한|하|해)
    """,
    re.VERBOSE,
)

# "르누리 등 프랑스 언론들은": outlets listed before a noun for the press.
LISTED_PRESS_RE = re.compile(
    rf"""
    (?:^|(?<=[ \t\n.,]))(?P<name>{NAME})
    [ \t]+등[ \t]+(?:[가-힣]{{1,6}}[ \t]+)?
    (?:언론|외신|신문|매체|방송)(?:들|사)?(?:은|는|이|가|도)
    """,
    re.VERBOSE,
)

# "다온F&B가 2021년 3분기 연결기준으로 매출 …": the subject opening an earnings sentence.
EARNINGS_RE = re.compile(
    rf"""
    (?:^|(?<=[\n.]))[ \t]*(?P<name>{NAME})(?:은|는|이|가)[ \t]+
    [^.\n]{{0,40}}?
    (?:연결기준|별도기준|연결\ 기준|별도\ 기준|잠정실적|잠정\ 실적)
    """,
    re.VERBOSE,
)

# "KAIST에서 석사 학위를 받았다", "MIT를 졸업하고": Latin initials where a degree was taken name a school.
SCHOOL_RE = re.compile(
    r"""
    (?<![A-Za-z가-힣])(?P<name>[A-Z]{2,6})     # the school's initials
    (?:에서|을|를)[ 	]+                       # where, or what was finished
    [^.
]{0,16}?(?:석사|박사|학사|학위|졸업|수료)  # the degree or the graduation
    """,
    re.VERBOSE,
)

# Quotation marks whose insides are blanked before looking for the reporting verb's subject.
QUOTED_RE = re.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”')


_last_reported: tuple[weakref.ref[Document], list[Found]] | None = None


def reported_bodies(doc: Document) -> list[Found]:
    """Outlets and companies the article names by what they do (computed once per document: the
    people and the organisation passes both ask)."""
    global _last_reported
    if _last_reported is not None and _last_reported[0]() is doc:
        return list(_last_reported[1])
    found = _reported_bodies(doc)
    _last_reported = (weakref.ref(doc), found)
    return list(found)


# Words each pattern below needs (a necessary condition, tested with a fast substring search):
# without one of them in the text, the pattern, which tries a match at nearly every position,
# cannot match.
REPORTER_NEEDS = ("보도",)
LISTED_PRESS_NEEDS = ("등",)
EARNINGS_NEEDS = ("기준", "실적")
SCHOOL_NEEDS = ("석사", "박사", "학사", "학위", "졸업", "수료")


def _reported_bodies(doc: Document) -> list[Found]:
    text = doc.text
    found: list[Found] = []
    for pattern, needs in (
        (PRESS_NOUN_RE, ()),
        (REPORTER_RE, REPORTER_NEEDS),
        (LISTED_PRESS_RE, LISTED_PRESS_NEEDS),
        (EARNINGS_RE, EARNINGS_NEEDS),
        (SCHOOL_RE, SCHOOL_NEEDS),
    ):
        if needs and not any(word in text for word in needs):
            continue
        source = QUOTED_RE.sub(lambda m: "□" * len(m.group()), text) if pattern is REPORTER_RE else text
        for m in pattern.finditer(source):
            start, end = m.start("name"), m.end("name")
            if proper_name(doc, m.group("name"), start, end):
                found.append((m.group("name"), start, end))
    return found


def proper_name(doc: Document, name: str, start: int, end: int) -> bool:
    """A name, not a common word: never a person's name, a title, a place, a pronoun or the press in
    general, and not only common nouns Kiwi's dictionary holds (보도, 회사, 매출). An unknown name may
    be misread in any way (다온 → 다/MAG 오/VV), so no other reading is required."""
    if name in titles() or name in place_names() or name in pronouns() or looks_like_korean_name(name):
        return False
    if name in load_words("common_acronyms.txt"):
        return False  # AI를 전공해 석사: a field, no school
    if name in load_words("press_nouns.txt") or name in generic_bodies():
        return False  # 언론은, 외신이, 회사는: the press or a body in general
    toks = doc.tokens_between(start, end)
    if not toks or toks[0].start != start or toks[-1].tag[:1] in ("J", "E"):
        return False  # 발표문에서: a common word and its particle
    return not all(t.tag in ("NNG", "NNB", "SN") and t.id >= KIWI_UNKNOWN_ID for t in toks)


@cache
def generic_bodies() -> frozenset[str]:
    """Nouns that stand for a body without naming it (정부, 회사, 구단)."""
    return frozenset(org_referents()) | group_nouns()


# How an institute's head noun is cut in the press's short form (한국화학연구원 → 화학연).
SHORT_HEADS = (("연구원", "연"), ("연구소", "연"))
# National prefixes a short form drops (한국화학연구원 → 화학연, 국립수산과학원 → 수과원).
NATIONAL_PREFIXES = ("한국", "국립", "국가", "대한")
# A word ending in an institute's head noun, written in full.
INSTITUTE_RE = re.compile(r"(?<![가-힣])(?P<full>[가-힣]{2,12}(?:연구원|연구소))(?![가-힣]{2})")


def institute_short_forms(text: str) -> list[tuple[str, str, int, int]]:
    """(full name, short form, start, end) of each place the article writes an institute it named in
    full by the press's short form: 화학연 for 한국화학연구원, 항우연 for 한국항공우주연구원. The
    short form keeps the name's first syllables after a national prefix, in order, and cuts the head
    to its first syllable."""
    out: list[tuple[str, str, int, int]] = []
    fulls = dict.fromkeys(m.group("full") for m in INSTITUTE_RE.finditer(text))
    for full in fulls:
        head, cut = next((h, c) for h, c in SHORT_HEADS if full.endswith(h))
        stem = full[: -len(head)]
        for prefix in NATIONAL_PREFIXES:
            stem = stem.removeprefix(prefix) if len(stem) > len(prefix) + 1 else stem
        if len(stem) < 2:
            continue
        pattern = re.compile(
            rf"(?<![가-힣]){re.escape(stem[0])}[가-힣]{{1,3}}?{cut}(?=[ \t,.)]|[은는이가을를의에과와도])"
        )
        for m in pattern.finditer(text):
            rest = m.group()[: -len(cut)]
            if m.group() != full and _in_order(rest, stem):
                out.append((full, m.group(), m.start(), m.end()))
    return out


def _in_order(short: str, full: str) -> bool:
    """Every syllable of `short` appears in `full`, in order."""
    it = iter(full)
    return all(ch in it for ch in short)


@cache
def _task_force_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(load_words("task_force_heads.txt"), key=len, reverse=True))
    # 비상계엄 특별수사단이, 정부합동수사본부는, 국가재정범죄합동수사단(단장 …): the field may be glued before
    return re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣]{{0,8}}?(?:{heads}))")


def task_forces(text: str) -> list[Found]:
    """특별수사단, 합동수사본부, 국가수사본부: an investigation task force is a body, though its
    words are common nouns; its head (국가수사본부장) is a title, not the body's name."""
    found: list[Found] = []
    for m in _task_force_re().finditer(text):
        end = m.end("name")
        rest = re.match(r"[가-힣]*", text[end:])
        if rest is not None and not particles_only(rest.group()):
            continue  # 특별수사단장, 합동수사본부측: a longer word
        found.append((m.group("name"), m.start("name"), end))
    return found
