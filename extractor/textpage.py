"""Text copies of news pages: page furniture out of the text, metadata out of the furniture."""

from __future__ import annotations

from extractor.page import Page
from schemas import Metadata


def prepare_text(raw: str) -> Page:
    """Clean a plain-text article. (Minimal: furniture handling is issue #2's work.)"""
    text = raw.strip()
    return Page(text=text, metadata=Metadata())
