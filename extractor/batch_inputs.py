"""The input side of a batch: inputs → small picklable `Job`s, lazily.

Files, directories (walked recursively), globs, standard input, JSON Lines archives
(.gz read by content) and tables become `Job`s; reading is bounded (`--max-bytes`,
gzip bombs, overlong archive lines). `count_inputs` sizes a progress bar. The worker
side (`extractor.batch`) reads a job's file with `read_bytes`/`extract_path`.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Literal

from extractor.errors import (
    BinaryInput,
    ExtractError,
    InputNotFound,
    InputNotReadable,
    InputTooLarge,
    UndecodableInput,
)
from extractor.guards import gunzipped, special_file
from extractor.page.ingest import MAX_INPUT_BYTES, looks_binary, read_input, read_limited
from schemas import Article
from schemas.models import json_safe

# What a directory walk picks up; explicitly named files are always read.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".jsonl", ".ndjson", ""})
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_GLOB_CHARS = re.compile(r"[*?\[]")
_GZIP_MAGIC = b"\x1f\x8b"


class BadRecord(ExtractError):
    """A line of a JSON Lines archive that is not an article record."""

    kind = "bad_record"
    exit_code = 1


@dataclass(frozen=True, slots=True)
class Job:
    """One input to extract. Small and picklable: the worker does the reading."""

    key: str  # what resume matches and stderr names: the path, '-', or a record's id
    stem: str  # the base of NAME.json under --output DIR
    path: str | None = None  # a file the worker reads (.gz allowed)
    data: bytes | None = None  # standard input's bytes
    content: str | None = None  # a JSONL record's html or text
    content_format: Literal["text", "html"] = "text"
    archive: str | None = None  # the JSONL file a record came from
    record_id: str | None = None
    url: str | None = None
    problem: ExtractError | None = None  # known bad before extraction (bad JSONL line, glob with no match)


# ---------------------------------------------------------------- reading


def gunzip_limited(data: bytes, max_bytes: int, name: str) -> bytes:
    """Decompress gzip bytes, refusing more than `max_bytes` of output (gzip bombs)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UndecodableInput(f"{name}: not a valid gzip file ({exc})") from None
    if len(out) > max_bytes:
        raise InputTooLarge(f"{name} decompresses to more than {max_bytes:,} bytes (see --max-bytes)")
    return out


def read_bytes(path: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes, gunzipped when it is gzip (by content, so a misnamed file works too)."""
    data = read_input(path, max_bytes=max_bytes)
    return gunzip_limited(data, max_bytes, path) if data.startswith(_GZIP_MAGIC) else data


def format_hint(path: str) -> str | None:
    """The extension that tells text from HTML when the content is ambiguous: a.html.gz → html."""
    name = path[:-3] if path.lower().endswith(".gz") else path
    return Path(name).suffix.lstrip(".").lower() or None


def extract_path(path: str, *, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Like `extract_file`, but .gz files are read transparently."""
    from extractor.pipeline import extract_bytes

    return extract_bytes(read_bytes(path, max_bytes), path=path, hint=format_hint(path), max_bytes=max_bytes)


def extract_stdin_bytes(data: bytes, *, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Standard input's bytes, gunzipped when they are gzip."""
    from extractor.pipeline import extract_bytes

    if data.startswith(_GZIP_MAGIC):
        data = gunzip_limited(data, max_bytes, "standard input")
    return extract_bytes(data, path=None, max_bytes=max_bytes)


# ---------------------------------------------------------------- expansion


def is_jsonl_name(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def _stem(path: str) -> str:
    name = Path(path).name
    for suffix in (".gz", *JSONL_SUFFIXES):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
    return Path(name).stem or name


def _is_article_name(name: str) -> bool:
    bare = name[:-3] if name.lower().endswith(".gz") else name
    return Path(bare).suffix.lower() in ARTICLE_SUFFIXES


def walk_directory(root: str) -> Iterator[str]:
    """Article files under `root`, recursively, streamed in name order (as a sorted glob lists them).

    Hidden entries (.git, our own temp files) are never articles. Symbolic links to
    directories are skipped, never followed (as `grep -r` does): a link cycle would never
    end and a link to a parent would read everything twice. Links to files are read.
    """
    stack = [root]
    while stack:
        path = stack.pop()
        if path != root and os.path.islink(path) and os.path.isdir(path):
            continue
        if not os.path.isdir(path):
            if _is_article_name(os.path.basename(path)):
                yield path
            continue
        try:
            names = sorted((e.name for e in os.scandir(path) if not e.name.startswith(".")), reverse=True)
        except OSError:
            continue  # an unreadable directory: nothing to list (a named input would report it)
        stack.extend(os.path.join(path, name) for name in names)


def _open_archive(path: str) -> BinaryIO:
    with open(path, "rb") as raw:
        is_gzip = raw.read(2) == _GZIP_MAGIC
    return gzip.open(path, "rb") if is_gzip else open(path, "rb")  # type: ignore[return-value]


def record_job(line: bytes, archive: str, lineno: int) -> Job:
    """One line of a JSON Lines archive: {"id", "url"?, "html" | "text"}."""
    where = f"{archive}:{lineno}"  # the id of a record that has none (or cannot be read)
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        record = BadRecord(f"line {lineno}: {exc}")
    except RecursionError:
        record = BadRecord(f"line {lineno}: JSON nested too deeply")
    if not isinstance(record, dict):
        problem = record if isinstance(record, BadRecord) else BadRecord(f"line {lineno}: not a JSON object")
        return Job(key=where, stem=where, archive=archive, record_id=where, problem=problem)
    # An id or url with a lone surrogate ("\ud800") could never be written; the key must be
    # what the output says, for --resume to find it.
    record_id = json_safe(str(record["id"])) if record.get("id") is not None else where
    url = json_safe(record["url"]) if isinstance(record.get("url"), str) else None
    job = Job(key=record_id, stem=record_id, archive=archive, record_id=record_id, url=url)
    if isinstance(record.get("html"), str):
        return replace(job, content=record["html"], content_format="html")
    if isinstance(record.get("text"), str):
        return replace(job, content=record["text"], content_format="text")
    return replace(job, problem=BadRecord(f"line {lineno}: no 'html' or 'text' string"))


def line_limit(max_bytes: int) -> int:
    """The longest archive line read: a record within the limit, even written with \\uXXXX escapes."""
    return 6 * max_bytes + 4096


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """Each line of `stream` with the bytes it took; None for a line over `limit`, dropped as read.

    A 2 GB line costs no more memory than the limit. Shared by the local reader and Dask's
    planner and readers, so every mode cuts an archive into the same records.
    """
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            taken = len(line)
            while rest := stream.readline(1 << 20):
                taken += len(rest)
                if rest.endswith(b"\n"):
                    break
            yield None, taken
        else:
            yield line, len(line)


def archive_jobs(
    stream: BinaryIO,
    archive: str,
    max_bytes: int = MAX_INPUT_BYTES,
    start: int = 0,
    stop: int | None = None,
) -> Iterator[Job]:
    """Stream the records of an archive; a bad line becomes a failed job, not a stop.

    Lines are read within `line_limit`: a longer one is skipped unread (a too_large record).
    A binary stream (not JSON Lines at all) is one error, not a bad record per line of noise.
    `start`/`stop` number the lines of a range read from its offset (Dask's partitions).
    """
    limit = line_limit(max_bytes)
    lineno = start
    for line, _taken in bounded_lines(stream, limit):
        if stop is not None and lineno >= stop:
            return
        lineno += 1
        if line is None:
            too_long = InputTooLarge(f"line {lineno} is longer than {limit:,} bytes (see --max-bytes)")
            where = f"{archive}:{lineno}"
            yield Job(key=where, stem=where, archive=archive, record_id=where, problem=too_long)
        elif lineno == 1 and looks_binary(line[:4096]):
            binary = BinaryInput(f"{archive}: binary data, not JSON Lines (gzip is read, no other format)")
            yield Job(key=archive, stem=_stem(archive), path=archive, problem=binary)
            return
        elif line.strip():
            yield record_job(line, archive, lineno)


def _file_jobs(path: str, jsonl: bool, max_bytes: int = MAX_INPUT_BYTES, named: bool = True) -> Iterator[Job]:
    """The jobs of one file; `named` is False for files found by a walk or a glob."""
    from extractor.tables import is_table_name, table_jobs

    special = None if named else special_file(path)
    if special is not None:
        yield Job(key=path, stem=_stem(path), path=path, problem=special)
        return
    if is_table_name(path):  # Parquet or CSV, an article a row (extractor/tables.py)
        yield from table_jobs(path)
        return
    if not (jsonl or is_jsonl_name(path)):
        yield Job(key=path, stem=_stem(path), path=path)
        return
    try:
        stream = _open_archive(path)
    except FileNotFoundError:
        yield Job(key=path, stem=_stem(path), path=path, problem=InputNotFound(f"{path}: no such file"))
        return
    except OSError as exc:
        yield Job(key=path, stem=_stem(path), path=path, problem=InputNotReadable(f"{path}: {exc.strerror}"))
        return
    with stream:
        try:
            yield from archive_jobs(stream, path, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz part-way through
            # Keyed by the archive's path, as its error record says: --resume then finds it done.
            problem = UndecodableInput(f"{path}: {exc}")
            yield Job(key=path, stem=_stem(path), path=path, problem=problem)


def expand_inputs(
    args: Iterable[str],
    *,
    jsonl: bool = False,
    stdin: BinaryIO | None = None,
    exclude: Path | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Job]:
    """Files, directories (recursive), globs (also '**'), '-' and JSON Lines archives → jobs, lazily.

    `exclude` is the output (a FILE.jsonl or DIR): `extract in/ -o in/all.jsonl` must not
    read the archive it is appending to. Every file a walk or glob finds gives a job, so an
    article or an error record; `max_bytes` bounds what is read here (stdin, archive lines).
    """
    jobs = _expand(args, jsonl=jsonl, stdin=stdin, max_bytes=max_bytes)
    if exclude is None:
        yield from jobs
        return
    excluded = os.path.realpath(exclude)
    for job in jobs:
        where = os.path.realpath(job.path or job.archive or "-")
        if where != excluded and not where.startswith(excluded + os.sep):
            yield job


def _expand(args: Iterable[str], *, jsonl: bool, stdin: BinaryIO | None, max_bytes: int) -> Iterator[Job]:
    for arg in args:
        if arg == "-":
            yield from _stdin_jobs(stdin, jsonl, max_bytes)
        elif os.path.isdir(arg):
            for path in walk_directory(arg):
                yield from _file_jobs(path, jsonl, max_bytes, named=False)
        elif _GLOB_CHARS.search(arg) and not os.path.exists(arg):
            # Quoted globs reach us unexpanded (and Windows shells never expand them). Every
            # match but a directory is an input: a broken link gives its error record too.
            matches = [m for m in sorted(glob.glob(arg, recursive=True)) if not os.path.isdir(m)]
            if not matches:
                no_match = InputNotFound(f"{arg}: no file matches")
                yield Job(key=arg, stem=_stem(arg), path=arg, problem=no_match)
            for path in matches:
                yield from _file_jobs(path, jsonl, max_bytes, named=False)
        else:
            yield from _file_jobs(arg, jsonl, max_bytes)


def _stdin_jobs(stdin: BinaryIO | None, jsonl: bool, max_bytes: int) -> Iterator[Job]:
    if stdin is None:
        closed = InputNotReadable("standard input is closed")
        yield Job(key="-", stem="stdin", data=b"", problem=closed)
    elif jsonl:
        try:
            yield from archive_jobs(gunzipped(stdin), "-", max_bytes)
        except (OSError, EOFError, zlib.error) as exc:  # gzip on stdin cut short
            yield Job(key="-", stem="stdin", data=b"", problem=UndecodableInput(f"standard input: {exc}"))
    else:
        try:
            data = read_limited(stdin, max_bytes, "standard input")
        except InputTooLarge as exc:
            yield Job(key="-", stem="stdin", data=b"", problem=exc)
        else:
            yield Job(key="-", stem="stdin", data=data)


def is_batch_argument(arg: str) -> bool:
    """A directory, a glob or a JSON Lines archive stands for many articles even when typed once."""
    if arg == "-":
        return False
    from extractor.tables import is_table_name

    is_glob = bool(_GLOB_CHARS.search(arg)) and not os.path.exists(arg)
    return os.path.isdir(arg) or is_jsonl_name(arg) or is_table_name(arg) or is_glob


def _count_lines(path: str) -> int:
    try:
        with _open_archive(path) as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    except (OSError, EOFError, zlib.error):
        return 1


def _count_jobs(path: str, jsonl: bool) -> int:
    from extractor.tables import count_rows, is_table_name

    if is_table_name(path):
        return count_rows(path)
    return _count_lines(path) if jsonl or is_jsonl_name(path) else 1


def count_inputs(args: Iterable[str], *, jsonl: bool = False) -> int:
    """How many jobs `expand_inputs` will give (archives: their lines), for a progress bar's total."""
    total = 0
    for arg in args:
        if os.path.isdir(arg):
            paths: Iterable[str] = walk_directory(arg)
        elif _GLOB_CHARS.search(arg) and not os.path.exists(arg):
            paths = [m for m in glob.glob(arg, recursive=True) if not os.path.isdir(m)] or [arg]
        else:
            paths = [arg]
        # A FIFO met in a walk is one error record, and counting its lines would wait for ever.
        total += sum(_count_jobs(p, jsonl) if special_file(p) is None else 1 for p in paths)
    return total
