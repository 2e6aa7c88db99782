"""Many inputs → ordered results: expansion, .gz and JSON Lines archives, a worker pool, sinks, resume.

The main process only expands inputs, dispatches them and writes results;
workers read, decode and analyse. Results come back in input order through a
bounded window of in-flight jobs, so memory stays flat over millions of
inputs. Every failure becomes an `ErrorRecord` in the output stream.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import signal
import tempfile
import threading
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field, replace
from multiprocessing import get_context
from pathlib import Path
from types import FrameType
from typing import BinaryIO, Literal, Protocol, TextIO

from extractor.errors import (
    BinaryInput,
    ExtractError,
    InputNotFound,
    InputNotReadable,
    InputTooLarge,
    InternalError,
    UndecodableInput,
)
from extractor.guards import exit_with, gunzipped, lock_exclusively, output_errors, special_file
from extractor.page.ingest import MAX_INPUT_BYTES, looks_binary, read_input, read_limited
from schemas import Article, ErrorRecord, Source
from schemas.models import json_safe

# What a directory walk picks up; explicitly named files are always read.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".shtml", ".jsonl", ".ndjson", ""})
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_GLOB_CHARS = re.compile(r"[*?\[]")
_GZIP_MAGIC = b"\x1f\x8b"
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once at import: mkstemp's 0600 would make outputs private to us


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


@dataclass(frozen=True, slots=True)
class Outcome:
    """A finished job: one line of JSON (an article or an error record)."""

    json: str
    error: str | None = None  # "kind: message" when the job failed


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


# ---------------------------------------------------------------- the worker side

_settings: dict[str, int | None] = {"indent": None, "max_bytes": MAX_INPUT_BYTES}


def configure(indent: int | None, max_bytes: int) -> None:
    """Per-process settings for `run_job` (workers get them through the pool initializer)."""
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")
    _settings["indent"] = indent
    _settings["max_bytes"] = max_bytes


def init_worker(indent: int | None, max_bytes: int, parent: int | None = None) -> None:
    """Pool initializer: Kiwi ready before the first article (already loaded when forked from the server)."""
    # The main process decides how to stop; a terminal's Ctrl-C reaches the whole process
    # group, and a worker dying mid-article would only break the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if parent is not None:
        exit_with(parent)
    configure(indent, max_bytes)
    from extractor.analysis import get_kiwi

    get_kiwi().tokenize("준비")


def _max_bytes() -> int:
    max_bytes = _settings["max_bytes"]
    assert max_bytes is not None  # configure() always sets it
    return max_bytes


def _extract(job: Job, max_bytes: int) -> Article:
    from extractor.pipeline import extract_html, extract_text

    if job.problem is not None:
        raise job.problem
    if job.data is not None:
        return extract_stdin_bytes(job.data, max_bytes=max_bytes)
    if job.content is not None:
        if len(job.content) > max_bytes:
            raise InputTooLarge(f"record is {len(job.content):,} characters; the limit is {max_bytes:,}")
        extract = extract_html if job.content_format == "html" else extract_text
        article = extract(job.content, path=job.archive)
        article.source = article.source.model_copy(update={"id": job.record_id, "url": job.url})
        return article
    assert job.path is not None
    return extract_path(job.path, max_bytes=max_bytes)


def error_record(job: Job, kind: str, message: str) -> ErrorRecord:
    if job.record_id is None:
        return ErrorRecord(error=kind, message=message, path=job.path if job.data is None else None)
    source = Source(path=job.archive, format=job.content_format, id=job.record_id, url=job.url)
    return ErrorRecord(error=kind, message=message, path=job.archive, source=source)


def extract_job(job: Job) -> Article:
    """Extract one job, raising only `ExtractError`s.

    This is the batch boundary, the one place that catches any exception: an
    unexpected failure in an extractor becomes an `InternalError`, so one bad
    article never stops a million-article run and a single input never ends
    in a traceback.
    """
    try:
        return _extract(job, _max_bytes())
    except ExtractError:
        raise
    except Exception as exc:
        raise InternalError(f"{type(exc).__name__}: {exc}") from exc


def run_job(job: Job) -> Outcome:
    """Extract one job; whatever goes wrong becomes an error record, never a stopped batch."""
    indent = _settings["indent"]
    try:
        return Outcome(extract_job(job).model_dump_json(indent=indent))
    except ExtractError as exc:
        kind, message = exc.kind, str(exc)
    # The stderr line names the input once: most messages already start with the path.
    where = "" if message.startswith(job.key) else f"{job.key}: "
    record = error_record(job, kind, message).model_dump_json(indent=indent)
    return Outcome(record, f"{where}{kind}: {message}")


# ---------------------------------------------------------------- sinks


class Sink(Protocol):
    def plan(self, job: Job) -> object | None:
        """Where the job's result goes, or None to skip it (already done, --resume)."""

    def write(self, target: object, outcome: Outcome) -> None: ...

    def close(self) -> None: ...


class StreamSink:
    """JSON Lines on a text stream, flushed per article so `| jq` sees each as it comes."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def plan(self, job: Job) -> object | None:
        return job.key

    def write(self, target: object, outcome: Outcome) -> None:
        with output_errors("standard output"):
            self.stream.write(outcome.json + "\n")
            self.stream.flush()

    def close(self) -> None:
        pass


_UNSAFE_NAME = re.compile(r"[^\w.-]+")  # \w keeps Hangul: 광주_기사.json stays readable


def safe_name(stem: str, limit: int = 120) -> str:
    """A file name that cannot leave its directory: no separators, no leading dots, bounded length.

    >>> safe_name("../../etc/passwd")
    'etc_passwd'
    >>> safe_name("...")
    'input'
    >>> safe_name("광주 기사")
    '광주_기사'
    """
    name = _UNSAFE_NAME.sub("_", stem).strip("._")
    while len(name.encode("utf-8")) > limit:  # file systems limit bytes, not characters
        name = name[:-1]
    return name or "input"


def write_atomically(path: Path, content: str) -> None:
    """Write a temp file beside `path`, then rename: readers see the whole file or none."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class DirectorySink:
    """One NAME.json per input under `root`; names unique in input order, so a rerun gets the same ones."""

    def __init__(self, root: Path, *, resume: bool) -> None:
        self.root = root
        self.resume = resume
        with output_errors(root):
            root.mkdir(parents=True, exist_ok=True)
        self._used: set[str] = set()
        if resume:
            # Leftovers of a run that was killed outright (SIGKILL) in the middle of a write.
            for stale in root.glob(".*.json.*.tmp"):
                stale.unlink(missing_ok=True)

    def _name(self, stem: str) -> str:
        base = safe_name(stem)
        name, n = base, 1
        # Case-folded: two inputs differing only in case would collide on macOS and Windows.
        while name.casefold() in self._used:
            n += 1
            name = f"{base}-{n}"
        self._used.add(name.casefold())
        return name + ".json"

    def plan(self, job: Job) -> object | None:
        target = self.root / self._name(job.stem)
        if target.parent != self.root:  # safe_name makes this impossible; keep it impossible
            raise ValueError(f"refusing to write outside {self.root}: {target}")
        return None if self.resume and target.exists() else target

    def write(self, target: object, outcome: Outcome) -> None:
        assert isinstance(target, Path)
        with output_errors(target):
            write_atomically(target, outcome.json + "\n")

    def close(self) -> None:
        pass


def _line_key(line: bytes) -> str | None:
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    source = obj.get("source") or {}
    return source.get("id") or source.get("path") or obj.get("path")  # type: ignore[no-any-return]


def repair_jsonl(path: Path) -> Counter[str]:
    """Cut a partial last line (a killed run) and count the keys of the complete lines."""
    with open(path, "r+b") as handle:
        return _repair(handle)


def _repair(handle: BinaryIO) -> Counter[str]:
    # Counted, not a set: an archive may hold two records with one id, and the second is
    # done only when the output holds it twice.
    keys: Counter[str] = Counter()
    handle.seek(0)
    complete = 0
    for line in handle:
        if not line.endswith(b"\n"):
            break
        complete += len(line)
        key = _line_key(line)
        if key is not None:
            keys[key] += 1
    handle.truncate(complete)
    return keys


class JsonlFileSink:
    """All results in one JSON Lines file; each line goes out whole, in one write.

    The file is locked (flock) while the run writes it: a second run on the same file
    is refused instead of interleaving its lines with ours.
    """

    def __init__(self, path: Path, *, resume: bool) -> None:
        self.path = path
        with output_errors(path):
            path.parent.mkdir(parents=True, exist_ok=True)
            # Opened without truncating: a file another run is writing must survive our refusal.
            self.handle = open(path, "a+b")  # noqa: SIM115 - closed in close()
        try:
            lock_exclusively(self.handle, path)
            with output_errors(path):
                self.done = _repair(self.handle) if resume else Counter()
                if not resume:
                    self.handle.truncate(0)
        except BaseException:
            self.handle.close()
            raise

    def plan(self, job: Job) -> object | None:
        key = json_safe(job.key)  # as the output line says it
        if self.done[key] > 0:
            self.done[key] -= 1
            return None
        return job.key

    def write(self, target: object, outcome: Outcome) -> None:
        with output_errors(self.path):
            self.handle.write((outcome.json + "\n").encode("utf-8"))
            self.handle.flush()

    def close(self) -> None:
        self.handle.close()


# ---------------------------------------------------------------- running


@dataclass
class StopFlag:
    """Set by the first Ctrl-C/SIGTERM: finish the article being written, then stop cleanly."""

    requested: bool = False
    signals: int = 0

    def handle(self, signum: int, frame: FrameType | None) -> None:
        self.signals += 1
        if self.signals > 1:  # a second interrupt: the user really wants out now
            raise KeyboardInterrupt
        self.requested = True


@dataclass
class Totals:
    done: int = 0
    failed: int = 0
    skipped: int = 0
    interrupted: bool = False
    started: float = field(default_factory=time.monotonic)
    first_result: float | None = None  # Kiwi's load comes before it: the rate is measured from here

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def summary(self) -> str:
        text = f"{self.done:,} done, {self.failed:,} failed, {self.skipped:,} skipped in {self.elapsed:.1f} s"
        finished = self.done + self.failed
        if self.first_result is not None and finished > 1:
            steady = time.monotonic() - self.first_result
            text += f" ({(finished - 1) / max(steady, 1e-9):.1f} articles/s after start-up)"
        return text + (" — interrupted; rerun with --resume to finish" if self.interrupted else "")


Planned = tuple[Job, object]
Results = Generator[tuple[Job, object, Outcome], None, None]


def _in_process(planned: Iterator[Planned], stop: StopFlag) -> Results:
    for job, target in planned:
        if stop.requested:
            return
        yield job, target, run_job(job)


def _result(future: Future[Outcome], stop: StopFlag) -> Outcome | None:
    """Wait for one result, waking up to notice an interrupt; None when stopping."""
    while not stop.requested:
        try:
            return future.result(timeout=0.2)
        except TimeoutError:
            continue
    return None


def _pooled(planned: Iterator[Planned], stop: StopFlag, workers: int, window: int) -> Results:
    """Results in input order with at most `window` jobs in flight (flat memory, busy workers)."""
    pool = _new_pool(workers)
    pending: deque[tuple[Job, object, Future[Outcome]]] = deque()
    try:
        while True:
            while len(pending) < window and not stop.requested and (nxt := next(planned, None)):
                pending.append((nxt[0], nxt[1], pool.submit(run_job, nxt[0])))
            if not pending or stop.requested:
                return
            job, target, future = pending.popleft()
            try:
                outcome = _result(future, stop)
            except BrokenProcessPool:
                # A worker died outright (out of memory, a crash in native code): name the job
                # we were waiting for, start a fresh pool and resubmit the rest.
                outcome = Outcome(*_crash_record(job))
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _new_pool(workers)
                pending = deque((j, t, pool.submit(run_job, j)) for j, t, _ in pending)
            if outcome is None:
                return
            yield job, target, outcome
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver, not fork: the main process may run threads (the progress bar, the input counter).
    context = get_context("forkserver" if os.name == "posix" else "spawn")
    if os.name == "posix":
        # Import and load Kiwi once in the fork server, not once per worker: the workers forked
        # from it share the model's memory (extractor/shared_kiwi.py).
        context.set_forkserver_preload(["extractor.pipeline", "extractor.batch", "extractor.shared_kiwi"])
    initargs = (_settings["indent"], _max_bytes(), os.getpid())
    return ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker, initargs=initargs)


def _crash_record(job: Job) -> tuple[str, str]:
    message = "a worker process died while extracting this input (or one next to it in the queue)"
    record = error_record(job, "internal", message).model_dump_json(indent=_settings["indent"])
    return record, f"{job.key}: internal: {message}"


def _planned(
    jobs: Iterable[Job], sink: Sink, totals: Totals, on_skip: Callable[[], None]
) -> Iterator[Planned]:
    for job in jobs:
        target = sink.plan(job)
        if target is None:
            totals.skipped += 1
            on_skip()
        else:
            yield job, target


def default_workers() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


@dataclass
class Progress:
    """Callbacks the CLI uses to draw a progress bar and report failures; all optional."""

    advance: Callable[[], None] = lambda: None
    report: Callable[[str], None] = lambda message: None


def run_batch(
    jobs: Iterable[Job],
    sink: Sink,
    *,
    workers: int = 1,
    indent: int | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
    progress: Progress | None = None,
) -> Totals:
    """Extract every job into `sink` in input order; Ctrl-C/SIGTERM stop cleanly after whole writes."""
    progress = progress or Progress()
    configure(indent, max_bytes)
    totals = Totals()
    stop = StopFlag()
    restore = _install_handlers(stop)
    try:
        planned = _planned(jobs, sink, totals, progress.advance)
        results = _in_process(planned, stop) if workers <= 1 else _pooled(planned, stop, workers, workers * 8)
        # closing(): a failed write (a closed pipe) must still shut the pool down, now, not at GC.
        with closing(results):
            _drain(results, sink, totals, progress)
    finally:
        totals.interrupted = stop.requested
        restore()
        sink.close()
    return totals


def _drain(results: Results, sink: Sink, totals: Totals, progress: Progress) -> None:
    for _job, target, outcome in results:
        record_outcome(sink, target, outcome, totals, progress)


def record_outcome(sink: Sink, target: object, outcome: Outcome, totals: Totals, progress: Progress) -> None:
    """Write one finished input and count it (shared by the local pool and the Dask driver)."""
    sink.write(target, outcome)
    totals.first_result = totals.first_result or time.monotonic()
    if outcome.error is None:
        totals.done += 1
    else:
        totals.failed += 1
        progress.report(outcome.error)
    progress.advance()


def _install_handlers(stop: StopFlag) -> Callable[[], None]:
    """Route SIGINT/SIGTERM to `stop` (main thread only; elsewhere the defaults stay)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {sig: signal.signal(sig, stop.handle) for sig in (signal.SIGINT, signal.SIGTERM)}

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore
