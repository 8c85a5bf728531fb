"""The inbox views behind a chart's bar: clicking a bar opens the items it counts.

A view can say communities, kinds, a time window, unanswered questions and "not the team's
own"; it cannot say "a member's first week", so a new-members bar opens the week's member
items. Days and weeks are local, as the charts draw them.
"""

from __future__ import annotations

from datetime import date, timedelta

from workbench.core.analytics.charts import ChartNumbers
from workbench.core.analytics.service import local_day_range
from workbench.core.inbox.query import Order, View

THREAD_KINDS = ("post", "message")  # what starts a thread (first reply, coverage)


def _window(numbers: ChartNumbers) -> tuple[int | None, int | None]:
    return local_day_range(numbers.filters.first, numbers.filters.last)


def _communities(numbers: ChartNumbers, community_id: int | None) -> tuple[int, ...]:
    return (community_id,) if community_id is not None else numbers.community_ids


def period_view(numbers: ChartNumbers, period: str, *, week: bool, kind: str = "") -> View:
    """The items of one local day (or the week starting on that Monday), of ``kind`` if
    given, in the chosen communities; clipped to the filters' window."""
    first = date.fromisoformat(period)
    last = first + timedelta(days=6) if week else first
    since, until = local_day_range(first, last)
    lo, hi = _window(numbers)
    assert since is not None and until is not None
    return View(
        community_ids=numbers.community_ids,
        kinds=(kind,) if kind else (),
        since=since if lo is None else max(since, lo),
        until=until if hi is None else min(until, hi),
        order=Order.OLDEST,
    )


def threads_view(numbers: ChartNumbers, community_id: int | None = None) -> View:
    """The members' posts and messages in the window (first reply, coverage)."""
    since, until = _window(numbers)
    return View(
        community_ids=_communities(numbers, community_id),
        kinds=THREAD_KINDS,
        since=since,
        until=until,
        hide_own=True,
        order=Order.OLDEST,
    )


def unanswered_view(numbers: ChartNumbers, community_id: int | None = None) -> View:
    """The questions with no team reply after the unanswered hours."""
    since, until = _window(numbers)
    return View(
        community_ids=_communities(numbers, community_id),
        since=since,
        until=until,
        unanswered_hours=numbers.unanswered_hours,
        order=Order.OLDEST,
    )


def members_view(numbers: ChartNumbers, week: str) -> View:
    """The members' items of the week (who wrote is in each row)."""
    view = period_view(numbers, week, week=True)
    return View(
        community_ids=view.community_ids,
        since=view.since,
        until=view.until,
        hide_own=True,
        order=Order.OLDEST,
    )


def week_threads_view(numbers: ChartNumbers, week: str) -> View:
    """The members' posts and messages of one week (first reply per week)."""
    view = period_view(numbers, week, week=True)
    return View(
        community_ids=view.community_ids,
        kinds=THREAD_KINDS,
        since=view.since,
        until=view.until,
        hide_own=True,
        order=Order.OLDEST,
    )
