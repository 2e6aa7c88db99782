"""Lines above a text page's headline that are the site's, not the article's.

Saved pages open with skip links and menu buttons ("본문 바로가기", "SBS 뉴스 상단 메뉴"), a logo's
alt text ("한빛방송 채널8 로고") and a lone section or home word ("연예일반", "뉴스"). None of them is
the headline. A navigation or logo line may name the site (its masthead); a lone section word is
the article's section.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_words
from extractor.page import datelines
from extractor.page import metadata as meta

_NAVIGATION_WORDS = 8  # a navigation line is a few buttons, never a sentence
_NAVIGATION_LENGTH = 60
_HOME_WORDS = frozenset({"홈", "HOME", "Home", "home", "메인", "홈으로", "뉴스", "전체기사", "전체뉴스"})
# 연예일반, 사회일반: a section's catch-all
_GENERAL_SECTION = re.compile(r"^(?P<section>[가-힣A-Z]{1,6})일반$")
_TITLE_LETTERS = re.compile(r"[가-힣A-Za-z]")
_WEEKDAY = re.compile(r"\(?[월화수목금토일]\)?(?:요일)?")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@cache
def _endings() -> tuple[str, ...]:
    return tuple(sorted((_squash(w) for w in load_words("navigation_endings.txt")), key=len, reverse=True))


_LOGO = "로고"  # a logo's alt text ends so only above the headline; a caption may name a new logo


def navigation_line(line: str, *, above_headline: bool = True) -> tuple[bool, str | None]:
    """Whether `line` is a skip link, menu button or logo line, and the site name it opens with.

    >>> navigation_line("본문 바로가기"), navigation_line("누리방송 뉴스 상단 메뉴")
    ((True, None), (True, '누리방송'))
    >>> navigation_line("누리방송 채널8번 로고"), navigation_line("한빛시 새 로고", above_headline=False)
    ((True, '누리방송'), (False, None))
    >>> navigation_line("한빛버거, 여름 신메뉴")
    (False, None)
    >>> navigation_line("구청, 시민 편의 위해 민원 창구 바로가기 도입했다")
    (False, None)
    """
    words = line.split()
    if not words or len(words) > _NAVIGATION_WORDS or len(line) > _NAVIGATION_LENGTH or "," in line:
        return False, None
    squashed = _squash(line)
    ending = next((e for e in _endings() if squashed.endswith(e)), None)
    if ending is None or (ending == _LOGO and not above_headline):
        return False, None
    first = words[0]
    site = first if first != line.strip() and meta.looks_like_outlet(first) else None
    return True, site


def section_word(line: str) -> str | None:
    """A lone section label on its line above the headline: "연예일반", "스포츠"; or a section and
    its sub-section, the site's breadcrumb without arrows: "사회 사회일반" (the last one is given).

    >>> section_word("연예일반"), section_word("스포츠"), section_word("누리일보"), section_word("구청 소식")
    ('연예일반', '스포츠', None, None)
    >>> section_word("사회 사회일반"), section_word("사회 누리구청")
    ('사회일반', None)
    >>> section_word("HOME 정치일반"), section_word("홈 스포츠"), section_word("HOME")
    ('정치일반', '스포츠', None)
    """
    words = line.split()
    if len(words) > 1 and words[0] in _HOME_WORDS:
        words = words[1:]  # "HOME 정치일반": the breadcrumb's home step, its arrow lost in the copy
    if not 1 <= len(words) <= _SECTION_PATH_WORDS:
        return None
    for word in words:
        general = _GENERAL_SECTION.match(word)
        if not (meta.is_section_tag(word) or (general and meta.is_section_tag(general["section"]))):
            return None
    return words[-1]


_SECTION_PATH_WORDS = 2  # "사회 사회일반": a section and its sub-section


def name_and_date(line: str) -> tuple[str, str] | None:
    """A portal copy's header line: the writer's bare name and the time ("김도윤 2025. 7. 25. 18:23").

    >>> name_and_date("김도윤 2025. 7. 25. 18:23")
    ('김도윤', '2025-07-25T18:23:00+09:00')
    >>> name_and_date("서울 2025. 7. 25. 18:23"), name_and_date("김도윤 2025. 7. 25.")
    (None, None)
    >>> name_and_date("승인 2025.07.25 18:23") is None
    True

    The writer's link and the date may have lost the space between them:

    >>> name_and_date("김도윤2025-07-10 11:15"), name_and_date("서울2025-07-10 11:15")
    (('김도윤', '2025-07-10T11:15:00+09:00'), None)
    """
    if dated := _date_then_name(line):
        return dated
    if ":" not in line:  # the time is required: cheap test first, most header lines have none
        return None
    line = _GLUED_NAME.sub(r"\g<name> ", line.strip())  # "김도윤2025-07-25 18:23"
    words = line.split(maxsplit=1)
    if len(words) != 2 or not meta.is_date_field(words[1]) or meta.labelled_dates(line):
        return None  # "승인 2022.02.10 10:59" is a labelled date
    if not meta.is_name(words[0]):
        return None
    when = meta.parse_datetime(words[1])
    return (words[0], when) if when and meta.has_time(when) else None


# "… 18:48 송고": the label after the date it names
_TRAILING_DATE_LABEL = re.compile(r"\s*(?:송고|입력|등록|발행)\s*$")


def dated_dateline(line: str) -> tuple[str, str] | None:
    """A wire copy's header line: the dateline naming no writer, then only the time it was filed.

    It stands under the headline, so it opens no body: "(서울=누리뉴스) | 2014-10-24 18:48 송고".

    >>> dated_dateline("(서울=누리뉴스) | 2014-10-24 18:48 송고")
    ('누리뉴스', '2014-10-24T18:48:00+09:00')
    >>> dated_dateline("(서울=누리뉴스) 김도윤 기자 = 2014-10-24 구청은 밝혔다") is None
    True
    >>> dated_dateline("(서울=누리뉴스) 2014-10-24 18:48 구청은 도서관을 짓는다고 밝혔다.") is None
    True
    """
    dateline = datelines.parse_dateline(line)
    if dateline is None or dateline.outlet is None or dateline.reporters:
        return None
    rest = _TRAILING_DATE_LABEL.sub("", line[dateline.end :].strip(" |｜ㅣ"))
    when = meta.parse_datetime(rest) if meta.is_date_field(rest) else None
    return (dateline.outlet, when) if when and meta.has_time(when) else None


# "김도윤2025-07-10 11:15": a bare name run into the year of a full date
_GLUED_NAME = re.compile(
    r"""
    ^ (?P<name> [가-힣]{2,4} )                                   # the writer's bare name …
    (?= (?:19|20) \d{2} [.\-/] \d{1,2} [.\-/] \d{1,2} )          # … run into a full date
    """,
    re.VERBOSE,
)
# "2019-12-27     김도윤": an AMP page's header, the date and then the writer's bare name
_DATE_THEN_NAME = re.compile(
    r"^(?P<date>(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?(?:\s\d{1,2}:\d{2})?)\s{2,}(?P<name>[가-힣]{2,4})$"
)


def _date_then_name(line: str) -> tuple[str, str] | None:
    """The date, then (after a run of spaces) the writer's bare name.

    >>> _date_then_name("2019-12-27     김도윤")
    ('김도윤', '2019-12-27')
    >>> _date_then_name("2019-12-27 서울"), _date_then_name("2019-12-27 김도윤")
    (None, None)
    """
    match = _DATE_THEN_NAME.match(line.strip())
    if match is None or not meta.is_name(match["name"]):
        return None
    when = meta.parse_datetime(match["date"])
    return (match["name"], when) if when else None


_FIELD_BAR = re.compile(r"\s*[|｜ㅣ]\s*|\s+/\s+")  # a bar, or a spaced slash (a date's has none)


def name_before_dates(line: str) -> str | None:
    """A small site's header: the writer's bare name, then labelled dates ("김도윤 | 입력 2021/04/06").

    >>> name_before_dates("김도윤 | 기사입력 2021/04/06 [07:40]"), name_before_dates("사회 | 입력 2021/04/06")
    ('김도윤', None)
    >>> name_before_dates("김도윤 | 구청 | 입력 2021/04/06"), name_before_dates("편집부 | 입력 2021/04/06")
    (None, None)
    >>> name_before_dates("김도윤 / 기사승인 : 2015-04-14 07:29:48")
    '김도윤'
    """
    fields = _FIELD_BAR.split(line.strip())
    if len(fields) < 2 or not meta.is_name(fields[0]) or meta.labelled_dates(fields[0]):
        return None
    if meta.DESK_ENDING.search(fields[0]):  # "편집부 | 입력 …": a desk, no writer
        return None
    rest = fields[1:]
    return fields[0] if all(meta.labelled_dates(f) and meta.is_date_field(f) for f in rest) else None


# "기자명 김도윤", "작성자 : 김도윤·박서연": a labelled header field with the writers' bare names
_LABELLED_WRITERS = re.compile(
    r"^(?:기자명|기자|작성자|글쓴이|취재|글)\s*[:：]?\s*(?P<names>[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4}){0,3})\s*$"
)


# "작성자 : 김도윤 ◀ANC▶ …": an unambiguous label with its colon names the writer even when a flattened
# copy runs the body on after the name.
_LABELLED_WRITER_INLINE = re.compile(
    r"^(?:기자명|작성자|글쓴이)\s*[:：]\s*(?P<names>[가-힣]{2,4})(?![가-힣])"
)


def labelled_writer_prefix(line: str) -> tuple[str, str] | None:
    """The writer an unambiguous label opening the line names, and the rest of the line.

    >>> labelled_writer_prefix("작성자 : 김도윤 ◀ANC▶ 축제가 열렸습니다")
    ('김도윤', '◀ANC▶ 축제가 열렸습니다')
    >>> labelled_writer_prefix("작성자는 김도윤이다"), labelled_writer_prefix("작성자 : 축제장")
    (None, None)
    """
    match = _LABELLED_WRITER_INLINE.match(line.strip())
    if match is None or not meta.is_name(match["names"]):
        return None
    return match["names"], line.strip()[match.end() :].strip()


def labelled_writers(line: str) -> list[str]:
    """The writers a labelled header field names without a title after them.

    >>> labelled_writers("기자명 김도윤"), labelled_writers("작성자 : 김도윤·박서연")
    (['김도윤'], ['김도윤', '박서연'])
    >>> labelled_writers("사진 김도윤")
    []
    >>> labelled_writers("기자 회견장")
    []
    """
    match = _LABELLED_WRITERS.match(line.strip())
    if match is None:
        return []
    names = re.split(r"\s?[·,]\s?", match["names"])
    return names if all(meta.is_name(n) for n in names) else []


# "[사진=한빛구 제공]", "(사진=누리일보 DB)": a photo's credit alone, with no caption text
_BARE_CREDIT = re.compile(
    r"^[\[(<]?\s*(?:사진|자료사진|그래픽|일러스트)\s*[=:：]\s*[^\[\]()<>=]{1,30}[\])>]?$"  # label = source
)


def is_bare_credit(line: str) -> bool:
    """A photo's credit alone on its line: above the title it hides neither title nor body.

    >>> is_bare_credit("[사진=한빛구 제공]"), is_bare_credit("사진은 구청이 제공했다.")
    (True, False)
    """
    return bool(_BARE_CREDIT.match(line.strip()))


_LONE_DATE_LENGTH = 30  # "- 2025-07-08 13:52", "2025.07.08. 오후 1:52"


def lone_date_time(line: str) -> str | None:
    """A date and time alone on a line, bullets aside, with no label ("- 2025-07-08 13:52").

    >>> lone_date_time("- 2025-07-08 13:52"), lone_date_time("2025-07-08")
    ('2025-07-08T13:52:00+09:00', None)
    >>> lone_date_time("입력 2025-07-08 13:52") is None
    True
    """
    line = line.lstrip("-–—•·* ")
    if len(line) > _LONE_DATE_LENGTH or not meta.is_date_field(line) or meta.labelled_dates(line):
        return None
    when = meta.parse_datetime(line)
    return when if when and meta.has_time(when) else None


def is_home_word(line: str) -> bool:
    """A site's home or news button alone on its line ("뉴스", "HOME"): never a headline.

    >>> is_home_word("뉴스"), is_home_word("뉴스 브리핑")
    (True, False)
    """
    return line.strip() in _HOME_WORDS


_TOPIC_WORDS = 6  # "이슈 '○○' 영국의 EU 탈퇴": a label and a short topic


def is_topic_label(line: str) -> bool:
    """An issue or keyword tag above the headline: "이슈 '개헌' 국회 논의".

    >>> is_topic_label("이슈 '개헌' 국회 논의"), is_topic_label("이슈 점검한 시의회, 예산 삭감했다")
    (True, False)
    >>> is_topic_label("이슈들 쏟아진 국감")
    False
    """
    words = line.split()
    if len(words) < 2 or len(words) > _TOPIC_WORDS or "," in line or "[" in line:
        return False
    return words[0] in load_words("topic_labels.txt") and not re.search(r"다\.?$", line)


def is_letterless(line: str) -> bool:
    """A line with no title words: a bare date, clock or counter ("07.01 (월)", "2020-09-15").

    >>> is_letterless("07.01 (월)"), is_letterless("2020-09-15"), is_letterless("7월 1일 국회 본회의")
    (True, True, False)
    """
    return len(_TITLE_LETTERS.findall(_WEEKDAY.sub("", line))) < 2


# "서울 12℃", "맑음 -3.5°C": the site's weather widget; "#도서관 #한빛구": a page's hashtag row
_TEMPERATURE = r"-?\d{1,2}(?:\.\d)?\s?(?:℃|°C?)"  # 12℃, -3.5°C
_WEATHER = re.compile(rf"^[가-힣\s]{{0,12}}{_TEMPERATURE}(?:\s*[/~]\s*{_TEMPERATURE})?$")
_HASHTAGS = re.compile(r"^(?:#[^\s#]{1,20}\s*){1,10}$")


def is_weather(line: str) -> bool:
    """A weather widget's line: "서울 12℃", "맑음동두천 -7.1℃".

    >>> is_weather("맑음동두천 -7.1℃"), is_weather("서울 12곳 도서관")
    (True, False)
    """
    return bool(_WEATHER.match(line.strip()))


def is_site_button(line: str) -> bool:
    """A home button, a page clock, the weather, an issue tag or hashtags above the headline: never the title.

    >>> is_site_button("서울 12℃"), is_site_button("#도서관 #한빛구"), is_site_button("서울 12곳 도서관")
    (True, True, False)
    """
    line = line.strip()
    return (
        is_home_word(line)
        or is_letterless(line)
        or is_topic_label(line)
        or bool(_WEATHER.match(line) or _HASHTAGS.match(line))
    )


# "◀ANC▶", "<앵커>", "[기자]", "【리포트】": a broadcast script's speaker marker alone on its line.
_SCRIPT_MARKER = re.compile(r"^[◀<\[【〈(]\s*[A-Za-z가-힣/·\s]{1,10}\s*[▶>\]】〉)]$")


def is_script_marker(line: str) -> bool:
    """A broadcast script's marker alone on its line opens the script, never a title.

    >>> is_script_marker("◀ANC▶"), is_script_marker("<앵커>"), is_script_marker("[기자]")
    (True, True, True)
    >>> is_script_marker("[단독] 구청, 도서관 짓는다"), is_script_marker("<누리일보>")
    (False, False)
    """
    inner = line.strip().strip("◀<[【〈(▶>]】〉)").strip()
    return bool(_SCRIPT_MARKER.match(line.strip())) and (
        (inner.isascii() and inner.isupper()) or inner in _SCRIPT_WORDS
    )


_SCRIPT_WORDS = frozenset(
    {
        "앵커",
        "기자",
        "리포트",
        "인터뷰",
        "녹취",
        "현장음",
        "앵커멘트",
        "기자멘트",
        "앵커 멘트",
        "기자 멘트",
        "브릿지",
        "스탠드업",
    }
)


# "구청, 도서관 짓는다 - 한빛일보", "… | 한빛일보", "… / 한빛TV": a page title's site name after the
# headline; "…주민 의견 듣다(한빛케이블TV뉴스)": or in parentheses right after it.
_SITE_SUFFIX = re.compile(
    r"""
    \s+[-|｜–—:/]\s+(?P<site>[^\s|｜\-–—:/]{2,20})\s*$   # "… - 한빛일보", "… / 한빛TV"
    | \s*\((?P<paren_site>[^\s()]{2,20})\)\s*$           # "…(한빛케이블TV뉴스)"
    """,
    re.VERBOSE,
)


# "… > 정치": a page title ending in the section the page sits in
_SECTION_SUFFIX = re.compile(r"\s+[>›»]\s*(?P<section>[^\s>›»]{1,10})\s*$")
# "Goal.com", "news.example.co.kr": a site named by its address
_SITE_DOMAIN = re.compile(
    r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:com|net|org|kr|tv|co\.kr)", re.IGNORECASE
)


def site_suffix(title: str) -> tuple[str, str | None]:
    """The headline without the site name a page title ends with, and that name (None for a portal).

    >>> site_suffix("구청, 도서관 짓는다 - 누리일보"), site_suffix("구청, 도서관 짓는다 | 다음뉴스")
    (('구청, 도서관 짓는다', '누리일보'), ('구청, 도서관 짓는다', None))
    >>> site_suffix("수출 - 수입 격차 확대"), site_suffix("구청장 - 시민 대화")
    (('수출 - 수입 격차 확대', None), ('구청장 - 시민 대화', None))
    >>> site_suffix("공장에 불...1명 사망 / 누리TV"), site_suffix("주민 의견 듣다(누리케이블TV뉴스)")
    (('공장에 불...1명 사망', '누리TV'), ('주민 의견 듣다', '누리케이블TV뉴스'))
    >>> site_suffix("누리FC 감독, 결승골 넣은 신인에 만족 - Goal.com")
    ('누리FC 감독, 결승골 넣은 신인에 만족', None)
    >>> site_suffix("누리 총리 '정상과 북한 문제 논의' > 정치")
    ("누리 총리 '정상과 북한 문제 논의'", None)
    >>> site_suffix("구청, 도서관 짓는다(종합)"), site_suffix("수출 / 수입 격차")
    (('구청, 도서관 짓는다(종합)', None), ('수출 / 수입 격차', None))
    """
    section = _SECTION_SUFFIX.search(title)
    if section is not None and section.start() and meta.is_section_tag(section["section"]):
        title = title[: section.start()].rstrip()  # "… > 정치": the page title's section
    match = _SITE_SUFFIX.search(title)
    if match is None or not match.start():
        return title, None
    site = match["site"] or match["paren_site"]
    if meta.is_portal(site) and match["site"]:  # "…(네이버)" may be the story's subject
        return title[: match.start()].rstrip(), None
    if _SITE_DOMAIN.fullmatch(site):
        return title[: match.start()].rstrip(), None  # "… - Goal.com": the site's address, not its name
    if meta.looks_like_outlet(site):
        return title[: match.start()].rstrip(), site
    return title, None


_TITLE_SENTENCE = 80  # a headline in sentence form is short
_JONGSEONG_N = 4  # the final consonant ㄴ of a Hangul syllable: (code - 0xAC00) % 28


def present_tense_title(line: str) -> bool:
    """A headline written as a plain present-tense sentence with no full stop: "…새로 짓는다".

    Headlines end in the plain present (짓는다, 늘린다, 만든다); a body sentence that lost its full
    stop reports in the past (밝혔다, 맺었다) or the polite broadcast form (합니다).

    >>> present_tense_title("한빛구-누리문화재단, 구립도서관 3곳에 체험관 새로 만든다")
    True
    >>> present_tense_title("한빛구와 누리문화재단이 구립도서관 3곳에 체험관을 만들었다")
    False
    >>> present_tense_title("구청은 도서관을 짓는다. 시민들은 반긴다")
    False
    >>> present_tense_title("도서관을 짓습니다")
    False
    """
    line = line.strip()
    if len(line) > _TITLE_SENTENCE or len(line) < 3 or not line.endswith("다") or line.endswith("니다"):
        return False
    if re.search(r"[.!?]\s", line):
        return False
    before = line[-2]
    if before == "는":
        return True
    return "가" <= before <= "힣" and (ord(before) - 0xAC00) % 28 == _JONGSEONG_N


# "sy@x.co.kr | 2031-03-13 16:03:57": a writer's address and the filing time on one line
_CONTACT_AND_TIME = re.compile(rf"(?P<email>{meta.EMAIL_PATTERN})\s*[|｜│]\s*(?P<when>[\d.\-/: ]{{10,19}})")


def contact_and_time(line: str) -> tuple[str, str | None] | None:
    """The address and the filing time of a line holding only them.

    >>> contact_and_time("sy@example.co.kr | 2031-03-13 16:03:57")
    ('sy@example.co.kr', '2031-03-13T16:03:00+09:00')
    >>> contact_and_time("문의 sy@example.co.kr | 2031-03-13") is None
    True
    """
    match = _CONTACT_AND_TIME.fullmatch(line.strip())
    return (match["email"], meta.parse_datetime(match["when"])) if match else None
