"""Reminders: what has fallen due and needs the user (a promotion post to make by hand, an
event starting). Each area adds a source; the window asks for what is due every half
minute and once at start, so what fell due while the app was closed is shown then too.

A reminder is shown until the user has seen it (``acknowledge``); seen keys are kept in the
store so a restart does not show them again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, select

from workbench.core.outbox.service import Outbox
from workbench.core.outbox.state import ActionKind, OutboxStatus
from workbench.core.text import QT_TRANSLATE_NOOP
from workbench.db.models import ReminderSeen
from workbench.db.store import Store

log = logging.getLogger(__name__)

LOOK_BACK = timedelta(days=30)  # older reminders are history, not news
FORGET_SEEN = timedelta(days=60)  # seen keys older than any reminder we would still show


@dataclass(frozen=True)
class Reminder:
    key: str  # stable and unique: "outbox:12", "event:<uid>:<start>:start"
    due_at: datetime  # aware UTC
    title: str  # plain text (may hold user content)
    detail: str
    pane: str  # the pane that deals with it ("events", "prompts", "inbox")


class ReminderSource(Protocol):
    def reminders(self, start: datetime, end: datetime) -> Sequence[Reminder]: ...


MANUAL_POST_DUE = QT_TRANSLATE_NOOP("Reminders", "A post to make by hand is due")
MANUAL_REPLY_DUE = QT_TRANSLATE_NOOP("Reminders", "A reply to make by hand is due")


class ManualOutbox:
    """Manual-assist outbox entries with a due time (a scheduled post on a platform the app
    cannot post to): the user has to make them."""

    def __init__(self, outbox: Outbox) -> None:
        self.outbox = outbox

    def reminders(self, start: datetime, end: datetime) -> Sequence[Reminder]:
        found = []
        for entry in self.outbox.entries(status=OutboxStatus.MANUAL):
            due = entry.send_after
            if due is None or not start <= due <= end:
                continue
            post = entry.action == ActionKind.POST
            found.append(
                Reminder(
                    key=f"outbox:{entry.id}",
                    due_at=due,
                    title=MANUAL_POST_DUE if post else MANUAL_REPLY_DUE,
                    detail=entry.text[:200],
                    pane="inbox",
                )
            )
        return found


class Reminders:
    def __init__(self, store: Store, sources: Iterable[ReminderSource] = ()) -> None:
        self.store = store
        self.sources: list[ReminderSource] = list(sources)

    def add_source(self, source: ReminderSource) -> None:
        self.sources.append(source)

    def due(self, now: datetime | None = None) -> list[Reminder]:
        """What is due and not seen yet, oldest first (including what fell due while the
        app was closed, up to LOOK_BACK ago)."""
        now = now or datetime.now(UTC)
        found: dict[str, Reminder] = {}
        for source in self.sources:
            try:
                for reminder in source.reminders(now - LOOK_BACK, now):
                    found.setdefault(reminder.key, reminder)
            except Exception:  # one area's bug must not hide the others' reminders
                log.exception("reminder source %r failed", source)
        if not found:
            return []
        with self.store.session() as session:
            seen = set(
                session.scalars(select(ReminderSeen.key).where(ReminderSeen.key.in_(list(found))))
            )
        return sorted(
            (r for key, r in found.items() if key not in seen), key=lambda r: (r.due_at, r.key)
        )

    def acknowledge(self, keys: Iterable[str]) -> None:
        now = datetime.now(UTC)
        keys = list(dict.fromkeys(keys))
        if not keys:
            return
        with self.store.writing() as session:
            known = set(session.scalars(select(ReminderSeen.key).where(ReminderSeen.key.in_(keys))))
            session.add_all(ReminderSeen(key=k, seen_at=now) for k in keys if k not in known)
            session.execute(delete(ReminderSeen).where(ReminderSeen.seen_at < now - FORGET_SEEN))
