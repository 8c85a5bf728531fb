"""Opening the event dialog: for a new event (Ctrl+N, a double-click on an empty day or
hour) or a saved one, with the tabs only a saved event has (promotion plan, poll results,
after the event). What the dialogs save is announced as ``Changes(events=True)``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import QWidget

from workbench.core.changes import Changes
from workbench.core.events.model import EventDraft, EventView, Occurrence
from workbench.gui.events.editor import EventEditor

if TYPE_CHECKING:
    from workbench.gui.events.pane import EventsPane

NEW_EVENT_LENGTH = timedelta(hours=1)


class Editing(QObject):
    def __init__(self, pane: EventsPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.editor: EventEditor | None = None  # the open dialog

    def new_event(self, start: datetime | None = None) -> EventEditor:
        if start is None:  # the next full hour on the selected day
            now = self.pane.clock().astimezone(self.pane.zone)
            day: date = self.pane.current.selected_date
            start = datetime.combine(
                day, now.time().replace(minute=0, second=0, microsecond=0), self.pane.zone
            )
            start += timedelta(hours=1)
        draft = EventDraft(
            title="", start=start, end=start + NEW_EVENT_LENGTH, tz=self.pane.zone.key
        )
        return self._open_editor(draft, None, None)

    def edit_event(self, view: EventView, occurrence: Occurrence | None) -> EventEditor:
        return self._open_editor(view.to_draft(), view, occurrence)

    def on_new_requested(self, at: QDateTime) -> None:
        self.new_event(datetime.fromtimestamp(at.toSecsSinceEpoch(), self.pane.zone))

    def _open_editor(
        self, draft: EventDraft, view: EventView | None, occurrence: Occurrence | None
    ) -> EventEditor:
        if self.editor is not None:
            self.editor.close()
        editor = EventEditor(
            events=self.pane.events,
            tasks=self.pane.tasks,
            communities=self.pane.community_refs,
            buffer=self.pane.buffer,
            zone=self.pane.zone,
            draft=draft,
            view=view,
            occurrence=occurrence,
            extra_tabs=self._extra_tabs(view, occurrence),
            parent=self.pane,
        )
        editor.saved.connect(self._on_saved)
        editor.buffer_changed.connect(self.pane.set_buffer)
        editor.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _extra_tabs(
        self, view: EventView | None, occurrence: Occurrence | None
    ) -> list[tuple[QWidget, str]]:
        if view is None:
            return []
        from workbench.gui.events.after_event import AfterEventForm
        from workbench.gui.events.plan_view import PlanView

        plan = PlanView(
            view.id,
            promotion=self.pane.promotion,
            communities=self.pane.community_refs,
            tasks=self.pane.tasks,
            zone=self.pane.zone,
        )
        plan.changed.connect(lambda: self.pane._announce(Changes(events=True, outbox=True)))
        moment = occurrence.start if occurrence is not None and view.rrule else None
        after = AfterEventForm(
            view, events=self.pane.events, tasks=self.pane.tasks, occurrence=moment
        )
        after.saved.connect(lambda: self.pane._announce(Changes(events=True)))
        tabs: list[tuple[QWidget, str]] = [(plan, self.tr("Pro&motion"))]
        if view.poll is not None:
            from workbench.gui.events.poll_results import PollResults

            results = PollResults(
                view,
                polls=self.pane.polls,
                communities=self.pane.community_refs,
                tasks=self.pane.tasks,
            )
            results.changed.connect(lambda: self.pane._announce(Changes(events=True, outbox=True)))
            tabs.append((results, self.tr("Poll re&sults")))
        return [*tabs, (after, self.tr("&After the event"))]

    def _on_saved(self, view: EventView) -> None:
        self.pane.status.setText(self.tr("Saved {title}.").format(title=view.title))
        self.pane._announce(Changes(events=True))
