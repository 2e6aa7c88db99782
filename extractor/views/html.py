"""`extract --format html`: one standalone page with every extracted span highlighted.

The article text is cut at every span boundary and rebuilt as properly nested
`<mark>` elements (a person inside a quote, an amount inside a list item);
where two spans cross, the later one is split into fragments. Every piece of
article text and every value goes through `html.escape`, so markup in an
article shows as text and never runs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from extractor.views.html_assets import CONTENT_SECURITY_POLICY, KINDS, SCRIPT, STYLE
from extractor.views.korean_units import format_korean_amount
from schemas import Article, Budget, Mention, Organization, Person, Quote, TaskList

# Which kind goes outside when two spans cover exactly the same characters.
KIND_RANK = {"item": 0, "quote": 1, "org": 2, "person": 3, "amount": 4}
MAX_DEPTH_CLASS = 3


@dataclass(frozen=True)
class Highlight:
    """One span of the article to highlight: `span_id` is its anchor, `tip` its normalised values."""

    start: int
    end: int
    kind: str
    span_id: str
    tip: str


def _mention_tip(head: str, mention: Mention, number: int, total: int) -> str:
    how = "named" if mention.kind == "name" else "referred to"
    return f"{head}\nmention {number} of {total} ({how})"


def _person_highlights(index: int, person: Person) -> list[Highlight]:
    head = "\n".join(
        [
            f"person: {person.name}",
            f"title: {person.title or '—'}",
            f"organisation: {person.organization or '—'}",
        ]
    )
    total = len(person.mentions)
    return [
        Highlight(m.start, m.end, "person", f"p{index}-m{n}", _mention_tip(head, m, n + 1, total))
        for n, m in enumerate(person.mentions)
    ]


def _org_highlights(index: int, org: Organization) -> list[Highlight]:
    head = f"organisation: {org.name}\naliases: {', '.join(org.aliases) or '—'}"
    if org.kind:
        head += f"\nkind: {org.kind}"
    total = len(org.mentions)
    return [
        Highlight(m.start, m.end, "org", f"o{index}-m{n}", _mention_tip(head, m, n + 1, total))
        for n, m in enumerate(org.mentions)
    ]


def _quote_tip(quote: Quote) -> str:
    return "\n".join(
        [
            f"quote ({quote.kind})",
            f"speakers: {', '.join(quote.speakers) or '—'}",
            f"verb: {quote.verb or '—'}",
        ]
    )


def amount_tip(budget: Budget) -> str:
    """The normalised amount as a number and currency, then as the article would write it."""
    lines = [
        f"amount: {budget.amount:,} {budget.currency}",
        f"({format_korean_amount(budget.amount, budget.currency)})",
    ]
    lines += [
        f"{name}: {value}"
        for name, value in (
            ("label", budget.label),
            ("qualifier", budget.qualifier),
            ("period", budget.period),
        )
        if value
    ]
    return "\n".join(lines)


def _item_highlights(index: int, task_list: TaskList) -> list[Highlight]:
    declared = task_list.declared_count if task_list.declared_count is not None else "—"
    total = len(task_list.items)
    return [
        Highlight(
            item.start,
            item.end,
            "item",
            f"t{index}-i{n}",
            f"list item {n + 1} of {total} (declared {declared})\nlist: {task_list.heading or '—'}",
        )
        for n, item in enumerate(task_list.items)
    ]


def collect_highlights(article: Article) -> list[Highlight]:
    """Every extracted span of `article`, whatever its kind, in field order."""
    highlights: list[Highlight] = []
    for index, person in enumerate(article.people):
        highlights += _person_highlights(index, person)
    for index, org in enumerate(article.organizations):
        highlights += _org_highlights(index, org)
    highlights += [
        Highlight(q.start, q.end, "quote", f"q{i}", _quote_tip(q)) for i, q in enumerate(article.quotes)
    ]
    highlights += [
        Highlight(b.start, b.end, "amount", f"a{i}", amount_tip(b)) for i, b in enumerate(article.budgets)
    ]
    for index, task_list in enumerate(article.task_lists):
        highlights += _item_highlights(index, task_list)
    return highlights


def split_valid(text: str, highlights: list[Highlight]) -> tuple[list[Highlight], list[Highlight]]:
    """Highlights whose offsets fit `text`, and those that cannot be shown (empty or out of range)."""
    kept = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    skipped = [h for h in highlights if not 0 <= h.start < h.end <= len(text)]
    return kept, skipped


def _open_tag(highlight: Highlight, depth: int, first: bool) -> str:
    classes = f"hl k-{highlight.kind} d{min(depth, MAX_DEPTH_CLASS)}"
    attributes = (
        f'data-kind="{highlight.kind}" data-span="{escape(highlight.span_id)}"'
        f' data-tip="{escape(highlight.tip)}"'
    )
    if not first:
        # Later fragments of a split span: hoverable, but one anchor and one tab stop per span.
        return f'<mark class="{classes} cont" {attributes}>'
    # aria-description, not aria-label: a label would hide the article words from a screen reader.
    description = escape(highlight.tip.replace("\n", "; "))
    return (
        f'<mark class="{classes}" id="{escape(highlight.span_id)}" tabindex="0"'
        f' aria-description="{description}" {attributes}>'
    )


def nest_markup(text: str, highlights: list[Highlight]) -> str:
    """`text` escaped, with each highlight wrapped in properly nested `<mark>` elements.

    A sweep over the span boundaries: for each stretch of text between two
    boundaries, the covering spans are ordered outermost first; whatever differs
    from the elements already open is closed and reopened, which splits a span
    only where another one crosses it.

    >>> nest_markup("a<b", [])
    'a&lt;b'
    """
    order = sorted(highlights, key=lambda h: (h.start, -h.end, KIND_RANK[h.kind]))
    rank = {h.span_id: position for position, h in enumerate(order)}
    starting: dict[int, list[Highlight]] = defaultdict(list)
    for highlight in order:
        starting[highlight.start].append(highlight)
    boundaries = sorted({0, len(text)} | {h.start for h in order} | {h.end for h in order})
    out: list[str] = []
    stack: list[Highlight] = []
    active: list[Highlight] = []
    opened: set[str] = set()
    for left, right in pairwise(boundaries):
        active = [h for h in active if h.end > left] + starting.get(left, [])
        wanted = sorted(active, key=lambda h: rank[h.span_id])
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        for depth in range(keep, len(wanted)):
            out.append(_open_tag(wanted[depth], depth, wanted[depth].span_id not in opened))
            opened.add(wanted[depth].span_id)
        stack = wanted
        out.append(escape(text[left:right]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _link(span_id: str, label: str, shown: set[str]) -> str:
    if span_id not in shown:
        return f'<span class="dim" title="offsets outside the text">{escape(label)}</span>'
    return f'<a href="#{escape(span_id)}">{escape(label)}</a>'


def _swatch(kind: str, label: str) -> str:
    return f'<mark class="hl k-{kind} swatch">{escape(label)}</mark>'


def _mention_links(prefix: str, mentions: list[Mention], shown: set[str]) -> str:
    if not mentions:
        return '<span class="dim">no mentions</span>'
    links = " ".join(_link(f"{prefix}-m{n}", str(n + 1), shown) for n in range(len(mentions)))
    return f"mentions: {links}"


def _section(title: str, count: int, items: list[str], ordered: bool = False) -> str:
    heading = f"<h2>{escape(title)} ({count})</h2>"
    if not items:
        return heading + '<p class="dim">none found</p>'
    tag = "ol" if ordered else "ul"
    return heading + f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def _people_panel(article: Article, shown: set[str]) -> str:
    items = []
    for i, person in enumerate(article.people):
        details = " · ".join(part for part in (person.title, person.organization) if part)
        items.append(
            f'{_swatch("person", person.name)} <span class="dim">{escape(details)}</span><br>'
            + _mention_links(f"p{i}", person.mentions, shown)
        )
    return _section("People", len(article.people), items)


def _org_panel(article: Article, shown: set[str]) -> str:
    items = []
    for i, org in enumerate(article.organizations):
        aliases = f' <span class="dim">({escape(", ".join(org.aliases))})</span>' if org.aliases else ""
        items.append(
            f"{_swatch('org', org.name)}{aliases}<br>" + _mention_links(f"o{i}", org.mentions, shown)
        )
    return _section("Organisations", len(article.organizations), items)


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote_panel(article: Article, shown: set[str]) -> str:
    items = []
    for i, quote in enumerate(article.quotes):
        who = ", ".join(quote.speakers) or "speaker unknown"
        items.append(
            _link(f"q{i}", f"“{_short(quote.text)}”", shown)
            + f' <span class="dim">— {escape(who)} · {escape(quote.verb or "—")}</span>'
        )
    return _section("Quotes", len(article.quotes), items, ordered=True)


def _amount_panel(article: Article, shown: set[str]) -> str:
    items = [
        _link(f"a{i}", format_korean_amount(b.amount, b.currency), shown)
        + f' <span class="dim">{escape(f"{b.amount:,} {b.currency}")}'
        + (f" · {escape(b.label)}" if b.label else "")
        + "</span>"
        for i, b in enumerate(article.budgets)
    ]
    return _section("Amounts", len(article.budgets), items, ordered=True)


def _task_list_panel(article: Article, shown: set[str]) -> str:
    parts = [f"<h2>Task lists ({len(article.task_lists)})</h2>"]
    if not article.task_lists:
        parts.append('<p class="dim">none found</p>')
    for i, task_list in enumerate(article.task_lists):
        declared = task_list.declared_count if task_list.declared_count is not None else "—"
        parts.append(
            f"<p><strong>{escape(task_list.heading or '(no heading)')}</strong>"
            f' <span class="dim">declared {declared}, found {len(task_list.items)}</span></p>'
        )
        links = "".join(
            f"<li>{_link(f't{i}-i{n}', item.text, shown)}</li>" for n, item in enumerate(task_list.items)
        )
        parts.append(f"<ol>{links}</ol>")
    return "".join(parts)


def _panel(article: Article, shown: set[str], skipped: list[Highlight]) -> str:
    warnings = list(article.warnings)
    if skipped:
        warnings.append(f"{len(skipped)} span(s) have offsets outside the text and are not highlighted")
    warning_block = (
        '<div class="warnings"><strong>Warnings</strong><ul>'
        + "".join(f"<li>{escape(w)}</li>" for w in warnings)
        + "</ul></div>"
        if warnings
        else ""
    )
    return (
        '<aside aria-label="Extracted entities">'
        + warning_block
        + _people_panel(article, shown)
        + _org_panel(article, shown)
        + _quote_panel(article, shown)
        + _amount_panel(article, shown)
        + _task_list_panel(article, shown)
        + "</aside>"
    )


def _header(article: Article, counts: dict[str, int]) -> str:
    metadata = article.metadata
    headline = metadata.headline or article.source.path or "(untitled article)"
    facts = [
        metadata.outlet,
        ", ".join(r.name for r in metadata.reporters),
        metadata.published_at,
        article.source.path,
    ]
    legend = "".join(
        f"<li>{_swatch(kind, label)} {counts.get(kind, 0)}</li>" for kind, label in KINDS.items()
    )
    return (
        f"<header><h1>{escape(headline)}</h1>"
        f'<p class="meta">{escape(" · ".join(fact for fact in facts if fact))}</p>'
        f'<ul class="legend" aria-label="Legend">{legend}</ul></header>'
    )


def render_html(article: Article) -> str:
    """A standalone review page for `article`: inline CSS and JS only, nothing fetched."""
    shown_highlights, skipped = split_valid(article.text, collect_highlights(article))
    counts: dict[str, int] = defaultdict(int)
    for highlight in shown_highlights:
        counts[highlight.kind] += 1
    shown = {h.span_id for h in shown_highlights}
    title = f"{article.metadata.headline or article.source.path or 'article'} — extract review"
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + _header(article, counts)
        + '<div class="layout"><main><article class="text" lang="ko">'
        + nest_markup(article.text, shown_highlights)
        + "</article></main>"
        + _panel(article, shown, skipped)
        + "</div>\n"
        + '<p id="inspector" role="status" aria-live="polite">'
        + "Hover or focus (Tab) a highlight to see its values.</p>\n"
        + f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
