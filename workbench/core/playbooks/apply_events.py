"""Event templates in playbooks (event_templates), matched by key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.playbooks.areas import LocalItem, Stored, free_key, now
from workbench.core.playbooks.state import PlaybookArea
from workbench.db.models import EventTemplate


def write_row(row: EventTemplate, content: dict[str, Any]) -> None:
    row.title, row.kind, row.language = content["title"], content["kind"], content["language"]
    row.description, row.agenda = content["description"], content["agenda"]
    row.duration_minutes = content["duration_minutes"]
    row.checklist = list(content["checklist"])
    row.promotion = [dict(s) for s in content["promotion"]]
    row.updated_at = now()


def content_of_row(row: EventTemplate) -> dict[str, Any]:
    return {
        "title": row.title,
        "kind": row.kind,
        "language": row.language,
        "description": row.description,
        "duration_minutes": row.duration_minutes,
        "agenda": row.agenda,
        "checklist": list(row.checklist),
        "promotion": [
            {
                "step": s["step"],
                "offset_minutes": s["offset_minutes"],
                "title": s.get("title", ""),
                "text": s.get("text", ""),
            }
            for s in row.promotion
        ],
    }


class EventsArea:
    area = PlaybookArea.EVENTS

    def local(self, session: Session) -> list[LocalItem]:
        rows = session.scalars(select(EventTemplate).order_by(EventTemplate.id))
        return [LocalItem(r.id, r.key, r.key, content_of_row(r)) for r in rows]

    def natural(self, key: str, content: dict[str, Any]) -> str:
        return key

    def create(
        self, session: Session, key: str, content: dict[str, Any], *, beside: bool
    ) -> Stored:
        row = EventTemplate(key=free_key(key, set(session.scalars(select(EventTemplate.key)))))
        write_row(row, content)
        session.add(row)
        return row

    def update(self, session: Session, local_id: int, content: dict[str, Any]) -> None:
        write_row(session.get_one(EventTemplate, local_id), content)
