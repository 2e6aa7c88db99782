"""Speakers the people pass missed become people (extractor/entities/speaker_people.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document
from extractor.entities.speaker_people import speaker_people
from schemas import Organization, Quote

DocOf = Callable[[str], Document]

# (text, the speaker the speech pass gave a quote, expected (name, title) or None when no person is added)
CASES = [
    ("이날 박서진은 “끝까지 뛰겠다”고 말했다.", "박서진", ("박서진", None)),
    ("박서진 교수는 “교재를 쓰고 있다”고 말했다.", "박서진", ("박서진", "교수")),
    # a generic body or a business group reads like surname + name but is no person
    ("정부는 “엄정 대응하겠다”고 밝혔다.", "정부", None),
    ("두산은 “수소 사업을 키운다”고 밝혔다.", "두산", None),
    # a rare "surname" opens a firm or a character more often than a name
    ("호암은 “사업보국”을 강조했다.", "호암", None),
    # a speaker the organisations already list stays an organisation
    ("한빛상사는 “수출을 늘린다”고 밝혔다.", "한빛상사", None),
    # a speaker that is not a Korean-looking name
    ("애플은 “새 기기를 낸다”고 밝혔다.", "애플", None),
]


@pytest.mark.parametrize(("text", "speaker", "expected"), CASES, ids=[c[0] for c in CASES])
def test_speaker_becomes_person(
    doc_of: DocOf, text: str, speaker: str, expected: tuple[str, str | None] | None
) -> None:
    doc = doc_of(text)
    quote = Quote(start=0, end=1, text=text[:1], speakers=[speaker])
    orgs = [Organization(name="한빛상사")]
    added = speaker_people(doc, [], orgs, [quote])
    assert [(p.name, p.title) for p in added] == ([expected] if expected else [])
    for person in added:
        assert person.mentions
        assert all(doc.text[m.start : m.end] == m.text for m in person.mentions)
