"""Text copies of news pages: page furniture out of the text, metadata out of the furniture.

A copied page is a run of lines: site furniture (UPDATE. clock, share
widgets, 기자명/승인 lines), the headline (often twice), "- " summary
lines, a dateline opening the body, the body with photo captions, a final
byline, then copyright and comment blocks. `LineReader` walks those lines
once, keeps headline/summary/body/caption/byline lines as `Block`s and reads
the furniture for metadata; HTML pages reuse it for their body lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.page import bylines, datelines, header_lines, site_lines, writer_lines
from extractor.page import metadata as meta
from extractor.page.line_reading import (
    OUTLET_BYLINE,
    OUTLET_COPYRIGHT,
    OUTLET_DATELINE,
    OUTLET_DOMAIN,
    OUTLET_ENGLISH,
    OUTLET_MASTHEAD,
    OUTLET_META,
    OUTLET_SIGN_OFF,
    angle_sign_off,
    body_hints,
    byline_date,
    byline_writers,
    column_writer,
    contact_address,
    copyright_source,
    date_line_reading,
    domain_outlet,
    header_dates,
    program_byline,
    related_box_ends,
    strongest_outlet,
    summary_line,
    tagged_headline,
    tail_byline,
    under_lead_caption,
)
from extractor.page.line_shapes import (
    _BULLET,
    _CAPTION,
    _CAPTION_TAIL,
    _COMMENT_BLOCK,
    _CONTACT_LENGTH,
    _DATE_PREFIX,
    _FURNITURE,
    _INLINE_DATELINE,
    _MENU_ENTRY_LENGTH,
    _PLAIN_WORD,
    _PROSE_AFTER_DATELINE,
    _PROSE_AFTER_SIGN_OFF,
    _SENTENCE_END,
    _SOUND_BITE_TAG,
    _WHOLE_LINE_LABEL,
    _byline_only,
    _header_residue,
    _shaped_writers,
    _squash,
    _title_shaped,
    _undoubled,
    is_breadcrumb,
    is_date_line,
    is_header_byline,
    is_link_line,
    is_masthead,
    is_menu_line,
    is_press_header,
    is_press_label_line,
    is_related_heading,
    is_widget_line,
    normalise_line,
    split_lines,
    strip_dates,
)
from extractor.page.page import Block, Page, assemble
from extractor.page.title_shapes import (
    column_tag,
    full_title,
    furniture_stub,
    looks_like_headline,
    stub_title,
    tagged_title,
    unstopped_title,
)
from schemas import Metadata, Reporter

# Line shapes moved to line_shapes stay importable from here.
__all__ = [
    "OUTLET_BYLINE",
    "OUTLET_COPYRIGHT",
    "OUTLET_DATELINE",
    "OUTLET_DOMAIN",
    "OUTLET_ENGLISH",
    "OUTLET_MASTHEAD",
    "OUTLET_META",
    "OUTLET_SIGN_OFF",
    "LineReader",
    "is_breadcrumb",
    "is_date_line",
    "is_header_byline",
    "is_link_line",
    "is_masthead",
    "is_menu_line",
    "is_press_header",
    "is_press_label_line",
    "is_related_heading",
    "is_widget_line",
    "looks_like_headline",
    "normalise_line",
    "prepare_text",
    "split_lines",
    "strip_dates",
]

_CLOSING_SHARE = 0.5  # a closing e-mail byline stands in the article's second half
_LEAD_SENTENCE = 400  # how far the first sentence after a dateline may run
_ANCHOR_INTRO_REACH = 600  # the anchor hands over to the reporter in the report's first lines
_SUMMARY_BULLETS = "-–—▶▷■□●○·•ㆍ※"  # how a summary line under a title opens
_LIST_MARKERS = "△▲◇◆▽▼"  # how a list's item opens
_CLOSE_BUTTON = "닫기"  # a pop-up's close button: the line above it was the pop-up's, not the title
_REPEAT_REACH = 2  # the title's second print follows its first within a line or two (a status-bar word)
_SHORT_TITLE_WORDS = 3  # a broadcast's short title under a menu stub still runs over a few words
_MENU_LINES = 5  # the site's menu lines a copy may put before the title over the dates
_MENU_LINE_LENGTH = 20  # each is a short label ("지금 누리는", "누리TV 상세", "스포츠")
_SECTION_ROW_LENGTH = 15  # a section row read as the headline before the repeated title is short


@dataclass
class LineReader:
    """Walks an article's lines once: keeps the article, reads the furniture."""

    metadata: Metadata = field(default_factory=Metadata)
    find_headline: bool = True
    blocks: list[Block] = field(default_factory=list)
    outlets: list[tuple[int, str]] = field(default_factory=list)
    body_started: bool = False
    in_comments: bool = False
    in_related_box: bool = False
    byline_next: bool = False  # the line after the current one is a header byline or date line
    next_line: str = ""  # the line after the current one, as read
    body_chars: int = 0  # characters of body read so far: a lead byline stands near the start
    lead_found: bool = False
    closing: list[Reporter] = field(default_factory=list)  # the last e-mail byline of the body
    closing_at: int = 0  # where it stands in the body
    credits: list[Reporter] = field(default_factory=list)  # a photo article's caption lead (no other byline)
    addresses: list[str] = field(default_factory=list)  # e-mail and web addresses, for their domain
    sign_off: tuple[int, str] | None = None  # where a "<한빛제주>" line stood, and the name
    section_label: str | None = None  # a document label above the headline (보도자료)
    press_header: bool = False  # a release's date or contact line was read
    clock_date: str | None = None  # an unlabelled date above the headline (a site's clock, maybe)
    late_date: str | None = None  # a date and time alone on a line after the body
    widget_writer: str | None = None  # the writer a "김도윤 기자의 다른 기사 보기" link names
    ahead: list[str] = field(default_factory=list)  # the next lines, squashed: a title printed twice
    in_editor_note: bool = False  # the line before was an editor's-note marker alone ("<편집자 주>")

    def feed(self, lines: list[tuple[str, bool]]) -> None:
        """Read (line, blank line before it) pairs."""
        cleaned = [(normalise_line(raw), gap) for raw, gap in lines]
        cleaned = [(line, gap) for line, gap in cleaned if line]
        squashed = [_squash(line) for line, _gap in cleaned]  # once per line, not once per look ahead
        for index, (line, gap) in enumerate(cleaned):
            if self.in_comments:
                break
            self.next_line = cleaned[index + 1][0] if index + 1 < len(cleaned) else ""
            self.byline_next = bool(self.next_line) and is_header_byline(self.next_line)
            self.ahead = squashed[index + 1 : index + 1 + _REPEAT_REACH]
            self._line(line, gap)

    def caption(self, raw: str, gap: bool) -> None:
        """A line the markup says is a photo caption (HTML figcaption)."""
        line = normalise_line(raw)
        if line and not self.in_comments and not _FURNITURE.match(line):
            self.blocks.append(Block("caption", line, gap))

    def _line(self, line: str, gap: bool) -> None:
        if address := contact_address(line):
            self.addresses.append(address)  # a tip line's domain names the outlet (▷ 이메일 : jebo@…)
        if _COMMENT_BLOCK.match(line) and self.body_started:
            self.in_comments = True
            return
        if self.body_started and _SOUND_BITE_TAG.match(line):
            self.blocks.append(Block("body", line, gap))  # "[SYNC: 김도윤 기자]": who speaks next, no byline
            return
        if self._related_box(line, gap):
            return
        if is_link_line(line):  # "☞ 다른 기사 제목…": a link under the story, not its text
            return
        if self._furniture(line):
            return
        line = self._date_prefix(line)
        if not self.body_started and (labelled := header_lines.labelled_writer_prefix(line)):
            meta.add_reporters(self.metadata, [Reporter(name=labelled[0])])  # "작성자 : 김도윤 ◀ANC▶ …"
            line = labelled[1]
            if not line:
                return
        if self._column_byline(line, gap) or self._bulleted_writer(line):
            return
        if not self.body_started and (self._release_header(line, gap) or self._header(line, gap)):
            return
        if not self.body_started and self.metadata.headline is None and header_lines.is_bare_credit(line):
            self.blocks.append(Block("caption", line, gap))  # "[사진=한빛구 제공]" above the title
            return
        self._body(line, gap)

    def _bulleted_writer(self, line: str) -> bool:
        """ "• 박서연" over "• 승인 2031.10.30 17:47": a CMS's header widget lists the writer's bare
        name as the item above the approval or filing time."""
        if self.body_started or not _BULLET.match(line):
            return False
        name = _BULLET.sub("", line).strip()
        following = self.next_line
        if (
            not meta.is_name(name)
            or not _BULLET.match(following)
            or not meta.is_date_field(_BULLET.sub("", following))
        ):
            return False
        meta.add_reporters(self.metadata, [Reporter(name=name)])
        return True

    def _related_box(self, line: str, gap: bool) -> bool:
        """A related-article box ("관련기사" and the headlines under it) is page furniture.

        The box ends where article prose resumes: an unmarked line closed by a full stop (…했다.);
        headlines in the box carry no full stop. A blank line is not required: many copies have none.
        Above the article (no body yet) the box ends at a blank line or the first unmarked line.
        """
        if self.in_related_box:
            if related_box_ends(line, gap, body_started=self.body_started):
                self.in_related_box = False
                return False
            self._furniture(line)  # a copyright line under the box still names the outlet
            return True
        if is_related_heading(line):
            self.in_related_box = True
            return True
        return False

    def _column_byline(self, line: str, gap: bool) -> bool:
        """ "글 = 이름 ○○대 교수": a column's writer is its reporter; the line stays as a byline."""
        writer = column_writer(line)
        if writer is None:
            return False
        meta.add_reporters(self.metadata, [Reporter(name=writer)])
        self.blocks.append(Block("byline", line, gap))
        return True

    def _release_header(self, line: str, gap: bool) -> bool:
        """Press-release and site header lines before the headline and body.

        "보 도 자 료" and a masthead (a site's name alone) are dropped; a release's date and contact
        line gives published_at and stays as a byline (it names the official in charge).
        """
        if is_press_label_line(line):
            plain_word = bool(_PLAIN_WORD.fullmatch(line)) and len(line) <= _MENU_ENTRY_LENGTH
            if self.metadata.headline is None and plain_word:
                self.section_label = line  # "보도자료" over a news site's headline: its section …
            return True
        above_headline = self.metadata.headline is None and self.find_headline
        entry = _BULLET.sub("", line)
        if above_headline and line != entry and " " not in entry and len(entry) <= _MENU_ENTRY_LENGTH:
            return True  # "• 제약", "• #신약": a bulleted menu or tag entry above the title
        if above_headline and header_lines.is_site_button(_BULLET.sub("", line)):
            if (
                header_lines.is_weather(_BULLET.sub("", line))
                and self.metadata.published_at == self.clock_date
            ):
                self.metadata.published_at = None  # "2026.01.08 (목)" over the weather: the site's clock
            return True  # "뉴스", "07.01 (월)", "이슈 '…'": the site's buttons, clock and tags
        if above_headline and (section := header_lines.section_word(line)):
            self.metadata.section = self.metadata.section or section  # "연예일반" over the article
            return True
        if above_headline and (program := program_byline(line)):
            self.metadata.section = self.metadata.section or program[0]  # "5시뉴스김도윤"
            meta.add_reporters(self.metadata, [Reporter(name=program[1])])
            return True
        if self.metadata.headline is None and self.find_headline and is_masthead(line):
            if not meta.is_portal(line):
                self.outlets.append((OUTLET_MASTHEAD, line))
            return True
        # "누리일보", "• 누리스포츠" under the title: the site's name; "한빛지법/누리뉴스" is a photo's credit
        under_title = self.metadata.headline is not None and self.find_headline
        if under_title and entry.isalnum() and is_masthead(entry):
            if not meta.is_portal(entry):
                self.outlets.append((OUTLET_MASTHEAD, entry))
            return True
        # A menu row ("뉴스 | 정치 | 경제") is furniture anywhere above the body, under a stray title too.
        if self.find_headline and not self.body_started and is_menu_line(line):
            return True
        if not is_press_header(line):
            return False
        self.press_header = True  # … unless the release's own date and contact lines follow
        when = meta.parse_datetime(line)
        if when:
            meta.set_date(self.metadata, "published", when)
        self.blocks.append(Block("byline", line, gap))
        return True

    # ------------------------------------------------------------ furniture

    def _furniture(self, line: str) -> bool:
        bare = _BULLET.sub("", line)
        # Before the widget check, which takes a line of no words ("2025.12.03") for buttons.
        if not self.body_started and (self._date_line(bare) or self._name_and_date(bare)):
            return True
        if self.body_started and self._late_date(bare):
            return True
        if promo := site_lines.promo_outlet(bare):  # "'누리방송제보' 검색": the line stays, it names the site
            self.outlets.append((OUTLET_MASTHEAD, promo))
        if source := site_lines.source_line_outlet(bare):  # "출처 : 누리일보(http://…)" closing a copy
            self.outlets.append((OUTLET_COPYRIGHT, source))
            return True
        if widget := site_lines.writer_widget(bare):  # "김도윤 기자의 다른 기사 보기" names the writer
            self.widget_writer = self.widget_writer or widget
            return True
        if _FURNITURE.match(bare) or is_widget_line(bare) or _COMMENT_BLOCK.match(bare):
            last_is_headline = bool(self.blocks) and self.blocks[-1].kind == "headline"
            if _squash(bare) == _CLOSE_BUTTON and not self.body_started and last_is_headline:
                self._drop_headline()  # "무엇을 찾으시나요? / 닫기": a search box's prompt, not the title
            return True
        if is_breadcrumb(bare):
            return True
        above = not self.body_started and self.metadata.headline is None
        navigation, site = header_lines.navigation_line(bare, above_headline=above)
        if navigation:  # "본문 바로가기", "한빛방송 뉴스 상단 메뉴", a logo's alt text
            if site and above:
                self.outlets.append((OUTLET_MASTHEAD, site))
            return True
        if meta.is_copyright(bare):
            if notice := copyright_source(bare):
                self.outlets.append(notice)
            if "@" in bare and self.body_started:  # "홍길동 기자hong@x.com- Copyrights ⓒ 한빛일보 …"
                closing, _credited, _start = bylines.closing_writers(bare)
                if closing:
                    self.closing, self.closing_at = closing, self.body_chars
            return True
        dates = header_dates(bare)
        if dates:
            if self.clock_date and not self.body_started and self.metadata.published_at == self.clock_date:
                self.metadata.published_at = None  # "승인 …" under the site's clock: the article's own date
            for kind, when in dates:
                meta.set_date(self.metadata, kind, when)
            self._title_over_dates()
            self._byline_found(bare)
            if not self.body_started and (writer := header_lines.name_before_dates(bare)):
                meta.add_reporters(self.metadata, [Reporter(name=writer)])  # "김도윤 | 입력 …"
            return True
        if self._contact_under_name(bare):
            return True
        email = meta.email_only(bare)
        if email:
            meta.attach_email(self.metadata, email)
            return True
        desk = writer_lines.desk_byline(bare)  # "[누리방송 뉴스센터 / desk@x.co.kr]"
        if desk:
            if desk[0]:
                self.outlets.append((OUTLET_BYLINE, desk[0]))
            if desk[1]:
                self.addresses.append(desk[1])
            return True
        if not self.body_started:
            return self._header_byline(_undoubled(bare))
        return False

    def _title_over_dates(self) -> None:
        """ "지금 누리는 / 누리TV 상세 / 스포츠 / <title> / 송고시간 2031/10/07 18:00": with no headline
        yet, a title-shaped line right over the article's dates is the headline, and the few short
        lines read as the body before it were the site's menu."""
        body = [b for b in self.blocks if b.kind == "body"]
        if (
            self.metadata.headline is not None
            or not body
            or len(body) > _MENU_LINES
            or len(body) != len(self.blocks)
        ):
            return
        *menu, title = body
        if not full_title(title.text) or any(len(b.text) > _MENU_LINE_LENGTH for b in menu):
            return
        self.blocks = []
        self.body_started = False
        self.body_chars = 0
        self._set_headline(title.text, title.new_paragraph)

    def _contact_under_name(self, line: str) -> bool:
        """ "박서연" alone under the headline, then "sy@x.co.kr | 2031-03-13 16:03:57": a CMS's byline
        split over two lines, the writer's name over his address and the filing time."""
        contact = header_lines.contact_and_time(line)
        last = self.blocks[-1] if self.blocks else None
        if contact is None or self.body_started or last is None or last.kind != "subheading":
            return False
        name = last.text.strip()
        if not meta.is_name(name) or self.metadata.subheadings[-1:] != [last.text]:
            return False
        self.blocks.pop()
        self.metadata.subheadings.pop()
        email, when = contact
        meta.add_reporters(self.metadata, [Reporter(name=name, email=email)])
        if when:
            meta.set_date(self.metadata, "published", when)
        return True

    def _date_line(self, line: str) -> bool:
        """An unlabelled date above the body ("2025.12.03 오후 2:17", "한빛일보 | 사회 | 2025-04-14 17:20"):
        the publication date, the outlet in the first field and the section; the line is dropped.

        Directly under the headline the first field is the outlet whatever its name ends with
        ("한빛마당 | 2024-06-08 21:47"): a title, then a name and the date, is the page's header.
        """
        under_headline = bool(self.blocks) and self.blocks[-1].kind == "headline"
        if not is_date_line(line, under_headline=under_headline):
            return False
        when, outlets, section = date_line_reading(line, under_headline=under_headline)
        if when:
            self._note_clock(when, labelled=False)
            meta.set_date(self.metadata, "published", when)
        self.outlets.extend(outlets)
        if section and self.metadata.section is None:
            self.metadata.section = section
        return True

    def _name_and_date(self, line: str) -> bool:
        """ "김도윤 2025. 7. 25. 18:23" under a portal copy's headline: the writer and the time."""
        found = header_lines.name_and_date(line)
        if found is None:
            return False
        meta.add_reporters(self.metadata, [Reporter(name=found[0])])
        meta.set_date(self.metadata, "published", found[1])
        return True

    def _late_date(self, line: str) -> bool:
        """A date and time alone on a line after the body ("- 2025-07-08 13:52" of a portal's teaser):
        dropped, and kept as the publication time should the page give no other."""
        when = header_lines.lone_date_time(line)
        if when:
            self.late_date = self.late_date or when
        return when is not None

    def _header_byline(self, line: str) -> bool:
        """A byline among the header furniture ("• 김도윤 기자", "박서연 기자 |"): read, then dropped."""
        labelled = _WHOLE_LINE_LABEL.sub("", line)
        if _CAPTION.search(line):  # "김도윤 기자, 박서연 아나운서 출처 = 누리방송": a photo's caption
            return False
        if names := header_lines.labelled_writers(line):  # "기자명 김도윤": no title after the name
            meta.add_reporters(self.metadata, [Reporter(name=n) for n in names])
            return True
        shaped, _outlet = _shaped_writers(labelled)  # "김도윤 박서연 기자", "김도윤 누리일보 기자(…) 2023. …"
        if not shaped and len(line) > _CONTACT_LENGTH and _SENTENCE_END.search(line):
            return False  # a finished sentence of prose (a lead above the body), as is_header_byline says
        # A writer and a clock time on one short line is a byline, with more words than a byline's
        # usual outlet and place beside them: "누리경제 김도윤, 한빛(누리국)=박서연 특파원 2019.08.21 15:52"
        clocked = len(line) <= _CONTACT_LENGTH and meta.has_time(byline_date(labelled))
        if (shaped or clocked or _header_residue(line) <= 12) and self._byline_found(labelled, source=line):
            if when := byline_date(labelled):  # "박서연 기자 | 2021-06-15 10:20:31"
                meta.set_date(self.metadata, "published", when)
            return True
        return False

    def _byline_found(self, line: str, source: str | None = None) -> bool:
        """Writers of a byline line and the publication opening it (`byline_writers`), kept."""
        found, outlets = byline_writers(line, source)
        meta.add_reporters(self.metadata, found)
        self.outlets.extend(outlets)
        return bool(found)

    def _date_prefix(self, line: str) -> str:
        """ "date 2025-09-09 공동 사업 …": the date is metadata, the rest is the line."""
        match = _DATE_PREFIX.match(line)
        if not match:
            return line
        when = meta.parse_datetime(line[: match.start("rest")])
        if when:
            self._note_clock(when, labelled=match.start("date") > 0)
            meta.set_date(self.metadata, "published", when)
        return match["rest"]

    def _note_clock(self, when: str, *, labelled: bool) -> None:
        """An unlabelled date above the title may be the site's clock ("2024-03-29 17:58 (금)"): a
        labelled 승인/입력 date in the header replaces it."""
        if not labelled and self.metadata.published_at is None and self.metadata.headline is None:
            self.clock_date = when

    # ------------------------------------------------------------ header

    def _header(self, line: str, gap: bool) -> bool:
        """Headline, its repeat and the summary lines before the body; True when `line` was used."""
        headline = self.metadata.headline
        if headline is not None and _squash(line) in {
            _squash(headline),
            _squash(tagged_headline(self.metadata)),
        }:
            return True
        if headline is not None and not self.body_started and self._repeated_title(line):
            return True
        if headline is not None and (filed := header_lines.dated_dateline(line)):
            self.outlets.append((OUTLET_DATELINE, filed[0]))  # "(서울=한빛뉴스) | 2014-10-24 18:48 송고"
            meta.set_date(self.metadata, "published", filed[1])
            return True
        title_first = headline is None and self.find_headline and tagged_title(line)  # "[자막뉴스] …"
        if (datelines.parse_dateline(line) and not title_first) or header_lines.is_script_marker(line):
            return False  # a lead, or "<앵커>" opening a broadcast script: the body starts
        if self.byline_next and self._title_above_byline(line, gap):
            return True
        above_title = (
            b.kind == "byline" or (b.kind == "caption" and header_lines.is_bare_credit(b.text))
            for b in self.blocks
        )
        if headline is None and self.find_headline and all(above_title):
            return self._headline(line, gap)
        if headline is not None and not self.body_started and self._title_under_stub(line, gap):
            return True
        if headline is not None and not self.body_started:
            summary = summary_line(line)
            if summary is not None:
                self.metadata.subheadings.append(summary)
                self.blocks.append(Block("subheading", line, gap))
                self._inline_bylines(line)  # "- 요약 …[한빛일보 김도윤 기자] 본문 …" of a flattened copy
                return True
        return False

    def _title_under_stub(self, line: str, gap: bool) -> bool:
        """A whole headline under a stub read as the title ("상단영역", "check 3d gpu", "출처:cri"):
        the stub and the furniture lines read as summaries under it were the site's header."""
        headline = self.metadata.headline or ""
        # under a menu item or a toolbar row, a short broadcast title will do ("(완)개방 앞둔 주민")
        short = _title_shaped(line) and len(line.split()) >= _SHORT_TITLE_WORDS
        whole = full_title(line) or (furniture_stub(headline) and short)
        if not stub_title(headline) or not whole or any(b.kind == "body" for b in self.blocks):
            return False
        if line.lstrip()[:1] in _SUMMARY_BULLETS + _LIST_MARKERS:
            return False  # "- 구청, 내년 착공": a short title's bulleted summary; "△팀장 …": a list
        if " " not in headline.strip() and self.metadata.section:
            return False  # "[인사]누리청": a one-word title under its column tag is a title
        if any(full_title(summary) for summary in self.metadata.subheadings):
            return False
        self.blocks = [b for b in self.blocks if b.kind not in {"headline", "subheading"}]
        self.metadata.subheadings = []
        self.metadata.headline = self.metadata.section = None
        self._set_headline(line, gap)
        return True

    def _drop_headline(self) -> None:
        self.blocks = [b for b in self.blocks if b.kind != "headline"]
        self.metadata.headline = None
        self.metadata.section = None

    def _repeated_title(self, line: str) -> bool:
        """A line printed twice above the body is the title (page header, then article header): a
        short label read as the headline before it ("기획 & 캠페인") was the site's section row.
        """
        headline = self.metadata.headline or ""
        if len(headline) > _SECTION_ROW_LENGTH or len(line) <= len(headline) or self.metadata.subheadings:
            return False
        # the title again within the next lines (maybe a status-bar word between), not a list's repeat
        if _squash(line) not in self.ahead or not _title_shaped(line):
            return False
        self.blocks = [b for b in self.blocks if b.kind != "headline"]
        self.metadata.headline = None
        self._set_headline(line, False)
        return True

    def _title_above_byline(self, line: str, gap: bool) -> bool:
        """The title line just above the byline or 입력 line is the headline.

        It may end like a sentence ("…야간 쉼터 늘린다"): the byline under it says it is a title.
        A one-word "headline" read before it ("전체메뉴", a button of the site's header) was furniture.
        """
        if not self.find_headline or self.body_started or not _title_shaped(line):
            return False
        headline = self.metadata.headline
        others = [b for b in self.blocks if b.kind != "byline"]
        if headline is None and not others:
            self._set_headline(line, gap)
            return True
        stray = headline is not None and stub_title(headline)  # 전체메뉴, a site button read as the title
        if stray and " " in line and [b.kind for b in others] == ["headline"]:
            self.blocks = [b for b in self.blocks if b.kind != "headline"]
            self._set_headline(line, gap)
            return True
        return False

    def _headline(self, line: str, gap: bool) -> bool:
        inline = _INLINE_DATELINE.match(line)
        if inline and datelines.parse_dateline(inline["body"]) and not _SENTENCE_END.search(inline["head"]):
            self._set_headline(inline["head"], gap)
            self._body(inline["body"], False)
            return True
        if _CAPTION.search(line) or _CAPTION_TAIL.search(line):
            return False
        # "…1위 뺏겼다" over a body of full-stopped sentences: the one line without a stop is the title
        unstopped = bool(self.ahead) and unstopped_title(line, self.ahead[0])
        if not (unstopped or looks_like_headline(line)):
            return False
        self._set_headline(line, gap)
        return True

    def _set_headline(self, line: str, gap: bool) -> None:
        line, site = header_lines.site_suffix(line)  # a page title's "… - 한빛일보"
        if site:
            self.outlets.append((OUTLET_MASTHEAD, site))
        headline, section = meta.split_section(line)
        if section is None and (column := column_tag(line)):
            headline, section = column  # "[자막뉴스] …", "[한빛투자뉴스] …": a column's tag, not an outlet
        # An untagged headline keeps the section a header line above it gave ("한빛일보 | 사회 | …").
        self.metadata.headline, self.metadata.section = headline, section or self.metadata.section
        self.blocks.append(Block("headline", headline, gap))

    # ------------------------------------------------------------ body

    def _body(self, line: str, gap: bool) -> None:
        if not self.body_started:
            self.body_started = True
            dateline = datelines.parse_dateline(line)
            if dateline and dateline.outlet:  # its writers: by _inline_bylines, which knows captions' leads
                self.outlets.append((OUTLET_DATELINE, dateline.outlet))
        self._inline_bylines(line)
        if angle := angle_sign_off(line):
            name, alone = angle
            self.sign_off = (len(self.blocks) + (0 if alone else 1), name)
            self.outlets.append((OUTLET_SIGN_OFF, name))
            if alone:
                return
        if _CAPTION.search(line) and not _SENTENCE_END.search(_CAPTION.sub("", line)):
            self.blocks.append(Block("caption", line, gap))
            return
        if tail := tail_byline(line):  # "…밝혔다. /김도윤 기자": the byline leaves the body
            start, byline, writers = tail
            meta.add_reporters(self.metadata, writers)
            self.blocks.append(Block("body", line[:start], gap))
            self.blocks.append(Block("byline", byline))
            return
        shaped, _outlet = _shaped_writers(line)
        if shaped or (meta.reporters_in(line) and _header_residue(line) <= 12):
            # the writers _byline_found reads: a shape's first (a portal byline's writer is no
            # reporters_in match, which once left this list empty and raised IndexError)
            writers = shaped or meta.reporters_in(line)
            # "<사진>인천=김도윤 기자", or the photographer's line under a caption above the body: no writer
            if bylines.is_photo_credit(line, line.find(writers[0].name)) or under_lead_caption(self.blocks):
                pass
            else:
                self._byline_found(line)  # "한빛일보 김도윤 기자 dy@…" closing the article names the outlet
            self.blocks.append(Block("byline", _byline_only(line), gap))
            return
        outlet, signed = meta.sign_off(line)
        if not signed and self.body_chars - len(line) < _ANCHOR_INTRO_REACH:
            signed = meta.anchor_intro(
                line
            )  # "김도윤 기자가 주민들을 만나봤습니다." handing over to the report
        if signed:
            meta.add_reporters(self.metadata, signed)
            if outlet:
                self.outlets.append((OUTLET_SIGN_OFF, outlet))
        self.blocks.append(Block("body", line, gap))

    def _inline_bylines(self, line: str) -> None:
        """Bylines inside a body line: a lead after a caption, an e-mail byline closing a paragraph.

        Crawled copies lose line breaks, so the lead ("(서울=한빛뉴스) 김도윤 기자 =") may follow a
        caption on the same line and the closing byline may end a line of several paragraphs.
        """
        if not self.lead_found and self.body_chars < bylines.LEAD_WINDOW:
            dateline, in_caption = bylines.lead_dateline(line, bylines.LEAD_WINDOW - self.body_chars)
            if dateline is not None:
                if dateline.outlet and not in_caption:
                    # the writer's own dateline outranks an outlet-only one above it ("(노동신문)" of a photo)
                    self.outlets = [o for o in self.outlets if o[0] != OUTLET_DATELINE]
                if dateline.outlet:
                    self.outlets.append((OUTLET_DATELINE, dateline.outlet))
                if in_caption:
                    self.credits.extend(dateline.reporters)
                else:
                    meta.add_reporters(self.metadata, dateline.reporters)
                    self.lead_found = True
            elif self.body_chars and (outlet_only := datelines.parse_dateline(line)) and outlet_only.outlet:
                # "[한빛경제] 정부는 … 밝혔다." opening a later line of the lead: the outlet, if prose follows
                self._outlet_only_dateline(line, outlet_only)
            elif fused := datelines.fused_outlet_lead(line):  # "사진=한빛구 제공 [한빛일보] 구청은 …"
                self.outlets.append((OUTLET_DATELINE, fused))
        hints, self.in_editor_note = body_hints(line, self.in_editor_note)
        self.outlets.extend(hints)
        if "@" in line:
            closing, credited, start = bylines.closing_writers(line)
            if closing and not under_lead_caption(self.blocks):
                self.closing, self.closing_at = closing, self.body_chars + start
            self.addresses.extend(r.email for r in closing + credited if r.email)
        self.body_chars += len(line)

    def _outlet_only_dateline(self, line: str, dateline: datelines.Dateline) -> None:
        if dateline.outlet and _PROSE_AFTER_DATELINE.search(
            line, dateline.end, dateline.end + _LEAD_SENTENCE
        ):
            self.outlets.append((OUTLET_DATELINE, dateline.outlet))

    def _settle_reporters(self) -> None:
        """Writers the body's end names, then the last resorts: last words, a photo article's caption lead,
        domains. A photo credit ("<사진>인천=김도윤 기자") is never a writer."""
        late = self.closing_at >= self.body_chars * _CLOSING_SHARE
        if self.closing and (not self.metadata.reporters or late):
            meta.add_reporters(self.metadata, self.closing)
        if not self.metadata.reporters:
            last = next((b for b in reversed(self.blocks) if b.kind == "body"), None)
            if last is not None:
                meta.add_reporters(self.metadata, bylines.last_words_writers(last.text))
        if not self.metadata.reporters and self.credits:
            meta.add_reporters(self.metadata, self.credits)
        if not self.metadata.reporters and self.widget_writer:
            meta.add_reporters(self.metadata, [Reporter(name=self.widget_writer)])
        after = self.blocks[self.sign_off[0] :] if self.sign_off else []
        if self.sign_off and any(b.kind == "body" and _PROSE_AFTER_SIGN_OFF.search(b.text) for b in after):
            # "<한빛제주>" with prose after it was no sign-off; a distributor's promo line may follow one
            self.outlets.remove((OUTLET_SIGN_OFF, self.sign_off[1]))
        addresses = [r.email for r in self.metadata.reporters if r.email] + self.addresses
        if domain := domain_outlet(addresses):
            self.outlets.append((OUTLET_DOMAIN, domain))

    def _headline_not_outlet(self) -> None:
        """A "headline" that is the outlet's own name was the masthead: the first summary line is the title.

        Only a site name the masthead check could not tell by its ending gets here (a copyright or
        dateline names the outlet later in the page).
        """
        outlet, headline = self.metadata.outlet, self.metadata.headline
        if not (self.find_headline and outlet and headline and _squash(headline) == _squash(outlet)):
            return
        self.blocks = [b for b in self.blocks if b.kind != "headline"]
        self.metadata.headline = self.metadata.section = None
        title = next((b for b in self.blocks if b.kind == "subheading"), None)
        if title is None or not looks_like_headline(title.text):
            return
        headline, section = meta.split_section(title.text)
        self.metadata.headline, self.metadata.section = headline, section
        if self.metadata.subheadings:
            self.metadata.subheadings.pop(0)
        title.kind, title.text = "headline", headline

    def page(self) -> Page:
        """The assembled page; the strongest outlet source wins."""
        self._settle_reporters()
        if self.late_date and self.metadata.published_at is None and self.metadata.updated_at is None:
            self.metadata.published_at = self.late_date
        labelled = self.section_label and not self.press_header and self.metadata.headline
        if labelled and not self.metadata.section:
            self.metadata.section = self.section_label
        if self.metadata.outlet is None and self.outlets:
            self.metadata.outlet = strongest_outlet(self.outlets, self.blocks)
        self._headline_not_outlet()
        kinds = {b.kind for b in self.blocks}
        if self.find_headline and kinds == {"headline"}:  # one line of text is a body, not a title
            self.blocks = [Block("body", tagged_headline(self.metadata))]
            self.metadata.headline = self.metadata.section = None
        headline_only = bool(self.blocks) and not any(b.kind == "body" for b in self.blocks)
        warnings = ["only a headline found, no article body"] if headline_only else []
        return assemble(self.blocks, self.metadata, warnings)


def prepare_text(raw: str) -> Page:
    """Clean a plain-text article (a text copy of a news page is fine)."""
    reader = LineReader()
    reader.feed(split_lines(raw))
    page = reader.page()
    meta.fill_published_from_updated(page.metadata)  # after the whole page: a 입력 date anywhere wins
    return page
