"""Task lists (▲ …) with headings and declared counts (issue #5).

Korean press copy enumerates in two layouts:

* inline, in one paragraph: "4대 추진전략으로 ▲A ▲B ▲C를 제시했다." The
  items run from marker to marker; the last one ends with the sentence, minus
  the sentence's glue (를 제시했다, 등이다, 으로 확정했다);
* one item per line, each line opened by the same marker (▲, -, 1., 가., ①).

The phrase right before the first marker that ends in a list noun (과제,
전략, 내용, 현황 …) or announces a count (4대 …) is the heading. Summary lines
under the headline and photo captions are never lists, and one marker alone
(a ▲ caption) is not an enumeration.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractor.analysis import Document, Token
from extractor.entities.names import NATIVE_COUNTS
from extractor.lexicons import load_rows, load_words
from schemas import TaskItem, TaskList

_MARKERS = load_rows("list_markers.tsv", 2)
_INLINE = "".join(m for m, where in _MARKERS if where == "inline")
_LINE_ONLY = "".join(m for m, where in _MARKERS if where == "line")
_LED = "".join(m for m, where in _MARKERS if where == "led")
_HEADING_NOUNS = tuple(load_words("list_headings.txt"))
_CAPTION_CUES = tuple(load_words("caption_cues.txt"))
_NOT_LISTS = frozenset({"headline", "subheading", "caption", "byline"})

_INLINE_MARKER = re.compile(
    rf"""
    (?P<marker> [{re.escape(_INLINE + _LED)}] | [①-⑳] )   # a list mark from list_markers.tsv, or ①–⑳
    [ \t]*                                        # the space after it is not part of the item
    """,
    re.VERBOSE,
)
_LINE_MARKER = re.compile(
    rf"""
    [ \t]*
    (?P<marker>
        (?P<num> \d{{1,2}} ) (?P<numsep> [.)] ) (?![\d.])   # 1. / 1) but not 3.5 or a date 2024.
      | \( (?P<pnum> \d{{1,2}} ) \)                         # (1)
      | (?P<han> [가나다라마바사아자차카타파하] ) (?P<hansep> [.)] )   # 가. / 나) — the Korean a, b, c
      | (?P<circ> [①-⑳] )                                  # ① …
      | (?P<sym> [{re.escape(_INLINE + _LINE_ONLY)}] )      # ▲ / - / · …
    )
    (?: [ \t]+ | (?= [^\s\d] ) )                            # then the item, never a number (-3%, 1.5)
    """,
    re.VERBOSE,
)
# 1) 교통 개선 2) 주차장 확충 / (1) … (2) …: numbered items inside a paragraph.
_INLINE_NUMBER = re.compile(
    r"""
    (?<! [\w.,)(] )                 # a number of its own: not 제1조(1), A1), 3.1)
    (?: \( (?P<pnum> \d{1,2} ) \)   # (1)
      | (?P<num> \d{1,2} ) \) )      # 1)
    [ \t]*                          # the space after it is not part of the item
    """,
    re.VERBOSE,
)
# ▲3.2% and (△1.5%p) are rises and falls, not list marks: the mark is part of a number.
_NUMBER_AFTER_MARK = re.compile(
    r"""
    \s? [\d.,]+ \s?                     # a number right after the mark …
    (?: (?:%p?|％|포인트|bp|p\b|배)      # … with a unit of change (▲3.2%, △1.5%p)
      | (?:원|달러)? (?=[\s)\],]*$|[)\],]|\s+[\d(▲▼△▽]) )   # … or a bare figure in a table (▲1,200원))
    """,
    re.VERBOSE,
)
# ○ and □ also mask names and places (김○○ 씨, □□시): doubled or glued to a syllable, they are no mark.
_MASKS = "○□◯"
# The end of a sentence inside a line: 다. / ?) / ."  — never the point inside 3.5.
_SENTENCE_END = re.compile(
    r"""
      (?<= [가-힣A-Za-z)\]”’"'] )   # after a word or a closing bracket or quote (했다. / 조성). ) …
      [.!?]                       # … a full stop, question or exclamation mark …
      (?= \s | $ | ["”’'] )        # … with a space, the end or a quote after it: never the point in 3.5
    | (?<= 다 ) \. (?= [가-힣] )    # 사업이다.특히: a sentence closed by 다, the space after it left out
    """,
    re.VERBOSE,
)
# 등 ("etc.") after the last item starts the sentence's glue: 등을 / 등이다 / 등으로.
_ETC = re.compile(
    r"""
    \s 등                          # 등 as its own word ("etc."), never 1등 or 등산 …
    (?= [을를이의도과은만으로에,.\s] | $ )   # … then a particle (을 이 으로 …), 이다, punctuation or the end
    """,
    re.VERBOSE,
)
# A closing quotation mark ends a list quoted inside a sentence.
_CLOSING_QUOTE = re.compile(
    r"""
    [”"]    # a closing double quote; single quotes (‘친환경차’) name things inside items
    """,
    re.VERBOSE,
)
# 주요 내용은 다음과 같다: the list follows on the next lines.
_AS_FOLLOWS = re.compile(
    r"""
    (?: 은 | 는 | 으로는 | 로는 )?   # the heading's particle (주요 내용은) …
    \s? 다음과 \s? 같              # … 다음과 같 ("is as follows") …
    (?: 다 | 습니다 | 이다 )? [.:]? \s?+ $   # … closing the line
    """,
    re.VERBOSE,
)
# Separators left at the end of an item before the next mark: ▲A, ▲B / ▲A 및 ▲B.
_ITEM_TAIL_WORDS = ("및", "그리고", "또는")  # ▲A 및 ▲B: a conjunction left before the next mark
_ITEM_TAIL_CHARS = " \t,;/·."
_AS_FOLLOWS_WINDOW = 30  # 주요 추진 과제는 다음과 같습니다. fits; the search never rescans a long line

_COUNT = re.compile(
    rf"""
      (?P<n> \d{{1,2}} ) \s? (?: 대 | 개 | 가지 )         # 4대 추진전략 / 3개 분야 / 5가지 원칙
    | (?<![가-힣]) (?P<native> {"|".join(NATIVE_COUNTS)} ) \s? 가지   # 세 가지 원칙
    """,
    re.VERBOSE,
)
_PROSE = re.compile(
    r"""
    [가-힣] 다 [.]   # a sentence closed the way Korean prose closes it (했다. / 이다.)
    """,
    re.VERBOSE,
)
_PARAGRAPH_LENGTH = 40  # list entries are phrases; marked press-release paragraphs run longer
_SENTENCE_CLOSE = re.compile(
    r"""
    [가-힣] 다 [.]? \s?+ $   # …이다. closing the last line of a list
    """,
    re.VERBOSE,
)
# A line item closed as a finite sentence with its full stop (…이다. / …늘었다. / …지원한다.):
# the full stop is required, so an entry that is a noun ending in 다 (바다, 이야기 보따리다) is no sentence.
_FINITE_SENTENCE = re.compile(
    r"""
    [가-힣] 다 \.   # a syllable, 다 and a full stop …
    ["”’']? \s?+ $   # … an optional closing quote, at the end of the item
    """,
    re.VERBOSE,
)
_HEADING_FRAME = " \t[]【】<>〈〉■□▲◆◇●○"  # brackets and marks around a heading line

# Tags that can follow the last item as its sentence's predicate (을 제시했다, 이다).
_PREDICATE_TAGS = frozenset({"MAG", "XSV", "XSA", "VV", "VA", "VX", "VCP", "VCN", "SF", "SP", "SSC", "SSO"})
_HEADING_TAGS = frozenset({"NNG", "NNP", "XPN", "XSN", "SL", "SH", "SN", "NR", "MM"})
_COUNT_NOUNS = frozenset({"대", "개", "가지"})
_CONJUNCTIONS = frozenset({"과", "와"})
ADVERBIAL_SUFFIX = "적"  # 중점 + 적 + 으로
_CLAUSE_PREDICATE = frozenset({"VV", "VA", "VX", "XSV", "XSA", "VCP", "EP"})


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int  # the mark itself
    end: int  # where the item's text starts
    kind: str
    number: int | None = None


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return lines


def _excluded(doc: Document, line: _Line, first_prose: int) -> bool:
    """Summary lines, captions and other page parts never hold lists."""
    text = doc.text[line.start : line.end]
    return (
        doc.region_at(line.start) in _NOT_LISTS
        or line.start < first_prose
        or any(cue in text for cue in _CAPTION_CUES)
    )


def _first_prose(text: str, lines: list[_Line]) -> int:
    """Where the first line written as a sentence (…다.) starts: summary lines come before it.

    Text with no such line (a bare list) has no summary block to tell apart.
    """
    for line in lines:
        if _PROSE.search(text, line.start, line.end):
            return line.start
    return 0


def _is_number_mark(text: str, start: int, end: int) -> bool:
    """Is the mark part of a figure (▲3.2%, (△1.5%p)) or a masked name (김○○) rather than a list mark?"""
    before = text[start - 1] if start > 0 else ""
    mark = text[start]
    if mark in _MASKS and (before == mark or text[start + 1 : start + 2] == mark or "가" <= before <= "힣"):
        return True
    if mark in _LED:
        return False  # ▷12% 자사주 소각: an arrow marks no rise or fall, so a figure after it is the item's
    return before.isdigit() or before in "([" or _NUMBER_AFTER_MARK.match(text, end) is not None


def _heading(doc: Document, start: int, end: int) -> str | None:
    """The list noun phrase that ends right before the first mark (4대 추진전략으로 ▲)."""
    lead = doc.text[start:end]
    follows = _AS_FOLLOWS.search(lead, max(0, len(lead) - _AS_FOLLOWS_WINDOW))
    colon = lead.rstrip().endswith(":")
    if follows:
        end = start + follows.start()
    tokens = [t for t in doc.tokens_between(start, end) if t.end <= end]
    while tokens and tokens[-1].tag in {"SSC", "SF", "SP", "SE", "SO", "SW"}:
        tokens.pop()  # 주요 일정] / 내용: — the punctuation that closes the heading
    particles = 0
    while tokens and tokens[-1].tag.startswith("J") and particles < 3:
        tokens.pop()  # 추진과제로는 / 내용은: the particles that hand over to the list
        particles += 1
    chain: list[Token] = []
    for token in reversed(tokens):
        if token.tag not in _HEADING_TAGS and token.form not in _COUNT_NOUNS:
            break
        chain.insert(0, token)
    if not chain:
        return None
    phrase = doc.text[chain[0].start : chain[-1].end]
    # A line that is only the phrase ([주요 일정] above its items) introduces them too.
    whole_line = lead.strip(_HEADING_FRAME) == phrase
    if not (particles or colon or follows or whole_line):
        return None
    if chain[-1].form.endswith(_HEADING_NOUNS) or _COUNT.search(phrase):
        return phrase
    return None


def _declared(heading: str | None) -> int | None:
    match = _COUNT.search(heading or "")
    if match is None:
        return None
    return int(match["n"]) if match["n"] else NATIVE_COUNTS[match["native"]]


def _up_to_clause_break(tokens: list[Token]) -> list[Token]:
    """▲B를 추진하고, C는 …: the list's sentence goes on after a clause ending and a comma."""
    for k in range(2, len(tokens)):
        if tokens[k].form == "," and tokens[k - 1].tag == "EC" and tokens[k - 2].tag in _CLAUSE_PREDICATE:
            return tokens[:k]
    return tokens


def _glue_start(doc: Document, start: int, end: int) -> int:
    """Where the sentence's glue after the last item begins (등을 …, 으로 확정했다, 이다)."""
    # the last 등: an item may hold its own "etc." (어지러움 등 이상 증상 시 휴식 등이다)
    etcs = list(_ETC.finditer(doc.text, start, end))
    if etcs:
        return etcs[-1].start()
    tokens = _up_to_clause_break([t for t in doc.tokens_between(start, end) if t.end <= end])
    cut = tokens[-1].end if tokens else end
    for i in range(len(tokens) - 1, 0, -1):
        token, following = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
        verb_noun = token.tag == "NNG" and following is not None and following.tag in {"XSV", "XSA"}
        # 건의할 예정이다, 추진할 계획이다: a noun of intention closing the sentence with 이다
        plan_noun = verb_noun or (
            token.tag == "NNG"
            and following is not None
            and following.tag == "VCP"
            and token.form in load_words("plan_nouns.txt")
        )
        # 중점적으로, 적극적으로: an adverb made with -적 in the predicate
        adverbial = (token.tag == "XSN" and token.form == ADVERBIAL_SUFFIX) or (
            token.tag == "NNG" and following is not None and following.form == ADVERBIAL_SUFFIX
        )
        if not (
            token.tag in _PREDICATE_TAGS
            or token.tag.split("-")[0] in _PREDICATE_TAGS  # 꼽/VV-R, 묻/VV-I: irregular stems
            or token.tag.startswith(("E", "J"))
            or plan_noun
            or adverbial
            or token.form == "키"
        ):  # 추진키로: 하기로 contracted
            break
        if token.tag.startswith("J") or token.tag == "VCP":
            cut = token.start  # the earliest particle of the predicate-only tail
    return min(cut, _object_before_oblique(tokens, cut), _subject_of_passive_clause(tokens, cut))


def _subject_of_passive_clause(tokens: list[Token], cut: int) -> int:
    """▲A와 ▲B 10억 원이 확보돼 …: the last item is the subject of a passive clause (N이 확보돼,
    선정돼, 반영되고) that the sentence goes on from; it ends at its subject particle."""
    for k in range(1, len(tokens) - 3):
        subject, noun, passive, ending = tokens[k : k + 4]
        if subject.start >= cut:
            break
        if (
            subject.tag == "JKS"
            and tokens[k - 1].tag.startswith(("NN", "SN", "SSC"))
            and noun.tag == "NNG"
            and passive.tag == "XSV"
            and passive.form == "되"
            and ending.tag == "EC"
        ):
            return subject.start
    return cut


def _object_before_oblique(tokens: list[Token], cut: int) -> int:
    """…배분을 집행부에 요구했다: the last item ends at its object particle when one oblique argument
    (a noun or two with 에/에게/로) stands between it and the glue."""
    oblique = next((k for k, t in enumerate(tokens) if t.start == cut), None)
    if oblique is None or tokens[oblique].tag != "JKB":
        return cut
    j = oblique - 1
    while j >= 0 and tokens[j].tag in ("NNG", "NNP") and oblique - j <= MAX_OBLIQUE_NOUNS:
        j -= 1
    if j < 0 or j == oblique - 1 or tokens[j].tag != "JKO":
        return cut
    return tokens[j].start


# How many nouns an oblique argument between the last item and its verb may hold (집행부에).
MAX_OBLIQUE_NOUNS = 3


def _clean(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and separators from both ends of an item (a loop: no regex can backtrack here)."""
    while end > start:
        if doc.text[end - 1] in _ITEM_TAIL_CHARS:
            end -= 1
            continue
        word = next((w for w in _ITEM_TAIL_WORDS if doc.text.endswith(w, start, end)), None)
        if word is None or (end - len(word) > start and doc.text[end - len(word) - 1] not in " \t"):
            break  # 및 only as its own word
        end -= len(word)
    while start < end and doc.text[start] in " \t:":
        start += 1
    return start, end


def _conjunction_start(doc: Document, start: int, end: int) -> int | None:
    """Where a 과/와 joining the item to the next mark starts (▲공원 조성과 ▲…), if one closes it."""
    tokens = [t for t in doc.tokens_between(start, end) if t.end <= end]
    if len(tokens) < 2 or not tokens[-1].tag.startswith("J") or tokens[-1].form not in _CONJUNCTIONS:
        return None
    return tokens[-1].start


def _drop_conjunctions(doc: Document, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut the 과/와 that joins an item to the next, unless every item ends so (▲교통과 ▲환경과 …)."""
    inner = spans[:-1]
    cuts = [_conjunction_start(doc, *_clean(doc, start, end)) for start, end in inner]
    if len(inner) >= 2 and all(cut is not None for cut in cuts):
        return spans  # names of divisions (교통과, 환경과), not a conjunction
    joined = [(start, cut if cut is not None else end) for (start, end), cut in zip(inner, cuts, strict=True)]
    return [*joined, spans[-1]]


def _make_list(
    doc: Document, spans: list[tuple[int, int]], heading: str | None, marker: str
) -> tuple[TaskList, str | None] | None:
    cleaned = [_clean(doc, start, end) for start, end in _drop_conjunctions(doc, spans)]
    items = [TaskItem(text=doc.text[s:e], start=s, end=e) for s, e in cleaned if e > s]
    if len(items) < 2:
        return None  # one ▲ is a caption or an aside, not an enumeration
    declared = _declared(heading)
    task_list = TaskList(heading=heading, declared_count=declared, marker=marker, items=items)
    warning = None
    if declared is not None and declared != len(items):
        warning = f"declared {declared} items under '{heading}', found {len(items)}"
    return task_list, warning


_HANGUL_ORDER = "가나다라마바사아자차카타파하"


def _line_mark(doc: Document, line: _Line) -> _Mark | None:
    """The mark that opens a line, with its numbering when it has one."""
    m = _LINE_MARKER.match(doc.text, line.start, line.end)
    if m is None or m.end() >= line.end:
        return None
    start = m.start("marker")
    if m["num"]:
        return _Mark(start, m.end(), "1" + m["numsep"], int(m["num"]))
    if m["pnum"]:
        return _Mark(start, m.end(), "(1)", int(m["pnum"]))
    if m["han"]:
        return _Mark(start, m.end(), "가" + m["hansep"], _HANGUL_ORDER.index(m["han"]) + 1)
    if m["circ"]:
        return _Mark(start, m.end(), "①", ord(m["circ"]) - ord("①") + 1)
    if _is_number_mark(doc.text, start, m.end()):
        return None
    return _Mark(start, m.end(), m["sym"])


def _continues(previous: _Mark, mark: _Mark) -> bool:
    """Same kind of mark, and numbered marks count up by one (1. 2. 3.; 가. 나.)."""
    if mark.kind != previous.kind:
        return False
    return mark.number is None or previous.number is None or mark.number == previous.number + 1


def _line_runs(doc: Document, lines: list[_Line], first_prose: int) -> Iterator[list[tuple[int, _Mark]]]:
    """Runs of at least two consecutive lines opened by the same kind of mark."""
    run: list[tuple[int, _Mark]] = []
    for i, line in enumerate(lines):
        mark = None if _excluded(doc, line, first_prose) else _line_mark(doc, line)
        if mark is not None and run and _continues(run[-1][1], mark):
            run.append((i, mark))
            continue
        if len(run) >= 2:
            yield run
        run = [(i, mark)] if mark is not None else []
    if len(run) >= 2:
        yield run


def _marker_text(doc: Document, mark: _Mark) -> str:
    return doc.text[mark.start : mark.end].strip()


def _inline_marks(doc: Document, line: _Line) -> list[_Mark]:
    marks = []
    for m in _INLINE_MARKER.finditer(doc.text, line.start, line.end):
        if not _is_number_mark(doc.text, m.start(), m.end()):
            kind = "①" if "①" <= m["marker"] <= "⑳" else m["marker"]
            marks.append(_Mark(m.start(), m.end(), kind))
    for m in _INLINE_NUMBER.finditer(doc.text, line.start, line.end):
        kind, number = ("(1)", m["pnum"]) if m["pnum"] else ("1)", m["num"])
        marks.append(_Mark(m.start(), m.end(), kind, int(number)))
    return sorted(marks, key=lambda mark: mark.start)


def _inline_groups(doc: Document, marks: list[_Mark]) -> Iterator[list[_Mark]]:
    """Marks of one kind, split where a sentence ends and prose (not a mark) follows.

    Numbered marks (1) 2) 3)) must count up from 1: any other "3)" is a reference, not a list.
    """
    for kind in dict.fromkeys(m.kind for m in marks):
        group: list[_Mark] = []
        for mark in (m for m in marks if m.kind == kind):
            out_of_order = mark.number is not None and (
                mark.number == 1 or not group or group[-1].number != mark.number - 1
            )
            if group and (out_of_order or _prose_between(doc.text, group[-1].end, mark.start)):
                yield group
                group = []
            if mark.number is None or mark.number == 1 or group:
                group.append(mark)
        yield group


def _prose_between(text: str, start: int, end: int) -> bool:
    sentence_end = _SENTENCE_END.search(text, start, end)
    return sentence_end is not None and bool(text[sentence_end.end() : end].strip())


def _quote_open(text: str, start: int, end: int) -> bool:
    """Is the list inside a quotation opened before its first mark?"""
    span = text[start:end]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _last_item_end(doc: Document, line: _Line, group: list[_Mark], lead_start: int) -> int:
    """The end of the sentence (or quotation) that holds the list, minus its glue."""
    start = group[-1].end
    sentence_end = _SENTENCE_END.search(doc.text, start, line.end)
    limit = sentence_end.start() if sentence_end else line.end
    if _quote_open(doc.text, lead_start, group[0].start):
        closing = _CLOSING_QUOTE.search(doc.text, start, limit)
        limit = closing.start() if closing else limit
    return _glue_start(doc, start, limit)


def _lead_start(doc: Document, floor: int, first: _Mark) -> int:
    """Where the sentence that introduces the list starts (never before `floor`)."""
    lead = floor
    for sentence_end in _SENTENCE_END.finditer(doc.text, floor, first.start):
        lead = sentence_end.end()
    return lead


def _inline_lists(
    doc: Document, line: _Line, previous: _Line | None
) -> Iterator[tuple[TaskList, str | None]]:
    floor = line.start  # each group's lead is read once: the previous group ends it
    for group in _inline_groups(doc, _inline_marks(doc, line)):
        if len(group) < 2:
            continue
        lead = _lead_start(doc, max(floor, line.start), group[0])
        floor = group[-1].end
        if group[0].kind in _LED and not _leads_into(doc.text[lead : group[0].start]):
            continue  # 검색▷이메일 … ▷홈페이지: link or contact arrows, not a list the sentence opens
        spans = [(a.end, b.start) for a, b in itertools.pairwise(group)]
        spans.append((group[-1].end, _last_item_end(doc, line, group, lead)))
        if _sentences_before_last(doc, spans):
            continue  # "○ …이다. ○ …늘었다." run together on one line: still prose paragraphs
        unmarked = _unmarked_first_item(doc, lead, group[0].start, spans)
        if unmarked is not None:
            spans.insert(0, unmarked)
        lead_end = group[0].start if unmarked is None else unmarked[0]
        if doc.text[lead:lead_end].strip() or previous is None:
            heading = _heading(doc, lead, lead_end)
        else:  # the list opens its line: the line above introduces it
            heading = _heading(doc, previous.start, previous.end)
        made = _make_list(doc, spans, heading, _marker_text(doc, group[0]))
        if made is not None:
            yield made


def _leads_into(lead: str) -> bool:
    """A phrase of two or more words ending in Hangul: 올해 선정된 주요 사업은, 협약을 통해.

    >>> _leads_into("올해 선정된 주요 사업은 "), _leads_into("검색"), _leads_into("")
    (True, False, False)
    """
    words = lead.split()
    return len(words) >= 2 and "가" <= words[-1][-1] <= "힣"


def _unmarked_first_item(
    doc: Document, lead: int, first_mark: int, spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """사업으로는 A(20억) △B(15억) △C(8억)이다: the writer left out the first mark.

    The words between the heading's topic particle (는/은) and the first mark are an item
    when they are a noun phrase (no verb, no ending) closed by a bracket, as every marked
    item before the last is.
    """
    inner = [doc.text[slice(*_clean(doc, start, end))] for start, end in spans[:-1]]
    if not inner or not all(item.endswith(")") for item in inner):
        return None
    tokens = [t for t in doc.tokens_between(lead, first_mark) if t.end <= first_mark]
    topic = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].tag == "JX"), None)
    if topic is None or tokens[topic].form not in ("는", "은"):
        return None
    rest = tokens[topic + 1 :]
    if not rest or any(t.tag.startswith(("V", "E", "XSV", "XSA", "J")) for t in rest):
        return None
    start, end = _clean(doc, tokens[topic].end, first_mark)
    if not doc.text.endswith(")", start, end) or end - start > _UNMARKED_ITEM_LENGTH:
        return None
    return start, end


# An unmarked first item is a phrase like the others, never a run of prose.
_UNMARKED_ITEM_LENGTH = 40


def _sentences_before_last(doc: Document, spans: list[tuple[int, int]]) -> bool:
    """Does an item before the last close a finite sentence? Then the marks open prose paragraphs."""
    return any(_FINITE_SENTENCE.search(doc.text[start:end].rstrip()) for start, end in spans[:-1])


def _is_paragraph(item: str) -> bool:
    """A whole sentence of prose (long, closed by …다.) rather than a list entry."""
    return len(item) >= _PARAGRAPH_LENGTH and item.rstrip().endswith("다.")


def _line_list(
    doc: Document, lines: list[_Line], run: list[tuple[int, _Mark]]
) -> tuple[TaskList, str | None] | None:
    """One item per line; the line above, when it is a list phrase, is the heading."""
    spans = [(mark.end, lines[i].end) for i, mark in run]
    if all(_is_paragraph(doc.text[start:end]) for start, end in spans):
        return None  # □ 시는 …했다. / □ 이번 사업은 …이다.: marked paragraphs of a press release
    if _sentences_before_last(doc, spans):
        return None  # ○ …이다. / ○ …늘었다.: only the last item of a list carries the sentence's glue
    if _AS_FOLLOWS.search(doc.text, max(spans[-1][0], spans[-1][1] - _AS_FOLLOWS_WINDOW), spans[-1][1]):
        spans = spans[:-1]  # "□ … 대상은 다음과 같다.": the line introduces the next list, it is no item
    if _SENTENCE_CLOSE.search(doc.text, *spans[-1]):
        last_start, last_end = spans[-1]  # ▲ C이다.: the last line carries the sentence's glue
        spans[-1] = (last_start, _glue_start(doc, last_start, last_end))
    first_line = run[0][0]
    previous = lines[first_line - 1] if first_line > 0 else None
    heading = _heading(doc, previous.start, previous.end) if previous else None
    return _make_list(doc, spans, heading, _marker_text(doc, run[0][1]))


def extract_task_lists(doc: Document) -> tuple[list[TaskList], list[str]]:
    """Every enumeration in the text, in order, and a warning per count mismatch."""
    lines = _lines(doc.text)
    first_prose = _first_prose(doc.text, lines)
    found: list[tuple[int, TaskList, str | None]] = []
    in_runs: set[int] = set()
    for run in _line_runs(doc, lines, first_prose):
        in_runs.update(i for i, _ in run)
        made = _line_list(doc, lines, run)
        if made is not None:
            found.append((run[0][1].start, *made))
    for i, line in enumerate(lines):
        if i not in in_runs and not _excluded(doc, line, first_prose):
            previous = lines[i - 1] if i > 0 else None
            found.extend((made[0].items[0].start, *made) for made in _inline_lists(doc, line, previous))
    found.sort(key=lambda entry: entry[0])
    return [task_list for _, task_list, _ in found], [w for _, _, w in found if w]
