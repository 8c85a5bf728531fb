"""Who attended: a CSV from the webinar tool (Zoom, Google Meet, Teams and the like), read
with bounds, or a number entered by hand (EventService.record_outcome).

Only names and minutes are kept (never e-mail addresses). A person who joined twice counts
once, with their minutes added up. A file that cannot be read changes nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete

from workbench.core.events.model import EventError
from workbench.db.models import Event, EventAttendee
from workbench.db.store import Store

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 100_000
HEADER_SEARCH = 30  # Zoom puts a meeting summary above the attendee table
NAME_COLUMNS = ("name (original name)", "name", "full name", "participant", "attendee",
                "display name", "user name")  # fmt: skip
DURATION_COLUMNS = ("duration (minutes)", "duration (mins)", "time in session (minutes)",
                    "minutes", "attendance duration", "duration")  # fmt: skip
_CLOCK = re.compile(r"(\d+):(\d{2})(?::(\d{2}))?$")
_WORDS = re.compile(
    r"(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:ute)?s?)?)?\s*(?:(\d+)\s*s(?:ec(?:ond)?s?)?)?$"
)


@dataclass(frozen=True)
class Attendee:
    name: str
    minutes: int | None


def minutes(text: str) -> int | None:
    """``45``, ``45 min``, ``1h 5m``, ``01:05:00`` as whole minutes; None when unclear."""
    text = text.strip().lower()
    if not text:
        return None
    if text.replace(".", "", 1).isdigit():
        return round(float(text))
    clock = _CLOCK.match(text)
    if clock:
        hours, mins, secs = clock.groups()
        if secs is None:  # "45:10" is minutes and seconds in these exports
            return int(hours) + round(int(mins) / 60)
        return int(hours) * 60 + int(mins) + round(int(secs) / 60)
    words = _WORDS.match(text)
    if words and any(words.groups()):
        hours, mins, secs = (int(g or 0) for g in words.groups())
        return hours * 60 + mins + round(secs / 60)
    return None


def _header(rows: list[list[str]]) -> tuple[int, int, int | None, tuple[int, int] | None]:
    """(header row, name column, duration column, first/last name columns)."""
    for number, row in enumerate(rows[:HEADER_SEARCH]):
        cells = [c.strip().lower().lstrip("\ufeff") for c in row]
        name = next((cells.index(n) for n in NAME_COLUMNS if n in cells), -1)
        split = None
        if "first name" in cells and "last name" in cells:
            split = (cells.index("first name"), cells.index("last name"))
        if name >= 0 or split:
            duration = next((cells.index(d) for d in DURATION_COLUMNS if d in cells), None)
            return number, name, duration, split
    raise EventError("it has no column of names (Name, Full Name, First name/Last name...)")


def read_attendees(path: Path) -> list[Attendee]:
    """The attendees in a CSV; EventError naming the file (and line) when it is refused."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise EventError(f"{path.name} is larger than 10 MB; is it the attendance report?")
        data = path.read_bytes()
    except OSError as error:
        raise EventError(f"{path.name} cannot be read: {error.strerror}.") from error
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Teams writes UTF-16 with a BOM
        text = data.decode("utf-16", errors="replace")
    elif b"\0" in data[:4096]:
        raise EventError(f"{path.name} is not a CSV file (it is binary).")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    dialect = "excel-tab" if text[:2000].count("\t") > text[:2000].count(",") else "excel"
    try:
        rows = []
        for row in csv.reader(io.StringIO(text), dialect=dialect):
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise EventError(f"{path.name} has more than {MAX_ROWS:,} rows.")
    except csv.Error as error:
        raise EventError(f"{path.name}, line {len(rows) + 1}: {error}.") from error
    try:
        start, name, duration, split = _header(rows)
    except EventError as error:
        raise EventError(f"{path.name}: {error}.") from error
    found: dict[str, Attendee] = {}
    for row in rows[start + 1 :]:
        if split:
            who = " ".join(row[i].strip() for i in split if i < len(row)).strip()
        else:
            who = row[name].strip() if name < len(row) else ""
        who = re.sub(r"\s*\(.*\)$", "", who)[:300]  # "Alex (Original Name)"
        if not who:
            continue
        spent = minutes(row[duration]) if duration is not None and duration < len(row) else None
        before = found.get(who.casefold())
        if before is not None and (before.minutes is not None or spent is not None):
            spent = (before.minutes or 0) + (spent or 0)
        found[who.casefold()] = Attendee(before.name if before else who, spent)
    return list(found.values())


def import_attendance(store: Store, event_id: int, path: Path) -> int:
    """Replace the event's attendees by the file's; its attendance becomes their number."""
    attendees = read_attendees(path)
    with store.writing() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise LookupError(f"There is no event {event_id}.")
        session.execute(delete(EventAttendee).where(EventAttendee.event_id == event_id))
        session.add_all(
            EventAttendee(event_id=event_id, name=a.name, minutes=a.minutes) for a in attendees
        )
        event.attendance = len(attendees)
    return len(attendees)
