"""Helpers for case tables: strict xfail rows and readable ids."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.page.textpage import prepare_text


def xfail(*values: object) -> object:
    """A known gap: the row must fail until the gap is fixed (then make it a plain row)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


def case_id(case: object) -> str:
    """The sentence of a case row, whether plain or wrapped in pytest.param."""
    values = getattr(case, "values", case)
    assert isinstance(values, tuple)
    return str(values[0])


def named_rows(cases: list[Any]) -> list[Any]:
    """(id, *values) tuples as parameters; pytest.param rows (xfail) carry their own id."""
    return [c if hasattr(c, "marks") else pytest.param(*c[1:], id=c[0]) for c in cases]


def assert_text_metadata(raw: str, expected: dict[str, object]) -> None:
    """Each expected metadata field of a text page (reporters compared by name)."""
    metadata = prepare_text(raw).metadata
    for key, value in expected.items():
        got = [r.name for r in metadata.reporters] if key == "reporters" else getattr(metadata, key)
        assert got == value, key
