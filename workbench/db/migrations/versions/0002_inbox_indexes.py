"""Inbox indexes: one per built-in view and filter, so each view reads in time order.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Partial indexes for "Unanswered questions": the question posts, and the team's own
# items by thread (to find a team reply without reading every comment). The inbox query
# repeats these exact conditions so SQLite can pick the indexes.
QUESTIONS_WHERE = "flags LIKE '%question%'"
OWN_WHERE = "flags LIKE '%own%'"


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_items_kind_state_created", ["kind", "state", "created_at"], unique=False
        )
        batch_op.create_index("ix_items_assignee_created", ["assignee", "created_at"], unique=False)
        batch_op.create_index("ix_items_priority_created", ["priority", "created_at"], unique=False)
        batch_op.create_index(
            "ix_items_questions",
            ["state", "created_at"],
            unique=False,
            sqlite_where=sa.text(QUESTIONS_WHERE),
        )
        batch_op.create_index(
            "ix_items_own_thread",
            ["account_id", "thread_external_id"],
            unique=False,
            sqlite_where=sa.text(OWN_WHERE),
        )


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_own_thread")
        batch_op.drop_index("ix_items_questions")
        batch_op.drop_index("ix_items_priority_created")
        batch_op.drop_index("ix_items_assignee_created")
        batch_op.drop_index("ix_items_kind_state_created")
