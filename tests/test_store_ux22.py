"""Store reads of the twenty-second session (UX22): the keys of an actor prefix by a skip scan.

``/search?actor=KAZ`` took about a second on a 100,000-statement store: finding which ``doc_actors`` keys a
code prefix holds was a SELECT DISTINCT over every row of the range (60,000 index entries for KAZ and
KAZGOV). The keys are now found by one index seek per key (``keys_in_range``); the answers are the same.

SQLite files and a real PostgreSQL server (``db_url``); nothing here times anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import event, select, text

from communique.model import CodedDocument
from communique.store import Corpus
from communique.store.aggregates import keys_in_range
from communique.store.search import DOCS, prefix_upper
from communique.store.synthetic import synthetic_documents


def _dated(n: int = 120) -> Iterator[CodedDocument]:
    """Synthetic statements, every fifth one undated and the rest spread over 2019-2023."""
    for k, coded in enumerate(synthetic_documents(n, seed=22)):
        date = None if k % 5 == 0 else f"{2019 + k % 5}-{1 + k % 12:02d}-{1 + k % 27:02d}"
        yield dataclasses.replace(coded, document=dataclasses.replace(coded.document, date=date))


@pytest.fixture()
def stored(db_url):
    corpus = Corpus(db_url, dedup=False)
    corpus.add_many(list(_dated()))
    yield corpus
    corpus.close()


def _distinct_keys(corpus: Corpus, lo: str, hi: str) -> list[str]:
    """The reference: every key of the range, by DISTINCT over its rows."""
    with corpus.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT DISTINCT key FROM doc_actors WHERE key >= :lo AND key < :hi ORDER BY key"),
            {"lo": lo, "hi": hi},
        )
        return [k for (k,) in rows]


def _newest_slowly(corpus: Corpus, actor: str, limit: int, since: str | None, until: str | None) -> list[str]:
    """Ids of the newest documents with a code under ``actor`` in the dates, worked out in Python."""
    found = []
    with corpus.engine.connect() as conn:
        pk_of = dict(conn.execute(select(DOCS.c.id, DOCS.c.pk)).all())
    for coded, _info in corpus.iter_records():
        codes = {a.code for a in [*coded.document.issuers, *coded.actors] if a.code}
        codes |= {a.code for e in coded.events for a in [*e.sources, *e.targets] if a.code}
        date = coded.document.date
        if since and (date is None or date < since):
            continue
        if until and (date is None or date[: len(until)] > until):
            continue
        if any(c.startswith(actor) for c in codes):
            found.append((date or "", pk_of[coded.document.id], coded.document.id))
    return [doc_id for _d, _pk, doc_id in sorted(found, reverse=True)[:limit]]


def _ids(corpus: Corpus, pks: list[int]) -> list[str]:
    with corpus.engine.connect() as conn:
        by_pk = dict(conn.execute(select(DOCS.c.pk, DOCS.c.id).where(DOCS.c.pk.in_(pks))).all())
    return [by_pk[pk] for pk in pks]


def test_the_keys_of_a_range_are_the_distinct_keys_of_its_rows(stored):
    with stored.engine.connect() as conn:
        for prefix in ("c:", "c:K", "c:KAZ", "c:KAZGOV", "c:IGO", "c:ZZZ", "n:"):
            lo, hi = prefix, prefix_upper(prefix)
            assert keys_in_range(conn, lo, hi) == _distinct_keys(stored, lo, hi), prefix
        assert keys_in_range(conn, "c:KAZ", "c:KAZ") == []  # an empty range


@pytest.mark.parametrize(
    "actor, since, until",
    [
        ("KAZ", None, None),
        ("KAZ", "2021", None),
        ("KAZGOV", None, "2020"),
        ("IGO", "2020-06", "2022"),
        ("BLR", "2030", None),
        ("ZZZ", None, None),
    ],
)
def test_the_newest_documents_of_a_prefix_are_unchanged(stored, actor, since, until):
    pks = stored.newest_doc_pks(15, actor=actor, since=since, until=until)
    assert _ids(stored, pks) == _newest_slowly(stored, actor, 15, since, until)


def test_the_keys_of_a_prefix_are_read_from_the_index_not_every_row(tmp_path):
    """SQLite's plan of each doc_actors statement of a prefix filter: index searches, no scan, no
    DISTINCT over the range's rows (that was the second-long read)."""
    corpus = Corpus(f"sqlite:///{tmp_path / 'plan.db'}", dedup=False)
    try:
        corpus.add_many(list(_dated(200)))
        seen: list[tuple[str, object]] = []

        def note(_conn, _cursor, statement, params, _context, _many):  # type: ignore[no-untyped-def]
            seen.append((statement, params))

        event.listen(corpus.engine, "before_cursor_execute", note)
        try:
            assert corpus.newest_doc_pks(10, actor="KAZ", since="2020")
        finally:
            event.remove(corpus.engine, "before_cursor_execute", note)
        reads = [(s, p) for s, p in seen if "doc_actors" in s]
        assert len(reads) == 2, reads  # the keys, then the newest documents of all of them
        with corpus.engine.connect() as conn:
            plans = [
                " | ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p))
                for s, p in reads
            ]
        keys_plan = plans[0]
        assert "USING COVERING INDEX ix_doc_actors_key" in keys_plan, keys_plan
        assert "FOR DISTINCT" not in keys_plan, keys_plan
        for plan in plans:
            assert "SCAN doc_actors" not in plan and "SCAN d " not in plan + " ", plan
    finally:
        corpus.close()


def test_until_alone_leaves_undated_statements_out_on_every_path(stored):
    """README: dates leave undated statements out. 'since' did; 'until' alone kept them, because an undated
    statement sorts as '' below every date (UX22: ``search --until 2030`` listed an undated statement)."""
    from communique.store import views as store_views

    with stored.engine.connect() as conn:
        undated = set(conn.execute(select(DOCS.c.id).where(DOCS.c.date.is_(None))).scalars())
        dated = set(conn.execute(select(DOCS.c.id).where(DOCS.c.date.is_not(None))).scalars())
    assert undated and dated

    def ids(page) -> set[str]:
        found = set()
        for item in page.items:
            doc = item.get("document", item) if isinstance(item, dict) else getattr(item, "document", item)
            found.add(doc.get("id") if isinstance(doc, dict) else doc.id)
        return found

    docs = ids(stored.search(until="2030", limit=1000))
    assert docs == dated
    assert ids(stored.search(since="1900", until="2030", limit=1000)) == dated
    assert ids(stored.search(limit=1000)) == dated | undated  # no dates: every statement
    events = stored.events_page(until="2030", limit=1000).items
    assert events and all(e["date"] for e in events)
    fast = store_views.events_page(stored, until="2030", limit=1000)["items"]
    assert fast and all(e["date"] for e in fast)
    assert len(fast) == len(events)
    assert _ids(stored, stored.newest_doc_pks(1000, actor="KAZ", until="2030")) == _newest_slowly(
        stored, "KAZ", 1000, None, "2030"
    )
    months = {row["key"] for row in stored.stats("month", until="2030")}
    assert "undated" not in months and months
