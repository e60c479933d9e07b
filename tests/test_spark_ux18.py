"""Spark outputs (UX18): one output check, the job's, through Hadoop's file system; the CLI calls it.

Real pyspark on a ``local[1]`` master in this process (Java must be on PATH), the real CLI in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from communique.spark import OutputExists, check_outputs

UUID = "3f2a9c1e-0b7d-4e55-9a21-6c0d8e7f1a2b"


@pytest.mark.parametrize(
    ("name", "spark_wrote_it"),
    [
        ("part-00000", True),
        (f"part-00000-{UUID}-c000.txt", True),
        (f"part-00003-{UUID}-c000.snappy.parquet", True),
        (f".part-00000-{UUID}-c000.txt.crc", True),
        ("_SUCCESS", True),
        ("._SUCCESS.crc", True),
        ("part-notes.txt", False),
        ("part-1.txt", False),
        ("_SUCCESS.bak", False),
        ("notes.txt", False),
    ],
)
def test_only_the_files_spark_names_count_as_a_previous_output(name, spark_wrote_it):
    """'part-.*' took a user's part-notes.txt for a part file, and it was deleted with the output."""
    from communique.spark.job import SPARK_OUTPUT

    assert bool(SPARK_OUTPUT.match(name)) is spark_wrote_it


def test_the_job_replaces_a_previous_output_and_refuses_one_a_user_added_to(spark, tmp_path, corpus):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"part-00000-{UUID}-c000.txt").write_text("{}\n", encoding="utf-8")
    (out / "_SUCCESS").write_text("", encoding="utf-8")
    # The library's rule is the CLI's: a previous output is replaced without asking (it refused before).
    assert check_outputs(spark, [str(corpus)], f"file:{out}") == ["overwrite"]
    (out / "part-notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExists, match=r"holds other files \(part-notes.txt\)"):
        check_outputs(spark, [str(corpus)], str(out))
    assert check_outputs(spark, [str(corpus)], str(out), overwrite=True) == ["overwrite"]
    assert check_outputs(spark, [str(corpus)], str(tmp_path / "new")) == ["errorifexists"]


def test_a_directory_named_like_a_part_file_is_not_a_previous_output(spark, tmp_path, corpus):
    (tmp_path / "out" / "part-00000").mkdir(parents=True)
    with pytest.raises(OutputExists, match=r"holds other files \(part-00000\)"):
        check_outputs(spark, [str(corpus)], str(tmp_path / "out"))


def test_the_cli_keeps_a_users_part_notes_file(tmp_path, corpus):
    """The CLI's own check took 'part-notes.txt' for Spark's and passed overwrite: the file was deleted."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "_SUCCESS").write_text("", encoding="utf-8")
    notes = out / "part-notes.txt"
    notes.write_text("mine", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "communique", "spark", str(corpus), "-o", str(out), "--master", "local[1]"],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable, "COMMUNIQUE_SEMANTIC": "0"},
    )
    assert result.returncode == 2, result.stderr
    said = " ".join(result.stderr.split())
    assert "holds other files (part-notes.txt)" in said and "--overwrite" in said, said
    assert notes.read_text(encoding="utf-8") == "mine"
