"""Where queue entries come from: a ``QueueSource`` gives flags on stored items.

The queue is built from a list of sources given to ``ModerationQueue``: the platform's
reports (what the sync stored: report items and items it flagged), member reports
recorded by hand, and (wired in by the workspace) the guideline detectors' flags
(``workbench.core.guidelines.flags.DetectorFlags``), which give ``FlaggedItem``s with
exactly the attributes of ``Flag`` below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import select

from workbench.core.moderation.state import EntrySource
from workbench.db.interfaces import ModerationSql
from workbench.db.models import MemberReport
from workbench.db.store import Store

NO_REASON = "(no reason given)"


class FlagLike(Protocol):
    """What a source says about one item (the guideline detectors' ``FlaggedItem``)."""

    @property
    def item_id(self) -> int: ...
    @property
    def rule_id(self) -> int: ...
    @property
    def rule_title(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def severity(self) -> int: ...  # 1 low .. 3 high
    @property
    def action(self) -> str: ...  # flag | hold | suggest-removal
    @property
    def flagged_at(self) -> datetime: ...


class QueueSource(Protocol):
    def queue_entries(self) -> Sequence[FlagLike]: ...


@dataclass(frozen=True)
class Flag:
    """One report or flag on an item. ``reporter``: who reported ("" : anonymous or a
    rule); ``count``: how many reported it for this reason; ``source`` where it came from."""

    item_id: int
    rule_id: int
    rule_title: str
    reason: str
    severity: int
    action: str
    flagged_at: datetime
    reporter: str = ""
    count: int = 1
    source: EntrySource = EntrySource.DETECTOR


def _at(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


class PlatformReports:
    """Reports and mod-queue flags as the platform gave them to the sync."""

    def __init__(self, sql: ModerationSql) -> None:
        self.sql = sql

    def queue_entries(self) -> Sequence[Flag]:
        flags = []
        for report in self.sql.platform_reports():
            # A moderator's report, or many members agreeing, weigh more.
            severity = 3 if report.reporter or report.count >= 5 else 2 if report.count > 1 else 1
            flags.append(
                Flag(
                    item_id=report.item_id,
                    rule_id=0,
                    rule_title="",
                    reason=report.reason or NO_REASON,
                    severity=severity,
                    action="flag",
                    flagged_at=_at(report.reported_at),
                    reporter=report.reporter,
                    count=report.count,
                    source=EntrySource.PLATFORM,
                )
            )
        return flags


class MemberReports:
    """Reports recorded by hand ("report this"), with reporter and reason."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def queue_entries(self) -> Sequence[Flag]:
        with self.store.session() as session:
            reports = session.scalars(select(MemberReport)).all()
            return [
                Flag(
                    item_id=r.item_id,
                    rule_id=0,
                    rule_title="",
                    reason=r.reason or NO_REASON,
                    severity=2,
                    action="flag",
                    flagged_at=r.created_at,
                    reporter=r.reporter,
                    source=EntrySource.MEMBER,
                )
                for r in reports
            ]

    def record(self, item_id: int, *, reporter: str, reason: str, by: str) -> int:
        with self.store.writing() as session:
            report = MemberReport(
                item_id=item_id,
                reporter=reporter.strip()[:300],
                reason=reason.strip(),
                created_at=datetime.now(UTC),
                created_by=by,
            )
            session.add(report)
            session.flush()
            return report.id


def as_flag(found: FlagLike) -> Flag:
    """Any source's flag as a ``Flag`` (a detector's FlaggedItem has no reporter)."""
    if isinstance(found, Flag):
        return found
    return Flag(
        item_id=found.item_id,
        rule_id=found.rule_id,
        rule_title=found.rule_title,
        reason=found.reason,
        severity=max(1, min(int(found.severity), 3)),
        action=found.action,
        flagged_at=found.flagged_at,
    )
