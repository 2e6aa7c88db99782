"""What keeps a run bounded whatever it meets: special files, gzip streams, failed writes,
a second writer, a main process that dies.

Small OS-level helpers used by `batch`; none of them knows about articles.
"""

from __future__ import annotations

import gzip
import io
import os
import select
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from extractor.errors import ExtractError, InputNotReadable, OutputError

_GZIP_MAGIC = b"\x1f\x8b"


def gunzipped(stream: BinaryIO) -> BinaryIO:
    """The stream, decompressed when it starts like gzip (a file or standard input alike)."""
    peekable = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[type-var]
    if peekable.peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=peekable)  # type: ignore[return-value]
    return peekable


def special_file(path: str) -> ExtractError | None:
    """A FIFO, socket or device met in a walk or a glob: opening it could block for ever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or a broken link: reading it reports that
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return InputNotReadable(f"{path}: not a regular file (a FIFO, socket or device); name it to read it")


@contextmanager
def output_errors(where: object) -> Iterator[None]:
    """A failed write (disk full, a closed stream) as one `OutputError`; a closed pipe stays
    BrokenPipeError, which the CLI ends quietly (`| head`)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {where}: {exc.strerror or exc}") from None


def lock_exclusively(handle: BinaryIO, path: Path) -> None:
    """Hold an advisory lock on an output file for the run, or refuse: two writers would interleave."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one run at a time is up to the user
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        busy = f"{path} is being written by another extract run; wait for it or use another file"
        raise OutputError(busy) from None


def exit_with(parent: int) -> None:
    """End this worker when the main process ends, even by kill -9, which runs no clean-up.

    Workers are children of the fork server, not of the main process, and hold their task
    queue's both ends: nothing else would ever tell them. A thread waits on a pidfd (Linux),
    elsewhere it polls once a second.
    """

    def watch() -> None:
        try:
            handle: int | None = os.pidfd_open(parent)
        except (AttributeError, OSError):  # not Linux ≥ 5.3, or the parent is already gone
            handle = None
        if handle is not None:
            select.select([handle], [], [])  # readable once the process has exited
        else:
            while _alive(parent):
                time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
