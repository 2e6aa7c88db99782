"""The output side of a batch: where each finished job's line of JSON goes.

A `Sink` plans a job's target (or skips it: --resume) and writes its `Outcome`:
`StreamSink` (JSON Lines on a stream), `DirectorySink` (one NAME.json per input,
written atomically), `JsonlFileSink` (one locked JSON Lines file, repaired on resume).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol, TextIO

from extractor.batch_inputs import Job
from extractor.guards import lock_exclusively, output_errors
from schemas.models import json_safe

_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once at import: mkstemp's 0600 would make outputs private to us


@dataclass(frozen=True, slots=True)
class Outcome:
    """A finished job: one line of JSON (an article or an error record)."""

    json: str
    error: str | None = None  # "kind: message" when the job failed


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
