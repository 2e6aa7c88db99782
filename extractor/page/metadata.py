"""Article metadata helpers shared by text and HTML pages.

Dates become ISO 8601 in Korean time (``2022-02-10T10:59:00+09:00``; a bare
date stays ``2022-02-10``); bylines, datelines, copyright lines and broadcast
sign-offs give reporters and the outlet. Everything here is general Korean
press grammar; outlet and portal names live in tables under ``lexicons/``.

By concern: dates in `meta_dates`, outlet names in `meta_outlets`, bylines and names in
`meta_reporters`; this module reads header byline fields and copyright lines with them and keeps
every public name importable from one place.
"""

from __future__ import annotations

import re

from extractor.lexicons import load_words
from extractor.page.meta_dates import (
    ENGLISH_DATE_PATTERN,
    KST,
    fill_published_from_updated,
    has_time,
    is_date_field,
    labelled_dates,
    parse_datetime,
    set_date,
)
from extractor.page.meta_outlets import (
    _TAGLINE,
    is_portal,
    is_section_tag,
    looks_like_outlet,
    outlet_from_meta,
    paper_name,
)
from extractor.page.meta_reporters import (
    _BYLINE_FIELD,
    _BYLINE_OPENER,
    EMAIL_PATTERN,
    anchor_intro,
    byline_pattern,
    email_only,
    is_name,
    posted_correspondent_at,
    reporters_in,
    sign_off,
    town_named_writer,
    without_credits,
)
from schemas import Metadata, Reporter

# What moved to meta_dates, meta_outlets and meta_reporters stays importable from here.
__all__ = [
    "DESK_ENDING",
    "EMAIL_PATTERN",
    "ENGLISH_DATE_PATTERN",
    "KST",
    "add_reporters",
    "anchor_intro",
    "attach_email",
    "byline_outlet",
    "byline_pattern",
    "byline_section",
    "copyright_outlet",
    "email_only",
    "fill_published_from_updated",
    "has_time",
    "is_copyright",
    "is_date_field",
    "is_flattened_body",
    "is_name",
    "is_portal",
    "is_section_tag",
    "labelled_dates",
    "looks_like_outlet",
    "outlet_from_meta",
    "paper_name",
    "parse_datetime",
    "posted_correspondent_at",
    "reporters_in",
    "set_date",
    "sign_off",
    "split_section",
    "town_named_writer",
    "without_credits",
]


DESK_ENDING = re.compile(
    r"""
    (?: 부 | 팀 | 국 | 본부 | 센터 | 데스크 | 취재단 )  # 사회부, 탐사보도팀, 영남취재본부
    $
    """,
    re.VERBOSE,
)
# A publication's name as one run of letters (한빛일보, 한빛TV, 뉴스1), or a Latin one of a few words.
_OUTLET_WORD = re.compile(r"[\w가-힣]{2,20}")
_LATIN_OUTLET = re.compile(r"[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*){1,3}")
_CALL_SIGN_OUTLET = re.compile(
    r"""
    [A-Z]{2,5}           # a broadcaster's call letters: HBS
    \s                   # one space
    [가-힣][\w가-힣]{1,15}  # then its Korean name: 한빛방송
    """,
    re.VERBOSE,
)


def byline_outlet(line: str, *, unsuffixed: bool = False) -> str | None:
    """The publication a header byline opens with, before the writer or the first bar.

    Regional and portal copies print "한빛일보 김도윤 기자 | 2025-06-21 17:40" or
    "한빛일보 | 김도윤 기자 | 입력 : …": the first field is the outlet when it is shaped
    like one (…일보, …신문, …뉴스); a desk (사회부) or label (기자명) is not. Date fields before
    it are skipped. Without a writer the line must be the outlet and dates only
    ("한빛일보 | 2025-04-14 17:20").

    >>> byline_outlet("누리일보 김도윤 기자 | 2025-06-21"), byline_outlet("누리신문 | 김도윤 기자 | 입력")
    ('누리일보', '누리신문')
    >>> byline_outlet("기자명 김도윤 기자 입력 2026.03.04"), byline_outlet("사회부 | 김도윤 기자")
    (None, None)
    >>> byline_outlet("누리일보 | 2025-04-14 17:20"), byline_outlet("누리경제 | 입력 2025-10-23 | 수정 …")
    ('누리일보', None)
    >>> byline_outlet("누리경제 | 입력 2025-10-23 11:20 | 수정 2025-10-23 13:05")
    '누리경제'
    >>> byline_outlet("입력 2026-05-20 14:10 | 누리일보 김도윤 기자")
    '누리일보'
    >>> byline_outlet("누리일보 | 사회 | 2024.10.16 14:05"), byline_outlet("NBS 누리방송 | 2024-09-03 20:12")
    ('누리일보', 'NBS 누리방송')
    >>> byline_outlet("김도윤 기자 | 누리일보 | 2024.05.03 15:20"), byline_outlet("김도윤 기자 | 누리일보")
    ('누리일보', None)
    >>> byline_outlet("누리일보 원문 기사전송 2024-05-03 15:20")
    '누리일보'

    With `unsuffixed` (the line directly under the headline) a dated line's first field is the
    outlet whatever its name ends with, as long as it is one name and not a desk, section, place
    or person:

    >>> line = "누리마당 | 2024-06-08 21:47"
    >>> byline_outlet(line), byline_outlet(line, unsuffixed=True)
    (None, '누리마당')
    >>> byline_outlet("대전 | 2024-06-08 21:47", unsuffixed=True)

    """
    fields = [f for f in _BYLINE_FIELD.split(line.strip(_BYLINE_OPENER)) if f.strip()]
    while len(fields) > 1 and is_date_field(fields[0]):  # "입력 2026-05-20 | 한빛일보 김도윤 기자"
        fields.pop(0)
    if not fields:
        return None
    split = _name_then_date(fields[0].strip())
    fields[:1] = split
    # "한빛마당 2024-06-08" with no bar: only a name ending like an outlet's is read as one
    unsuffixed = unsuffixed and len(split) == 1
    first = fields[0].strip()
    writers = reporters_in(line)
    if not writers:
        # No writer: only dates after the first field ("한빛일보 | 입력 2025-10-23 11:20 | 수정 …"),
        # maybe the section ("한빛일보 | 사회 | 2024.10.16 14:05").
        if len(fields) < 2 or not _sections_and_dates(fields[1:]):
            return None
    elif byline := byline_pattern().search(first):
        first = first[: byline.start("names")].strip().rstrip(" =")  # "누리스포츠 = 김도윤 기자"
        if not first and len(fields) >= 3 and _sections_and_dates(fields[2:]):
            first = fields[1].strip()  # "김도윤 기자 | 누리일보 | 2024.05.03": the paper, then dates
    elif len(fields) < 2:  # a lone field is the byline itself, never an outlet before it
        return None
    first = _ORIGINAL_LINK.sub("", first.strip(_BYLINE_OPENER))
    # One word ("사진=한빛일보" is a photo credit, "지역 뉴스" a column label), a Latin name of a
    # few words ("The Hanbit Times"), or call letters and a Korean name ("HBS 한빛방송").
    if not (
        _OUTLET_WORD.fullmatch(first) or _LATIN_OUTLET.fullmatch(first) or _CALL_SIGN_OUTLET.fullmatch(first)
    ):
        return None
    if DESK_ENDING.search(first):
        return None
    if looks_like_outlet(first) or (unsuffixed and not writers and _plain_outlet_name(first)):
        return first
    return None


_ORIGINAL_LINK = re.compile(r"\s*원문$")  # "누리일보 원문 기사전송 …": a portal's link to the paper's page
_DATE_FIELD_MAX_WORDS = 16  # label, date, weekday, clock and a second labelled date, with room


def _name_then_date(field: str) -> list[str]:
    """A field holding a name and then its date, with no bar between them, as two fields.

    >>> _name_then_date("누리데일리 2025.10.15 21:03"), _name_then_date("누리일보")
    (['누리데일리', '2025.10.15 21:03'], ['누리일보'])
    >>> _name_then_date("2025.12.03 구청 발표")
    ['2025.12.03 구청 발표']
    """
    words = field.split()
    # A date field is a few words ("입력 2023.09.07. 오후 12:22"): trying only the last few cuts
    # keeps a long line linear (each try re-scans the rest of the line).
    for cut in range(max(1, len(words) - _DATE_FIELD_MAX_WORDS), len(words)):
        date = " ".join(words[cut:])
        if is_date_field(date):
            return [" ".join(words[:cut]), date]
    return [field]


def _sections_and_dates(fields: list[str]) -> bool:
    """Byline fields after the outlet that are dates, with at most one section label among them."""
    sections = [f for f in fields if is_section_tag(f)]
    dates = [f for f in fields if is_date_field(f)]
    return bool(dates) and len(sections) <= 1 and len(sections) + len(dates) == len(fields)


def byline_section(line: str) -> str | None:
    """The section label among a header line's fields: "한빛일보 | 사회 | 2024.10.16 14:05" → 사회.

    >>> byline_section("누리일보 | 사회 | 2024.10.16 14:05"), byline_section("누리일보 | 2024.10.16")
    ('사회', None)
    """
    fields = [f.strip() for f in _BYLINE_FIELD.split(line.strip(_BYLINE_OPENER))]
    return next((f for f in fields[1:] if is_section_tag(f)), None)


_LOCAL_GOVERNMENT = re.compile(
    r"""
    [가-힣] (?: 시 | 군 | 구 | 도 ) 청? $   # 한빛시, 한빛군청: the body issuing a release, not a publication
    """,
    re.VERBOSE,
)


def _plain_outlet_name(name: str) -> bool:
    """A word that can be a publication's name although no outlet ending says so (한빛마당).

    Never a place (대전), a local government issuing a release (누리시, 누리군청), a section
    (사회), a portal, a writer's name (김도윤) or a digit run.

    >>> _plain_outlet_name("누리마당"), _plain_outlet_name("대전"), _plain_outlet_name("김도윤")
    (True, False, False)
    >>> _plain_outlet_name("누리군청"), _plain_outlet_name("2024")
    (False, False)
    """
    if not re.search(r"[가-힣A-Za-z]", name) or is_section_tag(name) or is_portal(name):
        return False
    if _LOCAL_GOVERNMENT.search(name):
        return False
    return name not in load_words("place_names.txt") and not is_name(name)


_COPYRIGHT = re.compile(
    r"""
    (?:저작권자|Copyrights?|COPYRIGHT|copyright) \s* (?:\([cC]\)|[ⓒ©Ⓒ(])? \s*  # 저작권자 ©, Copyright (c) / Ⓒ
    | ^ \s* [<\[【]? \s* [ⓒ©Ⓒ]                                               # a line opening with ⓒ
    """,
    re.VERBOSE,
)
_COPYRIGHT_TAIL = re.compile(
    r"""
    [.,]? \s* (?: (?i:all\s+rights\s+reserved) | 상업적 | 무단 | 재배포 | 무단전재 | & | ,  # after the name
    | (?i:https?://|www\.) | [a-z0-9-]+\.(?:co\.kr|com|kr|net) ) .* $
    """,
    re.VERBOSE,
)


_FLATTENED_LENGTH = 300  # a copyright footer is short; a crawled body lost its line breaks
_FLATTENED_SENTENCES = 3  # … and holds several finished sentences
_SENTENCE_STOP = re.compile(r"[가-힣]다\.")


def is_flattened_body(line: str) -> bool:
    """A whole article on one line (crawled archives lose line breaks), whatever notice it ends with.

    >>> is_flattened_body("정부는 밝혔다. " * 40 + "저작권자 © 누리일보 무단전재 및 재배포 금지")
    True
    >>> is_flattened_body("저작권자 © 누리일보 무단전재 및 재배포 금지")
    False
    """
    long_enough = len(line) > _FLATTENED_LENGTH
    return long_enough and len(_SENTENCE_STOP.findall(line, 0, 2000)) >= _FLATTENED_SENTENCES


def is_copyright(line: str) -> bool:
    """A copyright notice line; a flattened article ending with one is the article.

    >>> is_copyright("<저작권자 © 누리일보 무단전재 및 재배포 금지>")
    True
    >>> is_copyright("정부는 밝혔다. " * 40 + "ⓒ 누리일보")
    False
    """
    if is_flattened_body(line):
        return False
    if "무단" in line and "저작권법" in line and len(line) < _LAW_NOTICE_LENGTH:
        return True  # "< 누리일보의 콘텐츠는 저작권법의 보호를 받는 바, 무단전재 … 금합니다. >"
    return bool(_COPYRIGHT.search(line)) or ("무단" in line and "금지" in line and len(line) < 80)


def copyright_outlet(line: str) -> str | None:
    """The publication a copyright line names: "저작권자 © 한빛일보 무단전재 및 재배포 금지".

    >>> copyright_outlet("<저작권자ⓒ누리일보사. 무단전재-재배포 금지>")
    '누리일보사'
    >>> copyright_outlet("Copyright ⓒ 누리경제. All rights reserved. 무단 전재 및 재배포 금지.")
    '누리경제'
    >>> copyright_outlet("Copyright (c) 2020 바람골소식. All rights reserved.")
    '바람골소식'
    >>> copyright_outlet("<ⓒ누리일보 - 무단전재 금지>"), copyright_outlet("[ⓒ 누리일보 / 무단전재]")
    ('누리일보', '누리일보')
    >>> copyright_outlet("<저작권자 © '빠른 소식,누리의 모든 것' 누리뉴스, 무단전재 및 재배포 금지>")
    '누리뉴스'
    >>> paper_name(copyright_outlet('ⓒ "젊은 힘, 모바일 으뜸 누리일보"'))
    '누리일보'
    >>> copyright_outlet("Copyright Ⓒ 누리방송. All rights reserved.")
    '누리방송'
    >>> copyright_outlet("ⓒ누리일보 김도윤 기자"), copyright_outlet("저작권자(c) 누리뉴스(시민기자), 무단")
    ('누리일보', '누리뉴스')
    >>> copyright_outlet("누리저널 한빛시 중앙로 1 발행인 : 김도윤 | Copyright NURIJ. All rights reserved.")
    '누리저널'
    """
    imprint = _IMPRINT.match(line)  # "누리저널 한빛시 … 발행인 : … Copyright NURI.": the imprint's name
    if imprint and looks_like_outlet(imprint["name"]):
        return imprint["name"]
    match = _COPYRIGHT.search(line)
    if not match:
        return _notice_name(line)
    rest = line[match.end() :].strip().lstrip("ⓒ©Ⓒ").strip()
    rest = re.sub(r"^(?:19|20)\d{2}(?:\s*[-~]\s*(?:19|20)\d{2})?\s*", "", rest)  # a year after ©
    # A quoted motto before the name may hold a comma: "'빠른 소식, 누리의 모든 것' 누리뉴스, 무단…"
    motto = _TAGLINE.match(rest)
    if motto:
        after = _COPYRIGHT_TAIL.sub("", rest[motto.end() :]).strip(" .,<>()[]【】-–—/|｜ㅣ")
        # With nothing after the quotes, the quotes hold motto and name: "'젊은 힘, 누리일보'"
        rest = after or motto.group().strip(" '‘’\"“”")
        name = rest
    else:
        # Brackets, and the dash or bar before "무단…": "한빛일보 - 무단…", "한빛일보 | 무단…"
        name = _COPYRIGHT_TAIL.sub("", rest).strip(" .,<>()[]【】-–—/|｜ㅣ")
    name = _without_photographer(_TRAILING_NOTE.sub("", name))
    if not name or len(name) > 40 or is_portal(name):
        return None
    return name


# A site's imprint footer: its name, the address, then the legally required 발행인/편집인 fields.
_IMPRINT = re.compile(r"^\s*(?P<name>[가-힣A-Za-z0-9]{2,20})\s[^|]{0,80}?(?:발행인|편집인)\s?[:：]")
_TRAILING_NOTE = re.compile(r"(?<=\S)\s*\([^()]*\)?$")  # "누리뉴스(시민기자)": a note after the name


def _without_photographer(name: str) -> str:
    """ "ⓒ누리일보 김도윤 기자" under a photo: the paper, without its photographer's byline.

    >>> _without_photographer("누리일보 김도윤 기자"), _without_photographer("누리일보")
    ('누리일보', '누리일보')
    """
    byline = byline_pattern().search(name)
    if byline is None or byline.start() == 0 or name[byline.end() :].strip():
        return name
    return name[: byline.start()].strip()


# "누리일보(www.nuri.co.kr), 무단전재 및 재배포 금지": a notice with no © opens with the site's name
_NOTICE_NAME = re.compile(
    r"""
    ^ [\s\[<(【]*
    (?P<name> [가-힣A-Za-z][가-힣A-Za-z0-9]{1,19} )              # the site's name …
    \s* (?P<domain> \( (?:https?://)? [\w.-]+ \. [a-z]{2,} /? \) )?  # … its address in brackets …
    \s* [,.│|ㅣ]? \s* 무단 \s? 전재                              # … then "무단 전재"
    """,
    re.VERBOSE,
)


_LAW_NOTICE_LENGTH = 120
# "< 누리일보의 콘텐츠는 저작권법의 보호를 받는 바 …>": the notice names the paper owning the content
_LAW_NOTICE = re.compile(
    r"^[\s<\[(【]*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,19})의\s?(?:모든\s)?콘텐츠는\s?저작권법"
)
_NOTICE_THEN_MARK = re.compile(r"금지\W{0,3}[ⓒ©Ⓒ]\s*(?P<name>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,19})\W{0,3}$")


def _notice_name(line: str) -> str | None:
    """The site opening a notice that has no © mark, when its address follows it or it reads as an outlet;
    or the name after a © mark closing the notice ("무단전재 및 재배포 금지 ⓒ 누리닷컴").

    >>> _notice_name("누리일보(www.nuri.co.kr), 무단전재 및 수집, 재배포 금지")
    '누리일보'
    >>> _notice_name("한빛뉴스코리아(nbs.kr), 무단 전재 및 재배포 금지")
    '한빛뉴스코리아'
    >>> _notice_name("한빛일보 무단전재 금지")
    '한빛일보'
    >>> _notice_name("사진 무단전재 금지") is None, _notice_name("무단전재 및 재배포 금지 ⓒ 누리닷컴")
    (True, '누리닷컴')
    >>> _notice_name("< 누리신문의 콘텐츠는 저작권법의 보호를 받는 바, 무단전재·복사·재배포를 금합니다. >")
    '누리신문'
    """
    if closing := _NOTICE_THEN_MARK.search(line):
        return closing["name"]
    if (law := _LAW_NOTICE.match(line)) and looks_like_outlet(law["name"]):
        return law["name"]
    notice = _NOTICE_NAME.match(line)
    if notice is None:
        return None
    name = notice["name"]
    return name if notice["domain"] or looks_like_outlet(name) else None


def add_reporters(metadata: Metadata, reporters: list[Reporter]) -> None:
    """Add writers once each; a later sighting may fill in a missing e-mail."""
    known = {r.name: r for r in metadata.reporters}
    for reporter in reporters:
        if reporter.name in known:
            if known[reporter.name].email is None and reporter.email:
                known[reporter.name].email = reporter.email
            continue
        copy = Reporter(name=reporter.name, email=reporter.email)
        metadata.reporters.append(copy)
        known[copy.name] = copy


def attach_email(metadata: Metadata, email: str) -> None:
    """A bare e-mail line belongs to the only writer without one."""
    missing = [r for r in metadata.reporters if r.email is None]
    if len(missing) == 1:
        missing[0].email = email


_SECTION_TAG = re.compile(
    r"""
    ^ \s* [\[【] \s* (?P<tag>[^\]】=]{1,20}?) \s* [\]】] \s*   # [기자수첩], 【단독】
    (?P<rest>.+) $
    """,
    re.VERBOSE,
)


# "<인사> …", "〈포토〉 …", "(부고) …": angle and round brackets hold a work's title (<기생충>) or a
# remark as often as a tag, so only a known section label in them is one
_LABEL_TAG = re.compile(
    r"""
    ^ \s* [<〈(（] \s* (?P<tag>[가-힣A-Za-z/]{1,10}) \s* [>〉)）] \s*   # <인사>, 〈포토〉, (부고)
    (?P<rest>\S.*) $
    """,
    re.VERBOSE,
)


def split_section(headline: str) -> tuple[str, str | None]:
    """A leading [tag] of a headline is its section, and so is a known section label in angle or
    round brackets.

    >>> split_section("[단독] 한빛시 신청사 이전 검토"), split_section("<인사> 한빛중공업 사장 사임")
    (('한빛시 신청사 이전 검토', '단독'), ('한빛중공업 사장 사임', '인사'))
    >>> split_section("<빛의 정원> 누적 관객 100만 돌파")
    ('<빛의 정원> 누적 관객 100만 돌파', None)
    """
    match = _SECTION_TAG.match(headline)
    if match and not looks_like_outlet(match["tag"]):
        return match["rest"].strip(), match["tag"].strip()
    label = _LABEL_TAG.match(headline)
    if label and is_section_tag(label["tag"]):
        return label["rest"].strip(), label["tag"]
    return headline.strip(), None
