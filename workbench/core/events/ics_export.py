"""Writing events to .ics files with the icalendar library: one VTIMEZONE for each TZID
used, VALARM reminders, RRULE, EXDATE for cancelled occurrences and a RECURRENCE-ID event
for each changed one. Files are written whole then moved into place, so a calendar app
reading the subscribed file never sees half of one."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, Timezone, vRecur, vText

from workbench import __version__
from workbench.core.events import recurrence
from workbench.core.events.ics_mapping import ICS_STATUS
from workbench.core.events.model import EventError, EventView, OccurrenceException
from workbench.core.events.state import EventKind, EventStatus

PRODID = f"-//Community Workbench//Events {__version__}//EN"
LAST = date(2038, 1, 1)  # VTIMEZONE transitions are listed up to here


def _when(view: EventView, moment: datetime) -> date | datetime:
    if view.all_day:
        return moment.astimezone(UTC).date()
    return moment.astimezone(recurrence.zone(view.tz)).replace(microsecond=0)


def _fields(event: Event, view: EventView) -> None:
    event.add("summary", view.title)
    if view.description_md:
        event.add("description", view.description_md)
    if view.place:
        event.add("location", view.place)
    elif view.online_link:
        event.add("location", view.online_link)
    if view.online_link:
        event.add("url", view.online_link)
    event.add("status", ICS_STATUS[view.status])
    event.add("x-workbench-status", vText(str(view.status)))
    event.add("x-workbench-kind", vText(str(view.kind)))
    for host in view.hosts:
        event.add("x-workbench-host", vText(host))
    for community in view.community_ids:
        event.add("x-workbench-community", vText(str(community)))
    if view.capacity is not None:
        event.add("x-workbench-capacity", vText(str(view.capacity)))
    if view.registration_link:
        event.add("x-workbench-registration", vText(view.registration_link))
    if view.agenda:
        event.add("x-workbench-agenda", vText(view.agenda))
    for item in view.checklist:
        event.add(
            "x-workbench-check", vText(item.text), parameters={"X-DONE": str(item.done).upper()}
        )
    if view.poll is not None:
        poll = {
            "question": view.poll.question,
            "options": list(view.poll.options),
            "duration_days": view.poll.duration_days,
        }
        event.add("x-workbench-poll", vText(json.dumps(poll, ensure_ascii=False)))


def _vevent(view: EventView, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", view.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", view.sequence)
    event.add("dtstart", _when(view, view.start))
    event.add("dtend", _when(view, view.end))
    _fields(event, view)
    for minutes in view.reminders_minutes:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", view.title)
        alarm.add("trigger", timedelta(minutes=-minutes))
        event.add_component(alarm)
    return event


def _changed(view: EventView, exception: OccurrenceException, stamp: datetime) -> Event:
    changes = dict(exception.changes)
    for name in ("hosts", "community_ids"):
        if name in changes:
            changes[name] = tuple(changes[name])  # type: ignore[arg-type]
    if "kind" in changes:
        changes["kind"] = EventKind(str(changes["kind"]))
    if "status" in changes:
        changes["status"] = EventStatus(str(changes["status"]))
    duration = view.end - view.start
    start = exception.start or exception.recurrence_id
    one = replace(
        view,
        **changes,  # type: ignore[arg-type]
        start=start,
        end=exception.end or start + duration,
        reminders_minutes=view.reminders_minutes,
    )
    event = _vevent(one, stamp)
    event.add("recurrence-id", _when(view, exception.recurrence_id))
    return event


def event_lines(view: EventView, stamp: datetime) -> list[str]:
    """The content lines (unfolded) of the event: its VEVENT, and one per changed
    occurrence of a series."""
    event = _vevent(view, stamp)
    components = [event]
    if view.rrule:
        event.add("rrule", vRecur.from_ical(view.rrule))
        cancelled = [_when(view, e.recurrence_id) for e in view.exceptions if e.cancelled]
        if cancelled:
            event.add("exdate", cancelled)
        components += [_changed(view, e, stamp) for e in view.exceptions if not e.cancelled]
    return [str(line) for c in components for line in c.content_lines() if line]


def _zone_lines(tz: str, first: date) -> list[str]:
    timezone = Timezone.from_tzinfo(recurrence.zone(tz), tz, first_date=first, last_date=LAST)
    return [str(line) for line in timezone.content_lines() if line]


def fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, never splitting a UTF-8 character
    (icalendar's own folding is a third of the time of a whole export)."""
    data = line.encode()
    if len(data) <= 75:
        return line
    pieces, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a character
            end -= 1
        pieces.append(data[start:end].decode())
        start, limit = end, 74  # a continuation line starts with a space
    return "\r\n ".join(pieces)


def _folded(lines: list[str]) -> str:
    return "".join(fold(line) + "\r\n" for line in lines)


class Writer:
    """Builds .ics bytes; keeps each event's lines (by id, sequence and last change) and
    each zone's VTIMEZONE, so a file rewritten after every change redoes only that."""

    def __init__(self) -> None:
        # Folded text, ready to join.
        self._events: dict[tuple[int, int, datetime | None], str] = {}
        self._zones: dict[tuple[str, date], str] = {}

    def to_ics(self, views: Sequence[EventView], *, name: str = "") -> bytes:
        stamp = datetime.now(UTC).replace(microsecond=0)
        head = ["BEGIN:VCALENDAR", f"PRODID:{PRODID}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if name:
            head.append(f"X-WR-CALNAME:{vText(name).to_ical().decode()}")
        blocks = [_folded(head)]
        if views:
            first = min(v.start for v in views).date() - timedelta(days=1)
            first = date(first.year, 1, 1)  # one cache key a year
            for tz in sorted({v.tz for v in views if not v.all_day and v.tz != "UTC"}):
                if (tz, first) not in self._zones:
                    self._zones[tz, first] = _folded(_zone_lines(tz, first))
                blocks.append(self._zones[tz, first])
        kept: dict[tuple[int, int, datetime | None], str] = {}
        for view in views:
            key = (view.id, view.sequence, view.updated_at)
            found = self._events.get(key)
            if found is None:
                found = _folded(event_lines(view, stamp))
            kept[key] = found
            blocks.append(found)
        self._events = kept  # forget deleted and older versions
        blocks.append("END:VCALENDAR\r\n")
        return "".join(blocks).encode()


def calendar(views: Sequence[EventView], *, name: str = "") -> Calendar:
    """The events as an icalendar Calendar (what write() puts in a file)."""
    parsed = Calendar.from_ical(Writer().to_ics(views, name=name))
    assert isinstance(parsed, Calendar)
    return parsed


def write(
    path: Path, views: Sequence[EventView], *, name: str = "", writer: Writer | None = None
) -> None:
    """Write the calendar whole, then move it into place (EventError on a disk problem)."""
    data = (writer or Writer()).to_ics(views, name=name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".ics.part")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise EventError(f"{path} cannot be written: {error.strerror}.") from error
