"""Dates of article metadata: any Korean or English date (and time) as ISO 8601 in Korean time.

A bare date stays ``2022-02-10``; a time gives ``2022-02-10T10:59:00+09:00``. 입력/승인 labels make
a publication date, 수정 an update; `set_date` keeps the first of each kind.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from schemas import Metadata

KST = timezone(timedelta(hours=9))

_DATE_TIME = re.compile(
    r"""
    (?<!\d)
    (?P<y>(?:19|20)\d{2}) \s* (?:[.\-/]|년) \s*        # year: 2022. / 2022- / 2022년
    (?P<m>\d{1,2}) \s* (?:[.\-/]|월) \s*                # month
    (?P<d>\d{1,2}) (?!\d) (?: \s* [.일] )?                # day, optional trailing dot or 일
    (?: \s* \( [월화수목금토일] \) )?                     # weekday in brackets: (목)
    (?:
        (?: \s* T | \s+ | (?<=[.일)]) | \s* (?=[(\[]) )    # date/time separator
        (?: [(\[] \s* )?                                 # time in brackets: "(21:35)", "[07:40]"
        (?P<ampm>오전|오후|AM|PM|am|pm)? \s*             # 12-hour clock marker
        (?P<H>\d{1,2}) \s* (?::|시) \s*                   # hour
        (?P<M>\d{2}) (?: \s* 분)?                         # minute
        (?: :(?P<S>\d{2}) (?:\.\d+)? )?                   # seconds, fractions
        (?: \s* (?P<ampm_after>AM|PM|am|pm) (?![A-Za-z]) )?  # "2:20 PM"
        (?P<tz> Z | [+-]\d{2}:?\d{2} )?                   # zone of ISO strings
    )?
    """,
    re.VERBOSE,
)
_MONTH_NAMES = (  # Mar, March, Sept — whole words only ("market" is no month)
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])"
)
# English dates of bilingual and wire pages: "Mar 5, 2024 2:20 PM", "5 March 2024 14:20".
ENGLISH_DATE_PATTERN = rf"""
    (?<![A-Za-z])
    (?:
        (?P<mon>{_MONTH_NAMES}) \.? \s* (?P<md>\d{{1,2}}) (?i:st|nd|rd|th)? ,? \s+   # Mar 5, / March 05,
      | (?P<dm>\d{{1,2}}) \s+ (?P<mon2>{_MONTH_NAMES}) \.? ,? \s+                 # 5 March
    )
    (?P<ey>(?:19|20)\d{{2}}) ,?                                                 # 2024
    (?:
        \s+ (?:at \s+)? (?P<eH>\d{{1,2}}) : (?P<eM>\d{{2}}) (?: :\d{{2}} )?        # 2:20 / 14:20:11
        (?: \s* (?P<eampm>(?i:am|pm|a\.m\.|p\.m\.)) )?                             # PM
    )?
"""
_ENGLISH_DATE = re.compile(ENGLISH_DATE_PATTERN, re.VERBOSE)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_COMPACT_DATE_TIME = re.compile(
    r"""
    ^ (?P<y>(?:19|20)\d{2}) (?P<m>\d{2}) (?P<d>\d{2})    # 20240513
    (?P<H>\d{2}) (?P<M>\d{2}) (?P<S>\d{2})? $            # 1252 and optional seconds
    """,
    re.VERBOSE,
)
# "입력 2023.09.07. 오후 12:22", "승인 2022.02.10 10:59", "기사입력 : 2020-03-04", "date 2025-09-09"
_DATE_LABEL = re.compile(
    r"""
    (?P<label>
        기사입력|기사승인|기사수정|최초입력|입력|등록|승인|송고시간|송고|기사전송|   # first
        발행일?|게재|게시|작성일?|보도|방송일?|                                   # 방송일: a broadcast's
        최종편집|최종수정|수정|업데이트|갱신|                                      # later changes
        (?i:date|published|posted|updated|modified)
    )
    (?:\s?(?:일시|일자|시간)|일|됨)? \s* [:：|｜]? \s*   # "입력일시 :", "게재 일자 :", "업데이트됨 2019…"
    (?= (?:19|20)\d{2}                                   # a date follows …
      | (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) | \d{1,2}\s+[A-Za-z] )  # … or an English one
    """,
    re.VERBOSE,
)
_UPDATE_LABELS = frozenset({"최종편집", "최종수정", "수정", "업데이트", "갱신", "updated", "modified"})


def _iso(year: int, month: int, day: int, hour: int | None = None, minute: int | None = None) -> str | None:
    try:
        if hour is None or minute is None:
            return datetime(year, month, day).date().isoformat()
        return datetime(year, month, day, hour, minute, tzinfo=KST).isoformat()
    except ValueError:
        return None


def _from_match(match: re.Match[str]) -> str | None:
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if match["H"] is None:
        return _iso(year, month, day)
    hour, minute = int(match["H"]), int(match["M"])
    groups = match.groupdict()
    hour = _clock(hour, groups.get("ampm") or groups.get("ampm_after") or "")
    zone = match.groupdict().get("tz")
    if zone:
        iso = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00{_zone(zone)}"
        try:
            return datetime.fromisoformat(iso).astimezone(KST).replace(second=0).isoformat()
        except ValueError:
            return None
    return _iso(year, month, day, hour, minute)


def _clock(hour: int, ampm: str) -> int:
    """A 12-hour clock reading as a 24-hour one: 오후 2 → 14, 12 AM → 0."""
    ampm = ampm.lower().replace(".", "")
    if ampm in {"오후", "pm"} and hour < 12:
        return hour + 12
    if ampm in {"오전", "am"} and hour == 12:
        return 0
    return hour


def _from_english(match: re.Match[str]) -> str | None:
    month = _MONTH_NUMBER.get((match["mon"] or match["mon2"])[:3].lower())
    if month is None:
        return None
    year, day = int(match["ey"]), int(match["md"] or match["dm"])
    if match["eH"] is None:
        return _iso(year, month, day)
    return _iso(year, month, day, _clock(int(match["eH"]), match["eampm"] or ""), int(match["eM"]))


def _zone(zone: str) -> str:
    if zone == "Z":
        return "+00:00"
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"


def parse_datetime(text: str) -> str | None:
    """The first date (and time) in `text` as ISO 8601 in Korean time.

    >>> parse_datetime("승인 2022.02.10 10:59")
    '2022-02-10T10:59:00+09:00'
    >>> parse_datetime("2023.09.07. 오후 1:03")
    '2023-09-07T13:03:00+09:00'
    >>> parse_datetime("기사입력 2021/04/06 [07:40]")
    '2021-04-06T07:40:00+09:00'
    >>> parse_datetime("2017-12-18T08:30:45Z")
    '2017-12-18T17:30:00+09:00'
    >>> parse_datetime("date 2025-09-09 공동 사업")
    '2025-09-09'
    >>> parse_datetime("20240513125214")
    '2024-05-13T12:52:00+09:00'
    >>> parse_datetime("Posted Mar. 5, 2024 2:20 PM")
    '2024-03-05T14:20:00+09:00'
    """
    if "20" not in text and "19" not in text:
        return None  # every date here has a four-digit year, 19xx or 20xx: most lines have none
    compact = _COMPACT_DATE_TIME.match(text.strip())
    if compact:
        return _from_match(compact)
    match = _DATE_TIME.search(text)
    if match:
        return _from_match(match)
    english = _ENGLISH_DATE.search(text)
    return _from_english(english) if english else None


def has_time(iso: str | None) -> bool:
    return bool(iso and "T" in iso)


def labelled_dates(line: str) -> list[tuple[str, str]]:
    """("published"|"updated", ISO) for each labelled date in a line.

    >>> labelled_dates("입력 2023.09.07. 오후 12:22 수정 2023.09.07. 오후 1:03")
    [('published', '2023-09-07T12:22:00+09:00'), ('updated', '2023-09-07T13:03:00+09:00')]
    >>> labelled_dates("2019.11.25 14:17 | 업데이트됨 2019.11.25 14:18")[0]
    ('published', '2019-11-25T14:17:00+09:00')
    """
    found: list[tuple[str, str]] = []
    if "20" not in line and "19" not in line:
        return found  # no year, so no date parse_datetime reads after a label
    for label in _DATE_LABEL.finditer(line):
        when = parse_datetime(line[label.end() : label.end() + 40])
        if when:
            kind = "updated" if label["label"].lower() in _UPDATE_LABELS else "published"
            if kind == "updated" and not found and (first := parse_datetime(line[: label.start()])):
                found.append(("published", first))  # "… 14시 17분 KST | 업데이트됨 …": unlabelled first
            found.append((kind, when))
    return found


def is_date_field(text: str) -> bool:
    """A byline field that is only a date, its time and its label: "입력 2025-10-23 11:20".

    >>> is_date_field("입력 2025-10-23 11:20"), is_date_field("2025.12.03 오후 2:17")
    (True, True)
    >>> is_date_field("김도윤 기자"), is_date_field("2025.12.03 구청 발표")
    (False, False)
    >>> is_date_field("2019년 11월 25일 14시 17분 KST | 업데이트됨 2019년 11월 25일 14시 18분 KST")
    True
    """
    if parse_datetime(text) is None:
        return False
    rest = _ZONE_WORD.sub("", _DATE_TIME.sub("", _DATE_LABEL.sub("", text)))
    return not re.search(r"[가-힣A-Za-z]", rest)


# A time zone's letters left after a date and time ("14시 17분 KST"): still only a date.
_ZONE_WORD = re.compile(r"\b(?:KST|GMT|UTC)\b")


def fill_published_from_updated(metadata: Metadata) -> None:
    """With no publication date anywhere on the page, the last-modified date stands in for it.

    Pages that print only "최종수정 …" (or "수정 …") show the one date the reader sees as the
    article's date; the first publication is at or before it, and usually the same day, so it is the
    closest answer we have, while None would say the page is undated. Run this once, after every
    source of dates (header, body, HTML meta tags) was read: a 입력 date found anywhere wins.

    >>> m = Metadata(updated_at="2025-06-12T17:44:00+09:00"); fill_published_from_updated(m); m.published_at
    '2025-06-12T17:44:00+09:00'
    """
    if metadata.published_at is None and metadata.updated_at:
        metadata.published_at = metadata.updated_at


def set_date(metadata: Metadata, kind: str, when: str) -> None:
    """Keep the first date of each kind, but let a time replace a bare date."""
    attr = "updated_at" if kind == "updated" else "published_at"
    current = getattr(metadata, attr)
    if current is None or (not has_time(current) and has_time(when) and when.startswith(current)):
        setattr(metadata, attr, when)
