"""Quotes and speakers in quote-heavy genres (issue 14): sports, entertainment, court,
broadcast transcripts, wire and international news. Sentences written for these tests;
people and organisations built by hand as in tests/test_quotes.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extractor.analysis import Document
from extractor.speech.quotes import extract_quotes
from extractor.speech.soundbites import find_soundbites
from tests.test_quotes import Case, _build, _case_id

CASES = [
    # marks: the prime ″ (U+2033) is a double mark
    Case(
        "한솔시는 ″예산을 아껴 쓰겠다″고 밝혔다.",
        [("direct", "예산을 아껴 쓰겠다", ["한솔시"])],
        orgs={"한솔시": ["한솔시"]},
    ),
    Case(
        "도하준 장관은 ″물가부터 잡겠다″며 ″세금은 올리지 않겠다″라고 말했다.",
        [("direct", "물가부터 잡겠다", ["도하준"]), ("direct", "세금은 올리지 않겠다", ["도하준"])],
        people={"도하준": ["도하준"]},
    ),
    # broadcast sound bites without marks
    Case(
        "[앵커]\n국정감사 소식입니다.\n[기자]\n질의가 이어졌습니다.\n"
        "[여민재/한빛당 의원 (12일) : 예산이 왜 이렇게 늘었습니까?]\n"
        "[차소윤/국토부 장관 : 사업이 늘어서 그렇습니다.]",
        [
            ("direct", "예산이 왜 이렇게 늘었습니까?", ["여민재"]),
            ("direct", "사업이 늘어서 그렇습니다.", ["차소윤"]),
        ],
        people={"여민재": ["여민재"], "차소윤": ["차소윤"]},
    ),
    Case(
        "주민들은 밤새 잠을 못 잤습니다.\n▶ 인터뷰 : 남궁별 / 주민 - 물이 허리까지 찼어요.\n",
        [("direct", "물이 허리까지 찼어요.", ["남궁별"])],
        people={"남궁별": ["남궁별"]},
    ),
    Case(
        "대책이 나왔습니다.\n<인터뷰> 표지율 / 시청 과장\n다음 주부터 복구를 시작합니다.\n",
        [("direct", "다음 주부터 복구를 시작합니다.", ["표지율"])],
        people={"표지율": ["표지율"]},
    ),
    Case(
        "현장 분위기는 달랐습니다.\n‹녹취›\n정말 무서웠어요.\n",
        [("direct", "정말 무서웠어요.", [])],
    ),
    # sports: a subject inside a modifying clause before the quote is not the speaker
    Case(
        '오태민 감독은 "선수들이 잘해줬다"고 말했다. 이날 결승골을 한유찬이 넣은 것에 대해 '
        '"누가 넣어도 기뻤을 것"이라고 말했다.',
        [("direct", "선수들이 잘해줬다", ["오태민"]), ("direct", "누가 넣어도 기뻤을 것", ["오태민"])],
        people={"오태민": ["오태민"], "한유찬": ["한유찬"]},
    ),
    Case(
        '오태민 감독이 지난 경기 후 "수비가 흔들렸다"고 말했다.',
        [("direct", "수비가 흔들렸다", ["오태민"])],
        people={"오태민": ["오태민 감독"]},
    ),
    # the quote's verb modifies a noun: the subject right before the quote speaks, not the topic
    Case(
        '환율은 지난 3일 한지호 장관이 "곧 안정될 것"이라고 밝힌 뒤 하락했다.',
        [("direct", "곧 안정될 것", ["한지호"])],
        people={"한지호": ["한지호"]},
    ),
    Case(
        '한솔시가 공사가 늦어진 것과 관련해 "안전을 먼저 고려한 결정"이라고 밝혔다.',
        [("direct", "안전을 먼저 고려한 결정", ["한솔시"])],
        orgs={"한솔시": ["한솔시"]},
    ),
    Case(
        '구단주 측이 "계약은 유효하다"고 반박했다.',
        [("direct", "계약은 유효하다", [])],
    ),
    Case(
        '박사랑(31) 측이 "혐의를 모두 부인한다"고 밝혔다.',
        [("direct", "혐의를 모두 부인한다", ["박사랑"])],
        people={"박사랑": ["박사랑"]},
    ),
    # sports: "…"는 이 감독은 "…": the topic between the quotes speaks both
    Case(
        '나하율 감독은 경기를 돌아봤다. 이어 "수비가 좋았다"는 나 감독은 "다음 경기도 자신 있다"고 밝혔다.',
        [("direct", "수비가 좋았다", ["나하율"]), ("direct", "다음 경기도 자신 있다", ["나하율"])],
        people={"나하율": ["나하율", "나 감독"]},
    ),
    Case(
        '로드리고는 경기 뒤 "동료들 덕분"이라고 말했다. 팀은 3연승을 달렸다. '
        '"오늘은 직구가 좋았다"는 그는 "내일도 던지고 싶다"고 웃어보였다.',
        [
            ("direct", "동료들 덕분", ["로드리고"]),
            ("direct", "오늘은 직구가 좋았다", ["로드리고"]),
            ("direct", "내일도 던지고 싶다", ["로드리고"]),
        ],
        people={"로드리고": ["로드리고"]},
    ),
    Case(
        '한빛당 차유진 의원의 "예산이 얼마냐"는 질의에 고태윤 장관은 "약 300억원"이라고 답했다.',
        [("direct", "예산이 얼마냐", ["차유진"]), ("direct", "약 300억원", ["고태윤"])],
        people={"차유진": ["차유진"], "고태윤": ["고태윤"]},
    ),
    Case(
        '"그래서 공사는 언제쯤 다 끝나게 되느냐"는 물음에 고태윤 장관은 "연말"이라고 답했다.',
        [("direct", "그래서 공사는 언제쯤 다 끝나게 되느냐", []), ("direct", "연말", ["고태윤"])],
        people={"고태윤": ["고태윤"]},
    ),
    # sports: a lead quote right after the dateline is said by the next sentence's subject
    Case(
        '[한빛스포츠=대구, 문가람 기자]"오늘은 불펜이 다 했다."\n\n'
        "서도윤 감독이 연승을 이어간 뒤 불펜 투수들을 칭찬했다.",
        [("direct", "오늘은 불펜이 다 했다.", ["서도윤"])],
        people={"서도윤": ["서도윤"], "문가람": ["문가람"]},
    ),
    Case(
        '(서울=한빛뉴스) 문가람 기자 = "예산이 모자란다"\n\n서도윤 장관이 국회 상임위에 출석했다.',
        [("direct", "예산이 모자란다", ["서도윤"])],
        people={"서도윤": ["서도윤"], "문가람": ["문가람"]},
    ),
    # headlines: "X, … "…"" — the name before the comma speaks
    Case(
        '한솔시, 공사 지연에 "안전 우선"\n\n한솔시는 공사가 늦어졌다고 밝혔다.',
        [("direct", "안전 우선", ["한솔시"]), ("indirect", "공사가 늦어졌다", ["한솔시"])],
        orgs={"한솔시": ["한솔시"]},
    ),
    # … after the comma's clause: a second clause naming a person right before the quote is its own
    Case(
        '한빛공사, 풀세트 끝 역전승…나하람 감독 "버텨줘서 고맙다"\n\n나하람 감독은 웃었다.',
        [("direct", "버텨줘서 고맙다", ["나하람"])],
        people={"나하람": ["나하람"]},
        orgs={"한빛공사": ["한빛공사"]},
    ),
    Case(
        '한솔시, 공사 지연에…"안전 우선"\n\n한솔시는 공사가 늦어졌다고 밝혔다.',
        [("direct", "안전 우선", ["한솔시"]), ("indirect", "공사가 늦어졌다", ["한솔시"])],
        orgs={"한솔시": ["한솔시"]},
    ),
    Case(
        '한편, 공사는 "내년에 끝난다"\n',
        [],
    ),
    # 그는 after a speaker who handed credit to someone: still the speaker
    Case(
        "포수 남도윤이 선발로 나섰다. 투수 한결은 경기 뒤 "
        '"포수의 리드가 좋았다"며 공을 포수에게 돌렸다. 이어 "변화구가 잘 들어갔다"는 그는 '
        '"다음에도 이기겠다"고 말했다.',
        [
            ("direct", "포수의 리드가 좋았다", ["한결"]),
            ("direct", "변화구가 잘 들어갔다", ["한결"]),
            ("direct", "다음에도 이기겠다", ["한결"]),
        ],
        # the people extractor may tie 그 to the catcher named inside the first quote
        people={"한결": ["한결"], "남도윤": ["남도윤", "포수", "그는"]},
    ),
    # entertainment: X 측 / X 측 관계자 → X; an unnamed 관계자 names nobody
    Case(
        '소속사 해온엔터 측은 "두 사람은 친한 동료일 뿐"이라고 밝혔다.',
        [("direct", "두 사람은 친한 동료일 뿐", ["해온엔터"])],
    ),
    Case(
        '가수 한지우 측 관계자는 "컴백 일정은 미정"이라고 전했다.',
        [("direct", "컴백 일정은 미정", ["한지우"])],
        people={"한지우": ["한지우"]},
    ),
    Case(
        '한지우 소속사 측 관계자는 "촬영은 예정대로 진행된다"고 전했다.',
        [("direct", "촬영은 예정대로 진행된다", [])],
        people={"한지우": ["한지우"]},
    ),
    # an artist's agency speaks for the artist: named with the artist, then referred back to
    Case(
        '배우 한지우 소속사 누리엔터는 "열애설은 사실이 아니다"라고 밝혔다.',
        [("direct", "열애설은 사실이 아니다", ["누리엔터"])],
        people={"한지우": ["한지우"]},
        orgs={"누리엔터": ["누리엔터"]},
    ),
    Case(
        '가수 오하늘 소속사 별빛뮤직도 입장을 냈다. 오하늘 소속사 측은 "개인적인 친분은 없다"고 해명했다.',
        [("direct", "개인적인 친분은 없다", ["별빛뮤직"])],
        people={"오하늘": ["오하늘"]},
        orgs={"별빛뮤직": ["별빛뮤직"]},
    ),
    Case(
        '배우 한지우 소속사 누리엔터는 입장을 냈다. 가수 오하늘 소속사는 "사실무근"이라고 밝혔다.',
        [("direct", "사실무근", [])],
        people={"한지우": ["한지우"], "오하늘": ["오하늘"]},
        orgs={"누리엔터": ["누리엔터"]},
    ),
    Case(
        '그룹 누리 소속사 별빛뮤직은 "활동을 잠시 멈춘다"고 밝혔다. '
        '소속사는 "회복에 힘쓰겠다"며 "억측은 삼가 달라"고 알렸다.',
        [
            ("direct", "활동을 잠시 멈춘다", ["별빛뮤직"]),
            ("direct", "회복에 힘쓰겠다", ["별빛뮤직"]),
            ("direct", "억측은 삼가 달라", ["별빛뮤직"]),
        ],
        orgs={"별빛뮤직": ["별빛뮤직"]},
    ),
    # …라고들 말한다: what people say is hearsay, no reported speech
    Case("요즘 장사가 예전만 못하다고들 말합니다.", []),
    # a proper noun no extractor named speaks by its name, as the topic or the sentence's first subject
    Case(
        '누리소프트는 "연간 매출이 크게 늘었다"고 밝혔다.',
        [("direct", "연간 매출이 크게 늘었다", ["누리소프트"])],
    ),
    Case(
        "한빛저널은 누리소프트가 곧 파산할 것이라고 보도했다.",
        [("indirect", "누리소프트가 곧 파산할 것이라", ["한빛저널"])],
    ),
    Case(
        'AI는 "시간을 벌어 주는 도구"라고 말했다.',
        [("direct", "시간을 벌어 주는 도구", [])],
    ),
    Case(
        '한빛전자 노조 관계자는 "협상을 계속하겠다"고 말했다.',
        [("direct", "협상을 계속하겠다", [])],
        orgs={"한빛전자": ["한빛전자"]},
    ),
    Case(
        '김하나 교사는 "아이들이 즐거워했다"고 말했다.',
        [("direct", "아이들이 즐거워했다", ["김하나"])],
        people={"김하나": ["김하나"]},
    ),
    # wire and international: joint speakers
    Case(
        "오세린 국회의장과 마틴 하원의장은 회담을 가졌다. "
        '한미 양국 국회의장은 공동 발표문에서 "협력을 넓히기로 했다"고 밝혔다.',
        [("direct", "협력을 넓히기로 했다", ["오세린", "마틴"])],
        people={"오세린": ["오세린"], "마틴": ["마틴"]},
        titles={"오세린": "국회의장", "마틴": "하원의장"},
    ),
    Case(
        '델리아 총리와 베르그 대통령이 만났다. 두 정상은 "휴전을 지지한다"고 말했다.',
        [("direct", "휴전을 지지한다", ["델리아", "베르그"])],
        people={"델리아": ["델리아"], "베르그": ["베르그"]},
    ),
    # a remark named as the topic (경기 소감은 "…") is the previous speaker's; a possessive names
    # another person, left to the other rules
    Case(
        '정민재 감독은 "선수들이 잘해줬다"고 말했다. 경기 소감은 "행복하다"고 밝혔다.',
        [("direct", "선수들이 잘해줬다", ["정민재"]), ("direct", "행복하다", ["정민재"])],
        people={"정민재": ["정민재"]},
        titles={"정민재": "감독"},
    ),
    # a stage name in single marks as the subject of the quote right after it
    Case(
        "멤버 ‘한별’은 “계절감에 공을 들였다”고 말했다.\n‘유나’는 “시원한 노래”라며 웃었다.",
        [("direct", "계절감에 공을 들였다", ["한별"]), ("direct", "시원한 노래", ["유나"])],
        people={"한별": ["한별"], "유나": ["유나"]},
        titles={"한별": "멤버"},
    ),
    # a Chinese family name read in two syllables refers back to the one-word full name
    Case(
        '샤오밍싱(肖明興) 중국 외교부 대변인은 19일 "대화에 동의했다"고 말했다. '
        '이어 샤오 대변인은 "성의를 보였다"고 강조했다.',
        [("direct", "대화에 동의했다", ["샤오밍싱"]), ("direct", "성의를 보였다", ["샤오밍싱"])],
        people={"샤오밍싱": ["샤오밍싱"]},
        titles={"샤오밍싱": "대변인"},
        orgs={"중국 외교부": ["중국 외교부"]},
    ),
    # the appeal bench in a report on the top court's ruling is not the top court
    Case(
        '대법원은 23일 상고를 기각했다. 앞서 2심 재판부는 "다시 선고하는 것도 적법하다"며 감형했다.',
        [("direct", "다시 선고하는 것도 적법하다", ["재판부"])],
        orgs={"대법원": ["대법원"]},
    ),
    # court: a generic body with no specific one named is itself the speaker
    Case(
        '검찰은 "죄질이 매우 나쁘다"며 징역 10년을 구형했다.',
        [("direct", "죄질이 매우 나쁘다", ["검찰"])],
    ),
    Case(
        '대전지검은 피고인을 기소했다. 검찰은 "반성의 기미가 없다"고 밝혔다.',
        [("direct", "반성의 기미가 없다", ["대전지검"])],
        orgs={"대전지검": ["대전지검"]},
    ),
    # tags naming the speaker without a slash, before a marked bite
    Case(
        '불길이 번졌습니다.\n◀INT▶ 서나래 농민\n"불이 너무 빨리 번졌어요"\n'
        '◀INT▶구다솜 *주민*\n"..잠을 못 잤어요.."\n'
        '◀SYN▶ 표지율\n한빛연맹 정책위원장\n"대책이 필요합니다"\n복구가 시작됐습니다.',
        [
            ("direct", "불이 너무 빨리 번졌어요", ["서나래"]),
            ("direct", "..잠을 못 잤어요..", ["구다솜"]),
            ("direct", "대책이 필요합니다", ["표지율"]),
        ],
        people={"서나래": ["서나래"], "구다솜": ["구다솜"], "표지율": ["표지율"]},
        orgs={"한빛연맹": ["한빛연맹"]},
    ),
    # a dash after the tag; several interviewees on one tag line, where they live in parentheses
    Case(
        '새해 소망을 빌었습니다.\n◀INT▶ - 도아라(전남 한빛시)\n"조용한 한해가 됐으면 합니다."\n'
        '◀INT▶ - 성하윤 우다온(경남 누리시)\n"모두 행복했으면 좋겠습니다"\n◀END▶',
        [
            ("direct", "조용한 한해가 됐으면 합니다.", ["도아라"]),
            ("direct", "모두 행복했으면 좋겠습니다", ["성하윤"]),
        ],
        people={"도아라": ["도아라"], "성하윤": ["성하윤"], "우다온": ["우다온"]},
    ),
    # regional scripts: the tag alone, "name/what they are" on the next line, the words in round
    # brackets on the line after; or "INT-name/role" right above a marked bite
    Case(
        "주민들의 기대가 큽니다.\n\n◀INT▶\n서나래/음식점 주인\n(손님이 많이 왔으면 좋겠다)\n\n"
        "◀INT▶\n구다솜/누리면 가람리\n(길이 막힐까 걱정이지 뭐..)\n\n"
        '소망을 들어봤습니다.\nINT-표지율/한빛시장 상인\n" 경기가 좋아졌으면.. "\n< 08:28 ~ 08:42>',
        [
            ("direct", "손님이 많이 왔으면 좋겠다", ["서나래"]),
            ("direct", "길이 막힐까 걱정이지 뭐..", ["구다솜"]),
            ("direct", "경기가 좋아졌으면..", ["표지율"]),
        ],
        people={"서나래": ["서나래"], "구다솜": ["구다솜"], "표지율": ["표지율"]},
    ),
    # one remark quoted in two pieces with a space between them; labels are no such pieces
    Case(
        "전하윤은 “작품에 방해가 될까 걱정이 컸기 때문에” “결혼 소식을 알리지 못했다”는 입장을 밝혔다.",
        [
            ("direct", "작품에 방해가 될까 걱정이 컸기 때문에", ["전하윤"]),
            ("direct", "결혼 소식을 알리지 못했다", ["전하윤"]),
        ],
        people={"전하윤": ["전하윤"]},
    ),
    # an unnamed spokesperson speaks for the body written right before; a bare 대변인 goes on
    Case(
        '미국 국무부 대변인은 12일 "계속 협력하고 있다"고 밝혔다. 대변인은 이어 "자유를 옹호한다"고 말했다.',
        [("direct", "계속 협력하고 있다", ["미국 국무부"]), ("direct", "자유를 옹호한다", ["미국 국무부"])],
        orgs={"미국 국무부": ["미국 국무부"]},
    ),
    # an agency's unnamed staff speak for the agency; a city's unnamed official stays unnamed (GOLD.md)
    Case(
        '소속사 한빛엔터 관계자는 "사실이 아니다"라고 밝혔다. 대전시 관계자는 "검토하겠다"고 했다.',
        [("direct", "사실이 아니다", ["한빛엔터"]), ("direct", "검토하겠다", [])],
        orgs={"한빛엔터": ["한빛엔터"], "대전시": ["대전시"]},
    ),
    # an artist in the possessive before the agency noun; a bare 관계자 after goes on for the agency
    Case(
        '10일 윤서하의 소속사 한빛엔터테인먼트 관계자는 "사실무근이다"라고 밝혔다.\n'
        '관계자는 "따로 만난 적이 없다"고 덧붙였다.',
        [
            ("direct", "사실무근이다", ["한빛엔터테인먼트"]),
            ("direct", "따로 만난 적이 없다", ["한빛엔터테인먼트"]),
        ],
        people={"윤서하": ["윤서하"]},
        orgs={"한빛엔터테인먼트": ["한빛엔터테인먼트"]},
    ),
    # a person's post before 측: the person's side speaks (윤하람 대표측은, 나하늘 대표 측은)
    Case(
        "이에 윤하람 대표측은 “매출 성장을 이어왔다”고 밝혔다. 나하늘 대표 측은 “아니다”라고 했다.",
        [("direct", "매출 성장을 이어왔다", ["윤하람"]), ("direct", "아니다", ["나하늘"])],
        people={"윤하람": ["윤하람"], "나하늘": ["나하늘"]},
    ),
    # an acting coach (감독 대행), then referred to by surname and 대행
    Case(
        '한빛화재 박도윤 감독 대행이 믿음을 밝혔다. 경기 후 박 대행은 "질 것 같지 않았다"고 말했다.',
        [("direct", "질 것 같지 않았다", ["박도윤"])],
        people={"박도윤": ["박도윤", "박 대행"]},
    ),
    # a world leader by family name alone speaks his quotes
    Case(
        '기자회견이 끝날 때쯤 트럼프는 증언을 비난했다. 트럼프는 "이 모든 건 마녀사냥"이라고 말했다.',
        [("direct", "이 모든 건 마녀사냥", ["트럼프"])],
        people={"트럼프": ["트럼프", "트럼프"]},
    ),
    # sports results: a foreign name with its country and event, the words on the next line
    Case(
        '대회가 끝났다.\n왕하오 (중국, 남자단식 금메달) - 우승 소감\n"정말 기쁘다."\n'
        '알리나 베르코바 (러시아, 여자단식 8강) - 패배 이후\n"부담이 컸다."',
        [("direct", "정말 기쁘다.", ["왕하오"]), ("direct", "부담이 컸다.", ["알리나 베르코바"])],
        people={"왕하오": ["왕하오"], "알리나 베르코바": ["알리나 베르코바"]},
    ),
    # "이름 / 역할" alone on its line, right above the marked words, with no tag
    Case(
        '시민들은 바람을 전했습니다.\n모가은 / 한빛시 소담동\n"정부부처가 내려왔으면 합니다."\n'
        "상인들은 걱정했습니다.\n변주원 / 꽃가게 직원\n“주문이 줄었어요.”\n",
        [
            ("direct", "정부부처가 내려왔으면 합니다.", ["모가은"]),
            ("direct", "주문이 줄었어요.", ["변주원"]),
        ],
        people={"모가은": ["모가은"], "변주원": ["변주원"]},
    ),
    Case(
        '[기자] 건물은 모두 탔습니다 [인터뷰:여민재, 한빛소방서 대장] "한 명이 대피를 못 했습니다" '
        "불은 두 시간 만에 꺼졌습니다",
        [("direct", "한 명이 대피를 못 했습니다", ["여민재"])],
        people={"여민재": ["여민재"]},
        orgs={"한빛소방서": ["한빛소방서"]},
    ),
    Case(
        "주민을 만났습니다.\n▶ 인터뷰 : 남궁별 / 한빛동 상인\n"
        '- "손님이 절반으로 줄었어요."\n상인들은 걱정합니다.',
        [("direct", "손님이 절반으로 줄었어요.", ["남궁별"])],
        people={"남궁별": ["남궁별"]},
    ),
    # a bracketed name alone on its line (maybe with when the bite was taken) speaks the marked bite
    Case(
        '취재진은 거리로 나섰습니다.\n\n[한서윤(지난해 12월)]\n\n"민생이 먼저입니다.."\n\n여론을 전했습니다.',
        [("direct", "민생이 먼저입니다..", ["한서윤"])],
        people={"한서윤": ["한서윤"]},
    ),
    # the tag alone, then the speaker's name and post in marks: a caption, no words of anyone
    Case(
        '공사가 시작됐습니다.\n[인터뷰]\n"한서윤 부장"\n주민들은 기대합니다.',
        [],
        people={"한서윤": ["한서윤"]},
    ),
    # ◀SYN▶ is a tag word too: its unmarked words on the next line are the named speaker's
    Case(
        "주민들은 밤새 잠을 못 잤습니다.\n◀SYN▶ 남궁별/주민\n물이 허리까지 찼어요.\n",
        [("direct", "물이 허리까지 찼어요.", ["남궁별"])],
        people={"남궁별": ["남궁별"]},
    ),
    # a bracketed bite of someone described, not named, with no slash: a quote nobody named says
    Case(
        "[기자]\n땡볕입니다.\n[인근 밭 농민 : 더위 먹어서 병원에 다녀왔대요.]\n"
        "[사진: 한빛구 제공]\n농민들은 걱정합니다.",
        [("direct", "더위 먹어서 병원에 다녀왔대요.", [])],
    ),
    # <인터뷰> 이름(what they are) : "…": the name speaks, whatever the parenthesis says
    Case(
        '피해가 큽니다.\n<인터뷰> 표지율(주민) : "집이 다 무너졌어요"\n복구가 시작됐습니다.',
        [("direct", "집이 다 무너졌어요", ["표지율"])],
        people={"표지율": ["표지율"]},
    ),
    # a name line, then the bite's line opening with broadcast tags
    Case(
        '폭염이 변수였습니다.\n한서윤 선수\n(인터뷰)-(자막)"날씨가 더워서 힘들었어요.."\n'
        "선수들은 더위와 싸웠습니다.",
        [("direct", "날씨가 더워서 힘들었어요..", ["한서윤"])],
        people={"한서윤": ["한서윤"]},
    ),
    # a roundup headline: a body, a bare name, the quote
    Case(
        '누리그룹 한서윤 "도전 멈추지 말자"\n한서윤 누리그룹 회장은 2일 신년사를 냈다.',
        [("direct", "도전 멈추지 말자", ["한서윤"])],  # no mention given: the bare name itself
    ),
    Case(
        '업계 전문가 "가능성 탐색 의도"\n분석이 나왔다.',
        [("direct", "가능성 탐색 의도", [])],  # a common noun with a surname's syllable speaks no name
    ),
    # a Chinese name's first syllable is its family name, though no Korean surname (겅 → 겅솽)
    Case(
        '겅솽(耿爽) 중국 외교부 대변인이 브리핑을 열었다.\n겅 대변인은 "상황을 주시하고 있다"고 말했다.',
        [("direct", "상황을 주시하고 있다", ["겅솽"])],
        people={"겅솽": ["겅솽"]},
        titles={"겅솽": "대변인"},
    ),
    Case(
        '피고인 측 변호인은 "형이 너무 무겁다"고 주장했다.',
        [("direct", "형이 너무 무겁다", [])],
    ),
    Case(
        # a bite's words are not a reported clause of the narration
        "[윤다래/한빛당 의원 : 계획이 바뀌었다고 들었습니다.]\n장관은 답하지 않았습니다.",
        [("direct", "계획이 바뀌었다고 들었습니다.", ["윤다래"])],
        people={"윤다래": ["윤다래"]},
    ),
    # copy that writes ” for both marks, with no opening curly mark anywhere
    Case(
        "소속사 누리미디어는 ”의혹은 전혀 사실무근이다”며 ”강경하게 대응하겠다”고 밝혔다.",
        [
            ("direct", "의혹은 전혀 사실무근이다", ["누리미디어"]),
            ("direct", "강경하게 대응하겠다", ["누리미디어"]),
        ],
        orgs={"누리미디어": ["누리미디어"]},
    ),
    # a sound bite tag that says how it was recorded: 인터뷰(☎), 인터뷰(화상)
    Case(
        '조사가 이어지고 있습니다.\n▶ 인터뷰(☎) : 도하람 / 한빛대 교수 - "승무원의 진술이 가장 중요합니다."',
        [("direct", "승무원의 진술이 가장 중요합니다.", ["도하람"])],
        people={"도하람": ["도하람"]},
    ),
    Case(
        "조사가 이어지고 있습니다.\n▶ 인터뷰(화상) : 도하람 / 한빛대 교수 - 승무원의 진술이 가장 중요합니다.",
        [("direct", "승무원의 진술이 가장 중요합니다.", ["도하람"])],
        people={"도하람": ["도하람"]},
    ),
    # a news channel's tag in angle brackets right before the marked words
    Case(
        '장병들은 의지를 다졌습니다.\n<서하윤 / 누리함 수병> "첫 훈련에 참가해 자랑스럽습니다."'
        "\n훈련은 이어졌습니다.",
        [("direct", "첫 훈련에 참가해 자랑스럽습니다.", ["서하윤"])],
        people={"서하윤": ["서하윤"]},
    ),
    # the quote names something the person wrote: X의 "…"는 트윗(글, 게시물)
    Case(
        "논란은 가수 하은별의 “차트 순위가 이상하다는 말은 모두 사실이 아니다”는 트윗에서 시작됐다.",
        [("direct", "차트 순위가 이상하다는 말은 모두 사실이 아니다", ["하은별"])],
        people={"하은별": ["하은별"]},
    ),
    # a reported clause, then its speaker with a body in the possessive, then the verb
    Case(
        "협상은 아직 이르다고 누리궁의 마르코 벨라 대변인이 말했다.",
        [("indirect", "협상은 아직 이르다", ["마르코 벨라"])],
        people={"마르코 벨라": ["마르코 벨라"]},
    ),
    # a special counsel's team named by its generic noun speaks as itself (GOLD.md: generic bodies)
    Case(
        "특검팀은 “피의자는 대부분의 질문에 진술을 거부했다”고 설명했다.",
        [("direct", "피의자는 대부분의 질문에 진술을 거부했다", ["특검팀"])],
    ),
    # a day restated as a date (전날인 11일) and an event held with a long name frame the speaker
    Case(
        "마르코 벨라 의장도 전날인 11일 열린 미 연방 상원 청문회에서 “서두를 필요가 없다”고 말했다.",
        [("direct", "서두를 필요가 없다", ["마르코 벨라"])],
        people={"마르코 벨라": ["마르코 벨라"]},
    ),
    # a quote with no subject of its own, right after a sentence whose topic is another person
    Case(
        "여민재 감독은 “즐겁게 뛰었다”고 말했다.\n\n"
        "차소윤 감독은 ‘신뢰’를 키워드로 꼽았다. “부상은 핑계다. 서로 믿는 것이 중요하다”라고 설명했다.",
        [
            ("direct", "즐겁게 뛰었다", ["여민재"]),
            ("direct", "부상은 핑계다. 서로 믿는 것이 중요하다", ["차소윤"]),
        ],
        people={"여민재": ["여민재"], "차소윤": ["차소윤"]},
    ),
    # a subject listing two people by 과/와: both speak
    Case(
        "이날 나란히 18득점씩 올린 김하늘과 박나래도 “연패를 끊어 기쁘다”고 입을 모았다.",
        [("direct", "연패를 끊어 기쁘다", ["김하늘", "박나래"])],
        people={"김하늘": ["김하늘"], "박나래": ["박나래"]},
    ),
    Case(
        "한빛부와 누리재단은 올해 수상자로 김하늘 교수를 선정했다고 밝혔다.",
        [("indirect", "올해 수상자로 김하늘 교수를 선정했다", ["한빛부", "누리재단"])],
        orgs={"한빛부": ["한빛부"], "누리재단": ["누리재단"]},
        people={"김하늘": ["김하늘"]},
    ),
    # a clause's predicate before a comma is no list glue: the quote's speaker is the earlier subject
    Case(
        "한빛당은 “대선 매표 행위”라고 역공했고, 김도윤 누리당 후보도 “세금은 꿀단지가 아니다”라고 반박했다.",
        [
            ("direct", "대선 매표 행위", ["한빛당"]),
            ("direct", "세금은 꿀단지가 아니다", ["김도윤"]),
        ],
        orgs={"한빛당": ["한빛당"]},
        people={"김도윤": ["김도윤"]},
    ),
    # a list that qualifies a relation (A와 B 간 갈등) names no speaker
    Case(
        "설명이 부족하면 누리청과 기업 간 갈등이 커질 수 있다고 설명했다.",
        [("indirect", "설명이 부족하면 누리청과 기업 간 갈등이 커질 수 있다", [])],
        orgs={"누리청": ["누리청"]},
    ),
    # words a body posted (게시하다) are its quote, though a noun phrase stands between them and the verb
    Case(
        "한빛전자는 판매화면에 “교환과 반품이 모두 불가합니다” 등과 같은 문구를 게시했다.",
        [("direct", "교환과 반품이 모두 불가합니다", ["한빛전자"])],
        orgs={"한빛전자": ["한빛전자"]},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_genre_quotes(case: Case, doc_of: Callable[[str], Document]) -> None:
    people, orgs = _build(case)
    doc = doc_of(case.text)
    quotes = extract_quotes(doc, people, orgs)
    for q in quotes:
        assert doc.text[q.start : q.end] == q.text
    got = sorted((q.kind, q.text, sorted(q.speakers)) for q in quotes)
    assert got == sorted((kind, text, sorted(speakers)) for kind, text, speakers in case.want)


# Lines that look like a tag but carry no sound bite.
NOT_BITES = [
    "인터뷰\n본문이 이어집니다.",
    "[사진/한빛일보]",
    "[서울=한빛뉴스] 김하늘 기자 = 시는 1일 밝혔다.",
    '▶ 인터뷰 : 홍길동 / 의원 - "예산이 부족합니다"',
]


@pytest.mark.parametrize("text", NOT_BITES, ids=lambda t: t[:40])
def test_not_a_soundbite(text: str) -> None:
    assert find_soundbites(text) == []


# Whole articles (headline first): a quote opening the body under the headline is said by the
# subject of the sentence after it; a quote deeper in the body is not.
LEAD_QUOTE_CASES = [
    (
        '김하늘 감독, 심판 판정에 분노\n\n"이런 경기는 처음이다."\n\n'
        "한빛생명 김하늘 감독이 경기 뒤 분노를 터뜨렸다.",
        "이런 경기는 처음이다.",
        ["김하늘"],
    ),
    (
        '지구대 앞 상자\n\n"용돈을 모은 저금통을 꼭 받아주세요."\n\n'
        "한빛지구대 오태민 경감은 상자를 발견했다.",
        "용돈을 모은 저금통을 꼭 받아주세요.",
        [],
    ),
    (
        '김하늘 감독, 심판 판정에 분노\n\n한빛은 이날 졌다.\n\n"이런 경기는 처음이다."\n\n'
        "한빛생명 김하늘 감독이 경기 뒤 분노를 터뜨렸다.",
        "이런 경기는 처음이다.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "speakers"), LEAD_QUOTE_CASES, ids=[c[0][:40] for c in LEAD_QUOTE_CASES]
)
def test_lead_quote_under_headline(text: str, quote: str, speakers: list[str]) -> None:
    from extractor import extract_text

    article = extract_text(text)
    found = [q for q in article.quotes if q.text == quote]
    assert len(found) == 1
    assert found[0].speakers == speakers
