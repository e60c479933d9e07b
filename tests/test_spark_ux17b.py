"""Spark outputs (UX17b): the job refuses to write over data nobody offered; events counted only if written.

Real pyspark on a ``local[1]`` master in this process (Java must be on PATH), the real CLI in a subprocess.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.model import CommuniqueError
from communique.spark import OutputExists, SparkJobSummary, run_spark_job
from tests.conftest_spark import spark_cli


def test_a_summary_without_an_events_table_has_no_count():
    assert SparkJobSummary().events is None


def _holding_notes(directory: Path) -> Path:
    directory.mkdir(exist_ok=True)
    notes = directory / "notes.txt"
    notes.write_text("mine", encoding="utf-8")
    return notes


@pytest.mark.parametrize("which", ["output", "events", "output-uri", "output-file"])
def test_the_job_refuses_an_output_holding_data_and_leaves_it(spark, tmp_path, corpus, which):
    """run_spark_job wrote with mode('overwrite'): a library caller's directory lost everything in it."""
    out, events = tmp_path / "out", tmp_path / "events"
    if which == "output-file":
        out.write_text("mine", encoding="utf-8")
        kept = out
    else:
        kept = _holding_notes(events if which == "events" else out)
    output = f"file:{out}" if which == "output-uri" else str(out)
    with pytest.raises(OutputExists) as error:
        run_spark_job(spark, [str(corpus)], output, events_output=str(events))
    assert str(error.value).startswith(f"{events if which == 'events' else output}: ")
    assert "overwrite=True" in str(error.value)
    assert kept.read_text(encoding="utf-8") == "mine"
    # Refused before anything was written: the other output is not there either.
    assert not (out if which == "events" else events).exists()


@pytest.mark.parametrize(("output", "events"), [("o", "o/"), ("o/coded", "o"), ("o", "o/events")])
def test_both_outputs_on_one_path_or_one_in_the_other_is_refused(spark, tmp_path, corpus, output, events):
    """With --events holding -o (or the reverse), the second write would delete the first output."""
    with pytest.raises(CommuniqueError, match="needs a path of its own"):
        run_spark_job(spark, [str(corpus)], str(tmp_path / output), events_output=f"file:{tmp_path}/{events}")
    assert not (tmp_path / "o").exists()


def test_a_new_or_empty_output_or_a_previous_one_is_written(spark, tmp_path, corpus):
    out = tmp_path / "out"
    first = run_spark_job(spark, [str(corpus)], str(out))
    assert (first.coded, first.events, first.failed) == (1, None, [])
    assert (out / "_SUCCESS").exists()
    # A previous output holds only Spark's own files: replaced without asking (UX18: one policy, job and CLI).
    assert run_spark_job(spark, [str(corpus)], str(out)).coded == 1
    _holding_notes(out)
    with pytest.raises(OutputExists, match=r"the directory holds other files \(notes.txt\)"):
        run_spark_job(spark, [str(corpus)], str(out))
    events = tmp_path / "events"
    events.mkdir()  # an empty directory holds nothing to lose
    again = run_spark_job(spark, [str(corpus)], str(out), events_output=str(events), overwrite=True)
    assert again.coded == 1 and again.events is not None and again.events >= 1

    import pyarrow.parquet as pq

    assert pq.read_table(events).num_rows == again.events
    records = [json.loads(line) for p in sorted(out.glob("part-*")) for line in p.read_text().splitlines()]
    assert [r["document"]["external_id"] for r in records] == ["a"]


def test_the_cli_refuses_a_file_uri_output_holding_data(tmp_path, corpus):
    """'-o file:/dir' passed the CLI's own check (it looked for a local path named 'file:/dir')."""
    notes = _holding_notes(tmp_path / "data")
    result = spark_cli(str(corpus), "-o", f"file:{tmp_path / 'data'}")
    assert result.returncode == 2, result.stderr
    # (the usage error comes in a box whose width depends on the terminal: a long tmp path wraps the message)
    said = " ".join(result.stderr.replace("│", " ").split())
    assert "the directory holds other files (notes.txt)" in said and "--overwrite" in said, said
    assert notes.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("where", ["inside", "glob"])
def test_an_output_that_holds_the_input_is_refused_even_to_overwrite(spark, tmp_path, corpus, where):
    """overwrite=True on the input's own directory deleted the input before Spark read it."""
    data = corpus.parent
    given = str(corpus) if where == "inside" else f"{data}/*.jsonl"
    with pytest.raises(CommuniqueError, match="holds the input"):
        run_spark_job(spark, [given], f"file:{data}/", overwrite=True)
    assert corpus.read_text(encoding="utf-8").startswith("{")
