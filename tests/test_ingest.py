"""Bytes to text: encodings, binary sniffing, text-or-HTML from the content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from extractor.errors import BinaryInput, EmptyInput, InputNotFound, InputTooLarge, UndecodableInput
from extractor.page.ingest import (
    decode_input,
    looks_binary,
    read_input,
    read_limited,
    sniff_format,
    without_lone_surrogates,
)

ARTICLE = "광주광역시는 10일 미래차 부품클러스터 조성 계획을 발표했다.\n시는 총사업비 7조원을 투입한다.\n"
HTML = '<html><head><meta charset="{cs}"><title>제목</title></head><body><p>{body}</p></body></html>'

ENCODINGS = [
    ("utf-8", ARTICLE.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8-sig"),
    ("utf-16 with BOM", ARTICLE.encode("utf-16"), "utf-16"),
    ("utf-16-le without BOM", ARTICLE.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be without BOM", ARTICLE.encode("utf-16-be"), "utf-16-be"),
    ("euc-kr", ARTICLE.encode("euc-kr"), "euc-kr"),
    ("cp949 beyond euc-kr (똠)", ("똠방각하 " + ARTICLE).encode("cp949"), "cp949"),
    ("html declaring euc-kr, really utf-8", HTML.format(cs="euc-kr", body=ARTICLE).encode("utf-8"), "utf-8"),
    ("html declaring euc-kr, is euc-kr", HTML.format(cs="euc-kr", body=ARTICLE).encode("euc-kr"), "euc-kr"),
]


@pytest.mark.parametrize(("data", "encoding"), [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_encodings_are_detected_and_reported(data: bytes, encoding: str) -> None:
    decoded = decode_input(data)
    assert decoded.encoding == encoding
    assert "미래차 부품클러스터" in decoded.text
    assert "\r" not in decoded.text and "\ufeff" not in decoded.text


def test_windows_line_ends_become_newlines() -> None:
    assert decode_input("첫 줄\r\n둘째 줄\r\n".encode()).text == "첫 줄\n둘째 줄\n"


BAD = [
    ("empty", b"", EmptyInput),
    ("only white space", b" \n\t\n", EmptyInput),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), BinaryInput),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40), BinaryInput),
    ("utf-16 BOM with broken pairs", b"\xff\xfe\x00\xd8A", UndecodableInput),
    ("random bytes", bytes((i * 167 + 13) % 256 for i in range(4000)), (UndecodableInput, BinaryInput)),
]


@pytest.mark.parametrize(("data", "error"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_bytes_raise_one_error(data: bytes, error: type[Exception] | tuple[type[Exception], ...]) -> None:
    with pytest.raises(error):
        decode_input(data)


def test_too_large() -> None:
    with pytest.raises(InputTooLarge):
        decode_input("가".encode() * 100, max_bytes=50)


FORMATS = [
    ("doctype", b"<!DOCTYPE html><html><body>x</body></html>", None, "html"),
    ("comment then html", b"<!-- saved --><html><body>x</body></html>", None, "html"),
    ("fragment with tags", b"<div><p>a</p><p>b</p><br></div>", None, "html"),
    ("plain text with .html name", "광주시는 발표했다.".encode(), "html", "text"),
    ("html with .txt name", b"<html><body><p>x</p></body></html>", "txt", "html"),
    ("text mentioning <b>", "부등호 a < b 를 쓴 기사".encode(), None, "text"),
]


@pytest.mark.parametrize(("data", "hint", "fmt"), [f[1:] for f in FORMATS], ids=[f[0] for f in FORMATS])
def test_format_comes_from_content(data: bytes, hint: str | None, fmt: str) -> None:
    assert sniff_format(data, hint) == fmt


@pytest.mark.parametrize(
    ("data", "binary"),
    [(b"%PDF-1.4", True), (b"GIF89a", True), ("광주".encode("utf-16"), False), ("한글".encode(), False)],
    ids=["pdf", "gif", "utf-16 text", "utf-8 text"],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


def test_corpus_page_declaring_euc_kr_is_utf8(html_corpus: object) -> None:
    from pathlib import Path

    assert isinstance(html_corpus, Path)
    page = html_corpus / "daejonilbo_1.html"
    if not page.exists():
        pytest.skip("daejonilbo_1.html is not in the corpus")
    decoded = decode_input(page.read_bytes())
    assert decoded.encoding == "utf-8"
    assert "코로나19 극복 성금" in decoded.text


# ---------------------------------------------------------------- hardening (issue 15)

# Every 256th Hangul syllable and box-drawing/ideographic-space symbols have a zero low byte:
# in UTF-16 without a BOM they put NULs on the "wrong" parity, which once read as binary.
ZERO_LOW_BYTE = "가격 인상에 가구마다 불만이 컸다.\n" + ARTICLE  # 2 of 24 NULs on the other parity
ARTICLE_MZ = "MZ세대 청년들이 주말마다 전통시장을 찾는다\n" + ARTICLE

KEPT = [
    ("a headline opening with MZ세대", ARTICLE_MZ.encode(), "utf-8"),
    ("utf-16-le without BOM, Hangul with zero low bytes", ZERO_LOW_BYTE.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be without BOM, Hangul with zero low bytes", ZERO_LOW_BYTE.encode("utf-16-be"), "utf-16-be"),
]


@pytest.mark.parametrize(("data", "encoding"), [k[1:] for k in KEPT], ids=[k[0] for k in KEPT])
def test_text_that_once_looked_binary_is_kept(data: bytes, encoding: str) -> None:
    decoded = decode_input(data)
    assert decoded.encoding == encoding
    assert "미래차 부품클러스터" in decoded.text
    assert decoded.warnings == ()


def test_a_real_dos_header_is_still_binary() -> None:
    executable = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48) + b"This program"
    with pytest.raises(BinaryInput):
        decode_input(executable)


_UTF8 = ARTICLE.encode("utf-8")
_MIDDLE = _UTF8.index("부품".encode())
DAMAGED_UTF8 = [
    ("one stray byte", _UTF8[:_MIDDLE] + b"\xff" + _UTF8[_MIDDLE:], 1),
    ("an invalid sequence in the middle", _UTF8[:_MIDDLE] + b"\xea\xb4" + _UTF8[_MIDDLE + 3 :], 1),
    ("a character cut at the end", _UTF8.rstrip(b".\n")[:-1], 1),
    ("a BOM and a stray byte", b"\xef\xbb\xbf" + _UTF8[:_MIDDLE] + b"\x80" + _UTF8[_MIDDLE:], 1),
]


@pytest.mark.parametrize(("data", "bad"), [d[1:] for d in DAMAGED_UTF8], ids=[d[0] for d in DAMAGED_UTF8])
def test_utf8_with_a_few_bad_bytes_is_kept_with_a_warning(data: bytes, bad: int) -> None:
    decoded = decode_input(data)
    assert decoded.encoding.startswith("utf-8")
    assert decoded.text.count("\ufffd") == bad
    assert "시는 총사업비 7조원을" in decoded.text
    assert decoded.warnings == (f"input is not valid UTF-8: {bad} bad byte sequence replaced with U+FFFD",)


def test_euc_kr_is_not_taken_for_damaged_utf8() -> None:
    decoded = decode_input(ARTICLE.encode("euc-kr"))
    assert decoded.encoding == "euc-kr" and decoded.warnings == ()


def _shown_as(data: bytes, codepage: str) -> bytes:
    """Bytes shown in a Western code page, then saved again as UTF-8 (what a careless editor does)."""
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    return data.decode(codepage).encode("utf-8")


MOJIBAKE = [
    ("utf-8 shown as cp1252", _shown_as(ARTICLE.encode(), "sloppy-windows-1252"), "UTF-8"),
    ("utf-8 shown as latin-1", _shown_as(ARTICLE.encode(), "latin-1"), "UTF-8"),
    ("euc-kr shown as latin-1", _shown_as(ARTICLE.encode("euc-kr"), "latin-1"), "EUC-KR"),
    ("euc-kr shown as cp1252", _shown_as(ARTICLE.encode("euc-kr"), "sloppy-windows-1252"), "EUC-KR"),
    (
        "html, euc-kr shown as latin-1",
        _shown_as(HTML.format(cs="euc-kr", body=ARTICLE).encode("euc-kr"), "latin-1"),
        "EUC-KR",
    ),
]


@pytest.mark.parametrize(("data", "family"), [m[1:] for m in MOJIBAKE], ids=[m[0] for m in MOJIBAKE])
def test_mojibake_is_repaired_with_a_warning(data: bytes, family: str) -> None:
    decoded = decode_input(data)
    assert ARTICLE.strip() in decoded.text
    (warning,) = decoded.warnings
    assert warning.startswith(f"input was {family} Korean shown as Latin-1/CP1252") and "mojibake" in warning


def _read_as_cp949_by_pairs(data: bytes) -> str:
    """What some Windows tools make of UTF-8 Korean read as CP949: a bad pair becomes one "?"."""
    out, i = [], 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        try:
            out.append(data[i : i + 2].decode("cp949"))
        except UnicodeDecodeError:
            out.append("?")
        i += 2
    return "".join(out)


def test_utf8_read_as_cp949_and_saved_again_is_refused_as_undecodable() -> None:
    garbled = _read_as_cp949_by_pairs(ARTICLE.encode())
    with pytest.raises(UndecodableInput, match="read as CP949"):
        decode_input(garbled.encode())


def test_korean_with_a_few_question_marks_is_not_taken_for_cp949_mojibake() -> None:
    text = '누리시는 왜 예산을 늘렸나? 시는 10일 "주민 요구가 컸다"고 밝혔다. 무엇이 달라지나?\n' * 5
    assert decode_input(text.encode()).text == text


@pytest.mark.parametrize(
    "text",
    ["Le café est fermé à Séoul depuis été.\n", "Grüße aus München: Öffnungszeiten geändert.\n"],
    ids=["french", "german"],
)
def test_western_text_is_not_repaired(text: str) -> None:
    decoded = decode_input(text.encode())
    assert decoded.text == text and decoded.warnings == ()


def test_lone_surrogates_become_replacement_marks() -> None:
    text, warnings = without_lone_surrogates("서울\ud800시는 \udcff발표했다")
    assert text == "서울\ufffd시는 \ufffd발표했다"
    assert warnings == ["2 lone surrogate code points replaced with U+FFFD"]


def test_reading_stops_at_the_limit_however_long_the_stream() -> None:
    with pytest.raises(InputTooLarge, match="standard input is larger than the limit of 1,000 bytes"):
        read_limited(io.BytesIO(b"y\n" * 100_000), 1000, "standard input")
    assert read_limited(io.BytesIO(b"y\n" * 500), 1000, "standard input") == b"y\n" * 500


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_device_is_refused_at_the_limit() -> None:
    with pytest.raises(InputTooLarge, match="/dev/zero is larger than the limit"):
        read_input("/dev/zero", max_bytes=4096)


def test_a_broken_symlink_says_so(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputNotFound, match="broken symbolic link"):
        read_input(tmp_path / "gone.txt")
