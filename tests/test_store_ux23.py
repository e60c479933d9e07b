"""The actor profile of the twenty-third session (UX23): the same answers, read from the indexes.

``GET /api/v1/actors/KAZ`` took 0.5-1.5 s on a 40,000-statement store. The two largest parts grew with the
actor's frequency for nothing: its newest statements were chosen by reading (and computing the snippet of)
every document of the code and sorting them all; its targets and who targets it were grouped twice, by
(code, event) and then by code. The statements now come from ix_doc_actors_key (key, sort_date, doc_pk),
newest first, and the pairs are grouped once, counting distinct events. These tests compare the profile with
the former queries, on SQLite files and a real PostgreSQL server (``db_url``); nothing here times anything.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import and_, event, func, select

from communique.model import CodedDocument
from communique.store import Corpus
from communique.store.search import DOC_ACTORS, DOCS, EVENT_ACTORS
from communique.store.synthetic import synthetic_documents


def _dated(n: int = 150) -> Iterator[CodedDocument]:
    """Synthetic statements, every seventh undated, several on each date (ties of the newest-first order)."""
    for k, coded in enumerate(synthetic_documents(n, seed=23)):
        date = None if k % 7 == 0 else f"{2019 + k % 4}-{1 + k % 3:02d}-01"
        yield dataclasses.replace(coded, document=dataclasses.replace(coded.document, date=date))


@pytest.fixture()
def stored(db_url):
    corpus = Corpus(db_url, dedup=False)
    corpus.add_many(list(_dated()))
    yield corpus
    corpus.close()


def _recent_formerly(corpus: Corpus, code: str, limit: int) -> list[str]:
    """Ids of the actor's newest statements by the former query: every document of the code, sorted."""
    with corpus.engine.connect() as conn:
        rows = conn.execute(
            select(DOCS.c.id)
            .where(DOCS.c.pk.in_(select(DOC_ACTORS.c.doc_pk).where(DOC_ACTORS.c.key == "c:" + code)))
            .order_by(DOCS.c.sort_date.desc(), DOCS.c.pk.desc())
            .limit(limit)
        )
        return [doc_id for (doc_id,) in rows]


def _pairs_formerly(corpus: Corpus, code: str, side: str, limit: int) -> list[tuple[Any, ...]]:
    """(code, min name, events) of the other side by the former query: grouped by event, then by code."""
    src, tgt = EVENT_ACTORS.alias("src"), EVENT_ACTORS.alias("tgt")
    pair = and_(
        src.c.doc_pk == tgt.c.doc_pk,
        src.c.event_ordinal == tgt.c.event_ordinal,
        src.c.role == "source",
        tgt.c.role == "target",
    )
    this, other = (src, tgt) if side == "targets" else (tgt, src)
    pairs = (
        select(other.c.code, other.c.name, other.c.doc_pk, other.c.event_ordinal)
        .select_from(src.join(tgt, pair))
        .where(this.c.code == code)
        .subquery()
    )
    events = (
        select(pairs.c.code, func.min(pairs.c.name).label("name"))
        .group_by(pairs.c.code, pairs.c.doc_pk, pairs.c.event_ordinal)
        .subquery()
    )
    n = func.count()
    with corpus.engine.connect() as conn:
        rows = conn.execute(
            select(events.c.code, func.min(events.c.name), n)
            .group_by(events.c.code)
            .order_by(n.desc(), events.c.code)
            .limit(limit)
        ).all()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("code", ["KAZ", "KAZGOV", "BLROPP", "IGOEU", "USA"])
def test_the_actor_profile_is_what_the_former_queries_gave(stored, code):
    limit = 6  # fewer than the actor's statements and partners: the order and the cut both matter
    profile = stored.actor(code, limit=limit)
    assert profile is not None
    assert [s["id"] for s in profile["statements"]] == _recent_formerly(stored, code, limit)
    for side in ("targets", "targeted_by"):
        formerly = _pairs_formerly(stored, code, side, limit)
        assert [(p["code"], p["count"]) for p in profile[side]] == [(c, k) for c, _n, k in formerly], side
        assert len(formerly) == limit, side


def test_an_unknown_or_absent_actor_is_still_none(stored):
    assert stored.actor("ZZZ") is None
    assert stored.actor("KA") is None  # a prefix is not a code


def test_the_actor_profile_reads_indexes_and_sorts_no_statements(tmp_path):
    """SQLite's plans: the newest statements come from ix_doc_actors_key in its order, the documents by
    primary key (no sort of every document of the code), and each pair count groups its pairs once."""
    corpus = Corpus(f"sqlite:///{tmp_path / 'plan.db'}", dedup=False)
    try:
        corpus.add_many(list(_dated(200)))
        seen: list[tuple[str, Any]] = []

        def note(_conn, _cursor, statement, params, _context, _many):  # type: ignore[no-untyped-def]
            seen.append((statement, params))

        event.listen(corpus.engine, "before_cursor_execute", note)
        try:
            assert corpus.actor("KAZ", stance_limit=100) is not None
        finally:
            event.remove(corpus.engine, "before_cursor_execute", note)
        with corpus.engine.connect() as conn:

            def plan(statement: str, params: Any) -> str:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
                return " | ".join(str(row[-1]) for row in rows)

            keys = [(s, p) for s, p in seen if "FROM doc_actors" in s and "doc_actors.sort_date DESC" in s]
            assert len(keys) == 1, seen
            keys_plan = plan(*keys[0])
            assert keys_plan == "SEARCH doc_actors USING COVERING INDEX ix_doc_actors_key (key=?)", keys_plan
            docs = [(s, p) for s, p in seen if "substr(documents.text" in s]
            assert len(docs) == 1, docs
            docs_plan = plan(*docs[0])
            assert "SEARCH documents USING INTEGER PRIMARY KEY" in docs_plan, docs_plan
            assert "TEMP B-TREE" not in docs_plan and "doc_actors" not in docs[0][0], docs_plan
            pairs = [(s, p) for s, p in seen if "JOIN event_actors AS" in s]
            assert len(pairs) == 2, pairs
            for s, p in pairs:
                pair_plan = plan(s, p)
                assert "USING COVERING INDEX ix_event_actors_code (code=? AND role=?)" in pair_plan, pair_plan
                assert pair_plan.count("TEMP B-TREE FOR GROUP BY") == 1, pair_plan
    finally:
        corpus.close()
