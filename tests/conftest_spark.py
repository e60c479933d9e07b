"""Spark fixtures shared by the Spark output tests: a real ``local[1]`` session in this process (Java must be
on PATH; the tests skip with the reason otherwise), a one-line JSONL corpus, and the real ``communique spark``
command in a subprocess (``spark_cli``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

LINE = {"id": "a", "text": "The Government of France condemned the missile attack on the port."}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'communique[spark]')")
    if shutil.which("java") is None:
        pytest.skip("SPARK TESTS SKIPPED: no Java runtime on PATH")
    from communique.spark import spark_session

    # The executors' Python must be this venv's, which has communique and the spaCy model.
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = spark_session("local[1]", app_name="communique-tests")
    yield session
    session.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "corpus.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps(LINE) + "\n", encoding="utf-8")
    return path


def spark_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``communique spark ARGS --master local[1]`` in a subprocess with this venv's Python."""
    return subprocess.run(
        [sys.executable, "-m", "communique", "spark", *args, "--master", "local[1]"],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable, "COMMUNIQUE_SEMANTIC": "0", **(env or {})},
    )
