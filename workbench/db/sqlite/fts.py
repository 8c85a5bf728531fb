"""The FTS5 full-text index (items_fts, external content over items): queries and upkeep.

Every search term is re-quoted as an FTS5 string, so no user input reaches the FTS5 query
parser as syntax: a stray ``"``, ``AND(``, ``*`` or NUL gives results, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from workbench.db.interfaces import SearchTerm, TextSearch

# Add items with ids above ? (new items are always the highest ids: writers are serialized).
INDEX_NEW = (
    "INSERT INTO items_fts (rowid, title, text) SELECT id, title, text FROM items WHERE id > ?"
)
# Tombstones are out of the index already; deleting an entry that is not there corrupts an
# external-content FTS5 index ("malformed"), hence ``deleted_at IS NULL`` in both.
DELETE_IDS = (
    "INSERT INTO items_fts (items_fts, rowid, title, text) "
    "SELECT 'delete', id, title, text FROM items WHERE id IN ({marks}) AND deleted_at IS NULL"
)
INSERT_IDS = (
    "INSERT INTO items_fts (rowid, title, text) SELECT id, title, text FROM items "
    "WHERE id IN ({marks})"
)
DELETE_ACCOUNT = (
    "INSERT INTO items_fts (items_fts, rowid, title, text) "
    "SELECT 'delete', id, title, text FROM items WHERE account_id = ? AND deleted_at IS NULL"
)
INTEGRITY_CHECK = "INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"


def _quote(term: SearchTerm) -> str:
    return '"' + term.text.replace('"', '""') + '"' + ("*" if term.prefix else "")


@dataclass(frozen=True)
class Expressions:
    """``match``: an FTS5 expression an item must match; ``exclude``: one it must not.
    ``costly``: a phrase or an exclusion, which FTS5 checks item by item (positions, a
    second list): evaluating it can cost more than what it finds (inbox_search)."""

    match: str | None
    exclude: str | None
    costly: bool = False


def expressions(search: TextSearch) -> Expressions:
    positive = " AND ".join(
        _quote(g[0]) if len(g) == 1 else "(" + " OR ".join(_quote(t) for t in g) + ")"
        for g in search.groups
    )
    negative = " OR ".join(_quote(t) for t in search.excluded)
    phrase = any(len(t.text.split()) > 1 for g in search.groups for t in g)
    if positive and negative:
        return Expressions(f"{positive} NOT ({negative})", None, costly=True)
    if positive:
        return Expressions(positive, None, costly=phrase)
    # FTS5 NOT needs a left side: items matching these are filtered out in SQL instead.
    return Expressions(None, negative or None)


class SqliteSearchIndex:
    def forget_account(self, connection: Connection, account_id: int) -> None:
        # Keep the index in step with the items the account's cascade deletes.
        connection.exec_driver_sql(DELETE_ACCOUNT, (account_id,))


def fts_integrity(cursor: Any) -> list[str]:
    """The FTS5 'integrity-check' command: the index against the items it was built from."""
    import sqlite3

    try:
        cursor.execute(INTEGRITY_CHECK)
    except sqlite3.DatabaseError as error:
        return [f"The search index does not match the stored items ({error})."]
    return []
