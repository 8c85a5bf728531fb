"""Prompts in playbooks: the user's own and edited bundled ones by default; a pair's
languages are items with the same ``pair`` (their key is ``<pair>.<lang>``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.playbooks.areas import LocalItem, Stored, now
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.prompts.library import join_tags, new_row
from workbench.core.prompts.state import PromptOrigin
from workbench.db.models import Prompt


def _tags(stored: str) -> list[str]:
    return sorted(v for v in stored.split(",") if v)


class PromptsArea:
    area = PlaybookArea.PROMPTS

    def local(self, session: Session) -> list[LocalItem]:
        rows = session.scalars(select(Prompt).order_by(Prompt.pair_id, Prompt.lang)).all()
        return [
            LocalItem(
                r.id,
                f"{r.pair_id}.{r.lang}"[:100],
                f"{r.pair_id}.{r.lang}",
                {
                    "pair": r.pair_id,
                    "lang": r.lang,
                    "text": r.text,
                    "types": _tags(r.types),
                    "purposes": _tags(r.purposes),
                },
                default=r.origin == PromptOrigin.USER and not r.archived,
                pristine=r.origin == PromptOrigin.BUNDLED,
            )
            for r in rows
        ]

    def natural(self, key: str, content: dict[str, Any]) -> str:
        return f"{content['pair']}.{content['lang']}"

    def create(
        self, session: Session, key: str, content: dict[str, Any], *, beside: bool
    ) -> Stored:
        # Both kept: theirs gets a pair of its own, shared by its languages ("-theirs").
        pair = content["pair"][:93] + "-theirs" if beside else content["pair"]
        row = new_row(content["lang"], content["text"], content["types"], content["purposes"], pair)
        session.add(row)
        return row

    def update(self, session: Session, local_id: int, content: dict[str, Any]) -> None:
        row = session.get_one(Prompt, local_id)
        row.text = content["text"]
        row.types, row.purposes = join_tags(content["types"]), join_tags(content["purposes"])
        row.origin = PromptOrigin.USER  # as an edit: bundle updates now leave it alone
        row.updated_at = now()
