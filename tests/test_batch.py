"""Batch processing (issue 6): inputs, ordering, failures in place, sinks, resume, interrupts.

Most tests run the batch in this process with one worker (the session's Kiwi);
the few that need real worker processes or signals start them explicitly.
"""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cli
from extractor import batch
from extractor.batch import DirectorySink, JsonlFileSink, StreamSink, expand_inputs, run_batch
from extractor.errors import OutputError

EXTRACT = Path(sys.executable).with_name("extract")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def article(n: int) -> str:
    """A short, distinct article: fast to analyse, easy to recognise in the output."""
    return (
        f"서울시 {n}번째 소식\n"
        f"김민수 기자 = 서울시는 {n}일 청년 일자리 예산 3억원을 편성했다고 밝혔다.\n"
        '시 관계자는 "내년에도 지원을 이어가겠다"고 말했다.\n'
    )


def html_article(n: int) -> str:
    return f"<html><head><title>소식 {n}</title></head><body><p>{article(n)}</p></body></html>"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A small archive: text, HTML, a .gz, nested directories, a hidden file, a non-article file."""
    root = tmp_path / "in"
    (root / "2022" / "01").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "2022" / "b.html").write_text(html_article(2), encoding="utf-8")
    (root / "2022" / "01" / "c.html.gz").write_bytes(gzip.compress(html_article(3).encode()))
    (root / ".hidden.txt").write_text(article(4), encoding="utf-8")
    (root / ".git" / "d.txt").write_text(article(5), encoding="utf-8")
    (root / "photo.png").write_bytes(PNG)
    return root


def lines_of(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def key_of(record: dict[str, object]) -> object:
    source = record.get("source") or {}
    assert isinstance(source, dict)
    return source.get("id") or source.get("path") or record.get("path")


def run_to_string(args: list[str], workers: int = 1, jsonl: bool = False) -> tuple[str, batch.Totals]:
    out = io.StringIO()
    totals = run_batch(expand_inputs(args, jsonl=jsonl), StreamSink(out), workers=workers)
    return out.getvalue(), totals


# ---------------------------------------------------------------- inputs


def test_directory_walk_is_recursive_sorted_and_skips_hidden_and_non_articles(tree: Path) -> None:
    keys = [job.key for job in expand_inputs([str(tree)])]
    assert keys == [str(tree / p) for p in ("2022/01/c.html.gz", "2022/b.html", "a.txt")]


def test_globs_are_expanded_by_the_tool_including_double_star(tree: Path) -> None:
    keys = [job.key for job in expand_inputs([f"{tree}/**/*.html*", f"{tree}/*.txt"])]
    assert keys == [str(tree / p) for p in ("2022/01/c.html.gz", "2022/b.html", "a.txt")]
    (missing,) = expand_inputs([f"{tree}/nothing/*.txt"])
    assert missing.problem is not None and missing.problem.kind == "not_found"


def test_the_output_is_never_read_as_an_input(tree: Path) -> None:
    (tree / "all.jsonl").write_text('{"id": "old", "text": "이전 결과"}\n', encoding="utf-8")
    (tree / "out").mkdir()
    (tree / "out" / "a.txt").write_text(article(1), encoding="utf-8")
    everything = [job.key for job in expand_inputs([str(tree)])]
    assert "old" in everything and str(tree / "out" / "a.txt") in everything
    without_archive = [job.key for job in expand_inputs([str(tree)], exclude=tree / "all.jsonl")]
    assert without_archive == [k for k in everything if k != "old"]
    without_dir = [job.key for job in expand_inputs([str(tree)], exclude=tree / "out")]
    assert without_dir == [k for k in everything if k != str(tree / "out" / "a.txt")]


def test_jsonl_records_keep_id_and_url_and_a_bad_line_is_an_error_in_place(
    tmp_path: Path, kiwi: object
) -> None:
    lines = [
        json.dumps({"id": "r1", "url": "https://example.kr/1", "text": article(1)}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": 7, "html": html_article(3)}, ensure_ascii=False),
        json.dumps({"id": "r4"}),
        "",
    ]
    plain = tmp_path / "news.jsonl"
    plain.write_text("\n".join(lines), encoding="utf-8")
    packed = tmp_path / "news.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))

    for archive in (plain, packed):
        out, totals = run_to_string([str(archive)])
        records = lines_of(out)
        assert [key_of(r) for r in records] == ["r1", f"{archive}:2", "7", "r4"]
        assert [r.get("error") for r in records] == [None, "bad_record", None, "bad_record"]
        assert records[0]["source"]["url"] == "https://example.kr/1"  # type: ignore[index]
        assert records[2]["source"]["format"] == "html"  # type: ignore[index]
        assert (totals.done, totals.failed) == (2, 2)


def test_gz_file_reads_like_the_plain_file(tmp_path: Path, kiwi: object) -> None:
    plain = tmp_path / "a.txt"
    plain.write_text(article(1), encoding="utf-8")
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(plain.read_bytes()))
    first, second = batch.extract_path(str(plain)), batch.extract_path(str(tmp_path / "a.txt.gz"))
    assert first.text == second.text and first.source.sha256 == second.source.sha256


# ---------------------------------------------------------------- failures and the CLI


def test_failing_file_in_the_middle_gives_an_error_record_in_place_and_exit_1(
    tree: Path, tmp_path: Path, kiwi: object
) -> None:
    good1, good2 = tree / "a.txt", tree / "2022" / "b.html"
    args = [str(good1), str(tree / "photo.png"), str(tmp_path / "missing.txt"), str(good2)]
    result = CliRunner().invoke(cli.app, [*args, "-j", "1"])
    assert result.exit_code == 1
    records = lines_of(result.stdout)
    assert [key_of(r) for r in records] == args
    assert [r.get("error") for r in records] == [None, "binary", "not_found", None]
    assert "photo.png" in result.stderr and "1 failed" not in result.stdout
    assert "2 done, 2 failed, 0 skipped" in result.stderr


def test_unexpected_exception_becomes_an_internal_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, *, path: str | None = None) -> None:
        raise RuntimeError("a bug in a field extractor")

    monkeypatch.setattr("extractor.pipeline.extract_text", broken)
    outcome = batch.run_job(batch.Job(key="r1", stem="r1", content="본문", record_id="r1", archive="x.jsonl"))
    record = json.loads(outcome.json)
    assert record["error"] == "internal" and "a bug in a field extractor" in record["message"]
    assert record["source"]["id"] == "r1"


def test_stdin_alone_is_one_object_and_with_files_is_json_lines(tree: Path, kiwi: object) -> None:
    runner = CliRunner()
    single = runner.invoke(cli.app, ["-", "--compact"], input=article(9).encode())
    assert single.exit_code == 0 and len(single.stdout.splitlines()) == 1
    assert "9번째" in json.loads(single.stdout)["text"]

    mixed = runner.invoke(cli.app, ["-", str(tree / "a.txt"), "-j", "1"], input=article(9).encode())
    assert mixed.exit_code == 0
    assert [key_of(r) for r in lines_of(mixed.stdout)] == [None, str(tree / "a.txt")]

    records = "\n".join(json.dumps({"id": f"s{i}", "text": article(i)}, ensure_ascii=False) for i in range(2))
    piped = runner.invoke(cli.app, ["-", "--jsonl", "-j", "1"], input=records.encode())
    assert [key_of(r) for r in lines_of(piped.stdout)] == ["s0", "s1"]


def test_usage_errors_exit_2(tree: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli.app, [str(tree), "-o", str(tmp_path / "x.json")]).exit_code == 2
    assert runner.invoke(cli.app, [str(tree), "--resume"]).exit_code == 2
    assert runner.invoke(cli.app, [str(tree), "--format", "table"]).exit_code == 2


def test_batch_mode_follows_what_was_typed(tree: Path, tmp_path: Path) -> None:
    assert not cli.is_batch([str(tree / "a.txt")], None, jsonl=False)
    assert not cli.is_batch(["-"], tmp_path / "one.json", jsonl=False)
    assert cli.is_batch([str(tree)], None, jsonl=False)
    assert cli.is_batch([f"{tree}/*.txt"], None, jsonl=False)
    assert cli.is_batch([str(tree / "a.txt")], tmp_path / "all.jsonl", jsonl=False)
    assert cli.is_batch(["-"], None, jsonl=True)


# ---------------------------------------------------------------- outputs and resume


def test_output_dir_names_are_safe_unique_and_never_outside(tmp_path: Path, kiwi: object) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text(article(1), encoding="utf-8")
    (tmp_path / "y" / "a.txt").write_text(article(2), encoding="utf-8")
    archive = tmp_path / "evil.jsonl"
    ids = ["../../escape", "/etc/passwd", "..", "A"]
    archive.write_text("\n".join(json.dumps({"id": i, "text": article(3)}) for i in ids), encoding="utf-8")
    out = tmp_path / "out"
    inputs = [str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt"), str(archive)]
    run_batch(expand_inputs(inputs), DirectorySink(out, resume=False))
    names = sorted(p.name for p in out.iterdir())
    # "A" collides with a.json and a-2.json on case-insensitive file systems, so it is A-3.
    assert names == ["A-3.json", "a-2.json", "a.json", "escape.json", "etc_passwd.json", "input.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.jsonl", "out", "x", "y"]
    assert json.loads((out / "a-2.json").read_text())["source"]["path"] == inputs[1]


def test_resume_into_dir_skips_existing_outputs_and_keeps_names(tmp_path: Path, kiwi: object) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"n{n}.txt").write_text(article(n), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(expand_inputs([str(src)]), DirectorySink(out, resume=False))
    (out / "n1.json").unlink()
    (out / ".n2.json.abc.tmp").write_text("{half")  # left by a run killed with SIGKILL
    totals = run_batch(expand_inputs([str(src)]), DirectorySink(out, resume=True))
    assert (totals.done, totals.skipped) == (1, 2)
    assert sorted(p.name for p in out.iterdir()) == ["n0.json", "n1.json", "n2.json"]


def test_resume_into_jsonl_truncates_a_partial_line_and_skips_complete_ones(
    tmp_path: Path, kiwi: object
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(3):
        (src / f"n{n}.txt").write_text(article(n), encoding="utf-8")
    out = tmp_path / "all.jsonl"
    run_batch(expand_inputs([str(src)]), JsonlFileSink(out, resume=False))
    complete = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(complete[0] + complete[1][: len(complete[1]) // 2])  # killed mid-line
    totals = run_batch(expand_inputs([str(src)]), JsonlFileSink(out, resume=True))
    assert (totals.done, totals.skipped) == (2, 1)
    keys = [key_of(r) for r in lines_of(out.read_text(encoding="utf-8"))]
    assert keys == [str(src / f"n{n}.txt") for n in range(3)]


# ---------------------------------------------------------------- worker processes


def test_output_order_is_input_order_with_two_workers(tmp_path: Path) -> None:
    # Long and short articles alternate so later inputs often finish first.
    paths = []
    for n in range(24):
        path = tmp_path / f"{n:02d}.txt"
        path.write_text(article(n) * (12 if n % 3 == 0 else 1), encoding="utf-8")
        paths.append(str(path))
    out, totals = run_to_string(paths, workers=2)
    assert [key_of(r) for r in lines_of(out)] == paths
    assert (totals.done, totals.failed) == (24, 0)


def _wait_for(condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    pytest.fail("the batch produced no output in time")


@pytest.mark.parametrize(
    ("sig", "target", "workers"),
    [(signal.SIGINT, "out", "2"), (signal.SIGTERM, "all.jsonl", "1")],
    ids=["SIGINT into a directory, 2 workers", "SIGTERM into a JSON Lines file, in process"],
)
def test_interrupted_run_leaves_whole_outputs_and_resume_finishes(
    tmp_path: Path, sig: signal.Signals, target: str, workers: str
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    count = 240
    for n in range(count):
        (src / f"{n:03d}.txt").write_text(article(n), encoding="utf-8")
    out = tmp_path / target
    command = [str(EXTRACT), str(src), "-o", str(out)]

    proc = subprocess.Popen([*command, "-j", workers], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    started = lambda: out.exists() and (any(out.iterdir()) if out.is_dir() else out.stat().st_size > 0)  # noqa: E731
    _wait_for(started, timeout=60)
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr.decode()
    assert stdout == b"" and b"rerun with --resume" in stderr

    if out.is_dir():
        written = list(out.iterdir())
        assert all(not p.name.startswith(".") for p in written), "temp files left behind"
        for path in written:
            json.loads(path.read_text(encoding="utf-8"))  # complete, valid JSON
        first_count = len(written)
    else:
        data = out.read_bytes()
        assert data.endswith(b"\n")
        first_count = len(lines_of(data.decode()))
    assert 0 < first_count < count, "the interrupt should land mid-run"

    # One worker: a second pool would only pay Kiwi's load twice more in a test.
    resumed = subprocess.run([*command, "--resume", "-j", "1"], capture_output=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"{count - first_count:,} done, 0 failed, {first_count:,} skipped" in resumed.stderr.decode()
    if out.is_dir():
        assert len(list(out.iterdir())) == count
    else:
        keys = [key_of(r) for r in lines_of(out.read_text(encoding="utf-8"))]
        assert sorted(map(str, keys)) == sorted(str(p) for p in src.iterdir()) and len(keys) == count


def test_default_workers_is_the_cores_available() -> None:
    assert batch.default_workers() == len(os.sched_getaffinity(0))


@pytest.mark.slow
def test_archive_scale_jsonl_run_keeps_every_record_in_order(tmp_path: Path) -> None:
    archive = tmp_path / "big.jsonl.gz"
    count = 2000
    with gzip.open(archive, "wt", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"b{n:05d}", "text": article(n)}, ensure_ascii=False) + "\n")
    result = subprocess.run(
        [str(EXTRACT), str(archive), "--workers", "2"], capture_output=True, timeout=1800, check=True
    )
    keys = [key_of(r) for r in lines_of(result.stdout.decode())]
    assert keys == [f"b{n:05d}" for n in range(count)]


# ---------------------------------------------------------------- hardening (issue 15)


def test_a_file_name_that_is_not_utf8_is_escaped_and_the_run_goes_on(tmp_path: Path, kiwi: object) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    with open(os.fsencode(root) + b"/b\xb1\xa4.txt", "wb") as handle:  # EUC-KR bytes in a name
        handle.write(article(2).encode())
    out, totals = run_to_string([str(root)])
    assert [key_of(r) for r in lines_of(out)] == [str(root / "a.txt"), f"{root}/b\\xb1\\xa4.txt"]
    assert (totals.done, totals.failed) == (2, 0)


def jsonl_lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


ODD_LINES = [
    ("a JSON null", "null", "bad_record", "not a JSON object"),
    ("a JSON list", "[1, 2]", "bad_record", "not a JSON object"),
    ("an array nested 100k deep", "[" * 100_000 + "]" * 100_000, "bad_record", "nested too deeply"),
    ("an object nested 100k deep", '{"a":' * 100_000 + "1" + "}" * 100_000, "bad_record", "nested too"),
]


@pytest.mark.parametrize(
    ("line", "kind", "message"), [o[1:] for o in ODD_LINES], ids=[o[0] for o in ODD_LINES]
)
def test_odd_jsonl_lines_are_bad_records_in_place(
    tmp_path: Path, kiwi: object, line: str, kind: str, message: str
) -> None:
    archive = tmp_path / "odd.jsonl"
    archive.write_text(jsonl_lines(line, {"id": "next", "text": article(1)}), encoding="utf-8")
    records = lines_of(run_to_string([str(archive)])[0])
    assert [r.get("error") for r in records] == [kind, None]
    assert message in str(records[0]["message"])
    assert key_of(records[1]) == "next"


def test_lone_surrogates_in_a_record_are_replaced_not_fatal(tmp_path: Path, kiwi: object) -> None:
    archive = tmp_path / "surrogates.jsonl"
    lines = jsonl_lines(
        {"id": "a@b", "text": "본문"}, {"id": "t", "text": article(1).replace("청년", "청@년")}
    )
    archive.write_text(lines.replace("@", "\\ud800"), encoding="utf-8")  # a JSON escape no encoder can write
    out, totals = run_to_string([str(archive)])
    records = lines_of(out)
    assert (totals.done, totals.failed) == (2, 0)
    assert [key_of(r) for r in records] == ["a\ufffdb", "t"]
    assert "청\ufffd년" in str(records[1]["text"])
    assert records[1]["warnings"] == ["1 lone surrogate code point replaced with U+FFFD"]


def test_an_overlong_archive_line_is_skipped_unread_and_the_next_is_kept(
    tmp_path: Path, kiwi: object
) -> None:
    archive = tmp_path / "long.jsonl.gz"
    huge = {"id": "huge", "text": "가" * 5000}
    archive.write_bytes(gzip.compress(jsonl_lines(huge, {"id": "next", "text": article(1)}).encode()))
    limit = batch.line_limit(100)
    assert limit < 5000 * 3  # the huge line is past it
    out = io.StringIO()
    run_batch(expand_inputs([str(archive)], max_bytes=100), StreamSink(out), max_bytes=10_000)
    records = lines_of(out.getvalue())
    assert [(key_of(r), r.get("error")) for r in records] == [(f"{archive}:1", "too_large"), ("next", None)]


def test_gzip_on_standard_input_is_read_and_other_binary_is_one_error(kiwi: object) -> None:
    records = jsonl_lines({"id": "s1", "text": article(1)}, {"id": "s2", "text": article(2)})
    jobs = list(expand_inputs(["-"], jsonl=True, stdin=io.BytesIO(gzip.compress(records.encode()))))
    assert [(job.key, job.problem) for job in jobs] == [("s1", None), ("s2", None)]
    bzip2 = b"BZh91AY&SY\x00\x01\n" + bytes(range(256)) * 8
    (binary,) = expand_inputs(["-"], jsonl=True, stdin=io.BytesIO(bzip2))
    assert binary.problem is not None and binary.problem.kind == "binary"


def test_special_files_found_by_a_walk_or_a_glob_are_error_records_never_opened(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(root / "b.txt")  # opening it would wait for a writer for ever
    (root / "c.txt").symlink_to(tmp_path / "deleted.txt")  # a broken link
    for args in ([str(root)], [f"{root}/*.txt"]):
        jobs = list(expand_inputs(args))
        assert [job.key for job in jobs] == [str(root / n) for n in ("a.txt", "b.txt", "c.txt")]
        assert [job.problem.kind if job.problem else None for job in jobs] == [None, "not_readable", None]
    outcome = batch.run_job(jobs[2])
    assert json.loads(outcome.json)["error"] == "not_found" and "broken symbolic link" in outcome.json


def test_symlinked_directories_are_skipped_so_a_loop_ends_cleanly(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "real").mkdir(parents=True)
    (root / "real" / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "real" / "up").symlink_to(root)  # a loop
    (root / "link").symlink_to(root / "real")  # a second way to the same files
    (root / "b.txt").symlink_to(root / "real" / "a.txt")  # a link to a file is read
    keys = [job.key for job in expand_inputs([str(root)])]
    assert keys == [str(root / "b.txt"), str(root / "real" / "a.txt")]
    assert [job.key for job in expand_inputs([str(root / "link")])] == [str(root / "link" / "a.txt")]


def test_resume_keeps_both_records_that_share_an_id(tmp_path: Path, kiwi: object) -> None:
    archive = tmp_path / "dup.jsonl"
    texts = ["첫째 " + article(1), "둘째 " + article(2), "셋째 " + article(3)]
    archive.write_text(jsonl_lines(*({"id": "same", "text": t} for t in texts)), encoding="utf-8")
    out = tmp_path / "all.jsonl"
    run_batch(expand_inputs([str(archive)]), JsonlFileSink(out, resume=False))
    first = out.read_bytes().splitlines(keepends=True)[0]
    out.write_bytes(first)  # a run stopped after the first record
    totals = run_batch(expand_inputs([str(archive)]), JsonlFileSink(out, resume=True))
    assert (totals.done, totals.skipped) == (2, 1)
    assert [str(r["text"])[:2] for r in lines_of(out.read_text(encoding="utf-8"))] == ["첫째", "둘째", "셋째"]


def test_a_truncated_gz_archive_is_reported_once_across_resumes(tmp_path: Path, kiwi: object) -> None:
    whole = gzip.compress(jsonl_lines(*({"id": f"r{n}", "text": article(n)} for n in range(40))).encode())
    archive = tmp_path / "cut.jsonl.gz"
    archive.write_bytes(whole[: len(whole) // 2])
    out = tmp_path / "all.jsonl"
    first = run_batch(expand_inputs([str(archive)]), JsonlFileSink(out, resume=False))
    assert first.failed == 1 and first.done > 0
    for _ in range(2):
        again = run_batch(expand_inputs([str(archive)]), JsonlFileSink(out, resume=True))
        assert (again.done, again.failed) == (0, 0)
    errors = [r for r in lines_of(out.read_text(encoding="utf-8")) if r.get("error")]
    assert [r["error"] for r in errors] == ["undecodable"]


def test_a_second_writer_of_the_same_jsonl_file_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    out.write_text('{"path": "earlier"}\n', encoding="utf-8")
    first = JsonlFileSink(out, resume=True)
    try:
        for resume in (False, True):
            with pytest.raises(OutputError, match="being written by another extract run"):
                JsonlFileSink(out, resume=resume)
        assert out.read_text(encoding="utf-8") == '{"path": "earlier"}\n'  # not truncated by the refusal
    finally:
        first.close()
    JsonlFileSink(out, resume=False).close()  # free again once the first is done


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_stops_the_batch_with_one_output_error(tree: Path, kiwi: object) -> None:
    with pytest.raises(OutputError, match="No space left on device"):
        run_batch(expand_inputs([str(tree)]), StreamSink(_FullDisk()))


def test_max_bytes_must_be_positive() -> None:
    for bad in (0, -5):
        with pytest.raises(ValueError, match="at least 1"):
            batch.configure(None, bad)


def test_workers_exit_when_the_main_process_is_killed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for n in range(200):
        (src / f"{n:03d}.txt").write_text(article(n), encoding="utf-8")
    out = tmp_path / "out"
    # Its own session: the process group then holds the main process, the fork server and the workers.
    proc = subprocess.Popen(
        [str(EXTRACT), str(src), "-o", str(out), "-j", "2", "-q"],
        start_new_session=True,
        stderr=subprocess.PIPE,
    )
    _wait_for(lambda: out.exists() and len(list(out.iterdir())) >= 2, timeout=120)
    proc.kill()  # SIGKILL: no clean-up runs in the main process
    proc.wait()

    def group_gone() -> bool:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return True
        return False

    try:
        _wait_for(group_gone, timeout=60)
    finally:
        if not group_gone():
            os.killpg(proc.pid, signal.SIGKILL)
