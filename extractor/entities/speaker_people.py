"""People that only the quote attribution names: a speaker the people pass did not list.

The people pass needs a title, a note or a list to call a word a person; the speech pass
can still tie a quote to a bare name ("은종복은 “…”고 말했다", "은 대표는 “…”" with the full name
written elsewhere, "김하늘 측은 “…”"). Such a speaker is a person of the article too, when the
name reads as a Korean name and names no organisation the article has. Their mentions are
every place the name is written as a word; their title is the post written right after the
name, when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractor.analysis import Document
from extractor.entities.names import (
    COMMON_SURNAME_RANK,
    TokenIndex,
    Word,
    is_name_word,
    looks_like_korean_name,
    parse_title,
    surname_rank,
)
from extractor.entities.names_match import match
from extractor.entities.people import name_mentions
from extractor.lexicons import load_words
from schemas import Mention, Organization, Person, Quote

# The word after a name and a space: maybe its post (은종복 대표는).
_NEXT_WORD_RE = re.compile(r"[ \t]+([가-힣]+)")


def speaker_people(
    doc: Document, people: list[Person], orgs: list[Organization], quotes: Iterable[Quote]
) -> list[Person]:
    """Speakers that read as Korean names and that neither the people nor the organisations list."""
    text = doc.text
    known = {p.name for p in people}
    bodies = {name for org in orgs for name in (org.name, *org.aliases)}
    # 정부는, 경찰은: a body, though 정 + 부 reads as a name
    bodies |= load_words("speech_generic_speakers.txt")
    added: list[Person] = []
    for quote in quotes:
        for speaker in quote.speakers:
            if speaker in known or speaker in bodies or not looks_like_korean_name(speaker):
                continue
            if surname_rank(speaker) >= COMMON_SURNAME_RANK:
                continue  # 두산, 호암, 라이언: with a rare "surname", a firm or a character more often
            mentions = _name_mentions(text, speaker)
            if not any(_bare_name(m, match(doc).index) for m in mentions):
                continue  # Kiwi reads it, wherever written, as a word it knows (이번, 김장): no name
            known.add(speaker)
            added.append(Person(name=speaker, title=_post_after(text, mentions), mentions=mentions))
    return added


def _bare_name(mention: Mention, index: TokenIndex) -> bool:
    """Kiwi reads the name, where written, as a proper noun it does not know as anything else."""
    return is_name_word(Word(mention.start, mention.end, mention.text, ""), index)


def _name_mentions(text: str, name: str) -> list[Mention]:
    """Every place `name` is written as a word, as the people pass reads its own names' mentions."""
    return [mention for _, mention in name_mentions(text, [name])]


def _post_after(text: str, mentions: list[Mention]) -> str | None:
    """The title written right after the name at its first such mention (은종복 대표는 → 대표)."""
    for mention in mentions:
        if text[mention.end : mention.end + 1] not in (" ", "\t"):
            continue
        m = _NEXT_WORD_RE.match(text, mention.end)
        if m is None:
            continue
        parsed = parse_title(m.group(1))
        if parsed is not None and parsed.org is None:
            return parsed.title
    return None
