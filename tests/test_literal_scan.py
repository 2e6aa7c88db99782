"""find_words must give exactly the matches of the per-article regex it replaced."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.entities.literal_scan import find_words
from extractor.entities.organizations import _legal_form_start

ALPHABET = "김민수가나 (주)㈜식회사\t"
word_lists = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), min_size=1, max_size=5)


def _by_regex(text: str, words: list[str], prefix: str = "") -> list[tuple[int, int, str]]:
    pattern = re.compile(r"(?<![가-힣])" + prefix + "(?P<w>" + "|".join(re.escape(w) for w in words) + ")")
    return [(m.start(), m.end(), m.group("w")) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40), words=word_lists)
def test_same_matches_as_alternation(text: str, words: list[str]) -> None:
    assert find_words(text, words) == _by_regex(text, words)


# An organisation's spellings have their legal form stripped (strip_legal), so no spelling holds
# one; a spelling that is itself "㈜" would let a prefix and a match overlap.
spellings = st.lists(st.text(alphabet="김민수가나 식회사주", min_size=1, max_size=4), min_size=1, max_size=5)
LEGAL_FORM = r"(?:(?:\((?:주|재|사|유|합)\)|㈜|주식회사)[ \t]?)?"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=40), words=spellings)
def test_legal_prefix_same_as_alternation(text: str, words: list[str]) -> None:
    assert find_words(text, words, _legal_form_start) == _by_regex(text, words, LEGAL_FORM)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(주)누리텍과 누리텍", [(0, 6, "누리텍"), (8, 11, "누리텍")]),
        ("주식회사 누리텍이", [(0, 8, "누리텍")]),
        ("한국주식회사누리텍", []),
        ("가(주)누리텍", [(4, 7, "누리텍")]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_legal_form_widens_the_match(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert find_words(text, ["누리텍"], _legal_form_start) == expected
