"""Article tables as inputs: Parquet and CSV files with a `text` or `html` column, one article a row.

A row is read like a line of a JSON Lines archive (`batch_inputs.record_job`): its
`html` or `text` is the article, optional `id` and `url` columns are carried
into `source`, a row with no id is named `FILE:ROW` (rows count from 1, the
header not counted) and a row with neither column filled becomes a
`bad_record` error in its place. Rows are streamed (Parquet by row group, CSV
line by line), and `start`/`stop` pick a range of them, so a Dask partition
reads only its own rows. Parquet needs pyarrow (`pip install 'extract[dask]'`).
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from extractor.batch_inputs import BadRecord, Job, _stem
from extractor.errors import ExtractError, InputNotFound, InputNotReadable, UndecodableInput

if TYPE_CHECKING:
    from typing import TextIO

PARQUET_SUFFIXES = (".parquet", ".pq")
CSV_SUFFIXES = (".csv", ".csv.gz")
COLUMNS = ("id", "url", "html", "text")
_BATCH_ROWS = 256  # Parquet rows decoded at a time: a few MB of articles at most

# Fields hold whole HTML pages; the per-record size limit (--max-bytes) applies later, per row.
csv.field_size_limit(1 << 30)


def is_table_name(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES + CSV_SUFFIXES)


def is_parquet_name(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def _cell(value: object) -> str | None:
    """A cell as a string, or None when empty (CSV cannot tell an empty cell from a missing one)."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    return text if text != "" else None


def row_job(row: Mapping[str, object], table: str, number: int) -> Job:
    """One row: {id?, url?, html | text}, read as `batch_inputs.record_job` reads a JSON Lines record."""
    where = f"{table}:{number}"
    record_id = _cell(row.get("id")) or where
    url = _cell(row.get("url"))
    job = Job(key=record_id, stem=record_id, archive=table, record_id=record_id, url=url)
    html, text = row.get("html"), row.get("text")
    if isinstance(html, str) and html:
        return replace(job, content=html, content_format="html")
    if isinstance(text, str) and text:
        return replace(job, content=text, content_format="text")
    return replace(job, problem=BadRecord(f"row {number}: no 'html' or 'text' string"))


def _whole_file_problem(path: str, problem: ExtractError) -> Job:
    return Job(key=path, stem=_stem(path), path=path, problem=problem)


def _open_problem(path: str, exc: OSError) -> ExtractError:
    if isinstance(exc, FileNotFoundError):
        return InputNotFound(f"{path}: no such file")
    return InputNotReadable(f"{path}: {exc.strerror or exc}")


def table_jobs(path: str, start: int = 0, stop: int | None = None) -> Iterator[Job]:
    """Jobs for rows start..stop (0-based, stop exclusive; None: to the end) of a table file.

    A file that cannot be opened is one failed job named by its path; one that
    breaks part-way (a truncated .gz, a corrupt row group) ends with a failed
    job named by the file's path, as a JSON Lines archive does.
    """
    rows = _parquet_rows if is_parquet_name(path) else _csv_rows
    try:
        yield from rows(path, start, stop)
    except _Unopenable as unopenable:
        yield _whole_file_problem(path, unopenable.problem)


class _Unopenable(Exception):
    """Raised before the first row: the whole file is one failed input."""

    def __init__(self, problem: ExtractError) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _end_problem(path: str, message: str) -> Job:
    return Job(key=path, stem=_stem(path), path=path, problem=UndecodableInput(f"{path}: {message}"))


# ---------------------------------------------------------------- CSV


def _open_csv(path: str) -> TextIO:
    try:
        raw = open(path, "rb")  # noqa: SIM115 - wrapped and returned, closed by the caller
    except OSError as exc:
        raise _Unopenable(_open_problem(path, exc)) from None
    stream: Any = gzip.GzipFile(fileobj=raw) if raw.read(2) == b"\x1f\x8b" else raw
    raw.seek(0)
    # utf-8-sig: spreadsheets save CSV with a byte-order mark.
    return io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")


def _csv_rows(path: str, start: int, stop: int | None) -> Iterator[Job]:
    with _open_csv(path) as stream:
        try:
            reader = csv.DictReader(stream)
            columns = set(reader.fieldnames or ())
            if not columns & {"text", "html"}:
                raise _Unopenable(BadRecord(f"{path}: no 'text' or 'html' column"))
            for index, row in enumerate(reader):
                if stop is not None and index >= stop:
                    return
                if index >= start:
                    yield row_job(row, path, index + 1)
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error) as exc:
            yield _end_problem(path, str(exc))


def _count_csv_rows(path: str) -> int:
    try:
        with _open_csv(path) as stream:
            reader = csv.reader(stream)
            next(reader, None)  # the header
            return sum(1 for _ in reader)
    except (_Unopenable, OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
        return 1


# ---------------------------------------------------------------- Parquet


def _parquet_file(path: str) -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise _Unopenable(
            InputNotReadable(f"{path}: reading Parquet needs pyarrow (pip install 'extract[dask]')")
        ) from None
    try:
        return pq.ParquetFile(path)
    except OSError as exc:
        raise _Unopenable(_open_problem(path, exc)) from None
    except pa.ArrowException as exc:
        raise _Unopenable(UndecodableInput(f"{path}: not a readable Parquet file ({exc})")) from None


def _parquet_rows(path: str, start: int, stop: int | None) -> Iterator[Job]:
    import pyarrow as pa

    parquet = _parquet_file(path)
    names = set(parquet.schema_arrow.names)
    if not names & {"text", "html"}:
        raise _Unopenable(BadRecord(f"{path}: no 'text' or 'html' column"))
    columns = [c for c in COLUMNS if c in names]
    # Read only the row groups that overlap start..stop.
    groups, first_row, offset = [], None, 0
    for group in range(parquet.metadata.num_row_groups):
        rows = parquet.metadata.row_group(group).num_rows
        if offset + rows > start and (stop is None or offset < stop):
            groups.append(group)
            first_row = offset if first_row is None else first_row
        offset += rows
    index = first_row or 0
    try:
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, row_groups=groups, columns=columns):
            for row in batch.to_pylist():
                if stop is not None and index >= stop:
                    return
                if index >= start:
                    yield row_job(row, path, index + 1)
                index += 1
    except (OSError, pa.ArrowException) as exc:
        yield _end_problem(path, str(exc))


def count_rows(path: str) -> int:
    """How many jobs `table_jobs(path)` gives (1 for a file it cannot read: its error record)."""
    if not is_parquet_name(path):
        return _count_csv_rows(path)
    try:
        parquet = _parquet_file(path)
    except _Unopenable:
        return 1
    if not set(parquet.schema_arrow.names) & {"text", "html"}:
        return 1
    return int(parquet.metadata.num_rows)
