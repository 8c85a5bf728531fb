"""Full-text index: a 16 MiB in-memory buffer of new terms instead of 1 MiB.

FTS5 writes its buffered terms out as a new segment whenever the buffer fills, and merges
segments later. Since a sync commits up to 50,000 items at once (core/sync/commits.py), a bigger
buffer means fewer, larger segments and less merging (benchmarks/ingest.py).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

HASHSIZE = 16 * 1024 * 1024
DEFAULT_HASHSIZE = 1024 * 1024


def _set(size: int) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', {size})")


def upgrade() -> None:
    _set(HASHSIZE)


def downgrade() -> None:
    _set(DEFAULT_HASHSIZE)
