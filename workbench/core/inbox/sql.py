"""A view to SQL: WHERE terms and ORDER BY over ``items i``, chosen to match the indexes.

Kept apart from the service so the EXPLAIN QUERY PLAN test checks exactly what runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.core.inbox.query import ME, Order, View
from workbench.core.inbox.search import ParsedSearch, parse

# Must repeat migration 0002's partial index conditions word for word.
# The unary + keeps SQLite from reading all posts through the kind index instead.
QUESTION_POSTS = "i.flags LIKE '%question%' AND +i.kind = 'post'"

# Migration 0004's partial kind index holds every kind but comments; SQLite uses it only
# when the query repeats its condition word for word.
RARE_KINDS = "i.kind != 'comment'"

ORDER_SQL = {
    Order.NEWEST: "i.created_at DESC, i.id DESC",
    Order.OLDEST: "i.created_at, i.id",
    Order.PRIORITY: "i.priority DESC, i.created_at DESC, i.id DESC",
    Order.SNOOZE: "i.snoozed_until, i.id",
}


@dataclass(frozen=True)
class Compiled:
    where: str
    params: tuple[Any, ...]
    order: str
    message: str  # a plain note about the search ("punctuation alone matches nothing")
    search: ParsedSearch

    def select(
        self, columns: str = "i.id", limit: int | None = None
    ) -> tuple[str, tuple[Any, ...]]:
        sql = f"SELECT {columns} FROM items i WHERE {self.where} ORDER BY {self.order}"
        if limit is None:
            return sql, self.params
        return f"{sql} LIMIT ?", (*self.params, limit)

    def count(self) -> tuple[str, tuple[Any, ...]]:
        return f"SELECT count(*) FROM items i WHERE {self.where}", self.params


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _marks(values: tuple[Any, ...]) -> str:
    return ",".join("?" * len(values))


def compile_view(view: View, *, me: str, now: int, fts: bool = True) -> Compiled:
    """``fts=False`` leaves out the full-text terms (the service applies them itself)."""
    terms: list[str] = []
    params: list[Any] = []
    if view.states:
        terms.append(f"i.state IN ({_marks(view.states)})")
        params += view.states
    if view.kinds:
        terms.append(f"i.kind IN ({_marks(view.kinds)})")
        params += view.kinds
        if "comment" not in view.kinds:
            terms.append(RARE_KINDS)
    if view.community_ids:
        terms.append(f"i.community_id IN ({_marks(view.community_ids)})")
        params += view.community_ids
    if view.platforms:
        terms.append(
            "i.community_id IN (SELECT id FROM communities WHERE platform IN "
            f"({_marks(view.platforms)}))"
        )
        params += view.platforms
    if view.assignee is not None:
        terms.append("i.assignee = ?")
        params.append(me if view.assignee == ME else view.assignee)
    if view.tags:
        terms.append(f"i.id IN (SELECT item_id FROM item_tags WHERE tag IN ({_marks(view.tags)}))")
        params += view.tags
    if view.since is not None:
        terms.append("i.created_at >= ?")
        params.append(view.since)
    if view.until is not None:
        terms.append("i.created_at < ?")
        params.append(view.until)
    if view.after_id is not None:
        terms.append("i.id > ?")
        params.append(view.after_id)
    if view.hide_deleted:
        terms.append("i.deleted_at IS NULL")
    if view.unanswered_hours is not None:
        terms.append(QUESTION_POSTS)
        terms.append("i.created_at <= ?")
        params.append(now - int(view.unanswered_hours * 3600))
        terms.append(
            "NOT EXISTS (SELECT 1 FROM items r WHERE r.account_id = i.account_id "
            "AND r.thread_external_id = i.external_id AND r.flags LIKE '%own%')"
        )
    parsed = parse(view.search)
    if parsed.match and fts:
        terms.append("i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
        params.append(parsed.match)
    if parsed.exclude and fts:
        terms.append("i.id NOT IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
        params.append(parsed.exclude)
    for author in parsed.authors:
        terms.append(
            "i.author_id IN (SELECT id FROM members WHERE name LIKE ? ESCAPE '\\' "
            "OR display_name LIKE ? ESCAPE '\\')"
        )
        params += [_like(author) + "%", _like(author) + "%"]
    for community in parsed.communities:
        terms.append(
            "i.community_id IN (SELECT id FROM communities WHERE name LIKE ? ESCAPE '\\' "
            "OR external_id LIKE ? ESCAPE '\\')"
        )
        params += [f"%{_like(community)}%", _like(community)]
    return Compiled(
        where=" AND ".join(terms) or "1",
        params=tuple(params),
        order=ORDER_SQL[view.order],
        message=parsed.message,
        search=parsed,
    )
