"""One article through the pipeline: prepare → analyse once → field extractors → Article."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from extractor.analysis import analyse
from extractor.entities import organizations, people
from extractor.entities.speaker_people import speaker_people
from extractor.lists import task_lists
from extractor.money import budgets as money
from extractor.page.htmlpage import prepare_html
from extractor.page.ingest import MAX_INPUT_BYTES, decode_input, read_input, without_lone_surrogates
from extractor.page.page import Page
from extractor.page.textpage import prepare_text
from extractor.speech import quotes
from schemas import Article, Source

_HANGUL = re.compile(r"[가-힣]")


def build_article(page: Page, source: Source, input_warnings: Sequence[str] = ()) -> Article:
    """Analyse the prepared page once and run every field extractor on the result.

    `input_warnings` come from reading the input (bad bytes replaced, mojibake repaired).
    """
    doc = analyse(page.text, page.regions)
    found_people = people.extract_people(doc, page.metadata)
    found_orgs = organizations.extract_organizations(doc, found_people)
    found_quotes = quotes.extract_quotes(doc, found_people, found_orgs)
    found_people = found_people + speaker_people(doc, found_people, found_orgs, found_quotes)
    budgets = money.extract_budgets(doc)
    lists, list_warnings = task_lists.extract_task_lists(doc)
    warnings = [*input_warnings, *page.warnings, *list_warnings]
    if page.text and not _HANGUL.search(page.text):
        warnings.append("no Korean text found; nothing to extract")
    elif not page.text:
        warnings.append("no article body found")
    return Article(
        source=source,
        metadata=page.metadata,
        text=page.text,
        people=found_people,
        organizations=found_orgs,
        quotes=found_quotes,
        budgets=budgets,
        task_lists=lists,
        warnings=warnings,
    )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract_text(text: str, *, path: str | None = None) -> Article:
    """Extract from a plain-text article (a text copy of a news page is fine)."""
    text, warnings = without_lone_surrogates(text)
    source = Source(path=path, format="text", encoding=None, sha256=_sha256(text))
    return build_article(prepare_text(text), source, warnings)


def extract_html(html: str | bytes, *, path: str | None = None, url: str | None = None) -> Article:
    """Extract from an HTML page; bytes are decoded with the same detection as files."""
    if isinstance(html, bytes):
        decoded = decode_input(html, hint="html")
        text, encoding, sha, warnings = decoded.text, decoded.encoding, decoded.sha256, list(decoded.warnings)
    else:
        text, warnings = without_lone_surrogates(html)
        encoding, sha = None, _sha256(text)
    source = Source(path=path, format="html", encoding=encoding, sha256=sha, url=url)
    return build_article(prepare_html(text), source, warnings)


def extract_bytes(
    data: bytes, *, path: str | None = None, hint: str | None = None, max_bytes: int = MAX_INPUT_BYTES
) -> Article:
    """Extract from raw bytes: encoding and text-vs-HTML are detected from the content."""
    decoded = decode_input(data, hint=hint, max_bytes=max_bytes)
    source = Source(path=path, format=decoded.format, encoding=decoded.encoding, sha256=decoded.sha256)
    page = prepare_html(decoded.text) if decoded.format == "html" else prepare_text(decoded.text)
    return build_article(page, source, decoded.warnings)


def extract_file(path: str | Path, *, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Extract from a file; raises an `ExtractError` subclass for bad input."""
    p = Path(path)
    data = read_input(p, max_bytes=max_bytes)
    return extract_bytes(data, path=str(path), hint=p.suffix.lstrip(".").lower() or None, max_bytes=max_bytes)
