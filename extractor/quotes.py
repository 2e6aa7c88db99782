"""Direct and indirect quotes with their speakers (issue #4)."""

from __future__ import annotations

from extractor.analysis import Document
from schemas import Organization, Person, Quote


def extract_quotes(doc: Document, people: list[Person], organizations: list[Organization]) -> list[Quote]:
    """Not built yet: issue #4."""
    return []
