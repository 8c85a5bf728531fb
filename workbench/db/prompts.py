"""The prompt library's dialect-specific part, picked by the store's dialect."""

from __future__ import annotations

from workbench.db.interfaces import PromptSearch, StoreError
from workbench.db.sqlite.prompts import SqlitePromptSearch
from workbench.db.store import Store


def prompt_search(store: Store) -> PromptSearch:
    if store.is_sqlite:
        return SqlitePromptSearch(store.engine)
    raise StoreError(f"No prompt search for {store.engine.dialect.name} yet.")
