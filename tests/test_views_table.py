"""The terminal view: every field of the Article in rich tables, plain text when piped."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.views import render_table
from extractor.views.korean_units import format_korean_amount
from schemas import Article, Metadata, Source
from tests.test_views_html import SAMPLE, review_article

# Wide enough that no cell of the hand-built article wraps, so lines can be matched whole.
WIDE = 400


@pytest.fixture(scope="module")
def review_table() -> str:
    return render_table(review_article(), color=False, width=WIDE)


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        (7_000_000_000_000, "KRW", "7조원"),
        (350_000_000, "KRW", "3억 5,000만원"),
        (100_000_000_000, "KRW", "1,000억원"),
        (1_234_567_890_123, "KRW", "1조 2,345억 6,789만 123원"),
        (20_000_000_000_000_000, "KRW", "2경원"),
        (5_000, "KRW", "5,000원"),
        (0, "KRW", "0원"),
        (3_000_000.0, "KRW", "300만원"),
        (5_000_000, "USD", "500만 달러"),
        (12.5, "USD", "12.5 달러"),
        (1_000_000, "krw", "100만원"),
        (2_000, "CHF", "2,000 CHF"),
    ],
    ids=lambda value: str(value),
)
def test_amount_in_korean_units(amount: float | int, currency: str, written: str) -> None:
    assert format_korean_amount(amount, currency) == written


@pytest.mark.parametrize(
    "shown",
    [
        "People (2)",
        "박민수",
        "부산광역시",
        "2 (1 ref.)",
        "Organizations (2)",
        "부산시",
        "Quotes (3)",
        "해양산업을 부산의 미래 먹거리로 키우겠다",
        "Budgets (4)",
        "3억 5,000만원",
        "350,000,000",
        "2조원",
        "2,000,000,000,000",
        "KRW",
        "Task list 1: 3대 중점과제  declared 3, found 3",
        "수산물 수출 1,000억원 달성",
        "Warnings (1)",
        "<b>quote 3</b>: speaker resolved from a reference",
    ],
    ids=lambda value: value,
)
def test_table_shows(review_table: str, shown: str) -> None:
    assert shown in review_table


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("headline", "부산시 해양산업 육성 </title><script>document.title='pwned'</script>"),
        ("outlet", "바다일보"),
        ("published", "2024-03-12T09:30:00+09:00"),
        ("source", "busan_ocean.txt · text · utf-8"),
        ("reporters", "—"),
    ],
    ids=lambda value: value,
)
def test_metadata_block(review_table: str, label: str, value: str) -> None:
    assert any(line.startswith(label) and value in line for line in review_table.splitlines())


def test_rows_name_title_organisation_and_count_together(review_table: str) -> None:
    rows = [line for line in review_table.splitlines() if "박민수" in line and "시장" in line]
    assert any("부산광역시" in row and "2 (1 ref.)" in row for row in rows)
    quote_rows = [line for line in review_table.splitlines() if "박 시장과 함께" in line]
    assert quote_rows
    assert all("김지현" in row and "말했다" in row for row in quote_rows)


def test_piped_output_is_plain_text() -> None:
    assert "\x1b[" not in render_table(review_article(), color=False)


def test_colour_on_request() -> None:
    assert "\x1b[" in render_table(review_article(), color=True, width=WIDE)


def test_markup_in_the_article_is_not_read_as_rich_markup() -> None:
    article = Article(
        source=Source(format="text"), metadata=Metadata(headline="[속보] [bold]굵게[/bold] 아님"), text="본문"
    )
    assert "[속보] [bold]굵게[/bold] 아님" in render_table(article, color=False, width=WIDE)


def test_empty_article_says_none_found() -> None:
    table = render_table(Article(source=Source(format="text")), color=False, width=80)
    for section in ("People", "Organizations", "Quotes", "Budgets", "Task lists", "Warnings"):
        assert f"{section}: none found" in table


def test_narrow_terminal_wraps_without_losing_rows() -> None:
    article = review_article()
    table = render_table(article, color=False, width=60)
    assert "Quotes (3)" in table and "Budgets (4)" in table


def test_bundled_sample_table_shows_every_item(kiwi: object) -> None:
    from extractor import extract_file

    article = extract_file(SAMPLE)
    table = render_table(article, color=False, width=WIDE)
    sections = {
        "People": len(article.people),
        "Organizations": len(article.organizations),
        "Quotes": len(article.quotes),
        "Budgets": len(article.budgets),
        "Task lists": len(article.task_lists),
        "Warnings": len(article.warnings),
    }
    for section, count in sections.items():
        assert (f"{section} ({count})" if count else f"{section}: none found") in table
    for person in article.people:
        assert person.name in table
    for org in article.organizations:
        assert org.name in table
        assert all(alias in table for alias in org.aliases)
    for budget in article.budgets:
        assert format_korean_amount(budget.amount, budget.currency) in table
    for task_list in article.task_lists:
        assert all(item.text in table for item in task_list.items)
    for warning in article.warnings:
        assert warning in table


@pytest.mark.parametrize(
    ("output_format", "starts_with"),
    [("table", "Article"), ("html", "<!DOCTYPE html>")],
    ids=["table", "html"],
)
def test_cli_writes_each_view_to_a_file(
    kiwi: object, tmp_path: Path, output_format: str, starts_with: str
) -> None:
    from typer.testing import CliRunner

    from cli import app

    target = tmp_path / f"review.{output_format}"
    result = CliRunner().invoke(app, [str(SAMPLE), "--format", output_format, "-o", str(target)])
    assert result.exit_code == 0, result.output
    written = target.read_text(encoding="utf-8")
    assert written.startswith(starts_with)
    assert "\x1b[" not in written
