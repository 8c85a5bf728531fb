"""Alembic environment: run migrations on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from workbench.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used when run by hand with a URL
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url") or "").connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move instead
)
with context.begin_transaction():
    context.run_migrations()
