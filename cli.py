"""The `extract` command: parse options, read input, call the library, write output."""

from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from extractor.errors import ExtractError
from extractor.ingest import MAX_INPUT_BYTES

app = typer.Typer(
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn Korean news articles (HTML or text) into validated JSON.",
)


class OutputFormat(str, Enum):
    json = "json"
    table = "table"
    html = "html"


def _version(value: bool) -> None:
    if value:
        from extractor import __version__

        typer.echo(f"extract {__version__}")
        raise typer.Exit()


def _schema(value: bool) -> None:
    if value:
        from schemas import schema_text

        sys.stdout.write(schema_text())
        raise typer.Exit()


def fail(message: str, code: int) -> typer.Exit:
    """One line on stderr, then the exit code."""
    sys.stderr.write(f"extract: {message}\n")
    return typer.Exit(code)


def write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def main_command(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Article files (text or HTML); '-' reads standard input.")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json, a rich [b]table[/b], or a standalone [b]html[/b] review page.")
    ] = OutputFormat.json,
    pretty: Annotated[
        bool | None, typer.Option("--pretty/--compact", help="Indented JSON (default on a terminal) or one line.")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = MAX_INPUT_BYTES,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    schema: Annotated[
        bool, typer.Option("--schema", callback=_schema, is_eager=True, help="Print the output's JSON Schema and exit.")
    ] = False,
) -> None:
    """Extract metadata, people, organisations, quotes, money and task lists from Korean news articles."""
    if not inputs:
        raise fail("no input given (a file, or '-' for standard input); see --help", 2)
    from extractor import extract_bytes, extract_file

    if len(inputs) > 1:
        raise fail("several inputs are not supported yet", 2)
    source = inputs[0]
    try:
        if source == "-":
            article = extract_bytes(sys.stdin.buffer.read(), path=None, max_bytes=max_bytes)
        else:
            article = extract_file(source, max_bytes=max_bytes)
    except ExtractError as exc:
        raise fail(str(exc), exc.exit_code) from None

    if output_format is OutputFormat.table:
        from extractor.views import render_table

        content = render_table(article)
    elif output_format is OutputFormat.html:
        from extractor.views import render_html

        content = render_html(article)
    else:
        indent = 2 if (pretty if pretty is not None else (output is None and sys.stdout.isatty())) else None
        content = article.model_dump_json(indent=indent) + "\n"
    if output is not None:
        write_atomically(output, content)
    else:
        sys.stdout.write(content)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("extract: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        # `extract … | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        sys.exit(0)


if __name__ == "__main__":
    main()
