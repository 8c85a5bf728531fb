"""The numbers computed from the items themselves, as before the rollups (migration 0015).

The reference the rollups are checked against (tests/analytics/test_rollups*.py) and timed
against (benchmarks/analytics.py): the same definitions (docs/analytics.md), the same
results, read from every item of the window rather than from analytics_rollup.py's tables.
"""

from __future__ import annotations

from workbench.db.interfaces import (
    ActivityCount,
    AnalyticsScope,
    CoverageCounts,
    FirstReplyCounts,
    UnansweredCounts,
    WeeklyFirstReply,
)
from workbench.db.sqlite.analytics import MEMBER, QUESTION_POSTS, TEAM, UNANSWERED, _scope, _threads
from workbench.db.sqlite.analytics_trends import SqliteAnalyticsTrends


class ReferenceAnalytics(SqliteAnalyticsTrends):
    """Analytics' reads on the items (members per week reads them in both)."""

    def first_reply(self, scope: AnalyticsScope) -> list[FirstReplyCounts]:
        return self._first_reply(*_threads(scope))

    def unanswered(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[UnansweredCounts]:
        where, params = _scope(scope)
        sql = UNANSWERED.format(
            team=TEAM, questions=QUESTION_POSTS, member=MEMBER.format(t="i"), scope=where
        )
        rows = self._all(sql, [within_seconds, now - within_seconds, *params])
        return [UnansweredCounts(r[0], r[1], r[2], r[3]) for r in rows]

    def activity(self, scope: AnalyticsScope, *, by_week: bool) -> list[ActivityCount]:
        return self._activity_of_items(scope, by_week=by_week)

    def coverage(
        self, scope: AnalyticsScope, *, within_seconds: int, now: int
    ) -> list[CoverageCounts]:
        return self._coverage(*_threads(scope), within_seconds=within_seconds, now=now)

    def first_reply_by_week(self, scope: AnalyticsScope) -> list[WeeklyFirstReply]:
        return self._first_reply_by_week(*_threads(scope))
