"""What the events area reminds the user of (a ReminderSource for workspace.reminders):
an event about to start (at each of its reminder times, as its VALARMs say) and a
promotion step whose time has come. Manual-assist posts are reminded by the outbox's own
source; here a step says it is due, or that it failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from workbench.core.events.promotion import PromotionPlans
from workbench.core.events.service import EventService
from workbench.core.events.state import EventStatus, StepState
from workbench.core.reminders import Reminder
from workbench.core.text import QT_TRANSLATE_NOOP

EVENT_STARTING = QT_TRANSLATE_NOOP("Reminders", "An event is about to start")
EVENT_STARTED = QT_TRANSLATE_NOOP("Reminders", "An event has started")
STEP_DUE = QT_TRANSLATE_NOOP("Reminders", "A promotion post is due")
STEP_FAILED = QT_TRANSLATE_NOOP("Reminders", "A promotion post failed")
LONGEST_ALARM = timedelta(days=60)  # records.checked refuses reminders further ahead


class EventReminders:
    def __init__(self, events: EventService, promotion: PromotionPlans) -> None:
        self.events = events
        self.promotion = promotion

    def reminders(self, start: datetime, end: datetime) -> Sequence[Reminder]:
        found = self._events(start, end)
        for view, step in self.promotion.due_steps(start, end):
            if step.state not in (StepState.DUE, StepState.FAILED):
                continue  # planned, or it went out on its own: nothing to do
            failed = step.state is StepState.FAILED
            found.append(
                Reminder(
                    key=f"promotion:{step.id}:{step.due_at:%Y%m%dT%H%M%SZ}",
                    due_at=step.due_at,
                    title=STEP_FAILED if failed else STEP_DUE,
                    detail=f"{view.title} ({step.community}): {step.error or step.title}"[:200],
                    pane="events",
                )
            )
        return found

    def _events(self, start: datetime, end: datetime) -> list[Reminder]:
        """At each reminder time of each occurrence not over yet (``end`` is now: an event
        already over is no longer worth a notification, even if the app was closed)."""
        minutes = self.events.reminder_minutes()
        longest = max((max(m) for m in minutes.values() if m), default=0)
        found = []
        ahead = min(timedelta(minutes=longest), LONGEST_ALARM)
        for occurrence in self.events.occurrences(start, end + ahead):
            if occurrence.status in (EventStatus.CANCELLED, EventStatus.DRAFT):
                continue
            if occurrence.end <= end:
                continue
            for before in minutes.get(occurrence.event_id) or (0,):
                due = occurrence.start - timedelta(minutes=before)
                if not start <= due <= end:
                    continue
                found.append(
                    Reminder(
                        key=f"event:{occurrence.uid}:{occurrence.start:%Y%m%dT%H%M%SZ}:{before}",
                        due_at=due,
                        title=EVENT_STARTING if before else EVENT_STARTED,
                        detail=occurrence.title[:200],
                        pane="events",
                    )
                )
        return found
