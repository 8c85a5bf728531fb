"""Moderation and prompt numbers in SQLite (docs/analytics.md defines each).

Decisions keep their community as text (the log outlives the community), so a decision
belongs to the chosen communities when its community's name is one of theirs. A report is
a report item the sync stored (``kind = 'report'``, its parent the reported item) or one
recorded by hand (``member_reports``); its queue entry is the reported item, and the first
decision on that item at or after the report handles it (ix_mod_decisions_item answers
that with one index lookup per report). Medians and 90th percentiles as in analytics.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from workbench.db.interfaces import (
    AnalyticsScope,
    HandlingCounts,
    ModActionCount,
    PromptUseOutcome,
)
from workbench.db.sqlite.connect import ReadLane

# The Monday of the local week of an epoch column ('weekday 0': the next Sunday or the day).
WEEK = "date({c}, 'unixepoch', 'localtime', 'weekday 0', '-6 days')"


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _where(
    scope: AnalyticsScope, *, created: str, community: str, by_name: bool = False
) -> tuple[str, list[Any]]:
    """WHERE terms: the window on ``created``, the communities on ``community`` (an id, or
    with ``by_name`` a community's name)."""
    terms: list[str] = []
    params: list[Any] = []
    chosen: list[str] = []
    for column, values in (
        ("id", scope.community_ids),
        ("platform", scope.platforms),
        ("community_type", scope.community_types),
    ):
        if values:
            chosen.append(f"{column} IN ({_marks(values)})")
            params += values
    if chosen:
        key = "name" if by_name else "id"
        terms.append(f"{community} IN (SELECT {key} FROM communities WHERE {' AND '.join(chosen)})")
    if scope.since is not None:
        terms.append(f"{created} >= ?")
        params.append(scope.since)
    if scope.until is not None:
        terms.append(f"{created} < ?")
        params.append(scope.until)
    return " AND ".join(terms) or "1", params


ACTIONS = """
SELECT {week} AS w, d.action, d.rule, count(*)
FROM mod_decisions d WHERE {scope}
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""

# Reports received in the window, each with the wait to the first decision on its item.
# Report items are read through ix_items_kind_created (its condition word for word).
HANDLING = """
WITH reports AS MATERIALIZED (
    SELECT t.id AS item, t.community_id AS cid, r.created_at AS at
    FROM items r JOIN items t
      ON t.account_id = r.account_id AND t.external_id = r.parent_external_id
    WHERE r.kind = 'report' AND r.kind != 'comment' AND {item_scope}
    UNION ALL
    SELECT t.id, t.community_id, m.created_at
    FROM member_reports m JOIN items t ON t.id = m.item_id
    WHERE {member_scope}
),
waits AS MATERIALIZED (
    SELECT p.cid AS cid, {week} AS week,
           (SELECT min(d.created_at) FROM mod_decisions d
            WHERE d.item_id = p.item AND d.created_at >= p.at) - p.at AS wait
    FROM reports p
),
grouped AS ({groups}),
ranked AS (
    SELECT g, gc, gw, wait,
           row_number() OVER (PARTITION BY g, gc, gw ORDER BY wait) AS k,
           count(*) OVER (PARTITION BY g, gc, gw) AS n
    FROM grouped WHERE wait IS NOT NULL
),
handled AS (
    SELECT g, gc, gw, max(n) AS n,
           avg(CASE WHEN k IN ((n + 1) / 2, (n + 2) / 2) THEN wait END) AS median,
           max(CASE WHEN k = (9 * n + 9) / 10 THEN wait END) AS p90
    FROM ranked GROUP BY g, gc, gw
),
totals AS (SELECT g, gc, gw, count(*) AS reports FROM grouped GROUP BY g, gc, gw)
SELECT t.g, t.gc, coalesce(c.name, ''), t.gw, t.reports, coalesce(h.n, 0), h.median, h.p90
FROM totals t
LEFT JOIN handled h ON h.g = t.g AND h.gc IS t.gc AND h.gw = t.gw
LEFT JOIN communities c ON c.id = t.gc
ORDER BY t.g, t.gw, coalesce(c.name, ''), t.gc
"""
# Each grouping reads the reports' waits once computed (the costly part: each report's
# item and its first decision): (community, week) columns per grouping.
GROUPS = {
    "week": ("NULL", "week"),
    "community": ("cid", "''"),
    "community_week": ("cid", "week"),
}


def _groups(by: Sequence[str]) -> str:
    return " UNION ALL ".join(
        f"SELECT '{g}' AS g, {GROUPS[g][0]} AS gc, {GROUPS[g][1]} AS gw, wait FROM waits"
        for g in dict.fromkeys(by)
    )


# A use's time is when its post was to go out (its due time, else when it was made).
USES = """
SELECT u.id, u.prompt_id, p.text, u.community_id, c.name, u.counted_at IS NOT NULL,
       u.member_replies, u.members, u.first_reply_seconds
FROM prompt_uses u
JOIN prompts p ON p.id = u.prompt_id
JOIN communities c ON c.id = u.community_id
WHERE u.state IN ({states}) AND {scope}
ORDER BY u.id
"""


class SqliteAnalyticsMore:
    def __init__(self, path: str) -> None:
        self._lane = ReadLane(path)

    def _all(self, sql: str, params: list[Any]) -> list[sqlite3.Row]:
        with self._lane.cursor() as cursor:
            return list(cursor.execute(sql, params).fetchall())

    def mod_actions(self, scope: AnalyticsScope) -> list[ModActionCount]:
        where, params = _where(scope, created="d.created_at", community="d.community", by_name=True)
        sql = ACTIONS.format(week=WEEK.format(c="d.created_at"), scope=where)
        return [
            ModActionCount(str(w), str(a), str(r or ""), int(n))
            for w, a, r, n in self._all(sql, params)
        ]

    def report_handling(
        self, scope: AnalyticsScope, *, by: Sequence[str]
    ) -> dict[str, list[HandlingCounts]]:
        unknown = [g for g in by if g not in GROUPS]
        if unknown or not by:
            raise ValueError(
                f"Reports are grouped by week, community or community_week, not {unknown!r}."
            )
        item_where, item_params = _where(scope, created="r.created_at", community="t.community_id")
        member_where, member_params = _where(
            scope, created="m.created_at", community="t.community_id"
        )
        sql = HANDLING.format(
            item_scope=item_where,
            member_scope=member_where,
            week=WEEK.format(c="p.at"),
            groups=_groups(by),
        )
        found: dict[str, list[HandlingCounts]] = {g: [] for g in by}
        for g, cid, name, week, reports, handled, median, p90 in self._all(
            sql, item_params + member_params
        ):
            found[str(g)].append(
                HandlingCounts(
                    None if cid is None else int(cid),
                    str(name),
                    str(week),
                    int(reports),
                    int(handled),
                    None if median is None else float(median),
                    None if p90 is None else float(p90),
                )
            )
        return found

    def prompt_uses(
        self, scope: AnalyticsScope, *, states: Sequence[str]
    ) -> list[PromptUseOutcome]:
        if not states:
            return []
        where, params = _where(
            scope, created="coalesce(u.due_at, u.created_at)", community="u.community_id"
        )
        sql = USES.format(states=_marks(states), scope=where)
        return [
            PromptUseOutcome(
                int(r[0]),
                int(r[1]),
                str(r[2]),
                int(r[3]),
                str(r[4]),
                bool(r[5]),
                int(r[6] or 0),
                int(r[7] or 0),
                None if r[8] is None else int(r[8]),
            )
            for r in self._all(sql, [*states, *params])
        ]

    def close(self) -> None:
        self._lane.close()
