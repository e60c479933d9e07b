"""Create or upgrade a corpus schema with Alembic, programmatically (no alembic.ini needed)."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from communique.model import CommuniqueError
from communique.store.schema import SCHEMA_REVISION

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Alembic runs env.py through module-level proxies (alembic.context, alembic.op) that one run installs for
# the whole process: two threads creating corpora at once ran each other's migrations on the other's
# connection (UX20: "table actors already exists", sqlite3 "bad parameter or API misuse", a segfault).
# The web app opens its corpus on a warm-up thread, so a process may well do this; runs take turns.
_ALEMBIC = threading.Lock()


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations, bound to ``connection`` when given."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    """Every revision id this version of communique knows."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def ensure_schema(connection: Connection) -> str:
    """Upgrade the database to this code's schema inside the caller's transaction; return the revision.

    Raises ``CommuniqueError`` for a database written by a newer communique, or for a database that is not a
    communique corpus at all (tables but no revision), so nothing foreign is ever modified.
    """
    if connection.dialect.name == "postgresql":
        # Serialise concurrent first-time creation by several processes.
        connection.execute(text("SELECT pg_advisory_xact_lock(727274)"))
    revision = current_revision(connection)
    if revision == SCHEMA_REVISION:
        return revision
    if revision is not None and revision not in known_revisions():
        raise CommuniqueError(
            f"the database has schema version {revision}, newer than this communique understands "
            f"({SCHEMA_REVISION}); upgrade communique to open it (nothing was changed)"
        )
    if revision is None:
        tables = set(inspect(connection).get_table_names())
        if tables:
            raise CommuniqueError(
                "the database already holds tables but is not a communique corpus "
                f"({', '.join(sorted(tables)[:5])}); use another database (nothing was changed)"
            )
    with _ALEMBIC:
        command.upgrade(alembic_config(connection), "head")
    return SCHEMA_REVISION
