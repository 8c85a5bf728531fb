"""The decision log: every moderation action with its rule, rationale, actor, time and
the platform's result (read from the action's outbox entry, so it stays current).

Exports: CSV (``workbench decisions export --format csv``) and a monthly transparency
summary (counts by rule, action and community).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TextIO

from sqlalchemy import func, select

from workbench.core.moderation.state import Decision, DecisionResult
from workbench.db.models import Member, ModDecision, OutboxEntry
from workbench.db.store import Store

CSV_COLUMNS = (
    "id",
    "time",
    "action",
    "rule",
    "rationale",
    "actor",
    "community",
    "item",
    "member",
    "result",
    "result_message",
)


@dataclass(frozen=True)
class DecisionView:
    id: int
    created_at: datetime
    action: Decision
    rule: str
    rationale: str
    actor: str
    community: str
    item_id: int | None
    member: str
    result: DecisionResult
    result_message: str
    outbox_id: int | None


@dataclass(frozen=True)
class DecisionFilter:
    """Empty means any."""

    actions: tuple[Decision, ...] = ()
    community: str = ""
    actor: str = ""
    rule: str = ""
    since: datetime | None = None
    until: datetime | None = None
    item_id: int | None = None
    member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class MonthSummary:
    """One month of decisions: the transparency report's counts."""

    month: str  # YYYY-MM
    total: int
    by_action: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)
    by_community: dict[str, int] = field(default_factory=dict)


_OUTBOX_RESULT = {
    "pending": DecisionResult.PENDING,
    "sending": DecisionResult.PENDING,
    "sent": DecisionResult.SENT,
    "failed": DecisionResult.FAILED,
    "manual": DecisionResult.MANUAL,
    "done": DecisionResult.DONE,
}


class DecisionLog:
    def __init__(self, store: Store) -> None:
        self.store = store

    def record(
        self,
        action: Decision,
        *,
        actor: str,
        item_id: int | None = None,
        member_id: int | None = None,
        account_id: int | None = None,
        community: str = "",
        rule: str = "",
        rationale: str = "",
        outbox_id: int | None = None,
        result: DecisionResult = DecisionResult.RECORDED,
        at: datetime | None = None,
    ) -> int:
        with self.store.writing() as session:
            decision = ModDecision(
                item_id=item_id,
                member_id=member_id,
                account_id=account_id,
                community=community,
                action=Decision(action).value,
                rule=rule,
                rationale=rationale,
                actor=actor,
                created_at=at or datetime.now(UTC),
                outbox_id=outbox_id,
                result=result.value,
                result_message="",
            )
            session.add(decision)
            session.flush()
            return decision.id

    def entries(self, where: DecisionFilter = DecisionFilter()) -> list[DecisionView]:
        """Decisions matching ``where``, newest first."""
        query = (
            select(ModDecision, OutboxEntry, Member.name)
            .outerjoin(OutboxEntry, OutboxEntry.id == ModDecision.outbox_id)
            .outerjoin(Member, Member.id == ModDecision.member_id)
            .order_by(ModDecision.created_at.desc(), ModDecision.id.desc())
        )
        if where.actions:
            query = query.where(ModDecision.action.in_([a.value for a in where.actions]))
        if where.community:
            query = query.where(ModDecision.community == where.community)
        if where.actor:
            query = query.where(ModDecision.actor == where.actor)
        if where.rule:
            query = query.where(ModDecision.rule == where.rule)
        if where.since:
            query = query.where(ModDecision.created_at >= where.since)
        if where.until:
            query = query.where(ModDecision.created_at < where.until)
        if where.item_id is not None:
            query = query.where(ModDecision.item_id == where.item_id)
        if where.member_ids:
            query = query.where(ModDecision.member_id.in_(where.member_ids))
        with self.store.session() as session:
            return [_view(d, o, name) for d, o, name in session.execute(query).all()]

    def resolved_at(self, item_ids: Iterable[int]) -> dict[int, datetime]:
        """The time of each item's last resolving decision (approve, remove, dismiss ...)."""
        ids = list(dict.fromkeys(item_ids))
        resolving = [d.value for d in Decision if d.resolves]
        found: dict[int, datetime] = {}
        with self.store.session() as session:
            for start in range(0, len(ids), 500):
                rows = session.execute(
                    select(ModDecision.item_id, func.max(ModDecision.created_at))
                    .where(ModDecision.item_id.in_(ids[start : start + 500]))
                    .where(ModDecision.action.in_(resolving))
                    .group_by(ModDecision.item_id)
                ).all()
                for item_id, at in rows:
                    if item_id is not None and at is not None:
                        found[int(item_id)] = at
        return found

    def escalated(self, item_ids: Iterable[int]) -> dict[int, datetime]:
        """The time of each item's last escalation."""
        ids = list(dict.fromkeys(item_ids))
        found: dict[int, datetime] = {}
        with self.store.session() as session:
            for start in range(0, len(ids), 500):
                rows = session.execute(
                    select(ModDecision.item_id, func.max(ModDecision.created_at))
                    .where(ModDecision.item_id.in_(ids[start : start + 500]))
                    .where(ModDecision.action == Decision.ESCALATE.value)
                    .group_by(ModDecision.item_id)
                ).all()
                found.update({int(i): at for i, at in rows if i is not None and at is not None})
        return found

    # -- exports ----------------------------------------------------------------------

    def csv_text(self, where: DecisionFilter = DecisionFilter()) -> str:
        out = io.StringIO()
        write_csv(self.entries(where), out)
        return out.getvalue()

    def monthly(self, where: DecisionFilter = DecisionFilter()) -> list[MonthSummary]:
        """Counts by action, rule and community for each month, newest month first."""
        months: dict[str, list[DecisionView]] = {}
        for d in self.entries(where):
            months.setdefault(f"{d.created_at:%Y-%m}", []).append(d)
        return [
            MonthSummary(
                month=month,
                total=len(found),
                by_action=dict(Counter(d.action.value for d in found).most_common()),
                by_rule=dict(Counter(d.rule or "(no rule)" for d in found).most_common()),
                by_community=dict(Counter(d.community or "(none)" for d in found).most_common()),
            )
            for month, found in sorted(months.items(), reverse=True)
        ]


def write_csv(decisions: Sequence[DecisionView], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for d in decisions:
        writer.writerow(
            [
                d.id,
                d.created_at.isoformat(),
                d.action.value,
                _cell(d.rule),
                _cell(d.rationale),
                _cell(d.actor),
                _cell(d.community),
                "" if d.item_id is None else d.item_id,
                _cell(d.member),
                d.result.value,
                _cell(d.result_message),
            ]
        )


def _cell(value: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet: keep it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _view(d: ModDecision, entry: OutboxEntry | None, member: str | None) -> DecisionView:
    result = DecisionResult(d.result)
    message = d.result_message
    if entry is not None:
        result = _OUTBOX_RESULT.get(entry.status, result)
        message = entry.last_error or entry.result_url or message
    return DecisionView(
        id=d.id,
        created_at=d.created_at,
        action=Decision(d.action),
        rule=d.rule,
        rationale=d.rationale,
        actor=d.actor,
        community=d.community,
        item_id=d.item_id,
        member=member or "",
        result=result,
        result_message=message,
        outbox_id=d.outbox_id,
    )
