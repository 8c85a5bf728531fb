"""Prompt search in SQLite: the ``prompts_fts`` FTS5 index (migration 0009, kept in step by
triggers) and the library's filters, in one statement."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine

from workbench.db.interfaces import PromptQuery, PromptRow, SearchFailed
from workbench.db.sqlite.fts import expressions

# PromptRow's fields, in order.
COLUMNS = (
    "p.id, p.lang, p.text, p.types, p.purposes, p.pair_id, p.origin, p.bundle_id, "
    "p.favourite, p.archived"
)


def _like(value: str) -> str:
    return "%," + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ",%"


def _any_of(column: str, values: tuple[str, ...], params: list[Any]) -> str:
    params += [_like(v) for v in values]
    return "(" + " OR ".join(f"p.{column} LIKE ? ESCAPE '\\'" for _ in values) + ")"


def compile_query(query: PromptQuery, limit: int) -> tuple[str, tuple[Any, ...]]:
    terms: list[str] = []
    params: list[Any] = []
    if not query.include_archived:
        terms.append("p.archived = 0")
    if query.lang:
        terms.append("p.lang = ?")
        params.append(query.lang)
    if query.favourites_only:
        terms.append("p.favourite = 1")
    if query.types:
        typed = _any_of("types", query.types, params)
        terms.append(f"({typed} OR p.types = '')" if query.untyped_too else typed)
    if query.purposes:
        terms.append(_any_of("purposes", query.purposes, params))
    search = expressions(query.text)
    # Without text: favourites first, newest first, walking an index (migration 0009)
    # backwards. With text: favourites first, then the best matches.
    source, order = "prompts p", "p.favourite DESC, p.id DESC"
    if search.match:
        # bm25 from the index itself: joining it beats an IN list on a large library.
        source = "prompts_fts f JOIN prompts p ON p.id = f.rowid"
        terms.insert(0, "prompts_fts MATCH ?")
        params.insert(0, search.match)
        order = "p.favourite DESC, f.rank, p.id"
    if search.exclude:
        terms.append("p.id NOT IN (SELECT rowid FROM prompts_fts WHERE prompts_fts MATCH ?)")
        params.append(search.exclude)
    where = " AND ".join(terms) or "1"
    sql = f"SELECT {COLUMNS} FROM {source} WHERE {where} ORDER BY {order} LIMIT ?"
    return sql, (*params, limit)


class SqlitePromptSearch:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def rows(self, query: PromptQuery, *, limit: int) -> list[PromptRow]:
        sql, params = compile_query(query, limit)
        with self.engine.connect() as connection:
            try:
                found = connection.exec_driver_sql(sql, params).all()
            except Exception as error:
                cause = getattr(error, "orig", error)
                if isinstance(cause, sqlite3.OperationalError) and "fts5" in str(cause):
                    raise SearchFailed(str(cause)) from error
                raise
        return [PromptRow._make((*r[:8], bool(r[8]), bool(r[9]))) for r in found]
