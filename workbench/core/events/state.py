"""The states and kinds of events, as stored; the GUI turns them into words."""

from __future__ import annotations

import enum


class EventKind(enum.StrEnum):
    WEBINAR = "webinar"
    WORKSHOP = "workshop"
    QA = "qa"  # Q&A session, AMA
    LIVE_STREAM = "live-stream"
    LIVE_CHAT = "live-chat"
    MEETUP = "meetup"
    POLL = "poll"


class EventStatus(enum.StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    LIVE = "live"
    DONE = "done"
    CANCELLED = "cancelled"


class EditScope(enum.StrEnum):
    """Which occurrences of a recurring event an edit changes."""

    THIS = "this"
    FOLLOWING = "following"  # this one and every later one (the series is split)
    ALL = "all"


class StepState(enum.StrEnum):
    """A promotion step, as the plan shows it."""

    PLANNED = "planned"  # not in the outbox yet
    DUE = "due"  # in the outbox, its time has come (or it waits for the user by hand)
    SENT = "sent"
    FAILED = "failed"
    DONE_BY_HAND = "done-by-hand"
    CANCELLED = "cancelled"


class StepKind(enum.StrEnum):
    """What a promotion step says; each has a default offset and template."""

    ANNOUNCE = "announce"
    REMIND = "remind"
    STARTING = "starting"
    FOLLOW_UP = "follow-up"
    CUSTOM = "custom"


class ClashReason(enum.StrEnum):
    HOST = "host"  # a host is busy in both
    COMMUNITY = "community"  # the same community has both
