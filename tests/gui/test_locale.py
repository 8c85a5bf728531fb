"""Dates, times and numbers as the user's locale writes them: French "1 déc. 14:05" and a
week starting on Monday, American English "Dec 1 2:05 PM" and a week starting on Sunday."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit
from pytestqt.qtbot import QtBot

from tests.gui.events.items import hour_long
from workbench.core.inbox.query import View
from workbench.core.workspace import Workspace
from workbench.gui import formats
from workbench.gui.events.calendar.agenda import AgendaView
from workbench.gui.events.calendar.month import MonthView
from workbench.gui.inbox.model import cell

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def locale_named(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def _this_year_not_today() -> datetime:
    """14:05 local on a day of this year other than today (lists show only the time today)."""
    today = datetime.now().astimezone()
    day = date(today.year, 1, 15 if today.date() != date(today.year, 1, 15) else 16)
    return datetime(day.year, day.month, day.day, 14, 5).astimezone()


@pytest.mark.parametrize(
    ("locale_named", "expected"),
    [("fr_FR", "{day} janv. 14:05"), ("en_US", "Jan {day} 2:05\u202fPM")],
    indirect=["locale_named"],
)
def test_the_inbox_time_column_follows_the_locale(
    workspace: Workspace, locale_named: str, expected: str
) -> None:
    account = workspace.accounts.add("demo", "Demo", {"size": "5"})
    assert workspace.sync.sync(account.id).status == "ok"
    [first] = workspace.inbox.rows(list(workspace.inbox.ids(View(), limit=1).ids))
    when = _this_year_not_today()
    row = dataclasses.replace(first, created_at=int(when.timestamp()))
    assert cell(row, "time") == expected.format(day=when.day)
    today = dataclasses.replace(first, created_at=int(datetime.now(UTC).timestamp()))
    shown = cell(today, "time")
    assert (":" in shown and "M" not in shown) if locale_named == "fr_FR" else "M" in shown


def test_french_counts_dates_and_percentages(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        moment = datetime(2026, 12, 1, 14, 5, tzinfo=UTC)
        assert formats.day_month_text(moment.date()) == "1 déc."
        assert formats.long_date_text(moment.date()) == "mardi 1 décembre 2026"
        assert formats.number_text(1234567) == "1\u202f234\u202f567"
        assert formats.percent_text(0.25) == "25\u00a0%"
        assert formats.percent_text(-0.05, signed=True) == "-5\u00a0%"
        assert formats.decimal_text(4.5) == "4,5"
        assert formats.edit_pattern() == "ddd d MMM yyyy HH:mm"
    finally:
        QLocale.setDefault(before)
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert formats.number_text(1234567) == "1,234,567"
        assert formats.percent_text(0.25) == "25%"
        assert formats.day_month_text(date(2026, 12, 1), weekday=True) == "Tue, Dec 1"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("locale_named", "first", "event_time"),
    [("fr_FR", "lun.", "14:05 – 15:05"), ("en_US", "Sun", "2:05\u202fPM – 3:05\u202fPM")],
    indirect=["locale_named"],
)
def test_calendar_weeks_and_times_follow_the_locale(
    qtbot: QtBot, locale_named: str, first: str, event_time: str
) -> None:
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    view = MonthView(zone=PARIS, clock=lambda: now)
    qtbot.addWidget(view)
    assert view.day_names()[0] == first
    first_day = view.cells()[0].day
    assert first_day.isoweekday() == (1 if locale_named == "fr_FR" else 7)
    agenda = AgendaView(zone=PARIS, clock=lambda: now)
    qtbot.addWidget(agenda)
    agenda.set_occurrences([hour_long("ama", datetime(2026, 12, 1, 13, 5, tzinfo=UTC))])
    assert agenda.model.index(1).data().startswith(event_time)
    heading = agenda.model.index(0).data()
    assert ("décembre" in heading) if locale_named == "fr_FR" else ("December" in heading)
    # The date pickers' calendars start the week on the same day.
    edit = QDateTimeEdit()
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    popup = edit.calendarWidget()
    assert isinstance(popup, QCalendarWidget)
    assert popup.firstDayOfWeek() == QLocale().firstDayOfWeek()
