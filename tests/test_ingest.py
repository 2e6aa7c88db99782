"""Bytes to text: encodings, binary sniffing, text-or-HTML from the content."""

from __future__ import annotations

import pytest

from extractor.errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput
from extractor.ingest import decode_input, looks_binary, sniff_format

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
