"""Database fixtures for the store tests: SQLite files and a real, throwaway PostgreSQL server.

``db_url`` is parametrised over both backends. PostgreSQL comes from ``$COMMUNIQUE_TEST_PG_URL`` when set,
else from a cluster this module starts with Debian's ``initdb``/``pg_ctl`` (as the ``postgres`` user when
running as root, because initdb refuses root) on 127.0.0.1 and a free port, stopped at session end. Only
when no server can be started are the PostgreSQL cases skipped, with the reason in the skip message.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live_server import free_port


class _PgServer:
    """A PostgreSQL server: an admin URL and a way to make fresh databases."""

    def __init__(self) -> None:
        self.admin_url: str | None = None
        self.error: str | None = None
        self.datadir: str | None = None
        self.pg_ctl: str | None = None
        self.runas: list[str] = []

    def start(self) -> None:
        env_url = os.environ.get("COMMUNIQUE_TEST_PG_URL")
        if env_url:
            self.admin_url = env_url
            return
        initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not initdbs:
            self.error = (
                "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb); apt install postgresql"
            )
            return
        bindir = os.path.dirname(initdbs[-1])
        self.pg_ctl = os.path.join(bindir, "pg_ctl")
        self.datadir = tempfile.mkdtemp(prefix="communique-pg-")
        if os.geteuid() == 0:
            try:
                import pwd

                pw = pwd.getpwnam("postgres")
            except KeyError:
                self.error = "running as root and there is no 'postgres' user to run initdb as"
                return
            os.chown(self.datadir, pw.pw_uid, pw.pw_gid)
            self.runas = ["runuser", "-u", "postgres", "--"]
        port = free_port()
        try:
            subprocess.run(
                [*self.runas, initdbs[-1], "-D", self.datadir, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                 "--no-sync", "--locale=C"],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
            subprocess.run(
                [*self.runas, self.pg_ctl, "-D", self.datadir, "-w", "-t", "60", "-l", f"{self.datadir}/log",
                 "-o", f"-k {self.datadir} -h 127.0.0.1 -p {port} -F -c fsync=off -c full_page_writes=off",
                 "start"],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            self.error = (
                f"could not start a PostgreSQL server: {exc}: {detail.decode(errors='replace')[-300:]}"
            )
            return
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

    def stop(self) -> None:
        if self.pg_ctl and self.datadir and os.path.exists(self.datadir):
            subprocess.run(
                [*self.runas, self.pg_ctl, "-D", self.datadir, "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
            shutil.rmtree(self.datadir, ignore_errors=True)

    def new_database(self) -> tuple[str, str]:
        """Create an empty database; return (its URL, its name)."""
        import psycopg

        assert self.admin_url is not None
        name = "t_" + uuid.uuid4().hex[:12]
        plain = self.admin_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base, _, _ = self.admin_url.rpartition("/")
        return f"{base}/{name}", name

    def drop_database(self, name: str) -> None:
        import psycopg

        assert self.admin_url is not None
        plain = self.admin_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    """A PostgreSQL server for the session (or the reason there is none)."""
    server = _PgServer()
    server.start()
    if server.error:
        warnings.warn(f"PostgreSQL store tests will be SKIPPED: {server.error}", stacklevel=1)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: _PgServer) -> Iterator[str]:
    """URL of a fresh PostgreSQL database, dropped after the test."""
    if pg_server.error or not pg_server.admin_url:
        pytest.skip(f"POSTGRESQL NOT AVAILABLE: {pg_server.error}")
    url, name = pg_server.new_database()
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'corpus.db'}"
    else:
        yield request.getfixturevalue("pg_url")
