"""Code-and-store: idempotent, resumable ingest; SIGKILL at random points never half-writes a document."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.ingest import IngestOptions
from communique.store import Corpus
from communique.store.synthetic import ACTORS, TOPICS, VERBS, synthetic_documents
from tests.conftest import EXAMPLES

# Rows of every child table must belong to a stored document; counters must match the stored rows.
CONSISTENCY = {
    "orphan sentences": "SELECT count(*) FROM sentences WHERE doc_pk NOT IN (SELECT pk FROM documents)",
    "orphan mentions": "SELECT count(*) FROM mentions WHERE doc_pk NOT IN (SELECT pk FROM documents)",
    "orphan events": "SELECT count(*) FROM events WHERE doc_pk NOT IN (SELECT pk FROM documents)",
    "orphan event actors": "SELECT count(*) FROM event_actors ea WHERE NOT EXISTS "
    "(SELECT 1 FROM events e WHERE e.doc_pk = ea.doc_pk AND e.ordinal = ea.event_ordinal)",
    "orphan stances": "SELECT count(*) FROM stances WHERE doc_pk NOT IN (SELECT pk FROM documents)",
    "orphan evidence": "SELECT count(*) FROM evidence ev WHERE NOT EXISTS "
    "(SELECT 1 FROM stances s WHERE s.doc_pk = ev.doc_pk AND s.ordinal = ev.stance_ordinal)",
    "orphan index rows": "SELECT count(*) FROM doc_actors WHERE doc_pk NOT IN (SELECT pk FROM documents)",
    "orphan near-duplicate index rows": "SELECT count(*) FROM lsh_buckets "
    "WHERE doc_pk NOT IN (SELECT pk FROM documents WHERE canonical_pk IS NULL)",
    "event counts": "SELECT count(*) FROM documents d WHERE d.n_events != "
    "(SELECT count(*) FROM events e WHERE e.doc_pk = d.pk)",
    "stance counts": "SELECT count(*) FROM documents d WHERE d.n_stances != "
    "(SELECT count(*) FROM stances s WHERE s.doc_pk = d.pk)",
    "sentence counts": "SELECT count(*) FROM documents d WHERE d.n_sentences != "
    "(SELECT count(*) FROM sentences s WHERE s.doc_pk = d.pk)",
}


def assert_consistent(db: Path, expected_ids: set[str] | None = None) -> int:
    """Check integrity, no orphans, complete documents and the FTS index; return the document count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for name, sql in CONSISTENCY.items():
            assert conn.execute(sql).fetchone()[0] == 0, name
        n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids)) == n
        if expected_ids is not None:
            assert set(ids) == expected_ids
        conn.execute("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        return n
    finally:
        conn.close()


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _run_and_kill(args: list[str], db: Path, kill_at: int, timeout: float = 600) -> int:
    """Start ``communique ARGS``, SIGKILL it once ``kill_at`` documents are stored; return the count."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "communique", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if _count(db) >= kill_at:
                # A random extra delay so the kill lands anywhere inside a transaction, not just after one.
                time.sleep(random.uniform(0, 0.05))
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode in (-signal.SIGKILL, 0), proc.stderr.read().decode() if proc.stderr else ""
    return _count(db)


def test_import_killed_at_random_points_then_resumed(tmp_path):
    """1,000 already-coded records, SIGKILLed twice at random points, then rerun to completion."""
    docs = list(synthetic_documents(1000, seed=42))
    records = tmp_path / "coded.jsonl"
    with records.open("w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d.to_dict()) + "\n")
    db = tmp_path / "kill.db"
    args = ["import", str(records), "--db", str(db), "--batch-size", "10", "--quiet"]
    rng = random.Random()
    seen = 0
    for target in sorted(rng.sample(range(20, 980), 2)):
        seen = _run_and_kill(args, db, max(target, seen + 1))
        assert_consistent(db)
    proc = subprocess.run(
        [sys.executable, "-m", "communique", *args, "--json"], capture_output=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr.decode()
    summary = json.loads(proc.stdout)
    assert summary["new"] + summary["skipped"] == 1000
    assert summary["skipped"] >= seen > 0
    assert assert_consistent(db, {d.document.id for d in docs}) == 1000
    with Corpus(str(db)) as corpus:
        assert corpus.count()["events"] == sum(len(d.events) for d in docs)
        assert corpus.document(docs[500].document.id) == docs[500]


def _statements(n: int, seed: int) -> list[dict[str, str]]:
    """Short, varied English statements (three sentences, like a brief press release)."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        src, tgt, other = rng.choice(ACTORS)[0], rng.choice(ACTORS)[0], rng.choice(ACTORS)[0]
        verb, verb2 = rng.choice(VERBS)[0], rng.choice(VERBS)[0]
        text = (
            f"{src[0].upper() + src[1:]} {verb} {tgt} over {rng.choice(TOPICS)}. "
            f"In a statement issued on {k % 28 + 1} January, it said that the situation was of concern to "
            f"all of its partners and that {other} {verb2} {tgt} as well. "
            f"The ministry will continue to follow the matter closely (statement number {k})."
        )
        out.append({"id": f"s{k}", "text": text, "date": f"2022-01-{1 + k % 28:02d}"})
    return out


@pytest.mark.slow
def test_ingest_killed_while_coding_then_resumed(tmp_path, coder):
    """`communique ingest` (real spaCy coding) killed mid-run, then rerun: every document stored once."""
    n = int(os.environ.get("COMMUNIQUE_TEST_KILL_DOCS", "1000"))
    statements = _statements(n, seed=7)
    source = tmp_path / "statements.jsonl"
    source.write_text("".join(json.dumps(s) + "\n" for s in statements), encoding="utf-8")
    db = tmp_path / "ingest.db"
    args = ["ingest", str(source), "--db", str(db), "--quiet", "--no-dedup"]
    seen = _run_and_kill(args, db, random.randint(5, max(6, n // 3)))
    assert 0 < seen < n
    assert_consistent(db)
    proc = subprocess.run(
        [sys.executable, "-m", "communique", *args, "--json"], capture_output=True, timeout=1800
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    summary = json.loads(proc.stdout)
    assert summary["new"] + summary["skipped"] == n and summary["skipped"] == seen
    assert assert_consistent(db) == n


def test_ingest_is_idempotent_and_recodes(tmp_path, coder):
    db = str(tmp_path / "examples.db")
    sources = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))[:3]] + [str(tmp_path / "missing.txt")]
    with Corpus(db) as corpus:
        first = corpus.ingest(sources, progress=False)
        assert first.new == 3 and len(first.failed) == 1 and first.failed[0][0].endswith("missing.txt")
        again = corpus.ingest(sources, progress=False)
        assert (again.new, again.skipped) == (0, 3)
        before = corpus.count()
        recoded = corpus.ingest(sources[:3], recode=True, progress=False)
        assert recoded.recoded == 3 and recoded.new == 0
        assert corpus.count() == before
    assert assert_consistent(Path(db)) == 3


def test_ingest_options_and_cli_summary(tmp_path, coder):
    source = tmp_path / "s.jsonl"
    source.write_text("".join(json.dumps(s) + "\n" for s in _statements(5, seed=1)) + "{not json\n")
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["ingest", str(source), "--db", str(db), "--quiet"])
    assert result.exit_code == 1  # one bad line is reported as a failure, the rest is stored
    assert "5 new" in result.stderr and "1 failed" in result.stderr and "malformed JSON" in result.stderr
    with Corpus(str(db)) as corpus:
        assert corpus.count()["documents"] == 5
        summary = corpus.ingest([str(source)], ingest_options=IngestOptions(), progress=False)
        assert summary.skipped == 5 and len(summary.failed) == 1
