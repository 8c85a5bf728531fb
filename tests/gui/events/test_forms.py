"""The editor's forms: how an event repeats, a poll's fields, the outcome after it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from workbench.core.events.model import EventDraft
from workbench.core.events.state import EventKind
from workbench.core.workspace import Workspace
from workbench.gui.events.editor import EventEditor
from workbench.gui.events.recurrence_form import CUSTOM, WEEKLY, RecurrenceForm
from workbench.gui.events.zones import ZonePicker
from workbench.gui.tasks import TaskRunner

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    "rule",
    [
        None,
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=TU,TH",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;COUNT=6",
        "FREQ=MONTHLY;UNTIL=20270630T235959Z",
    ],
)
def test_a_rule_the_form_can_show_comes_back_the_same(qtbot: QtBot, rule: str | None) -> None:
    form = RecurrenceForm()
    qtbot.addWidget(form)
    form.set_rule(rule)
    assert form.rule() == rule
    assert form.repeat.currentIndex() != CUSTOM


def test_a_rule_beyond_the_choices_is_kept_as_custom_text(qtbot: QtBot) -> None:
    form = RecurrenceForm()
    qtbot.addWidget(form)
    form.set_rule("FREQ=MONTHLY;BYDAY=2TU")  # the second Tuesday
    assert form.repeat.currentIndex() == CUSTOM and form.rule() == "FREQ=MONTHLY;BYDAY=2TU"


def test_weekly_starts_on_the_events_day_and_days_can_be_added(qtbot: QtBot) -> None:
    form = RecurrenceForm()
    qtbot.addWidget(form)
    form.set_start_weekday(3)  # Thursday
    form.repeat.setCurrentIndex(WEEKLY)
    form.days[0].setChecked(True)
    form.ends_after.setChecked(True)
    form.count.setValue(4)
    assert form.rule() == "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4"


def test_the_zone_picker_finds_a_zone_by_any_part_of_its_name(qtbot: QtBot) -> None:
    picker = ZonePicker()
    qtbot.addWidget(picker)
    picker.completer().setCompletionPrefix("howe")
    assert picker.completer().currentCompletion() == "Australia/Lord_Howe"
    picker.setEditText("america/new_york")
    assert picker.zone() == "America/New_York"
    picker.setEditText("Atlantis/Capital")
    assert picker.zone() is None


def editor_for(qtbot: QtBot, ws: Workspace, **kw: object) -> tuple[EventEditor, TaskRunner]:
    """A new-event editor; the runner's parent stays alive as the editor's parent."""
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    start = datetime(2026, 12, 10, 18, tzinfo=PARIS)
    editor = EventEditor(
        events=ws.events,
        tasks=tasks,
        communities=[],
        buffer=timedelta(minutes=30),
        zone=PARIS,
        draft=EventDraft(title="", start=start, end=start + timedelta(hours=1), tz="Europe/Paris"),
        parent=parent,
        **kw,  # type: ignore[arg-type]
    )
    editor.keep_alive = parent  # type: ignore[attr-defined]
    return editor, tasks


def test_a_poll_is_saved_with_its_question_options_and_days(
    qtbot: QtBot, gui_workspace: Workspace
) -> None:
    editor, tasks = editor_for(qtbot, gui_workspace)
    editor.show()
    assert not editor.tabs.isTabEnabled(editor.poll_tab)
    editor.form.title.setText("Next topic")
    editor.form.kind.setCurrentIndex(editor.form.kind.findData(EventKind.POLL))
    assert editor.tabs.isTabEnabled(editor.poll_tab)
    editor.poll.question.setText("Which topic next month?")
    editor.poll.options[0].setText("Testing")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "2 to 6 options" in editor.problem.text(), timeout=5000)
    editor.poll.options[1].setText("Packaging")
    editor.poll.days.setValue(5)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    stored = gui_workspace.events.get(saved.args[0].id)
    assert stored.poll is not None
    assert (stored.poll.question, stored.poll.options, stored.poll.duration_days) == (
        "Which topic next month?",
        ("Testing", "Packaging"),
        5,
    )
    tasks.wait()


def test_an_all_day_event_keeps_its_first_and_last_day(
    qtbot: QtBot, gui_workspace: Workspace
) -> None:
    editor, tasks = editor_for(qtbot, gui_workspace)
    editor.form.title.setText("Summit")
    editor.form.all_day.setChecked(True)
    editor.form.end.setDateTime(editor.form.start.dateTime().addDays(2))  # 10 to 12 December
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    stored = gui_workspace.events.get(saved.args[0].id)
    assert stored.all_day
    assert stored.start.astimezone(UTC) == datetime(2026, 12, 10, tzinfo=UTC)
    assert stored.end.astimezone(UTC) == datetime(2026, 12, 13, tzinfo=UTC)  # after the last day
    tasks.wait()


def test_the_outcome_is_recorded_after_the_event(qtbot: QtBot, gui_workspace: Workspace) -> None:
    from workbench.gui.events.after_event import AfterEventForm

    start = datetime(2026, 11, 10, 18, tzinfo=PARIS)
    view = gui_workspace.events.create(
        EventDraft(
            title="Past webinar", start=start, end=start + timedelta(hours=1), tz="Europe/Paris"
        )
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    form = AfterEventForm(view, events=gui_workspace.events, tasks=tasks, parent=parent)
    form.attendance.setValue(42)
    form.recording.setText("https://video.example.org/past")
    form.notes.setPlainText("Good questions about packaging.")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save.click()
    stored = gui_workspace.events.get(view.id)
    assert (stored.attendance, stored.recording_link) == (42, "https://video.example.org/past")
    assert stored.notes == "Good questions about packaging."
    assert "Choose the event's communities" in form.impact.text()
    tasks.wait()


ZOOM_CSV = """Meeting ID,Topic,Start Time
123 456 789,Past webinar,11/10/2026 06:00:00 PM

Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)
Ada Lovelace,ada@example.org,11/10/2026 06:00:00 PM,11/10/2026 07:00:00 PM,60
Alan Turing,alan@example.org,11/10/2026 06:05:00 PM,11/10/2026 06:40:00 PM,35
Ada Lovelace,ada@example.org,11/10/2026 06:50:00 PM,11/10/2026 07:00:00 PM,10
"""


def test_attendance_is_counted_from_the_webinar_tools_csv(
    qtbot: QtBot, gui_workspace: Workspace, tmp_path: Path
) -> None:
    from workbench.gui.events.after_event import AfterEventForm

    start = datetime(2026, 11, 10, 18, tzinfo=PARIS)
    view = gui_workspace.events.create(
        EventDraft(
            title="Past webinar", start=start, end=start + timedelta(hours=1), tz="Europe/Paris"
        )
    )
    source = tmp_path / "participants.csv"
    source.write_text(ZOOM_CSV, encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    form = AfterEventForm(view, events=gui_workspace.events, tasks=tasks, parent=parent)
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.import_file(source)
    assert form.attendance.value() == 2  # Ada joined twice: counted once
    assert form.message.text() == "2 attendees counted from participants.csv."
    assert gui_workspace.events.get(view.id).attendance == 2
    broken = tmp_path / "photo.csv"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    form.import_file(broken)
    qtbot.waitUntil(
        lambda: form.message.text() != "2 attendees counted from participants.csv.", timeout=5000
    )
    assert gui_workspace.events.get(view.id).attendance == 2  # a refused file changes nothing
    tasks.wait()


def test_the_impact_counts_activity_in_the_events_communities(
    qtbot: QtBot, gui_workspace: Workspace
) -> None:
    from workbench.gui.events.after_event import AfterEventForm

    account = gui_workspace.accounts.add("demo", "Demo", {"size": "50"})
    gui_workspace.sync.sync(account.id)
    community = gui_workspace.communities.all()[0]
    start = datetime.now(UTC) - timedelta(days=2)  # the week after is still running
    view = gui_workspace.events.create(
        EventDraft(
            title="Recent AMA",
            start=start,
            end=start + timedelta(hours=1),
            tz="UTC",
            community_ids=(community.id,),
        )
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskRunner(parent)
    form = AfterEventForm(view, events=gui_workspace.events, tasks=tasks, parent=parent)
    qtbot.waitUntil(lambda: "the week after" in form.impact.text(), timeout=5000)
    expected = gui_workspace.events.impact(view.id)
    assert form.impact.text().startswith(f"{expected.week_after} items in its communities")
    assert "not over yet" in form.impact.text()
    tasks.wait()
