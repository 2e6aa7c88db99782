"""Pairing quotation marks: which opening mark each closing mark closes (issue #4).

One pass over the marks with a single open slot and bounded windows, so an unbalanced
mark never swallows the rest of an article and the pass stays linear.
"""

from __future__ import annotations

import bisect
import re

# How far a quote may run: several paragraphs, never the rest of a long article.
MAX_QUOTE_CHARS = 2500
MAX_QUOTE_LINES = 8
QUOTE_MARKS = re.compile(r"""["“”″「」『』]""")
# The prime mark ″ (U+2033) stands for a straight double mark in some outlets' copy.
_PRIME_AS_STRAIGHT = str.maketrans({"″": '"'})
_CURLY_CLOSE_AS_STRAIGHT = str.maketrans({"”": '"'})
_CLOSER_FOR = {"“": "”", "「": "」", "『": "』", '"': "”"}  # a straight open may end curly (sloppy copy)


def pair_quote_marks(text: str) -> list[tuple[int, int]]:
    """(open mark, close mark) index pairs, in order, never overlapping.

    One pass over the marks with a single open slot: a curly or bracket mark
    closes only its partner, a straight mark closes whatever double mark is
    open, and an open mark older than MAX_QUOTE_CHARS / MAX_QUOTE_LINES is
    dropped, so an unbalanced mark never swallows the rest of the article.

    >>> pair_quote_marks('그는 "좋다"며 “가자”고 했다')
    [(3, 6), (9, 12)]
    >>> pair_quote_marks('"' * 5)
    [(0, 1), (2, 3)]
    >>> pair_quote_marks('그는 ”좋다”며 ”가자”고 했다')
    [(3, 6), (9, 12)]
    """
    text = text.translate(_PRIME_AS_STRAIGHT)  # one character for one: offsets stay
    if "“" not in text:
        # copy that writes ” for both marks (”…”며 ”…”): with no opening curly mark anywhere, a ” is
        # as ambiguous as a straight mark and is read like one, by where it stands
        text = text.translate(_CURLY_CLOSE_AS_STRAIGHT)
    pairs: list[tuple[int, int]] = []
    newlines = [m.start() for m in re.finditer("\n", text)]
    curly_closes = [m.start() for m in re.finditer("”", text)]
    open_at: int | None = None
    for m in QUOTE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if open_at is not None and _too_long(newlines, open_at, i):
            open_at = None
        if open_at is not None:
            if text[open_at] == "“" and mark == '"' and _curly_close_ahead(newlines, curly_closes, i):
                continue  # a straight pair nested in a curly quote that closes later on its line
            verdict = _verdict(text[open_at], mark, _crosses_line(newlines, open_at, i), text, i)
            if verdict == "close":
                pairs.append((open_at, i))
                open_at = None
                continue
            if verdict == "ignore":
                continue
        if mark in "“「『" or (mark == '"' and not _looks_like_closer(text, i)):
            open_at = i
    return pairs


def _too_long(newlines: list[int], open_at: int, i: int) -> bool:
    lines = bisect.bisect_left(newlines, i) - bisect.bisect_left(newlines, open_at)
    return i - open_at > MAX_QUOTE_CHARS or lines > MAX_QUOTE_LINES


def _curly_close_ahead(newlines: list[int], curly_closes: list[int], i: int) -> bool:
    """Whether a ” follows position i before the end of its line."""
    n = bisect.bisect_left(curly_closes, i)
    if n == len(curly_closes):
        return False
    line = bisect.bisect_left(newlines, i)
    line_end = newlines[line] if line < len(newlines) else curly_closes[n] + 1
    return curly_closes[n] < line_end


def _crosses_line(newlines: list[int], open_at: int, i: int) -> bool:
    return bisect.bisect_left(newlines, i) > bisect.bisect_left(newlines, open_at)


def _verdict(opener: str, mark: str, crosses_line: bool, text: str, i: int) -> str:
    """What `mark` does to the open quote: close it, be ignored inside it, or reopen ("reopen")."""
    if mark == _CLOSER_FOR[opener] or (opener == '"' and mark == '"'):
        # a straight mark that opens a new line's quote means the old open mark was stray
        if opener == '"' and crosses_line and _looks_like_opener(text, i):
            return "reopen"
        return "close"
    if mark in "”」』":
        return "ignore"  # a closer of another kind, e.g. 」 inside “…”
    if opener in '“"' and mark in "「『":
        return "ignore"  # a title inside a quote: “『염전일기』처럼 …”
    if opener == "“" and mark == '"' and not crosses_line:
        return "close"  # sloppy “…" copy: no ” follows on this line
    return "reopen"


def _looks_like_closer(text: str, i: int) -> bool:
    """A stray straight mark glued to the word before and followed by a space: not an opener."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,")


def _looks_like_opener(text: str, i: int) -> bool:
    """A straight mark after a space or line start and before a word."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:-") and not after.isspace()


# Single marks that set off a phrase, a question put to a speaker or a title: ‘…’ and '…'.
_SINGLE_MARKS = re.compile(r"""[‘’']""")
MAX_SINGLE_CHARS = 200


def pair_single_marks(text: str) -> list[tuple[int, int]]:
    """(open, close) of each single-quoted span on one line (‘…’ or '…'), in text order.

    Used only to tell that a subject particle stands inside such a span ('…는 없냐'는 질문에), never
    to make a quote; a mark with no partner on its line, or one too far away, pairs with nothing.
    """
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _SINGLE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        if open_at is not None and (
            i - open_at > MAX_SINGLE_CHARS or "\n" in text[open_at:i] or QUOTE_MARKS.search(text, open_at, i)
        ):
            open_at = None  # the opener found no closer on its line: start again
        opens = mark != "’" and _opener_place(text, i)
        if open_at is None:
            if opens:
                open_at = i
        elif mark != "‘" and not (mark == "'" and text[open_at] == "‘") and not text[i - 1].isspace():
            pairs.append((open_at, i))
            open_at = None
        elif opens:
            open_at = i  # ‘ after an open ‘, or ' after ‘: the later mark opens
    return pairs


def _opener_place(text: str, i: int) -> bool:
    """A mark at i may open a span: it starts the text or follows a space or an opening bracket, and a
    word follows it (불가하다'는: a mark glued to the word before it only closes)."""
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in "([{<·,"
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()
