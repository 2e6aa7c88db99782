"""Short names an article gives a body it named in full, read from the text.

- a gloss in parentheses (한국해운협회(해협), 부산항만공사(BPA)) or announced with 이하;
- a word ending like a body and glossed by its own short form (전국철도노동조합(철도노조));
- a short word for a body named in full (도교육청 after 충청남도교육청, 한운노조).
Each returns candidates or (full, short) ties for `org_merge._merge`.
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.names import (
    Word,
    is_latin_acronym,
    org_suffix_strength,
    particles,
    place_names,
    split_particle,
    strip_legal,
    titles,
)
from extractor.entities.names_match import Matches
from extractor.entities.org_candidate import _Candidate
from extractor.entities.org_merge import (
    HEAD_ABBREVIATIONS,
    LEVELS,
    _abbreviates,
    _abbreviation_bases,
    _is_subsequence,
)

# "한국해운협회(해협)": a body's name with its abbreviation in parentheses.
ABBREVIATION_RE = re.compile(
    r"""
    \(                            # the parenthesis glued to the full name
    (?P<abbr>[가-힣A-Za-z]{2,5})   # the short form
    \)                            # close
    """,
    re.VERBOSE,
)


# "한국해운협회(회장 강태윤·이하 해협)": the short form announced with 이하 ("hereafter").
HEREAFTER_RE = re.compile(
    r"""
    \(                                # the parenthesis glued to the full name
    [^()\n]{0,30}?                    # anything before, e.g. the head's name
    이하[ \t]*['‘"“]?                 # "hereafter", maybe quoting the short form
    (?P<abbr>[가-힣A-Za-z]{2,8})        # the short form
    ['’"”]?[ \t]*\)                   # close
    """,
    re.VERBOSE,
)


def _short_name_candidates(words: list[Word], candidates: list[_Candidate]) -> list[_Candidate]:
    """도교육청 after 충청남도교육청, 한운노조 after 한빛운송노동조합: a word the article uses for a body
    it named in full, though Kiwi sees no proper noun in it."""
    fulls = {"".join(strip_legal(c.name).split()) for c in candidates}
    bases = {base for c in candidates for base in _abbreviation_bases(c.name)}
    cuts = tuple(cut for _, cut in HEAD_ABBREVIATIONS)
    out: list[_Candidate] = []
    for word in words:
        stem, particle = split_particle(word.text)
        if len(stem) < 3 or stem in fulls or not (stem.startswith(LEVELS) or stem.endswith(cuts)):
            continue  # cheap filter first: only a level's or a cut head's words can be short names
        if particle and particle not in particles():
            continue
        level = stem.startswith(LEVELS) and any(f.endswith(stem) and f != stem for f in fulls)
        if level or any(_abbreviates(stem, base) for base in bases):
            out.append(_Candidate(stem, word.start, word.start + len(stem)))
    return out


def _glossed_candidates(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    """전국철도노동조합(철도노조): a word ending like a body and glossed by its own short form is a body,
    though Kiwi sees no proper noun in it."""
    ends = {c.end for c in candidates}
    out: list[_Candidate] = []
    for m in ABBREVIATION_RE.finditer(doc.text):
        if m.start() in ends:
            continue
        word = re.search(r"[가-힣]{3,20}$", doc.text[max(0, m.start() - 20) : m.start()])
        if word is None:
            continue
        full = word.group()
        if org_suffix_strength(full) not in ("body", "company") or full in titles():
            continue
        if _is_gloss(doc.text, full, m):
            out.append(_Candidate(full, m.start() - len(full), m.start()))
    return out


def _is_gloss(text: str, full: str, m: re.Match[str]) -> bool:
    """Whether "(abbr)" after `full` gives the body's short form: its letters in order, Latin initials,
    or a name the article goes on to use (한국철도공사(코레일) … 코레일은)."""
    abbr = m.group("abbr")
    if _is_subsequence(abbr, strip_legal(full)) or (is_latin_acronym(abbr) and abbr.isupper()):
        return True
    if not abbr.isalpha() or abbr in titles() or abbr in place_names() or len(abbr) < 2:
        return False
    return _used_later(text, abbr, m.end())


def _used_later(text: str, word: str, pos: int) -> bool:
    """`word` stands alone (maybe with a particle) somewhere after `pos`."""
    for found in re.finditer(rf"(?<![가-힣A-Za-z]){re.escape(word)}(?P<rest>[가-힣]*)", text[pos:]):
        if not found.group("rest") or found.group("rest") in particles():
            return True
    return False


def _abbreviation_ties(doc: Document, found: Matches, candidates: list[_Candidate]) -> list[tuple[str, str]]:
    """(full, short) pairs written as "한국해운협회(해협)": the short form follows the full name's letters."""
    by_end = {c.end: c.name for c in candidates}
    ties: list[tuple[str, str]] = []
    for m in ABBREVIATION_RE.finditer(doc.text):
        full = by_end.get(m.start())
        abbr = m.group("abbr")
        # 부산항만공사(BPA): the Latin initials of the body's English name gloss it too
        if full and _is_gloss(doc.text, full, m):
            ties.append((full, abbr))
    for m in HEREAFTER_RE.finditer(doc.text):
        full = by_end.get(m.start())
        if full and m.group("abbr") != strip_legal(full):
            ties.append((full, m.group("abbr")))
    return ties
