"""Archives past one machine (issue 13): tables in, Dask partitions, Parquet out, a LocalCluster run.

One small mixed archive of invented articles (text files, a .gz page, a
JSONL.gz with a bad line, a Parquet file and a CSV each with a bad row, a
glob that matches nothing) serves every test. The cluster tests share one
LocalCluster of 2 worker processes (module fixture); the worker-killing test
runs last, as it leaves the cluster with a restarted worker.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import cli
from extractor.batch import Job, Progress, StreamSink, expand_inputs, run_batch
from extractor.distributed import (
    connect,
    extract_bag,
    extract_dataframe,
    partition_jobs,
    plan_partitions,
    run_on_dask,
)
from extractor.parquet_sink import ParquetSink
from extractor.tables import row_job
from schemas import Article, ErrorRecord
from schemas.arrow import ARTICLE_SCHEMA, ERROR_SCHEMA


def story(speaker: str, title: str, n: int) -> str:
    return f'청년 일자리 지원 {n}차 확대\n{speaker} {title}은 {n}일 "청년 일자리를 꼭 늘리겠다"고 말했다.\n'


def page(speaker: str, title: str, n: int, outlet: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in story(speaker, title, n).splitlines())
    return (
        f'<html><head><meta property="og:site_name" content="{outlet}"><title>소식 {n}</title></head>'
        f"<body><article>{body}</article></body></html>"
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The inputs in order: 8 articles, 4 failures (a bad JSONL line, Parquet row and CSV row; no match)."""
    root = tmp_path_factory.mktemp("mixed")
    (root / "a1.txt").write_text(story("박영희", "서울시장", 1), encoding="utf-8")
    (root / "a2.html.gz").write_bytes(gzip.compress(page("이철수", "부산시장", 2, "가상일보").encode()))
    records = [
        json.dumps(
            {"id": "j1", "url": "https://news.example/1", "html": page("박영희", "서울시장", 3, "새벽신문")}
        ),
        "not json",
        "",
        json.dumps({"text": story("정다은", "교육감", 4)}),
        json.dumps({"id": "j5", "text": story("정다은", "교육감", 5)}),
    ]
    (root / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(records).encode() + b"\n"))
    rows = [
        {"id": "p1", "url": None, "text": story("박영희", "서울시장", 6), "html": None},
        {"id": "p2", "url": None, "text": None, "html": None},
        {
            "id": "p3",
            "url": "https://news.example/p3",
            "text": None,
            "html": page("이철수", "부산시장", 7, "가상일보"),
        },
    ]
    pq.write_table(pa.Table.from_pylist(rows), root / "table.parquet", row_group_size=2)
    with (root / "table.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerow({"id": "c1", "text": story("김하늘", "구청장", 8)})
        writer.writerow({"id": "", "text": ""})
    names = ["a1.txt", "a2.html.gz", "feed.jsonl.gz", "table.parquet", "table.csv", "nothing-*.txt"]
    return [str(root / name) for name in names]


@pytest.fixture(scope="module")
def local_output(archive: list[str], kiwi: object) -> str:
    """The local batch's JSON Lines for the archive: what every other path must equal."""
    out = io.StringIO()
    run_batch(expand_inputs(archive), StreamSink(out), workers=1)
    return out.getvalue()


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with connect("local:2") as dask_client:
        yield dask_client


def _comparable(job: Job) -> tuple[object, ...]:
    problem = None if job.problem is None else (job.problem.kind, str(job.problem))
    return (
        job.key,
        job.stem,
        job.path,
        job.content,
        job.content_format,
        job.archive,
        job.record_id,
        job.url,
        problem,
    )


# ---------------------------------------------------------------- planning (no Kiwi)


@pytest.mark.parametrize("size", [1, 2, 64])
def test_partitions_give_exactly_the_local_jobs_in_order(
    archive: list[str], tmp_path: Path, size: int
) -> None:
    truncated = tmp_path / "cut.jsonl.gz"
    whole = gzip.compress(
        b"".join(json.dumps({"id": f"t{i}", "text": "가나다"}).encode() + b"\n" for i in range(9))
    )
    truncated.write_bytes(whole[: len(whole) // 2])
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps({"id": f"q{i}", "text": "가나다"}) + "\n\n" for i in range(5)))
    inputs = [*archive, str(truncated), str(plain)]
    local = [_comparable(job) for job in expand_inputs(inputs)]
    dask = [_comparable(job) for part in plan_partitions(inputs, size=size) for job in partition_jobs(part)]
    assert dask == local
    assert local[-1][0] == "q4" and any(key == str(truncated) for key, *_ in local)


@pytest.fixture(scope="module")
def overlong(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """JSON Lines with a line over the line limit for max_bytes=64, and a binary .jsonl."""
    root = tmp_path_factory.mktemp("overlong")
    lines = [
        json.dumps({"id": "s1", "text": "가나다"}),
        json.dumps({"id": "huge", "text": "가" * 5000}),  # > line_limit(64) = 4,480 bytes
        "",
        json.dumps({"id": "s2", "text": "라마바"}),
        json.dumps({"id": "s3", "text": "사아자"}),
    ]
    (root / "long.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "long-last.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines[:2])).encode()))  # no final \n
    zip_bytes = b"PK\x03\x04" + b"\x00\x07" * 500 + b"\n" + b"\x00\x01" * 100 + b"\n"
    (root / "noise.jsonl").write_bytes(zip_bytes)
    return [str(root / name) for name in ("long.jsonl", "long-last.jsonl.gz", "noise.jsonl")]


@pytest.mark.parametrize("size", [1, 2, 64])
def test_overlong_and_binary_lines_are_cut_as_the_local_reader_cuts_them(
    overlong: list[str], size: int
) -> None:
    local = [_comparable(job) for job in expand_inputs(overlong, max_bytes=64)]
    parts = list(plan_partitions(overlong, size=size, max_bytes=64))
    dask = [_comparable(job) for part in parts for job in partition_jobs(part, max_bytes=64)]
    assert dask == local
    kinds = [(key.rsplit("/", 1)[-1], problem and problem[0]) for key, *_, problem in local]
    assert kinds == [
        ("s1", None),
        ("long.jsonl:2", "too_large"),
        ("s2", None),
        ("s3", None),
        ("s1", None),
        ("long-last.jsonl.gz:2", "too_large"),
        ("noise.jsonl", "binary"),
    ]


ROWS = [
    ({"id": "x", "text": "본문"}, "table:1", ("x", "text", None)),
    ({"id": 7, "html": "<p>본문</p>", "text": "본문"}, "table:1", ("7", "html", None)),
    ({"text": "본문", "url": "https://news.example/a"}, "table:1", ("table:1", "text", None)),
    ({"id": "", "html": "", "text": "본문"}, "table:1", ("table:1", "text", None)),
    ({"id": "y", "text": None}, "table:1", ("y", "text", "bad_record")),
    ({"id": "z", "text": ""}, "table:1", ("z", "text", "bad_record")),
]


@pytest.mark.parametrize(
    ("row", "where", "expected"), ROWS, ids=[json.dumps(r[0], ensure_ascii=False) for r in ROWS]
)
def test_a_table_row_is_read_like_a_jsonl_record(
    row: dict[str, object], where: str, expected: tuple[str, str, str | None]
) -> None:
    job = row_job(row, "table", 1)
    assert (job.key, job.content_format, job.problem and job.problem.kind) == expected


# ---------------------------------------------------------------- Parquet out


def test_arrow_schema_covers_every_model_field() -> None:
    assert ARTICLE_SCHEMA.names == list(Article.model_fields)
    assert ERROR_SCHEMA.names == list(ErrorRecord.model_fields)
    quote = ARTICLE_SCHEMA.field("quotes").type.value_type
    assert [quote.field(i).name for i in range(quote.num_fields)] == [
        "start",
        "end",
        "text",
        "kind",
        "speakers",
        "verb",
    ]


def test_parquet_output_reads_back_as_the_json_and_answers_duckdb(
    archive: list[str], local_output: str, tmp_path: Path
) -> None:
    out = tmp_path / "pq"
    run_batch(expand_inputs(archive), ParquetSink(out, rows_per_file=3), workers=1)
    assert sorted(p.name for p in out.iterdir()) == [
        "articles-00000.parquet",
        "articles-00001.parquet",
        "articles-00002.parquet",
        "errors.parquet",
    ]
    records = [json.loads(line) for line in local_output.splitlines()]
    articles = pa.concat_tables(pq.read_table(p) for p in sorted(out.glob("articles-*.parquet")))
    assert articles.to_pylist() == [r for r in records if "error" not in r]
    assert pq.read_table(out / "errors.parquet").to_pylist() == [r for r in records if "error" in r]

    files = f"{out}/articles-*.parquet"
    top_speakers = duckdb.sql(
        f"SELECT speaker, count(*) AS quotes FROM (SELECT unnest(q.speakers) AS speaker"
        f" FROM (SELECT unnest(quotes) AS q FROM '{files}')) GROUP BY speaker ORDER BY quotes DESC, speaker"
    ).fetchall()
    assert top_speakers == [("박영희", 3), ("이철수", 2), ("정다은", 2), ("김하늘", 1)]
    per_outlet = duckdb.sql(
        f"SELECT metadata.outlet, sum(len(quotes)) FROM '{files}' GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST"
    ).fetchall()
    assert per_outlet == [(None, 5), ("가상일보", 2), ("새벽신문", 1)]


@pytest.mark.parametrize(
    "args",
    [["--format", "parquet"], ["--format", "parquet", "-o", "out.jsonl"], ["--dask", "local:1", "-"]],
    ids=["parquet without --output", "parquet into a .jsonl", "stdin to dask"],
)
def test_usage_errors(archive: list[str], args: list[str]) -> None:
    result = CliRunner().invoke(cli.app, [archive[0], *args])
    assert result.exit_code == 2, result.output


# ---------------------------------------------------------------- on a LocalCluster


def test_dask_run_writes_what_the_local_run_writes(
    archive: list[str], local_output: str, client: object
) -> None:
    out = io.StringIO()
    totals = run_on_dask(client, archive, StreamSink(out), partition_size=2)  # type: ignore[arg-type]
    assert out.getvalue() == local_output
    assert (totals.done, totals.failed) == (8, 4)


def test_a_dask_run_reports_an_overlong_line_as_the_local_run_does(
    overlong: list[str], client: object, kiwi: object
) -> None:
    local, dask = io.StringIO(), io.StringIO()
    run_batch(expand_inputs(overlong, max_bytes=64), StreamSink(local), workers=1, max_bytes=64)
    totals = run_on_dask(client, overlong, StreamSink(dask), partition_size=1, max_bytes=64)  # type: ignore[arg-type]
    assert dask.getvalue() == local.getvalue()
    assert (totals.done, totals.failed) == (4, 3)


def test_the_cli_passes_max_bytes_to_a_running_scheduler(
    overlong: list[str], client: Any, tmp_path: Path
) -> None:
    """--max-bytes reaches the workers (it once did not: a 2M-character record was extracted)."""
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"id": "b", "text": "가" * 100}) + "\n", encoding="utf-8")  # 300 bytes > 64
    inputs = [*overlong, str(big)]
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    for out, extra in ((local_out, []), (dask_out, ["--dask", client.scheduler.address])):
        result = CliRunner().invoke(cli.app, [*inputs, "--max-bytes", "64", "-o", str(out), "-q", *extra])
        assert result.exit_code == 1, result.output  # some inputs failed
    assert dask_out.read_text() == local_out.read_text()
    assert json.loads(dask_out.read_text().splitlines()[-1])["error"] == "too_large"


def test_bag_and_dataframe_for_notebooks(archive: list[str], local_output: str, client: object) -> None:
    records = [json.loads(line) for line in local_output.splitlines()]
    assert extract_bag(archive, partition_size=3).compute() == records
    table = archive[3]  # the Parquet input alone: 2 articles and a bad row, which the frame leaves out
    frame = extract_dataframe(table, partition_size=2).compute()
    assert list(frame.columns) == ARTICLE_SCHEMA.names
    assert [source["id"] for source in frame["source"]] == ["p1", "p3"]


def test_killing_a_worker_mid_run_loses_and_duplicates_nothing(
    archive: list[str], local_output: str, client: object
) -> None:
    from distributed import Client

    assert isinstance(client, Client)
    before = set(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = io.StringIO()
    run_on_dask(
        client, archive, StreamSink(out), partition_size=1, progress=Progress(advance=kill_a_busy_worker)
    )
    assert killed and killed[0] in before  # a worker really died while it had a partition
    assert out.getvalue() == local_output
