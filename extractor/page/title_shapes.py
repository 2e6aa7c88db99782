"""Title shapes: whether a line of a copied page reads as the article's title.

Pure functions of one line (and the line under it), split from `line_shapes`: a title is told
from a body sentence by how it ends (no full stop, a final noun, a question's topic particle) and
how it is punctuated; a column tag over it ([자막뉴스] …) is its section.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_words
from extractor.page import datelines, header_lines, line_shapes, meta_dates
from extractor.page.metadata import looks_like_outlet

_CONTINUES_AT_END = re.compile(r"(?:[은는을를고며]|하고|하며|에서)$")


def continues(line: str) -> bool:
    """A line cut off inside its sentence (…시민들은, …찾았고), not one ending in a noun that only
    looks like the ending -고 (…징역 2년 선고, …사상 최고).

    >>> continues("시민들은 올해 경기가 살아나길 바라고"), continues("항소심서 징역 2년 선고")
    (True, False)
    >>> continues("구청은 도서관을 짓고 공원을 새로 단장하고")
    True
    >>> continues("한빛전자가 밀라노에 가는 까닭은"), continues("새해 첫 날을 맞은 시민들은")
    (False, True)
    """
    if not _CONTINUES_AT_END.search(line):
        return False
    words = line.split()
    last = words[-1] if words else ""
    if last.endswith(_title_final_nouns()):
        return False
    # "…밀라노에 가는 까닭은": a title asking its question with the topic particle alone
    return not (last.endswith(("은", "는")) and last[:-1].endswith(_title_question_nouns()))


@cache
def _title_final_nouns() -> tuple[str, ...]:
    return tuple(load_words("title_final_nouns.txt"))


@cache
def _title_question_nouns() -> tuple[str, ...]:
    return tuple(load_words("title_question_nouns.txt"))


_TAGGED_TITLE_LENGTH = 120  # a title under its tag is one short line; a lead runs on
_TAG_THEN_REST = re.compile(r"^\s*[\[【][^\]】]{1,20}[\]】]\s*(?P<rest>\S.*)$")
_FINISHED_SENTENCE = re.compile(r"[가-힣]다\.")


def tagged_title(line: str) -> bool:
    """A title under its column tag ("[자막뉴스] 반달곰 진흙 목욕 포착"), which reads like an outlet's
    bracketed dateline ("[한빛경제] 정부는 … 밝혔다.") but names no writer and holds no sentence.

    >>> tagged_title("[누리투자뉴스] 한빛전자, 실적 반등 전망"), tagged_title("[자막뉴스] 반달곰 포착")
    (True, True)
    >>> tagged_title("[누리경제] 정부는 5일 도서관 3곳을 새로 짓는다고 밝혔다.")
    False
    >>> tagged_title("[누리일보 김도윤 기자] 도서관 3곳 신설")
    False
    """
    match = _TAG_THEN_REST.match(line)
    if match is None or len(line) > _TAGGED_TITLE_LENGTH or _FINISHED_SENTENCE.search(line):
        return False
    dateline = datelines.parse_dateline(line)
    if dateline is not None and dateline.reporters:
        return False
    return looks_like_headline(match["rest"])


_UNSTOPPED_TITLE_LENGTH = 80
_UNSTOPPED_END = re.compile(r"[가-힣]다$")
_STOP_INSIDE = re.compile(r"[.!?]\s|다\.")
# How a title is punctuated where a sentence is not: an ellipsis, a middle dot, quotes, brackets, a
# question or exclamation mark, "..", a short topic before a comma ("한빛시, …") or a spaced dash.
_TITLE_MARK = re.compile(r"[…·'‘’\"“”\[\]【】<>《》〈〉?!~]|\.\.|^\S{1,12},|\s-\s")


def unstopped_title(line: str, next_line: str) -> bool:
    """A title written as a plain sentence without its full stop ("…1위 뺏겼다") over a line holding a
    full-stopped sentence: the missing stop marks the title, in a copy that stops its sentences.

    >>> unstopped_title("한빛전자, 누리국에 1위 뺏겼다", "한빛전자는 5일 1위를 내줬다.")
    True
    >>> unstopped_title("한빛전자, 누리국에 1위 뺏겼다", "한빛전자는 5일 1위를 내줬다")
    False
    >>> unstopped_title("구청은 5일 밝혔다. 도서관을 짓는다", "도서관은 2031년 문을 연다.")
    False

    A long plain sentence with no title punctuation is the body's first sentence that lost its stop:

    >>> unstopped_title("한빛구와 누리재단이 구립도서관 3곳에 체험관을 새로 만들었다", "구청은 밝혔다.")
    False
    """
    if len(line) > _UNSTOPPED_TITLE_LENGTH or not _UNSTOPPED_END.search(line) or line.endswith("니다"):
        return False
    if _STOP_INSIDE.search(line) or datelines.parse_dateline(line) or not _TITLE_MARK.search(line):
        return False
    return bool(_FINISHED_SENTENCE.search(next_line))


def column_tag(line: str) -> tuple[str, str] | None:
    """A tagged title's (title, tag): the tag is its column or section, whatever it ends with.

    >>> column_tag("[자막뉴스] 반달곰 목욕 포착"), column_tag("반달곰 목욕 포착")
    (('반달곰 목욕 포착', '자막뉴스'), None)
    """
    match = _TAG_THEN_REST.match(line)
    if match is None or not tagged_title(line):
        return None
    return match["rest"].strip(), match.group()[: match.start("rest")].strip(" \t[]【】")


def looks_like_headline(line: str) -> bool:
    """A first line that reads as a title, not as a body sentence.

    >>> looks_like_headline("강태윤 해협 회장, 英의회에 韓선사 지원 요청")
    True
    >>> looks_like_headline("보성군과 한빛도로공단이 졸음쉼터 정비사업 관련 상생 협약을 맺었다")
    False
    >>> looks_like_headline("한빛구-누리문화재단, 구립도서관 3곳에 실감콘텐츠 체험관 새로 만든다")
    True
    """
    if len(line) > 150 or (datelines.parse_dateline(line) and not tagged_title(line)) or continues(line):
        return False
    if line.rstrip().endswith(("다.", "다", "요.", "니다")) and len(line) > 30:
        return header_lines.present_tense_title(line)  # "…구립도서관 3곳 새로 만든다": a title
    return not line.endswith(("다.", "습니다."))


_HANGUL = re.compile(r"[가-힣]")
_LABEL_FIELD = re.compile(r"^\S{1,4}\s*:\s*\S+$")  # "출처:cri", "편집: 김도윤": a label and its value
_FULL_TITLE_LENGTH = 15  # a real headline under such a stub runs longer, over several words
_FULL_TITLE_WORDS = 3


def furniture_stub(line: str) -> bool:
    """A stub no headline could be: a menu's numbered item ("2. 뉴스"), a toolbar row, a date widget.

    >>> furniture_stub("2. 뉴스"), furniture_stub("인쇄 확대 축소 좋아요"), furniture_stub("폭염 비상")
    (True, True, False)
    """
    line = line.strip()
    squash = re.sub(r"\s+", "", line)
    return bool(_MENU_ITEM.match(line)) or _dated_widget(line) or _toolbar_row(squash) or _button_words(line)


def stub_title(line: str) -> bool:
    """A "headline" read off a page's header that is no title: a line with no Hangul ("check 3d gpu",
    a Latin site name), a label field ("출처:cri"), a row of skip links or a skip link, a share
    button ("블로그"), or the site's name over its section ("누리경제 포토").

    >>> stub_title("check 3d gpu"), stub_title("출처:cri"), stub_title("상단영역"), stub_title("블로그")
    (True, True, True, True)
    >>> stub_title("메뉴 바로가기 본문 바로가기 프로그램 목록 바로가기"), stub_title("누리경제 포토")
    (True, True)
    >>> stub_title("구청, 도서관 3곳 짓는다"), stub_title("尹 탄핵 가결"), stub_title("폭염 비상")
    (False, False, False)
    """
    line = line.strip()
    if not _HANGUL.search(line) or _LABEL_FIELD.match(line) or " " not in line:
        return True  # a single word is a site's button, brand or section, hardly ever a headline
    if _MENU_ITEM.match(line) or _dated_widget(line) or _toolbar_row(squash=re.sub(r"\s+", "", line)):
        return True
    if _button_words(line):
        return True
    squashed = re.sub(r"\s+", "", line)
    if squashed.count("바로가기") >= 2 and squashed.endswith("바로가기"):
        return True
    if header_lines.navigation_line(line)[0] or line in load_words("social_platforms.txt"):
        return True
    words = line.split()
    return len(words) == 2 and header_lines.section_word(words[1]) is not None and looks_like_outlet(words[0])


# "2. 뉴스": one numbered item of a breadcrumb or menu copied as a list
_MENU_ITEM = re.compile(r"^\d{1,2}\.\s*(?=.{1,10}$)[^\s.]{1,8}(?:\s[^\s.]{1,8})?$")  # "3. 오늘의 뉴스" too
# "컴퍼니 제 1175호 (2018년 06월 06일)": a magazine's issue line
_ISSUE_NUMBER = re.compile(r"제\s?\d{1,5}\s?호")
# what a date widget's line holds besides its date: weekdays and their commas
_WEEKDAY_WORDS = re.compile(r"[월화수목금토일]요일|[,()]")


def _toolbar_row(squash: str) -> bool:
    """A site's toolbar copied as one line: two of its buttons or more (회원가입, 로그인, 즐겨찾기).

    >>> _toolbar_row("즐겨찾기+날짜:2031-07-0410:07:51회원가입기사쓰기전체기사보기")
    True
    >>> _toolbar_row("누리구청로그인기록")
    False
    """
    return sum(1 for word in _toolbar_words() if word in squash) >= _TOOLBAR_BUTTONS


_TOOLBAR_BUTTONS = 2
_SHORT_BUTTONS = 3  # 인쇄 확대 축소: this many words that are each a button make a toolbar row


def _button_words(line: str) -> bool:
    """Three words of a line or more are each a toolbar button, maybe doubled by an icon's label.

    >>> _button_words("인쇄인쇄 확대 축소 좋아요좋아요 15 취재기자 : 한도윤"), _button_words("공유 경제 확대")
    (True, False)
    >>> _button_words("확대 l 축소"), _button_words("확대 축소 경쟁")
    (True, False)
    """
    buttons = load_words("toolbar_buttons.txt")
    found = separators = 0
    words = line.split()
    for word in words:
        half = word[: len(word) // 2]
        found += word in buttons or (len(word) % 2 == 0 and half * 2 == word and half in buttons)
        separators += word in _BUTTON_SEPARATORS
    # 확대 l 축소: a row of nothing but buttons between separators is a toolbar with two of them
    return found >= _SHORT_BUTTONS or (found >= 2 and found + separators == len(words))


# What sites put between toolbar buttons: a bar, or a letter l or ㅣ drawn as one.
_BUTTON_SEPARATORS = frozenset({"|", "l", "I", "ㅣ", "/", "·"})


@cache
def _toolbar_words() -> tuple[str, ...]:
    # the furniture lexicon's buttons of three syllables or more: shorter ones (공유, 인쇄) stand in titles
    buttons = load_words("furniture_lines.txt") | load_words("toolbar_buttons.txt")
    words = (re.sub(r"\s+", "", w) for w in buttons)
    return tuple(w for w in words if len(w) >= _TOOLBAR_WORD_LENGTH)


_TOOLBAR_WORD_LENGTH = 3


def _dated_widget(line: str) -> bool:
    """A header widget's date ("UPDATED. 2026-03-29 00:36 (금)", "화요일, 12월 24, 2026") or a
    magazine's issue line ("위클리 제 1175호 (2026년 06월 06일)"): nothing of a title but a date.

    >>> _dated_widget("UPDATED. 2026-03-29 00:36 (금)"), _dated_widget("화요일, 12월 24, 2026")
    (True, True)
    >>> _dated_widget("위클리 제 1175호 (2026년 06월 06일)"), _dated_widget("구청, 12월 24일 도서관 개관")
    (True, False)
    """
    if not any(ch.isdigit() for ch in line):
        return False
    if _ISSUE_NUMBER.search(line) and meta_dates.parse_datetime(line) is not None:
        return True
    rest = _WEEKDAY_WORDS.sub("", line_shapes.strip_dates(line))
    rest = re.sub(r"(?:\d{1,4}\s?[년월일]?)|[\s.,:/\-]", "", rest)
    return not rest


def full_title(line: str) -> bool:
    """A line that reads as a whole headline: several words of Hangul, title-shaped.

    >>> full_title("구청, 도서관 3곳 새로 짓는다"), full_title("왼쪽 메뉴로 이동")
    (True, False)
    """
    if stub_title(line) or len(line) < _FULL_TITLE_LENGTH or len(line.split()) < _FULL_TITLE_WORDS:
        return False
    return looks_like_headline(line)
