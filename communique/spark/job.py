"""Code JSONL statements with pyspark: one coder per executor, ``nlp.pipe`` batches per partition."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from communique.model import CodedDocument, CommuniqueError, Document, InputError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

    from communique.pipeline import CodingOptions

# One row per input line: the coded record as JSON, or the error that stopped it.
CODED_SCHEMA = "source string, line long, document_id string, external_id string, record string, error string"
# One row per event, flattened for Spark SQL aggregates (dyads as code lists, not strings).
EVENT_SCHEMA = (
    "document_id string, event_id string, date string, sentence_index int, start int, end int, "
    "cameo string, cameo_root string, plover string, modality string, negated boolean, "
    "source_codes array<string>, target_codes array<string>, trigger string, pattern string"
)


@dataclass
class SparkJobSummary:
    """What a Spark run did: documents coded, lines that failed (with reasons), events written.

    ``events`` is ``None`` when no events table was asked for: the count is of that table's rows.
    """

    coded: int = 0
    events: int | None = None
    failed: list[tuple[str, str]] = field(default_factory=list)


class OutputRefused(CommuniqueError):
    """An output path that the job will not write: the caller's choice of output, not a failure of the job."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(message)


class InputMissing(CommuniqueError):
    """An input path (or glob) that names no file on the file system Spark reads it from."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(message)


class OutputExists(OutputRefused):
    """An output path holds something that writing it would delete, and no one asked to overwrite it."""

    def __init__(self, path: str, what: str, hint: str = "overwrite=True") -> None:
        self.what = what
        super().__init__(
            path,
            f"{path}: {what}, which Spark would delete with it: give a new or empty directory, "
            f"or a previous output of this job, or {hint} to replace it",
        )


def _require_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise CommuniqueError("Spark support needs pyspark: pip install 'communique[spark]'") from exc


def spark_session(master: str | None = None, app_name: str = "communique") -> SparkSession:
    """Start (or reuse) a Spark session whose Python workers run this interpreter."""
    _require_pyspark()
    from pyspark.sql import SparkSession

    # Executors must import communique and spaCy from the same environment as the driver.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
    return builder.getOrCreate()


def code_lines(
    lines: Iterable[tuple[str, int, str]], options: CodingOptions | None = None
) -> Iterator[dict[str, Any]]:
    """Code ``(source, line_number, jsonl_line)`` triples; yield one row dict per non-empty line.

    This is the whole per-partition job, free of Spark, so it runs identically on the driver, on an
    executor, or in a test.
    """
    from communique.ingest import IngestOptions
    from communique.ingest.jsonl import iter_jsonl
    from communique.ingest.sources import document_from_record
    from communique.pipeline import default_coder

    coder = default_coder(options)
    ingest_options = IngestOptions()
    failures: list[dict[str, Any]] = []
    positions: list[tuple[str, int]] = []

    def documents() -> Iterator[Document]:
        for source, number, line in lines:
            if not line.strip():
                continue
            where = f"{source}:{number}"

            def build(record: dict[str, Any], _line: str, where: str = where) -> Document:
                return document_from_record(record, where, ingest_options)

            # The same line parser and record validation as `communique code` on a JSONL file.
            for item in iter_jsonl(line, source, build):
                if isinstance(item, InputError):
                    failures.append(_row(source, number, error=f"{where}: {item.problem}"))
                else:
                    positions.append((source, number))
                    yield item

    for coded in coder.code_documents(documents()):
        # Failures found while the pipeline was filling its batch come out first, in line order.
        yield from _drain(failures)
        source, number = positions.pop(0)
        yield _row(source, number, coded=coded)
    yield from _drain(failures)


def _drain(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    while rows:
        yield rows.pop(0)


def _row(
    source: str, number: int, *, coded: CodedDocument | None = None, error: str | None = None
) -> dict[str, Any]:
    return {
        "source": source,
        "line": number,
        "document_id": coded.document.id if coded else None,
        "external_id": coded.document.external_id if coded else None,
        "record": json.dumps(coded.to_dict(), ensure_ascii=False, sort_keys=True) if coded else None,
        "error": error,
    }


def event_rows(record_json: str) -> Iterator[dict[str, Any]]:
    """Flatten one coded record (JSON) into event rows for ``EVENT_SCHEMA``."""
    record = json.loads(record_json)
    doc = record["document"]
    for event in record["events"]:
        yield {
            "document_id": doc["id"],
            "event_id": event["id"],
            "date": doc.get("date"),
            "sentence_index": event["sentence_index"],
            "start": event["start"],
            "end": event["end"],
            "cameo": event["cameo"],
            "cameo_root": event["cameo_root"],
            "plover": event.get("plover"),
            "modality": event["modality"],
            "negated": bool(event["negated"]),
            "source_codes": [a.get("code") or "" for a in event["sources"]],
            "target_codes": [a.get("code") or "" for a in event["targets"]],
            "trigger": event["trigger"],
            "pattern": event["pattern"],
        }


def code_jsonl(
    spark: SparkSession,
    paths: Sequence[str],
    *,
    partitions: int | None = None,
    options: CodingOptions | None = None,
) -> DataFrame:
    """Code JSONL files on Spark; return a DataFrame of ``CODED_SCHEMA`` rows, one per input line."""
    sc = spark.sparkContext
    numbered = None
    for path in paths:
        rdd = sc.textFile(path).zipWithIndex().map(_numbered(path))
        numbered = rdd if numbered is None else numbered.union(rdd)
    if numbered is None:
        raise CommuniqueError("no input paths given")
    if partitions:
        numbered = numbered.repartition(partitions)

    def run_partition(items: Iterable[tuple[str, int, str]]) -> Iterator[tuple[Any, ...]]:
        for row in code_lines(items, options):
            yield (
                row["source"],
                row["line"],
                row["document_id"],
                row["external_id"],
                row["record"],
                row["error"],
            )

    return spark.createDataFrame(numbered.mapPartitions(run_partition), CODED_SCHEMA)


def _numbered(path: str) -> Any:
    """Return a mapper from ``(line, index)`` to ``(path, line_number, line)``."""

    def number(pair: tuple[str, int]) -> tuple[str, int, str]:
        return (path, pair[1] + 1, pair[0])

    return number


def run_spark_job(
    spark: SparkSession,
    paths: Sequence[str],
    output: str,
    *,
    events_output: str | None = None,
    partitions: int | None = None,
    options: CodingOptions | None = None,
    overwrite: bool = False,
) -> SparkJobSummary:
    """Code ``paths`` and write coded records as JSONL under ``output`` (and events as Parquet).

    ``check_inputs`` and ``check_outputs`` run first, so an input naming no file (``InputMissing``) or an
    output they refuse raises before anything is coded. Relative paths
    are resolved by Hadoop against the directory the Spark session started in, not the current one.
    """
    # Outputs first: their own check needs no input listing (an hdfs: input's may wait for a name node).
    modes = check_outputs(spark, paths, output, events_output=events_output, overwrite=overwrite)
    check_inputs(spark, paths)
    coded = code_jsonl(spark, paths, partitions=partitions, options=options).cache()
    good = coded.where("error IS NULL").orderBy("source", "line")
    good.select("record").write.mode(modes[0]).text(output)
    summary = SparkJobSummary(coded=good.count())
    for row in coded.where("error IS NOT NULL").orderBy("source", "line").collect():
        summary.failed.append((f"{row['source']}:{row['line']}", row["error"]))
    if events_output:
        events = spark.createDataFrame(
            good.select("record").rdd.flatMap(lambda r: event_rows(r[0])), EVENT_SCHEMA
        )
        events.write.mode(modes[1]).parquet(events_output)
        summary.events = events.count()
    coded.unpersist()
    return summary


def check_inputs(spark: SparkSession, paths: Sequence[str]) -> None:
    """Raise ``InputMissing`` for an input (a path, a glob or any Hadoop URI) that names no file.

    Looked up through Hadoop's file system, as Spark reads it: a plain path is on the cluster's default
    file system (HDFS, ViewFS...), not necessarily on this machine's disk.
    """
    for path in paths:
        hpath, fs = _hadoop_path(spark, path)
        if not (fs.globStatus(hpath) or []):
            pattern = any(ch in path for ch in "*?[{")
            raise InputMissing(path, f"{path}: {'matches no file' if pattern else 'no such file'}")


def check_outputs(
    spark: SparkSession,
    paths: Sequence[str],
    output: str,
    *,
    events_output: str | None = None,
    overwrite: bool = False,
) -> list[str]:
    """Spark's save mode for each output (``output``, then ``events_output``), or raise what it would delete.

    The one output check, through Hadoop's file system (local paths and any URI alike). An absent output is
    written; an empty directory, or a previous output of this job (only Spark's part files, ``_SUCCESS`` and
    their checksums), is replaced. Anything else raises ``OutputExists`` unless ``overwrite`` is true. Two
    outputs on one path (or one in the other), and an output holding an input, are refused even then.
    """
    outputs = [output, *([events_output] if events_output else [])]
    # Each output's own check first: it needs no input listing (an hdfs: input's may wait for a name node).
    modes = [_write_mode(spark, path, overwrite) for path in outputs]
    if events_output:
        a, b = sorted((_qualified(spark, output) + "/", _qualified(spark, events_output) + "/"))
        if b.startswith(a):  # the same path, or one inside the other: the second write would delete the first
            raise OutputRefused(
                events_output,
                f"{events_output}: the events table needs a path of its own, not the output's nor one in it",
            )
    inputs = {path: _reached(spark, path) for path in paths}
    for out in outputs:
        # Even asked to overwrite: Spark deletes the output before the input is read again (or at all).
        roots = _reached(spark, out, glob=False)
        for path, reached in inputs.items():
            if any(p == r or p.startswith(r + "/") for p in reached for r in roots):
                raise OutputRefused(
                    out, f"{out}: the output holds the input {path}, which Spark would delete"
                )
    return modes


def _hadoop_path(spark: SparkSession, path: str) -> tuple[Any, Any]:
    """The path as Spark's writer resolves it (any Hadoop URI, or a local path), with its file system."""
    sc: Any = spark.sparkContext
    hpath = sc._jvm.org.apache.hadoop.fs.Path(path)
    return hpath, hpath.getFileSystem(sc._jsc.hadoopConfiguration())


def _qualified(spark: SparkSession, path: str) -> str:
    hpath, fs = _hadoop_path(spark, path)
    return str(fs.makeQualified(hpath).toString()).rstrip("/")


def _reached(spark: SparkSession, path: str, *, glob: bool = True) -> set[str]:
    """Every path ``path`` stands for: as written, and (``glob``) each file or directory it matches.

    Qualified URIs, and a local one also with its symlinks resolved: comparing the pattern's text alone let
    ``dat*/c.jsonl``, ``{data,x}/…`` or a link above the file through, and the output deleted that input.
    """
    hpath, fs = _hadoop_path(spark, path)
    found = [fs.makeQualified(hpath)]
    if glob:
        found += [status.getPath() for status in fs.globStatus(hpath) or []]
    reached = set()
    for one in found:
        uri = fs.makeQualified(one).toUri()
        reached.add(str(uri.toString()).rstrip("/"))
        if uri.getScheme() == "file":
            reached.add("file:" + os.path.realpath(str(uri.getPath())).rstrip("/"))
    return reached


# What a finished Spark write leaves in its directory: part files named by Spark (part-00000, or
# part-00000-<uuid>-c000.<ext>), the _SUCCESS marker, and the hidden .crc checksum of each. A user's
# 'part-notes.txt' is not one of them.
SPARK_OUTPUT = re.compile(
    r"^\.?(?:part-\d{5,}(?:-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})?(?:-c\d{3})?(?:\.[a-z0-9]+)*"
    r"|_SUCCESS(?:\.crc)?)$"
)


def _write_mode(spark: SparkSession, path: str, overwrite: bool) -> str:
    """Spark's save mode for ``path``: refuse (``OutputExists``) what would delete data nobody offered."""
    hpath, fs = _hadoop_path(spark, path)
    if not fs.exists(hpath):
        # Not there now: if something appears before the write, Spark refuses it rather than deleting it.
        return "errorifexists"
    if overwrite:
        return "overwrite"
    if not fs.getFileStatus(hpath).isDirectory():
        raise OutputExists(path, "exists and is not a directory")
    others = sorted(
        str(status.getPath().getName())
        for status in fs.listStatus(hpath)
        # A job that crashed while writing leaves Spark's own _temporary/ directory: it is this job's too.
        if (status.isDirectory() and str(status.getPath().getName()) != "_temporary")
        or (not status.isDirectory() and not SPARK_OUTPUT.match(str(status.getPath().getName())))
    )
    if others:
        shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise OutputExists(path, f"the directory holds other files ({shown})")
    # Empty, or a previous output: errorifexists would refuse it, and only Spark's own files are replaced.
    return "overwrite"
