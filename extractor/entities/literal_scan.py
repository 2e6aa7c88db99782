"""Find an article's own names in its text without compiling a regex per article.

People and organisations are found first, then every occurrence of their spellings is
collected. A `re.compile` of a fresh alternation per article cost ~1.5 ms (sre's charset
optimiser), more than the scan itself; `str.find` per spelling gives the same matches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


def is_hangul(ch: str) -> bool:
    """True for a precomposed Hangul syllable (the range the name rules treat as a word)."""
    return "가" <= ch <= "힣"


def _no_hangul_before(text: str, start: int) -> bool:
    return start == 0 or not is_hangul(text[start - 1])


def find_words(
    text: str,
    words: Iterable[str],
    extend_start: Callable[[str, int], int] | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, word) for each occurrence of `words` that does not follow a Hangul syllable.

    Same matches as ``re.finditer("(?<![가-힣])(?:w1|w2|…)", text)``: scanning left to right, the
    first word in `words`' order wins at a position, and matches never overlap. `extend_start`
    may move a match's start back over a prefix (a legal form before a company); the prefix's
    own start must then not follow a Hangul syllable, else the bare word is tried.

    >>> find_words("김민수 김민 씨와 김민수씨", ["김민수", "김민"])
    [(0, 3, '김민수'), (4, 6, '김민'), (10, 13, '김민수')]
    >>> find_words("한김민", ["김민"])
    []
    """
    hits: list[tuple[int, int, int, str]] = []
    for rank, word in enumerate(words):
        if not word:
            continue
        at = text.find(word)
        while at >= 0:
            start = at
            if extend_start is not None:
                wider = extend_start(text, at)
                if wider < at and _no_hangul_before(text, wider):
                    start = wider
            if start < at or _no_hangul_before(text, at):
                # -end: at one start and rank the wider match wins, as the regex's greedy prefix does
                hits.append((start, rank, -(at + len(word)), word))
            at = text.find(word, at + 1)
    hits.sort()
    found: list[tuple[int, int, str]] = []
    last_end = 0
    for start, _rank, negative_end, word in hits:
        if start < last_end:
            continue
        end = -negative_end
        found.append((start, end, word))
        last_end = end
    return found
