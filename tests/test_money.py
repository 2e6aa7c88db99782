"""Budgets: every amount of money with its label and period (extractor/money/budgets.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.analysis import Document
from extractor.money.budgets import extract_budgets

DocOf = Callable[[str], Document]


def _ids(cases: list[Any]) -> list[str | None]:
    """The sentence as the id; pytest.param rows carry their own."""
    return [c[0] if isinstance(c, tuple) else None for c in cases]


def _xfail(sentence: str, expected: object, reason: str) -> Any:
    return pytest.param(sentence, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=sentence)


TEXT_CASES: list[Any] = [
    (
        "도는 국비 120억원과 도비 80억원을 확보했다.",
        [("국비 120억원", 12_000_000_000), ("도비 80억원", 8_000_000_000)],
    ),
    ("이 사업에는 총사업비 2조원이 들어간다.", [("총사업비 2조원", 2_000_000_000_000)]),
    # a vague amount names no sum
    ("일당은 수십억원을 가로챘고 피해액은 41억원이다.", [("41억원", 4_100_000_000)]),
    ("시는 모두 45억 원의 예산을 세웠다.", [("모두 45억 원", 4_500_000_000)]),
    ("회사는 매출 3조 2000억 원을 올렸다.", [("매출 3조 2000억 원", 3_200_000_000_000)]),
    ("같은 금액인 10억원을 올해도 10억원 지원한다.", [("10억원", 1_000_000_000), ("10억원", 1_000_000_000)]),
    ("군은 군비 5억 원을 들여 경로당을 고친다.", [("군비 5억 원", 500_000_000)]),
    ("참가 기업 30개사와 관람객 2만명이 모였다.", []),
    # Won is often left out after 억/만 when the label before the sum is a money word
    ("군은 국비 3억 5000만을 들여 경로당을 고친다.", [("국비 3억 5000만", 350_000_000)]),
    ("이 회사는 지난해 매출 80억을 올렸다.", [("매출 80억", 8_000_000_000)]),
    (
        "올해 특별교부세 5억과 보통교부세 10억이 내려왔다.",
        [("특별교부세 5억", 500_000_000), ("보통교부세 10억", 1_000_000_000)],
    ),
    (
        "군은 △공원 조성(총 사업비 30억 중 국비 5억 반영)과 △마을 정비(총 40억 중 국비 8억 반영)를 확보했다.",
        [
            ("사업비 30억", 3_000_000_000),
            ("국비 5억", 500_000_000),
            ("총 40억", 4_000_000_000),
            ("국비 8억", 800_000_000),
        ],
    ),
    (
        "구는 국비 3억과 시비 2억 등 총 5억을 들인다.",
        [("국비 3억", 300_000_000), ("시비 2억", 200_000_000), ("총 5억", 500_000_000)],
    ),
    # … or when it closes a parenthesis after a project in a sentence about funding
    (
        "도는 신규 국비 사업으로 △숲체험관 조성(12억) △주차장 신축( 9억) 등을 확보했다.",
        [("12억", 1_200_000_000), ("9억", 900_000_000)],
    ),
    (
        "시에는 20억 원이 배정돼 △체육관 보수(15억) △도로 포장(5억)이 추진된다.",
        [("20억 원", 2_000_000_000), ("15억", 1_500_000_000), ("5억", 500_000_000)],
    ),
    # … or when a verb of spending takes it (투입, 확보, 들이다), from 1억 up
    ("군은 20억을 투입해 도로를 넓힌다.", [("20억", 2_000_000_000)]),
    ("구는 3억을 들여 공원을 고친다.", [("3억", 300_000_000)]),
    ("시는 5억 투입 계획을 밝혔다.", [("5억", 500_000_000)]),
    ("경찰 3만을 투입했다.", []),
    # … or when it closes an entry of a list about funding
    (
        "도는 국비 사업으로 △공원 조성 12억 △주차장 신축 9억 등을 확보했다.",
        [("12억", 1_200_000_000), ("9억", 900_000_000)],
    ),
    ("주요 시장은 △중국 14억 △인도 14억 등이다.", []),
    # ▷ entries too, when a paragraph or two above says what the sums fund
    (
        "군은 공모 사업 30건에 선정돼 국비 120억원을 확보했다.\n\n군은 전략적으로 대응해왔다.\n\n"
        "주요 사업은 ▷누리천 정비사업 40억 ▷가람 체육관 건립 25억 등이다.",
        [("국비 120억원", 12_000_000_000), ("40억", 4_000_000_000), ("25억", 2_500_000_000)],
    ),
    ("인구 대국을 살펴봤다.\n\n주요 시장은 ▷중국 14억 ▷인도 14억 등이다.", []),
    # counts and figures with no money around them are no sums
    ("이 게임은 누적 이용자 1억을 돌파했다.", []),
    ("중국(14억)과 인도(14억)는 인구 대국이다.", []),
    ("이 영상은 조회수 1억을 넘겼다.", []),
    ("올해 해외투자 3만 건이 신고됐다.", []),
    ("도 예산 사업으로 △나무 심기(5만 그루) △숲길 조성(3만㎡)을 펼친다.", []),
    ("군은 국비 사업으로 △청년 주택(1만) 공급을 늘린다.", []),  # 만 alone in brackets: a count as often
    ("국비 지원을 받는 가구는 총 3만 중 1만이다.", []),
    # crawled text loses its line breaks: an amount glued to the sentence before it
    ("회사는 증설을 밝혔다.3억원을 더 투입한다.", [("3억원", 300_000_000)]),
    ("인상안이 나왔다..1만 3000원으로 오른다.", [("1만 3000원", 13_000)]),
    ("지원액은 늘었다.1,200만원이 배정됐다.", [("1,200만원", 12_000_000)]),
    ("단가는 3.5억원이다.", [("3.5억원", 350_000_000)]),
]


@pytest.mark.parametrize(("sentence", "expected"), TEXT_CASES, ids=_ids(TEXT_CASES))
def test_budget_text_and_amount(doc_of: DocOf, sentence: str, expected: list[tuple[str, int]]) -> None:
    doc = doc_of(sentence)
    budgets = extract_budgets(doc)
    assert [(b.text, b.amount) for b in budgets] == expected
    assert all(doc.text[b.start : b.end] == b.text for b in budgets)


LABEL_CASES: list[Any] = [
    ("도는 국비 120억원과 도비 80억원을 확보했다.", ["국비", "도비"]),
    ("시는 총 63억 원의 사업비를 투입한다.", ["사업비"]),
    ("올해 50억 달러 규모의 투자를 유치했다.", ["투자"]),
    ("상반기에만 30억 달러가 넘는 투자 유치를 기록했다.", ["투자 유치"]),
    ("주차장 조성에 12억 원을 쓴다.", ["주차장 조성"]),
    ("대학은 발전기금으로 200억원을 모은다.", ["발전기금"]),
    ("올해 대미 수출액은 900억달러(약 120조원)에 이른다.", ["대미 수출액", "대미 수출액"]),
    ("그는 한국에 10억 달러를 추가 투자하겠다고 말했다.", ["추가 투자"]),
    ("전기차 충전소 8억 원과 공원 4억 원이 포함됐다.", ["전기차 충전소", "공원"]),
    ("이 가운데 복지 예산은 3천억~5천억원이다.", ["복지 예산", "복지 예산"]),
    ("사흘 동안 20억 달러를 모았다.", [None]),
    ("시는 1인당 월 30만원씩 지원한다.", [None]),
    ("시는 3억6000만원을 배정했다.", [None]),
    ("학교는 500억원을 모으고 있다.", [None]),
    (
        "도는 신규 국비 사업으로 △숲체험관 조성(12억) △주차장 신축( 9억) 등을 확보했다.",
        ["숲체험관 조성", "주차장 신축"],
    ),
    ("시는 공원 조성(20억원)과 도로 포장(5억원)을 마쳤다.", ["공원 조성", "도로 포장"]),
    ("군은 국비 3억 5000만을 들여 경로당을 고친다.", ["국비"]),
    _xfail(
        "재단은 기금 모금을 시작해 첫해 100억원을 모았다.",
        ["기금"],
        "a label carried over from an earlier clause is not resolved",
    ),
]


@pytest.mark.parametrize(("sentence", "labels"), LABEL_CASES, ids=_ids(LABEL_CASES))
def test_budget_label(doc_of: DocOf, sentence: str, labels: list[str | None]) -> None:
    assert [b.label for b in extract_budgets(doc_of(sentence))] == labels


PERIOD_CASES: list[Any] = [
    ("시는 2022년부터 2030년까지 총사업비 7조원을 투입한다.", ["2022-2030"]),
    ("2023~2024년 투자액은 500억달러였다.", ["2023-2024"]),
    ("2017년부터 8년간 투자액은 1600억달러다.", ["2017-2024"]),
    ("2026년 예산은 3조원이다.", ["2026"]),
    ("올해 예산은 3조원이다.", [None]),
]


@pytest.mark.parametrize(("sentence", "periods"), PERIOD_CASES, ids=_ids(PERIOD_CASES))
def test_budget_period(doc_of: DocOf, sentence: str, periods: list[str | None]) -> None:
    assert [b.period for b in extract_budgets(doc_of(sentence))] == periods


QUALIFIER_CASES: list[Any] = [
    ("우리 돈으로 약 7조 9000억 원이다.", ["약"]),
    ("최대 500억원을 지원한다.", ["최대"]),
    ("사업비는 100억원 가량이다.", ["가량"]),
    ("국비 100억원을 받았다.", [None]),
]


@pytest.mark.parametrize(("sentence", "qualifiers"), QUALIFIER_CASES, ids=_ids(QUALIFIER_CASES))
def test_budget_qualifier(doc_of: DocOf, sentence: str, qualifiers: list[str | None]) -> None:
    assert [b.qualifier for b in extract_budgets(doc_of(sentence))] == qualifiers


def test_range_ends_are_linked(doc_of: DocOf) -> None:
    low, high = extract_budgets(doc_of("복구비는 3천억~5천억원으로 추산된다."))
    assert (low.amount, high.amount) == (300_000_000_000, 500_000_000_000)
    assert low.range_id == high.range_id is not None
    assert low.currency == high.currency == "KRW"


# fmt: off
WORDS = [  # fragments that combine into realistic and broken input
    "국비", "총", "약", "예산", "3억", "5천만", "원", "달러",
    "~", "(", ")", "에", "을", "▲", "2024년", "1,200", " ",
]
# fmt: on


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_spans_always_round_trip(doc_of: DocOf, words: list[str]) -> None:
    doc = doc_of("".join(words))
    for budget in extract_budgets(doc):
        assert doc.text[budget.start : budget.end] == budget.text


@pytest.mark.parametrize(
    "unit",
    [
        "9",
        "▲",
        "국비 3억 원을 들였다. ",
        "국비 ",
        "조성(12억) ",
        "국비 1억원 등 총 2억 ",
        "총 2억 중 국비 1억 ",
    ],
    ids=lambda u: f"1 MB of {u!r}",
)
def test_a_megabyte_line_finishes(unit: str) -> None:
    # No timing assertion; the document has no tokens so Kiwi's own cost is not measured.
    text = unit * (1_000_000 // len(unit))
    extract_budgets(Document(text=text))
