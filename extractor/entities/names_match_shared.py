"""What the matching modules share: the pass's context, a few constants and small word tests.

`_Context` carries one appositive reading's document, words and token index, and the names the
article is known to hold. The word tests here (a bare title, a clear body word, an internal unit,
a university's short form) are asked by the appositive, foreign-name, body and parenthesis
readings alike, so they live below all of them (names_appositive.py, names_after_title.py,
names_foreign.py, names_bodies.py, names_paren_honorific.py; `names_match.match` runs them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.analysis import Document
from extractor.entities.names import (
    TokenIndex,
    Word,
    government_bodies,
    has_legal_prefix,
    is_latin_acronym,
    is_name_word,
    org_suffix_strength,
    parse_title,
    place_names,
)
from extractor.lexicons import load_words

# "겸": one person holding two posts (경제부총리 겸 기획재정부 장관).
CONCURRENT = "겸"

# A name word with one of this many commonest surnames is read as Korean, never as half a foreign name.
COMMON_KOREAN_NAME_RANK = 20

# The Hangul glued after a match, to check it is only a particle (김철수 씨는, not 씨름).
HANGUL_RUN_RE = re.compile(r"[가-힣]*")


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


# The 대 that closes a university's press short form (서울대, 부산대).
UNIVERSITY_END = "대"


def _is_university(word: str) -> bool:
    if word in load_words("university_short_forms.txt"):
        return True
    return word.endswith(UNIVERSITY_END) and word[:-1] in place_names()


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


# What joins names listed before one shared title: 박정우·김태현 연구위원, 김가람, 박나래 의원.
NAME_LIST_GAPS = frozenset({"·", "ㆍ", "․", "‧", "∙", ",", ", "})


def _is_bare_title(word: Word) -> bool:
    """A word that is only a title, without body or particle (대표이사, 부회장)."""
    return is_bare_title(word.text)


def is_bare_title(text: str) -> bool:
    """`_is_bare_title` of a word's text.

    >>> is_bare_title("부회장"), is_bare_title("대전시장"), is_bare_title("대표는")
    (True, False, False)
    """
    parsed = parse_title(text)
    return parsed is not None and parsed.org is None and parsed.stem_len == len(text)


# "…담당": the scope of a post (아시아 담당 부사장, 대외협력 담당 이사), not a body.
SCOPE_WORD = "담당"


# "etc." closing a list (김하늘 대표 등 이사 3명).
LIST_ETC = "등"


def _is_title_and(text: str, fused: bool = False) -> bool:
    """위원장과 / 대표와: a title joined to the next person (노정민 위원장과 함수빈 사무국장); with
    `fused`, a title fused to its body too (국회의장과 펠로시 의장)."""
    if text[-1:] not in ("과", "와"):
        return False
    parsed = parse_title(text[:-1])
    return parsed is not None and (fused or parsed.org is None) and parsed.stem_len == len(text) - 1


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
