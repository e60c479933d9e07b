"""``communique code``: code statements and print documents, actors, events and stances."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from communique.cli import app
from communique.cli.render import render_table
from communique.ingest import IngestOptions, load_sources
from communique.model import CodedDocument, Document, InputError
from communique.pipeline import Coder, CodingOptions


class CodeFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    plover = "plover"


@app.command("code")
def code_command(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, URLs, feeds, JSONL files, or - for stdin.")],
    format: Annotated[CodeFormat, typer.Option("--format", "-f", help="Output format.")] = CodeFormat.jsonl,
    issuer: Annotated[list[str] | None, typer.Option("--issuer", help="Issuer name (repeatable); overrides detection.")] = None,
    title: Annotated[str | None, typer.Option(help="Title to use instead of the detected one.")] = None,
    date: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) to use instead of the detected one.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name (default: $COMMUNIQUE_SPACY_MODEL or en_core_web_sm).")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary (YAML or PETRARCH .txt).")] = None,
    patterns: Annotated[list[Path] | None, typer.Option("--patterns", help="Extra event pattern file (YAML).")] = None,
    issues: Annotated[list[Path] | None, typer.Option("--issues", help="Extra issue dictionary (YAML).")] = None,
    issue: Annotated[list[str] | None, typer.Option("--issue", help="Ad-hoc issue phrase to derive stances on.")] = None,
    allow_private: Annotated[bool, typer.Option("--allow-private", help="Allow URLs on private/loopback addresses.")] = False,
) -> None:
    """Code statements and print one record per document."""
    if date is not None:
        from communique.ingest.dates import parse_iso_date

        if parse_iso_date(date) is None:
            raise typer.BadParameter(f"{date!r} is not a date in YYYY-MM-DD form", param_hint="--date")
    ingest_options = IngestOptions(allow_private=allow_private, title=title, date=date, issuers=tuple(issuer or ()))
    coder = Coder(
        CodingOptions(
            model=model,
            actor_files=tuple(actors or ()),
            pattern_files=tuple(patterns or ()),
            issue_files=tuple(issues or ()),
            adhoc_issues=tuple(issue or ()),
        )
    ).load()
    failures: list[InputError] = []

    def documents() -> Iterator[Document]:
        for item in load_sources(sources, ingest_options):
            if isinstance(item, InputError):
                typer.echo(f"communique: error: {item}", err=True)
                failures.append(item)
            else:
                yield item

    coded = coder.code_documents(documents())
    write_coded(coded, format)
    if failures:
        typer.echo(f"communique: {len(failures)} source(s) failed", err=True)
        raise typer.Exit(1)


def write_coded(coded: Iterable[CodedDocument], format: CodeFormat) -> None:
    """Write coded documents to stdout in the requested format, streaming where the format allows."""
    out = sys.stdout
    if format is CodeFormat.json:
        json.dump([c.to_dict() for c in coded], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif format is CodeFormat.table:
        for c in coded:
            render_table(c)
    elif format is CodeFormat.plover:
        from communique.export.plover import plover_records

        for c in coded:
            for record in plover_records(c):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        for c in coded:
            out.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
            out.flush()


