"""Moderation's states in the user's words (every word a literal lupdate sees)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.moderation.state import (
    CaseStatus,
    Decision,
    DecisionResult,
    EntrySource,
    NoteKind,
    NoteSource,
    QueueOrder,
    SendAs,
)

translate = QCoreApplication.translate


def source_words(source: EntrySource) -> str:
    return {
        EntrySource.PLATFORM: translate("ModerationWords", "Platform report"),
        EntrySource.MEMBER: translate("ModerationWords", "Member report"),
        EntrySource.DETECTOR: translate("ModerationWords", "Rule detector"),
    }[source]


def decision_words(decision: Decision) -> str:
    return {
        Decision.APPROVE: translate("ModerationWords", "Approve"),
        Decision.REMOVE: translate("ModerationWords", "Remove"),
        Decision.SPAM: translate("ModerationWords", "Spam"),
        Decision.WARN: translate("ModerationWords", "Warn"),
        Decision.BAN: translate("ModerationWords", "Ban", "decision: ban the author"),
        Decision.NOTE: translate("ModerationWords", "Note", "decision: add a note"),
        Decision.ESCALATE: translate("ModerationWords", "Escalate"),
        Decision.DISMISS: translate("ModerationWords", "Dismiss"),
    }[decision]


def result_words(result: DecisionResult) -> str:
    return {
        DecisionResult.RECORDED: translate("ModerationWords", "Recorded"),
        DecisionResult.PENDING: translate("ModerationWords", "Waiting to send"),
        DecisionResult.SENT: translate("ModerationWords", "Done on the platform"),
        DecisionResult.FAILED: translate("ModerationWords", "Failed (see Outbox)"),
        DecisionResult.MANUAL: translate("ModerationWords", "To do by hand"),
        DecisionResult.DONE: translate("ModerationWords", "Done by hand"),
    }[result]


def note_kind_words(kind: NoteKind) -> str:
    return {
        NoteKind.NOTE: translate("ModerationWords", "Note", "note type"),
        NoteKind.HELPFUL_USER: translate("ModerationWords", "Helpful member"),
        NoteKind.SOLID_CONTRIBUTOR: translate("ModerationWords", "Solid contributor"),
        NoteKind.SPAM_WATCH: translate("ModerationWords", "Spam watch"),
        NoteKind.SPAM_WARNING: translate("ModerationWords", "Spam warning"),
        NoteKind.ABUSE_WARNING: translate("ModerationWords", "Abuse warning"),
        NoteKind.BAN: translate("ModerationWords", "Ban", "note type"),
        NoteKind.PERMA_BAN: translate("ModerationWords", "Permanent ban"),
        NoteKind.BOT_BAN: translate("ModerationWords", "Bot ban"),
    }[kind]


def note_source_words(source: NoteSource) -> str:
    return {
        NoteSource.LOCAL: translate("ModerationWords", "here"),
        NoteSource.TOOLBOX: translate("ModerationWords", "Toolbox"),
        NoteSource.PLATFORM: translate("ModerationWords", "platform"),
    }[source]


def send_as_words(send_as: SendAs) -> str:
    return {
        SendAs.REPLY: translate("ModerationWords", "As a reply"),
        SendAs.MODMAIL: translate("ModerationWords", "As a private message (modmail)"),
        SendAs.BOTH: translate("ModerationWords", "Both"),
        SendAs.NONE: translate("ModerationWords", "Do not tell the author"),
    }[send_as]


def order_words(order: QueueOrder) -> str:
    return {
        QueueOrder.OLDEST: translate("ModerationWords", "Oldest first"),
        QueueOrder.NEWEST: translate("ModerationWords", "Newest first"),
        QueueOrder.SEVERITY: translate("ModerationWords", "Most severe first"),
    }[order]


def case_words(status: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: translate("ModerationWords", "Open"),
        CaseStatus.WAITING: translate("ModerationWords", "Waiting"),
        CaseStatus.CLOSED: translate("ModerationWords", "Closed"),
    }[status]


def severity_words(severity: int) -> str:
    return {
        1: translate("ModerationWords", "Low"),
        2: translate("ModerationWords", "Medium"),
        3: translate("ModerationWords", "High"),
    }.get(severity, str(severity))


def age_words(seconds: int) -> str:
    if seconds < 3600:
        return translate("ModerationWords", "{0} min").format(max(1, seconds // 60))
    if seconds < 86400:
        return translate("ModerationWords", "{0} h").format(seconds // 3600)
    return translate("ModerationWords", "{0} d").format(seconds // 86400)
