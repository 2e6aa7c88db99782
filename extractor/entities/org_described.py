"""Companies named right after a noun that describes a firm (company_descriptors.txt).

    장비업체 램리서치가, 바이오 기업 누리젠은    one proper word after the descriptor
    한지우 소속사 누리 스튜디오는              the name, then a firm's head word apart (company_heads.txt)
    소속사 153엔터테인먼트는                   a number-led name closed by a firm's head word
    한지우의 소속사 다온메이 관계자는          before 관계자/측 the whole word is the name, no particle
    AI 스타트업 ‘누리랩스’(NuriLabs)는        a name in single quotes right after the descriptor
    국제학술지 ‘누리저널’에                   (a journal, after publication_descriptors.txt)

`organizations.py` turns each (name, start, end) into a candidate.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    Found,
    TokenIndex,
    Word,
    is_space_gap,
    looks_like_korean_name,
    place_names,
    split_particle,
    titles,
    withheld_name,
)
from extractor.lexicons import load_words

# The agency's side or staff speaking after its name (다온메이 관계자는, 누리 측은): no particle can
# sit between a name and these, so the name ends where its word ends.
VOICE_RE = re.compile(r"(?:관계자|측)(?![가-힣])|(?:관계자|측)[은는이가도의]")

# A number-led name closed by a firm's head word (153엔터테인먼트는); the head is checked in code.
NUMBERED_RE = re.compile(r"[0-9]{1,4}(?P<head>[가-힣]{2,8})")


@cache
def _descriptors() -> tuple[str, ...]:
    return tuple(load_words("company_descriptors.txt"))


@cache
def company_heads() -> frozenset[str]:
    return load_words("company_heads.txt")


def described_companies(doc: Document, words: list[Word], index: TokenIndex) -> list[Found]:
    """장비업체 램리서치가, 소속사 누리 스튜디오는: the firm named right after a noun describing one."""
    descriptors = _descriptors()
    out: list[Found] = []
    for i in range(1, len(words)):
        prev, word = words[i - 1], words[i]
        # 업체 or, with the copula, 업체인 (유통업체인 누리소프트를); 기업인 is a business person
        described = prev.text.endswith(descriptors) or (
            prev.text.endswith("인") and prev.text[:-1].endswith(descriptors) and prev.text != "기업인"
        )
        if not described or not is_space_gap(word.gap):
            continue
        if _glossed_field(doc.text, word.end, descriptors):
            continue  # 계열사인 정보기술(IT)업체 누리CNS: the field, its gloss, and the firm after
        if withheld_name(word.text):
            continue  # 같은 회사 서모(35) 기자: the press's anonymous "Mr. Seo", a person
        nxt = words[i + 1] if i + 1 < len(words) and is_space_gap(words[i + 1].gap) else None
        found = _numbered(word) or _with_head(word, nxt, index) or _one_word(word, nxt, index)
        if found is not None:
            out.append(found)
    return out


# A name in single quotes right after a descriptor: 스타트업 ‘누리랩스’, 업체인 '다온(Daon)'.
QUOTED_RE = re.compile(
    r"""
    (?<![가-힣])                               # a word's start (a later start reaches the same end)
    (?P<descriptor>[가-힣]+?)(?:인)?[ \t]+     # the word before (checked in code: ends in a descriptor)
    ['‘](?P<name>[가-힣A-Za-z0-9][가-힣A-Za-z0-9 &]{0,14}?)  # the quoted name
    (?:\([^()'’\n]{1,30}\))?                  # a gloss inside the quotes: 다온(Daon)
    ['’]                                        # the closing mark
    (?=[가-힣]{0,3}(?:[ \t,.(·]|$))             # then a particle at most, and a break or a gloss
    """,
    re.VERBOSE | re.MULTILINE,
)


# A gloss in Latin letters right after a name: (ON Platform, 옛 …), (Bango).
LATIN_GLOSS_RE = re.compile(r"\([A-Za-z][A-Za-z0-9 .&-]{1,40}[,)]")


def quoted_described_companies(doc: Document, index: TokenIndex) -> list[Found]:
    """AI 스타트업 ‘누리랩스’(NuriLabs)는: a proper name quoted right after a noun describing a firm.
    Kiwi must read every part of it as a proper noun, Latin letters, a number or a word it does not
    know: a quoted common phrase after 증권사 or 기업 is a headline's phrase (증권사 '1조 클럽')."""
    descriptors = _descriptors() + tuple(load_words("publication_descriptors.txt"))  # 학술지 ‘네이처’
    out: list[Found] = []
    for m in QUOTED_RE.finditer(doc.text):
        descriptor = m.group("descriptor")
        if not (descriptor.endswith(descriptors) or descriptor.removesuffix("인").endswith(descriptors)):
            continue
        if descriptor == "기업인":
            continue
        name, start = m.group("name").strip(), m.start("name")
        end = start + len(name)
        if len(name) < 2 or name in place_names() or name in titles() or looks_like_korean_name(name):
            continue
        toks = index.within(start, end)
        proper = bool(toks) and all(t.tag in ("NNP", "SL", "SN") or t.id < KIWI_UNKNOWN_ID for t in toks)
        if proper or LATIN_GLOSS_RE.match(doc.text, end) or LATIN_GLOSS_RE.match(doc.text, m.end()):
            out.append((name, start, end))  # ‘온누리플랫폼’(Onnuri Platform): glossed in Latin
    return out


def _numbered(word: Word) -> Found | None:
    """153엔터테인먼트는: digits, then a firm's head word (a particle may close it)."""
    stem, _ = split_particle(word.text)
    m = NUMBERED_RE.fullmatch(stem)
    if m is None or m.group("head") not in company_heads():
        return None
    return stem, word.start, word.start + len(stem)


def _with_head(word: Word, nxt: Word | None, index: TokenIndex) -> Found | None:
    """누리 스튜디오는: a bare proper word, then a firm's head word written apart."""
    if nxt is None or index.bare_end(word) != word.end or not _proper(word.text, word.start, word.end, index):
        return None
    head, _ = split_particle(nxt.text)
    if head not in company_heads() and nxt.text not in company_heads():
        return None
    end = nxt.start + (len(nxt.text) if nxt.text in company_heads() else len(head))
    return f"{word.text}{nxt.gap}{nxt.text[: end - nxt.start]}", word.start, end


def _one_word(word: Word, nxt: Word | None, index: TokenIndex) -> Found | None:
    """램리서치가: one proper word; before 관계자/측 the whole word (다온메이 관계자는, never 다온메 + 이)."""
    voiced = nxt is not None and VOICE_RE.match(nxt.text) is not None
    stem = word.text if voiced else split_particle(word.text)[0]  # Kiwi may read a particle into a name
    end = word.start + len(stem)
    if len(stem) < 2 or stem in place_names() or stem in titles():
        return None
    if not voiced and looks_like_korean_name(stem):
        return None
    if not _proper(stem, word.start, end, index):
        return None
    return stem, word.start, end


def _proper(stem: str, start: int, end: int, index: TokenIndex) -> bool:
    """Kiwi reads every part of it as a proper noun, a Latin letter run, or a word it does not know."""
    toks = index.within(start, end)
    return bool(toks) and all(t.tag in ("NNP", "SL") or t.id < KIWI_UNKNOWN_ID for t in toks)


def _glossed_field(text: str, end: int, descriptors: tuple[str, ...]) -> bool:
    """정보기술(IT)업체: a word, its gloss in parentheses, and a descriptor glued after them."""
    if not text.startswith("(", end):
        return False
    close = text.find(")", end, end + 12)
    return close > 0 and text[close + 1 : close + 4].startswith(descriptors)
