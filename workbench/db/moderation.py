"""Moderation's dialect-specific implementation for an open store, picked by dialect
(as ``store.item_writes``): core asks for ``ModerationSql`` and never sees SQLite."""

from __future__ import annotations

from workbench.db.interfaces import ModerationSql, StoreError
from workbench.db.store import Store


def moderation_sql(store: Store) -> ModerationSql:
    if store.is_sqlite:
        from workbench.db.sqlite.moderation import SqliteModeration

        return SqliteModeration(store.engine, store.write_lock, store.translate)
    raise StoreError(f"No moderation support for {store.engine.dialect.name} yet.")
