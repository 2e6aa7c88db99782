"""Input errors: each has a kind (used in batch error records) and a CLI exit code.

Exit codes (also in README):
  0 success · 1 some inputs of a batch failed · 2 usage error ·
  3 input not found or not readable · 4 empty input ·
  5 not a text or HTML document (binary, undecodable) · 6 input too large ·
  70 internal error (a bug in extract: please report it with the input) ·
  74 the output cannot be written (standard output closed, disk full, FILE.jsonl in use) ·
  130 interrupted · 141 standard output's reader went away (`| head`): no message
"""

from __future__ import annotations

import re

from schemas.models import json_safe

EXIT_BROKEN_PIPE = 141  # what a shell reports for a process killed by SIGPIPE: 128 + 13
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """A message fit for one line of stderr: control characters (a newline in a file name)
    escaped, a file name's undecodable bytes as \\xNN.

    >>> one_line("no\\nsuch.txt: no such file")
    'no\\\\nsuch.txt: no such file'
    >>> one_line("\\udcb1.txt")
    '\\\\xb1.txt'
    """
    return _UNPRINTABLE.sub(lambda m: repr(m[0])[1:-1], json_safe(message))


class ExtractError(Exception):
    """A bad input that the tool reports in one line instead of a traceback."""

    kind = "error"
    exit_code = 1


class InputNotFound(ExtractError):
    kind = "not_found"
    exit_code = 3


class InputNotReadable(ExtractError):
    kind = "not_readable"
    exit_code = 3


class EmptyInput(ExtractError):
    kind = "empty"
    exit_code = 4


class BinaryInput(ExtractError):
    kind = "binary"
    exit_code = 5


class UndecodableInput(ExtractError):
    kind = "undecodable"
    exit_code = 5


class InputTooLarge(ExtractError):
    kind = "too_large"
    exit_code = 6


class OutputError(ExtractError):
    """The output cannot be written: the run stops, since every further result would be lost too."""

    kind = "output"
    exit_code = 74


class InternalError(ExtractError):
    """An unexpected failure inside an extractor, caught at the one batch boundary."""

    kind = "internal"
    exit_code = 70
