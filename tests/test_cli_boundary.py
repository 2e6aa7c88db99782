"""A bug in an extractor is one line on stderr and exit 70, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import cli
from extractor import pipeline
from extractor.batch import Job, extract_job, run_job
from extractor.errors import InternalError


def _explode(*args: object, **kwargs: object) -> list[object]:
    raise RuntimeError("extractor bug")


@pytest.fixture
def broken_people(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.people, "extract_people", _explode)


def test_unexpected_failure_becomes_internal_error(kiwi: object, broken_people: None, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("서울시는 1일 예산을 편성했다고 밝혔다.", encoding="utf-8")
    with pytest.raises(InternalError, match="RuntimeError: extractor bug"):
        extract_job(Job(key=str(article), stem="a", path=str(article)))


def test_batch_turns_internal_error_into_a_record(kiwi: object, broken_people: None, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("서울시는 1일 예산을 편성했다고 밝혔다.", encoding="utf-8")
    outcome = run_job(Job(key=str(article), stem="a", path=str(article)))
    assert '"error":"internal"' in outcome.json
    assert outcome.error is not None and "extractor bug" in outcome.error


def test_cli_reports_internal_error_in_one_line(kiwi: object, broken_people: None, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("서울시는 1일 예산을 편성했다고 밝혔다.", encoding="utf-8")
    result = CliRunner().invoke(cli.app, [str(article)])
    assert result.exit_code == 70
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "RuntimeError: extractor bug" in result.stderr


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.app, [str(tmp_path)])
    assert result.exit_code == 3
    assert "no article inputs found" in result.stderr
