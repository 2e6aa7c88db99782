"""Helpers for case tables: strict xfail rows and readable ids."""

from __future__ import annotations

import pytest


def xfail(*values: object) -> object:
    """A known gap: the row must fail until the gap is fixed (then make it a plain row)."""
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True))


def case_id(case: object) -> str:
    """The sentence of a case row, whether plain or wrapped in pytest.param."""
    values = getattr(case, "values", case)
    assert isinstance(values, tuple)
    return str(values[0])
