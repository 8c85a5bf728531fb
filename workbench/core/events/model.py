"""What the events area hands out: an event as the user edits it (``EventDraft``), as
stored (``EventView``), and each of its occurrences as the calendar views draw them.

Times: ``EventDraft.start``/``end`` are aware datetimes in the event's zone ``tz`` (an IANA
name); the store keeps aware UTC. An all-day event's start and end are midnight UTC of its
first day and of the day after its last: read them as dates, the same everywhere.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from workbench.core.events.state import ClashReason, EventKind, EventStatus
from workbench.core.text import QT_TRANSLATE_NOOP, Words

MIN_POLL_OPTIONS, MAX_POLL_OPTIONS = 2, 6
MIN_POLL_DAYS, MAX_POLL_DAYS = 1, 7
MAX_TITLE = 300


class EventError(ValueError):
    """A draft that cannot be saved, or a file that cannot be read, in one plain sentence;
    ``words`` is it marked for translation (the GUI shows ``gui.words.words(error.words)``)."""

    def __init__(self, message: str | Words) -> None:
        self.words = message if isinstance(message, Words) else Words("Events", message)
        super().__init__(str(self.words))


@dataclass(frozen=True)
class ChecklistItem:
    text: str
    done: bool = False


@dataclass(frozen=True)
class PollSpec:
    question: str
    options: tuple[str, ...]
    duration_days: int = 3

    def problem(self) -> str | None:
        if not self.question.strip():
            return QT_TRANSLATE_NOOP("Events", "A poll needs a question.")
        options = [o for o in self.options if o.strip()]
        if not MIN_POLL_OPTIONS <= len(options) <= MAX_POLL_OPTIONS:
            return QT_TRANSLATE_NOOP("Events", "A poll has 2 to 6 options.")
        if not MIN_POLL_DAYS <= self.duration_days <= MAX_POLL_DAYS:
            return QT_TRANSLATE_NOOP("Events", "A poll runs 1 to 7 days.")
        return None


@dataclass
class EventDraft:
    """Every field of an event as the user edits it."""

    title: str
    start: datetime  # aware, in ``tz``
    end: datetime
    tz: str = "UTC"
    kind: EventKind = EventKind.WEBINAR
    description_md: str = ""
    hosts: tuple[str, ...] = ()
    community_ids: tuple[int, ...] = ()
    all_day: bool = False
    rrule: str | None = None  # an RRULE value without "RRULE:", e.g. "FREQ=WEEKLY;BYDAY=TU"
    online_link: str = ""
    place: str = ""
    capacity: int | None = None
    registration_link: str = ""
    agenda: str = ""
    status: EventStatus = EventStatus.SCHEDULED
    checklist: list[ChecklistItem] = field(default_factory=list)
    poll: PollSpec | None = None
    reminders_minutes: tuple[int, ...] = (60,)  # VALARMs: minutes before the start

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass(frozen=True)
class OccurrenceException:
    """One occurrence of a series changed or cancelled (RECURRENCE-ID / EXDATE)."""

    recurrence_id: datetime  # the occurrence's original start, aware UTC
    cancelled: bool
    start: datetime | None  # its new start and end (aware UTC) when moved
    end: datetime | None
    changes: dict[str, object]  # other fields that differ from the series (title, status...)


@dataclass(kw_only=True)
class EventView(EventDraft):
    """A stored event: its draft fields plus what the store adds."""

    id: int
    uid: str
    sequence: int = 0
    exceptions: tuple[OccurrenceException, ...] = ()
    recording_link: str = ""
    notes: str = ""
    attendance: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def to_draft(self) -> EventDraft:
        """A copy to edit and pass to ``EventService.update``."""
        names = {f.name for f in dataclasses.fields(EventDraft)}
        values = {n: getattr(self, n) for n in names}
        values["checklist"] = list(self.checklist)
        return EventDraft(**values)


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event in a window: what the calendar views draw."""

    key: str  # stable: the uid, plus "/<original start>" for a series' occurrence
    event_id: int
    uid: str
    recurrence_id: datetime | None  # the original start (UTC) in a series, else None
    title: str
    kind: EventKind
    status: EventStatus
    start: datetime  # aware UTC
    end: datetime
    all_day: bool
    tz: str
    hosts: tuple[str, ...]
    community_ids: tuple[int, ...]


@dataclass(frozen=True)
class Clash:
    """Another event too close to the one being saved."""

    occurrence: Occurrence  # the other event's occurrence
    start: datetime  # the draft's occurrence that clashes (UTC)
    reason: ClashReason
    shared: tuple[str, ...]  # the hosts, or the community ids (as text), in both
    overlap: bool  # True: at the same time; False: only closer than the buffer
    gap: timedelta  # time between them (zero when they overlap)


@dataclass(frozen=True)
class ImportReport:
    """What an .ics import did; ``problems`` are the events left out (or partly read), each
    with its file, line and why, as Words shown in the reader's language."""

    new: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Words] = field(default_factory=list)

    def summary(self) -> Words:
        source = QT_TRANSLATE_NOOP("Events", "{new} new, {updated} updated, {skipped} skipped")
        values = {"new": self.new, "updated": self.updated, "skipped": self.skipped}
        return Words("Events", source, values)

    def __str__(self) -> str:
        return str(self.summary())
