"""Universities by their press short form: 고려대와 연세대가, 하버드대 연구팀은, 시카고대 교수.

A word ending in 대 names a university when Kiwi's dictionary holds the whole word as a proper noun
(고려대, 하버드대, 칭화대: it holds most schools so), or when a proper noun Kiwi knows or an
unknown word comes before a bare 대 and a school's people or units follow (시카고대 연구팀). Kinds
of schools (국립대, 지방대, 의대) and common words (세대, 시대) are common nouns there, and a
person's name that happens to end in 대 is dropped with the article's people.
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.names import KIWI_UNKNOWN_ID, Found, place_names
from extractor.lexicons import load_words

# A word ending in 대, then a particle, a break or punctuation.
SCHOOL_WORD_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<name>[가-힣]{2,9}대)(?=[은는이가을를와과의도에로만 \t\n,·.)'’”\"]|$)"
)
# What only a school has right after its name: its researchers, staff, students and units.
SCHOOL_PEOPLE_RE = re.compile(
    r"[ \t]+(?:연구팀|연구진|연구소|교수|교수팀|교수진|명예교수|총장|학생|학생들|재학생|졸업생|병원|"
    r"의대|대학원|캠퍼스|산학협력단|동문|학과|공대|법대|의과대학)"
)


def universities(doc: Document) -> list[Found]:
    """Every word the rule reads as a university's short form, with where it is written."""
    found: list[Found] = []
    for m in SCHOOL_WORD_RE.finditer(doc.text):
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        if len(name) < 3 or _generic_school(name) or _no_school(name):
            continue
        toks = doc.tokens_between(start, end)
        if not toks or toks[0].start != start or toks[-1].end != end:
            continue  # Kiwi read the word's edge into the next one
        whole = len(toks) == 1 and toks[0].tag == "NNP"
        stem_proper = all(t.tag == "NNP" or t.id < KIWI_UNKNOWN_ID for t in toks[:-1])
        bare_dae = len(toks) >= 2 and doc.text[toks[-1].start : toks[-1].end] == "대" and stem_proper
        if whole or (bare_dae and SCHOOL_PEOPLE_RE.match(doc.text, end)):
            found.append((name, start, end))
    return found


def _generic_school(name: str) -> bool:
    """국립대, and 지방거점국립대 (a longer word ending in a kind of school); 한국외대, 이화여대 and
    포항공대 end in a two-syllable kind and are schools."""
    generic = load_words("generic_school_words.txt")
    return name in generic or any(len(g) >= 3 and name.endswith(g) for g in generic)


# Endings that close three-syllable school names too (연세대, 한세대, 명지대, 을지대): only a longer word
# with them is a generation, a zone or a coalition.
SCHOOL_SHAPED_ENDINGS = frozenset({"세대", "지대", "연대"})


def _no_school(name: str) -> bool:
    """청해부대, 신시대, 비구름대: a unit, an era or a belt; 해운대: a place (해운대구)."""
    ending = next((e for e in load_words("not_school_endings.txt") if name.endswith(e)), None)
    if ending is not None and (ending not in SCHOOL_SHAPED_ENDINGS or len(name) >= 4):
        return True  # 미래세대, 비무장지대; but 연세대, 명지대, 을지대 are schools
    return any(place in place_names() for place in (name, name + "구", name + "시", name + "군"))
