"""Local weeks as ranges of epoch seconds, for reading the rollups by week.

SQLite's ``date(t, 'unixepoch', 'localtime', 'weekday 0', '-6 days')`` names the local week
of each row (analytics.py's WEEK): one date() per row and a sort of every row by its week.
With the weeks as (label, start, end) ranges, a query reads each week's rows as an index
range instead, already grouped. A week starts at the first second whose local date is its
Monday, found with the same C library ``localtime`` SQLite uses, so the ranges name every
second as date() does (zones whose local date runs backwards at a change of offset aside).
"""

from __future__ import annotations

import time
from datetime import date, timedelta

DAY = 86400


def _local_date(t: int) -> date:
    local = time.localtime(t)
    return date(local.tm_year, local.tm_mon, local.tm_mday)


def monday_of(t: int) -> date:
    day = _local_date(t)
    return day - timedelta(days=day.weekday())


def _start(day: date) -> int:
    """The first second whose local date is ``day`` or later."""
    near = int(time.mktime((day.year, day.month, day.day, 0, 0, 0, 0, 0, -1)))
    lo, hi = near - 2 * DAY, near + 2 * DAY  # mktime is off by an hour at most
    while lo < hi:
        mid = (lo + hi) // 2
        if _local_date(mid) >= day:
            hi = mid
        else:
            lo = mid + 1
    return lo


def local_weeks(first: int, last: int) -> list[tuple[str, int, int]]:
    """(Monday as YYYY-MM-DD, first second, first second of the next week) of every local
    week from the one holding ``first`` to the one holding ``last``."""
    monday = monday_of(first)
    start = _start(monday)
    weeks: list[tuple[str, int, int]] = []
    while start <= last:
        following = monday + timedelta(days=7)
        end = _start(following)
        weeks.append((monday.isoformat(), start, end))
        monday, start = following, end
    return weeks
