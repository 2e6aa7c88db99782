"""HTML pages: structured metadata first, then the visible article body."""

from __future__ import annotations

from extractor.page import Page
from schemas import Metadata


def prepare_html(html: str) -> Page:
    """Minimal body extraction; the full version is issue #2's work."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside"]):
        tag.decompose()
    body = soup.body or soup
    lines = [line.strip() for line in body.get_text("\n").split("\n")]
    text = "\n".join(line for line in lines if line)
    title = soup.title.get_text(strip=True) if soup.title else None
    return Page(text=text, metadata=Metadata(headline=title or None))
