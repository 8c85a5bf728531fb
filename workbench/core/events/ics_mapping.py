"""Which iCalendar properties carry which event fields, both ways.

Standard properties first (SUMMARY, DESCRIPTION, LOCATION, URL, STATUS, ORGANIZER); what
they lack travels in X-WORKBENCH-* properties, so our own files round-trip every field.
Other programs' links to their meetings are read where they put them.
"""

from __future__ import annotations

import json
from typing import Any

from workbench.core.events.ics_parse import Component, unescape
from workbench.core.events.model import ChecklistItem, PollSpec
from workbench.core.events.state import EventKind, EventStatus

ICS_STATUS = {
    EventStatus.DRAFT: "TENTATIVE",
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.LIVE: "CONFIRMED",
    EventStatus.DONE: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}
_FROM_ICS = {
    "TENTATIVE": EventStatus.DRAFT,
    "CONFIRMED": EventStatus.SCHEDULED,
    "CANCELLED": EventStatus.CANCELLED,
}
# Where other programs put the link to join.
MEETING_LINKS = (
    "URL",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
)
_KIND_WORDS = (
    ("webinar", EventKind.WEBINAR),
    ("workshop", EventKind.WORKSHOP),
    ("ama", EventKind.QA),
    ("q&a", EventKind.QA),
    ("live stream", EventKind.LIVE_STREAM),
    ("livestream", EventKind.LIVE_STREAM),
    ("live chat", EventKind.LIVE_CHAT),
    ("poll", EventKind.POLL),
)


def _kind(component: Component, title: str) -> EventKind:
    stored = component.text_of("X-WORKBENCH-KIND")
    if stored in EventKind.__members__.values():
        return EventKind(stored)
    words = f" {title.casefold()} "
    for word, kind in _KIND_WORDS:
        if f" {word} " in words or f" {word}:" in words:
            return kind if kind is not EventKind.POLL else EventKind.MEETUP
    return EventKind.MEETUP


def _status(component: Component) -> EventStatus:
    stored = component.text_of("X-WORKBENCH-STATUS")
    if stored in EventStatus.__members__.values():
        return EventStatus(stored)
    return _FROM_ICS.get(component.text_of("STATUS").upper(), EventStatus.SCHEDULED)


def _hosts(component: Component) -> tuple[str, ...]:
    hosts = [unescape(p.value) for p in component.all("X-WORKBENCH-HOST")]
    if hosts:
        return tuple(hosts)
    organizer = component.first("ORGANIZER")
    if organizer is None:
        return ()
    name = organizer.params.get("CN", "").strip('"') or organizer.value.split(":", 1)[-1]
    return (name,) if name else ()


def _link(component: Component) -> str:
    for name in MEETING_LINKS:
        value = component.text_of(name).strip()
        if value.startswith(("https://", "http://")):
            return value
    location = component.text_of("LOCATION").strip()
    return location if location.startswith(("https://", "http://")) else ""


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _poll(component: Component) -> PollSpec | None:
    text = component.text_of("X-WORKBENCH-POLL")
    if not text:
        return None
    try:
        value = json.loads(text)
        return PollSpec(
            str(value["question"]),
            tuple(str(o) for o in value["options"]),
            int(value.get("duration_days", 3)),
        )
    except (ValueError, KeyError, TypeError):
        return None


def describe(component: Component) -> dict[str, Any]:
    """The EventDraft fields a VEVENT carries, except its times."""
    title = " ".join(component.text_of("SUMMARY").split()) or "Untitled event"
    location = component.text_of("LOCATION").strip()
    link = _link(component)
    poll = _poll(component)
    kind = _kind(component, title)
    return {
        "title": title,
        "kind": kind if poll is not None or kind is not EventKind.POLL else EventKind.MEETUP,
        "status": _status(component),
        "description_md": component.text_of("DESCRIPTION"),
        "hosts": _hosts(component),
        "community_ids": tuple(
            c for c in (_int(p.value) for p in component.all("X-WORKBENCH-COMMUNITY")) if c
        ),
        "online_link": link,
        "place": "" if location == link else location,
        "capacity": _int(component.text_of("X-WORKBENCH-CAPACITY")),
        "registration_link": component.text_of("X-WORKBENCH-REGISTRATION"),
        "agenda": component.text_of("X-WORKBENCH-AGENDA"),
        "checklist": [
            ChecklistItem(unescape(p.value), p.params.get("X-DONE", "").upper() == "TRUE")
            for p in component.all("X-WORKBENCH-CHECK")
        ],
        "poll": poll,
    }
