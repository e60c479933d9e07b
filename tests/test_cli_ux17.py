"""``communique spark`` on bad input (UX17): refused before Spark starts, or one line when Spark fails."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app

runner = CliRunner()
LINE = {
    "id": "a",
    "text": "The Government of France condemned the missile attack on the port and urged restraint.",
}


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    return path


def test_a_glob_that_matches_no_file_is_refused_before_spark_starts(tmp_path):
    """It started Spark and died with a Java stack trace ('Input Pattern ... matches 0 files')."""
    result = runner.invoke(app, ["spark", str(tmp_path / "nope*.jsonl"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert "matches no file" in result.output


@pytest.mark.parametrize("option", ["-o", "--events"])
def test_an_output_directory_holding_other_files_is_refused_and_left_alone(tmp_path, option):
    """Spark writes with mode 'overwrite': '-o data/' deleted everything in data/, the input included."""
    corpus = _corpus(tmp_path)
    keep = tmp_path / "notes.txt"
    keep.write_text("mine", encoding="utf-8")
    args = ["spark", str(corpus), "-o", str(tmp_path / "out")]
    args += [option, str(tmp_path)] if option == "--events" else []
    if option == "-o":
        args[3] = str(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "other files" in result.output and "notes.txt" in result.output
    assert keep.read_text(encoding="utf-8") == "mine" and corpus.exists()


@pytest.fixture(scope="module")
def java_available() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'communique[spark]')")
    if shutil.which("java") is None:
        pytest.skip("SPARK TESTS SKIPPED: no Java runtime on PATH")


def _spark(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", "spark", *args, "--master", "local[1]"],
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_spark_failures_are_one_line_and_the_summary_counts_what_was_written(tmp_path, java_available):
    """A missing Hadoop-URI input printed ~60 lines of Java stack; without --events it said '0 events'."""
    # A missing file:// input is now refused before Spark starts (test_cli_ux17c); a directory holding a
    # directory passes the CLI's check and fails in Hadoop's input listing.
    (tmp_path / "nested" / "inner").mkdir(parents=True)
    missing = _spark(str(tmp_path / "nested"), "-o", str(tmp_path / "out0"))
    assert missing.returncode == 1, missing.stderr
    errors = [line for line in missing.stderr.splitlines() if line.startswith("communique: error:")]
    assert len(errors) == 1 and "inner" in errors[0], missing.stderr
    assert "\tat " not in missing.stderr and "Traceback" not in missing.stderr, missing.stderr[-2000:]
    out = tmp_path / "out"
    out.mkdir()  # an empty directory, or a previous output, may be written over
    done = _spark(str(_corpus(tmp_path)), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == f"coded 1 documents -> {out}", done.stderr
    again = _spark(str(_corpus(tmp_path)), "-o", str(out))
    assert again.returncode == 0, again.stderr
