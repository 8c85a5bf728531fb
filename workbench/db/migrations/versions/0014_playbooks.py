"""Playbooks: where imported items came from, event templates and the user's removal reasons.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "playbook_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=20), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.Column("playbook_id", sa.String(length=100), nullable=False),
        sa.Column("playbook_title", sa.String(length=300), nullable=False),
        sa.Column("playbook_version", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(length=100), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_playbook_items")),
        sa.UniqueConstraint("area", "local_id", name=op.f("uq_playbook_items_area")),
    )
    op.create_index(
        "ix_playbook_items_playbook",
        "playbook_items",
        ["playbook_id", "area", "item_key"],
    )
    op.create_table(
        "event_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("promotion", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_templates")),
        sa.UniqueConstraint("key", name=op.f("uq_event_templates_key")),
    )
    op.create_table(
        "removal_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_removal_reasons")),
        sa.UniqueConstraint("key", name=op.f("uq_removal_reasons_key")),
    )


def downgrade() -> None:
    op.drop_table("removal_reasons")
    op.drop_table("event_templates")
    op.drop_index("ix_playbook_items_playbook", table_name="playbook_items")
    op.drop_table("playbook_items")
