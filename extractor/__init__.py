"""extract: Korean news articles to validated JSON.

>>> from extractor import extract_text
>>> article = extract_text("서울시는 1일 예산 3억5천만원을 편성했다고 밝혔다.")
>>> [(b.text, b.amount) for b in article.budgets]
[('예산 3억5천만원', 350000000)]
"""

from __future__ import annotations

from extractor.errors import ExtractError
from extractor.pipeline import build_article, extract_bytes, extract_file, extract_html, extract_text
from schemas import Article

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ExtractError",
    "__version__",
    "build_article",
    "extract_bytes",
    "extract_file",
    "extract_html",
    "extract_text",
]
