"""``Corpus``: a database of coded statements (SQLite by default, PostgreSQL for teams).

Writes are one transaction per document (``add``) or per batch of documents (``add_many``); a document is
therefore stored completely or not at all, and a crash leaves nothing half-written. Reads use indexed paths
only: events by document, by actor code, by CAMEO root and by date; documents by date (keyset cursors), by
actor (``doc_actors``), and by text (FTS5 / tsvector).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import operator
import os
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    exc,
    func,
    insert,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.engine import make_url

from communique.model import (
    Actor,
    CodedDocument,
    CommuniqueError,
    Document,
    Event,
    Evidence,
    Issue,
    Sentence,
    Stance,
)
from communique.store import dedup
from communique.store.migrate import ensure_schema
from communique.store.schema import ISSUER_ONLY, Base
from communique.store.search import (
    _CODE,
    ACTORS,
    DOC_ACTORS,
    DOCS,
    EVENT_ACTORS,
    EVENTS,
    STANCES,
    Filters,
    QueryBuilder,
    actor_keys,
    decode_cursor,
    encode_cursor,
    fts5_query,
    prefix_upper,
)
from communique.store.version import dictionary_version

if TYPE_CHECKING:
    import pandas as pd

    from communique.ingest import IngestOptions
    from communique.pipeline import CodingOptions
    from communique.store.ingest import IngestSummary

T = Base.metadata.tables
SENTENCES = T["sentences"]
MENTIONS = T["mentions"]
EVIDENCE = T["evidence"]
LSH = T["lsh_buckets"]
SOURCES = T["document_sources"]
DICTS = T["dictionary_versions"]
META = T["corpus_meta"]

DEFAULT_URL = "sqlite:///./communique.db"
#: Below this many matches, a text or actor filter drives a SQLite search (see ``Corpus._sqlite_driver``).
DRIVER_CAP = 2000
MAX_LIMIT = 1000
R = TypeVar("R")
#: Per document of a batch: its shingle hashes, and the batch's LSH band keys (one row per document).
_Signatures = tuple[list[Any], Any]
#: From this many documents on, ``optimize`` also merges the SQLite full-text index into one segment.
FTS_MERGE_MIN = 20_000
#: Batches of at least this many documents write their full-text rows on a helper thread (``_index_text``).
BACKGROUND_FTS_MIN = 100
#: CAMEO root code → (root name, quad class). Quad classes follow the CAMEO/Phoenix convention.
CAMEO_ROOTS: dict[str, tuple[str, str]] = {
    "01": ("Make public statement", "verbal cooperation"),
    "02": ("Appeal", "verbal cooperation"),
    "03": ("Express intent to cooperate", "verbal cooperation"),
    "04": ("Consult", "verbal cooperation"),
    "05": ("Engage in diplomatic cooperation", "verbal cooperation"),
    "06": ("Engage in material cooperation", "material cooperation"),
    "07": ("Provide aid", "material cooperation"),
    "08": ("Yield", "material cooperation"),
    "09": ("Investigate", "verbal conflict"),
    "10": ("Demand", "verbal conflict"),
    "11": ("Disapprove", "verbal conflict"),
    "12": ("Reject", "verbal conflict"),
    "13": ("Threaten", "verbal conflict"),
    "14": ("Protest", "material conflict"),
    "15": ("Exhibit force posture", "material conflict"),
    "16": ("Reduce relations", "material conflict"),
    "17": ("Coerce", "material conflict"),
    "18": ("Assault", "material conflict"),
    "19": ("Fight", "material conflict"),
    "20": ("Use unconventional mass violence", "material conflict"),
}
QUAD_CLASS = {
    "verbal cooperation": 1,
    "material cooperation": 2,
    "verbal conflict": 3,
    "material conflict": 4,
}
_ERRORS = {
    "database or disk is full": "the disk holding the database is full",
    "attempt to write a readonly database": "the database is read-only",
    "readonly database": "the database is read-only",
    "disk i/o error": "disk I/O error",
    "unable to open database file": "cannot open the database file",
    "file is not a database": "the file is not a database",
    "no space left on device": "the disk holding the database is full",
}


@dataclass
class SearchPage:
    """One page of results and the cursor of the next page (``None`` on the last page)."""

    items: list[dict[str, Any]]
    next_cursor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"items": self.items, "next_cursor": self.next_cursor}


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


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL from ``url``, ``$COMMUNIQUE_DB`` or the default; bare paths mean SQLite files."""
    url = url or os.environ.get("COMMUNIQUE_DB") or DEFAULT_URL
    if "://" not in url:
        url = "sqlite:///" + url
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def explain_db_error(error: BaseException) -> str:
    """A one-line, user-facing reason for a database error."""
    original = getattr(error, "orig", None) or error
    message = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    low = message.lower()
    for needle, reason in _ERRORS.items():
        if needle in low:
            return reason
    return message


def summary_columns() -> list[Any]:
    """Columns of a document summary row (search results, actor pages): metadata plus a text snippet."""
    return [
        DOCS.c.pk,
        DOCS.c.id,
        DOCS.c.title,
        DOCS.c.date,
        DOCS.c.sort_date,
        DOCS.c.source,
        DOCS.c.url,
        DOCS.c.language,
        DOCS.c.n_events,
        DOCS.c.n_stances,
        DOCS.c.n_sentences,
        DOCS.c.canonical_pk,
        func.substr(DOCS.c.text, 1, 240).label("snippet"),
    ]


class Corpus:
    """A corpus of coded statements stored in SQLite or PostgreSQL."""

    #: Shingle sets of stored statements kept in memory between batches (recent ones first to go).
    shingle_cache_size = 20_000

    def __init__(self, url: str | None = None, *, dedup: bool = True, create: bool = True) -> None:
        self.url = normalise_url(url)
        self.dedup = dedup
        self.read_only = False
        self._ro_path = ""
        self._create = create
        # An older, readable schema opened with create=False: upgraded by the first write transaction.
        self._stale_schema = False
        try:
            parsed = make_url(self.url)
        except Exception as error:  # SQLAlchemy raises ArgumentError and friends for malformed URLs
            raise CommuniqueError(f"invalid database URL {self.url!r}: {error}") from error
        self.display_url = parsed.render_as_string(hide_password=True)
        try:
            self.engine = self._make_engine(parsed)
        except (exc.SQLAlchemyError, ImportError) as error:
            raise CommuniqueError(f"cannot open database {self.display_url}: {error}") from error
        self.dialect = self.engine.dialect.name
        # Raw DBAPI errors (from the bulk executemany path) are reported like SQLAlchemy's own.
        self._db_errors: tuple[type[BaseException], ...] = (
            exc.SQLAlchemyError,
            OSError,
            self.engine.dialect.loaded_dbapi.Error,
        )
        self.q = QueryBuilder(self.dialect)
        self._dv_cache: dict[str, int] = {}
        # Shingles of stored canonical documents recently written or compared against (pk → shingles, day):
        # a set once compared, the compact hash array until then.
        # pk → (shingle array or set, day, shingles in text order for block_score or None)
        self._shingle_cache: dict[int, tuple[set[int] | Any, int | None, Any]] = {}
        # LSH buckets seen holding dedup.BUCKET_CAP statements (boilerplate): never fetched again.
        self._full_buckets: set[int] = set()
        # SQLite bulk import: the WAL checkpoint running on a helper thread (``_start_checkpoint``).
        self._checkpointer: threading.Thread | None = None
        try:
            if self.read_only:
                try:
                    self._check_read_only()
                except self._db_errors:
                    # A WAL database on read-only media cannot get its -shm file: read it as immutable.
                    self.engine.dispose()
                    immutable = make_url(self.url).set(
                        database=f"file:{self._ro_path}?mode=ro&immutable=1", query={"uri": "true"}
                    )
                    self.engine = self._make_engine(immutable)
                    self._check_read_only()
            elif create:
                with self._write() as conn:
                    ensure_schema(conn)
            else:
                self._check_existing()
        except CommuniqueError:
            self.engine.dispose()
            raise
        except (exc.SQLAlchemyError, OSError) as error:
            self.engine.dispose()
            raise CommuniqueError(
                f"cannot open database {self.display_url}: {explain_db_error(error)}"
            ) from error

    # -- connection handling ---------------------------------------------------------------------------
    def _check_existing(self) -> None:
        """With ``create=False``: the database must already be a corpus of a schema this code reads.

        An older revision this code reads as it is (``READABLE_REVISIONS``) is opened unchanged; the first
        write upgrades it inside that write's transaction (see ``_write``).
        """
        from communique.store.migrate import current_revision, known_revisions
        from communique.store.schema import READABLE_REVISIONS, SCHEMA_REVISION

        with self._read() as conn:
            rev = current_revision(conn)
        if rev is None:
            raise CommuniqueError(f"{self.display_url} is not a communique corpus (no schema; ingest first)")
        if rev not in READABLE_REVISIONS:
            newer = rev not in known_revisions()
            raise CommuniqueError(
                f"{self.display_url}: schema version {rev}"
                + (" is newer than this communique understands" if newer else " needs an upgrade")
                + "; nothing was changed"
            )
        self._stale_schema = rev != SCHEMA_REVISION

    def _check_read_only(self) -> None:
        from communique.store.migrate import current_revision, known_revisions
        from communique.store.schema import READABLE_REVISIONS, SCHEMA_REVISION

        with self.engine.connect() as conn:
            rev = current_revision(conn)
        if rev not in READABLE_REVISIONS:
            newer = rev is not None and rev not in known_revisions()
            raise CommuniqueError(
                f"{self.display_url}: read-only database has schema version {rev}"
                + (", newer than this communique understands" if newer else "")
                + f"; this communique needs {SCHEMA_REVISION} and cannot upgrade a read-only file"
            )

    def _make_engine(self, parsed: Any) -> Engine:
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                path = Path(database).expanduser()
                if path.exists() and not os.access(path, os.W_OK):
                    # Open read-only so reading a shared, write-protected corpus still works.
                    self.read_only = True
                    self._ro_path = str(path.resolve())
                    parsed = parsed.set(database=f"file:{self._ro_path}?mode=ro", query={"uri": "true"})
                elif not path.exists() and not self._create:
                    raise CommuniqueError(f"no corpus at {database} (the file does not exist)")
                elif not path.parent.exists():
                    raise CommuniqueError(
                        f"cannot create database {database}: directory {path.parent} does not exist"
                    )
            engine = create_engine(parsed, connect_args={"timeout": 60, "check_same_thread": False})
            read_only = self.read_only

            @event.listens_for(engine, "connect")
            def _on_connect(dbapi_connection: Any, _record: Any) -> None:
                # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit transactions
                # would defer the write lock and risk "database is locked" deadlocks between writers).
                dbapi_connection.isolation_level = None
                cur = dbapi_connection.cursor()
                if read_only:
                    cur.execute("PRAGMA query_only=ON")
                else:
                    # WAL: readers never block the writer; synchronous=NORMAL in WAL mode never corrupts
                    # and loses at most the last commits on power loss (not on a process crash/SIGKILL).
                    cur.execute("PRAGMA journal_mode=WAL")
                    cur.execute("PRAGMA synchronous=NORMAL")
                cur.execute("PRAGMA foreign_keys=ON")
                cur.execute("PRAGMA busy_timeout=60000")
                cur.execute("PRAGMA cache_size=-65536")
                cur.close()

            @event.listens_for(engine, "begin")
            def _on_begin(conn: Connection) -> None:
                immediate = conn.get_execution_options().get("immediate", False)
                conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

            return engine
        if parsed.get_backend_name() == "postgresql":
            return create_engine(
                parsed,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 10},
                pool_size=10,
                max_overflow=20,
            )
        return create_engine(parsed)

    def _connect(self) -> Connection:
        """A pooled connection; failing to connect is reported as such (not as a failed transaction)."""
        try:
            return self.engine.connect()
        except self._db_errors as error:
            raise CommuniqueError(
                f"cannot open database {self.display_url}: {explain_db_error(error)}"
            ) from error

    @contextlib.contextmanager
    def _write(self, *, bulk: bool = False) -> Iterator[Connection]:
        """A write transaction (BEGIN IMMEDIATE on SQLite); database errors become ``CommuniqueError``.

        ``bulk`` (SQLite, ``add_many`` only): foreign-key checks are off for the transaction. Its rows are
        built together with the keys reserved in the same transaction, and it deletes no document, so the
        checks cannot fail; they cost a quarter of the insert time (one parent lookup per child row).
        ``secure_delete`` (compiled on in this Python's SQLite) is off too: the pages a bulk batch frees are
        the full-text index's own merged segments, whose terms stay in the merged segment, so zeroing them
        protects nothing and costs ~2% of the batch. Journal and ``synchronous`` are unchanged (WAL, NORMAL):
        a killed process loses no committed batch and leaves no part of one.
        """
        if self.read_only:
            raise CommuniqueError(f"{self.display_url}: the database is read-only; nothing was written")
        with self._connect() as raw:
            # The pragma is a no-op inside a transaction: set it on the driver connection before BEGIN.
            driver = raw.connection.driver_connection if bulk and self.dialect == "sqlite" else None
            secure_delete = None
            if driver is not None:
                driver.execute("PRAGMA foreign_keys=OFF")
                # No automatic checkpoint in the committing connection: add_many checkpoints on a helper
                # thread between batches (``_start_checkpoint``).
                driver.execute("PRAGMA wal_autocheckpoint=0")
                secure_delete = driver.execute("PRAGMA secure_delete").fetchone()[0]
                driver.execute("PRAGMA secure_delete=OFF")
            try:
                conn = raw.execution_options(immediate=True)
                stale = self._stale_schema
                with conn.begin():
                    if stale:
                        ensure_schema(conn)
                    yield conn
                if stale:  # only once the upgrade is committed
                    self._stale_schema = False
            except CommuniqueError:
                raise
            except self._db_errors as error:
                raise CommuniqueError(
                    f"{self.display_url}: {explain_db_error(error)}; the transaction was rolled back, "
                    "nothing was half-written"
                ) from error
            finally:
                if driver is not None:
                    driver.execute("PRAGMA foreign_keys=ON")
                    driver.execute("PRAGMA wal_autocheckpoint=1000")
                    driver.execute(f"PRAGMA secure_delete={int(secure_delete or 0)}")

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with self._connect() as conn:
            try:
                yield conn
            except CommuniqueError:
                raise
            except self._db_errors as error:
                raise CommuniqueError(f"{self.display_url}: {explain_db_error(error)}") from error

    def close(self) -> None:
        """Release every connection."""
        self._finish_checkpoint()
        self.engine.dispose()

    def _start_checkpoint(self) -> None:
        """SQLite bulk import: copy the WAL into the database file on a helper thread (unless one runs).

        A bulk batch turns automatic checkpoints off (``_write``): run inside the committing connection, a
        checkpoint copies and syncs tens of MB while the import waits. A PASSIVE checkpoint on its own
        connection runs alongside the next batch instead (WAL allows it: it takes no write lock and copies
        only committed frames), inside SQLite with the GIL released. Once it has copied everything, the next
        batch starts the WAL file over, so the file stays about two batches long. Crash-safe at any point,
        like every checkpoint; a failed one is left to the next checkpoint (automatic after the import).
        """
        if self.dialect != "sqlite" or (self._checkpointer is not None and self._checkpointer.is_alive()):
            return

        def run() -> None:
            with contextlib.suppress(*self._db_errors):
                raw = self.engine.raw_connection()
                try:
                    # The driver connection is in autocommit mode (no BEGIN): PRAGMA wal_checkpoint must
                    # run outside a transaction.
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").close()  # type: ignore[union-attr]
                finally:
                    raw.close()

        self._checkpointer = threading.Thread(target=run, name="communique-checkpoint", daemon=True)
        self._checkpointer.start()

    def _finish_checkpoint(self) -> None:
        """Wait for the helper thread's WAL checkpoint, if one runs."""
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.display_url!r})"

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
            dv_id = conn.execute(
                insert(DICTS).returning(DICTS.c.id),
                {"hash": version, "detail": detail, "created_at": datetime.now(UTC)},
            ).scalar_one()
        else:
            dv_id = row[0]
        self._dv_cache[version] = dv_id
        return dv_id

    def add(
        self, coded: CodedDocument, *, recode: bool = False, dictionary_version: str | None = None
    ) -> str:
        """Store one coded document in its own transaction; return new/skipped/recoded/duplicate."""
        try:
            with self._write() as conn:
                return self._add_batch(conn, [coded], recode=recode, dictionary_version=dictionary_version)[0]
        except BaseException:
            self._forget()
            raise

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

        def flush(
            batch: list[CodedDocument],
            hints: Hints,
            ready: Callable[[], _Signatures] | None,
            upcoming: list[CodedDocument],
        ) -> Callable[[], _Signatures] | None:
            """Write one batch; return the wait for the upcoming batch's signatures (computed meanwhile)."""
            ahead: Callable[[], _Signatures] | None = None
            try:
                signatures = ready() if ready is not None else None
                with self._write(bulk=True) as conn, _cyclic_gc_paused():
                    statuses = self._add_batch(
                        conn,
                        batch,
                        recode=recode,
                        dictionary_version=dictionary_version,
                        hints=hints,
                        signatures=signatures,
                    )
                    if upcoming and self.dedup:
                        # The commit below runs inside SQLite with the GIL released: the upcoming batch's
                        # shingles and band keys (pure computation, no database) are computed meanwhile,
                        # on a helper thread that is waited for before that batch touches the database.
                        texts = [c.document.text for c in upcoming]
                        ahead = _in_background(lambda: _signatures(texts), name="communique-signatures")
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

    def ingest(
        self,
        sources: Sequence[str],
        *,
        ingest_options: IngestOptions | None = None,
        coding_options: CodingOptions | None = None,
        recode: bool = False,
        workers: int = 1,
        progress: bool = True,
    ) -> IngestSummary:
        """Read, code and store sources, one transaction per document; skip documents already stored."""
        from communique.store.ingest import ingest_sources

        return ingest_sources(
            self,
            sources,
            ingest_options=ingest_options,
            coding_options=coding_options,
            recode=recode,
            workers=workers,
            progress=progress,
        )

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
        canonical = conn.execute(select(DOCS.c.canonical_pk).where(DOCS.c.pk == pk)).scalar_one()
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

    # -- reading documents -----------------------------------------------------------------------------
    def _doc_pk(self, conn: Connection, doc_id: str) -> int | None:
        return conn.execute(select(DOCS.c.pk).where(DOCS.c.id == doc_id)).scalar_one_or_none()

    def document(self, doc_id: str) -> CodedDocument | None:
        """The stored coded document with this id (a repost has its text and metadata but no coding)."""
        with self._read() as conn:
            row = conn.execute(select(DOCS).where(DOCS.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            return self._load_coded(conn, [row])[0]

    def documents(self, doc_ids: Sequence[str]) -> list[CodedDocument]:
        """The stored coded documents with these ids, in the given order (missing ids are left out)."""
        with self._read() as conn:
            rows = conn.execute(select(DOCS).where(DOCS.c.id.in_(list(doc_ids)))).mappings().all()
            by_id = {c.document.id: c for c in self._load_coded(conn, rows)}
        return [by_id[i] for i in doc_ids if i in by_id]

    def iter_documents(self, *, batch_size: int = 500, **filters: Any) -> Iterator[CodedDocument]:
        """Every matching coded document (reposts included unless filtered), in storage order."""
        for coded, _info in self.iter_records(batch_size=batch_size, **filters):
            yield coded

    def iter_records(
        self, *, batch_size: int = 500, **filters: Any
    ) -> Iterator[tuple[CodedDocument, dict[str, Any]]]:
        """Matching coded documents in storage order, each with its store facts (for export/import).

        The facts are ``duplicate_of`` (canonical id of a repost), ``similarity``, ``dictionary_version``
        and ``sources`` (exact reposts elsewhere: source, url, title, date).
        """
        f = Filters.make(**{"include_duplicates": True, **filters})
        last = 0
        dv_names: dict[int, str] = {}
        while True:
            with self._read() as conn:
                where = [*self.q.doc_where(f, self._codes_for(conn, f.actor)), DOCS.c.pk > last]
                stmt = select(DOCS).where(*where).order_by(DOCS.c.pk).limit(batch_size)
                rows = conn.execute(stmt).mappings().all()
                if not rows:
                    return
                coded = self._load_coded(conn, rows)
                pks = [r["pk"] for r in rows]
                canon = sorted({r["canonical_pk"] for r in rows if r["canonical_pk"] is not None})
                canon_ids = dict(conn.execute(select(DOCS.c.pk, DOCS.c.id).where(DOCS.c.pk.in_(canon))).all())
                if not dv_names:
                    dv_names.update(dict(conn.execute(select(DICTS.c.id, DICTS.c.hash)).all()))
                exact: dict[int, list[dict[str, Any]]] = defaultdict(list)
                for r in conn.execute(select(SOURCES).where(SOURCES.c.doc_pk.in_(pks))).mappings():
                    exact[r["doc_pk"]].append(_exact_source(r))
            for row, c in zip(rows, coded, strict=True):
                info = {
                    "duplicate_of": canon_ids.get(row["canonical_pk"]) if row["canonical_pk"] else None,
                    "similarity": row["similarity"],
                    "dictionary_version": dv_names.get(row["dictionary_version_id"]),
                    "sources": exact.get(row["pk"], []),
                }
                yield c, info
            last = rows[-1]["pk"]

    def document_info(self, doc_id: str) -> dict[str, Any] | None:
        """Store facts about a document: repost status, all its sources, dictionary version, coding time."""
        with self._read() as conn:
            row = conn.execute(select(DOCS).where(DOCS.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            canonical_id = None
            if row["canonical_pk"] is not None:
                canonical_id = conn.execute(
                    select(DOCS.c.id).where(DOCS.c.pk == row["canonical_pk"])
                ).scalar_one_or_none()
            dv = None
            if row["dictionary_version_id"] is not None:
                dv = conn.execute(
                    select(DICTS.c.hash).where(DICTS.c.id == row["dictionary_version_id"])
                ).scalar_one_or_none()
            root_pk = row["canonical_pk"] or row["pk"]
            return {
                "id": row["id"],
                "duplicate_of": canonical_id,
                "similarity": row["similarity"],
                "dictionary_version": dv,
                "coded_at": row["coded_at"].isoformat() if row["coded_at"] else None,
                "sources": self._sources(conn, [root_pk])[root_pk],
            }

    def sources(self, doc_id: str) -> list[dict[str, Any]]:
        """Every place this statement was published: itself, exact reposts and near-duplicate reposts."""
        info = self.document_info(doc_id)
        return info["sources"] if info else []

    def _sources(self, conn: Connection, pks: list[int]) -> dict[int, list[dict[str, Any]]]:
        out: dict[int, list[dict[str, Any]]] = {pk: [] for pk in pks}
        if not pks:
            return out
        cols = (DOCS.c.pk, DOCS.c.id, DOCS.c.source, DOCS.c.url, DOCS.c.title, DOCS.c.date, DOCS.c.similarity)
        for r in conn.execute(select(*cols).where(DOCS.c.pk.in_(pks))).mappings():
            out[r["pk"]].append(_src(r, r["id"], None))
        rows = conn.execute(
            select(*cols, DOCS.c.canonical_pk).where(DOCS.c.canonical_pk.in_(pks)).order_by(DOCS.c.pk)
        )
        for r in rows.mappings():
            out[r["canonical_pk"]].append(_src(r, r["id"], r["similarity"]))
        exact = conn.execute(select(SOURCES).where(SOURCES.c.doc_pk.in_(pks)))
        for r in exact.mappings():
            out[r["doc_pk"]].append({**_exact_source(r), "similarity": 1.0})
        # Sub-rows of the same doc id (exact reposts) name the canonical's id.
        return out

    def _load_coded(self, conn: Connection, rows: Sequence[Any]) -> list[CodedDocument]:
        pks = [r["pk"] for r in rows]
        sentences: dict[int, list[Sentence]] = defaultdict(list)
        mentions: dict[int, dict[str, list[Actor]]] = defaultdict(lambda: {"issuer": [], "actor": []})
        events: dict[int, list[Event]] = defaultdict(list)
        stances: dict[int, list[Stance]] = defaultdict(list)
        texts = {r["pk"]: r["text"] for r in rows}
        for chunk in _chunks(pks, 500):
            for s in conn.execute(
                select(SENTENCES)
                .where(SENTENCES.c.doc_pk.in_(chunk))
                .order_by(SENTENCES.c.doc_pk, SENTENCES.c.idx)
            ).mappings():
                sentences[s["doc_pk"]].append(
                    Sentence(
                        index=s["idx"],
                        start=s["start"],
                        end=s["end"],
                        text=texts[s["doc_pk"]][s["start"] : s["end"]],
                    )
                )
            for m in conn.execute(
                select(MENTIONS)
                .where(MENTIONS.c.doc_pk.in_(chunk))
                .order_by(MENTIONS.c.doc_pk, MENTIONS.c.ordinal)
            ).mappings():
                mentions[m["doc_pk"]][m["role"]].append(_actor(m))
            for pk, evs in self._load_events(conn, list(chunk)).items():
                events[pk] = [Event.from_dict(e) for e in evs]
            for pk, sts in self._load_stances(conn, list(chunk)).items():
                stances[pk] = sts
        out = []
        for r in rows:
            pk = r["pk"]
            doc = Document(
                id=r["id"],
                text=r["text"],
                external_id=r["external_id"],
                source=r["source"],
                url=r["url"],
                title=r["title"],
                date=r["date"],
                language=r["language"],
                issuers=mentions[pk]["issuer"],
                sentences=sentences[pk],
            )
            out.append(
                CodedDocument(
                    document=doc, actors=mentions[pk]["actor"], events=events[pk], stances=stances[pk]
                )
            )
        return out

    def _load_events(
        self, conn: Connection, doc_pks: list[int], where: Any = None
    ) -> dict[int, list[dict[str, Any]]]:
        stmt = select(EVENTS).where(EVENTS.c.doc_pk.in_(doc_pks)).order_by(EVENTS.c.doc_pk, EVENTS.c.ordinal)
        rows = conn.execute(stmt).mappings().all()
        return self._events_with_actors(conn, rows)

    def _events_with_actors(self, conn: Connection, rows: Sequence[Any]) -> dict[int, list[dict[str, Any]]]:
        doc_pks = sorted({r["doc_pk"] for r in rows})
        roles: dict[tuple[int, int], dict[str, list[dict[str, Any]]]] = defaultdict(
            lambda: {"source": [], "target": []}
        )
        for chunk in _chunks(doc_pks, 500):
            for a in conn.execute(
                select(EVENT_ACTORS)
                .where(EVENT_ACTORS.c.doc_pk.in_(chunk))
                .order_by(EVENT_ACTORS.c.doc_pk, EVENT_ACTORS.c.event_ordinal, EVENT_ACTORS.c.ordinal)
            ).mappings():
                roles[(a["doc_pk"], a["event_ordinal"])][a["role"]].append(_actor(a).to_dict())
        out: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            key = (r["doc_pk"], r["ordinal"])
            out[r["doc_pk"]].append(_event_dict(r, roles[key]["source"], roles[key]["target"]))
        return out

    def _load_stances(self, conn: Connection, doc_pks: list[int]) -> dict[int, list[Stance]]:
        ev: dict[tuple[int, int], list[Evidence]] = defaultdict(list)
        for e in conn.execute(
            select(EVIDENCE)
            .where(EVIDENCE.c.doc_pk.in_(doc_pks))
            .order_by(EVIDENCE.c.doc_pk, EVIDENCE.c.stance_ordinal, EVIDENCE.c.ordinal)
        ).mappings():
            ev[(e["doc_pk"], e["stance_ordinal"])].append(_evidence(e))
        out: dict[int, list[Stance]] = defaultdict(list)
        for s in conn.execute(
            select(STANCES).where(STANCES.c.doc_pk.in_(doc_pks)).order_by(STANCES.c.doc_pk, STANCES.c.ordinal)
        ).mappings():
            out[s["doc_pk"]].append(
                Stance(
                    actor=Actor.from_dict(s["actor"]),
                    issue=Issue(id=s["issue_id"], label=s["issue_label"]),
                    stance=s["stance"],
                    confidence=s["confidence"],
                    evidence=ev[(s["doc_pk"], s["ordinal"])],
                )
            )
        return out

    # -- search ----------------------------------------------------------------------------------------
    def _codes_for(self, conn: Connection, actor: str | None) -> list[str]:
        """Codes of actors whose stored name matches ``actor`` (so a name finds coded mentions too)."""
        if not actor:
            return []
        name = " ".join(actor.casefold().split())
        if len(name) < 3:
            return []
        like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = conn.execute(
            select(ACTORS.c.code).where(func.lower(ACTORS.c.name).like(like, escape="\\")).limit(50)
        )
        return [r[0] for r in rows]

    def search(
        self,
        text: str | None = None,
        *,
        actor: str | None = None,
        event: str | None = None,
        issue: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
        include_duplicates: bool = False,
    ) -> SearchPage:
        """Documents matching every filter, newest first, as summaries; page with ``next_cursor``."""
        f = Filters.make(
            text=text,
            actor=actor,
            event=event,
            issue=issue,
            since=since,
            until=until,
            modality=modality,
            include_duplicates=include_duplicates,
        )
        limit = max(1, min(int(limit), MAX_LIMIT))
        with self._read() as conn:
            codes = self._codes_for(conn, f.actor)
            driver = self._sqlite_driver(conn, f, codes)
            where = self.q.doc_where(f, codes, driver=driver)
            if cursor:
                sd, pk = decode_cursor(cursor)
                where.append(tuple_(DOCS.c.sort_date, DOCS.c.pk) < tuple_(sd, pk))
            cols = summary_columns()
            stmt = (
                select(*cols)
                .where(*where)
                .order_by(DOCS.c.sort_date.desc(), DOCS.c.pk.desc())
                .limit(limit + 1)
            )
            if driver == "date":
                stmt = stmt.with_hint(DOCS, "INDEXED BY ix_documents_sort", "sqlite")
            rows = conn.execute(stmt).mappings().all()
            more = len(rows) > limit
            rows = rows[:limit]
            items = self._summaries(conn, rows)
        next_cursor = encode_cursor(rows[-1]["sort_date"], rows[-1]["pk"]) if more and rows else None
        return SearchPage(items=items, next_cursor=next_cursor)

    def _sqlite_driver(self, conn: Connection, f: Filters, codes: list[str]) -> str | None:
        """Pick what drives a SQLite document search: "text", "actor" (few matches) or "date".

        SQLite cannot estimate how many documents an FTS query or an actor matches. A short list of matches
        is best read first and sorted; a long one is best checked document by document while walking the
        date index newest-first, which stops as soon as a page is full. Counting (capped) decides.
        """
        if self.dialect != "sqlite" or not (f.text or f.actor or f.event or f.issue or f.modality):
            return None
        cap = DRIVER_CAP
        counts: dict[str, int] = {}
        if f.text:
            query = fts5_query(f.text)
            if query is None:
                return None
            counts["text"] = conn.exec_driver_sql(
                "SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)",
                (query, cap),
            ).scalar_one()
        if f.actor:
            da = DOC_ACTORS.alias("n_actor")
            inner = select(da.c.doc_pk).where(self.q.actor_conditions(da, f.actor, codes)).limit(cap)
            counts["actor"] = conn.execute(select(func.count()).select_from(inner.subquery())).scalar_one()
        if counts:
            best = min(counts, key=lambda k: counts[k])
            if counts[best] < cap:
                return best
        return "date"

    def _summaries(self, conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        pks = [r["pk"] for r in rows]
        issuers: dict[int, list[dict[str, Any]]] = defaultdict(list)
        dups: Counter[int] = Counter()
        canon_ids: dict[int, str] = {}
        if pks:
            for m in conn.execute(
                select(MENTIONS.c.doc_pk, MENTIONS.c.name, MENTIONS.c.code)
                .where(MENTIONS.c.doc_pk.in_(pks), MENTIONS.c.role == "issuer")
                .order_by(MENTIONS.c.doc_pk, MENTIONS.c.ordinal)
            ):
                issuers[m[0]].append({"name": m[1], "code": m[2]})
            for canon, n in conn.execute(
                select(DOCS.c.canonical_pk, func.count())
                .where(DOCS.c.canonical_pk.in_(pks))
                .group_by(DOCS.c.canonical_pk)
            ):
                dups[canon] += n
            for canon, n in conn.execute(
                select(SOURCES.c.doc_pk, func.count())
                .where(SOURCES.c.doc_pk.in_(pks))
                .group_by(SOURCES.c.doc_pk)
            ):
                dups[canon] += n
            cps = sorted({r["canonical_pk"] for r in rows if r["canonical_pk"] is not None})
            if cps:
                canon_ids = dict(conn.execute(select(DOCS.c.pk, DOCS.c.id).where(DOCS.c.pk.in_(cps))).all())
        out = []
        for r in rows:
            snippet = " ".join((r["snippet"] or "").split())
            out.append(
                {
                    "id": r["id"],
                    "title": r["title"],
                    "date": r["date"],
                    "source": r["source"],
                    "url": r["url"],
                    "language": r["language"],
                    "issuers": issuers[r["pk"]],
                    "n_events": r["n_events"],
                    "n_stances": r["n_stances"],
                    "n_sentences": r["n_sentences"],
                    "n_reposts": dups[r["pk"]],
                    "duplicate_of": canon_ids.get(r["canonical_pk"]) if r["canonical_pk"] else None,
                    "snippet": snippet,
                }
            )
        return out

    # -- events ----------------------------------------------------------------------------------------
    def _event_select(self, conn: Connection, f: Filters, event_dedup: str | None) -> list[Any]:
        where = self.q.event_where(f, self._codes_for(conn, f.actor))
        if event_dedup:
            if event_dedup not in ("day", "document"):
                raise CommuniqueError(f"event_dedup: {event_dedup!r} is not 'day' or 'document'")
            # One event per (day | document, source codes, target codes, CAMEO code): the earliest stored.
            group = EVENTS.c.sort_date if event_dedup == "day" else EVENTS.c.doc_pk
            keep = (
                select(func.min(EVENTS.c.pk))
                .where(*where)
                .group_by(group, EVENTS.c.source_codes, EVENTS.c.target_codes, EVENTS.c.cameo)
            )
            return [EVENTS.c.pk.in_(keep)]
        return where

    def events_page(
        self, *, limit: int = 50, cursor: str | None = None, event_dedup: str | None = None, **filters: Any
    ) -> SearchPage:
        """Events matching the filters, newest first (Event.to_dict() + document_id, date), with a cursor."""
        f = Filters.make(**filters)
        limit = max(1, min(int(limit), MAX_LIMIT))
        with self._read() as conn:
            where = self._event_select(conn, f, event_dedup)
            if cursor:
                sd, pk = decode_cursor(cursor)
                where.append(tuple_(EVENTS.c.sort_date, EVENTS.c.pk) < tuple_(sd, pk))
            stmt = (
                select(EVENTS)
                .where(*where)
                .order_by(EVENTS.c.sort_date.desc(), EVENTS.c.pk.desc())
                .limit(limit + 1)
            )
            rows = conn.execute(stmt).mappings().all()
            more = len(rows) > limit
            rows = rows[:limit]
            by_doc = self._events_with_actors(conn, rows)
        flat: dict[int, dict[str, Any]] = {}
        for evs in by_doc.values():
            for e in evs:
                flat[e["_pk"]] = e
        items = []
        for r in rows:
            item = flat[r["pk"]]
            item.pop("_pk", None)
            items.append(item)
        next_cursor = encode_cursor(rows[-1]["sort_date"], rows[-1]["pk"]) if more and rows else None
        return SearchPage(items=items, next_cursor=next_cursor)

    def iter_events(
        self,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        event_dedup: str | None = None,
        **filters: Any,
    ) -> Iterator[dict[str, Any]]:
        """Iterate matching events newest first (all of them when ``limit`` is None)."""
        remaining = limit
        while True:
            size = 1000 if remaining is None else min(1000, remaining)
            if size <= 0:
                return
            page = self.events_page(limit=size, cursor=cursor, event_dedup=event_dedup, **filters)
            yield from page.items
            if remaining is not None:
                remaining -= len(page.items)
            if not page.next_cursor:
                return
            cursor = page.next_cursor

    def events(self, *, event_dedup: str | None = None, **filters: Any) -> pd.DataFrame:
        """Matching events as a flat pandas DataFrame (one row per event; actors joined by ';')."""
        import pandas as pd

        rows = [flat_event(e) for e in self.iter_events(event_dedup=event_dedup, **filters)]
        return pd.DataFrame(rows, columns=EVENT_COLUMNS)

    # -- stances ---------------------------------------------------------------------------------------
    def stance_rows(self, issue: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Stored stances (optionally on one issue), oldest first, each with its evidence and provenance."""
        f = Filters.make(**filters)
        with self._read() as conn:
            where = []
            if issue:
                where.append(self.q.issue_clause(issue.strip()))
            doc_where = self.q.doc_where(
                Filters.make(text=f.text, actor=None, event=f.event, modality=f.modality), []
            )
            if f.text or f.event or f.modality:
                where.append(STANCES.c.doc_pk.in_(select(DOCS.c.pk).where(*doc_where)))
            if f.actor:
                codes = self._codes_for(conn, f.actor)
                conds = [func.lower(STANCES.c.actor_name) == f.actor.casefold()]
                if re.match(r"^[A-Z0-9]{3,}$", f.actor):
                    conds.append(STANCES.c.actor_code.like(f.actor + "%"))
                if codes:
                    conds.append(STANCES.c.actor_code.in_(codes))
                where.append(or_(*conds))
            where.extend(self.q.date_where(STANCES, f))
            rows = (
                conn.execute(
                    select(STANCES, DOCS.c.title, DOCS.c.source, DOCS.c.url)
                    .join(DOCS, DOCS.c.pk == STANCES.c.doc_pk)
                    .where(*where)
                    .order_by(STANCES.c.sort_date, STANCES.c.pk)
                )
                .mappings()
                .all()
            )
            return self._stance_dicts(conn, rows)

    def _stance_dicts(self, conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        """``stance_rows`` records for stance rows (joined with their document's title/source/url)."""
        ev: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(sorted({r["doc_pk"] for r in rows}), 500):
            for e in conn.execute(
                select(EVIDENCE).where(EVIDENCE.c.doc_pk.in_(chunk)).order_by(EVIDENCE.c.ordinal)
            ).mappings():
                ev[(e["doc_pk"], e["stance_ordinal"])].append(_evidence(e).to_dict())
        out = []
        for r in rows:
            evidence = ev[(r["doc_pk"], r["ordinal"])]
            out.append(
                {
                    "actor": r["actor_name"],
                    "actor_code": r["actor_code"],
                    "actor_record": r["actor"],
                    "issue": r["issue_label"],
                    "issue_id": r["issue_id"],
                    "stance": r["stance"],
                    "confidence": r["confidence"],
                    "evidence": evidence,
                    "document_id": r["document_id"],
                    "date": r["date"],
                    "title": r["title"],
                    "source": r["source"],
                    "url": r["url"],
                    "sentence_index": r["sentence_index"],
                    "start": r["start"],
                    "end": r["end"],
                }
            )
        return out

    def stances(self, issue: str | None = None, **filters: Any) -> pd.DataFrame:
        """Stored stances as a pandas DataFrame (evidence: the first evidence sentence)."""
        import pandas as pd

        rows = []
        for r in self.stance_rows(issue, **filters):
            rows.append(
                {
                    **{k: v for k, v in r.items() if k not in ("evidence", "actor_record")},
                    "evidence": r["evidence"][0]["text"] if r["evidence"] else None,
                }
            )
        return pd.DataFrame(rows, columns=STANCE_COLUMNS)

    # -- aggregates ------------------------------------------------------------------------------------
    def count(self) -> dict[str, int]:
        """Row counts: documents (all), statements (canonical), reposts, events, stances, actors."""
        with self._read() as conn:
            docs = conn.execute(select(func.count()).select_from(DOCS)).scalar_one()
            dups = conn.execute(select(func.count()).where(DOCS.c.canonical_pk.is_not(None))).scalar_one()
            return {
                "documents": docs,
                "statements": docs - dups,
                "reposts": dups,
                "exact_reposts": conn.execute(select(func.count()).select_from(SOURCES)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(EVENTS)).scalar_one(),
                "stances": conn.execute(select(func.count()).select_from(STANCES)).scalar_one(),
                "actors": conn.execute(select(func.count()).select_from(ACTORS)).scalar_one(),
            }

    def stats(
        self, by: str = "actor", *, event_dedup: str | None = None, **filters: Any
    ) -> list[dict[str, Any]]:
        """Counts by ``actor`` (events as source/target), ``event`` (CAMEO root) or ``month``."""
        f = Filters.make(**filters)
        with self._read() as conn:
            ewhere = self._event_select(conn, f, event_dedup)
            if by == "actor":
                ea = EVENT_ACTORS
                sub = select(EVENTS.c.doc_pk, EVENTS.c.ordinal).where(*ewhere)
                rows = conn.execute(
                    select(ea.c.code, ea.c.role, func.count(), func.count(func.distinct(ea.c.doc_pk)))
                    .where(ea.c.code.is_not(None), tuple_(ea.c.doc_pk, ea.c.event_ordinal).in_(sub))
                    .group_by(ea.c.code, ea.c.role)
                ).all()
                acc: dict[str, dict[str, Any]] = {}
                for code, role, n, ndocs in rows:
                    item = acc.setdefault(
                        code,
                        {
                            "key": code,
                            "label": "",
                            "events": 0,
                            "as_source": 0,
                            "as_target": 0,
                            "documents": 0,
                        },
                    )
                    item["as_" + role] += n
                    item["events"] += n
                    item["documents"] = max(item["documents"], ndocs)
                names = self._actor_names(conn, list(acc))
                for code, item in acc.items():
                    item["label"] = names.get(code, "")
                return sorted(acc.values(), key=lambda x: (-x["events"], x["key"]))
            if by == "event":
                rows = conn.execute(
                    select(EVENTS.c.cameo_root, func.count(), func.count(func.distinct(EVENTS.c.doc_pk)))
                    .where(*ewhere)
                    .group_by(EVENTS.c.cameo_root)
                ).all()
                return sorted(
                    (
                        {
                            "key": root,
                            "label": CAMEO_ROOTS.get(root, ("", ""))[0],
                            "event_class": CAMEO_ROOTS.get(root, ("", ""))[1],
                            "events": n,
                            "documents": nd,
                        }
                        for root, n, nd in rows
                    ),
                    key=lambda x: (-x["events"], x["key"]),
                )
            if by == "month":
                month = func.substr(EVENTS.c.sort_date, 1, 7)
                ev_rows: dict[str, int] = dict(
                    conn.execute(select(month, func.count()).where(*ewhere).group_by(month)).all()
                )
                dmonth = func.substr(DOCS.c.sort_date, 1, 7)
                dwhere = self.q.doc_where(f, self._codes_for(conn, f.actor))
                doc_rows: dict[str, int] = dict(
                    conn.execute(select(dmonth, func.count()).where(*dwhere).group_by(dmonth)).all()
                )
                keys = sorted(set(ev_rows) | set(doc_rows))
                return [
                    {"key": k or "undated", "documents": doc_rows.get(k, 0), "events": ev_rows.get(k, 0)}
                    for k in keys
                ]
        raise CommuniqueError(f"stats: cannot count by {by!r} (use actor, event or month)")

    def _actor_names(self, conn: Connection, codes: list[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for chunk in _chunks(codes, 500):
            names.update(
                dict(conn.execute(select(ACTORS.c.code, ACTORS.c.name).where(ACTORS.c.code.in_(chunk))).all())
            )
        return names

    def newest_doc_pks(self, max_docs: int, **filters: Any) -> list[int]:
        """Keys of the newest ``max_docs`` documents matching the filters (newest first).

        An actor alone (with dates) reads its ``doc_actors`` index keys newest first, a few hundred index
        entries; other filters use the search plan. Bounded facets and timelines count over these keys.
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            return self._newest_pks(conn, f, max_docs)

    def _newest_pks(self, conn: Connection, f: Filters, max_docs: int) -> list[int]:
        codes = self._codes_for(conn, f.actor)
        if f.actor and not (f.text or f.event or f.issue or f.modality or f.include_duplicates):
            keys = sorted(set(actor_keys(f.actor)[1:] + tuple("c:" + c for c in codes)))
            da = DOC_ACTORS
            where: list[Any] = [da.c.key.in_(keys)]
            if _CODE.match(f.actor):
                lo = "c:" + f.actor
                where = [or_(da.c.key.in_(keys), and_(da.c.key >= lo, da.c.key < prefix_upper(lo)))]
            where.extend(self.q.date_where(da, f))
            found: dict[int, str] = {}
            for key in conn.execute(select(da.c.key).where(*where).distinct()).scalars():
                # One ordered range of ix_doc_actors_key (key, sort_date, doc_pk) per key, merged below.
                for pk, sd in conn.execute(
                    select(da.c.doc_pk, da.c.sort_date)
                    .where(da.c.key == key, *self.q.date_where(da, f))
                    .order_by(da.c.sort_date.desc(), da.c.doc_pk.desc())
                    .limit(max_docs)
                ):
                    found[pk] = sd
            return sorted(found, key=lambda pk: (found[pk], pk), reverse=True)[:max_docs]
        driver = self._sqlite_driver(conn, f, codes)
        stmt = (
            select(DOCS.c.pk)
            .where(*self.q.doc_where(f, codes, driver=driver))
            .order_by(DOCS.c.sort_date.desc(), DOCS.c.pk.desc())
            .limit(max_docs)
        )
        if driver == "date":
            stmt = stmt.with_hint(DOCS, "INDEXED BY ix_documents_sort", "sqlite")
        return list(conn.execute(stmt).scalars())

    def facets(
        self, *, size: int = 20, max_docs: int | None = None, **filters: Any
    ) -> dict[str, list[dict[str, Any]]]:
        """Facet counts over the matching documents: actors, event roots, issues and modalities.

        ``max_docs`` bounds the work: counts are then over the newest ``max_docs`` matching documents only
        (callers must say so; ``bounded_aggregates`` tells whether the bound was reached).
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            docs: Any
            if max_docs is not None:
                # An explicit list of keys: each document's rows are read by primary key, instead of
                # grouping every match of a frequent filter.
                docs = self._newest_pks(conn, f, max_docs)
            else:
                dwhere = self.q.doc_where(f, self._codes_for(conn, f.actor))
                docs = select(DOCS.c.pk).where(*dwhere)
            return self._facet_counts(conn, docs, size)

    def _facet_counts(self, conn: Connection, docs: Any, size: int) -> dict[str, list[dict[str, Any]]]:
        n = func.count(func.distinct(DOC_ACTORS.c.doc_pk))
        actor_rows = conn.execute(
            select(DOC_ACTORS.c.key, n)
            .where(DOC_ACTORS.c.doc_pk.in_(docs), DOC_ACTORS.c.key.like("c:%"))
            .group_by(DOC_ACTORS.c.key)
            .order_by(n.desc(), DOC_ACTORS.c.key)
            .limit(size)
        ).all()
        names = self._actor_names(conn, [k[2:] for k, _ in actor_rows])
        nd = func.count(func.distinct(EVENTS.c.doc_pk))
        event_rows = conn.execute(
            select(EVENTS.c.cameo_root, nd)
            .where(EVENTS.c.doc_pk.in_(docs))
            .group_by(EVENTS.c.cameo_root)
            .order_by(nd.desc())
        ).all()
        ns = func.count(func.distinct(STANCES.c.doc_pk))
        issue_rows = conn.execute(
            select(STANCES.c.issue_id, STANCES.c.issue_label, ns)
            .where(STANCES.c.doc_pk.in_(docs))
            .group_by(STANCES.c.issue_id, STANCES.c.issue_label)
            .order_by(ns.desc())
            .limit(size)
        ).all()
        mod_rows = conn.execute(
            select(EVENTS.c.modality, nd)
            .where(EVENTS.c.doc_pk.in_(docs))
            .group_by(EVENTS.c.modality)
            .order_by(nd.desc())
        ).all()
        return {
            "actors": [{"key": k[2:], "label": names.get(k[2:], ""), "count": c} for k, c in actor_rows],
            "events": [
                {"key": k, "label": CAMEO_ROOTS.get(k, ("", ""))[0], "count": c} for k, c in event_rows
            ],
            "issues": [{"key": i or label, "label": label, "count": c} for i, label, c in issue_rows],
            "modality": [{"key": k, "label": k, "count": c} for k, c in mod_rows],
        }

    def timeline(
        self, *, event_dedup: str | None = None, max_docs: int | None = None, **filters: Any
    ) -> list[dict[str, Any]]:
        """Events per month and event class (CAMEO quad class) for the matching events.

        ``max_docs`` bounds the work to the events of the newest ``max_docs`` matching documents.
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            pks = self._newest_pks(conn, f, max_docs) if max_docs is not None else None
            return self._timeline_counts(conn, f, event_dedup, pks)

    def bounded_aggregates(self, max_docs: int = 1000, **filters: Any) -> dict[str, Any]:
        """Facets and timeline over the newest ``max_docs`` matching documents, for pages with a budget.

        Returns ``{"facets", "timeline", "docs", "bounded"}``: ``docs`` documents were counted, and
        ``bounded`` is true when more documents match (the page then says "newest N").
        """
        f = Filters.make(**filters)
        with self._read() as conn:
            pks = self._newest_pks(conn, f, max_docs + 1)
            bounded = len(pks) > max_docs
            pks = pks[:max_docs]
            return {
                "facets": self._facet_counts(conn, pks, 20),
                "timeline": self._timeline_counts(conn, f, None, pks),
                "docs": len(pks),
                "bounded": bounded,
            }

    def _timeline_counts(
        self, conn: Connection, f: Filters, event_dedup: str | None, pks: list[int] | None
    ) -> list[dict[str, Any]]:
        if pks is not None:
            # Text and issue are document-level: the key list already applies them (and re-running the
            # full-text match over every document would cost more than the whole bounded timeline).
            f = dataclasses.replace(f, text=None, issue=None)
        where = self._event_select(conn, f, event_dedup)
        if pks is not None:
            where = [*where, EVENTS.c.doc_pk.in_(pks)]
        month = func.substr(EVENTS.c.sort_date, 1, 7)
        rows = conn.execute(
            select(month, EVENTS.c.cameo_root, func.count())
            .where(*where)
            .group_by(month, EVENTS.c.cameo_root)
        ).all()
        acc: Counter[tuple[str, str]] = Counter()
        for m, root, n in rows:
            acc[(m or "undated", CAMEO_ROOTS.get(root, ("", "other"))[1])] += n
        return [{"month": m, "event_class": c, "count": n} for (m, c), n in sorted(acc.items())]

    def actor(self, code: str, *, limit: int = 20, stance_limit: int | None = None) -> dict[str, Any] | None:
        """An actor's page: name, counts, recent statements it issued or appears in, stances, targets.

        ``stance_limit`` keeps only the newest stances (still oldest first; ``n_stances`` counts them all):
        a frequent actor has thousands, too many to load with their evidence for one page.
        """
        stances: list[dict[str, Any]] | None = None
        n_stances: int | None = None
        with self._read() as conn:
            if stance_limit is not None:
                st = STANCES
                n_stances = conn.execute(select(func.count()).where(st.c.actor_code == code)).scalar_one()
                newest = (
                    conn.execute(
                        select(st, DOCS.c.title, DOCS.c.source, DOCS.c.url)
                        .join(DOCS, DOCS.c.pk == st.c.doc_pk)
                        .where(st.c.actor_code == code)
                        .order_by(st.c.sort_date.desc(), st.c.pk.desc())
                        .limit(stance_limit)
                    )
                    .mappings()
                    .all()
                )
                stances = self._stance_dicts(conn, list(reversed(newest)))
            row = conn.execute(select(ACTORS).where(ACTORS.c.code == code)).mappings().first()
            key = "c:" + code
            n_docs = conn.execute(select(func.count()).where(DOC_ACTORS.c.key == key)).scalar_one()
            if row is None and n_docs == 0:
                return None
            # The role as a literal: only then can the planners use the partial index over issuers.
            issued = select(MENTIONS.c.doc_pk).where(MENTIONS.c.code == code, ISSUER_ONLY).distinct()
            recent = (
                conn.execute(
                    select(*summary_columns())
                    .where(DOCS.c.pk.in_(select(DOC_ACTORS.c.doc_pk).where(DOC_ACTORS.c.key == key)))
                    .order_by(DOCS.c.sort_date.desc(), DOCS.c.pk.desc())
                    .limit(limit)
                )
                .mappings()
                .all()
            )
            summaries = self._summaries(conn, recent)
            n_issued = conn.execute(select(func.count()).select_from(issued.subquery())).scalar_one()
            ea_src = EVENT_ACTORS.alias("src")
            ea_tgt = EVENT_ACTORS.alias("tgt")
            pair = and_(
                ea_src.c.doc_pk == ea_tgt.c.doc_pk,
                ea_src.c.event_ordinal == ea_tgt.c.event_ordinal,
                ea_src.c.role == "source",
                ea_tgt.c.role == "target",
            )
            n = func.count()
            targets = conn.execute(
                select(ea_tgt.c.code, func.min(ea_tgt.c.name), n)
                .join(ea_tgt, pair)
                .where(ea_src.c.code == code)
                .group_by(ea_tgt.c.code)
                .order_by(n.desc())
                .limit(limit)
            ).all()
            targeted_by = conn.execute(
                select(ea_src.c.code, func.min(ea_src.c.name), n)
                .select_from(ea_src)
                .join(ea_tgt, pair)
                .where(ea_tgt.c.code == code)
                .group_by(ea_src.c.code)
                .order_by(n.desc())
                .limit(limit)
            ).all()
            n_events = conn.execute(select(func.count()).where(EVENT_ACTORS.c.code == code)).scalar_one()
        if stances is None:
            stances = self.stance_rows(actor=code) if row is not None else []
            stances = [s for s in stances if s["actor_code"] == code]
            n_stances = len(stances)
        return {
            "code": code,
            "name": row["name"] if row else code,
            "country": row["country"] if row else None,
            "documents": n_docs,
            "issued": n_issued,
            "events": n_events,
            "statements": summaries,
            "stances": stances,
            "n_stances": n_stances,
            "targets": [{"code": c, "name": nm, "count": k} for c, nm, k in targets],
            "targeted_by": [{"code": c, "name": nm, "count": k} for c, nm, k in targeted_by],
        }

    def actors(self, *, prefix: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Known actors (code, name, country), optionally with codes starting with ``prefix``."""
        with self._read() as conn:
            stmt = select(ACTORS).order_by(ACTORS.c.code).limit(max(1, min(limit, 10_000)))
            if prefix:
                stmt = stmt.where(ACTORS.c.code.like(prefix.replace("%", "").replace("_", "") + "%"))
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def schema_revision(self) -> str | None:
        """The schema revision stored in the database."""
        from communique.store.migrate import current_revision

        with self._read() as conn:
            return current_revision(conn)

    def raw_sql(self, sql: str) -> list[tuple[Any, ...]]:
        """Run a read-only SQL statement (tests and debugging)."""
        with self._read() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]


EVENT_COLUMNS = [
    "document_id",
    "date",
    "event_id",
    "sentence_index",
    "start",
    "end",
    "trigger",
    "cameo",
    "cameo_root",
    "cameo_name",
    "plover",
    "plover_mode",
    "negated",
    "modality",
    "source_codes",
    "source_names",
    "target_codes",
    "target_names",
    "reported_by",
    "pattern",
    "confidence",
    "sentence",
]
STANCE_COLUMNS = [
    "document_id",
    "date",
    "title",
    "source",
    "url",
    "actor",
    "actor_code",
    "issue",
    "issue_id",
    "stance",
    "confidence",
    "evidence",
    "sentence_index",
    "start",
    "end",
]


def flat_event(e: dict[str, Any]) -> dict[str, Any]:
    """One event dict (``Event.to_dict()`` + document_id/date) as a flat row of ``EVENT_COLUMNS``."""
    rb = e.get("reported_by")
    return {
        "document_id": e.get("document_id"),
        "date": e.get("date"),
        "event_id": e["id"],
        "sentence_index": e["sentence_index"],
        "start": e["start"],
        "end": e["end"],
        "trigger": e["trigger"],
        "cameo": e["cameo"],
        "cameo_root": e["cameo_root"],
        "cameo_name": e["cameo_name"],
        "plover": e.get("plover"),
        "plover_mode": e.get("plover_mode"),
        "negated": bool(e.get("negated")),
        "modality": e.get("modality"),
        "source_codes": ";".join(_label(a) for a in e.get("sources") or []),
        "source_names": ";".join(a.get("name") or "" for a in e.get("sources") or []),
        "target_codes": ";".join(_label(a) for a in e.get("targets") or []),
        "target_names": ";".join(a.get("name") or "" for a in e.get("targets") or []),
        "reported_by": (rb.get("code") or rb.get("name")) if rb else None,
        "pattern": e.get("pattern"),
        "confidence": e.get("confidence"),
        "sentence": e.get("sentence"),
    }


# -- row builders ---------------------------------------------------------------------------------------
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


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _label(a: dict[str, Any] | Actor) -> str:
    if isinstance(a, Actor):
        return a.code or "?" + (a.name or a.text or "")
    return a.get("code") or "?" + (a.get("name") or a.get("text") or "")


def _sort_date(date: str | None) -> str:
    return (date or "")[:10]


def _document_row(doc: Document, dv_id: int, now: datetime) -> dict[str, Any]:
    return {
        "id": doc.id,
        "external_id": doc.external_id,
        "source": doc.source,
        "url": doc.url,
        "title": doc.title,
        "date": doc.date[:10] if doc.date else None,
        "sort_date": _sort_date(doc.date),
        "language": doc.language,
        # PostgreSQL text cannot hold NUL; a space keeps every offset valid.
        "text": doc.text.replace("\x00", " "),
        "n_sentences": 0,
        "n_events": 0,
        "n_stances": 0,
        "canonical_pk": None,
        "similarity": None,
        "dictionary_version_id": dv_id,
        "coded_at": now,
    }


def _source_row(doc: Document) -> dict[str, Any]:
    return {
        "source": (doc.source or "")[:500],
        "url": (doc.url or "")[:1000],
        "title": doc.title,
        "date": doc.date[:10] if doc.date else None,
        "external_id": doc.external_id,
    }


def _actor_json(a: Actor) -> dict[str, Any]:
    # Same as Actor.to_dict() without dataclasses.asdict's deep copies (hot in bulk ingest).
    return {
        "name": a.name,
        "code": a.code,
        "country": a.country,
        "sectors": list(a.sectors),
        "text": a.text,
        "start": a.start,
        "end": a.end,
        "sentence_index": a.sentence_index,
        "wikidata": a.wikidata,
        "via": a.via,
        "entry": a.entry,
    }


#: Columns of an actor mention (``mentions`` and ``event_actors`` rows, after their keys).
_ACTOR_COLS = ("name", "code", "country", "sectors", "text", "start", "end", "sentence_index", "wikidata",
               "via", "entry")  # fmt: skip
#: Column order of the value tuples ``_child_rows`` builds, per table (plain tuples: the driver binds them
#: as they are, with no per-row dict building or key lookups on the bulk path).
CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("doc_pk", "idx", "start", "end"),
    "mentions": ("doc_pk", "role", "ordinal", *_ACTOR_COLS),
    "doc_actors": ("doc_pk", "key", "sort_date"),
    "events": (
        "doc_pk",
        "document_id",
        "ordinal",
        "event_id",
        "sentence_index",
        "start",
        "end",
        "trigger",
        "sentence",
        "cameo",
        "cameo_root",
        "cameo_name",
        "plover",
        "plover_mode",
        "plover_context",
        "negated",
        "modality",
        "reported_by",
        "pattern",
        "confidence",
        "source_codes",
        "target_codes",
        "date",
        "sort_date",
    ),
    "event_actors": ("doc_pk", "event_ordinal", "role", "ordinal", *_ACTOR_COLS),
    "stances": (
        "doc_pk",
        "document_id",
        "ordinal",
        "actor",
        "actor_name",
        "actor_code",
        "issue_id",
        "issue_label",
        "stance",
        "confidence",
        "sentence_index",
        "start",
        "end",
        "date",
        "sort_date",
    ),
    "evidence": (
        "doc_pk",
        "stance_ordinal",
        "ordinal",
        "sentence_index",
        "start",
        "end",
        "text",
        "event_id",
        "polarity",
    ),
    "lsh_buckets": ("key", "doc_pk"),
}


def _actor_values(a: Actor) -> tuple[Any, ...]:
    """An actor's values in ``_ACTOR_COLS`` order."""
    return (
        a.name or a.text or "",
        a.code,
        a.country,
        " ".join(a.sectors) if a.sectors else None,
        a.text,
        a.start,
        a.end,
        a.sentence_index,
        a.wikidata,
        a.via,
        a.entry,
    )


def _child_rows(coded: CodedDocument, pk: int, out: dict[str, list[tuple[Any, ...]]]) -> None:
    """Append the rows of every coded record of one document to ``out`` (table → ``CHILD_COLUMNS`` tuples).

    ``out["actors"]`` gets ``(code, name, country)`` of every coded actor seen.
    """
    doc = coded.document
    date = doc.date[:10] if doc.date else None
    sd = _sort_date(doc.date)
    out["sentences"].extend((pk, s.index, s.start, s.end) for s in doc.sentences)
    keys: set[str] = set()
    codes: set[str] = set()
    actors = out["actors"]
    # One actor object is often both a mention and an event source/target: its values are built once.
    values: dict[int, tuple[Any, ...]] = {}

    def note(a: Actor) -> tuple[Any, ...]:
        # Coded actors are indexed by code (a name search reaches them through the actors table);
        # unresolved ones by their case-folded name, the only handle they have.
        v = values.get(id(a))
        if v is not None:
            return v
        v = values[id(a)] = _actor_values(a)
        if a.code:
            if a.code not in codes:
                codes.add(a.code)
                keys.add("c:" + a.code)
                actors.append((a.code, a.name or a.text or a.code, a.country))
        elif a.name or a.text:
            keys.add(actor_keys(a.name or a.text)[1][:200])
        return v

    mentions = out["mentions"]
    for role, group in (("issuer", doc.issuers), ("actor", coded.actors)):
        for i, a in enumerate(group):
            mentions.append((pk, role, i, *note(a)))
    events, event_actors = out["events"], out["event_actors"]
    for i, e in enumerate(coded.events):
        sources = [note(a) for a in e.sources]
        targets = [note(a) for a in e.targets]
        events.append(
            (
                pk,
                doc.id,
                i,
                e.id,
                e.sentence_index,
                e.start,
                e.end,
                e.trigger,
                e.sentence.replace("\x00", " ") if e.sentence else e.sentence,
                e.cameo,
                e.cameo_root,
                e.cameo_name,
                e.plover,
                e.plover_mode,
                json.dumps(list(e.plover_context)) if e.plover_context else None,
                bool(e.negated),
                e.modality,
                json.dumps(_actor_json(e.reported_by)) if e.reported_by else None,
                e.pattern or "",
                float(e.confidence),
                # ``_label`` from the values already built: code, else "?" + name.
                ";".join([v[1] or "?" + v[0] for v in sources]),
                ";".join([v[1] or "?" + v[0] for v in targets]),
                date,
                sd,
            )
        )
        event_actors.extend([(pk, i, "source", j, *v) for j, v in enumerate(sources)])
        event_actors.extend([(pk, i, "target", j, *v) for j, v in enumerate(targets)])
    for i, st in enumerate(coded.stances):
        first = st.evidence[0] if st.evidence else None
        out["stances"].append(
            (
                pk,
                doc.id,
                i,
                json.dumps(_actor_json(st.actor)),
                st.actor.name or st.actor.text or "",
                st.actor.code,
                st.issue.id,
                st.issue.label,
                st.stance,
                float(st.confidence),
                first.sentence_index if first else st.actor.sentence_index,
                first.start if first else st.actor.start,
                first.end if first else st.actor.end,
                date,
                sd,
            )
        )
        note(st.actor)
        out["evidence"].extend(
            (pk, i, j, ev.sentence_index, ev.start, ev.end, ev.text, ev.event_id, ev.polarity)
            for j, ev in enumerate(st.evidence)
        )
    out["doc_actors"].extend((pk, k, sd) for k in sorted(keys))


def _actor(r: Any) -> Actor:
    return Actor(
        name=r["name"],
        code=r["code"],
        country=r["country"],
        sectors=r["sectors"].split() if r["sectors"] else [],
        text=r["text"] or "",
        start=r["start"],
        end=r["end"],
        sentence_index=r["sentence_index"],
        wikidata=r["wikidata"],
        via=r["via"],
        entry=r["entry"],
    )


def _evidence(r: Any) -> Evidence:
    return Evidence(
        sentence_index=r["sentence_index"],
        start=r["start"],
        end=r["end"],
        text=r["text"],
        event_id=r["event_id"],
        polarity=r["polarity"],
    )


def _event_dict(r: Any, sources: list[dict[str, Any]], targets: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": r["event_id"],
        "sentence_index": r["sentence_index"],
        "start": r["start"],
        "end": r["end"],
        "trigger": r["trigger"],
        "sentence": r["sentence"],
        "cameo": r["cameo"],
        "cameo_root": r["cameo_root"],
        "cameo_name": r["cameo_name"],
        "plover": r["plover"],
        "plover_mode": r["plover_mode"],
        "plover_context": list(r["plover_context"] or []),
        "sources": sources,
        "targets": targets,
        "negated": bool(r["negated"]),
        "modality": r["modality"],
        "reported_by": r["reported_by"],
        "pattern": r["pattern"],
        "confidence": r["confidence"],
        "document_id": r["document_id"],
        "date": r["date"],
        "_pk": r["pk"],
    }


def _exact_source(r: Any) -> dict[str, Any]:
    """Another source of the same text (an exact repost): where it was found, under which title and date."""
    return {
        "document_id": None,
        "source": r["source"] or None,
        "url": r["url"] or None,
        "title": r["title"],
        "date": r["date"],
    }


def _src(r: Any, doc_id: str, similarity: float | None) -> dict[str, Any]:
    return {
        "document_id": doc_id,
        "source": r["source"],
        "url": r["url"],
        "title": r["title"],
        "date": r["date"],
        "similarity": similarity if similarity is not None else 1.0,
    }
