"""End-to-end checks of the public API and the ``communique code`` command."""

from __future__ import annotations

import json
import subprocess
import sys

import communique
from tests.conftest import SEED


def test_code_text_returns_sentences_with_offsets():
    coded = communique.code_text("The government of France condemned the attack.\n\nIt called for calm.")
    doc = coded.document
    assert len(doc.sentences) == 2
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text


def test_code_texts_streams_in_input_order():
    texts = [f"Statement number {i}. Nothing else." for i in range(5)]
    coded = list(communique.code_texts(texts))
    assert [c.document.text for c in coded] == texts


def test_same_text_same_id_whatever_whitespace():
    a = communique.code_text("We  condemn the attack.\n")
    b = communique.code_text("we condemn the attack")
    assert a.document.id == b.document.id


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", *args], input=stdin, capture_output=True, text=True, timeout=300
    )


def test_cli_code_jsonl_seed():
    result = run_cli("code", str(SEED), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"document", "actors", "events", "stances"}
    assert "top of page" not in record["document"]["text"]
    assert "bottom of page" not in record["document"]["text"]


def test_cli_missing_file_is_one_line_and_exit_1():
    result = run_cli("code", "does-not-exist.txt")
    assert result.returncode == 1
    assert "does-not-exist.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_bad_date_is_usage_error():
    result = run_cli("code", str(SEED), "--date", "2022-13-45")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
