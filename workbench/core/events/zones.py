"""Time zone names as other programs write them, turned into IANA zones.

Google, Apple and Thunderbird write IANA names ("Europe/Paris"); Outlook writes Windows
names ("Romance Standard Time"), mapped by the Unicode CLDR table icalendar ships; old
Mozilla files write "/mozilla.org/20050126_1/Europe/Paris". A name that is none of these
but has a VTIMEZONE in the file ("Customized Time Zone") is matched to the IANA zone with the
same offsets over the years around the event, so a series keeps its wall time across DST.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

log = logging.getLogger(__name__)


def iana(name: str) -> str | None:
    """The IANA name for a TZID, None when it is not one we know by name."""
    name = name.strip().strip('"')
    if name.upper() in ("UTC", "Z", "GMT", "ETC/UTC"):
        return "UTC"
    if _valid(name):
        return name
    mapped = WINDOWS_TO_OLSON.get(name)
    if mapped:
        return mapped
    pieces = [p for p in name.split("/") if p]
    for size in (3, 2):  # "/mozilla.org/20050126_1/America/Argentina/Buenos_Aires"
        if len(pieces) > size and _valid("/".join(pieces[-size:])):
            return "/".join(pieces[-size:])
    return None


@cache
def _valid(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def _samples(year: int) -> list[datetime]:
    return [
        datetime(y, m, 15, 12, tzinfo=UTC) for y in (year - 1, year, year + 1) for m in range(1, 13)
    ]


def equivalent(zone: tzinfo, year: int, prefer: tuple[str, ...] = ()) -> str | None:
    """An IANA zone with the same UTC offsets as ``zone`` around ``year`` (preferring the
    names in ``prefer``), None when there is none."""
    samples = _samples(year)

    def offsets(candidate: tzinfo) -> list[timedelta | None]:
        return [moment.astimezone(candidate).utcoffset() for moment in samples]

    try:
        wanted = offsets(zone)
    except Exception:  # a VTIMEZONE dateutil cannot use
        return None
    # The zones CLDR names for Windows' zones first: "America/New_York", not "America/Detroit".
    for name in prefer + _primary() + tuple(sorted(_canonical())):
        if _valid(name) and offsets(ZoneInfo(name)) == wanted:
            return name
    return None


@cache
def _primary() -> tuple[str, ...]:
    return _COMMON + tuple(sorted(set(WINDOWS_TO_OLSON.values()) - set(_COMMON)))


# Where most people who share an offset pattern live: the first guess for a nameless zone.
_COMMON = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
    "America/Sao_Paulo", "Europe/London", "Europe/Paris", "Europe/Helsinki", "Europe/Moscow",
    "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "Pacific/Auckland",
)  # fmt: skip


@cache
def _canonical() -> frozenset[str]:
    return frozenset(n for n in available_timezones() if "/" in n and not n.startswith("Etc/"))


def local_zone() -> str:
    """The computer's zone (for files with floating times and no X-WR-TIMEZONE)."""
    configured = os.environ.get("TZ", "").lstrip(":")
    if configured and _valid(configured):
        return configured
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return "UTC"
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if _valid(name):
            return "UTC" if name in ("Etc/UTC", "UCT", "Zulu") else name
    return "UTC"
