"""The HTML review page: nesting of overlapping spans, escaping, standalone-ness, every item shown."""

from __future__ import annotations

from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.views import render_html
from extractor.views.html import Highlight, collect_highlights, nest_markup
from schemas import (
    Article,
    Budget,
    Mention,
    Metadata,
    Organization,
    Person,
    Quote,
    Source,
    TaskItem,
    TaskList,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "gwangju_future_car.txt"

# A press-release style article we wrote ourselves: every kind of span, a person and
# an amount inside quotes, an amount inside a list item, and markup that must stay text.
REVIEW_TEXT = (
    "부산시, 해양산업 육성에 3억 5,000만원 투입\n"
    '박민수 부산광역시장은 12일 "해양산업을 부산의 미래 먹거리로 키우겠다"며 '
    '"올해 3억 5,000만원을 우선 투입하겠다"고 밝혔다.\n'
    "부산시는 3대 중점과제로 ▲해양 스타트업 지원 ▲항만 물류 디지털 전환 "
    "▲수산물 수출 1,000억원 달성을 제시했다.\n"
    '김지현 해양수산부 과장은 "박 시장과 함께 5년간 총 2조원 규모로 사업을 넓히겠다"고 말했다.\n'
    "한 시민은 게시판에 <script>document.title='pwned'</script> 같은 글과 "
    "<img src=x onerror=\"document.body.dataset.pwned='yes'\">를 남겼다.\n"
)
REVIEW_HEADLINE = "부산시 해양산업 육성 </title><script>document.title='pwned'</script>"


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the `nth` occurrence of `needle` in `text` (tests fail loudly when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def mention(text: str, needle: str, nth: int = 0, kind: str = "name") -> Mention:
    start, end = find(text, needle, nth)
    return Mention(start=start, end=end, text=needle, kind=kind)  # type: ignore[arg-type]


def _quote(text: str, words: str, speakers: list[str], verb: str) -> Quote:
    start, end = find(text, words)
    return Quote(text=words, speakers=speakers, verb=verb, start=start, end=end)


def _budget(text: str, words: str, amount: int, label: str | None = None, nth: int = 0) -> Budget:
    start, end = find(text, words, nth)
    return Budget(text=words, amount=amount, currency="KRW", label=label, start=start, end=end)


def _people(t: str) -> list[Person]:
    return [
        Person(
            name="박민수",
            title="시장",
            organization="부산광역시",
            mentions=[mention(t, "박민수"), mention(t, "박 시장", kind="reference")],
        ),
        Person(name="김지현", title="과장", organization="해양수산부", mentions=[mention(t, "김지현")]),
    ]


def _organizations(t: str) -> list[Organization]:
    return [
        Organization(
            name="부산광역시",
            aliases=["부산시"],
            kind="government",
            mentions=[mention(t, "부산시"), mention(t, "부산광역시"), mention(t, "부산시", 1)],
        ),
        Organization(name="해양수산부", kind="government", mentions=[mention(t, "해양수산부")]),
    ]


def review_article() -> Article:
    """The hand-built Article used by the view tests (also by the table and browser tests)."""
    t = REVIEW_TEXT
    items = ["해양 스타트업 지원", "항만 물류 디지털 전환", "수산물 수출 1,000억원 달성"]
    return Article(
        source=Source(path="busan_ocean.txt", format="text", encoding="utf-8"),
        metadata=Metadata(
            headline=REVIEW_HEADLINE, outlet="바다일보", published_at="2024-03-12T09:30:00+09:00"
        ),
        text=t,
        people=_people(t),
        organizations=_organizations(t),
        quotes=[
            _quote(t, "해양산업을 부산의 미래 먹거리로 키우겠다", ["박민수"], "밝혔다"),
            _quote(t, "올해 3억 5,000만원을 우선 투입하겠다", ["박민수"], "밝혔다"),
            _quote(t, "박 시장과 함께 5년간 총 2조원 규모로 사업을 넓히겠다", ["김지현"], "말했다"),
        ],
        budgets=[
            _budget(t, "3억 5,000만원", 350_000_000, label="해양산업 육성"),
            _budget(t, "3억 5,000만원", 350_000_000, nth=1),
            _budget(t, "1,000억원", 100_000_000_000),
            _budget(t, "총 2조원", 2_000_000_000_000, label="사업 규모"),
        ],
        task_lists=[
            TaskList(
                heading="3대 중점과제",
                declared_count=3,
                marker="▲",
                items=[TaskItem(text=item, start=find(t, item)[0], end=find(t, item)[1]) for item in items],
            )
        ],
        warnings=["<b>quote 3</b>: speaker resolved from a reference"],
    )


class MarkCollector(HTMLParser):
    """Reads a rendered page: the text under each highlight, tag balance, scripts and images."""

    VOID = frozenset({"meta", "br", "img", "link", "input", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open_tags: list[str] = []
        self.errors: list[str] = []
        self.mark_stack: list[dict[str, str | None]] = []
        self.span_text: dict[str, str] = defaultdict(str)
        self.kinds: dict[str, str] = {}
        self.anchors: Counter[str] = Counter()
        self.tags: Counter[str] = Counter()
        self.article_text = ""
        self.in_article = 0
        self.hrefs: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags[tag] += 1
        self.hrefs += [value or "" for name, value in attrs if name == "href"]
        self.sources += [value or "" for name, value in attrs if name == "src"]
        if tag in self.VOID:
            return
        self.open_tags.append(tag)
        if tag == "article":
            self.in_article += 1
        if tag == "mark" and self.in_article:
            self.mark_stack.append(attributes)
            span_id = attributes.get("data-span") or ""
            self.kinds[span_id] = attributes.get("data-kind") or ""
            if attributes.get("id"):
                self.anchors[attributes.get("data-kind") or ""] += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags or self.open_tags[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open_tags[-1:] or 'nothing'}")
            return
        self.open_tags.pop()
        if tag == "article":
            self.in_article -= 1
        if tag == "mark" and self.mark_stack:
            self.mark_stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.article_text += data
            for attributes in self.mark_stack:
                self.span_text[attributes.get("data-span") or ""] += data


def read_page(page: str) -> MarkCollector:
    collector = MarkCollector()
    collector.feed(page)
    collector.close()
    return collector


def expected_counts(article: Article) -> Counter[str]:
    """How many highlights of each kind the page must have, counted from the Article."""
    return Counter(
        {
            "person": sum(len(p.mentions) for p in article.people),
            "org": sum(len(o.mentions) for o in article.organizations),
            "quote": len(article.quotes),
            "amount": len(article.budgets),
            "item": sum(len(t.items) for t in article.task_lists),
        }
    )


@pytest.fixture(scope="module")
def sample_article(kiwi: object) -> Article:
    from extractor import extract_file

    return extract_file(SAMPLE)


def test_every_span_is_highlighted_once_with_its_exact_text() -> None:
    article = review_article()
    page = read_page(render_html(article))
    assert page.errors == []
    assert +page.anchors == +expected_counts(article)
    for highlight in collect_highlights(article):
        assert page.span_text[highlight.span_id] == article.text[highlight.start : highlight.end]


def test_article_text_survives_escaping_and_markup_stays_text() -> None:
    article = review_article()
    html = render_html(article)
    page = read_page(html)
    assert page.article_text == article.text
    assert page.tags["script"] == 1, "only the page's own script"
    assert page.tags["img"] == 0
    assert "<script>document.title" not in html
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html


def test_page_is_standalone() -> None:
    page = read_page(render_html(review_article()))
    assert page.sources == []
    assert page.tags["link"] == 0
    assert all(href.startswith("#") for href in page.hrefs)
    assert page.hrefs, "the side panel links to the mentions"


def test_panel_links_point_at_existing_anchors() -> None:
    article = review_article()
    html = render_html(article)
    page = read_page(html)
    targets = {href[1:] for href in page.hrefs}
    anchors = {highlight.span_id for highlight in collect_highlights(article)}
    assert targets == anchors


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("amount: 350,000,000 KRW", "an amount's number and currency"),
        ("(3억 5,000만원)", "an amount in Korean units"),
        ("speakers: 박민수", "a quote's speakers"),
        ("verb: 말했다", "a quote's verb"),
        ("title: 시장", "a person's title"),
        ("organisation: 해양수산부", "a person's organisation"),
        ("aliases: 부산시", "an organisation's aliases"),
        ("list item 3 of 3 (declared 3)", "a list item's place"),
        ("&lt;b&gt;quote 3&lt;/b&gt;", "a warning, escaped"),
    ],
    ids=lambda value: value,
)
def test_page_shows_normalised_values(needle: str, expected: str) -> None:
    assert needle in render_html(review_article()), expected


def _wrap(text: str, spans: list[tuple[str, str, int, int]]) -> MarkCollector:
    highlights = [Highlight(start, end, kind, span_id, span_id) for span_id, kind, start, end in spans]
    return read_page("<article>" + nest_markup(text, highlights) + "</article>")


@pytest.mark.parametrize(
    ("text", "spans", "fragments"),
    [
        ("박민수 시장은 말했다", [("p", "person", 0, 3)], {"p": 1}),
        ("“박민수 시장과 함께”", [("q", "quote", 1, 10), ("p", "person", 1, 4)], {"q": 1, "p": 1}),
        ("▲수출 1,000억원 달성", [("t", "item", 1, 14), ("a", "amount", 4, 11)], {"t": 1, "a": 1}),
        ("부산광역시청 앞", [("o", "org", 0, 5), ("q", "quote", 2, 8)], {"o": 1, "q": 2}),
        ("같은 자리 같은 자리", [("a", "amount", 0, 5), ("b", "item", 0, 5)], {"a": 1, "b": 1}),
        ("이어진 두 구간", [("a", "person", 0, 3), ("b", "org", 3, 5)], {"a": 1, "b": 1}),
    ],
    ids=[
        "alone",
        "person inside quote",
        "amount inside list item",
        "crossing spans split",
        "same span, two kinds",
        "adjacent spans",
    ],
)
def test_nesting(text: str, spans: list[tuple[str, str, int, int]], fragments: dict[str, int]) -> None:
    page = _wrap(text, spans)
    assert page.errors == []
    assert page.article_text == text
    for span_id, _kind, start, end in spans:
        assert page.span_text[span_id] == text[start:end]
    html = nest_markup(text, [Highlight(s, e, k, i, i) for i, k, s, e in spans])
    assert {i: html.count(f'data-span="{i}"') for i in fragments} == fragments


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[str, str, int, int]]]:
    text = draw(st.text(alphabet="가나다<>&\"' \n", min_size=1, max_size=30))
    spans = []
    for number in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        spans.append(
            (f"s{number}", draw(st.sampled_from(["person", "org", "quote", "amount", "item"])), start, end)
        )
    return text, spans


@given(text_and_spans())
def test_any_spans_nest_properly_and_keep_their_text(
    case: tuple[str, list[tuple[str, str, int, int]]],
) -> None:
    text, spans = case
    page = _wrap(text, spans)
    assert page.errors == []
    assert page.open_tags == []
    assert page.article_text == text
    for span_id, _kind, start, end in spans:
        assert page.span_text[span_id] == text[start:end]


def test_spans_outside_the_text_are_reported_not_drawn() -> None:
    article = review_article()
    article.quotes.append(Quote(text="없는 말", start=len(article.text) + 5, end=len(article.text) + 9))
    html = render_html(article)
    assert read_page(html).anchors["quote"] == len(article.quotes) - 1
    assert "1 span(s) have offsets outside the text" in html


def test_bundled_sample_shows_every_extracted_item(sample_article: Article) -> None:
    html = render_html(sample_article)
    page = read_page(html)
    assert page.errors == []
    assert page.article_text == sample_article.text
    assert +page.anchors == +expected_counts(sample_article)
    for person in sample_article.people:
        assert person.name in html
    for org in sample_article.organizations:
        assert org.name in html
    for task_list in sample_article.task_lists:
        assert (task_list.heading or "(no heading)") in html
