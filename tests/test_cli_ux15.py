"""A user's mistakes with the store commands and bulk files: a clear one-line error, exit 1, nothing made up.

Written by UX15 after using the CLI as the README says: each test failed on the code before its fix.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from communique.ingest import load_sources
from communique.model import CommuniqueError, Document, InputError
from communique.store import Corpus
from communique.store.search import Filters
from communique.store.synthetic import synthetic_documents
from tests.live_server import free_port


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    "args",
    [
        ("search", "troops"),
        ("stats", "--by", "month"),
        ("export", "--format", "csv", "OUT"),
    ],
)
def test_read_commands_on_a_mistyped_db_path_fail_and_create_nothing(tmp_path, args):
    """A typo in --db used to create an empty corpus and 'export 0 records' with exit 0."""
    missing = tmp_path / "comunique.db"
    out = tmp_path / "out.csv"
    argv = [str(out) if a == "OUT" else a for a in args]
    proc = cli(*argv, "--db", str(missing))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("communique: error: ")
    assert "comunique.db" in proc.stderr and "does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not missing.exists()
    assert not out.exists()


@pytest.mark.parametrize("bad", ["2022-02-30", "2022-13", "2022-00-10", "2021-02-29"])
def test_impossible_date_bounds_are_refused(bad):
    """2022-02-30 used to pass as a bound in the CLI and the library while the API refused it."""
    with pytest.raises(CommuniqueError, match="not a date"):
        Filters.make(since=bad)
    with pytest.raises(CommuniqueError, match="not a date"):
        Filters.make(until=bad)


@pytest.mark.parametrize("good", ["2022", "2022-02", "2024-02-29", " 2022-12-31 "])
def test_real_date_bounds_still_pass(good):
    assert Filters.make(since=good).since == good.strip()


def test_cli_search_names_the_impossible_date(tmp_path):
    with Corpus(str(tmp_path / "c.db")) as corpus:
        corpus.add_many(synthetic_documents(2))
    proc = cli("search", "x", "--since", "2022-02-30", "--db", str(tmp_path / "c.db"))
    # A bad option value is a usage error naming the option (UX19; it was exit 1, "error: since: ...").
    assert proc.returncode == 2
    said = " ".join(proc.stderr.replace("│", " ").split())
    assert "--since: '2022-02-30' is not a date" in said, said


def _read(tmp_path: Path, lines: list[dict[str, object]]) -> list[Document | InputError]:
    bulk = tmp_path / "bulk.jsonl"
    bulk.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return list(load_sources([str(bulk)]))


def test_jsonl_date_that_is_no_date_is_an_error_naming_the_line(tmp_path):
    """A record's explicit date that cannot be read used to be dropped silently (stored undated)."""
    text = "The foreign ministers of the two countries welcomed the agreement on fishing rights."
    items = _read(
        tmp_path,
        [
            {"id": "ok", "text": text, "date": "2023-04-05"},
            {"id": "impossible", "text": text, "date": "2023-13-45"},
            {"id": "word", "text": text, "date": "last Tuesday"},
            {"id": "written", "text": text, "date": "5 April 2023"},
            {"id": "stamp", "text": text, "date": "2023-04-05T09:30:00+02:00"},
            {"id": "none", "text": text, "date": None},
        ],
    )
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.external_id for d in docs] == ["ok", "written", "stamp", "none"]
    assert [d.date for d in docs] == ["2023-04-05", "2023-04-05", "2023-04-05", None]
    hint = "is not a date (YYYY-MM-DD or e.g. 5 April 2023)"
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'bulk.jsonl'}:2: \"date\" '2023-13-45' {hint}",
        f"{tmp_path / 'bulk.jsonl'}:3: \"date\" 'last Tuesday' {hint}",
    ]


MARKUP_TITLE = "Statement [/] on [bold red]water[/bold red] [link=https://attacker.example]x[/link]"


def test_text_that_looks_like_rich_markup_is_printed_as_is(tmp_path, coder):
    """Square brackets in a title or issue crashed search and stances tables (rich.errors.MarkupError)."""
    from communique.ingest.text import document_from_text

    text = "The foreign ministers of the two countries welcomed the agreement on river water [/] sharing."
    source = tmp_path / "markup.txt"
    source.write_text(f"{MARKUP_TITLE}\n\n{text}\n", encoding="utf-8")
    db = tmp_path / "c.db"
    with Corpus(str(db)) as corpus:
        corpus.add(coder.code_document(document_from_text(text, source="t", title=MARKUP_TITLE)))
    for args in (
        ("search", "water", "--db", str(db)),
        ("stats", "--by", "event", "--db", str(db)),
        ("stances", "--issue", "sharing [/] of [red]water[/red]", str(source)),
    ):
        proc = cli(*args)
        assert proc.returncode == 0, (args, proc.stderr[-600:])
        assert "Traceback" not in proc.stderr
    out = cli("search", "water", "--db", str(db)).stdout
    assert "[/]" in out and "[bold" in out  # shown literally, not eaten as markup


def test_serve_with_an_unusable_database_stops_at_once(tmp_path):
    """serve used to start anyway, log a traceback from a background thread and fail every request."""
    bad = tmp_path / "no" / "such" / "dir" / "c.db"
    proc = subprocess.run(
        [sys.executable, "-m", "communique", "serve", "--db", str(bad), "--port", str(free_port())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "communique: error: cannot create database" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_serve_on_a_port_in_use_says_so(tmp_path):
    import socket

    with Corpus(str(tmp_path / "c.db")) as corpus:
        corpus.add_many(synthetic_documents(1))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "communique",
                "serve",
                "--db",
                str(tmp_path / "c.db"),
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    assert f"port {port}" in proc.stderr and "--port" in proc.stderr
