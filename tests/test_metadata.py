"""Metadata helpers: dates to ISO 8601 (+09:00), bylines, datelines, copyright lines, portals."""

from __future__ import annotations

import pytest

from extractor.page import bylines, datelines
from extractor.page import metadata as meta

DATES = [
    ("승인 2022.02.10 10:59", "2022-02-10T10:59:00+09:00"),
    ("입력 2023.09.07. 오후 12:22", "2023-09-07T12:22:00+09:00"),
    ("2023.09.07. 오후 1:03", "2023-09-07T13:03:00+09:00"),
    ("2023.09.07. 오전 12:05", "2023-09-07T00:05:00+09:00"),
    ("2024. 5. 13. 12:52", "2024-05-13T12:52:00+09:00"),
    ("2020-03-04 16:52:59", "2020-03-04T16:52:00+09:00"),
    ("2022년 2월 10일 오전 10시 59분", "2022-02-10T10:59:00+09:00"),
    ("2017-12-18T17:30:45+09:00", "2017-12-18T17:30:00+09:00"),
    ("2024-03-05T01:00:00Z", "2024-03-05T10:00:00+09:00"),
    ("20240513125214", "2024-05-13T12:52:00+09:00"),
    ("2024-03-05 2:20 PM", "2024-03-05T14:20:00+09:00"),
    ("2024.03.05 (화) 오후 2:20", "2024-03-05T14:20:00+09:00"),
    ("Posted Mar. 5, 2024 2:20 PM", "2024-03-05T14:20:00+09:00"),
    ("Updated : March 05, 2024 14:20", "2024-03-05T14:20:00+09:00"),
    ("5 March 2024 09:10", "2024-03-05T09:10:00+09:00"),
    ("Sept. 12, 2023, 9:05 a.m.", "2023-09-12T09:05:00+09:00"),
    ("December 1st, 2023", "2023-12-01"),
    ("Market 5, 2024", None),
    ("date 2025-09-09", "2025-09-09"),
    ("UPDATE. 2024-04-25 16:50 (목)", "2024-04-25T16:50:00+09:00"),
    ("2021.02.30 10:00", None),
    ("광주시는 10일 발표했다", None),
    ("입력 2023.11.02 (08:10)", "2023-11-02T08:10:00+09:00"),
    ("2023.11.02. 08:10", "2023-11-02T08:10:00+09:00"),
    ("2023-11-02(목) 08:10", "2023-11-02T08:10:00+09:00"),
    ("2023년 11월 02일 08시 10분", "2023-11-02T08:10:00+09:00"),
    ("2023-11-02 08:10:44", "2023-11-02T08:10:00+09:00"),
    ("2023.11.02(목)", "2023-11-02"),
]


@pytest.mark.parametrize(("written", "iso"), DATES, ids=[d[0] for d in DATES])
def test_parse_datetime(written: str, iso: str | None) -> None:
    assert meta.parse_datetime(written) == iso


LABELLED = [
    ("• 승인 2022.02.10 10:59", [("published", "2022-02-10T10:59:00+09:00")]),
    ("기사입력 : 2020-03-04 16:52", [("published", "2020-03-04T16:52:00+09:00")]),
    ("송고시간 2023-09-07 12:22", [("published", "2023-09-07T12:22:00+09:00")]),
    (
        "등록 2021.01.02 09:00 | 수정 2021.01.02 10:30",
        [("published", "2021-01-02T09:00:00+09:00"), ("updated", "2021-01-02T10:30:00+09:00")],
    ),
    ("최종수정 2021.01.02 10:30", [("updated", "2021-01-02T10:30:00+09:00")]),
    ("기사입력 2024-03-05 14:20", [("published", "2024-03-05T14:20:00+09:00")]),
    ("등록 2024.03.05 14:20:11", [("published", "2024-03-05T14:20:00+09:00")]),
    ("송고시간2024-03-05 14:20", [("published", "2024-03-05T14:20:00+09:00")]),
    ("입력 2024.03.05 오후 2:20", [("published", "2024-03-05T14:20:00+09:00")]),
    (
        "Published Mar 5, 2024 2:20 PM | Updated Mar 6, 2024 9:00 AM",
        [("published", "2024-03-05T14:20:00+09:00"), ("updated", "2024-03-06T09:00:00+09:00")],
    ),
    ("시는 2021년 1월 계획을 발표했다", []),
]


@pytest.mark.parametrize(("line", "found"), LABELLED, ids=[d[0] for d in LABELLED])
def test_labelled_dates(line: str, found: list[tuple[str, str]]) -> None:
    assert meta.labelled_dates(line) == found


BYLINES = [
    ("한도현 기자", [("한도현", None)]),
    ("홍길동 기자 hong@x.com", [("홍길동", "hong@x.com")]),
    ("영남취재본부 문태호 기자 taeho@nurinews.co.kr", [("문태호", "taeho@nurinews.co.kr")]),
    ("윤소라 sryoon@hanbitcorp.com", [("윤소라", "sryoon@hanbitcorp.com")]),
    ("글 김다은 칼럼니스트", [("김다은", None)]),
    ("이나라 특파원", [("이나라", None)]),
    ("김도윤·박서연 기자", [("김도윤", None), ("박서연", None)]),
    ("김도윤, 박서연 기자 py@x.com", [("김도윤", None), ("박서연", "py@x.com")]),
    ("글·사진=김도윤 기자", [("김도윤", None)]),
    ("김철수 논설위원", [("김철수", None)]),
    ("이영희 객원논설위원", [("이영희", None)]),
    ("한서윤 대학생기자", [("한서윤", None)]),
    ("오다인 시민기자 dain@x.com", [("오다인", "dain@x.com")]),
    ("정하늘 칼럼니스트 sky@x.com", [("정하늘", "sky@x.com")]),
    ("사진·영상 기자", []),
    ("사진 기자", []),
    ("기자회견을 열었다", []),
    ("촬영기자:한가람/영상편집:오나래", []),
    ("영상취재 : 문바다 · 그래픽 : 서하늘", []),
    ("도보람 기자 (촬영기자:한가람)", [("도보람", None)]),
    ("기사원문 기자", []),
    ("원문보기 기자", []),
    ("새벽신문 | 기사입력 2025/07/29 17:12 | 기자 한도현", [("한도현", None)]),
    ("기자 : 한도현", [("한도현", None)]),
    ("기자 한도현 dohyun@x.com", [("한도현", "dohyun@x.com")]),
    ("기자 회견을 열었다", []),
    ("현장 기자 한도현 씨가 전했다", []),
    ("새벽신문 | 기자 회견", []),
]


NAMES = [
    ("홍길동", True),
    ("남궁나래", True),
    ("선우진", True),
    ("Jane Doe", True),
    ("기사원문", False),
    ("원문보기", False),
    ("구독", False),
    ("촬영", False),
    ("기자페이지", False),
]


@pytest.mark.parametrize(("word", "is_name"), NAMES, ids=[n[0] for n in NAMES])
def test_is_name_wants_a_person_shape(word: str, is_name: bool) -> None:
    assert meta.is_name(word) is is_name


@pytest.mark.parametrize(("line", "writers"), BYLINES, ids=[d[0] for d in BYLINES])
def test_reporters_in(line: str, writers: list[tuple[str, str | None]]) -> None:
    assert [(r.name, r.email) for r in meta.reporters_in(line)] == writers


DATELINES = [
    ("[누리일등뉴스=한도현 기자] 박서진 시장은", "누리일등뉴스", ["한도현"]),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는", "연합뉴스", ["홍길동"]),
    ("[참팩트ㅣ조민재 기자] 박서진 대통령은", "참팩트", ["조민재"]),
    ("[누리경제=윤소라 기자] 경찰이", "누리경제", ["윤소라"]),
    ("[한빛스포츠경제 강하람] 그룹 누리밴드의", "한빛스포츠경제", ["강하람"]),
    ("[지방의정저널] 한빛광역시 소방안전본부는", "지방의정저널", []),
    ("【서울=뉴시스】 정부는", "뉴시스", []),
    ("【서울=뉴시스】김도윤 기자 = 정부는", "뉴시스", ["김도윤"]),
    ("(대전=뉴스1) 김도윤 기자 = 시는", "뉴스1", ["김도윤"]),
    # a writer named like a town (김천), alone before the title and "=": the town's name is the writer's
    ("[누리인사이트] 김천 기자 = 선수들이 울었다", "누리인사이트", ["김천"]),
    ("(김천=뉴스1) 김도윤 기자 = 시는", "뉴스1", ["김도윤"]),
    ("(부산=뉴스1) 김도윤 박서연 기자 = 시는", "뉴스1", ["김도윤", "박서연"]),  # co-writers joined by a space
    ("(워싱턴=연합뉴스) 김도윤 특파원 = 미국", "연합뉴스", ["김도윤"]),
    ("(서울=한빛타임) 김도윤 기자 = 정부는", "한빛타임", ["김도윤"]),
    ("[한빛타임 김도윤 기자] 구청은", "한빛타임", ["김도윤"]),
    ("[한빛타임=김도윤 기자] 구청은", "한빛타임", ["김도윤"]),
    ("[한빛타임ㅣ김도윤 기자] 구청은", "한빛타임", ["김도윤"]),
    ("[한빛타임 | 김도윤 기자] 구청은", "한빛타임", ["김도윤"]),
    ("【한빛타임=김도윤 기자】 구청은", "한빛타임", ["김도윤"]),
    ("[한빛타임 김도윤 기자 dy@hanbit.example.com] 구청은", "한빛타임", ["김도윤"]),
    ("[한빛타임 김도윤·박서연 기자] 구청은", "한빛타임", ["김도윤", "박서연"]),
    ("[김도윤 기자] 구청은", None, ["김도윤"]),
    ("[사회부 김도윤 기자] 구청은", None, ["김도윤"]),
    ("[인천 김도윤 기자] 구청은", None, ["김도윤"]),
    ("김도윤 기자 = 구청은", None, ["김도윤"]),
    ("[YTN] 구청은", "YTN", []),
    ("(대전=윤서진 기자) 누리 구단이 3연승을 달렸다", None, ["윤서진"]),
    ("[창원=윤서진 기자] 구단은", None, ["윤서진"]),
    ("(대전=새벽일보 윤서진 기자) 구단은", "새벽일보", ["윤서진"]),
]


@pytest.mark.parametrize(("line", "outlet", "names"), DATELINES, ids=[d[0] for d in DATELINES])
def test_parse_dateline(line: str, outlet: str | None, names: list[str]) -> None:
    found = datelines.parse_dateline(line)
    assert found is not None
    assert found.outlet == outlet
    assert [r.name for r in found.reporters] == names


NOT_DATELINES = [
    "[취재현장] 시장은",
    "[단독] 검찰은",
    "(왼쪽부터) 김 국장",
    "[경제] 수출이",
    "[포커스] 청년",
    "[생활경제] 물가",
    "(서울) 시는",
    "김도윤 기자는 구청을",
    "[사진 기자] 구청은",
]


@pytest.mark.parametrize("line", NOT_DATELINES, ids=str)
def test_not_a_dateline(line: str) -> None:
    assert datelines.parse_dateline(line) is None


COPYRIGHTS = [
    ("저작권자 © 한라의소리 무단전재 및 재배포 금지", "한라의소리"),
    ("Copyright ⓒ 누리경제. All rights reserved. 무단 전재 및 재배포 금지.", "누리경제"),
    ("<저작권자ⓒ한밭일보사. 무단전재-재배포 금지>", "한밭일보사"),
    ("ⓒ 한빛경제신문 & hanbit.example.com, 무단전재 및 재배포 금지", "한빛경제신문"),
    ("Copyright © 2024 남해바람신문. All rights reserved.", "남해바람신문"),
    ("<저작권자 © 새벽일보, 무단 전재 및 재배포 금지>", "새벽일보"),
    ("<ⓒ새벽일보 - 무단전재 및 재배포 금지>", "새벽일보"),
    ("[ⓒ 새벽일보 / 무단전재-재배포 금지]", "새벽일보"),
    ("ⓒ새벽일보 | 무단 전재 및 재배포 금지", "새벽일보"),
    ("무단전재 및 재배포 금지", None),
]


@pytest.mark.parametrize(("line", "outlet"), COPYRIGHTS, ids=[d[0] for d in COPYRIGHTS])
def test_copyright_outlet(line: str, outlet: str | None) -> None:
    assert meta.is_copyright(line)
    assert meta.copyright_outlet(line) == outlet


SIGN_OFFS = [
    ("KNN 뉴스 최민서입니다.", "KNN", ["최민서"]),
    ("KBS 뉴스 이하늘입니다", "KBS", ["이하늘"]),
    ("행사를 마쳤습니다. 최민서 기자입니다.", None, ["최민서"]),
    ("그는 기자입니다.", None, []),
    ("행사를 마쳤습니다. 최민서 기잡니다.", None, ["최민서"]),  # the hand-over as spoken, contracted
    ("베이징에서 최민서 특파원입니다.", None, ["최민서"]),
    ("그는 오래 일한 특파원입니다.", None, []),
]


@pytest.mark.parametrize(("line", "outlet", "names"), SIGN_OFFS, ids=[d[0] for d in SIGN_OFFS])
def test_sign_off(line: str, outlet: str | None, names: list[str]) -> None:
    found_outlet, writers = meta.sign_off(line)
    assert (found_outlet, [r.name for r in writers]) == (outlet, names)


@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("누리경제 | 네이버", "누리경제"),
        ("데일리한빛", "데일리한빛"),
        ("네이버 뉴스", None),
        ("언론사 뷰", None),
    ],
    ids=str,
)
def test_outlet_from_meta_drops_portals(value: str, outlet: str | None) -> None:
    assert meta.outlet_from_meta(value) == outlet


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("[취재현장] 박서진 시장, 업무협약", ("박서진 시장, 업무협약", "취재현장")),
        ("[단독] 차기 검사장 거론", ("차기 검사장 거론", "단독")),
        ("누리밴드 하람, 결혼 [공식]", ("누리밴드 하람, 결혼 [공식]", None)),
        ("[지방의정저널] 소방본부 발표", ("[지방의정저널] 소방본부 발표", None)),
        ("[경제] 수출 석 달째 증가", ("수출 석 달째 증가", "경제")),
        ("【사회】 구립도서관 3곳 신설", ("구립도서관 3곳 신설", "사회")),
        ("[포커스] 청년 창업 지원 확대", ("청년 창업 지원 확대", "포커스")),
        ("[생활경제] 장바구니 물가 들썩", ("장바구니 물가 들썩", "생활경제")),
        ("[기자수첩] 공청회는 왜 비었나", ("공청회는 왜 비었나", "기자수첩")),
    ],
    ids=str,
)
def test_split_section(headline: str, expected: tuple[str, str | None]) -> None:
    assert meta.split_section(headline) == expected


BYLINE_OUTLETS = [
    ("새벽일보 김도윤 기자 | 2025-06-21 17:40", "새벽일보"),
    ("누리신문 | 김도윤 기자 | 입력 : 2025-02-12 09:14:07", "누리신문"),
    ("누리일보 | 김도윤 기자 | 2024.10.28 18:02", "누리일보"),
    ("한빛TV | 김도윤 기자", "한빛TV"),
    ("MBC충북 | 김도윤 기자 | 2025-06-21 17:40", "MBC충북"),
    ("The Hanbit Times | 김도윤 기자 | 2025-06-21 17:40", "The Hanbit Times"),
    ("• 새벽일보 김도윤 기자", "새벽일보"),
    ("기자명 김도윤 기자 입력 2026.03.04 10:21", None),
    ("사회부 | 김도윤 기자 | 2025-06-21 17:40", None),
    ("경제 | 김도윤 기자", None),
    ("디지털뉴스 김도윤 기자", None),
    ("지역 뉴스 김도윤 기자", None),
    ("사진=새벽일보 김도윤 기자", None),
    ("김도윤 기자 | 새벽일보", None),
    ("새벽일보 | 지역 소식을 전하는 신문이 창간 10주년을 맞았다", None),
    ("새벽일보 | 2025-04-14 17:20", "새벽일보"),
    ("누리경제 | 입력 2025-10-23 11:20 | 수정 2025-10-23 13:05", "누리경제"),
    ("사회부 | 2025-04-14 17:20", None),
    ("새벽일보 | 2025-04-14 창간 기념식", None),
    ("2025-04-14 17:20 | 새벽일보", None),
    ("입력 2025-04-14 17:20 | 새벽일보 김도윤 기자", "새벽일보"),
    ("안동MBC | 김도윤 기자 | 2025-07-16 20:10", "안동MBC"),
    ("NBS 새벽방송 | 2024-09-03 20:12", "NBS 새벽방송"),
    ("NBS 새벽방송 | 김도윤 기자 | 2024-09-03 20:12", "NBS 새벽방송"),
    ("NBS 시청자 | 2024-09-03 20:12", None),
    ("새벽일보 | 사회 | 2024.10.16 14:05", "새벽일보"),
    ("새벽일보 | 사회 | 경제 | 2024.10.16 14:05", None),
    ("새벽일보 | 사회", None),
    ("새벽일보 | 구청 | 2024.10.16 14:05", None),
    ("새벽마당 | 2024-06-08 21:47", None),
    ("새벽신문 | 기사입력 2025/07/29 17:12 | 기자 한도현", "새벽신문"),
    ("새벽데일리 2025.10.15 21:03 | 한도현 기자", "새벽데일리"),
    ("새벽데일리 입력 2025.10.15 21:03 | 한도현 기자", "새벽데일리"),
    ("새벽타임즈 2025-08-18 09:30", "새벽타임즈"),
    ("새벽마당 2025-08-18 09:30", None),
    ("구청은 2025-08-18 09:30", None),
    ("새벽타임즈 2025-08-18 개막", None),
    ("새벽라이프 / 2025년 11월 03일 오후 3시 25분 / 한도현 기자", "새벽라이프"),
    ("새벽라이프 / 2025년 11월 03일 오후 3시 25분", "새벽라이프"),
    ("사진/새벽일보 2025/07/29", None),
]


@pytest.mark.parametrize(("line", "outlet"), BYLINE_OUTLETS, ids=[d[0] for d in BYLINE_OUTLETS])
def test_byline_outlet(line: str, outlet: str | None) -> None:
    assert meta.byline_outlet(line) == outlet


# The line directly under a headline: "name | date" names the outlet whatever the name ends with.
UNSUFFIXED_OUTLETS = [
    ("새벽마당 | 2024-06-08 21:47", "새벽마당"),
    ("새벽마당 | 스포츠 | 2024-06-08 21:47", "새벽마당"),
    ("새벽일보 | 2024-06-08 21:47", "새벽일보"),
    ("대전 | 2024-06-08 21:47", None),
    ("사회 | 2024-06-08 21:47", None),
    ("사회부 | 2024-06-08 21:47", None),
    ("김도윤 | 2024-06-08 21:47", None),
    ("새벽군청 | 2024-06-08 21:47", None),
    ("새벽시 | 2024-06-08 21:47", None),
    ("네이버 | 2024-06-08 21:47", None),
    ("2024 | 2024-06-08 21:47", None),
    ("새벽마당 | 2024-06-08 개막전 예매", None),
    ("구단은 8일 | 2024-06-08 21:47", None),
    ("새벽마당 김도윤 기자 | 2024-06-08 21:47", None),
    ("새벽마당 2024-06-08 21:47", None),  # with no bar, only a name ending like an outlet's
    ("대전 / 2024-06-08 21:47", None),
]


@pytest.mark.parametrize(("line", "outlet"), UNSUFFIXED_OUTLETS, ids=[d[0] for d in UNSUFFIXED_OUTLETS])
def test_byline_outlet_under_headline(line: str, outlet: str | None) -> None:
    assert meta.byline_outlet(line, unsuffixed=True) == outlet


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("새벽일보 | 사회 | 2024.10.16 14:05", "사회"),
        ("새벽일보 | 2024.10.16 14:05", None),
        ("사회 | 새벽일보 | 2024.10.16 14:05", None),
    ],
    ids=str,
)
def test_byline_section(line: str, section: str | None) -> None:
    assert meta.byline_section(line) == section


OUTLET_NAMES = [
    ("누리경제", True),
    ("한빛타임즈", True),
    ("뉴시스", True),
    ("YTN", True),
    ("연합뉴스TV", True),
    ("경제", False),
    ("포커스", False),
    ("채널", False),
    ("생활경제", False),
    ("취재현장", False),
    ("네이버 뉴스", False),
    ("KBS대전", True),
    ("MBC사장", False),
    ("안동MBC", True),
    ("사장MBC", False),
    ("디지털뉴스", False),
]


@pytest.mark.parametrize(("name", "is_outlet"), OUTLET_NAMES, ids=[o[0] for o in OUTLET_NAMES])
def test_looks_like_outlet(name: str, is_outlet: bool) -> None:
    assert meta.looks_like_outlet(name) is is_outlet


# ---------------------------------------------------------------- bylines wherever they stand (issue #12)

LEADS = [
    ("(서울=한빛뉴스) 홍길동 기자 = 정부는 1일 밝혔다.", "한빛뉴스", ["홍길동"], False),
    ("(대전ㆍ충남=한빛뉴스) 홍길동 기자 = 시는 1일 밝혔다.", "한빛뉴스", ["홍길동"], False),
    ("【서울=한빛통신】홍길동 특파원 = 정부는 1일 밝혔다.", "한빛통신", ["홍길동"], False),
    ("[서울=한빛통신] 홍길동 특파원 = 정부는 1일 밝혔다.", "한빛통신", ["홍길동"], False),
    ("[누리일보 홍길동 기자] 정부는 1일 밝혔다.", "누리일보", ["홍길동"], False),
    ("[누리스포츠=인천, 홍길동 기자] 감독은 1일 말했다.", "누리스포츠", ["홍길동"], False),
    ("[누리일보 = 홍길동 기자] 정부는 1일 밝혔다.", "누리일보", ["홍길동"], False),
    ("(누리코리아=홍길동 기자) 정부는 1일 밝혔다.", "누리코리아", ["홍길동"], False),
    ("누리경제 홍길동 기자 = 정부는 1일 밝혔다.", "누리경제", ["홍길동"], False),
    (
        "시민들이 걷고 있다.[사진=누리일보 제공][누리일보 홍길동 기자] 정부는 밝혔다.",
        "누리일보",
        ["홍길동"],
        False,
    ),
    (
        "(서울=한빛뉴스) 홍길동 기자, 김철수 기자 = 정부는 1일 밝혔다.",
        "한빛뉴스",
        ["홍길동", "김철수"],
        False,
    ),
    (
        "(서울=한빛뉴스) 김철수 기자 = 시민들이 걷고 있다. 2024.11.27 cs@x.co.kr "
        "(서울=한빛뉴스) 홍길동 기자 = 정부는",
        "한빛뉴스",
        ["홍길동"],
        False,
    ),
    ("(서울=한빛뉴스) 김철수 기자 = 시민들이 걷고 있다. 2024.11.27 cs@x.co.kr", "한빛뉴스", ["김철수"], True),
    ("[한빛투데이 철수 기자] 정부는 1일 밝혔다.", "한빛투데이", ["철수"], False),
]


@pytest.mark.parametrize(("line", "outlet", "names", "caption"), LEADS, ids=[d[0] for d in LEADS])
def test_lead_byline_anywhere_in_the_line(line: str, outlet: str, names: list[str], caption: bool) -> None:
    dateline, in_caption = bylines.lead_dateline(line)
    assert dateline is not None
    assert (dateline.outlet, [r.name for r in dateline.reporters], in_caption) == (outlet, names, caption)


NOT_LEADS = [
    "(노동신문) 2017.1.1 시민들이 모였다.",
    "[사진=한빛뉴스] 시민들이 모였다.",
    "[한빛뉴스 제공] 시민들이 모였다.",
    "기자회견에서 홍길동 의원은 말했다.",
    "[한빛투데이 사회 기자] 정부는 밝혔다.",
]


@pytest.mark.parametrize("line", NOT_LEADS, ids=str)
def test_no_lead_byline(line: str) -> None:
    dateline, _caption = bylines.lead_dateline(line)
    assert dateline is None or not dateline.reporters


CLOSINGS = [
    ("정부는 밝혔다. 홍길동 기자 hong@x.co.kr", ["홍길동"], []),
    ("정부는 밝혔다. 홍길동 기자(hong@x.co.kr)", ["홍길동"], []),
    ("정부는 밝혔다. 홍길동 기자 hong@x.co.kr ▶ 구독하기", ["홍길동"], []),
    ("정부는 밝혔다./홍길동기자·hong@", ["홍길동"], []),
    ("[ 홍길동 / hong@x.co.kr ]", ["홍길동"], []),
    ("정부는 밝혔다. 홍길동 군사전문기자 hong@x.co.kr", ["홍길동"], []),
    ("정부는 밝혔다. 홍길동 기자 hong@x.co.kr 김철수 기자 cs@x.co.kr", ["홍길동", "김철수"], []),
    ("시민들이 걷고 있다. 김철수 기자 cs@x.kr 정부는 밝혔다. 홍길동 기자 hong@x.kr", ["홍길동"], []),
    ("정부는 밝혔다. 홍길동 기자 hong@x.co.kr <사진>인천=김철수 기자 / cs@x.co.kr", ["홍길동"], ["김철수"]),
    ("2024.11.27/한빛뉴스 ⓒ News1 김철수 기자 cs@x.co.kr", [], ["김철수"]),
    ("문의는 이메일 help@x.co.kr 로 하면 된다.", [], []),
    ("전시회 모습 홍길동기자 hong@x.co.kr", ["홍길동"], []),
]


@pytest.mark.parametrize(("line", "names", "credits"), CLOSINGS, ids=[d[0] for d in CLOSINGS])
def test_closing_e_mail_bylines(line: str, names: list[str], credits: list[str]) -> None:
    closing, found_credits, _start = bylines.closing_writers(line)
    assert ([r.name for r in closing], [r.name for r in found_credits]) == (names, credits)


LAST_WORDS = [
    ("공로를 인정받았다. 홍길동 기자", ["홍길동"]),
    ("공로를 인정받았다. [홍길동 기자]", ["홍길동"]),
    ("공로를 인정받았다. [홍길동 기자 / 김철수 기자]", ["홍길동", "김철수"]),
    ("공로를 인정받았다. hong@x.co.kr 홍길동 기자", ["홍길동"]),
    ("공로를 인정받았다. /홍길동 기자", ["홍길동"]),
    ("기자회견에서 홍길동 기자", []),
    ("시민들이 모였다. 사진=홍길동 기자", []),
]


@pytest.mark.parametrize(("line", "names"), LAST_WORDS, ids=[d[0] for d in LAST_WORDS])
def test_last_words_byline(line: str, names: list[str]) -> None:
    assert [r.name for r in bylines.last_words_writers(line)] == names


PHOTO_CREDITS = [
    ("2024.11.27/한빛뉴스 ⓒ News1 홍길동 기자", True),
    ("<사진>인천=홍길동 기자", True),
    ("사진=홍길동 기자", True),
    ("글·사진 홍길동 기자", False),
    ("사진·글 홍길동 기자", False),
    ("정부는 밝혔다. 홍길동 기자", False),
]


@pytest.mark.parametrize(("line", "credit"), PHOTO_CREDITS, ids=[d[0] for d in PHOTO_CREDITS])
def test_photo_credit(line: str, credit: bool) -> None:
    assert bylines.is_photo_credit(line, line.index("홍길동")) is credit


DOMAINS = [
    ("hong@yna.co.kr", "연합뉴스"),
    ("hong@hani.co.kr", "한겨레"),
    ("http://www.chosun.com/news", "조선일보"),
    ("hong@news.example.com", None),
]


@pytest.mark.parametrize(("address", "outlet"), DOMAINS, ids=[d[0] for d in DOMAINS])
def test_domain_outlet(address: str, outlet: str | None) -> None:
    assert bylines.domain_outlet(address) == outlet


PAPER_NAMES = [
    ("종합 경제정보 미디어 누리일보", "누리일보"),
    ("'대중문화 전문가그룹' 누리미디어", "누리미디어"),
    ("누리미디어 - Nurimedia", "누리미디어"),
    ("누리일보 스타in", "누리일보"),
    ("공감언론 뉴시스통신사", "뉴시스"),
    ("NBS 누리방송", "NBS 누리방송"),
    ("The Nuri Times", "The Nuri Times"),
]


@pytest.mark.parametrize(("name", "paper"), PAPER_NAMES, ids=[d[0] for d in PAPER_NAMES])
def test_paper_name_without_tagline_or_sub_brand(name: str, paper: str) -> None:
    assert meta.paper_name(name) == paper


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("<저작권자 ⓒ 누리도민일보 (http://www.nuri.example.net) 무단전재 및 재배포 금지>", "누리도민일보"),
        ("ⓒ 누리일보(https://nuri.example.com), 무단 전재 및 재배포 금지", "누리일보"),
    ],
    ids=["an address in brackets", "an https address glued to the name"],
)
def test_copyright_outlet_without_its_address(line: str, outlet: str) -> None:
    assert meta.copyright_outlet(line) == outlet
