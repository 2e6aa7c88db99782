"""People: full names, titles, organisations, and later references to them (issue #3)."""

from __future__ import annotations

from extractor.analysis import Document
from schemas import Metadata, Person


def extract_people(doc: Document, metadata: Metadata) -> list[Person]:
    """Not built yet: issue #3."""
    return []
