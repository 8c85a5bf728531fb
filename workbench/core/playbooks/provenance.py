"""Where imported items came from (playbook_items): the playbook's id, title and version,
the item's key in it and the hash of its content as imported."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.playbooks.areas import now
from workbench.core.playbooks.format import Header
from workbench.core.playbooks.state import PlaybookArea
from workbench.db.models import PlaybookItem as Row


@dataclass(frozen=True)
class Provenance:
    area: PlaybookArea
    local_id: int
    playbook_id: str
    playbook_title: str
    playbook_version: int
    item_key: str
    content_hash: str


def load(session: Session) -> dict[tuple[PlaybookArea, int], Provenance]:
    known = {a.value: a for a in PlaybookArea}
    return {
        (known[r.area], r.local_id): Provenance(
            known[r.area],
            r.local_id,
            r.playbook_id,
            r.playbook_title,
            r.playbook_version,
            r.item_key,
            r.content_hash,
        )
        for r in session.scalars(select(Row))
        if r.area in known
    }


def record(
    session: Session, header: Header, brought: list[tuple[PlaybookArea, int, str, str]]
) -> None:
    """Keep where each of ``brought`` (area, local id, key, content hash) came from."""
    rows = {(r.area, r.local_id): r for r in session.scalars(select(Row))}
    stamp = now()
    for area, local_id, key, digest in brought:
        row = rows.get((str(area), local_id))
        if row is None:
            row = Row(area=str(area), local_id=local_id)
            session.add(row)
        row.playbook_id, row.playbook_title = header.id, header.title
        row.playbook_version, row.item_key, row.content_hash = header.version, key, digest
        row.imported_at = stamp


def forget_missing(session: Session, area: PlaybookArea, present: set[int]) -> None:
    """Rows of items deleted since (their id may be given to a new item later)."""
    for row in session.scalars(select(Row).where(Row.area == str(area))):
        if row.local_id not in present:
            session.delete(row)
