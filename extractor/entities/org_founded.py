"""Companies named as what someone founded: 1999년 누리컴을 창업했다, 누리랩을 공동 설립한.

The object of 창업하다/설립하다 is a body; when it is a proper noun Kiwi does not know as a common
word (not 회사를, 법인을, 카페를), it is that body's name.
"""

from __future__ import annotations

import re

from extractor.entities.names import (
    KIWI_UNKNOWN_ID,
    Found,
    TokenIndex,
    Word,
    is_space_gap,
    looks_like_korean_name,
    place_names,
    titles,
)

# The founding verb after its object: 창업했다, 설립한, 공동 창업해; its object particle is checked in code.
FOUNDING_RE = re.compile(r"^(?:창업|설립)(?:했|한|해|하)")
OBJECT_PARTICLES = ("을", "를")


def founded_bodies(words: list[Word], index: TokenIndex) -> list[Found]:
    """Proper nouns in the object of a founding verb (누리컴을 창업했다)."""
    out: list[Found] = []
    for i in range(len(words) - 1):
        word = words[i]
        nxt = words[i + 1]
        if nxt.text == "공동" and i + 2 < len(words):
            nxt = words[i + 2]
        if not word.text.endswith(OBJECT_PARTICLES) or not FOUNDING_RE.match(nxt.text):
            continue
        if not is_space_gap(words[i + 1].gap):
            continue
        stem = word.text[:-1]
        end = word.start + len(stem)
        if len(stem) < 2 or stem in place_names() or stem in titles() or looks_like_korean_name(stem):
            continue
        if not all("가" <= ch <= "힣" or (ch.isascii() and ch.isalnum()) for ch in stem):
            continue  # quotes, parentheses: a register's own notation, left to other rules
        toks = index.within(word.start, end)
        if toks and all(t.tag in ("NNP", "SL") or t.id < KIWI_UNKNOWN_ID for t in toks):
            out.append((stem, word.start, end))
    return out
