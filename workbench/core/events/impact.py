"""An event's impact: activity (new posts and comments) in its communities the week after
it, against the weekly average of the four weeks before it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from workbench.core.events.model import EventView
from workbench.db.models import Item
from workbench.db.store import Store

AFTER = timedelta(days=7)
BEFORE = timedelta(days=28)


@dataclass(frozen=True)
class Impact:
    week_after: int  # items in the event's communities in the 7 days after its end
    weekly_before: float  # items a week, on average, in the 28 days before its start
    change: float | None  # week_after / weekly_before - 1 (None when nothing came before)
    complete: bool  # False while the week after is not over yet
    attendance: int | None


def impact(
    store: Store,
    view: EventView,
    *,
    occurrence: datetime | None = None,
    now: datetime | None = None,
) -> Impact:
    """The numbers for the event (or one occurrence of a series, by its start)."""
    start = (occurrence or view.start).astimezone(UTC)
    end = start + (view.end - view.start)
    communities = list(view.community_ids)

    def count(since: datetime, until: datetime) -> int:
        if not communities:
            return 0
        query = select(func.count(Item.id)).where(
            Item.community_id.in_(communities),
            Item.created_at >= since,
            Item.created_at < until,
        )
        with store.session() as session:
            return int(session.scalar(query) or 0)

    after = count(end, end + AFTER)
    before = count(start - BEFORE, start) / 4
    return Impact(
        week_after=after,
        weekly_before=before,
        change=(after / before - 1) if before else None,
        complete=(now or datetime.now(UTC)) >= end + AFTER,
        attendance=view.attendance,
    )
