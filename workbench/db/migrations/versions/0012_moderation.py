"""Moderation: member reports recorded by hand, the decision log, member notes, identities
linked by hand, and cases.

Revision ID: 0012
Revises: 0013
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0013"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


REPORTS = "kind = 'report'"
OPEN_REPORTS = "kind = 'report' AND state != 'done'"
FLAGGED = "flags LIKE '%reported%' OR flags LIKE '%modqueue%'"


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_items_reports", ["account_id", "parent_external_id"], sqlite_where=sa.text(REPORTS)
        )
        batch_op.create_index(
            "ix_items_open_reports",
            ["account_id", "parent_external_id"],
            sqlite_where=sa.text(OPEN_REPORTS),
        )
        batch_op.create_index("ix_items_flagged", ["id"], sqlite_where=sa.text(FLAGGED))
    op.create_table(
        "member_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("reporter", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        _fk("member_reports", "item_id", "items", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_reports")),
    )
    with op.batch_alter_table("member_reports") as batch_op:
        batch_op.create_index(batch_op.f("ix_member_reports_item_id"), ["item_id"])

    op.create_table(
        "mod_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("community", sa.String(length=300), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("rule", sa.String(length=300), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("result_message", sa.Text(), nullable=False),
        _fk("mod_decisions", "item_id", "items", "SET NULL"),
        _fk("mod_decisions", "member_id", "members", "SET NULL"),
        _fk("mod_decisions", "account_id", "accounts", "SET NULL"),
        _fk("mod_decisions", "outbox_id", "outbox", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mod_decisions")),
    )
    with op.batch_alter_table("mod_decisions") as batch_op:
        batch_op.create_index("ix_mod_decisions_created", ["created_at"])
        batch_op.create_index("ix_mod_decisions_item", ["item_id", "created_at"])
        batch_op.create_index(batch_op.f("ix_mod_decisions_member_id"), ["member_id"])

    op.create_table(
        "member_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("community", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        _fk("member_notes", "member_id", "members", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_notes")),
    )
    with op.batch_alter_table("member_notes") as batch_op:
        batch_op.create_index("ix_member_notes_member", ["member_id", "created_at"])

    op.create_table(
        "member_identities",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("person", sa.Integer(), nullable=False),
        _fk("member_identities", "member_id", "members", "CASCADE"),
        sa.PrimaryKeyConstraint("member_id", name=op.f("pk_member_identities")),
    )
    with op.batch_alter_table("member_identities") as batch_op:
        batch_op.create_index(batch_op.f("ix_member_identities_person"), ["person"])

    op.create_table(
        "mod_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mod_cases")),
    )
    for table, column, target in (
        ("mod_case_items", "item_id", "items"),
        ("mod_case_members", "member_id", "members"),
    ):
        op.create_table(
            table,
            sa.Column("case_id", sa.Integer(), nullable=False),
            sa.Column(column, sa.Integer(), nullable=False),
            _fk(table, "case_id", "mod_cases", "CASCADE"),
            _fk(table, column, target, "CASCADE"),
            sa.PrimaryKeyConstraint("case_id", column, name=op.f(f"pk_{table}")),
        )


def downgrade() -> None:
    for table in (
        "mod_case_members",
        "mod_case_items",
        "mod_cases",
        "member_identities",
        "member_notes",
        "mod_decisions",
        "member_reports",
    ):
        op.drop_table(table)
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_flagged")
        batch_op.drop_index("ix_items_open_reports")
        batch_op.drop_index("ix_items_reports")
