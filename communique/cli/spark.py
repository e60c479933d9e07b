"""``communique spark``: code JSONL corpora on Apache Spark, same records as ``communique code``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli import app
from communique.cli.options import (
    ActorFilesOption,
    AdhocIssuesOption,
    IssueFilesOption,
    ModelOption,
    PatternFilesOption,
    coding_options,
)


@app.command("spark")
def spark_command(
    inputs: Annotated[
        list[str], typer.Argument(help="JSONL files or globs (local paths or any Hadoop URI).")
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="Directory for the coded JSONL part files.")],
    events: Annotated[
        str | None, typer.Option("--events", help="Also write a flat events table (Parquet).")
    ] = None,
    master: Annotated[
        str | None, typer.Option(help="Spark master URL (default: spark-submit's, else local[*]).")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Repartition the input into N partitions.")
    ] = None,
    model: ModelOption = None,
    actors: ActorFilesOption = None,
    patterns: PatternFilesOption = None,
    issues: IssueFilesOption = None,
    issue: AdhocIssuesOption = None,
) -> None:
    """Code JSONL statements on Spark and write one coded record per line, in input order."""
    from communique.spark import run_spark_job, spark_session

    for path in inputs:
        if "://" not in path and not any(ch in path for ch in "*?[") and not Path(path).exists():
            raise typer.BadParameter(f"{path}: no such file", param_hint="INPUTS")
    # Validate dictionaries on the driver so a malformed file stops the job before any executor starts.
    from communique.pipeline import Coder

    options = coding_options(model, actors, patterns, issues, issue)
    coder = Coder(options)
    _ = (coder.actor_dictionary, coder.patterns, coder.issues)
    spark = spark_session(master or "local[*]")
    try:
        summary = run_spark_job(
            spark, inputs, output, events_output=events, partitions=partitions, options=options
        )
    finally:
        spark.stop()
    for _where, reason in summary.failed:
        typer.echo(f"communique: error: {reason}", err=True)
    typer.echo(f"coded {summary.coded} documents, {summary.events} events -> {output}", err=True)
    if summary.failed:
        typer.echo(f"communique: {len(summary.failed)} line(s) failed", err=True)
        raise typer.Exit(1)
