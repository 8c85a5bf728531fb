"""An item filter to SQL: WHERE terms and ORDER BY over ``items i``, chosen to match the
indexes (migrations 0002, 0004 and 0013; tests/inbox/test_query_plan.py checks the plans)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from workbench.db.interfaces import ItemFilter
from workbench.db.sqlite.fts import Expressions, expressions

# Must repeat migration 0002's partial index conditions word for word.
# The unary + keeps SQLite from reading all posts through the kind index instead.
QUESTION_POSTS = "i.flags LIKE '%question%' AND +i.kind = 'post'"

# Migration 0004's partial kind index holds every kind but comments; SQLite uses it only
# when the query repeats its condition word for word.
RARE_KINDS = "i.kind != 'comment'"

ORDER_SQL = {
    "newest": "i.created_at DESC, i.id DESC",
    "oldest": "i.created_at, i.id",
    "priority": "i.priority DESC, i.created_at DESC, i.id DESC",
    "snooze": "i.snoozed_until, i.id",
}


# Migration 0007's partial index of snoozed items, by the time they wake up; SQLite uses
# it only when the query names the state as the index does.
SNOOZED = "i.state = 'snoozed'"
SNOOZED_INDEX = "ix_items_snoozed"  # named: without statistics SQLite took the state index
AUTHOR_MATCH = "name LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\'"

# Migration 0016's covering index for searches, keyed by id: the ids the full-text index
# matched are looked up in it, not in the table (about 2.5 µs an id instead of 5-10: a
# table row holds the whole text). Only for filters on the columns it holds, newest or
# oldest first.
MATCHES_INDEX = "ix_items_matches"
COVERED = ("id", "created_at", "state", "kind", "community_id", "author_id", "deleted_at", "flags")


@dataclass(frozen=True)
class Compiled:
    where: str
    params: tuple[Any, ...]
    order: str
    search: Expressions
    covered: bool = False  # every column the filter reads is in MATCHES_INDEX
    by_ids: bool = False  # an id list drives the query (tags): each id is looked up
    source: str = "items i"

    def by_matches(self) -> Compiled:
        """The same query read through MATCHES_INDEX, when it covers the filter."""
        if not self.covered or not (self.search.match or self.by_ids):
            return self
        return replace(self, source=f"items i INDEXED BY {MATCHES_INDEX}")

    def among(self, ids: Sequence[int]) -> Compiled:
        """The same query kept to ``ids`` (the full-text index's matches, found already)."""
        return replace(
            self,
            where=f"{self.where} AND i.id IN (SELECT value FROM json_each(?))",
            params=(*self.params, json.dumps(list(ids))),
            by_ids=True,
        )

    def select(
        self, columns: str = "i.id", limit: int | None = None
    ) -> tuple[str, tuple[Any, ...]]:
        sql = f"SELECT {columns} FROM {self.source} WHERE {self.where} ORDER BY {self.order}"
        if limit is None:
            return sql, self.params
        return f"{sql} LIMIT ?", (*self.params, limit)

    def count(self, cap: int | None = None) -> tuple[str, tuple[Any, ...]]:
        if cap is None:
            return f"SELECT count(*) FROM items i WHERE {self.where}", self.params
        sql = f"SELECT count(*) FROM (SELECT 1 FROM items i WHERE {self.where} LIMIT ?)"
        return sql, (*self.params, cap)


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _marks(values: tuple[Any, ...]) -> str:
    return ",".join("?" * len(values))


def author_patterns(author: str) -> tuple[str, str]:
    """AUTHOR_MATCH's parameters: the name or display name starts with ``author``."""
    return _like(author) + "%", _like(author) + "%"


def compile_filter(query: ItemFilter, *, fts: bool = True) -> Compiled:
    """``fts=False`` leaves out the full-text terms (the reader applies them itself)."""
    terms: list[str] = []
    params: list[Any] = []
    # Filters reading a column MATCHES_INDEX does not hold (or ordered by one) go the
    # usual way.
    covered = query.order in ("newest", "oldest") and query.assignee is None
    covered = covered and query.unanswered_before is None
    source = "items i"
    if query.states == ("snoozed",) and query.order == "snooze":
        terms.append(SNOOZED)
        source = f"items i INDEXED BY {SNOOZED_INDEX}"
    elif query.states:
        # The unary + keeps SQLite off the state index where another one serves better:
        # in priority order, walking the priority index and skipping closed items gives
        # an open view's first page in under a millisecond (sorting every open item by
        # priority took about 190 ms on 1,000,000 items); with rarer kinds, the kind
        # index holds the state too (about 0.5 ms against 20 ms through the state index).
        rare_kinds = bool(query.kinds) and "comment" not in query.kinds
        state = "+i.state" if query.order == "priority" or rare_kinds else "i.state"
        terms.append(f"{state} IN ({_marks(query.states)})")
        params += query.states
    if query.kinds:
        terms.append(f"i.kind IN ({_marks(query.kinds)})")
        params += query.kinds
        if "comment" not in query.kinds:
            terms.append(RARE_KINDS)
    if query.community_ids:
        terms.append(f"i.community_id IN ({_marks(query.community_ids)})")
        params += query.community_ids
    if query.platforms:
        terms.append(
            "i.community_id IN (SELECT id FROM communities WHERE platform IN "
            f"({_marks(query.platforms)}))"
        )
        params += query.platforms
    if query.assignee is not None:
        terms.append("i.assignee = ?")
        params.append(query.assignee)
    if query.tags:
        terms.append(f"i.id IN (SELECT item_id FROM item_tags WHERE tag IN ({_marks(query.tags)}))")
        params += query.tags
    if query.since is not None:
        terms.append("i.created_at >= ?")
        params.append(query.since)
    if query.until is not None:
        terms.append("i.created_at < ?")
        params.append(query.until)
    if query.after_id is not None:
        terms.append("i.id > ?")
        params.append(query.after_id)
    if query.hide_deleted:
        terms.append("i.deleted_at IS NULL")
    if query.hide_own:
        # flags is a comma-separated list: match the whole word, not "owner".
        terms.append("(',' || i.flags || ',') NOT LIKE '%,own,%'")
    if query.unanswered_before is not None:
        terms.append(QUESTION_POSTS)
        terms.append("i.created_at <= ?")
        params.append(query.unanswered_before)
        terms.append(
            "NOT EXISTS (SELECT 1 FROM items r WHERE r.account_id = i.account_id "
            "AND r.thread_external_id = i.external_id AND r.flags LIKE '%own%')"
        )
    search = expressions(query.text)
    if search.match and fts:
        terms.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
        params.append(search.match)
    if search.exclude and fts:
        terms.append("i.id NOT IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
        params.append(search.exclude)
    for author in query.authors:
        terms.append(f"i.author_id IN (SELECT id FROM members WHERE {AUTHOR_MATCH})")
        params += author_patterns(author)
    for ids in query.author_ids:
        # One member: an equality, so the author index gives the order.
        terms.append("i.author_id = ?" if len(ids) == 1 else f"i.author_id IN ({_marks(ids)})")
        params += ids
    for community in query.communities:
        terms.append(
            "i.community_id IN (SELECT id FROM communities WHERE name LIKE ? ESCAPE '\\' "
            "OR external_id LIKE ? ESCAPE '\\')"
        )
        params += [f"%{_like(community)}%", _like(community)]
    return Compiled(
        where=" AND ".join(terms) or "1",
        params=tuple(params),
        order=ORDER_SQL[query.order],
        search=search,
        covered=covered,
        by_ids=bool(query.tags),
        source=source,
    )
