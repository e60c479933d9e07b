"""Concurrent writers on PostgreSQL (UX16): two ingests into one database at once, on a real server."""

from __future__ import annotations

import threading
import time

import pytest

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


def _race(url: str, first: list, second: list) -> list:
    """Writer A holds an open transaction with ``first`` written; writer B adds ``second`` meanwhile.

    B's inserts wait on A's uncommitted keys; A then commits. Returns B's statuses, or its exception.
    """
    a, b = Corpus(url), Corpus(url)
    outcome: list = []

    def writer_b() -> None:
        try:
            outcome.append([b.add(coded) for coded in second])
        except Exception as error:  # the test reports what B met
            outcome.append(error)

    try:
        with a._write() as conn:
            a._add_batch(conn, first, recode=False, dictionary_version=None)
            thread = threading.Thread(target=writer_b)
            thread.start()
            time.sleep(1.5)  # B is now blocked on A's uncommitted rows
        thread.join(timeout=60)
        assert not thread.is_alive()
        return outcome
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("fresh", [True, False])
def test_the_same_statement_from_two_ingests_at_once_is_stored_once(pg_url, fresh):
    """The second ingest of a file being ingested died: 'duplicate key ... documents_id_key'."""
    coded, earlier = synthetic_documents(2, seed=7)
    if not fresh:  # the dictionary version and actors are stored already: only the document keys clash
        with Corpus(pg_url) as corpus:
            corpus.add(earlier)
    (statuses,) = _race(pg_url, [coded], [coded])
    assert statuses == ["skipped"], statuses
    with Corpus(pg_url, create=False) as corpus:
        assert corpus.has_document(coded.document.id)


def test_two_ingests_of_different_statements_into_a_new_database_both_store(pg_url):
    """Into a fresh database, the second writer died on 'dictionary_versions_hash_key' (or an actor code)."""
    first, second = synthetic_documents(2, seed=8)
    (statuses,) = _race(pg_url, [first], [second])
    assert statuses == ["new"], statuses
    with Corpus(pg_url, create=False) as corpus:
        assert corpus.has_document(first.document.id) and corpus.has_document(second.document.id)


@pytest.mark.parametrize("same", [True, False])
def test_sqlite_writers_still_serialise(tmp_path, same):
    first, second = synthetic_documents(2, seed=9)
    url = f"sqlite:///{tmp_path / 'c.db'}"
    with Corpus(url) as a, Corpus(url) as b:
        assert a.add(first) == "new"
        assert b.add(first if same else second) == ("skipped" if same else "new")


def test_reading_a_corpus_does_not_load_the_near_duplicate_machinery(tmp_path):
    """search/stats/export/serve imported datasketch (and scipy, ~1 s) only to read a corpus."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'c.db'}"
    with Corpus(url) as corpus:
        corpus.add(next(iter(synthetic_documents(1, seed=5))))
    code = (
        "import sys; from communique.store import Corpus\n"
        f"c = Corpus({url!r}, create=False); c.search('Kazakhstan'); c.stats(by='event'); c.close()\n"
        "print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    assert out.stdout.split() == ["False", "False"], out.stdout + out.stderr
