"""A body's own organ written where a person's body stands: 김하늘 누리전자 이사회 의장.

The board (이사회) is no organisation of its own: the person chairs the board of 누리전자, and
누리전자 is their body; written alone (김하늘 이사회 의장) it names no body at all.
"""

from __future__ import annotations

from extractor.lexicons import load_words


def body_of_organ(organization: str | None) -> str | None:
    """누리전자 이사회 → 누리전자; 이사회 → None; 미 (of 미 하원의장) → None; any other body as it is."""
    if organization is None or organization in load_words("country_short_forms.txt"):
        return None  # 미 하원의장: the country's short form alone names no body
    body, _, last = organization.rpartition(" ")
    if last not in load_words("body_organs.txt"):
        return organization
    return body or None
