"""Reporters of article metadata: bylines ("김도윤 기자", "기자 김도윤", "김도윤 베이징 특파원"),
e-mail bylines, broadcast sign-offs and anchors' hand-overs, and what a Korean name looks like.

Under `metadata`, over `meta_outlets` (a sign-off names the outlet too); titles and names' tables
live under ``lexicons/``.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import load_rows, load_words
from extractor.page.meta_outlets import looks_like_outlet
from schemas import Reporter

# ---------------------------------------------------------------- reporters and outlets

# An e-mail address; its domain never holds Hangul, so an address glued to the next word (…net입력)
# ends where the Latin letters do. Every byline reading uses this one pattern.
EMAIL_PATTERN = r"[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_EMAIL = re.compile(EMAIL_PATTERN)


@cache
def _title_alternation() -> str:
    titles = sorted(load_words("reporter_titles.txt"), key=len, reverse=True)
    return "|".join(re.escape(t) for t in titles)


@cache
def _title_or_email() -> re.Pattern[str]:
    """A writer's title or an e-mail's @: one is in every byline `reporters_in` reads. Only the
    titles that hold no shorter title (선임기자 holds 기자) are needed."""
    titles = load_words("reporter_titles.txt")
    shortest = sorted(t for t in titles if not any(o != t and o in t for o in titles))
    return re.compile("|".join(re.escape(t) for t in ["@", *shortest]))


def _may_name_writers(text: str) -> bool:
    """A cheap necessary condition for `reporters_in` (one scan, most lines are prose)."""
    return _title_or_email().search(text) is not None


@cache
def byline_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?<![가-힣])
        (?P<names>
            (?: [가-힣]{{2,4}} \s? [·ㆍ,] \s? ){{0,4}}  # co-writers first: "김도윤·박서연 기자"
            (?P<name>[가-힣]{{2,4}})                   # the (last) writer's name
        )
        (?: \s? \( [가-힣A-Za-z ]{{1,12}} \) )?         # the name he goes by: "박영희 (안젤라) 기자"
        \s?
        (?P<title>{_title_alternation()})            # 기자, 특파원, 논설위원 …
        (?![가-힣])                                   # 기자 as a word, not 기자회견
        (?: [\s·,/|=]* (?P<email>{_EMAIL.pattern}) )?  # optional e-mail after it
        """,
        re.VERBOSE,
    )


@cache
def _credit_pattern() -> re.Pattern[str]:
    roles = sorted(load_words("reporter_credit_roles.txt"), key=len, reverse=True)
    return re.compile(
        rf"""
        (?<![가-힣])
        (?:{"|".join(re.escape(r) for r in roles)})   # 촬영기자, 영상편집, 그래픽 …
        \s* [:：] \s*                                 # "촬영기자:" / "그래픽 : "
        [^\s/|·,]* (?: \s? [·,] \s? [^\s/|·,]+ ){{0,4}}  # the credited names, up to the next credit
        """,
        re.VERBOSE,
    )


def without_credits(text: str) -> str:
    """Blank out broadcast credits ("촬영기자:이름/영상편집:이름"): camera and editing staff are no writers.

    >>> without_credits("촬영기자:김가온/영상편집:박나래").strip(" /")
    ''
    """
    return _credit_pattern().sub(lambda m: " " * len(m.group()), text)


_NAME_JOINER = re.compile(r"\s?[·ㆍ,]\s?")  # between co-writers' names


def _co_writers(names: str) -> list[str]:
    """The names before the last one in "김도윤·박서연": each must open with a surname."""
    *others, _last = _NAME_JOINER.split(names)
    surnames = load_words("surnames.txt")
    return [n for n in others if is_name(n) and (n[0] in surnames or n[:2] in surnames)]


_NAME_EMAIL = re.compile(
    rf"""
    ^ (?P<name>[가-힣]{{2,4}}) \s+                        # a bare name …
    (?P<email>{EMAIL_PATTERN}) \s*         # … and an e-mail: "이서연 sylee@x.com"
    (?: (?:19|20)\d{{2}} \s? 년 \s? \d{{1,2}} \s? 월 \s? \d{{1,2}} \s? 일   # maybe the date (2019년 8월 22일)
        (?: \s? [월화수목금토일] 요일 )? )? \s* $          # … and its weekday
    """,
    re.VERBOSE,
)
_CLOSING_VERB = "(?:입니다|이었습니다|였습니다)"  # "… 김도윤입니다", "지금까지 … 김도윤이었습니다"
_SIGN_OFF = re.compile(
    rf"""
    (?P<outlet>[A-Za-z가-힣][\w가-힣]{{0,15}}) \s* 뉴스 \s+   # "한빛TV 뉴스", "KBS 뉴스"
    (?P<name>[가-힣]{{2,4}}) (?:\s?기자)? {_CLOSING_VERB} \.?  # "김도윤입니다.", "김도윤 기자였습니다."
    """,
    re.VERBOSE,
)
_REPORTER_INTRO = re.compile(
    r"""
    (?<![가-힣]) (?P<name>[가-힣]{2,4}) \s?
    (?: 기자
      (?: 입니다                                           # anchor hands over: "김도윤 기자입니다"
        | 가 \s (?: (?:단독|현장) \s )?                     # "김도윤 기자가 (단독) 취재했습니다"
          (?: 보도합니다 | 전해드립니다 | 취재했습니다 | 정리했습니다 | 다녀왔습니다
            | 만나봤습니다 | 들여다봤습니다 | 추적했습니다 | 종합했습니다 )
        | 의 \s (?: 단독 \s )? 보도입니다 )                  # "김도윤 기자의 (단독) 보도입니다"
      | 기잡니다                                           # the same, contracted as spoken
      | 특파원입니다 )                                     # to a correspondent: "김도윤 특파원입니다"
    """,
    re.VERBOSE,
)
# The anchor's hand-over with words between the reporter and the verb: "김도윤 기자가 주민들을 만나봤습니다.",
# "김도윤 기자가 지역민들에게 직접 들어봤습니다.", "김도윤 기자가 설명하겠습니다.", "김도윤 기자가
# 짚어봅니다.", "김도윤 특파원이 만나고 왔습니다."; an anchor out reporting: "김도윤 앵커가 … 들어봤습니다."
# (read near the start only)
_ANCHOR_INTRO = re.compile(
    r"""
    (?<![가-힣]) (?P<name>[가-힣]{2,4}) \s?
    (?: (?: 기자가 | 특파원이 ) \s
        (?: [^\s.!?"“”]+ \s ){0,6}                      # up to six words: "주민들을 직접"
        (?: [가-힣]{1,6} (?:봤|왔|났|했|겠) 습니다       # 만나봤습니다, 다녀왔습니다, 설명하겠습니다
          | [가-힣]{1,5} 고 \s 왔습니다                    # 만나고 왔습니다
          | [가-힣]{1,6} (?:봅니다|드립니다) )             # 짚어봅니다, 보여드립니다
      # an anchor is the reporter only when out asking ("… 들어봤습니다"), not in "… 일상을 전했습니다"
      | 앵커가 \s (?: [^\s.!?"“”]+ \s ){0,6} [가-힣]{1,6} 봤습니다 )
    \. \s* (?: $ | (?= [\[<【] \s? (?:기자|리포트) ) )      # the line's end, or the report's marker
    """,
    re.VERBOSE,
)


def anchor_intro(line: str) -> list[Reporter]:
    """The reporter an anchor's closing hand-over sentence names.

    >>> [r.name for r in anchor_intro("김도윤 기자가 시민들에게 직접 들어봤습니다.")]
    ['김도윤']
    >>> anchor_intro("김도윤 기자가 보도한 내용이 드러났다."), anchor_intro("위원회 기자가 봤습니다.")
    ([], [])
    >>> [anchor_intro(x)[0].name for x in ("김도윤 기자가 짚어봅니다.", "김도윤 특파원이 만나고 왔습니다.")]
    ['김도윤', '김도윤']
    >>> [r.name for r in anchor_intro("김도윤 앵커가 버스를 타고 동네 주민들의 생각을 직접 들어봤습니다.")]
    ['김도윤']
    >>> anchor_intro("김도윤 앵커가 방송국에서의 바쁜 일상을 전했습니다.")
    []
    >>> [r.name for r in anchor_intro("…나옵니다. 김도윤 기자가 만나고 왔습니다.<기자>시장 상인들은")]
    ['김도윤']
    """
    match = _ANCHOR_INTRO.search(line)
    if match is None or not is_name(match["name"]):
        return []
    return [Reporter(name=match["name"])]


# "연합뉴스TV 김도윤입니다.", "제주에서 누리방송 김도윤입니다.": the outlet and reporter closing a report.
_OUTLET_SIGN_OFF = re.compile(
    rf"""
    (?<![\w가-힣]) (?P<outlet>[A-Za-z가-힣][\w가-힣]{{1,15}}) \s+
    (?P<name>[가-힣]{{2,4}}) (?:\s?기자)? {_CLOSING_VERB} \.? \s* $
    """,
    re.VERBOSE,
)


_PERSON_NAME = re.compile(
    r"""
    ^ [가-힣]{2,4} $                      # a Korean name: two to four syllables
    | ^ [A-Z][a-z]+ (?: [\s-][A-Z][a-z]+ ){1,2} $   # a foreign one in Latin letters: "Jane Doe"
    """,
    re.VERBOSE,
)


def is_name(word: str) -> bool:
    """A writer's name: shaped like a person's, never a link or role word.

    A Korean name opens with a surname; four syllables only after a two-syllable
    surname (남궁, 선우 …), so button words like 기사원문 or 원문보기 are not names.

    >>> is_name("홍길동"), is_name("남궁민수"), is_name("기사원문"), is_name("촬영"), is_name("전주")
    (True, True, False, False, False)
    """
    if not _PERSON_NAME.match(word) or word in load_words("reporter_nonnames.txt"):
        return False
    if word in load_words("place_names.txt"):
        return False  # [스포츠월드=전주, 하윤서 기자]: the place of the dateline, no writer
    if not "가" <= word[0] <= "힣":
        return True
    surnames = load_words("surnames.txt")
    if len(word) == 4:
        return word[:2] in surnames
    return word[0] in surnames or word[:2] in surnames


# The "=" of a wire byline right after the writer's title: "[한빛뉴스] 김천 기자 = …".
_WIRE_EQUALS = re.compile(r"[ \t]*=")


def _town_named_writer(text: str, match: re.Match[str]) -> bool:
    """김천 기자 =: a writer whose name is also a town's, alone before the title and the "="."""
    name = match["name"]
    if match["names"] != name or match["email"] or not _WIRE_EQUALS.match(text, match.end()):
        return False
    return town_named_writer(name)


def town_named_writer(name: str) -> bool:
    """A name that is also a town's (김천, 진주): a writer only in the one slot a town never takes,
    alone right before the title and the wire byline's "=" (a dateline's place stands before the
    outlet, "(김천=한빛뉴스) 홍길동 기자 ="); the caller checks the slot.

    >>> town_named_writer("김천"), town_named_writer("서울"), town_named_writer("홍길동")
    (True, False, False)
    """
    if name not in load_words("place_names.txt") or name in load_words("reporter_nonnames.txt"):
        return False
    provinces = {row[1] for row in load_rows("province_short_forms.tsv", 2)}
    if name in provinces:
        return False  # 서울 기자 =, 부산 기자 =: a province or metropolis files, no writer is so named
    return name[0] in load_words("surnames.txt") and 2 <= len(name) <= 3


def reporters_in(text: str) -> list[Reporter]:
    """Writers named in a byline: "김도윤 기자", "영남취재본부 윤서준 기자 sjyoon@x.com".

    >>> [r.name for r in reporters_in("영남취재본부 윤서준 기자 sjyoon@example.co.kr")]
    ['윤서준']
    >>> [r.name for r in reporters_in("김도윤·박서연 기자")]
    ['김도윤', '박서연']
    >>> reporters_in("사진 기자"), [r.name for r in reporters_in("김도윤 (안젤라) 기자")]
    ([], ['김도윤'])
    >>> [r.email for r in reporters_in("박서연 기자 sy@nurimail.net입력 : 2031년 11월 10일")]
    ['sy@nurimail.net']
    """
    found: list[Reporter] = []
    if not _may_name_writers(text):
        return found  # most lines of an article: prose without a byline's title
    text = without_credits(text)
    for match in byline_pattern().finditer(text):
        if is_name(match["name"]) or _town_named_writer(text, match):
            found.extend(Reporter(name=name) for name in _co_writers(match["names"]))
            found.append(Reporter(name=match["name"], email=match["email"]))
    if not found:
        found = _posted_correspondents(text)
    if not found:
        bare = _NAME_EMAIL.match(text.strip())
        if bare and is_name(bare["name"]):
            found.append(Reporter(name=bare["name"], email=bare["email"]))
    if not found:
        found = _title_first_writers(text)
    return found


# "김도윤 베이징 특파원 kim@x.com", "(뉴욕=…) 김도윤 한빛인포 특파원 =": a correspondent's byline names
# the posting (a city, or the service he files for) between the name and the title. Only where a
# byline ends (an e-mail, "=", a bracket or bar, the line's end): "최근 뉴욕 특파원 간담회" is prose.
_POSTED_CORRESPONDENT = re.compile(
    rf"""
    (?<![가-힣]) (?P<name>[가-힣]{{2,4}}) \s (?P<post>[가-힣A-Za-z]{{2,10}}) \s? 특파원 (?![가-힣])
    (?= \s* (?: $ | [=\]|ㅣ│/] | {_EMAIL.pattern} ) )
    (?: \s* (?P<email>{_EMAIL.pattern}) )?
    """,
    re.VERBOSE,
)


def posted_correspondent_at(text: str, position: int) -> tuple[Reporter, int] | None:
    """The posted correspondent's byline starting at `position`, and where it ends."""
    match = _POSTED_CORRESPONDENT.match(text, position)
    if match is None or not is_name(match["name"]) or is_name(match["post"]):
        return None
    return Reporter(name=match["name"], email=match["email"]), match.end()


def _posted_correspondents(text: str) -> list[Reporter]:
    """Correspondents bylined with their posting.

    >>> [r.name for r in _posted_correspondents("김도윤 베이징 특파원 kim@example.com")]
    ['김도윤']
    >>> [r.name for r in _posted_correspondents("(뉴욕=한빛뉴스) 김도윤 한빛인포맥스 특파원 = 증시는")]
    ['김도윤']
    >>> _posted_correspondents("최근 뉴욕 특파원 간담회에서")
    []
    >>> _posted_correspondents("김도윤 박서연 특파원 =")
    []
    """
    found = []
    for match in _POSTED_CORRESPONDENT.finditer(text):
        if is_name(match["name"]) and not is_name(match["post"]):
            found.append(Reporter(name=match["name"], email=match["email"]))
    return found


@cache
def _title_first_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?P<title>{_title_alternation()})    # the title first: "기자 김도윤" as a header field
        \s* [:：]? \s*                       # maybe a colon after it: "기자 : 김도윤"
        (?P<name>[가-힣]{{2,4}})              # the writer's name
        (?: \s+ (?P<email>{_EMAIL.pattern}) )?  # optional e-mail after it
        """,
        re.VERBOSE,
    )


def _title_first_writers(text: str) -> list[Reporter]:
    """A header field naming the writer after the title ("한빛일보 | 입력 … | 기자 김도윤").

    The field must be the title and the name alone, so a sentence mentioning 기자 never gives one.

    >>> [r.name for r in _title_first_writers("누리신문 | 입력 2025/07/29 | 기자 김도윤")]
    ['김도윤']
    >>> _title_first_writers("기자 회견을 열었다"), _title_first_writers("현장 기자 김도윤 씨가 말했다")
    ([], [])
    """
    found: list[Reporter] = []
    for part in _BYLINE_FIELD.split(text.strip(_BYLINE_OPENER)):
        match = _title_first_pattern().fullmatch(part.strip())
        if match and is_name(match["name"]):
            found.append(Reporter(name=match["name"], email=match["email"]))
    return found


def sign_off(line: str) -> tuple[str | None, list[Reporter]]:
    """Broadcast sign-offs: "한빛TV 뉴스 김도윤입니다.", "누리방송 김도윤입니다." and "김도윤 기자입니다.".

    >>> outlet, writers = sign_off("제주에서 누리방송 김도윤입니다.")
    >>> outlet, [r.name for r in writers]
    ('누리방송', ['김도윤'])
    >>> sign_off("결과는 홍길동입니다."), sign_off("안녕하세요, 홍길동입니다.")
    ((None, []), (None, []))
    >>> sign_off("지금까지 누리방송 김도윤이었습니다."), sign_off("누리방송 뉴스 김도윤 기자입니다.")
    (('누리방송', [Reporter(name='김도윤', email=None)]), ('누리방송', [Reporter(name='김도윤', email=None)]))
    """
    if "니다" not in line:
        return None, []  # every sign-off ends in 입니다, 였습니다 or a verb in 습니다
    match = _SIGN_OFF.search(line)
    if match and is_name(match["name"]):
        return match["outlet"], [Reporter(name=match["name"])]
    closing = _OUTLET_SIGN_OFF.search(line)
    if closing and is_name(closing["name"]) and looks_like_outlet(closing["outlet"]):
        return closing["outlet"], [Reporter(name=closing["name"])]
    intro = _REPORTER_INTRO.search(line)
    if intro and is_name(intro["name"]):
        return None, [Reporter(name=intro["name"])]
    return None, []


def email_only(line: str) -> str | None:
    """The address when the line is nothing but an e-mail address."""
    match = _EMAIL.fullmatch(line.strip().strip("<>()[]"))
    return match.group(0) if match else None


_BYLINE_FIELD = re.compile(
    r"""
    (?: (?<!\s) \s+ )? [|｜│] \s*   # the bars between a byline's fields: "한빛일보 | 김도윤 기자 | 입력 …"
    | (?<!\s) \s+ / \s+            # or a spaced slash: "한빛일보 / 2025년 …" (2025/07/29 keeps its slashes)
    # (white space is taken from the start of its run only: a long run is not rescanned per space)
    """,
    re.VERBOSE,
)
_BYLINE_OPENER = " \t•·ㆍ*-–—[]【】<>()"  # bullets and brackets a copied byline line opens with
