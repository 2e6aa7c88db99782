"""Organisations and people's bodies that sports, business and wire stories name without a body's
ending: case tables of invented sentences (helper orgs4's rules)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document
from extractor.entities.organizations import extract_organizations
from extractor.entities.people import extract_people
from schemas import Metadata

from .cases import case_id

DocOf = Callable[[str], Document]


# (sentence, expected {name: sorted aliases})
ORG_CASES = [
    # a club's short form that beats, plays or is scored on in a sports story names the club
    ("프로축구 K리그1에서 포항은 대구를 3대 1로 꺾었다.", {"포항": [], "대구": []}),
    ("K리그2 선두 부산은 최하위 안양과의 원정경기에서 비겼다.", {"부산": [], "안양": []}),
    ("프로축구 개막전 후반 10분 김포의 골망이 흔들렸다.", {"김포": []}),
    ("프로야구 두산이 LG를 5-3으로 이겼다.", {"두산": [], "LG": []}),
    # no league or sport named: the places stay places
    ("대구는 부산을 3대 1로 앞섰다는 조사가 나왔다.", {}),
    # a sports story, but the place does nothing a team does
    ("프로야구 개막을 앞두고 대구 시민들이 모였다.", {}),
    # countries are no clubs
    ("프로축구 휴식기에 중국이 말레이시아를 2대 0으로 꺾었다.", {}),
]


@pytest.mark.parametrize(("text", "expected"), ORG_CASES, ids=[case_id(c) for c in ORG_CASES])
def test_organizations(doc_of: DocOf, text: str, expected: dict[str, list[str]]) -> None:
    doc = doc_of(text)
    orgs = extract_organizations(doc, extract_people(doc, Metadata()))
    for org in orgs:
        for mention in org.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    found = {frozenset([o.name, *o.aliases]) for o in orgs}
    assert found == {frozenset([name, *aliases]) for name, aliases in expected.items()}


# (sentence, person's name, the body expected as the person's organisation)
PERSON_ORG_CASES = [
    # a club's short form before "의 <name> 감독" in a sports story, the full name never written
    ("프로축구 K리그1에서 인천의 박도윤 감독이 100승을 거뒀다.", "박도윤", "인천"),
]


@pytest.mark.parametrize(
    ("text", "name", "organization"), PERSON_ORG_CASES, ids=[case_id(c) for c in PERSON_ORG_CASES]
)
def test_person_organization(doc_of: DocOf, text: str, name: str, organization: str | None) -> None:
    people = {p.name: p for p in extract_people(doc_of(text), Metadata())}
    assert people[name].organization == organization
