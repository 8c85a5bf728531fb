"""What the inbox shows: a view (filters plus a search) and an order, as plain data.

A ``View`` is frozen and hashable so it can key caches and travel between threads; it
round-trips through a JSON dict for saved views (unknown keys are ignored, so a view saved
by a newer version still opens). ``to_filter`` says what a view means at a given moment for
a given user, as the store's ``ItemFilter``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from typing import Any

from workbench.core.inbox.search import ParsedSearch, parse
from workbench.db.interfaces import ItemFilter


class State(enum.StrEnum):
    NEW = "new"
    NEEDS_REPLY = "needs_reply"
    WAITING = "waiting"
    DONE = "done"
    SNOOZED = "snoozed"


KINDS = ("post", "comment", "message", "report", "mention")


ME = "@me"


class Order(enum.StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    PRIORITY = "priority"  # highest priority first, newest first within a priority
    SNOOZE = "snooze"  # soonest to wake first (the Snoozed view)


@dataclass(frozen=True)
class View:
    """A set of filters; empty tuples and ``None`` mean "any"."""

    states: tuple[str, ...] = ()
    community_ids: tuple[int, ...] = ()
    platforms: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    assignee: str | None = None  # ME stands for the user of this workbench
    tags: tuple[str, ...] = ()
    since: int | None = None  # epoch seconds, inclusive
    until: int | None = None  # epoch seconds, exclusive
    search: str = ""
    # Question posts with no reply flagged "own" in their thread, older than this many hours.
    unanswered_hours: float | None = None
    # Deleted items stay as tombstones (useful for reports); a view may hide them.
    hide_deleted: bool = False
    # The team's own posts and comments (flag "own") are not news to the team.
    hide_own: bool = False
    order: Order = Order.NEWEST
    # Only items stored after this id (counting what a sync brought); not saved.
    after_id: int | None = None

    def with_search(self, search: str) -> View:
        return replace(self, search=search)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in ((), None, "", False) or f.name == "after_id":
                continue
            data[f.name] = (
                list(value)
                if isinstance(value, tuple)
                else str(value)
                if isinstance(value, Order)
                else value
            )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> View:
        """Build a view from saved JSON; wrong types are dropped rather than trusted."""
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if key in ("states", "platforms", "kinds", "tags") and isinstance(value, list):
                kwargs[key] = tuple(str(v) for v in value)
            elif key == "community_ids" and isinstance(value, list):
                kwargs[key] = tuple(
                    int(v) for v in value if isinstance(v, int | str) and str(v).isdigit()
                )
            elif key in ("since", "until") and isinstance(value, int | float):
                kwargs[key] = int(value)
            elif key == "unanswered_hours" and isinstance(value, int | float):
                kwargs[key] = float(value)
            elif (key in ("assignee", "search") and isinstance(value, str)) or (
                key in ("hide_deleted", "hide_own") and isinstance(value, bool)
            ):
                kwargs[key] = value
            elif key == "order" and value in {o.value for o in Order}:
                kwargs[key] = Order(value)
        return cls(**kwargs)


def to_filter(view: View, *, me: str, now: int, search: ParsedSearch | None = None) -> ItemFilter:
    """``view`` for the store: "@me" is ``me``, "unanswered for N hours" a time before ``now``."""
    parsed = search if search is not None else parse(view.search)
    return ItemFilter(
        states=view.states,
        kinds=view.kinds,
        community_ids=view.community_ids,
        platforms=view.platforms,
        assignee=me if view.assignee == ME else view.assignee,
        tags=view.tags,
        since=view.since,
        until=view.until,
        after_id=view.after_id,
        hide_deleted=view.hide_deleted,
        hide_own=view.hide_own,
        unanswered_before=(
            None if view.unanswered_hours is None else now - int(view.unanswered_hours * 3600)
        ),
        text=parsed.text,
        authors=parsed.authors,
        communities=parsed.communities,
        order=view.order.value,
    )
