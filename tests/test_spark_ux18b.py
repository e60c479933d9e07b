"""Spark outputs after the RV18-io review (UX18b): one output check per run, and every refused output
choice is a usage error (exit 2) naming its option.

The CLI runs in a subprocess with real pyspark on ``local[1]`` (Java must be on PATH).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest_spark import spark_cli

LINE = {"id": "b", "text": "The Government of Spain welcomed the agreement on the harbour."}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'communique[spark]')")
    if shutil.which("java") is None:
        pytest.skip("SPARK TESTS SKIPPED: no Java runtime on PATH")
    path = tmp_path / "in" / "corpus.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    return path


def test_events_inside_the_output_is_a_usage_error_naming_events(tmp_path, corpus):
    """It exited 1 ('communique: error: ...') while an occupied output exited 2 naming --output."""
    result = spark_cli(str(corpus), "-o", str(tmp_path / "out"), "--events", str(tmp_path / "out" / "events"))
    assert result.returncode == 2, result.stderr
    said = " ".join(result.stderr.split())
    assert "--events" in said and "a path of its own" in said, said


def test_an_output_holding_the_input_is_a_usage_error_naming_output(tmp_path, corpus):
    result = spark_cli(str(corpus), "-o", str(corpus.parent), "--overwrite")
    assert result.returncode == 2, result.stderr
    said = " ".join(result.stderr.split())
    assert "--output" in said and "holds the input" in said, said
    assert corpus.exists()


def test_the_cli_leaves_the_output_check_to_the_job(tmp_path, corpus, monkeypatch):
    """The CLI checked the outputs, then run_spark_job checked them again: every listing done twice."""
    from typer.testing import CliRunner

    import communique.spark
    from communique.cli import app

    class Session:
        def stop(self) -> None:
            pass

    calls: list[str] = []

    def job(*args: object, **kwargs: object) -> None:
        calls.append("job")
        raise communique.spark.OutputExists(str(tmp_path / "out"), "it holds other files (x)")

    def check(*args: object, **kwargs: object) -> list[str]:
        calls.append("check")
        return ["errorifexists"]

    monkeypatch.setattr(communique.spark, "spark_session", lambda *args, **kwargs: Session())
    monkeypatch.setattr(communique.spark, "check_outputs", check)
    monkeypatch.setattr(communique.spark, "run_spark_job", job)
    result = CliRunner().invoke(app, ["spark", str(corpus), "-o", str(tmp_path / "out")])
    assert calls == ["job"]
    assert result.exit_code == 2 and "--overwrite" in result.output, result.output


def test_a_crashed_jobs_temporary_directory_is_the_jobs_own(tmp_path, corpus):
    """A job that died while writing leaves _temporary/: it was listed as 'other files' of the user's."""
    out = tmp_path / "out"
    (out / "_temporary" / "0").mkdir(parents=True)
    (out / "_temporary" / "0" / "part-00000").write_text("half", encoding="utf-8")
    result = spark_cli(str(corpus), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert not (out / "_temporary").exists() and (out / "_SUCCESS").exists()
