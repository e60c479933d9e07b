"""``communique spark``: code JSONL corpora on Apache Spark, same records as ``communique code``."""

from __future__ import annotations

import glob
import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

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
from communique.model import CommuniqueError


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
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Replace outputs that hold other files (Spark deletes what they hold). Without it, only a "
            "new or empty directory, or a previous output of this command, is written.",
        ),
    ] = False,
    model: ModelOption = None,
    actors: ActorFilesOption = None,
    patterns: PatternFilesOption = None,
    issues: IssueFilesOption = None,
    issue: AdhocIssuesOption = None,
) -> None:
    """Code JSONL statements on Spark and write one coded record per line, in input order."""
    from communique.spark import InputMissing, OutputExists, OutputRefused, run_spark_job, spark_session

    spark_master = master or "local[*]"
    for path in inputs:
        _check_input(path, _default_fs_is_local(spark_master))
    # Validate dictionaries on the driver so a malformed file stops the job before any executor starts.
    from communique.pipeline import Coder

    options = coding_options(model, actors, patterns, issues, issue)
    coder = Coder(options)
    _ = (coder.actor_dictionary, coder.patterns, coder.issues)
    spark = spark_session(spark_master)
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    try:
        # run_spark_job checks its outputs (through Hadoop's file system, so URIs too) before anything is
        # coded: a refused output is the user's choice of option, a usage error (exit 2) naming it.
        summary = run_spark_job(
            spark,
            inputs,
            output,
            events_output=events,
            partitions=partitions,
            options=options,
            overwrite=overwrite,
        )
    except InputMissing as error:
        # The job's own lookup, through the file system Spark reads from (a cluster's default one too).
        raise typer.BadParameter(str(error), param_hint="INPUTS") from None
    except OutputRefused as error:
        message = (
            str(OutputExists(error.path, error.what, "--overwrite"))
            if isinstance(error, OutputExists)
            else str(error)
        )
        raise typer.BadParameter(
            message, param_hint="--output" if error.path == output else "--events"
        ) from None
    except CommuniqueError:
        raise
    except (Py4JError, PySparkException) as error:  # a Java stack in one line; not a Python bug
        raise CommuniqueError(f"spark: {_spark_reason(error)}") from error
    finally:
        spark.stop()
    for _where, reason in summary.failed:
        typer.echo(f"communique: error: {reason}", err=True)
    # The events count is of the table written with --events; without it no events were counted (None).
    written = f", {summary.events} events -> {events}" if summary.events is not None else ""
    typer.echo(f"coded {summary.coded} documents -> {output}{written}", err=True)
    if summary.failed:
        typer.echo(f"communique: {len(summary.failed)} line(s) failed", err=True)
        raise typer.Exit(1)


def _local_path(path: str) -> Path | None:
    """The local file a path names as Hadoop reads it (``file:`` URIs included), or None for other URIs."""
    # Hadoop reads 'file:/x' and 'hdfs:x' as URIs too, not only 'scheme://': a colon before any slash.
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", path)
    if scheme is None:
        return Path(path)
    parts = urlsplit(path)
    if scheme.group(1).lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    return Path(parts.path)


def _default_fs_is_local(master: str) -> bool:
    """True when a plain path is surely a local one: a local master and no Hadoop configuration.

    With ``$HADOOP_CONF_DIR`` (or ``$YARN_CONF_DIR``) the default file system may be HDFS or ViewFS, and a
    plain path names a file there: looked up on this disk, ``corpus.jsonl`` was refused as "no such file"
    on a cluster that had it (UX18 leftover). The job then checks it through Hadoop instead, once Spark
    has started.
    """
    import os

    if any(os.environ.get(name) for name in ("HADOOP_CONF_DIR", "YARN_CONF_DIR")):
        return False
    return master == "local" or master.startswith("local[")


def _check_input(path: str, plain_is_local: bool = True) -> None:
    """Refuse a local input (``file:`` URIs included) that names no file, or a glob matching none.

    Checked here, before Spark starts, so a typo is refused at once; a plain path only when
    ``plain_is_local`` (else ``run_spark_job`` checks it on the default file system).
    """
    # Read as the outputs are: 'file:/x' is the local /x, 'hdfs:/x' a URI only Spark can look into.
    target = _local_path(path)
    if target is None or (not plain_is_local and not path.lower().startswith("file:")):
        return
    local = str(target)
    if any(ch in local for ch in "*?[{"):  # Hadoop's glob characters, its {a,b} alternatives included
        if not any(glob.glob(one) for one in _alternatives(local)):
            raise typer.BadParameter(f"{path}: matches no file", param_hint="INPUTS")
    elif not target.exists():
        raise typer.BadParameter(f"{path}: no such file", param_hint="INPUTS")


def _alternatives(pattern: str) -> list[str]:
    """Expand Hadoop's ``{a,b}`` alternatives (nested too), which Python's glob does not know."""
    start = pattern.find("{")
    if start < 0:
        return [pattern]
    depth, last, parts = 0, start + 1, []
    for i in range(start, len(pattern)):
        if pattern[i] == "{":
            depth += 1
        elif pattern[i] == "}":
            depth -= 1
            if depth == 0:
                parts.append(pattern[last:i])
                head, tail = pattern[:start], pattern[i + 1 :]
                return [one for part in parts for one in _alternatives(head + part + tail)]
        elif pattern[i] == "," and depth == 1:
            parts.append(pattern[last:i])
            last = i + 1
    return [pattern]  # an unclosed brace: as written


def _spark_reason(error: BaseException) -> str:
    """The Java exception's own message (its 'Caused by' when there is one), without the stack."""
    text = str(getattr(error, "java_exception", None) or error)
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    causes = [line.removeprefix("Caused by: ") for line in lines if line.startswith("Caused by:")]
    reason = causes[-1] if causes else text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return reason[:300]
