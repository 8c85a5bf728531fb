"""The numbers of Analytics, each defined in docs/analytics.md exactly as computed here and
in workbench/db/sqlite/analytics.py (one SQL aggregation each, on a read connection of its
own, so a report never waits for the inbox)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as day_time

from workbench.db.interfaces import ActivityCount, AnalyticsReads, AnalyticsScope
from workbench.db.store import Store

DEFAULT_UNANSWERED_HOURS = 24


@dataclass(frozen=True)
class FirstReply:
    community: str
    threads: int  # thread-starting member items in the window
    answered: int  # of those, with a team item after them in their thread
    median_minutes: float | None  # over answered threads only; None when none was answered
    p90_minutes: float | None


@dataclass(frozen=True)
class Unanswered:
    community: str
    questions: int  # member posts flagged question, old enough to judge
    unanswered: int  # with no team item in their thread within the hours asked

    @property
    def rate(self) -> float:
        """A fraction from 0 to 1 (0 when there were no questions)."""
        return self.unanswered / self.questions if self.questions else 0.0


def local_day_range(first: date | None, last: date | None) -> tuple[int | None, int | None]:
    """Epoch bounds of the local days ``first`` to ``last``, both included."""
    since = (
        None if first is None else int(datetime.combine(first, day_time()).astimezone().timestamp())
    )
    until = (
        None
        if last is None
        else int(datetime.combine(last + timedelta(days=1), day_time()).astimezone().timestamp())
    )
    return since, until


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60.0, 1)


class Analytics:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._reads: AnalyticsReads | None = None

    @property
    def reads(self) -> AnalyticsReads:
        if self._reads is None:
            self._reads = self._store.analytics_reads()
        return self._reads

    def first_reply(self, scope: AnalyticsScope) -> list[FirstReply]:
        return [
            FirstReply(
                r.community,
                r.threads,
                r.answered,
                _minutes(r.median_seconds),
                _minutes(r.p90_seconds),
            )
            for r in self.reads.first_reply(scope)
        ]

    def unanswered(
        self,
        scope: AnalyticsScope,
        *,
        hours: float = DEFAULT_UNANSWERED_HOURS,
        now: int | None = None,
    ) -> list[Unanswered]:
        if hours <= 0:
            raise ValueError("The number of hours must be above zero.")
        rows = self.reads.unanswered(
            scope, within_seconds=int(hours * 3600), now=now or int(time.time())
        )
        return [Unanswered(r.community, r.questions, r.unanswered) for r in rows]

    def activity(self, scope: AnalyticsScope, *, by_week: bool = False) -> list[ActivityCount]:
        return self.reads.activity(scope, by_week=by_week)

    def close(self) -> None:
        if self._reads is not None:
            self._reads.close()
            self._reads = None
