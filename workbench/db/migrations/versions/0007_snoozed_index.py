"""A small index of snoozed items, so the inbox's wake-up each minute reads only them.

Without it the wake-up read every snoozed row through the state index, one 8 KiB page each:
80-100 ms and 52 MB of page cache every minute on 1,000,000 items, even when nothing was
due (benchmarks/inbox_gui.py). New items are never snoozed, so ingest never writes it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SNOOZED = "state = 'snoozed'"


def upgrade() -> None:
    op.create_index(
        "ix_items_snoozed", "items", ["snoozed_until"], unique=False, sqlite_where=sa.text(SNOOZED)
    )


def downgrade() -> None:
    op.drop_index("ix_items_snoozed", table_name="items")
