"""Lighter writes: fewer index updates per new item (benchmarks/ingest.py, 1,000,000 items).

- ix_items_parent is dropped: thread context reads by thread (ix_items_thread).
- ix_items_assignee_created only holds assigned items (freshly synced ones are not), and
  "assignee = ?" lets SQLite use it.
- items_fts keeps no per-row column sizes (columnsize=0): they serve only bm25 ranking, and
  the inbox orders by time. Automatic merging waits for 16 segments a level instead of 4,
  so a sync does less merging work.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ASSIGNED = "assignee IS NOT NULL"
FTS = (
    "CREATE VIRTUAL TABLE items_fts USING fts5(title, text, content='items', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2'{extra})"
)


def _rebuild_fts(extra: str, automerge: int) -> None:
    op.execute("DROP TABLE items_fts")
    op.execute(FTS.format(extra=extra))
    op.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")
    op.execute(f"INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', {automerge})")


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_parent")
        batch_op.drop_index("ix_items_assignee_created")
        batch_op.create_index(
            "ix_items_assignee_created",
            ["assignee", "created_at"],
            unique=False,
            sqlite_where=sa.text(ASSIGNED),
        )
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_fts(", columnsize=0", 16)


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_assignee_created")
        batch_op.create_index("ix_items_assignee_created", ["assignee", "created_at"], unique=False)
        batch_op.create_index("ix_items_parent", ["account_id", "parent_external_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_fts("", 4)
