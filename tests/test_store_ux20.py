"""A team's store at scale (UX20): what a page reads must not grow with what it does not show.

Measured on a 40,000-statement store (the coded examples and development statements, stored again with
other ids and dates): ``stats --by actor`` took 9.8 s in two passes over event_actors, each joined to every
event; the actor page of ``USA`` read and dropped the 8,331 stances of ``USAGOV`` (a code it prefixes),
evidence and all; ``/api/v1/actors/USAGOV`` answered 8.8 MB. These tests count the statements a call
issues and the rows it returns, never time. SQLite files and a real PostgreSQL server (``db_url``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


@contextmanager
def statements(corpus: Corpus) -> Iterator[list[str]]:
    """Every SQL statement the corpus's engine issues inside the block, whitespace folded."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        seen.append(re.sub(r"\s+", " ", statement))

    event.listen(corpus.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(corpus.engine, "before_cursor_execute", note)


def _stats_by_actor_slowly(corpus: Corpus, **filters: object) -> dict[str, tuple[int, int, int, int]]:
    """The counts by actor, worked out in Python from every stored event (the reference)."""
    events: dict[str, set[tuple[str, int]]] = {}
    roles: dict[tuple[str, str], set[tuple[str, int]]] = {}
    docs: dict[str, set[str]] = {}
    for coded, _info in corpus.iter_records(**filters):
        for n, e in enumerate(coded.events):
            for role, actors in (("source", e.sources), ("target", e.targets)):
                for a in actors:
                    if a.code:
                        events.setdefault(a.code, set()).add((coded.document.id, n))
                        roles.setdefault((a.code, role), set()).add((coded.document.id, n))
                        docs.setdefault(a.code, set()).add(coded.document.id)
    return {
        code: (
            len(found),
            len(roles.get((code, "source"), ())),
            len(roles.get((code, "target"), ())),
            len(docs[code]),
        )
        for code, found in events.items()
    }


def test_stats_by_actor_is_one_pass_and_unfiltered_reads_no_events(db_url):
    corpus = Corpus(db_url)
    try:
        corpus.add_many(synthetic_documents(40, seed=20))
        for filters in ({}, {"actor": "KAZ"}, {"since": "2021"}):
            with statements(corpus) as seen:
                rows = corpus.stats(by="actor", **filters)
            counting = [s for s in seen if "event_actors" in s]
            # One statement counts events, roles and documents per code (it was two, each a full pass).
            assert len(counting) == 1, counting
            if not filters:
                # Unfiltered, no join to every event: each event_actors row is of a stored event.
                assert not re.search(r"\bFROM events\b|\bJOIN events\b", counting[0]), counting[0]
            got = {r["key"]: (r["events"], r["as_source"], r["as_target"], r["documents"]) for r in rows}
            if not filters:
                assert got == _stats_by_actor_slowly(corpus)
            assert got and all(sum(v[1:3]) >= v[0] > 0 for v in got.values())
    finally:
        corpus.close()


def test_the_actor_page_reads_its_own_stances_only(db_url):
    corpus = Corpus(db_url)
    try:
        corpus.add_many(synthetic_documents(60, seed=21))
        own = [r for r in corpus.stance_rows() if r["actor_code"] == "KAZ"]
        longer = [r for r in corpus.stance_rows() if (r["actor_code"] or "").startswith("KAZ")]
        assert len(longer) > len(own), "the corpus must hold stances of a code KAZ prefixes (KAZGOV)"
        with statements(corpus) as seen:
            page = corpus.actor("KAZ")
        assert page is not None and page["n_stances"] == len(own)
        assert [s["document_id"] for s in page["stances"]] == [r["document_id"] for r in own]
        # The stance rows read are the actor's own: the statement asks for the exact code, not a prefix.
        stance_reads = [s for s in seen if re.search(r"FROM stances JOIN documents", s)]
        assert stance_reads and all("LIKE" not in s for s in stance_reads), stance_reads
        some = corpus.actor("KAZ", stance_limit=2)
        assert some is not None and some["stances"] == page["stances"][-2:]
        assert some["n_stances"] == len(own)
    finally:
        corpus.close()


RACE = """
import os, sys, threading
from communique.store import Corpus
errors = []
def make(path):
    try:
        Corpus("sqlite:///" + path).close()
    except Exception as error:
        errors.append(repr(error)[:200])
for round in range(6):
    threads = [
        threading.Thread(target=make, args=(os.path.join(sys.argv[1], f"{round}-{k}.db"),)) for k in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print(len(errors), errors[:2])
"""


def test_threads_creating_corpora_at_once_take_turns_with_the_migrations(tmp_path):
    """Alembic's proxies are process-wide: concurrent first opens ran each other's migrations (segfaults)."""
    import subprocess
    import sys

    # In a child process: before the lock this crashed the interpreter, not only the test.
    done = subprocess.run(
        [sys.executable, "-c", RACE, str(tmp_path)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0 and done.stdout.strip() == "0 []", (
        done.returncode,
        done.stdout,
        done.stderr[-800:],
    )
