"""``communique spark``: code JSONL corpora on Apache Spark, same records as ``communique code``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from communique.cli import app


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
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name, as for `communique code`.")] = None,
    actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor dictionary.")] = None,
    patterns: Annotated[
        list[Path] | None, typer.Option("--patterns", help="Extra event pattern file.")
    ] = None,
    issues: Annotated[list[Path] | None, typer.Option("--issues", help="Extra issue dictionary.")] = None,
    issue: Annotated[list[str] | None, typer.Option("--issue", help="Ad-hoc issue phrase.")] = None,
) -> None:
    """Code JSONL statements on Spark and write one coded record per line, in input order."""
    from communique.spark import run_spark_job, spark_session

    for path in inputs:
        if "://" not in path and not any(ch in path for ch in "*?[") and not Path(path).exists():
            raise typer.BadParameter(f"{path}: no such file", param_hint="INPUTS")
    # Validate dictionaries on the driver so a malformed file stops the job before any executor starts.
    from communique.pipeline import Coder, CodingOptions

    options = CodingOptions(
        model=model,
        actor_files=tuple(actors or ()),
        pattern_files=tuple(patterns or ()),
        issue_files=tuple(issues or ()),
        adhoc_issues=tuple(issue or ()),
    )
    coder = Coder(options)
    _ = (coder.actor_dictionary, coder.patterns, coder.issues)
    spark = spark_session(master or "local[*]")
    try:
        summary = run_spark_job(
            spark,
            inputs,
            output,
            events_output=events,
            partitions=partitions,
            model=model,
            actor_files=tuple(map(str, actors or ())),
            pattern_files=tuple(map(str, patterns or ())),
            issue_files=tuple(map(str, issues or ())),
            adhoc_issues=tuple(issue or ()),
        )
    finally:
        spark.stop()
    for _where, reason in summary.failed:
        typer.echo(f"communique: error: {reason}", err=True)
    typer.echo(f"coded {summary.coded} documents, {summary.events} events -> {output}", err=True)
    if summary.failed:
        typer.echo(f"communique: {len(summary.failed)} line(s) failed", err=True)
        raise typer.Exit(1)
