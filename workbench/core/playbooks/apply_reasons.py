"""Removal reasons in playbooks: the user's own (removal_reasons), matched by key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.playbooks.areas import LocalItem, Stored, free_key, now
from workbench.core.playbooks.state import PlaybookArea
from workbench.db.models import UserRemovalReason


class ReasonsArea:
    area = PlaybookArea.REASONS

    def local(self, session: Session) -> list[LocalItem]:
        rows = session.scalars(select(UserRemovalReason).order_by(UserRemovalReason.id))
        return [LocalItem(r.id, r.key, r.key, {"title": r.title, "text": r.text}) for r in rows]

    def natural(self, key: str, content: dict[str, Any]) -> str:
        return key

    def create(
        self, session: Session, key: str, content: dict[str, Any], *, beside: bool
    ) -> Stored:
        key = free_key(key, set(session.scalars(select(UserRemovalReason.key))))
        row = UserRemovalReason(
            key=key, title=content["title"], text=content["text"], updated_at=now()
        )
        session.add(row)
        return row

    def update(self, session: Session, local_id: int, content: dict[str, Any]) -> None:
        row = session.get_one(UserRemovalReason, local_id)
        row.title, row.text, row.updated_at = content["title"], content["text"], now()
