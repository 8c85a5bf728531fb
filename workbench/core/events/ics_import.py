"""Importing .ics files written by us or by other programs (Google Calendar, Outlook, Apple
Calendar, Thunderbird), bounded, all or nothing, matched by UID.

A file too big is refused by its size before a byte is read; a file that is not a calendar,
or has a broken line, is refused with the line named and changes nothing. Inside a good
file, an event that cannot be used (an unknown TZID, a broken date, an unusable RRULE) is
left out with one message naming it; the others are written in one transaction. An event
already here (same UID) is updated when it changed, skipped when not: never duplicated.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from workbench.core.events import records, recurrence, zones
from workbench.core.events.ics_mapping import describe
from workbench.core.events.ics_parse import (
    Component,
    ParseError,
    Property,
    date_or_time,
    duration,
    parse,
)
from workbench.core.events.model import EventDraft, EventError, ImportReport
from workbench.core.stored_words import plain
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import Base, Event, EventException
from workbench.db.store import Store

log = logging.getLogger(__name__)

MiB = 1024 * 1024
MAX_BYTES = 20 * MiB  # a calendar of 50,000 events is about 20 MB
CHUNK = 500
# Many new rows go in as one Core executemany (the ORM would group them by NULL columns).
_EVENTS = Base.metadata.tables["events"]
_EXCEPTIONS = Base.metadata.tables["event_exceptions"]


@dataclass
class ExceptionRecord:
    recurrence_id: datetime
    cancelled: bool
    start: datetime | None = None
    end: datetime | None = None
    changes: dict[str, Any] = field(default_factory=dict)

    def signature(self) -> tuple[Any, ...]:
        return (
            self.recurrence_id,
            self.cancelled,
            self.start,
            self.end,
            json.dumps(self.changes, sort_keys=True),
        )


@dataclass
class Parsed:
    uid: str
    draft: EventDraft
    sequence: int
    exceptions: dict[datetime, ExceptionRecord] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        """What the file says about the event (not when it was exported: DTSTAMP)."""
        seen = sorted(e.signature() for e in self.exceptions.values())
        return hashlib.sha1(repr((self.draft, seen)).encode()).hexdigest()


def read_text(path: Path) -> str:
    """The file's text, refused by size before reading (EventError naming the file)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            source = QT_TRANSLATE_NOOP(
                "Events", "{file} is {size} MB; a calendar file is at most {most} MB."
            )
            values = {"file": path.name, "size": size // MiB, "most": MAX_BYTES // MiB}
            raise EventError(Words("Events", source, values))
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        source = QT_TRANSLATE_NOOP("Events", "{file} cannot be read: {error}.")
        values = {"file": path.name, "error": str(error.strerror)}
        raise EventError(Words("Events", source, values)) from error
    if len(data) > MAX_BYTES:  # it grew while we looked
        source = QT_TRANSLATE_NOOP("Events", "{file} is larger than {most} MB.")
        raise EventError(Words("Events", source, {"file": path.name, "most": MAX_BYTES // MiB}))
    if b"\0" in data[:4096]:
        source = QT_TRANSLATE_NOOP("Events", "{file} is not an iCalendar file (it is binary).")
        raise EventError(Words("Events", source, {"file": path.name}))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # old Outlook files


class Reader:
    """Turns a parsed VCALENDAR into drafts; problems are collected, one per event."""

    def __init__(self, root: Component, name: str) -> None:
        self.name = name
        self.problems: list[Words] = []
        self.left_out = 0  # the problems that kept an event out (the others name a part)
        declared = root.text_of("X-WR-TIMEZONE")
        self.default_zone = (zones.iana(declared) if declared else None) or zones.local_zone()
        self.vtimezones = {
            c.text_of("TZID"): c for c in root.walk("VTIMEZONE") if c.first("TZID") is not None
        }
        self.zone_names: dict[str, str | None] = {}
        self.root = root

    def events(self) -> list[Parsed]:
        masters: dict[str, Parsed] = {}
        overrides: list[Component] = []
        for component in self.root.walk("VEVENT"):
            if component.first("RECURRENCE-ID") is not None:
                overrides.append(component)
                continue
            parsed = self._guarded(component, None)
            if parsed is None:
                continue
            if parsed.uid in masters:
                twice = QT_TRANSLATE_NOOP(
                    "Events", "it appears twice in the file; the first is kept."
                )
                self._problem(component, Words("Events", twice))
                continue
            masters[parsed.uid] = parsed
        for component in overrides:
            master = masters.get(_uid(component))
            if master is None or master.draft.rrule is None:
                standalone = self._guarded(component, None)
                if standalone is not None:
                    standalone.uid = f"{standalone.uid}/{component.text_of('RECURRENCE-ID')}"
                    masters.setdefault(standalone.uid, standalone)
                continue
            self._guarded(component, master)
        return list(masters.values())

    def _guarded(self, component: Component, master: Parsed | None) -> Parsed | None:
        try:
            if master is not None:
                self._override(component, master)
                return master
            return self._event(component)
        except EventError as error:
            self._problem(component, error.words)
            return None
        except ValueError as error:  # a library's words (dateutil's rule parser): as they are
            self._problem(component, plain(str(error).rstrip(".") + "."))
            return None

    def _problem(self, component: Component, why: Words) -> None:
        """One event left out, ``why`` a sentence ending with its full stop."""
        title = component.text_of("SUMMARY") or component.text_of("UID")
        source = QT_TRANSLATE_NOOP("Events", "{file}, line {line}: {title} was left out: {why}")
        values = {
            "file": self.name,
            "line": component.line,
            "title": self._title(title),
            "why": why,
        }
        self.problems.append(Words("Events", source, values))
        self.left_out += 1

    @staticmethod
    def _title(title: str) -> Words:
        if not title:
            return Words("Events", QT_TRANSLATE_NOOP("Events", "an event"))
        return plain(repr(title[:80]))

    # -- times ----------------------------------------------------------------------------

    def _zone_name(self, tzid: str, year: int) -> str:
        if tzid not in self.zone_names:
            name = zones.iana(tzid)
            if name is None and tzid in self.vtimezones:
                name = zones.equivalent(self._vtimezone(tzid), year, (self.default_zone,))
            self.zone_names[tzid] = name
        found = self.zone_names[tzid]
        if found is None:
            source = QT_TRANSLATE_NOOP("Events", "its time zone {zone} is unknown.")
            raise EventError(Words("Events", source, {"zone": repr(tzid)}))
        return found

    def _vtimezone(self, tzid: str) -> tzinfo:
        from icalendar import Timezone

        text = "\r\n".join(self.vtimezones[tzid].text) + "\r\n"
        timezone = Timezone.from_ical(text)
        assert isinstance(timezone, Timezone)
        made: tzinfo = timezone.to_tz()
        return made

    def moment(self, prop: Property) -> tuple[datetime, str, bool]:
        """(aware UTC instant, zone name, all day) of a DTSTART-like property."""
        value = date_or_time(prop.value.split(",")[0])
        if not isinstance(value, datetime):
            return recurrence.day_start(value), self.default_zone, True
        if value.tzinfo is not None:
            return value, self.default_zone, False
        tzid = prop.params.get("TZID")
        name = self._zone_name(tzid, value.year) if tzid else self.default_zone
        return value.replace(tzinfo=recurrence.zone(name)).astimezone(UTC), name, False

    def _moments(
        self, prop: Property, series_start: datetime, zone: str, all_day: bool
    ) -> list[datetime]:
        """The instants of an EXDATE/RECURRENCE-ID (a date means the series' time that day;
        in an all-day series, that day as stored: midnight UTC)."""
        found = []
        for piece in prop.value.split(","):
            value = date_or_time(piece)
            if isinstance(value, datetime):
                moment = self.moment(Property(prop.name, prop.params, piece, prop.line))[0]
                found.append(recurrence.day_start(moment.date()) if all_day else moment)
            elif all_day:
                found.append(recurrence.day_start(value))
            else:
                local = series_start.astimezone(recurrence.zone(zone))
                wall = datetime.combine(value, local.time()).replace(tzinfo=local.tzinfo)
                found.append(wall.astimezone(UTC))
        return found

    # -- events ---------------------------------------------------------------------------

    def _event(self, component: Component) -> Parsed:
        start_prop = component.first("DTSTART")
        if start_prop is None:
            raise EventError(QT_TRANSLATE_NOOP("Events", "it has no start (DTSTART)."))
        start, zone, all_day = self.moment(start_prop)
        end = self._end(component, start, all_day)
        where = recurrence.zone("UTC" if all_day else zone)
        rule = component.first("RRULE")
        draft = EventDraft(
            **describe(component),
            start=start.astimezone(where),
            end=end.astimezone(where),
            tz=zone,
            all_day=all_day,
            rrule=rule.value if rule else None,
            reminders_minutes=_alarms(component),
        )
        draft = records.checked(draft)
        sequence = component.text_of("SEQUENCE", "0")
        parsed = Parsed(_uid(component), draft, int(sequence) if sequence.isdigit() else 0)
        if draft.rrule:
            for prop in component.all("EXDATE"):
                for moment in self._moments(prop, start, zone, all_day):
                    parsed.exceptions[moment] = ExceptionRecord(moment, True)
        if component.first("RDATE") is not None:
            rdate = QT_TRANSLATE_NOOP("Events", "its extra dates (RDATE) were not imported.")
            self._problem_kept(component, Words("Events", rdate))
        return parsed

    def _problem_kept(self, component: Component, why: Words) -> None:
        """Part of an event not imported; the event itself is kept."""
        title = component.text_of("SUMMARY") or component.text_of("UID")
        source = QT_TRANSLATE_NOOP("Events", "{file}, line {line}: {title}: {why}")
        values = {
            "file": self.name,
            "line": component.line,
            "title": self._title(title),
            "why": why,
        }
        self.problems.append(Words("Events", source, values))

    def _end(self, component: Component, start: datetime, all_day: bool) -> datetime:
        end_prop = component.first("DTEND")
        if end_prop is not None:
            return self.moment(end_prop)[0]
        length = component.first("DURATION")
        if length is not None:
            return start + duration(length.value)
        return start + timedelta(days=1) if all_day else start

    def _override(self, component: Component, master: Parsed) -> None:
        rid_prop = component.first("RECURRENCE-ID")
        assert rid_prop is not None
        series = master.draft
        moments = self._moments(rid_prop, series.start, series.tz, series.all_day)
        if not moments:
            raise EventError(QT_TRANSLATE_NOOP("Events", "its RECURRENCE-ID is empty."))
        rid = moments[0]
        if component.text_of("STATUS").upper() == "CANCELLED":
            master.exceptions[rid] = ExceptionRecord(rid, True)
            return
        single = self._event(component).draft
        start, end = single.start.astimezone(UTC), single.end.astimezone(UTC)
        moved = start != rid or end - start != series.end - series.start
        master.exceptions[rid] = ExceptionRecord(
            rid,
            False,
            start if moved else None,
            end if moved else None,
            records.occurrence_changes(series, single),
        )


def _uid(component: Component) -> str:
    uid = component.text_of("UID").strip()
    if uid:
        return uid[:255]
    # No UID (RFC 5545 requires one): the same event read again gets the same one.
    seed = "|".join(component.text_of(n) for n in ("DTSTART", "SUMMARY", "LOCATION"))
    return f"import-{hashlib.sha1(seed.encode()).hexdigest()[:20]}"


def _alarms(component: Component) -> tuple[int, ...]:
    minutes = []
    for alarm in component.walk("VALARM"):
        trigger = alarm.first("TRIGGER")
        if trigger is None or trigger.params.get("VALUE", "").upper() == "DATE-TIME":
            continue
        if trigger.params.get("RELATED", "START").upper() != "START":
            continue
        try:
            before = -duration(trigger.value)
        except ValueError:
            continue
        if timedelta(0) <= before <= timedelta(days=60):
            minutes.append(int(before.total_seconds() // 60))
    return tuple(sorted(set(minutes)))


def import_file(store: Store, path: Path) -> ImportReport:
    text = read_text(path)
    try:
        root = parse(text)
    except ParseError as error:
        source = QT_TRANSLATE_NOOP("Events", "{file}: {error}; nothing was imported.")
        values = {"file": path.name, "error": error.words}
        raise EventError(Words("Events", source, values)) from error
    reader = Reader(root, path.name)
    parsed = reader.events()
    del text, root
    new = updated = skipped = 0
    with store.writing() as session:
        for i in range(0, len(parsed), CHUNK):
            chunk = parsed[i : i + CHUNK]
            a, b, c = _write_chunk(session, chunk)
            new, updated, skipped = new + a, updated + b, skipped + c
    return ImportReport(new, updated, skipped + reader.left_out, reader.problems)


def _write_chunk(session: Session, chunk: list[Parsed]) -> tuple[int, int, int]:
    """Write one chunk: new events in one insert, changed ones updated, the ones unchanged
    since their last import skipped; returns (new, updated, skipped)."""
    known = {
        uid: (event_id, source)
        for uid, event_id, source in session.execute(
            select(Event.uid, Event.id, Event.source_hash).where(
                Event.uid.in_([p.uid for p in chunk])
            )
        )
    }
    fresh: list[Parsed] = []
    changed: list[tuple[int, Parsed]] = []
    for item in chunk:
        found = known.get(item.uid)
        if found is None:
            fresh.append(item)
        elif found[1] != item.fingerprint:
            changed.append((found[0], item))
    if changed:
        ids = [event_id for event_id, _ in changed]
        session.execute(delete(EventException).where(EventException.event_id.in_(ids)))
        rows = {r.id: r for r in session.scalars(select(Event).where(Event.id.in_(ids)))}
        for event_id, item in changed:
            row = rows[event_id]
            row.sequence = max(row.sequence + 1, item.sequence)
            row.source_hash = item.fingerprint
            records.fill(row, item.draft)
    if fresh:
        now = _now()
        session.execute(  # Core executemany: one statement, not one per row
            insert(_EVENTS),
            [
                {
                    **records.values(p.draft),
                    "uid": p.uid,
                    "sequence": p.sequence,
                    "created_at": now,
                    "recording_link": "",
                    "notes": "",
                    "attendance": None,
                    "source_hash": p.fingerprint,
                }
                for p in fresh
            ],
        )
    with_exceptions = [p for p in fresh if p.exceptions]
    if with_exceptions:
        query = select(Event.uid, Event.id).where(Event.uid.in_([p.uid for p in with_exceptions]))
        new_ids: dict[str, int] = {uid: event_id for uid, event_id in session.execute(query)}
        changed += [(new_ids[p.uid], p) for p in with_exceptions]
    session.flush()
    exceptions = [
        {
            "event_id": event_id,
            "recurrence_id": e.recurrence_id,
            "cancelled": e.cancelled,
            "start_at": e.start,
            "end_at": e.end,
            "changes": e.changes,
        }
        for event_id, item in changed
        for e in item.exceptions.values()
    ]
    if exceptions:
        session.execute(insert(_EXCEPTIONS), exceptions)
    updated = len(changed) - len(with_exceptions)
    return len(fresh), updated, len(chunk) - len(fresh) - updated


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
