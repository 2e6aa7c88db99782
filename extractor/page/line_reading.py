"""What single lines give a page's reading, as return values: outlets with their rank, writers.

`textpage.LineReader` walks the lines and keeps the state; these steps only read a line (or the
blocks read so far) and return what they found, so the reader decides what to keep.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_rows, load_words
from extractor.page import bylines, datelines, site_lines, writer_lines
from extractor.page import metadata as meta
from extractor.page.line_shapes import (
    _ANGLE_SIGN_OFF,
    _BOX_ITEM,
    _CAPTION,
    _CAPTION_MARKS,
    _COLUMN_BYLINE,
    _DAY_WORDS,
    _EDITORIAL_MARKS,
    _ENGLISH_NAME,
    _PROGRAM_AND_NAME,
    _PROSE_LINE,
    _RANKED,
    _RESIDUE,
    _SCRIPT_MARKERS,
    _SENTENCE_END,
    _SUBHEADING,
    _TAIL_BYLINE,
    _header_residue,
    _shaped_writers,
    _strip_dates,
)
from extractor.page.page import Block
from extractor.page.title_shapes import continues
from schemas import Metadata, Reporter

# Outlet sources, strongest first: a dateline names the publication that wrote the article;
# a header byline ("한빛일보 | 김도윤 기자 | 입력 …") names the writer's paper, ahead of the
# copyright line of the site showing the copy; a site name alone on the page's first line (its
# masthead) is the weakest hint.
# A press e-mail or web domain (hong@yna.co.kr) is the last resort.
(
    OUTLET_DATELINE,
    OUTLET_META,
    OUTLET_BYLINE,
    OUTLET_COPYRIGHT,
    OUTLET_SIGN_OFF,
    OUTLET_MASTHEAD,
    OUTLET_DOMAIN,
    OUTLET_ENGLISH,
) = range(8)
_NOTICE_REACH = 300  # a copyright notice closing a one-line article stands in its last characters

Outlet = tuple[int, str]  # (rank, name): the lowest rank wins


def copyright_source(line: str) -> Outlet | None:
    """The outlet a copyright line names, ranked: an English company name or a photographer's
    "ⓒ 김도윤" alone is the faintest hint of all."""
    if affiliate := mbc_affiliate(line):  # an MBC affiliate is its own company (대구MBC)
        return (OUTLET_ENGLISH, affiliate)
    name = meta.copyright_outlet(line)
    if not name:
        return None
    english = _ENGLISH_NAME.fullmatch(name) and not name.isupper()
    # "ⓒ 김도윤" alone under a photo: the photographer's credit, the faintest hint of all
    alone = name == line.lstrip("ⓒ©Ⓒ ").strip()
    credit = alone and meta.is_name(name) and not meta.looks_like_outlet(name)
    return (OUTLET_ENGLISH if english or credit else OUTLET_COPYRIGHT, name)


def byline_writers(line: str, source: str | None = None) -> tuple[list[Reporter], list[Outlet]]:
    """Writers of a byline line, and the publication opening it ("한빛일보 | 김도윤 기자 | …").

    A photographer credited on the same line ("… 사진 김도윤 기자") is no writer; `source` is the
    line before its label was cut ("글·사진 김도윤 기자" names the writer).
    """
    whole = source or line
    shaped, portal_outlet = _shaped_writers(line)
    found = shaped or meta.reporters_in(line)
    outlets: list[Outlet] = []
    if portal_outlet:
        outlets.append((OUTLET_BYLINE, portal_outlet))
    found = [r for r in found if not bylines.is_photo_credit(whole, whole.find(r.name))]
    outlet = meta.byline_outlet(line)  # with no writer, only an outlet before date fields
    if outlet:
        outlets.append((OUTLET_BYLINE, outlet))
    dateline = datelines.parse_dateline(line)  # "(서울=뉴스1) 김도윤 기자" alone on its line
    if dateline and dateline.outlet:
        outlets.append((OUTLET_DATELINE, dateline.outlet))
    return found, outlets


def summary_line(line: str) -> str | None:
    """A summary line under the headline ("- 요약 -", a short unfinished line): its text, else None.

    >>> summary_line("- 전국 최초 공공 도서관 -"), summary_line("구청은 도서관을 새로 짓는다.")
    ('전국 최초 공공 도서관', None)
    """
    subheading = _SUBHEADING.match(line)
    if subheading or (
        len(line) <= 80
        and not _SENTENCE_END.search(line)
        and not continues(line)
        and not _CAPTION.search(line)
    ):
        # "- 요약 -": the closing dash frames the summary line, it is not part of it
        return subheading["text"].rstrip(" -–—ㅡ") if subheading else line
    return None


def angle_sign_off(line: str) -> tuple[str, bool] | None:
    """A "<한빛제주>" sign-off closing a line: the name, and whether it stands alone on the line.

    A publication's name alone on a line in brackets, spaced or not, signs off too ("< 누리 뉴스통신 >",
    "[누리스포츠]"); a bracketed desk or heading there ("[디지털뉴스국]", "[결론]") is no name.

    >>> angle_sign_off("<한빛제주>"), angle_sign_off("< HBN 뉴스통신 >"), angle_sign_off("[누리일보]")
    (('한빛제주', True), ('HBN 뉴스통신', True), ('누리일보', True))
    >>> angle_sign_off("[디지털뉴스국]"), angle_sign_off("[법원 판단]"), angle_sign_off("<기자>")
    (None, None, None)
    >>> angle_sign_off("<부장>"), angle_sign_off("<국장급>")  # a personnel list's grade heading
    (None, None)
    >>> angle_sign_off("<중략>") is None, angle_sign_off("참석했다. <동포사회부>") is None
    (True, True)
    """
    if _grade_heading(line):
        return None
    if (alone := _BRACKETED_NAME.fullmatch(line.strip())) and meta.looks_like_outlet(alone["name"]):
        return alone["name"], True
    angle = _ANGLE_SIGN_OFF.search(line[-20:])
    if not angle or angle["name"] in _SCRIPT_MARKERS or angle["name"] in _EDITORIAL_MARKS:
        return None  # <기자>, <중략>: a script's or an editor's mark
    if meta.DESK_ENDING.search(angle["name"]):
        return None  # <동포사회부>: the desk that filed it, not the publication
    return angle["name"], angle.start() == 0 and len(line) <= len(angle.group()) + 1


def _grade_heading(line: str) -> bool:
    """A bracketed post alone, "<부장>", "<국장급>": a personnel list's heading, never an outlet."""
    alone = _BRACKETED_NAME.fullmatch(line.strip())
    return alone is not None and alone["name"].removesuffix("급") in _post_words()


@cache
def _post_words() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows("titles.tsv", 3))


# "< 누리 뉴스통신 >", "[누리스포츠]": a line that is only a name in brackets
_BRACKETED_NAME = re.compile(
    r"[<\[〈] \s? (?P<name> [가-힣A-Za-z0-9] (?: [가-힣A-Za-z0-9\ ]{0,14} [가-힣A-Za-z0-9] )? ) \s? [>\]〉]",
    re.VERBOSE,
)


def body_hints(line: str, in_editor_note: bool) -> tuple[list[Outlet], bool]:
    """Last-resort outlet hints in a body line (own reporting, an editor's note, a one-line
    article's closing notice), and whether the next line is inside an editor's note."""
    outlets: list[Outlet] = []
    if own := site_lines.own_reporting_outlet(line):  # "13일 누리일보 취재 결과": a last-resort hint
        outlets.append((OUTLET_ENGLISH, own))
    note_at = site_lines.editor_note_start(line)  # "<편집자 주> 누리일보는 …": the paper's own voice
    in_note = note_at is not None or in_editor_note
    if in_note and (named := site_lines.note_outlet(line[note_at or 0 :])):
        outlets.append((OUTLET_ENGLISH, named))
    next_in_note = note_at is not None and not line[note_at:].strip(" <>[]()")
    if meta.is_flattened_body(line) and (name := meta.copyright_outlet(line[-_NOTICE_REACH:])):
        outlets.append((OUTLET_COPYRIGHT, name))  # the notice closing a one-line article
    return outlets, next_in_note


def under_lead_caption(blocks: list[Block]) -> bool:
    """The current line follows a photo caption ("▲ …") above the body: a byline there is its credit."""
    if not blocks:
        return False
    last = blocks[-1]
    captionish = last.kind == "caption" or last.text.lstrip().startswith(_CAPTION_MARKS)
    body_blocks = sum(b.kind == "body" for b in blocks)
    return captionish and body_blocks <= (1 if last.kind == "body" else 0)


def tagged_headline(metadata: Metadata) -> str:
    section = metadata.section
    return f"[{section}] {metadata.headline}" if section else metadata.headline or ""


def domain_outlet(addresses: list[str]) -> str | None:
    """The outlet the first press address with a known domain names (hong@yna.co.kr)."""
    for address in addresses:
        outlet = bylines.domain_outlet(address)
        if outlet:
            return outlet
    return None


_KBS_BRANCH = re.compile(r"KBS\s?(?P<place>[가-힣]{2,4})")
# "Copyright © Daegu Munhwa Broadcasting Corporation": an MBC affiliate, its own company
_MBC_AFFILIATE = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+Munhwa\s+Broadcasting\s+Corp")


def mbc_affiliate(line: str) -> str | None:
    """The MBC affiliate an English copyright line names, as the station names itself.

    >>> mbc_affiliate("Copyright © Gyeongnam Munhwa Broadcasting Corporation. All rights reserved.")
    'MBC경남'
    >>> mbc_affiliate("© Munhwa Broadcasting Corp"), mbc_affiliate("© Hanbit Munhwa Broadcasting Corp")
    (None, None)
    """
    match = _MBC_AFFILIATE.search(line)
    return _mbc_stations().get(match["place"]) if match else None


@cache
def _mbc_stations() -> dict[str, str]:
    return {row[0]: row[1] for row in load_rows("mbc_affiliates.tsv", 2)}


def strongest_outlet(outlets: list[Outlet], blocks: list[Block]) -> str:
    """The outlet of the strongest source; a network signing off a regional station's report is
    the station (an MBC affiliate is its own company; a KBS branch is KBS).

    >>> mentions = [Block("body", "KBS대전이 찾았습니다. KBS대전이 전합니다.")]
    >>> strongest_outlet([(0, "KBS 전주")], []), strongest_outlet([(4, "KBS")], mentions)
    ('KBS', 'KBS')
    """
    outlet = meta.paper_name(min(outlets, key=lambda pair: pair[0])[1])
    # "[KBS 전주]": KBS's regional stations are branches of one broadcaster, which publishes as KBS
    branch = _KBS_BRANCH.fullmatch(outlet)
    if outlet == "KBS" or (branch and branch["place"] in load_words("place_names.txt")):
        return "KBS"
    affiliates = [name for _rank, name in outlets if name in _mbc_stations().values()]
    if outlet == "MBC" and affiliates:
        return affiliates[0]  # "MBC뉴스 김도윤입니다" over "Copyright © Daegu Munhwa Broadcasting Corp."
    if outlet.isascii() and outlet.isupper():  # a network signing off a regional station's report
        text = "\n".join(b.text for b in blocks)
        outlet = writer_lines.regional_station(outlet, text) or outlet
    return outlet


def related_box_ends(line: str, gap: bool, *, body_started: bool) -> bool:
    """Inside a related-article box: whether `line` ends it (article prose resumes).

    Above the article a box is only its marked lines: an unmarked one is the headline again.
    """
    marked = bool(_BOX_ITEM.match(line) or _RANKED.match(line))
    return (not marked and bool(_PROSE_LINE.search(line))) or (not body_started and (gap or not marked))


def column_writer(line: str) -> str | None:
    """ "글 = 이름 ○○대 교수": the column's writer, else None."""
    match = _COLUMN_BYLINE.match(line)
    return match["name"] if match is not None and meta.is_name(match["name"]) else None


def program_byline(line: str) -> tuple[str, str] | None:
    """ "5시뉴스김도윤" above a broadcast's headline: (the program, the reporter), else None."""
    program = _PROGRAM_AND_NAME.match(line)
    if program and meta.is_name(program["name"]) and len(program["program"]) >= 3:
        return program["program"], program["name"]
    return None


def header_dates(line: str) -> list[tuple[str, str]]:
    """The labelled dates of a header date line ("승인 …", "입력 … | 수정 …") whose rest is only a
    byline; [] for any other line."""
    dates = meta.labelled_dates(line)
    if dates and (len(_RESIDUE.sub("", _strip_dates(line))) <= 12 or _header_residue(line) <= 12):
        return dates
    return []


def date_line_reading(line: str, *, under_headline: bool) -> tuple[str | None, list[Outlet], str | None]:
    """An unlabelled date line's publication date, the outlet in its first field and its section."""
    when = meta.parse_datetime(line)
    outlet = meta.byline_outlet(line, unsuffixed=under_headline)
    return when, [(OUTLET_BYLINE, outlet)] if outlet else [], meta.byline_section(line)


def byline_date(labelled: str) -> str | None:
    """The publication time beside a header byline ("박서연 기자 | 2021-06-15 10:20:31"): a time, a
    date written out ("… 2019년 08월 22일 목요일") or a bare date beside the byline alone."""
    when = meta.parse_datetime(labelled)
    dated = _DAY_WORDS.search(labelled) or meta.is_date_field(meta.byline_pattern().sub("", labelled))
    return when if when and (meta.has_time(when) or dated) else None


def tail_byline(line: str) -> tuple[int, str, list[Reporter]] | None:
    """ "…밝혔다. /김도윤 기자": where the byline closing a body line starts, the byline, its writers."""
    tail = _TAIL_BYLINE.search(line)
    if tail and (writers := meta.reporters_in(tail["byline"])):
        return tail.start(), tail["byline"], writers
    return None


# "▷ 이메일 : jebo@x.co.kr", "▷ 뉴스홈페이지 : www.x.co.kr": a station's or paper's own tip line or
# site address, printed in a contact box under the story.
_CONTACT_ADDRESS = re.compile(
    rf"""
    (?:^|[▶▷■●])[^\w▶▷■●]*                                       # a line's or a box item's start
    (?:제보\s?)?(?:이메일|e-?mail|메일|(?:뉴스\s?)?홈페이지)        # the contact label
    \s*[:：]\s*
    (?P<address>{meta.EMAIL_PATTERN}                                # an e-mail (its domain never Hangul)
      |(?:https?://)?www\.[A-Za-z0-9.-]+)                          # or a web address
    """,
    re.VERBOSE | re.IGNORECASE,
)


def contact_address(line: str) -> str | None:
    """The address a contact box line gives, for the outlet its domain names.

    >>> contact_address("▷ 이메일 : jebo@nuri.co.kr"), contact_address("▷ 뉴스홈페이지 : www.nuri.co.kr")
    ('jebo@nuri.co.kr', 'www.nuri.co.kr')
    >>> contact_address("다.▶카카오톡: 검색▶이메일: jebo@nuri.co.kr▶뉴스")
    'jebo@nuri.co.kr'
    >>> contact_address("▷ 이메일 : jebo@nuri.co.kr뉴스"), contact_address("이메일로 접수한다") is None
    ('jebo@nuri.co.kr', True)
    """
    match = _CONTACT_ADDRESS.search(line)
    return match["address"] if match else None
