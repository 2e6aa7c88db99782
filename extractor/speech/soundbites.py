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

from extractor.lexicons import load_words

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
# [인근 밭 농민 : …] — a bracketed bite of someone the report describes rather than names, no slash.
_DESCRIBED_BITE = re.compile(
    r"""
    (?:^|(?<=[.!?])|(?<=[.!?][ \t]))[ \t]*\[[ \t]*   # a line's or a sentence's start
    (?P<who>[가-힣]+(?:[ \t][가-힣]+){0,3}?)        # who speaks: 인근 밭 농민, 한빛생명 관계자
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
# How a bite was recorded, noted after its tag word: 인터뷰(☎), 인터뷰(화상).
RECORDING_NOTE = r"(?:\([^()\n]{1,6}\))?"
# The tag word of an interview or a recording, in the brackets newsrooms use: <인터뷰>, (녹취), ‹녹취›,
# [인터뷰], ▶ 인터뷰 :, ◀ INT ▶.
TAG_PATTERN = rf"""
    [ \t]*
    (?:[▶◀■][ \t]*(?:인터뷰|녹취|싱크|INT|SYNC|SYN){RECORDING_NOTE}[ \t]*[▶◀]?  # ▶ 인터뷰(☎) :, ◀ INT ▶
      |[<(\[‹〈《【][ \t]*(?:인터뷰|녹취|싱크|INT|SYNC|SYN)[ \t]*[>)\]›〉》】]  # <인터뷰>, (녹취), 【 녹취 】
      |(?:인터뷰|녹취|싱크|INT|SYNC|SYN)(?=[ \t]*(?:[:：]|[-–—][ \t]*[가-힣]))  # a bare tag word takes
    )                                                   # a colon, or a dash before a name (INT-홍길동)
    [ \t]*(?:[:：]|[-–—](?=[ \t]*[가-힣]))?[ \t]*  # a colon, or a dash before a name (◀INT▶ - 홍길동)
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
    (?![ \t]*[-–—][ \t]*["“″])                        # not "- "…"": a marked bite after a dash
    (?![ \t]*[가-힣]{{2,4}}[ \t]*/)                   # not "홍길동/주민": the speaker's own line
    [ \t]*(?P<words>[^\s"“”″\[<(‹▶◀■][^\n]*?)       # the next line holds the words (no mark, no tag)
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
# ◀INT▶ / 홍길동/주민 / (…) — a tag alone on its line, the speaker and what they are on the next,
# and the words on the line after, often in round brackets (regional broadcast scripts).
_TAG_NAME_LINE = re.compile(
    rf"""
    ^{TAG_PATTERN}\n
    [ \t]*(?P<name>[가-힣]{{2,4}})[ \t]*/[ \t]*[^\n"“”″:：/()]{{1,40}}?[ \t]*\n   # 홍길동/음식점 주인
    [ \t]*(?:\((?P<bracketed>[^\s()][^\n()]*?)\)                     # (the words)
           |(?P<words>[^\s"“”″\[<(‹▶◀■][^\n]*?))                     # or the words bare
    [ \t]*$
    """,
    re.VERBOSE | re.MULTILINE,
)
# The speaker a tag names right before a marked bite, when what they are follows the name without
# a slash: "◀INT▶ 서정란 농민", "◀INT▶구옥심 *농민*", "[인터뷰:이갑희, 한빛소방서 대장]", or on a line
# of its own ("◀INT▶ 박형대" / "한빛연맹 정책위원장"). The slash forms are read by the patterns above.
TAG_SPEAKER = re.compile(
    rf"""
    (?:^{TAG_PATTERN}                                  # a tag opening its line
      |\[[ \t]*(?:인터뷰|녹취|싱크)[ \t]*[:：][ \t]*    # or YTN's "[인터뷰:" anywhere in a line
      |^\[[ \t]*(?!(?:인터뷰|녹취|싱크|앵커|기자|리포트|현장음|브릿지|스탠드업)[ \t]*\])  # "[이름]" …
       (?=[가-힣]{{2,4}}(?:\([^()\n]{{1,20}}\))?[ \t]*\][ \t]*$)              # … alone on its line
      |^[ \t]*(?=[가-힣]{{2,4}}[ \t]*/[ \t]*[^\n"“”″/]{{1,40}}\n[ \t]*["“″])  # "이름 / 역할" alone on
    )                                                  # its line, right above the marked words
    (?P<name>[가-힣]{{2,4}})(?![가-힣])                # who speaks: a Korean name
    (?P<role>
      [ \t]*\*[^*\n]{{1,30}}\*                         # *농민*
      |[ \t]*[,/][ \t]*[^\n"“”″\]/,]{{1,40}}?          # , 한빛소방서 대장 / 상인 (a dash line next)
      |[ \t]+[^\s"“”″\]/,*][^\n"“”″\]/,*]{{0,39}}?      # 농민, 한빛연맹 사무국장
      |[ \t]*\n[ \t]*[^\s"“”″\[<(‹▶◀■/][^\n"“”″/]{{0,39}}?   # the role on the next line
      |\([^()\n]{{1,40}}\)                              # (지난해 12월), (주민): when, or what they are
    )?
    [ \t]*\]?(?:[ \t]*\n){{0,3}}[ \t]*(?:[-–—:：][ \t]*)?   # the tag closes; a dash or colon may lead
    (?=["“″])                                          # the bite opens with a mark
    """,
    re.VERBOSE | re.MULTILINE,
)


def tag_speaker_before(text: str, open_at: int) -> re.Match[str] | None:
    """The `TAG_SPEAKER` match that ends at the quotation mark at `open_at`, if any.

    >>> text = '◀INT▶ 서정란 농민\\n"농민의 삶이 힘들어요"'
    >>> m = tag_speaker_before(text, text.index('"'))
    >>> m["name"], m["role"].strip()
    ('서정란', '농민')
    >>> text = '불이 났습니다 [인터뷰:이갑희, 한빛소방서 대장] "대피를 못 했습니다"'
    >>> tag_speaker_before(text, text.index('"'))["name"]
    '이갑희'
    >>> text = '주민들을 만났습니다.\\n[한서윤(지난해 12월)]\\n\\n"민생이 먼저입니다"'
    >>> tag_speaker_before(text, text.index('"'))["name"]
    '한서윤'
    >>> text = '시민들은 바람을 전했습니다.\\n한서윤 / 한빛시 소담동\\n"정부부처가 내려왔으면"'
    >>> tag_speaker_before(text, text.index('"'))["name"]
    '한서윤'
    """
    window = max(0, open_at - 120)
    # the tag may stand up to two lines above the mark (its role on a line of its own between)
    start = open_at
    for _ in range(3):
        start = text.rfind("\n", window, max(start - 1, window)) + 1
    for m in TAG_SPEAKER.finditer(text, max(start, window), open_at + 1):
        if m.end() == open_at:
            return m
    return None


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
_TAG_WORDS = ("인터뷰", "녹취", "싱크", "INT", "SYN")  # SYN is in SYNC too


# The newsroom's own voices: what they say in a bracket is the report's narration or question.
_INTERVIEWERS = frozenset({"기자", "앵커", "리포터", "진행자", "아나운서", "캐스터"})


def _patterns_to_try(text: str) -> list[re.Pattern[str]]:
    """The bite patterns whose marks `text` holds (most articles have no bite): every bite names
    its speaker after a slash or carries a tag word."""
    patterns = []
    if "[" in text and "/" in text:
        patterns.append(_BRACKETED)
    if any(word in text for word in _TAG_WORDS):
        patterns += [_TAG_WITH_WORDS, _TAG_NAME_LINE, _TAG_LINE]
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
            words = "bracketed" if m.groupdict().get("bracketed") else "words"
            found.append(SoundBite(m.start(words), m.end(words), name, m.start(), m.end(), braced))
    described = "[" in text and (":" in text or "：" in text)  # [인근 주민 : …] needs both
    for m in _DESCRIBED_BITE.finditer(text) if described else ():
        who = m["who"].split()[-1]
        if who in _INTERVIEWERS:
            continue  # [기자 : 우승 소감 말씀해주세요.]: the report's own question, no one's bite
        if who in load_words("speech_anonymous_nouns.txt"):  # 농민, 관계자: a bite
            found.append(SoundBite(m.start("words"), m.end("words"), None, m.start(), m.end()))
    found.sort(key=lambda b: b.start)
    kept: list[SoundBite] = []
    for bite in found:
        if not kept or bite.line_start >= kept[-1].end:
            kept.append(bite)
    return kept
