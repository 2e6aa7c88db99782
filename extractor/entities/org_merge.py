"""Which spellings name one body, and the grouping of candidates into bodies.

- `canonical_name`/`canonical_keys`: one spelling per body for the spellings articles alternate
  between (대전광역시/대전시/대전시청, 한빛자동차/한빛차, 한빛대학교/한빛대, (주)누리텍/누리텍);
- `short_forms`/`head_splits`: the shorter spellings an article uses once a body is named
  (대전도시공사 → 도시공사, 법무법인 다온 → 다온);
- `_merge`: a union-find over candidates' spellings, joined by shared keys, by the ties other
  modules find, by a level before a head (도교육청), by abbreviations (전교조) and by heads.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor.entities.names import (
    firm_prefixes,
    foreign_company_words,
    government_bodies,
    longest_suffix,
    max_org_suffix_len,
    org_suffix_strength,
    org_suffixes,
    place_names,
    strip_legal,
)
from extractor.entities.org_candidate import _Candidate
from extractor.lexicons import load_rows, load_words

# A local government written out: place + administrative level (+ 청 for its office).
LOCAL_GOV_RE = re.compile(
    r"""
    ^(?P<place>[가-힣]{1,4}?)                          # the place: 대전, 보성, 청주
    (?P<level>특별자치시|특별자치도|광역시|특별시|시|군|구|도)  # its administrative level
    (?P<office>청)?                                     # 시청/군청: the office stands for the body
    (?P<rest>.*)$                                       # a unit of that government, if any
    """,
    re.VERBOSE,
)


UNIVERSITY_SHORT = ("대학교", "대")


CAR_SHORT = ("자동차", "차")


@cache
def province_short_forms() -> tuple[tuple[str, ...], ...]:
    """(full name, press short form) of provinces and metropolitan cities, longest first."""
    return tuple(sorted(load_rows("province_short_forms.tsv", 2), key=lambda row: -len(row[0])))


@lru_cache(maxsize=1 << 14)  # pure, and asked about the same names many times per article
def canonical_name(name: str) -> str:
    """One spelling per body for the spellings articles alternate between.

    >>> canonical_name("대전광역시") == canonical_name("대전시") == canonical_name("대전시청")
    True
    >>> canonical_name("한빛자동차"), canonical_name("한빛대학교"), canonical_name("(주)누리텍")
    ('한빛차', '한빛대', '누리텍')
    """
    flat = "".join(strip_legal(name).split())
    flat = government_bodies().get(flat, flat)
    for full, short in province_short_forms():
        if flat.startswith(full):  # 전라남도 / 전남도 → 전남
            flat = short + flat[len(full) :]
            break
    flat = flat.replace(*CAR_SHORT)
    # 전남대학교병원 / 전남대병원, 한라대학교 / 한라대: the university's short form anywhere in the name
    flat = flat.replace(*UNIVERSITY_SHORT)
    if flat.endswith(("시청", "군청", "구청", "도청")):
        flat = flat[:-1]  # 한빛시청 → 한빛시: the office stands for the government
    m = LOCAL_GOV_RE.match(flat)
    # 대전광역시 보건환경연구원 → 대전보건환경연구원, 보성군청 → 보성; but 대전도시공사 is 대전 + 도시공사,
    # so a one-syllable level only collapses when nothing follows it.
    if m and m.group("place") in place_names() and (len(m.group("level")) > 1 or not m.group("rest")):
        flat = m.group("place") + m.group("rest")
    return flat


def canonical_keys(name: str) -> set[str]:
    """Keys that make two spellings one body outright (누리글라스사 → 누리글라스 as well)."""
    flat = canonical_name(name)
    keys = {flat}
    party = longest_suffix(flat, org_suffixes(), max_org_suffix_len())
    if party is not None and org_suffixes()[party] == "party":
        keys.add(party)  # 더불어민주당 / 민주당
    if flat.endswith("사") and len(flat) >= 3 and not flat.endswith(("공사", "회사")):
        keys.add(flat[:-1])
    keys.update(_foreign_short_form(name))
    return keys


def _foreign_short_form(name: str) -> list[str]:
    """캐스케이드 세미컨덕터 → 캐스케이드: a foreign firm goes by its own name without the designator."""
    words = strip_legal(name).split()
    if len(words) == 2 and words[1] in foreign_company_words() and len(words[0]) >= 2:
        return [words[0]]
    return []


def head_splits(name: str) -> list[tuple[str, str]]:
    """(qualifier, head) readings of a body's name: 부산 서구의회 → (부산, 서구의회);
    대전도시공사 → (대전, 도시공사). Another spelling of the same head joins it when its own
    qualifier is empty or starts the same way (누리모터스 연구개발본부 / 누리모더스연구개발본부).

    >>> head_splits("대전도시공사")
    [('대전', '도시공사')]
    """
    words = strip_legal(name).split()
    splits: list[tuple[str, str]] = []
    if len(words) > 1 and org_suffix_strength(words[-1]) is not None:
        splits.append((canonical_name(" ".join(words[:-1])), canonical_name(words[-1])))
    flat = canonical_name(name)
    for size in (3, 2):
        if flat[:size] in place_names() and len(flat) - size >= 3:
            splits.append((flat[:size], flat[size:]))
            break
    return splits


def _is_subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return len(short) < len(full) and all(ch in it for ch in short)


def short_forms(name: str) -> list[str]:
    """Shorter spellings articles use for a body once named: 한빛자동차 → 한빛차, 한빛대학교 → 한빛대,
    대전도시공사 → 도시공사.

    >>> short_forms("한빛자동차"), short_forms("한빛대학교")
    (['한빛차'], ['한빛대'])
    """
    bare = strip_legal(name)
    out: list[str] = []
    first, _, rest = bare.partition(" ")
    if first in firm_prefixes() and len(rest) >= 2:
        out.append(rest)  # 법무법인 다온 → 다온
    out += _foreign_short_form(bare)
    out += [task + "위" for task in load_words("generic_committees.txt") if bare.endswith(task + "위원회")]
    if " " not in bare:
        if CAR_SHORT[0] in bare:
            out.append(bare.replace(*CAR_SHORT))
        if UNIVERSITY_SHORT[0] in bare:  # 한라대학교 → 한라대, 한라대학교병원 → 한라대병원
            out.append(bare.replace(*UNIVERSITY_SHORT))
    # A head is a short form only after a place (대전도시공사 → 도시공사, 부산 서구의회 → 서구의회);
    # after a company (누리모터스 연구개발본부) it is a generic noun.
    out += [
        head
        for qualifier, head in head_splits(bare)
        if qualifier in place_names() and len(head) >= 4 and org_suffix_strength(head) is not None
    ]
    return [s for s in out if s != bare and len(s) >= 2]


class _UnionFind:
    def __init__(self, items: list[str]) -> None:
        self.parent = {n: n for n in items}

    def find(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(b)] = self.find(a)


def _merge(
    candidates: list[_Candidate], ties: list[tuple[str, str]], tie_only: frozenset[str] = frozenset()
) -> list[list[str]]:
    """Union the spellings that share a key; returns groups of distinct names in text order.
    `tie_only` spellings join their tie alone: a club's 대전 is not the city's 대전시."""
    names = list(dict.fromkeys(c.name for c in candidates))
    names += [short for _, short in ties if short not in names]
    uf = _UnionFind(names)
    owner_of_key: dict[str, str] = {}
    for n in names:
        if n in tie_only:
            continue
        for key in canonical_keys(n):
            if key in owner_of_key:
                uf.union(owner_of_key[key], n)
            else:
                owner_of_key[key] = n
    for full, short in ties:
        uf.union(full, short)
    _merge_headed_by_level(names, uf)
    _merge_abbreviations(names, uf)
    _merge_heads(names, uf)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(uf.find(n), []).append(n)
    return list(groups.values())


# A local-government level before a body's head (도교육청, 시의회) says "the province's", "the city's".
LEVELS = ("도", "시", "군", "구")


def _merge_headed_by_level(names: list[str], uf: _UnionFind) -> None:
    """도교육청 → 경기도교육청: the one body whose name ends with the level and the head."""
    for name in names:
        if len(name) < 3 or not name.startswith(LEVELS) or " " in name:
            continue
        owners = {uf.find(o) for o in names if o != name and "".join(strip_legal(o).split()).endswith(name)}
        if len(owners) == 1:
            uf.union(owners.pop(), name)


def _merge_abbreviations(names: list[str], uf: _UnionFind) -> None:
    """학비노조 → 학교비정규직노동조합, 전교조 → 전국교직원노동조합: a short name made of the full
    name's syllables in order, from its first to its last, when only one body could own it."""
    for short in names:
        flat = "".join(strip_legal(short).split())
        if not 3 <= len(flat) <= 5 or any(o != short and uf.find(o) == uf.find(short) for o in names):
            continue  # 현대차 is already 현대자동차's: no other body's abbreviation
        owners = {
            uf.find(full)
            for full in names
            if full != short and any(_abbreviates(flat, form) for form in _abbreviation_bases(full))
        }
        if len(owners) == 1:
            uf.union(owners.pop(), short)


# How a body's head noun is cut in its abbreviation: 노동조합 → 노조, 위원회 → 위, 협회 → 협.
HEAD_ABBREVIATIONS = (
    ("노동조합", "노조"),
    ("위원회", "위"),
    ("협의회", "협"),
    ("협회", "협"),
    ("본부", "본"),
)


def _abbreviation_bases(full: str) -> list[str]:
    """The name run together, and its last word: 국수본 shortens 국가수사본부 of 경찰청 국가수사본부."""
    words = strip_legal(full).split()
    return ["".join(words), words[-1]] if len(words) > 1 else words


def _abbreviates(short: str, full: str) -> bool:
    """학비노조 for 학교비정규직노동조합: the head cut the usual way, the rest the full name's syllables
    in order from its first."""
    for head, cut in HEAD_ABBREVIATIONS:
        if full.endswith(head) and short.endswith(cut):
            rest, full_rest = short[: -len(cut)], full[: -len(head)]
            return bool(rest) and rest[0] == full_rest[:1] and _is_subsequence(rest, full_rest)
    return False


def _merge_heads(names: list[str], uf: _UnionFind) -> None:
    """Join a spelling to the one body whose head it repeats; leave it alone when several could own it."""
    splits = [(n, q, head) for n in names for q, head in head_splits(n)]
    for _ in range(3):  # a join can make a later spelling unambiguous: repeat until settled
        if not _merge_heads_once(names, splits, uf):
            return


def _merge_heads_once(names: list[str], splits: list[tuple[str, str, str]], uf: _UnionFind) -> bool:
    changed = False
    for name in names:
        flat = canonical_name(name)
        owners = {
            uf.find(owner)
            for owner, qualifier, head in splits
            if owner != name and flat.endswith(head) and _same_qualifier(flat[: -len(head)], qualifier)
        }
        owners.discard(uf.find(name))
        if len(owners) == 1:
            uf.union(owners.pop(), name)
            changed = True
    return changed


def _same_qualifier(mine: str, theirs: str) -> bool:
    """No qualifier (도시공사) or one that starts like theirs (누리모더스 ~ 누리모터스)."""
    return not mine or (len(mine) >= 2 and mine[:2] == theirs[:2])
