"""New and returning members per week from the member rollups (migration 0017).

docs/analytics.md defines the numbers; ``analytics_trends._members_of_items`` computes them
from the items (the reference). analytics_members_upkeep.py keeps the rollups: per member
and *grid week*, the first and last time they wrote (every kind of item, deleted ones too).

A grid week starts on Thursday 12:00 UTC. A local week starts on Monday 00:00 local time,
between Sunday 10:00 UTC (UTC+14) and Monday 12:00 UTC (UTC-12): every grid week holds
exactly one local week's start (its *cut*), in any zone, summer time or not, and local week
k runs from the cut of grid week k to that of grid week k + 1. A member wrote in it when
their last time in grid week k is at or after its cut, or their first time in grid week
k + 1 is before that one's cut; ``prev_last`` (the last time in the grid week before)
tells the second from the first, so each count is a count over one week's range of rows:

    present(k) = #{week k: last >= cut k} + #{week k+1: first < cut k+1, prev_last < cut k}
    new(k)     = #{members whose first item is in [cut k, cut k+1)}   (analytics_member_firsts)

Returning is present minus new. The team's members (a row with an item flagged own) are
left out. That is the common case: all communities, a window of whole local weeks or
beyond the items' times, no member in two accounts (then the rows of one member could
overlap). Otherwise (a choice of communities, a window's end inside a week) each member's
rows are read: for the part [lo, hi) of a grid week the member wrote in it when first < hi
and last >= lo and (first >= lo or last < hi); only when first < lo and last >= hi (a
window's end inside the grid week, with items on both sides) is the member looked up in
the items, one index seek (ix_items_author). A member's first week is then the local week
of their first time in the chosen communities, as date() names it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from workbench.db.interfaces import AnalyticsScope
from workbench.db.sqlite.analytics_members_upkeep import (
    COMMUNITY_WEEKS,
    FIRSTS,
    GRID,
    GRID_START,
    WEEKS,
)

# All communities: three range counts per local week (see above), for the window's part
# [x, y) of the week: [lo1, hi1) in grid week k, [lo2, hi2) in grid week k + 1 (0, 0:
# none); dlo: a row of week k + 1 whose prev_last is at or after it was counted in week k.
IN_PART = (
    "r.first_at < c.hi{n} AND r.last_at >= c.lo{n} AND (r.first_at >= c.lo{n} "
    "OR r.last_at < c.hi{n} OR EXISTS (SELECT 1 FROM items i WHERE i.author_id = r.member_id "
    "AND i.created_at >= c.lo{n} AND i.created_at < c.hi{n}))"
)
COUNTS = f"""
WITH cuts (w, k, lo1, hi1, lo2, hi2, dlo, x, y, cut, next) AS (VALUES {{cuts}}),
team AS (SELECT member_id AS m FROM analytics_member_weeks WHERE own)
SELECT c.w,
       (SELECT count(*) FROM analytics_member_weeks r
        WHERE r.week = c.k AND {IN_PART.format(n=1)}
          AND r.member_id NOT IN (SELECT m FROM team))
       + (SELECT count(*) FROM analytics_member_weeks r
          WHERE r.week = c.k + 1 AND {IN_PART.format(n=2)}
            AND (r.prev_last IS NULL OR r.prev_last < c.dlo)
            AND r.member_id NOT IN (SELECT m FROM team)),
       (SELECT count(*) FROM analytics_member_firsts f
        WHERE f.first_at >= c.cut AND f.first_at < c.next
          AND f.member_id NOT IN (SELECT m FROM team)
          AND (f.first_at >= c.x AND f.first_at < c.y
               OR EXISTS (SELECT 1 FROM items i WHERE i.author_id = f.member_id
                          AND i.created_at >= c.x AND i.created_at < c.y)))
FROM cuts c ORDER BY c.w
"""
NEVER = 2**62
# A member in two accounts has a row in each: their rows may overlap.
SHARED = "SELECT 1 FROM analytics_member_firsts GROUP BY member_id HAVING count(*) > 1 LIMIT 1"

# -- the read ------------------------------------------------------------------------------

# {seen0}/{seen1}: did the member write in the part of the grid week before / after its
# cut (within the window)? CASE keeps the item lookup to the rows the times cannot decide.
SEEN = (
    "CASE WHEN s.f >= c.hi{n} OR s.l < c.lo{n} THEN 0 WHEN s.f >= c.lo{n} OR s.l < c.hi{n} "
    "THEN 1 ELSE EXISTS (SELECT 1 FROM items x WHERE x.author_id = s.m "
    "AND x.created_at >= c.lo{n} AND x.created_at < c.hi{n} AND {scope}) END"
)
MEMBERS = """
WITH cuts (g, w0, lo0, hi0, w1, lo1, hi1) AS (VALUES {cuts}),
team AS (SELECT member_id AS m FROM analytics_member_weeks WHERE own),
grid AS (
    SELECT r.member_id AS m, r.week AS g, min(r.first_at) AS f, max(r.last_at) AS l
    FROM {table} r
    WHERE r.week BETWEEN ? AND ? AND {scope} AND r.member_id NOT IN (SELECT m FROM team)
    GROUP BY r.member_id, r.week
),
seen AS (
    SELECT s.m AS m, c.w0 AS w FROM grid s JOIN cuts c ON c.g = s.g WHERE {seen0}
    UNION
    SELECT s.m AS m, c.w1 AS w FROM grid s JOIN cuts c ON c.g = s.g WHERE {seen1}
),
firsts AS (
    SELECT a.m AS m,
           (SELECT date(min(j.first_at), 'unixepoch', 'localtime', 'weekday 0', '-6 days')
            FROM {firsts} j WHERE j.member_id = a.m AND {scope_j}) AS first
    FROM (SELECT DISTINCT m FROM seen) a
)
SELECT k.w, sum(k.w = f.first), sum(k.w > f.first)
FROM seen k JOIN firsts f ON f.m = k.m
GROUP BY k.w ORDER BY k.w
"""


def grid_week(t: int) -> int:
    return (t - GRID_START) // GRID


def cuts(
    weeks: Sequence[tuple[str, int, int]], first: int, last: int, scope: AnalyticsScope
) -> list[tuple[Any, ...]] | None:
    """(grid week, label before, lo, hi, label after, lo, hi) of every grid week from the
    one holding ``first`` to the one holding ``last``, from ``weeks`` (local weeks covering
    them whole, analytics_weeks.local_weeks); None when a grid week does not hold exactly
    one week start (a zone beyond UTC-12..UTC+14)."""
    since = -(2**62) if scope.since is None else scope.since
    until = 2**62 if scope.until is None else scope.until
    found: dict[int, tuple[Any, ...]] = {}
    for before, after in itertools.pairwise(weeks):
        cut = after[1]
        g = grid_week(cut)
        if g in found:
            return None
        start, end = GRID_START + g * GRID, GRID_START + (g + 1) * GRID
        lo0, hi0 = max(start, since), min(cut, until)
        lo1, hi1 = max(cut, since), min(end, until)
        found[g] = (
            g,
            before[0],
            *((lo0, hi0) if lo0 < hi0 else (0, 0)),
            after[0],
            *((lo1, hi1) if lo1 < hi1 else (0, 0)),
        )
    wanted = range(grid_week(first), grid_week(last) + 1)
    if any(g not in found for g in wanted):
        return None
    return [found[g] for g in wanted]


def members_sql(
    scope: AnalyticsScope, grid: list[tuple[Any, ...]], scope_sql: Any
) -> tuple[str, list[Any]]:
    """The query and its parameters; ``scope_sql`` is analytics.py's ``_scope``."""
    everywhere = replace(scope, since=None, until=None)
    chosen = bool(scope.community_ids or scope.platforms or scope.community_types)
    table = COMMUNITY_WEEKS if chosen else WEEKS
    where_r, params_r = scope_sql(everywhere, community="r.community_id")
    where_x, params_x = scope_sql(everywhere, community="x.community_id")
    where_j, params_j = scope_sql(everywhere, community="j.community_id")
    sql = MEMBERS.format(
        cuts=", ".join("(?, ?, ?, ?, ?, ?, ?)" for _ in grid),
        table=table,
        firsts=COMMUNITY_WEEKS if chosen else FIRSTS,
        scope=where_r,
        seen0=SEEN.format(n=0, scope=where_x),
        seen1=SEEN.format(n=1, scope=where_x),
        scope_j=where_j,
    )
    params = [v for row in grid for v in row]
    params += [grid[0][0], grid[-1][0], *params_r, *params_x, *params_x, *params_j]
    return sql, params


def clamp(scope: AnalyticsScope, first: int, last: int) -> AnalyticsScope:
    """The same scope without the window's ends that hold every item (``first``..``last``
    are the items' times): nothing to look up at those ends."""
    since = None if scope.since is None or scope.since <= first else scope.since
    until = None if scope.until is None or scope.until > last else scope.until
    return replace(scope, since=since, until=until)


def counts_sql(
    scope: AnalyticsScope, weeks: Sequence[tuple[str, int, int]]
) -> tuple[str, list[Any]] | None:
    """COUNTS for the local ``weeks`` of the window, or None when it does not apply (a
    choice of communities, a week not cut by the grid)."""
    if scope.community_ids or scope.platforms or scope.community_types:
        return None
    since = -NEVER if scope.since is None else scope.since
    until = NEVER if scope.until is None else scope.until
    values: list[Any] = []
    for label, start, end in weeks:
        k = grid_week(start)
        if grid_week(end) != k + 1:
            return None
        x, y, middle = max(start, since), min(end, until), GRID_START + (k + 1) * GRID
        first = (max(x, start), min(y, middle))
        second = (max(x, middle), min(y, end))
        first, second = (p if p[0] < p[1] else (0, 0) for p in (first, second))
        dlo = first[0] if first[1] else NEVER
        values += [label, k, *first, *second, dlo, x, y, start, end]
    marks = ", ".join("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" for _ in weeks)
    return COUNTS.format(cuts=marks), values
