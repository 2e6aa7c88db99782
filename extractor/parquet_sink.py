"""`--format parquet --output DIR`: articles as partitioned Parquet, one row per article.

    DIR/articles-00000.parquet, articles-00001.parquet, …   (ROWS_PER_FILE rows each, in input order)
    DIR/errors.parquet                                       (the error records, when there are any)

The schema is `schemas.arrow.ARTICLE_SCHEMA` (generated from the Pydantic
models): people, organisations, quotes, budgets and task lists are lists of
structs. Rows are buffered and written a row group at a time, so memory stays
flat; each file is written under a hidden temporary name and renamed when
complete, so a reader (or an interrupted run) never sees half a file. The
sink works the same for a local batch and a Dask run: both hand it results in
input order.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extractor.batch_inputs import Job
from extractor.batch_sinks import Outcome
from schemas.arrow import ARTICLE_SCHEMA, ERROR_SCHEMA

ROWS_PER_GROUP = 1_000  # rows buffered before a row group is written (~20 MB of articles)
ROWS_PER_FILE = 10_000
_OUR_FILES = re.compile(r"(?:articles-\d{5}|errors)\.parquet")


class _Writer:
    """One Parquet file written row group by row group under a temporary name."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.schema = schema
        self.rows = 0

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        self.rows += len(rows)

    def close(self) -> None:
        self.writer.close()
        os.replace(self.tmp, self.path)


class ParquetSink:
    """A `batch_sinks.Sink`: article rows into articles-NNNNN.parquet, error records into errors.parquet."""

    def __init__(self, root: Path, *, rows_per_file: int = ROWS_PER_FILE) -> None:
        root.mkdir(parents=True, exist_ok=True)
        # A rerun into the same DIR replaces the last run's files rather than mixing with them.
        for old in root.iterdir():
            if _OUR_FILES.fullmatch(old.name):
                old.unlink()
        self.root = root
        self.rows_per_file = rows_per_file
        self.articles: list[dict[str, Any]] = []
        self.errors: list[dict[str, Any]] = []
        self.files = 0
        self.current: _Writer | None = None
        self.error_writer: _Writer | None = None

    def plan(self, job: Job) -> object | None:
        return job.key

    def write(self, target: object, outcome: Outcome) -> None:
        record = json.loads(outcome.json)
        if outcome.error is None:
            self.articles.append(record)
            if len(self.articles) >= ROWS_PER_GROUP:
                self._flush_articles()
        else:
            self.errors.append(record)
            if len(self.errors) >= ROWS_PER_GROUP:
                self._flush_errors()

    def _flush_articles(self) -> None:
        while self.articles:
            if self.current is None:
                self.current = _Writer(self.root / f"articles-{self.files:05d}.parquet", ARTICLE_SCHEMA)
                self.files += 1
            room = self.rows_per_file - self.current.rows
            self.current.write(self.articles[:room])
            del self.articles[:room]
            if self.current.rows >= self.rows_per_file:
                self.current.close()
                self.current = None

    def _flush_errors(self) -> None:
        if self.errors:
            if self.error_writer is None:
                self.error_writer = _Writer(self.root / "errors.parquet", ERROR_SCHEMA)
            self.error_writer.write(self.errors)
            self.errors = []

    def close(self) -> None:
        self._flush_articles()
        self._flush_errors()
        for writer in (self.current, self.error_writer):
            if writer is not None:
                writer.close()
        self.current = self.error_writer = None
