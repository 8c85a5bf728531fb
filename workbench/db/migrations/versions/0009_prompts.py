"""Prompts: the library (``prompts``, with a small FTS5 index of its own kept in step by
triggers: a few thousand rows edited one at a time, unlike the items' hot write path) and
their uses with the outcome counted from the synced replies (``prompt_uses``).

Revision ID: 0009
Revises: 0013
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0013"
branch_labels = None
depends_on = None

FTS = (
    "CREATE VIRTUAL TABLE prompts_fts USING fts5(text, content='prompts', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')"
)
TRIGGERS = (
    "CREATE TRIGGER prompts_fts_insert AFTER INSERT ON prompts BEGIN "
    "INSERT INTO prompts_fts (rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER prompts_fts_delete AFTER DELETE ON prompts BEGIN "
    "INSERT INTO prompts_fts (prompts_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER prompts_fts_update AFTER UPDATE OF text ON prompts BEGIN "
    "INSERT INTO prompts_fts (prompts_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO prompts_fts (rowid, text) VALUES (new.id, new.text); END",
)


def upgrade() -> None:
    op.create_table(
        "prompts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("types", sa.String(length=300), nullable=False),
        sa.Column("purposes", sa.String(length=300), nullable=False),
        sa.Column("pair_id", sa.String(length=100), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("bundle_id", sa.String(length=100), nullable=True),
        sa.Column("bundle_hash", sa.String(length=64), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompts")),
        sa.UniqueConstraint("bundle_id", "lang", name=op.f("uq_prompts_bundle_id")),
    )
    op.create_index("ix_prompts_pair_id", "prompts", ["pair_id"], unique=False)
    op.create_index("ix_prompts_browse", "prompts", ["archived", "favourite", "id"], unique=False)
    op.create_index(
        "ix_prompts_lang", "prompts", ["lang", "archived", "favourite", "id"], unique=False
    )
    op.create_table(
        "prompt_uses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("due_at", sa.BigInteger(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("replies", sa.Integer(), nullable=False),
        sa.Column("member_replies", sa.Integer(), nullable=False),
        sa.Column("team_replies", sa.Integer(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("first_reply_seconds", sa.Integer(), nullable=True),
        sa.Column("counted_at", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["communities.id"],
            name=op.f("fk_prompt_uses_community_id_communities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["items.id"],
            name=op.f("fk_prompt_uses_item_id_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outbox_id"],
            ["outbox.id"],
            name=op.f("fk_prompt_uses_outbox_id_outbox"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["prompt_id"],
            ["prompts.id"],
            name=op.f("fk_prompt_uses_prompt_id_prompts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompt_uses")),
    )
    op.create_index(
        "ix_prompt_uses_community_created",
        "prompt_uses",
        ["community_id", "created_at"],
        unique=False,
    )
    op.create_index("ix_prompt_uses_prompt_id", "prompt_uses", ["prompt_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(FTS)
        for trigger in TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS prompts_fts_{name}")
        op.execute("DROP TABLE IF EXISTS prompts_fts")
    op.drop_index("ix_prompt_uses_prompt_id", table_name="prompt_uses")
    op.drop_index("ix_prompt_uses_community_created", table_name="prompt_uses")
    op.drop_table("prompt_uses")
    op.drop_index("ix_prompts_lang", table_name="prompts")
    op.drop_index("ix_prompts_browse", table_name="prompts")
    op.drop_index("ix_prompts_pair_id", table_name="prompts")
    op.drop_table("prompts")
