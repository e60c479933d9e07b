"""near-duplicate index in one B-tree: lsh_buckets(key, doc_pk) replaces lsh_bands(doc_pk, band, key)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

``lsh_bands`` kept two B-trees per row (its primary key ``(doc_pk, band)`` and the lookup index
``(key, band)``), so each stored statement paid 32 B-tree inserts for its 16 band keys. Band keys are salted
with their band (``communique.store.dedup``), so a key alone names a bucket: ``lsh_buckets`` is keyed
``(key, doc_pk)`` (WITHOUT ROWID on SQLite) and both the insert and the bucket lookup use that one B-tree.
Upgrading copies every stored key; nothing is recomputed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "lsh_buckets",
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("doc_pk", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "doc_pk"),
        sqlite_with_rowid=False,
    )
    # DISTINCT: two bands of one statement with the same salted key would be one bucket entry (2^-63).
    op.execute("INSERT INTO lsh_buckets (key, doc_pk) SELECT DISTINCT key, doc_pk FROM lsh_bands")
    with op.batch_alter_table("lsh_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_lsh_bands_key")
    op.drop_table("lsh_bands")


def downgrade() -> None:
    """Revert this revision: rebuild ``lsh_bands``, finding each key's band from the statement's text."""
    from communique.store import dedup

    op.create_table(
        "lsh_bands",
        sa.Column("doc_pk", sa.Integer(), nullable=False),
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["doc_pk"], ["documents.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("doc_pk", "band"),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("lsh_bands", schema=None) as batch_op:
        batch_op.create_index("ix_lsh_bands_key", ["key", "band"], unique=False)
    bind = op.get_bind()
    stored: dict[int, set[int]] = {}
    for key, doc_pk in bind.execute(sa.text("SELECT key, doc_pk FROM lsh_buckets")):
        stored.setdefault(doc_pk, set()).add(key)
    rows = []
    indexed = "SELECT pk, text FROM documents WHERE pk IN (SELECT doc_pk FROM lsh_buckets)"
    for pk, body in bind.execute(sa.text(indexed)):
        keys = stored.get(pk, set())
        for band, key in enumerate(dedup.band_keys(dedup.shingles(body))):
            if key in keys:
                rows.append({"doc_pk": pk, "band": band, "key": key})
    if rows:
        bind.execute(sa.text("INSERT INTO lsh_bands (doc_pk, band, key) VALUES (:doc_pk, :band, :key)"), rows)
    op.drop_table("lsh_buckets")
