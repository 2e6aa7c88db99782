"""Many inputs → ordered results: the worker side, the worker pool, interrupts and totals.

The main process only expands inputs (`extractor.batch_inputs`), dispatches them and
writes results (`extractor.batch_sinks`); workers read, decode and analyse. Results come
back in input order through a bounded window of in-flight jobs, so memory stays flat over
millions of inputs. Every failure becomes an `ErrorRecord` in the output stream.

The names callers use from the input and output sides are re-exported here, so
`from extractor.batch import Job, expand_inputs, StreamSink, run_batch` keeps working.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing import get_context
from types import FrameType

from extractor.batch_inputs import (
    BadRecord,
    Job,
    count_inputs,
    expand_inputs,
    extract_path,
    extract_stdin_bytes,
    is_batch_argument,
    line_limit,
    read_bytes,
)
from extractor.batch_sinks import (
    DirectorySink,
    JsonlFileSink,
    Outcome,
    Sink,
    StreamSink,
    repair_jsonl,
    safe_name,
    write_atomically,
)
from extractor.errors import ExtractError, InputTooLarge, InternalError
from extractor.guards import exit_with
from extractor.page.ingest import MAX_INPUT_BYTES
from schemas import Article, ErrorRecord, Source

__all__ = [  # re-exported from batch_inputs and batch_sinks, or defined here
    "BadRecord",
    "DirectorySink",
    "Job",
    "JsonlFileSink",
    "Outcome",
    "Progress",
    "Sink",
    "StopFlag",
    "StreamSink",
    "Totals",
    "configure",
    "count_inputs",
    "default_workers",
    "error_record",
    "expand_inputs",
    "extract_job",
    "extract_path",
    "extract_stdin_bytes",
    "init_worker",
    "is_batch_argument",
    "line_limit",
    "read_bytes",
    "record_outcome",
    "repair_jsonl",
    "run_batch",
    "run_job",
    "safe_name",
    "write_atomically",
]

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
