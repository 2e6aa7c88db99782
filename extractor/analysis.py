"""The analysed document every field extractor reads.

Kiwi runs once per article (`analyse`), giving tokens with offsets into
`text` and sentence boundaries. Field extractors never call Kiwi themselves.
One Kiwi is loaded lazily per process (`get_kiwi`): loading costs ~1 s and
~500 MB, so a worker process keeps it for every article it handles.
"""

from __future__ import annotations

import bisect
import re
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

RegionKind = Literal["headline", "subheading", "body", "caption", "byline"]

_kiwi: Kiwi | None = None
_kiwi_lock = threading.Lock()


def get_kiwi() -> Kiwi:
    """The process's one Kiwi, created on first use."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                with warnings.catch_warnings():
                    # num_workers=0 (one thread) warns that its meaning changed in 0.21;
                    # one thread is what we want: parallelism comes from worker processes.
                    warnings.simplefilter("ignore", DeprecationWarning)
                    _kiwi = Kiwi(num_workers=0)
    return _kiwi


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made building
# the ~600 tokens of an article 4x slower; nothing assigns to a token (mypy would not stop it,
# review does). unsafe_hash keeps tokens usable as set members and keys.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """One Kiwi morpheme. Contracted morphemes (했 = 하+었) share a span."""

    form: str
    tag: str
    start: int
    end: int
    id: int = 0  # Kiwi's morpheme id; words its dictionary lacks get a very low id


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first_token: int  # index into Document.tokens
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of `text` with a role: the headline, summary lines, body, a photo caption."""

    kind: RegionKind
    start: int
    end: int


@dataclass
class Document:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.first_token : sentence.last_token]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens whose start lies in [start, end)."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self.tokens[lo:hi]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def region_at(self, offset: int) -> RegionKind:
        for region in self.regions:
            if region.start <= offset < region.end:
                return region.kind
        return "body"


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end), without surrounding white space."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


# Kiwi's time grows faster than the text on one very long line (a whole article or archive
# flattened by a crawler): 40k characters cost ~4× what 10k do. Lines longer than this are
# analysed in pieces ending at a sentence end; real paragraphs, even whole articles on one
# line, stay far below it, so their analysis is unchanged.
MAX_LINE_CHARS = 10_000
CHUNK_CHARS = 5_000
_SENTENCE_END = re.compile(r"[.?!。…][\"'”’」』)\]]*\s+")  # a sentence end and the space after it


def line_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The non-blank line text[start:end] as pieces Kiwi analyses in time linear in their length.

    A line up to MAX_LINE_CHARS is one piece; a longer one is cut after the last sentence end
    (else the last space, else anywhere) within each CHUNK_CHARS.

    >>> list(line_pieces("가. " * 5, 0, 15))
    [(0, 15)]
    """
    while end - start > MAX_LINE_CHARS:
        limit = start + CHUNK_CHARS
        cut = max((m.end() for m in _SENTENCE_END.finditer(text, start + CHUNK_CHARS // 2, limit)), default=0)
        if not cut:
            cut = text.rfind(" ", start + CHUNK_CHARS // 2, limit) + 1 or limit
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


# A sentence end glued to the next sentence's first word ("…제시했다.김현용 연구원은"): some feeds
# drop the space. Kiwi then reads the next word differently (김현용 → 김/현/용), so Kiwi is given
# a space there; the text and every offset stay the original's.
_GLUED_SENTENCE = re.compile(r"(?<=[가-힣][.?!])(?=[가-힣])")


def _spaced_for_kiwi(piece: str) -> tuple[str, list[int]]:
    """`piece` with a space after each glued sentence end, and where those spaces stand in it.

    >>> _spaced_for_kiwi("했다.김 대표는 말했다. 이어")
    ('했다. 김 대표는 말했다. 이어', [3])
    """
    cuts = [m.start() for m in _GLUED_SENTENCE.finditer(piece)]
    if not cuts:
        return piece, []
    parts, added, prev = [], [], 0
    for n, cut in enumerate(cuts):
        parts.append(piece[prev:cut])
        added.append(cut + n)  # where the space lands in the spaced text
        prev = cut
    parts.append(piece[prev:])
    return " ".join(parts), added


def _unspaced(pos: int, added: list[int]) -> int:
    """A position in the spaced text as a position in the original piece."""
    return pos - bisect.bisect_left(added, pos) if added else pos


def analyse(text: str, regions: list[Region] | None = None) -> Document:
    """Run Kiwi once over `text` and index the result.

    Sentences never cross a line break: Korean press copy often puts a
    caption or a speaker's name on its own line without final punctuation.
    """
    doc = Document(text=text, regions=list(regions or []))
    if not text.strip():
        return doc
    kiwi = get_kiwi()
    lines = _line_spans(text)
    # One copy of each (form, tag, id): a long text repeats few morphemes, and a fresh string per
    # token made a 10 MB input's tokens take a gigabyte.
    morphemes: dict[tuple[str, str, int], tuple[str, str, int]] = {}
    for line_start, line_end in (piece for line in lines for piece in line_pieces(text, *line)):
        spaced, added = _spaced_for_kiwi(text[line_start:line_end])
        for sent in kiwi.split_into_sents(spaced, return_tokens=True):
            first = len(doc.tokens)
            for tok in sent.tokens:
                if added:
                    start = line_start + _unspaced(tok.start, added)
                    end = line_start + _unspaced(tok.start + tok.len, added)
                else:  # the common case: Kiwi read the text as written
                    start = line_start + tok.start
                    end = start + tok.len
                key = (tok.form, tok.tag, tok.id)
                form, tag, morpheme_id = morphemes.setdefault(key, key)
                doc.tokens.append(Token(form, tag, start, end, morpheme_id))
            sent_start = line_start + _unspaced(sent.start, added)
            doc.sentences.append(
                Sentence(sent_start, line_start + _unspaced(sent.end, added), first, len(doc.tokens))
            )
    return doc
