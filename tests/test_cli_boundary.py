"""A bug in an extractor is one line on stderr and exit 70, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
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


# ---------------------------------------------------------------- hardening (issue 15): odd page shapes

BODY = (
    "서울시는 1일 청년 일자리 예산 3억원을 편성했다고 밝혔다. "
    "시 관계자는 내년에도 지원을 이어가겠다고 말했다."
)


def _deep_json_ld(depth: int) -> str:
    nested = '{"a":' * depth + "1" + "}" * depth
    return f'<script type="application/ld+json">{nested}</script>'


PAGES = [
    ("50,000 nested divs", "<html><body>" + "<div>" * 50_000 + f"<p>{BODY}</p>" + "</div>" * 50_000),
    ("1,000 unclosed fonts", "<html><body>" + "<font>" * 1000 + f"<p>{BODY}</p><p>{BODY}</p></body></html>"),
    (
        "a body wrapped in one font",
        f'<html><body><div id="content"><font size="2">{BODY}<br>{BODY}</font></div>',
    ),
    (
        "JSON-LD nested 100k deep",
        f"<html><head>{_deep_json_ld(100_000)}</head><body><p>{BODY}</p></body></html>",
    ),
]


@pytest.mark.parametrize("html", [p[1] for p in PAGES], ids=[p[0] for p in PAGES])
def test_odd_page_shapes_keep_their_body(kiwi: object, html: str) -> None:
    article = pipeline.extract_html(html)
    assert BODY in article.text
    assert article.warnings == []


def test_a_text_page_flattened_onto_one_line_keeps_its_body(kiwi: object) -> None:
    # What a crawler that drops line breaks makes of a copied page: clock, headline, byline, body.
    page = (
        "UPDATE. 2025-03-02 09:10 (일) [사회] 한빛시, 청년 일자리 예산 편성 "
        "• 이서연 기자 • 승인 2025.03.02 09:00 • 댓글 0 이 기사를 공유합니다 "
        f"[한빛일보=이서연 기자] {BODY}"
    )
    article = pipeline.extract_text(page)
    assert BODY in article.text


HASH_SEED_ARTICLE = (
    "한빛산업단지공단, 입주기업 지원 확대\n\n"
    "한빛산업단지공단은 올해 입주기업 지원 사업을 확대한다고 2일 밝혔다.\n"
    "공단 지역본부는 다음 달부터 상담 창구를 운영한다.\n"
)


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two processes with different PYTHONHASHSEED give the same JSON: no rule may pick from a set
    in iteration order (a bug found over the archive: 지역본부 vs 본부 chosen by set order)."""
    article = tmp_path / "branch.txt"
    article.write_text(HASH_SEED_ARTICLE, encoding="utf-8")
    outputs = set()
    for seed in ("0", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-c", "import cli; cli.main()", str(article)]
        done = subprocess.run(command, capture_output=True, env=env, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1
