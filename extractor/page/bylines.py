"""Bylines wherever they stand in a line: crawled archives often lose every line break.

A wire or bracketed lead ("(서울=연합뉴스) 홍길동 기자 =", "[한빛일보 홍길동 기자]") may follow a
photo caption on the same line; a closing byline ("…밝혔다. 홍길동 기자 hong@x.co.kr") may sit
at the end of the last paragraph, before a promotion line; a photo credit ("/뉴스1 ⓒ News1 홍길동
기자", "<사진>인천=홍길동 기자") names a photographer, not the writer. Everything here looks only at
a bounded window or at the few places an "@" stands, so a one-line article costs no more than a
short one.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_rows
from extractor.page import datelines
from extractor.page import metadata as meta
from schemas import Reporter

LEAD_WINDOW = 1500  # a lead byline stands within the article's first paragraphs
_MAX_LEAD_CANDIDATES = 40  # brackets tried per line: a lead is among the first few
_CLOSING_REACH = 60  # how far before an "@" a closing byline's name and title start

# Where a lead dateline may open inside a line: a bracket, or a name and 기자 before "=".
_LEAD_OPENER = re.compile(
    r"""
    [\[(【〔]                                    # "(서울=…", "[한빛일보 …", "【서울=…"
    # "한빛경제 홍길동 기자 =", "한빛경제=홍길동 기자 |": an outlet and a writer without brackets
    | (?<![가-힣\w])
      (?= [가-힣A-Za-z0-9]{2,15} (?: \s | \s?=\s? ) [가-힣]{2,4} \s? (?:기자|특파원) \s? [=|ㅣ│] )
    | (?<![가-힣\w]) (?= [가-힣]{2,4} \s? (?:기자|특파원) \s? = )   # "홍길동 기자 ="
    # "홍길동 김철수 기자 =": co-writers joined by spaces
    | (?<![가-힣\w]) (?= [가-힣]{3} (?: \s [가-힣]{3} ){1,7} \s? (?:기자|특파원) \s? = )
    """,
    re.VERBOSE,
)
# "아주경제 홍길동 기자 =", "아주경제=홍길동 기자 |": an outlet, then the writer, without brackets.
_OUTLET_LEAD = re.compile(
    r"""
    (?P<outlet>[가-힣A-Za-z0-9]{2,15})
    (?: \s (?P<name>[가-힣]{2,4}) \s? (?:기자|특파원) \s? =           # "아주경제 홍길동 기자 ="
      | \s?=\s? (?P<name2>[가-힣]{2,4}) \s? (?:기자|특파원) \s? [|ㅣ│] )   # "아주경제=홍길동 기자 |"
    """,
    re.VERBOSE,
)
# A wire photo's caption closes on its date and the photographer's address: "… 2024.11.27 ab@x.co.kr".
_CAPTION_SIGNATURE = re.compile(
    r"""
    (?:19|20)\d{2} \. \d{1,2} \. \d{1,2} \.? \s*   # 2024.11.27
    (?: /\S{1,8} \s* )?                             # "/뉴스1"
    [\w.+-]+@                                       # the photographer's address
    """,
    re.VERBOSE,
)
_CAPTION_REACH = 700
# The next lead after a caption's: "(서울=…", "【서울=…", "[서울=…", or "홍길동 기자 =".
_NEXT_LEAD = re.compile(
    r"""
    [\[(【] \s? [가-힣ㆍ·]{1,12} \s? =      # a dateline's place and "="
    | [가-힣]{2,4} \s? (?:기자|특파원) \s? =   # a writer and "="
    """,
    re.VERBOSE,
)  # a caption is short: its signature follows its dateline closely
# Words just before a byline that make it a photo credit: "사진=", "ⓒ News1", "<사진>인천=".
_CREDIT_CUE = re.compile(
    r"""
    (?: (?<!글[·ㆍ,/\s]) (?<!글) 사진 (?!\s?[·ㆍ,/]\s?글)   # 사진, but "글·사진" names the writer
      | 촬영 | 영상 | 그래픽 | [ⓒ©] | News1 | (?i:photo) | /\s*뉴스1 | /\s*뉴시스 | /\s*연합뉴스 )
    [^가-힣]{0,4} (?: [가-힣]{1,6} \s? = \s? )? [^가-힣]{0,3} $   # then at most a place ("인천=")
    | [ⓒ©Ⓒ] \s? [가-힣A-Za-z0-9]{2,12} \s $                    # or the paper's name: "ⓒ한빛일보 홍길동 기자"
    """,
    re.VERBOSE,
)
# The end of a closing byline: "홍길동 기자 hong@x.co.kr", "홍길동기자·hong@", "[ 홍길동 / hong@x ]".
_CLOSING = re.compile(
    r"""
    (?P<names> [가-힣]{2,4} (?: \s?[·ㆍ,]\s?[가-힣]{2,4} ){0,3} )   # writers
    \s? (?: (?: (?<=\s) [가-힣]{1,3} (?=전문) )?                     # a field: "군사전문기자"
        (?P<title>기자|특파원|선임기자|전문기자|객원기자) \s? )?         # their title
    [\s(\[<·,/|=]* $                                                   # brackets, a dot or slash
    """,
    re.VERBOSE,
)
# "김도윤 키즈맘 기자 dy@": the writer, then the outlet he writes for, when no name stands before 기자.
_CLOSING_OUTLET_BETWEEN = re.compile(
    r"""
    (?<![가-힣]) (?P<names>[가-힣]{2,4}) \s (?P<outlet>[가-힣A-Za-z0-9]{2,12}) \s? 기자 [\s(\[<·,/|=]* $
    """,
    re.VERBOSE,
)
_EMAIL_AT = re.compile(r"[\w.+-]*@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?")  # "hong@x.co.kr" or a cut "hong@"
# "…했다. 홍길동 기자" ending the article: the name and title as the last words of a paragraph.
_EMAIL = meta.EMAIL_PATTERN
_LAST_WORDS = re.compile(
    rf"""
    (?: (?<=[.!?"”’'다)]) \s* /? \s*            # after a sentence ("…했다. /") …
      | ^                                       # … at a line start …
      | {_EMAIL} \s+ )  # … or after the address: "hong@x.co.kr 홍길동 기자"
    \[? \s?                                     # "[홍길동 기자]"
    (?P<names> [가-힣]{{2,4}} \s? (?:기자|특파원)?
      (?: \s?[·ㆍ,/]\s?[가-힣]{{2,4}} \s? (?:기자|특파원)? ){{0,3}} )
    \s? (?:기자|특파원|선임기자|전문기자|객원기자)
    \s? \]? \s* $
    """,
    re.VERBOSE,
)


_TITLE_IN_LIST = re.compile(r"\s?(?:기자|특파원)(?=\s?[·ㆍ,/])")


def _writers(names: str) -> list[Reporter]:
    names = _TITLE_IN_LIST.sub("", names)  # "김도윤 기자 / 박서연" → "김도윤 / 박서연"
    parts = [p.strip() for p in re.split(r"\s?[·ㆍ,/]\s?", names) if p.strip()]
    if not parts or not all(meta.is_name(p) for p in parts):
        return []
    return [Reporter(name=p) for p in parts]


def lead_dateline(line: str, limit: int = LEAD_WINDOW) -> tuple[datelines.Dateline | None, bool]:
    """The first lead byline in the line's first `limit` characters, and whether it is a caption's.

    A wire photo's caption carries the same shape as the article's lead: a later lead in the line
    wins over one whose caption signature ("2024.11.27 ab@x.co.kr") follows it.

    >>> d, caption = lead_dateline("시민들이 걷고 있다. (서울=한빛뉴스) 홍길동 기자 = 정부는 1일 밝혔다.")
    >>> (d.outlet, [r.name for r in d.reporters], caption)
    ('한빛뉴스', ['홍길동'], False)
    >>> d, caption = lead_dateline("누리일보 홍길동 기자 = 정부는 1일 밝혔다.")
    >>> (d.outlet, [r.name for r in d.reporters])
    ('누리일보', ['홍길동'])
    >>> d, caption = lead_dateline("누리경제신문=홍길동 기자 | 누리경제신문이 1일 밝혔다.")
    >>> (d.outlet, [r.name for r in d.reporters])
    ('누리경제신문', ['홍길동'])
    >>> lead_dateline("(노동신문) 2017.1.1 시민들이 모였다.")
    (None, False)
    >>> caption = "(서울=한빛뉴스) 김철수 기자 = 시민들이 걷고 있다(사진). 2025.2.17 cs@x.co.kr"
    >>> d, _ = lead_dateline(caption + "(서울=한빛뉴스) 홍길동 기자 = 정부는 밝혔다.")
    >>> [r.name for r in d.reporters]
    ['홍길동']
    """
    first: tuple[datelines.Dateline, bool] | None = None
    for tried, opener in enumerate(_LEAD_OPENER.finditer(line, 0, min(len(line), limit))):
        if tried >= _MAX_LEAD_CANDIDATES:
            break
        start = opener.start()
        found = _dateline_at(line, start)
        if found is None:
            continue
        rest = line[start + found.end : start + found.end + _CAPTION_REACH]
        next_lead = _NEXT_LEAD.search(rest)
        signature = _CAPTION_SIGNATURE.search(rest, 0, next_lead.start() if next_lead else len(rest))
        if signature is None:
            return found, False
        if first is None:
            first = (found, True)
    return first if first else (None, False)


def _dateline_at(line: str, start: int) -> datelines.Dateline | None:
    """A lead byline opening at `start` that names a writer (or a wire's "(place=outlet)")."""
    piece = line[start : start + 200]
    if start and piece[0] not in "[(【〔" and line[start - 1].isalnum():
        return None
    dateline = datelines.parse_dateline(piece)
    if dateline is not None and dateline.reporters:
        return dateline
    outlet_lead = _OUTLET_LEAD.match(piece)
    name = outlet_lead and (outlet_lead["name"] or outlet_lead["name2"])
    if outlet_lead and name and meta.is_name(name) and meta.looks_like_outlet(outlet_lead["outlet"]):
        return datelines.Dateline(
            outlet=outlet_lead["outlet"], reporters=[Reporter(name=name)], end=outlet_lead.end()
        )
    return None


def is_photo_credit(line: str, start: int) -> bool:
    """Whether the byline at `start` is a photo credit: "/뉴스1 ⓒ News1 홍길동 기자", "사진=홍길동 기자".

    >>> is_photo_credit("2024.11.27/뉴스1 ⓒ News1 홍길동 기자", 22)
    True
    >>> is_photo_credit("<사진>인천=홍길동 기자", 7)
    True
    >>> is_photo_credit("밝혔다. 홍길동 기자", 5), is_photo_credit("구청 전경. ⓒ한빛일보 홍길동 기자", 13)
    (False, True)
    """
    return bool(_CREDIT_CUE.search(line[max(0, start - 24) : start]))


def closing_writers(line: str) -> tuple[list[Reporter], list[Reporter], int]:
    """Writers of the e-mail bylines in a line: the last run of them, photo credits among them, and
    where that run starts.

    The last byline with an address closes the article ("…밝혔다. 홍길동 기자 hong@x.co.kr"); bylines
    before it on the line are photo credits of captions when a credit cue opens them, and otherwise
    co-writers only when nothing but other bylines stands between them.

    >>> [r.name for r in closing_writers("시작했다. 홍길동 기자 hong@x.co.kr ▶ 구독하기")[0]]
    ['홍길동']
    >>> line = "… 지켜보고 있다. 김철수 기자 cs@x.kr 본문이다. 홍길동 기자 hong@x.kr"
    >>> [r.name for r in closing_writers(line)[0]]
    ['홍길동']
    >>> [r.name for r in closing_writers("평가다./홍길동기자·hong@")[0]]
    ['홍길동']
    >>> [r.name for r in closing_writers("[ 홍길동 / hong@x.co.kr ]")[0]]
    ['홍길동']
    >>> [r.name for r in closing_writers("<사진>인천=홍길동 기자 / hong@x.co.kr")[1]]
    ['홍길동']
    >>> [r.name for r in closing_writers("말했다.홍길동 키즈월드 기자 hong@x.co.kr")[0]]
    ['홍길동']
    """
    runs: list[tuple[int, int, list[Reporter]]] = []  # (start, end, writers) of each e-mail byline
    at = line.find("@")
    while at != -1:
        email = _EMAIL_AT.match(line, _address_start(line, at))
        end = email.end() if email else at + 1
        head_start = max(0, at - _CLOSING_REACH)
        head = line[head_start : _address_start(line, at)]
        byline = _CLOSING.search(head)
        if byline and (byline["title"] or _bare_name_allowed(head, byline.start())):
            writers = _writers(byline["names"])
            between = _CLOSING_OUTLET_BETWEEN.search(head) if not writers else None
            if between and not meta.is_name(between["outlet"]):
                byline, writers = between, _writers(between["names"])
            if writers:
                address = email.group() if email and "." in email.group().split("@")[-1] else None
                writers[-1].email = address
                runs.append((head_start + byline.start(), end, writers))
        at = line.find("@", end)
    closing: list[Reporter] = []
    credits: list[Reporter] = []
    last_end: int | None = None
    for start, end, writers in reversed(runs):
        if is_photo_credit(line, start):
            credits.extend(writers)
            continue
        if not closing or (last_end is not None and not line[end:last_end].strip(" ,·/|")):
            closing = writers + closing
            last_end = start
    return closing, credits, last_end or 0


def _address_start(line: str, at: int) -> int:
    start = at
    while start > 0 and (
        line[start - 1].isascii() and (line[start - 1].isalnum() or line[start - 1] in "._+-")
    ):
        start -= 1
    return start


def _bare_name_allowed(head: str, start: int) -> bool:
    """A name and an address without 기자 only as a whole field: "[ 홍길동 / hong@x ]", "홍길동 hong@x"."""
    before = head[:start].rstrip()
    return not before or before[-1] in "[(|/." or before.endswith(("다.", "다"))


def last_words_writers(line: str) -> list[Reporter]:
    """ "…수상했다. 홍길동 기자": the writer's name and title as the last words of the last paragraph.

    >>> [r.name for r in last_words_writers("공로를 인정받았다. 홍길동 기자")]
    ['홍길동']
    >>> last_words_writers("기자회견에서 홍길동 기자")
    []
    >>> [r.name for r in last_words_writers("말했다. [홍길동 기자 / 김철수 기자]")]
    ['홍길동', '김철수']
    >>> [r.name for r in last_words_writers("말했다. hong@x.co.kr 홍길동 기자")]
    ['홍길동']
    """
    match = _LAST_WORDS.search(line[-60:])
    if match is None:
        return []
    start = len(line) - len(line[-60:]) + match.start("names")
    if is_photo_credit(line, start):
        return []
    return _writers(match["names"])


_GLUED_TAIL = re.compile(r"(?<=[a-z])(?:[^a-z0-9.-].*|\d+)$")  # what follows the top-level domain


@cache
def _domain_outlets() -> dict[str, str]:
    return dict(load_rows("outlet_domains.tsv", 2))  # type: ignore[arg-type]


def domain_outlet(address: str) -> str | None:
    """The outlet of a press e-mail or web address by its domain: "hong@yna.co.kr" → 연합뉴스.

    >>> domain_outlet("hong@yna.co.kr"), domain_outlet("http://www.kado.net"), domain_outlet("a@gmail.com")
    ('연합뉴스', '강원도민일보', None)
    >>> domain_outlet("hong@yna.co.kr지난"), domain_outlet("hong@yna.co.kr1972")
    ('연합뉴스', '연합뉴스')
    """
    host = address.rsplit("@", 1)[-1].lower()
    host = re.sub(r"^[a-z]+://", "", host).split("/")[0]
    # A crawled copy glues the next word to the address: "hong@yna.co.kr지난", "…co.kr1972"
    host = _GLUED_TAIL.sub("", host)
    table = _domain_outlets()
    parts = host.split(".")
    for cut in range(len(parts) - 1):
        outlet = table.get(".".join(parts[cut:]))
        if outlet:
            return outlet
    return None
