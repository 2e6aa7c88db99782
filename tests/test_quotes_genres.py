"""Quotes and speakers in quote-heavy genres (issue 14): sports, entertainment, court,
broadcast transcripts, wire and international news. Sentences written for these tests;
people and organisations built by hand as in tests/test_quotes.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document
from extractor.quotes import extract_quotes
from extractor.soundbites import find_soundbites
from tests.test_quotes import Case, _build, _case_id

CASES = [
    # marks: the prime ″ (U+2033) is a double mark
    Case(
        "한솔시는 ″예산을 아껴 쓰겠다″고 밝혔다.",
        [("direct", "예산을 아껴 쓰겠다", ["한솔시"])],
        orgs={"한솔시": ["한솔시"]},
    ),
    Case(
        "도하준 장관은 ″물가부터 잡겠다″며 ″세금은 올리지 않겠다″라고 말했다.",
        [("direct", "물가부터 잡겠다", ["도하준"]), ("direct", "세금은 올리지 않겠다", ["도하준"])],
        people={"도하준": ["도하준"]},
    ),
    # broadcast sound bites without marks
    Case(
        "[앵커]\n국정감사 소식입니다.\n[기자]\n질의가 이어졌습니다.\n"
        "[여민재/한빛당 의원 (12일) : 예산이 왜 이렇게 늘었습니까?]\n"
        "[차소윤/국토부 장관 : 사업이 늘어서 그렇습니다.]",
        [
            ("direct", "예산이 왜 이렇게 늘었습니까?", ["여민재"]),
            ("direct", "사업이 늘어서 그렇습니다.", ["차소윤"]),
        ],
        people={"여민재": ["여민재"], "차소윤": ["차소윤"]},
    ),
    Case(
        "주민들은 밤새 잠을 못 잤습니다.\n▶ 인터뷰 : 남궁별 / 주민 - 물이 허리까지 찼어요.\n",
        [("direct", "물이 허리까지 찼어요.", ["남궁별"])],
        people={"남궁별": ["남궁별"]},
    ),
    Case(
        "대책이 나왔습니다.\n<인터뷰> 표지율 / 시청 과장\n다음 주부터 복구를 시작합니다.\n",
        [("direct", "다음 주부터 복구를 시작합니다.", ["표지율"])],
        people={"표지율": ["표지율"]},
    ),
    Case(
        "현장 분위기는 달랐습니다.\n‹녹취›\n정말 무서웠어요.\n",
        [("direct", "정말 무서웠어요.", [])],
    ),
    Case(
        # a bite's words are not a reported clause of the narration
        "[윤다래/한빛당 의원 : 계획이 바뀌었다고 들었습니다.]\n장관은 답하지 않았습니다.",
        [("direct", "계획이 바뀌었다고 들었습니다.", ["윤다래"])],
        people={"윤다래": ["윤다래"]},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_genre_quotes(case: Case, doc_of: Callable[[str], Document]) -> None:
    people, orgs = _build(case)
    doc = doc_of(case.text)
    quotes = extract_quotes(doc, people, orgs)
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
    got = sorted((q.kind, q.text, sorted(q.speakers)) for q in quotes)
    assert got == sorted((kind, text, sorted(speakers)) for kind, text, speakers in case.want)


# Lines that look like a tag but carry no sound bite.
NOT_BITES = [
    "인터뷰\n본문이 이어집니다.",
    "[사진/한빛일보]",
    "[서울=한빛뉴스] 김하늘 기자 = 시는 1일 밝혔다.",
    '▶ 인터뷰 : 홍길동 / 의원 - "예산이 부족합니다"',
]


@pytest.mark.parametrize("text", NOT_BITES, ids=lambda t: t[:40])
def test_not_a_soundbite(text: str) -> None:
    assert find_soundbites(text) == []
