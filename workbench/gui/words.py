"""Core's states and marked text in the user's language.

States are enums in core; here each gets its words, written out literally so that
pyside6-lupdate sees every one. ``words()`` translates a core ``Words`` (text core marked
with QT_TRANSLATE_NOOP): the one place where the text to translate is not a literal
(scripts/check_translations.py allows this module only).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from connectors.api import CommunityType, ModAction
from workbench.core.outbox.state import ActionKind, OutboxStatus
from workbench.core.text import Words

translate = QCoreApplication.translate


def words(marked: Words) -> str:
    """``marked`` translated, then its values filled in (Words among them translated too)."""
    values = {k: words(v) if isinstance(v, Words) else v for k, v in marked.values.items()}
    return translate(marked.context, marked.source).format(**values)


def error_text(error: BaseException) -> str:
    """What went wrong, translated where core marked it (an error made of one Words:
    AccountError, SecretsUnavailable, SyncBusy...); any other error's own text."""
    said = error.args[0] if len(error.args) == 1 else None
    return words(said) if isinstance(said, Words) else str(error)


def marked(context: str, source: str) -> str:
    """Text core marked with QT_TRANSLATE_NOOP(context, source), translated."""
    return translate(context, source)


def item_state(state: str) -> str:
    return {
        "new": translate("Words", "New"),
        "needs_reply": translate("Words", "Needs reply"),
        "waiting": translate("Words", "Waiting"),
        "done": translate("Words", "Done"),
        "snoozed": translate("Words", "Snoozed"),
    }.get(state, state)


def item_kind(kind: str) -> str:
    return {
        "post": translate("Words", "Post"),
        "comment": translate("Words", "Comment"),
        "message": translate("Words", "Message"),
        "report": translate("Words", "Report"),
        "mention": translate("Words", "Mention"),
    }.get(kind, kind)


def item_kinds(kind: str) -> str:
    """The plural, for the filter bar ("Posts")."""
    return {
        "post": translate("Words", "Posts"),
        "comment": translate("Words", "Comments"),
        "message": translate("Words", "Messages"),
        "report": translate("Words", "Reports"),
        "mention": translate("Words", "Mentions"),
    }.get(kind, kind)


def community_type(kind: CommunityType) -> str:
    return {
        CommunityType.LEARNING: translate("Words", "Learning"),
        CommunityType.PROFESSIONAL: translate("Words", "Professional network"),
        CommunityType.SUPPORT: translate("Words", "Support"),
        CommunityType.INTEREST: translate("Words", "Interest / social"),
        CommunityType.BRAND: translate("Words", "Brand"),
        CommunityType.PRACTICE: translate("Words", "Community of practice"),
        CommunityType.HYBRID: translate("Words", "Hybrid"),
    }[kind]


def mod_action(action: str) -> str:
    words: dict[str, str] = {
        ModAction.APPROVE: translate("Words", "approve"),
        ModAction.REMOVE: translate("Words", "remove"),
        ModAction.SPAM: translate("Words", "mark as spam"),
        ModAction.LOCK: translate("Words", "lock"),
        ModAction.UNLOCK: translate("Words", "unlock"),
        ModAction.HIDE: translate("Words", "hide"),
        ModAction.UNHIDE: translate("Words", "unhide"),
    }
    return words.get(action, action)


def outbox_status(status: str) -> str:
    """An outbox entry's status in an item's history."""
    words: dict[str, str] = {
        OutboxStatus.PENDING: translate(
            "Words", "Waiting to be sent (goes out with the next sync)"
        ),
        OutboxStatus.SENDING: translate("Words", "Sending…"),
        OutboxStatus.SENT: translate("Words", "Sent"),
        OutboxStatus.FAILED: translate("Words", "Failed"),
        OutboxStatus.MANUAL: translate("Words", "To do by hand on the platform"),
        OutboxStatus.DONE: translate("Words", "Done by hand"),
    }
    return words.get(status, status)


def sent_outcome(kind: ActionKind, status: OutboxStatus) -> str:
    """What became of a reply, post or moderation action the user just sent."""
    if status is OutboxStatus.SENT:
        return {
            ActionKind.REPLY: translate("Words", "Reply sent."),
            ActionKind.POST: translate("Words", "Posted."),
            ActionKind.MODERATE: translate("Words", "Done on the platform."),
        }[kind]
    if status is OutboxStatus.PENDING:
        return {
            ActionKind.REPLY: translate(
                "Words",
                "No connection: the reply waits in the outbox and goes out with the next sync.",
            ),
            ActionKind.POST: translate(
                "Words", "No connection: the post waits in the outbox for the next sync."
            ),
            ActionKind.MODERATE: translate(
                "Words", "No connection: the action waits in the outbox for the next sync."
            ),
        }[kind]
    if status is OutboxStatus.FAILED:
        return {
            ActionKind.REPLY: translate(
                "Words", "The reply could not be sent; see the item's Replies tab to retry."
            ),
            ActionKind.POST: translate(
                "Words", "The platform refused the post; see the outbox to retry."
            ),
            ActionKind.MODERATE: translate(
                "Words", "The platform refused; see the item's history to retry."
            ),
        }[kind]
    return translate("Words", "Queued.")
