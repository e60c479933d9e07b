"""``communique stances``: a reaction table on one issue over statements or the stored corpus."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from communique.cli import app
from communique.cli.options import (
    ActorFilesOption,
    AllowPrivateOption,
    IssueFilesOption,
    IssuersOption,
    ModelOption,
    PatternFilesOption,
    coding_options,
)
from communique.model import CodedDocument, CommuniqueError, Document, InputError

if TYPE_CHECKING:
    # The stance stage pulls in spaCy; the command imports it when it runs, so `--help` stays fast.
    from communique.stance.reactions import ReactionRow


class StanceFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


@app.command("stances")
def stances_command(
    issue: Annotated[
        str, typer.Option("--issue", help="Issue: a dictionary id (e.g. sanctions) or a short phrase.")
    ],
    sources: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, URLs, feeds, JSONL files, or - for stdin.")
    ] = None,
    format: Annotated[
        StanceFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StanceFormat.table,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Read the stored corpus (database URL or SQLite path) instead of SOURCES."),
    ] = None,
    since: Annotated[str | None, typer.Option(help="With --db: statements on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="With --db: statements on or before this date.")] = None,
    issuer: IssuersOption = None,
    model: ModelOption = None,
    actors: ActorFilesOption = None,
    patterns: PatternFilesOption = None,
    issues: IssueFilesOption = None,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Print who supports, opposes or takes no side on an issue, one row per issuer, sorted by date."""
    from communique.ingest import IngestOptions, load_sources
    from communique.pipeline import Coder
    from communique.stance.matching import compile_adhoc, normalise_issue_text
    from communique.stance.reactions import addressed, reaction_rows

    if not sources and not db:
        raise typer.BadParameter(
            "give SOURCE files/URLs or --db to read the stored corpus", param_hint="SOURCE"
        )
    if sources and db:
        # Both were read and their rows added: a statement both given and stored was listed twice.
        raise typer.BadParameter(
            "give SOURCE files/URLs or --db, not both (to add sources to the corpus: communique ingest)",
            param_hint="--db",
        )
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not db:
            # Ignored without --db, so a table of every date came back as if filtered.
            raise typer.BadParameter("applies to the stored corpus (--db) only", param_hint=name)
    if db:
        from communique.cli.store import check_filters

        check_filters(since=since, until=until)
    try:
        normalise_issue_text(issue)
    except CommuniqueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--issue") from None
    coder = Coder(coding_options(model, actors, patterns, issues, (issue,))).load()
    try:
        compiled_issue = compile_adhoc(issue, coder.issues, coder.nlp, coder.actor_dictionary)
    except CommuniqueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--issue") from None
    label = compiled_issue.issue(coder.issues).label
    failures: list[InputError] = []
    rows: list[ReactionRow] = []
    documents_seen = 0
    if sources:
        ingest_options = IngestOptions(allow_private=allow_private, issuers=tuple(issuer or ()))

        def documents() -> Iterator[Document]:
            for item in load_sources(sources or [], ingest_options):
                if isinstance(item, InputError):
                    typer.echo(f"communique: error: {item}", err=True)
                    failures.append(item)
                else:
                    yield item

        coded = list(coder.code_documents(documents()))
        documents_seen += len(coded)
        rows.extend(reaction_rows(coded, issue, coder, fresh=True))
    if db:
        from communique.store import Corpus

        corpus = Corpus(db, create=False)
        try:
            stored: list[CodedDocument] = list(corpus.iter_documents(since=since, until=until))
        finally:
            corpus.close()
        documents_seen += len(stored)
        rows.extend(reaction_rows(stored, issue, coder))
        if not stored:
            # UX23: an empty table and nothing else, as if nobody had a stance, when no statement was read.
            bounds = (("since", since), ("until", until))
            dates = ", ".join(f"--{name} {value}" for name, value in bounds if value)
            where = f"in the dates ({dates})" if dates else "in the corpus"
            typer.echo(f"communique: no stored statement {where}; the table is empty", err=True)
        rows.sort(key=lambda r: (r.date is None, r.date or "", r.actor.name.lower(), r.document_id))
    write_rows(rows, format, label)
    if documents_seen and not addressed(rows):
        among = "the statement does not" if documents_seen == 1 else f"none of {documents_seen} statements"
        typer.echo(
            f"communique: {among} address {label!r}; every row is 'not addressed'",
            err=True,
        )
    if failures:
        typer.echo(f"communique: {len(failures)} source(s) failed", err=True)
        raise typer.Exit(1)


def write_rows(rows: list[ReactionRow], format: StanceFormat, label: str) -> None:
    """Write reaction rows to stdout in the requested format."""
    from communique.stance.reactions import iter_table_rows, to_csv, to_json, to_markdown

    if format is StanceFormat.csv:
        sys.stdout.write(to_csv(rows))
    elif format is StanceFormat.json:
        sys.stdout.write(to_json(rows, label) + "\n")
    elif format is StanceFormat.markdown:
        sys.stdout.write(to_markdown(rows, label))
    else:
        from rich.console import Console
        from rich.markup import escape
        from rich.table import Table

        styles = {"support": "green", "oppose": "red", "mixed": "yellow", "neutral": "cyan"}
        table = Table(
            "date", "actor", "code", "stance", "evidence", title=escape(label), title_justify="left"
        )
        for row, cells in zip(rows, iter_table_rows(rows), strict=True):
            style = styles.get(row.stance, "dim")
            table.add_row(*(escape(c) for c in cells[:3]), f"[{style}]{cells[3]}[/]", escape(cells[4][:160]))
        # Piped output has no terminal width: use a readable one instead of rich's 80 columns.
        Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)
