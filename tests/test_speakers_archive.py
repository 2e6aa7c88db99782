"""Speaker misses read in the real archive, as case tables of sentences written for these tests.

Whole-pipeline rows (extract_text): these rules depend on the article's Kiwi analysis and on the
people and organisations the extractors find, so they are checked end to end.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document
from extractor.speech.quotes import extract_quotes
from tests.test_quotes import Case, _build, _case_id

# Speakers in court, wire, sports and broadcast copy; people and organisations built by hand as in
# tests/test_quotes.py.
CASES = [
    # a speech verb Kiwi splits into stem + 어 + auxiliary (털/어/놓): 털어놨다 reports the clause
    Case(
        "오태민 감독이 그동안 마음고생이 심했다고 털어놨다.",
        [("indirect", "그동안 마음고생이 심했다", ["오태민"])],
        people={"오태민": ["오태민"]},
    ),
    Case(
        '한유찬은 "부상 때문에 잠을 못 잤다"고 털어놓았다.',
        [("direct", "부상 때문에 잠을 못 잤다", ["한유찬"])],
        people={"한유찬": ["한유찬"]},
        verbs=["털어놓았다"],
    ),
    # "…"고 말했다는 남 감독은: with no subject before the quote, the one the verb modifies said it
    Case(
        '김하늘 감독은 "이겨서 기쁘다"고 말했다. 경기 전 동료들에게 "즐기자"고 말했다는 '
        '한유찬 주장은 "모두 잘해줬다"고 밝혔다.',
        [
            ("direct", "이겨서 기쁘다", ["김하늘"]),
            ("direct", "즐기자", ["한유찬"]),
            ("direct", "모두 잘해줬다", ["한유찬"]),
        ],
        people={"김하늘": ["김하늘"], "한유찬": ["한유찬"]},
    ),
    # … but not a word that names nobody (말한 뒤), nor past a subject before the quote
    Case(
        '김하늘 감독은 "이겨서 기쁘다"고 말했다. "다음 경기도 이기겠다"고 말한 뒤 한유찬 코치는 자리를 떴다.',
        [("direct", "이겨서 기쁘다", ["김하늘"]), ("direct", "다음 경기도 이기겠다", ["김하늘"])],
        people={"김하늘": ["김하늘"], "한유찬": ["한유찬"]},
    ),
    Case(
        '오태민 의원은 "정부가 책임져야 한다"고 말한 다음 도하준 장관을 만났다.',
        [("direct", "정부가 책임져야 한다", ["오태민"])],
        people={"오태민": ["오태민"], "도하준": ["도하준"]},
    ),
    # a court's division speaks with its court (한빛지법 형사1부), never as the bare division
    Case(
        "한빛지법 형사1부(오태민 부장판사)는 피고인의 항소를 기각했다고 12일 밝혔다.",
        [("indirect", "피고인의 항소를 기각했다", ["한빛지법 형사1부"])],
        people={"오태민": ["오태민"]},
        orgs={"한빛지법": ["한빛지법"]},
    ),
    # a subject inside a clause modifying a noun (장관이 발표한 대책) does not report the clause
    Case(
        "김하늘 장관이 발표한 대책에 대해 오태민 의원은 실효성이 없다고 비판했다.",
        [("indirect", "실효성이 없다", ["오태민"])],
        people={"김하늘": ["김하늘"], "오태민": ["오태민"]},
    ),
    Case(
        "김하늘 장관이 발표한 대책에 대해 야당은 실효성이 없다고 비판했다.",
        [("indirect", "실효성이 없다", [])],
        people={"김하늘": ["김하늘"]},
    ),
    Case(  # a reported clause with no subject phrase at all (raised in zip on the archive)
        '김하늘 장관은 "회의를 열겠다"고 말했다. 이어 예산을 늘리겠다고 말했다.',
        [("direct", "회의를 열겠다", ["김하늘"]), ("indirect", "예산을 늘리겠다", ["김하늘"])],
        people={"김하늘": ["김하늘"]},
    ),
    Case(
        "누리식품이 3분기 매출 900억 원을 거둔 것으로 잠정 집계됐다고 4일 공시했다.",
        [("indirect", "3분기 매출 900억 원을 거둔 것으로 잠정 집계됐다", ["누리식품"])],
        orgs={"누리식품": ["누리식품"]},
    ),
    # 정부: the generic word itself, or the country's government as written (GOLD.md)
    Case(
        "다만 정부는 빠른 시일 안에 제도를 고치겠다고 밝혔다.",
        [("indirect", "빠른 시일 안에 제도를 고치겠다", ["정부"])],
    ),
    Case(
        '김하늘 총리가 회담 필요성을 언급한 가운데 중국 정부가 "여건부터 마련하라"고 강조했다.',
        [("direct", "여건부터 마련하라", ["중국 정부"])],
        people={"김하늘": ["김하늘"]},
    ),
    # with no topic before the quote, the subject nearest it speaks (not one opening the sentence)
    Case(
        '김하늘 총리가 관계 회복을 위해 회담 필요성을 언급한 가운데 중국 정부가 "여건부터 마련하라"고 '
        "강조했다.",
        [("direct", "여건부터 마련하라", ["중국 정부"])],
        people={"김하늘": ["김하늘"]},
    ),
    Case(
        '오태민 의원이 질의하자 김하늘 장관이 "검토하겠다"고 답했다.',
        [("direct", "검토하겠다", ["김하늘"])],
        people={"김하늘": ["김하늘"], "오태민": ["오태민"]},
    ),
    Case(
        '기획재정부는 예산을 늘렸다. 정부는 "추경은 없다"고 밝혔다.',
        [("direct", "추경은 없다", ["정부"])],
        orgs={"기획재정부": ["기획재정부"]},
    ),
    # a surname and a title no mention covers: the one person named before with that surname
    # and holding that title among others (대통령 권한대행 국무총리)
    Case(
        '오태민 대통령 권한대행 국무총리는 "경제를 살리겠다"고 말했다. '
        '오 권한대행은 "규제를 풀겠다"고 밝혔다.',
        [("direct", "경제를 살리겠다", ["오태민"]), ("direct", "규제를 풀겠다", ["오태민"])],
        people={"오태민": ["오태민"]},
        titles={"오태민": "대통령 권한대행 국무총리"},
    ),
    # a title modifier between surname and title keeps the reference (오 신임 총장, 오 전 장관)
    Case(
        '오태민 총장은 취임식을 열었다. 오 신임 총장은 "소통하겠다"고 말했다.',
        [("direct", "소통하겠다", ["오태민"])],
        people={"오태민": ["오태민"]},
        titles={"오태민": "총장"},
    ),
    # … not when two people share the surname, nor when the person holds another title
    Case(
        '오태민 의원과 오하늘 의원이 만났다. 오 의원은 "협치가 필요하다"고 말했다.',
        [("direct", "협치가 필요하다", [])],
        people={"오태민": ["오태민"], "오하늘": ["오하늘"]},
        titles={"오태민": "의원", "오하늘": "의원"},
    ),
    Case(
        '오태민 의원이 참석했다. 오 감독은 "이기겠다"고 말했다.',
        [("direct", "이기겠다", [])],
        people={"오태민": ["오태민"]},
        titles={"오태민": "의원"},
    ),
    # 그는 after a speaker named by a bare proper noun the people extractor missed: that person
    Case(
        '경기 직후 인터뷰에서 도하준은 "정말 기쁘다"고 소감을 밝혔다. '
        '이어 그는 "팬들에게 감사하다"고 말했다.',
        [("direct", "정말 기쁘다", ["도하준"]), ("direct", "팬들에게 감사하다", ["도하준"])],
    ),
    # … never after a body that spoke (그는 is a person)
    Case(
        '한빛소프트는 "매출이 늘었다"고 밝혔다. 이어 그는 "투자를 늘리겠다"고 말했다.',
        [("direct", "매출이 늘었다", ["한빛소프트"]), ("direct", "투자를 늘리겠다", [])],
        orgs={"한빛소프트": ["한빛소프트"]},
    ),
    # a full stop glued to the next sentence (…분석했다.시장 전망도) ends the word before it: the
    # next sentence's subject is no phrase reaching back to the quote's verb
    Case(
        '오태민 한빛증권 연구원은 "실적이 개선될 것"이라며 "목표주가를 올린다"고 분석했다.시장 전망도 밝다.',
        [("direct", "실적이 개선될 것", ["오태민"]), ("direct", "목표주가를 올린다", ["오태민"])],
        people={"오태민": ["오태민"]},
    ),
    # … and it ends the sentence: the quotes after 강조했다.그는 are not tied to the verb of the
    # sentence before, whose reported clause has its own subject
    Case(
        '오태민 대표는 "용납할 수 없다"고 반발했다.김하늘 장관은 강한 원화를 바란다고 강조했다.그는 '
        '"환율은 시장이 정한다"고 말했다.',
        [
            ("direct", "용납할 수 없다", ["오태민"]),
            ("indirect", "강한 원화를 바란다", ["김하늘"]),
            ("direct", "환율은 시장이 정한다", ["김하늘"]),
        ],
        people={"오태민": ["오태민"], "김하늘": ["김하늘"]},
    ),
    # 분석했다 reports an analyst's words as 전망했다 and 평가했다 do, contracted quotative 이라 too
    Case(
        '오태민 한빛증권 연구원은 "실적 개선이 본격화될 것"이라 분석했다. '
        "김하늘 연구원은 수익성이 좋아졌다고 분석했다.",
        [("direct", "실적 개선이 본격화될 것", ["오태민"]), ("indirect", "수익성이 좋아졌다", ["김하늘"])],
        people={"오태민": ["오태민"], "김하늘": ["김하늘"]},
        verbs=["분석했다", "분석했다"],
    ),
    # a quote-less sentence pointing back (…이같이 밝혔다) names who speaks next (그러면서 "…"):
    # here an unnamed lawyer, not the side the story reported before
    Case(
        "1심에서 중형을 선고받은 도하준 측이 형이 너무 무겁다고 주장했다. "
        "도하준의 변호인은 이날 열린 항소심 첫 공판에서 이같이 밝혔다. "
        '그러면서 "양형 부당으로 항소한다"고 했다.',
        [("indirect", "형이 너무 무겁다", ["도하준"]), ("direct", "양형 부당으로 항소한다", [])],
        people={"도하준": ["도하준"]},
    ),
    Case(
        "한빛시가 새 제도를 도입한다고 발표했다. 오태민 시장은 이날 간담회에서 이같이 밝혔다. "
        '그러면서 "시민의 뜻을 따르겠다"고 말했다.',
        [("indirect", "새 제도를 도입한다", ["한빛시"]), ("direct", "시민의 뜻을 따르겠다", ["오태민"])],
        people={"오태민": ["오태민"]},
        orgs={"한빛시": ["한빛시"]},
    ),
    # a coach the article only ever calls by surname and title: the surname is the name (GOLD)
    Case(
        '남 감독은 경기 후 "선수들에게 고맙다"고 말했다. 이어 "다음 경기도 이기겠다"고 덧붙였다.',
        [("direct", "선수들에게 고맙다", ["남"]), ("direct", "다음 경기도 이기겠다", ["남"])],
    ),
    Case(
        '남 감독은 "선수들에게 고맙다"고 말했다. 수비수 오태민의 선방이 빛났다. 그는 "팬들 덕분"이라고 했다.',
        [("direct", "선수들에게 고맙다", ["남"]), ("direct", "팬들 덕분", ["남"])],
        people={"오태민": ["오태민"]},
    ),
    # … but 한 (one) and 전 (former) before a title are no surnames, and another 남 named in
    # full with another title is left alone (no guess between people)
    Case(
        '한 의원은 "법안을 다시 보겠다"고 말했다. 전 장관은 "사실이 아니다"라고 말했다.',
        [("direct", "법안을 다시 보겠다", []), ("direct", "사실이 아니다", [])],
    ),
    Case(
        '남하늘 의원이 참석했다. 남 감독은 "선수들에게 고맙다"고 말했다.',
        [("direct", "선수들에게 고맙다", [])],
        people={"남하늘": ["남하늘"]},
        titles={"남하늘": "의원"},
    ),
    # a foreign name no extractor read, before the body and the title held there: that name speaks
    Case(
        '훙레이 중국 외교부 대변인은 "여건을 마련하라"고 밝혔다.',
        [("direct", "여건을 마련하라", ["훙레이"])],
        orgs={"외교부": ["외교부"]},
    ),
    # … not a second word of a name (조너선 브리그스 국무부 대변인: no body after 조너선), nor a place
    Case(
        '조너선 브리그스 국무부 대변인은 "대화의 문은 열려 있다"고 말했다.',
        [("direct", "대화의 문은 열려 있다", [])],
        orgs={"국무부": ["국무부"]},
    ),
    # a place is no name either: the unnamed spokesperson speaks for the body (the real sets' gold)
    Case(
        '중국 외교부 대변인은 "여건을 마련하라"고 밝혔다.',
        [("direct", "여건을 마련하라", ["외교부"])],
        orgs={"외교부": ["외교부"]},
    ),
    # … but the full name written before with that title, which the people extractor missed, speaks
    Case(
        '한빛지법 오태민 영장전담부장판사는 영장을 기각했다. 오 부장판사는 "다툴 여지가 있다"고 밝혔다.',
        [("direct", "다툴 여지가 있다", ["오태민"])],
    ),
    # … and two such names leave the surname unresolved (no guess)
    Case(
        '오태민 교수와 오하늘 교수가 참석했다. 오 교수는 "연구를 계속하겠다"고 말했다.',
        [("direct", "연구를 계속하겠다", [])],
    ),
    # a foreign spokesman named in full once, then by his surname: the name the people extractor
    # cut short (조너선) is made whole in every quote of his
    Case(
        '조너선 브리그스 국무부 대변인은 "대화의 문은 열려 있다"고 말했다. '
        '브리그스 대변인은 "제재는 유지된다"고 덧붙였다.',
        [
            ("direct", "대화의 문은 열려 있다", ["조너선 브리그스"]),
            ("direct", "제재는 유지된다", ["조너선 브리그스"]),
        ],
        people={"조너선": ["조너선"]},
    ),
    Case(
        '조너선 브리그스 국무부 대변인은 "대화의 문은 열려 있다"고 말했다. '
        '브리그스 대변인은 "제재는 유지된다"고 덧붙였다.',
        [
            ("direct", "대화의 문은 열려 있다", ["조너선 브리그스"]),
            ("direct", "제재는 유지된다", ["조너선 브리그스"]),
        ],
        people={"조너선 브리그스": ["조너선 브리그스"]},
    ),
    Case(
        '조너선 해리스 국무부 대변인은 "대화의 문은 열려 있다"고 말했다. 해리스 대변인은 "제재는 유지된다"고 '
        '덧붙였다. 그는 "오바마 행정부의 방침은 같다"고 설명했다.',
        [
            ("direct", "대화의 문은 열려 있다", ["조너선 해리스"]),
            ("direct", "제재는 유지된다", ["조너선 해리스"]),
            ("direct", "오바마 행정부의 방침은 같다", ["조너선 해리스"]),
        ],
        people={"조너선": ["조너선"], "오바마": ["오바마", "그"]},  # the people extractor's own tie of 그
    ),
    # … but a company named after a person is no surname of his (김하늘 한빛로보 대표는)
    Case(
        '김하늘 한빛로보 대표가 참석했다. 한빛로보 대표는 "수출을 늘리겠다"고 말했다.',
        [("direct", "수출을 늘리겠다", [])],
        people={"김하늘": ["김하늘"]},
        orgs={"한빛로보": ["한빛로보"]},
    ),
    # … and a word after the name that is no surname reference later leaves the name alone
    Case(
        '조너선 국무부 대변인은 "대화의 문은 열려 있다"고 말했다. '
        '브리그스 대변인은 "제재는 유지된다"고 덧붙였다.',
        [("direct", "대화의 문은 열려 있다", ["조너선"]), ("direct", "제재는 유지된다", [])],
        people={"조너선": ["조너선"]},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_speakers(case: Case, doc_of: Callable[[str], Document]) -> None:
    people, orgs = _build(case)
    doc = doc_of(case.text)
    quotes = extract_quotes(doc, people, orgs)
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
    got = sorted((q.kind, q.text, sorted(q.speakers)) for q in quotes)
    assert got == sorted((kind, text, sorted(speakers)) for kind, text, speakers in case.want)
    if case.verbs:
        assert [q.verb for q in quotes] == case.verbs


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
