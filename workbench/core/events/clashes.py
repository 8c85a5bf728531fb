"""Clashes: another event with the same host or in the same community at the same time,
or closer than the buffer the user sets (time to prepare, to rest, to let a post breathe)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.core.events import recurrence
from workbench.core.events.model import Clash, EventDraft, Occurrence
from workbench.core.events.state import ClashReason

# A series being saved is checked over this much of its future, at most this many times.
SERIES_HORIZON = timedelta(days=366)
SERIES_CHECKED = 120


def draft_times(draft: EventDraft) -> list[tuple[datetime, datetime]]:
    """The draft's occurrences to check (UTC start, end)."""
    start, end = draft.start.astimezone(UTC), draft.end.astimezone(UTC)
    if not draft.rrule:
        return [(start, end)]
    moments = recurrence.starts(
        start, end, draft.tz, draft.rrule, start, start + SERIES_HORIZON, all_day=draft.all_day
    )[:SERIES_CHECKED]
    return [(m, m + (end - start)) for m in moments]


def _gap(a: tuple[datetime, datetime], b: Occurrence) -> timedelta:
    """Zero when they overlap, else the time between the end of one and the start of the other."""
    if a[0] < b.end and b.start < a[1]:
        return timedelta(0)
    return b.start - a[1] if b.start >= a[1] else a[0] - b.end


def find(
    draft: EventDraft,
    mine: list[tuple[datetime, datetime]],
    others: list[Occurrence],
    buffer: timedelta,
) -> list[Clash]:
    """Each other occurrence that shares a host (case-insensitive) or a community with the
    draft and overlaps one of its occurrences or comes closer than ``buffer``."""
    hosts = {h.casefold(): h for h in draft.hosts}
    communities = set(draft.community_ids)
    found: list[Clash] = []
    for other in others:
        shared_hosts = tuple(hosts[h.casefold()] for h in other.hosts if h.casefold() in hosts)
        shared_communities = tuple(str(c) for c in other.community_ids if c in communities)
        if not shared_hosts and not shared_communities:
            continue
        for times in mine:
            overlapping = times[0] < other.end and other.start < times[1]
            gap = _gap(times, other)
            if not overlapping and gap >= buffer:  # back to back is fine without a buffer
                continue
            reason = ClashReason.HOST if shared_hosts else ClashReason.COMMUNITY
            found.append(
                Clash(
                    occurrence=other,
                    start=times[0],
                    reason=reason,
                    shared=shared_hosts or shared_communities,
                    overlap=overlapping,
                    gap=gap,
                )
            )
            break
    found.sort(key=lambda c: (c.start, c.occurrence.start))
    return found
