"""Diplomatic missions: 주한미국대사관, 주중 한국대사관, 일본대사관, 주덴마크대사관, 스위스 대사관.

An embassy or consulate is named by the country it represents (미국대사관), the country it sits in
after 주 (주덴마크대사관, 주한 미국대사관), or both. A mission word with neither (우리 대사관, 하지만
대사관) names no particular body. A consulate written apart after a place alone (부산 영사관) may be
any country's in that city, so only an embassy takes a country written as a word before it.
"""

from __future__ import annotations

import re

from extractor.entities.names import Found, place_names
from extractor.lexicons import load_words

MISSION_RE = re.compile(
    r"(?:대사관|총영사관|영사관)(?![가-힣])|(?:대사관|총영사관|영사관)(?=[은는이가을를의와과도에])"
)
WORD_RE = re.compile(r"[^ \t\n]+$")


def _is_country(word: str) -> bool:
    return word in place_names() or word == "대한민국"


def _is_host(word: str) -> bool:
    """주덴마크, 주한: 주 and the country the mission sits in."""
    if not word.startswith("주") or len(word) < 2:
        return False
    host = word[1:]
    return host in load_words("mission_hosts.txt") or _is_country(host)


def _is_host_and_country(stem: str) -> bool:
    """주한미국, 주덴마크한국: 주, the host, then the country the mission represents."""
    return any(_is_host(stem[:cut]) and _is_country(stem[cut:]) for cut in range(2, len(stem) - 1))


def _word_before(text: str, end: int) -> tuple[str, int]:
    """The run of non-space characters ending at `end` (empty when a space is there), and its start."""
    m = WORD_RE.search(text, max(0, end - 20), max(0, end))
    return (m.group(), m.start()) if m is not None and end > 0 else ("", end)


def diplomatic_missions(text: str) -> list[Found]:
    """Every mission named by its country or its host, with where it is written."""
    found: list[Found] = []
    for m in MISSION_RE.finditer(text):
        stem, start = _word_before(text, m.start())
        if stem and not (_is_host(stem) or _is_country(stem) or _is_host_and_country(stem)):
            continue
        spaced = text[start - 1 : start] in (" ", "\t")
        prev, prev_start = _word_before(text, start - 1) if spaced else ("", 0)
        if prev and _is_host(prev) and not (stem and _is_host(stem)):
            start = prev_start  # 주중 한국대사관, 주이스탄불 총영사관: the host written apart
        elif not stem:
            if not (prev and _is_country(prev) and m.group() == "대사관"):
                continue  # 우리 대사관; 부산 영사관 may be any country's
            start = prev_start  # 스위스 대사관
        found.append((text[start : m.end()], start, m.end()))
    return found


MISSION_WORDS = ("총영사관", "대사관", "영사관")


def _parts(name: str) -> tuple[str, str, str] | None:
    """주일미국대사관 → (주일, 미국, 대사관); 주일대사관 → (주일, "", 대사관); else None."""
    squeezed = name.replace(" ", "")
    word = next((w for w in MISSION_WORDS if squeezed.endswith(w)), None)
    if word is None:
        return None
    before = squeezed[: -len(word)]
    for cut in range(2, len(before) + 1):
        host, country = before[:cut], before[cut:]
        if _is_host(host) and (not country or _is_country(country)):
            return host, country, word
    return ("", before, word) if _is_country(before) else None


def mission_ties(names: list[str]) -> list[tuple[str, str]]:
    """주일대사관 or 미국대사관 beside 주일미국대사관: the mission named by its host alone or by its
    country alone is the one the article also names with both, when only one such mission is named."""
    parsed = {name: _parts(name) for name in names}
    full = {name: part for name, part in parsed.items() if part is not None and part[0] and part[1]}
    ties: list[tuple[str, str]] = []
    for short, part in parsed.items():
        if part is None or _has_both(part):
            continue
        host, country, word = part
        same = {
            name for name, (h, c, w) in full.items() if w == word and (h == host if host else c == country)
        }
        if len(same) == 1:
            ties.append((same.pop(), short))
    return ties


def _has_both(part: tuple[str, str, str]) -> bool:
    return bool(part[0] and part[1])
