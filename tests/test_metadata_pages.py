"""Metadata of text copies of real-shaped news pages: the site's lines around the article.

Every row is a page we wrote ourselves in the shapes saved pages take: skip links, menu
buttons, logo alt text and section words above the headline, copyright and sign-off lines,
co-writers and photographers in bylines.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractor.page import metadata as meta
from extractor.page.textpage import prepare_text
from tests.cases import assert_text_metadata, named_rows

_BODY = "구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n\n도서관은 2026년 문을 연다고 구청은 설명했다."
_TITLE = "한빛구, 구립도서관 3곳 새로 짓는다"

# (id, page, expected metadata fields)
HEADLINES: list[Any] = [
    (
        "a skip link above the headline",
        f"본문 바로가기\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a lone 뉴스 button and the site's menu line above the headline",
        f"뉴스\n\n누리방송 뉴스 상단 메뉴\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리방송"},
    ),
    (
        "a logo's alt text names the site",
        f"누리방송 채널8번 로고\n\n{_TITLE}\n\n2020-09-15\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리방송", "published_at": "2020-09-15"},
    ),
    (
        "a caption naming a new logo in the body stays in the text",
        f"{_TITLE}\n\n{_BODY}\n\n한빛구 새 로고\n\n구청은 새 로고를 공개했다.",
        {"headline": _TITLE},
    ),
    (
        "a headline ending in 신메뉴 is no menu button",
        f"한빛버거 여름 신메뉴\n\n{_BODY}",
        {"headline": "한빛버거 여름 신메뉴"},
    ),
    (
        "a lone section word above the headline is its section",
        f"연예일반\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "연예일반"},
    ),
    (
        "a lone section word over a body with no title",
        f"연예일반\n{_BODY}",
        {"headline": None, "section": "연예일반"},
    ),
    (
        "a section word, then a [tagged] headline: the tag is the section",
        f"스포츠\n\n[취재후기] {_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "취재후기"},
    ),
    (
        "a page clock with no year and an issue tag above the headline",
        f"컨텐츠 바로가기\n\n07.01 (월)\n\n이슈 '도서관' 구립도서관 확충\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a long headline in the plain present without a full stop",
        f"한빛구-누리문화재단, 구립도서관 3곳에 실감콘텐츠 체험관 새로 만든다\n\n{_BODY}",
        {"headline": "한빛구-누리문화재단, 구립도서관 3곳에 실감콘텐츠 체험관 새로 만든다"},
    ),
    (
        "a long first sentence in the past without a full stop is the body",
        f"한빛구와 누리문화재단이 구립도서관 3곳에 실감콘텐츠 체험관을 만들었다\n\n{_BODY}",
        {"headline": None},
    ),
    (
        "a 최종편집 date above the section word and the headline",
        f"기사최종편집일 2024-11-25 06:55\n스포츠\n\n{_TITLE}\n\n기사입력 2009.03.17 20:09\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2009-03-17T20:09:00+09:00"},
    ),
]

COPYRIGHT_OUTLETS: list[Any] = [
    (
        "a capital circled C",
        f"{_TITLE}\n\n{_BODY}\n\nCopyright Ⓒ 누리방송. All rights reserved. 무단 전재, 재배포 금지",
        {"outlet": "누리방송"},
    ),
    (
        "a quoted motto with a comma before the name",
        f"{_TITLE}\n\n{_BODY}\n\n<저작권자 © ‘빠른 소식,누리의 모든 것’ 누리뉴스, 무단전재 및 재배포 금지>",
        {"outlet": "누리뉴스"},
    ),
    (
        "motto and name inside the quotes",
        f'{_TITLE}\n\n{_BODY}\n\nⓒ "젊은 힘, 모바일 으뜸 누리일보"',
        {"outlet": "누리일보"},
    ),
]


WRITERS: list[Any] = [
    (
        "the broadcaster, the writer and the address in brackets close the copy",
        f"{_TITLE}\n\n{_BODY}\n\n누리방송 김도윤 (dy@nuri.example)\n※ 당신의 제보가 뉴스가 됩니다",
        {"outlet": "누리방송", "reporters": ["김도윤"]},
    ),
    (
        "a desk between the writer and the title in a bracketed closing byline",
        f"{_TITLE}\n\n{_BODY}\n\n[김도윤 디지털뉴스 기자 dy@nuri.example]",
        {"reporters": ["김도윤"]},
    ),
    (
        "the writer's desk is no writer, and the writer no outlet",
        f"{_TITLE}\n\n{_BODY}\n\n[김도윤 사회부 기자 dy@nuri.example]",
        {"outlet": None, "reporters": ["김도윤"]},
    ),
    (
        "the writer's name in Chinese characters before the title",
        f"{_TITLE}\n\n{_BODY}\n\n김도윤(金道允) 기자",
        {"reporters": ["김도윤"]},
    ),
    (
        "a resident named with a bracketed note closing the copy is no writer",
        f"{_TITLE}\n\n{_BODY}\n\n주민 김도윤 (72)",
        {"reporters": []},
    ),
    (
        # found in the wild: this line once raised IndexError (no writer read from a portal byline)
        "a portal byline with the e-mail after a space, closing the article",
        f"{_TITLE}\n\n{_BODY}\n\n김도윤 누리닷컴 기자 dy@nuri.com",
        {"reporters": ["김도윤"], "outlet": "누리닷컴"},
    ),
    (
        "co-writers joined by a space in a wire dateline",
        f"{_TITLE}\n\n【서울=누리뉴스】김도윤 박서연 기자 = {_BODY}",
        {"reporters": ["김도윤", "박서연"], "outlet": "누리뉴스"},
    ),
    (
        "co-writers joined by a middle dot in a wire dateline",
        f"{_TITLE}\n\n(서울=누리뉴스) 김도윤·박서연 기자 = {_BODY}",
        {"reporters": ["김도윤", "박서연"]},
    ),
    (
        "a header line of writers joined by spaces",
        f"{_TITLE}\n\n김도윤 박서연 최하늘 기자\n등록 2018-07-17 06:44\n\n{_BODY}",
        {"reporters": ["김도윤", "박서연", "최하늘"], "published_at": "2018-07-17T06:44:00+09:00"},
    ),
    (
        "a desk before the writer is no co-writer",
        f"{_TITLE}\n\n사회부 김도윤 기자\n\n{_BODY}",
        {"reporters": ["김도윤"]},
    ),
    (
        "a body sentence naming two reporters is no byline",
        f"{_TITLE}\n\n{_BODY}\n\n행사에는 김도윤 박서연 기자 등 50명이 참석했다.",
        {"reporters": []},
    ),
    (
        "the photographer after the writer in a closing byline",
        f"{_TITLE}\n\n{_BODY}\n\n누리뉴스24 /한빛=김도윤기자 dy@x.co.kr 사진 박서연기자 sy@x.co.kr",
        {"reporters": ["김도윤"]},
    ),
    (
        "a caption naming a reporter and an announcer with the picture's source",
        f"김도윤 기자, 박서연 아나운서 출처 = 누리방송\n[누리신문] {_BODY}\n최하늘 기자 sky@x.co.kr",
        {"reporters": ["최하늘"]},
    ),
    (
        "글·사진 before the writer under the headline names the writer",
        f"{_TITLE}\n\n글·사진 김도윤 기자\n\n{_BODY}",
        {"reporters": ["김도윤"]},
    ),
    (
        "사진 alone before a name under the headline is the photographer",
        f"{_TITLE}\n\n사진 김도윤 기자\n\n{_BODY}\n\n박서연 기자 sy@x.co.kr",
        {"reporters": ["박서연"]},
    ),
    (
        "a video piece credits its writer as 글·구성",
        f"{_TITLE}\n\n{_BODY}\n\n(글·구성: 김도윤 / 편집: 박서연)",
        {"reporters": ["김도윤"]},
    ),
    (
        "a portal byline with the outlet between name and title",
        f"{_TITLE}\n\n김도윤 누리투데이 기자(dy@x.co.kr) 2023. 7. 12. 11:24\n\n{_BODY}",
        {"reporters": ["김도윤"], "outlet": "누리투데이", "published_at": "2023-07-12T11:24:00+09:00"},
    ),
    (
        "an outlet, an equals sign and the writer before a bar",
        "누리경제신문=김도윤 기자 | 누리경제신문이 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.",
        {"reporters": ["김도윤"], "outlet": "누리경제신문"},
    ),
    (
        "the anchor hands over: 기자가 취재했습니다",
        f"{_TITLE}\n\n<앵커>\n도서관이 생깁니다. 김도윤 기자가 취재했습니다.\n\n<기자>\n구청은 밝혔습니다.",
        {"reporters": ["김도윤"]},
    ),
    (
        "the anchor hands over: 기자의 단독 보도입니다",
        f"{_TITLE}\n\n[앵커]\n도서관 소식. 김도윤 기자의 단독 보도입니다.\n\n[기자]\n구청은 밝혔습니다.",
        {"reporters": ["김도윤"]},
    ),
    (
        "a broadcaster's sign-off without 뉴스",
        f"{_TITLE}\n\n[기자]\n구청은 도서관을 짓는다고 밝혔습니다.\n\n한빛에서 누리방송 김도윤입니다.",
        {"reporters": ["김도윤"], "outlet": "누리방송"},
    ),
]


OUTLETS: list[Any] = [
    (
        "an outlet's bracket fused to the photo caption before the lead",
        f"{_TITLE}\n\n도서관 조감도. 사진=한빛구 제공 [누리일보] {_BODY}",
        {"outlet": "누리일보"},
    ),
    (
        "a bracket inside a body sentence is no lead",
        f"{_TITLE}\n\n{_BODY}\n\n구청은 [누리일보]에 도서관 계획을 알렸다.",
        {"outlet": None},
    ),
    (
        "a desk signing with the outlet and an address",
        f"{_TITLE}\n\n{_BODY}\n\n[누리방송 뉴스센터 / desk@nuri.example]",
        {"outlet": "누리방송", "reporters": []},
    ),
    (
        "an English company name in the copyright, the regional station in the script",
        "◀ANC▶\n새해 첫날입니다. 목포MBC도 새롭게 시작합니다.\n◀VCR▶\n시민들이 모였습니다.\n"
        "목포MBC가 지켜보겠습니다. MBC뉴스 김도윤입니다.\n"
        "Copyright © Mokpo Nuri Broadcasting Corp. All rights reserved.",
        {"outlet": "목포MBC", "reporters": ["김도윤"], "headline": None},
    ),
    (
        "an English company name is still the outlet when nothing else names one",
        f"{_TITLE}\n\n{_BODY}\n\nCopyright © Nuri Broadcasting Corp. All rights reserved.",
        {"outlet": "Nuri Broadcasting Corp"},
    ),
    (
        "a network signing off with one mention of a regional station stays the network",
        "◀ANC▶\n목포MBC 사옥 앞입니다.\n◀VCR▶\n시민들이 모였습니다. MBC뉴스 김도윤입니다.",
        {"outlet": "MBC"},
    ),
    (
        "a closing byline's e-mail domain names the paper when nothing else does",
        f"{_TITLE}\n\n{_BODY}\n\n김도윤 기자 dy@kyunghyang.com",
        {"outlet": "경향신문", "reporters": ["김도윤"]},
    ),
    (
        "a page title ending with the site's name",
        f"{_TITLE} - 누리일보\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리일보"},
    ),
    (
        "a page title ending with a portal's name",
        f"{_TITLE} | 다음뉴스\n\n{_BODY}",
        {"headline": _TITLE, "outlet": None},
    ),
    (
        "a dash inside the headline is no site suffix",
        f"수출 - 수입 격차 확대\n\n{_BODY}",
        {"headline": "수출 - 수입 격차 확대", "outlet": None},
    ),
    (
        "a venue the place list does not know before the sports daily and the writer",
        f"{_TITLE}\n\n[고척=스포츠서울 김도윤기자] {_BODY}",
        {"outlet": "스포츠서울", "reporters": ["김도윤"]},
    ),
    (
        "outlet, venue and writer: the venue is no co-writer",
        f"{_TITLE}\n\n[누리일보=고척, 김도윤 기자] {_BODY}",
        {"outlet": "누리일보", "reporters": ["김도윤"]},
    ),
    (
        "a two-writer dateline joined by a middle dot keeps both",
        f"{_TITLE}\n\n[누리일보=김도윤·박서연 기자] {_BODY}",
        {"outlet": "누리일보", "reporters": ["김도윤", "박서연"]},
    ),
    (
        "an editor's credit in brackets closing the copy names the editor, no outlet",
        f"{_TITLE}\n\n{_BODY}\n\n(편집 김도윤 기자)",
        {"outlet": None, "reporters": ["김도윤"]},
    ),
    (
        "a photo credit's label in a bracketed byline is no outlet either",
        f"{_TITLE}\n\n{_BODY}\n\n[사진 김도윤 기자]",
        {"outlet": None},
    ),
    (
        "the site's name alone under the title is its masthead, no subheading",
        f"{_TITLE}\n\n누리일보\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리일보", "subheadings": []},
    ),
    (
        "a bulleted site name under the title is the masthead too",
        f"{_TITLE}\n  • 누리스포츠\n  • 입력 2031년 3월 4일 14시 49분\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리스포츠", "subheadings": []},
    ),
    (
        "a promo label above the masthead is no title: the title follows the masthead",
        f"누리영화제후보작\n누리일보\n{_TITLE}\n김도윤 기자\n기사입력 2031-03-04 22:56\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리일보", "reporters": ["김도윤"]},
    ),
    (
        "a photo's credit under the title names the photo's subject and agency, not the outlet",
        f"{_TITLE}\n\n한빛지법/누리뉴스\n\n{_BODY}",
        {"headline": _TITLE, "outlet": None},
    ),
    (
        "the outlet's name in spaced angle brackets signs the copy off",
        f"{_TITLE}\n\n{_BODY}\n\n김도윤 기자 - dy@mail.example\n< 끝 >\n< HBN 뉴스통신 >\n"
        "◆ 한빛통신 공식 한국 배급사",
        {"outlet": "HBN 뉴스통신", "reporters": ["김도윤"]},
    ),
    (
        "the outlet's name in square brackets as the last line signs off",
        f"{_TITLE}\n\n{_BODY}\n\n[누리스포츠]",
        {"outlet": "누리스포츠"},
    ),
    (
        "a bracketed heading closing a ruling's summary is no sign-off",
        f"{_TITLE}\n\n{_BODY}\n\n[법원 판단]",
        {"outlet": None},
    ),
    (
        "a bracketed outlet opening the lead with prose after it is the dateline, and stays",
        f"{_TITLE}\n\n[누리일보]\n\n{_BODY}",
        {"outlet": "누리일보"},
    ),
    (
        "<앵커> under the headline opens the script, no summary line",
        f"{_TITLE}\n\n<앵커>\n\n도서관이 생깁니다.\n\n<기자>\n\n구청은 밝혔습니다.",
        {"headline": _TITLE, "subheadings": []},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(HEADLINES))
def test_headline_under_site_lines(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


@pytest.mark.parametrize(("raw", "expected"), named_rows(COPYRIGHT_OUTLETS))
def test_copyright_line_outlet(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


def test_update_label_of_a_final_edit() -> None:
    found = meta.labelled_dates("기사최종편집일 2024-11-25 06:55")
    assert found == [("updated", "2024-11-25T06:55:00+09:00")]


@pytest.mark.parametrize(("raw", "expected"), named_rows(WRITERS))
def test_writers_of_byline_shapes(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


@pytest.mark.parametrize(("raw", "expected"), named_rows(OUTLETS))
def test_outlet_of_page_shapes(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        pytest.param(
            f"{_TITLE}\n\n{_BODY}\n\n한빛구 새 로고\n\n구청은 새 로고를 공개했다.",
            "한빛구 새 로고",
            id="a new logo's caption",
        ),
        pytest.param(f"본문 바로가기\n\n{_TITLE}\n\n{_BODY}", _TITLE, id="the headline under a skip link"),
    ],
)
def test_article_lines_stay_in_text(raw: str, kept: str) -> None:
    assert kept in prepare_text(raw).text


def test_skip_link_leaves_the_text() -> None:
    assert "바로가기" not in prepare_text(f"본문 바로가기\n\n{_TITLE}\n\n{_BODY}").text
