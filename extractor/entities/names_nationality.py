"""People written with their country in parentheses: "라파엘 나달(스페인)", "왕하오 (중국, 남자단식 금메달)",
or a one-word foreign name with an age: "러시아의 로만(12)은".

Sports results, international rankings and wire roundups name foreign athletes and officials
without a title, their nationality in parentheses after the name. A name of one or two words is
read so when every word is a proper noun Kiwi does not know as anything else, or, when the note
goes on after the country (its event, club or medal), any word that is no common noun, place or
body (Kiwi splits many Chinese names into common words). A one-word name needs such a note,
since a firm is also written "지멘스(독일)".
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.names import (
    PersonHit,
    Span,
    TokenIndex,
    Word,
    company_brands,
    looks_like_korean_name,
    looks_like_org,
    place_names,
)
from extractor.entities.names_foreign import foreign_name_part, split_name_word

# A name, then its country opening a parenthesis: 나달(스페인), 왕하오 (중국, 남자단식 금메달).
NATIONALITY_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9·])
    (?P<name>[가-힣]{2,8}(?:[ \t][가-힣]{2,8})?)   # one or two Hangul words
    [ \t]?\(
    (?P<country>[가-힣]{2,8})                         # the country (or city) first in the parenthesis
    [ \t]*(?P<more>[,)])                               # then the rest of the note, or its end
    """,
    re.VERBOSE,
)


def nationality_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """Foreign names followed by their country in parentheses."""
    hits: list[PersonHit] = []
    for m in NATIONALITY_RE.finditer(doc.text):
        if m.group("country") not in place_names():
            continue
        words = [
            Word(m.start("name") + w.start(), m.start("name") + w.end(), w.group(), "")
            for w in re.finditer(r"\S+", m.group("name"))
        ]
        # (중국, 남자단식 금메달): a note going on after the country vouches for a name Kiwi splits
        # into common words (린단 → 린다 + ㄴ), unless it lists more countries (수출국(미국, 중국))
        noted = m.group("more") == "," and not _lists_places(doc.text, m.end())
        while words and not _name_word(words[0], index, not_names, noted):
            words.pop(0)  # 우승한 라파엘 나달: the name is the proper nouns right before the parenthesis
        if not words or not all(_name_word(w, index, not_names, noted) for w in words):
            continue
        if len(words) == 1 and not noted:
            continue  # 지멘스(독일): a firm as often as a person
        name = doc.text[words[0].start : words[-1].end]
        if name in company_brands() or looks_like_org(words[-1].text):
            continue
        hits.append(PersonHit(name, Span(words[0].start, words[-1].end), None, None, None, False))
    return hits


def _name_word(word: Word, index: TokenIndex, not_names: frozenset[str], noted: bool) -> bool:
    if word.text in not_names:
        return False
    if foreign_name_part(word, index):
        return True
    return noted and split_name_word(word, index)  # the note vouches: 린단(중국, 남자단식 금메달)


def _lists_places(text: str, at: int) -> bool:
    """The parenthesis goes on with places, not a person's note: (미국, 중국), (양산, 물금, 웅상)."""
    close = text.find(")", at, at + MAX_NOTE_CHARS)
    note = text[at : close if close >= 0 else at + MAX_NOTE_CHARS]
    items = [item.strip() for item in note.split(",")]
    if items and items[0] in place_names():
        return True
    # a person's note holds a rank, an age or a result; a run of bare words is a list of places
    return len(items) >= 2 and not any(ch.isdigit() for ch in note) and all(" " not in i for i in items)


MAX_NOTE_CHARS = 40


# A one-word foreign name with the age in parentheses, then a particle: 로만(12)은, 소피아(9)가.
AGED_FOREIGN_RE = re.compile(
    r"""
    (?<![가-힣])
    (?P<name>[가-힣]{2,6})                      # the name
    \(\d{1,2}(?:세)?\)                          # the age
    (?=(?:은|는|이|가|을|를|의|과|와|도)(?![가-힣]))  # a particle closes the word
    """,
    re.VERBOSE,
)


def aged_foreign_hits(doc: Document, index: TokenIndex, not_names: frozenset[str]) -> list[PersonHit]:
    """A foreign child or athlete named by one word with the age ("러시아의 로만(12)은"), when the article
    writes the name again on its own: a count by place ("서울(12)은") is a place, a Korean name is read
    by the Korean readings."""
    hits: list[PersonHit] = []
    for m in AGED_FOREIGN_RE.finditer(doc.text):
        name = m["name"]
        word = Word(m.start("name"), m.end("name"), name, "")
        if name in not_names or name in place_names() or looks_like_org(name) or looks_like_korean_name(name):
            continue
        if not foreign_name_part(word, index) or doc.text.count(name) < MIN_WRITTEN:
            continue
        hits.append(PersonHit(name, Span(word.start, word.end), None, None, None, False))
    return hits


MIN_WRITTEN = 2
