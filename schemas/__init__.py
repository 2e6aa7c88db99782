"""Pydantic models of the article and the JSON Schema exported from them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schemas.models import (
    SCHEMA_VERSION,
    Article,
    Budget,
    ErrorRecord,
    Mention,
    Metadata,
    Organization,
    Person,
    Quote,
    Reporter,
    Source,
    Span,
    TaskItem,
    TaskList,
)

SCHEMA_PATH = Path(__file__).with_name("article.schema.json")

__all__ = [
    "SCHEMA_PATH",
    "SCHEMA_VERSION",
    "Article",
    "Budget",
    "ErrorRecord",
    "Mention",
    "Metadata",
    "Organization",
    "Person",
    "Quote",
    "Reporter",
    "Source",
    "Span",
    "TaskItem",
    "TaskList",
    "article_json_schema",
    "schema_text",
]


def article_json_schema() -> dict[str, Any]:
    """The JSON Schema of one output article, generated from the models."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def schema_text() -> str:
    """The exact text of ``schemas/article.schema.json``."""
    return json.dumps(article_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
