"""The event dialog: every field, how it repeats, the poll, and for a saved event its
promotion plan and what happened after it. Clashes (same host or community, overlapping or
closer than the buffer from the settings) are checked while typing and shown before saving.

Editing one occurrence of a series asks which occurrences the edit changes: this one, this
and the following, or all (then a moved time moves the whole series by as much).
Service calls run off the GUI thread; ``saved`` carries the stored event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.communities import CommunityRef
from workbench.core.events.model import Clash, EventDraft, EventView, Occurrence
from workbench.core.events.service import EventService
from workbench.core.events.state import EditScope, EventKind
from workbench.gui.events.calendar.style import when_text
from workbench.gui.events.event_form import EventForm, FormProblem
from workbench.gui.events.poll_form import PollForm
from workbench.gui.events.recurrence_form import RecurrenceForm
from workbench.gui.events.words import clash_text, edit_scope, problem_text
from workbench.gui.tasks import TaskRunner

CLASH_CHECK_MS = 400  # after the last keystroke


def wall_delta(before: datetime, after: datetime, tz: str) -> timedelta:
    """How far a time moved on the event's wall clock (an hour later stays an hour later
    across a DST change)."""
    zone = ZoneInfo(tz)
    return after.astimezone(zone).replace(tzinfo=None) - before.astimezone(zone).replace(
        tzinfo=None
    )


class EventEditor(QDialog):
    saved = Signal(object)  # the EventView that holds the edit
    buffer_changed = Signal(int)  # minutes: the user set the clash buffer

    def __init__(
        self,
        *,
        events: EventService,
        tasks: TaskRunner,
        communities: list[CommunityRef],
        buffer: timedelta,
        zone: ZoneInfo,
        draft: EventDraft,
        view: EventView | None = None,
        occurrence: Occurrence | None = None,
        extra_tabs: list[tuple[QWidget, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.events, self.tasks, self.buffer, self.zone = events, tasks, buffer, zone
        self.view, self.occurrence = view, occurrence
        self._base = draft
        self._check_generation = 0
        self.clashes: list[Clash] = []
        self.setWindowTitle(self.tr("Edit event") if view else self.tr("New event"))
        self.form = EventForm(communities, self)
        self.repeat = RecurrenceForm(self)
        self.poll = PollForm(self)
        self.tabs = QTabWidget(self)
        scroller = QScrollArea(self)
        scroller.setWidget(self.form)
        scroller.setWidgetResizable(True)
        self.tabs.addTab(scroller, self.tr("&Event"))
        self.repeat_tab = self.tabs.addTab(self.repeat, self.tr("&Repeat"))
        self.poll_tab = self.tabs.addTab(self.poll, self.tr("P&oll"))
        for widget, title in extra_tabs or []:
            self.tabs.addTab(widget, title)
        self.scope_box = self._scope_choice()
        self.clash_label = QLabel(self)
        self.clash_label.setTextFormat(Qt.TextFormat.PlainText)  # titles are user content
        self.clash_label.setWordWrap(True)
        self.buffer_minutes = QSpinBox(self)
        self.buffer_minutes.setRange(0, 24 * 60)
        self.buffer_minutes.setSingleStep(15)
        self.buffer_minutes.setSuffix(self.tr(" min"))
        self.buffer_minutes.setValue(int(buffer.total_seconds() // 60))
        self.buffer_minutes.setToolTip(
            self.tr("Events sharing a host or a community closer than this clash")
        )
        self.buffer_minutes.valueChanged.connect(self._on_buffer_changed)
        clash_row = QHBoxLayout()
        clash_row.addWidget(self.clash_label, 1)
        clash_row.addWidget(QLabel(self.tr("Clash buffer:"), self), 0, Qt.AlignmentFlag.AlignTop)
        clash_row.addWidget(self.buffer_minutes, 0, Qt.AlignmentFlag.AlignTop)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        if self.scope_box is not None:
            box.addWidget(self.scope_box)
        box.addWidget(self.tabs, 1)
        box.addLayout(clash_row)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLASH_CHECK_MS)
        self._timer.timeout.connect(self._check_clashes)
        self._fill(draft)
        for signal in (self.form.changed, self.repeat.changed, self.poll.changed):
            signal.connect(self._on_changed)
        self.resize(720, 640)
        self.form.title.setFocus()
        self._timer.start()

    def _scope_choice(self) -> QWidget | None:
        if self.view is None or not self.view.rrule or self.occurrence is None:
            return None
        widget = QWidget(self)
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Change:"), widget))
        self.scope_group = QButtonGroup(widget)
        self.scope_buttons: dict[EditScope, QRadioButton] = {}
        for scope in (EditScope.THIS, EditScope.FOLLOWING, EditScope.ALL):
            button = QRadioButton(edit_scope(scope), widget)
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            row.addWidget(button)
        row.addStretch(1)
        self.scope_buttons[EditScope.THIS].setChecked(True)
        self.scope_group.buttonToggled.connect(lambda *_: self._on_changed())
        return widget

    def scope(self) -> EditScope:
        if self.scope_box is None:
            return EditScope.ALL
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def _fill(self, draft: EventDraft) -> None:
        shown = draft
        if self.occurrence is not None and self.view is not None and self.view.rrule:
            # The fields show the occurrence the user opened, not the series' first one.
            shown = replace(draft, start=self.occurrence.start, end=self.occurrence.end)
        self.form.set_draft(shown)
        self.repeat.set_start_weekday(shown.start.astimezone(ZoneInfo(shown.tz)).weekday())
        self.repeat.set_rule(draft.rrule)
        self.poll.set_spec(draft.poll)
        self._on_changed()

    # --- the draft ---------------------------------------------------------------------
    def draft(self) -> EventDraft:
        """The draft to save; FormProblem when a field cannot be read."""
        typed = self.form.draft(self._base)
        poll = self.poll.spec() if typed.kind is EventKind.POLL else None
        draft = replace(typed, rrule=self.repeat.rule(), poll=poll)
        if self.scope_box is not None and self.scope() is EditScope.ALL:
            assert self.occurrence is not None and self.view is not None
            moved = wall_delta(self.occurrence.start, draft.start, draft.tz)
            length = draft.end - draft.start
            start = self.view.start.astimezone(ZoneInfo(draft.tz)).replace(tzinfo=None) + moved
            first = start.replace(tzinfo=UTC if draft.all_day else ZoneInfo(draft.tz))
            draft = replace(draft, start=first, end=first + length)
        return draft

    def _on_changed(self) -> None:
        is_poll = self.form.kind.currentData() == EventKind.POLL
        self.tabs.setTabEnabled(self.poll_tab, is_poll)
        # One occurrence has no rule of its own: how the series repeats is changed for
        # this and the following occurrences, or for all.
        self.tabs.setTabEnabled(self.repeat_tab, self.scope() is not EditScope.THIS)
        self.problem.clear()
        self._timer.start()

    def _on_buffer_changed(self, minutes: int) -> None:
        self.buffer = timedelta(minutes=minutes)
        self.buffer_changed.emit(minutes)
        self._timer.start()

    def _check_clashes(self) -> None:
        try:
            draft = self.draft()
        except FormProblem:
            return
        self._check_generation += 1
        generation = self._check_generation
        ignore = self.view.id if self.view is not None else None
        events, buffer = self.events, self.buffer

        def done(found: list[Clash]) -> None:
            if generation == self._check_generation:
                self._show_clashes(found)

        self.tasks.run(
            lambda: events.clashes(draft, buffer=buffer, ignore_event=ignore),
            done,
            lambda _error: None,  # a draft core refuses is reported when saving
            owner=self,
        )

    def _show_clashes(self, found: list[Clash]) -> None:
        self.clashes = found
        if not found:
            self.clash_label.clear()
            return
        lines = [self.tr("Clashes with %n other event(s):", "", len(found))]
        for clash in found[:6]:
            lines.append(
                f"• {clash.occurrence.title} — {when_text(clash.occurrence, self.zone)}: "
                + clash_text(clash)
            )
        if len(found) > 6:
            lines.append(self.tr("… and {count} more").format(count=len(found) - 6))
        self.clash_label.setText("\n".join(lines))

    # --- saving ------------------------------------------------------------------------
    def _on_save(self) -> None:
        try:
            draft = self.draft()
        except FormProblem as problem:
            self.show_problem(str(problem))
            return
        events, view, scope = self.events, self.view, self.scope()
        moment = self.occurrence.recurrence_id if self.occurrence is not None else None

        def save() -> EventView:
            if view is None:
                return events.create(draft)
            if scope is EditScope.ALL:
                return events.update(view.id, draft)
            return events.update(view.id, draft, scope=scope, occurrence=moment)

        self.buttons.setEnabled(False)
        self.tasks.run(save, self._on_saved, self._on_save_failed, owner=self)

    def _on_saved(self, view: EventView) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(view)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.show_problem(problem_text(error))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
