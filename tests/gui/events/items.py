"""Occurrences for the calendar tests: anything with the fields the views draw will do (the
views take a Protocol); this one also carries its zone, as core's Occurrence does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True)
class Item:
    key: str
    title: str
    start: datetime
    end: datetime
    kind: str = "webinar"
    status: str = "scheduled"
    all_day: bool = False
    tz: str = "UTC"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def hour_long(key: str, start: datetime, minutes: int = 60, **kw: object) -> Item:
    return Item(key, key.title(), start, start + timedelta(minutes=minutes), **kw)  # type: ignore[arg-type]
