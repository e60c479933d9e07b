"""Schema 0006 (UX24): issue labels indexed lower-cased, an actor's mentions covered on PostgreSQL.

The API and the web match issue labels in any case (``lower(issue_label) = ?``), which the plain label index
could not serve: every issue filter scanned the stances. A 0005 corpus upgrades (and downgrades) on SQLite
and PostgreSQL, answers the same before and after, and the issue filter's terms are index searches.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text

from communique.store import Corpus
from communique.store.migrate import alembic_config
from communique.store.schema import SCHEMA_REVISION
from communique.store.synthetic import synthetic_documents


def _indexes(url: str) -> dict[str, set[str]]:
    """Index names by table, expression indexes included (SQLAlchemy's SQLite reflection skips them)."""
    engine = create_engine(url)
    sql = (
        "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'"
        if engine.dialect.name == "sqlite"
        else "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema()"
    )
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(sql)).all()
    finally:
        engine.dispose()
    return {t: {n for tb, n in rows if tb == t} for t in ("stances", "event_actors")}


def _migrate(url: str, to: str) -> None:
    from alembic import command

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if to == "head":
                command.upgrade(alembic_config(conn), to)
            else:
                command.downgrade(alembic_config(conn), to)
    finally:
        engine.dispose()


def _answers(corpus: Corpus, issue: str, label: str, code: str) -> tuple:
    return (
        len(corpus.stances_page(issue=issue, limit=500).items),
        len(corpus.stances_page(issue=label.upper(), limit=500).items),
        corpus.actor(code)["targets"],
        corpus.actor(code)["targeted_by"],
        corpus.actor(code)["events"],
    )


def test_upgrade_0005_to_0006_and_back(db_url):
    docs = list(synthetic_documents(80, seed=24))
    with Corpus(db_url) as corpus:
        corpus.add_many(docs[:60])
    stance = next(s for d in docs[:60] for s in d.stances if s.issue.id and s.actor.code)
    issue, label, code = stance.issue.id, stance.issue.label, stance.actor.code
    _migrate(db_url, "0005")
    old = _indexes(db_url)
    assert "ix_stances_label" in old["stances"] and "ix_stances_label_ci" not in old["stances"]
    assert "ix_event_actors_event" not in old["event_actors"]
    with Corpus(db_url, create=False) as corpus:  # a 0005 corpus reads as it is
        assert corpus.schema_revision() == "0005"
        before = _answers(corpus, issue, label, code)
    assert before[0] > 0 and before[1] == before[0]
    with Corpus(db_url) as corpus:  # upgraded on open
        assert corpus.schema_revision() == SCHEMA_REVISION == "0006"
        assert _answers(corpus, issue, label, code) == before
        new = _indexes(db_url)
        assert "ix_stances_label_ci" in new["stances"] and "ix_stances_label" not in new["stances"]
        if corpus.dialect == "sqlite":
            plan = " ".join(
                str(r[-1])
                for r in corpus.raw_sql(
                    "EXPLAIN QUERY PLAN SELECT pk FROM stances "
                    f"WHERE issue_id = '{issue}' OR lower(stances.issue_label) = 'x'"
                )
            )
            assert "ix_stances_label_ci" in plan and "SCAN stances" not in plan, plan
            assert "ix_event_actors_event" not in new["event_actors"]
        else:
            assert "ix_event_actors_event" in new["event_actors"]
            (indexdef,) = corpus.raw_sql(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_event_actors_code'"
            )[0]
            assert "INCLUDE (doc_pk, event_ordinal, name, via)" in indexdef, indexdef
        assert corpus.add_many(docs[60:]).new == 20
    _migrate(db_url, "0005")
    assert _indexes(db_url) == old
    _migrate(db_url, "head")
    with Corpus(db_url) as corpus:
        assert corpus.schema_revision() == SCHEMA_REVISION
        assert _answers(corpus, issue, label, code)[0] >= before[0]


def test_a_new_corpus_has_the_0006_indexes(db_url):
    with Corpus(db_url) as corpus:
        corpus.add_many(list(synthetic_documents(5, seed=3)))
        dialect = corpus.dialect
    new = _indexes(db_url)
    assert "ix_stances_label_ci" in new["stances"]
    assert ("ix_event_actors_event" in new["event_actors"]) == (dialect == "postgresql")
