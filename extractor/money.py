"""Money amounts as budgets (issue #5)."""

from __future__ import annotations

from extractor.analysis import Document
from schemas import Budget


def extract_budgets(doc: Document) -> list[Budget]:
    """Not built yet: issue #5."""
    return []
