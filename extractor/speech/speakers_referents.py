"""Bodies a generic noun refers back to (issue #4): 경찰은, 회사 측은, 이 구단은, 대전 구단은, 재판부는,
소속사는 name the last body of their kind named before; 이 의회는 the last ending in that noun.
Besides the organisation extractor's mentions, the organisation phrases already used as speakers
without one (`fallback_orgs`, in text order) are searched."""

from __future__ import annotations

from extractor.lexicons import load_words
from extractor.speech.grammar import org_kind_endings, org_referents
from extractor.speech.speakers_court import (
    BENCH_NOUNS,
    CURRENT_BENCH,
    EARLIER_BENCH,
    court_bench,
    word_before,
)
from extractor.speech.speakers_entities import Entities, agency_nouns

# Words after a body's generic noun meaning "the side of" (회사 측은, 병원 쪽은).
SIDE_WORDS = frozenset({"측", "쪽"})
# Determiners before a bare suffix noun that refers back (이 의회, 해당 공사, 동 위원회).
DEMONSTRATIVES = frozenset({"이", "해당", "동", "같은"})


# Benches below the top court (2심 재판부는): never the 대법원 the report names for the final ruling.
LOWER_BENCH = frozenset({"2심", "항소심"})
SUPREME_COURTS = frozenset({"대법원", "대법"})


def referent_org(
    words: list[str], start: int, text: str, entities: Entities, fallback_orgs: list[tuple[int, str]]
) -> list[str] | None:
    """경찰은, 회사 측은, 이 구단은, 대전 구단은: the last body of the kind the generic noun names.

    None when the phrase is not a generic noun; [] when it is one but no body of its kind
    was named before (a generic noun is never itself a speaker's name).
    """
    if len(words) > 1 and words[-1] in SIDE_WORDS:
        words = words[:-1]
    elif words[-1][-1:] in SIDE_WORDS and words[-1][:-1] in org_referents():
        words = [*words[:-1], words[-1][:-1]]  # 회사측 written solid
    kind = org_referents().get(words[-1])
    if kind is None or len(words) > 2:
        return None
    lower_bench = False  # 2심 재판부는: a bench below the top court
    if words[-1] in BENCH_NOUNS:
        # 당시 재판부는: the speaker phrase leaves the qualifier out, so it is read off the text
        qualifier = words[0] if len(words) == 2 else word_before(start, text)
        if qualifier in EARLIER_BENCH:
            return [words[-1]]  # the earlier trial's bench, which the report does not name
        if len(words) == 1 or qualifier in CURRENT_BENCH | DEMONSTRATIVES:
            bench = court_bench(start, text, entities)
            if bench is not None:
                return [bench]
            words = words[-1:]
            lower_bench = qualifier in LOWER_BENCH
    if words[-1] in agency_nouns() and (len(words) == 1 or words[0] in DEMONSTRATIVES):
        agency = entities.agency_of(None, start)
        if agency is not None:
            return [agency]  # 소속사는: the agency named last
    prefix = ""
    if len(words) == 2 and words[0] not in DEMONSTRATIVES:
        if len(words[0]) < 2:
            return None
        prefix = words[0]  # a place before the noun narrows it: 대전 구단 → the club named 대전…
    org = entities.org_of_kind(kind, start, prefix) or _fallback_of_kind(kind, prefix, fallback_orgs)
    if lower_bench and org in SUPREME_COURTS:
        return [words[-1]]  # 2심 재판부는 in a report on the 대법원's ruling: the appeal court, unnamed
    if org is None and not prefix and words[-1] in load_words("speech_generic_speakers.txt"):
        return [words[-1]]  # 검찰은 with no office named: the generic body itself speaks
    return [org] if org else []


def _fallback_of_kind(kind: str, prefix: str, fallback_orgs: list[tuple[int, str]]) -> str | None:
    """The last organisation phrase used as a speaker whose name is of that kind and opens with `prefix`."""
    endings = org_kind_endings().get(kind, ())
    for _, name in reversed(fallback_orgs):
        if name.endswith(endings) and name.startswith(prefix):
            return name
    return None


def fallback_org(suffix: str, fallback_orgs: list[tuple[int, str]]) -> str | None:
    """The last organisation phrase used as a speaker whose name ends in `suffix` (이 의회는 → …의회)."""
    for _, name in reversed(fallback_orgs):
        if name.endswith(suffix):
            return name
    return None
