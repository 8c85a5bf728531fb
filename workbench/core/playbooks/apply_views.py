"""Saved inbox views in playbooks: a view's name and its portable filters (items.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.core.inbox.query import View
from workbench.core.playbooks.areas import LocalItem, Stored, free_name
from workbench.core.playbooks.items import portable_query
from workbench.core.playbooks.state import PlaybookArea
from workbench.db.models import SavedView


class ViewsArea:
    area = PlaybookArea.VIEWS

    def local(self, session: Session) -> list[LocalItem]:
        rows = session.scalars(select(SavedView).order_by(SavedView.position, SavedView.id))
        return [
            LocalItem(
                r.id,
                f"view-{r.id}",
                r.name.casefold(),
                {"name": r.name, "query": portable_query(View.from_dict(dict(r.query)))},
            )
            for r in rows
        ]

    def natural(self, key: str, content: dict[str, Any]) -> str:
        return str(content["name"]).casefold()

    def create(
        self, session: Session, key: str, content: dict[str, Any], *, beside: bool
    ) -> Stored:
        taken = set(session.scalars(select(SavedView.name)))
        position = session.scalar(select(func.coalesce(func.max(SavedView.position), 0)))
        row = SavedView(
            name=free_name(content["name"], taken, limit=200),
            position=int(position or 0) + 1,
            query=View.from_dict(content["query"]).to_dict(),
        )
        session.add(row)
        return row

    def update(self, session: Session, local_id: int, content: dict[str, Any]) -> None:
        row = session.get_one(SavedView, local_id)
        if content["name"] != row.name:  # renamed in the playbook: follow, if the name is free
            others = session.scalars(select(SavedView.name).where(SavedView.id != local_id))
            if content["name"].casefold() not in {n.casefold() for n in others}:
                row.name = content["name"]
        mine = dict(row.query)
        query = View.from_dict(content["query"]).to_dict()
        if "community_ids" in mine:  # the user's communities stay theirs (never in a file)
            query["community_ids"] = mine["community_ids"]
        row.query = query
