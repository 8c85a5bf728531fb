"""The charts' numbers in SQLite: coverage, first reply per week, new and returning members
(docs/analytics.md defines each). ``SqliteAnalytics`` with them, on the same read lane.

The thread starts are those of the first-reply time (analytics.py's FIRST_REPLY, written
again here rather than cut out of it); the first team reply is found differently (below).
"""

from __future__ import annotations

from typing import Any

from workbench.db.interfaces import (
    AnalyticsScope,
    CoverageCounts,
    FirstReplyCounts,
    MembersCounts,
    WeeklyFirstReply,
)
from workbench.db.sqlite.analytics import MEMBER, RARE, TEAM, SqliteAnalytics, _scope

# The Monday of the local week of an epoch column (as analytics.py's WEEK).
WEEK_OF = "date({t}, 'unixepoch', 'localtime', 'weekday 0', '-6 days')"

# The first team item of each thread is looked up per thread through ix_items_own_thread
# (a correlated subquery, as the unanswered questions do), not joined with a table of every
# thread's team items: with both ends of a window given, SQLite planned that join as a scan
# of the team's items for every thread start (minutes on 1,000,000 items).
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

COVERAGE = """
SELECT t.cid, c.name, count(*), sum(t.wait IS NOT NULL AND t.wait <= ?)
FROM threads t JOIN communities c ON c.id = t.cid
WHERE t.at <= ?
GROUP BY t.cid ORDER BY c.name, t.cid
"""

# Median and 90th percentile of the waits per group (a week, or a community), as
# analytics.py's FIRST_REPLY computes them.
BY_GROUP = """,
weekly AS (SELECT {group} AS w, wait FROM threads),
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
PER_WEEK = """SELECT t.w, t.threads, coalesce(a.n, 0), a.median, a.p90
FROM totals t LEFT JOIN answered a ON a.w = t.w ORDER BY t.w
"""
PER_COMMUNITY = """SELECT t.w, c.name, t.threads, coalesce(a.n, 0), a.median, a.p90
FROM totals t JOIN communities c ON c.id = t.w LEFT JOIN answered a ON a.w = t.w
ORDER BY c.name, t.w
"""

# Members are the authors (members.id) who wrote no item flagged own; every kind of item
# counts. The team's authors come from the own items' partial index (the "+" keeps SQLite
# on it); the weeks from the window's items read through the covering index ix_items_author
# (author, time), and each member's first item over all time is that index's first entry:
# no item row is read when no community is chosen (8.4 s -> 2.5 s on 1,000,000 items).
MEMBERS = """
WITH team AS (SELECT +r.author_id AS m FROM items r WHERE {team} AND +r.author_id IS NOT NULL),
weeks AS (
    SELECT i.author_id AS m, {week} AS w
    FROM items i
    WHERE i.author_id IS NOT NULL AND i.author_id NOT IN (SELECT m FROM team) AND {scope}
    GROUP BY 1, 2
),
firsts AS (
    SELECT a.m AS m,
           (SELECT {first_week} FROM items j WHERE j.author_id = a.m AND {scope_j}) AS first
    FROM (SELECT DISTINCT m FROM weeks) a
)
SELECT k.w, sum(k.w = f.first), sum(k.w > f.first)
FROM weeks k JOIN firsts f ON f.m = k.m
GROUP BY k.w ORDER BY k.w
"""


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


class SqliteAnalyticsTrends(SqliteAnalytics):
    """The lead's aggregations and the charts' ones."""

    def coverage(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[CoverageCounts]:
        sql, params = _threads(scope)
        rows = self._all(sql + COVERAGE, [*params, within_seconds, now - within_seconds])
        return [CoverageCounts(r[0], r[1], r[2], r[3]) for r in rows]

    def first_reply_by_week(self, scope: AnalyticsScope) -> list[WeeklyFirstReply]:
        sql, params = _threads(scope)
        by_week = BY_GROUP.format(group=WEEK_OF.format(t="at"))
        rows = self._all(sql + by_week + PER_WEEK, params)
        return [
            WeeklyFirstReply(r[0], r[1], r[2], r[3], None if r[4] is None else float(r[4]))
            for r in rows
        ]

    def first_reply_by_community(self, scope: AnalyticsScope) -> list[FirstReplyCounts]:
        """first_reply()'s numbers, with the team's reply looked up per thread (THREADS)."""
        sql, params = _threads(scope)
        rows = self._all(sql + BY_GROUP.format(group="cid") + PER_COMMUNITY, params)
        return [
            FirstReplyCounts(r[0], r[1], r[2], r[3], r[4], None if r[5] is None else float(r[5]))
            for r in rows
        ]

    def members_by_week(self, scope: AnalyticsScope) -> list[MembersCounts]:
        where, params = _scope(scope)
        # The communities of the scope, all time: a member's first week may precede it.
        everywhere = AnalyticsScope(
            community_ids=scope.community_ids,
            platforms=scope.platforms,
            community_types=scope.community_types,
        )
        where_j, params_j = _scope(everywhere, community="j.community_id", created="j.created_at")
        sql = MEMBERS.format(
            team=TEAM,
            week=WEEK_OF.format(t="i.created_at"),
            scope=where,
            first_week=WEEK_OF.format(t="min(j.created_at)"),
            scope_j=where_j,
        )
        rows = self._all(sql, params + params_j)
        return [MembersCounts(r[0], r[1], r[2]) for r in rows]
