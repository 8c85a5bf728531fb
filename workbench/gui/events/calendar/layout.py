"""The calendar views' layout maths, without Qt: which days a month shows, which day cells
an occurrence falls in (in the user's zone), the order within a day, how many fit before
"+N more", and the lanes that put overlapping events side by side in the week view.

Everything here works on ``CalendarItem``: anything with a key, title, kind, status, aware
UTC start and end and an all-day flag (core's ``Occurrence`` is one), so the views draw
whatever they are given and never wait for a service.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import attrgetter
from typing import Protocol
from zoneinfo import ZoneInfo

DAY = timedelta(days=1)
MINUTES_PER_DAY = 24 * 60
MIN_DRAWN_MINUTES = 20  # a 5-minute event is still drawn tall enough to read and click


class CalendarItem(Protocol):
    """What a calendar view draws (read-only, so frozen dataclasses satisfy it)."""

    @property
    def key(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def start(self) -> datetime: ...  # aware UTC
    @property
    def end(self) -> datetime: ...  # aware UTC, exclusive
    @property
    def all_day(self) -> bool: ...


def local_days(item: CalendarItem, zone: ZoneInfo) -> tuple[date, date]:
    """First and last day (inclusive) the item covers.

    A timed event is placed by its instants in the user's zone; one ending exactly at
    midnight does not reach into the next day. An all-day event is a set of dates, not of
    instants: the Christmas party on 25 December is on the 25th in every zone. Core keeps
    an all-day event as midnight UTC of its first day to midnight UTC of the day after its
    last, to be read as dates (never shifted into the user's zone, nor the event's).
    """
    if item.all_day:
        first = item.start.astimezone(UTC).date()
        end = item.end.astimezone(UTC).date()  # exclusive
        return first, max(first, end - DAY)
    start = item.start.astimezone(zone)
    end = item.end.astimezone(zone)
    first = start.date()
    if end <= start:
        return first, first
    last = (end - timedelta(microseconds=1)).date()
    return first, last


def is_long(item: CalendarItem) -> bool:
    """Drawn in the all-day row of the week view: all-day, or timed and a day or longer."""
    return item.all_day or item.end - item.start >= DAY


def _order(item: CalendarItem) -> tuple[bool, datetime, timedelta, str, str]:
    # Long events first (they read as the day's context), then by start, longer first.
    return (not is_long(item), item.start, item.start - item.end, item.title.casefold(), item.key)


def month_days(year: int, month: int, first_weekday: int) -> list[date]:
    """The days a month grid shows: whole weeks from the week holding the 1st to the week
    holding the last day. ``first_weekday``: ISO number (1 Monday ... 7 Sunday)."""
    first = date(year, month, 1)
    back = (first.isoweekday() - first_weekday) % 7
    start = first - timedelta(days=back)
    last = (date(year + month // 12, month % 12 + 1, 1)) - DAY
    weeks = ((last - start).days // 7) + 1
    return [start + timedelta(days=i) for i in range(weeks * 7)]


def week_start(day: date, first_weekday: int) -> date:
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def utc_range(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants from the start of ``first`` to the end of ``last`` in ``zone``, in UTC,
    widened by a day on each side so all-day events kept in other zones are included."""
    start = datetime.combine(first - DAY, time(), zone).astimezone(UTC)
    end = datetime.combine(last + 2 * DAY, time(), zone).astimezone(UTC)
    return start, end


@dataclass(frozen=True)
class DayBuckets:
    """The items of each day between ``first`` and ``last``, in display order."""

    first: date
    last: date
    by_day: dict[date, tuple[CalendarItem, ...]]

    def on(self, day: date) -> tuple[CalendarItem, ...]:
        return self.by_day.get(day, ())


def bucket_days(
    items: Iterable[CalendarItem], first: date, last: date, zone: ZoneInfo
) -> DayBuckets:
    """Each item in every day cell it covers (a three-day workshop in three cells), long
    events first in each day, then by start.

    The month view's hot path (10,000 occurrences in a month: benchmarks/events_month.py):
    timed items are placed by bisecting the days' UTC boundaries instead of converting each
    one into the zone, and sorted by start alone (core hands them sorted, which Timsort
    sees in one pass); long events go to the front per day.
    """
    n_days = (last - first).days + 1
    bounds = [
        datetime.combine(first + timedelta(days=i), time(), zone).astimezone(UTC)
        for i in range(n_days + 1)
    ]
    long_by: list[list[CalendarItem]] = [[] for _ in range(n_days)]
    short_by: list[list[CalendarItem]] = [[] for _ in range(n_days)]
    for item in sorted(items, key=attrgetter("start")):
        start, end = item.start, item.end
        if item.all_day:
            a, b = local_days(item, zone)
            i, j = (a - first).days, (b - first).days
            target = long_by
        else:
            i = bisect_right(bounds, start) - 1
            j = bisect_left(bounds, end) - 1 if end > start else i
            if i == j:  # the common case: within one day
                if 0 <= i < n_days:
                    short_by[i].append(item)
                continue
            target = long_by if end - start >= DAY else short_by
        for day in range(max(i, 0), min(j, n_days - 1) + 1):
            target[day].append(item)
    by_day = {
        first + timedelta(days=d): (*long_by[d], *short_by[d])
        for d in range(n_days)
        if long_by[d] or short_by[d]
    }
    return DayBuckets(first, last, by_day)


def fit(count: int, capacity: int) -> tuple[int, int]:
    """How many of ``count`` items a cell with room for ``capacity`` lines shows, and the N
    of "+N more" (the line "+N more" itself takes a line)."""
    if capacity <= 0:
        return 0, count
    if count <= capacity:
        return count, 0
    shown = capacity - 1
    return shown, count - shown


@dataclass(frozen=True)
class Placed:
    """A timed event's piece on one day of the week view (split at midnight)."""

    item: CalendarItem
    column: int  # day index in the week
    top: int  # minutes after the day's midnight (wall clock)
    bottom: int
    lane: int
    lanes: int  # lanes in its group of overlapping events


@dataclass(frozen=True)
class Bar:
    """An all-day (or day-long) event in the week's all-day row."""

    item: CalendarItem
    first: int  # first column
    last: int  # last column (inclusive)
    row: int
    starts_before: bool
    ends_after: bool


@dataclass(frozen=True)
class WeekLayout:
    days: tuple[date, ...]
    bars: tuple[Bar, ...]
    rows: int  # rows the all-day bars need
    placed: tuple[Placed, ...]


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def _segments(
    item: CalendarItem, days: Sequence[date], zone: ZoneInfo
) -> list[tuple[int, int, int]]:
    """(column, top, bottom) of each day the timed item touches, clipped to midnight.

    Wall-clock minutes: on a day the clocks change the grid still reads 0:00 to 24:00, and an
    event at 3:00 is drawn at 3:00, as a wall calendar would."""
    start, end = item.start.astimezone(zone), item.end.astimezone(zone)
    out = []
    for column, day in enumerate(days):
        if end <= start:  # a moment, not a span: on its own day only
            if start.date() == day:
                out.append((column, _minutes(start), _minutes(start)))
            continue
        if end <= datetime.combine(day, time(), zone) or start >= datetime.combine(
            day + DAY, time(), zone
        ):
            continue
        top = _minutes(start) if start.date() == day else 0
        bottom = _minutes(end) if end.date() == day else MINUTES_PER_DAY
        out.append((column, top, max(bottom, top)))
    return out


def _lanes(
    pieces: list[tuple[int, int, CalendarItem]],
) -> list[tuple[int, int, CalendarItem, int, int]]:
    """Side-by-side lanes: each group of transitively overlapping pieces shares its width."""
    pieces.sort(key=lambda p: (p[0], -p[1], p[2].key))
    result: list[tuple[int, int, CalendarItem, int, int]] = []
    group: list[tuple[int, int, CalendarItem, int]] = []
    lane_ends: list[int] = []  # per lane, where its last piece ends (as drawn)
    group_end = -1
    for top, bottom, item in pieces:
        if group and top >= group_end:  # nothing before overlaps: a new group
            result.extend((t, b, it, lane, len(lane_ends)) for t, b, it, lane in group)
            group, lane_ends, group_end = [], [], -1
        drawn_end = max(bottom, top + MIN_DRAWN_MINUTES)
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= top:
                lane_ends[lane] = drawn_end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(drawn_end)
        group.append((top, bottom, item, lane))
        group_end = max(group_end, drawn_end)
    result.extend((t, b, it, lane, len(lane_ends)) for t, b, it, lane in group)
    return result


def layout_week(items: Iterable[CalendarItem], first_day: date, zone: ZoneInfo) -> WeekLayout:
    days = tuple(first_day + timedelta(days=i) for i in range(7))
    long_items: list[CalendarItem] = []
    per_day: dict[int, list[tuple[int, int, CalendarItem]]] = defaultdict(list)
    for item in items:
        if is_long(item):
            long_items.append(item)
            continue
        for column, top, bottom in _segments(item, days, zone):
            per_day[column].append((top, bottom, item))
    placed = [
        Placed(item, column, top, bottom, lane, lanes)
        for column in sorted(per_day)
        for top, bottom, item, lane, lanes in _lanes(per_day[column])
    ]
    bars: list[Bar] = []
    row_ends: list[int] = []  # per row, the last column taken
    for item in sorted(long_items, key=_order):
        a, b = local_days(item, zone)
        if b < days[0] or a > days[-1]:
            continue
        first = max(0, (a - days[0]).days)
        last = min(6, (b - days[0]).days)
        for row, row_end in enumerate(row_ends):
            if row_end < first:
                row_ends[row] = last
                break
        else:
            row = len(row_ends)
            row_ends.append(last)
        bars.append(Bar(item, first, last, row, a < days[0], b > days[-1]))
    return WeekLayout(days, tuple(bars), len(row_ends), tuple(placed))
