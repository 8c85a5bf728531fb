"""Analytics rollups: items per UTC hour x community x kind, and the members' thread starts
with their first team reply, filled from the items already stored.

The charts read these small tables instead of every item (docs/analytics.md defines the
numbers; db/sqlite/analytics_rollup.py keeps the tables in step with each write). The
backfill is one INSERT ... SELECT per table (benchmarks/analytics.py --backfill measures it
on 1,000,000 items).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workbench.db.sqlite.analytics_rollup import REBUILD_ACTIVITY, REBUILD_THREADS

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analytics_activity",
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_analytics_activity_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("hour", "community_id", "kind", name=op.f("pk_analytics_activity")),
    )
    op.create_table(
        "analytics_threads",
        sa.Column("item_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("thread", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("starts", sa.Boolean(), nullable=False),
        sa.Column("question", sa.Boolean(), nullable=False),
        sa.Column("first_reply_at", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_analytics_threads_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_analytics_threads_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_analytics_threads_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_analytics_threads")),
    )
    # Filled before its indexes are made: one sort each afterwards, not an index update per row.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(REBUILD_ACTIVITY)
        op.execute(REBUILD_THREADS)
    op.create_index("ix_analytics_threads_thread", "analytics_threads", ["account_id", "thread"])
    # The upkeep finds a thread's posts and messages here, not by reading every item of the
    # thread (its comments) through ix_items_thread: 2.5x less CPU for the upkeep.
    op.create_index(
        "ix_items_thread_rows",
        "items",
        ["account_id", "thread_external_id"],
        sqlite_where=sa.text("kind IN ('post', 'message')"),
    )
    # Covering indexes: first reply and coverage read the starts, unanswered the questions,
    # without reading a row (4x less CPU than the table with an index on time).
    # (The flag is a column too: SQLite reads a column a query names from the row, even the
    # one the partial index holds true.)
    for name, flag in (("starts", "starts"), ("questions", "question")):
        op.create_index(
            f"ix_analytics_threads_{name}",
            "analytics_threads",
            ["community_id", "created_at", "first_reply_at", flag],
            sqlite_where=sa.text(flag),
        )
    # The starts by time: each local week one range of it (first reply per week).
    op.create_index(
        "ix_analytics_threads_start_times",
        "analytics_threads",
        ["created_at", "community_id", "first_reply_at", "starts"],
        sqlite_where=sa.text("starts"),
    )


def downgrade() -> None:
    op.drop_index("ix_analytics_threads_questions", table_name="analytics_threads")
    op.drop_index("ix_analytics_threads_start_times", table_name="analytics_threads")
    op.drop_index("ix_analytics_threads_starts", table_name="analytics_threads")
    op.drop_index("ix_items_thread_rows", table_name="items")
    op.drop_index("ix_analytics_threads_thread", table_name="analytics_threads")
    op.drop_table("analytics_threads")
    op.drop_table("analytics_activity")
