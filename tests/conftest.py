"""Shared fixtures: one Kiwi per test session, the real corpus when it is there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.analysis import Document, analyse, get_kiwi

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
HTML_CORPUS = SHARED / "corpus" / "html"


@pytest.fixture(scope="session")
def kiwi() -> object:
    """Load Kiwi once for the whole session (it costs ~1 s and ~500 MB)."""
    kiwi = get_kiwi()
    kiwi.tokenize("")
    return kiwi


@pytest.fixture(scope="session")
def doc_of(kiwi: object) -> Callable[[str], Document]:
    """Analyse a test sentence with the session's Kiwi."""
    return analyse


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is not present")
    return DEV_CORPUS


@pytest.fixture(scope="session")
def html_corpus() -> Path:
    if not HTML_CORPUS.is_dir():
        pytest.skip("../shared/corpus/html is not present")
    return HTML_CORPUS
