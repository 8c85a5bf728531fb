"""Members found by the start of their name: indexes in SQLite's NOCASE order, the order
its LIKE compares in, so ``author:sam`` reads a range of each instead of every member
(11.5 ms for 50,000 members to 0.1 ms; benchmarks/inbox_core.py).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


# SQL only (models.SQL_ONLY_INDEXES): Alembic does not compare expression indexes.
def upgrade() -> None:
    op.execute("CREATE INDEX ix_members_name ON members (name COLLATE NOCASE)")
    op.execute("CREATE INDEX ix_members_display_name ON members (display_name COLLATE NOCASE)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_members_display_name")
    op.execute("DROP INDEX ix_members_name")
