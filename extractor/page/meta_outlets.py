"""Outlet names of article metadata: what a site's or paper's name looks like, portals, and the
paper's name out of a longer label ("한빛일보 뉴스센터" → 한빛일보).

A leaf under `metadata`: names only, no bylines or dates; the names themselves live in tables under
``lexicons/``.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_rows, load_words


def looks_like_outlet(name: str) -> bool:
    """A publication's name by its ending (…뉴스, …일보, …저널) or a known agency.

    >>> looks_like_outlet("한빛의정저널"), looks_like_outlet("기자수첩"), looks_like_outlet("경제")
    (True, False, False)
    """
    name = name.strip()
    if not 2 <= len(name) <= 25 or is_portal(name) or is_section_tag(name):
        return False
    if name in load_words("outlet_names.txt") or _regional_broadcaster(name):
        return True
    # An ending alone (경제, 포커스, 채널) is a section label; a name has something before it.
    suffixes = load_words("outlet_suffixes.txt")
    return any(name.endswith(suffix) and len(name) > len(suffix) for suffix in suffixes)


_REGIONAL_STATION = re.compile(
    r"""
    (?P<net>[A-Z]{2,5}) \s? (?P<place>[가-힣]{2,4})     # the network, then the region: MBC충북, KBS 대전
    | (?P<place_first>[가-힣]{2,4}) \s? (?P<net_after>[A-Z]{2,5})   # or the region first: 충북MBC
    """,
    re.VERBOSE,
)


def _regional_broadcaster(name: str) -> bool:
    """A national broadcaster's regional station: its acronym and the region, either way round
    (MBC충북, KBS대전, 충북MBC — stations brand themselves both ways).

    >>> _regional_broadcaster("MBC충북"), _regional_broadcaster("안동MBC"), _regional_broadcaster("KBS")
    (True, True, False)
    >>> _regional_broadcaster("MBC사장"), _regional_broadcaster("사장MBC")
    (False, False)
    """
    match = _REGIONAL_STATION.fullmatch(name)
    if match is None:
        return False
    network, place = match["net"] or match["net_after"], match["place"] or match["place_first"]
    return network in load_words("outlet_names.txt") and place in load_words("place_names.txt")


def is_section_tag(tag: str) -> bool:
    """A section, desk or column label (경제, 기자수첩, 단독), never a publication.

    >>> is_section_tag("생활경제"), is_section_tag("한빛경제")
    (True, False)
    """
    return tag.strip() in load_words("section_tags.txt")


_BRAND_SUFFIX = re.compile(r"\s+[-–—|]\s+[A-Za-z][A-Za-z0-9 .]*$")  # "한빛미디어 - Hanbitmedia"
# "한빛일보 - 아침을 여는 신문": the paper's motto after a dash; the name is one or two words before it
_MOTTO_SUFFIX = re.compile(r"^(?P<name>\S+(?:\s\S+)?)\s+[-–—]\s+[가-힣][가-힣 ,·]{3,30}$")
_NAME_MARKS = "《》〈〉「」『』<>"  # "《한빛사람들》": a title's marks around the name
_TAGLINE = re.compile(r"^\s*['‘\"“][^'’\"”]{2,30}['’\"”]\s*")  # "'대중문화 전문가그룹' 한빛미디어"
_LEGAL_FORM = re.compile(r"^(?:\(주\)|㈜|주\)|주식회사)\s*")  # (주)누리신문사, and "주)" a copy cut
_COMPANY_WORD = "사"
# A Hangul reading in parentheses after a name ending in a Latin letter or digit: 누리Q(큐), 누리1(원)
_READING_GLOSS = re.compile(r"(?<=[A-Za-z0-9])\([가-힣]{1,4}\)$")
_AGENCY_WORD = re.compile(r"통신사$")  # "뉴시스통신사": the agency's legal name
_TAGLINE_WORDS = 3  # "종합 경제정보 미디어 한빛일보": a name is one or two words, a tagline runs longer


def paper_name(outlet: str) -> str:
    """The publication itself, without a tagline, a Latin brand suffix or a sub-brand after it.

    >>> paper_name("종합 경제정보 미디어 누리일보"), paper_name("'문화 전문가그룹' 누리미디어")
    ('누리일보', '누리미디어')
    >>> paper_name("누리미디어 - Nurimedia"), paper_name("누리일보 스타in"), paper_name("NBS 누리방송")
    ('누리미디어', '누리일보', 'NBS 누리방송')
    >>> paper_name("공감언론 뉴시스통신사")
    '뉴시스'
    >>> paper_name("누리일보 - 아침을 여는 신문"), paper_name("《한빛사람들》 - 한빛시민의 신문")
    ('누리일보', '한빛사람들')
    >>> paper_name("(주)누리신문사"), paper_name("주)누리신문사"), paper_name("누리통신사")
    ('누리신문', '누리신문', '누리통신사')
    >>> paper_name("스포츠누리Q(큐)"), paper_name("누리일보(부산)")
    ('스포츠누리Q', '누리일보(부산)')
    """
    name = _BRAND_SUFFIX.sub("", _TAGLINE.sub("", outlet)).strip()
    name = _LEGAL_FORM.sub("", name)
    name = _READING_GLOSS.sub("", name)  # 누리Q(큐): the Latin letter's reading, no part of the name
    one_word = " " not in name and not _AGENCY_WORD.search(name)
    if one_word and name.endswith(_COMPANY_WORD) and looks_like_outlet(name[: -len(_COMPANY_WORD)]):
        name = name[: -len(_COMPANY_WORD)]  # 누리신문사: the paper's company, named as the paper
    if motto := _MOTTO_SUFFIX.match(name):
        name = motto["name"]
    name = name.strip(_NAME_MARKS).strip()
    agencies = load_words("outlet_names.txt")
    words = [_AGENCY_WORD.sub("", w) if _AGENCY_WORD.sub("", w) in agencies else w for w in name.split()]
    name = " ".join(words)
    if len(words) == 2 and all(re.match(r"[가-힣]", w) for w in words) and words[1] in agencies:
        return words[1]  # "공감언론 한빛통신": a motto, then the agency
    if len(words) >= _TAGLINE_WORDS and all(re.match(r"[가-힣]", w) for w in words[:-1]):
        return words[-1]
    if len(words) == 2 and re.match(r"[가-힣]", words[0]) and looks_like_outlet(words[0]):
        return words[0]  # a paper's sub-brand: "한빛일보 스타in", "한빛신문 나우뉴스"
    return name or outlet


@cache
def _portal_names() -> frozenset[str]:
    return frozenset(_squash(name) for name, _domain in load_rows("portals.tsv", 2))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def is_portal(name: str) -> bool:
    """A portal that republishes other outlets' articles (네이버, 다음 …), not a publication."""
    return _squash(name) in _portal_names()


def outlet_from_meta(value: str) -> str | None:
    """An outlet from a meta tag's value, without the portal part: "한빛경제 | 네이버" → 한빛경제."""
    parts = [p.strip() for p in re.split(r"\s*[|｜:]\s*|\s+-\s+", value) if p.strip()]
    kept = [p for p in parts if not is_portal(p)]
    return kept[0] if kept and len(kept[0]) <= 30 else None
