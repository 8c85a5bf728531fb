"""The member rollups' upkeep and rebuild (migration 0017; analytics_members.py reads them).

- ``analytics_member_weeks`` (grid week, account, member): the first and last time the
  member wrote in that grid week (every community, or none), ``prev_last`` (their last
  time in the grid week before, NULL when they wrote nothing then) and ``own`` (one of
  those items is flagged own: the member is the team's). Keyed by week first, so each
  week's rows are one range of the table.
- ``analytics_member_firsts`` (member, account): the member's first item over all time.
- ``analytics_member_community_weeks`` (community, member, grid week): first and last
  time per community, for a choice of communities.

Run by analytics_rollup.Rollups in the writer's transaction, set-based per batch: one
upsert per table (the DO UPDATE only when a time moves or the flag appears), and for the
member weeks one UPDATE of ``prev_last`` on the batch's rows and the rows of the week
after. Marking items deleted changes nothing (deleted items count); a rewrite recounts the
rows of its items' old and new keys from the items (min and max cannot be taken back);
removing an account removes its rows by cascade.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

GRID_START = 43200  # Thursday 1 January 1970, 12:00 UTC
GRID = 7 * 86400
WEEK = f"({{t}} - {GRID_START}) / {GRID}"
OWN = "(i.flags LIKE '%own%' AND (',' || i.flags || ',') LIKE '%,own,%')"

WEEKS = "analytics_member_weeks"
FIRSTS = "analytics_member_firsts"
COMMUNITY_WEEKS = "analytics_member_community_weeks"

WEEK_COLUMNS = (
    f"{WEEK.format(t='i.created_at')}, i.account_id, i.author_id, min(i.created_at), "
    f"max(i.created_at), max{OWN}"
)
INSERT_WEEKS = f"INSERT INTO {WEEKS} (week, account_id, member_id, first_at, last_at, own) "
MERGE_WEEKS = (
    "ON CONFLICT (week, account_id, member_id) DO UPDATE SET "
    "first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at), "
    "own = max(own, excluded.own) WHERE excluded.first_at < first_at "
    "OR excluded.last_at > last_at OR excluded.own > own"
)
FIRST_COLUMNS = "i.author_id, i.account_id, min(i.created_at)"
INSERT_FIRSTS = f"INSERT INTO {FIRSTS} (member_id, account_id, first_at) "
MERGE_FIRSTS = (
    "ON CONFLICT (member_id, account_id) DO UPDATE SET first_at = excluded.first_at "
    "WHERE excluded.first_at < first_at"
)
COMMUNITY_COLUMNS = (
    f"i.community_id, i.author_id, {WEEK.format(t='i.created_at')}, "
    "min(i.created_at), max(i.created_at)"
)
INSERT_COMMUNITY_WEEKS = (
    f"INSERT INTO {COMMUNITY_WEEKS} (community_id, member_id, week, first_at, last_at) "
)
MERGE_COMMUNITY_WEEKS = (
    "ON CONFLICT (community_id, member_id, week) DO UPDATE SET "
    "first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at) "
    "WHERE excluded.first_at < first_at OR excluded.last_at > last_at"
)
AUTHORED = "i.author_id IS NOT NULL"
IN_COMMUNITY = "i.author_id IS NOT NULL AND i.community_id IS NOT NULL"

# -- rebuild (the migration's backfill) ----------------------------------------------------

# prev_last from the grouped rows themselves (the row of the week before, if any).
REBUILD_WEEKS = (
    f"INSERT INTO {WEEKS} (week, account_id, member_id, first_at, last_at, own, prev_last) "
    "SELECT w, a, m, f, l, o, CASE WHEN lag(w) OVER win = w - 1 THEN lag(l) OVER win END "
    f"FROM (SELECT {WEEK.format(t='i.created_at')} AS w, i.account_id AS a, i.author_id AS m, "
    f"min(i.created_at) AS f, max(i.created_at) AS l, max{OWN} AS o "
    f"FROM items i WHERE {AUTHORED} GROUP BY i.account_id, i.author_id, 1) "
    "WINDOW win AS (PARTITION BY a, m ORDER BY w)"
)
REBUILD_FIRSTS = (
    INSERT_FIRSTS + f"SELECT {FIRST_COLUMNS} FROM items i WHERE {AUTHORED} GROUP BY 1, 2"
)
REBUILD_COMMUNITY_WEEKS = (
    INSERT_COMMUNITY_WEEKS + f"SELECT {COMMUNITY_COLUMNS} FROM items i WHERE {IN_COMMUNITY} "
    "GROUP BY i.community_id, i.author_id, 3"
)

# -- upkeep --------------------------------------------------------------------------------

ADD_WEEKS = (
    f"INSERT INTO {WEEKS} (week, account_id, member_id, first_at, last_at, own, prev_last) "
    f"SELECT *, (SELECT p.last_at FROM {WEEKS} p WHERE p.week = g.w - 1 "
    "AND p.account_id = g.a AND p.member_id = g.m) "
    f"FROM (SELECT {WEEK.format(t='i.created_at')} AS w, i.account_id AS a, i.author_id AS m, "
    f"min(i.created_at), max(i.created_at), max{OWN} FROM items i "
    f"WHERE {{which}} AND {AUTHORED} GROUP BY 1, 2, 3) AS g WHERE 1 {MERGE_WEEKS}"
)
ADD_FIRSTS = (
    INSERT_FIRSTS + f"SELECT {FIRST_COLUMNS} FROM items i WHERE {{which}} AND {AUTHORED} "
    f"GROUP BY 1, 2 {MERGE_FIRSTS}"
)
ADD_COMMUNITY_WEEKS = (
    INSERT_COMMUNITY_WEEKS
    + f"SELECT {COMMUNITY_COLUMNS} FROM items i WHERE {{which}} AND {IN_COMMUNITY} "
    f"GROUP BY 1, 2, 3 {MERGE_COMMUNITY_WEEKS}"
)
# The keys [account, community, member, grid week] of items by id, as JSON rows.
KEYS_OF = (
    "SELECT DISTINCT i.account_id, i.community_id, i.author_id, "
    f"{WEEK.format(t='i.created_at')} FROM items i WHERE {{which}} AND {AUTHORED}"
)
KEYS = (
    "WITH k AS MATERIALIZED (SELECT DISTINCT value ->> 0 AS a, value ->> 1 AS c, "
    "value ->> 2 AS m, value ->> 3 AS w FROM json_each(?)) "
)
# prev_last of rows (the {rows}: the keys and the week after each), looked up by primary
# key and written only where it changed.
PREVIOUS = (
    f"UPDATE {WEEKS} AS r SET prev_last = j.pl FROM ("
    "SELECT n.w AS w, n.a AS a, n.m AS m, p.last_at AS pl FROM ({rows}) AS n "
    f"LEFT JOIN {WEEKS} p ON p.week = n.w - 1 AND p.account_id = n.a AND p.member_id = n.m"
    ") AS j WHERE r.week = j.w AND r.account_id = j.a AND r.member_id = j.m "
    "AND r.prev_last IS NOT j.pl"
)
KEYS_AND_NEXT = "SELECT w, a, m FROM k UNION SELECT w + 1, a, m FROM k"
BATCH_KEYS = (
    f"WITH k AS MATERIALIZED (SELECT DISTINCT {WEEK.format(t='i.created_at')} AS w, "
    f"i.account_id AS a, i.author_id AS m FROM items i WHERE {{which}} AND {AUTHORED}) "
)
# A new row gets its prev_last as it is inserted (ADD_WEEKS); a batch changes the
# prev_last of a row already there only through the row of the week before, so only the
# rows of the week after the batch's are looked at again (46 -> 13 ms of CPU for a
# 5,000-item batch on 1,000,000 items, against every row of both).
ADD_PREVIOUS = BATCH_KEYS + PREVIOUS.format(rows="SELECT DISTINCT w + 1 AS w, a, m FROM k")
KEY_RANGE = (
    f"i.author_id = k.m AND i.created_at >= k.w * {GRID} + {GRID_START} "
    f"AND i.created_at < (k.w + 1) * {GRID} + {GRID_START}"
)
RECOUNT = (
    KEYS + f"DELETE FROM {WEEKS} WHERE (week, account_id, member_id) IN (SELECT w, a, m FROM k)",
    KEYS + INSERT_WEEKS + f"SELECT {WEEK_COLUMNS} FROM (SELECT DISTINCT w, a, m FROM k) k "
    f"JOIN items i ON {KEY_RANGE} AND i.account_id = k.a "
    "WHERE 1 GROUP BY 1, 2, 3",
    KEYS + PREVIOUS.format(rows=KEYS_AND_NEXT),
    KEYS + f"DELETE FROM {FIRSTS} WHERE (member_id, account_id) IN (SELECT m, a FROM k)",
    KEYS + INSERT_FIRSTS + f"SELECT {FIRST_COLUMNS} FROM (SELECT DISTINCT m, a FROM k) k "
    "JOIN items i ON i.author_id = k.m AND i.account_id = k.a WHERE 1 GROUP BY 1, 2",
    KEYS + f"DELETE FROM {COMMUNITY_WEEKS} WHERE (community_id, member_id, week) IN "
    "(SELECT c, m, w FROM k WHERE c IS NOT NULL)",
    KEYS
    + INSERT_COMMUNITY_WEEKS
    + f"SELECT {COMMUNITY_COLUMNS} FROM (SELECT DISTINCT c, m, w FROM k WHERE c IS NOT NULL) k "
    f"JOIN items i ON {KEY_RANGE} AND i.community_id = k.c WHERE 1 GROUP BY 1, 2, 3",
)


class MemberWeeks:
    """The member rollups' share of one batch's upkeep (on the writer's cursor)."""

    def __init__(self, cursor: Any) -> None:
        self.cur = cursor
        self._old: set[tuple[Any, ...]] = set()

    def added(self, which: str, params: Sequence[Any]) -> None:
        for sql in (ADD_WEEKS, ADD_PREVIOUS, ADD_FIRSTS, ADD_COMMUNITY_WEEKS):
            self.cur.execute(sql.format(which=which), tuple(params))

    def before_change(self, which: str, params: Sequence[Any]) -> None:
        self._old |= self._keys(which, params)

    def changed(self, which: str, params: Sequence[Any]) -> None:
        """After the rewrite of every item given to ``before_change`` (the writer rewrites
        a batch's items, then reports them chunk by chunk): the first call recounts the old
        keys of all of them too."""
        keys = json.dumps(sorted(self._keys(which, params) | self._old))
        self._old = set()
        for sql in RECOUNT:
            self.cur.execute(sql, (keys,))

    def _keys(self, which: str, params: Sequence[Any]) -> set[tuple[Any, ...]]:
        return {tuple(r) for r in self.cur.execute(KEYS_OF.format(which=which), tuple(params))}


def rebuild_members(cursor: Any) -> None:
    for table in (WEEKS, FIRSTS, COMMUNITY_WEEKS):
        cursor.execute(f"DELETE FROM {table}")
    for sql in (REBUILD_WEEKS, REBUILD_FIRSTS, REBUILD_COMMUNITY_WEEKS):
        cursor.execute(sql)
