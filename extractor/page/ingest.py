"""From bytes to a decoded document: size limit, binary sniffing, encoding, text or HTML."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Literal

from extractor.errors import (
    BinaryInput,
    EmptyInput,
    InputNotFound,
    InputNotReadable,
    InputTooLarge,
    UndecodableInput,
)

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
_HANGUL = re.compile("[가-힣]")
_LATIN_HIGH = re.compile("[\u0080-\u00ff\u0152-\u0192\u02c6\u02dc\u2013-\u2122]")  # Latin-1, CP1252
_ASCII_LETTER = re.compile("[A-Za-z]")
_MOJIBAKE_MIN_HANGUL = 20  # too few syllables to tell garbled Korean from a stray Hangul word
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class DecodedInput:
    text: str
    encoding: str
    format: Literal["text", "html"]
    sha256: str
    warnings: tuple[str, ...] = field(default=())


def looks_binary(data: bytes) -> bool:
    """True for images, archives, executables and other non-text bytes.

    >>> looks_binary(b"%PDF-1.7 ...")
    True
    >>> looks_binary("광주".encode("utf-8"))
    False
    """
    if data.startswith(_BINARY_MAGIC) or _dos_executable(data):
        return True
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text with NULs
        return False
    return b"\x00" in head and head.count(b"\x00") > len(head) // 8 and not _utf16_without_bom(head)


def _dos_executable(data: bytes) -> bool:
    """A Windows/DOS executable: "MZ" and a header of small integers, so NULs in its first 64 bytes.

    "MZ" alone is no proof: MZ세대 opens many Korean headlines, and text never holds a NUL.

    >>> _dos_executable(b"MZ\\x90\\x00\\x03\\x00\\x00\\x00\\x04\\x00" + bytes(54))
    True
    >>> _dos_executable("MZ세대가 움직인다".encode())
    False
    """
    return data.startswith(b"MZ") and b"\x00" in data[2:64]


def _utf16_without_bom(head: bytes) -> bool:
    """UTF-16 text without a BOM: its NULs (the high bytes of ASCII) mostly sit on one parity.

    Korean UTF-16 has few NULs on the other parity (the 1 in 256 Hangul syllables and
    symbols such as U+2500 or U+3000 whose low byte is zero); binaries have them on both.
    """
    return _utf16_parity(head) is not None


def _utf16_parity(head: bytes) -> str | None:
    even, odd = head[0::2].count(0), head[1::2].count(0)
    total = even + odd
    if total < max(4, len(head) // 50) or max(even, odd) < 0.8 * total:
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
    text, encoding, _warnings = _decode(data)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """`decode_bytes`, plus a warning when a few bad bytes of UTF-8 were replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        if (text := _strict(data, "utf-8-sig")) is not None:
            return text, "utf-8-sig", []
        if (lenient := _lenient_utf8(data[3:])) is not None:
            return lenient[0], "utf-8-sig", [lenient[1]]
        raise UndecodableInput("input starts like utf-8-sig but does not decode as it")
    for bom in (b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            return (*_strict_or_fail(data, "utf-16"), [])
    if (text := _strict(data, "utf-8")) is not None:
        return text, "utf-8", []
    if _utf16_without_bom(data[:4096]):
        return (*_strict_or_fail(data, _utf16_parity(data[:4096]) or "utf-16-le"), [])
    if (lenient := _lenient_utf8(data)) is not None:
        return lenient[0], "utf-8", [lenient[1]]
    for codec in _candidates(data):
        text = _strict(data, codec)
        if text is not None and (codec not in _KOREAN_LEGACY or _mostly_hangul(text)):
            return text, codec, []
    return (*_detect(data), [])


def _lenient_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (a stray byte, a broken sequence, a character cut at the end).

    Refusing the whole article for one byte loses it; replacing the bad bytes with U+FFFD
    keeps it. Only when valid multi-byte characters outnumber the bad sequences 20 to 1:
    EUC-KR or Latin-1 read as UTF-8 fails on most of their characters and stays refused here.

    >>> text, warning = _lenient_utf8("광주광역시는 발표했다".encode() * 3 + b"\\xff")
    >>> text[-4:], warning
    ('표했다\ufffd', 'input is not valid UTF-8: 1 bad byte sequence replaced with U+FFFD')
    >>> _lenient_utf8("광주광역시".encode("euc-kr") * 10) is None
    True
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if bad <= 0 or wide < 20 * bad:
        return None
    sequences = "sequence" if bad == 1 else "sequences"
    return text, f"input is not valid UTF-8: {bad:,} bad byte {sequences} replaced with U+FFFD"


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


def repair_mojibake(text: str) -> tuple[str, str] | None:
    """Korean that was shown in a Western code page and saved again as UTF-8, repaired.

    Such text has no Hangul, only Latin-1 letters ("ê´‘ì£¼", "±¤ÁÖ"). UTF-8 seen as
    Latin-1/CP1252 is undone by ftfy; EUC-KR seen so is re-encoded in that code page and
    decoded as CP949. A repair is kept only when it gives Korean text, so French or
    German stays as it is. Returns the text and a warning, or None.

    >>> repair_mojibake("ê´‘ì£¼ê´‘ì—­ì‹œ")[0]
    '광주광역시'
    >>> repair_mojibake("±¤ÁÖ±¤¿ª½Ã")[0]
    '광주광역시'
    >>> repair_mojibake("Le café est fermé à Séoul.") is None
    True
    """
    sample = text[:100_000]
    if _HANGUL.search(sample) or not _LATIN_HIGH.search(sample):
        return None
    import ftfy
    import ftfy.bad_codecs  # registers the "sloppy-windows-1252" codec

    seen_as = "shown as Latin-1/CP1252 and saved again (mojibake)"
    fixed = ftfy.fix_encoding(text)
    if _korean(fixed):
        return fixed, f"input was UTF-8 Korean {seen_as}; repaired"
    for codepage in ("latin-1", "sloppy-windows-1252"):
        try:
            legacy = text.encode(codepage)
        except UnicodeEncodeError:
            continue
        decoded = _strict(legacy, "cp949")
        if decoded is not None and _korean(decoded):
            return decoded, f"input was EUC-KR Korean {seen_as}; re-encoded"
    return None


def utf8_read_as_cp949(text: str) -> bool:
    """Korean whose UTF-8 bytes were read as CP949 and saved again ("?쇱꽦?붿옱" for 삼성화재).

    Each syllable's three bytes became one and a half CP949 characters and the odd byte a "?":
    the text is Hangul, but its CP949 bytes read as UTF-8 are Hangul again. Real Korean's CP949
    bytes are never valid UTF-8 Hangul, so a quarter of the syllables coming back is the mark.

    >>> utf8_read_as_cp949("누리화재는 지난해 순이익이 늘었다고 밝혔다. " * 3)
    False
    >>> utf8_read_as_cp949("?꾨━?붿옱??吏?궃???쒖씠?듭씠 ?섏뿀?ㅺ퀬 諛앺삍?? " * 3)
    True
    """
    sample = text[:20_000]
    hangul = len(_HANGUL.findall(sample))
    if hangul < _MOJIBAKE_MIN_HANGUL:
        return False
    legacy = sample.encode("cp949", errors="replace")  # a stray control byte becomes a "?"
    return 4 * len(_HANGUL.findall(legacy.decode("utf-8", errors="replace"))) >= hangul


def _korean(text: str) -> bool:
    """Mostly Hangul among the wide characters, and more Hangul than a quarter of the Latin letters."""
    sample = text[:100_000]
    hangul = len(_HANGUL.findall(sample))
    return hangul > 0 and _mostly_hangul(sample) and 4 * hangul >= len(_ASCII_LETTER.findall(sample))


def without_lone_surrogates(text: str) -> tuple[str, list[str]]:
    """Lone surrogates (from a JSON "\\ud800" escape or a file name's undecodable bytes) as U+FFFD.

    No encoder can write them: left in, they fail the hash and the JSON output.

    >>> without_lone_surrogates("서울\\ud800시")
    ('서울\ufffd시', ['1 lone surrogate code point replaced with U+FFFD'])
    """
    cleaned, count = _LONE_SURROGATE.subn("\ufffd", text)
    if not count:
        return text, []
    points = "point" if count == 1 else "points"
    return cleaned, [f"{count:,} lone surrogate code {points} replaced with U+FFFD"]


def read_limited(stream: BinaryIO, max_bytes: int, name: str) -> bytes:
    """At most `max_bytes` from a stream; more is `InputTooLarge`.

    The limit holds while reading: /dev/zero or an endless pipe costs max_bytes of memory.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"{name} is larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    return data


def read_input(path: str | Path, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Read a file's bytes within the size limit, turning OS errors into one-line `ExtractError`s.

    The size on disk is checked first (a 20 GB file fails at once), then the limit holds while
    reading: devices and pipes (/dev/zero, a FIFO) report no size.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputNotReadable(f"{p} is a directory")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{p} is {size:,} bytes; the limit is {max_bytes:,} (see --max-bytes)")
        with p.open("rb") as handle:
            return read_limited(handle, max_bytes, str(p))
    except FileNotFoundError:
        what = "broken symbolic link" if p.is_symlink() else "no such file"
        raise InputNotFound(f"{p}: {what}") from None
    except PermissionError:
        raise InputNotReadable(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputNotReadable(f"{p} is a directory") from None
    except OSError as exc:
        raise InputNotReadable(f"{p}: {exc.strerror or exc}") from None


def decode_input(data: bytes, *, hint: str | None = None, max_bytes: int = MAX_INPUT_BYTES) -> DecodedInput:
    """Check and decode one input; raise an `ExtractError` for what cannot be an article."""
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is {len(data):,} bytes; the limit is {max_bytes:,} (see --max-bytes)")
    if not data.strip():
        raise EmptyInput("input is empty")
    if looks_binary(data):
        raise BinaryInput("input is binary (an image, PDF, archive or executable?), not text or HTML")
    text, encoding, warnings = _decode(data)
    if (repaired := repair_mojibake(text)) is not None:
        text, warnings = repaired[0], [*warnings, repaired[1]]
    if _garbage_ratio(text) > 0.05:
        raise UndecodableInput(f"input does not decode as text (best guess {encoding} gives garbage)")
    if utf8_read_as_cp949(text):
        raise UndecodableInput(
            "input is UTF-8 Korean that was read as CP949 and saved again, with bytes lost (mojibake such as"
            " '?쇱꽦'); it cannot be repaired"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    fmt = sniff_format(data, hint)
    return DecodedInput(text, encoding, fmt, hashlib.sha256(data).hexdigest(), tuple(warnings))


def _garbage_ratio(text: str) -> float:
    """Share of replacement marks, control codes and unassigned code points in the text."""
    sample = text[:100_000]
    if not sample:
        return 0.0
    # Each distinct character is classified once: an article uses a few hundred of them.
    counts = Counter(sample)
    bad = sum(
        n
        for c, n in counts.items()
        if c == "\ufffd" or (c not in _LAYOUT and unicodedata.category(c) in _BAD)
    )
    return bad / len(sample)
