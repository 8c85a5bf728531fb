"""The Events pane driven by qtbot against a real workspace (a real SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workbench.core.events.model import EventDraft
from workbench.core.events.state import EventKind, EventStatus
from workbench.core.workspace import Workspace
from workbench.gui.changes import ChangeBus
from workbench.gui.events.pane import EventsPane
from workbench.gui.tasks import TaskRunner

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 2, 13, tzinfo=UTC)  # Wednesday 2 December 2026

# Generous: a full test run on a 2-core CI machine once took over 5 s for a plan's rows.
WAIT = 20_000


def paris(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=PARIS)


def draft(title: str, start: datetime, minutes: int = 60, **kw: object) -> EventDraft:
    return EventDraft(
        title=title, start=start, end=start + timedelta(minutes=minutes), tz="Europe/Paris", **kw
    )  # type: ignore[arg-type]


@pytest.fixture
def pane(qtbot: QtBot, gui_workspace: Workspace) -> Iterator[EventsPane]:
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    ws = gui_workspace
    widget = EventsPane(
        events=ws.events,
        communities=ws.communities,
        settings=ws.settings,
        promotion=ws.promotion,
        polls=ws.polls,
        tasks=tasks,
        changes=ChangeBus(parent),
        zone=PARIS,
        clock=lambda: NOW,
        parent=parent,
    )
    parent.resize(1280, 720)
    widget.resize(1280, 720)
    parent.show()
    qtbot.waitExposed(parent)
    yield widget
    if widget.editing.editor is not None:
        widget.editing.editor.reject()
    tasks.wait()


def shown(pane: EventsPane) -> list[str]:
    return sorted(i.title for i in pane.current.items)


def chip(pane: EventsPane, title: str):  # type: ignore[no-untyped-def]
    for cell in pane.month.cells():
        for rect, item in cell.chips:
            if item.title == title:
                return rect, item
    raise AssertionError(f"{title} is not drawn")


def refreshed(qtbot: QtBot, pane: EventsPane, title: str, present: bool = True) -> None:
    qtbot.waitUntil(lambda: (title in shown(pane)) == present, timeout=WAIT)


def test_the_month_shows_the_events_and_a_click_shows_one_in_both_zones(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    gui_workspace.events.create(
        EventDraft(
            title="Live stream from Tokyo",
            start=datetime(2026, 12, 4, 22, tzinfo=tokyo),
            end=datetime(2026, 12, 4, 23, tzinfo=tokyo),
            tz="Asia/Tokyo",
            kind=EventKind.LIVE_STREAM,
            description_md='Join **us** <img src="https://tracker.example/x.png"> [chat](javascript:alert(1))',
            online_link="https://live.example.org/s",
        )
    )
    pane.refresh()
    refreshed(qtbot, pane, "Live stream from Tokyo")
    rect, _item = chip(pane, "Live stream from Tokyo")
    qtbot.mouseClick(pane.month, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: pane.detail.body.isVisible())
    detail = pane.detail
    assert detail.title.text() == "Live stream from Tokyo"
    assert "14:00" in detail.when.text()  # 22:00 in Tokyo is 14:00 in Paris
    assert "Asia/Tokyo" in detail.own_zone.text() and "22:00" in detail.own_zone.text()
    html, text = detail.description.toHtml(), detail.description.toPlainText()
    assert "<img src" in text  # raw HTML is shown as text, never loaded as an image
    assert 'href="javascript' not in html and "Join us" in text
    assert (
        detail.online.text.text() == "https://live.example.org/s" and detail.online.open.isEnabled()
    )


def test_a_new_event_typed_in_the_editor_is_saved_and_drawn(qtbot: QtBot, pane: EventsPane) -> None:
    pane.month.setFocus()
    qtbot.keyClick(pane.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.editing.editor is not None and pane.editing.editor.isVisible())
    editor = pane.editing.editor
    assert editor is not None
    qtbot.keyClicks(editor.form.title, "Packaging workshop")
    editor.activateWindow()
    editor.form.kind.setFocus()
    qtbot.waitUntil(lambda: editor.form.kind.hasFocus())
    qtbot.keyClick(editor.form.kind, Qt.Key.Key_W)  # in the dialog, W is not the pane's Week
    assert pane.current is pane.month, "the pane's shortcut fired inside the dialog"
    editor.form.kind.setCurrentIndex(editor.form.kind.findData(EventKind.WORKSHOP))
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    refreshed(qtbot, pane, "Packaging workshop")
    [item] = [i for i in pane.month.items if i.title == "Packaging workshop"]
    assert item.kind == EventKind.WORKSHOP
    assert item.start.astimezone(PARIS) == paris(2, 15)  # the selected day, the next full hour


def test_the_editor_shows_a_clash_before_saving(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    gui_workspace.events.create(draft("Alice's webinar", paris(10, 18), hosts=("Alice",)))
    pane.editing.new_event(paris(10, 18, 30))
    editor = pane.editing.editor
    assert editor is not None
    qtbot.keyClicks(editor.form.title, "Another talk")
    qtbot.keyClicks(editor.form.hosts, "Alice")
    qtbot.waitUntil(lambda: "Alice's webinar" in editor.clash_label.text(), timeout=WAIT)
    assert "same host (Alice)" in editor.clash_label.text()


def test_a_problem_keeps_the_editor_open_and_says_what_is_wrong(
    qtbot: QtBot, pane: EventsPane
) -> None:
    editor = pane.editing.new_event(paris(10, 18))
    editor.form.zone.setEditText("Mars/Olympus")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert "time zone" in editor.problem.text() and editor.isVisible()
    editor.form.zone.set_zone("Europe/Paris")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()  # no title
    qtbot.waitUntil(lambda: "title" in editor.problem.text(), timeout=WAIT)
    assert editor.isVisible()


def series(gui_workspace: Workspace) -> int:
    return gui_workspace.events.create(
        draft("Weekly AMA", paris(1, 18), rrule="FREQ=WEEKLY;BYDAY=TU", kind=EventKind.QA)
    ).id


def occurrence_on(pane: EventsPane, day: date):  # type: ignore[no-untyped-def]
    return next(o for o in pane.occurrences.values() if o.start.astimezone(PARIS).date() == day)


def test_editing_one_occurrence_of_a_series_changes_only_that_one(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    series(gui_workspace)
    pane.refresh()
    refreshed(qtbot, pane, "Weekly AMA")
    second = occurrence_on(pane, date(2026, 12, 8))
    editor = pane.editing.edit_event(gui_workspace.events.get(second.event_id), second)
    assert editor.scope_buttons[editor.scope().THIS].isChecked()
    assert editor.form.start.dateTime().date().day() == 8  # the occurrence, not the first
    assert not editor.tabs.isTabEnabled(editor.repeat_tab)  # one occurrence has no rule
    editor.scope_buttons[editor.scope().ALL].setChecked(True)
    assert editor.tabs.isTabEnabled(editor.repeat_tab)
    editor.scope_buttons[editor.scope().THIS].setChecked(True)
    editor.form.title.setText("Holiday AMA")
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    refreshed(qtbot, pane, "Holiday AMA")
    titles = {o.start.astimezone(PARIS).day: o.title for o in pane.occurrences.values()}
    assert titles[8] == "Holiday AMA" and titles[1] == titles[15] == "Weekly AMA"


def test_moving_all_occurrences_from_one_of_them_moves_the_series(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    series(gui_workspace)
    pane.refresh()
    refreshed(qtbot, pane, "Weekly AMA")
    third = occurrence_on(pane, date(2026, 12, 15))
    editor = pane.editing.edit_event(gui_workspace.events.get(third.event_id), third)
    editor.scope_buttons[editor.scope().ALL].setChecked(True)
    editor.form.start.setDateTime(editor.form.start.dateTime().addSecs(3600))  # 19:00
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: all(o.start.astimezone(PARIS).hour == 19 for o in pane.occurrences.values()),
        timeout=WAIT,
    )
    days = sorted(
        o.start.astimezone(PARIS).day for o in pane.occurrences.values() if o.start.month == 12
    )
    assert days[:5] == [1, 8, 15, 22, 29]  # the series still starts on the 1st


def test_cancelling_one_occurrence_from_the_side_panel(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    series(gui_workspace)
    pane.refresh()
    refreshed(qtbot, pane, "Weekly AMA")
    second = occurrence_on(pane, date(2026, 12, 8))
    pane.month.select_date(date(2026, 12, 8))
    pane._on_occurrence_activated(second.key)
    qtbot.waitUntil(lambda: pane.detail.cancel_one.isVisible())
    pane.detail.cancel_one.click()
    qtbot.waitUntil(
        lambda: (
            second.key not in pane.occurrences
            or pane.occurrences[second.key].status == EventStatus.CANCELLED
        ),
        timeout=WAIT,
    )
    assert any(o.start.astimezone(PARIS).day == 15 for o in pane.occurrences.values())


def test_view_keys_switch_views_and_t_goes_back_to_today(qtbot: QtBot, pane: EventsPane) -> None:
    pane.month.setFocus()
    qtbot.keyClick(pane.month, Qt.Key.Key_PageDown)
    assert pane.toolbar.period.text() == "January 2027"
    qtbot.keyClick(pane.month, Qt.Key.Key_W)
    assert pane.current is pane.week and pane.week.selected_date.month == 1
    qtbot.keyClick(pane.week, Qt.Key.Key_A)
    assert pane.current is pane.agenda
    qtbot.keyClick(pane.agenda.list, Qt.Key.Key_T)
    assert pane.agenda.selected_date == date(2026, 12, 2)
    qtbot.keyClick(pane.agenda.list, Qt.Key.Key_M)
    assert pane.current is pane.month and pane.toolbar.period.text() == "December 2026"
    pane.toolbar.next.trigger()
    assert pane.toolbar.period.text() == "January 2027"
    pane.toolbar.previous.trigger()
    pane.toolbar.previous.trigger()
    assert pane.toolbar.period.text() == "November 2026"
    pane.toolbar.today.trigger()
    assert pane.month.selected_date == date(2026, 12, 2)


def test_deleting_an_event_asks_first(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    view = gui_workspace.events.create(draft("Old meetup", paris(11, 19)))
    pane.refresh()
    refreshed(qtbot, pane, "Old meetup")
    rect, _item = chip(pane, "Old meetup")
    qtbot.mouseClick(pane.month, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: pane.detail.view is not None)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", answer)  # Qt's modal loop, answered here
    pane.detail.delete.click()
    assert asked == ["Delete “Old meetup” and all its occurrences?"]
    assert gui_workspace.events.get(view.id).title == "Old meetup"
    pane.detail.delete.click()
    refreshed(qtbot, pane, "Old meetup", present=False)
    with pytest.raises(LookupError):
        gui_workspace.events.get(view.id)


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Community Workbench tests//EN\r
BEGIN:VEVENT\r
UID:release-party@example.org\r
DTSTAMP:20261101T120000Z\r
DTSTART:20261211T170000Z\r
DTEND:20261211T190000Z\r
SUMMARY:Release party\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_importing_and_exporting_a_calendar_file(
    qtbot: QtBot, pane: EventsPane, tmp_path: Path
) -> None:
    source = tmp_path / "party.ics"
    source.write_text(ICS, encoding="utf-8")
    pane.files.import_file(source)
    qtbot.waitUntil(lambda: pane.status.text().startswith("Imported party.ics"), timeout=WAIT)
    assert "1 new, 0 updated, 0 skipped" in pane.status.text()
    refreshed(qtbot, pane, "Release party")
    pane.files.import_file(source)  # again: updated by UID, never twice
    qtbot.waitUntil(lambda: "0 new" in pane.status.text(), timeout=WAIT)
    out = tmp_path / "out.ics"
    pane.files.export_file(out)
    qtbot.waitUntil(lambda: pane.status.text().startswith("Exported"), timeout=WAIT)
    assert "SUMMARY:Release party" in out.read_text(encoding="utf-8")
    broken = tmp_path / "notes.ics"
    broken.write_text("this is not a calendar", encoding="utf-8")
    pane.files.import_file(broken)
    qtbot.waitUntil(lambda: pane.status.text().startswith("notes.ics:"), timeout=WAIT)


def test_ticking_a_checklist_item_in_the_side_panel_saves_it(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    from workbench.core.events.model import ChecklistItem

    view = gui_workspace.events.create(
        draft("Launch webinar", paris(9, 18), checklist=[ChecklistItem("Book the room")])
    )
    pane.refresh()
    refreshed(qtbot, pane, "Launch webinar")
    [key] = [k for k, o in pane.occurrences.items() if o.event_id == view.id]
    pane._on_occurrence_activated(key)
    qtbot.waitUntil(lambda: pane.detail.checklist.count() == 1)
    pane.detail.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: gui_workspace.events.get(view.id).checklist[0].done, timeout=WAIT)


def test_plus_n_more_opens_the_agenda_with_the_whole_day(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    for hour in range(8, 20):
        gui_workspace.events.create(draft(f"Office hour {hour}", paris(16, hour), 30))
    pane.refresh()
    refreshed(qtbot, pane, "Office hour 19")
    [more] = [c.more for c in pane.month.cells() if c.day == date(2026, 12, 16)]
    assert more is not None
    qtbot.mouseClick(pane.month, Qt.MouseButton.LeftButton, pos=more[0].center())
    assert pane.current is pane.agenda and pane.agenda.selected_date == date(2026, 12, 16)
    qtbot.waitUntil(lambda: len(pane.agenda.items) == 12, timeout=WAIT)
    assert pane.agenda.model.rowCount() == 13  # the day's heading and its twelve events


def test_the_promotion_plan_is_edited_saved_and_scheduled_from_the_editor(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    from workbench.gui.events.plan_view import PlanView

    account = gui_workspace.accounts.add("demo", "Demo", {"size": "20"})
    gui_workspace.sync.sync(account.id)
    community = gui_workspace.communities.all()[0]
    start = datetime.now(UTC).astimezone(PARIS).replace(microsecond=0) + timedelta(days=20)
    view = gui_workspace.events.create(
        draft(
            "Launch webinar",
            start,
            community_ids=(community.id,),
            online_link="https://meet.example.org/l",
        )
    )
    pane._load_context()  # the pane learns the new community (a sync would announce it)
    qtbot.waitUntil(lambda: bool(pane.community_refs), timeout=WAIT)
    editor = pane.editing.edit_event(view, None)
    plan = editor.findChild(PlanView)
    assert plan is not None and plan.table.rowCount() == 0
    plan.usual.click()
    qtbot.waitUntil(lambda: plan.table.rowCount() == 5, timeout=WAIT)
    assert plan.table.item(0, 0).text() == "Announcement"
    assert plan.table.item(0, 2).text() == "14 days before"
    plan.table.setCurrentCell(0, 0)
    plan.amount.setValue(10)  # announce 10 days before instead
    assert plan.table.item(0, 2).text() == "10 days before"
    plan.save.click()
    qtbot.waitUntil(lambda: plan.message.text() == "Plan saved.", timeout=WAIT)
    steps = gui_workspace.promotion.plan(view.id)
    assert sorted(s.offset for s in steps)[0] == timedelta(days=-10)
    assert [plan.table.item(r, 4).text() for r in range(5)] == ["Planned"] * 5
    plan.schedule.click()
    qtbot.waitUntil(lambda: "5 steps scheduled" in plan.message.text(), timeout=10_000)
    assert all(s.outbox_id is not None for s in gui_workspace.promotion.plan(view.id))


def test_a_poll_is_posted_as_a_listing_and_its_counted_votes_are_kept(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    from workbench.core.events.model import PollSpec
    from workbench.gui.events.poll_results import PollResults

    account = gui_workspace.accounts.add("demo", "Demo", {"size": "20"})
    gui_workspace.sync.sync(account.id)
    community = gui_workspace.communities.all()[0]
    view = gui_workspace.events.create(
        draft(
            "Next topic",
            paris(14, 9),
            kind=EventKind.POLL,
            community_ids=(community.id,),
            poll=PollSpec("Which topic next?", ("Testing", "Packaging"), 3),
        )
    )
    pane._load_context()
    qtbot.waitUntil(lambda: bool(pane.community_refs), timeout=WAIT)
    editor = pane.editing.edit_event(view, None)
    results = editor.findChild(PollResults)
    assert results is not None

    def first_line() -> str:
        item = results.posted.item(0)
        return item.text() if item is not None else ""

    qtbot.waitUntil(lambda: first_line() == "Not posted yet.", timeout=WAIT)
    results.publish.click()
    qtbot.waitUntil(lambda: "post listing the options" in results.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: first_line().startswith(community.name), timeout=WAIT)
    assert not results.sync.isEnabled()  # the demo platform has no native polls
    results.counts[0].setValue(7)
    results.counts[1].setValue(3)
    results.enter.click()
    qtbot.waitUntil(lambda: results.tally.text().startswith("10 votes (entered)"), timeout=WAIT)
    assert "Testing: 7 (70%)" in results.tally.text()
    tally = gui_workspace.polls.results(view.id)
    assert tally is not None and tally.votes == (("Testing", 7), ("Packaging", 3))


def test_the_clash_buffer_set_in_the_editor_is_kept(
    qtbot: QtBot, pane: EventsPane, gui_workspace: Workspace
) -> None:
    gui_workspace.events.create(draft("Alice's webinar", paris(10, 18), hosts=("Alice",)))
    editor = pane.editing.new_event(paris(10, 19, 20))  # 20 minutes after it ends
    qtbot.keyClicks(editor.form.title, "Another talk")
    qtbot.keyClicks(editor.form.hosts, "Alice")
    assert editor.buffer_minutes.value() == 30  # the default
    qtbot.waitUntil(lambda: "only 20 min apart" in editor.clash_label.text(), timeout=WAIT)
    editor.buffer_minutes.setValue(15)
    qtbot.waitUntil(lambda: editor.clash_label.text() == "", timeout=WAIT)
    qtbot.waitUntil(
        lambda: gui_workspace.settings.get("events.clash_buffer_minutes", 0) == 15, timeout=WAIT
    )
    editor.reject()
    assert pane.editing.new_event(paris(11, 9)).buffer_minutes.value() == 15
