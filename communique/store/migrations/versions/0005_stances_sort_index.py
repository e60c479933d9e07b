"""stances indexed on (sort_date, pk), the order /api/v1/stances pages in

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

``GET /api/v1/stances`` without an issue pages every stance oldest first, on the keyset (sort_date, pk).
No index had that order, so each page read and sorted all stances: on 8,000 stances a page took 31 ms
on SQLite (a temporary B-tree for the ORDER BY) and 7.5 ms on PostgreSQL (a top-N heapsort over a hash
join); with ``ix_stances_sort`` 0.8 ms and 1.9 ms, and the plans read 51 rows of the index. The cost grows
with the corpus without the index and stays flat with it. Reads of older revisions do not depend on it.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.create_index("ix_stances_sort", ["sort_date", "pk"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.drop_index("ix_stances_sort")
