"""Metadata of page shapes read on regional, trade and broadcast sites (meta6 rules).

Every row is a page we wrote ourselves: the site's weather widget and clock, an as-of stamp, a
section row above a title printed twice, photo captions where a title would stand, doubled and
date-first bylines, correspondents bylined with their posting, a script's sound-bite tags, an
anchor's hand-over, a paper naming itself (its scoop, its anniversary, "저희 …"), a copyright-law notice.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.cases import assert_text_metadata, named_rows

_TITLE = "한빛구, 구립도서관 3곳 새로 짓는다"
_BODY = "구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n\n도서관은 2031년 문을 연다고 구청은 설명했다."

# (id, page, expected metadata fields)
HEADLINES: list[Any] = [
    (
        "a Markdown image of the title above it, and a link-list label",
        f"![{_TITLE}](https://img.example.com/a.webp)\n연결 가능 링크\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a menu and its page in a breadcrumb, short menu labels, then the title over its filing time",
        f"누리 뉴스 >누리 뉴스\n\n지금 누리는\n\n누리 NEWS 상세\n스포츠\n{_TITLE}\n"
        f"송고시간2031/10/07 18:00\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2031-10-07T18:00:00+09:00"},
    ),
    (
        "a widget's as-of stamp above the title is no title",
        f"UPDATED. 2031-03-29 00:36 (금)\n[스몰톡] {_TITLE}\n상태바\n[스몰톡] {_TITLE}\n"
        f"  • 김도윤 기자\n  • 승인 2031.03.19 15:32\n\n{_BODY}",
        {"headline": _TITLE, "section": "스몰톡"},
    ),
    (
        "a weather widget and an English-order date above the title",
        f"-3.1 C\nSeoul\n화요일, 12월 24, 2031\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a magazine's issue line above the title",
        f"위클리 제 1175호 (2031년 06월 06일)\n\n{_TITLE}\n\n[누리비즈=박서연 기자] {_BODY}",
        {"headline": _TITLE, "reporters": ["박서연"]},
    ),
    (
        "a breadcrumb copied as a numbered list above the title",
        f"1. 홈\n  2. 뉴스\n  3. 오늘의 뉴스\n\n{_TITLE}\n취재기자 : 박서연, 방송일 : 2031-04-16\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a numbered breadcrumb, its last step again and a toolbar row around a short broadcast title",
        "1. 홈\n  2. 뉴스\n  3. 오늘의 뉴스\n\n오늘의 뉴스\n\n(완)개통 앞둔 면 주민\n"
        f"인쇄인쇄 확대 축소 좋아요좋아요 15  취재기자 : 박서연, 방송일 : 2031-04-16, 조회 : 95\n\n{_BODY}",
        {"headline": "(완)개통 앞둔 면 주민"},
    ),
    (
        "a row of section names written with spaces is the site's menu",
        f"뉴스홈 경제 정치 연예 스포츠\n\n[누리포럼 2031]{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "누리포럼 2031"},
    ),
    (
        "a nav row whose image links left empty slots between its bars",
        "누리 앱 | | 모바일버전\n뉴스 > 정치 > 정치일반\n  • 작게\n  • 원본\n  • 크게\n\n"
        f"{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a broadcaster's name after a slash ends the page title",
        f"{_TITLE} / 누리TV\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리TV"},
    ),
    (
        "a cable channel's name in parentheses ends the page title",
        f"{_TITLE}(누리케이블TV뉴스)\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리케이블TV뉴스"},
    ),
    (
        "a section label in angle brackets before the title is its section",
        f"<인사> {_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "인사"},
    ),
    (
        "a work's title in angle brackets opening the headline stays in it",
        "<빛의 정원> 누적 관객 100만 돌파\n\n영화 빛의 정원이 누적 관객 100만 명을 넘었다.\n\n"
        "배급사가 5일 밝혔다.",
        {"headline": "<빛의 정원> 누적 관객 100만 돌파", "section": None},
    ),
    (
        "a one-word title under its column tag stays the title",
        f"[인사]누리청\n\n△기획팀장 김도윤 △운영팀장 박서연\n\n{_BODY}",
        {"headline": "누리청", "section": "인사"},
    ),
    (
        "accessibility region labels above the title are no title",
        f"상단영역\n\n본문영역\n\n{_TITLE}\n\n  • 김도윤 기자 dy@hanbit.kr\n"
        f"  • 입력 2031.03.04 10:20\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2031-03-04T10:20:00+09:00"},
    ),
    (
        "a row of skip links read first is replaced by the title under it",
        f"서비스 메뉴 바로가기 본문 바로가기 아티클 바로가기\n\n{_TITLE}\n\n입력 2031-03-04 19:39\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2031-03-04T19:39:00+09:00"},
    ),
    (
        "a line with no Hangul (a script's debug text) above the title",
        f"check 3d gpu\n바로가기\n왼쪽 메뉴로 이동\n\n{_TITLE}\n\n"
        f"김도윤 기자 | 등록일 2031.03.04 17:35\n\n{_BODY}",
        {"headline": _TITLE, "reporters": ["김도윤"]},
    ),
    (
        "a source label field above the title",
        f"2031-03-04 20:28:18 출처:hanbit\n편집:김하늘\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a search box's label above the title",
        f"검색어 입력폼\n\n{_TITLE}\n\n김도윤 기자 입력 03.04.2031 04:37 AM\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a short real title keeps its bulleted summary as a summary",
        f"도서관 3곳 신설\n\n- 한빛구, 2031년까지 구립도서관 3곳 새로 짓는다\n\n{_BODY}",
        {"headline": "도서관 3곳 신설", "subheadings": ["한빛구, 2031년까지 구립도서관 3곳 새로 짓는다"]},
    ),
    (
        "a clock over a bulleted weather widget is the site's, not the article's date",
        f"2031.03.04 (화)\n\n  • 맑음누리 -3.5℃\n  • 흐림한빛 2.0℃\n기상청 제공\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "published_at": None},
    ),
    (
        "a weather widget under a labelled date keeps the date",
        f"  • 맑음누리 -3.5℃\n\n{_TITLE}\n\n입력 2031.03.04 10:20\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2031-03-04T10:20:00+09:00"},
    ),
    (
        "an as-of stamp of a tag widget is no date and no title",
        f"2031-05-06 05:11:06 기준\n  • #도서관\n\n{_TITLE}\n\n"
        f"  • 김도윤\n  • 2030-12-28 06:15:31\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2030-12-28T06:15:00+09:00"},
    ),
    (
        "a section row, then the title printed twice: the title",
        f"기획 & 특집\n\n{_TITLE}\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a title and its first subheading are not a repeat",
        f"{_TITLE}\n\n구청, 내년 착공\n\n{_BODY}",
        {"headline": _TITLE, "subheadings": ["구청, 내년 착공"]},
    ),
    (
        "a schedule's repeated entry never replaces the date heading",
        "오늘의 일정\n09:00 간담회(집무실)\n10:00 접견(집무실)\n11:00 회의(회의실)\n09:00 간담회(집무실)\n"
        + _BODY,
        {"headline": "오늘의 일정"},
    ),
    (
        "a government site's identification banner above a broadcast page",
        "이 누리집은 대한민국 공식 전자정부 누리집입니다.\n공식 누리집 주소 확인하기\n\n"
        f"{_TITLE}\n등록일 : 2031.03.04\n김도윤 기자입니다.\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2031-03-04", "reporters": ["김도윤"]},
    ),
    (
        "a search box's prompt above its close button is no title",
        f"무엇을 찾으시나요?\n닫기\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "bulleted tag entries above the title are no title",
        f"  • #도서관\n  • 교육\n  • #한빛구\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a photo caption closed by the photographer is no title",
        "4일 한빛구의회 본회의장에서 의원들이 국민의례를 하고 있다. / 김도윤\n\n"
        "[누리일보 김도윤 기자] 4일 한빛구의회 본회의장에서 의원들이 국민의례를 하고 있다.",
        {"headline": None, "reporters": ["김도윤"]},
    ),
    (
        "a caption copied from a table cell ends with its bar",
        "박서연 한빛시 대변인 |\n\n[누리일보] 한빛시 박서연 대변인은 4일 새 청사를 짓는다고 밝혔다.",
        {"headline": None},
    ),
]

WRITERS: list[Any] = [
    (
        "a CMS widget lists the writer's bare name as the item over the approval time",
        f"{_TITLE}\n  • 박서연\n  • 승인 2031.10.30 17:47\n  • 댓글 0\n이 기사를 공유합니다\n\n{_BODY}",
        {"headline": _TITLE, "reporters": ["박서연"], "published_at": "2031-10-30T17:47:00+09:00"},
    ),
    (
        "a bulleted word over the time that is no name is no writer",
        f"{_TITLE}\n  • 정치일반\n  • 승인 2031.10.30 17:47\n\n{_BODY}",
        {"headline": _TITLE, "reporters": []},
    ),
    (
        "a site's toolbar copied as one line is no title; an address glued to the next label ends at it",
        f"즐겨찾기+  날짜 : 2031-07-04 10:07:51 회원가입기사쓰기전체기사보기 PDF원격\n검색\n\n{_TITLE}\n\n"
        f"박서연 기자 / sy@nurimail.net입력 : 2031년 11월 10일\n{_BODY}",
        {"headline": _TITLE, "reporters": ["박서연"], "published_at": "2031-11-10"},
    ),
    (
        "a title about a reporter is no byline; his name over his address and the filing time is",
        "낙선 목적 허위사실 유포한 기자 법정구속\n박서연\nsy@nurisegye.co.kr | 2031-03-13 16:03:57\n\n"
        f"{_BODY}",
        {
            "headline": "낙선 목적 허위사실 유포한 기자 법정구속",
            "reporters": ["박서연"],
            "published_at": "2031-03-13T16:03:00+09:00",
        },
    ),
    (
        "a board's author-box widget names no writer",
        f"[누리라이브] {_TITLE}\n작성자 정보\n- 빛결 작성\n컨텐츠 정보\n- 367 조회\n본문\n{_BODY}",
        {"reporters": []},
    ),
    (
        "the section a page title ends in (… > 정치) is no part of the headline",
        f"{_TITLE} > 정치\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a site's address after a dash ends the page title",
        f"{_TITLE} - Nurisports.com\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a writer's label with its colon after the page clock, the script run on after it",
        f"{_TITLE}\n2031/06/20 16:16:02 작성자 : 김도윤 ◀ANC▶ 구청이 도서관을 짓습니다.\n\n{_BODY}",
        {"reporters": ["김도윤"], "published_at": "2031-06-20T16:16:00+09:00"},
    ),
    (
        "the writer's bare name and a labelled approval date after a spaced slash",
        f"{_TITLE}\n김도윤 / 기사승인 : 2031-04-14 07:29:48\n\n{_BODY}",
        {"reporters": ["김도윤"], "published_at": "2031-04-14T07:29:00+09:00"},
    ),
    (
        "the name the writer goes by in parentheses before 기자",
        f"{_TITLE}\n  • 김도윤 (안젤라) 기자\n\n{_BODY}",
        {"reporters": ["김도윤"]},
    ),
    (
        "a closing byline glued to the last sentence, the outlet between the name and 기자",
        f'{_TITLE}\n\n{_BODY}\n구청은 "기대한다"고 말했다.김도윤 키즈월드 기자 dy@kidsworld.kr',
        {"reporters": ["김도윤"]},
    ),
    (
        "a header byline printed twice without a break",
        f"{_TITLE}\n\n  • 승인 2031-03-04 20:00\n  • 김도윤 기자김도윤 기자\n\n{_BODY}",
        {"reporters": ["김도윤"], "published_at": "2031-03-04T20:00:00+09:00"},
    ),
    (
        "an AMP header: the date, then the writer's bare name",
        f"{_TITLE}\n\n2031-03-04     김도윤\n\n{_BODY}",
        {"reporters": ["김도윤"], "published_at": "2031-03-04"},
    ),
    (
        "a place before a date is no writer",
        f"{_TITLE}\n\n2031-03-04     서울\n\n{_BODY}",
        {"reporters": []},
    ),
    (
        "a correspondent's closing byline names his posting",
        f"{_TITLE}\n\n{_BODY}\n김도윤 베이징 특파원 doyun@example.com",
        {"reporters": ["김도윤"]},
    ),
    (
        "a wire lead names the service the correspondent files for",
        f"{_TITLE}\n\n(뉴욕=한빛뉴스) 김도윤 누리인포맥스 특파원 = 뉴욕증시가 4일 일제히 올랐다.",
        {"reporters": ["김도윤"], "outlet": "한빛뉴스"},
    ),
    (
        "a correspondents' meeting in prose names no writer",
        f"{_TITLE}\n\n최근 뉴욕 특파원 간담회에서 구청장은 새 도서관을 소개했다고 밝혔다.",
        {"reporters": []},
    ),
    (
        "a sound-bite tag names a colleague heard in the report, not the writer",
        "[앵커멘트]\n선거 취재 현장을 박서연 기자가 보도합니다.\n[리포트]\n기자들은 오늘도 뛰고 있습니다.\n"
        '[SYNC: 정하늘 기자]\n"지금 제가 서 있는 곳은 시장입니다."\n누리방송뉴스 박서연입니다.',
        {"reporters": ["박서연"], "outlet": "누리방송"},
    ),
    (
        "the anchor hands over with words between the reporter and the verb",
        "【 앵커멘트 】\n새 도서관에 바라는 점을 박서연 기자가 주민들에게 직접 들어봤습니다.\n\n【 기자 】\n"
        "주민들은 도서관을 반겼습니다.",
        {"reporters": ["박서연"]},
    ),
    (
        "the anchor hands over to a correspondent who went and came back",
        "<앵커>\n도서관이 문을 엽니다. 주민들을 박서연 특파원이 만나고 왔습니다.<기자>주민들은 반겼습니다.",
        {"reporters": ["박서연"]},
    ),
    (
        "the anchor hands over to the reporter's explanation",
        "【 앵커멘트 】\n도서관 3곳이 새로 생깁니다. 박서연 기자가 자세히 짚어봅니다.\n"
        "【 기자 】\n주민들은 반겼습니다.",
        {"reporters": ["박서연"]},
    ),
    (
        "an anchor who went out asking is the report's reporter",
        "[앵커]\n새 도서관 1년입니다.\n"
        "먼저, 저녁 뉴스 박서연 앵커가 버스를 타고 동네 주민들의 생각을 직접 들어봤습니다.\n"
        "[리포트]\n주민들은 도서관을 반겼습니다.",
        {"reporters": ["박서연"]},
    ),
    (
        "an anchor in the news is no reporter",
        "저녁 뉴스 새 얼굴, 단독 진행 소감 밝혀\n박서연 앵커가 방송국에서의 바쁜 일상을 전했습니다.\n"
        "박서연 앵커는 26일 간담회에서 소감을 밝혔다.",
        {"reporters": []},
    ),
    (
        "a colleague's earlier report late in the script is no hand-over",
        "【 앵커멘트 】\n도서관이 문을 엽니다.\n\n【 기자 】\n"
        + "주민들은 도서관을 반겼습니다. " * 60
        + "\n이 문제는 정하늘 기자가 지난달 처음 취재했습니다.",
        {"reporters": []},
    ),
]

OUTLETS: list[Any] = [
    (
        "a station's tip-line box under the story: its address's domain names the outlet",
        f"{_TITLE}\n\n{_BODY}\n\n■ 제보하기\n▷ 전화 : 053-000-0000\n▷ 이메일 : jebo@tbc.co.kr",
        {"outlet": "TBC"},
    ),
    (
        "a contact line in the body's prose is no tip line",
        f"{_TITLE}\n\n{_BODY} 이메일로 받는다.",
        {"outlet": None},
    ),
    (
        "a Latin letter's Hangul reading in parentheses is no part of the outlet's name",
        f"{_TITLE}\n\n[스포츠누리Q(큐) 박서연 기자] {_BODY}",
        {"outlet": "스포츠누리Q", "reporters": ["박서연"]},
    ),
    (
        "an editor's mark in angle brackets alone on a line is no outlet",
        f"{_TITLE}\n\n{_BODY}\n\n<중략>\n\n구청은 설명회를 연다.",
        {"outlet": None},
    ),
    (
        "the desk that filed a story, signing off in angle brackets, is no outlet",
        f"{_TITLE}\n\n{_BODY} <동포사회부>",
        {"outlet": None},
    ),
    (
        "a copyright line names the paper's company: the paper",
        f"{_TITLE}\n\n{_BODY}\n\nⓒ (주)누리신문사 |",
        {"outlet": "누리신문"},
    ),
    (
        "a one-word bracket opening a lead sentence is the outlet",
        f"{_TITLE}\n\n[누리서울] 서울에서 현직 경찰관이 숨진 채 발견됐다. 경찰은 지인을 체포했다.",
        {"outlet": "누리서울"},
    ),
    (
        "an outlet in parentheses and a dash before the lead",
        f"{_TITLE}\n\n(NURIWORLD) - 총리는 30일 서울에서 동포들을 만났다. 동포들은 환영했다.",
        {"outlet": "NURIWORLD"},
    ),
    (
        "a column tag over a title copied onto the body's line is no outlet",
        "[누리사진관]행진하는 유가행렬 열려  20일 종로에서 행렬이 열렸다. 시민들이 모였다.",
        {"outlet": None},
    ),
    (
        "the story's subject as its tag is no outlet",
        "[누리전자]누리전자(이하 누리)가 지난해 4분기 깜짝 실적을 냈다. 증권가는 목표가를 올렸다.",
        {"outlet": None},
    ),
    (
        "the paper's own scoop",
        f"{_TITLE}\n\n누리일보가 입수한 구청 내부 문건에 따르면 도서관 3곳이 새로 생긴다.",
        {"outlet": "누리일보"},
    ),
    (
        "the paper's own anniversary",
        f"{_TITLE}\n\n누리신문은 창간 30주년을 맞아 독자 여러분께 감사드립니다.",
        {"outlet": "누리신문"},
    ),
    (
        "the station named after its anniversary",
        f"{_TITLE}\n\n시장과 군수들이 창사 12주년을 맞은 NBS에 축하 인사를 전해왔습니다.",
        {"outlet": "NBS"},
    ),
    (
        "another paper's anniversary event in a schedule is not the publisher",
        "2031년 3월 4일\n\n10:30 누리일보 창간 60주년 기념식(호텔)\n\n14:00 본회의(본회의장)",
        {"outlet": None},
    ),
    (
        "a column in which the paper says 저희",
        f"{_TITLE}\n\n이에 저희 누리신문은 새해에도 신속하고 공정한 보도를 약속드립니다.",
        {"outlet": "누리신문"},
    ),
    (
        "a speaker's 저희 회사 names no outlet",
        f'{_TITLE}\n\n대표는 "저희 회사는 도서관에 책을 기증하겠다"고 말했다.',
        {"outlet": None},
    ),
    (
        "a company's 저희 inside a quote names no outlet",
        f"{_TITLE}\n\n대표는 “저희 누리코리아와 구청이 함께 사과드린다”고 말했다.",
        {"outlet": None},
    ),
    (
        "an imprint footer names the paper before a Latin copyright holder",
        f"{_TITLE}\n\n{_BODY}\n\n누리저널 한빛시 중앙로 1, 2층 발행인 : 김도윤 | 편집인 : 김도윤 "
        "Copyright NURIJ. All rights reserved.",
        {"outlet": "누리저널"},
    ),
    (
        "an editor's note in which the paper reports its own panel",
        f"{_TITLE}\n\n<편집자 주>\n\n취임 1년을 맞았다. 누리시민신문은 7일 전문가들과 대담회를 열었다.",
        {"outlet": "누리시민신문"},
    ),
    (
        "a press-release notice after an editor's-note tag",
        f"{_TITLE}\n\n{_BODY} [편집자 주] 본고는 제공된 자료로, 누리뉴스는 내용을 편집하지 않았습니다.",
        {"outlet": "누리뉴스"},
    ),
    (
        "a paper named later in the body, with no editor's note, is no publisher",
        f"{_TITLE}\n\n구청장 취임 1년을 맞았다. 누리시민신문은 지난 7일 전문가들과 대담회를 열었다.",
        {"outlet": None},
    ),
    (
        "a copyright-law notice names the paper",
        f"{_TITLE}\n\n{_BODY}\n\n< 누리신문의 콘텐츠는 저작권법의 보호를 받는 바, 무단전재를 금합니다. >",
        {"outlet": "누리신문"},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(HEADLINES))
def test_headline_and_date_among_site_widgets(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


@pytest.mark.parametrize(("raw", "expected"), named_rows(WRITERS))
def test_writers_of_site_bylines(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


@pytest.mark.parametrize(("raw", "expected"), named_rows(OUTLETS))
def test_outlet_a_paper_names_itself(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


# Site chrome above the title (meta7): rows for shapes seen on several real pages of different sets.
CHROME: list[Any] = [
    (
        "a clock the page's script never filled is no title",
        f"본문 바로가기\n\n[실시간뉴스]\n\n최종업데이트YYYY-mm-dd hh:mm:ss\n\n검색\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a lower-case placeholder date with its label is no title either",
        f"업데이트 yyyy.mm.dd\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "the site's latest-news button is no title",
        f"누리뉴스 최신기사\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a search form's label is no title",
        f"누리뉴스 최신기사\n뉴스 검색어 입력 양식\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a breadcrumb whose home icon was lost opens with its separator",
        f"> 스포츠 > 인터뷰\n\n[영상 인터뷰] {_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "영상 인터뷰"},
    ),
    (
        "a breadcrumb of long English steps after a lost home icon",
        f"> E-SPORTS > INTERVIEW\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE},
    ),
    (
        "a category label after the home step, its arrow lost in the copy, is the section",
        f"HOME 정치일반\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "정치일반"},
    ),
    (
        "the world desk's label alone above the title is the section",
        f"본문 바로가기\n세계\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": "세계"},
    ),
    (
        "a home word alone is no section",
        f"HOME\n\n{_TITLE}\n\n{_BODY}",
        {"headline": _TITLE, "section": None},
    ),
    (
        "a title opening with the home word and a place stays the title",
        f"홈 누리구 도서관 3곳 새로 짓는다\n\n{_BODY}",
        {"headline": "홈 누리구 도서관 3곳 새로 짓는다"},
    ),
    (
        "a title comparing with > stays the title",
        f"물가 상승률 > 임금 상승률…실질소득 석 달째 줄어\n\n{_BODY}",
        {"headline": "물가 상승률 > 임금 상승률…실질소득 석 달째 줄어"},
    ),
    (
        "a title reporting on a news service's latest stories stays the title",
        f"누리시, 시민 제보 받아 최신 기사로 소개\n\n{_BODY}",
        {"headline": "누리시, 시민 제보 받아 최신 기사로 소개"},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(CHROME))
def test_site_chrome_above_the_title(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


# A header line under the title holding the filing time beside something else (meta7).
DATED_HEADER_LINES: list[Any] = [
    (
        "a writer's bare name run into the date under the title",
        f"{_TITLE}\n\n김도윤2031-03-04 11:15\n\n{_BODY}",
        {"headline": _TITLE, "reporters": ["김도윤"], "published_at": "2031-03-04T11:15:00+09:00"},
    ),
    (
        "a place run into the date is no writer",
        f"{_TITLE}\n\n서울2031-03-04 11:15\n\n{_BODY}",
        {"headline": _TITLE, "reporters": []},
    ),
    (
        "a wire dateline with only its filing time is the header, not the lead",
        f"{_TITLE}\n\n(서울=누리뉴스) | 2031-03-04 18:48 송고\n\n{_BODY}",
        {"headline": _TITLE, "outlet": "누리뉴스", "published_at": "2031-03-04T18:48:00+09:00"},
    ),
    (
        "a wire dateline naming its writer still opens the body",
        f"{_TITLE}\n\n(서울=누리뉴스) 김도윤 기자 = 구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.",
        {"headline": _TITLE, "outlet": "누리뉴스", "reporters": ["김도윤"], "published_at": None},
    ),
    (
        "a byline with outlet, posting and clock time gives the time",
        f"{_TITLE}\n\n누리경제 김도윤 , 한빛(누리국)=박서연 특파원 기자 2031.03.04 15:52\n\n{_BODY}",
        {"headline": _TITLE, "published_at": "2031-03-04T15:52:00+09:00"},
    ),
    pytest.param(
        f"{_TITLE}\n\n누리경제 김도윤 , 한빛(누리국)=박서연 특파원 기자 2031.03.04 15:52\n\n{_BODY}",
        {"reporters": ["김도윤", "박서연"]},
        id="the first writer of a portal byline without his own 기자 (known gap)",
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "a summary line announcing a time is no byline",
        f"{_TITLE}\n\n구청, 2031.03.04 15:00 주민 설명회\n\n{_BODY}",
        {"headline": _TITLE, "subheadings": ["구청, 2031.03.04 15:00 주민 설명회"], "reporters": []},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(DATED_HEADER_LINES))
def test_filing_time_on_a_header_line(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


_REPORT = (
    "◀ANC▶\n한빛구가 구립도서관 3곳을 새로 짓습니다.\n김도윤 기자입니다.\n◀END▶\n◀VCR▶\n"
    "도서관은 2031년 문을 엽니다.\nMBC뉴스 김도윤입니다.\n"
)
_RIGHTS = "Munhwa Broadcasting Corporation. All rights reserved."
# Regional broadcasters (meta7): an MBC affiliate is its own company; a KBS regional station is KBS.
STATIONS: list[Any] = [
    (
        "an MBC affiliate's English copyright names the station",
        f"{_REPORT}Copyright © Daegu {_RIGHTS}",
        {"outlet": "대구MBC", "reporters": ["김도윤"]},
    ),
    (
        "an affiliate that puts MBC first",
        f"{_REPORT}Copyright © Gyeongnam {_RIGHTS}",
        {"outlet": "MBC경남"},
    ),
    (
        "an English place the table does not know leaves the network",
        f"{_REPORT}Copyright © Hanbit {_RIGHTS}",
        {"outlet": "MBC"},
    ),
    (
        "a KBS branch's tag is KBS",
        "[KBS 전주]\n[앵커]\n한빛구가 구립도서관 3곳을 새로 짓습니다.\n"
        "[리포트]\n도서관은 2031년 문을 엽니다.\nKBS 뉴스 김도윤입니다.",
        {"outlet": "KBS"},
    ),
    (
        "a KBS report naming its branch twice is still KBS",
        "[앵커]\nKBS대전이 시청자를 만났습니다.\n[리포트]\n"
        "KBS대전은 올해 79년을 맞았습니다.\nKBS 뉴스 김도윤입니다.",
        {"outlet": "KBS"},
    ),
    (
        "an MBC report naming its affiliate twice is the affiliate",
        "◀ANC▶\n목포MBC가 시청자를 만났습니다.\n◀END▶\n목포MBC도 함께하겠습니다.\nMBC뉴스 김도윤입니다.",
        {"outlet": "목포MBC"},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(STATIONS))
def test_regional_broadcaster(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


# A title ending in a noun that ends like the connective -고, or asking with a bare topic (meta7).
TITLE_NOUNS: list[Any] = [
    (
        "a court title ending in 선고",
        f"한빛구 도서관 방화범, 항소심서 징역 2년 선고\n\n{_BODY}",
        {"headline": "한빛구 도서관 방화범, 항소심서 징역 2년 선고"},
    ),
    (
        "a title ending in 경고",
        f"누리시, 장마철 지하차도 침수 위험 경고\n\n{_BODY}",
        {"headline": "누리시, 장마철 지하차도 침수 위험 경고"},
    ),
    (
        "a title ending in 최고 after an ellipsis",
        f"수입물가 넉 달째 상승…3년 만에 최고\n\n{_BODY}",
        {"headline": "수입물가 넉 달째 상승…3년 만에 최고"},
    ),
    (
        "a tagged title ending in 예고 gives its section too",
        f"[단독] 한빛구, 도서관 요금 인상 예고\n\n{_BODY}",
        {"headline": "한빛구, 도서관 요금 인상 예고", "section": "단독"},
    ),
    (
        "a title ending in 상고",
        f"도서관 방화범 징역 5년에 불복해 상고\n\n{_BODY}",
        {"headline": "도서관 방화범 징역 5년에 불복해 상고"},
    ),
    (
        "a title asking its question with 은 alone",
        f"한빛전자가 누리국에 공장을 짓는 까닭은\n\n{_BODY}",
        {"headline": "한빛전자가 누리국에 공장을 짓는 까닭은"},
    ),
    (
        "a title asking with 는 after an ellipsis",
        f"도서관 예산 두 배로…구청 속내는\n\n{_BODY}",
        {"headline": "도서관 예산 두 배로…구청 속내는"},
    ),
    (
        "a script line cut after its topic is no title",
        "새해 첫 날을 맞은 시민들은\n저마다 소망을 빌었습니다.\n도서관은 2031년 문을 엽니다.",
        {"headline": None},
    ),
    (
        "a script line cut after -고 is no title",
        "시민들은 새해에는 경기가 살아나길 바라고\n있습니다.\n도서관은 2031년 문을 엽니다.",
        {"headline": None},
    ),
    (
        "a line cut after 하고 is no title",
        "구청은 도서관을 짓고 공원을 새로 단장하고\n주차장도 넓힌다고 밝혔다.",
        {"headline": None},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(TITLE_NOUNS))
def test_title_ending_in_a_noun_like_go(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


# A title under its column tag, which an outlet's bracketed dateline resembles (meta7).
COLUMN_TITLES: list[Any] = [
    (
        "a column tag ending like an outlet over a title",
        f"[누리투자뉴스] 한빛전자, 하반기 실적 반등 전망\n\n{_BODY}",
        {"headline": "한빛전자, 하반기 실적 반등 전망", "section": "누리투자뉴스", "outlet": None},
    ),
    (
        "a city's news column over a quoted title",
        f"[한빛시뉴스] 한빛시장 “시민 일상 지키는 예산 짜겠다”\n\n본문\n\n{_BODY}",
        {"headline": "한빛시장 “시민 일상 지키는 예산 짜겠다”", "section": "한빛시뉴스"},
    ),
    (
        "a tag glued to the title",
        f"[월드리포트]누리국 주부, 가려움 없애는 기구 발명…주문 쇄도\n\n{_BODY}",
        {"headline": "누리국 주부, 가려움 없애는 기구 발명…주문 쇄도", "section": "월드리포트"},
    ),
    (
        "an outlet's bracketed dateline opening the lead stays a lead",
        "[누리경제] 구청은 5일 구립도서관 3곳을 새로 짓는다고 밝혔다. 도서관은 2031년 문을 연다.",
        {"headline": None, "outlet": "누리경제"},
    ),
    (
        "a bracketed byline over the body is no title",
        f"[누리일보 김도윤 기자] 구립도서관 3곳 신설\n\n{_BODY}",
        {"reporters": ["김도윤"], "outlet": "누리일보"},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(COLUMN_TITLES))
def test_title_under_a_column_tag(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)


# A title written as a sentence without its full stop, over a body whose sentences have one (meta7).
UNSTOPPED_TITLES: list[Any] = [
    (
        "a past-tense title over a full-stopped body",
        f"TV 가격 10년 만에 첫 역전…한빛전자, 누리국 업체에 점유율 1위 뺏겼다\n\n{_BODY}",
        {"headline": "TV 가격 10년 만에 첫 역전…한빛전자, 누리국 업체에 점유율 1위 뺏겼다"},
    ),
    (
        "a tagged past-tense title gives its section",
        f"[취재후] 조선업계 갑질 백태…합의서로 하청업체 입까지 막았다\n\n{_BODY}",
        {"headline": "조선업계 갑질 백태…합의서로 하청업체 입까지 막았다", "section": "취재후"},
    ),
    (
        "a past-tense title over a paragraph whose last sentence lost its stop",
        "TV 가격 10년 만에 첫 역전…한빛전자, 누리국 업체에 점유율 1위 뺏겼다\n\n"
        "한빛전자는 5일 점유율 1위를 내줬다. 회사는 하반기 반등을 노린다\n",
        {"headline": "TV 가격 10년 만에 첫 역전…한빛전자, 누리국 업체에 점유율 1위 뺏겼다"},
    ),
    (
        "a copy with no full stops anywhere keeps its first sentence in the body",
        "한빛구는 5일 오전 구청 회의실에서 구립도서관 3곳을 새로 지었다\n도서관은 2031년 문을 열었다\n",
        {"headline": None},
    ),
    (
        "a long first sentence with its stop is the body",
        "한빛구는 5일 구립도서관 3곳을 새로 짓는다고 밝혔다.\n도서관은 2031년 문을 연다고 구청은 설명했다.",
        {"headline": None},
    ),
]


@pytest.mark.parametrize(("raw", "expected"), named_rows(UNSTOPPED_TITLES))
def test_title_without_its_full_stop(raw: str, expected: dict[str, object]) -> None:
    assert_text_metadata(raw, expected)
