"""Bad input through the real CLI: one line on stderr, the documented exit code, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SCRIPT = Path(sys.executable).parent / "extract"
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from cli import main; main()"]

# exit codes documented in extractor/errors.py and README's table
NOT_FOUND, EMPTY, NOT_TEXT, TOO_LARGE = 3, 4, 5, 6


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120)


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"\n   \n\t\n")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\n")
    (folder / "archive.zip").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100))
    (folder / "article.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))  # binary under a text name
    (folder / "garbage.txt").write_bytes(bytes((i * 167 + 13) % 256 for i in range(4000)))
    (folder / "broken_utf16.txt").write_bytes(b"\xff\xfe\x00\xd8A\x00")
    with (folder / "huge.txt").open("wb") as handle:  # 20 MB, sparse: the size check comes before reading
        handle.truncate(20 * 1024 * 1024)
    return folder


ERRORS = [
    ("missing path", "does-not-exist.txt", NOT_FOUND),
    ("empty file", "empty.txt", EMPTY),
    ("only white space", "blank.txt", EMPTY),
    ("png", "image.png", NOT_TEXT),
    ("pdf", "report.pdf", NOT_TEXT),
    ("zip", "archive.zip", NOT_TEXT),
    ("png named .txt", "article.png.txt", NOT_TEXT),
    ("undecodable bytes", "garbage.txt", NOT_TEXT),
    ("utf-16 BOM, broken text", "broken_utf16.txt", NOT_TEXT),
    ("20 MB file", "huge.txt", TOO_LARGE),
]


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], code: int) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith("extract: ")
    assert result.stdout == b""


@pytest.mark.parametrize(("name", "code"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_bad_input_is_one_line_and_exit_code(bad_inputs: Path, name: str, code: int) -> None:
    assert_one_line_error(run(str(bad_inputs / name)), code)


@pytest.mark.parametrize(("name", "code"), [e[1:] for e in ERRORS[1:]], ids=[e[0] for e in ERRORS[1:]])
def test_bad_input_never_leaves_an_output_file(
    bad_inputs: Path, tmp_path: Path, name: str, code: int
) -> None:
    out = tmp_path / "out.json"
    result = run(str(bad_inputs / name), "-o", str(out))
    assert result.returncode == code
    assert not out.exists()
    assert not list(tmp_path.glob(".out.json.*"))


def test_empty_standard_input() -> None:
    assert_one_line_error(run("-", stdin=b""), EMPTY)


def test_binary_standard_input() -> None:
    assert_one_line_error(run("-", stdin=b"%PDF-1.4\n" + bytes(64)), NOT_TEXT)


def test_directory_is_not_a_traceback(bad_inputs: Path) -> None:
    empty_dir = bad_inputs / "folder"
    empty_dir.mkdir(exist_ok=True)
    result = run(str(empty_dir))
    assert b"Traceback" not in result.stderr
    assert result.returncode in {0, NOT_FOUND}


VALID_BUT_EMPTY = [
    ("html without a body", "samples/no_body.html"),
    ("non-Korean text", "-"),
]


@pytest.mark.parametrize("source", [v[1] for v in VALID_BUT_EMPTY], ids=[v[0] for v in VALID_BUT_EMPTY])
def test_valid_article_with_empty_lists(source: str) -> None:
    result = run(source, stdin=b"The quick brown fox jumps over the lazy dog.\nNothing Korean here.\n")
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    article = json.loads(result.stdout)
    assert article["warnings"]
    for key in ("people", "organizations", "quotes", "budgets", "task_lists"):
        assert article[key] == [], key


# ---------------------------------------------------------------- hardening (issue 15)

OUTPUT_FAILED, USAGE, BROKEN_PIPE = 74, 2, 141
ARTICLE = "서울시는 1일 청년 일자리 예산 3억원을 편성했다고 밝혔다.\n"


def _closing(fd: int) -> Callable[[], None]:
    return lambda: os.close(fd)


def test_closed_standard_input_is_one_line() -> None:
    result = subprocess.run([*COMMAND, "-"], capture_output=True, preexec_fn=_closing(0), timeout=120)
    assert_one_line_error(result, NOT_FOUND)
    assert b"standard input is closed" in result.stderr


def test_closed_standard_output_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for args in ([str(tmp_path / "a.txt")], [str(tmp_path)]):
        result = subprocess.run([*COMMAND, *args], capture_output=True, preexec_fn=_closing(1), timeout=120)
        assert_one_line_error(result, OUTPUT_FAILED)
        assert b"standard output is closed" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("batch", [False, True], ids=["one file", "a directory"])
def test_a_full_disk_on_standard_output_is_one_line(tmp_path: Path, batch: bool) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    target = str(tmp_path) if batch else str(tmp_path / "a.txt")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*COMMAND, target, "-j", "1", "-q"], stdout=full, stderr=subprocess.PIPE, timeout=120
        )
    stderr = result.stderr.decode()
    assert result.returncode == OUTPUT_FAILED, stderr
    assert stderr == "extract: cannot write standard output: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_endless_inputs_stop_at_the_size_limit() -> None:
    assert_one_line_error(run("/dev/zero"), TOO_LARGE)
    with open("/dev/zero", "rb") as endless:  # an endless standard input, like `yes | extract -`
        result = subprocess.run([*COMMAND, "-"], stdin=endless, capture_output=True, timeout=120)
    assert_one_line_error(result, TOO_LARGE)


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_below_one_is_a_usage_error(value: str) -> None:
    result = run("samples/gwangju_future_car.txt", "--max-bytes", value)
    assert result.returncode == USAGE and result.stdout == b""


def test_a_missing_name_with_a_newline_is_still_one_line() -> None:
    result = run("no\nsuch.txt")
    assert_one_line_error(result, NOT_FOUND)
    assert result.stderr == b"extract: no\\nsuch.txt: no such file\n"


def test_a_file_name_that_is_not_utf8_is_escaped(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/\xb1\xa4\xc1\xd6.txt"  # EUC-KR bytes in a file name
    with open(name, "wb") as handle:
        handle.write(ARTICLE.encode())
    result = subprocess.run([*COMMAND, name], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["source"]["path"] == f"{tmp_path}/\\xb1\\xa4\\xc1\\xd6.txt"


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    # More output than a pipe holds (64 KiB): the run cannot finish before the reader goes.
    for n in range(100):
        (tmp_path / f"{n:03d}.txt").write_text(f"{n}번째 소식\n{ARTICLE * 3}", encoding="utf-8")
    # `extract DIR | head -1`: read one line, then close the pipe.
    proc = subprocess.Popen(
        [*COMMAND, str(tmp_path), "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    json.loads(proc.stdout.readline())
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == BROKEN_PIPE
    assert stderr == b""
