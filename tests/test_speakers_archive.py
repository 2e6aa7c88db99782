"""Speaker misses read in the real archive, as case tables of sentences written for these tests.

Whole-pipeline rows (extract_text): these rules depend on the article's Kiwi analysis and on the
people and organisations the extractors find, so they are checked end to end.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document

# Sentence ends glued to the next sentence ("…제시했다.김현용 연구원은"): Kiwi reads the glued text
# as it reads the spaced one, and every token and sentence still points into the original text.
GLUED_SENTENCES = [
    "목표주가를 제시했다.김현용 연구원은 실적이 바닥을 지났다고 말했다.",
    "계획을 밝혔다.장현수 대표는 공장을 늘리겠다고 말했다.",
    "행사를 열었다.권도현 회장은 인사말을 했다?그렇다!한 번 더.",
]


@pytest.mark.parametrize("glued", GLUED_SENTENCES, ids=GLUED_SENTENCES)
def test_glued_sentence_reads_as_spaced(glued: str, doc_of: Callable[[str], Document]) -> None:
    spaced = glued.replace(".", ". ").replace("?", "? ").replace("!", "! ").rstrip()
    doc, ref = doc_of(glued), doc_of(spaced)
    assert [(t.form, t.tag) for t in doc.tokens] == [(t.form, t.tag) for t in ref.tokens]
    assert [glued[t.start : t.end] for t in doc.tokens] == [spaced[t.start : t.end] for t in ref.tokens]
    assert [glued[s.start : s.end] for s in doc.sentences] == [spaced[s.start : s.end] for s in ref.sentences]
