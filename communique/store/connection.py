"""Opening a corpus database and handing out its connections: the base class of ``Corpus``.

``_Database`` holds what every part of ``Corpus`` shares: the engine (SQLite pragmas, read-only files,
PostgreSQL pool), schema checks and upgrades on open, read and write transactions that turn database
errors into ``CommuniqueError``, and the WAL checkpoints of a SQLite bulk import. Writing, reading and
aggregates are mixins on top of it (``writing``, ``reading``, ``aggregates``).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import make_url

from communique.model import CommuniqueError
from communique.store.migrate import ensure_schema
from communique.store.search import QueryBuilder, casefold_sql

DEFAULT_URL = "sqlite:///./communique.db"

_ERRORS = {
    "database or disk is full": "the disk holding the database is full",
    "attempt to write a readonly database": "the database is read-only",
    "readonly database": "the database is read-only",
    "disk i/o error": "disk I/O error",
    "unable to open database file": "cannot open the database file",
    "file is not a database": "the file is not a database",
    "no space left on device": "the disk holding the database is full",
}


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


class WriteConflict(CommuniqueError):
    """A write transaction rolled back because a concurrent writer stored the same keys first (PostgreSQL)."""


# PostgreSQL errors a concurrent writer causes, which the rolled-back transaction, run again, resolves (it
# sees the other writer's committed rows): a deadlock, a serialization failure, and a unique violation of a
# key that writers share. Only a document's id is such a key (the dictionary version's hash and an actor's
# code are inserted with ON CONFLICT DO NOTHING, kept here should that change). Every other unique key is a
# serial number or holds a document pk this writer drew from the sequence, which no other writer can take:
# its violation would recur on every attempt, so it is reported at once, not retried. The exception is a
# recode, which reuses the stored document's pk: it locks that document's row before touching its children
# (writing._replace), so two recoders of one document take turns instead of colliding on those keys.
_CONFLICT_STATES = frozenset({"40P01", "40001"})
_SHARED_KEYS = frozenset({"documents_id_key", "dictionary_versions_hash_key", "actors_pkey"})


def is_write_conflict(error: BaseException) -> bool:
    """True when a database error is a concurrent writer's conflict, which a retry resolves."""
    # SQLAlchemy wraps the driver's error; the bulk insert path raises the driver's own.
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    if state == "23505":
        return getattr(getattr(original, "diag", None), "constraint_name", None) in _SHARED_KEYS
    return state in _CONFLICT_STATES


class _Database:
    """The database of a ``Corpus``: engine, connections, transactions and checkpoints."""

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
            if self.dialect == "postgresql":
                self.q.icu = self._has_icu_collation()
        except CommuniqueError:
            self.engine.dispose()
            raise
        except (exc.SQLAlchemyError, OSError) as error:
            self.engine.dispose()
            raise CommuniqueError(
                f"cannot open database {self.display_url}: {explain_db_error(error)}"
            ) from error

    # -- connection handling ---------------------------------------------------------------------------
    def _has_icu_collation(self) -> bool:
        """Whether the PostgreSQL server has ICU's root collation (for case-folding non-ASCII names)."""
        with self.engine.connect() as conn:
            found = conn.execute(text("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")).first()
        return found is not None

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
                # Names and labels with non-ASCII letters are compared case-folded (QueryBuilder.folded).
                dbapi_connection.create_function("casefold", 1, casefold_sql, deterministic=True)

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
                kind = WriteConflict if self.dialect == "postgresql" and is_write_conflict(error) else None
                raise (kind or CommuniqueError)(
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({self.display_url!r})"

    def schema_revision(self) -> str | None:
        """The schema revision stored in the database."""
        from communique.store.migrate import current_revision

        with self._read() as conn:
            return current_revision(conn)

    def raw_sql(self, sql: str) -> list[tuple[Any, ...]]:
        """Run a read-only SQL statement (tests and debugging)."""
        with self._read() as conn:
            return [tuple(r) for r in conn.execute(text(sql)).all()]
