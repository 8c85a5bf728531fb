"""Each chart's numbers as a table: what the chart draws, and what its CSV export holds.

The charts draw from these tables, so a CSV holds exactly the numbers drawn: per community
at most ``MAX_COMMUNITIES`` (the ones with most threads; ``workbench report`` lists all).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, TextIO

from workbench.core.analytics.charts import ChartNumbers, CommunityNumbers
from workbench.core.inbox.query import KINDS

MAX_COMMUNITIES = 12
CHART_KEYS = ("activity", "members", "first_reply", "first_reply_weeks", "rates")


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def write_csv(self, out: TextIO) -> None:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow(["" if v is None else v for v in row])


def shown_communities(numbers: ChartNumbers) -> list[CommunityNumbers]:
    """The communities drawn: those with most threads or questions, in name order."""
    busiest = sorted(
        numbers.communities, key=lambda c: (-(c.threads + c.questions), c.community.casefold())
    )[:MAX_COMMUNITIES]
    return sorted(busiest, key=lambda c: (c.community.casefold(), c.community_id))


def activity(numbers: ChartNumbers) -> Table:
    """Items per period and kind, over the chosen communities."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for a in numbers.activity:
        counts[(a.period, a.kind)] += a.items
    order = {k: i for i, k in enumerate(KINDS)}
    rows = sorted(counts.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 99), kv[0][1]))
    return Table(("period", "kind", "items"), [(p, k, n) for (p, k), n in rows])


def first_reply(numbers: ChartNumbers) -> Table:
    return Table(
        ("community", "threads", "answered", "median_minutes", "p90_minutes"),
        [
            (c.community, c.threads, c.answered, c.median_minutes, c.p90_minutes)
            for c in shown_communities(numbers)
        ],
    )


def first_reply_weeks(numbers: ChartNumbers) -> Table:
    return Table(
        ("week", "threads", "answered", "median_minutes", "p90_minutes"),
        [
            (w.week, w.threads, w.answered, w.median_minutes, w.p90_minutes)
            for w in numbers.first_reply_weeks
        ],
    )


def rates(numbers: ChartNumbers) -> Table:
    return Table(
        (
            "community",
            "questions",
            "unanswered",
            "unanswered_rate",
            "threads_judged",
            "covered",
            "coverage",
        ),
        [
            (
                c.community,
                c.questions,
                c.unanswered,
                round(c.unanswered_rate, 4),
                c.judged,
                c.covered,
                round(c.coverage, 4),
            )
            for c in shown_communities(numbers)
        ],
    )


def members(numbers: ChartNumbers) -> Table:
    return Table(
        ("week", "new", "returning"), [(m.week, m.new, m.returning) for m in numbers.members]
    )


TABLES = {
    "activity": activity,
    "members": members,
    "first_reply": first_reply,
    "first_reply_weeks": first_reply_weeks,
    "rates": rates,
}


def table(key: str, numbers: ChartNumbers) -> Table:
    return TABLES[key](numbers)


@dataclass(frozen=True)
class Headline:
    """The few numbers a stakeholder reads first, over everything the filters chose."""

    items: int
    threads: int
    answered: int
    median_minutes: float | None  # only for a single week (a median does not add up)
    p90_minutes: float | None
    questions: int
    unanswered: int
    judged: int
    covered: int
    new_members: int
    returning_members: int

    @property
    def unanswered_rate(self) -> float:
        return self.unanswered / self.questions if self.questions else 0.0

    @property
    def coverage(self) -> float:
        return self.covered / self.judged if self.judged else 0.0


def headline(numbers: ChartNumbers) -> Headline:
    c = numbers.communities
    weeks = numbers.first_reply_weeks
    single = weeks[0] if len(weeks) == 1 else None
    return Headline(
        items=sum(a.items for a in numbers.activity),
        threads=sum(r.threads for r in c),
        answered=sum(r.answered for r in c),
        median_minutes=single.median_minutes if single else None,
        p90_minutes=single.p90_minutes if single else None,
        questions=sum(r.questions for r in c),
        unanswered=sum(r.unanswered for r in c),
        judged=sum(r.judged for r in c),
        covered=sum(r.covered for r in c),
        new_members=sum(m.new for m in numbers.members),
        returning_members=sum(m.returning for m in numbers.members),
    )
