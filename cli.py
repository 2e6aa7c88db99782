"""The `extract` command: parse options, read input, call the library, write output."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from extractor.errors import EXIT_BROKEN_PIPE, ExtractError, InputNotReadable, OutputError, one_line
from extractor.page.ingest import MAX_INPUT_BYTES

if TYPE_CHECKING:
    from extractor.batch import Progress, Sink, Totals

app = typer.Typer(
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn Korean news articles (HTML or text) into validated JSON.",
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    json = "json"
    table = "table"
    html = "html"
    parquet = "parquet"


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
    """One line on stderr (a newline in a file name escaped), then the exit code."""
    if sys.stderr is not None:
        sys.stderr.write(f"extract: {one_line(message)}\n")
    return typer.Exit(code)


@contextmanager
def writing_output() -> Iterator[None]:
    """How a run ends when its output cannot be written.

    A reader that went away (`extract DIR | head -1`) ends it quietly with 141, as a shell
    reports a process stopped by SIGPIPE; a full disk, a closed stdout or a FILE.jsonl in use
    by another run is one line and exit 74.
    """
    try:
        yield
    except BrokenPipeError:
        # Python flushes stdout once more at exit: point it at /dev/null so that is silent.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OutputError as exc:
        raise fail(str(exc), exc.exit_code) from None


def write_stdout(content: str) -> None:
    """Write and flush now: a full disk must fail here, not silently at interpreter exit."""
    try:
        sys.stdout.write(content)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write standard output: {exc.strerror or exc}") from None


def write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    from extractor import batch

    path.parent.mkdir(parents=True, exist_ok=True)
    batch.write_atomically(path, content)  # one implementation: same permissions, same cleanup


@app.command()
def main_command(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (text or HTML, .gz too), directories (recursive), globs such as "
            "'archive/**/*.html', JSON Lines archives (.jsonl, .jsonl.gz); '-' reads standard input.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="json, a rich [b]table[/b], a standalone [b]html[/b] review page, or [b]parquet[/b] "
            "files under --output DIR (one row per article).",
        ),
    ] = OutputFormat.json,
    pretty: Annotated[
        bool | None,
        typer.Option("--pretty/--compact", help="Indented JSON (default on a terminal) or one line."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of stdout; with many inputs a DIR/ (one NAME.json each) "
            "or a FILE.jsonl.",
        ),
    ] = None,
    jsonl: Annotated[
        bool,
        typer.Option("--jsonl", help="Read inputs as JSON Lines archives: {id, url?, html|text} a line."),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=1, help="Worker processes [default: the cores available]."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip inputs whose output is already in --output DIR or FILE.jsonl."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary on stderr.")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="local[:N]|tcp://HOST:PORT",
            help="Run on Dask: a new local cluster of N worker processes, or a running scheduler "
            "(needs pip install 'extract[dask]').",
            show_default=False,
        ),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Refuse inputs larger than this many bytes.")
    ] = MAX_INPUT_BYTES,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    schema: Annotated[
        bool,
        typer.Option(
            "--schema", callback=_schema, is_eager=True, help="Print the output's JSON Schema and exit."
        ),
    ] = False,
) -> None:
    """Extract metadata, people, organisations, quotes, money and task lists from Korean news articles."""
    if not inputs:
        raise fail("no input given (a file, or '-' for standard input); see --help", 2)
    if output is None and sys.stdout is None:  # started with >&-: say so before any work
        raise fail("standard output is closed; nothing could be written (use -o FILE)", OutputError.exit_code)
    parquet = output_format is OutputFormat.parquet
    if parquet and (output is None or _output_kind(output) == "jsonl" or output.suffix):
        raise fail("--format parquet writes files into a directory: give --output DIR", 2)
    if is_batch(inputs, output, jsonl) or dask is not None or parquet:
        if output_format not in (OutputFormat.json, OutputFormat.parquet):
            raise fail(f"--format {output_format.value} takes one input; a batch writes JSON", 2)
        raise typer.Exit(
            run_batch_command(
                inputs,
                output,
                jsonl=jsonl,
                workers=workers,
                resume=resume,
                quiet=quiet,
                pretty=pretty,
                max_bytes=max_bytes,
                dask=dask,
                parquet=parquet,
            )
        )
    from extractor.batch import Job, configure, extract_job

    source = inputs[0]
    configure(indent=None, max_bytes=max_bytes)
    try:
        if source == "-":
            job = Job(key="-", stem="stdin", data=read_stdin(max_bytes))
        else:
            job = Job(key=source, stem=Path(source).stem, path=source)
        article = extract_job(job)
    except ExtractError as exc:
        raise fail(str(exc), exc.exit_code) from None

    if output_format is OutputFormat.table:
        from extractor.views import render_table

        # A file given with -o gets plain text even from a terminal: no colour codes in files.
        content = render_table(article, color=None if output is None else False)
    elif output_format is OutputFormat.html:
        from extractor.views import render_html

        content = render_html(article)
    else:
        indent = 2 if (pretty if pretty is not None else (output is None and sys.stdout.isatty())) else None
        content = article.model_dump_json(indent=indent) + "\n"
    with writing_output():
        if output is None:
            write_stdout(content)
        else:
            from extractor.guards import output_errors

            with output_errors(output):
                write_atomically(output, content)


def read_stdin(max_bytes: int) -> bytes:
    """Standard input within the size limit (`yes | extract -` stops at the limit)."""
    from extractor.page.ingest import read_limited

    if sys.stdin is None:  # started with <&-
        raise InputNotReadable("standard input is closed")
    return read_limited(sys.stdin.buffer, max_bytes, "standard input")


def _output_kind(output: Path | None) -> str:
    """stdout, jsonl (FILE.jsonl), dir (an existing directory or a path ending in '/') or file."""
    if output is None:
        return "stdout"
    if output.suffix.lower() in {".jsonl", ".ndjson"}:
        return "jsonl"
    return "dir" if output.is_dir() or str(output).endswith(("/", os.sep)) else "file"


def is_batch(inputs: list[str], output: Path | None, jsonl: bool) -> bool:
    """Batch mode is decided by what was typed, not by how many files a glob happened to match."""
    from extractor.batch import is_batch_argument

    if len(inputs) > 1 or jsonl or _output_kind(output) in {"dir", "jsonl"}:
        return True
    return is_batch_argument(inputs[0])


def _sink(output: Path | None, resume: bool) -> Sink:
    from extractor.batch import DirectorySink, JsonlFileSink, StreamSink

    kind = _output_kind(output)
    if output is None:
        return StreamSink(sys.stdout)
    if kind == "jsonl":
        return JsonlFileSink(output, resume=resume)
    if kind == "file" and output.suffix:
        raise fail(f"several inputs go to a DIR/ or a FILE.jsonl, not {output}", 2)
    return DirectorySink(output, resume=resume)


def run_batch_command(
    inputs: list[str],
    output: Path | None,
    *,
    jsonl: bool,
    workers: int | None,
    resume: bool,
    quiet: bool,
    pretty: bool | None,
    max_bytes: int,
    dask: str | None = None,
    parquet: bool = False,
) -> int:
    """Many inputs: results in input order, failures as error records; returns the exit code."""
    from extractor.batch import default_workers, expand_inputs, run_batch

    if resume and output is None:
        raise fail("--resume needs --output DIR or --output FILE.jsonl", 2)
    if resume and (dask is not None or parquet):
        raise fail("--resume works with local JSON output only, not with --dask or --format parquet", 2)
    # Files under DIR are for people as much as programs; JSON Lines must stay one line each.
    indent = 2 if pretty and _output_kind(output) == "dir" and not parquet else None
    with writing_output():
        if parquet:
            assert output is not None
            sink = _parquet_sink(output)
        else:
            sink = _sink(output, resume)
        if dask is not None:
            totals = _run_on_dask(
                dask, inputs, sink, output, jsonl=jsonl, quiet=quiet, indent=indent, max_bytes=max_bytes
            )
            return _finish(totals, quiet)
        stdin = sys.stdin.buffer if sys.stdin is not None else None
        jobs = expand_inputs(inputs, jsonl=jsonl, stdin=stdin, exclude=output, max_bytes=max_bytes)
        with _progress(inputs, jsonl=jsonl, quiet=quiet) as progress:
            totals = run_batch(
                jobs,
                sink,
                workers=workers or default_workers(),
                indent=indent,
                max_bytes=max_bytes,
                progress=progress,
            )
    return _finish(totals, quiet)


def _parquet_sink(output: Path) -> Sink:
    try:
        from extractor.parquet_sink import ParquetSink
    except ImportError:
        raise fail("--format parquet needs pyarrow: pip install 'extract[dask]'", 2) from None
    return ParquetSink(output)


def _run_on_dask(
    address: str,
    inputs: list[str],
    sink: Sink,
    output: Path | None,
    *,
    jsonl: bool,
    quiet: bool,
    indent: int | None,
    max_bytes: int,
) -> Totals:
    """The batch on a Dask cluster (extractor/distributed.py); Dask's progress bar on a terminal."""
    try:
        from extractor.distributed import connect, run_on_dask
    except ImportError:
        raise fail("--dask needs Dask: pip install 'extract[dask]'", 2) from None
    from extractor.batch import Progress

    if "-" in inputs:
        raise fail("standard input cannot go to a Dask cluster; name files instead", 2)

    bar = not quiet and sys.stderr.isatty()
    clear = "\r\33[2K" if bar else ""  # a failure line replaces the bar's line; the bar redraws below

    def report(message: str) -> None:
        sys.stderr.write(f"{clear}extract: {message}\n")

    with ExitStack() as stack:
        try:
            client = stack.enter_context(connect(address))
        except OSError as exc:  # no scheduler at that address
            raise fail(f"--dask {address}: {exc}", 3) from None
        return run_on_dask(
            client,
            inputs,
            sink,
            jsonl=jsonl,
            indent=indent,
            max_bytes=max_bytes,
            exclude=output,
            progress=Progress(report=report),
            bar=bar,
        )


def _finish(totals: Totals, quiet: bool) -> int:
    if not totals.done + totals.failed + totals.skipped and not totals.interrupted:
        # An empty directory or an archive with no records: say so rather than print nothing.
        sys.stderr.write("extract: no article inputs found (directories are searched for .txt/.html/.gz)\n")
        return 3
    if not quiet or totals.interrupted:
        sys.stderr.write(f"extract: {totals.summary()}\n")
    if totals.interrupted:
        return 130
    return 1 if totals.failed else 0


@contextmanager
def _progress(inputs: list[str], *, jsonl: bool, quiet: bool) -> Iterator[Progress]:
    """A rich progress bar on a terminal's stderr; plain one-line failures otherwise."""
    from extractor.batch import Progress, count_inputs

    def plain_report(message: str) -> None:
        if sys.stderr is not None:  # started with 2>&-
            sys.stderr.write(f"extract: {one_line(message)}\n")

    if quiet or not sys.stderr.isatty():
        yield Progress(report=plain_report)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    console = Console(stderr=True)
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    with Bar(*columns, console=console, speed_estimate_period=60) as bar:
        task = bar.add_task("extract", total=None, rate="")

        def advance() -> None:
            bar.advance(task)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

        def count() -> None:
            # Counting a large archive takes a while: the bar starts at once and gets its total later.
            bar.update(task, total=count_inputs(inputs, jsonl=jsonl))

        if "-" not in inputs:
            threading.Thread(target=count, daemon=True).start()

        def report(message: str) -> None:
            console.print(f"extract: {one_line(message)}", markup=False, highlight=False)

        yield Progress(advance=advance, report=report)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("extract: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        # `extract … | head` closed the pipe outside a write we guard: quietly, as documented.
        sys.stderr.close()
        sys.exit(EXIT_BROKEN_PIPE)


if __name__ == "__main__":
    main()
