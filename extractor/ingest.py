"""From bytes to a decoded document: size limit, binary sniffing, encoding, text or HTML."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal

from extractor.errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput

MAX_INPUT_BYTES = 10 * 1024 * 1024  # press articles are < 1 MB; portals' pages < 2 MB

# Magic numbers of binary formats people feed by mistake.
_BINARY_MAGIC = (
    b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh",
    b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"RIFF", b"OggS", b"ID3", b"7z\xbc\xaf",
)
_HTML_SNIFF = re.compile(
    rb"""^\s*(?:<!--.*?-->\s*)*          # leading comments
        <(?:!doctype\s+html|html|head|body|meta|div|article|p|script|title)\b""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"</?(?:p|div|br|span|a|html|body)\b[^>]{0,200}>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DecodedInput:
    text: str
    encoding: str
    format: Literal["text", "html"]
    sha256: str


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other non-text bytes.

    >>> looks_binary(b"%PDF-1.7 ...")
    True
    >>> looks_binary("광주".encode("utf-8"))
    False
    """
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text with NULs
        return False
    return b"\x00" in head and head.count(b"\x00") > len(head) // 8 and not _utf16_without_bom(head)


def _utf16_without_bom(head: bytes) -> bool:
    even, odd = head[0::2], head[1::2]
    return even.count(0) > len(even) * 0.3 or odd.count(0) > len(odd) * 0.3


def sniff_format(data: bytes, hint: str | None = None) -> Literal["text", "html"]:
    """Decide text vs HTML from the content; the file extension is only a tie-breaker."""
    head = data[:65536].replace(b"\x00", b"")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if _HTML_SNIFF.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "html" if hint in {"html", "htm"} and b"<" in head else "text"


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}charset\s*=\s*["']?\s*([-\w]+)""", re.IGNORECASE)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as Korean archives come: UTF-8 (with or without BOM), UTF-16, CP949/EUC-KR.

    A page may declare euc-kr and be UTF-8; strict UTF-8 that decodes wins.

    >>> decode_bytes("광주광역시".encode("cp949"))
    ('광주광역시', 'cp949')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "광주".encode())
    ('광주', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _utf16_without_bom(data[:4096]):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    for codec in _korean_candidates(data):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise UndecodableInput("could not detect the text encoding")
    return data.decode(best.encoding, errors="replace"), str(best.encoding)


def _korean_candidates(data: bytes) -> list[str]:
    declared = _DECLARED_CHARSET.search(data[:4096])
    names = ["cp949"]
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        if name not in {"utf-8", "utf8", "euc-kr", "euckr", "ks_c_5601-1987", "cp949"}:
            names.insert(0, name)
    return names


def decode_input(data: bytes, *, hint: str | None = None, max_bytes: int = MAX_INPUT_BYTES) -> DecodedInput:
    """Check and decode one input; raise an `ExtractError` for what cannot be an article."""
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is {len(data):,} bytes; the limit is {max_bytes:,} (see --max-bytes)")
    if not data.strip():
        raise EmptyInput("input is empty")
    if looks_binary(data):
        raise BinaryInput("input is binary (an image, PDF, archive or executable?), not text or HTML")
    text, encoding = decode_bytes(data)
    if _replacement_ratio(text) > 0.05:
        raise UndecodableInput(f"input does not decode as text (tried {encoding})")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return DecodedInput(text, encoding, sniff_format(data, hint), hashlib.sha256(data).hexdigest())


def _replacement_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:100_000]
    return sample.count("\ufffd") / len(sample)
