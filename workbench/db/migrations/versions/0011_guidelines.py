"""Guidelines: documents, numbered rules with detectors, published versions, detector
hits, backtest judgements and the text fingerprints of same-text rules.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guidelines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("community_type", sa.String(length=40), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_guidelines_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidelines")),
        sa.UniqueConstraint("community_id", name=op.f("uq_guidelines_community_id")),
    )
    op.create_table(
        "guideline_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guideline_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("allowed", sa.Text(), nullable=False),
        sa.Column("not_allowed", sa.Text(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("removal_reason", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("detectors", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guideline_id"],
            ["guidelines.id"],
            name=op.f("fk_guideline_rules_guideline_id_guidelines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guideline_rules")),
    )
    op.create_index(
        op.f("ix_guideline_rules_guideline_id"), "guideline_rules", ["guideline_id"], unique=False
    )
    op.create_table(
        "guideline_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guideline_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.BigInteger(), nullable=False),
        sa.Column("published_by", sa.String(length=200), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["guideline_id"],
            ["guidelines.id"],
            name=op.f("fk_guideline_versions_guideline_id_guidelines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guideline_versions")),
        sa.UniqueConstraint(
            "guideline_id", "number", name=op.f("uq_guideline_versions_guideline_id")
        ),
    )
    op.create_table(
        "rule_hits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_rule_hits_item_id_items"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["guideline_rules.id"],
            name=op.f("fk_rule_hits_rule_id_guideline_rules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_hits")),
        sa.UniqueConstraint("rule_id", "item_id", name=op.f("uq_rule_hits_rule_id")),
    )
    op.create_index("ix_rule_hits_item", "rule_hits", ["item_id"], unique=False)
    op.create_table(
        "backtest_judgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("judged_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_backtest_judgements_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backtest_judgements")),
        sa.UniqueConstraint("key", "item_id", name=op.f("uq_backtest_judgements_key")),
    )
    op.create_index(
        op.f("ix_backtest_judgements_item_id"), "backtest_judgements", ["item_id"], unique=False
    )
    op.create_table(
        "text_fingerprints",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.BigInteger(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_text_fingerprints_item_id_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_text_fingerprints")),
    )
    op.create_index(
        "ix_text_fingerprints_hash", "text_fingerprints", ["hash", "created_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_text_fingerprints_hash", table_name="text_fingerprints")
    op.drop_table("text_fingerprints")
    op.drop_index(op.f("ix_backtest_judgements_item_id"), table_name="backtest_judgements")
    op.drop_table("backtest_judgements")
    op.drop_index("ix_rule_hits_item", table_name="rule_hits")
    op.drop_table("rule_hits")
    op.drop_table("guideline_versions")
    op.drop_index(op.f("ix_guideline_rules_guideline_id"), table_name="guideline_rules")
    op.drop_table("guideline_rules")
    op.drop_table("guidelines")
