"""The long fuzz run (issue 15): ≥ 10,000 generated inputs as bytes through extract_bytes.

    .venv/bin/pytest tests/test_fuzz.py -m slow -q

Inputs mix Hangul, quote marks, list markers, digits with Korean number units, HTML
fragments and control characters, then are encoded in the encodings Korean pages come in
(sometimes with a BOM, a stray byte or a cut character). Whatever comes in: an article whose
spans round-trip and whose JSON validates, or a clean one-line `ExtractError` — never another
exception. The quick versions of these properties are in tests/test_properties.py.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_properties import _PIECES, assert_article_or_clean_error

_HANGUL = st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=6)
_QUOTES = st.sampled_from(['"', "“", "”", "‘", "’", "'", "″", "「", "」", "『", "』"])
_MARKERS = st.sampled_from(["▲", "△", "◇", "ㅇ", "□", "-", "■", "①", "1.", "가.", "·"])
_MARKED_LINES = _MARKERS.map(lambda marker: f"\n{marker} ")
_UNITS = st.sampled_from(["조", "억", "만", "천", "원", "달러", "조원", "억원", "만원", "천원", "만 달러"])
_AMOUNTS = st.builds(
    lambda digits, unit, comma: f"{digits:,}{unit}" if comma else f"{digits}{unit}",
    st.integers(min_value=0, max_value=10**7),
    _UNITS,
    st.booleans(),
)
_HTML = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<h1>",
        "</h1>",
        "<!-- c -->",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        '<meta name="author" content="김도윤 기자">',
        "&amp;",
        "&#44032;",
        "&nbsp;",
        "<![CDATA[",
        "<html>",
    ]
)
_CONTROLS = st.sampled_from(
    ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\r", "\t", "\u2028", "\ufffe"]
)
_SPACES = st.sampled_from([" ", "  ", "\n", "\n\n", "\u3000", "\xa0"])
_PIECE = st.one_of(
    st.sampled_from(_PIECES), _HANGUL, _QUOTES, _MARKERS, _MARKED_LINES, _AMOUNTS, _HTML, _CONTROLS, _SPACES
)
articles = st.lists(_PIECE, max_size=80).map("".join)

# How Korean pages are encoded, and how they arrive broken.
_ENCODINGS = ["utf-8", "utf-8-sig", "cp949", "euc-kr", "utf-16", "utf-16-le", "utf-16-be", "latin-1"]


@st.composite
def encoded(draw: st.DrawFn) -> bytes:
    text = draw(articles)
    data = text.encode(draw(st.sampled_from(_ENCODINGS)), errors="replace")
    damage = draw(st.sampled_from(["none", "none", "stray", "cut", "bom"]))
    if damage == "stray" and data:
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\x80", b"\xc3", b"\xed\xa0\x80"])) + data[at:]
    elif damage == "cut" and len(data) > 1:
        data = data[:-1]
    elif damage == "bom":
        data = b"\xef\xbb\xbf" + data
    return data


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(encoded())
def test_generated_bytes_give_a_sound_article_or_a_clean_error(kiwi: object, data: bytes) -> None:
    assert_article_or_clean_error(data)
