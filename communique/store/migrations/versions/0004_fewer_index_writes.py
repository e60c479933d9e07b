"""fewer index writes per stored statement: unused ix_events_plover dropped, mentions indexed by issuer only

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

* ``ix_events_plover`` served no query: the event filter compares ``upper(plover)`` (PLOVER types are
  matched case-insensitively), which no plain index on ``plover`` can answer, so every event paid an index
  insert for nothing.
* ``ix_mentions_code`` indexed every actor mention (~8 per statement), but its one reader, the actor page's
  "statements it issued", asks for issuers only (~1 per statement). It becomes a partial index over issuer
  rows, ``ix_mentions_issuer`` (SQLite and PostgreSQL both have partial indexes); the query names the role
  as a literal so both planners can prove the index applies.
* SQLite: the full-text index's in-memory buffer (FTS5 ``hashsize``) goes from 1 MB to 16 MB. A batch of
  2,000 statements of ~200 words overflowed 1 MB several times, writing several small segments per batch
  that automerge then merged again; the setting is stored in ``documents_fts_config``. Terms, postings and
  query results are unchanged.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: FTS5 pending-terms buffer in bytes (FTS5's default is 1 MB).
FTS_HASHSIZE = 16 * 1024 * 1024
_ISSUER = sa.text("role = 'issuer'")


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_plover")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_code")
        batch_op.create_index(
            "ix_mentions_issuer", ["code"], unique=False, sqlite_where=_ISSUER, postgresql_where=_ISSUER
        )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', {FTS_HASHSIZE})")


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DELETE FROM documents_fts_config WHERE k = 'hashsize'")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_issuer")
        batch_op.create_index("ix_mentions_code", ["code"], unique=False)
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_plover", ["plover"], unique=False)
