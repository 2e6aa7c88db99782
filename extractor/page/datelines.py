"""Datelines and wire leads opening a body: "(서울=연합뉴스) 홍길동 기자 =", "[한빛일보 홍길동 기자]".

Split out of `metadata` (issue #12): the outlet and writers a body-opening dateline names, and
where it ends. `bylines.lead_dateline` finds these anywhere in a line; `parse_dateline` reads one
that opens the text it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.lexicons import load_words
from extractor.page import writer_lines
from extractor.page.metadata import (
    DESK_ENDING,
    byline_pattern,
    is_name,
    is_section_tag,
    looks_like_outlet,
    posted_correspondent_at,
    reporters_in,
    town_named_writer,
)
from schemas import Reporter

_DATELINE = re.compile(
    r"""
    ^ \s*
    (?P<open>[\[(【〔<])                    # [ ( 【 〔 <
    \s* (?P<inner> (?: [^\[\]()【】〔〕<>\n] | \([^()\n]{1,20}\) ){2,40}? ) \s*   # "한빛(중국)=한빛뉴스"
    (?P<close>[\])】〕>])                   # matching close mark
    """,
    re.VERBOSE,
)
_DATELINE_SPLIT = re.compile(r"\s*(?:=|ㅣ|\||│|/)\s*")  # 한빛뉴스=김도윤 기자, 누리일보ㅣ최지훈 기자
_AFTER_DATELINE_EQUALS = re.compile(r"\s*=")  # the "=" closing "홍길동 기자 =" after a dateline
_WRITER_COMMA = re.compile(r"\s?,\s?")  # between co-writers' bylines: "홍길동 기자, 김철수 기자 ="
_LEAD_TITLES = frozenset({"기자", "특파원", "선임기자", "전문기자"})
_MAX_LEAD_WRITERS = 4
# "[사진=한빛뉴스]", "(그래픽=…)": a photo or graphic credit, shaped like a dateline but naming no writer
_CREDIT_LABELS = frozenset({"사진", "자료사진", "그래픽", "영상", "출처", "자료", "일러스트", "제공"})


@dataclass
class Dateline:
    """What a body-opening dateline says: the outlet, reporters, and where it ends."""

    outlet: str | None = None
    reporters: list[Reporter] = field(default_factory=list)
    end: int = 0


def parse_dateline(line: str) -> Dateline | None:
    """Read "[한빛뉴스=김도윤 기자]", "(서울=연합뉴스)", "[한빛스포츠 정하늘]".

    >>> d = parse_dateline("[한빛경제=이서연 기자] 경찰이 …")
    >>> (d.outlet, [r.name for r in d.reporters])
    ('한빛경제', ['이서연'])
    >>> parse_dateline("(서울=연합뉴스) 홍길동 기자 = 정부는").outlet
    '연합뉴스'
    >>> [r.name for r in parse_dateline("홍길동 기자 = 정부는").reporters]
    ['홍길동']
    >>> parse_dateline("[한빛일보=창원] 홍길동 기자 = 구단은").outlet
    '한빛일보'
    >>> parse_dateline("[기자수첩] 시장은") is None, parse_dateline("[사진=한빛뉴스] 시장은") is None
    (True, True)
    >>> [r.name for r in parse_dateline("(서울=한빛뉴스) 홍길동 기자, 김철수 기자 = 정부는").reporters]
    ['홍길동', '김철수']
    >>> [r.name for r in parse_dateline("【서울=한빛뉴스】홍길동 김철수 기자 = 정부는").reporters]
    ['홍길동', '김철수']
    >>> d = parse_dateline("[누리코리아] 홍길동 기자=정부는")
    >>> d.outlet, [r.name for r in d.reporters]
    ('누리코리아', ['홍길동'])
    >>> parse_dateline("[단독] 홍길동 기자 = 정부는") is None, parse_dateline("<누리일보>와 시민기자") is None
    (True, True)
    >>> parse_dateline("[누리스포츠 정하늘] 구단은").outlet, parse_dateline("(광주 누리스포츠 시리즈) 행사")
    ('누리스포츠', None)
    """
    match = _DATELINE.match(line)
    if not match:
        return _leading_byline(line, 0)  # "홍길동 기자 = 정부는 …" without a bracket
    if _PARTICLE_AFTER.match(line, match.end()):
        return None  # "<한빛일보>와 시민기자": the bracketed name is a word of the sentence
    parts = [p for p in _DATELINE_SPLIT.split(match["inner"].strip()) if p]
    if parts and parts[0] in _CREDIT_LABELS:
        return None
    # "(누리 스포츠 시리즈)" in a sentence is no "[한빛스포츠 정하늘]": a bare name needs square brackets
    bare_name = match["open"] != "("
    if len(parts) >= 2:
        result = _split_dateline(parts)
    else:
        result = _whole_dateline(parts[0] if parts else "", bare_name)
    if result is None and len(parts) == 1 and _bracket_outlet(parts[0]):
        # "[누리코리아] 김도윤 기자=": a one-word bracket over a wire-style byline is the outlet
        follow = _leading_byline(line, match.end())
        if follow and follow.reporters:
            follow.outlet = parts[0]
            return follow
    if result is None and len(parts) == 1 and _lead_outlet(line, match, parts[0]):
        result = Dateline(outlet=parts[0])  # "[누리서울] 서울에서 … 피살됐다.", "(NURIWORLD) - …"
    if result is None:
        return None
    result.end = match.end()
    follow = _leading_byline(line, result.end)
    if follow and not result.reporters:
        result.reporters, result.end = follow.reporters, follow.end
    return result


def _split_dateline(parts: list[str]) -> Dateline | None:
    """A dateline in parts: "한빛뉴스=김도윤 기자", "서울=연합뉴스", "매체/이름".

    >>> d = _split_dateline(["누리스포츠", "고척, 김도윤 기자"])
    >>> d.outlet, [r.name for r in d.reporters]
    ('누리스포츠', ['김도윤'])
    >>> d = _split_dateline(["고척", "누리일보 김도윤기자"])
    >>> d.outlet, [r.name for r in d.reporters]
    ('누리일보', ['김도윤'])
    """
    writers = _without_venue(parts, reporters_in(" ".join(parts[1:])))
    before_writer = _outlet_before_byline(" ".join(parts[1:])) if writers else None
    if before_writer and not looks_like_outlet(parts[0]):
        # (고척=한빛스포츠 김도윤 기자): a venue the place list does not know, then the outlet
        return Dateline(outlet=before_writer, reporters=writers)
    if writers and parts[0] in load_words("place_names.txt"):
        # (대전=윤한결 기자): where the writer files from, never an outlet; one may stand before
        # the writer's name, (대전=한빛일보 윤한결 기자)
        return Dateline(outlet=_outlet_before_byline(" ".join(parts[1:])), reporters=writers)
    if writers:  # [outlet=name 기자]
        return Dateline(outlet=parts[0], reporters=writers)
    if looks_like_outlet(parts[-1]):  # (place=outlet)
        return Dateline(outlet=parts[-1])
    if len(parts) == 2 and parts[0] in load_words("place_names.txt") and _one_word(parts[1]):
        return Dateline(outlet=parts[1])  # (서울=한빛타임): whatever a place is paired with
    if len(parts) == 2 and parts[1] in load_words("place_names.txt") and looks_like_outlet(parts[0]):
        return Dateline(outlet=parts[0])  # [한빛일보=창원]: the outlet, then where it reports from
    if looks_like_outlet(parts[0]) and is_name(parts[-1]) and len(parts) == 2:  # [outlet/name]
        return Dateline(outlet=parts[0], reporters=[Reporter(name=parts[-1])])
    return None


# A particle glued to the closing mark ("<한빛일보>와", "[누리뉴스]의"): the name is a word of a sentence.
_PARTICLE_AFTER = re.compile(r"(?:와|과|는|은|의|가|이|를|을|에|도|로|으로|에서|에게)(?=[\s,.!?]|$)")


def _bracket_outlet(word: str) -> bool:
    """A one-word bracket that can name the outlet when a wire-style byline follows it: not a section
    tag ([단독]), a place ([서울]), a desk ([사회부]), a credit label or a person's name."""
    return (
        _one_word(word)
        and " " not in word
        and bool(re.search(r"[가-힣A-Za-z]", word))
        and word not in _CREDIT_LABELS
        and word not in load_words("place_names.txt")
        and not DESK_ENDING.search(word)
        and not is_name(word)
    )


def _lead_outlet(line: str, match: re.Match[str], word: str) -> bool:
    """A one-word bracket opening a lead written as a finished sentence is the outlet: "[누리서울]
    서울에서 경찰관이 피살됐다.", "(NURIWORLD) - 총리는 … 만났다." — never a section tag ([단독]) or a
    broadcast script's role ([앵커] … 났습니다., whose polite ending a lead does not use).

    >>> m = _DATELINE.match("[누리서울] 서울에서 경찰관이 피살됐다.")
    >>> _lead_outlet("[누리서울] 서울에서 경찰관이 피살됐다.", m, "누리서울")
    True
    >>> line = "[단독] 서울에서 경찰관이 피살됐다."
    >>> _lead_outlet(line, _DATELINE.match(line), "단독")
    False
    >>> line = "[누리사진관]행진하는 유가행렬 열려  20일 종로에서 행렬이 열렸다."
    >>> _lead_outlet(line, _DATELINE.match(line), "누리사진관")
    False
    """
    if not _bracket_outlet(word) or is_section_tag(word):
        return False
    rest = line[match.end() :]
    sentence = _LEAD_SENTENCE.search(rest, 0, _LEAD_LENGTH)
    if sentence is None or _TITLE_BREAK.search(rest, 0, sentence.start()):
        return False  # "[토요판] 뉴스분석 왜? …  본문": a column tag over a flattened title
    if word in rest[: len(word) + _TOPIC_REACH]:
        return False  # "[누리전자]누리전자(이하 …)는": the story's subject as its tag
    if match["open"] == "(":
        return _DASH_AFTER.match(rest) is not None
    return match["open"] == "["


_LEAD_SENTENCE = re.compile(r"[가-힣](?<!니)다\.")  # 피살됐다. (a lead), not 났습니다. (a script)
_LEAD_LENGTH = 300  # a lead's first sentence ends within a few lines' worth of text
# what a title shows and a lead's first sentence does not: a question, an ellipsis, a run of spaces
# where a flattened copy joined the title to the body
_TITLE_BREAK = re.compile(r"[?…]|\s{2,}")
_TOPIC_REACH = 30
_DASH_AFTER = re.compile(r"\s*[-–—]\s")  # "(NURIWORLD) - 총리는 …"


def _without_venue(parts: list[str], writers: list[Reporter]) -> list[Reporter]:
    """ "[한빛스포츠=고척, 김도윤 기자]": the two-syllable word before the comma is where the writer
    files from (a venue), not a co-writer; co-writers in a dateline are joined by "·"."""
    if len(parts) < 2 or "," not in parts[1] or len(writers) < 2:
        return writers
    venue = parts[1].split(",")[0].strip()
    if len(venue) == 2 and writers[0].name == venue:
        return writers[1:]
    return writers


def _whole_dateline(inner: str, bare_name: bool = True) -> Dateline | None:
    """A dateline in one piece: "스포츠온누리 김도윤 기자", "한빛스포츠 정하늘", "한빛의정저널"."""
    byline = byline_pattern().search(inner)
    if byline and is_name(byline["name"]) and not inner[byline.end() :].strip():
        writers = reporters_in(inner[byline.start() :])
        outlet = inner[: byline.start()].strip()
        desk = bool(DESK_ENDING.search(outlet)) or outlet in load_words("place_names.txt")
        role = outlet in load_words("reporter_credit_roles.txt") | load_words("reporter_nonnames.txt")
        if not outlet or desk or role or not _one_word(outlet):
            # [김도윤 기자], [사회부 김도윤 기자], [인천 김도윤 기자], (편집 김도윤 기자): no outlet
            return Dateline(reporters=writers)
        return Dateline(outlet=outlet, reporters=writers)  # [outlet name 기자]
    if byline and not inner[byline.end() :].strip() and _bracket_writer_name(byline["name"]):
        outlet = inner[: byline.start("names")].strip()
        if looks_like_outlet(outlet) and _one_word(outlet):  # [한빛투데이 철수 기자], [… 조사무엘 기자]
            return Dateline(outlet=outlet, reporters=[Reporter(name=byline["name"])])
    words = inner.split()
    if bare_name and len(words) >= 2 and looks_like_outlet(" ".join(words[:-1])) and is_name(words[-1]):
        return Dateline(outlet=" ".join(words[:-1]), reporters=[Reporter(name=words[-1])])
    if inner and looks_like_outlet(inner):
        return Dateline(outlet=inner)
    return None


def _bracket_writer_name(word: str) -> bool:
    """A writer's name in an outlet's bracketed lead that `is_name` is too strict for: a given name
    alone (철수) or a surname and a three-syllable given name (조사무엘).

    >>> _bracket_writer_name("철수"), _bracket_writer_name("조사무엘"), _bracket_writer_name("사회")
    (True, True, False)
    >>> _bracket_writer_name("서울"), _bracket_writer_name("기사원문")
    (False, False)
    """
    return (
        (len(word) == 2 or (len(word) == 4 and word[0] in load_words("surnames.txt")))
        and bool(re.fullmatch(r"[가-힣]+", word))
        and word not in load_words("reporter_nonnames.txt")
        and word not in load_words("place_names.txt")
        and not is_section_tag(word)
        and not DESK_ENDING.search(word)
    )


def _outlet_before_byline(text: str) -> str | None:
    """The outlet written before a byline's name: "한빛일보 윤한결 기자" → 한빛일보; none in "윤한결 기자".

    >>> _outlet_before_byline("누리일보 윤한결 기자"), _outlet_before_byline("윤한결 기자")
    ('누리일보', None)
    """
    byline = byline_pattern().search(text)
    before = text[: byline.start("names")].strip() if byline else ""
    return before if before and looks_like_outlet(before) else None


def _one_word(text: str) -> bool:
    """A publication's name as datelines give it: one or two words, at most 20 characters."""
    return 2 <= len(text) <= 20 and len(text.split()) <= 2 and not is_section_tag(text)


def _leading_byline(line: str, start: int) -> Dateline | None:
    """ "홍길동 기자 =" (or "김도윤·박서연 기자 =") at `start`: the wire-style reporter line."""
    rest = line[start:]
    lead = len(rest) - len(rest.lstrip())
    spaced, spaced_end = writer_lines.spaced_writers(rest[lead:])  # "김도윤 박서연 기자 ="
    if spaced and (equals := _AFTER_DATELINE_EQUALS.match(rest, lead + spaced_end)):
        return Dateline(reporters=spaced, end=start + equals.end())
    posted = posted_correspondent_at(rest, lead)  # "김도윤 한빛인포맥스 특파원 =": the posting between
    if posted and (equals := _AFTER_DATELINE_EQUALS.match(rest, posted[1])):
        return Dateline(reporters=[posted[0]], end=start + equals.end())
    writers: list[Reporter] = []
    position = lead
    for _writer in range(_MAX_LEAD_WRITERS):  # "홍길동 기자, 김철수 기자 =": co-writers one by one
        byline = byline_pattern().match(rest, position)
        if not byline or byline["title"] not in _LEAD_TITLES:
            return None
        equals = _AFTER_DATELINE_EQUALS.match(rest, byline.end())
        # "김천 기자 =": a town's name is the writer's only right before the title and the "="
        town = equals is not None and byline["names"] == byline["name"] and town_named_writer(byline["name"])
        if not (is_name(byline["name"]) or town):
            return None
        writers.extend(reporters_in(byline.group()) or [Reporter(name=byline["name"])])
        if equals:
            return Dateline(reporters=writers, end=start + equals.end())
        comma = _WRITER_COMMA.match(rest, byline.end())
        if comma is None:
            return None
        position = comma.end()
    return None


# "사진=한빛구 제공 [한빛일보] 구청은 …": a caption's credit, then the outlet's own bracket opening the lead.
_FUSED_OUTLET = re.compile(
    r"""
    (?: 사진 | 제공 | 자료 | [ⓒ©▲△] )       # a caption cue …
    [^\[\]\n]{0,80}?                          # … the rest of the caption …
    (?P<tag> \[ [^\[\]\n=]{2,20} \] )          # … then "[한빛일보]"
    \s* (?=[가-힣A-Za-z0-9"“‘'(])              # and the lead's first word
    """,
    re.VERBOSE,
)
_FUSED_REACH = 300  # the caption and the bracket stand at the start of the line
_FUSED_PROSE = re.compile(r"[가-힣]다\.")  # a finished sentence after the bracket: the lead, not a credit
_FUSED_SENTENCE = 400


def fused_outlet_lead(line: str) -> str | None:
    """The outlet of a lead bracket fused to the photo caption before it on one line.

    >>> fused_outlet_lead("도서관 조감도. 사진=한빛구 제공 [누리일보] 구청은 5일 도서관을 짓는다고 밝혔다.")
    '누리일보'
    >>> fused_outlet_lead("▲도서관 조감도 [누리일보] 구청은 5일 도서관을 짓는다고 밝혔다.")
    '누리일보'
    >>> fused_outlet_lead("구청은 [누리일보]에 5일 도서관을 짓는다고 밝혔다.")
    >>> fused_outlet_lead("사진 [단독] 구청은 밝혔다.")

    """
    match = _FUSED_OUTLET.search(line, 0, _FUSED_REACH)
    if match is None:
        return None
    dateline = parse_dateline(line[match.start("tag") :])
    if dateline is None or dateline.outlet is None or dateline.reporters:
        return None
    if not looks_like_outlet(dateline.outlet):
        return None
    after = match.end()
    return dateline.outlet if _FUSED_PROSE.search(line, after, after + _FUSED_SENTENCE) else None
