"""Text copies of news pages: furniture out of `text`, read for metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractor.page.textpage import prepare_text
from tests.cases import named_rows

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "gwangju_future_car.txt"

# Lines that are page furniture on Korean news sites: never in `text`.
FURNITURE = [
    "UPDATE. 2024-04-25 16:50 (목)",
    "이 기사를 공유합니다",
    "  • 댓글 0",
    "  • 승인 2022.02.10 10:59",
    "기사입력 2020-03-04 16:52 | 최종수정 2020-03-04 17:00",
    "무단전재 및 재배포 금지",
    "저작권자 © 한라의소리 무단전재 및 재배포 금지",
    "Copyright © Hanbit Munhwa Broadcasting Corporation. All rights reserved.",
    "ⓒ 한빛경제신문 & hanbit.example.com, 무단전재 및 재배포 금지",
    "기사 스크랩",
    "클린뷰",
    "프린트",
    "ADVERTISEMENT",
    "여러분의 의견을 남겨주세요",
    "1.jpg",
    "photo_2023.png",
    "minjae77@nf.co.kr",
    "페이스북 트위터 카카오스토리 URL복사",
    "본문 듣기",
    "  • 슬퍼요",
    "후속기사 원해요",
    "감동이에요",
    "홈 > 뉴스 > 지역",
    "HOME > 사회 > 교육",
    "뉴스 › 경제 › 부동산",
    "Home » 오피니언 » 사설",
    "홈 > 스포츠",
    "정치 > 국회",
    "기사입력 2024-03-05 14:20",
    "등록 2024.03.05 14:20:11",
    "송고시간2024-03-05 14:20",
    "Posted Mar 5, 2024 2:20 PM",
    "입력 2024.03.05 오후 2:20 | 수정 2024.03.05 오후 4:02",
    "기자명 김도윤 기자   입력 2026.03.04 10:21   수정 2026.03.04 15:47   댓글 0",
    "새벽일보 | 김도윤 기자 | 입력 : 2025-02-12 09:14:07",
    "바로가기 복사하기 본문 글씨 키우기 본문 글씨 줄이기",
    "글씨크기 조절하기",
    "SNS 기사보내기",
    "<ⓒ새벽일보 - 무단전재 및 재배포 금지>",
]


@pytest.mark.parametrize("line", FURNITURE, ids=FURNITURE)
def test_furniture_line_is_kept_out_of_text(line: str) -> None:
    raw = f"시장, 새 청사 계획 발표\n{line}\n광주시는 10일 새 청사 건립 계획을 발표했다.\n{line}\n"
    page = prepare_text(raw)
    assert line.strip() not in page.text
    assert "광주시는 10일 새 청사 건립 계획을 발표했다." in page.text


RELATED_BOXES = [
    "관련기사\n- 시, 청년 주택 500호 공급\n- 구, 도서관 예산 30억원 확보",
    "▶ 관련 기사\n▶ 시, 청년 주택 500호 공급\n▶ 구, 도서관 예산 30억원 확보",
    "[이 기사와 관련된 기사]\n· 시, 청년 주택 500호 공급\n· 구, 도서관 예산 30억원 확보",
    "많이 본 뉴스\n1 시, 청년 주택 500호 공급\n2 구, 도서관 예산 30억원 확보",
    "인기기사\n시, 청년 주택 500호 공급\n구, 도서관 예산 30억원 확보",
]


@pytest.mark.parametrize("box", RELATED_BOXES, ids=[b.split("\n")[0] for b in RELATED_BOXES])
def test_related_article_box_is_kept_out_of_text(box: str) -> None:
    raw = (
        "시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다.\n\n"
        f"{box}\n\n시는 내년 상반기에 설계를 마칠 계획이다.\n\n저작권자 © 동녘일보 무단전재 및 재배포 금지"
    )
    page = prepare_text(raw)
    assert "청년 주택" not in page.text and "도서관 예산" not in page.text
    assert "시는 내년 상반기에 설계를 마칠 계획이다." in page.text  # prose after the box is the article again
    assert page.metadata.outlet == "동녘일보"


LINK_LINES = [
    '☞ 시, 청년 주택 500호 공급…"연내 입주"\n☞ 구, 도서관 예산 30억원 확보',
    '☞시, 청년 주택 500호 공급\n\n\n☞ 구청장 "도서관 예산 30억원 확보"',
    "[☞오늘의 동녘일보][☞동녘닷컴 주요기사]",
]


@pytest.mark.parametrize("links", LINK_LINES, ids=[b.split("\n")[0] for b in LINK_LINES])
def test_lines_pointing_to_other_articles_are_kept_out_of_text(links: str) -> None:
    raw = f"시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다.\n\n{links}\n"
    page = prepare_text(raw)
    assert "☞" not in page.text
    assert page.text.endswith("광주시는 10일 새 청사 건립 계획을 발표했다.")


def test_a_pointed_line_that_is_a_finished_sentence_stays() -> None:
    raw = (
        "시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다.\n\n"
        "☞ 신청은 20일까지 구청 누리집에서 받는다.\n"
    )
    page = prepare_text(raw)
    assert page.text.endswith("☞ 신청은 20일까지 구청 누리집에서 받는다.")


def test_prose_right_under_a_related_box_is_the_article_again() -> None:
    raw = (
        "시장, 새 청사 계획 발표\n광주시는 10일 새 청사 건립 계획을 발표했다.\n관련기사\n"
        "- 시, 청년 주택 500호 공급\n시는 내년 상반기에 설계를 마칠 계획이다."
    )
    page = prepare_text(raw)
    assert "청년 주택" not in page.text
    assert page.text.endswith("시는 내년 상반기에 설계를 마칠 계획이다.")


def test_popular_box_above_the_article_leaves_the_headline() -> None:
    raw = (
        "많이 본 뉴스\n1 시, 청년 주택 500호 공급\n2 구, 도서관 예산 30억원 확보\n"
        "시장, 새 청사 계획 발표\n입력 2024.03.05 14:20\n광주시는 10일 새 청사 건립 계획을 발표했다."
    )
    page = prepare_text(raw)
    assert page.metadata.headline == "시장, 새 청사 계획 발표"
    assert "청년 주택" not in page.text


def test_copyright_under_a_related_box_still_names_the_outlet() -> None:
    raw = (
        "시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다.\n\n관련기사\n"
        "- 시, 청년 주택 500호 공급\n저작권자 © 동녘일보 무단전재 및 재배포 금지"
    )
    page = prepare_text(raw)
    assert page.text == "시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다."
    assert page.metadata.outlet == "동녘일보"


def test_press_release_contact_line_stays_as_a_byline_not_a_subheading() -> None:
    raw = (
        "보 도 자 료\n배포일시 2025. 4. 2.(수) 09:00 | 담당부서 공원녹지과 | 과장 김도윤 (02-123-4567)\n"
        "구, 동네 공원 3곳 새로 조성\n- 주민 쉼터 늘린다 -\n\n"
        "□ 구는 동네 공원 3곳을 새로 만든다고 2일 밝혔다."
    )
    page = prepare_text(raw)
    assert "보 도 자 료" not in page.text
    assert [r.kind for r in page.regions][:2] == ["byline", "headline"]
    assert page.metadata.subheadings == ["주민 쉼터 늘린다"]


def test_comment_block_after_the_body_is_dropped() -> None:
    raw = (
        "시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다.\n\n"
        "댓글삭제\n삭제한 댓글은 다시 복구할 수 없습니다.\n그래도 삭제하시겠습니까?\n댓글 0\n댓글쓰기\n"
        "계정을 선택하시면 로그인·계정인증을 통해\n댓글을 남기실 수 있습니다.\n"
    )
    page = prepare_text(raw)
    assert page.text == "시장, 새 청사 계획 발표\n\n광주시는 10일 새 청사 건립 계획을 발표했다."


_BODY = "구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n\n도서관은 2026년 문을 연다고 구청은 설명했다."
_LONG_TITLE = "한빛구-누리문화재단, 구립도서관 3곳에 '실감콘텐츠 체험관' 새로 만든다"

CASES: list[Any] = [
    (
        "outlet and writer before a bar and the date",
        f"구립도서관 3곳 새로 짓는다\n\n새벽일보 김도윤 기자 | 2025-06-21 17:40\n\n{_BODY}",
        {"outlet": "새벽일보", "reporters": ["김도윤"], "published_at": "2025-06-21T17:40:00+09:00"},
    ),
    (
        "outlet, writer and 입력 date as bar-split fields",
        f"구립도서관 3곳 새로 짓는다\n\n누리신문 | 김도윤 기자 | 입력 : 2025-02-12 09:14:07\n\n{_BODY}",
        {"outlet": "누리신문", "reporters": ["김도윤"], "published_at": "2025-02-12T09:14:00+09:00"},
    ),
    (
        "outlet, writer and an unlabelled dotted date as bar-split fields",
        f"구립도서관 3곳 새로 짓는다\n\n누리일보 | 김도윤 기자 | 2024.10.28 18:02\n\n{_BODY}",
        {"outlet": "누리일보", "reporters": ["김도윤"], "published_at": "2024-10-28T18:02:00+09:00"},
    ),
    (
        "[section] headline over an outlet byline with 승인",
        f"[의정] 구립도서관 3곳 새로 짓는다\n\n새벽일보 김도윤 기자 | 승인 2025.05.08 10:11\n\n{_BODY}",
        {"headline": "구립도서관 3곳 새로 짓는다", "section": "의정", "outlet": "새벽일보"},
    ),
    (
        "a regional broadcaster's byline",
        f"구립도서관 3곳 새로 짓는다\n\nMBC충북 | 김도윤 기자 | 2025-06-21 17:40\n\n{_BODY}",
        {"outlet": "MBC충북", "reporters": ["김도윤"]},
    ),
    (
        "the header byline's outlet over the copyright line of the site showing the copy",
        f"구립도서관 3곳 새로 짓는다\n\n새벽일보 | 김도윤 기자 | 2025-06-21 17:40\n\n{_BODY}\n\n"
        "저작권자 © 누리포털뉴스 무단전재 및 재배포 금지",
        {"outlet": "새벽일보"},
    ),
    (
        "a desk before the bar is no outlet",
        f"구립도서관 3곳 새로 짓는다\n\n사회부 | 김도윤 기자 | 2025-06-21 17:40\n\n{_BODY}",
        {"outlet": None, "reporters": ["김도윤"]},
    ),
    (
        "a body line naming a paper before a bar is no byline",
        f"구립도서관 3곳 새로 짓는다\n\n김도윤 기자\n\n"
        f"새벽신문 | 지역 소식을 전하는 신문이 창간 10주년을 맞았다고 밝혔다.\n\n{_BODY}",
        {"outlet": None, "reporters": ["김도윤"]},
    ),
    (
        "a body sentence naming a paper's reporter is no byline",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n이날 행사에는 새벽일보 김도윤 기자 등 50명이 참석했다.",
        {"outlet": None, "reporters": []},
    ),
    (
        "outlet and writer closing the article",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n새벽일보 김도윤 기자 dy@hanbit.example.com",
        {"outlet": "새벽일보", "reporters": ["김도윤"]},
    ),
    (
        "a wire dateline alone on its line, without the closing =",
        f"구립도서관 3곳 새로 짓는다\n\n(서울=뉴스1) 김도윤 기자\n\n{_BODY}",
        {"outlet": "뉴스1", "reporters": ["김도윤"]},
    ),
    (
        "copyright footer with a comma after the outlet",
        f"구립도서관 3곳 새로 짓는다\n\n김도윤 기자\n\n{_BODY}\n\n"
        "<저작권자 © 누리일보, 무단 전재 및 재배포 금지>",
        {"outlet": "누리일보"},
    ),
    (
        "a long headline ending in 다 above an 입력 | 수정 line",
        f"{_LONG_TITLE}\n\n입력 2025.04.17 15:32 | 수정 2025.04.17 16:05\n\n김도윤 기자\n\n{_BODY}",
        {"headline": _LONG_TITLE, "reporters": ["김도윤"], "published_at": "2025-04-17T15:32:00+09:00"},
    ),
    (
        "a 기자명 … 입력 … 수정 … 댓글 line under the headline",
        f"{_LONG_TITLE}\n"
        f"기자명 김도윤 기자   입력 2026.03.04 10:21   수정 2026.03.04 15:47   댓글 0\n\n{_BODY}",
        {"headline": _LONG_TITLE, "reporters": ["김도윤"], "published_at": "2026-03-04T10:21:00+09:00"},
    ),
    (
        "web page header: site name, login links, menu button and row, breadcrumb, tool row",
        f"새벽일보\n로그인 회원가입\n전체메뉴\n뉴스 | 정치 | 경제 | 사회 | 문화 | 스포츠 | 오피니언\n"
        f"홈 > 사회 > 지역\n{_LONG_TITLE}\n"
        "기자명 김도윤 기자   입력 2026.03.04 10:21   수정 2026.03.04 15:47   댓글 0\n"
        f"바로가기 복사하기 본문 글씨 키우기 본문 글씨 줄이기\n\n{_BODY}\n"
        "Copyright © 2026 새벽일보. All rights reserved.",
        {"headline": _LONG_TITLE, "subheadings": [], "outlet": "새벽일보", "reporters": ["김도윤"]},
    ),
    (
        "web page header with a menu button line",
        f"새벽신문\n전체메뉴 버튼\n홈 > 사회 > 행정\n구립도서관 3곳 새로 짓는다\n"
        f"입력 2025.06.02 14:35  |  수정 2025.06.02 16:10\n김도윤 기자 dy@hanbit.example.com\n"
        f"글씨크기 조절하기\nSNS 기사보내기\n\n{_BODY}",
        {"headline": "구립도서관 3곳 새로 짓는다", "subheadings": [], "outlet": "새벽신문"},
    ),
    (
        "an unknown one-word site button above the title and its byline",
        f"지면보기\n{_LONG_TITLE}\n입력 2025.06.02 14:35\n\n{_BODY}",
        {"headline": _LONG_TITLE},
    ),
    (
        "a short headline and its subtitle above the 입력 line",
        f"폭염 비상\n구, 무더위쉼터 1천700곳 운영\n입력 2025.06.02 14:35\n\n{_BODY}",
        {"headline": "폭염 비상", "subheadings": ["구, 무더위쉼터 1천700곳 운영"]},
    ),
    (
        "a full-stopped sentence above a date line is no headline",
        f"{_BODY}\n입력 2025.06.02 14:35\n\n{_BODY}",
        {"headline": None},
    ),
    (
        "headline before an [outlet] dateline on one line",
        "한빛 119신고 3분에 1번꼴…하루 평균 480건 [지방의정저널] "
        "한빛광역시 소방안전본부는 신고 건수를 27일 밝혔다.",
        {"headline": "한빛 119신고 3분에 1번꼴…하루 평균 480건", "outlet": "지방의정저널"},
    ),
    (
        "broadcast sign-off",
        '"일자리 창출"…회장 메시지는?\n【 앵커멘트 】 채용이 늘었습니다. 최민서 기자입니다.\n'
        "【 기자 】 박람회가 열렸습니다.\nKNN 뉴스 최민서입니다.",
        {"headline": '"일자리 창출"…회장 메시지는?', "outlet": "KNN", "reporters": ["최민서"]},
    ),
    (
        "yonhap-style dateline with reporter after it",
        "정부, 반도체 지원 확대\n(세종=연합뉴스) 홍길동 기자 = 정부는 반도체 지원을 확대한다고 1일 밝혔다.",
        {"headline": "정부, 반도체 지원 확대", "outlet": "연합뉴스", "reporters": ["홍길동"]},
    ),
    (
        "date-only prefix line and a final desk byline",
        " date 2025-09-09 관광 상품 공동 개발\n공단은 9일 협약을 맺었다.\n"
        "영남취재본부 문태호 기자 taeho@nurinews.co.kr",
        {"published_at": "2025-09-09", "reporters": ["문태호"]},
    ),
    (
        "dateline with ㅣ and an e-mail line at the end",
        "[참팩트ㅣ조민재 기자] 박서진 대통령은 27일 국무회의에서 말했다.\nminjae77@nf.co.kr",
        {"headline": None, "outlet": "참팩트", "reporters": ["조민재"]},
    ),
    (
        "breadcrumb line above the headline",
        "홈 > 뉴스 > 사회\n구립도서관 3곳 새로 짓는다\n기자명 김도윤 기자\n입력 2024.03.05 14:20\n"
        "구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.",
        {
            "headline": "구립도서관 3곳 새로 짓는다",
            "section": None,
            "reporters": ["김도윤"],
            "published_at": "2024-03-05T14:20:00+09:00",
        },
    ),
    (
        "one-step breadcrumb with a › separator",
        "경제 › 부동산\n전셋값 12주 연속 상승\n\n전셋값이 12주 연속 올랐다고 한국부동산원이 7일 밝혔다.",
        {"headline": "전셋값 12주 연속 상승"},
    ),
    (
        "[section] tag opening the headline line",
        "[경제] 수출 석 달째 증가…반도체가 견인\n\n수출이 석 달째 늘었다고 정부가 1일 밝혔다.\n\n김도윤 기자",
        {
            "headline": "수출 석 달째 증가…반도체가 견인",
            "section": "경제",
            "outlet": None,
            "reporters": ["김도윤"],
        },
    ),
    (
        "【section】 tag with a column name that is also an outlet ending",
        "【포커스】 청년 창업 지원 확대\n\n구청은 청년 창업 지원을 늘린다고 3일 밝혔다.",
        {"headline": "청년 창업 지원 확대", "section": "포커스", "outlet": None},
    ),
    (
        "[outlet name 기자] dateline without =",
        "구립도서관 3곳 새로 짓는다\n\n[한빛타임 김도윤 기자] 구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"headline": "구립도서관 3곳 새로 짓는다", "outlet": "한빛타임", "reporters": ["김도윤"]},
    ),
    (
        "뉴시스-style 【place=outlet】 dateline with reporter after it",
        "구립도서관 3곳 새로 짓는다\n【인천=뉴시스】김도윤 기자 = 구청은 5일 도서관을 짓는다고 밝혔다.",
        {"outlet": "뉴시스", "reporters": ["김도윤"]},
    ),
    (
        "(place=outlet) with an outlet name of no known ending",
        "구립도서관 3곳 새로 짓는다\n(광주=한빛타임) 김도윤 기자 = 구청은 5일 도서관을 짓는다고 밝혔다.",
        {"outlet": "한빛타임", "reporters": ["김도윤"]},
    ),
    (
        "reporter '=' opener without a bracket dateline",
        "구립도서관 3곳 새로 짓는다\n김도윤 기자 = 구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.",
        {"headline": "구립도서관 3곳 새로 짓는다", "outlet": None, "reporters": ["김도윤"]},
    ),
    (
        "slash byline closing the last paragraph",
        "구립도서관 3곳 새로 짓는다\n구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n"
        "도서관은 2026년 문을 열 예정이며 총사업비는 구비로 충당할 계획이다. /김도윤 기자",
        {"reporters": ["김도윤"]},
    ),
    (
        "글·사진= byline line",
        "구립도서관 3곳 새로 짓는다\n글·사진=김도윤 기자\n구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.",
        {"headline": "구립도서관 3곳 새로 짓는다", "reporters": ["김도윤"]},
    ),
    (
        "English publication date line",
        "구립도서관 3곳 새로 짓는다\nPublished : Mar. 5, 2024 2:20 PM\n구청은 5일 도서관을 짓는다고 밝혔다.",
        {"published_at": "2024-03-05T14:20:00+09:00"},
    ),
    (
        "press release: spaced 보 도 자 료 header and 배포일시 line before the title",
        "보 도 자 료\n배포일시 2025. 4. 2.(수) 09:00 | 담당부서 공원녹지과\n\n"
        "구, 동네 공원 3곳 새로 조성\n\n□ 구는 올해 동네 공원 3곳을 새로 만든다고 2일 밝혔다.",
        {"headline": "구, 동네 공원 3곳 새로 조성", "published_at": "2025-04-02T09:00:00+09:00"},
    ),
    (
        "press release: date with the 배포 label after it",
        "[보도자료]\n2025. 4. 2.(수) 09:00 배포\n구, 동네 공원 3곳 새로 조성\n\n"
        "□ 구는 올해 동네 공원 3곳을 새로 만든다고 2일 밝혔다.",
        {"headline": "구, 동네 공원 3곳 새로 조성", "published_at": "2025-04-02T09:00:00+09:00"},
    ),
    (
        "press release: 보도시점 line and a contact line with a phone number",
        "보도시점 2025. 4. 2.(수) 12:00\n담당 주무관 김도윤 (02-123-4567)\n구, 동네 공원 3곳 새로 조성\n\n"
        "□ 구는 올해 동네 공원 3곳을 새로 만든다고 2일 밝혔다.",
        {"headline": "구, 동네 공원 3곳 새로 조성", "published_at": "2025-04-02T12:00:00+09:00"},
    ),
    (
        "press release: a contact line with no phone number before the title",
        "보도자료\n담당부서 공원녹지과 | 과장 김도윤\n구, 동네 공원 3곳 새로 조성\n\n"
        "□ 구는 올해 동네 공원 3곳을 새로 만든다고 2일 밝혔다.",
        {"headline": "구, 동네 공원 3곳 새로 조성"},
    ),
    (
        "press release: the issuing body's name before the label",
        "한빛구청 보도자료\n보도일시: 2025. 4. 2.(수) 09:00\n구, 동네 공원 3곳 새로 조성\n\n"
        "□ 구는 올해 동네 공원 3곳을 새로 만든다고 2일 밝혔다.",
        {"headline": "구, 동네 공원 3곳 새로 조성", "published_at": "2025-04-02T09:00:00+09:00"},
    ),
    (
        "a headline that opens with 배포 and a number is still the headline",
        "배포 3일 만에 앱 100만 내려받기\n\n구청 앱이 배포 사흘 만에 100만 건 내려받아졌다고 2일 밝혔다.",
        {"headline": "배포 3일 만에 앱 100만 내려받기"},
    ),
    (
        "a headline that opens with a press label word is still the headline",
        "배포 앞둔 디지털교과서, 학교 현장은 혼란\n\n교육부가 새 교과서를 다음 달 배포한다고 2일 밝혔다.",
        {"headline": "배포 앞둔 디지털교과서, 학교 현장은 혼란"},
    ),
    (
        "a site name alone above the headline is the masthead, not the headline",
        "동녘일보\n전체기사 | 사회 | 교육\n구립도서관 3곳 새로 짓는다\n\n"
        "구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"headline": "구립도서관 3곳 새로 짓는다", "outlet": "동녘일보"},
    ),
    (
        "a copyright outlet outranks the masthead",
        "새벽강뉴스\n구립도서관 3곳 새로 짓는다\n\n구청은 5일 도서관 3곳을 짓는다고 밝혔다.\n"
        "저작권자 © 동녘데일리 무단전재 및 재배포 금지",
        {"headline": "구립도서관 3곳 새로 짓는다", "outlet": "동녘데일리"},
    ),
    (
        "column byline 글 = name, school and post",
        "[시론] 지방 소멸, 일자리가 답이다\n\n글 = 김도윤 한국대 교수(경제학)\n\n"
        "지방의 인구가 줄고 있다. 일자리가 없기 때문이다.",
        {"headline": "지방 소멸, 일자리가 답이다", "section": "시론", "reporters": ["김도윤"]},
    ),
    (
        "column byline 글·사진= without a title",
        "골목 시장의 봄\n글·사진=박서연\n\n시장 골목에 봄꽃이 피었다. 상인들이 손님을 맞는다.",
        {"headline": "골목 시장의 봄", "reporters": ["박서연"]},
    ),
    (
        "editorial writer's byline at the end",
        "[사설] 예산은 사람에게\n\n정부가 예산안을 내놨다. 사람에 쓰는 돈이 적다.\n\n이영희 논설위원",
        {"headline": "예산은 사람에게", "reporters": ["이영희"]},
    ),
    (
        "columnist's byline at the end",
        "주말의 산책\n\n동네 뒷산을 걸었다. 바람이 시원했다.\n\n정하늘 칼럼니스트",
        {"reporters": ["정하늘"]},
    ),
    (
        "a site name of no known ending above the headline, named again in the copyright line",
        "바른소리\n구립도서관 3곳 새로 짓는다\n\n구청은 5일 도서관 3곳을 짓는다고 밝혔다.\n"
        "저작권자 © 바른소리 무단전재 및 재배포 금지",
        {"headline": "구립도서관 3곳 새로 짓는다", "outlet": "바른소리", "subheadings": []},
    ),
    (
        "outlet and an unlabelled date under the headline, no writer",
        f"구립도서관 3곳 새로 짓는다\n\n새벽일보 | 2025-04-14 17:20\n\n{_BODY}\n\n김도윤 기자",
        {
            "outlet": "새벽일보",
            "published_at": "2025-04-14T17:20:00+09:00",
            "subheadings": [],
            "reporters": ["김도윤"],
        },
    ),
    (
        "outlet before the 입력 and 수정 fields",
        "구립도서관 3곳 새로 짓는다\n누리경제 | 입력 2025-10-23 11:20 | 수정 2025-10-23 13:05\n"
        f"김도윤 기자\n\n{_BODY}",
        {
            "outlet": "누리경제",
            "published_at": "2025-10-23T11:20:00+09:00",
            "updated_at": "2025-10-23T13:05:00+09:00",
            "reporters": ["김도윤"],
        },
    ),
    (
        "the 입력 date first, then the outlet and writer",
        f"구립도서관 3곳 새로 짓는다\n\n입력 2026-05-20 14:10 | 새벽일보 김도윤 기자\n\n{_BODY}",
        {"outlet": "새벽일보", "reporters": ["김도윤"], "published_at": "2026-05-20T14:10:00+09:00"},
    ),
    (
        "a regional station (place, then network) in the byline outranks the network's sign-off",
        "밤사이 폭우…주민 300여 명 대피\n안동MBC | 김도윤 기자 | 2025-07-16 20:10\n\n◀ 앵커 ▶\n"
        "밤사이 폭우가 쏟아졌습니다.\n\n◀ 리포트 ▶\n주민들이 대피했습니다.\n\nMBC뉴스 김도윤입니다.",
        {"outlet": "안동MBC", "reporters": ["김도윤"], "published_at": "2025-07-16T20:10:00+09:00"},
    ),
    (
        "a broadcaster's call letters and Korean name, then the date, under the headline",
        "밤사이 폭우…주민 300여 명 대피\nNBS 새벽방송 | 2024-09-03 20:12\n\n【앵커】\n"
        "밤사이 폭우가 쏟아졌습니다.\n\n【기자】\n주민들이 대피했습니다.\n\nNBS 뉴스 김도윤입니다.",
        {"outlet": "NBS 새벽방송", "reporters": ["김도윤"], "published_at": "2024-09-03T20:12:00+09:00"},
    ),
    (
        "outlet, section and date fields under the headline",
        f"구립도서관 3곳 새로 짓는다\n새벽일보 | 사회 | 2024.10.16 14:05\n\n{_BODY}\n\n김도윤 기자",
        {
            "outlet": "새벽일보",
            "section": "사회",
            "published_at": "2024-10-16T14:05:00+09:00",
            "subheadings": [],
        },
    ),
    (
        "the headline's own [tag] outranks the section field of the header line",
        f"[단독] 구립도서관 3곳 새로 짓는다\n새벽일보 | 사회 | 2024.10.16 14:05\n\n{_BODY}",
        {"headline": "구립도서관 3곳 새로 짓는다", "section": "단독", "outlet": "새벽일보"},
    ),
    (
        "outlet, section and date fields above the headline",
        f"새벽일보 | 사회 | 2024.10.16 14:05\n구립도서관 3곳 새로 짓는다\n\n{_BODY}",
        {"headline": "구립도서관 3곳 새로 짓는다", "section": "사회", "outlet": "새벽일보"},
    ),
    (
        "a name with no outlet ending and the date directly under the headline; a place=reporter dateline",
        "[야구] 누리 구단, 새벽 구단 꺾고 3연승\n새벽마당 | 2024-06-08 21:47\n\n"
        "(대전=윤서진 기자) 누리 구단이 새벽 구단을 누르고 3연승을 달렸다.\n\n"
        "누리 구단은 8일 홈경기에서 3-0으로 이겼다.",
        {
            "headline": "누리 구단, 새벽 구단 꺾고 3연승",
            "section": "야구",
            "outlet": "새벽마당",
            "reporters": ["윤서진"],
            "published_at": "2024-06-08T21:47:00+09:00",
            "subheadings": [],
        },
    ),
    (
        "a place=reporter dateline names no outlet",
        "누리 구단, 새벽 구단 꺾고 3연승\n\n"
        "(대전=윤서진 기자) 누리 구단이 새벽 구단을 누르고 3연승을 달렸다.\n\n"
        "누리 구단은 8일 홈경기에서 3-0으로 이겼다.",
        {"outlet": None, "reporters": ["윤서진"]},
    ),
    (
        "a name and a date below the summary line is not read as the outlet",
        "누리 구단, 새벽 구단 꺾고 3연승\n선발 8이닝 무실점 호투\n새벽마당 | 2024-06-08 21:47\n\n"
        "누리 구단이 새벽 구단을 누르고 3연승을 달렸다.",
        {"outlet": None},
    ),
    (
        "a name and a date in the body is not read as the outlet",
        "누리 구단, 새벽 구단 꺾고 3연승\n\n누리 구단이 새벽 구단을 누르고 3연승을 달렸다.\n\n"
        "새벽마당 | 2024-06-08 21:47",
        {"outlet": None, "published_at": None},
    ),
    (
        "outlet | labelled date | the 기자 title before the writer's name, under the headline",
        f"구립도서관 3곳 새로 짓는다\n새벽신문 | 기사입력 2025/07/29 17:12 | 기자 한도현\n\n{_BODY}",
        {
            "outlet": "새벽신문",
            "reporters": ["한도현"],
            "published_at": "2025-07-29T17:12:00+09:00",
            "subheadings": [],
        },
    ),
    (
        "outlet and date with no bar between them, then the writer",
        f"구립도서관 3곳 새로 짓는다\n새벽데일리 2025.10.15 21:03 | 한도현 기자\n\n{_BODY}",
        {
            "outlet": "새벽데일리",
            "reporters": ["한도현"],
            "published_at": "2025-10-15T21:03:00+09:00",
            "subheadings": [],
        },
    ),
    (
        "outlet, date and writer between spaced slashes",
        f"구립도서관 3곳 새로 짓는다\n새벽라이프 / 2025년 11월 03일 오후 3시 25분 / 한도현 기자\n\n{_BODY}",
        {
            "outlet": "새벽라이프",
            "reporters": ["한도현"],
            "published_at": "2025-11-03T15:25:00+09:00",
            "subheadings": [],
        },
    ),
    (
        "outlet and date alone under the headline, the writer on the next line",
        f"구립도서관 3곳 새로 짓는다\n새벽타임즈 2025-08-18 09:30\n한도현 기자\n\n{_BODY}",
        {
            "outlet": "새벽타임즈",
            "reporters": ["한도현"],
            "published_at": "2025-08-18T09:30:00+09:00",
            "subheadings": [],
        },
    ),
    (
        "an unsuffixed name and a date with no bar under the headline stay a summary line",
        f"구립도서관 3곳 새로 짓는다\n새벽마당 2025-08-18 09:30\n\n{_BODY}",
        {"outlet": None},
    ),
    (
        "an outlet and a date with no bar in the body are the body's",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n새벽타임즈 2025-08-18 09:30",
        {"outlet": None, "published_at": None},
    ),
    (
        "a date and a 12-hour clock time alone under the headline",
        f"구립도서관 3곳 새로 짓는다\n\n2025.12.03 오후 2:17\n\n{_BODY}",
        {"published_at": "2025-12-03T14:17:00+09:00", "subheadings": []},
    ),
    (
        "a bare date alone under the headline",
        f"구립도서관 3곳 새로 짓는다\n2025.12.03\n\n{_BODY}",
        {"published_at": "2025-12-03", "subheadings": []},
    ),
    (
        "only a 최종수정 date: it is also the publication date",
        f"구립도서관 3곳 새로 짓는다\n최종수정 2025.06.12 17:44\n\n{_BODY}",
        {"published_at": "2025-06-12T17:44:00+09:00", "updated_at": "2025-06-12T17:44:00+09:00"},
    ),
    (
        "a 수정 date never replaces a later 입력 date",
        f"구립도서관 3곳 새로 짓는다\n수정 2025.06.12 17:44\n\n{_BODY}\n\n입력 2025.06.11 09:00",
        {"published_at": "2025-06-11T09:00:00+09:00", "updated_at": "2025-06-12T17:44:00+09:00"},
    ),
    (
        "press release: a [보도자료] tag opening the headline line",
        "[보도자료] 한빛군, '산사 가을 야행' 10월 첫선…야간 체험 20여 종\n\n"
        "배포일시: 2025. 9. 22.(월) 10:00 | 담당부서: 문화관광과 | 담당자: 팀장 김도윤\n\n"
        "한빛군은 다음 달 야행을 처음 연다고 22일 밝혔다.",
        {
            "headline": "한빛군, '산사 가을 야행' 10월 첫선…야간 체험 20여 종",
            "section": "보도자료",
            "published_at": "2025-09-22T10:00:00+09:00",
        },
    ),
    (
        "press release: a [보도자료] tag before a headline that opens with a year",
        "[보도자료] 2026년 한빛군 예산 5천억 원 편성\n\n한빛군은 내년 예산안을 편성했다고 22일 밝혔다.",
        {"headline": "2026년 한빛군 예산 5천억 원 편성", "section": "보도자료"},
    ),
    (
        "press release: a bare [보도자료] line over the headline is furniture",
        "[보도자료]\n한빛군, '산사 가을 야행' 10월 첫선\n\n한빛군은 다음 달 야행을 처음 연다고 22일 밝혔다.",
        {"headline": "한빛군, '산사 가을 야행' 10월 첫선", "section": None},
    ),
    pytest.param(
        "동녘일보 - 지역의 목소리\n구립도서관 3곳 새로 짓는다\n\n구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"headline": "구립도서관 3곳 새로 짓는다"},
        marks=pytest.mark.xfail(strict=True, reason="only a site name alone on its line is a masthead"),
        id="a masthead with a tagline after it",
    ),
    (
        "one line of text is body, not a headline",
        "한빛 남구의회가 안내판을 설치했다고 28일 밝혔다.",
        {"headline": None},
    ),  # ---- bylines, datelines, outlets and dates as real pages and crawled archives write them (issue #12)
    (
        "a one-line archive body: a caption, then the wire lead inside the line",
        "구립도서관 3곳 새로 짓는다\n\n시민들이 도서관을 둘러보고 있다. (서울=한빛뉴스) 홍길동 기자 = 구청은 "
        "5일 도서관 3곳을 짓는다고 밝혔다. 구청은 예산을 편성했다.",
        {"reporters": ["홍길동"], "outlet": "한빛뉴스"},
    ),
    (
        "a photo caption's own wire lead before the article's lead",
        "구립도서관 3곳 새로 짓는다\n\n(서울=한빛뉴스) 김철수 기자 = 시민들이 둘러보고 있다. "
        "2024.11.27 cs@x.co.kr\n"
        "(서울=한빛뉴스) 홍길동 기자 = 구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"reporters": ["홍길동"], "outlet": "한빛뉴스"},
    ),
    (
        "a photo article: the caption's lead is the only byline",
        "도서관 개관\n\n(서울=한빛뉴스) 김철수 기자 = 시민들이 새 도서관을 둘러보고 있다. "
        "2024.11.27\ncs@x.co.kr",
        {"reporters": ["김철수"]},
    ),
    (
        "an outlet lead without brackets after a caption line",
        "구립도서관 3곳 새로 짓는다\n\n시민들이 도서관을 둘러보고 있다.[사진=한빛구 제공]\n\n"
        "누리경제 홍길동 기자 = 구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"reporters": ["홍길동"], "outlet": "누리경제"},
    ),
    (
        "a closing e-mail byline at the end of the last paragraph",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY} 홍길동 기자 hong@x.co.kr\n▶ 누리일보 구독하기",
        {"reporters": ["홍길동"]},
    ),
    (
        "a slash byline with a cut address: '/이름기자·id@'",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}/홍길동기자·hong@\n\n"
        "저작권자 © 누리일보 무단전재 및 재배포 금지",
        {"reporters": ["홍길동"], "outlet": "누리일보"},
    ),
    (
        "'이름 기자' as the last words of the last paragraph",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY} 홍길동 기자\n\n저작권자 © 누리일보 무단전재 및 재배포 금지",
        {"reporters": ["홍길동"], "outlet": "누리일보"},
    ),
    (
        "a photo credit under the body is no writer when the article has a byline",
        f"구립도서관 3곳 새로 짓는다\n\n[누리스포츠=인천, 홍길동 기자] {_BODY}\n\nhong@x.co.kr\n\n"
        "<사진>인천=김철수 기자 / cs@x.co.kr",
        {"reporters": ["홍길동"], "outlet": "누리스포츠"},
    ),
    (
        "a photo credit names no writer, even when nothing else names one",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n<사진>인천=김철수 기자 / cs@x.co.kr",
        {"reporters": []},
    ),
    (
        "the photographer's line under a caption above the body is a credit",
        "구립도서관 3곳 새로 짓는다\n\n▲ 주민들이 도서관 부지를 둘러보고 있다.\n김철수 기자 cs@x.co.kr\n"
        "구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"reporters": []},
    ),
    (
        "a name, an e-mail and a written-out date under the summary",
        "구립도서관 3곳 새로 짓는다\n\n주민 숙원 해결\n\n"
        f"홍길동 hong@x.co.kr 2019년 08월 22일 목요일\n\n{_BODY}",
        {"reporters": ["홍길동"], "published_at": "2019-08-22"},
    ),
    (
        "the outlet from a copyright line with the site's address in brackets",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n"
        "<저작권자 ⓒ 누리도민일보 (http://www.nuri.example.net) 무단전재 및 재배포 금지>",
        {"outlet": "누리도민일보"},
    ),
    (
        "the outlet from the writer's e-mail domain when nothing else names it",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n홍길동 hong@hani.co.kr",
        {"reporters": ["홍길동"], "outlet": "한겨레"},
    ),
    (
        "a sub-brand in the lead names the paper",
        f"구립도서관 3곳 새로 짓는다\n\n[누리일보 스타in 홍길동 기자] {_BODY}",
        {"reporters": ["홍길동"], "outlet": "누리일보"},
    ),
    (
        "a tagline before the name in the copyright line",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY}\n\n"
        "ⓒ종합 경제정보 미디어 누리일보 - 상업적 무단전재 & 재배포 금지",
        {"outlet": "누리일보"},
    ),
    (
        "'<outlet>' closing the last paragraph signs the article",
        f"구립도서관 3곳 새로 짓는다\n\n{_BODY} <한빛제주>",
        {"outlet": "한빛제주"},
    ),
    (
        "'<앵커>' opening a broadcast script is no outlet",
        "구립도서관 3곳 새로 짓는다\n\n<앵커>\n구청이 도서관을 짓습니다.\n\n"
        "<기자>\n구청은 5일 도서관 3곳을 짓는다고 밝혔습니다.",
        {"outlet": None},
    ),
    (
        "a broadcast program fused with the reporter's name above the headline",
        "5시뉴스홍길동\n\n구청, 도서관 3곳 새로 짓는다\n\n"
        "입력 | 2022-08-04 16:58   수정 | 2022-08-04 16:58\n\n"
        "구청은 5일 도서관 3곳을 짓는다고 밝혔습니다.",
        {
            "section": "5시뉴스",
            "reporters": ["홍길동"],
            "headline": "구청, 도서관 3곳 새로 짓는다",
            "published_at": "2022-08-04T16:58:00+09:00",
        },
    ),
    (
        "a site's 보도자료 section word over the headline",
        "보도자료\n\n한빛군, 도서관 3곳 새로 짓는다\n\n"
        "홍길동 웹승인 2025-08-18 18:32 수정 2025-08-18 18:32\n\n"
        "한빛군은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {
            "section": "보도자료",
            "headline": "한빛군, 도서관 3곳 새로 짓는다",
            "published_at": "2025-08-18T18:32:00+09:00",
        },
    ),
    (
        "a one-line archive article ending with its copyright notice keeps its body and names the outlet",
        "구립도서관 3곳 새로 짓는다\n\n[누리일보 홍길동 기자] "
        + "구청은 도서관을 짓는다고 밝혔다. " * 25
        + "홍길동 기자 hong@x.co.kr <저작권자 ⓒ 누리일보, 무단전재 및 재배포 금지>",
        {"reporters": ["홍길동"], "outlet": "누리일보"},
    ),
    (
        "a photo credit's date is no publication date",
        "구립도서관 3곳 새로 짓는다\n\n시민들이 도서관을 둘러보고 있다. 2024.11.27/한빛뉴스\n\n"
        "구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"published_at": None},
    ),
    (
        "a date and time alone on a line under the headline",
        "구립도서관 3곳 새로 짓는다\n\n2015-03-22 10:00\n주민 숙원 해결\n\n"
        "구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"published_at": "2015-03-22T10:00:00+09:00"},
    ),
    (
        "'기사입력' and '등록' labels",
        "구립도서관 3곳 새로 짓는다\n\n등록 2023.05.01 10:32\n\n구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"published_at": "2023-05-01T10:32:00+09:00"},
    ),
    (
        "a date line with a time zone and an '업데이트됨' label is no headline",
        "엔터테인먼트\n2019년 11월 25일 14시 17분 KST | 업데이트됨 2019년 11월 25일 14시 18분 KST\n\n"
        "구립도서관 3곳 새로 짓는다\n\n구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {
            "headline": "구립도서관 3곳 새로 짓는다",
            "section": "엔터테인먼트",
            "published_at": "2019-11-25T14:17:00+09:00",
        },
    ),
    (
        "a toolbar row of two buttons between a separator is no headline",
        "확대 l 축소\n\n구립도서관 3곳 새로 짓는다\n\n구청은 5일 도서관 3곳을 짓는다고 밝혔다.",
        {"headline": "구립도서관 3곳 새로 짓는다"},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(CASES))
def test_metadata_from_text_pages(raw: str, expected: dict[str, object]) -> None:
    metadata = prepare_text(raw).metadata
    for key, value in expected.items():
        got = [r.name for r in metadata.reporters] if key == "reporters" else getattr(metadata, key)
        assert got == value, key


@pytest.fixture(scope="session")
def sample_page() -> object:
    return prepare_text(SAMPLE.read_text(encoding="utf-8"))


def test_sample_metadata(sample_page: object) -> None:
    from extractor.page.page import Page

    assert isinstance(sample_page, Page)
    m = sample_page.metadata
    assert m.headline == (
        "이용섭 광주광역시장, 미래차 대전환 광주형일자리 시즌2’선언 및 미래자동차산업육성 업무협약"
    )
    assert m.section == "취재현장"
    assert m.outlet == "광주일등뉴스"
    assert [r.name for r in m.reporters] == ["박부길"]
    assert m.published_at == "2022-02-10T10:59:00+09:00"
    assert len(m.subheadings) == 8
    assert m.subheadings[0] == "세계적 수준 ‘미래車 부품클러스터’ 조성"


@pytest.mark.parametrize(
    "furniture",
    [
        "UPDATE.",
        "이 기사를 공유합니다",
        "댓글",
        "승인 2022",
        "박부길 기자\n",
        "[취재현장]",
        "로그인",
        "\u00a0",
    ],
    ids=str,
)
def test_sample_text_is_clean(sample_page: object, furniture: str) -> None:
    from extractor.page.page import Page

    assert isinstance(sample_page, Page)
    assert furniture not in sample_page.text


def test_sample_regions_index_the_text(sample_page: object) -> None:
    from extractor.page.page import Page

    assert isinstance(sample_page, Page)
    text, regions = sample_page.text, sample_page.regions
    kinds = [r.kind for r in regions]
    assert kinds[:2] == ["headline", "subheading"]
    assert text.count(sample_page.metadata.headline or "-") == 1  # the repeated headline is kept once
    headline = regions[0]
    assert text[headline.start : headline.end] == sample_page.metadata.headline
    subheading = regions[1]
    assert text[subheading.start : subheading.end].count("\n") == 7
    assert "caption" in kinds


def test_dev_corpus_headlines_and_bylines(dev_corpus: Path) -> None:
    import json

    for gold_path in sorted(dev_corpus.glob("*.gold.json")):
        source = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        if not source.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["metadata"]
        metadata = prepare_text(source.read_text(encoding="utf-8")).metadata
        if gold.get("reporters"):
            assert sorted(r.name for r in metadata.reporters) == sorted(gold["reporters"]), source.name
        if gold.get("outlet"):
            assert metadata.outlet == gold["outlet"], source.name


def test_slash_byline_leaves_the_body_sentence() -> None:
    raw = (
        "구립도서관 3곳 새로 짓는다\n구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n"
        "도서관은 2026년 문을 열 예정이며 사업비는 구비로 충당한다. /김도윤 기자 dy@hanbit.example.com"
    )
    page = prepare_text(raw)
    assert "충당한다.\n김도윤 기자 dy@hanbit.example.com" in page.text
    assert [(r.name, r.email) for r in page.metadata.reporters] == [("김도윤", "dy@hanbit.example.com")]


@pytest.mark.parametrize(
    "line",
    ["수출 증가율 > 수입 증가율…무역수지 흑자 전환", "금리 > 물가 상승률 이어진다", "A > B 이다."],
    ids=str,
)
def test_headline_with_a_greater_than_sign_is_no_breadcrumb(line: str) -> None:
    from extractor.page.textpage import is_breadcrumb

    assert not is_breadcrumb(line)
