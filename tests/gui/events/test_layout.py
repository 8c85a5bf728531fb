"""The calendar's layout maths: which day cells an occurrence is drawn in, in the user's zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.gui.events.items import Item, hour_long, utc
from workbench.gui.events.calendar.layout import (
    bucket_days,
    fit,
    layout_week,
    local_days,
    month_days,
    utc_range,
)

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")


def first_day(start: datetime, zone: ZoneInfo) -> date:
    """The day a 20-minute event starting at ``start`` is drawn in."""
    return local_days(hour_long("e", start, 20), zone)[0]


def test_a_month_grid_starts_on_the_locales_first_day_of_the_week() -> None:
    monday_first = month_days(2026, 12, 1)
    assert monday_first[0] == date(2026, 11, 30) and monday_first[-1] == date(2027, 1, 3)
    sunday_first = month_days(2026, 12, 7)
    assert sunday_first[0] == date(2026, 11, 29) and sunday_first[-1] == date(2027, 1, 2)
    assert len(monday_first) % 7 == 0 and len(month_days(2027, 2, 1)) == 28  # Feb 2027: 4 weeks


def test_the_day_an_event_falls_on_follows_the_offset_on_both_sides_of_a_dst_change() -> None:
    # Paris springs forward on 29 March 2026 (UTC+1 -> UTC+2).
    before = hour_long("before", utc(2026, 3, 28, 22, 30), 20)  # 23:30 in Paris, on the 28th
    after = hour_long("after", utc(2026, 3, 29, 22, 30), 20)  # 00:30 in Paris, on the 30th
    assert local_days(before, PARIS) == (date(2026, 3, 28),) * 2
    assert local_days(after, PARIS) == (date(2026, 3, 30),) * 2
    # New York falls back on 1 November 2026 (UTC-4 -> UTC-5): 03:30 UTC is still the 31st.
    assert first_day(utc(2026, 11, 1, 3, 30), NEW_YORK) == date(2026, 10, 31)
    assert first_day(utc(2026, 11, 2, 4, 30), NEW_YORK) == date(2026, 11, 1)
    # Lord Howe moves by half an hour (UTC+11 -> UTC+10:30 on 5 April 2026).
    assert first_day(utc(2026, 4, 4, 13, 15), LORD_HOWE) == date(2026, 4, 5)
    assert first_day(utc(2026, 4, 5, 13, 15), LORD_HOWE) == date(2026, 4, 5)


def test_an_event_across_midnight_is_in_both_days_but_one_ending_at_midnight_is_not() -> None:
    late = Item("late", "Late stream", utc(2026, 6, 5, 20), utc(2026, 6, 6, 1))  # 22:00-03:00
    assert local_days(late, PARIS) == (date(2026, 6, 5), date(2026, 6, 6))
    to_midnight = Item("m", "Evening", utc(2026, 6, 5, 19), utc(2026, 6, 5, 22))  # 21:00-24:00
    assert local_days(to_midnight, PARIS) == (date(2026, 6, 5),) * 2


def test_an_event_spanning_two_months_appears_in_each_shown_day_of_the_grid() -> None:
    retreat = Item("r", "Retreat", utc(2026, 11, 29, 9), utc(2026, 12, 2, 12))
    days = month_days(2026, 12, 1)  # from Monday 30 November
    buckets = bucket_days([retreat], days[0], days[-1], PARIS)
    assert sorted(buckets.by_day) == [date(2026, 11, 30), date(2026, 12, 1), date(2026, 12, 2)]


def test_an_all_day_event_keeps_its_dates_whatever_the_users_and_the_events_zone() -> None:
    # Core keeps all-day events as dates: midnight UTC to midnight UTC of the day after.
    christmas = Item(
        "x", "Christmas", utc(2026, 12, 25), utc(2026, 12, 26), all_day=True, tz="Pacific/Auckland"
    )
    for user_zone in (NEW_YORK, PARIS, LORD_HOWE, ZoneInfo("Pacific/Kiritimati")):
        assert local_days(christmas, user_zone) == (date(2026, 12, 25),) * 2
    two_days = Item(
        "t", "Offsite", utc(2026, 12, 3), utc(2026, 12, 5), all_day=True, tz="Asia/Tokyo"
    )
    assert local_days(two_days, NEW_YORK) == (date(2026, 12, 3), date(2026, 12, 4))
    buckets = bucket_days([christmas], date(2026, 12, 21), date(2026, 12, 27), NEW_YORK)
    assert list(buckets.by_day) == [date(2026, 12, 25)]


def test_the_range_fetched_for_a_grid_holds_all_day_events_kept_in_far_zones() -> None:
    start, end = utc_range(date(2026, 11, 30), date(2027, 1, 3), PARIS)
    assert start <= utc(2026, 11, 29, 11) and end >= utc(2027, 1, 4, 23)


def test_a_day_shows_what_fits_then_plus_n_more() -> None:
    assert fit(3, 5) == (3, 0)
    assert fit(5, 5) == (5, 0)
    assert fit(9, 5) == (4, 5)  # four events, then "+5 more" on the fifth line
    assert fit(2, 0) == (0, 2)


def test_a_day_lists_long_events_first_then_by_start() -> None:
    day = [
        hour_long("b", utc(2026, 6, 5, 15)),
        hour_long("a", utc(2026, 6, 5, 8)),
        Item("all", "Conference", utc(2026, 6, 5), utc(2026, 6, 6), all_day=True),
    ]
    buckets = bucket_days(day, date(2026, 6, 1), date(2026, 6, 7), ZoneInfo("UTC"))
    assert [i.key for i in buckets.on(date(2026, 6, 5))] == ["all", "a", "b"]


def test_overlapping_events_share_the_width_and_the_next_free_lane_is_reused() -> None:
    monday = date(2026, 6, 1)
    items = [
        Item("a", "A", utc(2026, 6, 1, 9), utc(2026, 6, 1, 11)),
        Item("b", "B", utc(2026, 6, 1, 9, 30), utc(2026, 6, 1, 10)),
        Item("c", "C", utc(2026, 6, 1, 10), utc(2026, 6, 1, 10, 30)),
        Item("d", "D", utc(2026, 6, 1, 11), utc(2026, 6, 1, 12)),
    ]
    week = layout_week(items, monday, ZoneInfo("UTC"))
    lanes = {p.item.key: (p.lane, p.lanes) for p in week.placed}
    assert lanes == {"a": (0, 2), "b": (1, 2), "c": (1, 2), "d": (0, 1)}


def test_the_week_splits_overnight_events_and_puts_long_ones_in_the_all_day_row() -> None:
    monday = date(2026, 6, 1)
    night = Item("n", "Night", utc(2026, 6, 2, 20), utc(2026, 6, 3, 1))  # 22:00-03:00 Paris
    summit = Item("s", "Summit", utc(2026, 5, 30, 8), utc(2026, 6, 2, 16))  # timed, days long
    week = layout_week([night, summit], monday, PARIS)
    assert [(p.column, p.top, p.bottom) for p in week.placed] == [
        (1, 22 * 60, 24 * 60),
        (2, 0, 3 * 60),
    ]
    assert [(b.item.key, b.first, b.last, b.starts_before) for b in week.bars] == [
        ("s", 0, 1, True)
    ]


def test_on_the_day_the_clocks_change_an_event_is_drawn_at_its_wall_clock_time() -> None:
    sunday = date(2026, 3, 29)  # Paris: 02:00 -> 03:00
    early = Item("e", "Early", utc(2026, 3, 29, 1), utc(2026, 3, 29, 2))  # 03:00-04:00 CEST
    week = layout_week([early], sunday - timedelta(days=6), PARIS)
    [piece] = week.placed
    assert (piece.column, piece.top, piece.bottom) == (6, 3 * 60, 4 * 60)
