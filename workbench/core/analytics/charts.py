"""The numbers the Analytics pane and the weekly report draw, for one set of filters.

``AnalyticsCharts.numbers(filters)`` runs every aggregation the charts need (each one SQL
query, docs/analytics.md) and returns plain frozen data that crosses threads; drill.py turns
a clicked bar back into an inbox view. The hours come from the workspace settings
``analytics.unanswered_hours`` and ``analytics.coverage_hours`` (24 each by default).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from connectors.api import CommunityType
from workbench.core.analytics.service import Analytics, local_day_range
from workbench.core.communities import Communities, CommunityRef
from workbench.core.settings import WorkspaceSettings
from workbench.db.interfaces import ActivityCount, AnalyticsScope, MembersCounts

UNANSWERED_HOURS_KEY = "analytics.unanswered_hours"
COVERAGE_HOURS_KEY = "analytics.coverage_hours"
DEFAULT_HOURS = 24.0


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60.0, 1)


@dataclass(frozen=True)
class ChartFilters:
    """What the user chose: local days (both included, None: open) and communities."""

    first: date | None = None
    last: date | None = None
    community_ids: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    community_types: tuple[str, ...] = ()
    by_week: bool = False  # activity per week rather than per day

    def scope(self, today: date | None = None) -> AnalyticsScope:
        # A window ending today or later is open-ended: the same items, and with both ends
        # given SQLite plans the first-reply join badly (minutes on 1,000,000 items).
        last = self.last
        if last is not None and last >= (today or date.today()):
            last = None
        since, until = local_day_range(self.first, last)
        return AnalyticsScope(
            community_ids=self.community_ids,
            platforms=self.platforms,
            community_types=self.community_types,
            since=since,
            until=until,
        )


@dataclass(frozen=True)
class CommunityNumbers:
    """One community's bars: first-reply time, unanswered questions, coverage."""

    community_id: int
    community: str
    threads: int = 0
    answered: int = 0
    median_minutes: float | None = None
    p90_minutes: float | None = None
    questions: int = 0
    unanswered: int = 0
    judged: int = 0  # threads old enough to judge against the coverage target
    covered: int = 0  # of those, answered within the target

    @property
    def unanswered_rate(self) -> float:
        return self.unanswered / self.questions if self.questions else 0.0

    @property
    def coverage(self) -> float:
        return self.covered / self.judged if self.judged else 0.0


@dataclass(frozen=True)
class WeekFirstReply:
    week: str  # the Monday of the local week
    threads: int
    answered: int
    median_minutes: float | None
    p90_minutes: float | None


@dataclass(frozen=True)
class ChartNumbers:
    filters: ChartFilters
    unanswered_hours: float
    coverage_hours: float
    activity: list[ActivityCount] = field(default_factory=list)
    communities: list[CommunityNumbers] = field(default_factory=list)
    first_reply_weeks: list[WeekFirstReply] = field(default_factory=list)
    members: list[MembersCounts] = field(default_factory=list)
    # The communities the filters select (for the inbox views behind the bars).
    community_ids: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.activity


class AnalyticsCharts:
    def __init__(
        self, analytics: Analytics, settings: WorkspaceSettings, communities: Communities
    ) -> None:
        self.analytics = analytics
        self.settings = settings
        self._communities = communities

    def hours(self) -> tuple[float, float]:
        """(unanswered hours, coverage target hours) from the workspace settings."""
        unanswered = self.settings.get(UNANSWERED_HOURS_KEY, DEFAULT_HOURS)
        coverage = self.settings.get(COVERAGE_HOURS_KEY, DEFAULT_HOURS)
        return (
            unanswered if unanswered > 0 else DEFAULT_HOURS,
            coverage if coverage > 0 else DEFAULT_HOURS,
        )

    def set_hours(self, *, unanswered: float, coverage: float) -> None:
        """Keep the hours with the workspace (each above zero)."""
        if unanswered <= 0 or coverage <= 0:
            raise ValueError("The number of hours must be above zero.")
        self.settings.set(UNANSWERED_HOURS_KEY, float(unanswered))
        self.settings.set(COVERAGE_HOURS_KEY, float(coverage))

    def communities(self) -> list[CommunityRef]:
        """The followed communities, for the filters."""
        return self._communities.all()

    def selected(self, filters: ChartFilters) -> tuple[int, ...]:
        """The ids of the followed communities the filters select (all of them: ())."""
        if not (filters.community_ids or filters.platforms or filters.community_types):
            return ()
        known = {t.value for t in CommunityType}
        types = {CommunityType(t) for t in filters.community_types if t in known}
        return tuple(
            c.id
            for c in self._communities.all()
            if (not filters.community_ids or c.id in filters.community_ids)
            and (not filters.platforms or c.platform in filters.platforms)
            and (not filters.community_types or c.community_type in types)
        ) or (-1,)  # nothing matches: no community, rather than every one

    def coverage(
        self, scope: AnalyticsScope, *, hours: float = DEFAULT_HOURS, now: int | None = None
    ) -> list[CommunityNumbers]:
        """The share of threads answered by the team within ``hours``, per community;
        threads younger than that are not judged yet."""
        if hours <= 0:
            raise ValueError("The number of hours must be above zero.")
        rows = self.analytics.reads.coverage(
            scope, within_seconds=int(hours * 3600), now=now or int(time.time())
        )
        return [
            CommunityNumbers(r.community_id, r.community, judged=r.threads, covered=r.covered)
            for r in rows
        ]

    def first_reply_by_week(self, scope: AnalyticsScope) -> list[WeekFirstReply]:
        return [
            WeekFirstReply(
                r.week, r.threads, r.answered, _minutes(r.median_seconds), _minutes(r.p90_seconds)
            )
            for r in self.analytics.reads.first_reply_by_week(scope)
        ]

    def members_by_week(self, scope: AnalyticsScope) -> list[MembersCounts]:
        return self.analytics.reads.members_by_week(scope)

    def per_community(
        self, scope: AnalyticsScope, *, now: int | None = None
    ) -> list[CommunityNumbers]:
        """First reply, unanswered questions and coverage side by side, per community."""
        now = now or int(time.time())
        unanswered_hours, coverage_hours = self.hours()
        reads = self.analytics.reads
        rows: dict[int, CommunityNumbers] = {}

        def put(cid: int, name: str, **values: Any) -> None:
            rows[cid] = replace(rows.get(cid) or CommunityNumbers(cid, name), **values)

        for f in reads.first_reply(scope):
            put(
                f.community_id,
                f.community,
                threads=f.threads,
                answered=f.answered,
                median_minutes=_minutes(f.median_seconds),
                p90_minutes=_minutes(f.p90_seconds),
            )
        seconds = int(unanswered_hours * 3600)
        for u in reads.unanswered(scope, within_seconds=seconds, now=now):
            put(u.community_id, u.community, questions=u.questions, unanswered=u.unanswered)
        for c in self.coverage(scope, hours=coverage_hours, now=now):
            put(c.community_id, c.community, judged=c.judged, covered=c.covered)
        return sorted(rows.values(), key=lambda r: (r.community.casefold(), r.community_id))

    def numbers(self, filters: ChartFilters, *, now: int | None = None) -> ChartNumbers:
        """Everything the charts draw for ``filters`` (run it off the GUI thread)."""
        scope = filters.scope()
        unanswered_hours, coverage_hours = self.hours()
        return ChartNumbers(
            filters=filters,
            unanswered_hours=unanswered_hours,
            coverage_hours=coverage_hours,
            activity=self.analytics.activity(scope, by_week=filters.by_week),
            communities=self.per_community(scope, now=now),
            first_reply_weeks=self.first_reply_by_week(scope),
            members=self.members_by_week(scope),
            community_ids=self.selected(filters),
        )
