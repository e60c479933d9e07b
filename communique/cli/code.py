"""``communique code``: code statements and print documents, actors, events and stances."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated

import typer

from communique.cli import app
from communique.cli.options import (
    ActorFilesOption,
    AdhocIssuesOption,
    AllowPrivateOption,
    IssueFilesOption,
    IssuersOption,
    ModelOption,
    PatternFilesOption,
    coding_options,
)
from communique.cli.render import Summary, render_summary, render_table
from communique.ingest import IngestOptions, load_sources
from communique.ingest.sources import MAX_INPUT_BYTES
from communique.model import CodedDocument, Document, InputError


class CodeFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    plover = "plover"


@app.command("code")
def code_command(
    sources: Annotated[
        list[str], typer.Argument(help="Files, directories, URLs, feeds, JSONL files, or - for stdin.")
    ],
    format: Annotated[CodeFormat, typer.Option("--format", "-f", help="Output format.")] = CodeFormat.jsonl,
    issuer: IssuersOption = None,
    title: Annotated[str | None, typer.Option(help="Title to use instead of the detected one.")] = None,
    date: Annotated[
        str | None, typer.Option(help="Date (YYYY-MM-DD) to use instead of the detected one.")
    ] = None,
    model: ModelOption = None,
    actors: ActorFilesOption = None,
    patterns: PatternFilesOption = None,
    issues: IssueFilesOption = None,
    issue: AdhocIssuesOption = None,
    allow_private: AllowPrivateOption = False,
    timeout: Annotated[
        float, typer.Option(min=0.1, max=600, help="Seconds allowed for each URL fetch.")
    ] = 20.0,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Largest input accepted, in bytes.")
    ] = MAX_INPUT_BYTES,
) -> None:
    """Code statements and print one record per document."""
    if date is not None:
        from communique.ingest.dates import parse_iso_date

        if parse_iso_date(date) is None:
            raise typer.BadParameter(f"{date!r} is not a date in YYYY-MM-DD form", param_hint="--date")
    ingest_options = IngestOptions(
        allow_private=allow_private,
        title=title,
        date=date,
        issuers=tuple(issuer or ()),
        timeout=timeout,
        max_bytes=max_bytes,
    )
    from communique.pipeline import Coder

    coder = Coder(coding_options(model, actors, patterns, issues, issue)).load()
    failures: list[InputError] = []
    done = [0]

    def documents() -> Iterator[Document]:
        for item in load_sources(sources, ingest_options):
            if isinstance(item, InputError):
                typer.echo(f"communique: error: {item}", err=True)
                failures.append(item)
            else:
                yield item

    def counted(coded: Iterable[CodedDocument]) -> Iterator[CodedDocument]:
        for c in coded:
            done[0] += 1
            yield c

    coded = counted(coder.code_documents(documents()))
    with progress_status(enabled=format is not CodeFormat.table) as status:
        write_coded(_ticking(coded, status), format)
    if failures:
        typer.echo(
            f"communique: {len(failures)} input(s) failed, {done[0]} document(s) coded",
            err=True,
        )
        raise typer.Exit(1)


def _ticking(coded: Iterable[CodedDocument], status: Callable[[int], None]) -> Iterator[CodedDocument]:
    for i, c in enumerate(coded, start=1):
        status(i)
        yield c


@contextmanager
def progress_status(*, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A transient "coded N documents" counter on stderr, shown only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda _n: None
        return
    from rich.console import Console
    from rich.status import Status

    with Status("coding…", console=Console(stderr=True)) as status:

        def update(n: int) -> None:
            status.update(f"coded {n} document(s)…")

        yield update


def write_coded(coded: Iterable[CodedDocument], format: CodeFormat) -> None:
    """Write coded documents to stdout in the requested format, streaming where the format allows."""
    out = sys.stdout
    if format is CodeFormat.json:
        json.dump([c.to_dict() for c in coded], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif format is CodeFormat.table:
        summary = Summary()
        for c in coded:
            render_table(c)
            summary.add(c)
        render_summary(summary)
    elif format is CodeFormat.plover:
        from communique.export.plover import plover_records

        for c in coded:
            for record in plover_records(c):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for c in coded:
            out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
