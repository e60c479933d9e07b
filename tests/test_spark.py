"""Spark scale-out gives the same records as one machine (real pyspark, local master)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import communique
from communique.spark import code_lines, event_rows
from tests.conftest import EXAMPLES

STATEMENTS = [
    {
        "id": "a1",
        "text": "The Ministry of Foreign Affairs of Ukraine strongly condemns the shelling of Kharkiv "
        "by Russian forces.",
    },
    {
        "id": "a2",
        "text": "The European Union welcomes the agreement between Armenia and Azerbaijan.",
        "date": "2023-05-02",
    },
    {
        "id": "a3",
        "text": "We call on the authorities of Belarus to release all political prisoners immediately.",
    },
    {"id": "a4", "text": "President Tokayev said that CSTO troops would leave Kazakhstan within ten days."},
    {"id": "a5", "text": "Amnesty International urged Iran to halt executions of protesters."},
    {"id": "a6", "text": "NATO foreign ministers met in Brussels to discuss support for Ukraine."},
]


def local_records(records: list[dict]) -> dict[str, dict]:
    coded = communique.code_texts([{**r, "source": f"x:{i + 1}"} for i, r in enumerate(records)])
    return {c.document.id: c.to_dict() for c in coded}


def comparable(record: dict) -> dict:
    # The source label names the input (a file path vs. "<text>"), which is provenance, not coding.
    record = json.loads(json.dumps(record))
    record["document"].pop("source", None)
    return record


def differences(a: object, b: object, path: str = "") -> list[str]:
    """Paths where two JSON values differ, with both values, for a readable failure."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b)) for d in differences(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [
            d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in differences(x, y, f"{path}[{i}]")
        ]
    return [] if a == b else [f"{path}: {a!r:.120} != {b!r:.120}"]


def test_partition_job_matches_local_coding(coder):
    lines = [("corpus.jsonl", i + 1, json.dumps(r)) for i, r in enumerate(STATEMENTS)]
    rows = list(code_lines(lines))
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert all(r["error"] is None for r in rows)
    local = local_records(STATEMENTS)
    for row in rows:
        assert differences(comparable(json.loads(row["record"])), comparable(local[row["document_id"]])) == []


def test_partition_job_reports_bad_lines_and_goes_on(coder):
    lines = [
        ("c.jsonl", 1, json.dumps(STATEMENTS[0])),
        ("c.jsonl", 2, "{not json"),
        ("c.jsonl", 3, '{"id": 3}'),
    ]
    rows = list(code_lines(lines))
    errors = sorted((r["line"], r["error"]) for r in rows if r["error"])
    assert [line for line, _ in errors] == [2, 3]
    assert errors[0][1].startswith("c.jsonl:2: ")
    assert sum(1 for r in rows if r["record"]) == 1


def test_event_rows_flatten_dyads(coder):
    (row,) = code_lines([("c.jsonl", 1, json.dumps(STATEMENTS[0]))])
    events = list(event_rows(row["record"]))
    record = json.loads(row["record"])
    assert len(events) == len(record["events"])
    for flat, event in zip(events, record["events"], strict=True):
        assert flat["event_id"] == event["id"]
        assert flat["source_codes"] == [a["code"] or "" for a in event["sources"]]


@pytest.fixture(scope="module")
def java_available() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'communique[spark]')")
    if shutil.which("java") is None:
        pytest.skip("SPARK TESTS SKIPPED: no Java runtime on PATH")


def test_spark_cli_same_records_as_local(tmp_path: Path, java_available: None):
    corpus = tmp_path / "corpus.jsonl"
    seed = (EXAMPLES / "belarus-opposition-kazakhstan-2022.txt").read_text(encoding="utf-8")
    records = [*STATEMENTS, {"id": "seed", "text": seed}]
    corpus.write_text("\n".join([*map(json.dumps, records), "{broken"]) + "\n", encoding="utf-8")
    out, events = tmp_path / "out", tmp_path / "events"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "communique",
            "spark",
            str(corpus),
            "-o",
            str(out),
            "--events",
            str(events),
            "--master",
            "local[2]",
            "--partitions",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 1, result.stderr
    assert f"{corpus}:8" in result.stderr and "Traceback" not in result.stderr
    spark_records = [
        json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text().splitlines()
    ]
    assert len(spark_records) == len(records)
    # The same file through `communique code` on this machine: identical records, line for line.
    local_run = subprocess.run(
        [sys.executable, "-m", "communique", "code", str(corpus), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    local = [json.loads(line) for line in local_run.stdout.splitlines()]
    assert len(local) == len(spark_records)
    assert [d for s, l_ in zip(spark_records, local, strict=True) for d in differences(s, l_)] == []
    # Input order survives partitioning.
    assert [r["document"]["external_id"] for r in spark_records] == [r["id"] for r in records]

    import pyarrow.parquet as pq

    table = pq.read_table(events)
    assert table.num_rows == sum(len(r["events"]) for r in spark_records)
