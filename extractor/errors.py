"""Input errors: each has a kind (used in batch error records) and a CLI exit code.

Exit codes (also in README):
  0 success · 1 some inputs of a batch failed · 2 usage error ·
  3 input not found or not readable · 4 empty input ·
  5 not a text or HTML document (binary, undecodable) · 6 input too large ·
  70 internal error (a bug in extract: please report it with the input)
"""

from __future__ import annotations


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


class InternalError(ExtractError):
    """An unexpected failure inside an extractor, caught at the one batch boundary."""

    kind = "internal"
    exit_code = 70
