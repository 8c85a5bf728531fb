"""Member rollups: when each member wrote in each grid week (Thursday 12:00 UTC on), over
all communities and per community, and each member's first item, filled from the items.

New and returning members per week count these instead of reading every item
(db/sqlite/analytics_members.py explains the grid; analytics_members_upkeep.py keeps the
tables in step with each write). The backfill is one INSERT ... SELECT per table, before
the indexes are made (benchmarks/analytics.py --backfill measures it on 1,000,000 items).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from workbench.db.sqlite.analytics_members_upkeep import (
    REBUILD_COMMUNITY_WEEKS,
    REBUILD_FIRSTS,
    REBUILD_WEEKS,
)

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _account(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["account_id"],
        ["accounts.id"],
        name=op.f(f"fk_{table}_account_id_accounts"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    # WITHOUT ROWID: the key is the order the reads want (a week's rows are one range).
    op.create_table(
        "analytics_member_weeks",
        sa.Column("week", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("first_at", sa.BigInteger(), nullable=False),
        sa.Column("last_at", sa.BigInteger(), nullable=False),
        sa.Column("prev_last", sa.BigInteger(), nullable=True),
        sa.Column("own", sa.Boolean(), nullable=False),
        _account("analytics_member_weeks"),
        sa.PrimaryKeyConstraint(
            "week", "account_id", "member_id", name=op.f("pk_analytics_member_weeks")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "analytics_member_firsts",
        sa.Column("member_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.BigInteger(), nullable=False),
        _account("analytics_member_firsts"),
        sa.PrimaryKeyConstraint("member_id", "account_id", name=op.f("pk_analytics_member_firsts")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "analytics_member_community_weeks",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("week", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("first_at", sa.BigInteger(), nullable=False),
        sa.Column("last_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_analytics_member_community_weeks_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "community_id", "member_id", "week", name=op.f("pk_analytics_member_community_weeks")
        ),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(REBUILD_WEEKS)
        op.execute(REBUILD_FIRSTS)
        op.execute(REBUILD_COMMUNITY_WEEKS)
    op.create_index(
        "ix_analytics_member_weeks_own",
        "analytics_member_weeks",
        ["member_id"],
        sqlite_where=sa.text("own"),
    )
    op.create_index("ix_analytics_member_firsts_first_at", "analytics_member_firsts", ["first_at"])


def downgrade() -> None:
    op.drop_index("ix_analytics_member_firsts_first_at", table_name="analytics_member_firsts")
    op.drop_index("ix_analytics_member_weeks_own", table_name="analytics_member_weeks")
    op.drop_table("analytics_member_community_weeks")
    op.drop_table("analytics_member_firsts")
    op.drop_table("analytics_member_weeks")
