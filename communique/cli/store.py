"""``communique ingest|import|search|stats|export``: build, query and export a stored corpus."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from communique.cli import app
from communique.cli.options import (
    ActorFilesOption,
    AdhocIssuesOption,
    AllowPrivateOption,
    IssueFilesOption,
    ModelOption,
    PatternFilesOption,
    coding_options,
)
from communique.model import CommuniqueError

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite path (default: $COMMUNIQUE_DB or ./communique.db)."),
]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Actor code (prefix, e.g. BLR) or name.")]
EventOption = Annotated[
    str | None, typer.Option("--event", help="CAMEO code or prefix (e.g. 12, 0411) or PLOVER type.")
]
IssueOption = Annotated[str | None, typer.Option("--issue", help="Issue id or label.")]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")]
ModalityOption = Annotated[str | None, typer.Option("--modality", help="Event modality, e.g. asserted.")]


class SearchFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class StatsFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class StatsBy(StrEnum):
    actor = "actor"
    event = "event"
    month = "month"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    plover = "plover"
    phoenix = "phoenix"
    icews = "icews"
    csv = "csv"
    parquet = "parquet"


class ExportTable(StrEnum):
    events = "events"
    documents = "documents"
    stances = "stances"


class EventDedup(StrEnum):
    none = "none"
    day = "day"
    document = "document"


def _corpus(db: str | None, *, dedup: bool = True, create: bool = True) -> Any:
    # Reading commands pass create=False: a mistyped --db path is then an error, not a new empty corpus.
    from communique.store import Corpus

    return Corpus(db, dedup=dedup, create=create)


def _filters(**kwargs: Any) -> dict[str, Any]:
    given = {k: v for k, v in kwargs.items() if v is not None}
    check_filters(**given)
    return given


def check_filters(**given: Any) -> None:
    """Refuse a bad filter option as a usage error naming it (exit 2), before any database is opened.

    The store's own check raised a plain error ("communique: error: since: ...", exit 1), which reads as a
    problem of the data, not of what was typed.
    """
    from communique.store.search import Filters

    try:
        Filters.make(**given)
    except CommuniqueError as exc:
        name, _, problem = str(exc).partition(": ")
        raise typer.BadParameter(problem or str(exc), param_hint=f"--{name}") from None


def _print_summary(summary: Any, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(summary.to_dict()))
        return
    typer.echo(f"communique: {summary.line()}", err=True)
    for source, reason in summary.failed[:50]:
        typer.echo(f"  failed: {source}: {reason}", err=True)
    if len(summary.failed) > 50:
        typer.echo(f"  ... and {len(summary.failed) - 50} more failures", err=True)


@app.command("ingest")
def ingest_command(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, URLs, feeds, JSONL files, or -.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Coding processes.")] = 1,
    recode: Annotated[
        bool, typer.Option("--recode", help="Recode stored documents with the current dictionaries.")
    ] = False,
    no_dedup: Annotated[
        bool, typer.Option("--no-dedup", help="Do not group near-duplicate reposts.")
    ] = False,
    model: ModelOption = None,
    actors: ActorFilesOption = None,
    patterns: PatternFilesOption = None,
    issues: IssueFilesOption = None,
    issue: AdhocIssuesOption = None,
    allow_private: AllowPrivateOption = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    json_summary: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON on stdout.")
    ] = False,
) -> None:
    """Code sources and store them (one transaction per document; reruns skip what is stored)."""
    from communique.ingest import IngestOptions

    coding = coding_options(model, actors, patterns, issues, issue)
    with _corpus(db, dedup=not no_dedup) as corpus:
        summary = corpus.ingest(
            sources,
            ingest_options=IngestOptions(allow_private=allow_private),
            coding_options=coding,
            recode=recode,
            workers=workers,
            progress=not quiet,
        )
    _print_summary(summary, json_summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command("import")
def import_command(
    files: Annotated[
        list[str], typer.Argument(help="Coded JSONL files (from `communique code` or `export`), or -.")
    ],
    db: DbOption = None,
    recode: Annotated[
        bool, typer.Option("--recode", help="Replace stored documents with these records.")
    ] = False,
    no_dedup: Annotated[
        bool, typer.Option("--no-dedup", help="Do not group near-duplicate reposts.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, max=10_000, help="Documents per transaction.")
    ] = 2000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    json_summary: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON on stdout.")
    ] = False,
) -> None:
    """Store already-coded records (each batch is one transaction; reruns skip what is stored)."""
    from communique.store.ingest import read_coded_jsonl

    failed: list[tuple[str, str]] = []
    with _corpus(db, dedup=not no_dedup) as corpus:
        progress = _import_progress(quiet)
        summary = corpus.add_many(
            read_coded_jsonl(files, failed), recode=recode, batch_size=batch_size, progress=progress
        )
    summary.failed.extend(failed)
    _print_summary(summary, json_summary)
    if summary.failed:
        raise typer.Exit(1)


def _import_progress(quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None

    def progress(_n: int, summary: Any) -> None:
        typer.echo(f"\r{summary.total} documents: {summary.line()}", err=True, nl=False)

    return progress


@app.command("search")
def search_command(
    text: Annotated[str | None, typer.Argument(help="Words to find (treated as plain text).")] = None,
    db: DbOption = None,
    actor: ActorOption = None,
    event: EventOption = None,
    issue: IssueOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    modality: ModalityOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="Results per page.")] = 20,
    cursor: Annotated[str | None, typer.Option("--cursor", help="Cursor of the next page.")] = None,
    include_reposts: Annotated[bool, typer.Option("--include-reposts", help="List reposts too.")] = False,
    format: Annotated[
        SearchFormat, typer.Option("--format", "-f", help="Output format.")
    ] = SearchFormat.table,
) -> None:
    """Search stored statements by text, actor, event type, issue, dates and modality."""
    check_filters(actor=actor, event=event, issue=issue, since=since, until=until, modality=modality)
    with _corpus(db, create=False) as corpus:
        page = corpus.search(
            text,
            actor=actor,
            event=event,
            issue=issue,
            since=since,
            until=until,
            modality=modality,
            limit=limit,
            cursor=cursor,
            include_duplicates=include_reposts,
        )
    if format is SearchFormat.jsonl:
        for item in page.items:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        if page.next_cursor:
            typer.echo(f"next cursor: {page.next_cursor}", err=True)
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(highlight=False)
    table = Table("date", "id", "title", "issuers", "events", "reposts")
    for item in page.items:
        # Three issuers of one code (an office, a council, a committee) are one code in this column.
        issuers = ", ".join(dict.fromkeys(i["code"] or i["name"] for i in item["issuers"])) or "-"
        # Stored text is shown as is: '[/]' or '[link=...]' in a title is not rich markup.
        table.add_row(
            item["date"] or "-",
            item["id"],
            escape(item["title"] or item["snippet"][:60] or "-"),
            escape(issuers),
            str(item["n_events"]),
            str(item["n_reposts"]),
        )
    console.print(table)
    console.print(
        f"{len(page.items)} result(s)"
        + (f"; next page: --cursor {page.next_cursor}" if page.next_cursor else "")
    )


@app.command("stats")
def stats_command(
    by: Annotated[StatsBy, typer.Option("--by", help="Count by actor, event type or month.")] = StatsBy.actor,
    db: DbOption = None,
    text: Annotated[str | None, typer.Option("--text", help="Only documents containing these words.")] = None,
    actor: ActorOption = None,
    event: EventOption = None,
    issue: IssueOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    modality: ModalityOption = None,
    dedup_events: Annotated[
        EventDedup,
        typer.Option("--dedup-events", help="Count one event per day (or document) per source/target/code."),
    ] = EventDedup.none,
    format: Annotated[StatsFormat, typer.Option("--format", "-f", help="Output format.")] = StatsFormat.table,
) -> None:
    """Counts of events and documents by actor, event type or month."""
    filters = _filters(
        text=text, actor=actor, event=event, issue=issue, since=since, until=until, modality=modality
    )
    with _corpus(db, create=False) as corpus:
        rows = corpus.stats(
            by.value,
            event_dedup=None if dedup_events is EventDedup.none else dedup_events.value,
            **filters,
        )
    if format is StatsFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    columns = list(rows[0]) if rows else ["key", "events", "documents"]
    if format is StatsFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        from communique.export.formats import spreadsheet_safe

        # (keys are stored names: a hostile one must not become a spreadsheet formula)
        writer.writerows({k: spreadsheet_safe(v) for k, v in row.items()} for row in rows)
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(*columns)
    for row in rows:
        table.add_row(*(escape(str(row[c])) for c in columns))
    Console(highlight=False).print(table)


@app.command("export")
def export_command(
    out: Annotated[str, typer.Argument(help="Output file, or - for stdout (not for parquet).")],
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Export format.")
    ] = ExportFormat.jsonl,
    db: DbOption = None,
    table: Annotated[
        ExportTable, typer.Option("--table", help="For csv/parquet: events, documents or stances.")
    ] = ExportTable.events,
    text: Annotated[str | None, typer.Option("--text", help="Only documents containing these words.")] = None,
    actor: ActorOption = None,
    event: EventOption = None,
    issue: IssueOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    dedup_events: Annotated[
        EventDedup,
        typer.Option("--dedup-events", help="One event per day (or document) per source/target/code."),
    ] = EventDedup.none,
    include_negated: Annotated[
        bool | None,
        typer.Option(
            "--include-negated/--exclude-negated",
            help="Keep negated events (default: kept except in phoenix/icews).",
        ),
    ] = None,
    spreadsheet_safe: Annotated[
        bool,
        typer.Option(
            "--spreadsheet-safe",
            help="phoenix/icews: prefix ' to a cell starting with = + - @ (a formula to a spreadsheet). "
            "csv cells always are.",
        ),
    ] = False,
) -> None:
    """Export the corpus: jsonl (full records), plover, phoenix/icews TSV, csv or parquet."""
    from communique.export.formats import SPREADSHEET_SAFE_FORMATS, check_options, export

    if format is ExportFormat.parquet and out == "-":
        raise typer.BadParameter("parquet needs a file path", param_hint="OUT")
    try:
        # export() checks this too; asked first, a bad combination is a usage error before the corpus opens.
        check_options(format.value, table.value)
    except CommuniqueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--table") from exc
    if spreadsheet_safe and format.value not in SPREADSHEET_SAFE_FORMATS:
        raise typer.BadParameter(
            f"applies to phoenix, icews and csv, not to {format.value}", param_hint="--spreadsheet-safe"
        )
    filters = _filters(text=text, actor=actor, event=event, issue=issue, since=since, until=until)
    if out != "-":
        parent = Path(out).expanduser().resolve().parent
        if not parent.is_dir():
            raise CommuniqueError(f"{out}: directory {parent} does not exist")
    with _corpus(db, create=False) as corpus:
        target: Any = sys.stdout if out == "-" else out
        n = export(
            corpus,
            format.value,
            target,
            table=table.value,
            event_dedup=None if dedup_events is EventDedup.none else dedup_events.value,
            include_negated=include_negated,
            spreadsheet_safe_tsv=spreadsheet_safe,
            **filters,
        )
    typer.echo(
        f"communique: exported {n} {format.value} record(s)" + ("" if out == "-" else f" to {out}"), err=True
    )
