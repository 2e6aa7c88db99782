"""The candidate every organisation signal produces: a name as written and its span.

`organizations.py` and the `org_*.py` candidate modules build these; `org_merge.py` groups them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Candidate:
    name: str  # as written, legal prefix included
    start: int
    end: int
