"""Recurring events: RRULEs expanded in the event zone's wall time, for a window only.

A weekly AMA "forever" (no UNTIL, no COUNT) is normal: the rule is kept as written and only
the occurrences in the window asked for are made, never the whole series. dateutil walks a
rule from its start, so for the frequent kinds (hourly, daily, weekly) without COUNT the walk
starts a whole number of periods before the window instead: the same occurrences, a bounded
walk whatever the series' age. A local time that does not exist (the spring-forward gap) takes
the offset before the gap, and an ambiguous one the first of its two instants, as RFC 5545 says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from workbench.core.events.model import EventError
from workbench.core.text import QT_TRANSLATE_NOOP, Words

# Occurrences of one event in one window, at most: a bound on time and memory.
MAX_IN_WINDOW = 5000
# A rule with more occurrences than this has no computed last end (treated as endless).
MAX_COUNTED = 10000
_PERIODS = {"HOURLY": timedelta(hours=1), "DAILY": timedelta(days=1), "WEEKLY": timedelta(days=7)}
_FREQUENCIES = {"YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY"}


def _words(text: str, **values: object) -> Words:
    return Words("Events", text, values)


def zone(name: str) -> tzinfo:
    """The IANA zone ``name``; EventError naming it when unknown."""
    try:
        return UTC if name in ("UTC", "Etc/UTC", "Z") else ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise EventError(
            _words(QT_TRANSLATE_NOOP("Events", "Unknown time zone {zone}."), zone=repr(name))
        ) from error


def rule_parts(rule: str) -> dict[str, str]:
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for piece in text.split(";"):
        if not piece.strip():
            continue
        name, sep, value = piece.partition("=")
        if not sep or not value.strip():
            raise EventError(
                _words(
                    QT_TRANSLATE_NOOP("Events", "The repeat rule {rule} is not an RRULE."),
                    rule=repr(rule),
                )
            )
        parts[name.strip().upper()] = value.strip().upper()
    return parts


def _join(parts: dict[str, str]) -> str:
    order = ["FREQ", "INTERVAL", "COUNT", "UNTIL"]
    names = [n for n in order if n in parts] + sorted(n for n in parts if n not in order)
    return ";".join(f"{n}={parts[n]}" for n in names)


def _until_utc(value: str, where: tzinfo, all_day: bool) -> datetime:
    """An UNTIL as an aware UTC instant (a date means its whole day, in the event's zone)."""
    try:
        if len(value) == 8:
            day = datetime.strptime(value, "%Y%m%d")
            if all_day:
                return day.replace(tzinfo=UTC)
            return (day + timedelta(days=1, seconds=-1)).replace(tzinfo=where).astimezone(UTC)
        if value.endswith("Z"):
            return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=where).astimezone(UTC)
    except ValueError as error:
        raise EventError(
            _words(
                QT_TRANSLATE_NOOP("Events", "The repeat rule's end {value} is not a date."),
                value=repr(value),
            )
        ) from error


def normalize(rule: str, tz: str, *, all_day: bool = False) -> str:
    """The rule in one canonical form (UNTIL in UTC); EventError when it is not usable."""
    parts = rule_parts(rule)
    parts.pop("DTSTART", None)
    freq = parts.get("FREQ", "")
    if freq in ("SECONDLY", "MINUTELY"):
        raise EventError(
            QT_TRANSLATE_NOOP("Events", "An event cannot repeat more often than hourly.")
        )
    if freq not in _FREQUENCIES:
        raise EventError(
            _words(
                QT_TRANSLATE_NOOP("Events", "The repeat rule {rule} has no known FREQ."),
                rule=repr(rule),
            )
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise EventError(QT_TRANSLATE_NOOP("Events", "A repeat rule has COUNT or UNTIL, not both."))
    if "UNTIL" in parts:
        parts["UNTIL"] = f"{_until_utc(parts['UNTIL'], zone(tz), all_day):%Y%m%dT%H%M%SZ}"
    count = parts.get("COUNT", "1")
    if not count.isdigit() or not 1 <= int(count) <= MAX_COUNTED:  # a bounded walk
        raise EventError(
            QT_TRANSLATE_NOOP("Events", "A repeat rule's COUNT is a number up to 10,000.")
        )
    if _never(parts):
        raise EventError(
            QT_TRANSLATE_NOOP("Events", "This repeat rule never happens (a day no month has).")
        )
    text = _join(parts)
    try:  # dateutil says whether the rest (BYDAY, INTERVAL, ...) makes sense
        rrulestr(text, dtstart=datetime(2026, 1, 1, tzinfo=UTC))
    except (ValueError, TypeError) as error:
        raise EventError(
            _words(
                QT_TRANSLATE_NOOP("Events", "The repeat rule {rule} is not valid: {error}."),
                rule=repr(rule),
                error=error,
            )
        ) from error
    return text


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _numbers(value: str) -> list[int]:
    try:
        return [int(v) for v in value.split(",") if v.strip()]
    except ValueError as error:
        raise EventError(
            QT_TRANSLATE_NOOP("Events", "A repeat rule has a wrong number.")
        ) from error


def _never(parts: dict[str, str]) -> bool:
    """Rules that match no day at all: dateutil would walk to the year 9999 looking (five
    seconds a window for a daily one), so they are refused. Feb 30, Apr 31, the 6th Monday
    of a month, the 9th of 5 Mondays."""
    months = _numbers(parts.get("BYMONTH", "")) or list(range(1, 13))
    if any(not 1 <= m <= 12 for m in months):
        return True
    days = _numbers(parts.get("BYMONTHDAY", ""))
    if days and not any(abs(d) <= _MONTH_DAYS[m - 1] for d in days for m in months if d):
        return True
    weekdays = [w for w in parts.get("BYDAY", "").split(",") if w]
    limit = 5 if parts["FREQ"] == "MONTHLY" or "BYMONTH" in parts else 53
    for weekday in weekdays:
        ordinal = weekday[:-2]
        if ordinal.lstrip("+-").isdigit() and not 1 <= abs(int(ordinal)) <= limit:
            return True
    positions = _numbers(parts.get("BYSETPOS", ""))
    if positions and weekdays and not days and parts["FREQ"] in ("MONTHLY", "WEEKLY"):
        most = len(weekdays) * (5 if parts["FREQ"] == "MONTHLY" else 1)
        return all(not 1 <= abs(p) <= most for p in positions)
    return False


def _local_start(start: datetime, tz: str, all_day: bool) -> datetime:
    return start.astimezone(UTC if all_day else zone(tz))


def _rule(text: str, dtstart: datetime) -> rrule | None:
    """dateutil's rule; None when nothing follows the start. RFC 5545 counts the start as
    the first of COUNT even when the rule skips it; dateutil does not: one fewer then."""
    built = rrulestr(text, dtstart=dtstart)
    assert isinstance(built, rrule)
    parts = rule_parts(text)
    if "COUNT" in parts and built.after(dtstart, inc=True) != dtstart:
        count = int(parts["COUNT"]) - 1
        if count <= 0:
            return None
        built = built.replace(count=count)
    return built


def _walk_start(parts: dict[str, str], local: datetime, after: datetime) -> datetime:
    """Where to start walking: whole periods before ``after`` for rules that allow it."""
    period = _PERIODS.get(parts["FREQ"])
    if period is None or "COUNT" in parts or "BYSETPOS" in parts:
        return local
    step = period * int(parts.get("INTERVAL", "1"))
    wall_after = after.astimezone(local.tzinfo).replace(tzinfo=None)
    wall_start = local.replace(tzinfo=None)
    periods = (wall_after - wall_start) // step - 1
    if periods <= 0:
        return local
    return (wall_start + step * periods).replace(tzinfo=local.tzinfo)


def starts(
    start: datetime,
    end: datetime,
    tz: str,
    rule: str,
    window_start: datetime,
    window_end: datetime,
    *,
    all_day: bool = False,
) -> list[datetime]:
    """The original starts (aware UTC) of the series' occurrences that overlap the window,
    sorted; the series' own start is always one (RFC 5545), even when the rule skips it."""
    duration = end - start
    parts = rule_parts(rule)
    local = _local_start(start, tz, all_day)
    after = window_start - duration
    walk = _walk_start(parts, local, after)
    found: list[datetime] = []
    if start < window_end and (end > window_start or start >= window_start):
        found.append(start.astimezone(UTC))
    for moment in _iterate(_rule(rule, walk), after):
        if moment == local:
            continue
        utc = moment.astimezone(UTC)
        if utc >= window_end or len(found) >= MAX_IN_WINDOW:
            break
        if utc + duration > window_start or utc >= window_start:
            found.append(utc)
    return found


def _iterate(built: rrule | None, after: datetime) -> Iterator[datetime]:
    if built is not None:
        yield from built.xafter(after, inc=True)


def last_end(
    start: datetime, end: datetime, tz: str, rule: str | None, *, all_day: bool
) -> datetime | None:
    """The end of the series' last occurrence (an upper bound), None when it has no end."""
    if rule is None:
        return end
    parts = rule_parts(rule)
    duration = end - start
    if "UNTIL" in parts:
        return max(end, _until_utc(parts["UNTIL"], UTC, all_day) + duration)
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        if count > MAX_COUNTED:
            return None
        built = _rule(rule, _local_start(start, tz, all_day))
        moments: list[datetime] = list(built) if built is not None else []
        return max([end] + [m.astimezone(UTC) + duration for m in moments[-1:]])
    return None


def count_before(start: datetime, tz: str, rule: str, moment: datetime, *, all_day: bool) -> int:
    """How many occurrences start before ``moment`` (for splitting a COUNT series)."""
    local = _local_start(start, tz, all_day)
    count = 1  # the start itself
    for occurrence in _iterate(_rule(rule, local), local):
        if occurrence == local:
            continue
        if occurrence.astimezone(UTC) >= moment or count >= MAX_COUNTED:
            break
        count += 1
    return count


def until_before(rule: str, moment: datetime) -> str:
    """The rule ending just before ``moment`` (the first half of a split series)."""
    parts = rule_parts(rule)
    parts.pop("COUNT", None)
    parts["UNTIL"] = f"{(moment - timedelta(seconds=1)).astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return _join(parts)


def with_count(rule: str, count: int) -> str:
    parts = rule_parts(rule)
    parts["COUNT"] = str(count)
    return _join(parts)


def shift_wall(moment: datetime, tz: str, delta: timedelta, *, all_day: bool) -> datetime:
    """``moment`` moved by ``delta`` of wall time in the zone (an edit of a series' start
    moves each occurrence's original start by the same local difference, across DST)."""
    where = UTC if all_day else zone(tz)
    wall = moment.astimezone(where).replace(tzinfo=None) + delta
    return wall.replace(tzinfo=where).astimezone(UTC)


def wall_delta(old: datetime, new: datetime, tz: str, *, all_day: bool) -> timedelta:
    where = UTC if all_day else zone(tz)
    return new.astimezone(where).replace(tzinfo=None) - old.astimezone(where).replace(tzinfo=None)


def day_start(day: date) -> datetime:
    """An all-day event's day as stored: midnight UTC."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
