"""Task lists: items, headings, declared counts and count warnings (extractor/lists/task_lists.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.analysis import Document, Region
from extractor.lists.task_lists import extract_task_lists

DocOf = Callable[[str], Document]


def _ids(cases: list[Any]) -> list[str | None]:
    """The text as the id; pytest.param rows carry their own."""
    return [c[0] if isinstance(c, tuple) else None for c in cases]


def _xfail(text: str, expected: object, reason: str) -> Any:
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason), id=text)


ITEM_CASES: list[Any] = [
    # the last item ends before a predicate of intention (…를 중점적으로 건의할 예정이다)
    (
        "신규사업으로 △역사공원 조성 △유화시설 설치 △재해위험지구 정비를 중점적으로 건의할 예정이다.",
        [["역사공원 조성", "유화시설 설치", "재해위험지구 정비"]],
    ),
    ("시는 △공원 조성 △도로 확장을 추진할 계획이다.", [["공원 조성", "도로 확장"]]),
    (
        "군은 3대 중점과제로 ▲청년 일자리 창출 ▲관광 기반 확충 ▲농업 경쟁력 강화를 선정했다.",
        [["청년 일자리 창출", "관광 기반 확충", "농업 경쟁력 강화"]],
    ),
    ("협력 분야는 ▲교육 ▲문화 ▲관광 등이다.", [["교육", "문화", "관광"]]),
    # ▷ opens items inside a sentence that leads into them; a figure after it is the item's own
    (
        "올해 선정된 주요 사업은 ▷누리천 정비사업 40억 ▷가람 체육관 건립 25억 등이다.",
        [["누리천 정비사업 40억", "가람 체육관 건립 25억"]],
    ),
    (
        "주총 안건은 ▷임시의장 선임 ▷12% 자사주 소각 ▷현금배당이다.",
        [["임시의장 선임", "12% 자사주 소각", "현금배당"]],
    ),
    # ▷ as a contact or link arrow is no list
    ("■ 제보하기\n▷ 전화 : 02-123-4567\n▷ 이메일 : jebo@nuri.kr\n▷ 홈페이지 : www.nuri.kr", []),
    ("기사검색▷이메일: jebo@nuri.kr▷홈페이지: www.nuri.kr", []),
    # ㅇ opens sub-items of a government press release's □ paragraph
    (
        "□ 3대 과제를 추진한다.\n ㅇ 청년 채용 지원\n ㅇ 창업공간 조성\n",
        [["청년 채용 지원", "창업공간 조성"]],
    ),
    # an item with its own "etc." inside: the last 등 starts the glue
    (
        "행동요령은 ●물 마시기 ●두통 등 이상 증상 시 휴식 등이다.",
        [["물 마시기", "두통 등 이상 증상 시 휴식"]],
    ),
    (
        "세부 과제로는 ■공공 와이파이 확대 ■무인 민원기 설치로 확정했다.",
        [["공공 와이파이 확대", "무인 민원기 설치"]],
    ),
    (
        "두 기관은 ▲인력 교류 ▲공동 연구 ▲장비 공유 등을 함께 추진하기로 했다.",
        [["인력 교류", "공동 연구", "장비 공유"]],
    ),
    (
        "협약에 따라 양 기관은 ①지역 인재 양성 ②공동 연구 ③시설 개방 등에 협력한다.",
        [["지역 인재 양성", "공동 연구", "시설 개방"]],
    ),
    (
        "신고 유형은 △교통사고 1200건 △화재 300건 △기타 50건 등으로 나타났다.",
        [["교통사고 1200건", "화재 300건", "기타 50건"]],
    ),
    (
        '김 대표는 "올해는 ▲신규 채용 확대 ▲해외 진출을 추진하겠다"고 말했다.',
        [["신규 채용 확대", "해외 진출"]],
    ),
    (
        "주요 내용은 ▲AI·데이터 기반 행정 ▲탄소중립 도시(Net-Zero) 조성이다. 시는 곧 착수한다.",
        [["AI·데이터 기반 행정", "탄소중립 도시(Net-Zero) 조성"]],
    ),
    (
        "주요 지원 내용은 다음과 같다.\n1. 창업기업 임대료 감면\n2. 시제품 제작비 지원\n3. 판로 개척 컨설팅",
        [["창업기업 임대료 감면", "시제품 제작비 지원", "판로 개척 컨설팅"]],
    ),
    (
        "정비 대상은 다음과 같다.\n가. 도로 정비\n나. 하천 정비\n다. 공원 조성",
        [["도로 정비", "하천 정비", "공원 조성"]],
    ),
    (
        "행사는 사흘간 열린다.\n[주요 일정]\n- 10일 개막식\n- 11일 학술대회",
        [["10일 개막식", "11일 학술대회"]],
    ),
    (
        "주요 내용은 다음과 같다.\n▲ 청년 주거 지원\n▲ 신혼부부 대출 확대",
        [["청년 주거 지원", "신혼부부 대출 확대"]],
    ),
    (
        "시는 ▲교통 ▲환경 분야를 먼저 정비한다. 이어 ▲복지 ▲교육 분야를 손본다.",
        [["교통", "환경 분야"], ["복지", "교육 분야"]],
    ),
    ("매출은 전년 대비 ▲12.5% 늘었고 영업이익은 △3.1%p 줄었다.", []),
    ("▲ 김철수 신임 원장. ⓒ뉴스통신\n김철수 신임 원장은 취임사에서 포부를 밝혔다.", []),
    ("시는 ▲만 표시된 안내판을 교체했다.", []),
    # an irregular verb stem (꼽/VV-R) closes the list too
    (
        "대변인은 주요 의제로 ▲공급망 협력 강화 ▲청소년 교류 확대 ▲수산물 규제 문제를 꼽았다.",
        [["공급망 협력 강화", "청소년 교류 확대", "수산물 규제 문제"]],
    ),
    # an oblique argument between the last item's object particle and the verb is glue
    (
        "예결특위는 ①행사 예산의 성과평가 ②보조금 정산 결과 보고 "
        "③주민숙원사업 예산의 균형 배분을 집행부에 요구했다.",
        [["행사 예산의 성과평가", "보조금 정산 결과 보고", "주민숙원사업 예산의 균형 배분"]],
    ),
    ("경찰은 김○○ 씨와 이○○ 씨를 □□동에서 조사했다.", []),
    ("(사진 왼쪽부터) ▲김철수 ▲이영희 ▲박민수 위원.", []),
    (
        "시는 ▲청년 창업 지원 ▲소상공인 금융 지원을 추진하고, 구는 별도 예산을 세운다.",
        [["청년 창업 지원", "소상공인 금융 지원"]],
    ),
    (
        "시는 ▲노후 시설 개선을 통해 안전 확보 ▲소상공인 금융 지원을 제시했다.",
        [["노후 시설 개선을 통해 안전 확보", "소상공인 금융 지원"]],
    ),
    ("삼성전자는 7만원(▲1,200원), 현대차는 20만원(▲3,000원)에 마감했다.", []),
    (
        "시는 새 계획을 내놨다.\n"
        "□ 시는 10일 시청에서 미래차 산업 육성을 위한 종합계획을 발표하고 추진에 나선다고 밝혔다.\n"
        "□ 이번 계획은 2030년까지 부품기업 100곳을 미래차 기업으로 바꾸는 내용을 담고 있으며 "
        "예산도 들어간다.",
        [],
    ),
    (
        "시는 다음 사업을 추진한다.\n▲ 청년 주거 지원\n▲ 신혼부부 대출 확대이다.",
        [["청년 주거 지원", "신혼부부 대출 확대"]],
    ),
    (
        "주요 과제는 1) 교통 개선 2) 주차장 확충 3) 보행로 정비이다.",
        [["교통 개선", "주차장 확충", "보행로 정비"]],
    ),
    ("제1조(1) 항과 A1) 항목, 3) 주석을 보라.", []),
    (  # press-release bullets written as sentences are prose, not an enumeration
        "시는 올해 예산을 확정했다.\n"
        "○ 세입은 지방세 300억 원과 세외수입 40억 원이다.\n"
        "○ 이 중 지방세는 지난해보다 20억 원 늘었다.",
        [],
    ),
    (  # the same bullets run together on one line
        "시는 올해 예산을 확정했다. ○ 세입은 지방세 300억 원과 세외수입 40억 원이다. "
        "○ 이 중 지방세는 지난해보다 20억 원 늘었다.",
        [],
    ),
    (  # a bullet that announces the next list ("… 다음과 같다.") is its heading, not an item
        "구는 정비 계획을 세웠다.\n"
        "□ 우선 정비 구간은 주민 의견을 받아 정했다.\n"
        "□ 올해 정비 대상은 다음과 같다.\n"
        " - 하천 산책로 2곳\n"
        " - 노후 육교 3곳",
        [["하천 산책로 2곳", "노후 육교 3곳"]],
    ),
    (  # noun-phrase bullets, then one announcing the next list: the noun phrases stay a list
        "군은 사업을 추진한다.\n○ 마을 안길 포장\n○ 배수로 정비\n○ 추가 지원 대상은 다음과 같다.\n"
        "- 경로당 12곳\n- 마을회관 8곳",
        [["마을 안길 포장", "배수로 정비"], ["경로당 12곳", "마을회관 8곳"]],
    ),
    (  # an entry that is a noun ending in 다 is no finished sentence
        "캠페인 구호는 다음과 같다.\n- 맑은 바다\n- 푸른 하늘",
        [["맑은 바다", "푸른 하늘"]],
    ),
    # 과/와 joining an item to the next mark is the sentence's, not the item's
    (
        "군은 △공원 조성(총 30억 중 국비 5억 반영)과 △마을 정비(총 40억 중 국비 8억 반영), "
        "△하천 정비 등에 필요한 예산을 확보했다.",
        [["공원 조성(총 30억 중 국비 5억 반영)", "마을 정비(총 40억 중 국비 8억 반영)", "하천 정비"]],
    ),
    ("시는 △도서관 건립과 △공원 조성을 추진한다.", [["도서관 건립", "공원 조성"]]),
    ("주요 내용은 ▲교육 성과 ▲연구 결과이다.", [["교육 성과", "연구 결과"]]),
    # a full stop with no space after it still ends the list's sentence
    (
        "대상 사업은 △마을 정비 △하천 정비 등 2개 사업이다.특히 마을 정비는 "
        "국비 10억원과 도비 5억원 등 총 15억원이 든다.",
        [["마을 정비", "하천 정비"]],
    ),
    # the last item is the subject of a clause that goes on: it ends at its subject particle
    (
        "시는 △도서관 건립을 위한 설계비 5억 원과 △공원 조성 실시설계비 10억 원이 확보돼 "
        "사업 추진에 대한 기대를 키우고 있다.",
        [["도서관 건립을 위한 설계비 5억 원", "공원 조성 실시설계비 10억 원"]],
    ),
    (
        "시는 ▲청년이 돌아오는 마을 ▲노인이 행복한 도시를 만든다.",
        [["청년이 돌아오는 마을", "노인이 행복한 도시"]],
    ),
    # a first item written without its mark: it has the shape of the marked ones (a bracketed sum)
    (
        "주요 신규 사업으로는 도서관 건립(20억) △공원 조성(15억) △하천 정비(8억)이 해당된다.",
        [["도서관 건립(20억)", "공원 조성(15억)", "하천 정비(8억)"]],
    ),
    (
        "협력 분야로는 문화 교류 확대 △교육 △관광 등이 있다.",
        [["교육", "관광"]],
    ),
    _xfail(
        "시는 올해 예산을 확정했다.\n○ 세입은 지방세 300억 원이다\n○ 이 중 지방세가 20억 원 늘었다",
        [],
        "sentence bullets without a full stop are not told from noun-phrase entries",
    ),
    _xfail(
        "첫째, 교통을 개선한다. 둘째, 주차장을 늘린다.",
        [["교통을 개선한다", "주차장을 늘린다"]],
        "lists enumerated by words (첫째, 둘째) are not read",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_CASES, ids=_ids(ITEM_CASES))
def test_list_items(doc_of: DocOf, text: str, expected: list[list[str]]) -> None:
    doc = doc_of(text)
    lists, _ = extract_task_lists(doc)
    assert [[item.text for item in task_list.items] for task_list in lists] == expected
    for task_list in lists:
        for item in task_list.items:
            assert doc.text[item.start : item.end] == item.text


HEADING_CASES: list[Any] = [
    ("군은 3대 중점과제로 ▲청년 일자리 ▲관광 기반을 선정했다.", ["3대 중점과제"]),
    ("주요 협력 사항으로는 ▲교육 ▲문화 ▲관광이다.", ["주요 협력 사항"]),
    ("사고 현황은 △교통 1200건 △화재 300건이다.", ["사고 현황"]),
    ("유형별로 분석한 결과 △교통 1200건 △화재 300건 등으로 나타났다.", [None]),
    ("두 기관은 ▲인력 교류 ▲공동 연구를 추진한다.", [None]),
    ("협력 분야: ▲교육 ▲문화 ▲관광", ["협력 분야"]),
    (
        "주요 신규 사업으로는 도서관 건립(20억) △공원 조성(15억) △하천 정비(8억)이 해당된다.",
        ["주요 신규 사업"],
    ),
    ("시는 정책을 발표했다. 주요 추진 과제는 다음과 같다.\n▲공연장 확충 ▲예술인 지원", ["주요 추진 과제"]),
    ("주요 지원 내용은 다음과 같다.\n1. 임대료 감면\n2. 제작비 지원", ["주요 지원 내용"]),
    ("행사는 사흘간 열린다.\n[주요 일정]\n- 10일 개막식\n- 11일 학술대회", ["주요 일정"]),
    (
        "구는 계획을 세웠다.\n□ 우선 구간은 주민 의견으로 정했다.\n□ 올해 정비 대상은 다음과 같다.\n"
        " - 하천 산책로 2곳\n - 노후 육교 3곳",
        ["올해 정비 대상"],
    ),
]


@pytest.mark.parametrize(("text", "headings"), HEADING_CASES, ids=_ids(HEADING_CASES))
def test_list_heading(doc_of: DocOf, text: str, headings: list[str | None]) -> None:
    lists, _ = extract_task_lists(doc_of(text))
    assert [task_list.heading for task_list in lists] == headings


COUNT_CASES: list[Any] = [
    ("4대 전략으로 ▲가 ▲나 ▲다 ▲라를 제시했다.", [4], []),
    (
        "5대 핵심 과제는 ▲탄소중립 ▲디지털 전환 ▲인구 대응 등이다.",
        [5],
        ["declared 5 items under '5대 핵심 과제', found 3"],
    ),
    ("3가지 원칙은 ▲공정 ▲투명 ▲책임이다.", [3], []),
    ("세 가지 원칙은 ▲공정 ▲투명이다.", [3], ["declared 3 items under '세 가지 원칙', found 2"]),
    ("주요 내용은 ▲교육 ▲문화이다.", [None], []),
]


@pytest.mark.parametrize(("text", "counts", "warnings"), COUNT_CASES, ids=_ids(COUNT_CASES))
def test_declared_count_and_warning(
    doc_of: DocOf, text: str, counts: list[int | None], warnings: list[str]
) -> None:
    lists, found_warnings = extract_task_lists(doc_of(text))
    assert [task_list.declared_count for task_list in lists] == counts
    assert found_warnings == warnings


def test_summary_lines_under_the_headline_are_not_a_list(doc_of: DocOf) -> None:
    text = "시, 미래차 육성 계획 발표\n- 부품 클러스터 조성\n- 인재 1000명 양성\n시는 10일 계획을 발표했다."
    assert extract_task_lists(doc_of(text)) == ([], [])


def test_a_subheading_region_is_never_a_list(doc_of: DocOf) -> None:
    text = "시는 10일 계획을 발표했다.\n- 부품 클러스터 조성\n- 인재 1000명 양성"
    doc = doc_of(text)
    start = text.index("-")
    doc.regions = [Region("body", 0, start), Region("subheading", start, len(text))]
    assert extract_task_lists(doc) == ([], [])


def test_caption_lines_are_never_a_list(doc_of: DocOf) -> None:
    text = "시장은 10일 현장을 찾았다.\n▲ 현장을 둘러보는 시장 (사진=시청)\n▲ 간담회 모습 (사진=시청)"
    assert extract_task_lists(doc_of(text)) == ([], [])


# fmt: off
PIECES = [  # fragments that combine into realistic and broken input
    "▲", "△", "①", "1.", "가.", "교육", "확대", "을", "제시했다",
    ".", "등", "이다", '"', "4대", "과제로", "- ", "\n", " ",
]
# fmt: on


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_items_always_round_trip_and_are_trimmed(doc_of: DocOf, pieces: list[str]) -> None:
    doc = doc_of("".join(pieces))
    lists, _ = extract_task_lists(doc)
    for task_list in lists:
        assert len(task_list.items) >= 2
        for item in task_list.items:
            assert item.text and item.text == item.text.strip()
            assert doc.text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "unit", ["▲", "▲가 ", "1", "1. 가\n", "1) 가 ", "(1)", "과제로 ▲가 ▲나. "], ids=lambda u: f"1 MB of {u!r}"
)
def test_a_megabyte_line_finishes(unit: str) -> None:
    # No timing assertion; the document has no tokens so Kiwi's own cost is not measured.
    text = unit * (1_000_000 // len(unit))
    extract_task_lists(Document(text=text))


@pytest.mark.parametrize(
    "text",
    [
        "▲가" + "," * 1_000_000 + "▲나",
        "주요 내용" + " " * 1_000_000 + "은 ▲가 ▲나",
        "- 가\n" + "- " * 500_000,
    ],
    ids=["separators between marks", "spaces before the heading", "dashes"],
)
def test_a_megabyte_of_separators_finishes(text: str) -> None:
    extract_task_lists(Document(text=text))
