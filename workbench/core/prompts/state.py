"""The prompts area's states and tags, as stored (``prompts.origin``, ``prompt_uses.state``)."""

from __future__ import annotations

import enum


class Purpose(enum.StrEnum):
    """What a prompt is for (the bundle's ``purposes``)."""

    ICEBREAKER = "icebreaker"
    REFLECTION = "reflection"
    FEEDBACK = "feedback"
    SHOW_AND_TELL = "show-and-tell"
    DEBATE = "debate"
    ONBOARDING = "onboarding"
    EVENT_FOLLOW_UP = "event-follow-up"
    LIVE_QA = "live-qa"
    WEEKLY_THREAD = "weekly-thread"


class PromptOrigin(enum.StrEnum):
    BUNDLED = "bundled"  # from workbench/resources/prompts/, updated with the bundle
    USER = "user"  # written, edited, duplicated or imported by the user: a bundle update leaves it


class UseState(enum.StrEnum):
    """Where a use of a prompt stands, read from its outbox entry and the synced items."""

    SCHEDULED = "scheduled"  # waits in the outbox for its time (or for a connection)
    SENT = "sent"  # posted; the next sync brings the post in and links it
    LINKED = "linked"  # linked to the synced post: its replies are counted
    MANUAL = "manual"  # manual assist: the user posts it on the platform
    DONE = "done"  # a manual use the user marked done
    FAILED = "failed"  # the post failed; a retry of the outbox entry sends it again
    CANCELLED = "cancelled"  # taken back before it went out


LANGUAGES = ("en", "fr")
