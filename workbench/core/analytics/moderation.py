"""Moderation's numbers: actions by rule and by action per week, and the time to handle a
report (docs/analytics.md defines each exactly as computed in
workbench/db/sqlite/analytics_moderation.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.db.interfaces import AnalyticsMoreReads, AnalyticsScope, HandlingCounts

NO_RULE = ""  # a decision that named no rule (the charts call it "No rule")


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60.0, 1)


@dataclass(frozen=True)
class ActionCount:
    week: str  # the Monday of the local week
    action: str  # a moderation Decision, as stored
    rule: str  # NO_RULE when none was named
    decisions: int


@dataclass(frozen=True)
class Handling:
    """Reports received (in a community, a week, or both) and the wait to their first
    decision; open reports are counted in ``reports``, not in the median."""

    community_id: int | None
    community: str
    week: str
    reports: int
    handled: int
    median_minutes: float | None
    p90_minutes: float | None

    @property
    def open(self) -> int:
        return self.reports - self.handled


def _handling(row: HandlingCounts) -> Handling:
    return Handling(
        row.community_id,
        row.community,
        row.week,
        row.reports,
        row.handled,
        _minutes(row.median_seconds),
        _minutes(row.p90_seconds),
    )


class ModerationNumbers:
    def __init__(self, reads: AnalyticsMoreReads) -> None:
        self.reads = reads

    def actions(self, scope: AnalyticsScope) -> list[ActionCount]:
        """Decisions per week, action and rule, in week order."""
        return [
            ActionCount(r.week, r.action, r.rule, r.decisions)
            for r in self.reads.mod_actions(scope)
        ]

    def handling(self, scope: AnalyticsScope, *, by: str = "community_week") -> list[Handling]:
        """``by`` "week" (over the chosen communities), "community" (over the window) or
        "community_week"; rows in week, then community name order."""
        return self.handling_by(scope, (by,))[by]

    def handling_by(
        self, scope: AnalyticsScope, groupings: Sequence[str]
    ) -> dict[str, list[Handling]]:
        """Several groupings at once: the reports are read once (the costly part)."""
        found = self.reads.report_handling(scope, by=groupings)
        return {g: [_handling(r) for r in rows] for g, rows in found.items()}


def actions_by_week(actions: list[ActionCount]) -> dict[str, dict[str, int]]:
    """week -> action -> decisions (rules added up)."""
    weeks: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in actions:
        weeks[a.week][a.action] += a.decisions
    return {w: dict(v) for w, v in sorted(weeks.items())}


def actions_by_rule(actions: list[ActionCount]) -> dict[str, dict[str, int]]:
    """rule -> action -> decisions over the window (weeks added up), most decisions first."""
    rules: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in actions:
        rules[a.rule][a.action] += a.decisions
    order = sorted(rules, key=lambda r: (-sum(rules[r].values()), r == NO_RULE, r.casefold()))
    return {r: dict(rules[r]) for r in order}
