"""The input shapes that once made the extractor superlinear (issue 15), at a modest size.

Only the output is checked here — what it finds and that it is sound; how time grows with
the size is measured by bench/scaling.py, never asserted in a test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor import Article, extract_bytes, extract_html, extract_text
from extractor.analysis import MAX_LINE_CHARS, line_pieces
from tests.test_properties import assert_sound

_BUDGET = "한빛시는 1일 청년 일자리 사업에 예산 3억5천만원을 편성했다고 밝혔다."
_QUOTE = '김도윤 한빛시장은 "청년이 머무는 도시를 만들겠다"고 강조했다.'
_ANSWER = "―올해 목표는 무엇인가. “현장에서 답을 찾는 것이다”라고 박지영 대표는 말했다."


def _one_line(sentence: str, count: int) -> str:
    return " ".join([sentence] * count)


# (input, how to extract it, what the article must show)
SHAPES: list[tuple[str, Callable[[str], Article], Callable[[Article], bool]]] = [
    (
        "서울시는 예산을" + " " * 3_000 + "편성했다.",
        extract_text,
        lambda a: a.text.startswith("서울시는 예산을") and a.text.endswith("편성했다."),
    ),
    (
        _one_line(_BUDGET, 60),
        extract_text,
        lambda a: len(a.budgets) == 60 and all(b.amount == 350_000_000 for b in a.budgets),
    ),
    (
        f"<html><body><p>{_one_line(_QUOTE, 40)}</p></body></html>",
        extract_html,
        lambda a: len(a.quotes) == 40 and all(q.speakers == ["김도윤"] for q in a.quotes),
    ),
    (
        _one_line(_ANSWER, 60),
        extract_text,
        lambda a: len(a.quotes) == 60 and all(q.speakers == ["박지영"] for q in a.quotes),
    ),
    ("이름 기자 " * 500, extract_text, lambda a: not a.quotes and not a.budgets),
    ("“좋다” " * 500, extract_text, lambda a: a.text == ("“좋다” " * 500).strip()),  # no verb: no quotes
    (
        "<!-- c -->" * 40 + f"<h1>청년 일자리 확대</h1><p>{_BUDGET}</p>",
        lambda page: extract_bytes(page.encode("utf-8")),
        lambda a: (
            a.source.format == "html" and a.metadata.headline == "청년 일자리 확대" and len(a.budgets) == 1
        ),
    ),
    (
        "<!-- c -->" * 40 + "\n" + _BUDGET,
        lambda page: extract_bytes(page.encode("utf-8")),
        lambda a: len(a.budgets) == 1,
    ),
    (
        "<p>" + "".join(f"&#{ord(c)};" for c in _one_line(_BUDGET, 30)) + "</p>",
        extract_html,
        lambda a: a.text == _one_line(_BUDGET, 30) and len(a.budgets) == 30,
    ),
    (
        "한빛시, 청년 일자리 확대\n\n" + "\n".join([_BUDGET, _QUOTE] * 150),
        lambda page: extract_bytes(page.encode("utf-8")),
        lambda a: len(a.budgets) == 150 and len(a.quotes) == 300,  # 밝혔다 and 강조했다: 2 a pair
    ),
    (
        f"{_BUDGET} 문의는 {'a' * 80}@example.com 으로.",
        extract_text,
        lambda a: len(a.budgets) == 1,
    ),
]


@pytest.mark.parametrize(("page", "extract", "expected"), SHAPES, ids=[s[0][:40] for s in SHAPES])
def test_long_shape_is_extracted_soundly(
    kiwi: object, page: str, extract: Callable[[str], Article], expected: Callable[[Article], bool]
) -> None:
    article = extract(page)
    assert_sound(article)
    assert expected(article)


LONG_LINE = _one_line(_BUDGET, 400)  # ~22,000 characters: analysed in pieces


def test_a_long_line_is_analysed_in_pieces_that_cover_it() -> None:
    pieces = list(line_pieces(LONG_LINE, 0, len(LONG_LINE)))
    assert len(LONG_LINE) > MAX_LINE_CHARS and len(pieces) > 1
    assert all(LONG_LINE[end - 1] == "." for _, end in pieces)  # cut at sentence ends
    covered = " ".join(LONG_LINE[s:e] for s, e in pieces)
    assert covered == LONG_LINE


def test_a_long_line_gives_what_its_sentences_give_alone(kiwi: object) -> None:
    article = extract_text(LONG_LINE)
    assert_sound(article)
    assert len(article.budgets) == 400
    assert {b.text for b in article.budgets} == {b.text for b in extract_text(_BUDGET).budgets}
