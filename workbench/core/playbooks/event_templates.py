"""Event templates: an event draft without dates (title, kind, description, duration,
agenda, checklist) and its default promotion plan (each step's kind, offset and words; an
empty title or text takes the language's promotion template, events/templates.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from workbench.core.events.promotion import DEFAULT_STEPS
from workbench.core.events.state import EventKind, StepKind
from workbench.db.models import EventTemplate as EventTemplateRow
from workbench.db.store import Store


@dataclass(frozen=True)
class PromotionStepTemplate:
    step: StepKind
    offset_minutes: int  # from the start (a follow-up: from the end); negative is before
    title: str = ""
    text: str = ""


def default_plan() -> tuple[PromotionStepTemplate, ...]:
    return tuple(
        PromotionStepTemplate(kind, int(offset.total_seconds() // 60))
        for kind, offset in DEFAULT_STEPS
    )


@dataclass(frozen=True)
class EventTemplate:
    key: str
    title: str
    kind: EventKind
    language: str = "en"
    description: str = ""
    duration_minutes: int = 60
    agenda: str = ""
    checklist: tuple[str, ...] = ()
    promotion: tuple[PromotionStepTemplate, ...] = field(default_factory=default_plan)
    id: int | None = None


def _template(row: EventTemplateRow) -> EventTemplate:
    return EventTemplate(
        key=row.key,
        title=row.title,
        kind=EventKind(row.kind),
        language=row.language,
        description=row.description,
        duration_minutes=row.duration_minutes,
        agenda=row.agenda,
        checklist=tuple(str(c) for c in row.checklist),
        promotion=tuple(
            PromotionStepTemplate(
                StepKind(s["step"]), int(s["offset_minutes"]), s.get("title", ""), s.get("text", "")
            )
            for s in row.promotion
        ),
        id=row.id,
    )


class EventTemplates:
    def __init__(self, store: Store) -> None:
        self.store = store

    def all(self) -> list[EventTemplate]:
        with self.store.session() as session:
            rows = session.scalars(select(EventTemplateRow).order_by(EventTemplateRow.title))
            return [_template(r) for r in rows]

    def save(self, template: EventTemplate) -> EventTemplate:
        """Add the template, or replace the one with its key."""
        from workbench.core.playbooks.apply_events import write_row
        from workbench.core.playbooks.areas import now

        with self.store.writing() as session:
            row = session.scalars(
                select(EventTemplateRow).where(EventTemplateRow.key == template.key)
            ).first()
            if row is None:
                row = EventTemplateRow(key=template.key)
                session.add(row)
            write_row(row, content_of(template))
            row.updated_at = now()
            session.flush()
            return _template(row)

    def delete(self, template_id: int) -> None:
        with self.store.writing() as session:
            row = session.get(EventTemplateRow, template_id)
            if row is not None:
                session.delete(row)


def content_of(t: EventTemplate) -> dict[str, object]:
    return {
        "title": t.title,
        "kind": str(t.kind),
        "language": t.language,
        "description": t.description,
        "duration_minutes": t.duration_minutes,
        "agenda": t.agenda,
        "checklist": list(t.checklist),
        "promotion": [
            {
                "step": str(s.step),
                "offset_minutes": s.offset_minutes,
                "title": s.title,
                "text": s.text,
            }
            for s in t.promotion
        ],
    }
