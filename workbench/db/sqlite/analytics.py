"""Analytics' aggregations in SQLite (docs/analytics.md defines each number).

The numbers read the rollups of migration 0015 (analytics_rollup.py keeps them with every
write): thread starts with their first team reply, and items per UTC hour. The queries on
the items themselves (THREADS, UNANSWERED, ACTIVITY below) are the reference the rollups
are tested against (analytics_reference.py), and still count the partial hours at the
ends of a window and the activity of a zone whose offset is not whole hours.

Threads are (account, thread id): an item's ``thread_external_id``, or its own id when it
has none. Team items carry the flag ``own``; the team's items in a thread are found through
the partial index of own items by thread (migration 0002), so a first reply costs one index
lookup per thread. Medians and 90th percentiles are computed in SQL with window functions.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from typing import Any

from workbench.db.interfaces import (
    ActivityCount,
    AnalyticsScope,
    FirstReplyCounts,
    UnansweredCounts,
)
from workbench.db.sqlite.analytics_rollup import HOUR
from workbench.db.sqlite.connect import ReadLane

MEMBER = "(',' || {t}.flags || ',') NOT LIKE '%,own,%'"
# ix_items_own_thread's condition word for word, then the exact flag (not "owner").
TEAM = "r.flags LIKE '%own%' AND (',' || r.flags || ',') LIKE '%,own,%'"
# ix_items_kind_created's condition word for word (posts and messages are read through it).
RARE = "i.kind != 'comment'"
# ix_items_questions' condition word for word.
QUESTION_POSTS = "i.flags LIKE '%question%' AND +i.kind = 'post'"


def _marks(values: tuple[Any, ...]) -> str:
    return ",".join("?" * len(values))


def _scope(
    scope: AnalyticsScope, community: str = "i.community_id", created: str = "i.created_at"
) -> tuple[str, list[Any]]:
    """WHERE terms on the columns named (communities through a subquery, so SQLite reads
    items first, by time or kind, rather than every item of every community)."""
    terms: list[str] = []
    params: list[Any] = []
    if scope.community_ids:
        terms.append(f"{community} IN ({_marks(scope.community_ids)})")
        params += scope.community_ids
    if scope.platforms:
        terms.append(
            f"{community} IN (SELECT id FROM communities WHERE platform IN "
            f"({_marks(scope.platforms)}))"
        )
        params += scope.platforms
    if scope.community_types:
        terms.append(
            f"{community} IN (SELECT id FROM communities WHERE community_type IN "
            f"({_marks(scope.community_types)}))"
        )
        params += scope.community_types
    if scope.since is not None:
        terms.append(f"{created} >= ?")
        params.append(scope.since)
    if scope.until is not None:
        terms.append(f"{created} < ?")
        params.append(scope.until)
    return " AND ".join(terms) or "1", params


# A thread starts with a member's post, or a member's message opening a conversation (its
# first message); the window applies to the start. Its first team item is looked up per
# thread through ix_items_own_thread (a correlated subquery, as for unanswered questions):
# joined with a table of every thread's team items, SQLite planned a scan of the team's
# items for every thread start when a window had both ends (minutes on 1,000,000 items).
THREADS = """
WITH posts AS (
    SELECT i.community_id AS cid, i.created_at AS at, i.account_id AS a,
           coalesce(i.thread_external_id, i.external_id) AS t
    FROM items i
    WHERE i.kind = 'post' AND {rare}
      AND (i.thread_external_id IS NULL OR i.thread_external_id = i.external_id)
      AND {member} AND i.deleted_at IS NULL AND {scope}
),
openers AS (
    SELECT i.community_id AS cid, min(i.created_at) AS at, i.account_id AS a,
           i.thread_external_id AS t, i.flags AS flags, i.deleted_at AS gone
    FROM items i WHERE i.kind = 'message' AND {rare}
    GROUP BY i.account_id, coalesce(i.thread_external_id, i.external_id)
),
starts AS (
    SELECT cid, at, a, t FROM posts
    UNION ALL
    SELECT o.cid, o.at, o.a, o.t FROM openers o
    WHERE {opener_member} AND o.gone IS NULL AND {opener_scope}
),
threads AS (
    SELECT s.cid AS cid, s.at AS at,
           (SELECT min(r.created_at) FROM items r
            WHERE r.account_id = s.a AND r.thread_external_id = s.t AND {team}
              AND r.created_at >= s.at) - s.at AS wait
    FROM starts s
)
"""

# Median and 90th percentile of the waits per group (a week, or a community), as
# first_reply and the charts compute them.
BY_GROUP = """,
weekly AS NOT MATERIALIZED (SELECT {group} AS w, wait FROM threads),
ranked AS (
    SELECT w, wait, row_number() OVER (PARTITION BY w ORDER BY wait) AS k,
           count(*) OVER (PARTITION BY w) AS n
    FROM weekly WHERE wait IS NOT NULL
),
answered AS (
    SELECT w, max(n) AS n,
           avg(CASE WHEN k IN ((n + 1) / 2, (n + 2) / 2) THEN wait END) AS median,
           max(CASE WHEN k = (9 * n + 9) / 10 THEN wait END) AS p90
    FROM ranked GROUP BY w
),
totals AS (SELECT w, count(*) AS threads FROM weekly GROUP BY w)
"""
PER_COMMUNITY = """SELECT t.w, c.name, t.threads, coalesce(a.n, 0), a.median, a.p90
FROM totals t JOIN communities c ON c.id = t.w LEFT JOIN answered a ON a.w = t.w
ORDER BY c.name, t.w
"""

# Materialized, and the time bound kept off the time index (+): otherwise SQLite reads every
# item by community or by time instead of the small index of questions (4.7 s against
# 0.36 s of CPU on 1,000,000 items, benchmarks/analytics.py).
UNANSWERED = """
WITH questions AS MATERIALIZED (
    SELECT i.community_id AS cid,
           NOT EXISTS (SELECT 1 FROM items r WHERE r.account_id = i.account_id
                       AND r.thread_external_id = coalesce(i.thread_external_id, i.external_id)
                       AND {team} AND r.created_at >= i.created_at
                       AND r.created_at <= i.created_at + ?) AS open
    FROM items i
    WHERE {questions} AND {member} AND i.deleted_at IS NULL AND +i.created_at <= ? AND {scope}
)
SELECT q.cid, c.name, count(*), sum(q.open)
FROM questions q JOIN communities c ON c.id = q.cid
GROUP BY q.cid ORDER BY c.name, q.cid
"""

DAY = "date(i.created_at, 'unixepoch', 'localtime')"
# The Monday of the item's local week ('weekday 0' is the next Sunday, or the same day).
WEEK = "date(i.created_at, 'unixepoch', 'localtime', 'weekday 0', '-6 days')"
ACTIVITY = """
WITH counted AS (
    SELECT {period} AS period, i.community_id AS cid, i.kind AS kind, count(*) AS n
    FROM items i WHERE {scope} GROUP BY 1, 2, 3
)
SELECT k.period, c.name, c.platform, k.kind, k.n
FROM counted k JOIN communities c ON c.id = k.cid
ORDER BY k.period, c.name, k.kind
"""

# -- the same numbers from the rollups ---------------------------------------------------

# Not materialized: each use reads the covering index of starts again (a few tens of ms),
# cheaper than copying 150,000 rows into a temporary table twice (3x the CPU). By
# community first: the groups come in index order (by time, each would be sorted).
ROLLUP_THREADS = """
WITH threads AS NOT MATERIALIZED (
    SELECT t.community_id AS cid, t.created_at AS at, t.first_reply_at - t.created_at AS wait
    FROM analytics_threads t INDEXED BY ix_analytics_threads_starts WHERE t.starts AND {scope}
)
"""
# Open: no team item within the hours, i.e. the first one (at or after the post) is later.
ROLLUP_UNANSWERED = """
SELECT q.community_id, c.name, count(*),
       sum(q.first_reply_at IS NULL OR q.first_reply_at > q.created_at + ?)
FROM analytics_threads q JOIN communities c ON c.id = q.community_id
WHERE q.question AND q.created_at <= ? AND {scope}
GROUP BY q.community_id ORDER BY c.name, q.community_id
"""
# Each hour's local day or week once (a few hundred hours, not every row); the window's
# partial hours at either end come from the items ({edges}: ACTIVITY's counted rows).
ROLLUP_ACTIVITY = """
WITH periods AS MATERIALIZED (
    SELECT h.hour AS hour, {period} AS period
    FROM (SELECT DISTINCT a.hour AS hour FROM analytics_activity a WHERE {hours}) h
),
counted AS (
    SELECT p.period AS period, a.community_id AS cid, a.kind AS kind, sum(a.items) AS n
    FROM analytics_activity a JOIN periods p ON p.hour = a.hour
    WHERE a.items > 0 AND {scope} GROUP BY 1, 2, 3
    {edges}
)
SELECT k.period, c.name, c.platform, k.kind, sum(k.n)
FROM counted k JOIN communities c ON c.id = k.cid
GROUP BY k.period, k.cid, k.kind ORDER BY k.period, c.name, k.kind
"""
EDGE = """UNION ALL
    SELECT {period}, i.community_id, i.kind, count(*) FROM items i WHERE {scope} GROUP BY 1, 2, 3
"""


def whole_hour_zone() -> bool:
    """True when the local zone's offsets (standard and summer) are whole hours: then every
    UTC hour falls in one local day (not so for India's +5:30 or Nepal's +5:45)."""
    return time.timezone % HOUR == 0 and time.altzone % HOUR == 0


def hour_split(scope: AnalyticsScope) -> tuple[AnalyticsScope | None, list[AnalyticsScope]]:
    """The window's whole UTC hours (None: there is none) and its partial ends."""
    lo = None if scope.since is None else -(-scope.since // HOUR) * HOUR
    hi = None if scope.until is None else scope.until // HOUR * HOUR
    if lo is not None and hi is not None and lo >= hi:
        return None, [scope]
    edges = []
    if scope.since is not None and lo is not None and scope.since < lo:
        edges.append(replace(scope, until=lo))
    if scope.until is not None and hi is not None and hi < scope.until:
        edges.append(replace(scope, since=hi))
    return replace(scope, since=lo, until=hi), edges


def rollup_threads(scope: AnalyticsScope) -> tuple[str, list[Any]]:
    where, params = _scope(scope, community="t.community_id", created="t.created_at")
    return ROLLUP_THREADS.format(scope=where), params


def _threads(scope: AnalyticsScope) -> tuple[str, list[Any]]:
    where, params = _scope(scope)
    opener_where, opener_params = _scope(scope, community="o.cid", created="o.at")
    sql = THREADS.format(
        team=TEAM,
        rare=RARE,
        member=MEMBER.format(t="i"),
        scope=where,
        opener_member=MEMBER.format(t="o"),
        opener_scope=opener_where,
    )
    return sql, params + opener_params


class SqliteAnalytics:
    def __init__(self, path: str) -> None:
        self._lane = ReadLane(path)

    def _all(self, sql: str, params: list[Any]) -> list[sqlite3.Row]:
        with self._lane.cursor() as cursor:
            return list(cursor.execute(sql, params).fetchall())

    def first_reply(self, scope: AnalyticsScope) -> list[FirstReplyCounts]:
        sql, params = rollup_threads(scope)
        return self._first_reply(sql, params)

    def _first_reply(self, sql: str, params: list[Any]) -> list[FirstReplyCounts]:
        rows = self._all(sql + BY_GROUP.format(group="cid") + PER_COMMUNITY, params)
        return [
            FirstReplyCounts(r[0], r[1], r[2], r[3], r[4], None if r[5] is None else float(r[5]))
            for r in rows
        ]

    def unanswered(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[UnansweredCounts]:
        where, params = _scope(scope, community="q.community_id", created="q.created_at")
        sql = ROLLUP_UNANSWERED.format(scope=where)
        rows = self._all(sql, [within_seconds, now - within_seconds, *params])
        return [UnansweredCounts(r[0], r[1], r[2], r[3]) for r in rows]

    def activity(self, scope: AnalyticsScope, *, by_week: bool) -> list[ActivityCount]:
        whole, edges = hour_split(scope)
        if whole is None or not whole_hour_zone():
            return self._activity_of_items(scope, by_week=by_week)
        period = WEEK if by_week else DAY
        hours, params = _scope(
            AnalyticsScope(since=whole.since, until=whole.until), created="a.hour"
        )
        where, more = _scope(whole, community="a.community_id", created="a.hour")
        params += more
        edge_sql = ""
        for edge in edges:
            edge_where, edge_params = _scope(edge)
            edge_sql += EDGE.format(period=period, scope=edge_where)
            params += edge_params
        sql = ROLLUP_ACTIVITY.format(
            period=period.replace("i.created_at", "h.hour"),
            hours=hours,
            scope=where,
            edges=edge_sql,
        )
        return [ActivityCount(r[0], r[1], r[2], r[3], r[4]) for r in self._all(sql, params)]

    def _activity_of_items(self, scope: AnalyticsScope, *, by_week: bool) -> list[ActivityCount]:
        where, params = _scope(scope)
        sql = ACTIVITY.format(period=WEEK if by_week else DAY, scope=where)
        return [ActivityCount(r[0], r[1], r[2], r[3], r[4]) for r in self._all(sql, params)]

    def close(self) -> None:
        self._lane.close()
