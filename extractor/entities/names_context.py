"""People the article names without an appositive title, read from the article as a whole.

    서울고법 형사9부(한규현 권순열 송민경 부장판사)   several names share the title in parentheses
    상대팀 투수(소사)도 좋았다                        a role, then the person's name in parentheses
    숄츠는 “…”고 말했다                             a proper noun that speaks is a person
    에마뉘엘 마크롱 … 마크롱 대통령은                  the full name once, the family name after

Each stage returns `PersonHit`s (or renames them) for `names_match.match` to merge with the rest.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    COMMON_SURNAME_RANK,
    KIWI_UNKNOWN_ID,
    PLACE_LEVEL_ENDINGS,
    PersonHit,
    Span,
    TokenIndex,
    Word,
    company_brands,
    foreign_given_names,
    government_bodies,
    is_name_word,
    looks_like_korean_name,
    looks_like_org,
    name_after_titles,
    org_suffix_strength,
    parse_title,
    particles,
    place_names,
    sports_clubs,
    surname_rank,
    title_modifiers,
    titles,
)
from extractor.lexicons import load_words

# A proper noun Kiwi knows that ends in these names a landmark, a street or a language (한라산,
# 서울역, 안양천, 한국어), far more often than a person.
LANDMARK_ENDINGS = frozenset({"산", "강", "천", "역", "섬", "항", "어", "로", "길", "교", "사", "궁", "문"})

# How the name of a body or a town ends (한빛대, 누리청, 한빛시); foreign names end in 도, 사, 구 or 원
# too often (로사도, 소사, 디에구) for those to count against a speaking proper noun.
BODY_ENDINGS = ("대", "청", "처", "부", "당", "실", "국", "과", "팀", "회", "센터", "소", "단", "시", "군")
# Of those, the endings a Korean given name hardly has (이상국 and 김태부 exist; -대, -청 hardly).
NO_NAME_ENDINGS = ("대", "청", "처", "당", "팀", "센터")
# A carmaker's press short form (현대차, 기아차): 차 for 자동차, an ending no given name has.
CARMAKER_ENDING = "차"

# The word after a particle and a space.
TITLE_NEXT_RE = re.compile(r"[ \t]+(?P<word>[가-힣]+)")

# The longest a person's one-word name runs in Hangul (숄츠, 마리오, 네이마르).
MAX_ONE_NAME = 4

# "(한규현 권순열 송민경 부장판사)": two or more names, then the title they share, in parentheses.
PAREN_NAME_LIST_RE = re.compile(
    r"""
    \(
    (?P<names>[가-힣]{2,4}(?:[ \t,·ㆍ]{1,2}[가-힣]{2,4}){1,5})  # the names, by spaces, commas or dots
    [ \t]+(?P<title>[가-힣]{2,6})                            # the title they share
    \)
    """,
    re.VERBOSE,
)
NAME_SEPARATORS_RE = re.compile(r"[ \t,·ㆍ]+")

# "6인(한별, 유나, 소이)", "그룹 누리(한별, 유나)", "멤버(한별·유나)": a group's members listed in
# parentheses after its head count, its name or the word 멤버.
MEMBER_LIST_RE = re.compile(
    r"""
    (?P<lead>[가-힣]{2,6}[ \t]+)?                     # 그룹, 걸그룹 before the group's name
    (?P<head>[가-힣A-Za-z0-9]{1,12})                  # 6인, 멤버, or the group's name
    \(
    (?P<names>[가-힣]{1,4}(?:[ \t]*[,·ㆍ][ \t]*[가-힣]{1,4}){1,19}   # two to twenty stage names
      |[가-힣]{1,4}(?:[ \t]+[가-힣]{1,4}){2,19})                       # or three or more, by spaces
    \)
    """,
    re.VERBOSE,
)
# 한별, 유나, 소이 3인조로: stage names listed by commas or dots, then a group size that counts them.
COUNTED_MEMBERS_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9·ㆍ,])
    (?P<names>[가-힣]{1,4}(?:[ \t]*[,·ㆍ][ \t]*[가-힣]{1,4}){1,11})   # two or more stage names
    [ \t]*(?P<count>\d{1,2})인[ \t]?(?:조|체제|완전체)            # 4인조, 4인 체제
    """,
    re.VERBOSE,
)
# Necessary parts of the two patterns above, found by a fast literal scan (they open with a
# literal): the parenthesis opening a list of two or more names, and the group size after one.
MEMBER_LIST_OPEN_RE = re.compile(r"\([가-힣]{1,4}(?:[ \t]*[,·ㆍ]|[ \t]+[가-힣]{1,4}[ \t]+[가-힣])")
COUNTED_MEMBERS_END_RE = re.compile(r"인[ \t]?(?:조|체제|완전체)")
# Words naming a group before its name (그룹 누리), and heads that count or name members (6인, 멤버).
GROUP_WORDS = frozenset({"그룹", "걸그룹", "보이그룹", "밴드", "아이돌그룹"})
MEMBER_HEAD_RE = re.compile(r"\d{1,2}(?:인|명)|멤버|멤버들")
MEMBER_TITLE = "멤버"

# "투수(소사)", "팀장(배우 윤서하)": a role word glued to a parenthesis holding only a name.
ROLE_PAREN_RE = re.compile(
    r"""
    (?<![가-힣])(?P<role>[가-힣]{1,6})       # the role word (투수, 포수, 팀장)
    \(
    (?:(?P<job>[가-힣]{2,3})[ \t])?           # the person's own descriptor (배우, 가수)
    (?P<name>[가-힣]{2,5})                    # the name
    \)
    """,
    re.VERBOSE,
)

# "숄츠는 경기 후 “…": a word with a subject or topic particle, then a quotation mark in the same
# sentence, a few words on.
SPEAKER_SUBJECT_RE = re.compile(
    r"""
    (?:^|(?<=[\s"“”'‘’(]))      # the word opens after white space, a quote or a parenthesis
    (?P<name>[가-힣]{2,5})       # the proper noun
    (?:은|는|이|가)[ \t]          # its subject or topic particle
    [^\n.?!"“”″]{0,24}?          # a few words, inside the sentence (경기 후, 이날)
    ["“″]                        # the quotation opens
    """,
    re.VERBOSE | re.MULTILINE,
)

# "차우찬, 송은범에", "한지오·마도윤의": words listed by commas or middle dots, the last one
# perhaps with a particle; starting a word and not continuing a longer list.
NAME_RUN_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9·ㆍ,])                      # the run opens a word, not inside a list
    [가-힣]{2,8}(?:[ \t]?[,·ㆍ][ \t]?[가-힣]{2,8}){1,11}   # two to twelve words, by commas or dots
    (?![가-힣A-Za-z0-9·ㆍ])                        # and is all of the list
    """,
    re.VERBOSE,
)
RUN_ITEM_RE = re.compile(r"[가-힣]+")
# How many listed words must read plainly as names (a three-syllable proper noun with a common
# surname) for the whole list to be read as one of names.
MIN_PLAIN_NAMES = 2
# The surnames, by rank, that make a three-syllable proper noun read plainly as a name (the fifty
# commonest: 김, 이, 박 … 차, 고).
PLAIN_SURNAME_RANK = 50

# The word right before a position, across the white space: 소속사인 in "소속사인 누리엔터는".
WORD_BEFORE_RE = re.compile(r"(?P<word>[가-힣]+)[ \t]+$")

# "에마뉘엘 마크롱": a word written right before a one-word foreign name, as its given name.
GIVEN_NAME_RE_TEMPLATE = r"(?<![가-힣])(?P<given>[가-힣]{{2,6}})[ \t]{name}(?P<rest>[가-힣]*)"


def paren_list_hits(
    doc: Document, body_before: Callable[[int], tuple[str | None, Span | None, bool]]
) -> list[PersonHit]:
    """Each name listed in "(한규현 권순열 송민경 부장판사)" with that title, and the body written right
    before the parenthesis (`body_before` gives it from the parenthesis' offset)."""
    hits: list[PersonHit] = []
    for m in PAREN_NAME_LIST_RE.finditer(doc.text):
        title = m.group("title")
        parsed = parse_title(title)
        if parsed is None or parsed.stem_len != len(title) or parsed.org is not None:
            continue
        names = NAME_SEPARATORS_RE.split(m.group("names"))
        at = m.start("names")
        if len(names) > 1 and _topic_word(doc, at, names[0]):
            # (원내는 박도윤 군수): "in the circle is", a caption's words before the name
            at += len(names[0])
            names = names[1:]
        if not all(looks_like_korean_name(n) for n in names):
            continue
        org, org_span, unit = body_before(m.start())
        for name in names:
            start = doc.text.index(name, at)
            at = start + len(name)
            hits.append(PersonHit(name, Span(start, at), title, org, org_span, unit))
    return hits


def _topic_word(doc: Document, start: int, word: str) -> bool:
    """Kiwi reads the word as a common noun and the topic particle (원내는 → 원내/NNG + 는/JX)."""
    toks = doc.tokens_between(start, start + len(word))
    return len(toks) == 2 and toks[0].tag == "NNG" and toks[1].tag == "JX"


def role_paren_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """상대팀 투수(소사): a role glued to a parenthesis that holds one proper noun names that person.
    A descriptor inside (팀장(배우 윤서하)) is the person's own title."""
    hits: list[PersonHit] = []
    for m in ROLE_PAREN_RE.finditer(doc.text):
        role, job, name = m.group("role"), m.group("job"), m.group("name")
        parsed = parse_title(role)
        if parsed is None or parsed.stem_len != len(role) or parsed.org is not None:
            continue
        if job is not None and job not in titles():
            continue
        if job is None and parsed.title not in name_after_titles():
            continue  # 교수(예방의학): a post glossed by its field; 투수(소사) names the player
        if not _lone_proper_noun(doc, index, m.start("name"), m.end("name"), not_names, after_role=True):
            continue
        title = job if job is not None else role
        hits.append(PersonHit(name, Span(m.start("name"), m.end("name")), title, None, None, False))
    return hits


def member_list_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """그룹 누리(한별, 유나, 소이) / 6인(한별, 유나) / 멤버(한별·유나): each listed stage name is a member.
    Only here is a one-syllable or surname-less name taken: the list says what the words are."""
    hits: list[PersonHit] = []
    if MEMBER_LIST_OPEN_RE.search(doc.text) is None:
        return hits  # no list can match: MEMBER_LIST_RE tries a match at every Hangul syllable
    for m in MEMBER_LIST_RE.finditer(doc.text):
        lead, head = (m.group("lead") or "").strip(), m.group("head")
        spaced = not re.search(r"[,·ㆍ]", m.group("names"))
        # 누리(한별 유나 소이) 한별의 소속사는: a line about a group's agency names its line-up too
        cued = (
            not MEMBER_HEAD_RE.fullmatch(head)
            and lead not in GROUP_WORDS
            and len(head) >= 2
            and _group_cue_near(doc.text, m.end())
            and _bare_nouns(index, m.start("names"), m.group("names"))
        )
        if not (MEMBER_HEAD_RE.fullmatch(head) or lead in GROUP_WORDS or cued):
            continue
        if spaced and not cued and lead not in GROUP_WORDS:
            continue  # 6명(가 나 다): a spaced list needs the group's word or line to say it names members
        if spaced and _LATIN_PHRASE_END.search(doc.text, max(0, m.start("head") - 40), m.end("head")):
            continue  # 'YOU MAKE MY DAY(유 메이크 마이 데이)': a title's Hangul reading, word by word
        group = head if lead in GROUP_WORDS or cued else None
        # only 멤버(한별·유나) gives them a post; a line-up after the group's name or a count
        # (누리(한별, 유나), 3명(김하늘, …)) gives none, as readers annotate it
        title = MEMBER_TITLE if head.startswith(MEMBER_TITLE) else None
        found = [
            (m.start("names") + w.start(), w.group()) for w in re.finditer(r"[가-힣]+", m.group("names"))
        ]
        if any(_not_a_name(name) for _, name in found):
            continue  # 3개국(한국, 일본, 중국): a list of places or bodies, not of members
        common = sum(_common_word(index, start, name) for start, name in found)
        if common * 2 > len(found):
            continue  # 4개 부문(보컬, 댄스, 랩, 연기): mostly words Kiwi knows, so no names
        for start, name in found:
            hits.append(PersonHit(name, Span(start, start + len(name)), title, group, None, False))
    return hits


# Two Latin words or more ending right at the list's head: a phrase, not a group's name.
_LATIN_PHRASE_END = re.compile(r"[A-Za-z']+(?:[ \t]+[A-Za-z']+)+$")


def _group_cue_near(text: str, end: int) -> bool:
    """Right after the list, the text speaks of the group or its agency (…) 한별의 소속사는)."""
    after = text[end : end + GROUP_CUE_REACH]
    return any(cue in after for cue in load_words("group_cues.txt"))


# How far after a line-up's closing parenthesis the word for its group or agency may stand.
GROUP_CUE_REACH = 20


def _bare_nouns(index: TokenIndex, start: int, names: str) -> bool:
    """Every listed word is a noun or a word Kiwi does not know, with no particle or verb ending."""
    for w in re.finditer(r"[가-힣]+", names):
        toks = index.within(start + w.start(), start + w.end())
        # a conjunctive particle is Kiwi's misreading of a foreign name's end (카롤리나 → 카롤리 + 나/JC)
        if not toks or any(t.tag[:1] in ("J", "V", "E", "X") and t.tag != "JC" for t in toks):
            return False
    return True


def counted_member_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """한별, 유나, 소이 3인조로: when the group's size counts exactly the listed words, each is a member,
    though Kiwi may read some as common nouns (선미: a ship's stern)."""
    hits: list[PersonHit] = []
    if COUNTED_MEMBERS_END_RE.search(doc.text) is None:
        return hits  # no group size: COUNTED_MEMBERS_RE tries a match at every Hangul syllable
    for m in COUNTED_MEMBERS_RE.finditer(doc.text):
        found = [
            (m.start("names") + w.start(), w.group()) for w in re.finditer(r"[가-힣]+", m.group("names"))
        ]
        if int(m.group("count")) != len(found) or any(_not_a_name(name) for _, name in found):
            continue
        if sum(_common_word(index, start, name) for start, name in found) * 2 > len(found):
            continue  # 보컬, 댄스, 랩 3인조: mostly words Kiwi knows, so no names
        hits.extend(
            PersonHit(name, Span(start, start + len(name)), None, None, None, False) for start, name in found
        )
    return hits


def _not_a_name(name: str) -> bool:
    return (
        name in place_names() or name in titles() or name in government_bodies() or name in title_modifiers()
    )


def _common_word(index: TokenIndex, start: int, name: str) -> bool:
    """A word Kiwi knows as one common noun or other non-name word (보컬, 한국어)."""
    toks = index.within(start, start + len(name))
    return len(toks) == 1 and toks[0].tag != "NNP" and toks[0].id >= KIWI_UNKNOWN_ID


def speaker_subject_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """마리오는 경기 후 “…”: a proper noun Kiwi does not know as a place, body or brand, opening the
    clause of a quotation as its subject, is a person (a one-name player, a foreign leader)."""
    hits: list[PersonHit] = []
    descriptors = tuple(load_words("company_descriptors.txt"))
    statements = load_words("statement_nouns.txt")
    for m in SPEAKER_SUBJECT_RE.finditer(doc.text):
        start, end = m.start("name"), m.end("name")
        if _next_is_title(doc.text, m.end("name") + 1):
            continue  # 박성은 목포소방서장은: the "particle" ends a name before its title
        if _inside_quotation(doc.text, start):
            continue  # "…누산타라가 지향하는…": the mark after it closes the quotation
        if any(noun in m.group() for noun in statements):
            continue  # 한빛로지스는 입장문에서 “…”: a body speaks through a statement
        before = WORD_BEFORE_RE.search(doc.text, max(0, start - 12), start)
        if before is not None and before.group("word").removesuffix("인").endswith(descriptors):
            continue  # 소속사인 누리엔터는, 제작사 한빛은: a firm
        if _lone_proper_noun(doc, index, start, end, not_names) or _split_korean_name(
            index, Word(start, end, m.group("name"), ""), not_names
        ):
            title = _bare_title(before.group("word")) if before is not None else None  # 주장 옥지훈은
            hits.append(PersonHit(m.group("name"), Span(start, end), title, None, None, False))
    return hits


def _split_korean_name(index: TokenIndex, word: Word, not_names: frozenset[str]) -> bool:
    """수훈 선수로 선정된 이상현은 “…”: a three-syllable Korean name with a common surname that Kiwi
    splits into common nouns it knows (이상 + 현) still names the quotation's speaker; one noun Kiwi
    knows whole (전문가, 지자체) is no name."""
    if len(word.text) != 3 or word.text in not_names or surname_rank(word.text) >= COMMON_SURNAME_RANK:
        return False
    toks = index.within(word.start, word.end)
    # a proper-noun piece is a name Kiwi knows of something else (한진 + 일 of 한진일가 "the Hanjin family")
    return len(toks) >= 2 and all(t.tag == "NNG" for t in toks) and is_name_word(word, index)


def _bare_title(word: str) -> str | None:
    parsed = parse_title(word)
    return word if parsed is not None and parsed.org is None and parsed.stem_len == len(word) else None


def _next_is_title(text: str, at: int) -> bool:
    m = TITLE_NEXT_RE.match(text, at)
    return m is not None and parse_title(m.group("word")) is not None


def _inside_quotation(text: str, at: int) -> bool:
    """An odd number of straight marks, or an open curly one, between the line's start and `at`."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")


def _lone_proper_noun(
    doc: Document,
    index: TokenIndex,
    start: int,
    end: int,
    not_names: frozenset[str],
    after_role: bool = False,
) -> bool:
    """The span is one proper noun (a name Kiwi does not know, or a person it does) and nothing
    says it names a place, a body, a club or a brand. `after_role`: a role names the person."""
    text = doc.text[start:end]
    if text in not_names or text in place_names() or text in government_bodies() or text in company_brands():
        return False
    if text in title_modifiers() or text in sports_clubs() or parse_title(text) is not None:
        return False  # 의성군수: a post fused to its county
    if org_suffix_strength(text) not in (None, "weak"):  # 로사도 ends like 경기도: only a weak sign
        return False
    toks = index.within(start, end)
    if len(toks) != 1 or toks[0].tag != "NNP" or toks[0].start != start or toks[0].end != end:
        return False
    if not looks_like_korean_name(text) and len(text) > MAX_ONE_NAME:
        return False  # 그린힐개발: a one-word foreign name has two to four syllables; a firm is longer
    if toks[0].id < KIWI_UNKNOWN_ID or after_role:
        if not after_role and (any(text.endswith(e) for e in BODY_ENDINGS) or text.endswith(CARMAKER_ENDING)):
            return False  # 한빛대는 “…”, 누리차는 “…”: a body speaking
        return text[:-1] not in place_names()  # 경기도: a place with its level
    # Kiwi's dictionary holds places and firms as proper nouns; of those, only a Korean-looking name
    # without a place's ending is more likely a famous person than a place or a brand.
    ending = text[-1]
    if looks_like_org(text) or ending in PLACE_LEVEL_ENDINGS or ending in LANDMARK_ENDINGS:
        return False  # 고려대, 경기도, 한라산
    if ending == CARMAKER_ENDING:
        return False  # 기아차는 “…”: the carmaker speaking
    return looks_like_korean_name(text)


def full_names(
    doc: Document, index: TokenIndex, hits: list[PersonHit], not_names: frozenset[str]
) -> list[PersonHit]:
    """마크롱 대통령 found by its title, 에마뉘엘 마크롱 written elsewhere: the person is named in full.
    Only a one-word name that is not Korean, whose preceding word is an unknown proper noun too."""
    full: dict[str, str] = {}
    # 에마뉘엘 마크롱 프랑스 대통령 … 마크롱 프랑스 대통령: the full name is already a hit
    in_full = [h.name for h in hits if " " in h.name]
    for name in {h.name for h in hits if " " not in h.name}:
        owners = {f for f in in_full if f.split()[-1] == name}
        if len(owners) == 1:
            full[name] = owners.pop()
    for name in {h.name for h in hits if " " not in h.name and not looks_like_korean_name(h.name)}:
        pattern = re.compile(GIVEN_NAME_RE_TEMPLATE.format(name=re.escape(name)))
        first_use = re.search(rf"{re.escape(name)}(?![가-힣]{{3}})", doc.text)
        for m in pattern.finditer(doc.text):
            if name in full or first_use is None or m.end("given") + 1 != first_use.start():
                break  # the article names the person in full first (GOLD.md), or it is someone else
            given = m.group("given")
            if m.group("rest") and m.group("rest") not in particles():
                continue  # 뒤퐁이 is the name and a particle; 뒤퐁사 is another word
            if given in place_names() or parse_title(given) is not None or given in title_modifiers():
                continue
            if looks_like_org(given) or given in government_bodies() or given in company_brands():
                continue  # 더불어민주당 변재일: the body before a name
            toks = index.within(m.start("given"), m.end("given"))
            foreign = given in foreign_given_names() or not looks_like_korean_name(given)
            if foreign and given not in not_names and toks and all(t.tag == "NNP" for t in toks):
                full[name] = f"{given} {name}"
                break
    if not full:
        return hits
    return [
        PersonHit(full[h.name], h.name_span, h.title, h.organization, h.org_span, h.org_is_unit)
        if h.name in full
        else h
        for h in hits
    ]


def name_run_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """차우찬, 송은범에 대해서는 / 염정아, 고아라, 김종수 등: the words listed by commas or dots that
    read as Korean names are names when at least two, and half the list, are plainly names (a
    three-syllable proper noun with a common surname), though no title is written."""
    hits: list[PersonHit] = []
    for m in NAME_RUN_RE.finditer(doc.text):
        items = list(RUN_ITEM_RE.finditer(m.group()))
        found: list[PersonHit] = []
        plain = 0
        for k, item in enumerate(items):
            start = m.start() + item.start()
            word = Word(start, start + len(item.group()), item.group(), "")
            end = index.bare_end(word)
            if end != word.end and k < len(items) - 1:
                found = []
                break  # 한빛에, 누리: a particle inside the list, so it is no list of names
            name = doc.text[start:end]
            if _listed_name(index, Word(start, end, name, ""), not_names):
                plain += _plain_name(doc, index, start, end)
                found.append(PersonHit(name, Span(start, end), None, None, None, False))
        # a duo's name or a word Kiwi knows may stand among the names (윙크, 이용): the list is one of
        # names when most of its words plainly are
        if plain >= MIN_PLAIN_NAMES and plain * 2 >= len(items):
            hits.extend(found)
    return hits


def _listed_name(index: TokenIndex, word: Word, not_names: frozenset[str]) -> bool:
    name = word.text
    if name in not_names or name in company_brands() or name in sports_clubs():
        return False
    if name[-1] in PLACE_LEVEL_ENDINGS or name.endswith(NO_NAME_ENDINGS):
        return False
    return is_name_word(word, index)


def _plain_name(doc: Document, index: TokenIndex, start: int, end: int) -> bool:
    """One three-syllable proper noun (or unknown word) with a common surname, not a landmark, place
    or body."""
    name = doc.text[start:end]
    toks = index.within(start, end)
    if end - start != 3 or len(toks) != 1:
        return False
    if toks[0].tag != "NNP" and not (toks[0].tag == "NNG" and toks[0].id < KIWI_UNKNOWN_ID):
        return False  # a proper noun, or a word Kiwi does not know (it tags unknown names NNG too)
    if toks[0].start != start or toks[0].end != end or surname_rank(name) >= PLAIN_SURNAME_RANK:
        return False
    return not (name[-1] in LANDMARK_ENDINGS or name in place_names() or looks_like_org(name))


@cache
def _agency_pattern() -> re.Pattern[str]:
    nouns = sorted(load_words("agency_nouns.txt"), key=len, reverse=True)
    return re.compile(
        rf"""
        (?<![가-힣])(?P<word>[가-힣]{{2,5}})   # the artist, bare or with 의
        [ \t]+(?:{"|".join(re.escape(n) for n in nouns)})   # the agency noun
        """,
        re.VERBOSE,
    )


def agency_artist_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """혜리의 소속사, 주지훈 소속사 측은: whoever has an agency is an artist. Only a word that reads as
    a Korean name (a group's name is no person)."""
    hits: list[PersonHit] = []
    for m in _agency_pattern().finditer(doc.text):
        start, end = m.span("word")
        bare_end = index.bare_end(Word(start, end, m.group("word"), ""))
        if doc.text[bare_end:end] not in ("", "의"):
            continue  # 한혜진은 소속사: the subject of the sentence, not the agency's owner
        word = Word(start, bare_end, doc.text[start:bare_end], "")
        if word.text in not_names or word.text.endswith("씨") or not is_name_word(word, index):
            continue  # 이씨의 소속사: the press's anonymous Mr. Lee
        hits.append(PersonHit(word.text, Span(start, bare_end), None, None, None, False))
    return hits


# "택일(박정민)", "바다의 교향시(김정구)": a parenthesis glued to a word, holding only a name.
PAREN_NAME_RE = re.compile(r"(?<=[가-힣'’\"”])\((?P<name>[가-힣]{3})\)(?P<rest>[가-힣]*)")


def paren_name_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """반항아 택일(박정민)과, 해조곡(이난영): a parenthesis holding nothing but a plain name Kiwi knows
    as a proper noun (a role's, a song's or a work's person) names that person."""
    hits: list[PersonHit] = []
    for m in PAREN_NAME_RE.finditer(doc.text):
        start, end = m.span("name")
        if m.group("rest") and m.group("rest") not in particles():
            continue
        word = Word(start, end, m.group("name"), "")
        known = all(t.id >= KIWI_UNKNOWN_ID for t in index.within(start, end))
        # only a name Kiwi's dictionary holds: unknown words in parentheses are glosses (지지자(방어자))
        if known and _listed_name(index, word, not_names) and _plain_name(doc, index, start, end):
            hits.append(PersonHit(word.text, Span(start, end), None, None, None, False))
    return hits


# Particles a noun takes: subject, topic, object, possessive, "and", and the adverbial ones.
NOUN_PARTICLE_TAGS = frozenset({"JKS", "JX", "JKO", "JKG", "JC", "JKB"})


def interjection_name_hits(doc: Document, index: TokenIndex) -> list[PersonHit]:
    """하하가, 하하와: a word Kiwi reads as an interjection cannot take a case particle, so where one
    does, the word is a one-name person (a stage name that sounds like laughter or a cry)."""
    hits: list[PersonHit] = []
    toks = index.tokens
    for tok, nxt in itertools.pairwise(toks):
        if tok.tag != "IC" or tok.end - tok.start < 2:
            continue
        if nxt.start != tok.end or nxt.tag not in NOUN_PARTICLE_TAGS:
            continue
        if tok.start > 0 and ("가" <= doc.text[tok.start - 1] <= "힣" or doc.text[tok.start - 1].isalnum()):
            continue
        name = doc.text[tok.start : tok.end]
        if all("가" <= ch <= "힣" for ch in name):
            hits.append(PersonHit(name, Span(tok.start, tok.end), None, None, None, False))
    return hits


# 멤버 ‘한별’은 “…”, ‘유나’는 “…”: a stage name some entertainment desks set in single marks, as
# the subject of the direct quote that follows it (a descriptor may stand before it).
QUOTED_STAGE_NAME_RE = re.compile(
    r"""
    (?:(?P<title>멤버|리더|막내|보컬|래퍼|메인보컬)[ \t])?   # the member's part in the group
    [‘'](?P<name>[가-힣]{1,4})[’‘']                       # the stage name in single marks
    (?:은|는|이|가)[ \t]                                   # the subject's particle
    (?=[^.“”"\n]{0,60}[“"])                                # the quote after it, in the sentence
    """,
    re.VERBOSE,
)


def quoted_stage_name_hits(doc: Document) -> list[PersonHit]:
    """멤버 ‘한별’은 “…”: the name in single marks who says the quote after it.

    Only with a direct quote later in its sentence, and with the member's part before the marks
    or nothing but a sentence's end: a work's title in single marks (영화 ‘누리’는) says no quote.
    """
    if "‘" not in doc.text and "'" not in doc.text:
        return []
    hits: list[PersonHit] = []
    for m in QUOTED_STAGE_NAME_RE.finditer(doc.text):
        name = m.group("name")
        before = doc.text[doc.text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        if m.group("title") is None and before and not before.endswith((".", "!", "?", "”", '"')):
            continue  # 영화 ‘누리’는: a word before the marks says what the marked title is
        if name in place_names() or parse_title(name) is not None or looks_like_org(name):
            continue
        span = Span(m.start("name"), m.end("name"))
        hits.append(PersonHit(name, span, m.group("title"), None, None, False))
    return hits
