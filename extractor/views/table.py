"""`extract --format table`: the Article as rich tables for a person at a terminal.

Every value from the article goes in as `rich.text.Text`, never as a markup
string, so a headline such as "[속보] …" prints as written instead of being
read as rich markup.
"""

from __future__ import annotations

import shutil
import sys
from io import StringIO

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from extractor.views.korean_units import format_korean_amount
from schemas import Article, Budget, Mention, Metadata, Source, TaskList

# Width used when the output is not a terminal (a pipe, a file, a test): wide
# enough that a typical row of Korean text (two cells per syllable) stays on one line.
PIPE_WIDTH = 120


def _heading(title: str, count: int) -> Text:
    return Text(f"{title} ({count})", style="bold")


def _none_found(title: str) -> Text:
    return Text.assemble((title, "bold"), (": none found", "dim"))


def _new_table(title: Text, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _optional(value: str | None) -> Text:
    return Text(value) if value else Text("—", style="dim")


def _source_line(source: Source) -> str:
    parts = [source.path or source.url or "(standard input)", source.format]
    if source.encoding:
        parts.append(source.encoding)
    return " · ".join(parts)


def _metadata_block(metadata: Metadata, source: Source) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.title = Text("Article", style="bold")
    grid.title_justify = "left"
    grid.add_column(style="cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    reporters = ", ".join(f"{r.name} <{r.email}>" if r.email else r.name for r in metadata.reporters)
    rows: list[tuple[str, str | None]] = [
        ("headline", metadata.headline),
        ("section", metadata.section),
        ("subheadings", "\n".join(metadata.subheadings)),
        ("outlet", metadata.outlet),
        ("reporters", reporters),
        ("published", metadata.published_at),
        ("updated", metadata.updated_at),
        ("url", metadata.url),
        ("source", _source_line(source)),
    ]
    for label, value in rows:
        grid.add_row(label, _optional(value))
    return grid


def _mention_count(mentions: list[Mention]) -> str:
    references = sum(1 for mention in mentions if mention.kind == "reference")
    return f"{len(mentions)} ({references} ref.)" if references else str(len(mentions))


def _people(article: Article) -> RenderableType:
    if not article.people:
        return _none_found("People")
    table = _new_table(
        _heading("People", len(article.people)), "#", "name", "title", "organization", "mentions"
    )
    for number, person in enumerate(article.people, 1):
        table.add_row(
            str(number),
            Text(person.name, style="bold"),
            _optional(person.title),
            _optional(person.organization),
            _mention_count(person.mentions),
        )
    return table


def _organizations(article: Article) -> RenderableType:
    if not article.organizations:
        return _none_found("Organizations")
    table = _new_table(
        _heading("Organizations", len(article.organizations)), "#", "name", "aliases", "kind", "mentions"
    )
    for number, org in enumerate(article.organizations, 1):
        table.add_row(
            str(number),
            Text(org.name, style="bold"),
            _optional(", ".join(org.aliases)),
            _optional(org.kind),
            _mention_count(org.mentions),
        )
    return table


def _quotes(article: Article) -> RenderableType:
    if not article.quotes:
        return _none_found("Quotes")
    table = _new_table(_heading("Quotes", len(article.quotes)), "#", "speakers", "verb", "kind", "quote")
    for number, quote in enumerate(article.quotes, 1):
        table.add_row(
            str(number),
            _optional(", ".join(quote.speakers)),
            _optional(quote.verb),
            quote.kind,
            Text(quote.text),
        )
    return table


def _budget_row(number: int, budget: Budget) -> tuple[RenderableType, ...]:
    details = " · ".join(part for part in (budget.qualifier, budget.period) if part)
    return (
        str(number),
        Text(format_korean_amount(budget.amount, budget.currency), style="bold"),
        budget.currency,
        f"{budget.amount:,}",
        _optional(budget.label),
        _optional(details),
        Text(budget.text),
    )


def _budgets(article: Article) -> RenderableType:
    if not article.budgets:
        return _none_found("Budgets")
    table = _new_table(
        _heading("Budgets", len(article.budgets)),
        "#",
        "amount",
        "currency",
        "number",
        "label",
        "details",
        "text",
    )
    for number, budget in enumerate(article.budgets, 1):
        table.add_row(*_budget_row(number, budget))
    return table


def _task_list(number: int, task_list: TaskList) -> Group:
    declared = task_list.declared_count
    found = len(task_list.items)
    # A count that disagrees with the heading is the thing a reviewer must notice.
    count_style = "bold yellow" if declared is not None and declared != found else "dim"
    # The heading goes above the table, not in its title, which rich wraps to the table's width.
    title = Text.assemble(
        (f"Task list {number}: ", "bold"),
        (task_list.heading or "(no heading)", "bold"),
        (f"  declared {declared if declared is not None else '—'}, found {found}", count_style),
    )
    table = _new_table(Text(""), "#", "item")
    table.title = None
    for item_number, item in enumerate(task_list.items, 1):
        table.add_row(str(item_number), Text(item.text))
    return Group(title, table)


def _task_lists(article: Article) -> list[RenderableType]:
    if not article.task_lists:
        return [_none_found("Task lists")]
    lists: list[RenderableType] = [_heading("Task lists", len(article.task_lists))]
    lists.extend(_task_list(number, task_list) for number, task_list in enumerate(article.task_lists, 1))
    return lists


def _warnings(article: Article) -> RenderableType:
    if not article.warnings:
        return _none_found("Warnings")
    lines = [_heading("Warnings", len(article.warnings))]
    lines.extend(Text.assemble(("  ! ", "bold yellow"), warning) for warning in article.warnings)
    return Group(*lines)


def _make_console(color: bool | None, width: int | None) -> Console:
    interactive = sys.stdout.isatty()
    # Colour only when a person is looking: piped output stays plain text for grep and files.
    use_color = interactive if color is None else color
    if width is None:
        width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns if interactive else PIPE_WIDTH
    return Console(
        file=StringIO(),
        width=width,
        force_terminal=use_color,
        no_color=not use_color,
        color_system="standard" if use_color else None,
        highlight=False,
        emoji=False,
        markup=False,
    )


def render_table(article: Article, *, color: bool | None = None, width: int | None = None) -> str:
    """All fields of `article` as rich tables; colour and width follow stdout unless given."""
    console = _make_console(color, width)
    sections: list[RenderableType] = [
        _metadata_block(article.metadata, article.source),
        _people(article),
        _organizations(article),
        _quotes(article),
        _budgets(article),
        *_task_lists(article),
        _warnings(article),
    ]
    for section in sections:
        console.print(section)
        console.print()
    file = console.file
    assert isinstance(file, StringIO)
    return file.getvalue()
