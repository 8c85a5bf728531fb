"""The Events pane's states in the user's words.

Keyed by the values of core's StrEnums (EventKind, EventStatus, StepState), written out
literally so that pyside6-lupdate sees every word; an unknown value is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workbench.core.events.model import Clash, EventError
from workbench.gui.words import words

translate = QCoreApplication.translate


def event_kind(kind: str) -> str:
    return {
        "webinar": translate("EventWords", "Webinar"),
        "workshop": translate("EventWords", "Workshop"),
        "qa": translate("EventWords", "Q&A / AMA"),
        "live-stream": translate("EventWords", "Live stream"),
        "live-chat": translate("EventWords", "Live chat"),
        "meetup": translate("EventWords", "Meetup"),
        "poll": translate("EventWords", "Poll"),
    }.get(str(kind), str(kind))


def event_status(status: str) -> str:
    return {
        "draft": translate("EventWords", "Draft"),
        "scheduled": translate("EventWords", "Scheduled"),
        "live": translate("EventWords", "Live"),
        "done": translate("EventWords", "Done"),
        "cancelled": translate("EventWords", "Cancelled", "event status"),
    }.get(str(status), str(status))


def step_state(state: str) -> str:
    """A promotion plan step's state."""
    return {
        "planned": translate("EventWords", "Planned", "promotion step state"),
        "due": translate("EventWords", "Due", "promotion step state"),
        "sent": translate("EventWords", "Sent", "promotion step state"),
        "failed": translate("EventWords", "Failed", "promotion step state"),
        "done-by-hand": translate("EventWords", "Done by hand", "promotion step state"),
        "cancelled": translate("EventWords", "Cancelled", "promotion step state"),
    }.get(str(state), str(state))


def step_kind(kind: str) -> str:
    """What a promotion step says."""
    return {
        "announce": translate("EventWords", "Announcement"),
        "remind": translate("EventWords", "Reminder"),
        "starting": translate("EventWords", "Starting soon"),
        "follow-up": translate("EventWords", "Follow-up"),
        "custom": translate("EventWords", "Custom post"),
    }.get(str(kind), str(kind))


def edit_scope(scope: str) -> str:
    return {
        "this": translate("EventWords", "This occurrence only"),
        "following": translate("EventWords", "This and the following occurrences"),
        "all": translate("EventWords", "All occurrences"),
    }.get(str(scope), str(scope))


def clash_text(clash: Clash) -> str:
    """Why another event clashes: "same host (Alice), at the same time"."""
    shared = ", ".join(clash.shared)
    if str(clash.reason) == "host":
        why = translate("EventWords", "same host ({names})").format(names=shared)
    else:
        why = translate("EventWords", "same community")
    if clash.overlap:
        return translate("EventWords", "{why}, at the same time").format(why=why)
    minutes = int(clash.gap.total_seconds() // 60)
    return translate("EventWords", "{why}, only {minutes} min apart").format(
        why=why, minutes=minutes
    )


def problem_text(error: Exception) -> str:
    """What went wrong, in the user's language where core marked it (EventError.words)."""
    if isinstance(error, EventError):
        return words(error.words)
    return str(error)
