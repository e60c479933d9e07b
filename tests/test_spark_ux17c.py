"""Spark inputs reached through a glob or a symlink (RV17-io 1, 4): never deleted by an output written over.

Real pyspark on a ``local[1]`` master in this process (Java must be on PATH), the real CLI in a subprocess.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from communique.model import CommuniqueError
from communique.spark import run_spark_job
from tests.conftest_spark import LINE


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """``data/`` holds the corpus and a file of the user's; ``link`` points at ``data``."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "c.jsonl").write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    (data / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "link").symlink_to(data, target_is_directory=True)
    return tmp_path


@pytest.mark.parametrize(
    "pattern, output",
    [
        ("dat*/c.jsonl", "data"),  # a glob above the file
        ("dat?", "data"),  # a glob naming the directory
        ("{data,x}/c.jsonl", "data"),  # a Hadoop brace glob
        ("link/c.jsonl", "data"),  # a symlink above the file
        ("data/c.jsonl", "link"),  # the output reached through a symlink
    ],
)
def test_an_output_holding_an_input_matched_by_a_glob_or_a_link_is_refused(spark, work, pattern, output):
    """The check compared the pattern's text with the output: Spark deleted the input and reported success."""
    with pytest.raises(CommuniqueError, match="holds the input"):
        run_spark_job(spark, [str(work / pattern)], str(work / output), overwrite=True)
    assert sorted(p.name for p in (work / "data").iterdir()) == ["c.jsonl", "notes.txt"]


def test_a_glob_input_beside_the_output_is_still_coded(spark, work):
    summary = run_spark_job(spark, [str(work / "dat*/c.jsonl")], str(work / "out"), overwrite=True)
    assert summary.coded == 1 and not summary.failed
    assert sorted(p.name for p in (work / "data").iterdir()) == ["c.jsonl", "notes.txt"]
