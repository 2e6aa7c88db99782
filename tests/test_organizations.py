"""Organisations: every named body once, aliases merged, as case tables of invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document
from extractor.entities.organizations import extract_organizations
from extractor.entities.people import extract_people
from schemas import Metadata, Organization

from .cases import case_id, xfail

DocOf = Callable[[str], Document]


def orgs_of(doc_of: DocOf, text: str) -> list[Organization]:
    doc = doc_of(text)
    orgs = extract_organizations(doc, extract_people(doc, Metadata()))
    for org in orgs:
        for mention in org.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    return orgs


# (sentence, expected {name: sorted aliases})
ORG_CASES = [
    ("대전광역시는 대전시 예산을 늘렸다.", {"대전광역시": ["대전시"]}),
    # a verb's stem before the adnominal 는 issues no statement (비판하는 성명서)
    ("하도윤 의원을 비판하는 성명서를 발표했다. 누리노조는 성명서를 내고 반발했다.", {"누리노조": []}),
    # the press's anonymous "Mr. Seo" after 회사 is no company; a diplomat's post after his name is none
    ("같은 회사 서모(35) 기자도 기소됐다.", {}),
    ("이 자리에서 김하늘 총영사, 서나래 공사, 박도윤 공사는 브리핑을 했다.", {}),
    # a county's town or township named in its head's post is where he serves, not a listed body
    ("함양군은 봉동읍장에 하도윤 용진면장을 발령했다.", {"함양군": []}),
    # what kind of act a group is (보이그룹) is no business group
    ("누리엔터테인먼트가 5년 만에 선보이는 보이그룹 빛결이 데뷔했다.", {"누리엔터테인먼트": []}),
    # the armed services are bodies of the state
    ("해군은 3일 동해에서 첫 해상 훈련을 했다.", {"해군": []}),
    ("합동참모본부(합참)는 이날 경계 태세를 높였다.", {"합동참모본부": ["합참"]}),
    ("경상남도는 경남도 예산을 늘렸다.", {"경상남도": ["경남도"]}),
    ("한빛자동차는 한빛차 판매를 늘렸다.", {"한빛자동차": ["한빛차"]}),
    ("한빛자동차 노조가 파업을 예고했다.", {"한빛자동차 노조": []}),
    (
        "(재)대전바이오진흥원과 대전바이오진흥원, 대전바이오 진흥원이 같은 곳이다.",
        {"대전바이오진흥원": ["대전바이오 진흥원"]},
    ),
    ("순천군과 순천군청이 공동으로 추진한다.", {"순천군": ["순천군청"]}),
    ("박도윤 한빛시교통과장은 한빛시청 앞에서 말했다.", {"한빛시청": []}),
    ("한빛기아자동차 연구개발본부는 연구개발본부 인력을 늘린다.", {"한빛기아자동차 연구개발본부": []}),
    ("한라대학교는 한라대 학생을 모집한다.", {"한라대학교": ["한라대"]}),
    ("부산 해운대구의회와 해운대구의회 의원들", {"부산 해운대구의회": ["해운대구의회"]}),
    ("한국조선협회(조협)는 조협 회원사를 모았다.", {"한국조선협회": ["조협"]}),
    ("한국조선협회(회장 김도윤·이하 조선협)는 조선협 회원사를 모았다.", {"한국조선협회": ["조선협"]}),
    ("㈜누리솔루션과 엔지니어링 기업 주식회사 다온테크가 참여했다.", {"누리솔루션": [], "다온테크": []}),
    ("국토교통부와 국토부 관계자가 현장을 찾았다.", {"국토교통부": ["국토부"]}),
    ("정민호 한빛전자 전무는 설명했다.", {"한빛전자": []}),
    ("한빛병원 소아과 하도윤 교수는 설명했다.", {"한빛병원": []}),
    (
        "한국농어촌공사 경남지역본부 하도윤 본부장이 참석했다.",
        {"한국농어촌공사": [], "한국농어촌공사 경남지역본부": []},
    ),
    ("더불어민주당과 민주당 의원들", {"더불어민주당": ["민주당"]}),
    ("HB에너지와 누리SDS가 AI반도체와 MZ세대를 겨냥했다.", {"HB에너지": [], "누리SDS": []}),
    ("울산 HD를 꺾었다. KT가 이겼다.", {"울산 HD": []}),  # the club; its Latin letters alone are none
    ("HD를 앞세웠다. KT가 이겼다.", {}),
    ("하도윤 한빛병원 소아과 교수는 설명했다.", {"한빛병원": []}),
    ("최다온 대전시환경정책국장이 브리핑을 했다.", {"대전시": []}),
    (
        "대전광역시 소방본부와 대전소방본부는 한 기관이다.",
        {"대전광역시 소방본부": ["대전소방본부"]},
    ),
    ("대전도시공사는 협약을 맺었다. 도시공사는 설명했다.", {"대전도시공사": ["도시공사"]}),
    (
        "대전도시공사는 협약을 맺었다. 도시공사와 부산도시공사는 다르다.",
        {"대전도시공사": [], "도시공사": [], "부산도시공사": []},
    ),
    (
        "한빛기아자동차 연구개발본부와 한빛기아차연구개발본부가 맡는다.",
        {"한빛기아자동차 연구개발본부": ["한빛기아차연구개발본부"]},
    ),
    ("의회는 현수막을 걸었다. 본부는 답하지 않았다.", {}),
    ("지역 부품기업과 연구개발본부가 참여했다.", {}),
    ("서울에서 열린 행사에 정부 관계자가 참석했다.", {}),
    ("경기도 수원시 영통구 수원지방법원에서 심문이 열렸다.", {"수원지방법원": []}),
    # a province before one of its towns written bare is where, not the government; acting, it is one
    ("전라남도 무안에 위치한 골프장에서 대회가 열렸다.", {}),
    ("강원도 양양 앞바다에서 훈련이 열렸다.", {}),
    ("조선업이 주력인 울산광역시와 경남 거제가 어렵다.", {"울산광역시": []}),
    # a central government body fused to its head's post, no one named: the body is mentioned
    (
        "지난 3일 산업통상자원부장관의 승인으로 취임했다. 이어 교육부장관이 방문했다.",
        {"산업통상자원부": [], "교육부": []},
    ),
    # a member's title, or a word that only starts like a body, mentions none
    ("국회의원 300명이 모였다. 글로벌 금융위기를 극복했다.", {}),
    # international bodies by their Korean names and short forms
    ("대변인은 안전보장이사회(안보리)의 새 결의를 환영했다.", {"안전보장이사회": ["안보리"]}),
    ("아시아태평양경제협력체(APEC) 정상회의가 열린다.", {"아시아태평양경제협력체": ["APEC"]}),
    # a place alone in the parenthesis after a person's name is where they live, no body
    ('◀INT▶ - 나하람(전남 여수시)\n"새해에는 조용했으면 합니다"\n윤서하(대구광역시)씨도 말했다.', {}),
    ("여수시는 축제를 열었다. 순천시(시장 나하람)는 밝혔다.", {"여수시": [], "순천시": []}),
    ("경기도는 지원금을 지급한다고 밝혔다. 경기도 수원에 사는 주민들이 환영했다.", {"경기도": []}),
    ("대전시 공동 사업에 대전시 예산이 들어간다.", {"대전시": []}),
    ("한빛산업㈜과 세종시체육회가 성금을 냈다.", {"한빛산업": [], "세종시체육회": []}),
    ("하늘항공 노조가 파업했다.", {"하늘항공 노조": []}),  # the union is the body named
    ("국민의힘과 더불어민주당은 합의했다.", {"국민의힘": [], "더불어민주당": []}),
    ("한국은행은 금리를 동결했다. 한은은 물가를 우려했다.", {"한국은행": ["한은"]}),
    ("대전도시공사(사장 조은서)는 발표했다.", {"대전도시공사": []}),
    ("한라대학교병원과 한라대병원은 한 곳이다.", {"한라대학교병원": ["한라대병원"]}),
    ("문도윤 한빛가스공사 수소사업본부장은 말했다.", {"한빛가스공사": []}),
    xfail("미국 누리사가 투자를 발표했다.", {"누리사": []}),
    ("법무법인 다온의 최서윤 변호사는 말했다. 다온은 항소했다.", {"법무법인 다온": ["다온"]}),
    ("법무법인은 많다.", {}),
    ("현재 한빛텔레콤과 NK, HB모바일은 요금을 올렸다.", {"한빛텔레콤": [], "NK": [], "HB모바일": []}),
    ("누리전자와 NK가 합의했다.", {"누리전자": [], "NK": []}),
    ("CEO와 CTO가 만났다.", {}),
    ('누리테크 김하늘 대표는 "성장하겠다"고 말했다.', {"누리테크": []}),
    ('바로페이 정다인 최고경영자(CEO)는 "결제를 넓히겠다"고 했다.', {"바로페이": []}),
    ('업계 김하늘 대표는 "성장하겠다"고 말했다.', {}),
    ('신임 김하늘 대표는 "성장하겠다"고 말했다.', {}),
    ('이날 김하늘 대표는 "성장하겠다"고 말했다.', {}),
    ('전 김하늘 대표는 "성장하겠다"고 말했다.', {}),
    # a place + a national agency is its regional office; company endings on a proper stem
    ("대구기상청은 폭염 특보를 내렸다.", {"대구기상청": []}),
    ("새만금케미칼과 누리에너지가 손잡았다.", {"새만금케미칼": [], "누리에너지": []}),
    ("한결그룹은 계열사를 늘렸다.", {"한결그룹": []}),
    ("한빛시의사회와 한빛농협이 협약했다.", {"한빛시의사회": [], "한빛농협": []}),
    # one syllable before a company ending is a common word; a particle after an acronym is no name
    ("유전자 재조합 백신을 맞았다.", {}),
    ("AI반도체 투자가 늘었다.", {}),
    # Latin letters glued to an event's noun name the competition, award show or forum, no firm
    ("그는 KBO리그 경험이 많은 선수다.", {}),
    ("배우는 XYZ연기대상 진행 논란에 사과했다. 그는 US오픈에서 우승했다.", {}),
    ("HB포럼이 열렸다. HB쇼핑과 HB에너지가 후원했다.", {"HB쇼핑": [], "HB에너지": []}),
    # Latin letters glued to a trade, market, plan or product noun, or 전 for a match against them,
    # name no firm; a firm's own business word (전자, 증권) keeps it one
    ("XY업계 관계자는 QRS시장에서 경쟁이 심하다고 말했다.", {}),
    ("정부는 생활 SOC사업을 늘리고 PQ상품 판매를 돕는다.", {}),
    ("그는 잠실 ZZ전을 앞두고 웃었다.", {}),
    ("ZZ전자와 ZZ증권이 참여했다.", {"ZZ전자": [], "ZZ증권": []}),
    # an outlet's photo stock tag: the outlet, even one known only by its name's ending
    ("주민들이 모였다. /누리일보DB 시는 대책을 냈다.", {}),
    xfail("생활SOC 확충을 선도하겠다.", {}),
    # other countries' ministries carry the country; countries alone are no bodies
    ("미국 국무부와 일본 경제산업성이 밝혔다.", {"미국 국무부": [], "일본 경제산업성": []}),
    ("마르코 벨리니 이탈리아 총리가 방한한다.", {}),
    ("미국 정부는 중국의 가능성을 주시했다.", {}),
    # the stem, not the body's ending, must be the proper noun; an unknown word ending like a body
    ("관내 11개 지역농협이 참여했다.", {}),
    ("누리촌농협과 계약재배를 맺었다.", {"누리촌농협": []}),
    ("한빛군농민회는 기자회견을 열었다.", {"한빛군농민회": []}),
    # a club written in full, then by its short form; the city stays a body of its own
    ("한화 이글스가 이겼다. 한화는 4연승을 달렸다.", {"한화 이글스": ["한화"]}),
    (
        "대전하나시티즌이 선수를 영입했다. 대전 구단은 밝혔다. 대전시는 환영했다.",
        {"대전하나시티즌": ["대전"], "대전시": []},
    ),
    # a short form alone names no club
    ("대전 시민들이 모였다.", {}),
    # a unit fused to its head's title is no company, Latin letters or not
    ("박하나 HBM개발팀장은 말했다.", {}),
    # Latin capitals as a clause's topic name a body; acronyms of things do not
    ("한편 KBL은 제재금을 부과했다고 밝혔다.", {"KBL": []}),
    ("GDP는 늘었고 HBM은 팔렸다.", {}),
    # Latin initials in parentheses after a body are its alias
    ("한빛항만공사(HPA)는 밝혔다. HPA는 또 말했다.", {"한빛항만공사": ["HPA"]}),
    # a body Kiwi sees no proper noun in, glossed by its short form; a brand the article goes on using
    ("전국택시노동조합(택시노조)이 파업한다.", {"전국택시노동조합": ["택시노조"]}),
    ("한빛철도공사(레일원)는 밝혔다. 레일원은 반박했다.", {"한빛철도공사": ["레일원"]}),
    ("한빛대학교(대전)는 밝혔다.", {"한빛대학교": []}),
    # a unit under a government body keeps the body in its name; the short form joins it
    ("경찰청 국가수사본부(국수본)는 밝혔다.", {"경찰청 국가수사본부": ["국수본"]}),
    # 도교육청 after the province's education office is that office
    ("충청남도교육청은 밝혔다. 도교육청은 또 말했다.", {"충청남도교육청": ["도교육청"]}),
    # a union's usual abbreviation (노동조합 → 노조) joins the full name
    ("한빛운송노동조합은 파업했다. 한운노조는 밝혔다.", {"한빛운송노동조합": ["한운노조"]}),
    ("경찰청 국가수사본부는 밝혔다. 국수본은 또 말했다.", {"경찰청 국가수사본부": ["국수본"]}),
    # a council named as the first word of its committee's name is a body too
    ("한빛시의회 교육위원회는 밝혔다.", {"한빛시의회": [], "한빛시의회 교육위원회": []}),
    # names counted by the noun after them are bodies when the count matches
    (
        "공정위는 누리배달·한입나라·바로먹자 등 3개 배달앱 운영사를 제재했다.",
        {"공정위": [], "누리배달": [], "한입나라": [], "바로먹자": []},
    ),
    ("서울·부산 등 2개 도시", {}),
    # a district after its city, not the subject of its clause, is a place
    ("일당은 서울 강서구와 인천 미추홀구 일대에서 빌라를 샀다.", {}),
    ("그는 서울 강남구에 사무실을 차렸다.", {}),
    # a firm's regional branch written after the firm; a Latin corporate designator after a name
    ("NH농협은행 경남본부와 협약을 맺었다. 경남본부는 밝혔다.", {"NH농협은행 경남본부": ["경남본부"]}),
    ("독일 기업 누멘텍 GmbH가 짓는다. 누멘텍은 성장했다.", {"누멘텍 GmbH": ["누멘텍"]}),
    # a place before a generic union noun says where, not which union
    ("노조는 한빛구 노조 사무실에서 회견을 열었다.", {}),
    # a university's student council
    ("반면 한빛대 총학생회는 성명을 냈다.", {"한빛대 총학생회": []}),
    # a branch after a body named by its head noun alone
    ("농협 충북본부도 자금을 지원한다.", {"농협 충북본부": []}),
    # whoever issues a written statement is a body (not a person, a title or a generic noun)
    ("한빛로지스는 입장문에서 반박했다. 노조는 성명을 내고 반발했다.", {"한빛로지스": []}),
    # a party's city chapter written after the party
    ("정의당 한빛시당 김도윤 위원장은 논평을 냈다.", {"정의당 한빛시당": [], "정의당": []}),
    # a proper noun right after a noun describing a firm is a company
    ("반도체 장비업체 누멘리서치가 참가했다.", {"누멘리서치": []}),
    # a time word before a task committee is no part of its name
    ("시는 다음 달 물가대책위원회 심의를 거친다.", {}),
    xfail("대만 NKM과 일본 누리다스가 손잡았다.", {"NKM": [], "누리다스": []}),
    ("백악관은 성명을 냈다. 유럽연합(EU)과 EU 회원국들", {"백악관": [], "유럽연합": ["EU"]}),
    # a foreign firm's corporate designator is its own word; the firm's name alone is its short form
    ("누멘타 세미컨덕터가 투자한다. 누멘타는 공장을 짓는다.", {"누멘타 세미컨덕터": ["누멘타"]}),
    ("서울 모터스", {}),
    # a branch written after its parent body carries the parent in its name
    (
        "전국공무원노동조합 충남지부는 성명을 냈다.",
        {"전국공무원노동조합 충남지부": []},
    ),
    # broadcasters and papers named in the story, without an outlet ending
    ("그는 tvN ‘한빛의 봄’에서 주인공을 맡았다.", {"tvN": []}),
    ("관계자는 이날 KBS에 이같이 말했다.", {"KBS": []}),
    ("누리(사진=이데일리DB)가 웃었다.", {"이데일리": []}),
    ("KBSN 스포츠가 중계했다.", {}),
    # a broadcast reporter's sign-off names the outlet (a common noun before 뉴스 is no outlet)
    ("지금까지 한빛시에서 MBN뉴스 이하늘입니다.", {"MBN": []}),
    ("지금까지 KBS 뉴스 김도윤이었습니다.", {"KBS": []}),
    ("지금까지 생활 뉴스 이하늘입니다.", {}),
    # an entertainment agency after 소속사
    ("소속사 51K 측은 “사실무근”이라고 밝혔다.", {"51K": []}),
    ("소속사인 누리엔터는 “사실무근”이라고 밝혔다.", {"누리엔터": []}),
    ("소속사 측은 말을 아꼈다.", {}),
    # after a noun describing a firm: a name with a firm's head word written apart, a number-led name
    # closed by one, and before 관계자/측 the whole word (no particle inside a name)
    ("배우 한지우 소속사 라온제스 스튜디오는 열애를 인정했다.", {"라온제스 스튜디오": []}),
    ("미디어기업인 다온트리 미디어는 상장을 추진한다.", {"다온트리 미디어": []}),
    ("14일 소속사 153엔터테인먼트는 활동 중단을 알렸다.", {"153엔터테인먼트": []}),
    ("가수 한지우의 소속사 다온메이 관계자는 “사실이다”라고 말했다.", {"다온메이": []}),
    ("소속사 2곳은 입장을 내지 않았다.", {}),
    ("소속사 스튜디오에서 녹음했다.", {}),
    # a name in single quotes right after the descriptor: a proper noun, or glossed in Latin letters
    ("중국 AI 스타트업 ‘딥누리’의 충격이 컸다.", {"딥누리": []}),
    ("미국 결제 업체인 ‘누리뱅고(Nuribango)’와 제휴했다.", {"누리뱅고": []}),
    ("AI 스타트업 '온누리플랫폼'(ON Nuri Platform, 옛 게임누리)에서 사건이 터졌다.", {"온누리플랫폼": []}),
    ("한빛증권이 증권사 '1조 클럽'에 복귀했다.", {"한빛증권": []}),
    ("증권사 ‘매수’ 의견이 이어졌다.", {}),
    # a journal named in quotes after 학술지 / 저널 is a publication, a media body
    ("연구 결과는 국제학술지 ‘누리머티리얼스’(Nuri Materials)에 실렸다.", {"누리머티리얼스": []}),
    ("결과는 과학저널인 '사이언티픽 누리스'에 게재됐다.", {"사이언티픽 누리스": []}),
    # a quoted name of common words without a Latin gloss is left out (a headline's phrase looks the same)
    xfail("결과는 과학저널인 '다온 리포트'에 게재됐다.", {"다온 리포트": []}),
    ("학술지 ‘논문 게재’ 기준이 바뀌었다.", {}),
    xfail("남규리 소속사 콘텐츠 다온나래도 입장을 냈다.", {"콘텐츠 다온나래": []}),
    xfail("제작사인 오퍼스 202측과 논의했다.", {"오퍼스 202": []}),
    # a club's Latin short form in a story where a coach is named with one
    ("김도윤 SK 감독은 KIA와의 경기에서 이겼다.", {"SK": [], "KIA": []}),
    ("NC 다이노스 매장이 문을 열었다. KIA 차량이 전시됐다.", {"NC 다이노스": []}),
    # a business group and its bare name
    ("한빛 LG그룹 명예회장의 빈소에 LG 임원들이 왔다.", {"LG그룹": ["LG"]}),
    ("그는 “LG회장으로 계실 때”라고 말했다.", {}),
    ("한빛자동차그룹은 한빛자동차의 지분을 늘렸다.", {"한빛자동차그룹": [], "한빛자동차": []}),
    ("소속사 누리컴퍼니를 통해 밝혔다.", {"누리컴퍼니": []}),
    # a legal form after the name: the same firm as the bare name
    ("누리기계공업주식회사는 밝혔다. 누리기계공업은 수출한다.", {"누리기계공업주식회사": ["누리기계공업"]}),
    # a country with the particle 도 is no province
    ("중국이나 일본의 경우 중국도 마찬가지다.", {}),
    ("경기도는 예산을 늘렸다.", {"경기도": []}),
    # a fused title joined by 과 ends the first appositive: no body spans two people
    ("한편 김도윤 국회의장과 펠로시 의장은 국회에서 만났다.", {"국회": []}),
    # earlier central bodies that archive news names, with the press's short forms
    ("건설교통부는 계획을 발표했고 건교부 관계자가 설명했다.", {"건설교통부": ["건교부"]}),
    ("중앙인사위원회는 자료를 냈다. 중앙인사위는 설명했다.", {"중앙인사위원회": ["중앙인사위"]}),
    ("기획예산처와 문화재청이 협의했다.", {"기획예산처": [], "문화재청": []}),
    ("대통령은 청와대에서 회견을 열었다.", {"청와대": []}),
    # a title glued to the next appositive by a lost space spans no body
    ("김하준 노동부 국장은교육부 정책국장으로 옮긴다.", {"노동부": []}),
    # a list of people closed by 등, and a post, are no body
    ("이사는 김도윤 경영지원본부장 등 사내이사 2명과 최서윤 변호사다.", {"경영지원본부": []}),
    # a space lost after a sentence or a photo credit: the body starts after it
    ("규모는 꾸준히 확대되고 있다다온에셋증권의 성장은 더 빠르다.", {"다온에셋증권": []}),
    ("퇴직연금을 달성했다./사진=한빛에셋증권한빛에셋증권은 처음이다.", {"한빛에셋증권": []}),
    ("탑승 모습./연합뉴스한빛항공 경영권 인수를 추진한다.", {"한빛항공": []}),
    # an outlet read from what it does: a press noun before it, the verb "report", a list of the press
    ("영국 언론 데일리누리가 보도했다.", {"데일리누리": []}),
    ('데일리누리는 "총리가 물러난다"고 25일 보도했다.', {"데일리누리": []}),
    ("르누리 등 프랑스 언론들은 교포들을 만났다고 전했다.", {"르누리": []}),
    ("외신은 25일 보도했다. 언론 보도에 따르면 그는 떠났다.", {}),
    ("양국 의장은 공동 언론 발표문에서 우려를 표했다.", {}),
    # a building in a caption is no body; the body before it is
    ("국비를 확보한 한빛군 청사(원내는 최형식 군수)", {"한빛군": []}),
    # an outlet glued to a newsroom noun is no body of its own; a channel with a place or a firm is
    # (the sign-off still names the outlet itself: MBC, never MBC뉴스)
    ("카카오톡에서 'KBS제보'를 검색하세요. MBC뉴스 김도윤입니다.", {"MBC": []}),
    ("MBC경남과 KBS미디어가 협약했다.", {"MBC경남": [], "KBS미디어": []}),
    # a court's division is no body of its own: the court is (a district court's branch is a court)
    ("한빛고법 누리재판부 형사1부(부장판사 김도윤)는 징역 1년을 선고했다.", {"한빛고법": []}),
    ("한빛지법 누리지원 형사2단독 박하늘 판사는 선고했다.", {"한빛지법 누리지원": []}),
    ("이날부터 3일간 매일 선착순 200명에게 준다.", {}),  # 일간 of 3일간 is no press noun
    ("박도윤 한빛전자 DS부문 메모리사업부장(사장)은 말했다.", {"한빛전자": []}),  # the division is a detail
    # an institute's press short form: its name's syllables after the national prefix, head cut to 연
    ("한국소재화학연구원은 밝혔다. 소재연 신임 원장은 취임했다.", {"한국소재화학연구원": ["소재연"]}),
    ("한빛화학연구원은 밝혔다. 화학연 신임 원장은 취임했다.", {"한빛화학연구원": []}),
    ("英메이, 하원 브렉시트 합의안 지지시 사퇴 가능 의사 표명", {}),
    # Latin initials where a degree was taken name a school; a field's or a degree's initials do not
    ("화학과를 졸업하고 KAIST에서 화학 석사 및 박사학위를 취득했다.", {"KAIST": []}),
    ("AI를 전공해 석사 학위를 받았고 MBA를 취득했다.", {}),
    # a company read from an earnings disclosure it opens
    ("다온F&B가 2021년 3분기 연결기준으로 매출 100억 원을 거뒀다.", {"다온F&B": []}),
    ("회사는 3분기 연결기준으로 매출 100억 원을 거뒀다. 매출은 별도기준으로 늘었다.", {}),
    # a district named by its direction right after its city, acting; alone 서구 is also "the West"
    ("대전 중구는 국비를 확보했다고 밝혔다.", {"대전 중구": []}),
    ("서구 사회의 시각은 달랐다.", {}),
    # an agency named after 소속사 in common words, with a firm's ending
    ("가수 하은별 소속사 더하기미디어는 입장을 밝혔다.", {"더하기미디어": []}),
    # a foreign seat of government by its short name
    ("러시아 크렘린은 브리핑에서 입장을 밝혔다.", {"크렘린": []}),
    ("증선위는 고발 조치가 필요하다고 설명했다.", {"증선위": []}),
]


@pytest.mark.parametrize(("text", "expected"), ORG_CASES, ids=[case_id(c) for c in ORG_CASES])
def test_organizations(doc_of: DocOf, text: str, expected: dict[str, list[str]]) -> None:
    # Which spelling is the name and which the alias is free; the groups are what count.
    found = {frozenset([o.name, *o.aliases]) for o in orgs_of(doc_of, text)}
    assert found == {frozenset([name, *aliases]) for name, aliases in expected.items()}


# (sentence, the canonical name): quotes use it as an organisation speaker's name
NAME_CASES = [
    ("순천군청은 밝혔다. 순천군은 말했다.", "순천군"),
    ("인천 중구의회는 밝혔다. 중구의회는 덧붙였다.", "인천 중구의회"),
    ("한라대병원은 밝혔다. 한라대학교병원은 덧붙였다.", "한라대학교병원"),
]


@pytest.mark.parametrize(("text", "name"), NAME_CASES, ids=[c[0] for c in NAME_CASES])
def test_canonical_name(doc_of: DocOf, text: str, name: str) -> None:
    assert [o.name for o in orgs_of(doc_of, text)] == [name]


def test_legal_prefix_kept_in_mention_text(doc_of: DocOf) -> None:
    orgs = orgs_of(doc_of, "(주)누리솔루션은 누리솔루션 본사에서 행사를 열었다.")
    assert [m.text for m in orgs[0].mentions] == ["(주)누리솔루션", "누리솔루션"]
