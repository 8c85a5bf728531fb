"""The charts' numbers in SQLite: coverage, first reply per week, new and returning members
(docs/analytics.md defines each). ``SqliteAnalytics`` with them, on the same read lane.

Threads, their first team reply and the per-group medians are analytics.py's (the rollup
of thread starts, BY_GROUP), shared with the first-reply time.
"""

from __future__ import annotations

from typing import Any

from workbench.db.interfaces import (
    AnalyticsScope,
    CoverageCounts,
    MembersCounts,
    WeeklyFirstReply,
)
from workbench.db.sqlite.analytics import (
    BY_GROUP,
    TEAM,
    SqliteAnalytics,
    _scope,
    rollup_threads,
)
from workbench.db.sqlite.analytics_weeks import local_weeks

# The Monday of the local week of an epoch column (as analytics.py's WEEK).
WEEK_OF = "date({t}, 'unixepoch', 'localtime', 'weekday 0', '-6 days')"

COVERAGE = """
SELECT t.cid, c.name, count(*), sum(t.wait IS NOT NULL AND t.wait <= ?)
FROM threads t JOIN communities c ON c.id = t.cid
WHERE t.at <= ?
GROUP BY t.cid ORDER BY c.name, t.cid
"""

# The rollup's thread starts by local week: each week an index range of start times
# (analytics_weeks.py), rather than a date() per row and a sort of every row by it; one
# window (row_number and the count share it) sorts only the answered threads.
TIMES = "SELECT min(created_at), max(created_at) FROM analytics_threads WHERE starts"
WEEK_RANGES = """
WITH weeks (w, lo, hi) AS (VALUES {weeks}),
totals AS (
    SELECT b.w AS w, (SELECT count(*) FROM analytics_threads t WHERE t.starts
                      AND t.created_at >= b.lo AND t.created_at < b.hi AND {scope}) AS threads
    FROM weeks b
),
ranked AS (
    SELECT b.w AS w, t.first_reply_at - t.created_at AS wait, row_number() OVER win AS k,
           count(*) OVER (win ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n
    FROM weeks b JOIN analytics_threads t
      ON t.starts AND t.created_at >= b.lo AND t.created_at < b.hi
    WHERE t.first_reply_at IS NOT NULL AND {scope}
    WINDOW win AS (PARTITION BY b.w ORDER BY t.first_reply_at - t.created_at)
),
answered AS (
    SELECT w, max(n) AS n,
           avg(CASE WHEN k IN ((n + 1) / 2, (n + 2) / 2) THEN wait END) AS median,
           max(CASE WHEN k = (9 * n + 9) / 10 THEN wait END) AS p90
    FROM ranked GROUP BY w
)
SELECT t.w, t.threads, coalesce(a.n, 0), a.median, a.p90
FROM totals t LEFT JOIN answered a ON a.w = t.w WHERE t.threads > 0 ORDER BY t.w
"""

PER_WEEK = """SELECT t.w, t.threads, coalesce(a.n, 0), a.median, a.p90
FROM totals t LEFT JOIN answered a ON a.w = t.w ORDER BY t.w
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


class SqliteAnalyticsTrends(SqliteAnalytics):
    """The lead's aggregations and the charts' ones."""

    def coverage(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[CoverageCounts]:
        return self._coverage(*rollup_threads(scope), within_seconds=within_seconds, now=now)

    def _coverage(
        self, sql: str, params: list[Any], *, within_seconds: int, now: int
    ) -> list[CoverageCounts]:
        rows = self._all(sql + COVERAGE, [*params, within_seconds, now - within_seconds])
        return [CoverageCounts(r[0], r[1], r[2], r[3]) for r in rows]

    def first_reply_by_week(self, scope: AnalyticsScope) -> list[WeeklyFirstReply]:
        first, last = self._all(TIMES, [])[0]
        if first is None:
            return []
        first = first if scope.since is None else max(first, scope.since)
        last = last if scope.until is None else min(last, scope.until - 1)
        weeks = local_weeks(first, last) if first <= last else []
        if not weeks:
            return []
        where, params = _scope(scope, community="t.community_id", created="t.created_at")
        sql = WEEK_RANGES.format(weeks=", ".join("(?, ?, ?)" for _ in weeks), scope=where)
        return self._weekly(sql, [v for week in weeks for v in week] + params + params)

    def _first_reply_by_week(self, sql: str, params: list[Any]) -> list[WeeklyFirstReply]:
        by_week = BY_GROUP.format(group=WEEK_OF.format(t="at"))
        return self._weekly(sql + by_week + PER_WEEK, params)

    def _weekly(self, sql: str, params: list[Any]) -> list[WeeklyFirstReply]:
        return [
            WeeklyFirstReply(r[0], r[1], r[2], r[3], None if r[4] is None else float(r[4]))
            for r in self._all(sql, params)
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
