"""Moderation's states and kinds, as stored; the GUI turns them into words."""

from __future__ import annotations

import enum


class EntrySource(enum.StrEnum):
    """Where a queue entry's report came from."""

    PLATFORM = "platform"  # the platform's reports and mod queue (Reddit's modqueue)
    MEMBER = "member"  # recorded by hand: "report this", with reporter and reason
    DETECTOR = "detector"  # a guideline rule's detector flagged it


class Decision(enum.StrEnum):
    """What a moderator decided; every one is kept in the decision log."""

    APPROVE = "approve"
    REMOVE = "remove"
    SPAM = "spam"
    WARN = "warn"
    BAN = "ban"
    NOTE = "note"
    ESCALATE = "escalate"
    DISMISS = "dismiss"  # the report is unfounded: the entry leaves the queue, nothing sent

    @property
    def resolves(self) -> bool:
        """The entry leaves the queue (an escalated one stays, marked for a senior)."""
        return self not in (Decision.NOTE, Decision.ESCALATE)


class DecisionResult(enum.StrEnum):
    RECORDED = "recorded"  # nothing to send (dismiss, escalate, a local note)
    PENDING = "pending"  # in the outbox
    SENT = "sent"
    FAILED = "failed"
    MANUAL = "manual"  # manual assist: the moderator does it on the platform
    DONE = "done"  # manual assist, marked done


class NoteKind(enum.StrEnum):
    """Member note types: Reddit's mod-note labels (and Toolbox's), or a plain note."""

    NOTE = "note"
    HELPFUL_USER = "helpful_user"
    SOLID_CONTRIBUTOR = "solid_contributor"
    SPAM_WATCH = "spam_watch"
    SPAM_WARNING = "spam_warning"
    ABUSE_WARNING = "abuse_warning"
    BAN = "ban"
    PERMA_BAN = "perma_ban"
    BOT_BAN = "bot_ban"

    @property
    def platform_label(self) -> str:
        """Reddit's label (``""`` for a plain note)."""
        return "" if self is NoteKind.NOTE else self.value.upper()


class NoteSource(enum.StrEnum):
    LOCAL = "local"
    TOOLBOX = "toolbox"
    PLATFORM = "platform"


class SendAs(enum.StrEnum):
    """How a removal reason or a warning reaches the author."""

    REPLY = "reply"
    MODMAIL = "modmail"
    BOTH = "both"
    NONE = "none"


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    WAITING = "waiting"
    CLOSED = "closed"


class QueueOrder(enum.StrEnum):
    OLDEST = "oldest"
    NEWEST = "newest"
    SEVERITY = "severity"
