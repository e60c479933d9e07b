"""``communique code`` on real files and a local HTTP server: bad input gives one line each, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES, SEED
from tests.test_ingest_url import local_server

DATA = Path(__file__).parent / "data" / "ingest"


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", "code", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_seed_jsonl_document_fields():
    result = run_cli(str(SEED), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    doc = json.loads(line)["document"]
    assert {
        "id",
        "external_id",
        "source",
        "title",
        "date",
        "language",
        "issuers",
        "sentences",
        "text",
    } <= set(doc)
    assert doc["title"].startswith("Joint Statement of the Office of Sviatlana Tsikhanouskaya")
    assert doc["language"] == "en" and doc["external_id"] is None
    assert "top of page" not in doc["text"] and "bottom of page" not in doc["text"]
    assert [i["name"] for i in doc["issuers"]] == [
        "Office of Sviatlana Tsikhanouskaya",
        "Coordination Council",
        "National Anti-Crisis Management",
    ]
    for sentence in doc["sentences"]:
        assert doc["text"][sentence["start"] : sentence["end"]] == sentence["text"]


def test_batch_with_every_kind_of_bad_input_and_a_local_server():
    """One run: good sources still coded in order, one stderr line per failure, a count, exit 1."""
    with local_server() as base:
        sources = [
            str(SEED),
            str(DATA / "empty.txt"),
            str(DATA / "image.png"),
            str(DATA / "cp1252.txt"),
            str(DATA / "nav-only.html"),
            str(DATA / "french.txt"),
            str(DATA / "statements.jsonl"),
            f"{base}/slow",
            f"{base}/big",
            f"{base}/statement.html",
        ]
        result = run_cli(*sources, "--allow-private", "--timeout", "0.5", "--max-bytes", "100000")
        refused = run_cli(f"{base}/statement.html")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["source"] for r in records] == [
        str(SEED),
        str(DATA / "cp1252.txt"),
        f"{DATA / 'statements.jsonl'}:1",
        f"{DATA / 'statements.jsonl'}:2",
        f"{DATA / 'statements.jsonl'}:6",
        f"{base}/statement.html",
    ]
    assert [r["document"]["external_id"] for r in records][2:5] == ["a-1", "2", "a-5"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("communique: error:")]
    expected = [
        ("empty.txt", "empty"),
        ("image.png", "binary file"),
        ("nav-only.html", "no main text"),
        ("french.txt", "language fr is not supported"),
        ("statements.jsonl:3", "malformed JSON"),
        ("statements.jsonl:4", "text"),
        ("/slow", "timed out"),
        ("/big", "too large"),
    ]
    assert len(errors) == len(expected), result.stderr
    for line, (where, problem) in zip(errors, expected, strict=True):
        assert where in line and problem in line, line
    assert "8 input(s) failed, 6 document(s) coded" in result.stderr
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "private or reserved address" in refused.stderr and "--allow-private" in refused.stderr


def test_stdin_and_overrides():
    text = "The Government of Norway condemns the crackdown on peaceful protesters in Belarus."
    result = run_cli(
        "-", "--title", "Norway on Belarus", "--date", "2020-08-12", "--issuer", "Government of Norway",
        "--issuer", "Norwegian Ministry of Foreign Affairs", stdin=text,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)["document"]
    assert doc["source"] == "<stdin>" and doc["title"] == "Norway on Belarus" and doc["date"] == "2020-08-12"
    names = [i["name"] for i in doc["issuers"]]
    assert names == ["Government of Norway", "Norwegian Ministry of Foreign Affairs"]
    assert doc["issuers"][0]["start"] == 4 and doc["issuers"][1]["start"] is None


def test_usage_errors_exit_2():
    for args in (["--format", "xml", str(SEED)], [str(SEED), "--date", "yesterday"]):
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_table_format_lists_all_examples():
    result = run_cli(str(EXAMPLES), "--format", "table")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Joint Statement of the Office of Sviatlana" in out
    assert "issuers" in out and "Coordination Council" in out
    assert "summary" in out and "documents" in out
    assert out.count("language") >= 5


def test_json_format_is_one_array():
    result = run_cli(str(DATA / "feed.rss"), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["document"]["external_id"] for d in data] == ["press-1", "press-2"]
