"""Organisations named in the article, aliases merged (issue #3)."""

from __future__ import annotations

from extractor.analysis import Document
from schemas import Organization, Person


def extract_organizations(doc: Document, people: list[Person]) -> list[Organization]:
    """Not built yet: issue #3."""
    return []
