"""Recurring events across DST changes, in the event's own wall time, expanded for the
window asked for only (a weekly AMA without end is normal)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from workbench.core.events.model import EventDraft, EventError
from workbench.core.workspace import Workspace

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")


def series(
    ws: Workspace, start: datetime, tz: str, rule: str, *, minutes: int = 60, title: str = "AMA"
) -> int:
    draft = EventDraft(
        title=title, start=start, end=start + timedelta(minutes=minutes), tz=tz, rrule=rule
    )
    return ws.events.create(draft).id


def local_starts(ws: Workspace, start: datetime, end: datetime, zone: ZoneInfo) -> list[str]:
    return [
        f"{o.start.astimezone(zone):%Y-%m-%d %H:%M %Z}" for o in ws.events.occurrences(start, end)
    ]


def test_a_weekly_paris_event_stays_at_19_00_across_both_dst_changes(workspace: Workspace) -> None:
    # Tuesdays 19:00 in Paris: 2027-03-28 (spring) and 2027-10-31 (autumn) change the offset.
    series(workspace, datetime(2027, 3, 16, 19, tzinfo=PARIS), "Europe/Paris", "FREQ=WEEKLY")
    spring = local_starts(
        workspace, datetime(2027, 3, 15, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC), PARIS
    )
    assert spring == ["2027-03-16 19:00 CET", "2027-03-23 19:00 CET", "2027-03-30 19:00 CEST"]
    utc = [
        o.start
        for o in workspace.events.occurrences(
            datetime(2027, 3, 15, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC)
        )
    ]
    assert [u.hour for u in utc] == [18, 18, 17]  # the same wall time, another UTC hour
    autumn = local_starts(
        workspace, datetime(2027, 10, 25, tzinfo=UTC), datetime(2027, 11, 3, tzinfo=UTC), PARIS
    )
    assert autumn == ["2027-10-26 19:00 CEST", "2027-11-02 19:00 CET"]


def test_new_york_monthly_webinar_on_the_second_tuesday(workspace: Workspace) -> None:
    series(
        workspace,
        datetime(2027, 2, 9, 12, tzinfo=NEW_YORK),
        "America/New_York",
        "FREQ=MONTHLY;BYDAY=2TU",
    )
    found = local_starts(
        workspace, datetime(2027, 2, 1, tzinfo=UTC), datetime(2027, 4, 30, tzinfo=UTC), NEW_YORK
    )
    # 2027-03-14 is the US spring change: EST before, EDT after.
    assert found == ["2027-02-09 12:00 EST", "2027-03-09 12:00 EST", "2027-04-13 12:00 EDT"]


def test_lord_howe_half_hour_dst_shift(workspace: Workspace) -> None:
    # Lord Howe moves by 30 minutes (+10:30 in winter, +11:00 in summer; change 2027-10-03).
    series(
        workspace,
        datetime(2027, 9, 26, 9, tzinfo=LORD_HOWE),
        "Australia/Lord_Howe",
        "FREQ=WEEKLY;COUNT=3",
    )
    found = workspace.events.occurrences(
        datetime(2027, 9, 1, tzinfo=UTC), datetime(2027, 11, 1, tzinfo=UTC)
    )
    assert [f"{o.start.astimezone(LORD_HOWE):%H:%M}" for o in found] == ["09:00"] * 3
    assert [f"{o.start:%H:%M}" for o in found] == ["22:30", "22:00", "22:00"]


def test_a_time_in_the_spring_gap_takes_the_offset_before_it(workspace: Workspace) -> None:
    # 02:30 does not exist in Paris on 2027-03-28: RFC 5545 reads it with the offset before.
    series(workspace, datetime(2027, 3, 21, 2, 30, tzinfo=PARIS), "Europe/Paris", "FREQ=WEEKLY")
    found = workspace.events.occurrences(
        datetime(2027, 3, 27, tzinfo=UTC), datetime(2027, 3, 29, tzinfo=UTC)
    )
    assert [o.start for o in found] == [datetime(2027, 3, 28, 1, 30, tzinfo=UTC)]


def test_an_endless_series_is_expanded_for_the_window_only(workspace: Workspace) -> None:
    # An hourly rule started 30 years ago, forever: a naive walk would make 260,000 starts.
    series(workspace, datetime(1997, 1, 1, 8, tzinfo=UTC), "UTC", "FREQ=HOURLY", minutes=30)
    series(workspace, datetime(1997, 1, 7, 18, tzinfo=PARIS), "Europe/Paris", "FREQ=WEEKLY")
    began = time.process_time()
    found = workspace.events.occurrences(
        datetime(2027, 6, 1, tzinfo=UTC), datetime(2027, 6, 2, tzinfo=UTC)
    )
    spent = time.process_time() - began
    hourly = [o for o in found if o.title == "AMA" and o.end - o.start == timedelta(minutes=30)]
    assert len(hourly) == 24
    assert len(found) == 25  # 2027-06-01 is a Tuesday: the weekly one too
    assert spent < 1.0  # not a figure: a whole-series walk takes many seconds


def test_the_series_start_is_an_occurrence_even_off_rule(workspace: Workspace) -> None:
    # Starts on a Monday, repeats on Wednesdays: RFC 5545 counts the start itself.
    series(
        workspace,
        datetime(2027, 1, 4, 10, tzinfo=UTC),
        "UTC",
        "FREQ=WEEKLY;BYDAY=WE;COUNT=2",
    )
    found = workspace.events.occurrences(
        datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    )
    assert [o.start.day for o in found] == [4, 6]


def test_until_written_as_a_local_date_includes_that_day(workspace: Workspace) -> None:
    series(
        workspace,
        datetime(2027, 1, 4, 22, tzinfo=NEW_YORK),
        "America/New_York",
        "FREQ=DAILY;UNTIL=20270106",
    )
    found = workspace.events.occurrences(
        datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 2, 1, tzinfo=UTC)
    )
    assert [f"{o.start.astimezone(NEW_YORK):%d %H}" for o in found] == ["04 22", "05 22", "06 22"]


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=MINUTELY", "more often than hourly"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", "not both"),
        ("BYDAY=TU", "no known FREQ"),
        ("FREQ=WEEKLY;BYDAY=XX", "not valid"),
        ("FREQ=WEEKLY;UNTIL=tomorrow", "not a date"),
        # Days no month has: dateutil would look for them until the year 9999.
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "never happens"),
        ("FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31", "never happens"),
        ("FREQ=MONTHLY;BYDAY=6MO", "never happens"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=7", "never happens"),
        ("FREQ=HOURLY;COUNT=99999999", "COUNT is a number up to 10,000"),
        ("FREQ=DAILY;COUNT=many", "COUNT is a number"),
    ],
)
def test_unusable_rules_are_refused_in_words(workspace: Workspace, rule: str, words: str) -> None:
    with pytest.raises(EventError, match=words):
        series(workspace, datetime(2027, 1, 4, 10, tzinfo=UTC), "UTC", rule)
    assert workspace.events.all() == []


def test_an_unknown_zone_is_refused(workspace: Workspace) -> None:
    with pytest.raises(EventError, match="Unknown time zone 'Mars/Olympus'"):
        series(workspace, datetime(2027, 1, 4, 10, tzinfo=UTC), "Mars/Olympus", "FREQ=DAILY")
