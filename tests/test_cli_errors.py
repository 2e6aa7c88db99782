"""Bad input through the real CLI: one line on stderr, the documented exit code, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
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
