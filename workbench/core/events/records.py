"""Between what the user edits (EventDraft) and what the store keeps (db.models.Event)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from workbench.core.events import recurrence
from workbench.core.events.model import (
    MAX_TITLE,
    ChecklistItem,
    EventDraft,
    EventError,
    EventView,
    OccurrenceException,
    PollSpec,
)
from workbench.core.events.state import EventKind, EventStatus
from workbench.core.text import QT_TRANSLATE_NOOP
from workbench.db.models import Event, EventException

# The fields one occurrence of a series may change (besides its start and end).
OCCURRENCE_FIELDS = (
    "title",
    "kind",
    "status",
    "description_md",
    "hosts",
    "community_ids",
    "online_link",
    "place",
    "agenda",
    "registration_link",
    "capacity",
)


def _whole_seconds(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def checked(draft: EventDraft) -> EventDraft:
    """The draft as it will be stored (trimmed, all-day days at midnight UTC, the rule in
    canonical form); EventError with one plain sentence when it cannot be saved."""
    title = " ".join(draft.title.split())
    if not title:
        raise EventError(QT_TRANSLATE_NOOP("Events", "An event needs a title."))
    if len(title) > MAX_TITLE:
        raise EventError(QT_TRANSLATE_NOOP("Events", "An event's title is at most 300 characters."))
    if draft.start.tzinfo is None or draft.end.tzinfo is None:
        raise EventError(QT_TRANSLATE_NOOP("Events", "An event's start and end need a time zone."))
    recurrence.zone(draft.tz)
    start, end = _whole_seconds(draft.start), _whole_seconds(draft.end)
    if draft.all_day:
        start = recurrence.day_start(draft.start.date())
        end = max(recurrence.day_start(draft.end.date()), start + timedelta(days=1))
    elif end < start:  # zero length is a moment (a deadline, a poll closing): RFC 5545 allows it
        raise EventError(QT_TRANSLATE_NOOP("Events", "An event cannot end before it starts."))
    if draft.capacity is not None and draft.capacity < 0:
        raise EventError(QT_TRANSLATE_NOOP("Events", "An event's capacity cannot be negative."))
    if draft.kind is EventKind.POLL and draft.poll is None:
        raise EventError(QT_TRANSLATE_NOOP("Events", "A poll event needs a question and options."))
    if draft.poll is not None and (problem := draft.poll.problem()):
        raise EventError(problem)
    rule = draft.rrule.strip() if draft.rrule else None
    if rule:
        rule = recurrence.normalize(rule, draft.tz, all_day=draft.all_day)
    if any(m < 0 or m > 60 * 24 * 60 for m in draft.reminders_minutes):
        raise EventError(
            QT_TRANSLATE_NOOP(
                "Events", "A reminder is between 0 minutes and 60 days before the start."
            )
        )
    hosts = tuple(dict.fromkeys(h.strip() for h in draft.hosts if h.strip()))
    return EventDraft(
        **{
            **_fields(draft),
            "title": title,
            "start": start,
            "end": end,
            "rrule": rule or None,
            "hosts": hosts,
            "community_ids": tuple(dict.fromkeys(draft.community_ids)),
            "kind": EventKind(draft.kind),
            "status": EventStatus(draft.status),
        }
    )


def _fields(draft: EventDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in EventDraft.__dataclass_fields__}


def values(draft: EventDraft) -> dict[str, Any]:
    """A checked draft as the row's column values (for an insert of many at once)."""
    start, end = draft.start.astimezone(UTC), draft.end.astimezone(UTC)
    return {
        "title": draft.title,
        "kind": str(draft.kind),
        "status": str(draft.status),
        "description_md": draft.description_md,
        "hosts": list(draft.hosts),
        "community_ids": list(draft.community_ids),
        "tz": draft.tz,
        "all_day": draft.all_day,
        "start_at": start,
        "end_at": end,
        "rrule": draft.rrule,
        "last_end_at": recurrence.last_end(
            start, end, draft.tz, draft.rrule, all_day=draft.all_day
        ),
        "online_link": draft.online_link,
        "place": draft.place,
        "capacity": draft.capacity,
        "registration_link": draft.registration_link,
        "agenda": draft.agenda,
        "checklist": [asdict(item) for item in draft.checklist],
        "poll": None if draft.poll is None else asdict(draft.poll),
        "reminders_minutes": sorted(set(draft.reminders_minutes)),
        "updated_at": datetime.now(UTC).replace(microsecond=0),
    }


def fill(row: Event, draft: EventDraft) -> None:
    """Write a checked draft into the row (a poll keeps where it was posted and its votes)."""
    for name, value in values(draft).items():
        if name == "poll" and value is not None and row.poll:
            value = {**row.poll, **value}
        setattr(row, name, value)


def _poll(value: dict[str, Any] | None) -> PollSpec | None:
    if not value:
        return None
    return PollSpec(
        question=str(value.get("question", "")),
        options=tuple(str(o) for o in value.get("options", ())),
        duration_days=int(value.get("duration_days", 3)),
    )


def exception_of(row: EventException) -> OccurrenceException:
    return OccurrenceException(
        recurrence_id=row.recurrence_id,
        cancelled=row.cancelled,
        start=row.start_at,
        end=row.end_at,
        changes=dict(row.changes),
    )


def view(row: Event, exceptions: list[EventException]) -> EventView:
    where = recurrence.zone("UTC" if row.all_day else row.tz)
    return EventView(
        id=row.id,
        uid=row.uid,
        sequence=row.sequence,
        exceptions=tuple(exception_of(e) for e in sorted(exceptions, key=_by_recurrence)),
        recording_link=row.recording_link,
        notes=row.notes,
        attendance=row.attendance,
        created_at=row.created_at,
        updated_at=row.updated_at,
        title=row.title,
        kind=EventKind(row.kind),
        status=EventStatus(row.status),
        description_md=row.description_md,
        hosts=tuple(row.hosts),
        community_ids=tuple(row.community_ids),
        tz=row.tz,
        all_day=row.all_day,
        start=row.start_at.astimezone(where),
        end=row.end_at.astimezone(where),
        rrule=row.rrule,
        online_link=row.online_link,
        place=row.place,
        capacity=row.capacity,
        registration_link=row.registration_link,
        agenda=row.agenda,
        checklist=[
            ChecklistItem(str(i.get("text", "")), bool(i.get("done"))) for i in row.checklist
        ],
        poll=_poll(row.poll),
        reminders_minutes=tuple(row.reminders_minutes),
    )


def _by_recurrence(row: EventException) -> datetime:
    return row.recurrence_id


def occurrence_changes(master: EventDraft, draft: EventDraft) -> dict[str, Any]:
    """What one occurrence changes from its series, JSON-ready."""
    changes: dict[str, Any] = {}
    for name in OCCURRENCE_FIELDS:
        value = getattr(draft, name)
        if value != getattr(master, name):
            changes[name] = list(value) if isinstance(value, tuple) else value
    return changes
