"""Line shapes of copied news pages: what a single line is (a byline, a date line, a breadcrumb, a widget).

Pure functions of one line and the regex tables they read, shared by `textpage.LineReader` and
`htmlpage`; they hold no reading state.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_words
from extractor.page import datelines, writer_lines
from extractor.page import metadata as meta
from extractor.page.title_shapes import continues
from schemas import Reporter

_SPACES = re.compile(r"[\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff\t]+")
_BULLET = re.compile(r"^[•·ㆍ◦∙*]\s*")  # list bullets of copied header widgets: "• 승인 …"
_BREADCRUMB = re.compile(
    r"""
    ^ (?P<first>[^\s>›»＞〉][^>›»＞〉\n]{0,14}?) \s*    # the first step: "홈", "HOME", "뉴스"
    (?: [>›»＞〉] \s* [^\s>›»＞〉][^>›»＞〉\n]{0,14}? \s* ){1,5}  # "> 사회 > 교육": one to five more
    [>›»＞〉]? $                                      # sometimes a trailing separator
    """,
    re.VERBOSE,
)
_CRUMB_SEPARATORS = re.compile(r"\s*[>›»＞〉]\s*")
_CRUMB_MARKS = ">›»＞〉"
_HOME_WORDS = frozenset({"홈", "HOME", "Home", "home", "메인", "홈으로", "뉴스", "전체기사"})
_WHOLE_LINE_LABEL = re.compile(r"^(?:기자명|기자|글|사진|작성자|취재)\s*[:：]?\s*")  # "기자명 김도윤"
# What else a header byline line carries: a comment counter ("댓글 0") after the dates.
_BYLINE_EXTRAS = re.compile(
    r"""
    댓글 \s* \d+   # "댓글 0"
    """,
    re.VERBOSE,
)
_CAPTION = re.compile(
    r"""
    ^ \s* (?: \(왼쪽부터\) | \(사진 | \[사진 | 사진\s*[=:] | 사진설명 )      # caption openers
    | ^ \s* [▲△] .* (?: [ⓒ©] | 사진 | 제공 | 연합뉴스 | 뉴스1 | 뉴시스 )  # "▲ 김하늘 총장. ⓒ한빛일보"
    | (?: [ⓒ©] \s* [\w가-힣]{2,15}                      # a photo credit closing the line: ⓒ연합뉴스
        | \[연합뉴스\] | \[연합\] | /\s*뉴스1 | 사진\s*=\s*\S+
        | (?:출처|제공) \s* = \s* \S+ ) \s* $            # "… 출처 = 누리방송": a picture's source
    """,
    re.VERBOSE,
)
_SENTENCE_END = re.compile(r"(?:다|요|죠|까)\s*[.!?]?[\"”’']?\s*$")
# A line that stops mid-sentence (broadcast scripts break lines anywhere): not a title.
_RESIDUE = re.compile(r"[^가-힣A-Za-z]")
# Marks and brackets around a box heading ("▶ 관련기사", "[많이 본 뉴스]"): stripped before the lookup.
_BOX_FRAME = " \t[]【】<>〈〉()■□▲△▶▷►◆◇●○•·ㆍ-–—:：|▼▽"
# "2025. 3. 12.(수) 10:00 배포": a press release's release date with the label after it.
_DATE_THEN_RELEASE = re.compile(
    r"""
    ^ (?:19|20) \d{2} \s? [.\-/년]                 # the year: 2025. / 2025년
    [\d\s.\-/:월일시분()화수목금토오전후]{1,40}        # month, day, weekday and time: 3. 12.(수) 10:00
    (?: 배포 | 보도 | 조간 | 석간 | 엠바고 )          # the release label
    [가-힣\s]{0,12} $                               # "부터 보도", "시 이후 보도" and nothing more
    """,
    re.VERBOSE,
)
# A contact line of a release: a telephone number ("과장 임수정 (055-268-1234)").
_PHONE = re.compile(
    r"""
    (?<!\d) 0\d{1,3} [-)] \s? \d{3,4} - \d{4} (?!\d)   # 02-123-4567 / 055-268-1234 / 02)123-4567
    """,
    re.VERBOSE,
)
_LONG_LABEL = 4  # press labels this long (담당부서, 배포일시) never open a headline
_DOCUMENT_LABEL_END = "자료"  # 보도자료, 설명자료: the kind of document, not one of its fields
_CONTACT_LENGTH = 100  # a contact line is short; a body sentence quoting a hotline runs longer
# A site's menu line before the headline: "전체기사 | IT·과학 | 통신".
_MENU_SEPARATOR = re.compile(
    r"""
    (?: (?<!\s) \s+ )? [|｜ㅣ] \s*   # a bar between menu entries (spaces taken from their run's start)
    """,
    re.VERBOSE,
)
_MENU_ENTRY_LENGTH = 8  # menu entries are single short words (정치, IT·과학, 전체기사)
_DATE_WORDS_HANGUL = r"""
    (?:19|20)\d{2} \s* [.\-/년] \s* \d{1,2} \s* [.\-/월] \s* \d{1,2} \s* [.일]?   # a date
    | (?: (?:오전|오후) \s* | (?<!\s) \s+ )? \d{1,2} \s* [:시] \s* \d{2} (?::\d{2})? 분?  # a time (see below)
    | \( [월화수목금토일] \)                                                # a weekday
    | 기사입력 | 최종편집 | 최종수정 | 입력 | 등록 | 승인 | 송고시간 | 송고 | 수정  # date labels
    | 업데이트 | 발행일? | 방송일 | 일시
"""
# The spaces before a time are taken only from the start of their run, so a long run of spaces
# is not rescanned from every one of its positions (that made a line of spaces quadratic).
_DATE_WORDS = re.compile(
    _DATE_WORDS_HANGUL
    + r"""
    | (?i:date|updated?|published|posted|modified)                         # English labels
    | (?i:\b[ap]\.?m\.?\b)                                                  # AM / PM
    | """
    + meta.ENGLISH_DATE_PATTERN,  # "Mar 5, 2024 2:20 PM"
    re.VERBOSE,
)
# The same without the alternatives that need Latin letters: scanning a long Korean line for
# English dates at every position was most of the cost of stripping its dates.
_DATE_WORDS_NO_LATIN = re.compile(_DATE_WORDS_HANGUL, re.VERBOSE)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_TITLED_NAME = r"""
    [가-힣]{2,4} \s? (?:선임기자|전문기자|객원기자|인턴기자|수습기자|대기자|기자|특파원
      |논설위원|논설실장|주필|편집위원|칼럼니스트|앵커|리포터|통신원)  # a name with its byline title
    """
_BYLINE_WORDS = re.compile(
    meta.EMAIL_PATTERN  # an e-mail address
    + r"""
    | """
    + _TITLED_NAME,
    re.VERBOSE,
)
# Without an @ in the line no e-mail can match, and trying one at every position (up to 64
# characters each) was the slow part of the search.
_TITLED_NAMES = re.compile(_TITLED_NAME, re.VERBOSE)

# An English company name in a copyright line ("Copyright © Nuri Broadcasting Corp") is the last
# resort: Korean readers and the page itself name the outlet in Korean.
_ENGLISH_NAME = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z.&]+)+")
_DAY_WORDS = re.compile(r"(?:19|20)\d{2}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일")  # a date written out in words
_CAPTION_MARKS = ("▲", "△")  # a photo caption's opening mark on regional papers' pages
_PLAIN_WORD = re.compile(r"[가-힣]+")  # a bare word line; a bracketed "[보도자료]" is the document's own tag
_PROSE_AFTER_DATELINE = re.compile(r"[가-힣]다\.")  # a finished sentence: the body, not a caption's credit
# A finished sentence anywhere in a body line after a "<한빛제주>" line: it opened a lead, no sign-off
# (a distributor's promo line, "◆ 한빛통신 공식 배급사", may follow a real one).
_PROSE_AFTER_SIGN_OFF = re.compile(r"[가-힣](?:다|요)[.\"”’']")
# "<한빛제주>" as the article's last line: the outlet signing off; broadcast markers are no outlets.
_ANGLE_SIGN_OFF = re.compile(
    r"""
    (?: ^ | (?<=[.!?"”’'다]) \s )              # alone, or after the last sentence of its line
    < (?P<name>[가-힣A-Za-z0-9]{2,12}) > \s* $
    """,
    re.VERBOSE,
)
_SCRIPT_MARKERS = frozenset({"앵커", "기자", "리포트", "인터뷰", "녹취", "현장음", "앵커멘트", "기자멘트"})
# An editor's marks in angle brackets: something left out (<중략>) or the story going on (<계속>)
_EDITORIAL_MARKS = frozenset({"중략", "전략", "후략", "하략", "생략", "이하생략", "계속", "끝", "편집자주"})
# "5시뉴스홍길동": a broadcast program's name fused with its reporter's, above the headline.
_PROGRAM_AND_NAME = re.compile(
    r"""
    ^ (?P<program> [0-9A-Za-z가-힣]*? (?: 뉴스 | 데스크 | 투데이 | 브리핑 ) )   # 5시뉴스, 뉴스데스크
    (?P<name> [가-힣]{2,4} ) $                                              # the reporter
    """,
    re.VERBOSE,
)

# A broadcast script's sound-bite tag: "[SYNC: 김도윤 기자]", "[인터뷰 : 김도윤 / 회사원]" names the
# voice heard next (a colleague in the field, a citizen), never the report's writer or outlet.
_SOUND_BITE_TAG = re.compile(r"^\s*[\[【<(]\s*(?:SYNC|Sync|sync|싱크|녹취|인터뷰|현장음|INT)\s*[:：]")
_COMMENT_BLOCK = re.compile(
    r"""
    ^ (?: 댓글 \s* (?:삭제|쓰기|입력|작성|목록|보기) | 전체\s*댓글 | 댓글\s*\d+\s*개 )  # comment form openers
    \s* \d* $
    """,
    re.VERBOSE,
)
_FURNITURE = re.compile(
    r"""
    ^ (?:
        UPDATE\. [\d\s.:/\-]{0,30}                     # a site's page clock: "UPDATE. 2024-04-25 16:50"
        (?: \( [월화수목금토일] \) )?                   # and its weekday; bounded: a page flattened
                                                      # onto one line must not be one clock line
      | 댓글 \s* \d+                                  # "댓글 0"
      | [\w\-]{1,60} \. (?i:jpe?g|png|gif|webp|bmp)   # an image's file name: "1.jpg"
      | !\[ [^\n]{0,300} \] \( (?:https?:)?//\S{1,500} \)   # a Markdown image: "![alt](https://…)"
      | 기사\s*(?:스크랩|공유|댓글|클린뷰|프린트)       # article tool widgets
      | (?:본문|기사)\s*(?:요약봇|듣기|읽어주기).{0,40}  # auto-summary and text-to-speech panels
      | (?i:advertisement|sponsored)
      | \d+ \s* / \s* \d+                             # "0 / 400" counters
      | (?:19|20)\d{2} [.\-/] \d{1,2} [.\-/] \d{1,2} \.?   # an as-of stamp: "2025-12-20 05:11:06 기준",
        (?: \s+ \d{1,2}:\d{2} (?::\d{2})? )? \s* (?:현재\s*)? 기준  # a widget's clock, not the article's
      | [가-힣\s]{0,12} (?i:yyyy) [.\-/] ?(?i:mm) [.\-/] ?(?i:dd)    # a clock the page's script never filled:
        (?: \s* (?i:hh) : (?i:mm) (?: : (?i:ss) )? )?              # "최종업데이트YYYY-mm-dd hh:mm:ss"
    ) $
    """,
    re.VERBOSE,
)
_EMAIL = meta.EMAIL_PATTERN
_TAIL_BYLINE = re.compile(
    rf"""
    (?<=[.!?"”’'다]) \s* /                           # a sentence's end, then a slash …
    \s* (?P<byline>[가-힣]{{2,4}} (?: \s?[·ㆍ,]\s?[가-힣]{{2,4}} ){{0,3}} \s? 기자  # … "김도윤 기자"
       (?: \s+ {_EMAIL} )? )    # optional e-mail
    \s* $
    """,
    re.VERBOSE,
)
_SUBHEADING = re.compile(r"^(?:[-–—ㅡ]|[▶▷]\s)\s*(?P<text>\S.*)$")  # "- 전국 최초 …"
# How a photo caption ends where a title never does: the photographer after a finished sentence
# ("… 국민의례를 하고 있다. / 김도윤"), or the bar of the table cell it was copied from ("… 대변인 |").
_CAPTION_TAIL = re.compile(r"(?:다\.\s*/\s*[가-힣]{2,4}(?:\s?기자)?|\s[|｜])\s*$")
_DATE_PREFIX = re.compile(
    r"""
    ^ (?: (?i:date|입력|등록|승인|송고) \s* [:：]? \s* )?   # optional label
    (?P<date>(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}) \.?  # 2025-09-09
    (?: \s+ (?:오전|오후)? \s? \d{1,2}:\d{2} (?::\d{2})? )?     # optional time: 14:20 / 오후 2:20
    \s+ (?P<rest>\S.*) $
    """,
    re.VERBOSE,
)
_INLINE_DATELINE = re.compile(
    r"""
    ^ (?P<head>[^\[\]\n]{8,120}?) \s+       # a headline …
    (?P<body>\[[^\[\]\n]{2,40}\] \s* \S.{20,}) $  # … then "[한빛의정저널] 대전광역시 …" body
    """,
    re.VERBOSE,
)
# A line of a related-article box: a marked headline ("- …", "▶ …", "· …").
_BOX_ITEM = re.compile(
    r"""
    ^ [-–—▶▷►·•ㆍ∙▲△■□◆◇●○*]   # a list or link mark opening the line
    """,
    re.VERBOSE,
)
# A pointer to another article: "☞ 한빛시, 새해 예산 확정…" under a story, "[☞오늘의 기사]". The
# pointing hand opens links, cross-references and promotions, never the story's own prose.
_LINK_LINE = re.compile(
    r"""
    ^ [\[(【]? \s* ☞   # the pointing hand opening the line, maybe inside a bracket
    """,
    re.VERBOSE,
)
# A ranked line of a popular-article box: "1 …", "2. …".
_RANKED = re.compile(
    r"""
    ^ \d{1,2} [.)]? \s   # a rank of one or two digits, then a space
    """,
    re.VERBOSE,
)
# Article prose again after a related box: a full sentence closed by a full stop.
_PROSE_LINE = re.compile(
    r"""
    [가-힣] (?: 다 | 요 ) \.   # …했다. / …해요. — a finite sentence ending and its full stop
    ["”’']? $                 # an optional closing quote, then the end of the line
    """,
    re.VERBOSE,
)
# A column's byline: "글 = 이름 ○○대 교수", "글·사진=이름" — the writer's name after the label.
_COLUMN_BYLINE = re.compile(
    r"""
    ^ \(? \s*                                         # "(글·구성: 이름 / 편집: 이름)"
    (?: 글 (?: \s? [·ㆍ,/] \s? (?: 사진 | 그림 | 구성 ) )?   # 글 / 글·사진 / 글·그림 / 글·구성
        | (?: 사진 | 그림 | 구성 ) \s? [·ㆍ,/] \s? 글 )        # 사진·글
    \s* [=:：] \s*                                     # = or :
    (?P<name> [가-힣]{2,4} )                            # the writer's name
    (?= [\s(] | $ )                                     # … as a whole word
    (?P<rest> [^\n]{0,60} ) $                           # their post and school, briefly
    """,
    re.VERBOSE,
)


def _byline_words(line: str) -> re.Pattern[str]:
    return _BYLINE_WORDS if "@" in line else _TITLED_NAMES


@cache
def _furniture_phrases() -> tuple[str, ...]:
    return tuple(sorted({_squash(w) for w in load_words("furniture_lines.txt")}, key=len, reverse=True))


def _squash(text: str) -> str:
    """`text` without white space (str.split's white space is re's \\s), at a quarter of re.sub's cost."""
    return "".join(text.split())


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(_squash(w) for w in load_words("related_headings.txt"))


@cache
def _press_labels() -> tuple[frozenset[str], re.Pattern[str]]:
    """The labels as whole lines (보 도 자 료) and a pattern for lines they open (배포일시 2025. …).

    A short label (배포, 담당, 문의) also opens headlines ("배포 앞둔 …", "문의 폭주"): it counts only
    with a colon, a dated year or a phone number after it; a long one (담당부서, 배포일시) with anything.
    A document label (보도자료, 설명자료) names the whole release, not a field: a line it opens is
    furniture only when nothing but a colon follows; "[보도자료] 한빛군, …" is the tagged headline.
    """
    words = sorted(load_words("press_release_labels.txt"), key=len, reverse=True)

    def spaced(group: list[str]) -> str:
        return "|".join(r"\s?".join(re.escape(c) for c in w if not c.isspace()) for w in group)

    fields = [w for w in words if not _squash(w).endswith(_DOCUMENT_LABEL_END)]
    long_fields = [w for w in fields if len(_squash(w)) >= _LONG_LABEL]
    pattern = re.compile(
        rf"""
        ^ [\[【<〈(]? \s*                       # an optional bracket
        (?: (?: {spaced(words)} )               # any label from press_release_labels.txt …
            \s* [\]】>〉)]?                      # … its closing bracket …
            (?: \s* [:：=] | \s* $ )             # … then a colon or the end of the line
          | (?: {spaced(fields)} )              # or a field label (배포, 담당) …
            \s* [\]】>〉)]? \s+                  # … and a space …
            (?= (?:19|20)\d{{2}} \s? [.\-/년] | 0\d{{1,3}} [-)] )   # … before a dated year or a phone number
          | (?: {spaced(long_fields)} )         # or a long field label (담당부서 예산과) …
            \s* [\]】>〉)]? \s )                 # … with a space after it
        """,
        re.VERBOSE,
    )
    return frozenset(_squash(w) for w in words), pattern


def is_related_heading(line: str) -> bool:
    """A related-article or popular-article box heading: the lines under it are page furniture.

    >>> is_related_heading("▶ 관련기사"), is_related_heading("[많이 본 뉴스]")
    (True, True)
    >>> is_related_heading("관련 기사를 쓴 기자가 징계를 받았다.")
    False
    """
    return _squash(line.strip(_BOX_FRAME)) in _related_headings()


def is_link_line(line: str) -> bool:
    """A line pointing to another article: page furniture, unless it is a finished sentence.

    >>> is_link_line("☞ 한빛시, 새해 예산 확정…'서민 지원'"), is_link_line("[☞오늘의 한빛일보]")
    (True, True)
    >>> is_link_line("☞ 신청은 오는 20일까지 구청 누리집에서 받는다.")
    False
    """
    return bool(_LINK_LINE.match(line)) and not _PROSE_LINE.search(line)


def is_press_label_line(line: str) -> bool:
    """A press release's header label alone, or after the issuing body's name: "보 도 자 료",
    "[보도참고자료]", "경기도교육청 보도자료".

    >>> is_press_label_line("한빛시청 보도자료"), is_press_label_line("보도자료 배포 논란에 사과")
    (True, False)
    """
    squashed = _squash(line.strip(_BOX_FRAME))
    if squashed in _press_labels()[0]:
        return True
    words = line.split()
    return (
        1 < len(words) <= _ISSUER_WORDS + 1
        and _squash(words[-1].strip(_BOX_FRAME)) in _press_labels()[0]
        and len(_squash(words[-1])) >= _LONG_LABEL
    )


# How many words may name the body issuing a release before its label (한빛시 도시계획과 보도자료).
_ISSUER_WORDS = 3


def is_press_header(line: str) -> bool:
    """A release's date or contact line: "배포일시 2025. 3. 12.(수) 10:00 | 담당부서 …", "… 10:00 배포".

    >>> is_press_header("배포 일시: 2025. 3. 12.(수) 10:00"), is_press_header("2025. 3. 12.(수) 10:00 배포")
    (True, True)
    >>> is_press_header("담당부서 도시계획과 | 과장 김도윤"), is_press_header("문의: 도시계획과")
    (True, True)
    >>> is_press_header("배포 앞둔 교과서, 현장 혼란"), is_press_header("배포 3일 만에 100만 내려받기")
    (False, False)
    """
    if _press_labels()[1].match(line) or _DATE_THEN_RELEASE.match(line):
        return True
    return len(line) <= _CONTACT_LENGTH and bool(_PHONE.search(line)) and not _SENTENCE_END.search(line)


def is_menu_line(line: str) -> bool:
    """A site's menu or section path split by bars: "전체기사 | IT·과학 | 통신".

    >>> is_menu_line("전체기사 | IT·과학 | 통신"), is_menu_line("여야, 추경 합의 | 오늘 본회의")
    (True, False)
    """
    entries = [e for e in _MENU_SEPARATOR.split(line) if e]
    if len(entries) >= 2 and all(len(e) <= _MENU_ENTRY_LENGTH and " " not in e for e in entries):
        return True
    if _EMPTY_MENU_SLOT.search(line) and all(len(e) <= _MENU_ENTRY_LENGTH for e in entries):
        return True  # "모이자 앱 | | 모바일버전": a nav row whose links lost their text
    return _is_section_row(line)


# Two bars with nothing between them: a row of links some of which were images.
_EMPTY_MENU_SLOT = re.compile(r"[|｜][ \t]*[|｜]")
# A row of section names (뉴스홈 경제 정치 연예 스포츠) has at least this many.
_SECTION_ROW_WORDS = 3


def _is_section_row(line: str) -> bool:
    """A site's section menu written with spaces: "뉴스홈 경제 정치 연예 스포츠".

    >>> _is_section_row("뉴스홈 경제 정치 연예 스포츠"), _is_section_row("경제 정치 위기")
    (True, False)
    """
    words = line.split()
    if len(words) < _SECTION_ROW_WORDS:
        return False
    sections = load_words("section_tags.txt")
    named = [w for w in words if w in sections]
    # the row may open with the site's home link (홈, 뉴스홈, HOME)
    return len(named) >= _SECTION_ROW_WORDS - 1 and all(
        w in sections or (i == 0 and w.upper().endswith(("홈", "HOME"))) for i, w in enumerate(words)
    )


def is_masthead(line: str) -> bool:
    """A line that is only a site's name (…뉴스, …일보, …신문): a masthead, never a headline.

    >>> is_masthead("남도데일리"), is_masthead("수도권 뉴스")
    (True, False)
    """
    return " " not in line and meta.looks_like_outlet(line)


def is_widget_line(line: str) -> bool:
    """A line made only of widget words: "기사 스크랩 공유 댓글 프린트", "이 기사를 공유합니다"."""
    if _letter_outside_widgets().search(line):
        return False  # a letter no widget phrase has stays whatever is removed: a line of prose
    rest = _squash(line)
    if not rest:
        return False
    for phrase in _furniture_phrases():
        if phrase in rest:
            rest = rest.replace(phrase, "")
    return not _WORD_CHAR.search(rest)


_WORD_CHAR = re.compile(r"[^\W_\d]")  # a letter: what is left of a line that is more than widgets


@cache
def _letter_outside_widgets() -> re.Pattern[str]:
    """A letter (see _WORD_CHAR) that no widget phrase has."""
    chars = "".join(re.escape(c) for c in sorted(set("".join(_furniture_phrases()))))
    return re.compile(rf"[^{chars}\W_\d]")


def normalise_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _title_shaped(line: str) -> bool:
    """A line that can be a title when a byline follows it: no full-stopped sentence, no caption.

    >>> _title_shaped("한빛구, 구립도서관 3곳 새로 짓는다"), _title_shaped("구청은 도서관을 짓는다.")
    (True, False)
    """
    if len(line) > 150 or line.endswith((".", "。")) or continues(line):
        return False
    return not (_CAPTION.search(line) or datelines.parse_dateline(line) or is_press_header(line))


def is_breadcrumb(line: str) -> bool:
    """A site's navigation path: "홈 > 사회 > 교육", "뉴스 › 경제" — furniture, not a headline.

    >>> is_breadcrumb("HOME > 사회 > 교육"), is_breadcrumb("뉴스 › 경제")
    (True, True)
    >>> is_breadcrumb("수출 증가율 > 수입 증가율…무역수지 흑자 전환")
    False
    >>> is_breadcrumb("누리 뉴스 >누리 뉴스")
    True
    """
    path = line.lstrip()
    # "> 스포츠 > 인터뷰": the home step was an icon, lost in the copy
    opened = bool(path) and path[0] in _CRUMB_MARKS
    if opened:
        path = path.lstrip(_CRUMB_MARKS + " ")
    match = _BREADCRUMB.match(path)
    if not match or _SENTENCE_END.search(path):
        return False
    steps = [step for step in _CRUMB_SEPARATORS.split(path) if step]
    if opened:
        return len(steps) >= 2
    # Two steps read as a path only when it starts at home or the steps are single words.
    return (
        len(steps) >= 3
        or match["first"].strip() in _HOME_WORDS
        or all(len(step) <= 6 and " " not in step for step in steps)
        or len({step.strip() for step in steps}) == 1  # "누리 뉴스 >누리 뉴스": a menu and its page
    )


def _undoubled(line: str) -> str:
    """A header field printed twice without a break (a link and its image's alt text): once.

    >>> _undoubled("김도윤 기자김도윤 기자"), _undoubled("김도윤 기자")
    ('김도윤 기자', '김도윤 기자')
    """
    half, odd = divmod(len(line), 2)
    return line[:half] if not odd and half and line[:half] == line[half:] else line


def _byline_only(line: str) -> str:
    """A body-final byline without widget words after it: "정하늘 기자 다른기사 보기" → "정하늘 기자"."""
    last = None
    for match in _byline_words(line).finditer(line):
        last = match
    if last is None or not is_widget_line(line[last.end() :]):
        return line
    return line[: last.end()].rstrip(" |·,")


def strip_dates(line: str) -> str:
    """The line without dates, times, weekdays and date labels."""
    return _strip_dates(line)


def _strip_dates(line: str) -> str:
    return (_DATE_WORDS if _LATIN_LETTER.search(line) else _DATE_WORDS_NO_LATIN).sub("", line)


def _header_residue(line: str) -> int:
    """How much of a header byline line is left once its outlet, label, bylines, dates and counters go.

    >>> _header_residue("기자명 김도윤 기자   입력 2026.03.04 10:21   수정 2026.03.04 15:47   댓글 0")
    0
    >>> _header_residue("누리일보 | 김도윤 기자 | 입력 : 2025-02-12 09:14:07")
    0
    """
    if _writer_inside_title(line):
        return len(line)  # a title about a reporter: none of it is a byline
    outlet = meta.byline_outlet(line)
    rest = line.replace(outlet, "", 1) if outlet else line
    rest = _WHOLE_LINE_LABEL.sub("", rest.lstrip(" |｜│"))
    return _byline_residue(_BYLINE_EXTRAS.sub("", rest))


def _shaped_writers(line: str) -> tuple[list[Reporter], str | None]:
    """The writers of a whole-line byline of co-writers joined by spaces, of a portal's
    "이름 매체 기자(…)" or of a spelled-out one (`spelled_out_byline`), and the outlet the line
    names; ([], None) for any other line."""
    spaced, _end = writer_lines.spaced_writers(line, whole=True)
    portal = writer_lines.name_outlet_byline(line)
    if not (spaced or portal) and (spelled := writer_lines.spelled_out_byline(line)):
        return [spelled[0]], spelled[1]  # "누리방송 김도윤 (dy@…)", "[김도윤 사회부 기자 …]"
    return spaced or ([portal[0]] if portal else []), portal[1] if portal else None


def is_header_byline(line: str) -> bool:
    """A byline or date line under a headline: "입력 2025.04.17 15:32 | 수정 …", "한빛일보 | 김도윤 기자 | …".

    >>> is_header_byline("입력 2025.04.17 15:32 | 수정 2025.04.17 16:05"), is_header_byline("김도윤 기자")
    (True, True)
    >>> is_header_byline("구청은 2025.04.17 15:32 입력된 자료를 바탕으로 예산안을 새로 짰다고 밝혔다.")
    False
    """
    bare = _BULLET.sub("", line)
    if len(bare) > _CONTACT_LENGTH or _SENTENCE_END.search(bare):
        return False
    if meta.labelled_dates(bare):
        return len(_RESIDUE.sub("", _strip_dates(bare))) <= 12 or _header_residue(bare) <= 12
    if is_date_line(bare):
        return True
    return bool(meta.reporters_in(_WHOLE_LINE_LABEL.sub("", bare))) and _header_residue(bare) <= 12


# what sets a byline off on a header line: a separator, an e-mail, a bracket or a digit (a date)
_BYLINE_SETTING = re.compile(r"[|｜│=/·@\[\]()<>:：\d]")


def _writer_inside_title(line: str) -> bool:
    """ "낙선목적 허위사실 유포한 기자 법정구속": a headline's words on both sides of "… 기자", with nothing
    that sets a byline off, is a title about a reporter, not a byline.

    >>> _writer_inside_title("허위사실 유포한 기자 법정구속")
    True
    >>> _writer_inside_title("누리일보 김도윤 기자 | 입력 2031.03.04")
    False
    >>> _writer_inside_title("영남취재본부 윤서준 기자")
    False
    """
    if _BYLINE_SETTING.search(line):
        return False
    match = meta.byline_pattern().search(line)
    return (
        match is not None
        and bool(_HANGUL_WORD.search(line[: match.start()]))
        and bool(_HANGUL_WORD.search(line[match.end() :]))
    )


_HANGUL_WORD = re.compile(r"[가-힣]{2}")


def is_date_line(line: str, *, under_headline: bool = False) -> bool:
    """A date with no label, alone or after the outlet: "2025.12.03 오후 2:17", "한빛일보 | 2025-04-14".

    Without a label nothing else may be left on the line but the outlet and a section label: a
    date inside a sentence is the body's. Directly under the headline the outlet's name need not
    end like one (한빛마당).

    >>> is_date_line("2025.12.03 오후 2:17"), is_date_line("새벽일보 | 사회 | 2025-04-14 17:20")
    (True, True)
    >>> is_date_line("2025.12.03 구청 발표"), is_date_line("사회부 | 2025-04-14 17:20")
    (False, False)
    >>> line = "새벽마당 | 2025-04-14 17:20"
    >>> is_date_line(line), is_date_line(line, under_headline=True)
    (False, True)
    """
    if len(line) > _CONTACT_LENGTH or meta.parse_datetime(line) is None:
        return False
    if meta.reporters_in(line) or meta.labelled_dates(line):
        return False  # a writer's byline or a labelled date line is read as such (입력 / 수정 apart)
    # With no writer, byline_outlet holds only when every other field is a date or the section.
    return meta.is_date_field(line) or meta.byline_outlet(line, unsuffixed=under_headline) is not None


def _byline_residue(line: str) -> int:
    """How much of a line is left once bylines, e-mails and dates are taken out."""
    rest = _byline_words(line).sub("", line)
    return len(_RESIDUE.sub("", _strip_dates(rest)))


def split_lines(raw: str) -> list[tuple[str, bool]]:
    """Non-blank lines with whether a blank line (a paragraph break) came before each.

    A line broken right after an opening parenthesis ("김도윤 원장(\\n사진)은 …") goes on with the
    next one: the break is the copy's, inside a parenthesis, not the writer's.

    >>> split_lines("김도윤 원장(\\n사진)은 말했다.\\n\\n다음 문단")
    [('김도윤 원장(사진)은 말했다.', False), ('다음 문단', True)]
    """
    out: list[tuple[str, bool]] = []
    gap = False
    for line in raw.split("\n"):
        if normalise_line(line):
            if out and not gap and out[-1][0].rstrip().endswith("("):
                out[-1] = (out[-1][0].rstrip() + line.lstrip(), out[-1][1])
                continue
            out.append((line, gap and bool(out)))
            gap = False
        else:
            gap = True
    return out
