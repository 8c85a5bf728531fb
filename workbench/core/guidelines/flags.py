"""Detector hits as moderation queue entries (the seam with core/moderation).

``DetectorFlags`` is a queue source: the moderation service lists its ``queue_entries``
beside platform reports and member reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from workbench.db.models import GuidelineRule, Item, RuleHit
from workbench.db.store import Store


@dataclass(frozen=True)
class FlaggedItem:
    item_id: int
    rule_id: int
    rule_title: str
    reason: str
    severity: int  # 1 low .. 3 high (Severity)
    action: str  # "flag", "hold" or "suggest-removal" (RuleAction)
    flagged_at: datetime


class DetectorFlags:
    def __init__(self, store: Store, *, limit: int = 10_000) -> None:
        self.store = store
        self.limit = limit

    def queue_entries(self) -> list[FlaggedItem]:
        """Hits on items still there, newest first (at most ``limit``)."""
        with self.store.session() as session:
            rows = session.execute(
                select(RuleHit, GuidelineRule.title, GuidelineRule.severity, GuidelineRule.action)
                .join(GuidelineRule, GuidelineRule.id == RuleHit.rule_id)
                .join(Item, Item.id == RuleHit.item_id)
                .where(Item.deleted_at.is_(None))
                .order_by(RuleHit.created_at.desc(), RuleHit.id.desc())
                .limit(self.limit)
            ).all()
        return [
            FlaggedItem(
                hit.item_id, hit.rule_id, title, hit.reason, severity, action, hit.created_at
            )
            for hit, title, severity, action in rows
        ]
