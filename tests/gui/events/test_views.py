"""The month, week and agenda views driven as a user would: clicks, keys, what is drawn."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.events.items import Item, hour_long, utc
from workbench.gui.events.calendar.agenda import KEY_ROLE, AgendaView
from workbench.gui.events.calendar.month import MonthView
from workbench.gui.events.calendar.week import HOUR_HEIGHT, WeekView

PARIS = ZoneInfo("Europe/Paris")
NOW = utc(2026, 12, 1, 13)  # Tuesday 1 December 2026, 14:00 in Paris


def clock() -> object:
    return NOW


def month(qtbot: QtBot, items: list[Item]) -> MonthView:
    view = MonthView(zone=PARIS, clock=clock, first_weekday=1)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.set_occurrences(items)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: MonthView, day: date):  # type: ignore[no-untyped-def]
    return next(c for c in view.cells() if c.day == day)


def test_clicking_an_event_in_the_month_names_it_and_clicking_a_day_names_the_day(
    qtbot: QtBot,
) -> None:
    view = month(qtbot, [hour_long("ama", utc(2026, 12, 10, 17))])
    [(rect, item)] = cell(view, date(2026, 12, 10)).chips
    assert item.key == "ama"
    with qtbot.waitSignal(view.occurrence_activated) as got:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    assert got.args == ["ama"] and view.selected_key == "ama"
    empty = cell(view, date(2026, 12, 15)).rect
    with qtbot.waitSignal(view.day_activated) as got:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=empty.center())
    assert got.args == [QDate(2026, 12, 15)] and view.selected_key is None


def test_double_clicking_an_empty_day_asks_for_a_new_event_that_morning(qtbot: QtBot) -> None:
    view = month(qtbot, [])
    rect = cell(view, date(2026, 12, 18)).rect
    with qtbot.waitSignal(view.new_requested) as got:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    moment = got.args[0]
    assert moment.date() == QDate(2026, 12, 18) and moment.time().hour() == 9
    assert bytes(moment.timeZone().id().data()) == b"Europe/Paris"


def test_a_crowded_day_shows_what_fits_then_how_many_more(qtbot: QtBot) -> None:
    busy = [
        hour_long(f"e{i:02}", utc(2026, 12, 9, 6) + timedelta(minutes=20 * i), 15)
        for i in range(30)
    ]
    view = month(qtbot, busy)
    day = cell(view, date(2026, 12, 9))
    assert day.more is not None
    shown, more = len(day.chips), day.more[1]
    assert shown >= 3 and shown + more == 30
    assert [i.key for _, i in day.chips] == [f"e{i:02}" for i in range(shown)]  # earliest first
    with qtbot.waitSignal(view.more_requested) as got:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=day.more[0].center())
    assert got.args == [QDate(2026, 12, 9)]
    view.resize(1280, 1000)  # a taller window shows more of them
    assert len(cell(view, date(2026, 12, 9)).chips) > shown


def test_keys_move_the_selected_day_and_the_month(qtbot: QtBot) -> None:
    view = month(qtbot, [])
    assert view.selected_date == date(2026, 12, 1)  # today
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_date == date(2026, 12, 9)
    with qtbot.waitSignal(view.range_changed):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected_date == date(2027, 1, 9) and view.month == (2027, 1)
    first, last = view.shown_days(view.selected_date)
    assert first == date(2026, 12, 28) and last == date(2027, 1, 31)
    with qtbot.waitSignal(view.range_changed):
        qtbot.keyClick(view, Qt.Key.Key_T)
    assert view.selected_date == date(2026, 12, 1)
    with qtbot.waitSignal(view.day_activated) as got:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert got.args == [QDate(2026, 12, 1)]


def test_enter_opens_the_selected_event(qtbot: QtBot) -> None:
    view = month(
        qtbot, [hour_long("ama", utc(2026, 12, 3, 17)), hour_long("b", utc(2026, 12, 4, 9))]
    )
    [(rect, _)] = cell(view, date(2026, 12, 3)).chips
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.occurrence_opened) as got:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert got.args == ["ama"]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the 4th: Enter picks its first event, then opens it
    with qtbot.waitSignal(view.occurrence_activated) as got:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert got.args == ["b"] and view.selected_key == "b"
    with qtbot.waitSignal(view.occurrence_opened):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_j_and_k_walk_through_the_events_across_days(qtbot: QtBot) -> None:
    view = month(
        qtbot,
        [
            hour_long("b", utc(2026, 12, 3, 15)),
            hour_long("a", utc(2026, 12, 3, 9)),
            hour_long("c", utc(2026, 12, 8, 9)),
        ],
    )
    walked = []
    view.occurrence_activated.connect(walked.append)
    for _ in range(4):  # from today (the 1st): the 3rd's two events, then the 8th's, then stop
        qtbot.keyClick(view, Qt.Key.Key_J)
    assert walked == ["a", "b", "c"] and view.selected_date == date(2026, 12, 8)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert walked[-1] == "b" and view.selected_date == date(2026, 12, 3)
    week_view = WeekView(zone=PARIS, clock=clock, first_weekday=1)
    qtbot.addWidget(week_view)
    week_view.set_occurrences(view.items)
    week_view.show()
    qtbot.keyClick(week_view, Qt.Key.Key_J)
    assert week_view.selected_key == "a"


def test_the_month_follows_the_users_zone(qtbot: QtBot) -> None:
    # 23:30 UTC on the 4th is the 5th in Paris and still the 4th in New York.
    view = month(qtbot, [hour_long("late", utc(2026, 12, 4, 23, 30), 20)])
    assert [i.key for _, i in cell(view, date(2026, 12, 5)).chips] == ["late"]
    view.set_zone(ZoneInfo("America/New_York"))
    assert [i.key for _, i in cell(view, date(2026, 12, 4)).chips] == ["late"]
    assert cell(view, date(2026, 12, 5)).chips == ()


def test_the_month_keeps_its_layout_for_the_same_data_version(qtbot: QtBot) -> None:
    items = [hour_long("a", utc(2026, 12, 3, 9))]
    view = month(qtbot, items)
    view.set_occurrences(items, version=7)
    first = view.buckets()
    view.set_occurrences(items, version=7)
    assert view.buckets() is first
    view.set_occurrences([*items, hour_long("b", utc(2026, 12, 3, 12))], version=8)
    assert [i.key for i in view.buckets().on(date(2026, 12, 3))] == ["a", "b"]


def week(qtbot: QtBot, items: list[Item]) -> WeekView:
    view = WeekView(zone=PARIS, clock=clock, first_weekday=1)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.set_occurrences(items)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_week_opens_at_eight_and_puts_overlapping_events_side_by_side(qtbot: QtBot) -> None:
    a = Item("a", "Workshop", utc(2026, 12, 2, 9), utc(2026, 12, 2, 11))
    b = Item("b", "Q&A", utc(2026, 12, 2, 9, 30), utc(2026, 12, 2, 10, 30), kind="qa")
    view = week(qtbot, [a, b])
    qtbot.waitUntil(lambda: view.scroller.verticalScrollBar().value() == 8 * HOUR_HEIGHT)
    rects = dict((i.key, r) for r, i in view.grid.item_rects())
    assert not rects["a"].intersects(rects["b"])
    assert rects["a"].top() == 10 * HOUR_HEIGHT + 1  # 10:00 in Paris
    with qtbot.waitSignal(view.occurrence_activated) as got:
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=rects["b"].center())
    assert got.args == ["b"]


def test_the_week_shows_all_day_events_above_the_hours(qtbot: QtBot) -> None:
    summit = Item("s", "Summit", utc(2026, 12, 1), utc(2026, 12, 3), all_day=True, kind="meetup")
    view = week(qtbot, [summit])
    assert view.grid.item_rects() == []
    [(rect, item)] = view.header.bar_rects()
    assert item.key == "s" and rect.width() > view.grid.width() // 7  # two day columns
    with qtbot.waitSignal(view.occurrence_activated):
        qtbot.mouseClick(view.header, Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_clicking_an_empty_hour_asks_for_an_event_then(qtbot: QtBot) -> None:
    view = week(qtbot, [])
    x0, x1 = view.column_x(3)  # Thursday 3 December
    at = QPoint((x0 + x1) // 2, 15 * HOUR_HEIGHT + HOUR_HEIGHT * 3 // 4)  # 15:45
    with qtbot.waitSignal(view.new_requested) as got:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=at)
    moment = got.args[0]
    assert moment.date() == QDate(2026, 12, 3)
    assert (moment.time().hour(), moment.time().minute()) == (15, 30)


def test_the_agenda_model_passes_the_model_tester_and_groups_by_day(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    items = [
        hour_long("later", utc(2026, 12, 3, 15)),
        hour_long("first", utc(2026, 12, 1, 15), status="cancelled"),
        hour_long("draft", utc(2026, 12, 3, 9), status="draft", kind="poll"),
        Item("x", "<b>Party</b> & co", utc(2026, 12, 3, 18), utc(2026, 12, 3, 19)),
    ]
    view = AgendaView(zone=PARIS, clock=clock)
    qtbot.addWidget(view)
    view.set_occurrences(items)
    model = view.model
    qtmodeltester.check(model)
    keys = [model.index(r).data(KEY_ROLE) for r in range(model.rowCount())]
    assert keys == [None, "first", None, "draft", "later", "x"]
    assert model.index(0).data().startswith("Today")
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable
    font = model.index(1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.index(3).data(Qt.ItemDataRole.ForegroundRole).alpha() < 255  # draft dimmed
    tip = model.index(5).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Party&lt;/b&gt; &amp; co" in tip and "Webinar" in tip
    assert "Poll" in model.index(3).data(Qt.ItemDataRole.ToolTipRole)


def test_the_agenda_names_the_chosen_event_and_opens_it_with_enter(qtbot: QtBot) -> None:
    view = AgendaView(zone=PARIS, clock=clock)
    qtbot.addWidget(view)
    view.set_occurrences([hour_long("ama", utc(2026, 12, 2, 17))])
    view.show()
    qtbot.waitExposed(view)
    rect = view.list.visualRect(view.model.index(1))
    with qtbot.waitSignal(view.occurrence_activated) as got:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert got.args == ["ama"]
    with qtbot.waitSignal(view.occurrence_opened):
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.range_changed):
        qtbot.keyClick(view.list, Qt.Key.Key_PageDown)
    assert view.selected_date == date(2026, 12, 31) and view.empty.isVisible()
