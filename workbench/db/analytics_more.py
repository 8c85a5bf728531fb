"""Analytics' moderation and prompt numbers for an open store, picked by dialect (as
``db/moderation.py``): core asks for ``AnalyticsMoreReads`` and never sees SQLite."""

from __future__ import annotations

from workbench.db.interfaces import AnalyticsMoreReads, StoreError
from workbench.db.store import Store


def analytics_more_reads(store: Store) -> AnalyticsMoreReads:
    if store.is_sqlite:
        from workbench.db.sqlite.analytics_moderation import SqliteAnalyticsMore

        return SqliteAnalyticsMore(str(store.engine.url.database or ""))
    raise StoreError(f"No analytics of moderation for {store.engine.dialect.name} yet.")
