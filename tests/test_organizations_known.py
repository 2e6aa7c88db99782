"""Organisations named without a body's ending (wire, entertainment, sports, broadcast news), and the
words that only look like one: case tables of invented sentences."""

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
KNOWN_CASES = [
    # the world's best-known firms, written alone; a longer word that starts like one is no firm
    ("애플은 새 기기를 공개했고 엔비디아와 손잡았다.", {"애플": [], "엔비디아": []}),
    ("구글 모회사인 알파벳이 반박했다.", {"구글": [], "알파벳": []}),
    ("애플리케이션을 내려받아 애플망고 주스를 샀다.", {}),
    ("위원회는 테슬라에는 시정을 명령했다.", {"테슬라": []}),
    ("네이버는 밝혔고 넥슨은 부인했다.", {"네이버": [], "넥슨": []}),
    ("그는 카카오톡으로 연락했다.", {}),
    ("▶네이버에서 채널을 구독하세요", {}),  # a portal's subscription plug
    ("마이크로소프트·아마존 등 대형 기술 기업들이 투자했다.", {"마이크로소프트": [], "아마존": []}),
    # an outlet an agency or a club told it to, right before the quotation, after the day
    ('레이블 관계자는 3일 누리스타에 "앨범은 준비 중"이라고 밝혔다.', {"누리스타": []}),
    ("구단 관계자는 이날 오후 한빛스포츠에 “계약을 마쳤다”고 말했다.", {"한빛스포츠": []}),
    ('그는 3일 기자에 "준비 중"이라고 말했다.', {}),
    # Latin initials whose side speaks
    ("NK 측은 부인했다. 누리 측은 말을 아꼈다.", {"NK": []}),
    ("CEO 측은 답하지 않았다.", {}),
    # an outlet the speaker talked to; a person talked to is no body
    ("소속사는 누리뉴스와의 전화통화에서 부인했다.", {"누리뉴스": []}),
    ("대변인은 한빛일보와 인터뷰에서 설명했다.", {"한빛일보": []}),
    ("그는 하루야마와의 통화에서 사과했다.", {}),
    ('배우는 11일 인스타그램에 "고맙다"는 글을 올렸다.', {}),
    ("그는 누리버그 TV와의 인터뷰에서 말했다.", {}),
    # entertainment and sports outlets and foreign papers named in the story
    ("관계자는 OSEN에 이같이 밝혔다.", {"OSEN": []}),
    ("월스트리트저널과 AP통신이 보도했다.", {"월스트리트저널": [], "AP통신": []}),
    # another country's ministries listed next to one the article names
    ("팀은 재무부와 노동부, 상무부 관계자로 꾸려진다.", {"재무부": [], "노동부": [], "상무부": []}),
    ("미국 국무부와 상무부, 에너지부가 참여한다.", {"미국 국무부": [], "상무부": [], "에너지부": []}),
    ("경기 후반부와 전반부에 모두 뛰었다.", {}),
    ("국방부와 지도부는 침묵했다.", {"국방부": []}),
    # a Korean province before a word ending in 부 makes no foreign ministry
    ("그는 경기 후반부에 투입될 수 있다.", {}),
    # the word for "side" and its particle after 소속사 is no agency
    ("보도가 나가자 소속사 측이 입장을 밝혔다.", {}),
    # Latin letters and a run of particles are the body alone, never a company's name
    ('그는 "KBS에는 저력이 있다"고 말했다.', {"KBS": []}),
    # Latin letters then the plural or the copula: a thing, not a firm
    ("대어급 NK인 포수가 남았다. 주주였던 NK들의 지분이 남았다.", {}),
    ("또 다른 FA인 포수도 잔류했다.", {}),
    # a common noun after 소속사 is what the agency holds, not its name
    ("그는 소속사 체육대회를 치렀다.", {}),
    ("소속사 아티스트컴퍼니 측 관계자는 부인했다.", {"아티스트컴퍼니": []}),
    # places, a posting or a speciality where an appositive's body would stand name no body
    ("외교부는 최도윤 덴마크 주재 한국대사가 만났다고 밝혔다.", {"외교부": []}),
    ("최도윤 주덴마크 대사는 말했다.", {}),
    ("[뉴시스=김하늘 격투기 전문 기자] 경기가 끝났다.", {"뉴시스": []}),
    # a lone word where an appositive's body would stand: a common noun, or a surname the article
    # elsewhere titles on its own, is no body; a firm's name before its head's title stays one
    ("간밤 도널드 누리먼 미국 대통령이 말했다. 누리먼 대통령은 덧붙였다.", {}),
    ("김하준 국가 대표 코치는 말했다.", {}),
    ("김하준 무협 회장은 말했다.", {"무협": []}),  # a head's title: the word may abbreviate a body
    ("박도윤 누리텍 대표는 말했다. 누리텍 대표는 또 말했다.", {"누리텍": []}),
    ("김도윤 한빛랩스 연구위원은 말했다.", {"한빛랩스": []}),
    ("김도윤 하나금융투자 연구원은 말했다.", {"하나금융투자": []}),
    # an agency or a broadcaster with and without the word for its kind is one outlet
    ("블룸버그 통신은 보도했다. 블룸버그는 또 전했다.", {"블룸버그 통신": ["블룸버그"]}),
    ("CNN방송이 보도했다. CNN은 덧붙였다.", {"CNN방송": ["CNN"]}),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_CASES, ids=[case_id(c) for c in KNOWN_CASES])
def test_known_organizations(doc_of: DocOf, text: str, expected: dict[str, list[str]]) -> None:
    doc = doc_of(text)
    orgs = extract_organizations(doc, extract_people(doc, Metadata()))
    for org in orgs:
        for mention in org.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    found = {frozenset([o.name, *o.aliases]) for o in orgs}
    assert found == {frozenset([name, *aliases]) for name, aliases in expected.items()}
