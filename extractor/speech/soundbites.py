"""Broadcast sound bites written without quotation marks (issue 14).

Broadcast transcripts put an interviewee's words on a line of their own, tagged with who speaks:

    [홍길동/국회의원 (15일) : 예산이 부족합니다.]     a bracketed bite: name / title, colon, words
    ▶ 인터뷰 : 홍길동 / 의원 - 예산이 부족합니다.      a tag line with the words after a dash
    <인터뷰> 홍길동 / 의원                           a tag line naming the speaker, the words on
    예산이 부족합니다.                                the next line
    <녹취>                                           an untagged recording: nobody named
    예산이 부족합니다.

Each is a direct quote of the person named before the slash. The anchor's and the reporter's
own narration ([앵커], [기자]) is not a quote. Bites whose words open with a quotation mark are
left to the mark-pairing pass. Every pattern reads one or two lines, so the pass is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# [홍길동/국회의원 (15일) : …] — a bracketed bite on its own line, or right after a sentence
# where a copy lost its line breaks.
_BRACKETED = re.compile(
    r"""
    (?:^|(?<=[.!?])|(?<=[.!?][ \t]))[ \t]*\[[ \t]*   # a line's or a sentence's start
    (?P<name>[^\s/:：\[\]][^/:：\[\]\n]{0,24}?)   # who speaks: 홍길동, 존 스미스
    [ \t]*/[ \t]*
    [^:：\[\]\n]{1,40}?                            # the title, and (15일) when the bite is dated
    [ \t]*[:：][ \t]*
    (?P<words>[^\s"“”″\]][^\]\n]*?)               # the words, not opening with a mark
    [ \t]*\](?=[ \t]*$|[ \t])                       # the closing bracket ends the line or a sentence
    """,
    re.VERBOSE | re.MULTILINE,
)
# {홍길동/배우/"…"} — one regional broadcaster's bite on its own line, in braces; the title may be
# left out ({항만노동자/…}) and the words may or may not be in marks (a stray one is common).
_BRACED = re.compile(
    r"""
    ^[ \t]*\{[ \t]*
    (?P<name>[^\s/{}"“”][^/{}\n"“”]{0,24}?)      # who speaks, or what they are
    [ \t]*/[ \t]*
    (?:[^/{}\n"“”″]{1,40}?[ \t]*/[ \t]*)?         # the title, when given
    ["“″]?                                       # an opening mark, maybe
    (?P<words>[^\s"“”″{}][^{}\n]*?)              # the words
    ["”″]?[ \t]*\}[ \t]*$                        # a closing mark, maybe, and the brace ends the line
    """,
    re.VERBOSE | re.MULTILINE,
)
# The tag word of an interview or a recording, in the brackets newsrooms use: <인터뷰>, (녹취), ‹녹취›,
# [인터뷰], ▶ 인터뷰 :, ◀ INT ▶.
TAG_PATTERN = r"""
    [ \t]*
    (?:[▶◀■][ \t]*(?:인터뷰|녹취|싱크|INT|SYNC)[ \t]*[▶◀]?   # ▶ 인터뷰 :, ◀ INT ▶
      |[<(\[‹〈《][ \t]*(?:인터뷰|녹취|싱크|INT|SYNC)[ \t]*[>)\]›〉》]  # <인터뷰>, (녹취), ‹녹취›
      |(?:인터뷰|녹취|싱크|INT|SYNC)(?=[ \t]*[:：])            # a bare tag word takes a colon
    )
    [ \t]*[:：]?[ \t]*
"""
# ▶ 인터뷰 : 홍길동 / 의원 - … — the words after a dash on the tag's own line.
_TAG_WITH_WORDS = re.compile(
    rf"""
    ^{TAG_PATTERN}
    (?P<name>[^\s/:：-][^/:：\n]{{0,24}}?)         # who speaks
    [ \t]*/[ \t]*
    [^\n"“”″]{{1,40}}?                             # the title
    [ \t]+[-–—][ \t]+                              # a dash with spaces around it
    (?P<words>[^\s"“”″][^\n]*?)                    # the words, not opening with a mark
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
# <인터뷰> 홍길동 / 의원 — a tag line naming the speaker; or <녹취> alone. The words follow on the next line.
_TAG_LINE = re.compile(
    rf"""
    ^{TAG_PATTERN}
    (?:
      (?P<name>[^\s/:：-][^/:：\n]{{0,24}}?)        # who speaks
      [ \t]*/[ \t]*[^\n"“”″:：]{{1,40}}?             # the title
    )?
    [ \t]*\n                                        # the tag line ends
    [ \t]*(?P<words>[^\s"“”″\[<(‹▶◀■][^\n]*?)       # the next line holds the words (no mark, no tag)
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
# A name the press withholds, or a description instead of a name: A씨, 박 모 씨, 시민, 주민.
_ANONYMISED = re.compile(
    r"""
    (?:[가-힣]+[ \t])?
    (?:[가-힣][ \t]?모|[A-Z])(?:[ \t]?씨)?
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class SoundBite:
    """The words of one bite [start, end) and who speaks them ((start, end) of the name, or None)."""

    start: int
    end: int
    name: tuple[int, int] | None
    line_start: int  # where the bite's tag begins: nothing in [line_start, end) is narration
    line_end: int = 0  # where its line ends, when marks or a brace follow the words
    braced: bool = False  # {…/…/…}: the tag may describe someone rather than name them


# The tag words of TAG_PATTERN: a tagged bite holds one of them.
_TAG_WORDS = ("인터뷰", "녹취", "싱크", "INT", "SYNC")


def _patterns_to_try(text: str) -> list[re.Pattern[str]]:
    """The bite patterns whose marks `text` holds (most articles have no bite): every bite names
    its speaker after a slash or carries a tag word."""
    patterns = []
    if "[" in text and "/" in text:
        patterns.append(_BRACKETED)
    if any(word in text for word in _TAG_WORDS):
        patterns += [_TAG_WITH_WORDS, _TAG_LINE]
    if "{" in text and "/" in text:
        patterns.append(_BRACED)
    return patterns


def find_soundbites(text: str) -> list[SoundBite]:
    """Sound bites in `text`, in order, never overlapping.

    >>> text = "[앵커]\\n예산 얘기입니다.\\n[홍길동/국회의원 (15일) : 예산이 부족합니다.]"
    >>> [(text[b.start:b.end], text[slice(*b.name)]) for b in find_soundbites(text)]
    [('예산이 부족합니다.', '홍길동')]
    """
    found: list[SoundBite] = []
    for pattern in _patterns_to_try(text):
        for m in pattern.finditer(text):
            name = m.span("name") if m.group("name") else None
            if name is not None and _ANONYMISED.fullmatch(m.group("name").strip()):
                name = None
            braced = pattern is _BRACED
            found.append(SoundBite(m.start("words"), m.end("words"), name, m.start(), m.end(), braced))
    found.sort(key=lambda b: b.start)
    kept: list[SoundBite] = []
    for bite in found:
        if not kept or bite.line_start >= kept[-1].end:
            kept.append(bite)
    return kept
