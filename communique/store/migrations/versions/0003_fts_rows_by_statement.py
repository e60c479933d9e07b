"""SQLite full-text rows written by one statement per batch: the per-row AFTER INSERT trigger is dropped

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

A trigger runs inside a statement savepoint, and FTS5 flushes its pending terms to a new index segment at
every savepoint: inserting documents one row at a time through ``documents_fts_ai`` wrote one tiny segment
per statement and merged them again and again (2.5x the cost of the same rows inserted in one statement).
The application now fills ``documents_fts`` itself, in the transaction that inserts the documents, with one
``INSERT ... SELECT`` per batch (``Corpus._insert_documents``). The update and delete triggers stay (recode
and deletes are per document anyway). PostgreSQL (a generated tsvector column) is unchanged.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS documents_fts_ai")


def downgrade() -> None:
    """Revert this revision: documents are indexed by the per-row trigger again."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, title, text) "
            "VALUES (new.pk, coalesce(new.title, ''), new.text); END"
        )
