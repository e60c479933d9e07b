"""Bad databases (unreachable, newer schema, foreign, read-only, full disk): clear message, nothing lost."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from communique.model import CommuniqueError
from communique.store import Corpus
from communique.store.schema import SCHEMA_REVISION
from communique.store.synthetic import synthetic_documents


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_postgresql_is_a_clear_error():
    started = time.monotonic()
    with pytest.raises(CommuniqueError, match="cannot open database") as err:
        Corpus(f"postgresql+psycopg://someone:secret@127.0.0.1:{_closed_port()}/corpus")
    assert time.monotonic() - started < 30
    assert "secret" not in str(err.value)  # the password is never echoed


def test_missing_directory_and_bad_url(tmp_path):
    with pytest.raises(CommuniqueError, match="does not exist"):
        Corpus(str(tmp_path / "no" / "such" / "dir" / "c.db"))
    with pytest.raises(CommuniqueError):
        Corpus("nosuchdriver://x/y")


def test_cli_reports_unreachable_database_in_one_line():
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "communique",
            "search",
            "x",
            "--db",
            f"postgresql://u@127.0.0.1:{_closed_port()}/d",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("communique: error: cannot open database")
    assert "Traceback" not in proc.stderr


def test_newer_schema_version_is_refused_and_untouched(db_url):
    with Corpus(db_url) as corpus:
        corpus.add_many(synthetic_documents(5))
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(CommuniqueError, match="newer than this communique"):
        Corpus(db_url)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9999"
        assert conn.execute(text("SELECT count(*) FROM documents")).scalar_one() == 5
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": SCHEMA_REVISION})
    engine.dispose()
    with Corpus(db_url) as corpus:
        assert corpus.count()["documents"] == 5


def test_foreign_database_and_garbage_file(tmp_path):
    foreign = tmp_path / "foreign.db"
    engine = create_engine(f"sqlite:///{foreign}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)"))
        conn.execute(text("INSERT INTO accounts (owner) VALUES ('x')"))
    engine.dispose()
    with pytest.raises(CommuniqueError, match="not a communique corpus"):
        Corpus(str(foreign))
    engine = create_engine(f"sqlite:///{foreign}")
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    engine.dispose()
    assert tables == {"accounts"}
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not an SQLite database at all" * 100)
    with pytest.raises(CommuniqueError, match="not a database"):
        Corpus(str(garbage))
    assert garbage.read_bytes().startswith(b"this is not")


def _mount_tmpfs(path: Path, size: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; not running as root")
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if proc.returncode != 0:
        pytest.skip(
            f"mount of a small tmpfs is not permitted here: {proc.stderr.decode(errors='replace').strip()}"
        )


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


def test_read_only_file(tmp_path):
    mount = tmp_path / "ro"
    mount.mkdir()
    _mount_tmpfs(mount, "16m")
    try:
        db = mount / "corpus.db"
        docs = list(synthetic_documents(20))
        with Corpus(str(db)) as corpus:
            corpus.add_many(docs)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        assert not os.access(db, os.W_OK)
        with Corpus(str(db)) as corpus:
            assert corpus.read_only
            assert corpus.count()["documents"] == 20  # reading a write-protected corpus works
            assert corpus.search("sanctions", limit=5).items is not None
            with pytest.raises(CommuniqueError, match="read-only"):
                corpus.add(next(iter(synthetic_documents(1, seed=99))))
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True, capture_output=True)
        with Corpus(str(db)) as corpus:
            assert corpus.count()["documents"] == 20
    finally:
        _umount(mount)


def test_full_disk_loses_nothing(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    _mount_tmpfs(mount, "4m")
    try:
        db = mount / "corpus.db"
        stored: list[str] = []
        error = None
        with Corpus(str(db)) as corpus:
            for coded in synthetic_documents(5000, seed=3):
                try:
                    if corpus.add(coded) == "new":
                        stored.append(coded.document.id)
                except CommuniqueError as exc:
                    error = exc
                    break
        assert error is not None, "a 4 MB filesystem should fill up"
        assert "full" in str(error) and "nothing was half-written" in str(error)
        assert len(stored) > 10
        with Corpus(str(db)) as corpus:
            assert corpus.raw_sql("PRAGMA integrity_check") == [("ok",)]
            assert corpus.count()["documents"] == len(stored)
            orphans = corpus.raw_sql(
                "SELECT count(*) FROM events WHERE doc_pk NOT IN (SELECT pk FROM documents)"
            )
            assert orphans == [(0,)]
            mismatched = corpus.raw_sql(
                "SELECT count(*) FROM documents d "
                "WHERE n_events != (SELECT count(*) FROM events e WHERE e.doc_pk = d.pk)"
            )
            assert mismatched == [(0,)]
            assert all(corpus.document(i) is not None for i in stored[-3:])
    finally:
        _umount(mount)


def test_full_disk_during_bulk_import_loses_nothing(tmp_path):
    """Bulk batches (full-text rows written on a helper thread, the next batch's signatures computed while
    one commits) on a filling disk: the failing batch is rolled back whole, the committed ones are intact."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    _mount_tmpfs(mount, "6m")
    try:
        db = mount / "corpus.db"
        committed: list[int] = []
        with Corpus(str(db)) as corpus, pytest.raises(CommuniqueError) as info:
            corpus.add_many(
                synthetic_documents(20_000, seed=5, style="varied"),
                batch_size=150,
                progress=lambda n, _summary: committed.append(n),
            )
        assert "full" in str(info.value) and "nothing was half-written" in str(info.value)
        assert committed and sum(committed) == 150 * len(committed)
        with Corpus(str(db)) as corpus:
            assert corpus.raw_sql("PRAGMA integrity_check") == [("ok",)]
            assert corpus.count()["documents"] == sum(committed)
            assert corpus.raw_sql(
                "SELECT count(*) FROM events WHERE doc_pk > (SELECT max(pk) FROM documents)"
            ) == [(0,)]
            with corpus.engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"
                )
                assert conn.exec_driver_sql("SELECT count(*) FROM documents_fts").scalar_one() == sum(
                    committed
                )
    finally:
        _umount(mount)


def test_open_without_create(tmp_path):
    missing = tmp_path / "missing.db"
    with pytest.raises(CommuniqueError, match="does not exist"):
        Corpus(str(missing), create=False)
    assert not missing.exists()  # opening for reading never creates a file
    with Corpus(str(tmp_path / "real.db")) as corpus:
        corpus.add_many(synthetic_documents(2))
    with Corpus(str(tmp_path / "real.db"), create=False) as corpus:
        assert corpus.count()["documents"] == 2
    empty = tmp_path / "empty.db"
    create_engine(f"sqlite:///{empty}").connect().close()
    with pytest.raises(CommuniqueError, match="not a communique corpus"):
        Corpus(str(empty), create=False)
