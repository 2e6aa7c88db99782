"""Metadata of page shapes met on outlets the first tables did not cover.

Portal copies ("김도윤 2025. 7. 25. 18:23" under the title), a site's clock above the title, a
portal teaser's date line after the body, sections written as a bare path ("사회 사회일반"),
mottos in copyright lines, a site's promotion lines, the body crediting the newsroom's own
reporting, one-word outlet brackets over a wire-style byline. Every page is one we wrote.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.page.textpage import prepare_text
from tests.cases import named_rows

_BODY = "구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n\n도서관은 2026년 문을 연다고 구청은 설명했다."
_TITLE = "한빛구, 구립도서관 3곳 새로 짓는다"


def _field(raw: str, key: str) -> object:
    metadata = prepare_text(raw).metadata
    return [r.name for r in metadata.reporters] if key == "reporters" else getattr(metadata, key)


# (id, page, published_at)
PUBLISHED: list[Any] = [
    (
        "a portal copy's writer and time under the title",
        f"{_TITLE}\n김도윤 2025. 7. 25. 18:23\n{_BODY}",
        "2025-07-25T18:23:00+09:00",
    ),
    (
        "a site's clock above the title gives way to the 승인 line under it",
        f"2024-03-29 17:58 (금)\n{_TITLE}\n  • 박서연 기자\n  • 승인 2008.06.20 17:23\n{_BODY}",
        "2008-06-20T17:23:00+09:00",
    ),
    (
        "a bare date above the title with no labelled date stays the date",
        f"2025.12.03 오후 2:17\n\n{_TITLE}\n\n{_BODY}",
        "2025-12-03T14:17:00+09:00",
    ),
    (
        "a portal teaser's outlet and time lines after the body",
        f"{_TITLE}\n{_BODY}\n- 누리일보\n- 2025-07-08 13:52\n- 기사 전체 보기",
        "2025-07-08T13:52:00+09:00",
    ),
    (
        "a date line after the body never replaces the 입력 date",
        f"{_TITLE}\n입력 2025-07-01 09:00\n{_BODY}\n- 2025-07-08 13:52",
        "2025-07-01T09:00:00+09:00",
    ),
    (
        "a small site's header: bare name, bar, 기사입력 with the time in square brackets",
        f"{_TITLE}\n\n김도윤 | 기사입력 2021/04/06 [07:40]\n\n{_BODY}",
        "2021-04-06T07:40:00+09:00",
    ),
    (
        "a date and the byline alone on a header line",
        f"{_TITLE}\n\n2019-07-03     김도윤 기자\n{_BODY}",
        "2019-07-03",
    ),
    (
        "a portal's 기사전송 label",
        f"{_TITLE}\n기사전송 2024-05-03 15:20\n{_BODY}",
        "2024-05-03T15:20:00+09:00",
    ),
    (
        "a 게시일 label",
        f"{_TITLE}\n게시일 2024.05.03\n{_BODY}",
        "2024-05-03",
    ),
    (
        "a spaced 게재 일자 label and a date in words",
        f"{_TITLE}\n게재 일자 : 2024년 05월 03일\n{_BODY}",
        "2024-05-03",
    ),
    (
        "a 승인 line is no writer's name and date",
        f"{_TITLE}\n승인 2022.02.10 10:59\n{_BODY}",
        "2022-02-10T10:59:00+09:00",
    ),
]

# (id, page, reporters)
REPORTERS: list[Any] = [
    (
        "a portal copy's bare writer name before the time",
        f"{_TITLE}\n박서연 2021. 3. 9. 07:56\n{_BODY}",
        ["박서연"],
    ),
    (
        "a 승인 label is never taken for a writer",
        f"{_TITLE}\n  • 김도윤 기자\n  • 승인 2022.02.10 10:59\n{_BODY}",
        ["김도윤"],
    ),
    (
        "a small site's header: the writer's bare name before the dates",
        f"{_TITLE}\n\n김도윤 | 기사입력 2021/04/06 [07:40]\n\n{_BODY}",
        ["김도윤"],
    ),
    (
        "a desk before the dates is no writer",
        f"{_TITLE}\n\n편집부 | 입력 2021/04/06 07:40\n\n{_BODY}",
        [],
    ),
    (
        "a photo's ⓒ credit naming paper and photographer: no writer",
        f"{_TITLE}\n{_BODY}\n구청 전경. ⓒ누리일보 김도윤 기자",
        [],
    ),
    (
        "the writer's more-articles link is the only byline",
        f"{_TITLE}\n{_BODY}\n김도윤 기자의 다른 기사 보기",
        ["김도윤"],
    ),
    (
        "a closing byline outranks the more-articles link",
        f"{_TITLE}\n{_BODY}\n박서연 기자 sy@nuri.co.kr\n김도윤 기자의 다른 기사 보기",
        ["박서연"],
    ),
    (
        "a labelled header field with the writer's bare name",
        f"{_TITLE}\n기자명 김도윤\n입력 2024.05.03 15:20\n{_BODY}",
        ["김도윤"],
    ),
    (
        "a labelled photographer field names no writer",
        f"{_TITLE}\n사진 김도윤\n입력 2024.05.03 15:20\n{_BODY}",
        [],
    ),
    (
        "a one-word outlet bracket over a wire-style byline",
        "[누리코리아] 김도윤 기자=구청은 5일 도서관을 짓는다고 밝혔다.\n구청은 설명했다.",
        ["김도윤"],
    ),
    pytest.param(
        f"{_TITLE}\n  • 김도윤 프리랜서<사진기자>\n  • 승인 2008.06.20 17:23\n{_BODY}",
        ["김도윤"],
        id="a freelance photographer bylined in a header bullet (known gap)",
        marks=pytest.mark.xfail(strict=True),
    ),
]

# (id, page, headline)
HEADLINES: list[Any] = [
    (
        "a live-news widget heading above the title",
        f"실시간 뉴스\n\n\n{_TITLE}\n\n{_BODY}",
        _TITLE,
    ),
    (
        "a title opening with the outlet's name in angle marks and a particle",
        f"<누리일보>와 시민기자, 함께 간다!\n\n등록 2016.10.13 18:07\n{_BODY}",
        "<누리일보>와 시민기자, 함께 간다!",
    ),
    (
        "a section path without arrows above the title",
        f"사회 사회일반\n\n{_TITLE}\n\n누리일보\n\n입력 2022.11.25 16:28\n\n{_BODY}",
        _TITLE,
    ),
    (
        "the site's weather widget above the title",
        f"서울 12℃\n{_TITLE}\n{_BODY}",
        _TITLE,
    ),
    (
        "a hashtag row above the title",
        f"#도서관 #한빛구\n{_TITLE}\n{_BODY}",
        _TITLE,
    ),
    (
        "a title with a place and a count is no weather line",
        f"서울 12곳 도서관 새로 짓는다\n{_BODY}",
        "서울 12곳 도서관 새로 짓는다",
    ),
    (
        "a photo's bare credit line above the title",
        f"[사진=한빛구 제공]\n{_TITLE}\n{_BODY}",
        _TITLE,
    ),
    (
        "a bare credit over a body with no title leaves the headline empty",
        f"[사진=한빛구 제공]\n{_BODY}",
        None,
    ),
    (
        "a portal copy's writer and time line is no summary line",
        f"{_TITLE}\n김도윤 2025. 7. 25. 18:23\n{_BODY}",
        _TITLE,
    ),
]

# (id, page, subheadings)
SUBHEADINGS: list[Any] = [
    (
        "the writer-and-time line of a portal copy stays out of the summary",
        f"{_TITLE}\n김도윤 2025. 7. 25. 18:23\n{_BODY}",
        [],
    ),
]

# (id, page, outlet)
OUTLETS: list[Any] = [
    (
        "a past-tense broadcast sign-off",
        f"{_TITLE}\n<앵커>\n도서관이 생깁니다.\n<기자>\n구청은 밝혔다.\n지금까지 누리방송 김도윤이었습니다",
        "누리방송",
    ),
    (
        "a sign-off with the reporter's title",
        f"{_TITLE}\n<앵커>\n도서관이 생깁니다.\n<기자>\n구청은 밝혔습니다.\n누리방송 뉴스 김도윤 기자입니다.",
        "누리방송",
    ),
    (
        "a one-word bracket with no outlet ending over '이름 기자='",
        "[누리코리아] 김도윤 기자=구청은 5일 도서관을 짓는다고 밝혔다.\n구청은 설명했다.",
        "누리코리아",
    ),
    (
        "a section bracket over a wire-style byline names no outlet",
        f"{_TITLE}\n[단독] 김도윤 기자 = 구청은 5일 도서관을 짓는다고 밝혔다.\n구청은 설명했다.",
        None,
    ),
    (
        "a place bracket over a wire-style byline names no outlet",
        f"{_TITLE}\n[대전] 김도윤 기자 = 구청은 5일 도서관을 짓는다고 밝혔다.\n구청은 설명했다.",
        None,
    ),
    (
        "a copyright line with the paper's motto after a dash",
        f"{_BODY}\n\n저작권자 © 누리일보 - 아침을 여는 신문 무단전재 및 재배포 금지",
        "누리일보",
    ),
    (
        "a copyright line with the name in title marks and a motto",
        f"{_BODY}\n\n저작권자 © 《한빛사람들》 - 한빛시민의 신문 무단전재 및 재배포 금지",
        "한빛사람들",
    ),
    (
        "a broadcaster's tip line under the report",
        f"{_TITLE}\n{_BODY}\n■ 제보하기\n▷ 카카오톡 : 'NBS제보' 검색, 채널 추가\n▷ 전화 : 02-000-0000",
        "NBS",
    ),
    (
        "a web paper's subscribe line under the article",
        f"{_TITLE}\n{_BODY}\n네이버 채널에서 '누리일보'를 구독해주세요.",
        "누리일보",
    ),
    (
        "a network's news brand in a subscribe line",
        f"{_TITLE}\n{_BODY}\n▷ 유튜브에서 NBS뉴스를 구독해주세요!",
        "NBS",
    ),
    (
        "subscribing in a body sentence names no outlet",
        f"{_TITLE}\n주민들은 한빛소식지를 구독해 읽는다고 구청은 밝혔다.",
        None,
    ),
    (
        "the body credits the newsroom's own reporting",
        f"{_TITLE}\n13일 누리일보 취재 결과 구청은 도서관 3곳을 새로 짓는다.\n구청은 설명했다.",
        "누리일보",
    ),
    (
        "an agency speaking to the newsroom itself",
        f'{_TITLE}\n소속사 측은 누리뉴스에 "촬영을 마쳤다"고 전했다.\n구청은 설명했다.',
        "누리뉴스",
    ),
    (
        "an official speaking to a foreign paper by its call letters names no outlet",
        f'{_TITLE}\n백악관 관계자는 NYT에 "검토 중"이라고 말했다.\n구청은 설명했다.',
        None,
    ),
    (
        "a byline's outlet outranks the body's own-reporting credit",
        f"{_TITLE}\n[한빛경제=김도윤 기자] NBS 취재에 따르면 구청은 도서관을 짓는다.\n구청은 설명했다.",
        "한빛경제",
    ),
    (
        "a bare ⓒ photographer credit gives way to the site's masthead",
        f"누리방송 뉴스 상단 메뉴\n\n{_TITLE}\n\nⓒ 김도윤\n\n{_BODY}",
        "누리방송",
    ),
    (
        "a notice with no © mark opening with the site and its address",
        f"{_TITLE}\n{_BODY}\n한빛=김도윤 기자 dykim@\n누리일보(www.nuri.co.kr), 무단전재 및 재배포 금지",
        "누리일보",
    ),
    (
        "a photo's ⓒ credit naming paper and photographer names the paper",
        f"{_TITLE} [기자수첩]\n{_BODY}\nⓒ누리일보 김도윤 기자",
        "누리일보",
    ),
    (
        "a note in brackets after the name in a copyright line",
        f"{_TITLE}\n{_BODY}\n저작권자(c) 누리뉴스(시민기자), 무단 전재 및 재배포 금지",
        "누리뉴스",
    ),
    (
        "the paper between the writer and the date in a header line",
        f"{_TITLE}\n김도윤 기자 | 누리일보 | 2024.05.03 15:20\n{_BODY}",
        "누리일보",
    ),
    (
        "a portal's 'paper 원문 기사전송 date' line",
        f"{_TITLE}\n누리일보 원문 기사전송 2024-05-03 15:20\n{_BODY}",
        "누리일보",
    ),
    (
        "a spaced '=' between the paper and the writer in a header line",
        f"{_TITLE}\n누리스포츠 = 김도윤 기자 | 2024.05.03 15:20\n{_BODY}",
        "누리스포츠",
    ),
    (
        "a web desk's newsroom line with its address",
        f"{_TITLE}\n{_BODY}\n누리닷컴 뉴스룸 open@nuri.com",
        "누리닷컴",
    ),
    (
        "a press address glued to the next caption's first word",
        f"{_TITLE}\n{_BODY}\n도서관 조감도. 김도윤 기자 dykim@yna.co.kr구청은 설계를 마쳤다.",
        "연합뉴스",
    ),
    (
        "a © mark and the name closing the notice",
        f"{_TITLE}\n{_BODY}\n무단전재 및 재배포 금지 ⓒ 누리닷컴",
        "누리닷컴",
    ),
    (
        "the source line a copied page ends with",
        f"{_TITLE}\n{_BODY}\n출처 : 누리일보(http://www.nuri.co.kr)",
        "누리일보",
    ),
    (
        "a data source line names no outlet",
        f"{_TITLE}\n{_BODY}\n<출처: 한빛통계청>",
        None,
    ),
    (
        "a notice with no © mark and no outlet-like name names nothing",
        f"{_TITLE}\n{_BODY}\n사진 무단전재 및 재배포 금지",
        None,
    ),
    (
        "a sports daily's byline line with no bracket: outlet, name, 기자",
        f"[포토] {_TITLE}\n누리스포츠 김도윤 기자\n2024.05.03 15:20\n{_BODY}",
        "누리스포츠",
    ),
    (
        "a bracketed event name in a sentence is no outlet and writer",
        f"{_TITLE}\n구청은 연간 운영하는 GES(광주 누리스포츠 시리즈)를 연다고 밝혔다.\n구청은 설명했다.",
        None,
    ),
    (
        "a name in angle marks opening a sentence is no dateline",
        f"<누리일보>와 시민기자, 함께 간다!\n\n{_BODY}",
        None,
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(PUBLISHED))
def test_published_at_of_breadth_shapes(raw: str, expected: str) -> None:
    assert _field(raw, "published_at") == expected


@pytest.mark.parametrize(("raw", "expected"), named_rows(REPORTERS))
def test_reporters_of_breadth_shapes(raw: str, expected: list[str]) -> None:
    assert _field(raw, "reporters") == expected


@pytest.mark.parametrize(("raw", "expected"), named_rows(HEADLINES))
def test_headline_of_breadth_shapes(raw: str, expected: str) -> None:
    assert _field(raw, "headline") == expected


@pytest.mark.parametrize(("raw", "expected"), named_rows(SUBHEADINGS))
def test_subheadings_of_breadth_shapes(raw: str, expected: list[str]) -> None:
    assert _field(raw, "subheadings") == expected


@pytest.mark.parametrize(("raw", "expected"), named_rows(OUTLETS))
def test_outlet_of_breadth_shapes(raw: str, expected: str | None) -> None:
    assert _field(raw, "outlet") == expected
