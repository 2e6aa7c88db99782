"""Quotes and their speakers: one case table of sentences written for these tests.

People and organisations are built by hand (with the mentions the people and
organisation extractors would give), so these tests do not depend on them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from extractor.analysis import Document
from extractor.speech.quotes import extract_quotes, pair_quote_marks
from schemas import Mention, Organization, Person


@dataclass(frozen=True)
class Case:
    text: str
    # what we expect: (kind, quote text, speakers); order-insensitive
    want: list[tuple[str, str, list[str]]]
    # name -> surfaces in the text that mention that person / organisation
    people: dict[str, list[str]] = field(default_factory=dict)
    orgs: dict[str, list[str]] = field(default_factory=dict)
    verbs: list[str] = field(default_factory=list)  # reporting verbs as written, when checked
    titles: dict[str, str] = field(default_factory=dict)  # name -> title, as the people extractor gives


def _mentions(text: str, surfaces: list[str]) -> list[Mention]:
    found = []
    for surface in surfaces:
        for m in re.finditer(re.escape(surface), text):
            found.append(Mention(start=m.start(), end=m.end(), text=surface))
    return found


CASES = [
    # the reporter's own question in a bracketed bite is no one's quote; the answer's bite is
    Case(
        "경기가 끝났다.\n[기자 : 우승 소감 말씀해주세요.]\n[김하늘/누리FC 주장 : 정말 기쁩니다.]",
        [("direct", "정말 기쁩니다.", ["김하늘"])],
        people={"김하늘": ["김하늘"]},
    ),
    # a lead quote, then the sentence saying whose words they were: "X이 … 밝힌 말(소감)이다."
    Case(
        "“흐름을 바꿀 줄 아는 언니가 부럽다.”\n\n신인 김하늘이 10일 우승한 뒤 기자회견에서 밝힌 말이다.",
        [("direct", "흐름을 바꿀 줄 아는 언니가 부럽다.", ["김하늘"])],
        people={"김하늘": ["김하늘"]},
    ),
    Case(
        "“정말 꿈만 같다.” 김하늘 선수가 우승한 뒤 남긴 소감이다.",
        [("direct", "정말 꿈만 같다.", ["김하늘"])],
        people={"김하늘": ["김하늘"]},
    ),
    Case("“정말 꿈만 같다.” 우승 직후 한 말이다.", [("direct", "정말 꿈만 같다.", [])]),
    # a Vietnamese name's last word before the person's post refers back to him
    Case(
        "레 반 뚜언 베트남 총리가 방한했다. 뚜언 총리는 두 나라 관계가 가장 좋다고 말했다.",
        [("indirect", "두 나라 관계가 가장 좋다", ["레 반 뚜언"])],
        people={"레 반 뚜언": ["레 반 뚜언", "뚜언"]},
    ),
    # a press release reports what its head said at an event "held" (열린 취임식에서): he said it
    Case(
        "누리정보원은 하도윤 원장이 17일 열린 취임식에서 “함께 시작하자”고 강조했다고 밝혔다.",
        [("direct", "함께 시작하자", ["하도윤"])],
        people={"하도윤": ["하도윤"]},
        orgs={"누리정보원": ["누리정보원"]},
    ),
    # -다고 하다 as a condition, a concession, a cause or a musing reports no one's words
    Case("하지만 사업계획을 고친다고 해서 반대를 포기할지는 미지수다.", []),
    # hearsay that sets a scene (…다고 하는데요, …다고 하네요) reports nobody; 했는데 still reports
    Case("집이 무너진 곳도 한두 군데가 아니라고 하는데요. 복구가 시작됐습니다.", []),
    Case("그 용기를 흔히 풉이라고 하는데, 세척이 어렵다.", []),
    Case(
        "농장 주인은 두 마리가 탈출했다고 했는데 한 마리만 찾았다.",
        [("indirect", "두 마리가 탈출했다", [])],
    ),
    Case("생산이 끝났다고 하더라도 재판매가 가능한 상품이다.", []),
    Case("만약 그가 제재를 강화하겠다고 하면 북한은 반발할 것이다.", []),
    Case("기록에 강한 이들을 두 손 들게 만들었다고 할까.", []),
    Case("이는 혁신이라고 할 수 있다.", []),
    Case(
        "김하늘 의원은 정부가 나서야 한다고 했다.",
        [("indirect", "정부가 나서야 한다", ["김하늘"])],
        people={"김하늘": ["김하늘"]},
    ),
    # a regional broadcaster's braced bites: {name/title/"…"}; a describing tag names no one
    Case(
        '시청자들의 축하가 이어졌습니다.\n{박하늘/배우/"좋은 방송국이 됐으면 좋겠습니다."}\n'
        '{항만노동자/현장에서 자주 들어요. 앞으로도 잘 전해주세요!"}\n축하는 밤까지 이어졌습니다.',
        [
            ("direct", "좋은 방송국이 됐으면 좋겠습니다.", ["박하늘"]),
            ("direct", "현장에서 자주 들어요. 앞으로도 잘 전해주세요!", []),
        ],
    ),
    # a bracketed sound bite whose words open with a mark, or that a copy ran into its sentences
    Case(
        '흔적은 숲에서 끊어집니다. [박하늘/누리군 주민 : "이 밭을 50년 일궜어요."] 전문가들은 곰으로 봅니다.',
        [("direct", "이 밭을 50년 일궜어요.", ["박하늘"])],
    ),
    Case(
        "흔적은 숲에서 끊어집니다. [박하늘/누리군 주민 : 이 밭을 50년 일궜어요.] 전문가들은 곰으로 봅니다.",
        [("direct", "이 밭을 50년 일궜어요.", ["박하늘"])],
    ),
    Case(
        '매장은 비쌉니다. [업체 관계자/음성변조 : "평균 5천만 원이에요."] 업계는 부인합니다.',
        [("direct", "평균 5천만 원이에요.", [])],
    ),
    # the speaker after the reported clause; Kiwi may split the noun 해군 into 하 + 어 + 군
    Case(
        "해군은 훈련을 마쳤다. 투하된 무기는 폭발 가능성은 없다고 해군은 설명했다.",
        [("indirect", "투하된 무기는 폭발 가능성은 없다", ["해군"])],
        orgs={"해군": ["해군"]},
    ),
    Case(
        "해군은 훈련을 마쳤다. 유가족들에게 훈장을 전달한다고 해군은 설명했다.",
        [("indirect", "유가족들에게 훈장을 전달한다", ["해군"])],
        orgs={"해군": ["해군"]},
    ),
    # Headline conventions: a report's or a foreign outlet's quote with its source after a dash.
    Case(
        '"누리전자, 실적 개선 기대…목표가↑"-한빛증권\n\n누리전자의 실적이 좋아질 것으로 보인다.',
        [("direct", "누리전자, 실적 개선 기대…목표가↑", ["한빛증권"])],
    ),
    Case(
        '"석탄 수입 재개한 듯..선박 포착" -VOA\n\n중국이 석탄 수입을 재개했다고 미국의소리(VOA)가 전했다.',
        [("direct", "석탄 수입 재개한 듯..선박 포착", ["미국의소리"])],
        orgs={"미국의소리": ["미국의소리", "VOA"]},
    ),
    Case(
        '[로펌 탐방] "출신 학교 안 따진다" - 법무법인 한빛\n\n한빛은 신입 변호사의 출신 학교를 보지 않는다.',
        [("direct", "출신 학교 안 따진다", ["법무법인 한빛"])],
    ),
    Case(
        '"석탄 수입을 다시 늘린다" - 2031년 5월\n\n정부는 석탄 수입을 늘린다.',
        [("direct", "석탄 수입을 다시 늘린다", [])],
    ),
    Case(
        '김민수 장관은 "규제를 과감히 풀겠다"고 말했다.',
        [("direct", "규제를 과감히 풀겠다", ["김민수"])],
        people={"김민수": ["김민수"]},
        verbs=["말했다"],
    ),
    Case(
        '박지영 대표는 "올해 매출이 크게 늘었다"며 "내년에는 해외 시장에 나가겠다"고 밝혔다.',
        [
            ("direct", "올해 매출이 크게 늘었다", ["박지영"]),
            ("direct", "내년에는 해외 시장에 나가겠다", ["박지영"]),
        ],
        people={"박지영": ["박지영"]},
        verbs=["밝혔다", "밝혔다"],
    ),
    Case(
        '"지역 예산이 턱없이 부족하다"고 최동훈 의원은 지적했다.',
        [("direct", "지역 예산이 턱없이 부족하다", ["최동훈"])],
        people={"최동훈": ["최동훈"]},
    ),
    Case(
        '이정민 전무, 한서준 대표, 오세라 원장은 "지역 산업을 위해 힘을 모으겠다"고 말했다.',
        [("direct", "지역 산업을 위해 힘을 모으겠다", ["이정민", "한서준", "오세라"])],
        people={"이정민": ["이정민"], "한서준": ["한서준"], "오세라": ["오세라"]},
    ),
    Case(
        "강릉시는 “올여름 관광객이 지난해보다 크게 늘었다”고 밝혔다.",
        [("direct", "올여름 관광객이 지난해보다 크게 늘었다", ["강릉시"])],
        orgs={"강릉시": ["강릉시"]},
    ),
    Case(
        '10일 평창군은 "겨울 축제를 한 달 연기한다"고 밝혔다.',
        [("direct", "겨울 축제를 한 달 연기한다", ["평창군"])],
    ),
    Case(
        '정유나 교수는 연구 결과를 공개했다. 그는 "추가 연구가 꼭 필요하다"고 말했다.',
        [("direct", "추가 연구가 꼭 필요하다", ["정유나"])],
        people={"정유나": ["정유나", "그"]},
    ),
    Case(
        '최민호 시장은 새 계획을 내놨다. 최 시장은 "시민과 함께 도시를 바꾸겠다"고 강조했다.',
        [("direct", "시민과 함께 도시를 바꾸겠다", ["최민호"])],
        people={"최민호": ["최민호", "최 시장"]},
    ),
    Case(
        '한수진 원장은 "병상을 늘리겠다"고 말했다.\n\n'
        '이어 "의료진 채용도 서두르겠다"며 "주민 불편을 줄이겠다"고 덧붙였다.',
        [
            ("direct", "병상을 늘리겠다", ["한수진"]),
            ("direct", "의료진 채용도 서두르겠다", ["한수진"]),
            ("direct", "주민 불편을 줄이겠다", ["한수진"]),
        ],
        people={"한수진": ["한수진"]},
    ),
    Case(
        '문태오 청장은 "교통 체계를 바꾸겠다고 말했다.\n\n'
        + "둘째 문단이다.\n\n" * 12
        + '배나래 국장은 "신호 체계도 손보겠다"고 설명했다.',
        [("indirect", "교통 체계를 바꾸겠다", ["문태오"]), ("direct", "신호 체계도 손보겠다", ["배나래"])],
        people={"문태오": ["문태오"], "배나래": ["배나래"]},
    ),
    Case('정부는 이른바 "착한 임대료" 정책을 넓힌다.', []),
    Case('정부는 "국민 안전"을 거듭 강조했다.', []),
    Case(
        "울산시는 ‘스마트 도시 조성사업’을 본격 추진한다고 밝혔다.",
        [("indirect", "‘스마트 도시 조성사업’을 본격 추진한다", ["울산시"])],
    ),
    Case(
        '한지수 총장은 "첫 문장은 여기서 끝난다.\n\n둘째 문단도 같은 말로 이어진다"고 말했다.',
        [("direct", "첫 문장은 여기서 끝난다.\n\n둘째 문단도 같은 말로 이어진다", ["한지수"])],
        people={"한지수": ["한지수"]},
    ),
    Case(
        '윤가온 대표는 "주요 과제는 ▲인력 양성 ▲기술 개발이며 ‘상생 협력’이 바탕"이라고 말했다.',
        [("direct", "주요 과제는 ▲인력 양성 ▲기술 개발이며 ‘상생 협력’이 바탕", ["윤가온"])],
        people={"윤가온": ["윤가온"]},
    ),
    Case(
        '▶ 인터뷰 : 김영호 / 교육부 장관 - "학생 안전이 무엇보다 최우선입니다."',
        [("direct", "학생 안전이 무엇보다 최우선입니다.", ["김영호"])],
    ),
    Case(
        "회사는 공동 개발도 확대할 것이라고 한빛통신이 전했다.",
        [("indirect", "회사는 공동 개발도 확대할 것이라", ["한빛통신"])],
        orgs={"한빛통신": ["한빛통신"]},
    ),
    Case(
        "법안은 다음 달 표결에 부쳐질 것이라고 AP통신이 보도했다.",
        [("indirect", "법안은 다음 달 표결에 부쳐질 것이라", ["AP통신"])],
        orgs={"AP통신": ["AP통신"]},
    ),
    Case(
        '<인터뷰> 정누리 / 한빛에너지공단 실장 : "신청하지 않은 가구가 많습니다."',
        [("direct", "신청하지 않은 가구가 많습니다.", ["정누리"])],
    ),
    Case(
        '서지훈 대구대총장\n"졸업생들이 정말 자랑스럽습니다."',
        [("direct", "졸업생들이 정말 자랑스럽습니다.", ["서지훈"])],
        people={"서지훈": ["서지훈"]},
    ),
    Case(
        "부산 해운대구의회는 주차 조례를 개정했다고 3일 밝혔다. "
        "의회는 주민 의견을 끝까지 반영하겠다고 설명했다.",
        [
            ("indirect", "주차 조례를 개정했다", ["부산 해운대구의회"]),
            ("indirect", "주민 의견을 끝까지 반영하겠다", ["부산 해운대구의회"]),
        ],
        orgs={"부산 해운대구의회": ["부산 해운대구의회"]},
    ),
    Case(
        "해운대구의회는 주차 조례를 개정했다고 밝혔다. 의회는 주민 의견을 반영하겠다고 설명했다.",
        [
            ("indirect", "주차 조례를 개정했다", ["해운대구의회"]),
            ("indirect", "주민 의견을 반영하겠다", ["해운대구의회"]),
        ],
    ),
    Case(
        "윤하늘 의원은 정부가 책임을 져야 하지 않느냐고 물었다.",
        [("indirect", "정부가 책임을 져야 하지 않느냐", ["윤하늘"])],
        people={"윤하늘": ["윤하늘"]},
    ),
    Case(
        "김도윤 위원장은 여야가 함께 논의하자고 제안했다.",
        [("indirect", "여야가 함께 논의하자", ["김도윤"])],
        people={"김도윤": ["김도윤"]},
    ),
    Case(
        '정태오 회장은 "투자를 두 배로 늘리겠다"고 말한 것으로 전해졌다.',
        [("direct", "투자를 두 배로 늘리겠다", ["정태오"])],
        people={"정태오": ["정태오"]},
        verbs=["말한 것으로 전해졌다"],
    ),
    Case(
        '오민석 감독은 "선수들이 끝까지 잘해줬다"라고 했다.',
        [("direct", "선수들이 끝까지 잘해줬다", ["오민석"])],
        people={"오민석": ["오민석"]},
        verbs=["했다"],
    ),
    Case(
        "조하람 작가는 「글은 결국 삶을 닮는다」고 말했다.",
        [("direct", "글은 결국 삶을 닮는다", ["조하람"])],
        people={"조하람": ["조하람"]},
    ),
    Case("「토지」는 오래 읽힌 대하소설이다.", []),
    Case(
        '한 관계자는 "아직 검토 중"이라고 말했다.',
        [("direct", "아직 검토 중", [])],
    ),
    Case(
        '한빛공사(사장 문재윤)는 "노후 설비를 모두 교체하겠다"고 밝혔다.',
        [("direct", "노후 설비를 모두 교체하겠다", ["한빛공사"])],
        people={"문재윤": ["문재윤"]},
        orgs={"한빛공사": ["한빛공사"]},
    ),
    Case(
        "공단 조사 결과 사고 원인이 밝혀졌다.",
        [],
    ),
    Case(
        '류세아 시장은 “예산을 더 확보하겠다"고 말했다.',
        [("direct", "예산을 더 확보하겠다", ["류세아"])],
        people={"류세아": ["류세아"]},
    ),
    Case(
        '신가람 대표는 "사업을 넓히겠다"며 내년 상반기에 공장을 짓겠다고 밝혔다.',
        [
            ("direct", "사업을 넓히겠다", ["신가람"]),
            ("indirect", "내년 상반기에 공장을 짓겠다", ["신가람"]),
        ],
        people={"신가람": ["신가람"]},
    ),
    Case(
        '마준혁 사장도 "수출 물량을 늘리는 방안도 검토"하고 있다고 밝혔다.',
        [("direct", "수출 물량을 늘리는 방안도 검토", ["마준혁"])],
        people={"마준혁": ["마준혁"]},
    ),
    Case(
        '남궁현 교수는 학회에서 "기후 위기는 이미 시작됐다"고 말했다. 한 청중은 "공감한다"고 답했다.',
        [
            ("direct", "기후 위기는 이미 시작됐다", ["남궁현"]),
            ("direct", "공감한다", []),
        ],
        people={"남궁현": ["남궁현"]},
    ),
    Case(
        '"정부는 즉각 사과해야 한다" 안소윤 의원은 이렇게 말했다.',
        [("direct", "정부는 즉각 사과해야 한다", ["안소윤"])],
        people={"안소윤": ["안소윤"]},
    ),
    Case(
        '탁민재 위원장은 "이대로는 안 된다"라며 목소리를 높였다.',
        [("direct", "이대로는 안 된다", ["탁민재"])],
        people={"탁민재": ["탁민재"]},
    ),
    Case(
        '예서현 장관 "청년 주거 지원 두 배로 늘린다"\n정부가 청년 주거 대책을 내놨다.',
        [("direct", "청년 주거 지원 두 배로 늘린다", ["예서현"])],
        people={"예서현": ["예서현", "예 장관"]},
    ),
    Case(
        '대전시 관계자는 "하반기에 다시 공모할 계획"이라고 말했다.',
        [("direct", "하반기에 다시 공모할 계획", [])],
        orgs={"대전시": ["대전시"]},
    ),
    Case(
        '한결전자 측은 "신제품 출시 일정에는 변함이 없다"고 밝혔다.',
        [("direct", "신제품 출시 일정에는 변함이 없다", ["한결전자"])],
        orgs={"한결전자": ["한결전자"]},
    ),
    Case(
        '표지안 의원은 "정부가 약속을 어겼다"고 비판했고, 주하진 의원은 "근거 없는 주장"이라고 반박했다.',
        [
            ("direct", "정부가 약속을 어겼다", ["표지안"]),
            ("direct", "근거 없는 주장", ["주하진"]),
        ],
        people={"표지안": ["표지안"], "주하진": ["주하진"]},
    ),
    Case(
        '금다온 교수는 "기술은 도구일 뿐"이라고 말했다. "결국 사람이 중요하다"는 것이다.',
        [
            ("direct", "기술은 도구일 뿐", ["금다온"]),
            ("direct", "결국 사람이 중요하다", ["금다온"]),
        ],
        people={"금다온": ["금다온"]},
    ),
    Case(
        '봉지후 장관은 "물가부터 잡겠다"고 말했다고 대변인이 전했다.',
        [("direct", "물가부터 잡겠다", ["봉지후"])],
        people={"봉지후": ["봉지후"]},
        verbs=["전했다"],
    ),
    Case(
        "통계청은 지난달 온라인 쇼핑 거래액이 21조원으로 작년 같은 달보다 8.2% 늘었다고 5일 밝혔다.",
        [("indirect", "지난달 온라인 쇼핑 거래액이 21조원으로 작년 같은 달보다 8.2% 늘었다", ["통계청"])],
        orgs={"통계청": ["통계청"]},
    ),
    Case(
        '도명훈 총재는 간담회에서 "물가 흐름은 안정적이다"면서도 "환율 변동성은 여전히 크다"고 말했다.',
        [
            ("direct", "물가 흐름은 안정적이다", ["도명훈"]),
            ("direct", "환율 변동성은 여전히 크다", ["도명훈"]),
        ],
        people={"도명훈": ["도명훈"]},
    ),
    # generic nouns refer back to the last body of their kind
    Case(
        "해운대경찰서는 보이스피싱 조직원 5명을 붙잡았다고 2일 밝혔다. "
        "경찰은 이들이 노인 20명에게서 3억원을 가로챘다고 설명했다.",
        [
            ("indirect", "보이스피싱 조직원 5명을 붙잡았다", ["해운대경찰서"]),
            ("indirect", "이들이 노인 20명에게서 3억원을 가로챘다", ["해운대경찰서"]),
        ],
        orgs={"해운대경찰서": ["해운대경찰서"]},
    ),
    Case(
        "푸른솔테크는 2분기 영업이익이 120억원으로 늘었다고 밝혔다. "
        '회사 측은 "신규 수주가 실적을 끌어올렸다"고 설명했다.',
        [
            ("indirect", "2분기 영업이익이 120억원으로 늘었다", ["푸른솔테크"]),
            ("direct", "신규 수주가 실적을 끌어올렸다", ["푸른솔테크"]),
        ],
        orgs={"푸른솔테크": ["푸른솔테크"]},
    ),
    Case(
        "㈜다온메디가 새 진단키트를 내놨다. 이 회사는 연내 유럽 인증을 받겠다고 밝혔다.",
        [("indirect", "연내 유럽 인증을 받겠다", ["다온메디"])],
        orgs={"다온메디": ["㈜다온메디"]},
    ),
    Case(
        '광주지법 형사2부는 피고인에게 징역 3년을 선고했다. 재판부는 "죄질이 무겁다"고 밝혔다.',
        # the bench is the division the court was named with, as its own subject phrase reads
        [("direct", "죄질이 무겁다", ["광주지법 형사2부"])],
        orgs={"광주지법": ["광주지법"]},
    ),
    Case(
        "광명 유나이티드가 홈 경기에서 이겼다. 광명 구단은 관중이 2만명을 넘었다고 전했다.",
        [("indirect", "관중이 2만명을 넘었다", ["광명 유나이티드"])],
        orgs={"광명 유나이티드": ["광명 유나이티드"]},
    ),
    Case(
        "한빛고법 누리재판부 형사2부는 항소심에서 징역 2년을 선고했다. "
        '2심 재판부는 "피해자와 합의한 점을 고려했다"고 설명했다.',
        # a high court's branch seat between the court and the division stays in the bench's name
        [("direct", "피해자와 합의한 점을 고려했다", ["한빛고법 누리재판부 형사2부"])],
        orgs={"한빛고법": ["한빛고법"]},
    ),
    Case(
        "한빛고법 형사3부는 원심을 깨고 징역 1년을 선고했다. 1심에서 실형이 나왔다. "
        '당시 재판부는 "반성의 빛이 없다"고 밝혔다.',
        # the earlier trial's bench is not the court the report names: the generic word speaks
        [("direct", "반성의 빛이 없다", ["재판부"])],
        orgs={"한빛고법": ["한빛고법"]},
    ),
    Case(
        '경찰은 사고 원인을 조사하고 있다고 밝혔다. 재판부는 "반성하지 않는다"고 지적했다.',
        # no station or court is named: the generic body itself speaks (GOLD.md)
        [("indirect", "사고 원인을 조사하고 있다", ["경찰"]), ("direct", "반성하지 않는다", ["재판부"])],
    ),
    # 그는 / 그녀는 is a person, never an organisation
    Case(
        "오하람 대표는 신제품을 공개했다. 한빛전자도 같은 날 제품을 내놨다. "
        '그는 "가격 경쟁력이 충분하다"고 말했다.',
        [("direct", "가격 경쟁력이 충분하다", ["오하람"])],
        people={"오하람": ["오하람"]},
        orgs={"한빛전자": ["한빛전자"]},
    ),
    Case(
        "㈜다온로보의 윤서아 대표는 올해 매출 목표를 올렸다. 다온로보는 공장을 늘린다. "
        '그는 "수출이 관건"이라고 말했다.',
        [("direct", "수출이 관건", ["윤서아"])],
        # the people extractor took the firm for a person and tied 그 to it
        people={"윤서아": ["윤서아"], "다온로보": ["다온로보", "그"]},
    ),
    # a quote standing as its own paragraph, attributed by the sentence after or before it
    Case(
        "도예린 대표는 제주에서 작은 책방을 운영한다.\n\n"
        '"첫해에는 손님이 거의 없었어요. 지금은 예약이 한 달 밀렸습니다."\n\n'
        "도 대표는 웃으며 이렇게 말했다.",
        [("direct", "첫해에는 손님이 거의 없었어요. 지금은 예약이 한 달 밀렸습니다.", ["도예린"])],
        people={"도예린": ["도예린", "도 대표"]},
    ),
    Case(
        '나윤재 교수는 20년째 철새를 연구한다.\n\n"갯벌이 사라지면 철새도 사라집니다."\n\n그는 덧붙였다.',
        [("direct", "갯벌이 사라지면 철새도 사라집니다.", ["나윤재"])],
        people={"나윤재": ["나윤재"]},
    ),
    Case(
        "한소명 감독은 올해 세 번째 영화를 내놓는다. 끝으로 그녀는 후배들에게 당부를 남겼다.\n\n"
        '"실패를 두려워하지 마세요. 다음 작품이 기다립니다."',
        [("direct", "실패를 두려워하지 마세요. 다음 작품이 기다립니다.", ["한소명"])],
        people={"한소명": ["한소명"]},
    ),
    Case(
        '시청 앞 광장에 천막이 섰다.\n"이대로는 절대 못 떠납니다."\n차수호 의원은 예산이 부족하다고 말했다.',
        [("direct", "이대로는 절대 못 떠납니다.", []), ("indirect", "예산이 부족하다", ["차수호"])],
        people={"차수호": ["차수호"]},
    ),
    # orders, requests, proposals and questions reported with -라고/-달라고/-자고/-냐고
    Case(
        "박서율 시장은 구청장에게 하천 제방을 다시 점검하라고 지시했다.",
        [("indirect", "하천 제방을 다시 점검하라", ["박서율"])],
        people={"박서율": ["박서율"]},
        verbs=["지시했다"],
    ),
    Case(
        "한빛도는 최근 병원 3곳에 의사 12명을 보내 달라고 정부에 요청했다.",
        [("indirect", "최근 병원 3곳에 의사 12명을 보내 달라", ["한빛도"])],
        orgs={"한빛도": ["한빛도"]},
        verbs=["요청했다"],
    ),
    Case(
        "최윤후 위원장은 장관에게 언제 대책을 내놓을 것이냐고 따졌다.",
        [("indirect", "언제 대책을 내놓을 것이냐", ["최윤후"])],
        people={"최윤후": ["최윤후"]},
        verbs=["따졌다"],
    ),
    Case(
        "이하람 대표는 여야가 함께 특위를 만들자고 제안했다.",
        [("indirect", "여야가 함께 특위를 만들자", ["이하람"])],
        people={"이하람": ["이하람"]},
    ),
    Case(
        "노기현 교육감은 학교마다 냉방기를 미리 점검하라고 주문했다.",
        [("indirect", "학교마다 냉방기를 미리 점검하라", ["노기현"])],
        people={"노기현": ["노기현"]},
        verbs=["주문했다"],
    ),
    Case(
        "김다온 대표는 주민들에게 지원금을 나눠주겠다고 밝혔다.",
        [("indirect", "주민들에게 지원금을 나눠주겠다", ["김다온"])],
        people={"김다온": ["김다온"]},
    ),
    Case(
        "동해통신은 두 나라가 어업 협정을 맺었다고 보도했다.",
        [("indirect", "두 나라가 어업 협정을 맺었다", ["동해통신"])],
        orgs={"동해통신": ["동해통신"]},
        verbs=["보도했다"],
    ),
    # counted groups speak for the bodies named together before them
    Case(
        "누리전자가 한결소재, 다온바이오와 손잡고 공동 연구소를 세운다. "
        "세 회사는 5년간 300억원을 함께 투자하기로 했다고 밝혔다.",
        [("indirect", "5년간 300억원을 함께 투자하기로 했다", ["누리전자", "한결소재", "다온바이오"])],
        orgs={"누리전자": ["누리전자"], "한결소재": ["한결소재"], "다온바이오": ["다온바이오"]},
    ),
    Case(
        "가온건설과 나래전자는 물류센터를 함께 짓는다. 양사는 내년 착공을 목표로 한다고 설명했다.",
        [("indirect", "내년 착공을 목표로 한다", ["가온건설", "나래전자"])],
        orgs={"가온건설": ["가온건설"], "나래전자": ["나래전자"]},
    ),
    Case(
        "가온건설은 올해 실적을 공개했다. 세 회사는 협력을 이어가겠다고 밝혔다.",
        [("indirect", "협력을 이어가겠다", [])],
        orgs={"가온건설": ["가온건설"]},
    ),
    # the bench of a court named with its division
    Case(
        "대구지법 형사합의7부는 피고인에게 징역 3년을 선고했다. 재판부는 피고인의 죄질이 무겁다고 판시했다.",
        [("indirect", "피고인의 죄질이 무겁다", ["대구지법 형사합의7부"])],
        orgs={"대구지법": ["대구지법"]},
        verbs=["판시했다"],
    ),
    Case(
        "대구지법은 이날 선고 공판을 열었다. 재판부는 피고인의 죄질이 무겁다고 판시했다.",
        [("indirect", "피고인의 죄질이 무겁다", ["대구지법"])],
        orgs={"대구지법": ["대구지법"]},
    ),
    # a person in the possessive qualifies the body that speaks; a post on social media is the person's
    Case(
        '배우 서하윤의 소속사 별빛엔터테인먼트 측은 "촬영은 예정대로 진행된다"고 밝혔다.',
        [("direct", "촬영은 예정대로 진행된다", ["별빛엔터테인먼트"])],
        people={"서하윤": ["서하윤"]},
        orgs={"별빛엔터테인먼트": ["별빛엔터테인먼트"]},
    ),
    Case(
        '서하윤은 자신의 SNS에 "모두 건강하게 돌아오길 바랍니다"라는 글을 올렸다.',
        [("direct", "모두 건강하게 돌아오길 바랍니다", ["서하윤"])],
        people={"서하윤": ["서하윤"]},
    ),
    Case(
        '서하윤은 소속사를 통해 "팬들께 감사드린다"고 전했다.',
        [("direct", "팬들께 감사드린다", ["서하윤"])],
        people={"서하윤": ["서하윤"]},
    ),
    Case(
        "한빛시 관계자는 다음 달부터 공사를 재개한다고 말했다.",
        [("indirect", "다음 달부터 공사를 재개한다", [])],
        orgs={"한빛시": ["한빛시"]},
    ),
    Case(
        "누리전자 측은 리콜 계획이 없다고 밝혔다.",
        [("indirect", "리콜 계획이 없다", ["누리전자"])],
        orgs={"누리전자": ["누리전자"]},
    ),
    # the source of a report speaks
    Case(
        "동해통신에 따르면 두 나라는 어업 협정을 맺기로 했다.",
        [],
        orgs={"동해통신": ["동해통신"]},
    ),
    # the subject of the speech verb speaks and is not part of the reported clause, even when
    # Kiwi misreads the name (…로직스는 as a verb plus an ending)
    Case(
        "한별로직스는 연결 기준 1분기 매출 2천억 원을 기록했다고 22일 밝혔다.",
        [("indirect", "연결 기준 1분기 매출 2천억 원을 기록했다", ["한별로직스"])],
        orgs={"한별로직스": ["한별로직스"]},
    ),
    Case(
        '서지후 한별로직스 대표이사 사장은 "수주 잔고가 처음으로 10조 원을 넘어섰다"고 말했다.',
        [("direct", "수주 잔고가 처음으로 10조 원을 넘어섰다", ["서지후"])],
        people={"서지후": ["서지후"]},
        orgs={"한별로직스": ["한별로직스"]},
    ),
    # 회사는 refers back to a body named before a title held only in a company
    Case(
        "서지후 한별로직스 대표이사는 실적을 발표했다. "
        "회사는 같은 날 신약 위탁생산 계약을 맺었다고 공시했다.",
        [("indirect", "같은 날 신약 위탁생산 계약을 맺었다", ["한별로직스"])],
        people={"서지후": ["서지후"]},
        orgs={"한별로직스": ["한별로직스"]},
        verbs=["공시했다"],
    ),
    # a clause that only sets the scene of speaking is not reported
    Case(
        "한편 전국농민회총연맹 보령시농민회는 이날 시청 앞에서 기자회견을 열고 "
        "쌀값이 최소 6만원은 돼야 한다고 주장했다.",
        [("indirect", "쌀값이 최소 6만원은 돼야 한다", ["보령시농민회"])],
        orgs={"전국농민회총연맹": ["전국농민회총연맹"], "보령시": ["보령시"]},
    ),
    Case(
        "온누리시는 보도자료를 내고 내년부터 버스 요금을 올린다고 밝혔다.",
        [("indirect", "내년부터 버스 요금을 올린다", ["온누리시"])],
        orgs={"온누리시": ["온누리시"]},
    ),
    Case(
        "온누리시는 성명을 통해 정부의 결정을 받아들일 수 없다고 밝혔다.",
        [("indirect", "정부의 결정을 받아들일 수 없다", ["온누리시"])],
        orgs={"온누리시": ["온누리시"]},
    ),
    Case(
        "도재훈 장관은 이날 정례 브리핑에서 물가가 안정되고 있다고 설명했다.",
        [("indirect", "물가가 안정되고 있다", ["도재훈"])],
        people={"도재훈": ["도재훈"]},
    ),
    Case(
        "온누리군 협의회는 28일 군청에서 회의를 열고 수매가를 6만원으로 결정했다고 밝혔다.",
        [("indirect", "28일 군청에서 회의를 열고 수매가를 6만원으로 결정했다", ["온누리군 협의회"])],
        orgs={"온누리군": ["온누리군"]},
    ),
    Case(
        "도재훈 장관은 야당이 성명을 내고 사과해야 한다고 말했다.",
        [("indirect", "야당이 성명을 내고 사과해야 한다", ["도재훈"])],
        people={"도재훈": ["도재훈"]},
    ),
    Case(
        "도재훈 장관은 정부 입장에서 수용하기 어렵다고 말했다.",
        [("indirect", "정부 입장에서 수용하기 어렵다", ["도재훈"])],
        people={"도재훈": ["도재훈"]},
    ),
    # a byline's = ends the reporter's part of the lead
    Case(
        "[대전=한빛뉴스] 고은채 기자 = 대전 온누리구는 다음 달부터 예방접종비를 지원한다고 17일 밝혔다.",
        [("indirect", "다음 달부터 예방접종비를 지원한다", ["온누리구"])],
        people={"고은채": ["고은채"]},
        orgs={"온누리구": ["온누리구"]},
    ),
    # 「 」 and 『 』 name works unless a quotative hands them to a speech verb
    Case(
        "시립극단은 오는 23일부터 소극장에서 「바람 부는 언덕」을 공연한다고 밝혔다.",
        [("indirect", "오는 23일부터 소극장에서 「바람 부는 언덕」을 공연한다", ["시립극단"])],
        orgs={"시립극단": ["시립극단"]},
    ),
    Case(
        "하윤서 감독은 “『바다일기』처럼 지역을 다룬 작품을 해마다 무대로 옮기겠다”고 말했다.",
        [("direct", "『바다일기』처럼 지역을 다룬 작품을 해마다 무대로 옮기겠다", ["하윤서"])],
        people={"하윤서": ["하윤서"]},
    ),
    Case(
        "하윤서 감독은 「관객이 주인공이 되는 무대를 만들겠다」고 말했다.",
        [("direct", "관객이 주인공이 되는 무대를 만들겠다", ["하윤서"])],
        people={"하윤서": ["하윤서"]},
    ),
    Case(
        "하윤서 감독은 「바다일기」를 원작으로 한 연극을 준비하고 있다.",
        [],
        people={"하윤서": ["하윤서"]},
    ),
    # a generic noun for a civic group or a union refers back to the last one named
    Case(
        "한빛환경운동연합은 성명을 냈다. 그러나 환경단체는 정부 대책이 임시방편에 그친다고 비판했다.",
        [("indirect", "정부 대책이 임시방편에 그친다", ["한빛환경운동연합"])],
        orgs={"한빛환경운동연합": ["한빛환경운동연합"]},
    ),
    # the sentence after a quote says whose words they are
    Case(
        '"기업들이 어떤 기술을 갖고 있는지 잘 몰랐다." 이날 행사를 지켜본 2학년 나하은(21)씨의 말이다.',
        [("direct", "기업들이 어떤 기술을 갖고 있는지 잘 몰랐다.", ["나하은"])],
        people={"나하은": ["나하은"]},
    ),
    # an interview's answers belong to the one person the writer met
    Case(
        "[인터뷰] 송다온 대표\n\n송다온(36)씨가 양조장을 물려받았다. 송 대표를 양조장에서 만났다.\n\n"
        '―양조장을 물려받을 때 망설이지 않았나.\n\n"많이 망설였죠. 설비도 낡았어요."\n\n'
        '―앞으로 계획은.\n\n"체험관을 짓는 사업을 준비하고 있어요."',
        [
            ("direct", "많이 망설였죠. 설비도 낡았어요.", ["송다온"]),
            ("direct", "체험관을 짓는 사업을 준비하고 있어요.", ["송다온"]),
        ],
        people={"송다온": ["송다온", "송 대표"]},
    ),
    Case(
        "송다온 대표와 하지민 교수를 차례로 만났다. 송 대표를 먼저 만났다.\n\n"
        '―앞으로 계획은.\n\n"체험관을 짓는 사업을 준비하고 있어요."',
        [("direct", "체험관을 짓는 사업을 준비하고 있어요.", [])],
        people={"송다온": ["송다온", "송 대표"], "하지민": ["하지민"]},
    ),
    # a subject inside single marks (a question put to the speaker, a phrase) is not the sentence's
    Case(
        "가수 한별은 방송에 나왔다. 특히 한별은 '동창과 다툰 적은 없냐'는 물음에 \"자주 다툰다\"고 말했다.",
        [("direct", "자주 다툰다", ["한별"])],
        people={"한별": ["한별"]},
    ),
    Case(
        "문도현 대변인은 ‘배치 일정은 늦출 수 있는 것 아니냐’는 질문에 “계획대로 간다”고 답했다.",
        [("direct", "계획대로 간다", ["문도현"])],
        people={"문도현": ["문도현"]},
    ),
    Case(
        "윤서아 이사는 “절차는 끝났다”고 말했다.\n\n‘발표가 늦었다’는 지적에는 “다음 주에 공개한다”고 했다.",
        [("direct", "절차는 끝났다", ["윤서아"]), ("direct", "다음 주에 공개한다", ["윤서아"])],
        people={"윤서아": ["윤서아"]},
    ),
    Case(
        "회사는 '주문 상품'이어서 환불이 불가하다'는 문구를 올렸다.한빛상사는 \"규정을 지켰다\"고 "
        "주장했다. '예외 상품'이 있다.",
        [("direct", "규정을 지켰다", ["한빛상사"])],
        orgs={"한빛상사": ["한빛상사"]},
    ),
    Case(
        "조민수 대변인은 \"방어 조치다\"라고 강조했다. 한지훈 장관이 '대응이 있을 것'이라고 "
        '밝힌 것에 대해서는 "보고를 받고 있다"고 말했다.',
        [
            ("direct", "방어 조치다", ["조민수"]),
            ("indirect", "'대응이 있을 것'이라", ["한지훈"]),
            ("direct", "보고를 받고 있다", ["조민수"]),
        ],
        people={"조민수": ["조민수"], "한지훈": ["한지훈"]},
    ),
    # a byline bracket glued to the story's first word: the reporter is no part of the subject
    Case(
        "[한빛경제 김수영 기자]전남 한빛군은 마을 안전을 위해 경찰서와 협력하기로 했다고 2일 밝혔다.",
        [("indirect", "마을 안전을 위해 경찰서와 협력하기로 했다", ["한빛군"])],
        people={"김수영": ["김수영"]},
        orgs={"한빛군": ["한빛군"]},
    ),
    Case(
        '(한빛넷=윤도경 기자)누리전자가 "새 공장을 짓겠다"고 밝혔다.',
        [("direct", "새 공장을 짓겠다", ["누리전자"])],
        people={"윤도경": ["윤도경"]},
        orgs={"누리전자": ["누리전자"]},
    ),
    Case(
        '누리전자(대표 윤도경)는 "새 공장을 짓겠다"고 밝혔다.',
        [("direct", "새 공장을 짓겠다", ["누리전자"])],
        people={"윤도경": ["윤도경"]},
        orgs={"누리전자": ["누리전자"]},
    ),
    # the outlet named before 등 reports for the press it heads
    Case(
        "누리통신 등 현지 매체들은 두 정상이 다음 달 만난다고 보도했다.",
        [("indirect", "두 정상이 다음 달 만난다", ["누리통신"])],
        orgs={"누리통신": ["누리통신"]},
    ),
    Case(
        '한빛방송ㆍ누리통신 등 관영 매체들은 "회담이 성공적이었다"고 전했다.',
        [("direct", "회담이 성공적이었다", ["한빛방송", "누리통신"])],
        orgs={"한빛방송": ["한빛방송"], "누리통신": ["누리통신"]},
    ),
    Case(
        "두 정상이 다음 달 만난다고 누리통신 등 외신이 3일 보도했다.",
        [("indirect", "두 정상이 다음 달 만난다", ["누리통신"])],
        orgs={"누리통신": ["누리통신"]},
    ),
    Case(
        "한빛망(韓光網) 등 일부 매체들은 회담이 미뤄졌다고 보도했다.",
        [("indirect", "회담이 미뤄졌다", ["한빛망"])],
    ),
    Case(
        "이후 누리통신 등 언론들이 사건을 크게 다루면서 논란이 커지자 정부는 조사하겠다고 발표했다.",
        [("indirect", "조사하겠다", ["정부"])],
        orgs={"누리통신": ["누리통신"]},
    ),
    # a surname before a compound title (a field, then a title the lexicon has) names the one person
    # named before with that surname and title
    Case(
        "준공식에는 송민재 한빛전력 기술혁신본부장이 참석했다. "
        '송 기술혁신본부장은 "에너지 전환의 초석"이라고 말했다.',
        [("direct", "에너지 전환의 초석", ["송민재"])],
        people={"송민재": ["송민재"]},
        titles={"송민재": "본부장"},
    ),
    Case(
        '한도윤 교수는 발표를 마쳤다. 한 대학교수는 "의견서 요청을 거절했다"고 말했다.',
        [("direct", "의견서 요청을 거절했다", [])],
        people={"한도윤": ["한도윤"]},
        titles={"한도윤": "교수"},
    ),
    Case(
        '남 선대위원장은 "후보를 일찍 정하겠다"고 말했다.',
        [("direct", "후보를 일찍 정하겠다", [])],
    ),
    # a quote whose verb is itself reported (…"라고 말했다고 보도했다): the subject before the quote said it
    Case(
        '한빛통신은 송민재 장관이 특사에게 "양국은 가까운 이웃이다"라고 말했다고 보도했다.',
        [("direct", "양국은 가까운 이웃이다", ["송민재"])],
        people={"송민재": ["송민재"]},
        orgs={"한빛통신": ["한빛통신"]},
    ),
    Case(
        '송민재 장관은 안지호 대표가 "협력이 중요하다"고 강조했다고 전했다.',
        [("direct", "협력이 중요하다", ["안지호"])],
        people={"송민재": ["송민재"], "안지호": ["안지호"]},
    ),
    # X 역시 / X 또한 (X, too) stands for the subject X도
    Case(
        '송민재 부서장은 "금리가 오른다"고 말했다. 안지호 팀장 역시 "수요가 늘었다"고 말했다.',
        [("direct", "금리가 오른다", ["송민재"]), ("direct", "수요가 늘었다", ["안지호"])],
        people={"송민재": ["송민재"], "안지호": ["안지호"]},
    ),
    Case(
        '안지호 팀장 또한 최근 "수요가 늘었다"며 웃었다.',
        [("direct", "수요가 늘었다", ["안지호"])],
        people={"안지호": ["안지호"]},
    ),
    # a subject inside a causal clause before the quote (…가 없기 때문에) no longer blocks carry-over
    Case(
        '하도윤 대변인은 "협상은 이어진다"고 말했다. 이어 대화할 기회가 없기 때문에 훈련을 계속한다며 '
        '"과제를 끝내겠다"고 주장했다.',
        [("direct", "협상은 이어진다", ["하도윤"]), ("direct", "과제를 끝내겠다", ["하도윤"])],
        people={"하도윤": ["하도윤"]},
    ),
    # known gaps
    pytest.param(
        Case(
            "한빛도는 병원 3곳에 의사를 보내 달라고 정부에 요청했다고 밝혔다.",
            [("indirect", "병원 3곳에 의사를 보내 달라고 정부에 요청했다", ["한빛도"])],
            orgs={"한빛도": ["한빛도"]},
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="a reported request inside a reported clause is read twice"
        ),
    ),
    pytest.param(
        Case(
            "고은별 대표는 “첫 문단에서 시작한다.\n\n“둘째 문단에서 끝난다”고 말했다.",
            [("direct", "첫 문단에서 시작한다.\n\n“둘째 문단에서 끝난다", ["고은별"])],
            people={"고은별": ["고은별"]},
        ),
        marks=pytest.mark.xfail(strict=True, reason="English-style reopened paragraphs are cut"),
    ),
    # a subject after the quote that names nobody: no guess from before, and 그는 is that nobody
    Case(
        '윤가람 연구원은 전망했다. "집값에 기름을 붓는 격"이라고 한 시중은행 부행장은 말했다. '
        "그는 부담이 이어질 수 있다고 덧붙였다.",
        [
            ("direct", "집값에 기름을 붓는 격", []),
            ("indirect", "부담이 이어질 수 있다", []),
        ],
        people={"윤가람": ["윤가람", "그"]},
    ),
    # after "…"며 the quote's speaker goes on; 시가 is the reported clause's own subject, and
    # 밝혀야 (must reveal) is no reporting verb
    Case(
        '노하진 위원장은 "학교가 두 곳이나 있다"며 시가 이 사실을 알았는지 밝혀야 한다고 덧붙였다.',
        [
            ("direct", "학교가 두 곳이나 있다", ["노하진"]),
            ("indirect", "시가 이 사실을 알았는지 밝혀야 한다", ["노하진"]),
        ],
        people={"노하진": ["노하진"]},
        orgs={"한빛시": ["시"]},
    ),
    # a bullet opening the line is no part of the subject
    Case(
        "□ 한빛도교육청은 계획을 세웠다.\n ㅇ 도교육청은 만족도가 높아 확대를 결정했다고 설명했다.",
        [("indirect", "만족도가 높아 확대를 결정했다", ["한빛도교육청"])],
        orgs={"한빛도교육청": ["한빛도교육청", "도교육청"]},
    ),
    # 두 사람은 / 두 장관은: the last two people (of that title) named
    Case(
        '권하진 외교부 장관과 마르코 벨리니 외교장관이 만났다. 두 사람은 "관계를 끌어올리겠다"고 밝혔다.',
        [("direct", "관계를 끌어올리겠다", ["권하진", "마르코 벨리니"])],
        people={"권하진": ["권하진"], "마르코 벨리니": ["마르코 벨리니"]},
    ),
    # an unnamed person opening the sentence asks; the wire's dateline is no part of the clause
    Case(
        "한 기자가 재고가 바닥나면 어떻게 할 것이냐고 묻자 장관은 웃었다.",
        [("indirect", "재고가 바닥나면 어떻게 할 것이냐", [])],
    ),
    Case(
        "(도쿄=연합뉴스) 조하늘 특파원 = 일본 정부가 비축미를 풀기로 했다고 한빛통신이 보도했다.",
        [("indirect", "일본 정부가 비축미를 풀기로 했다", ["한빛통신"])],
        orgs={"한빛통신": ["한빛통신"]},
    ),
    # 경찰은: a unit under the police named before
    Case(
        "경찰청 국가수사본부는 통계를 냈다. 경찰은 예방수칙을 지켜 달라고 당부했다.",
        [("indirect", "예방수칙을 지켜 달라", ["경찰청 국가수사본부"])],
        orgs={"경찰청 국가수사본부": ["경찰청 국가수사본부"]},
    ),
    # A는 …냈고, B는 …다고 밝혔다: B, after a clause in the past, speaks; a reported plan of two
    # clauses keeps its topic
    Case(
        "하도윤 위원장은 논평을 냈고, 배수연 의원은 이 문제를 따지겠다고 밝혔다.",
        [("indirect", "이 문제를 따지겠다", ["배수연"])],
        people={"하도윤": ["하도윤"], "배수연": ["배수연"]},
    ),
    Case(
        "한빛군은 협약에 따라 누리담이 판로 개척을 맡고, 한빛도는 비용을 지원한다고 설명했다.",
        [("indirect", "협약에 따라 누리담이 판로 개척을 맡고, 한빛도는 비용을 지원한다", ["한빛군"])],
        orgs={"한빛군": ["한빛군"], "한빛도": ["한빛도"]},
    ),
    # 지부는: the branch named before
    Case(
        "금속노조 한빛모터스지부는 출범식을 열었다. 지부는 파업을 검토하겠다고 밝혔다.",
        [("indirect", "파업을 검토하겠다", ["금속노조 한빛모터스지부"])],
        orgs={"금속노조 한빛모터스지부": ["금속노조 한빛모터스지부"]},
    ),
    # a name the press withholds speaks for nobody
    Case(
        '▶ 인터뷰 : 박 모 씨 / 전세사기 피해자 - "집주인은 전화도 안 받습니다."',
        [("direct", "집주인은 전화도 안 받습니다.", [])],
    ),
    # 회사 측은: the firm, not its union named after the firm
    Case(
        "한빛중공업 노조는 파업했다. 한빛중공업은 교섭했다. 회사 측은 회복이 불확실하다고 밝혔다.",
        [("indirect", "회복이 불확실하다", ["한빛중공업"])],
        orgs={"한빛중공업 노조": ["한빛중공업 노조"], "한빛중공업": ["한빛중공업은"]},
    ),
    # several people in one subject phrase with words between: the last is the head
    Case(
        '유재하 후보가 연설했다. 유 후보 선거대책위원회 하수진 대변인은 "이미 담겨 있다"고 반박했다.',
        [("direct", "이미 담겨 있다", ["하수진"])],
        people={"유재하": ["유재하", "유 후보"], "하수진": ["하수진"]},
    ),
    # a person in the possessive before the noun that speaks: the speaker is unnamed
    Case(
        '노태오 사장이 기소됐다. 노 사장의 변호인은 "받은 사실이 없다"고 말했다.',
        [("direct", "받은 사실이 없다", [])],
        people={"노태오": ["노태오", "노 사장"]},
    ),
    # the last topic before a quote is its subject; a subject inside the phrase before it is not
    Case(
        '한지아는 배우다. 한지아가 주연을 맡은 드라마 제작사 관계자는 "일정을 조정하고 있다"고 전했다.',
        [("direct", "일정을 조정하고 있다", [])],
        people={"한지아": ["한지아"]},
    ),
    # 회사는 … 시민연대가 …: a subject after the topic is the reported clause's own
    Case(
        "그린힐개발은 입장문을 냈다. 회사는 시민연대가 요구하는 토론회에도 응하겠다고 덧붙였다.",
        [("indirect", "시민연대가 요구하는 토론회에도 응하겠다", ["그린힐개발"])],
        orgs={"그린힐개발": ["그린힐개발"], "시민연대": ["시민연대"]},
    ),
    # writing verbs report too (SNS에 "…"고 적었다)
    Case(
        '한지아는 자신의 SNS에 "걱정을 끼쳐 죄송하다"고 적었다.',
        [("direct", "걱정을 끼쳐 죄송하다", ["한지아"])],
        people={"한지아": ["한지아"]},
    ),
    # 소속사는: the agency named before
    Case(
        "소속사 별빛엔터테인먼트는 입장을 냈다. 복귀할 예정이라고 소속사는 전했다.",
        [("indirect", "복귀할 예정이라", ["별빛엔터테인먼트"])],
        orgs={"별빛엔터테인먼트": ["별빛엔터테인먼트"]},
    ),
    # a quoted sentence, then "NAME은 이렇게 말하며 …": 이렇게 points at the quote though the verb goes on
    Case(
        '"피해주택은 목표치의 5%에 불과하다." 조은서 의원은 이렇게 말하며 태도를 문제 삼았다.',
        [("direct", "피해주택은 목표치의 5%에 불과하다.", ["조은서"])],
        people={"조은서": ["조은서"]},
    ),
    # 이들은 after a single speaker: the people the story is about
    Case(
        '한빛경찰서는 일당을 검거했다고 밝혔다. 경찰에 따르면 이들은 "수익을 내주겠다"며 투자자를 모았다.',
        [("indirect", "일당을 검거했다", ["한빛경찰서"]), ("direct", "수익을 내주겠다", [])],
        orgs={"한빛경찰서": ["한빛경찰서"]},
    ),
    # a quote used as the content of a person's question: "…"는 질의에
    Case(
        '한승오 의원의 "미집행 잔액이 도대체 얼마냐"는 질의에 장관은 답하지 않았다.',
        [("direct", "미집행 잔액이 도대체 얼마냐", ["한승오"])],
        people={"한승오": ["한승오"]},
    ),
    # a quote paragraph pointed at by an unnamed speaker: nobody, not the person named before
    Case(
        '도하나 회장은 반발했다.\n\n"걱정을 충분히 이해합니다."\n\n대학 본부의 한 보직교수는 이렇게 말했다.',
        [("direct", "걱정을 충분히 이해합니다.", [])],
        people={"도하나": ["도하나"]},
    ),
    # after "…"며 an unnamed topic is the reported clause's own, not an unnamed speaker
    Case(
        '민경하 총장은 "기자재 교체에 쓰겠다"며 학생의 실질 부담은 줄어들 것이라고 강조했다.',
        [
            ("direct", "기자재 교체에 쓰겠다", ["민경하"]),
            ("indirect", "학생의 실질 부담은 줄어들 것이라", ["민경하"]),
        ],
        people={"민경하": ["민경하"]},
    ),
    # 통신은: the news agency named before
    Case(
        "한빛통신이 보도했다. 불만이 커지고 있다고 통신은 전했다.",
        [("indirect", "불만이 커지고 있다", ["한빛통신"])],
        orgs={"한빛통신": ["한빛통신"]},
    ),
    # a quoted sentence of its own, then a short sentence on the same line naming who said it
    Case(
        '감사가 열렸다. "예산은 늘었습니다." 질의에 나선 허도윤 의원은 이렇게 말했다.',
        [("direct", "예산은 늘었습니다.", ["허도윤"])],
        people={"허도윤": ["허도윤"]},
    ),
    # 도교육청은: the organisation extractor gives the body this short form, so the body speaks
    Case(
        "충청남도교육청이 계획을 세웠다. 도교육청은 이를 확정했다고 밝혔다.",
        [("indirect", "이를 확정했다", ["충청남도교육청"])],
        orgs={"충청남도교육청": ["충청남도교육청", "도교육청"]},
    ),
    Case(
        "한빛시의회가 열렸다. 군의회는 반대한다고 밝혔다.",
        [("indirect", "반대한다", ["군의회"])],
        orgs={"한빛시의회": ["한빛시의회"]},
    ),
    pytest.param(
        Case(
            '허도윤 의원은 "그가 "가자"고 했다"고 전했다.',
            [("direct", '그가 "가자"고 했다', ["허도윤"])],
            people={"허도윤": ["허도윤"]},
        ),
        marks=pytest.mark.xfail(strict=True, reason="straight marks nested in straight marks"),
    ),
    pytest.param(
        Case(
            "변가은 시장은 침수 현장을 찾았다.\n\n"
            '"복구에 모든 힘을 쏟겠습니다."\n\n변 시장은 주민들과 악수를 나눴다.',
            [("direct", "복구에 모든 힘을 쏟겠습니다.", ["변가은"])],
            people={"변가은": ["변가은", "변 시장"]},
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a quote paragraph between sentences that do not talk of speech gets no speaker",
        ),
    ),
    # The answer to a remark (…다는 지적에, …냐는 질문에는): a subject inside the remark that names
    # nobody is the remark's, not the speaker's; the speaker carries over, or is the sentence's topic.
    Case(
        '오세린 한빛시 대변인은 "예산은 충분하다"고 말했다. 세금이 너무 많이 올랐다는 지적에 대해서는 '
        '"사실과 다르다"고 반박했다.',
        [("direct", "예산은 충분하다", ["오세린"]), ("direct", "사실과 다르다", ["오세린"])],
        people={"오세린": ["오세린"]},
    ),
    Case(
        '오세린 대변인은 도하준 시장이 "재정은 건전하다"며 강조한 것은 현실과 다르지 않으냐는 질문에 '
        '"시장의 판단을 존중한다"고 답했다.',
        [("direct", "재정은 건전하다", ["도하준"]), ("direct", "시장의 판단을 존중한다", ["오세린"])],
        people={"오세린": ["오세린"], "도하준": ["도하준"]},
    ),
    Case(
        '오세린 대변인은 "조사에 협조하겠다"고 말했다. 흰 모자를 쓴 피의자는 범행을 혼자 계획했느냐는 '
        '취재진의 질문에 "죄송하다"고 답했다.',
        [("direct", "조사에 협조하겠다", ["오세린"]), ("direct", "죄송하다", [])],
        people={"오세린": ["오세린"]},
    ),
    Case(
        '권태오 장관은 "책임을 통감한다"고 말했다. 장관 관용차가 그날 밤 청사에 들어갔다는 언론 보도에 '
        '대해서는 "회의가 있었을 뿐"이라고 말했다.',
        [("direct", "책임을 통감한다", ["권태오"]), ("direct", "회의가 있었을 뿐", ["권태오"])],
        people={"권태오": ["권태오"]},
    ),
    Case(
        '오세린 대변인은 "공사는 순조롭다"고 말했다. 현장 관계자가 공사가 늦어지는 것 아니냐는 질문에 '
        '"일정대로 진행된다"고 답했다.',
        [("direct", "공사는 순조롭다", ["오세린"]), ("direct", "일정대로 진행된다", [])],
        people={"오세린": ["오세린"]},
    ),
    pytest.param(
        Case(
            '오세린 대변인은 "예산은 충분하다"고 말했다. 다만 지켜야 할 것은 지키면서 협력이 중요하다며 '
            "모든 급에서 소통하겠다고 말했다.",
            [("direct", "예산은 충분하다", ["오세린"]), ("indirect", "모든 급에서 소통하겠다", ["오세린"])],
            people={"오세린": ["오세린"]},
        ),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a clause made a noun (…할 것은) as the reported clause's topic makes it unnamed, "
            "and the clause after a quotative -다며 is not cut",
        ),
    ),
    # A space typed between the closing mark and the quotative (“…” 이라며): still the quotative.
    Case(
        "윤서하 판사는 “법정에서 소란은 있을 수 없는 일” 이라며 “반성하는 빛이 없다” 며 고개를 저었다.",
        [
            ("direct", "법정에서 소란은 있을 수 없는 일", ["윤서하"]),
            ("direct", "반성하는 빛이 없다", ["윤서하"]),
        ],
        people={"윤서하": ["윤서하"]},
    ),
    Case(
        '한빛증권은 28일 누리전자에 대해 "하반기부터 실적이 좋아질 것" 이라며 목표주가를 올렸다.',
        [("direct", "하반기부터 실적이 좋아질 것", ["한빛증권"])],
        orgs={"한빛증권": ["한빛증권"]},
    ),
]


def _case_id(case: object) -> str:
    return case.text[:60] if isinstance(case, Case) else str(case)


def _build(case: Case) -> tuple[list[Person], list[Organization]]:
    people = [
        Person(name=n, title=case.titles.get(n), mentions=_mentions(case.text, surfaces))
        for n, surfaces in case.people.items()
    ]
    orgs = [Organization(name=n, mentions=_mentions(case.text, s)) for n, s in case.orgs.items()]
    return people, orgs


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_quotes(case: Case, doc_of: Callable[[str], Document]) -> None:
    people, orgs = _build(case)
    doc = doc_of(case.text)
    quotes = extract_quotes(doc, people, orgs)
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
    got = sorted((q.kind, q.text, sorted(q.speakers)) for q in quotes)
    assert got == sorted((kind, text, sorted(speakers)) for kind, text, speakers in case.want)
    if case.verbs:
        assert [q.verb for q in quotes] == case.verbs


def test_unbalanced_marks_stay_linear() -> None:
    """A megabyte of unbalanced marks finishes (one pass, bounded windows) and never spans far."""
    unit = '김 장관은 "좋다 “가자\n」 『 "\n'
    text = unit * (1_000_000 // len(unit))
    quotes = extract_quotes(Document(text=text), [], [])
    assert all(q.end - q.start < 100 for q in quotes)


def test_long_analysed_article_with_stray_marks(doc_of: Callable[[str], Document]) -> None:
    """A stray mark in a real-sized article leaves later quotes intact."""
    filler = "시는 올해 도로 정비 사업을 마쳤다. " * 40
    text = '송하윤 국장은 "예산을 아끼겠다.\n' + filler + '\n송 국장은 "내년에도 계속하겠다"고 말했다.'
    people = [Person(name="송하윤", mentions=_mentions(text, ["송하윤", "송 국장"]))]
    quotes = extract_quotes(doc_of(text), people, [])
    direct = [(q.text, q.speakers) for q in quotes if q.kind == "direct"]
    assert direct == [("내년에도 계속하겠다", ["송하윤"])]


def test_pairing_never_overlaps() -> None:
    pairs = pair_quote_marks('"a" "b “c" d” "e')
    assert all(o < c for o, c in pairs)
    assert all(c1 < o2 for (_, c1), (o2, _) in itertools.pairwise(pairs))
