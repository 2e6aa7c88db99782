"""From bytes to a decoded document: size limit, binary sniffing, encoding, text or HTML."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from extractor.errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput

MAX_INPUT_BYTES = 10 * 1024 * 1024  # press articles are < 1 MB; portals' pages < 2 MB

# Magic numbers of binary formats people feed by mistake.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"MZ",
    b"\xd0\xcf\x11\xe0",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"7z\xbc\xaf",
)
_HTML_SNIFF = re.compile(
    rb"""^\s*(?>(?:<!--.*?-->\s*)*)     # leading comments, each to its first -->: atomic, no backtracking
        <(?:!doctype\s+html|html|head|body|meta|div|article|p|script|title|h[1-6])\b""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_LAYOUT = frozenset("\t\n\r\f")
_BAD = frozenset({"Cc", "Cn", "Co", "Cs"})  # controls, unassigned, private use, lone surrogates
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
    """UTF-16 text without a BOM: its NULs (the high bytes of ASCII) all sit on one parity.

    Korean UTF-16 has few NULs (Hangul code units have no zero byte), binaries have them
    on both parities.
    """
    return _utf16_parity(head) is not None


def _utf16_parity(head: bytes) -> str | None:
    even, odd = head[0::2].count(0), head[1::2].count(0)
    total = even + odd
    if total < max(4, len(head) // 50) or max(even, odd) < 0.95 * total:
        return None
    return "utf-16-le" if odd > even else "utf-16-be"


def sniff_format(data: bytes, hint: str | None = None) -> Literal["text", "html"]:
    """Decide text vs HTML from the content; the file extension is only a tie-breaker."""
    head = data[:65536].replace(b"\x00", b"")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if _HTML_SNIFF.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "html" if hint in {"html", "htm"} and b"<" in head else "text"


_DECLARED_CHARSET = re.compile(
    rb"""
    <meta [^>]{0,200}? charset \s* = \s*   # <meta charset=...> or content="text/html; charset=..."
    ["']? \s* (?P<name>[-\w]+)             # the declared name
    """,
    re.IGNORECASE | re.VERBOSE,
)
_KOREAN_LEGACY = ("euc-kr", "cp949")  # EUC-KR first: reported when the bytes are plain EUC-KR
_UTF8_NAMES = frozenset({"utf-8", "utf8"})
_KOREAN_ALIASES = frozenset({"euc-kr", "euckr", "ks_c_5601-1987", "cp949", "x-windows-949", "ks_c_5601"})


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as Korean archives come: UTF-8 (with or without BOM), UTF-16, EUC-KR/CP949.

    A page may declare euc-kr and be UTF-8: bytes that decode as strict UTF-8 are UTF-8
    whatever the page says. charset-normalizer decides what none of these explain.

    >>> decode_bytes("대전광역시".encode("cp949"))
    ('대전광역시', 'euc-kr')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "광주".encode())
    ('광주', 'utf-8-sig')
    >>> decode_bytes("광주".encode("utf-16"))
    ('광주', 'utf-16')
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return _strict_or_fail(data, codec)
    if (text := _strict(data, "utf-8")) is not None:
        return text, "utf-8"
    if _utf16_without_bom(data[:4096]):
        return _strict_or_fail(data, _utf16_parity(data[:4096]) or "utf-16-le")
    for codec in _candidates(data):
        text = _strict(data, codec)
        if text is not None and (codec not in _KOREAN_LEGACY or _mostly_hangul(text)):
            return text, codec
    return _detect(data)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _strict_or_fail(data: bytes, codec: str) -> tuple[str, str]:
    text = _strict(data, codec)
    if text is None:
        raise UndecodableInput(f"input starts like {codec} but does not decode as it")
    return text, codec


def _candidates(data: bytes) -> list[str]:
    """A declared charset that is not UTF-8 first, then the Korean legacy encodings."""
    names = list(_KOREAN_LEGACY)
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = declared["name"].decode("ascii", "ignore").lower()
        if name not in _UTF8_NAMES and name not in _KOREAN_ALIASES:
            names.insert(0, name)
    return names


def _mostly_hangul(text: str) -> bool:
    """Korean read as CP949 is mostly Hangul; other bytes read as CP949 are mostly Hanja and symbols."""
    wide = [c for c in text[:20000] if ord(c) > 0x7F]
    if not wide:
        return True
    hangul = sum(1 for c in wide if "가" <= c <= "힣")
    return hangul / len(wide) >= 0.6


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise UndecodableInput("input does not decode as text in any known encoding")
    return data.decode(best.encoding, errors="replace"), str(best.encoding)


def decode_input(data: bytes, *, hint: str | None = None, max_bytes: int = MAX_INPUT_BYTES) -> DecodedInput:
    """Check and decode one input; raise an `ExtractError` for what cannot be an article."""
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is {len(data):,} bytes; the limit is {max_bytes:,} (see --max-bytes)")
    if not data.strip():
        raise EmptyInput("input is empty")
    if looks_binary(data):
        raise BinaryInput("input is binary (an image, PDF, archive or executable?), not text or HTML")
    text, encoding = decode_bytes(data)
    if _garbage_ratio(text) > 0.05:
        raise UndecodableInput(f"input does not decode as text (best guess {encoding} gives garbage)")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return DecodedInput(text, encoding, sniff_format(data, hint), hashlib.sha256(data).hexdigest())


def _garbage_ratio(text: str) -> float:
    """Share of replacement marks, control codes and unassigned code points in the text."""
    sample = text[:100_000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if c == "\ufffd" or (c not in _LAYOUT and unicodedata.category(c) in _BAD))
    return bad / len(sample)
