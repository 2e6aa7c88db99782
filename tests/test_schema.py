"""The shipped JSON Schema is the models' schema, and outputs validate against it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from extractor import extract_file, extract_text
from schemas import SCHEMA_PATH, article_json_schema, schema_text

from .conftest import SAMPLES


def test_shipped_schema_file_matches_models() -> None:
    # Regenerate with: python -m schemas
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.iterdir() if p.is_file()))
def test_every_sample_output_validates(kiwi: object, sample: str) -> None:
    article = extract_file(SAMPLES / sample)
    jsonschema.validate(json.loads(article.model_dump_json()), article_json_schema())


def test_empty_text_is_a_valid_empty_article(kiwi: object) -> None:
    article = extract_text("")
    jsonschema.validate(json.loads(article.model_dump_json()), article_json_schema())
    assert article.people == [] and article.quotes == []
