"""Whatever the input: no crash, every span round-trips, the output validates."""

from __future__ import annotations

import json
from collections.abc import Iterator

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import ExtractError, extract_bytes, extract_html, extract_text
from schemas import Article, article_json_schema

# Pieces of Korean press copy that exercise every extractor: names with
# titles, organisations, quote marks (balanced or not), amounts, list markers.
_PIECES = [
    "김민수",
    "박지영",
    "이 시장은",
    "그는",
    " 대표",
    " 장관",
    " 원장",
    "서울시",
    "(주)한빛전자",
    "광역시장",
    "은 ",
    "는 ",
    "이 ",
    "가 ",
    "고 밝혔다. ",
    "라고 말했다.",
    "고 강조했다.",
    "다고 설명했다. ",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "「",
    "」",
    "▲",
    "△",
    "■",
    "①",
    "1. ",
    "가. ",
    "- ",
    "·",
    "7조원",
    "3억5천만원",
    "1,200억 원",
    "50만 달러",
    "약 ",
    "총사업비 ",
    "국비 ",
    "~",
    "100만평",
    "20대",
    "4대 추진전략으로 ",
    "을 제시했다.",
    "\n",
    "\n\n",
    " ",
    ",",
    ".",
    "(",
    ")",
    "[",
    "]",
    "=",
    "기자",
    "2022년부터 2030년까지 ",
    "010-1234-5678",
    "<b>",
    "&amp;",
    "\ufeff",
    "\u200b",
    "😀",
    "a",
    "Z9",
]
article_texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)
wild_texts = st.text(max_size=300)

_SCHEMA = article_json_schema()


def _spans(article: Article) -> Iterator[tuple[int, int, str]]:
    for person in article.people:
        yield from ((m.start, m.end, m.text) for m in person.mentions)
    for org in article.organizations:
        yield from ((m.start, m.end, m.text) for m in org.mentions)
    yield from ((q.start, q.end, q.text) for q in article.quotes)
    yield from ((b.start, b.end, b.text) for b in article.budgets)
    for task_list in article.task_lists:
        yield from ((i.start, i.end, i.text) for i in task_list.items)


def assert_sound(article: Article) -> None:
    for start, end, surface in _spans(article):
        assert 0 <= start <= end <= len(article.text)
        assert article.text[start:end] == surface
    jsonschema.validate(json.loads(article.model_dump_json()), _SCHEMA)


_settings = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(article_texts)
def test_press_like_text_never_crashes_and_spans_round_trip(kiwi: object, text: str) -> None:
    assert_sound(extract_text(text))


@_settings
@given(wild_texts)
def test_arbitrary_unicode_never_crashes(kiwi: object, text: str) -> None:
    assert_sound(extract_text(text))


_HTML_PIECES = [*_PIECES, "<p>", "</p>", "<div>", "<br>", "<script>", "</script>", "<meta"]


@_settings
@given(st.lists(st.sampled_from(_HTML_PIECES), max_size=50).map("".join))
def test_html_like_input_never_crashes(kiwi: object, html: str) -> None:
    assert_sound(extract_html(html))


@_settings
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_an_article_or_a_clean_error(kiwi: object, data: bytes) -> None:
    assert_article_or_clean_error(data)


def assert_article_or_clean_error(data: bytes) -> None:
    """Bytes give a sound article or one clean one-line error (shared with the slow fuzz run)."""
    try:
        article = extract_bytes(data)
    except ExtractError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert_sound(article)
