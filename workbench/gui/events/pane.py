"""The Events pane: the toolbar, the month / week / agenda view and the selected event.

The views draw what the pane hands them: when a view's visible range moves (or events
change, by this pane or another: ``Changes.events``) the pane asks the service for that
range's occurrences off the GUI thread and hands them over with a new data version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from workbench.core.changes import Changes
from workbench.core.communities import Communities, CommunityRef
from workbench.core.events.model import ChecklistItem, EventView, Occurrence
from workbench.core.events.polls import PollPublisher
from workbench.core.events.promotion import PromotionPlans
from workbench.core.events.service import EventService
from workbench.core.settings import WorkspaceSettings
from workbench.gui.changes import ChangeBus
from workbench.gui.events.calendar.agenda import AgendaView
from workbench.gui.events.calendar.base import (
    CalendarView,
    Clock,
    from_qdate,
    system_zone,
    to_qdate,
)
from workbench.gui.events.calendar.month import MonthView
from workbench.gui.events.calendar.week import WeekView
from workbench.gui.events.detail import EventDetail
from workbench.gui.events.editing import Editing
from workbench.gui.events.import_export import CalendarFiles
from workbench.gui.events.toolbar import AGENDA, EventsToolbar
from workbench.gui.events.words import problem_text
from workbench.gui.formats import day_month_text
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip

BUFFER_SETTING = "events.clash_buffer_minutes"
DEFAULT_BUFFER_MINUTES = 30


class EventsPane(QWidget):
    def __init__(
        self,
        *,
        events: EventService,
        communities: Communities,
        settings: WorkspaceSettings,
        promotion: PromotionPlans,
        polls: PollPublisher,
        tasks: TaskRunner,
        changes: ChangeBus,
        zone: ZoneInfo | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.events, self.communities, self.settings = events, communities, settings
        self.promotion, self.polls = promotion, polls
        self.tasks, self.changes = tasks, changes
        self.zone = zone or system_zone()
        self.clock = clock or (lambda: datetime.now(UTC))
        self._generation = 0
        self.occurrences: dict[str, Occurrence] = {}
        self.community_refs: list[CommunityRef] = []
        self.buffer = timedelta(minutes=DEFAULT_BUFFER_MINUTES)
        self.editing = Editing(self)
        self.toolbar = EventsToolbar(self)
        options: dict[str, Any] = {"zone": self.zone, "clock": self.clock}
        self.month, self.week, self.agenda = (
            MonthView(**options),
            WeekView(**options),
            AgendaView(**options),
        )
        self.stack = QStackedWidget(self)
        for view in self.views:
            self.stack.addWidget(view)
            view.range_changed.connect(self._on_range_changed)
            view.occurrence_activated.connect(self._on_occurrence_activated)
            view.occurrence_opened.connect(self._on_occurrence_opened)
            view.new_requested.connect(self.editing.on_new_requested)
        self.month.more_requested.connect(self._on_more_requested)
        self.detail = EventDetail(self)
        self.detail.edit_requested.connect(self._on_edit_requested)
        self.detail.cancel_occurrence_requested.connect(self._on_cancel_occurrence)
        self.detail.delete_requested.connect(self._on_delete_requested)
        self.detail.checklist_changed.connect(self._on_checklist_changed)
        self.detail.export_requested.connect(self._on_export_one)
        splitter = QSplitter(self)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 320])
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.files = CalendarFiles(events=events, tasks=tasks, owner=self)
        self.files.finished.connect(self._on_files_finished)
        self.files.changed.connect(self._announce)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.toolbar)
        box.addWidget(splitter, 1)
        box.addWidget(self.status)
        bar = self.toolbar
        bar.today.triggered.connect(lambda: self.current.go_today())
        bar.previous.triggered.connect(lambda: self._step(-1))
        bar.next.triggered.connect(lambda: self._step(1))
        bar.views.triggered.connect(lambda _a: self.show_view(bar.view_index()))
        bar.new.triggered.connect(lambda: self.editing.new_event())
        bar.import_ics.triggered.connect(self.files.choose_and_import)
        bar.export_ics.triggered.connect(lambda: self.files.choose_and_export())
        changes.changed.connect(self._on_changes)
        self._update_period()
        self._load_context()
        self.refresh()

    # --- the views ---------------------------------------------------------------------
    @property
    def views(self) -> tuple[CalendarView, ...]:
        return (self.month, self.week, self.agenda)

    @property
    def current(self) -> CalendarView:
        return self.views[self.stack.currentIndex()]

    def show_view(self, index: int) -> None:
        day = self.current.selected_date
        self.toolbar.set_view_index(index)
        self.stack.setCurrentIndex(index)
        self.current.blockSignals(True)
        self.current.select_date(day)
        self.current.blockSignals(False)
        self.current.setFocus()
        self._update_period()
        self.refresh()

    def _on_more_requested(self, day: QDate) -> None:
        """The agenda from that day lists all its events ("+N more" clicked)."""
        self.month.select_date(from_qdate(day))
        self.show_view(AGENDA)

    def _step(self, direction: int) -> None:
        view, day = self.current, self.current.selected_date
        if view is self.month:
            moved = to_qdate(day).addMonths(direction)
            view.select_date(from_qdate(moved))
        else:
            view.select_date(
                day + timedelta(days=7 * direction if view is self.week else 30 * direction)
            )

    def _update_period(self) -> None:
        locale, view = QLocale(), self.current
        first, last = view.shown_days(view.selected_date)
        if view is self.month:
            text = locale.toString(to_qdate(view.selected_date), "MMMM yyyy")
        else:
            text = f"{day_month_text(first)} – {day_month_text(last)} {locale.toString(last.year)}"
        self.toolbar.period.setText(text)

    def _on_range_changed(self) -> None:
        if self.sender() is self.current:
            self._update_period()
            self.refresh()

    # --- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch the current view's occurrences (off the GUI thread)."""
        self._generation += 1
        generation, view = self._generation, self.current
        start, end = view.visible_range()
        events = self.events

        def done(found: list[Occurrence]) -> None:
            if generation != self._generation:
                return  # a newer fetch is on its way
            self.occurrences = {o.key: o for o in found}
            view.set_occurrences(found, version=generation)
            self._update_period()
            selected = self.detail.occurrence
            if selected is not None:
                if selected.key in self.occurrences:
                    self._show_detail(selected.key)
                else:
                    self.detail.clear()

        self.tasks.run(lambda: events.occurrences(start, end), done, self._on_error, owner=self)

    def _load_context(self) -> None:
        communities, settings = self.communities, self.settings

        def load() -> tuple[list[CommunityRef], int]:
            return communities.all(), int(settings.get(BUFFER_SETTING, DEFAULT_BUFFER_MINUTES))

        def done(result: tuple[list[CommunityRef], int]) -> None:
            self.community_refs = result[0]
            self.buffer = timedelta(minutes=result[1])

        self.tasks.run(load, done, self._on_error, owner=self)

    def set_buffer(self, minutes: int) -> None:
        """The clash buffer the user set in the editor, kept in the workspace's settings."""
        self.buffer = timedelta(minutes=minutes)
        settings = self.settings
        self.tasks.run(
            lambda: settings.set(BUFFER_SETTING, minutes), None, self._on_error, owner=self
        )

    def _on_changes(self, changes: Changes, source: QObject | None) -> None:
        if changes.communities:
            self._load_context()
        if changes.events or changes.communities:
            self.refresh()

    def _announce(self, changes: Changes) -> None:
        self.changes.announce(changes, self)
        self.refresh()

    def _on_error(self, error: Exception) -> None:
        self.status.setText(problem_text(error))

    def _on_files_finished(self, line: str, details: str) -> None:
        self.status.setText(line)
        self.status.setToolTip(plain_tooltip(details) if details else "")

    # --- the selected event ------------------------------------------------------------
    def _on_occurrence_activated(self, key: str) -> None:
        self._show_detail(key)

    def _show_detail(self, key: str, then: Callable[[EventView], object] | None = None) -> None:
        occurrence = self.occurrences.get(key)
        if occurrence is None:
            return
        events = self.events

        def done(view: EventView) -> None:
            names = {c.id: c.name for c in self.community_refs}
            self.detail.show_event(occurrence, view, self.zone, names)
            if then is not None:
                then(view)

        self.tasks.run(lambda: events.get(occurrence.event_id), done, self._on_error, owner=self)

    def _on_occurrence_opened(self, key: str) -> None:
        self._show_detail(
            key, then=lambda view: self.editing.edit_event(view, self.occurrences.get(key))
        )

    def _on_edit_requested(self) -> None:
        if self.detail.view is not None:
            self.editing.edit_event(self.detail.view, self.detail.occurrence)

    def _run_change(self, work: Callable[[], object], done_text: str) -> None:
        def done(_result: object) -> None:
            self.status.setText(done_text)
            self._announce(Changes(events=True))

        self.tasks.run(work, done, self._on_error, owner=self)

    def _on_cancel_occurrence(self) -> None:
        occurrence, events = self.detail.occurrence, self.events
        if occurrence is None or occurrence.recurrence_id is None:
            return
        moment = occurrence.recurrence_id
        self._run_change(
            lambda: events.cancel_occurrence(occurrence.event_id, moment),
            self.tr("Cancelled the occurrence of {title}.").format(title=occurrence.title),
        )

    def _on_delete_requested(self) -> None:
        from workbench.gui.events.asking import confirm_delete

        view, events = self.detail.view, self.events
        if view is None or not confirm_delete(self, view.title):
            return
        self.detail.clear()
        self._run_change(
            lambda: events.delete(view.id), self.tr("Deleted {title}.").format(title=view.title)
        )

    def _on_export_one(self) -> None:
        if self.detail.view is not None:
            self.files.choose_and_export([self.detail.view.id])

    def _on_checklist_changed(self, items: list[ChecklistItem]) -> None:
        view, events = self.detail.view, self.events
        if view is None:
            return
        draft = replace(view.to_draft(), checklist=items)
        self._run_change(lambda: events.update(view.id, draft), self.tr("Checklist saved."))
