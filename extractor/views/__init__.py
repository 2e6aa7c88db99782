"""Views of an extracted Article for people: a terminal table and an HTML review page (issue #7)."""

from __future__ import annotations

from schemas import Article


def render_table(article: Article) -> str:
    """Not built yet: issue #7."""
    raise NotImplementedError("--format table is not built yet (issue #7)")


def render_html(article: Article) -> str:
    """Not built yet: issue #7."""
    raise NotImplementedError("--format html is not built yet (issue #7)")
