"""Lines that name the site itself although they are no byline, dateline or copyright notice.

A broadcaster's or web paper's promotion lines under the article ("▷ 카카오톡 : '한빛방송제보' 검색",
"네이버 채널에서 '누리일보'를 구독해주세요") and the body's own references to the newsroom's
reporting ("13일 누리일보 취재 결과") name the publication. Both are weak hints: a dateline,
byline or copyright line names the outlet with more authority.
"""

from __future__ import annotations

import re

from extractor.page import metadata as meta

# The site's own promotion lines under a broadcast or web article name the site: "▷ 카카오톡 :
# '한빛방송제보' 검색", "네이버 채널에서 '누리일보'를 구독해주세요", "유튜브에서 NBS뉴스를 구독해주세요!"
_PROMO_TIP = re.compile(r"['‘\[](?P<name>[가-힣A-Za-z0-9]{2,15}?)\s?제보['’\]]\s*검색")
_PROMO_SUBSCRIBE = re.compile(
    r"""
    (?: ['‘\[] (?P<quoted>[가-힣A-Za-z0-9 ]{2,15}) ['’\]]         # '누리일보', [누리뉴스]
      | (?<![가-힣A-Za-z0-9]) (?P<bare>[가-힣A-Za-z0-9]{2,15}) )    # or the name bare: NBS뉴스
    \s? (?:을|를) \s? 구독\s?(?:해\s?주세요|하세요)                  # 를 구독해주세요 / 구독하세요
    """,
    re.VERBOSE,
)
_NETWORK_NEWS = re.compile(r"^(?P<net>[A-Z]{2,5})\s?뉴스$")  # "NBS뉴스": the network's news brand


def promo_outlet(line: str) -> str | None:
    """The site a promotion line under the article names ("'누리방송제보' 검색", "'누리일보'를 구독").

    >>> promo_outlet("▷ 카카오톡 : 'NBS제보' 검색, 채널 추가")
    'NBS'
    >>> promo_outlet("네이버 채널에서 '누리일보'를 구독해주세요.")
    '누리일보'
    >>> promo_outlet("▷ 유튜브에서 NBS뉴스를 구독해주세요!")
    'NBS'
    >>> promo_outlet("네이버 메인에서 [누리뉴스]를 구독해주세요")
    '누리뉴스'
    >>> promo_outlet("주민들은 공동체 소식지를 구독해 읽는다"), promo_outlet("다양한 제보를 기다립니다")
    (None, None)
    """
    if "제보" not in line and "구독" not in line:
        return None
    tip = _PROMO_TIP.search(line)
    if tip:
        return tip["name"]
    subscribe = _PROMO_SUBSCRIBE.search(line)
    if subscribe is None:
        return None
    name = (subscribe["quoted"] or subscribe["bare"]).strip()
    network = _NETWORK_NEWS.match(name)
    if network:
        return network["net"]
    if subscribe["quoted"] or meta.looks_like_outlet(name) or (name.isascii() and name.isupper()):
        return name
    return None


# "출처 : 누리일보(http://www.nuri.co.kr)": the line a site appends to text copied from its page
_SOURCE_LINE = re.compile(
    r"""
    ^ [<\[(]? \s* 출처 \s* [:：] \s*
    (?P<name> [^()<>\[\]:]{2,20}? ) \s*
    \( (?:https?://)? [\w-]+ (?:\.[\w-]+)+ [^()\s]* \) \s* [>\])]? $
    """,
    re.VERBOSE,
)


def source_line_outlet(line: str) -> str | None:
    """The site named by the source line a copied page ends with ("출처 : 누리일보(http://www.nuri.co.kr)").

    >>> source_line_outlet("출처 : 누리일보(http://www.nuri.co.kr)"), source_line_outlet("<출처: 통계청>")
    ('누리일보', None)
    """
    if "출처" not in line:
        return None
    match = _SOURCE_LINE.match(line.strip())
    return match["name"].strip() if match else None


# "김도윤 기자의 다른 기사 보기": the writer's link to their other articles names the writer.
_WRITER_WIDGET = re.compile(
    r"""
    (?<![가-힣]) (?P<name>[가-힣]{2,4}) \s? (?:기자|특파원|선임기자|전문기자|논설위원) 의 \s?
    (?: 다른 \s? 기사 (?: \s? (?:더\s?)?보기 )? | 기사 \s? (?:더\s?보기|모아\s?보기|보기) )
    """,
    re.VERBOSE,
)
_WIDGET_LINE = 60  # the link is a short line (or the end of a short footer line)


def writer_widget(line: str) -> str | None:
    """The writer a "more by this writer" link names ("김도윤 기자의 다른 기사 보기").

    >>> writer_widget("김도윤 기자의 다른 기사 보기"), writer_widget("a@b.kr  김도윤 기자의 기사 더보기")
    ('김도윤', '김도윤')
    >>> writer_widget("구청은 김도윤 기자의 다른 기사를 인용했다고 밝혔다. 이어 구청은 해명했다.") is None
    True
    """
    if "의" not in line or len(line) > _WIDGET_LINE:
        return None
    widget = _WRITER_WIDGET.search(line)
    if widget is None or line[widget.end() :].strip(" >»▶") or not meta.is_name(widget["name"]):
        return None
    return widget["name"]


# "13일 누리일보 취재 결과", "NBS 취재에 따르면": the newsroom citing its own reporting.
_OWN_REPORTING = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9]) (?P<name>[가-힣A-Za-z0-9]{2,12}?) (?:의)? \s
    취재 \s? (?:결과|에\s?따르면|를\s?종합하면)
    """,
    re.VERBOSE,
)


# "소속사 측은 누리일보에 …", "관계자는 누리일보와의 통화에서 …": someone speaking to the newsroom itself
_TOLD_NEWSROOM = re.compile(
    r"""
    (?:관계자|측|소속사) [은는]? \s (?P<name>[가-힣A-Za-z0-9]{2,12}?)
    (?: 에 | (?:와|과)의? \s? 통화에서 ) \s
    """,
    re.VERBOSE,
)


# "누리일보가 입수한 문건", "누리뉴스가 판결문을 입수해 분석한 결과": the newsroom's own scoop.
_OWN_SCOOP = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9]) (?P<name>[가-힣A-Za-z0-9]{2,12}?) (?:이|가) \s
    [^.?!"“”]{0,60}? 입수 (?:한|해|했)
    """,
    re.VERBOSE,
)
# "누리일보는 창간 30주년을 맞아", "지령 1만호를 맞기까지", "창사 12주년을 맞은 NBS에": the paper's
# own anniversary; "누리일보 창간 60주년 기념식(호텔)" in a schedule is someone else's event.
_OWN_ANNIVERSARY = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9]) (?P<name>[가-힣A-Za-z0-9]{2,12}?) (?:은|는|이|가|의)? ,? \s? (?:오늘 \s)?
    (?:창간|창사|지령) \s? [\d만천백,]+ \s? (?:주년|호|돌) (?:을|를)? \s? 맞
    """,
    re.VERBOSE,
)
# "저희 누리일보는 …": the paper speaking of itself in its own notice or column
_PRESS_ENDING = re.compile(
    r"(?:신문|일보|뉴스|방송|저널|타임스|TV|미디어)$"
)  # 저희 누리일보, not 저희 누리코리아
_OWN_WE = re.compile(
    r"저희\s(?P<name>[가-힣A-Za-z0-9]{2,12}?)(?:은|는|이|가|의|를|에|와)(?![가-힣A-Za-z0-9])"
)
_ANNIVERSARY_THEN_NAME = re.compile(
    r"""
    (?:창간|창사|지령) \s? [\d만천백,]+ \s? (?:주년|호|돌) (?:을|를)? \s? 맞은 \s
    (?P<name>[가-힣A-Za-z0-9]{2,12}?) (?:에|은|는|이|가|의|와|과)? (?![가-힣A-Za-z0-9])
    """,
    re.VERBOSE,
)


def _newsroom_name(name: str) -> bool:
    return meta.looks_like_outlet(name) or (name.isascii() and name.isupper() and name.isalpha())


def own_reporting_outlet(line: str) -> str | None:
    """The outlet a body sentence credits with its own reporting ("누리일보 취재 결과 …").

    >>> own_reporting_outlet("13일 누리일보 취재 결과, 구청은 예산을 늘렸다.")
    '누리일보'
    >>> own_reporting_outlet("NBS 취재에 따르면 구청은 예산을 늘렸다.")
    'NBS'
    >>> own_reporting_outlet("당시 취재 결과 드러났다.") is None
    True
    >>> own_reporting_outlet("소속사 측은 누리뉴스에 맞다고 전했다.")
    '누리뉴스'
    >>> own_reporting_outlet("관계자는 NBS에 말했다.") is None
    True
    >>> own_reporting_outlet("관계자는 결과에 만족한다고 말했다.") is None
    True
    >>> own_reporting_outlet("누리일보가 입수한 문건에 따르면"), own_reporting_outlet("경찰이 입수한 문건")
    ('누리일보', None)
    >>> own_reporting_outlet("누리일보는 창간 30주년을 맞아")
    '누리일보'
    >>> own_reporting_outlet("창사 12주년을 맞은 NBS에 축하를")
    'NBS'
    >>> own_reporting_outlet("10:30 누리일보 창간 60주년 기념식(호텔)") is None
    True
    >>> own_reporting_outlet("이에 저희 누리신문은 새해에도"), own_reporting_outlet("저희 회사는 새해에도")
    ('누리신문', None)
    >>> own_reporting_outlet('대표는 “저희 누리코리아와 시가 사과한다”고 했다.') is None
    True
    """
    if "취재" in line:
        for match in _OWN_REPORTING.finditer(line):
            if _newsroom_name(match["name"]):
                return match["name"]
    if "입수" in line:
        for match in _OWN_SCOOP.finditer(line):
            if meta.looks_like_outlet(match["name"]):
                return match["name"]
    if "저희" in line:
        for match in _OWN_WE.finditer(line):
            before = line[: match.start()]
            quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1  # a speaker's 저희
            if not quoted and _PRESS_ENDING.search(match["name"]):
                return match["name"]
    if "주년" in line or "지령" in line:
        for pattern in (_OWN_ANNIVERSARY, _ANNIVERSARY_THEN_NAME):
            for match in pattern.finditer(line):
                if _newsroom_name(match["name"]):
                    return match["name"]
    if "관계자" in line or "측" in line:
        for match in _TOLD_NEWSROOM.finditer(line):
            if meta.looks_like_outlet(match["name"]):  # call letters here are as often a foreign paper's
                return match["name"]
    return None


# "<편집자 주>", "[편집자주]": the newsroom's own note; the paper it names as a subject there is itself
_EDITOR_NOTE = re.compile(r"[<\[(【]\s?편집자\s?주\s?[>\])】]")
_NOTE_SUBJECT = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣A-Za-z0-9]{2,12}?)(?:은|는|이|가)(?![가-힣A-Za-z0-9])"
)
_NOTE_REACH = 300  # the note is a short paragraph


def editor_note_start(line: str) -> int | None:
    """Where the text after an editor's-note marker starts, or None without one.

    >>> editor_note_start("<편집자 주>"), editor_note_start("[편집자주] 본고는"), editor_note_start("구청은")
    (7, 6, None)
    """
    match = _EDITOR_NOTE.search(line)
    return match.end() if match else None


def note_outlet(text: str) -> str | None:
    """The outlet an editor's note names as the subject of a clause ("누리일보는 …을 들었다").

    >>> note_outlet(" 본고는 제공된 자료로, 누리뉴스는 내용을 편집하지 않았습니다.")
    '누리뉴스'
    >>> note_outlet("구청장과 대담회를 열었다.") is None
    True
    """
    for match in _NOTE_SUBJECT.finditer(text[:_NOTE_REACH]):
        if _PRESS_ENDING.search(match["name"]) and meta.looks_like_outlet(match["name"]):
            return match["name"]
    return None
