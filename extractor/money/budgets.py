"""Money amounts as budgets (issue #5).

`amounts.find_money` finds every amount with a currency in `doc.text`; this
module adds what the amount is *of* (`label`), the years the sentence gives
(`period`) and a qualifier written after it (가량, 이상). Labels come from the
tokens around the amount, tried from the most to the least explicit form:

1. a money word right before it (국비 35억 원, 총사업비 7조원): kept in `text`;
2. a Korean reading in parentheses (1600억달러(약 232조원)): the same label;
3. "N원의 X", "N원 규모의 X", "N원이 넘는 X": X;
4. "N원을 X하다" when X is a money word (15억 달러를 추가 투자하겠다): X;
5. "X에 N원", "X로 N원", and "X은 N원" when X is a money word (투자액은);
6. a noun phrase right before it (주차장 20억 원), or before the bracket the
   amount opens (공원 조성(20억 원)).

Korean copy often drops 원 after 억/만/조 ("국비 3억 반영"). Such a bare sum
(`amounts.find_bare_sums`) is a budget only where the text says money: a
money word right before it (국비 3억, 사업비 111억), a whole that a budget
is part of (총 40억 중 국비 8억; 국비 3억과 시비 2억 등 총 5억), and from 1억
up a verb of spending that takes it (20억을 투입해) or, in a line about
funding, a bracket or a list entry it closes after a project (조성(12억),
△공원 조성 12억 △…). A number counting things (3억 명, 5만 그루) is never one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractor.analysis import Document, Token
from extractor.lexicons import load_rows, load_words
from extractor.money.amounts import MoneyMatch, find_bare_sums, find_money
from schemas import Budget

_LABEL_WORDS = load_rows("money_labels.tsv", 2)
_EXACT = frozenset(w for w, kind in _LABEL_WORDS if kind == "exact")
_SUFFIX = tuple(sorted((w for w, kind in _LABEL_WORDS if kind == "suffix"), key=len, reverse=True))
_NEVER = frozenset(w for w, kind in _LABEL_WORDS if kind == "never")
_AFTER_QUALIFIERS = tuple(w for w, where in load_rows("money_qualifiers.tsv", 2) if where == "after")
_COUNTERS = load_words("counters.txt")
_BUDGET_CONTEXT = tuple(load_words("budget_context.txt"))
_SPENDING_VERBS = load_words("spending_verbs.txt")
# Marks that open list items inside a paragraph (▲, △; ▷ after a lead phrase): a bare sum may close one
_LIST_MARKS = "".join(mark for mark, where in load_rows("list_markers.tsv", 2) if where in ("inline", "led"))

# Tags of the parts of a noun phrase a label is made of (Kiwi/Sejong tag set).
_NOUNISH = frozenset({"NNG", "NNP", "XPN", "XSN", "SL", "SH"})
_MAX_LABEL_TOKENS = 5
# Between an amount and the noun it modifies: 규모의, 상당의, 이상의, 이/가 넘는, 에 달하는, 에 이르는.
_BRIDGE_FORMS = frozenset(
    {"규모", "상당", "이상", "가량", "의", "이", "가", "에", "넘", "달하", "이르", "는", "ㄴ"}
)
# Particles after a noun phrase that make it the purpose or source of the amount (조성에 20억 원).
_PURPOSE_PARTICLES = frozenset({"에", "으로", "로", "에는", "으로는", "로는"})
# Topic and subject particles: the phrase is the amount's label only when it is a money word.
_TOPIC_PARTICLES = frozenset({"은", "는", "이", "가"})

_PERIOD = re.compile(
    r"""
    (?<!\d) (?P<first> (?:19|20)\d\d ) 년? \s?     # a first year, 년 optional (2023~2024년)
    (?: 부터 | [~∼〜\-–] | 에서 ) \s?            # from … / a range dash
    (?: (?P<last> (?:19|20)\d\d ) (?!\d)          # … to a second year
      | (?P<span> \d{1,2} ) 년간 )                # … or for N years (2017년부터 8년간)
    """,
    re.VERBOSE,
)
_YEAR = re.compile(
    r"""
    (?<!\d) (?P<year> (?:19|20)\d\d ) 년   # one year (2030년까지), not the end of a longer number
    """,
    re.VERBOSE,
)
_HAS_WORD = re.compile(
    r"""
    [가-힣A-Za-z]   # a label has at least one letter: never only digits or marks
    """,
    re.VERBOSE,
)
_OPENS_PARENTHESIS = re.compile(
    r"""
    \s? \(   # 1600억달러(약 232조원): the same sum again, in brackets right after
    """,
    re.VERBOSE,
)
_BRACKET_OPEN_BEFORE = re.compile(
    r"""
    [가-힣A-Za-z0-9] \s? \( \s? $   # 숲체험관 조성(12억: a bracket opened right after a name …
    """,
    re.VERBOSE,
)
_BRACKET_CLOSE_AFTER = re.compile(
    r"""
    \s? \)   # … and closed right after the sum: (12억) holds nothing else
    """,
    re.VERBOSE,
)
_PART_AFTER = re.compile(
    r"""
    \s? 중 \s?   # 총 40억 중 국비 8억: the whole, then the part of it
    """,
    re.VERBOSE,
)
_WHOLE_AFTER = re.compile(
    r"""
    \s? 등 \s?   # 국비 3억과 시비 2억 등 총 5억: the parts, then their whole
    """,
    re.VERBOSE,
)
_ENTRY_END = re.compile(
    rf"""
    \s? (?: [{re.escape(_LIST_MARKS)}] | 등 (?![가-힣]) | 등[을이과의] )   # △공원 조성 12억 △…/ … 9억 등을
    """,
    re.VERBOSE,
)
_ENTRY_START = re.compile(
    r"""
    [가-힣A-Za-z)] \s $   # 공원 조성 12억: the entry's name, one space, then the sum
    """,
    re.VERBOSE,
)
# A bare sum read from its surroundings alone (a bracket, a list entry, a verb) is won
# from 1억 up: (1만) after a project or 3만을 투입 counts houses or people as often.
_MIN_CONTEXT_SUM = 100_000_000
# The particles a spending verb may take the sum with (20억을 투입, 5억이 투입돼, 3억씩 지원).
_SPENDING_PARTICLES = frozenset({"을", "를", "이", "가", "씩", "은", "는", "도"})


@dataclass(frozen=True, slots=True)
class _Context:
    """The tokens of the amount's sentence, split around it."""

    before: list[Token]
    after: list[Token]


def _context(doc: Document, start: int, end: int) -> _Context:
    sentence_start, sentence_end = _sentence_bounds(doc, start)
    tokens = doc.tokens_between(sentence_start, sentence_end)
    return _Context([t for t in tokens if t.end <= start], [t for t in tokens if t.start >= end])


def _is_money_word(word: str) -> bool:
    return word in _EXACT or (word.endswith(_SUFFIX) and word not in _NEVER)


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The Hangul word ending right before `start` (one space allowed), with its offset."""
    end = start - 1 if start > 0 and text[start - 1] == " " else start
    begin = end
    while begin > max(0, end - 20) and "가" <= text[begin - 1] <= "힣":  # a word, not a run of syllables
        begin -= 1
    return (begin, text[begin:end]) if begin < end else None


def _chain_back(tokens: list[Token]) -> list[Token]:
    """The noun phrase that ends the token list (조성, 기반시설 조성)."""
    chain: list[Token] = []
    for token in reversed(tokens):
        if token.tag not in _NOUNISH or token.form in _NEVER or len(chain) == _MAX_LABEL_TOKENS:
            break  # 재임동안 장학기금으로: the phrase starts after 동안
        chain.insert(0, token)
    while chain and chain[0].tag == "XSN":
        chain.pop(0)  # 5년간 한국: a suffix cut from its stem does not start a phrase
    return chain


def _chain_forward(tokens: list[Token]) -> list[Token]:
    chain: list[Token] = []
    for token in tokens:
        if token.tag not in _NOUNISH or token.form in _NEVER or len(chain) == _MAX_LABEL_TOKENS:
            break
        chain.append(token)
    return chain


def _phrase(doc: Document, chain: list[Token]) -> str | None:
    """The chain's surface, unless it is empty or headed by a noun that is never a label."""
    if not chain or chain[-1].tag not in {"NNG", "NNP", "XSN", "SL"}:
        return None
    words = doc.text[chain[0].start : chain[-1].end]
    if not _HAS_WORD.search(words):
        return None
    return words


def _label_after(doc: Document, after: list[Token]) -> str | None:
    """N원의 X / N원 규모의 X / N원이 넘는 X: the noun the amount modifies."""
    i = 0
    while i < len(after) and i < 4 and after[i].form in _BRIDGE_FORMS:
        i += 1
    if i == 0 or after[i - 1].tag not in {"JKG", "ETM"}:
        return None
    return _phrase(doc, _chain_forward(after[i:]))


def _label_before(doc: Document, before: list[Token], start: int) -> str | None:
    """X에/X로 N원 (any X), X은 N원 (X a money word), or X N원 with nothing between."""
    if not before:
        return None
    last = before[-1]
    if last.form in _PURPOSE_PARTICLES and last.tag.startswith("J"):
        chain = _chain_back(before[:-1])
        # 한국에 15억 달러: a bare proper noun before 에 is where the money goes, not what it is
        return _phrase(doc, chain) if any(t.tag == "NNG" for t in chain) else None
    if last.form in _TOPIC_PARTICLES and last.tag.startswith("J"):
        phrase = _phrase(doc, _chain_back(before[:-1]))
        return phrase if phrase and _is_money_word(phrase.replace(" ", "")) else None
    if last.tag == "SSO" and not doc.text[last.end : start].strip():
        # 공원 조성(20억 원): the sum opens a bracket right after the name it is the sum of
        chain = _chain_back(before[:-1])
        glued = bool(chain) and doc.text[chain[-1].end : last.start] in ("", " ")
        return _phrase(doc, chain) if glued else None
    if doc.text[last.end : start].strip():
        return None  # punctuation between: the phrase is not this amount's
    return _phrase(doc, _chain_back(before))


def _label_of_verb(doc: Document, after: list[Token]) -> str | None:
    """N원을 X하다: 15억 달러를 추가 투자하겠다 → 추가 투자."""
    if not after or after[0].tag != "JKO":
        return None
    chain = _chain_forward(after[1:])
    rest = after[1 + len(chain) :]
    phrase = _phrase(doc, chain) if rest and rest[0].tag in {"XSV", "XSA"} else None
    # 투자하다 names what the money is; 투입하다/배정하다 only say where it goes.
    return phrase if phrase and _is_money_word(phrase.replace(" ", "")) else None


def _period(text: str, start: int, end: int, at: int) -> str | None:
    """The years nearest before the amount in its sentence, else the first after it."""
    spans = []
    for m in _PERIOD.finditer(text, start, end):
        last = m["last"] or str(int(m["first"]) + int(m["span"]) - 1)
        spans.append((m.start(), f"{m['first']}-{last}"))
    if not spans:
        years = {y["year"] for y in _YEAR.finditer(text, start, end)}
        spans = [(y.start(), y["year"]) for y in _YEAR.finditer(text, start, end)] if len(years) == 1 else []
    before = [p for pos, p in spans if pos < at]
    return before[-1] if before else (spans[0][1] if spans else None)


# How far around an amount its sentence is read: a label or a period is never
# further away, and the cap keeps a huge one-line "sentence" from making the work quadratic.
_WINDOW = 300


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    sentence = doc.sentence_at(offset)
    if sentence is not None:
        start, end = sentence.start, sentence.end
    else:
        start = doc.text.rfind("\n", max(0, offset - _WINDOW), offset) + 1
        newline = doc.text.find("\n", offset, offset + _WINDOW)
        end = len(doc.text) if newline < 0 else newline
    return max(start, offset - _WINDOW), min(end, offset + _WINDOW)


def _after_qualifier(text: str, end: int) -> str | None:
    rest = text[end : end + 4].lstrip(" ")
    return next((q for q in _AFTER_QUALIFIERS if rest.startswith(q)), None)


def _budget(doc: Document, match: MoneyMatch, previous: Budget | None) -> Budget:
    start, label = match.start, None
    word = _word_before(doc.text, start)
    context = _context(doc, match.start, match.end)
    if word is not None and _is_money_word(word[1]):
        start, label = word  # 국비 35억 원: the money word is part of how the sum is written
    elif previous is not None and _OPENS_PARENTHESIS.fullmatch(doc.text, previous.end, start):
        label = previous.label  # 1600억달러(약 232조원): the same sum in another currency
    else:
        label = (
            _label_after(doc, context.after)
            or _label_of_verb(doc, context.after)
            or _label_before(doc, context.before, start)
        )
    sentence_start, sentence_end = _sentence_bounds(doc, match.start)
    return Budget(
        text=doc.text[start : match.end],
        start=start,
        end=match.end,
        amount=match.amount,
        currency=match.currency,
        label=label,
        period=_period(doc.text, sentence_start, sentence_end, match.start),
        qualifier=match.qualifier or _after_qualifier(doc.text, match.end),
        range_id=match.range_id,
    )


def _counts_things(doc: Document, end: int) -> bool:
    """Is the number ending at `end` followed by a counter or a measure (3억 명, 3만㎡, 5만 TEU)?"""
    following = doc.tokens_between(end, end + 8)
    if not following or doc.text[end : following[0].start] not in ("", " "):
        return False
    return following[0].form in _COUNTERS or following[0].tag == "SL"


class _FundingLines:
    """Which lines name a sum in a currency or a funding word (국비, 예산, 사업비); each read once."""

    def __init__(self, doc: Document, money: list[MoneyMatch]) -> None:
        self._doc = doc
        self._money_starts = [m.start for m in money]
        self._known: dict[int, bool] = {}

    def __contains__(self, at: int) -> bool:
        """Does the line holding `at`, or one of the two paragraphs before it, speak of funding?
        (국·도비 822억원을 확보했다. / … / 주요 사업은 ▷A 118억 ▷B 206억: the list names no won.)"""
        text = self._doc.text
        line_start = text.rfind("\n", 0, at) + 1
        for _ in range(_FUNDING_PARAGRAPHS + 1):
            if self._funding(line_start):
                return True
            before = text[:line_start].rstrip()
            if not before:
                return False
            line_start = before.rfind("\n") + 1
        return False

    def _funding(self, line_start: int) -> bool:
        if line_start not in self._known:
            text = self._doc.text
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            i = bisect.bisect_left(self._money_starts, line_start)
            has_money = i < len(self._money_starts) and self._money_starts[i] < line_end
            self._known[line_start] = has_money or any(
                t.form.endswith(_BUDGET_CONTEXT) for t in self._doc.tokens_between(line_start, line_end)
            )
        return self._known[line_start]


# How many paragraphs above a list its funding sentence may stand (…822억원을 확보했다. / … / ▷A 118억).
_FUNDING_PARAGRAPHS = 2


def _closes_bracket(doc: Document, bare: MoneyMatch) -> bool:
    """조성(12억): the sum alone in a bracket right after a name."""
    return (
        _BRACKET_OPEN_BEFORE.search(doc.text, max(0, bare.start - 4), bare.start) is not None
        and _BRACKET_CLOSE_AFTER.match(doc.text, bare.end) is not None
    )


def _closes_entry(doc: Document, bare: MoneyMatch) -> bool:
    """△공원 조성 12억 △…: the sum closes a list entry, right after the entry's name."""
    return (
        _ENTRY_START.search(doc.text, max(0, bare.start - 2), bare.start) is not None
        and _ENTRY_END.match(doc.text, bare.end) is not None
    )


def _spent(doc: Document, end: int) -> bool:
    """20억을 투입해 / 5억 투입 / 3억을 들여: a verb of spending takes the sum ending at `end`."""
    following = doc.tokens_between(end, end + 12)[:2]
    if following and following[0].tag.startswith("J") and following[0].form in _SPENDING_PARTICLES:
        following = following[1:]
    return bool(following) and following[0].form in _SPENDING_VERBS and following[0].tag in ("NNG", "VV")


def _labelled_start(doc: Document, match: MoneyMatch) -> int:
    """Where the sum's written form starts, with the money word before it (국비 8억 → 국비)."""
    word = _word_before(doc.text, match.start)
    return word[0] if word is not None and _is_money_word(word[1]) else match.start


def _bare_sums_of_money(doc: Document, money: list[MoneyMatch]) -> list[MoneyMatch]:
    """The sums written without 원 that the text around them makes money (see the module doc)."""
    kept: list[MoneyMatch] = []
    wholes: list[MoneyMatch] = []
    funding = _FundingLines(doc, money)
    for bare in find_bare_sums(doc.text):
        if _counts_things(doc, bare.end):
            continue
        if _labelled_start(doc, bare) < bare.start:
            kept.append(bare)  # 국비 3억, 사업비 111억
        elif bare.amount < _MIN_CONTEXT_SUM:
            wholes.append(bare)
        elif _spent(doc, bare.end):
            kept.append(bare)  # 20억을 투입해
        elif (_closes_bracket(doc, bare) or _closes_entry(doc, bare)) and bare.start in funding:
            kept.append(bare)  # △숲체험관 조성(12억), △공원 조성 12억 in a line about funding
        else:
            wholes.append(bare)
    # A whole is money when a budget is its part (총 40억 중 국비 8억) or its parts (… 등 총 5억).
    starts = {_labelled_start(doc, m) for m in [*money, *kept]}
    ends = {m.end for m in [*money, *kept]}
    for whole in wholes:
        part = _PART_AFTER.match(doc.text, whole.end)
        after = part is not None and part.end() in starts
        before = whole.qualifier == "총" and any(
            _WHOLE_AFTER.fullmatch(doc.text, end, whole.start)
            for end in range(max(0, whole.start - _WHOLE_GAP), whole.start)
            if end in ends
        )
        if after or before:
            kept.append(whole)
    return kept


# The most characters "등" with its spaces puts between the parts and their whole.
_WHOLE_GAP = 3


def extract_budgets(doc: Document) -> list[Budget]:
    """Every money amount in the text, in order; the same sum written twice is two budgets.

    A vague amount (수십억 원, 수백만 달러) names no sum: it is left out.
    """
    money = [match for match in find_money(doc.text) if not match.vague]
    matches = sorted([*money, *_bare_sums_of_money(doc, money)], key=lambda m: m.start)
    budgets: list[Budget] = []
    for match in matches:
        budgets.append(_budget(doc, match, budgets[-1] if budgets else None))
    _share_range_labels(budgets)
    return budgets


def _share_range_labels(budgets: list[Budget]) -> None:
    """The two ends of one range (3천억~5천억원) are amounts of the same thing."""
    labels: dict[int, str] = {}
    for budget in budgets:
        if budget.range_id is not None and budget.label:
            labels.setdefault(budget.range_id, budget.label)
    for budget in budgets:
        if budget.range_id in labels and not budget.label:
            budget.label = labels[budget.range_id]
