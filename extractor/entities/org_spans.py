"""Repairs of a body's span when scraped copy lost the space or break before it.

    …확대되고 있다미래에셋증권의 …     a sentence's last word glued to the next: the body starts after 다
    (사진=누리증권)누리증권은 …         a photo credit glued to the sentence it precedes: one body, once
    ■인재 영입누리전자는 …             a subheading glued to the paragraph it heads: the body after it
    한빛증권 센터장누리전자가 …          a credit's title glued to the next sentence: the body after it
    모습./연합뉴스한빛항공 경영권 …     an outlet's credit glued to the next body: the body after the outlet

`organizations.py` hands every candidate's (name, start, end) here and keeps what comes back.
"""

from __future__ import annotations

from functools import cache

from extractor.analysis import Document
from extractor.entities.names import (
    Found,
    looks_like_korean_name,
    org_suffix_strength,
    parse_title,
    place_names,
    strip_legal,
)
from extractor.entities.org_context import media_names
from extractor.entities.org_known import global_companies
from extractor.lexicons import load_words

# Kiwi's tags for the end of a sentence inside a word: a final ending (다), closing punctuation.
SENTENCE_END_TAGS = frozenset({"EF", "SF"})


def repaired(doc: Document, name: str, start: int, end: int) -> Found:
    """The candidate with what a lost space glued before it cut off (the candidate itself otherwise)."""
    if strip_legal(name) != name or " " in name:
        return name, start, end
    cut = _after_sentence_end(doc, start, end)
    if cut is None:
        cut = _after_glued_ending(name, start)
    if cut is None:
        cut = _after_outlet(name, start)
    if cut is None:
        cut = _second_half(name, start)
    if cut is None:
        cut = _after_heading_or_title(doc, name, start)
    if cut is None or end - cut < 2:
        return name, start, end
    return doc.text[cut:end], cut, end


def _after_sentence_end(doc: Document, start: int, end: int) -> int | None:
    """Where the text resumes after the last sentence end Kiwi reads inside [start, end)."""
    cut = None
    predicate = False  # 있다, 했다: an ending closes a predicate, never a name Kiwi misread
    for tok in doc.tokens_between(start, end):
        predicate = predicate or tok.tag[:1] == "V" or tok.tag in ("XSV", "XSA", "VCP")
        if tok.tag in SENTENCE_END_TAGS and tok.end < end and (predicate or tok.tag == "SF"):
            cut = tok.end
    return cut


def _after_glued_ending(name: str, start: int) -> int | None:
    """있다다온증권: Kiwi read the glued word as one noun; a declarative ending opens it."""
    for k in range(2, min(len(name) - 3, MAX_GLUED_PREDICATE) + 1):
        rest = name[k:]
        if name[k - 2 : k] in load_words("sentence_final_endings.txt"):
            return start + k if org_suffix_strength(rest) in ("body", "company") else None
    return None


# How long the predicate before a lost space may be (늘어났다, 확대됐다).
MAX_GLUED_PREDICATE = 5


@cache
def _outlet_prefixes() -> tuple[str, ...]:
    # one str.startswith over a tuple rules out most candidates before the per-outlet loops below,
    # which run for every candidate body of every article
    return tuple(media_names())


def _after_outlet(name: str, start: int) -> int | None:
    """연합뉴스한빛항공: an outlet's name glued before a word that is a body of its own."""
    if not name.startswith(_outlet_prefixes()):
        return None
    for outlet in media_names():
        rest = name[len(outlet) :]
        if name.startswith(outlet) and len(rest) >= 3 and org_suffix_strength(rest) in ("body", "company"):
            return start + len(outlet)
    return None


def _second_half(name: str, start: int) -> int | None:
    """누리증권누리증권: a credit's name glued to the same name opening the next sentence."""
    half = len(name) // 2
    if len(name) >= 4 and len(name) % 2 == 0 and name[:half] == name[half:]:
        return start + half
    return None


def glued_to_word_before(text: str, spans: list[Found]) -> list[Found]:
    """The spans right after a Hangul letter: a lost space glued them to the word before, so the
    mention search, which wants a body's name to open its word, must be told about them."""
    return [span for span in spans if span[1] > 0 and "가" <= text[span[1] - 1] <= "힣"]


def outlet_with_common_noun(name: str) -> bool:
    """MBC뉴스, KBS제보, YTN화면: an outlet's name glued to a newsroom noun names no body of its own."""
    return name.startswith(_outlet_prefixes()) and any(
        name.startswith(outlet) and name[len(outlet) :] in load_words("newsroom_nouns.txt")
        for outlet in media_names()
    )


# What opens a subheading line (■인재 영입, ◇2주 먼저 출격): its last word may lose the break after it.
HEADING_MARKERS = ("■", "□", "◇", "◆", "▲", "△", "●", "○", "▶", "【")


def _after_heading_or_title(doc: Document, name: str, start: int) -> int | None:
    """영입누리전자, 센터장누리전자, 씽큐LG전자: a well-known firm, or a firm the article writes alone
    elsewhere, glued after the last word of a subheading line or after a person's title: the
    break between the two was lost, and the body is the firm after it."""
    before = doc.text[max(0, start - HEADING_REACH) : start]
    opened = max(before.rfind(marker) for marker in HEADING_MARKERS)
    # a subheading opened shortly before, with no sentence or line ended since (its text lost its break)
    heading = opened >= 0 and "다." not in before[opened:] and "\n" not in before[opened:]
    for k in range(1, len(name) - 1):
        prefix, rest = name[:k], name[k:]
        if prefix in place_names() or prefix in media_names():
            continue  # ■한국누리은행 출범: a place leads the firm's own name; ▶연합뉴스 앱: an outlet
        if _glued_after_clause(prefix, rest) and _written_alone(doc.text, rest, start):
            return start + k  # 가능성도누리생명, 그래픽=박하늘NRC: a word's end, then the body
        if len(rest) < 3 or not (heading or _is_title(prefix)):
            continue
        if rest in global_companies() or (
            org_suffix_strength(rest) in ("body", "company") and _written_alone(doc.text, rest, start)
        ):
            return start + k
    return None


# Particles that close a word: what stands before them is no part of a body's name.
CLOSING_PARTICLES = ("은", "는", "이", "가", "도", "을", "를", "의", "에")


def _glued_after_clause(prefix: str, rest: str) -> bool:
    """위원들은NK, 가능성도누리생명: a word closed by its particle; 박하늘NRC: a person's name before
    Latin letters. Either way the body after them lost the space before it."""
    if len(rest) < 2 or not all("가" <= ch <= "힣" for ch in prefix):
        return False
    latin = rest[:1].isascii() and rest[:1].isalpha()
    if len(prefix) >= 3 and prefix.endswith(CLOSING_PARTICLES) and (latin or len(rest) >= 3):
        # 충북도의회, 제주도청: a province's 도 is no particle
        return prefix[:-1] not in place_names() and prefix not in place_names()
    named = latin and rest not in load_words("common_acronyms.txt")
    return named and len(prefix) == 3 and looks_like_korean_name(prefix)  # not 오픈AI


# How far back a subheading's marker may stand from the glued body (■인재 영입누리전자는).
HEADING_REACH = 50


def _is_title(word: str) -> bool:
    """센터장, 연구위원: the whole word is a person's title (a body fused to it or not)."""
    parsed = parse_title(word)
    return parsed is not None and parsed.stem_len == len(word) and len(parsed.title) >= 2


def _written_alone(text: str, word: str, skip: int) -> bool:
    """The word opens a word of its own somewhere else in the text (not at `skip`)."""
    at = text.find(word)
    while at >= 0:
        if at != skip and at + len(word) <= len(text):
            before = text[at - 1] if at > 0 else " "
            if not ("가" <= before <= "힣" or (before.isascii() and before.isalnum())):
                return True
        at = text.find(word, at + 1)
    return False
