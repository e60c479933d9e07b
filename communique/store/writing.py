"""Writing a corpus: ``add``/``add_many`` (one transaction per document or batch), recoding, ``optimize``.

The bulk write path: driver-ready rows inserted with ``executemany``, document keys reserved per batch,
full-text rows written on a helper thread, the next batch's signatures computed while this one commits,
the cyclic garbage collector paused per batch. Near-duplicate grouping of a batch (``_find_reposts``)
marks reposts of stored or earlier statements using ``dedup``'s shingles and LSH buckets.
"""

from __future__ import annotations

import contextlib
import gc
import operator
import random
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from sqlalchemy import Connection, delete, func, insert, select, text, update

from communique.model import CodedDocument, Document
from communique.store import dedup
from communique.store.connection import WriteConflict, _Database
from communique.store.rows import (
    CHILD_COLUMNS,
    DICTS,
    EVIDENCE,
    MENTIONS,
    SENTENCES,
    SOURCES,
    _child_rows,
    _chunks,
    _document_row,
    _source_row,
)
from communique.store.search import ACTORS, DOC_ACTORS, DOCS, EVENT_ACTORS, EVENTS, STANCES
from communique.store.version import dictionary_version

if TYPE_CHECKING:
    from communique.store.ingest import IngestSummary

R = TypeVar("R")
#: Per document of a batch: its shingle hashes, and the batch's LSH band keys (one row per document).
_Signatures = tuple[list[Any], Any]
#: From this many documents on, ``optimize`` also merges the SQLite full-text index into one segment.
FTS_MERGE_MIN = 20_000
#: Batches of at least this many documents write their full-text rows on a helper thread (``_index_text``).
BACKGROUND_FTS_MIN = 100


# Times a write transaction is run when concurrent writers (PostgreSQL) keep taking its keys first.
WRITE_ATTEMPTS = 5
#: Seconds: before its n-th rerun a write transaction waits a random time up to n times this (at most 0.5 s
#: over four reruns), so writers that collided do not start again in step and collide again.
RETRY_PAUSE = 0.05


def retry_pause(attempt: int) -> float:
    """The random wait before rerunning a write transaction that failed ``attempt`` times."""
    return random.uniform(0, RETRY_PAUSE * attempt)


def _pause(attempt: int) -> None:
    time.sleep(retry_pause(attempt))


@dataclass
class _Pending:
    """A document about to be written, with the decisions taken for it."""

    coded: CodedDocument
    status: str = "new"
    existing_pk: int | None = None
    canonical: int | None = None  # index into the batch or a pk (see canonical_is_pk)
    canonical_is_pk: bool = False
    similarity: float | None = None
    shingle_array: Any = None  # shingle hashes (numpy array, repeats kept); the set is built on demand
    shingles: set[int] | None = None
    keys: list[int] = field(default_factory=list)
    lsh: list[int | None] | None = None  # band keys to store (None: bucket already full)
    extra_source: dict[str, Any] | None = None
    hint: dict[str, Any] | None = None  # "store" facts of an exported record (import round trip)

    def shingle_set(self) -> set[int]:
        """The shingle set, built from the array the first time it is needed (most never are)."""
        if self.shingles is None:
            self.shingles = set() if self.shingle_array is None else set(self.shingle_array.tolist())
        return self.shingles


class _Writing(_Database):
    """Storing coded documents: single and bulk writes, recoding, repost grouping, planner upkeep."""

    #: Shingle sets of stored statements kept in memory between batches (recent ones first to go).
    shingle_cache_size = 20_000

    # -- writing ---------------------------------------------------------------------------------------
    def _dictionary_version_id(self, conn: Connection, version: str | None) -> int:
        if version is None:
            version, detail = dictionary_version()
        else:
            detail = None
        if version in self._dv_cache:
            return self._dv_cache[version]
        row = conn.execute(select(DICTS.c.id).where(DICTS.c.hash == version)).first()
        if row is None:
            # A concurrent writer may be storing the same version: insert unless taken, then read it back.
            # PostgreSQL's ON CONFLICT DO NOTHING waits for the other writer's uncommitted row; at READ
            # COMMITTED the read that follows sees it once committed (or our insert stood), so the row is
            # there. (At REPEATABLE READ the insert itself fails with a serialization error, retried.)
            conn.execute(
                self._insert_ignore(DICTS),
                {"hash": version, "detail": detail, "created_at": datetime.now(UTC)},
            )
            dv_id = conn.execute(select(DICTS.c.id).where(DICTS.c.hash == version)).scalar_one()
        else:
            dv_id = row[0]
        self._dv_cache[version] = dv_id
        return dv_id

    def add(
        self, coded: CodedDocument, *, recode: bool = False, dictionary_version: str | None = None
    ) -> str:
        """Store one coded document in its own transaction; return new/skipped/recoded/duplicate."""

        def once() -> str:
            with self._write() as conn:
                return self._add_batch(conn, [coded], recode=recode, dictionary_version=dictionary_version)[0]

        try:
            return self._retrying(once)
        except BaseException:
            self._forget()
            raise

    def _retrying(self, transaction: Callable[[], R]) -> R:
        """Run one write transaction, again when a concurrent writer took its keys first (WRITE_ATTEMPTS)."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return transaction()
            except WriteConflict:
                self._forget()
                if attempt == WRITE_ATTEMPTS:
                    raise
                _pause(attempt)
        raise AssertionError("unreachable")

    def _forget(self) -> None:
        """Drop caches that may name rows of a rolled-back transaction (their keys can be reused)."""
        self._dv_cache.clear()
        self._shingle_cache.clear()
        self._full_buckets.clear()

    def add_many(
        self,
        coded: Iterable[CodedDocument | tuple[CodedDocument, dict[str, Any] | None]],
        *,
        recode: bool = False,
        batch_size: int = 2000,
        dictionary_version: str | None = None,
        progress: Any = None,
    ) -> IngestSummary:
        """Store many coded documents, one transaction per batch (all of a batch or none of it).

        Items may be ``(coded, store_facts)`` pairs as read from an exported JSONL file, so an import keeps
        the exported repost grouping and extra sources.
        """
        from communique.store.ingest import IngestSummary

        summary = IngestSummary()
        items = iter(coded)
        Hints = list[dict[str, Any] | None]

        def read() -> tuple[list[CodedDocument], Hints, BaseException | None]:
            """The next batch from the source, and the error that stopped the source early, if any."""
            batch: list[CodedDocument] = []
            hints: Hints = []
            try:
                for item in items:
                    if isinstance(item, tuple):
                        batch.append(item[0])
                        hints.append(item[1])
                    else:
                        batch.append(item)
                        hints.append(None)
                    if len(batch) >= batch_size:
                        break
            except BaseException as error:  # the batches read in full are written first, then it is raised
                return batch, hints, error
            return batch, hints, None

        def write(
            batch: list[CodedDocument],
            hints: Hints,
            signatures: _Signatures | None,
            before_commit: Callable[[], None],
        ) -> list[str]:
            """One batch in one transaction, run again when a concurrent writer took its keys first."""

            def once() -> list[str]:
                with self._write(bulk=True) as conn, _cyclic_gc_paused():
                    statuses = self._add_batch(
                        conn,
                        batch,
                        recode=recode,
                        dictionary_version=dictionary_version,
                        hints=hints,
                        signatures=signatures,
                    )
                    before_commit()
                return statuses

            return self._retrying(once)

        def flush(
            batch: list[CodedDocument],
            hints: Hints,
            ready: Callable[[], _Signatures] | None,
            upcoming: list[CodedDocument],
        ) -> Callable[[], _Signatures] | None:
            """Write one batch; return the wait for the upcoming batch's signatures (computed meanwhile)."""
            ahead: Callable[[], _Signatures] | None = None

            def start_ahead() -> None:
                nonlocal ahead
                if upcoming and self.dedup and ahead is None:
                    # The commit that follows runs inside SQLite with the GIL released: the upcoming batch's
                    # shingles and band keys (pure computation, no database) are computed meanwhile, on a
                    # helper thread that is waited for before that batch touches the database.
                    texts = [c.document.text for c in upcoming]
                    ahead = _in_background(lambda: _signatures(texts), name="communique-signatures")

            try:
                signatures = ready() if ready is not None else None
                statuses = write(batch, hints, signatures, start_ahead)
            except BaseException:
                if ahead is not None:
                    with contextlib.suppress(BaseException):
                        ahead()
                self._forget()
                raise
            self._start_checkpoint()
            for status in statuses:
                summary.count(status)
            if progress is not None:
                progress(len(batch), summary)
            return ahead

        # One batch of lookahead: the next batch is read before this one is written, so its signatures can
        # be computed while this one commits. A source that fails still gets every batch it delivered in
        # full written (the partial one is not), as without the lookahead.
        batch, hints, error = read()
        ready: Callable[[], _Signatures] | None = None
        try:
            while batch and error is None:
                upcoming, upcoming_hints, error = read() if len(batch) >= batch_size else ([], [], None)
                ready = flush(batch, hints, ready, upcoming if error is None else [])
                batch, hints = upcoming, upcoming_hints
        finally:
            self._finish_checkpoint()
        if error is not None:
            raise error
        if summary.new:
            self.optimize()
        return summary

    def optimize(self, *, force: bool = False) -> bool:
        """Refresh the query planner's statistics when the corpus has grown a lot; return whether it ran.

        The search plans depend on them: with statistics SQLite walks the date index newest-first and
        stops after one page, instead of sorting every text match. On SQLite, once the corpus holds
        ``FTS_MERGE_MIN`` documents, the full-text index is also merged into one segment at these moments:
        a text filter probes every segment for each document it checks, and batch-wise writes leave about
        ten, which made text searches over 100,000 documents ~2x as slow (text + actor + date ~1.7x).
        Running only when the corpus has doubled keeps the merges at most twice the index size over the
        corpus's life (under a second at 100,000 statements of 60 words); smaller corpora have few, small
        segments and search fast without it.
        """
        if self.read_only:
            return False
        with self._write() as conn:
            n = conn.execute(select(func.count()).select_from(DOCS)).scalar_one()
            if self.dialect == "sqlite":
                has_stats = conn.exec_driver_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                ).first()
                row = (
                    conn.exec_driver_sql(
                        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'documents' LIMIT 1"
                    ).first()
                    if has_stats
                    else None
                )
                analysed = int(str(row[0]).split()[0]) if row else 0
                if not force and n < max(2 * analysed, 1):
                    return False
                if n >= FTS_MERGE_MIN:
                    conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
                # An approximate ANALYZE: milliseconds even on large corpora, and enough for the planner.
                conn.exec_driver_sql("PRAGMA analysis_limit=2000")
                conn.exec_driver_sql("ANALYZE")
                return True
            if self.dialect == "postgresql" and (force or n >= 1000):
                conn.exec_driver_sql("ANALYZE documents, doc_actors, events, event_actors, stances")
                return True
        return False

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        with self._read() as conn:
            return conn.execute(select(DOCS.c.pk).where(DOCS.c.id == doc_id)).first() is not None

    def _add_batch(
        self,
        conn: Connection,
        batch: list[CodedDocument],
        *,
        recode: bool,
        dictionary_version: str | None,
        hints: Sequence[dict[str, Any] | None] | None = None,
        signatures: _Signatures | None = None,
    ) -> list[str]:
        dv_id = self._dictionary_version_id(conn, dictionary_version)
        pending = [_Pending(coded=c) for c in batch]
        for p, hint in zip(pending, hints or (), strict=False):
            p.hint = hint
        ids = [c.document.id for c in batch]
        existing: dict[str, tuple[int, str | None, str | None]] = {}
        for chunk in _chunks(sorted(set(ids)), 500):
            for pk, doc_id, source, url in conn.execute(
                select(DOCS.c.pk, DOCS.c.id, DOCS.c.source, DOCS.c.url).where(DOCS.c.id.in_(chunk))
            ):
                existing[doc_id] = (pk, source, url)
        seen: dict[str, int] = {}
        for i, p in enumerate(pending):
            doc = p.coded.document
            if doc.id in existing or doc.id in seen:
                if doc.id in existing and recode:
                    p.status = "recoded"
                    p.existing_pk = existing[doc.id][0]
                else:
                    p.status = "skipped"
                    own = existing.get(doc.id)
                    if own is not None and (
                        (doc.source or "") != (own[1] or "") or (doc.url or "") != (own[2] or "")
                    ):
                        p.existing_pk = own[0]
                        p.extra_source = _source_row(doc)
                continue
            seen[doc.id] = i
        if self.dedup:
            self._find_reposts(conn, pending, signatures)
        # Canonical documents first, so reposts in the same batch can point at their keys.
        order = [p for p in pending if p.status == "new"] + [p for p in pending if p.status == "duplicate"]
        now = datetime.now(UTC)
        doc_rows = [_document_row(p.coded.document, dv_id, now) for p in order]
        pks: list[int] = []
        if doc_rows:
            for p, row in zip(order, doc_rows, strict=True):
                row["n_events"] = 0 if p.status == "duplicate" else len(p.coded.events)
                row["n_stances"] = 0 if p.status == "duplicate" else len(p.coded.stances)
                row["n_sentences"] = 0 if p.status == "duplicate" else len(p.coded.document.sentences)
                if p.status == "duplicate":
                    row["similarity"] = p.similarity
                    if p.canonical_is_pk:
                        row["canonical_pk"] = p.canonical
            new_rows = [r for p, r in zip(order, doc_rows, strict=True) if p.status == "new"]
            dup_rows = [r for p, r in zip(order, doc_rows, strict=True) if p.status == "duplicate"]
            if new_rows:
                pks = self._reserve_pks(conn, len(new_rows))
                for row, pk in zip(new_rows, pks, strict=True):
                    row["pk"] = pk
                self._insert_documents(conn, new_rows)
            batch_pk = {id(p): pk for p, pk in zip([p for p in order if p.status == "new"], pks, strict=True)}
            if self.dedup:
                # New statements are the likeliest originals of the next reposts: keep their shingles so
                # later batches need not fetch and re-shingle their text. The cache is trimmed on use.
                for p in order:
                    if p.status == "new":
                        sh = p.shingles if p.shingles is not None else p.shingle_array
                        if sh is not None and len(sh):
                            day = dedup.day_of(p.coded.document.date)
                            self._shingle_cache[batch_pk[id(p)]] = (sh, day, p.shingle_array)
            index_pk = {i: batch_pk[id(p)] for i, p in enumerate(pending) if id(p) in batch_pk}
            for p, row in zip([p for p in order if p.status == "duplicate"], dup_rows, strict=True):
                if not p.canonical_is_pk:
                    row["canonical_pk"] = index_pk[p.canonical]  # type: ignore[index]
            if dup_rows:
                for row, pk in zip(dup_rows, self._reserve_pks(conn, len(dup_rows)), strict=True):
                    row["pk"] = pk
                self._insert_documents(conn, dup_rows)
            # Full-text rows of the whole batch (statements and reposts: one range of keys), written while
            # the child rows are built (see ``_index_text``).
            indexed = self._index_text(conn, doc_rows[0]["pk"], doc_rows[-1]["pk"], len(doc_rows))
            try:
                children: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
                buckets = children["lsh_buckets"]
                for p in order:
                    if p.status != "new":
                        continue
                    pk = batch_pk[id(p)]
                    _child_rows(p.coded, pk, children)
                    buckets.extend(
                        (key, pk) for key in (p.lsh if p.lsh is not None else p.keys) if key is not None
                    )
            finally:
                indexed()
            self._insert_children(conn, children)
        for p in pending:
            if p.status == "recoded":
                self._replace(conn, p, dv_id, now)
            elif p.status == "skipped" and p.extra_source is not None and p.existing_pk is not None:
                self._add_source(conn, p.existing_pk, p.extra_source)
        hinted = [p for p in pending if p.hint and p.hint.get("sources")]
        if hinted:
            own_pk = {
                p.coded.document.id: pk
                for p, pk in zip([q for q in order if q.status == "new"], pks, strict=True)
            }
            for p in hinted:
                pk = own_pk.get(p.coded.document.id) or p.existing_pk
                if pk is None:
                    continue
                for src in p.hint["sources"]:  # type: ignore[index]
                    if isinstance(src, dict) and src.get("document_id") is None:
                        self._add_source(
                            conn,
                            pk,
                            _source_row(
                                Document(
                                    id="",
                                    text="",
                                    source=src.get("source"),
                                    url=src.get("url"),
                                    title=src.get("title"),
                                    date=src.get("date"),
                                )
                            ),
                        )
        return [p.status for p in pending]

    def _insert_children(self, conn: Connection, children: dict[str, list[tuple[Any, ...]]]) -> None:
        actors = children.pop("actors", [])
        for name, cols in CHILD_COLUMNS.items():
            rows = children.get(name)
            if rows:
                self._bulk_insert(conn, name, cols, rows)
        if actors:
            unique = {a[0]: a for a in reversed(actors)}
            codes = list(unique)
            known: set[str] = set()
            for chunk in _chunks(codes, 500):
                known.update(
                    r[0] for r in conn.execute(select(ACTORS.c.code).where(ACTORS.c.code.in_(chunk)))
                )
            fresh = [
                dict(zip(("code", "name", "country"), unique[c], strict=True))
                for c in codes
                if c not in known
            ]
            if fresh:
                conn.execute(self._insert_ignore(ACTORS), fresh)

    def _reserve_pks(self, conn: Connection, n: int) -> list[int]:
        """Allocate ``n`` document keys inside the current write transaction."""
        if self.dialect == "postgresql":
            rows = conn.execute(
                text("SELECT nextval(pg_get_serial_sequence('documents', 'pk')) FROM generate_series(1, :n)"),
                {"n": n},
            )
            return sorted(r[0] for r in rows)
        # SQLite: BEGIN IMMEDIATE holds the write lock, so max(pk) cannot move under us.
        top = conn.execute(select(func.max(DOCS.c.pk))).scalar_one() or 0
        return list(range(top + 1, top + 1 + n))

    def _driver_doc_row(self, row: dict[str, Any], stamps: dict[datetime, str]) -> dict[str, Any]:
        """A documents row with values the DBAPI driver takes as-is (SQLite stores datetimes as text).

        ``stamps`` memoises the text of each time: a batch's rows share one ``coded_at``.
        """
        at = row.get("coded_at")
        if self.dialect == "sqlite" and isinstance(at, datetime):
            stamp = stamps.get(at)
            if stamp is None:
                stamp = stamps[at] = at.strftime("%Y-%m-%d %H:%M:%S.%f")
            row = {**row, "coded_at": stamp}
        return row

    def _bulk_insert(
        self, conn: Connection, name: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Plain DBAPI ``executemany`` of value tuples in ``cols`` order: the hot path of bulk ingest.

        SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself; row builders
        already hand over driver-ready values (JSON columns pre-serialised), so the driver gets tuples.
        """
        quote = self.engine.dialect.identifier_preparer.quote
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        sql = (
            f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in cols)}) "
            f"VALUES ({', '.join([mark] * len(cols))})"
        )
        # The raw DBAPI cursor of this connection shares its transaction.
        cursor = conn.connection.cursor()
        try:
            cursor.executemany(sql, rows)
        finally:
            cursor.close()

    def _insert_documents(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Insert document rows (with their reserved ``pk``); ``_index_text`` writes their full-text rows."""
        cols = list(rows[0])
        get = operator.itemgetter(*cols)
        stamps: dict[datetime, str] = {}
        self._bulk_insert(conn, "documents", cols, [get(self._driver_doc_row(r, stamps)) for r in rows])

    def _index_text(self, conn: Connection, first: int, last: int, n: int) -> Callable[[], None]:
        """Start writing the SQLite full-text rows of documents ``first..last``; return the call that waits.

        One statement for the batch (migration 0003): FTS5 flushes a segment per statement savepoint, which
        made the former per-row trigger 2.5x as expensive. The keys were reserved as one range in this write
        transaction, so the range holds exactly the batch's rows. That one statement (tokenising and stemming
        every text, a sixth of a bulk import) runs inside SQLite with the GIL released, so for a large
        batch it runs on a helper thread while the caller builds the child rows in Python; the caller does
        not touch the connection until it has waited. PostgreSQL computes its tsvector itself.
        """
        if self.dialect != "sqlite":
            return lambda: None
        sql = (
            "INSERT INTO documents_fts(rowid, title, text) SELECT pk, coalesce(title, ''), text "
            "FROM documents WHERE pk BETWEEN ? AND ?"
        )
        if n < BACKGROUND_FTS_MIN:
            conn.exec_driver_sql(sql, (first, last))
            return lambda: None
        driver: Any = conn.connection.driver_connection

        def index() -> None:
            driver.execute(sql, (first, last)).close()

        return _in_background(index, name="communique-fts")

    def _insert_ignore(self, table: Any) -> Any:
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            return sqlite_insert(table).on_conflict_do_nothing()
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).on_conflict_do_nothing()
        return insert(table)

    def _add_source(self, conn: Connection, doc_pk: int, row: dict[str, Any]) -> None:
        conn.execute(self._insert_ignore(SOURCES), {**row, "doc_pk": doc_pk})

    def _replace(self, conn: Connection, p: _Pending, dv_id: int, now: datetime) -> None:
        """Recode: replace every coded row of a stored document inside the caller's transaction."""
        pk = p.existing_pk
        assert pk is not None
        # Lock the document row first (PostgreSQL; SQLite has one writer): a concurrent recoder of it waits
        # here, before its first DELETE, and then sees this writer's committed children, not a stale
        # snapshot whose rows it would insert again over the committed ones (evidence_pkey).
        locked = select(DOCS.c.canonical_pk).where(DOCS.c.pk == pk).with_for_update()
        canonical = conn.execute(locked).scalar_one()
        for table in (EVIDENCE, STANCES, EVENT_ACTORS, EVENTS, DOC_ACTORS, MENTIONS, SENTENCES):
            conn.execute(delete(table).where(table.c.doc_pk == pk))
        row = _document_row(p.coded.document, dv_id, now)
        row.pop("id")
        if canonical is None:
            row.update(
                n_events=len(p.coded.events),
                n_stances=len(p.coded.stances),
                n_sentences=len(p.coded.document.sentences),
            )
            conn.execute(update(DOCS).where(DOCS.c.pk == pk).values(**row))
            children: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            _child_rows(p.coded, pk, children)
            self._insert_children(conn, children)
        else:
            row.update(n_events=0, n_stances=0, n_sentences=0)
            conn.execute(update(DOCS).where(DOCS.c.pk == pk).values(**row))

    # -- near-duplicate grouping of a batch ------------------------------------------------------------
    def _find_reposts(
        self, conn: Connection, pending: list[_Pending], signatures: _Signatures | None = None
    ) -> None:
        """Mark pending documents that repeat a stored or earlier pending statement as reposts.

        ``signatures``: the shingle arrays and band keys of every pending document, when computed ahead
        (``add_many`` computes the next batch's while this one commits); otherwise computed here.
        """
        fresh = [(i, p) for i, p in enumerate(pending) if p.status == "new"]
        if not fresh:
            return
        # Exported grouping first: a record that says which statement it reposts keeps that canonical.
        batch_index = {p.coded.document.id: i for i, p in fresh}
        wanted = sorted(
            {str(p.hint["duplicate_of"]) for _, p in fresh if p.hint and p.hint.get("duplicate_of")}
        )
        stored_ids: dict[str, int] = {}
        for chunk in _chunks(wanted, 500):
            stored_ids.update(
                dict(conn.execute(select(DOCS.c.id, DOCS.c.pk).where(DOCS.c.id.in_(chunk))).all())
            )
        for i, p in fresh:
            target = p.hint.get("duplicate_of") if p.hint else None
            if not target:
                continue
            if target in stored_ids:
                p.status, p.canonical, p.canonical_is_pk = "duplicate", stored_ids[target], True
            elif batch_index.get(target, i) < i and pending[batch_index[target]].status == "new":
                p.status, p.canonical, p.canonical_is_pk = "duplicate", batch_index[target], False
            if p.status == "duplicate":
                sim = p.hint.get("similarity") if p.hint else None
                p.similarity = float(sim) if isinstance(sim, int | float) else None
        fresh = [(i, p) for i, p in fresh if p.status == "new"]
        if not fresh:
            return
        # Shingles and band keys of the whole batch in a few numpy passes (same keys as dedup.band_keys).
        # Shingle sets are built only for statements compared with another (``_Pending.shingle_set``).
        if signatures is not None and len(signatures[0]) == len(pending):
            # Rows of the fresh statements: each set's keys depend on that set only.
            arrays = [signatures[0][i] for i, _ in fresh]
            matrix = signatures[1][[i for i, _ in fresh]]
        else:
            arrays, matrix = _signatures([p.coded.document.text for _, p in fresh])
        for (_, p), array, keys in zip(fresh, arrays, matrix.tolist(), strict=True):
            p.shingle_array, p.keys = array, keys
        cap = dedup.BUCKET_CAP
        # Buckets never shrink (documents are not deleted; a rolled-back batch clears this cache), so a
        # bucket once seen full stays full: it neither votes nor takes members, and is not fetched again.
        full = self._full_buckets
        # Band keys are salted with their band (dedup.band_keys), so a key alone names a bucket.
        unique, counts = np.unique(matrix, return_counts=True)
        lookup = [key for key in unique.tolist() if key not in full]
        hits: dict[int, list[int]] = {}
        # Raw DBAPI cursor and one row per bucket (its members joined): a templated batch fetches ~100k
        # bucket members, and per-row processing used to cost more than the lookup itself.
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        joined = "group_concat(doc_pk)" if self.dialect == "sqlite" else "string_agg(doc_pk::text, ',')"
        cursor = conn.connection.cursor()
        try:
            for chunk in _chunks(lookup, 900):
                marks = ", ".join([mark] * len(chunk))
                cursor.execute(
                    f"SELECT key, {joined} FROM lsh_buckets WHERE key IN ({marks}) GROUP BY key", list(chunk)
                )
                for key, members in cursor.fetchall():
                    hits[key] = list(map(int, members.split(",")))
        finally:
            cursor.close()
        live: dict[int, list[int]] = {}
        # Members known per bucket (stored ones; a full bucket counts as full) for the cap below.
        known: dict[int, int] = {}
        for key, members in hits.items():
            known[key] = len(members)
            if len(members) >= cap:
                full.add(key)
            else:
                # Oldest statement first, as SQLite's index returns them: vote ties are broken by this order.
                members.sort()
                live[key] = members
        # A statement none of whose band keys is in a stored bucket or shared with another statement of the
        # batch (most statements of a batch of new ones) has no candidate, votes for no one, and no one
        # votes for it: it is new and keeps its keys (but those of full buckets). Only the others go
        # through the per-key bookkeeping below, in batch order as before, so grouping is unchanged.
        touched = set(unique[counts > 1].tolist())
        touched.update(hits)
        involved = [(i, p) for i, p in fresh if not touched.isdisjoint(p.keys)]
        for _, p in fresh:
            if full.isdisjoint(p.keys):
                p.lsh = p.keys  # type: ignore[assignment]
            else:
                p.lsh = [None if key in full else key for key in p.keys]
                for key in p.keys:
                    if key in full:
                        known[key] = cap
        stored = self._shingle_cache
        candidates: dict[int, list[int]] = {}
        for i, p in involved:
            # Counter counts in C, keeping first-seen order, so ties sort as before (stable sort).
            votes = Counter(chain.from_iterable(filter(None, map(live.get, p.keys))))
            candidates[i] = sorted(votes, key=votes.__getitem__, reverse=True)[:5]
        # Bounded: oldest entries go first, before this batch's candidates are looked up (trimming after
        # the lookup could drop a candidate that was already cached).
        while len(stored) > self.shingle_cache_size:
            stored.pop(next(iter(stored)))
        # One round trip for the texts of every stored candidate of the batch.
        needed = sorted({pk for c in candidates.values() for pk in c if pk not in stored})
        for chunk in _chunks(needed, 500):
            rows = conn.execute(select(DOCS.c.pk, DOCS.c.text, DOCS.c.date).where(DOCS.c.pk.in_(chunk))).all()
            for (pk, _, date), array in zip(rows, dedup.shingle_arrays([r[1] for r in rows]), strict=True):
                stored[pk] = (array, dedup.day_of(date), array)
        # Statements of this batch kept so far, per bucket: members of buckets still under the cap (they
        # vote) and the member count of every bucket (the cap).
        batch_live: dict[int, list[int]] = {}
        batch_count: dict[int, int] = {}
        days = {i: dedup.day_of(p.coded.document.date) for i, p in involved}
        within, score_of = dedup.within_window, dedup.repost_score
        for i, p in involved:
            day = days[i]
            best: tuple[float, int, bool] | None = None
            for pk in candidates[i]:
                sh, other_day, seq = stored[pk]
                if not within(other_day, day):
                    continue
                if not isinstance(sh, set):
                    sh = set(sh.tolist())
                    stored[pk] = (sh, other_day, seq)
                score = score_of(sh, p.shingle_set(), seq, p.shingle_array)
                if score is not None and (best is None or score > best[0]):
                    best = (score, pk, True)
            batch_votes = Counter(chain.from_iterable(filter(None, map(batch_live.get, p.keys))))
            for j in sorted(batch_votes, key=batch_votes.__getitem__, reverse=True)[:5]:
                if not within(days[j], day):
                    continue
                score = score_of(
                    pending[j].shingle_set(), p.shingle_set(), pending[j].shingle_array, p.shingle_array
                )
                if score is not None and (best is None or score > best[0]):
                    best = (score, j, False)
            if best is not None:
                p.status = "duplicate"
                p.similarity = round(best[0], 4)
                p.canonical = best[1]
                p.canonical_is_pk = best[2]
                p.keys = []
                p.lsh = None
            else:
                # Full buckets get no more members: they stay small, so lookups stay cheap.
                kept: list[int | None] = []
                for key in p.keys:
                    n = batch_count.get(key, 0)
                    kept.append(key if known.get(key, 0) + n < cap else None)
                    n += 1
                    batch_count[key] = n
                    if n < cap:
                        members = batch_live.get(key)
                        if members is None:
                            batch_live[key] = [i]
                        else:
                            members.append(i)
                    elif n == cap:
                        del batch_live[key]
                p.lsh = kept


# -- helpers of the bulk write path ---------------------------------------------------------------------
@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a batch is built and written.

    A batch allocates ~300,000 row tuples and hash sets that live until it is written; each allocation
    burst triggers collections that walk every live object (the caller's coded documents too), ~10% of the
    bulk-import time. Reference counting still frees everything; a batch creates no reference cycles worth
    collecting, and the collector runs again right after the batch.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _in_background(work: Callable[[], R], name: str) -> Callable[[], R]:
    """Run ``work`` on a helper thread; return the call that waits for it: its result, or its error."""
    result: list[R] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:  # handed to the waiting thread, which reports or rolls back
            failure.append(error)

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()

    def wait() -> R:
        thread.join()
        if failure:
            raise failure[0]
        return result[0]

    return wait


def _signatures(texts: Sequence[str]) -> _Signatures:
    """Shingle arrays and LSH band keys (one row per text) of a batch of texts."""
    arrays = dedup.shingle_arrays(texts)
    return arrays, dedup.band_key_matrix(arrays)
