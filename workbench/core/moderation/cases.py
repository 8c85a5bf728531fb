"""Cases: related items and members grouped under one title, with a status and notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workbench.core.moderation.state import CaseStatus
from workbench.db.models import ModCase, ModCaseItem, ModCaseMember
from workbench.db.store import Store


@dataclass(frozen=True)
class CaseView:
    id: int
    title: str
    status: CaseStatus
    notes: str
    created_at: datetime
    updated_at: datetime
    created_by: str
    item_ids: tuple[int, ...]
    member_ids: tuple[int, ...]


class Cases:
    def __init__(self, store: Store) -> None:
        self.store = store

    def open(
        self,
        title: str,
        *,
        by: str,
        item_ids: Sequence[int] = (),
        member_ids: Sequence[int] = (),
        notes: str = "",
    ) -> int:
        now = datetime.now(UTC)
        with self.store.writing() as session:
            case = ModCase(
                title=title.strip() or "Case",
                status=CaseStatus.OPEN.value,
                notes=notes,
                created_at=now,
                updated_at=now,
                created_by=by,
            )
            session.add(case)
            session.flush()
            session.add_all(
                ModCaseItem(case_id=case.id, item_id=i) for i in dict.fromkeys(item_ids)
            )
            session.add_all(
                ModCaseMember(case_id=case.id, member_id=m) for m in dict.fromkeys(member_ids)
            )
            return case.id

    def add(
        self, case_id: int, *, item_ids: Sequence[int] = (), member_ids: Sequence[int] = ()
    ) -> None:
        with self.store.writing() as session:
            case = self._case(session, case_id)
            have_items = set(
                session.scalars(select(ModCaseItem.item_id).where(ModCaseItem.case_id == case_id))
            )
            have_members = set(
                session.scalars(
                    select(ModCaseMember.member_id).where(ModCaseMember.case_id == case_id)
                )
            )
            session.add_all(
                ModCaseItem(case_id=case_id, item_id=i)
                for i in dict.fromkeys(item_ids)
                if i not in have_items
            )
            session.add_all(
                ModCaseMember(case_id=case_id, member_id=m)
                for m in dict.fromkeys(member_ids)
                if m not in have_members
            )
            case.updated_at = datetime.now(UTC)

    def remove_item(self, case_id: int, item_id: int) -> None:
        with self.store.writing() as session:
            session.execute(
                delete(ModCaseItem).where(
                    ModCaseItem.case_id == case_id, ModCaseItem.item_id == item_id
                )
            )

    def update(
        self,
        case_id: int,
        *,
        status: CaseStatus | None = None,
        notes: str | None = None,
        title: str | None = None,
    ) -> None:
        with self.store.writing() as session:
            case = self._case(session, case_id)
            if status is not None:
                case.status = CaseStatus(status).value
            if notes is not None:
                case.notes = notes
            if title is not None and title.strip():
                case.title = title.strip()
            case.updated_at = datetime.now(UTC)

    @staticmethod
    def _case(session: Session, case_id: int) -> ModCase:
        case = session.get(ModCase, case_id)
        if case is None:
            raise LookupError(f"There is no case {case_id}.")
        return case

    def all(self, *, status: CaseStatus | None = None) -> list[CaseView]:
        query = select(ModCase).order_by(ModCase.updated_at.desc(), ModCase.id.desc())
        if status is not None:
            query = query.where(ModCase.status == status.value)
        with self.store.session() as session:
            cases = list(session.scalars(query))
            items: dict[int, list[int]] = {}
            members: dict[int, list[int]] = {}
            for case_id, item_id in session.execute(
                select(ModCaseItem.case_id, ModCaseItem.item_id)
            ):
                items.setdefault(case_id, []).append(item_id)
            for case_id, member_id in session.execute(
                select(ModCaseMember.case_id, ModCaseMember.member_id)
            ):
                members.setdefault(case_id, []).append(member_id)
        return [
            CaseView(
                c.id,
                c.title,
                CaseStatus(c.status),
                c.notes,
                c.created_at,
                c.updated_at,
                c.created_by,
                tuple(items.get(c.id, ())),
                tuple(members.get(c.id, ())),
            )
            for c in cases
        ]

    def for_item(self, item_id: int) -> list[CaseView]:
        return [c for c in self.all() if item_id in c.item_ids]
