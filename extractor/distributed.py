"""Extraction on a Dask cluster: `extract INPUTS --dask local[:N]|tcp://HOST:PORT`, and for notebooks.

    from extractor.distributed import extract_bag, extract_dataframe
    articles = extract_bag(["archive/**/*.txt", "feed.jsonl.gz"])   # a dask.bag of dicts
    frame = extract_dataframe(["articles.parquet"])                 # a dask DataFrame, a row an article

The client only plans: it lists files and counts the records of archives and
tables, and turns them into small `Partition`s (a few file names, or a range
of lines or rows of one file). Dask workers read their partition themselves,
so no article text passes through the client or sits in memory all at once.
A worker extracts with the local batch's own machinery (`batch.run_job`), so
a bad input becomes the same error record, and partitions come back in input
order: a Dask run writes what a local run writes. Each worker process loads
one Kiwi, once (`KiwiPlugin`, or lazily on its first article); Kiwi is never
part of a task. Run workers with one thread each: Kiwi and the rules are
single-threaded, processes give the parallelism.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import multiprocessing
import os
import re
import sys
import threading
import uuid
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import dask
import dask.bag
import distributed
from dask.delayed import delayed
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.diagnostics.progressbar import TextProgressBar

from extractor.batch import (
    Progress,
    StopFlag,
    Totals,
    _crash_record,
    _install_handlers,
    configure,
    default_workers,
    record_outcome,
    run_job,
)
from extractor.batch_inputs import (
    _GLOB_CHARS,
    Job,
    _file_jobs,
    _open_archive,
    _stem,
    archive_jobs,
    bounded_lines,
    is_jsonl_name,
    line_limit,
    walk_directory,
)
from extractor.batch_sinks import Outcome, Sink
from extractor.errors import InputNotFound, UndecodableInput
from extractor.page.ingest import MAX_INPUT_BYTES, looks_binary
from extractor.tables import count_rows, is_table_name, table_jobs

PARTITION_SIZE = 64  # articles a task: seconds of work, small enough to spread and to retry
_LOCAL = re.compile(r"local(?::(\d+))?")

Result = tuple[str, str, Outcome]  # the job's key and stem (for the sink), its outcome


@dataclass(frozen=True, slots=True)
class Partition:
    """What one Dask task reads and extracts: a few file names, or a range of an archive or a table."""

    kind: Literal["files", "jsonl", "table", "jobs"]
    paths: tuple[str, ...] = ()  # files: plain article files, each one article
    path: str = ""  # jsonl, table: the file
    start: int = 0  # jsonl: the first line (0-based, blank lines counted); table: the first row
    stop: int | None = None  # exclusive; None: to the end of the file (and its read error, if any)
    offset: int = 0  # jsonl: the (decompressed) byte offset of line `start`
    jobs: tuple[Job, ...] = ()  # jobs: inputs known to fail before reading (a glob that matches nothing)


# ---------------------------------------------------------------- planning (the client)


def _sources(args: Iterable[str], jsonl: bool) -> Iterator[tuple[str, str] | Job]:
    """Like `batch_inputs.expand_inputs`, but naming files by kind instead of reading archives."""
    for arg in args:
        if arg == "-":
            raise ValueError("standard input cannot be sent to a Dask cluster; name files instead")
        if os.path.isdir(arg):
            paths: Iterable[str] = walk_directory(arg)
        elif _GLOB_CHARS.search(arg) and not os.path.exists(arg):
            paths = [m for m in sorted(glob.glob(arg, recursive=True)) if os.path.isfile(m)]
            if not paths:
                yield Job(
                    key=arg, stem=_stem(arg), path=arg, problem=InputNotFound(f"{arg}: no file matches")
                )
        else:
            paths = [arg]
        for path in paths:
            if is_table_name(path):
                yield "table", path
            elif jsonl or is_jsonl_name(path):
                yield "jsonl", path
            else:
                yield "file", path


def _excluded(path: str, exclude: Path | None) -> bool:
    if exclude is None:
        return False
    excluded, where = os.path.realpath(exclude), os.path.realpath(path)
    return where == excluded or where.startswith(excluded + os.sep)


def plan_partitions(
    inputs: Iterable[str],
    *,
    jsonl: bool = False,
    size: int = PARTITION_SIZE,
    exclude: Path | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Partition]:
    """The inputs as partitions of about `size` articles, in input order."""
    files: list[str] = []
    for source in _sources(inputs, jsonl):
        if files and (isinstance(source, Job) or source[0] != "file"):
            yield Partition("files", paths=tuple(files))  # keep input order: these go before the archive
            files = []
        if isinstance(source, Job):
            yield Partition("jobs", jobs=(source,))
            continue
        kind, path = source
        if _excluded(path, exclude):
            continue
        if kind == "file":
            files.append(path)
            if len(files) >= size:
                yield Partition("files", paths=tuple(files))
                files = []
        elif kind == "jsonl":
            yield from _jsonl_partitions(path, size, max_bytes)
        else:
            rows = count_rows(path)
            for start in range(0, rows, size):
                yield Partition(
                    "table", path=path, start=start, stop=start + size if start + size < rows else None
                )
    if files:
        yield Partition("files", paths=tuple(files))


def _jsonl_partitions(path: str, size: int, max_bytes: int) -> Iterator[Partition]:
    """Ranges of `size` records of a JSON Lines archive, found by reading it once (streamed).

    Lines are cut as the local reader cuts them (`batch_inputs.bounded_lines`): an overlong line is
    one record (its too_large error) and is never held whole, here or in a worker.
    """
    try:
        stream = _open_archive(path)
    except OSError:
        yield Partition("jobs", jobs=tuple(_file_jobs(path, True)))  # the open error, worded as locally
        return
    start = start_offset = lineno = offset = records = 0
    with stream:
        try:
            for line, taken in bounded_lines(stream, line_limit(max_bytes)):
                if lineno == 0 and line is not None and looks_binary(line[:4096]):
                    break  # one binary_input record, from the single range below
                is_record = line is None or bool(line.strip())
                if records == size and is_record:
                    yield Partition("jsonl", path=path, start=start, stop=lineno, offset=start_offset)
                    start, start_offset, records = lineno, offset, 0
                lineno += 1
                offset += taken
                records += is_record
        except (OSError, EOFError, zlib.error):
            pass  # the worker reading the last range meets the same error and reports it, as locally
    yield Partition("jsonl", path=path, start=start, stop=None, offset=start_offset)


# ---------------------------------------------------------------- extracting (a worker)


def partition_jobs(part: Partition, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Job]:
    """The jobs of a partition, exactly as `batch_inputs.expand_inputs` gives them for the same inputs."""
    if part.kind == "jobs":
        yield from part.jobs
    elif part.kind == "files":
        for path in part.paths:
            yield from _file_jobs(path, False, named=False)
    elif part.kind == "table":
        yield from table_jobs(part.path, part.start, part.stop)
    else:
        yield from _jsonl_range(part, max_bytes)


def _jsonl_range(part: Partition, max_bytes: int) -> Iterator[Job]:
    path = part.path
    try:
        stream = _open_archive(path)
    except OSError:  # gone since planning
        yield from _file_jobs(path, True)  # the open error, worded as locally
        return
    with stream:
        try:
            stream.seek(part.offset)  # a .gz file seeks by reading forward: the range's own share of work
            yield from archive_jobs(stream, path, max_bytes, start=part.start, stop=part.stop)
        except (OSError, EOFError, zlib.error) as exc:
            # Keyed by the archive's path, as in a local run (batch_inputs._file_jobs):
            # --resume finds it done.
            yield Job(key=path, stem=_stem(path), path=path, problem=UndecodableInput(f"{path}: {exc}"))


def extract_partition(
    part: Partition, indent: int | None = None, max_bytes: int = MAX_INPUT_BYTES
) -> list[Result]:
    """The Dask task: every job of the partition through `batch.run_job`, in order."""
    configure(indent, max_bytes)
    return [(job.key, job.stem, run_job(job)) for job in partition_jobs(part, max_bytes)]


class KiwiPlugin(WorkerPlugin):
    """Load the worker process's one Kiwi when the worker starts, not inside its first task."""

    name = "extract-kiwi"
    idempotent = True

    def setup(self, worker: distributed.Worker) -> None:
        from extractor.analysis import get_kiwi

        get_kiwi().tokenize("준비")


# ---------------------------------------------------------------- the cluster


def local_workers(address: str) -> int | None:
    """N for 'local:N', the cores for 'local', None for a scheduler's address.

    >>> local_workers("local:3"), local_workers("tcp://10.0.0.5:8786")
    (3, None)
    """
    match = _LOCAL.fullmatch(address)
    if match is None:
        return None
    return int(match.group(1)) if match.group(1) else default_workers()


@contextmanager
def connect(address: str) -> Iterator[distributed.Client]:
    """A client of a new `LocalCluster` ('local', 'local:N') or of a running scheduler (tcp://…)."""
    workers = local_workers(address)
    if workers is None:
        with distributed.Client(address) as client:
            client.register_plugin(KiwiPlugin())
            yield client
        return
    # No statistical profiler in the workers: it samples every thread 100 times a second, for a
    # dashboard we do not start, and costs CPU that extraction needs.
    # Longer comm timeouts: on an overloaded machine a starved event loop can go quiet for more
    # than the default 30 s, and a dropped connection ends the run.
    local_config = {
        "distributed.worker.multiprocessing-method": "forkserver",
        "distributed.worker.profile.enabled": False,
        "distributed.comm.timeouts.connect": "120s",
        "distributed.comm.timeouts.tcp": "300s",
    }
    with dask.config.set(local_config):
        share_kiwi_between_workers()
        with (
            distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            client.register_plugin(KiwiPlugin())
            yield client


def share_kiwi_between_workers() -> None:
    """Start this machine's Dask workers from a fork server that has loaded Kiwi (as the local pool does).

    distributed sets the fork server's preload list once, on its first use of
    it; we take that first use and add our module, so worker processes start
    with the model in shared pages (~60 MB each instead of ~530 MB).
    """
    from distributed.utils import get_mp_context

    get_mp_context()  # lets distributed set (and mark as set) its own preload list …
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["distributed", "extractor.pipeline", "extractor.batch", "extractor.shared_kiwi"]
    )  # … which this replaces, before the fork server starts


class _StderrProgressBar(TextProgressBar):
    """Dask's text progress bar, drawn on stderr: stdout carries the JSON."""

    def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:
        frac = (1 - remaining / all) if all else 1.0
        sys.stderr.write(f"\r[{'#' * int(self.width * frac):<{self.width}}] | {int(100 * frac)}% Completed")
        sys.stderr.flush()

    def _draw_stop(self, **kwargs: Any) -> None:
        sys.stderr.write("\33[2K\r")
        sys.stderr.flush()


def run_on_dask(
    client: distributed.Client,
    inputs: list[str],
    sink: Sink,
    *,
    jsonl: bool = False,
    indent: int | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
    exclude: Path | None = None,
    partition_size: int = PARTITION_SIZE,
    progress: Progress | None = None,
    bar: bool = False,
) -> Totals:
    """Extract every input on the cluster into `sink`, in input order (the local `run_batch`'s twin).

    Every partition is submitted at once (Dask runs them roughly in that
    order); results are taken in order and released once written, so the
    cluster holds little more than the partitions in flight. A partition
    whose worker dies is run again by Dask elsewhere; one that kills every
    worker it meets (Dask's KilledWorker) gives each of its inputs an error
    record, as a dead local worker does.
    """
    progress = progress or Progress()
    configure(indent, max_bytes)
    totals, stop = Totals(), StopFlag()
    parts = list(
        plan_partitions(inputs, jsonl=jsonl, size=partition_size, exclude=exclude, max_bytes=max_bytes)
    )
    run = uuid.uuid4().hex[:8]
    keys = [f"extract-partition-{run}-{i:07d}" for i in range(len(parts))]
    futures = client.map(extract_partition, parts, indent=indent, max_bytes=max_bytes, key=keys, pure=False)
    drawing = None
    if bar:
        assert client.scheduler is not None
        drawing = threading.Thread(
            target=_draw_progress, args=(futures, client.scheduler.address), daemon=True
        )
        drawing.start()
    restore = _install_handlers(stop)
    try:
        for part, future in zip(parts, futures, strict=True):
            results = _result(future, part, stop, max_bytes)
            if results is None:
                break
            future.release()
            for key, stem, outcome in results:
                _write(sink, Job(key=key, stem=stem), outcome, totals, progress)
    finally:
        totals.interrupted = stop.requested
        restore()
        client.cancel([f for f in futures if not f.done()])
        if drawing is not None:
            drawing.join(timeout=5)  # let the bar see the end before the cluster goes away
        sink.close()
    return totals


def _draw_progress(futures: list[distributed.Future[list[Result]]], scheduler: str) -> None:
    # The bar listens to the scheduler until every partition is done; a run that is
    # interrupted closes the cluster under it, which must not print a traceback.
    with contextlib.suppress(asyncio.CancelledError, OSError):
        _StderrProgressBar(futures, scheduler=scheduler)


def _result(
    future: distributed.Future[list[Result]], part: Partition, stop: StopFlag, max_bytes: int
) -> list[Result] | None:
    while not stop.requested:
        # Wait on the future (the timeout inside the coroutine), never `result(timeout=…)`:
        # distributed's sync() with a callback timeout can end in its own UnboundLocalError when
        # the timeout races the result (seen on a 9,997-article run: a traceback, half the output).
        try:
            distributed.wait(future, timeout=0.2)
        except distributed.TimeoutError:
            continue
        try:
            return future.result()
        except distributed.KilledWorker:
            jobs = partition_jobs(part, max_bytes)
            return [(job.key, job.stem, Outcome(*_crash_record(job))) for job in jobs]
    return None


def _write(sink: Sink, job: Job, outcome: Outcome, totals: Totals, progress: Progress) -> None:
    target = sink.plan(job)
    if target is None:
        totals.skipped += 1
        progress.advance()
    else:
        record_outcome(sink, target, outcome, totals, progress)


# ---------------------------------------------------------------- for notebooks


def _records(part: Partition, max_bytes: int) -> list[dict[str, Any]]:
    import json

    return [json.loads(outcome.json) for _key, _stem, outcome in extract_partition(part, None, max_bytes)]


def extract_bag(
    inputs: Iterable[str] | str,
    *,
    jsonl: bool = False,
    partition_size: int = PARTITION_SIZE,
    max_bytes: int = MAX_INPUT_BYTES,
) -> dask.bag.Bag:
    """A dask.bag of output records (articles and error records, as dicts), in input order.

    Computed with whatever scheduler is active: a `distributed.Client` makes
    it run on that cluster.
    """
    names = [inputs] if isinstance(inputs, str) else list(inputs)
    parts = list(plan_partitions(names, jsonl=jsonl, size=partition_size, max_bytes=max_bytes))
    tasks = [delayed(_records, pure=True)(part, max_bytes) for part in parts]
    bag: dask.bag.Bag = dask.bag.from_delayed(tasks)
    return bag


def _frame(part: Partition, max_bytes: int) -> Any:
    import pandas as pd
    import pyarrow as pa

    from schemas.arrow import ARTICLE_SCHEMA

    rows = [r for r in _records(part, max_bytes) if "error" not in r]
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA).to_pandas(types_mapper=pd.ArrowDtype)


def extract_dataframe(
    inputs: Iterable[str] | str,
    *,
    jsonl: bool = False,
    partition_size: int = PARTITION_SIZE,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Any:
    """A dask DataFrame, one row per article, columns as in the Parquet output (schemas.arrow).

    Error records are left out (`extract_bag` has them); `.to_parquet(DIR)`
    writes from the workers.
    """
    import dask.dataframe as dd

    names = [inputs] if isinstance(inputs, str) else list(inputs)
    parts = list(plan_partitions(names, jsonl=jsonl, size=partition_size, max_bytes=max_bytes))
    meta = _empty_frame()
    tasks = [delayed(_frame, pure=True)(part, max_bytes) for part in parts]
    return dd.from_delayed(tasks, meta=meta, verify_meta=False)


def _empty_frame() -> Any:
    import pandas as pd
    import pyarrow as pa

    from schemas.arrow import ARTICLE_SCHEMA

    return pa.Table.from_pylist([], schema=ARTICLE_SCHEMA).to_pandas(types_mapper=pd.ArrowDtype)
