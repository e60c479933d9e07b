"""Write-conflict retries on PostgreSQL (UX17): a pause between attempts, no retry of a key taken for good,
and several writers at once into one new database, on a real server."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from communique.model import CommuniqueError
from communique.store import Corpus, writing
from communique.store.connection import WriteConflict
from communique.store.synthetic import synthetic_documents
from tests.test_store_ux16 import _race


def test_a_unique_key_taken_on_every_attempt_is_not_retried_as_a_conflict(pg_url):
    """A unique violation no concurrent writer causes was run five times, then called a WriteConflict."""
    docs = [d for d in synthetic_documents(6, seed=11) if len(d.document.sentences) >= 2]
    assert docs
    with Corpus(pg_url) as corpus:
        with corpus._write() as conn:  # a constraint every document of two sentences breaks, whoever writes
            conn.execute(text("CREATE UNIQUE INDEX ux17_one_sentence ON sentences (doc_pk)"))
        runs = 0
        add_batch = corpus._add_batch

        def counted(*args, **kwargs):
            nonlocal runs
            runs += 1
            return add_batch(*args, **kwargs)

        corpus._add_batch = counted  # type: ignore[method-assign]
        with pytest.raises(CommuniqueError) as caught:
            corpus.add(docs[0])
    assert not isinstance(caught.value, WriteConflict), caught.value
    assert "ux17_one_sentence" in str(caught.value)
    assert runs == 1, runs


def test_a_conflicting_writer_pauses_before_running_again(pg_url, monkeypatch):
    """The retry ran again at once: writers that collide tend to collide again."""
    pauses: list[int] = []
    pause = writing._pause
    monkeypatch.setattr(writing, "_pause", lambda attempt: (pauses.append(attempt), pause(attempt)))
    coded, earlier = synthetic_documents(2, seed=12)
    with Corpus(pg_url) as corpus:  # the dictionary version is stored: B waits on A's document id, not on it
        corpus.add(earlier)
    (statuses,) = _race(pg_url, [coded], [coded])
    assert statuses == ["skipped"], statuses
    assert pauses == [1]
    assert all(0 <= writing.retry_pause(a) <= writing.RETRY_PAUSE * a for a in range(1, 5) for _ in range(50))


def test_four_writers_of_overlapping_batches_into_a_new_database_store_each_document_once(pg_url):
    """Four ingests at once, each a batch sharing documents with the others: every one finishes, no loss."""
    docs = list(synthetic_documents(40, seed=13))
    shares = [docs[0:25], docs[10:35], docs[15:40], docs[0:40:2]]
    outcome: list = [None] * len(shares)
    start = threading.Barrier(len(shares))

    def ingest(i: int) -> None:
        try:
            with Corpus(pg_url) as corpus:
                start.wait()
                outcome[i] = corpus.add_many(shares[i], batch_size=8)
        except Exception as error:  # the test reports what each writer met
            outcome[i] = error

    threads = [threading.Thread(target=ingest, args=(i,)) for i in range(len(shares))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(isinstance(o, Exception) for o in outcome), outcome
    with Corpus(pg_url, create=False) as corpus, corpus._read() as conn:
        stored = conn.execute(text("SELECT count(*), count(DISTINCT id) FROM documents")).one()
    assert tuple(stored) == (40, 40)


def test_an_empty_frame_has_the_same_dtypes_as_a_full_one(tmp_path):
    """A filter matching nothing gave object columns for ints, bools and floats, so a notebook's
    pd.concat of per-actor frames or df.confidence.mean() on them changed types with the data."""
    with Corpus(f"sqlite:///{tmp_path / 'c.db'}") as corpus:
        corpus.add_many(synthetic_documents(12, seed=14))
        for frame in (corpus.events, corpus.stances):
            full, empty = frame(), frame(actor="NOSUCHACTOR")
            assert len(full) > 0 and len(empty) == 0
            assert list(empty.columns) == list(full.columns)
            assert empty.dtypes.to_dict() == full.dtypes.to_dict()
        assert corpus.events().dtypes[["start", "negated", "confidence"]].astype(str).tolist() == [
            "int64",
            "bool",
            "float64",
        ]
