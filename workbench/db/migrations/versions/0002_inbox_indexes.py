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

# The partial index of question posts serves "Unanswered questions"; the inbox query
# repeats this exact condition so SQLite can pick the index.
QUESTIONS_WHERE = "kind = 'post' AND flags LIKE '%question%'"


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index("ix_items_kind_created", ["kind", "created_at"], unique=False)
        batch_op.create_index("ix_items_assignee_created", ["assignee", "created_at"], unique=False)
        batch_op.create_index("ix_items_priority_created", ["priority", "created_at"], unique=False)
        batch_op.create_index(
            "ix_items_questions",
            ["created_at"],
            unique=False,
            sqlite_where=sa.text(QUESTIONS_WHERE),
        )


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_questions")
        batch_op.drop_index("ix_items_priority_created")
        batch_op.drop_index("ix_items_assignee_created")
        batch_op.drop_index("ix_items_kind_created")
