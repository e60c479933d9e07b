"""``evaluate DIR`` says which one file the format reads, and names candidates in the directory (UX20).

It said "cannot read: Is a directory": true, but not what to give instead.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


def _evaluate(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command line, as a user runs it: exit status and what it printed on stderr."""
    command = [sys.executable, "-m", "communique", "evaluate", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    ("format", "wanted"),
    [
        ("statements", "one statement gold YAML file"),
        ("plover-gsr", "the PLOVER GSR JSON file"),
        ("petrarch", "a PETRARCH validation XML file"),
    ],
)
def test_a_directory_given_to_evaluate_names_the_file_it_wants(tmp_path, format, wanted):
    (tmp_path / "ours-2.yaml").write_text("statements: []\n", encoding="utf-8")
    (tmp_path / "ours-1.yml").write_text("statements: []\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not gold\n", encoding="utf-8")
    result = _evaluate(str(tmp_path), "--format", format)
    assert result.returncode == 1
    message = " ".join(result.stderr.split())
    assert f"{tmp_path}: is a directory; --format {format} reads {wanted}" in message, message
    if format == "statements":
        assert "here: ours-1.yml, ours-2.yaml" in message and "notes.txt" not in message
    else:
        assert "here:" not in message


def test_a_probe_directory_is_still_read_as_a_directory(tmp_path):
    result = _evaluate(str(tmp_path), "--format", "probes")
    assert result.returncode == 1 and "no probes-*.yaml files in this directory" in result.stderr
