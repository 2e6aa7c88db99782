"""The bundled samples' output is exactly the reviewed golden JSON.

After an intended change: `python -m tests.golden --regenerate`, then review
`git diff tests/golden/`.
"""

from __future__ import annotations

import pytest

from tests.golden import current_output, golden_path, render, samples


@pytest.mark.parametrize("sample", samples(), ids=lambda p: p.name)
def test_sample_matches_golden(kiwi: object, sample: object) -> None:
    from pathlib import Path

    assert isinstance(sample, Path)
    path = golden_path(sample)
    if not path.exists():
        pytest.fail(f"no golden file for {sample.name}: run python -m tests.golden --regenerate")
    assert render(current_output(sample)) == path.read_text(encoding="utf-8")
