"""Foreign names in appositives: two Hangul words Kiwi does not know, before or after a title.

    마커스 벨 누리글라스 회장                 given name + family name, body, title
    스기야마 신스케(杉山晋輔) 외무성 사무차관   a name glossed with its characters
    미국 국무장관 마이클 오코너               title, then the name

Kiwi splits an unknown foreign name into pieces or reads it as common nouns, so these readings
test each word (`foreign_name_part`, `plain_foreign_word`) rather than the tags alone. The
appositive reading (names_appositive.py) asks them; the parenthesis and given-name-pair hits
(names_paren_honorific.py) ask the word tests.
"""

from __future__ import annotations

import re

from extractor.analysis import Document
from extractor.entities.names import (
    CONSTITUENCY_ENDINGS,
    KIWI_UNKNOWN_ID,
    PLACE_LEVEL_ENDINGS,
    PersonHit,
    Span,
    TitleParse,
    TokenIndex,
    Word,
    company_brands,
    foreign_given_names,
    government_bodies,
    is_space_gap,
    looks_like_korean_name,
    looks_like_org,
    org_suffix_strength,
    parse_title,
    particles,
    place_names,
    split_particle,
    surname_rank,
    title_modifiers,
)
from extractor.entities.names_match_shared import (
    COMMON_KOREAN_NAME_RANK,
    HANGUL_RUN_RE,
    MAX_PAREN_CHARS,
    SCOPE_WORD,
    _clear_body,
    _Context,
    _is_university,
)
from extractor.lexicons import load_words

# Surnames so common (김 이 박 최 정 강 조 윤 장 임) that a two-syllable word starting with one is read
# as a Korean name even when an unknown proper noun follows.
MOST_COMMON_SURNAMES = 10
# How many bare nouns may open a clause before a title: a foreign name's two words and its body.
MAX_CLAUSE_RUN = 5


def _foreign_name_after_title(ctx: _Context, t: int, parsed: TitleParse) -> PersonHit | None:
    """투수 브랜든 콜을, 공격수 헤나투 시우바가: two Hangul words Kiwi reads only as proper nouns after a
    descriptor; the second may carry a particle."""
    if t + 2 >= len(ctx.words) or not is_space_gap(ctx.words[t + 2].gap):
        return None
    given, family = ctx.words[t + 1], ctx.words[t + 2]
    family_end = ctx.index.bare_end(family)
    # 루카스 멘데스: Kiwi may know the name as one token across the space (then no token starts the
    # family name; its particles still do)
    spanning = not ctx.doc.tokens_between(family.start, family.start + 1)
    if spanning or family_end == family.end:
        family_end = _without_glued_particle(ctx.doc.text, family.start, family_end)
    bare_family = Word(family.start, family_end, ctx.doc.text[family.start : family_end], family.gap)
    family_ok = (
        plain_foreign_word(bare_family.text) if spanning else foreign_name_part(bare_family, ctx.index)
    )
    if not (foreign_name_part(given, ctx.index) and family_ok):
        return None
    if (
        looks_like_korean_name(given.text)
        and surname_rank(given.text) < COMMON_KOREAN_NAME_RANK
        and not transcribes_cluster(given.text)
    ):
        return None  # 투수 김도윤 한빛 …: a Korean name, then something else (not 오스멜 까메호)
    if looks_like_korean_name(given.text) and _written_alone(ctx.doc.text, given.text, bare_family.text):
        return None  # 골키퍼 노하준 골킥에 … 노하준이: no foreigner is called by the given name alone
    family_end = _third_name_part(ctx, t + 3, family_end) if family_end == family.end else family_end
    name = ctx.doc.text[given.start : family_end]
    return PersonHit(name, Span(given.start, family_end), parsed.title, None, None, False)


# Syllables of ㅡ without a final consonant: Hangul writes a foreign consonant cluster with them (오스멜,
# 크리스, 프랑코); Korean given names do not use them.
CLUSTER_SYLLABLES = frozenset("스르트크프즈츠브드그므흐쯔")


def transcribes_cluster(word: str) -> bool:
    """A word with a syllable that writes a foreign consonant cluster: no Korean name.

    >>> transcribes_cluster("오스멜"), transcribes_cluster("오하준")
    (True, False)
    """
    return any(ch in CLUSTER_SYLLABLES for ch in word[1:])


def _written_alone(text: str, given: str, family: str) -> bool:
    """`given` stands elsewhere in the text without `family` after it, closed by a particle or a
    space: it is a whole name, not the given name of a foreign two-word name."""
    pattern = rf"(?<![가-힣]){re.escape(given)}(?:{'|'.join(map(re.escape, particles()))})?(?![가-힣])"
    alone = sum(1 for m in re.finditer(pattern, text) if not text.startswith(" " + family, m.end()))
    return alone > 0


def _third_name_part(ctx: _Context, k: int, end: int) -> int:
    """작곡가 앤드루 로이드 웨버는: a third proper noun right after a two-word foreign name, without
    a particle between, is the rest of the name; returns where the name ends."""
    if k >= len(ctx.words) or not is_space_gap(ctx.words[k].gap):
        return end
    word = ctx.words[k]
    bare_end = _without_glued_particle(ctx.doc.text, word.start, ctx.index.bare_end(word))
    bare = Word(word.start, bare_end, ctx.doc.text[word.start : bare_end], word.gap)
    if parse_title(bare.text) is not None or looks_like_korean_name(bare.text):
        return end
    return bare_end if foreign_name_part(bare, ctx.index) else end


def _family_name_after(ctx: _Context, n: int, after: int, first: int) -> bool:
    """도널드 트럼프, 마크 리퍼트: a common foreign given name read as the name, with a foreign word
    Kiwi knows only as a proper noun right after it, before the body and title: the two are the name."""
    words = ctx.words
    if words[n].text not in foreign_given_names() or not n < after < first:
        return False
    family = words[after]
    return (
        is_space_gap(family.gap)
        and family.text not in ctx.not_names
        and family.text not in place_names()
        and not looks_like_org(family.text)
        and family.text not in foreign_given_names()
        and foreign_name_part(family, ctx.index)
    )


# A name's characters in parentheses, maybe with the age: (杉山晋輔), (奧園秀樹·53), (習近平).
HANJA_GLOSS_RE = re.compile(r"(?P<chars>[\u4e00-\u9fff]{2,6})(?:[·,][ \t]?\d{1,3}(?:세)?)?")


def _gloss_after(ctx: _Context, n: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The parenthesis glued to word `n`, when `pattern` reads all of what it holds."""
    text = ctx.doc.text
    at = ctx.words[n].end
    if text[at : at + 1] != "(":
        return None
    close = text.find(")", at + 1, at + 2 + MAX_PAREN_CHARS)
    return pattern.fullmatch(text, at + 1, close) if close != -1 else None


# The last character of a body's or a place's name in Chinese characters (新華社, 外交部, 國務院,
# 人民日報, 北京市): a glossed word ending in one is no person's name.
BODY_HANJA = frozenset(
    "社部院府會会黨党報报局廳厅省館馆校所團团軍军處处署行廠厂司店"  # bodies
    "市縣县州道郡區区國国島岛山江河京"  # places
)


def _hanja_gloss_chars(ctx: _Context, n: int) -> int:
    """How many Chinese characters the parenthesis glued to word `n` holds, when it holds only them
    (and maybe an age): 4 for (杉山晋輔), 3 for (習近平·72); 0 when there is no such gloss."""
    gloss = _gloss_after(ctx, n, HANJA_GLOSS_RE)
    return len(gloss["chars"]) if gloss else 0


# A name romanised in parentheses: (Donald Tusk), (Jean-Claude Juncker); capitals alone (HRI) are a body's.
LATIN_GLOSS_RE = re.compile(r"[A-Z][a-z][A-Za-z'’.\-]*(?:[ \t][A-Z][a-z][A-Za-z'’.\-]*){0,3}")


def _latin_gloss_words(ctx: _Context, n: int) -> int:
    """How many words the romanised name in the parenthesis glued to word `n` has (2 for (Donald
    Tusk)); 0 when there is no such gloss."""
    gloss = _gloss_after(ctx, n, LATIN_GLOSS_RE)
    return len(gloss.group().split()) if gloss else 0


def glossed_name(ctx: _Context, n: int) -> bool:
    """Word `n` carries its name's characters or its romanisation in a parenthesis."""
    return _hanja_gloss_chars(ctx, n) > 0 or _latin_gloss_words(ctx, n) > 0


def _foreign_glossed_name(ctx: _Context, n: int) -> bool:
    """쿵쉬안유(孔鉉佑): a word Kiwi reads only as a proper noun, glossed with its characters, that
    names no place, body or post, is a Chinese or Japanese name."""
    word = ctx.words[n]
    if word.text in place_names() or looks_like_org(word.text) or parse_title(word.text) is not None:
        return False
    gloss = _gloss_after(ctx, n, HANJA_GLOSS_RE)
    chars = gloss["chars"] if gloss else ""
    if chars and chars[-1] in BODY_HANJA:
        return False  # 신화사(新華社) 기자, 북경(北京) 시장: a body or a place spelt in its characters
    if foreign_name_part(word, ctx.index):
        return True
    if word.text in government_bodies() or word.text in ctx.not_names:
        return False
    if 2 <= len(word.text) <= 3 and len(chars) == len(word.text):
        # 친강(秦剛): one character for each syllable, which Kiwi splits (친 + 강); a word it knows
        # whole is glossed to tell its sense (무법(無法) 변호사: lawless, not a name)
        toks = ctx.index.within(word.start, word.end)
        return len(toks) > 1 or (len(toks) == 1 and toks[0].tag == "NNP")
    # 고노 타로(河野太郎): a Japanese full name's characters vouch for a given name Kiwi splits into
    # common words (타 + 로)
    return _hanja_gloss_chars(ctx, n) >= JAPANESE_NAME_CHARS and split_name_word(word, ctx.index)


def _family_before_glossed_name(ctx: _Context, n: int) -> bool:
    """스기야마 신스케(杉山晋輔) 일본 외무성 사무차관, 아베 신조(安倍晋三) 총리: the name glossed with
    its characters is the given name; the foreign proper noun right before it is the family name."""
    chars, latin = _hanja_gloss_chars(ctx, n), _latin_gloss_words(ctx, n)
    if n == 0 or not (chars or latin > 1) or not is_space_gap(ctx.words[n].gap):
        return False  # 장클로드 융켈(Jean-Claude Juncker): a romanisation of two words or more
    family = ctx.words[n - 1]
    if family.text in ctx.not_names:
        return False
    if chars and looks_like_korean_name(family.text) and chars < JAPANESE_NAME_CHARS:
        return False  # 민주당 김하늘(金夏河): a Korean name's three characters; 모리타 겐이치(森田健一): four
    return _foreign_glossed_name(ctx, n - 1)


# A Japanese full name is written with four characters or more; a Korean or Chinese one with two or three.
JAPANESE_NAME_CHARS = 4


def _given_name_before(words: list[Word], n: int) -> bool:
    """마이클 오코너: a common foreign given name right before the "name" opens a foreign name."""
    return n > 0 and is_space_gap(words[n].gap) and words[n - 1].text in foreign_given_names()


def _foreign_pair_before_country(ctx: _Context, n: int, first: int, t: int, parsed: TitleParse) -> bool:
    """아베 신조 일본 총리: a foreign family name, then a two-syllable given name that reads like a
    Korean name (신조 = 신 + 조), then a country and a head of state's or minister's post, are one
    foreign name in East Asian order, not a Korean name with a stray word before it."""
    words, index = ctx.words, ctx.index
    if first != t or parsed.org is not None or parsed.title not in load_words("foreign_leader_titles.txt"):
        return False
    country = first - 1
    if country < 2 or words[country].text not in place_names() or n not in (country - 2, country - 1):
        return False
    pair = (words[country - 2], words[country - 1])
    if not all(is_space_gap(w.gap) for w in (pair[1], words[country])):
        return False
    if any(w.text in ctx.not_names or not foreign_name_part(w, index) for w in pair):
        return False
    family, given = pair
    korean_given = len(given.text) == 2 and looks_like_korean_name(given.text)
    return korean_given and not looks_like_korean_name(family.text)


def _family_name_before(ctx: _Context, n: int, first: int, t: int, parsed: TitleParse) -> bool:
    """A foreign word right before the name that the article also writes alone before the same title."""
    if n == 0 or first != t or not is_space_gap(ctx.words[n].gap):
        return False
    family = ctx.words[n - 1]
    if not foreign_name_part(family, ctx.index) or looks_like_korean_name(family.text):
        return False
    title = ctx.words[t].text[: parsed.stem_len]
    text = ctx.doc.text
    at = text.find(family.text)
    while at != -1:
        after = at + len(family.text)
        gap = len(text[after : after + 3]) - len(text[after : after + 3].lstrip(" \t"))
        alone = at != family.start and (at == 0 or not "가" <= text[at - 1] <= "힣")
        if alone and gap and text.startswith(title, after + gap):
            return True
        at = text.find(family.text, at + 1)
    return False


def _pair_written_as_name(ctx: _Context, n: int, m: int) -> bool:
    """Two unknown proper nouns (마르코 헤이스) that the article also writes together with a particle
    (마르코 헤이스가 골을 넣었다) are one foreign name: a person's name and a body are not written
    back to back as a subject."""
    first, second = ctx.words[n], ctx.words[m]
    if not (foreign_name_part(first, ctx.index) and foreign_name_part(second, ctx.index)):
        return False
    if looks_like_org(second.text) or second.text in government_bodies():
        return False
    if surname_rank(first.text) < COMMON_KOREAN_NAME_RANK:
        return False  # 김도윤 누리 대표: with the commonest surnames, a Korean name before a body
    pair = f"{first.text}{second.gap}{second.text}"
    at = ctx.doc.text.find(pair)
    while at != -1:
        rest = HANGUL_RUN_RE.match(ctx.doc.text, at + len(pair))
        glued = rest.group() if rest else ""
        if glued in particles() and (at == 0 or not "가" <= ctx.doc.text[at - 1] <= "힣"):
            return True
        at = ctx.doc.text.find(pair, at + 1)
    return False


def _foreign_name_before_title(
    doc: Document, words: list[Word], index: TokenIndex, first: int, t: int, parsed: TitleParse
) -> PersonHit | None:
    """마커스 벨 누리글라스 회장: a clause that opens with two proper-noun words Kiwi does not know, then a
    body and a title. The first two words are the name (given name + family name in Hangul)."""
    if _compound_into_title(words, index, first):
        return None  # 게임 음악 작곡가: one dictionary phrase of Kiwi's running into the title, no name
    if parsed.org_len:
        return _foreign_name_before_fused_title(doc, words, index, first, t, parsed)
    # 한빛연합(HU) 집행위원장: the body's abbreviation in parentheses stays with the body
    glossed = first >= 2 and words[first].gap.strip() == ")" and words[first - 1].gap == "("
    run = [*_clause_run(words, index, first - 2), first - 2] if glossed else _clause_run(words, index, first)
    if len(run) == 2 and not glossed and _family_name_then_state(words, index, run):
        # 숄츠 독일 총리는, 구테흐스 유엔 사무총장은: a foreign official named by the family name alone,
        # then the country or the public body he serves
        name, state = words[run[0]], words[run[1]]
        title_text = doc.text[words[first].start : words[t].start + parsed.stem_len]
        state_span = Span(state.start, state.end)
        return PersonHit(name.text, Span(name.start, name.end), title_text, state.text, state_span, False)
    # 트럼프 대통령은, 지난주 트럼프 대통령과: a foreign politician named by the family name alone,
    # right before the post (a common noun Kiwi knows, such as a time word, may open the clause)
    lone = run[-1:] if len(run) == 1 or (len(run) == 2 and _known_common_noun(words[run[0]], index)) else []
    if lone and _lone_family_name(words[lone[0]], index, parsed):
        name, title_text = words[lone[0]], doc.text[words[first].start : words[t].start + parsed.stem_len]
        return PersonHit(name.text, Span(name.start, name.end), title_text, None, None, False)
    if run and words[run[0]].gap.endswith(("-", "‐", "–")):
        return None  # 애나 리치-앨런 …: the name goes on left of the hyphen, the run is no clause start
    # 유리 우샤코프 러시아 크렘린궁 외교담당 보좌관: a post's scope (외교담당) may lengthen the body
    longest = MAX_CLAUSE_RUN if run and words[run[-1]].text.endswith(SCOPE_WORD) else MAX_CLAUSE_RUN - 1
    joined = _joined_by_particle(words, index, run)  # 헤난 달 조토 감독: "dal" joins the name's parts
    if joined:
        run = [run[0], *run[2:]]
    last3 = list(range(first - 3, first))
    leader = parsed.title in load_words("foreign_leader_titles.txt")  # not 중국 알리바바 마윈 회장
    if first >= 3 and leader and not glossed and _country_then_name(words, index, last3):
        # 우크라이나 볼로디미르 젤렌스키 대통령이: the country first, then the full name, then the post
        state, given, family = (words[j] for j in last3)
        title_text = doc.text[words[first].start : words[t].start + parsed.stem_len]
        name_span = Span(given.start, family.end)
        state_span = Span(state.start, state.end)
        return PersonHit(
            doc.text[name_span.start : name_span.end], name_span, title_text, state.text, state_span, False
        )
    if not 2 <= len(run) <= longest or not all(foreign_name_part(words[j], index) for j in run[:2]):
        return None
    if _korean_name_before_body(words[run[0]]):
        return None  # 원혜영 새정치민주연합 의원: a Korean name, then a body the tables do not know
    name_start, name_end = words[run[0]].start, words[run[1]].end
    org: str | None = None
    org_span: Span | None = None
    body = run[2:-1] if len(run) > 3 and words[run[-1]].text.endswith(SCOPE_WORD) else run[2:]
    if body:
        org_end = words[first - 1].end + 1 if glossed else words[body[-1]].end
        org_span = Span(words[body[0]].start, org_end)  # the span keeps the gloss; the name does not
        org = doc.text[org_span.start : words[body[-1]].end]
    title_text = doc.text[words[first].start : words[t].start + parsed.stem_len]
    return PersonHit(
        doc.text[name_start:name_end], Span(name_start, name_end), title_text, org, org_span, False
    )


# The particles of Romance, Dutch, German and Arabic names, as Hangul writes them (da, dal, de, del,
# di, van, von, bin, al, le, la): a short word that joins a given name to a family name.
NAME_PARTICLES = frozenset(
    {"다", "달", "데", "델", "디", "드", "반", "판", "폰", "빈", "알", "엘", "르", "라", "뒤"}
)


def _joined_by_particle(words: list[Word], index: TokenIndex, run: list[int]) -> bool:
    """The clause run opens with a foreign name's two parts joined by a name particle (헤난 달 조토,
    마르코 반 바스턴): both parts read as foreign names, the particle as a word of its own."""
    if len(run) < MIN_JOINED_RUN or words[run[1]].text not in NAME_PARTICLES:
        return False
    return foreign_name_part(words[run[0]], index) and foreign_name_part(words[run[2]], index)


MIN_JOINED_RUN = 3


def _country_then_name(words: list[Word], index: TokenIndex, run: list[int]) -> bool:
    """우크라이나 볼로디미르 젤렌스키: a place the tables know, then two words that read as a foreign
    given name and family name (Kiwi knows neither as a common word)."""
    state, given, family = (words[j] for j in run)
    if not (is_space_gap(given.gap) and is_space_gap(family.gap)):
        return False
    if state.text not in place_names() or _korean_name_before_body(given):
        return False
    return foreign_name_part(given, index) and foreign_name_part(family, index)


def _korean_name_before_body(word: Word) -> bool:
    """A three-syllable Korean name with one of the commonest surnames opens no foreign name, unless
    it is a foreign given name too (도널드)."""
    if len(word.text) != 3 or word.text in foreign_given_names() or not looks_like_korean_name(word.text):
        return False
    return surname_rank(word.text) < COMMON_KOREAN_NAME_RANK


def _compound_into_title(words: list[Word], index: TokenIndex, first: int) -> bool:
    """A Kiwi token that starts before the title word and runs into it (게임 음악 작곡가/NNP)."""
    title_start = words[first].start
    before = words[max(0, first - MAX_CLAUSE_RUN)].start
    return any(tok.end > title_start for tok in index.within(before, title_start))


def _foreign_name_before_fused_title(
    doc: Document, words: list[Word], index: TokenIndex, first: int, t: int, parsed: TitleParse
) -> PersonHit | None:
    """존 리처드슨 해군참모총장: a two-word foreign name opening its clause right before a title that
    names its own body (해군 + 참모총장); the fused part is the person's body."""
    run = _clause_run(words, index, first)
    if first != t or len(run) != 2 or not all(foreign_name_part(words[j], index) for j in run):
        return None
    if any(looks_like_korean_name(words[j].text) and words[j].text not in foreign_given_names() for j in run):
        return None  # 김하늘 한빛연대 정책팀장: a Korean name and a body, not a foreign pair
    name_start, name_end = words[run[0]].start, words[run[1]].end
    org_span = Span(words[t].start, words[t].start + parsed.org_len)
    return PersonHit(
        doc.text[name_start:name_end], Span(name_start, name_end), parsed.title, parsed.org, org_span, False
    )


def _known_common_noun(word: Word, index: TokenIndex) -> bool:
    """지난주, 당시: one common noun Kiwi knows, never part of a name."""
    toks = index.within(word.start, word.end)
    return (
        len(toks) == 1 and toks[0].tag == "NNG" and toks[0].id >= KIWI_UNKNOWN_ID and toks[0].end == word.end
    )


def _lone_family_name(word: Word, index: TokenIndex, parsed: TitleParse) -> bool:
    """A word that cannot be Korean and that Kiwi reads only as a proper noun, opening its clause
    right before a head of state's, minister's or lawmaker's post (no body is named that way)."""
    if parsed.org is not None or parsed.title not in load_words("foreign_leader_titles.txt"):
        return False
    if looks_like_korean_name(word.text) or len(word.text) < 2:
        return False
    if word.text in load_words("surnames.txt"):
        return False  # 남궁 부총리는: a Korean compound surname referring back to a full name
    if any(place.startswith(word.text) for place in place_names()):
        return False  # 아르헨 대통령: a country's short form (아르헨티나), not a family name
    return foreign_name_part(word, index)


def _family_name_then_state(words: list[Word], index: TokenIndex, run: list[int]) -> bool:
    """An unknown proper noun that cannot be Korean, then a country (숄츠 독일, 블링컨 미) or a government
    or international body (구테흐스 유엔, 밀러 국무부): a foreign official and whom he serves. A company
    after the name proves nothing (a brand's name reads the same way)."""
    name, state = words[run[0]], words[run[1]]
    countries = place_names() | load_words("country_short_forms.txt")
    public = state.text in government_bodies() or org_suffix_strength(state.text) == "body"
    if not (state.text in countries or public) or looks_like_korean_name(name.text) or len(name.text) < 2:
        return False
    return foreign_name_part(name, index)


def _without_glued_particle(text: str, start: int, end: int) -> int:
    """마르탱이 read as one proper noun: the particle is cut off when the article also writes the name
    bare elsewhere (마르탱 심사위원장은)."""
    stem, particle = split_particle(text[start:end])
    if not particle:
        return end
    bare = re.compile(rf"(?<![가-힣]){re.escape(stem)}(?![가-힣])")
    return start + len(stem) if bare.search(text) else end


# How a province's full name ends (전라남도, 강원특별자치도).
PROVINCE_ENDINGS = ("남도", "북도", "특별자치도")


def plain_foreign_word(text: str) -> bool:
    """A Hangul word that is no place, body, brand or modifier: it may be part of a foreign name.
    엄태식 삼성 감독: a brand after a rare surname's name is the body, no family name; a short word
    with a body's ending (한빛구, 누리시) is none either, but 로사도 or 시몬스 may be."""
    if not 1 <= len(text) <= 8 or not all("가" <= ch <= "힣" for ch in text):
        return False
    if text in place_names() or text in title_modifiers() or _clear_body(text) or text in company_brands():
        return False
    if text in load_words("country_short_forms.txt"):
        return False  # 블링컨 미 국무장관: the country's short form opens the post, no family name
    if _is_university(text):
        return False  # 방민호 성균관대 교수: the school after a rare surname's name, no family name
    if text[-1:] == "도" and (text[:-1] in place_names() or text.endswith(PROVINCE_ENDINGS)):
        return False  # 전라남도, 경기도: a province, never part of a name
    if text[-1:] in PLACE_LEVEL_ENDINGS and text[:-1] in place_names():
        return False  # 함양군, 순천시: a place with its unit, never part of a name
    if text.endswith(CONSTITUENCY_ENDINGS):
        return False  # 음성선거구 경대수 의원: a lawmaker's constituency before a rare surname's name
    return not (looks_like_org(text) and len(text) <= 2)


def _two_part_foreign(words: list[Word], index: TokenIndex, n: int, first: int) -> bool:
    """마크 저커버그, 안지 포스테코글루: a two-syllable "name" followed by an unknown proper noun is more
    likely a foreign given name than a Korean name before a body."""
    if len(words[n].text) != 2 or surname_rank(words[n].text) < MOST_COMMON_SURNAMES or n + 1 >= first:
        return False  # 김현 카카오 대표: with the commonest surnames, a Korean name is the better bet
    return foreign_name_part(words[n + 1], index)


def _clause_run(words: list[Word], index: TokenIndex, first: int) -> list[int]:
    """Indices of the space-separated bare nouns before word `first`, when they open a clause
    (after punctuation, a line start, or a word with a particle: 토트넘의 안지 포스테코글루 감독)."""
    j = first - 1
    while (
        j >= 0
        and first - j <= MAX_CLAUSE_RUN + 1
        and is_space_gap(words[j + 1].gap)
        and (index.is_nominal(words[j]) or words[j].text in foreign_given_names())
        and not words[j].text[:1].isdigit()  # 20일 리처드 멘도사 …: a date opens no name
        and words[j].text not in load_words("clause_openers.txt")  # 이날 블라디미르 푸틴 …
    ):
        j -= 1
    start = j + 1
    if first - j > MAX_CLAUSE_RUN + 1:
        return []  # the run continues further left: not the start of a clause
    return list(range(start, first))


def split_name_word(word: Word, index: TokenIndex) -> bool:
    """A plain foreign word that something else vouches for as a name, though Kiwi splits it into
    common words (린단 → 린다 + ㄴ, 타로 → 타 + 로): no verb's form, and not one common noun Kiwi
    knows (수출국, 대표팀)."""
    if not plain_foreign_word(word.text) or parse_title(word.text) is not None:
        return False  # 대표선수 …: a post, no name
    toks = index.within(word.start, word.end)
    if any(t.tag.startswith(("V", "E", "XS")) for t in toks):
        return False  # 방문할 새마을금고(양산, …): a verb's form, no name
    return not (len(toks) == 1 and toks[0].tag.startswith("NN") and toks[0].id >= KIWI_UNKNOWN_ID)


def foreign_name_part(word: Word, index: TokenIndex) -> bool:
    """A plain foreign word (see `plain_foreign_word`) that Kiwi reads only as proper nouns."""
    if word.text in foreign_given_names():
        return True  # 카롤리나 → 카롤리/NNP + 나/JC: a given name Kiwi splits is still a name
    if not plain_foreign_word(word.text):
        return False
    toks = index.within(word.start, word.end)
    if not toks:  # 사토 겐지/NNP across the space: the second word has no token of its own
        cover = index.covering(word.start, word.end)
        return cover is not None and cover.tag == "NNP"
    # Kiwi tags a foreign name it does not know as NNP, or as an unknown NNG (우르줄라/NNG)
    return bool(toks) and all(
        tok.tag == "NNP" or (tok.tag == "NNG" and tok.id < KIWI_UNKNOWN_ID) for tok in toks
    )
