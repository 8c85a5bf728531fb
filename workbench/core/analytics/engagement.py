"""Prompt outcomes and event impact over a window (docs/analytics.md).

Prompt outcomes add up the counts the prompts area keeps per use (core/prompts/outcomes.py:
member replies, distinct members, time to the first member reply), one query for the uses
of the window. Event impact is core/events/impact.py's, for each occurrence that started in
the window: the same numbers as the event's own page.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from workbench.core.events.impact import impact
from workbench.core.events.service import EventService
from workbench.core.events.state import EventStatus
from workbench.core.prompts.state import UseState
from workbench.db.interfaces import AnalyticsMoreReads, AnalyticsScope, PromptUseOutcome

# A use counts once its post went out (or the user posted it by hand).
USED = (UseState.SENT, UseState.LINKED, UseState.MANUAL, UseState.DONE)
# What an event's impact is measured for: it took place (a draft or a cancelled one did not).
HELD = (EventStatus.SCHEDULED, EventStatus.LIVE, EventStatus.DONE)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)  # "all time" for events


@dataclass(frozen=True)
class PromptOutcome:
    """What the uses of a prompt (or the uses in a community) brought."""

    key: int  # the prompt's id, or the community's
    label: str  # the prompt's text, or the community's name
    uses: int
    counted: int  # uses whose post came back with a sync (the numbers are over these)
    member_replies: int
    members: int  # distinct members per post, added up over the posts
    first_reply_minutes: float | None  # median over the counted posts with a member reply
    no_reply: int  # counted posts no member replied to

    @property
    def members_per_post(self) -> float:
        return self.members / self.counted if self.counted else 0.0

    @property
    def replies_per_post(self) -> float:
        return self.member_replies / self.counted if self.counted else 0.0


def _outcome(key: int, label: str, uses: list[PromptUseOutcome]) -> PromptOutcome:
    counted = [u for u in uses if u.counted]
    waits = [u.first_reply_seconds for u in counted if u.first_reply_seconds is not None]
    return PromptOutcome(
        key=key,
        label=label,
        uses=len(uses),
        counted=len(counted),
        member_replies=sum(u.member_replies for u in counted),
        members=sum(u.members for u in counted),
        first_reply_minutes=round(statistics.median(waits) / 60, 1) if waits else None,
        no_reply=sum(1 for u in counted if u.member_replies == 0),
    )


def _grouped(
    uses: Iterable[PromptUseOutcome], key: Callable[[PromptUseOutcome], tuple[int, str]]
) -> list[PromptOutcome]:
    groups: dict[tuple[int, str], list[PromptUseOutcome]] = {}
    for use in uses:
        groups.setdefault(key(use), []).append(use)
    return [_outcome(k, label, group) for (k, label), group in groups.items()]


def best_first(outcomes: list[PromptOutcome]) -> list[PromptOutcome]:
    """Most members per post first, then most replies per post, then the quickest."""
    return sorted(
        outcomes,
        key=lambda o: (
            -o.members_per_post,
            -o.replies_per_post,
            o.first_reply_minutes is None,
            o.first_reply_minutes or 0.0,
            o.label.casefold(),
            o.key,
        ),
    )


@dataclass(frozen=True)
class EventImpact:
    event_id: int
    title: str
    start: datetime  # aware UTC: the occurrence's start
    end: datetime  # its end (the start plus the event's length, as impact.py counts)
    community_ids: tuple[int, ...]
    attendance: int | None
    weekly_before: float  # items a week, on average, in the 28 days before the start
    week_after: int  # items in the 7 days after the end
    change: float | None  # week_after / weekly_before - 1; None when nothing came before
    complete: bool  # False while the week after is not over


class Engagement:
    def __init__(self, reads: AnalyticsMoreReads, events: EventService) -> None:
        self.reads = reads
        self.events = events

    def _uses(self, scope: AnalyticsScope) -> list[PromptUseOutcome]:
        return self.reads.prompt_uses(scope, states=[s.value for s in USED])

    def prompts(self, scope: AnalyticsScope) -> list[PromptOutcome]:
        """Per prompt used in the window, best first."""
        return best_first(_grouped(self._uses(scope), lambda u: (u.prompt_id, u.prompt_text)))

    def prompt_communities(self, scope: AnalyticsScope) -> list[PromptOutcome]:
        """Per community where prompts were used in the window, by name."""
        found = _grouped(self._uses(scope), lambda u: (u.community_id, u.community))
        return sorted(found, key=lambda o: (o.label.casefold(), o.key))

    def event_impact(
        self,
        since: int | None,
        until: int | None,
        community_ids: tuple[int, ...] = (),
        *,
        now: datetime | None = None,
        latest: int | None = None,
    ) -> list[EventImpact]:
        """Each occurrence held that started in [since, until) and before ``now``, in the
        chosen communities (any: ()), by start; only the ``latest`` ones when given (two
        counts each: the chart draws a dozen). An event in no community is left out."""
        now = now or datetime.now(UTC)
        start = EARLIEST if since is None else datetime.fromtimestamp(since, UTC)
        end = now if until is None else min(now, datetime.fromtimestamp(until, UTC))
        if end <= start:
            return []
        chosen = set(community_ids)
        held = [
            o
            for o in self.events.occurrences(start, end)
            if o.start >= start
            and o.status in HELD
            and o.community_ids
            and (not chosen or chosen.intersection(o.community_ids))
        ]
        found: list[EventImpact] = []
        views = {}
        for occurrence in held[-latest:] if latest else held:
            if occurrence.event_id not in views:
                views[occurrence.event_id] = self.events.get(occurrence.event_id)
            view = views[occurrence.event_id]
            numbers = impact(self.events.store, view, occurrence=occurrence.start, now=now)
            found.append(
                EventImpact(
                    event_id=occurrence.event_id,
                    title=occurrence.title,
                    start=occurrence.start,
                    end=occurrence.start + (view.end - view.start),
                    community_ids=view.community_ids,
                    attendance=numbers.attendance,
                    weekly_before=numbers.weekly_before,
                    week_after=numbers.week_after,
                    change=numbers.change,
                    complete=numbers.complete,
                )
            )
        return found
