"""The occurrences of every event in a window: what the month, week and agenda views draw.

One query for the events that may touch the window (``last_end_at`` bounds a series), one
for the changed or cancelled occurrences of the series among them, then each series is
expanded for the window only (recurrence.starts).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from workbench.core.events import recurrence
from workbench.core.events.model import EventError, Occurrence
from workbench.core.events.state import EventKind, EventStatus
from workbench.db.models import Event, EventException

_COLUMNS = (
    Event.id,
    Event.uid,
    Event.title,
    Event.kind,
    Event.status,
    Event.start_at,
    Event.end_at,
    Event.all_day,
    Event.tz,
    Event.hosts,
    Event.community_ids,
    Event.rrule,
)


def occurrence_key(uid: str, recurrence_id: datetime | None) -> str:
    if recurrence_id is None:
        return uid
    return f"{uid}/{recurrence_id.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def occurrences(
    session: Session, start: datetime, end: datetime, *, event_ids: list[int] | None = None
) -> list[Occurrence]:
    """Every occurrence overlapping [start, end), sorted by start (then title)."""
    query = select(*_COLUMNS).where(
        Event.start_at < end, or_(Event.last_end_at.is_(None), Event.last_end_at > start)
    )
    if event_ids is not None:
        query = query.where(Event.id.in_(event_ids))
    rows = session.execute(query).all()
    series = [r.id for r in rows if r.rrule]
    changed: dict[int, list[EventException]] = defaultdict(list)
    if series:
        for exception in session.scalars(
            select(EventException).where(EventException.event_id.in_(series))
        ):
            changed[exception.event_id].append(exception)
    found: list[Occurrence] = []
    for row in rows:
        if row.rrule:
            found.extend(_series(row, changed.get(row.id, []), start, end))
        elif row.end_at > start or row.start_at >= start:  # (a moment: zero length)
            found.append(_occurrence(row, None, row.start_at, row.end_at, {}))
    found.sort(key=lambda o: (o.start, o.title, o.key))
    return found


def _series(
    row: Any, exceptions: list[EventException], start: datetime, end: datetime
) -> list[Occurrence]:
    by_id = {e.recurrence_id: e for e in exceptions}
    duration = row.end_at - row.start_at
    found = []
    try:
        moments = recurrence.starts(
            row.start_at, row.end_at, row.tz, row.rrule, start, end, all_day=row.all_day
        )
    except EventError:  # a zone removed from the system's tzdata: show the first one only
        moments = [row.start_at] if row.start_at < end and row.end_at > start else []
    for moment in moments:
        if moment not in by_id:
            found.append(_occurrence(row, moment, moment, moment + duration, {}))
    for exception in exceptions:  # changed ones: where they are now
        if exception.cancelled:
            continue
        begin = exception.start_at or exception.recurrence_id
        finish = exception.end_at or begin + duration
        if begin < end and (finish > start or begin >= start):
            found.append(
                _occurrence(row, exception.recurrence_id, begin, finish, exception.changes)
            )
    return found


def _occurrence(
    row: Any,
    recurrence_id: datetime | None,
    start: datetime,
    end: datetime,
    changes: dict[str, Any],
) -> Occurrence:
    return Occurrence(
        key=occurrence_key(row.uid, recurrence_id),
        event_id=row.id,
        uid=row.uid,
        recurrence_id=recurrence_id,
        title=str(changes.get("title", row.title)),
        kind=EventKind(changes.get("kind", row.kind)),
        status=EventStatus(changes.get("status", row.status)),
        start=start,
        end=end,
        all_day=row.all_day,
        tz=row.tz,
        hosts=tuple(changes.get("hosts", row.hosts)),
        community_ids=tuple(changes.get("community_ids", row.community_ids)),
    )
