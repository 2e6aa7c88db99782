"""Headline quotes whose source is written after them: "…목표가↑"-누리증권, "…" -VOA.

Korean financial and wire headlines quote a report or a foreign outlet first and put its source
last, after a dash: the analyst-report convention ("삼성전자, …목표가 상향"-한투) and wire copy
quoting a foreign outlet ("…선박 포착" -VOA). The dash and a short name closing the line say who.
"""

from __future__ import annotations

import re

_DASH_SOURCE = re.compile(
    r"""
    [ \t]* (?: … | \.{2,3} )? [ \t]*       # an ellipsis may close the quote's thought
    [-–—] [ \t]*                          # the dash that introduces the source
    (?P<source>
        [가-힣A-Za-z][가-힣A-Za-z&.]{0,11}  # the source's first word: 한투, VOA, 누리증권
        (?: [ \t][가-힣A-Za-z&.]{1,8} )?   # maybe a second: 법무법인 한빛
    )
    [ \t]* $                              # and nothing else to the end of the line
    """,
    re.VERBOSE | re.MULTILINE,
)
MAX_HEADLINE_CHARS = 150  # a headline; a body line with a closing dash is a sentence, not a source


def dash_source(text: str, line_start: int, close_at: int) -> tuple[int, int] | None:
    """The span of the source named after a closing quote mark at `close_at`, on a headline line.

    >>> text = '"누리전자, 실적 개선 기대…목표가↑"-한빛증권'
    >>> text[slice(*dash_source(text, 0, 20))]
    '한빛증권'
    >>> dash_source('"석탄 수입 재개" - 2024년 5월', 0, 9) is None
    True
    """
    line_end = text.find("\n", close_at)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > MAX_HEADLINE_CHARS:
        return None
    m = _DASH_SOURCE.match(text, close_at + 1, line_end)
    return m.span("source") if m else None
