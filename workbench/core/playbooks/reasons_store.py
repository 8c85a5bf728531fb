"""The user's removal reasons (the removal_reasons table), beside the bundled ones that
ship as a file (moderation/reasons.py); moderation lists both (``stored_templates``)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from workbench.core.moderation.reasons import RemovalTemplate
from workbench.db.models import UserRemovalReason
from workbench.db.store import Store

MAX_TITLE, MAX_TEXT = 200, 10_000


@dataclass(frozen=True)
class StoredReason:
    id: int
    key: str
    title: str
    text: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or uuid.uuid4().hex[:8]


class RemovalReasons:
    """Add, edit, list and delete the user's removal reasons."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> list[StoredReason]:
        with self.store.session() as session:
            rows = session.scalars(select(UserRemovalReason).order_by(UserRemovalReason.title))
            return [StoredReason(r.id, r.key, r.title, r.text) for r in rows]

    def add(self, title: str, text: str) -> StoredReason:
        from workbench.core.playbooks.areas import free_key, now

        title, text = _checked(title, text)
        with self.store.writing() as session:
            key = free_key(slug(title), set(session.scalars(select(UserRemovalReason.key))))
            row = UserRemovalReason(key=key, title=title, text=text, updated_at=now())
            session.add(row)
            session.flush()
            return StoredReason(row.id, row.key, row.title, row.text)

    def edit(self, reason_id: int, title: str, text: str) -> None:
        from workbench.core.playbooks.areas import now

        title, text = _checked(title, text)
        with self.store.writing() as session:
            row = session.get_one(UserRemovalReason, reason_id)
            row.title, row.text, row.updated_at = title, text, now()

    def delete(self, reason_id: int) -> None:
        with self.store.writing() as session:
            row = session.get(UserRemovalReason, reason_id)
            if row is not None:
                session.delete(row)


def _checked(title: str, text: str) -> tuple[str, str]:
    title = " ".join(title.split())
    if not title or not text.strip():
        raise ValueError("A removal reason needs a title and a text.")
    if len(title) > MAX_TITLE or len(text) > MAX_TEXT:
        raise ValueError("A removal reason's title or text is too long.")
    return title, text


def stored_templates(store: Store) -> list[RemovalTemplate]:
    """The user's removal reasons as moderation's templates (after the bundled ones)."""
    return [RemovalTemplate(r.title, r.text) for r in RemovalReasons(store).all()]
