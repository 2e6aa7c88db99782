"""What an appositive may write after a person's body that is no part of it.

    김하늘 누리전자 이사회 의장        the body's own organ: the board of 누리전자
    박하늘 누리당 대선 후보            the race a party's candidate runs in
    이하늘 누리당 경남지사 후보        the post the candidate runs for, a fused title of its own

The board, the race and the post are no organisation of their own; the body is the one before them,
and written alone (김하늘 이사회 의장) they name no body at all.
"""

from __future__ import annotations

from extractor.entities.names import parse_title
from extractor.lexicons import load_words


def body_of_organ(organization: str | None) -> str | None:
    """누리전자 이사회 → 누리전자; 누리당 대선 → 누리당; 누리당 경남지사 → 누리당; 이사회 → None;
    미 (of 미 하원의장) → None; any other body as it is."""
    if organization is None or organization in load_words("country_short_forms.txt"):
        return None  # 미 하원의장: the country's short form alone names no body
    body, _, last = organization.rpartition(" ")
    organ = last in load_words("body_organs.txt") or last in load_words("election_races.txt")
    post = parse_title(last)
    if body and post is not None and post.stem_len == len(last):
        return body  # 누리당 경남지사 (후보): the post the candidate runs for
    return (body or None) if organ else organization
