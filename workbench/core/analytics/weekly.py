"""The weekly report's week: Monday to Sunday in local days."""

from __future__ import annotations

from datetime import date, timedelta

from workbench.core.analytics.charts import ChartFilters


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def last_full_week(today: date) -> date:
    """The Monday of the last week that is over (what a weekly report is about)."""
    return monday(today) - timedelta(days=7)


def week_filters(day: date, community_ids: tuple[int, ...] = ()) -> ChartFilters:
    """The week that holds ``day``, per day, in these communities (all: ())."""
    first = monday(day)
    return ChartFilters(first=first, last=first + timedelta(days=6), community_ids=community_ids)
