"""Two PostgreSQL writers recoding one document at once (RV17-io 2), on a real server: both succeed."""

from __future__ import annotations

import threading
import time
from typing import Any

from communique.store import Corpus
from communique.store.synthetic import synthetic_documents


def test_two_writers_recoding_one_document_at_once_both_succeed(pg_url):
    """The second recoder failed on evidence_pkey: it deleted the children before the first had committed."""
    docs = [d for d in synthetic_documents(6, seed=11) if len(d.document.sentences) >= 2]
    doc = docs[0]
    with Corpus(pg_url) as corpus:
        corpus.add(doc)
    first, second = Corpus(pg_url), Corpus(pg_url)
    try:
        first.add(docs[1])  # each has its dictionary version at hand: the race is on the document alone
        second.add(docs[2])
        hold, inside = threading.Event(), threading.Event()
        replace = first._replace

        def held(*args: Any, **kwargs: Any) -> None:
            replace(*args, **kwargs)
            inside.set()  # the first writer has replaced the rows and not committed yet
            hold.wait(20)

        first._replace = held  # type: ignore[method-assign]
        outcome: dict[str, Any] = {}

        def run(name: str, corpus: Corpus) -> None:
            try:
                outcome[name] = corpus.add(doc, recode=True)
            except Exception as error:  # the test reports what each writer met
                outcome[name] = error

        one = threading.Thread(target=run, args=("first", first))
        one.start()
        assert inside.wait(30)
        two = threading.Thread(target=run, args=("second", second))
        two.start()
        time.sleep(1.5)  # the second writer now waits on the first's locks
        hold.set()
        one.join(60)
        two.join(60)
    finally:
        first.close()
        second.close()
    assert outcome == {"first": "recoded", "second": "recoded"}, outcome
