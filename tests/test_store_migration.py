"""Migrations 0002 (one-B-tree near-duplicate index) and 0003 (full-text rows written per batch) upgrade a
0001 corpus on SQLite and PostgreSQL; 0004 (fewer index writes) upgrades and downgrades a 0003 corpus.

The 0001 corpus is built with the 0001 migration itself and filled through SQL in the 0001 layout
(``lsh_bands(doc_pk, band, key)`` as the 0001 code wrote it), so the test does not depend on old code.
"""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from communique.store import Corpus
from communique.store.dedup import band_keys, shingles
from communique.store.migrate import alembic_config
from communique.store.schema import SCHEMA_REVISION
from communique.store.synthetic import synthetic_reposts


def _build_0001(url: str, originals: list) -> dict[int, str]:
    """A corpus at revision 0001 holding ``originals`` with their LSH band rows; return pk -> id."""
    from alembic import command

    engine = create_engine(url)
    pks: dict[int, str] = {}
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0001")
            for pk, coded in enumerate(originals, start=1):
                doc = coded.document
                conn.execute(
                    text(
                        "INSERT INTO documents (pk, id, source, date, sort_date, text, n_sentences, "
                        "n_events, n_stances) VALUES (:pk, :id, :source, :date, :date, :text, 0, 0, 0)"
                    ),
                    {"pk": pk, "id": doc.id, "source": doc.source, "date": doc.date, "text": doc.text},
                )
                rows = [{"d": pk, "b": b, "k": k} for b, k in enumerate(band_keys(shingles(doc.text)))]
                conn.execute(text("INSERT INTO lsh_bands (doc_pk, band, key) VALUES (:d, :b, :k)"), rows)
                pks[pk] = doc.id
            if engine.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT setval(pg_get_serial_sequence('documents', 'pk'), :n)"), {"n": len(pks)}
                )
    finally:
        engine.dispose()
    return pks


def _bands(url: str) -> set[tuple[int, int, int]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {tuple(r) for r in conn.execute(text("SELECT doc_pk, band, key FROM lsh_bands"))}
    finally:
        engine.dispose()


def test_upgrade_0001_to_0002_keeps_the_near_duplicate_index(db_url):
    items = synthetic_reposts(40, seed=5)
    originals = [c for c, k in items if k is None]
    reposts = [(c, items[k][0].document.id) for c, k in items if k is not None]
    assert len(originals) == 40 and len(reposts) > 20
    pks = _build_0001(db_url, originals)
    before = _bands(db_url)
    assert len(before) == 16 * len(originals)
    word = max(originals[0].document.text.replace(".", " ").split(), key=len)

    # Opened without create: read as it is (0002 changed only the near-duplicate index).
    with Corpus(db_url, create=False) as corpus:
        assert corpus.schema_revision() == "0001"
        assert corpus.count()["documents"] == len(originals)
        assert corpus.search(word, limit=5).items
    # Opened normally: upgraded; every stored key is in the new index, under the same statement.
    with Corpus(db_url) as corpus:
        assert corpus.schema_revision() == SCHEMA_REVISION
        buckets = set(corpus.raw_sql("SELECT key, doc_pk FROM lsh_buckets"))
        assert buckets == {(k, d) for d, _, k in before}
        assert corpus.search(word, limit=5).items  # full-text index intact
    engine = create_engine(db_url)
    try:
        assert "lsh_bands" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()

    # Reposts of statements stored before the upgrade are grouped under them through the migrated index;
    # new statements stored after it are in the full-text index (written per batch since 0003).
    fresh = [c for c, k in synthetic_reposts(3, seed=6) if k is None]
    with Corpus(db_url) as corpus:
        assert corpus.add_many(fresh).new == len(fresh)
        for c in fresh:
            term = max(c.document.text.replace(".", " ").split(), key=len)
            assert c.document.id in [i["id"] for i in corpus.search(term, limit=50).items]
        _fts_intact(corpus)
        summary = corpus.add_many([c for c, _ in reposts], batch_size=10)
        assert summary.duplicates >= len(reposts) - 5, summary.line()
        id_of = {v: k for k, v in pks.items()}
        for coded, _ in reposts:
            info = corpus.document_info(coded.document.id)
            if info["duplicate_of"] is not None:
                assert info["duplicate_of"] in id_of
        # Grouping lands on the original or on a repost of the same original that came first.
        grouped = [c for c, o in reposts if corpus.document_info(c.document.id)["duplicate_of"] == o]
        assert len(grouped) >= len(reposts) - 5
        after_upgrade = set(corpus.raw_sql("SELECT key, doc_pk FROM lsh_buckets"))

    # Downgrade rebuilds lsh_bands exactly (bands found from the texts); upgrading again restores the index.
    from alembic import command

    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0001")
    finally:
        engine.dispose()
    assert {(k, d) for d, _, k in _bands(db_url)} == after_upgrade
    assert before <= _bands(db_url)
    with Corpus(db_url) as corpus:
        assert set(corpus.raw_sql("SELECT key, doc_pk FROM lsh_buckets")) == after_upgrade
        _fts_intact(corpus)
        n = corpus.count()["documents"]
        assert corpus.add_many([c for c, k in synthetic_reposts(3, seed=7) if k is None]).new > 0
        assert corpus.count()["documents"] > n
        _fts_intact(corpus)


def _fts_intact(corpus: Corpus) -> None:
    """SQLite: the full-text index holds exactly the documents' rows (FTS5 integrity check)."""
    if corpus.dialect != "sqlite":
        return
    with corpus.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)")
        n_fts = conn.exec_driver_sql("SELECT count(*) FROM documents_fts").scalar_one()
        n_docs = conn.exec_driver_sql("SELECT count(*) FROM documents").scalar_one()
    assert n_fts == n_docs


def test_first_write_upgrades_a_corpus_opened_without_create(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    items = synthetic_reposts(10, seed=9)
    originals = [c for c, k in items if k is None]
    _build_0001(url, originals)
    with Corpus(url, create=False) as corpus:
        assert corpus.schema_revision() == "0001"
        repost = next(c for c, k in items if k is not None)
        assert corpus.add(repost) == "duplicate"
        assert corpus.schema_revision() == SCHEMA_REVISION


def _indexes(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    try:
        insp = inspect(engine)
        return {t: {ix["name"] for ix in insp.get_indexes(t)} for t in ("events", "mentions")}
    finally:
        engine.dispose()


def _issued(docs: list, code: str) -> int:
    return sum(1 for d in docs if any(a.code == code for a in d.document.issuers))


def test_upgrade_0003_to_0004_drops_unused_index_writes(db_url):
    """0004 drops ix_events_plover (never used: the filter compares upper(plover)) and indexes mention codes
    of issuers only; a 0003 corpus reads as it is, upgrades on open, answers the same, and takes new rows."""
    from alembic import command

    from communique.store.synthetic import synthetic_documents

    docs = list(synthetic_documents(120, seed=31))
    with Corpus(db_url) as corpus:
        corpus.add_many(docs[:80])
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
    finally:
        engine.dispose()
    old = _indexes(db_url)
    assert "ix_events_plover" in old["events"] and "ix_mentions_code" in old["mentions"]
    code = next(a.code for d in docs[:80] for a in d.document.issuers if a.code)
    plover = next(e.plover for d in docs[:80] for e in d.events if e.plover)
    with Corpus(db_url, create=False) as corpus:  # read as it is
        assert corpus.schema_revision() == "0003"
        before = (corpus.actor(code), len(corpus.search(event=plover.lower(), limit=1000).items))
        assert before[0]["issued"] == _issued(docs[:80], code) > 0
    with Corpus(db_url) as corpus:  # upgraded on open
        assert corpus.schema_revision() == SCHEMA_REVISION
        assert (corpus.actor(code), len(corpus.search(event=plover.lower(), limit=1000).items)) == before
        new = _indexes(db_url)
        assert "ix_events_plover" not in new["events"]
        assert "ix_mentions_issuer" in new["mentions"] and "ix_mentions_code" not in new["mentions"]
        if corpus.dialect == "sqlite":
            assert corpus.raw_sql("SELECT v FROM documents_fts_config WHERE k = 'hashsize'") == [(16 << 20,)]
            # The actor page's issuer count is answered from the partial index (the role is a literal).
            plan = corpus.raw_sql(
                "EXPLAIN QUERY PLAN SELECT DISTINCT mentions.doc_pk FROM mentions "
                f"WHERE mentions.code = '{code}' AND role = 'issuer'"
            )
            assert any("ix_mentions_issuer" in str(row[-1]) for row in plan)
        assert corpus.add_many(docs[80:]).new == 40
        assert corpus.actor(code)["issued"] == _issued(docs, code)
        word = max(docs[100].document.text.replace(".", " ").split(), key=len)
        assert docs[100].document.id in [i["id"] for i in corpus.search(word, limit=100).items]
        _fts_intact(corpus)
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
    finally:
        engine.dispose()
    assert _indexes(db_url) == old
    with Corpus(db_url) as corpus:
        assert corpus.schema_revision() == SCHEMA_REVISION
        assert corpus.actor(code)["issued"] == _issued(docs, code)
        _fts_intact(corpus)
