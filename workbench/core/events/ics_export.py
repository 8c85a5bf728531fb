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

from icalendar import Alarm, Calendar, Event, vRecur, vText

from workbench import __version__
from workbench.core.events import recurrence
from workbench.core.events.ics_mapping import ICS_STATUS
from workbench.core.events.model import EventError, EventView, OccurrenceException
from workbench.core.events.state import EventKind, EventStatus

PRODID = f"-//Community Workbench//Events {__version__}//EN"


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


def calendar(views: Sequence[EventView], *, name: str = "") -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for view in views:
        event = _vevent(view, stamp)
        if view.rrule:
            event.add("rrule", vRecur.from_ical(view.rrule))
            cancelled = [_when(view, e.recurrence_id) for e in view.exceptions if e.cancelled]
            if cancelled:
                event.add("exdate", cancelled)
        cal.add_component(event)
        if view.rrule:
            for exception in view.exceptions:
                if not exception.cancelled:
                    cal.add_component(_changed(view, exception, stamp))
    if views:
        first = min(v.start for v in views).date() - timedelta(days=1)
        cal.add_missing_timezones(first_date=first, last_date=date(2038, 1, 1))
    return cal


def write(path: Path, views: Sequence[EventView], *, name: str = "") -> None:
    """Write the calendar whole, then move it into place (EventError on a disk problem)."""
    data = calendar(views, name=name).to_ical()
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
