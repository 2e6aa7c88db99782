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
    # a foreign ministry after the country's one-syllable short form; a date's 일 is no country
    ("미 국무부는 성명을 냈다.", {"미 국무부": []}),
    ("美 상무부와 재무부가 나섰다.", {"美 상무부": ["상무부"], "재무부": []}),
    ("3일 국토교통부는 밝혔다.", {"국토교통부": []}),
    # an agency's name may start with a number when its side speaks
    ("배우 소속사 7누리엔터테인먼트 측 관계자는 말했다.", {"7누리엔터테인먼트": []}),
    ("소속사 2곳 측이 나섰다.", {}),
    # a board is the organ of the body before it, no body of its own
    ("박하늘 누리전자 이사회 의장은 말했다.", {"누리전자": []}),
    ("박하늘 이사회 의장은 말했다.", {}),
    # a candidate's race or post written between the party and 후보 is no body
    ("김하늘 다온당 경남지사 후보는 말했다.", {"다온당": []}),
    ("박하늘 다온당 대선 후보가 말했다.", {"다온당": []}),
    # a descriptor with the copula before a firm's name (업체인 X), not a business person (기업인)
    ("게임 유통업체인 누리소프트를 세웠다.", {"누리소프트": []}),
    ("반도체 기업인 박하늘 대표가 왔다.", {}),
    # a field glossed in parentheses before the descriptor: the firm comes after it
    ("계열사인 정보기술(IT)업체 누리시스템은 상장했다.", {"누리시스템": []}),
    # what someone founded, when it is a proper noun; a common noun is none
    ("그는 2001년 다온컴을 창업했다. 다온컴은 성장했다.", {"다온컴": []}),
    ("그는 회사를 창업했다.", {}),
    # a social network listed beside a well-known firm is the firm running it; alone, where one posts
    ("위원회는 페이스북·아마존을 조사했다.", {"페이스북": [], "아마존": []}),
    ("구글, 유튜브 등 해외 기업이 반발했다.", {"구글": [], "유튜브": []}),
    ("그는 페이스북에 글을 올렸다.", {}),
    # after a country's short form, the government at large is no ministry
    ("미 행정부는 관세를 검토했다.", {}),
    # a diplomatic mission named by its country, its host after 주, or both
    ("주한미국대사관은 성명을 냈다.", {"주한미국대사관": []}),
    ("주중 한국대사관과 스위스 대사관이 나섰다.", {"주중 한국대사관": [], "스위스 대사관": []}),
    ("시위대는 우리 대사관 앞에 모였다. 부산 영사관도 닫았다.", {}),
    # the mission named by its host alone is the one named with its country too
    ("주일대사관에 배치된다. 주일미국대사관은 밝혔다.", {"주일미국대사관": ["주일대사관"]}),
    ("주필리핀 한국대사관은 밝혔다. 한국대사관 관계자는 말했다.", {"주필리핀 한국대사관": ["한국대사관"]}),
    # two countries' missions in one host: the host alone may be either
    (
        "주한 미국대사관과 주한 중국대사관, 주한대사관",
        {"주한 미국대사관": [], "주한 중국대사관": [], "주한대사관": []},
    ),
    # a subheading or a credit's title glued to the firm opening the next paragraph
    ("다온전자가 발표했다. 분석이다.■인재 영입다온전자는 권위자를 영입했다.", {"다온전자": []}),
    ("다온전자가 발표했다. 박하늘 한빛증권 센터장다온전자가 자료를 냈다.", {"다온전자": [], "한빛증권": []}),
    # a body glued after a word closed by its particle, or after a person's name before Latin letters
    ("다온생명은 밝혔다. 추가 진행 가능성도다온생명·화재, 배당 주목", {"다온생명": []}),
    ("NRC 지수 비중/그래픽=박하늘NRC 신흥국 지수", {"NRC": []}),
    # a place leading the firm's own name in a subheading stays; an outlet's app plug is no firm
    ("■한국다온은행 출범\n다온은행은 출범했다.", {"한국다온은행": ["다온은행"]}),
    ("ABC 뉴스가 보도했다.\n▶연합뉴스 앱 지금 바로 다운받기", {"ABC": [], "연합뉴스": []}),
    # Korea's and the world's well-known firms written alone
    ("유한양행과 에코프로, 마이크론이 올랐다.", {"유한양행": [], "에코프로": [], "마이크론": []}),
    (
        "카카오뱅크와 토스뱅크는 대출을 늘렸다. 그는 아이디어뱅크로 불렸다.",
        {"카카오뱅크": [], "토스뱅크": []},
    ),
    # a music show ending in 뱅크 is no bank
    ("그룹은 KBS2 '뮤직뱅크'에 출연했다.", {"KBS2": []}),
    # a province's 도 before its council is no particle: the council keeps its province
    ("충북도의회가 건의안을 채택했다. 의회는 촉구했다.", {"충북도의회": []}),
    # Latin letters then a noun of use, class or type are a thing, no firm
    ("북한은 ICBM급 미사일과 ICBM용 엔진을 공개했다.", {}),
    ("북한은 ICBM급인 화성을 공개했다.", {}),
    # a country's name with a firm's Latin letters is that firm's local company
    ("이 대표는 한국GM 군산공장의 가동 중단을 말했다.", {"한국GM": []}),
    # a Hangul word before a firm's Latin letters is the firm's own name, no person's
    ("AI 기업 오픈AI는 말했다. AI가 중요하다.", {"오픈AI": []}),
    ("범현대 일가가 모였다.", {}),
    # universities by their short form: the whole word a proper noun Kiwi knows, or a foreign proper
    # noun then 대 before a school's people; kinds of schools and common words are none
    ("고려대와 연세대가 참여했다.", {"고려대": [], "연세대": []}),
    ("시카고대 연구팀은 밝혔다.", {"시카고대": []}),
    ("국립대와 지방대가 어렵다. 미래세대가 부담한다.", {}),
    ("명지대와 을지대를 찾았다.", {"명지대": [], "을지대": []}),
    ("지방거점국립대와 한국외대, 이화여대가 참여했다.", {"한국외대": [], "이화여대": []}),
    # units, eras, belts and scenic places that Kiwi may hold as proper nouns ending in 대
    ("청해부대와 특임대가 출동했다. 비구름대가 북상해 해운대는 한산했다.", {}),
    # a branch court after its district court is a court of its own; support after a ministry is none
    ("한빛지법 누리지원은 징역형을 선고했다.", {"한빛지법 누리지원": []}),
    ("국토부 재정지원은 늘었다.", {"국토부": []}),
    # Korean and foreign outlets printed without an outlet ending; a day's economic news is none
    ("매일경제와 데일리안, 노컷뉴스가 보도했다.", {"매일경제": [], "데일리안": [], "노컷뉴스": []}),
    (
        "사우스차이나모닝포스트(SCMP)와 SBS Biz가 보도했다.",
        {"사우스차이나모닝포스트": ["SCMP"], "SBS Biz": []},
    ),
    ("그는 매일 경제 뉴스를 본다.", {}),
    # foreign agencies, central banks and armed groups the press names without a body's ending
    ("중국 인민은행은 금리를 내렸고 하마스는 반발했다.", {"인민은행": [], "하마스": []}),
    ("중앙정보국(CIA)과 유네스코가 나섰다.", {"중앙정보국": ["CIA"], "유네스코": []}),
    # a merchant bank's name ends in 종합금융
    ("금융위는 다온종합금융의 합병을 인가했다.", {"금융위": [], "다온종합금융": []}),
    # a club's short form before a player's position (maybe qualified) and a name, in a sports story
    ("프로야구 한화 새 외국인 투수 카를로스가 첫 승을 거뒀다.", {"한화": []}),
    ("프로야구 NC의 간판타자 박하늘이 홈런을 쳤다.", {"NC": []}),
    # a birthplace before the position is no club
    ("프로야구 개막을 앞두고 대구 출신 투수 김하늘이 인사했다.", {}),
    # a club's short form right before a person the article names; a place-like one only before a player
    ("프로야구 삼성 박하늘은 결승타를 쳤다. 박하늘 선수는 웃었다.", {"삼성": []}),
    ("프로축구 전북 박하늘은 골을 넣었다. 박하늘 선수는 웃었다.", {"전북": []}),
    ("프로야구 경기에서 부산 박하늘은 웃었다. 박하늘 씨는 시민이다.", {}),
    # a dateline's place before its reporter is no club
    ("[누리스포츠 = 인천 김하늘 기자] 프로야구 경기가 열렸다. 김하늘 기자는 전했다.", {}),
    # former club names the press still writes: the whole name, not its last word
    ("프로축구 성남 일화의 박하늘 감독은 웃었다.", {"성남 일화": []}),
    ("프로농구 울산 모비스 피버스가 이겼다.", {"울산 모비스 피버스": []}),
    # a body in the appositive of a name opened by a list mark, or of a foreign name's last word
    ('▲박하늘 누리미래연합 의원 = "예산이 부족하다"', {"누리미래연합": []}),
    ("알렉세이 박 크렘린궁 대변인은 브리핑에서 말했다.", {"크렘린궁": []}),
    pytest.param(
        "이반 페트로프 크렘린궁 대변인은 브리핑에서 말했다.",
        {"크렘린궁": []},
        marks=pytest.mark.xfail(strict=True),  # the people layer reads 페트로프 into the body
        id="이반 페트로프 크렘린궁 대변인은 브리핑에서 말했다.",
    ),
    # a byline's desk after the reporter's bracket is no body
    ("[김하늘 디지털뉴스 기자] 경기가 열렸다.", {}),
    # the state security council and the presidential offices, with the short forms the press uses
    ("그는 국가안전보장회의(NSC)에 문의하겠다고 답했다.", {"국가안전보장회의": ["NSC"]}),
    ("김하늘 대통령경호처 차장은 출석했다. 경호처는 반발했다.", {"대통령경호처": ["경호처"]}),
    # an investigation task force is a body though its words are common nouns; its head is a title
    ("경찰 비상계엄 특별수사단이 영장을 신청했다.", {"특별수사단": []}),
    ("정부합동수사본부는 밝혔다. 특별수사단장은 웃었다.", {"정부합동수사본부": []}),
    ("검찰은 마약범죄 합동수사단을 꾸렸다.", {"합동수사단": []}),
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
    # the chair of a firm's board belongs to the firm; of a board named alone, to no body written
    ("박하늘 누리전자 이사회 의장은 말했다.", "박하늘", "누리전자"),
    ("박하늘 이사회 의장은 말했다.", "박하늘", None),
    # the race a party's candidate runs in is no part of the party
    ("박하늘 다온당 대선 후보가 말했다.", "박하늘", "다온당"),
    # a club written in full before a parenthesis holding its player: the whole club, not its last word
    ("또 넥센 히어로즈(내야수 박하늘)도 1명이 생겼다.", "박하늘", "넥센 히어로즈"),
    # a club written in full right before its coach's name: the whole club, not its last word
    ("키움 히어로즈 박하늘 감독은 웃었다.", "박하늘", "키움 히어로즈"),
    ("경기 뒤 삼성 라이온즈 김도윤 감독이 말했다.", "김도윤", "삼성 라이온즈"),
    # a body that only ends like a club's last word keeps its own name
    ("누리 히어로즈재단 박하늘 이사장이 말했다.", "박하늘", "히어로즈재단"),
    # a country's one-syllable short form before a fused title names no body
    ("마크 스미스 미 하원의장이 방한했다.", "마크 스미스", None),
]


@pytest.mark.parametrize(
    ("text", "name", "organization"), PERSON_ORG_CASES, ids=[case_id(c) for c in PERSON_ORG_CASES]
)
def test_person_organization(doc_of: DocOf, text: str, name: str, organization: str | None) -> None:
    people = {p.name: p for p in extract_people(doc_of(text), Metadata())}
    assert people[name].organization == organization
