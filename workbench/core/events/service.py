"""EventService: create, edit (this occurrence, this and the following, all), cancel and
delete events, the occurrences in a window, clashes, and iCalendar files in and out."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.events import clashes, records, recurrence, window
from workbench.core.events.impact import Impact
from workbench.core.events.model import (
    Clash,
    EventDraft,
    EventError,
    EventView,
    ImportReport,
    Occurrence,
)
from workbench.core.events.state import EditScope, EventStatus
from workbench.core.text import QT_TRANSLATE_NOOP
from workbench.db.models import Event, EventException
from workbench.db.store import Store


def new_uid() -> str:
    return f"{uuid.uuid4()}@community-workbench"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class EventService:
    def __init__(self, store: Store) -> None:
        self.store = store
        # Called after every change (the subscribed calendar file is rewritten by one).
        self.listeners: list[Callable[[], object]] = []

    # -- reading ------------------------------------------------------------------------

    def occurrences(self, start: datetime, end: datetime) -> list[Occurrence]:
        """Every occurrence overlapping [start, end) (aware datetimes), sorted by start;
        a series is expanded for this window only."""
        with self.store.session() as session:
            return window.occurrences(session, start, end)

    def get(self, event_id: int) -> EventView:
        """The event; LookupError when there is none with this id."""
        with self.store.session() as session:
            return self._view(session, self._row(session, event_id))

    def by_uid(self, uid: str) -> EventView | None:
        with self.store.session() as session:
            row = session.scalars(select(Event).where(Event.uid == uid)).first()
            return None if row is None else self._view(session, row)

    def all(self, start: datetime | None = None, end: datetime | None = None) -> list[EventView]:
        """Every event (a series once) that may touch [start, end), by start."""
        query = select(Event).order_by(Event.start_at, Event.id)
        if end is not None:
            query = query.where(Event.start_at < end)
        if start is not None:
            query = query.where((Event.last_end_at.is_(None)) | (Event.last_end_at > start))
        with self.store.session() as session:
            return self._views(session, list(session.scalars(query)))

    def reminder_minutes(self) -> dict[int, tuple[int, ...]]:
        """Each event's reminder times (minutes before its start), in one query."""
        with self.store.session() as session:
            rows = session.execute(select(Event.id, Event.reminders_minutes))
            return {event_id: tuple(minutes or ()) for event_id, minutes in rows}

    # -- writing ------------------------------------------------------------------------

    def create(self, draft: EventDraft, *, uid: str | None = None) -> EventView:
        draft = records.checked(draft)
        with self.store.writing() as session:
            row = Event(uid=uid or new_uid(), sequence=0, created_at=_now(), source_hash="")
            records.fill(row, draft)
            session.add(row)
            session.flush()
            result = self._view(session, row)
        self._changed()
        return result

    def update(
        self,
        event_id: int,
        draft: EventDraft,
        *,
        scope: EditScope = EditScope.ALL,
        occurrence: datetime | None = None,
    ) -> EventView:
        """Save the edit. For a series, ``occurrence`` (its original start, as
        Occurrence.recurrence_id) names the occurrence THIS and FOLLOWING start from.
        Returns the event that holds the edit (a new one when FOLLOWING splits a series)."""
        draft = records.checked(draft)
        with self.store.writing() as session:
            row = self._row(session, event_id)
            if row.rrule and scope is not EditScope.ALL:
                if occurrence is None:
                    raise EventError(
                        QT_TRANSLATE_NOOP("Events", "Say which occurrence the edit starts from.")
                    )
                moment = occurrence.astimezone(UTC)
                if scope is EditScope.THIS:
                    self._edit_one(session, row, moment, draft)
                    result = self._view(session, row)
                elif moment <= row.start_at:
                    self._edit_all(session, row, draft)
                    result = self._view(session, row)
                else:
                    result = self._view(session, self._split(session, row, moment, draft))
            else:
                self._edit_all(session, row, draft)
                result = self._view(session, row)
        self._changed()
        return result

    def cancel_occurrence(self, event_id: int, occurrence: datetime) -> None:
        """Cancel one occurrence of a series (an EXDATE); a single event is cancelled."""
        with self.store.writing() as session:
            row = self._row(session, event_id)
            if not row.rrule:
                row.status = str(EventStatus.CANCELLED)
            else:
                exception = self._exception(session, row, occurrence.astimezone(UTC))
                exception.cancelled = True
            row.sequence += 1
            row.updated_at = _now()
        self._changed()

    def delete(self, event_id: int) -> None:
        with self.store.writing() as session:
            session.delete(self._row(session, event_id))
        self._changed()

    def record_outcome(
        self,
        event_id: int,
        *,
        recording_link: str | None = None,
        notes: str | None = None,
        attendance: int | None = None,
    ) -> None:
        """After the event: its recording link, notes and attendance (None leaves it)."""
        if attendance is not None and attendance < 0:
            raise EventError(QT_TRANSLATE_NOOP("Events", "Attendance cannot be negative."))
        with self.store.writing() as session:
            row = self._row(session, event_id)
            if recording_link is not None:
                row.recording_link = recording_link.strip()
            if notes is not None:
                row.notes = notes
            if attendance is not None:
                row.attendance = attendance
            row.updated_at = _now()
        self._changed()

    def clashes(
        self, draft: EventDraft, *, buffer: timedelta, ignore_event: int | None = None
    ) -> list[Clash]:
        """Other events sharing a host or a community with the draft that overlap it or
        are closer than ``buffer`` (for a series: its occurrences in the coming year)."""
        draft = records.checked(draft)
        mine = clashes.draft_times(draft)
        if not mine:
            return []
        start = min(s for s, _ in mine) - buffer
        end = max(e for _, e in mine) + buffer
        others = [
            o
            for o in self.occurrences(start, end)
            if o.event_id != ignore_event and o.status is not EventStatus.CANCELLED
        ]
        return clashes.find(draft, mine, others, buffer)

    # -- files --------------------------------------------------------------------------

    def import_ics(self, path: Path) -> ImportReport:
        """Read an .ics file (bounded); events are matched by UID, never duplicated; a
        refused file changes nothing (EventError)."""
        from workbench.core.events import ics_import

        report = ics_import.import_file(self.store, path)
        if report.new or report.updated:
            self._changed()
        return report

    def export_ics(self, path: Path, event_ids: Sequence[int] | None = None) -> int:
        """Write the events (all when None) to an .ics file; returns how many."""
        from workbench.core.events import ics_export

        with self.store.session() as session:
            query = select(Event).order_by(Event.start_at, Event.id)
            if event_ids is not None:
                query = query.where(Event.id.in_(list(event_ids)))
            views = self._views(session, list(session.scalars(query)))
        if event_ids is not None and len(views) != len(set(event_ids)):
            missing = sorted(set(event_ids) - {v.id for v in views})
            raise LookupError(f"There is no event {missing[0]}.")
        ics_export.write(path, views)
        return len(views)

    def import_attendance(self, event_id: int, path: Path) -> int:
        """Attendees from the webinar tool's CSV (bounded; a refused file changes nothing);
        returns how many."""
        from workbench.core.events.attendance import import_attendance

        count = import_attendance(self.store, event_id, path)
        self._changed()
        return count

    def impact(self, event_id: int, *, occurrence: datetime | None = None) -> Impact:
        """Activity in its communities the week after, against the four weeks before."""
        from workbench.core.events.impact import impact

        return impact(self.store, self.get(event_id), occurrence=occurrence)

    # -- inside -------------------------------------------------------------------------

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    def _row(self, session: Session, event_id: int) -> Event:
        row = session.get(Event, event_id)
        if row is None:
            raise LookupError(f"There is no event {event_id}.")
        return row

    def _view(self, session: Session, row: Event) -> EventView:
        exceptions = list(
            session.scalars(select(EventException).where(EventException.event_id == row.id))
        )
        return records.view(row, exceptions)

    def _views(self, session: Session, rows: list[Event]) -> list[EventView]:
        """Views of many rows: their exceptions read in a few queries, not one each."""
        changed: dict[int, list[EventException]] = {r.id: [] for r in rows}
        series = [r.id for r in rows if r.rrule]
        for i in range(0, len(series), 500):
            for exception in session.scalars(
                select(EventException).where(EventException.event_id.in_(series[i : i + 500]))
            ):
                changed[exception.event_id].append(exception)
        return [records.view(row, changed[row.id]) for row in rows]

    def _exception(self, session: Session, row: Event, moment: datetime) -> EventException:
        exception = session.scalars(
            select(EventException).where(
                EventException.event_id == row.id, EventException.recurrence_id == moment
            )
        ).first()
        if exception is None:
            exception = EventException(
                event_id=row.id, recurrence_id=moment, cancelled=False, changes={}
            )
            session.add(exception)
        return exception

    def _edit_all(self, session: Session, row: Event, draft: EventDraft) -> None:
        old_start = row.start_at
        records.fill(row, draft)
        row.sequence += 1
        delta = recurrence.wall_delta(old_start, row.start_at, row.tz, all_day=row.all_day)
        if delta and row.rrule:  # the changed occurrences stay attached to theirs
            for exception in session.scalars(
                select(EventException).where(EventException.event_id == row.id)
            ):
                exception.recurrence_id = recurrence.shift_wall(
                    exception.recurrence_id, row.tz, delta, all_day=row.all_day
                )
        elif not row.rrule:
            for exception in session.scalars(
                select(EventException).where(EventException.event_id == row.id)
            ):
                session.delete(exception)

    def _edit_one(self, session: Session, row: Event, moment: datetime, draft: EventDraft) -> None:
        master = records.view(row, [])
        exception = self._exception(session, row, moment)
        exception.changes = records.occurrence_changes(master, draft)
        start, end = draft.start.astimezone(UTC), draft.end.astimezone(UTC)
        moved = start != moment or end - start != row.end_at - row.start_at
        exception.start_at = start if moved else None
        exception.end_at = end if moved else None
        exception.cancelled = False
        row.sequence += 1
        row.updated_at = _now()

    def _split(self, session: Session, row: Event, moment: datetime, draft: EventDraft) -> Event:
        """This and the following: the series ends before ``moment``; a new series (the
        draft) goes on from there and takes the changed occurrences from there on."""
        old_rule = row.rrule or ""
        rule = draft.rrule
        parts = recurrence.rule_parts(old_rule)
        if rule and "COUNT" in parts and recurrence.rule_parts(rule) == parts:
            done = recurrence.count_before(
                row.start_at, row.tz, old_rule, moment, all_day=row.all_day
            )
            rule = recurrence.with_count(rule, max(int(parts["COUNT"]) - done, 1))
        row.rrule = recurrence.until_before(old_rule, moment)
        row.last_end_at = recurrence.last_end(
            row.start_at, row.end_at, row.tz, row.rrule, all_day=row.all_day
        )
        row.sequence += 1
        row.updated_at = _now()
        following = Event(uid=new_uid(), sequence=0, created_at=_now(), source_hash="")
        records.fill(following, records.checked(replace(draft, rrule=rule)))
        session.add(following)
        session.flush()
        delta = recurrence.wall_delta(moment, following.start_at, row.tz, all_day=row.all_day)
        for exception in session.scalars(
            select(EventException).where(
                EventException.event_id == row.id, EventException.recurrence_id >= moment
            )
        ):
            exception.event_id = following.id
            exception.recurrence_id = recurrence.shift_wall(
                exception.recurrence_id, row.tz, delta, all_day=row.all_day
            )
        return following
