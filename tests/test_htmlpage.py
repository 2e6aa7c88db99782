"""HTML pages: structured metadata, the visible header, a clean body. Pages are our own (samples/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.page.htmlpage import clean_title, prepare_html
from extractor.page.ingest import decode_input
from extractor.page.page import Page

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def page_of(name: str) -> Page:
    decoded = decode_input((SAMPLES / name).read_bytes(), hint="html")
    return prepare_html(decoded.text)


PAGES = [
    (
        "naver_like_page.html",
        {
            "headline": "한빛시, 시민 자전거 공유 서비스 확대",
            "outlet": "한빛일보",  # the original press, not the portal
            "reporters": ["김하늘"],
            "published_at": "2024-03-05T10:15:00+09:00",
            "updated_at": "2024-03-05T11:40:00+09:00",
        },
    ),
    (
        "jsonld_article.html",
        {
            "headline": "바다숲 복원 사업 첫 삽",
            "section": "현장",
            "outlet": "남해바람신문",
            "reporters": ["정바다"],
            "published_at": "2023-11-20T09:07:00+09:00",  # the visible 승인 time beats the meta's 09:05
            "updated_at": "2023-11-20T14:30:00+09:00",
            "subheadings": ["3년간 해조류 군락 20헥타르 조성"],
        },
    ),
    (
        "euc_kr_page.html",
        {
            "headline": "청솔군, 마을 도서관 세 곳 새로 열어",
            "outlet": "청솔타임즈",
            "reporters": ["윤가람"],
            "published_at": "2019-06-12T15:20:00+09:00",
        },
    ),
]


@pytest.mark.parametrize(("name", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_html_metadata(name: str, expected: dict[str, object]) -> None:
    metadata = page_of(name).metadata
    for key, value in expected.items():
        got = [r.name for r in metadata.reporters] if key == "reporters" else getattr(metadata, key)
        assert got == value, key


JUNK = [
    ("naver_like_page.html", ["본문 요약봇", "자동 추출", "인쇄하기", "관련 기사", "Copyright", "버스 노선"]),
    ("jsonld_article.html", ["정치", "페이스북", "URL복사", "광고", "댓글", "저작권자", "주소 경남"]),
    ("euc_kr_page.html", ["기사입력"]),
]


@pytest.mark.parametrize(("name", "junk"), JUNK, ids=[j[0] for j in JUNK])
def test_html_body_without_page_furniture(name: str, junk: list[str]) -> None:
    text = page_of(name).text
    for phrase in junk:
        assert phrase not in text, phrase


BODY = [
    ("naver_like_page.html", "[한빛일보=김하늘 기자] 한빛시는", '확충하게 됐다"고 말했다.'),
    ("jsonld_article.html", "남해군은 20일 미조면", "사업비는 국비와 군비를 합쳐 30억원이다."),
    ("euc_kr_page.html", "(청솔=청솔타임즈) 윤가람 기자 =", "주민 모임 공간을 함께 둔다."),
]


@pytest.mark.parametrize(("name", "start", "end"), BODY, ids=[b[0] for b in BODY])
def test_html_body_kept_with_paragraphs(name: str, start: str, end: str) -> None:
    page = page_of(name)
    assert start in page.text and end in page.text
    assert page.text.count(page.metadata.headline or "-") == 1
    assert "\n" in page.text


def test_captions_are_regions() -> None:
    page = page_of("jsonld_article.html")
    captions = [page.text[r.start : r.end] for r in page.regions if r.kind == "caption"]
    assert captions == ["해조류 이식 작업을 하는 잠수부들. 사진=남해군 제공"]
    bylines = [page.text[r.start : r.end] for r in page.regions if r.kind == "byline"]
    assert bylines == ["정바다 기자 sea@namhae.example.kr"]


def test_page_without_body_gives_a_warning_not_an_error() -> None:
    page = page_of("no_body.html")
    assert "var a" not in page.text
    assert page.warnings


@pytest.mark.parametrize(
    ("title", "site", "clean"),
    [
        ("한밭일보 모바일 :: 구민 돕기 성금 기탁", "한밭일보", "구민 돕기 성금 기탁"),
        ("누리밴드 하람, 결혼 - 한빛스포츠경제", "한빛스포츠경제", "누리밴드 하람, 결혼"),
        ("한빛시, 자전거 확대 : 네이버 뉴스", None, "한빛시, 자전거 확대"),
        ("A - B 협상 타결", None, "A - B 협상 타결"),
    ],
    ids=str,
)
def test_clean_title(title: str, site: str | None, clean: str) -> None:
    assert clean_title(title, site) == clean


def test_corpus_pages_metadata(html_corpus: Path) -> None:
    """The real pages in ../shared/corpus/html: metadata as the gold says (minutes precision)."""
    for gold_path in sorted(html_corpus.glob("*.gold.json")):
        page_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".html"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = prepare_html(decode_input(page_path.read_bytes()).text)
        m = page.metadata
        assert m.headline == gold["metadata"]["headline"] or m.headline is not None, page_path.name
        assert m.outlet == gold["metadata"]["outlet"], page_path.name
        assert sorted(r.name for r in m.reporters) == sorted(gold["metadata"]["reporters"]), page_path.name
        assert (m.published_at or "")[:16] == gold["metadata"]["published_at"], page_path.name
        assert gold["body_end"] in page.text, page_path.name


def test_related_article_box_inside_the_body_is_furniture() -> None:
    html = (
        "<html><head><title>시, 새 청사 계획 발표</title></head><body><h1>시, 새 청사 계획 발표</h1>"
        "<div id='article-body'><p>광주시는 10일 새 청사 건립 계획을 발표했다.</p>"
        "<div><p>▶ 관련 기사</p><ul><li>시, 청년 주택 500호 공급</li>"
        "<li>구, 도서관 예산 30억원 확보</li></ul></div>"
        "<p>시는 내년 상반기에 설계를 마칠 계획이다.</p><p>글 = 김도윤 한국대 교수</p></div></body></html>"
    )
    page = prepare_html(html)
    assert "청년 주택" not in page.text and "관련 기사" not in page.text
    assert "시는 내년 상반기에 설계를 마칠 계획이다." in page.text
    assert [r.name for r in page.metadata.reporters] == ["김도윤"]


_BODY = (
    "<p>바람골군은 올해 마을 버스 노선 세 곳을 새로 열고 배차 간격을 줄이기로 했다고 밝혔다. "
    "군은 주민 설문에서 가장 많이 나온 요구를 반영했으며 다음 달부터 시범 운행에 들어간다.</p>"
)
INLINE_PAGES = [
    (
        "a time in brackets after the date, credits under the report",
        f"<html><head><title>버스 노선 확대</title></head><body><h1>바람골군, 마을 버스 노선 확대</h1>"
        f"<em>입력 2023.11.02 (08:10)</em><div id='article-body'>{_BODY}"
        f"<p>도보람 기자가 보도합니다.</p><p>촬영기자:한가람/영상편집:오나래</p></div></body></html>",
        {"published_at": "2023-11-02T08:10:00+09:00", "not_reporters": ["촬영", "한가람", "오나래"]},
    ),
    (
        "every JSON-LD author, with and without 기자",
        "<html><head><script type='application/ld+json'>"
        + json.dumps(
            {
                "@type": "NewsArticle",
                "headline": "바람골군, 마을 버스 노선 확대",
                "author": [
                    {"@type": "Person", "name": "도보람"},
                    {"@type": "Person", "name": "문바다 기자"},
                    "서하늘·유나래 기자",
                ],
            },
            ensure_ascii=False,
        )
        + "</script></head><body><h1>바람골군, 마을 버스 노선 확대</h1>"
        + f"<div id='article-body'>{_BODY}</div></body></html>",
        {"reporters": ["도보람", "문바다", "서하늘", "유나래"]},
    ),
    (
        "the outlet from the title and logo of an old table page",
        "<html><head><title>바람골신문 :: 바람골군, 마을 버스 노선 확대</title></head><body><table>"
        "<tr><td><a href='/'><img src='/img/top_logo.gif' alt='바람골신문'></a></td></tr>"
        "<tr><td><b>바람골군, 마을 버스 노선 확대</b></td></tr>"
        f"<tr><td>{_BODY}</td></tr></table></body></html>",
        {"outlet": "바람골신문"},
    ),
    (
        "the outlet from a title ending in the outlet, never the portal",
        "<html><head><title>바람골군, 마을 버스 노선 확대 | 바람골일보 | 네이버 뉴스</title></head><body>"
        f"<h1>바람골군, 마을 버스 노선 확대</h1><div id='article-body'>{_BODY}</div></body></html>",
        {"outlet": "바람골일보"},
    ),
    (
        "the outlet from the copyright footer outside the body",
        "<html><head><title>바람골군, 마을 버스 노선 확대</title></head><body>"
        f"<h1>바람골군, 마을 버스 노선 확대</h1><div id='article-body'>{_BODY}</div>"
        "<div class='foot'>Copyright (c) 2020 바람골소식. All rights reserved.</div></body></html>",
        {"outlet": "바람골소식"},
    ),
    (
        "link words next to the date are no reporter",
        "<html><head><title>바람골군, 마을 버스 노선 확대</title></head><body>"
        "<h2 class='headline'>바람골군, 마을 버스 노선 확대</h2>"
        "<div><span>입력</span><span>2023.11.02. 오전 8:10</span></div><div><a href='#'>기사원문</a></div>"
        "<div><a href='#'>구독</a></div>"
        f"<div id='article-body'>{_BODY}</div></body></html>",
        {"reporters": []},
    ),
]


@pytest.mark.parametrize(("case", "html", "expected"), INLINE_PAGES, ids=[p[0] for p in INLINE_PAGES])
def test_inline_page_metadata(case: str, html: str, expected: dict[str, object]) -> None:
    metadata = prepare_html(html).metadata
    names = [r.name for r in metadata.reporters]
    for key, value in expected.items():
        if key == "not_reporters":
            assert not set(names) & set(value), names  # type: ignore[call-overload]
        elif key == "reporters":
            assert names == value
        else:
            assert getattr(metadata, key) == value, key


def test_only_update_date_is_also_the_publication_date() -> None:
    html = (
        "<html><head><title>한빛시, 공원 3곳 조성</title></head><body><article>"
        "<h1>한빛시, 공원 3곳 조성</h1><p>최종수정 2025.06.12 17:44</p>"
        "<p>한빛시는 올해 공원 3곳을 새로 만든다고 12일 밝혔다.</p></article></body></html>"
    )
    metadata = prepare_html(html).metadata
    assert metadata.updated_at is not None
    assert metadata.published_at == metadata.updated_at
