"""HTML pages: structured metadata first, then the visible article body.

Order of trust: the visible page (headline element, the byline and date
under it, the body's dateline) over JSON-LD / OpenGraph / article:* meta,
which fill what the page does not show. The body is the CMS's article
container (a table of common selectors) or, failing that, the block with the
most Korean prose; widgets, comment blocks, related lists and footers are
removed, block elements and <br> become line breaks, and the lines go
through the same `LineReader` as text copies of pages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from extractor.lexicons import load_words
from extractor.page import metadata as meta
from extractor.page.page import Page
from extractor.page.textpage import OUTLET_META, LineReader, is_widget_line, strip_dates
from schemas import Metadata, Reporter

if TYPE_CHECKING:
    from collections.abc import Iterator

    from bs4 import BeautifulSoup, Tag

_NOISE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
    "textarea",
    "input",
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "hr",
        "address",
        "form",
        "center",
    }
)
_CAPTION_CLASS = re.compile(
    r"""
    caption | img_desc | imgtxt                 # figcaption-like classes: txt_caption, img_desc
    | photo_?desc | pic_?desc | photo_?te?xt    # photo_desc, photoText
    """,
    re.IGNORECASE | re.VERBOSE,
)
_HEADING_CLASS = re.compile(r"headline|title|subject|tit_|_tit|heading", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+(?:::|\||-|–|—|<|>|:|ㅣ|│|«|»)\s+")  # "한빛일보 모바일 :: 제목"
_WHITE = re.compile(r"\s+")
_HANGUL = re.compile(r"[가-힣]")
_NON_NAME_ENDING = re.compile(r"(?:국|부|팀|실|센터|본부|데스크|편집|취재|뉴스|일보|신문)$")
_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"}
)
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:regdate",
    "datepublished",
    "pubdate",
    "publish-date",
    "dcterms.date",
    "dc.date.issued",
    "date",
    "article:published",
)
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod")
_AUTHOR_META = ("og:article:author", "article:author", "author", "dable:author", "byl", "dc.creator")
OUTLET_FALLBACK = 9  # page furniture outside the article: weaker than every textpage source
_LOGO = re.compile(r"logo|brand|masthead|ci_?img", re.IGNORECASE)  # top_logo.gif, class="site-logo"
_DATE_ATTRIBUTES = (
    ("data-date-time", "published"),
    ("data-published", "published"),
    ("data-regdate", "published"),
    ("data-modify-date-time", "updated"),
    ("data-modified", "updated"),
)


@dataclass
class Structured:
    """What JSON-LD and meta tags say about the article."""

    titles: list[str] = field(default_factory=list)
    site_name: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    article_authors: list[str] = field(default_factory=list)  # JSON-LD `author`: every writer listed
    publisher: str | None = None
    portal: bool = False


def _squash(text: str) -> str:
    return _WHITE.sub("", text)


def _text(node: Tag) -> str:
    return _WHITE.sub(" ", node.get_text(" ")).strip()


# ---------------------------------------------------------------- structured metadata


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        value = tag.get("content")
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _json_ld_articles(soup: BeautifulSoup) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "", strict=False)
        except (json.JSONDecodeError, TypeError, RecursionError):  # RecursionError: nested 100k deep
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(k in _ARTICLE_TYPES for k in kinds):
                    articles.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return articles


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def read_structured(soup: BeautifulSoup) -> Structured:
    """JSON-LD NewsArticle, OpenGraph and article:* meta, author meta."""
    tags = _meta_tags(soup)
    found = Structured()
    for article in _json_ld_articles(soup):
        found.titles += _names(article.get("headline"))
        found.published = found.published or _date_value(article.get("datePublished"))
        found.updated = found.updated or _date_value(article.get("dateModified"))
        found.article_authors += _names(article.get("author"))
        found.authors += _names(article.get("author"))  # an organisation as author may name the outlet
        found.publisher = found.publisher or next(iter(_names(article.get("publisher"))), None)
    found.titles += [tags[k] for k in ("og:title", "twitter:title", "title") if k in tags]
    if soup.title and soup.title.string:
        found.titles.append(soup.title.string.strip())
    site = tags.get("og:site_name")
    found.portal = bool(site and meta.is_portal(site)) or _portal_url(tags.get("og:url", ""))
    found.site_name = None if found.portal or not site else site
    found.published = found.published or _first_date(tags, _PUBLISHED_META)
    found.updated = found.updated or _first_date(tags, _UPDATED_META)
    found.authors += [tags[k] for k in _AUTHOR_META if k in tags]
    return found


def _date_value(value: Any) -> str | None:
    return meta.parse_datetime(value) if isinstance(value, str) else None


def _first_date(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if key in tags and (when := meta.parse_datetime(tags[key])):
            return when
    return None


def _portal_url(url: str) -> bool:
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    return any(host == d or host.endswith("." + d) for d in ("naver.com", "daum.net", "nate.com", "zum.com"))


# ---------------------------------------------------------------- headline


def clean_title(title: str, site_name: str | None) -> str:
    """A page title without the site's name: "한빛일보 모바일 :: 제목" → "제목".

    >>> clean_title("누리밴드 하람, 결혼 - 한빛스포츠", "한빛스포츠")
    '누리밴드 하람, 결혼'
    """
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title.strip()
    site = _squash(site_name or "")

    def is_site(part: str) -> bool:
        squashed = _squash(part)
        return bool(site and site in squashed) or meta.is_portal(part) or meta.looks_like_outlet(part)

    kept = [p for p in parts if not is_site(p)]
    return max(kept, key=len) if kept and len(kept) < len(parts) else title.strip()


def find_headline(
    soup: BeautifulSoup, structured: Structured, index: _TagIndex | None = None
) -> tuple[str | None, Tag | None]:
    """The headline as the page shows it, and its element (the header zone starts there)."""
    candidates = [clean_title(t, structured.site_name) for t in structured.titles]
    candidates = [c for c in candidates if c]
    index = index or _TagIndex.of(soup)
    headings = [
        tag
        for tag in index.in_order(_HEADING_TAGS)
        if tag.name[0] == "h" or _HEADING_CLASS.search(_class_and_id(tag))
    ]
    for candidate in candidates:
        want = _squash(candidate)
        matches = [h for h in headings if _squash(_text(h)) and _close(_squash(_text(h)), want)]
        if matches:
            return _text(matches[-1]), matches[-1]
    h1 = soup.find("h1")
    if h1 is not None and len(_text(h1)) >= 8:
        return _text(h1), h1
    return (candidates[0] if candidates else None), None


def _class_and_id(tag: Tag) -> str:
    return " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")


def _close(shown: str, wanted: str) -> bool:
    if shown == wanted:
        return True
    shorter, longer = sorted((shown, wanted), key=len)
    return len(shorter) >= 8 and shorter in longer and len(shorter) / len(longer) >= 0.8


# ---------------------------------------------------------------- body


@cache
def _junk_words() -> frozenset[str]:
    return load_words("html_junk_classes.txt")


def _is_junk(tag: Tag) -> bool:
    names = [*(tag.get("class") or []), str(tag.get("id") or "")]
    for name in names:
        lowered = name.lower()
        if lowered in _junk_words() or any(part in _junk_words() for part in re.split(r"[_-]", lowered)):
            return True
    return False


def _is_caption(tag: Tag) -> bool:
    return tag.name == "figcaption" or bool(_CAPTION_CLASS.search(" ".join(tag.get("class") or [])))


def find_body(soup: BeautifulSoup, index: _TagIndex | None = None) -> Tag | None:
    """The article container: a known CMS selector, else the block with the most Korean prose."""
    index = index or _TagIndex.of(soup)
    for selector in load_words_ordered("html_body_selectors.txt"):
        for tag in index.select(soup, selector):
            if not _decomposed(tag) and len(_HANGUL.findall(tag.get_text())) >= 50:
                return tag
    best, best_score = None, 0
    for tag in soup.find_all(["div", "td", "section", "article", "main", "body"]):
        score = _own_prose(tag)
        if score > best_score:
            best, best_score = tag, score
    return best if best_score >= 10 else None


_INLINE_WRAPPERS = frozenset({"font", "span", "b", "strong", "em", "i", "u"})


def _own_prose(tag: Tag) -> int:
    """Hangul in a container's own text and paragraphs, seen through inline wrappers.

    Old pages wrap the whole body in <font> (often unclosed, hundreds deep): the text
    inside is still the container's own. Iterative: the wrappers may nest 1,000 deep.
    """
    from bs4.element import Comment, NavigableString
    from bs4.element import Tag as ElementTag

    score = 0
    stack = list(tag.children)
    while stack:
        node = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment):
                score += len(_HANGUL.findall(str(node)))
        elif isinstance(node, ElementTag):
            if node.name == "p":
                score += len(_HANGUL.findall(node.get_text()))
            elif node.name in _INLINE_WRAPPERS:
                stack.extend(node.children)
    return score


@cache
def load_words_ordered(name: str) -> tuple[str, ...]:
    """A one-column table in file order (selector priority matters)."""
    from importlib.resources import files

    lines = files("extractor.lexicons").joinpath(name).read_text(encoding="utf-8").splitlines()
    load_words(name)  # validates the source line
    return tuple(line.strip() for line in lines[1:] if line.strip() and not line.startswith("#"))


def _drop_junk(body: Tag) -> None:
    total = len(body.get_text())
    for tag in body.find_all(True):
        if _decomposed(tag):
            continue
        junk = tag.name in {"aside", "nav", "footer"} or (_is_junk(tag) and not _is_caption(tag))
        if junk and len(tag.get_text()) < total * 0.5:  # never the wrapper holding the article itself
            tag.decompose()


@dataclass
class _Lines:
    """Block elements and <br> to lines; captions flagged; marks record line positions of tags."""

    marks: dict[int, str]
    lines: list[tuple[str, bool, bool]] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)
    buffer: list[str] = field(default_factory=list)
    gap: bool = False

    def flush(self, paragraph: bool = False) -> None:
        text = _WHITE.sub(" ", "".join(self.buffer)).strip()
        self.buffer.clear()
        if text:
            self.lines.append((text, self.gap, False))
            self.gap = False
        if paragraph or not text:
            self.gap = self.gap or bool(self.lines)

    def walk(self, node: Tag) -> None:
        """Depth first, with a stack of its own: 50,000 nested <div>s (or unclosed <font>s)
        must not exhaust Python's recursion limit."""
        from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction
        from bs4.element import Tag as ElementTag

        stack: list[tuple[Iterator[Any], Tag | None]] = [(iter(node.children), None)]
        while stack:
            children, parent = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if parent is not None:
                    self._leave(parent)
                continue
            if isinstance(child, Comment | Doctype | Declaration | ProcessingInstruction):
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
                continue
            if not isinstance(child, ElementTag):
                continue
            if id(child) in self.marks:
                self.flush()
                self.positions[self.marks[id(child)]] = len(self.lines)
            if child.name == "br":
                self.flush()
            elif _is_caption(child):
                self.flush()
                if caption := _text(child):
                    self.lines.append((caption, self.gap, True))
            else:
                if child.name in _BLOCK_TAGS:
                    self.flush(paragraph=True)
                stack.append((iter(child.children), child))
                continue  # its end is handled by _leave once its children are done
            self._mark_end(child)

    def _leave(self, tag: Tag) -> None:
        if tag.name in _BLOCK_TAGS:
            self.flush(paragraph=True)
        self._mark_end(tag)

    def _mark_end(self, tag: Tag) -> None:
        if id(tag) in self.marks:
            self.flush()
            self.positions[self.marks[id(tag)] + ":end"] = len(self.lines)


# ---------------------------------------------------------------- the page


def prepare_html(html: str) -> Page:
    """Metadata and the cleaned article text of one HTML page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    structured = read_structured(soup)
    index = _TagIndex.of(soup)
    date_attributes = index.dates
    for name in _NOISE_TAGS:
        for tag in index.names.get(name, ()):
            tag.decompose()
    headline, heading = find_headline(soup, structured, index)
    body = find_body(soup, index)
    metadata = Metadata()
    if headline:
        metadata.headline, metadata.section = meta.split_section(headline)
    marks = {id(tag): name for tag, name in ((heading, "heading"), (body, "body")) if tag is not None}
    walker = _Lines(marks)
    walker.walk(soup.body or soup)
    walker.flush()
    _read_header_zone(walker, metadata)
    for kind, when in date_attributes:
        meta.set_date(metadata, kind, when)
    reader = LineReader(metadata=metadata, find_headline=False)
    if metadata.headline:
        reader.blocks.append(_headline_block(metadata.headline))
    if body is not None:
        _drop_junk(body)
        body_lines = _Lines({})
        body_lines.walk(body)
        body_lines.flush()
        for text, gap, is_caption in body_lines.lines:
            if is_caption:
                reader.caption(text, gap)
            else:
                reader.feed([(text, gap)])
    _apply_structured(reader, structured)
    for outlet in _fallback_outlets(soup, walker, metadata.headline):
        reader.outlets.append((OUTLET_FALLBACK, outlet))
    page = reader.page()
    meta.fill_published_from_updated(page.metadata)  # a page showing only its 최종수정 date
    return page


def _headline_block(headline: str) -> Any:
    from extractor.page.page import Block

    return Block("headline", headline)


def _read_header_zone(walker: _Lines, metadata: Metadata) -> None:
    """The lines between the headline element and the body: byline, 입력/수정 dates."""
    end = walker.positions.get("body", len(walker.lines))
    start = walker.positions.get("heading:end", max(0, end - 40))
    zone = [text for text, _gap, _caption in walker.lines[start:end]][:80]
    for index, line in enumerate(zone):
        for kind, when in meta.labelled_dates(line):
            meta.set_date(metadata, kind, when)
        unlabelled = meta.parse_datetime(line)
        if metadata.published_at is None and meta.has_time(unlabelled) and len(_HANGUL.findall(line)) <= 4:
            meta.set_date(metadata, "published", unlabelled or "")
        if len(line) <= 60 and not is_widget_line(line):
            meta.add_reporters(metadata, [r for r in meta.reporters_in(line) if len(line) < 40])
        if not metadata.reporters:
            bare = strip_dates(line).strip(" |·")
            if _bare_name(bare) and (bare != line.strip() or _next_to_date(zone, index)):
                meta.add_reporters(metadata, [Reporter(name=bare)])  # "최유진 2023. 9. 8. 09:15"


_AUTHOR_JOINER = re.compile(r"\s*[·ㆍ,/&]\s*")  # "이름·이름", "이름, 이름"


def _article_authors(value: str) -> list[Reporter]:
    """Writers from one JSON-LD author name: "홍길동", "홍길동 기자", "홍길동·김영희 기자".

    >>> [r.name for r in _article_authors("홍길동·김영희 기자")]
    ['홍길동', '김영희']
    >>> [r.name for r in _article_authors("편집국")]
    []
    """
    writers = meta.reporters_in(value)
    if writers:
        return writers
    names = [name for name in _AUTHOR_JOINER.split(value.strip()) if name]
    return [Reporter(name=name) for name in names if _bare_name(name)]


def _bare_name(line: str) -> bool:
    word = line.strip()
    hangul_word = re.fullmatch(r"[가-힣]{2,4}", word) is not None
    return hangul_word and meta.is_name(word) and not _NON_NAME_ENDING.search(word)


def _next_to_date(zone: list[str], index: int) -> bool:
    near = zone[max(0, index - 1) : index + 2]
    return any(meta.has_time(meta.parse_datetime(line)) for line in near if line != zone[index])


def _fallback_outlets(soup: BeautifulSoup, walker: _Lines, headline: str | None) -> list[str]:
    """The outlet from the page's frame when the article names none: title, logo, copyright footer.

    A <title> part counts when it looks like a publication (…신문, …일보) or matches the
    copyright line; a logo image's alt text the same way. Portals never count.
    """
    copyrights = [
        name
        for text, _gap, _caption in walker.lines
        if meta.is_copyright(text) and (name := meta.copyright_outlet(text))
    ]
    known = {_squash(name) for name in copyrights}

    def outlet_like(part: str) -> bool:
        part = part.strip()
        if not part or meta.is_portal(part) or (headline and _squash(part) == _squash(headline)):
            return False
        return meta.looks_like_outlet(part) or _squash(part) in known

    found: list[str] = []
    title = soup.title.string if soup.title and soup.title.string else ""
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) >= 2:
        found += [part for part in parts if outlet_like(part)]
    for image in soup.find_all("img", alt=True):
        parent = image.find_parent(["a", "h1", "div", "td"])  # the logo link or box around the image
        around = _class_and_id(parent) if parent else ""
        where = " ".join([str(image.get("src") or ""), _class_and_id(image), around])
        alt = image.get("alt")
        if isinstance(alt, str) and _LOGO.search(where) and outlet_like(alt):
            found.append(alt.strip())
    return found + [name for name in copyrights if not meta.is_portal(name)]


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "div", "p", "strong", "span"})
_SIMPLE_SELECTOR = re.compile(
    r"""
    ^ (?: \# (?P<id>[\w-]+)                           # #article-body
        | \. (?P<cls>[\w-]+)                          # .article_view
        | \[ (?P<attr>[\w-]+) = (?P<value>[\w-]+) \]  # [itemprop=articleBody]
        | (?P<tag>[a-z][a-z0-9]*) ) $                  # article
    """,
    re.VERBOSE,
)


def _decomposed(tag: Tag) -> bool:
    """Whether `tag.decompose()` removed it. Not `tag.decomposed`: bs4 reads that flag through
    __getattr__, which searches the tag's whole subtree for a child named "_decomposed" while the
    flag is unset — quadratic on deeply nested pages (50,000 nested divs never finished)."""
    return bool(vars(tag).get("_decomposed"))


@dataclass
class _TagIndex:
    """One walk over the parsed page: elements by id, class, name and selected attributes.

    The body selectors, the headline candidates and the date attributes are then lookups, not one
    CSS pass over the whole page each (41 selectors made most of the HTML preparation time).
    """

    ids: dict[str, list[Tag]] = field(default_factory=dict)
    classes: dict[str, list[Tag]] = field(default_factory=dict)
    names: dict[str, list[Tag]] = field(default_factory=dict)
    props: dict[tuple[str, str], list[Tag]] = field(default_factory=dict)
    order: dict[int, int] = field(default_factory=dict)  # id(tag) → position in the page
    dates: list[tuple[str, str]] = field(default_factory=list)  # data-date-time …, then <time datetime>

    @classmethod
    def of(cls, soup: BeautifulSoup) -> _TagIndex:
        from bs4 import Tag

        index = cls()
        time_date: str | None = None
        by_attribute: dict[str, list[tuple[str, str]]] = {name: [] for name, _kind in _DATE_ATTRIBUTES}
        tags = (node for node in soup.descendants if isinstance(node, Tag))
        for position, tag in enumerate(tags):
            index.order[id(tag)] = position
            index.names.setdefault(tag.name, []).append(tag)
            attrs = tag.attrs
            if not attrs:
                continue
            tag_id = attrs.get("id")
            if isinstance(tag_id, str):
                index.ids.setdefault(tag_id, []).append(tag)
            for name in attrs.get("class") or ():
                index.classes.setdefault(name, []).append(tag)
            prop = attrs.get("itemprop")
            if isinstance(prop, str):
                index.props.setdefault(("itemprop", prop), []).append(tag)
            for attribute, kind in _DATE_ATTRIBUTES:
                value = attrs.get(attribute)
                if isinstance(value, str) and (when := meta.parse_datetime(value)):
                    by_attribute[attribute].append((kind, when))
            value = attrs.get("datetime")
            if time_date is None and tag.name == "time" and isinstance(value, str):
                time_date = meta.parse_datetime(value)
        index.dates = [pair for attribute, _kind in _DATE_ATTRIBUTES for pair in by_attribute[attribute]]
        if time_date:
            index.dates.append(("published", time_date))
        return index

    def in_order(self, names: frozenset[str]) -> list[Tag]:
        tags = [tag for name in names for tag in self.names.get(name, ()) if not _decomposed(tag)]
        return sorted(tags, key=lambda tag: self.order[id(tag)])

    def select(self, soup: BeautifulSoup, selector: str) -> list[Tag]:
        """A body selector's matches in page order; selectors beyond id, class, attr=value, tag use CSS."""
        simple = _SIMPLE_SELECTOR.match(selector)
        if simple is None:
            return list(soup.select(selector))
        if simple["id"]:
            found_all = self.ids.get(simple["id"], [])
        elif simple["cls"]:
            found_all = self.classes.get(simple["cls"], [])
        elif simple["attr"] == "itemprop":
            found_all = self.props.get(("itemprop", simple["value"]), [])
        elif simple["attr"]:
            return list(soup.select(selector))
        else:
            found_all = self.names.get(simple["tag"], [])
        return [tag for tag in found_all if not _decomposed(tag)]


def _apply_structured(reader: LineReader, structured: Structured) -> None:
    """Meta and JSON-LD fill what the visible page did not give."""
    metadata = reader.metadata
    if structured.published:
        meta.set_date(metadata, "published", structured.published)
    if structured.updated:
        meta.set_date(metadata, "updated", structured.updated)
    for author in structured.article_authors:
        meta.add_reporters(metadata, _article_authors(author))
    for author in structured.authors:
        writers = meta.reporters_in(author)
        if writers:
            meta.add_reporters(metadata, writers)
        elif structured.portal or meta.looks_like_outlet(author) or "|" in author:
            outlet = meta.outlet_from_meta(author)
            if outlet:
                reader.outlets.append((OUTLET_META, outlet))
        elif _bare_name(author) and not metadata.reporters:
            meta.add_reporters(metadata, [Reporter(name=author)])
    for name in (structured.site_name, structured.publisher):
        if name and not meta.is_portal(name):
            reader.outlets.append((OUTLET_META, name))
