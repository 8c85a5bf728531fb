"""Guidelines in playbooks: a guideline's document (title, introduction, language,
community type) with its numbered rules and their detectors. Which community it is for
stays local: an imported guideline is a draft for no community, to be given to one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.guidelines.documents import MAX_TITLE, RuleDraft
from workbench.core.playbooks.areas import LocalItem, Stored, free_name, now
from workbench.core.playbooks.state import PlaybookArea
from workbench.db.models import Guideline, GuidelineRule


def _rule_json(row: GuidelineRule) -> dict[str, Any]:
    return {
        "title": row.title,
        "description": row.description,
        "allowed": row.allowed,
        "not_allowed": row.not_allowed,
        "severity": row.severity,
        "action": row.action,
        "removal_reason": row.removal_reason,
        "active": row.active,
        "detectors": list(row.detectors),
    }


def _write_rule(row: GuidelineRule, rule: dict[str, Any]) -> None:
    # Through RuleDraft, as GuidelineService writes them (it checks and normalizes).
    draft = RuleDraft.from_json(rule)
    row.title = draft.title.strip()
    row.description, row.allowed, row.not_allowed = (
        draft.description,
        draft.allowed,
        draft.not_allowed,
    )
    row.severity, row.action = int(draft.severity), str(draft.action)
    row.removal_reason, row.active = draft.removal_reason, draft.active
    row.detectors = [d.to_json() for d in draft.detectors]
    row.updated_at = now()


class GuidelinesArea:
    area = PlaybookArea.GUIDELINES

    def local(self, session: Session) -> list[LocalItem]:
        guidelines = session.scalars(select(Guideline).order_by(Guideline.id)).all()
        rules: dict[int, list[GuidelineRule]] = {}
        for rule in session.scalars(
            select(GuidelineRule).order_by(GuidelineRule.guideline_id, GuidelineRule.position)
        ):
            rules.setdefault(rule.guideline_id, []).append(rule)
        return [
            LocalItem(
                g.id,
                f"guideline-{g.id}",
                f"{g.title.casefold()}|{g.language}",
                {
                    "title": g.title,
                    "introduction": g.introduction,
                    "language": g.language,
                    "community_type": g.community_type,
                    "rules": [
                        RuleDraft.from_json(_rule_json(r)).to_json() for r in rules.get(g.id, [])
                    ],
                },
            )
            for g in guidelines
        ]

    def natural(self, key: str, content: dict[str, Any]) -> str:
        return f"{str(content['title']).casefold()}|{content['language']}"

    def create(
        self, session: Session, key: str, content: dict[str, Any], *, beside: bool
    ) -> Stored:
        title = content["title"]
        if beside:
            title = free_name(title, set(session.scalars(select(Guideline.title))), limit=MAX_TITLE)
        stamp = now()
        guideline = Guideline(
            community_id=None,
            title=title,
            language=content["language"],
            community_type=content["community_type"],
            introduction=content["introduction"],
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(guideline)
        session.flush()
        for position, rule in enumerate(content["rules"]):
            row = GuidelineRule(guideline_id=guideline.id, position=position)
            _write_rule(row, rule)
            session.add(row)
        return guideline

    def update(self, session: Session, local_id: int, content: dict[str, Any]) -> None:
        """Rules are updated in place by number (their detector hits stay with them);
        extra ones are added, missing ones removed."""
        guideline = session.get_one(Guideline, local_id)
        guideline.title, guideline.introduction = content["title"], content["introduction"]
        guideline.language, guideline.community_type = (
            content["language"],
            content["community_type"],
        )
        guideline.updated_at = now()
        rows = list(
            session.scalars(
                select(GuidelineRule)
                .where(GuidelineRule.guideline_id == local_id)
                .order_by(GuidelineRule.position)
            )
        )
        for position, rule in enumerate(content["rules"]):
            if position < len(rows):
                row = rows[position]
            else:
                row = GuidelineRule(guideline_id=local_id)
                session.add(row)
            row.position = position
            _write_rule(row, rule)
        for row in rows[len(content["rules"]) :]:
            session.delete(row)
        session.flush()
