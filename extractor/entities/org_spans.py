"""Repairs of a body's span when scraped copy lost the space or break before it.

    …확대되고 있다미래에셋증권의 …     a sentence's last word glued to the next: the body starts after 다
    (사진=누리증권)누리증권은 …         a photo credit glued to the sentence it precedes: one body, once
    모습./연합뉴스한빛항공 경영권 …     an outlet's credit glued to the next body: the body after the outlet

`organizations.py` hands every candidate's (name, start, end) here and keeps what comes back.
"""

from __future__ import annotations

from functools import cache

from extractor.analysis import Document
from extractor.entities.names import org_suffix_strength, strip_legal
from extractor.entities.org_context import media_names
from extractor.lexicons import load_words

Found = tuple[str, int, int]

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
