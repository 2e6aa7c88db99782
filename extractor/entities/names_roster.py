"""People in the press's list formats: personnel columns and notes in parentheses.

- 인사 (appointments): "◇행정안전부 ▲기획조정실 정책기획관 한지원 ▲지방재정정책관 오민석": the
  body heads the line, each ▲ item is a post and the name after it.
- Promotions by grade: "◇상무 승진" heading a line of bare names "▲한지원 ▲오민석": each name
  holds the grade the heading names.
- 부고 and other notes: "조민혁(한빛일보 사회부 차장)": a name with its body and post in
  parentheses.
- Results by rank: "준우승은 박민재, 3위 정하늘, 4위 서나래 씨": each name after its place.
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.names import (
    PersonHit,
    Span,
    government_bodies,
    looks_like_korean_name,
    org_suffix_strength,
    parse_title,
    place_names,
    title_modifiers,
    titles,
)
from extractor.entities.names_match_shared import is_bare_title
from extractor.lexicons import load_words

# The body a personnel line is about: "◇행정안전부 <국장급>", "◇한국수자원공사(K-water)".
ROSTER_BODY_RE = re.compile(
    r"""
    [◇◆][ \t]*
    (?P<body>[^▲◇◆<(\n]{2,30}?)   # the body's name
    [ \t]*(?=[<(▲]|$)               # then a grade tag, a gloss, the first item or the line's end
    """,
    re.VERBOSE | re.MULTILINE,
)
# One appointment: "▲기획조정실 정책기획관 한지원", up to the next item or the line's end.
ROSTER_ITEM_RE = re.compile(
    r"""
    ▲[ \t]*
    (?P<item>[^▲◇◆<>\n=,]{3,60}?)   # the post (with its unit) and the name
    [ \t]*(?=[▲◇◆<]|$)             # the next item, heading or grade tag, or the line's end
    """,
    re.VERBOSE | re.MULTILINE,
)
# A heading naming the grade its list is promoted or moved to: "◇상무 승진", "<부장>", "■ 이사 선임".
GRADE_HEADING_RE = re.compile(
    r"""
    ^[ \t]*
    [◇◆■□<\[【〈][ \t]*             # the heading's mark
    (?P<heading>[^▲◇◆<>\[\]【】〈〉\n]{1,30}?)   # its words
    [ \t]*[>\]】〉]?[ \t]*             # a closing bracket
    (?=▲|$)                            # then the list on the same line, or the line's end
    """,
    re.VERBOSE | re.MULTILINE,
)
# A list item that is a name alone: "▲한지원", up to the next item or the line's end.
BARE_ITEM_RE = re.compile(r"▲[ \t]*(?P<name>[가-힣]{2,4})[ \t]*(?=▲|$)", re.MULTILINE)
# A paragraph opening with a body as its topic: "한빛공사는 다음 달 1일자로 …".
TOPIC_BODY_RE = re.compile(
    r"""
    [ \t]*
    (?P<body>[가-힣A-Za-z]{2,20}?)   # the body
    (?:은|는)[ \t]                    # its topic particle
    """,
    re.VERBOSE,
)
# A name with its body and post in parentheses: 조민혁(한빛일보 사회부 차장)씨.
NAME_NOTE_RE = re.compile(
    r"""
    (?<![가-힣A-Za-z0-9])                # the name starts a word (LG화학(구본준 부회장): no name)
    (?P<name>[가-힣]{2,4})              # the person's name
    \(
    (?P<body>[^()\n·=]{2,30}?)           # the body, maybe with its department; never a byline's
                                        # outlet=name (…나설듯(한빛뉴스=홍길동 기자))
    [ \t]+
    (?P<post>[가-힣]{2,8})              # the post, last in the parenthesis
    \)
    """,
    re.VERBOSE,
)
# "등", "등이다.", "등을": what closes the last item of a list inside a sentence.
LIST_CLOSER = re.compile(r"등(?:이다|이며|을|은|의|으로|이)?[.,]?$")
# Most words an appointment item holds (unit, post, modifier, name).
MAX_ITEM_WORDS = 5


def roster_hits(doc: Document) -> list[PersonHit]:
    """People of ▲ appointment items, with the body heading their line (◇…)."""
    hits: list[PersonHit] = []
    for item in ROSTER_ITEM_RE.finditer(doc.text):
        words = list(re.finditer(r"\S+", item.group("item")))
        while words and LIST_CLOSER.match(words[-1].group()):
            words.pop()  # ▲경영지원실장 노은비 등이다.: the sentence's glue after the last item
        if not 2 <= len(words) <= MAX_ITEM_WORDS:
            continue
        name = words[-1].group()
        if not _is_name(name):
            continue
        post = _post(words[:-1])
        if post is None:
            continue
        start = item.start("item") + words[-1].start()
        body, body_span = _roster_body(doc.text, item.start())
        hits.append(PersonHit(name, Span(start, start + len(name)), post, body, body_span, False))
    return hits


def grade_list_hits(doc: Document) -> list[PersonHit]:
    """People listed by name alone under a heading that names their grade (◇상무 승진 ▲한지원)."""
    hits: list[PersonHit] = []
    grade_of_line: dict[int, str | None] = {}
    for item in BARE_ITEM_RE.finditer(doc.text):
        name = item.group("name")
        if not _is_name(name):
            continue
        line_start = doc.text.rfind("\n", 0, item.start()) + 1
        if line_start not in grade_of_line:
            grade_of_line[line_start] = _line_grade(doc.text, line_start)
        grade = grade_of_line[line_start]
        if grade is not None:
            span = Span(item.start("name"), item.end("name"))
            hits.append(PersonHit(name, span, grade, None, None, False))
    return hits


def _line_grade(text: str, line_start: int) -> str | None:
    """The grade named by the heading that opens the line, or else by the line's last non-blank
    predecessor when that is a heading alone."""
    heading = GRADE_HEADING_RE.match(text, line_start)
    if heading is None and text.startswith("▲", _skip_blanks(text, line_start)):
        previous_end = line_start - 1
        while previous_end > 0:
            previous_start = text.rfind("\n", 0, previous_end) + 1
            if text[previous_start:previous_end].strip():
                if "▲" not in text[previous_start:previous_end]:  # a heading alone, not a list's line
                    heading = GRADE_HEADING_RE.match(text, previous_start, previous_end)
                break
            previous_end = previous_start - 1
    if heading is None:
        return None
    grades = [w for w in _heading_words(heading.group("heading")) if is_bare_title(w)]
    return grades[0] if len(grades) == 1 else None


def _heading_words(heading: str) -> list[str]:
    """The words of a heading, a note in parentheses left out (◇본부장(신임))."""
    return re.sub(r"\([^)]*\)", " ", heading).split()


def _names_grade(heading: str) -> bool:
    return any(is_bare_title(w) for w in _heading_words(heading))


def _names_move(heading: str) -> bool:
    """A heading about a personnel move ("부서장 전보", "2급 승진"), not a body."""
    return not _PERSONNEL_MOVES.isdisjoint(_heading_words(heading))


_PERSONNEL_MOVES = load_words("personnel_moves.txt")


def _skip_blanks(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def note_hits(doc: Document) -> list[PersonHit]:
    """People written with their body and post in parentheses after the name."""
    hits: list[PersonHit] = []
    for m in NAME_NOTE_RE.finditer(doc.text):
        name, post = m.group("name"), m.group("post")
        if not _is_name(name) or parse_title(post) is None:
            continue
        body_words = m.group("body").split()
        body = body_words[0]
        if body in place_names() or parse_title(body) is not None:
            continue
        span = Span(m.start("body"), m.start("body") + len(body))
        hits.append(PersonHit(name, Span(m.start("name"), m.end("name")), post, body, span, False))
    return hits


def _is_name(word: str) -> bool:
    return looks_like_korean_name(word) and word not in titles() and word not in place_names()


def _post(words: list[re.Match[str]]) -> str | None:
    """The post as written: its last word that is no modifier (기획처장 of 기획처장 직무대행)."""
    posts = [w.group() for w in words if w.group() not in title_modifiers()]
    if not posts:
        return None
    post = posts[-1]
    return post if parse_title(post) is not None or post.endswith(POST_ENDINGS) else None


# Endings of civil-service posts the title table need not list (정책기획관, 대변인).
POST_ENDINGS = ("관", "인")


def _roster_body(text: str, item_start: int) -> tuple[str | None, Span | None]:
    """The body named by the last ◇ heading on the item's line, before it; else the body the
    paragraph opens with as its topic (한빛공사는 … 인사를 단행했다. 명단은 ▲…)."""
    line_start = text.rfind("\n", 0, item_start) + 1
    heads = list(ROSTER_BODY_RE.finditer(text, line_start, item_start))
    if not heads and line_start > 0:
        # ◇한빛공사 on a line of its own, its items on the next
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        heads = list(ROSTER_BODY_RE.finditer(text, previous_start, line_start - 1))
    if heads and (_names_grade(heads[-1].group("body")) or _names_move(heads[-1].group("body"))):
        heads = []  # ◇팀장 승진: the list's grade, no body
    if heads:
        head = heads[-1]
        return head.group("body"), Span(head.start("body"), head.end("body"))
    topic = TOPIC_BODY_RE.match(text, line_start, item_start)
    if topic is not None and _clear_body(topic.group("body")):
        return topic.group("body"), Span(topic.start("body"), topic.end("body"))
    return None, None


def _clear_body(word: str) -> bool:
    return word in government_bodies() or org_suffix_strength(word) in ("body", "company", "party")


# One placing in a results list: "3위 정하늘", "공동 5위 서나래", "준우승은 박민재"
RANKED_NAME_RE = re.compile(
    r"""
    (?<![가-힣0-9])
    (?:(?:공동[ \t]?)?\d{1,2}위|준우승|우승)(?:은|는|에는)?[ \t]+   # the place
    (?P<name>[가-힣]{3})                                        # the name
    (?=[ \t]*(?:[,·ㆍ]|씨|$|\n|[ \t]등|\(|이|가|은|는))          # then the next placing, 씨 or the end
    """,
    re.VERBOSE,
)
MIN_RANKED = 2  # a results list places two people at least


def ranked_name_hits(doc: Document) -> list[PersonHit]:
    """Names placed in a results list ("준우승은 박민재, 3위 정하늘, 4위 서나래 씨"); a lone "3위 X"
    may be a team or a firm, so a line must place two names at least."""
    by_line: dict[int, list[re.Match[str]]] = {}
    for m in RANKED_NAME_RE.finditer(doc.text):
        if looks_like_korean_name(m["name"]):
            by_line.setdefault(doc.text.rfind("\n", 0, m.start()), []).append(m)
    return [
        PersonHit(m["name"], Span(*m.span("name")), None, None, None, False)
        for found in by_line.values()
        if len(found) >= MIN_RANKED
        for m in found
    ]
