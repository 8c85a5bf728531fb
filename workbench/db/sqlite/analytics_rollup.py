"""Analytics' pre-aggregated tables in SQLite (migration 0015), kept in step with items.

- ``analytics_activity``: items per UTC hour x community x kind. A local day or week is a
  whole number of hours in a zone whose offset is whole hours, so the per-day and per-week
  counts come exactly from the hours (analytics.py reads the window's partial edge hours
  from the items themselves).
- ``analytics_threads``: one row per thread start by a member (a post, a conversation's
  first message) and per member question post, not deleted, with the time of the first
  team item in the thread at or after it (NULL: never answered). First reply, coverage and
  unanswered questions read it instead of looking the reply up per thread.

Every write of items calls ``Rollups`` in the same transaction (sqlite/items.py for the
sync and the archive imports, sqlite/moderation.py for member erasure), set-based: one
statement per table per batch, never one per item. Threads are recomputed whole: a batch's
affected threads (account, thread id) lose their rows and get them again from the items,
which covers new posts, team replies, edits, deletions and restores alike. Member comments
start no thread and answer none, so they cost nothing here (most items are comments).

``rebuild`` fills both tables from the items with one INSERT ... SELECT each (the
migration's backfill, and a repair).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

HOUR = 3600

# The same words as analytics.py's MEMBER and TEAM (the flag ``own``, exactly).
MEMBER = "(',' || {t}.flags || ',') NOT LIKE '%,own,%'"
TEAM = "r.flags LIKE '%own%' AND (',' || r.flags || ',') LIKE '%,own,%'"
# An item's thread for the upkeep: its thread id, or its own id when it has none.
GROUP = "coalesce({t}.thread_external_id, {t}.external_id)"
# Items that can change a thread row: posts and messages (the rows), the team's items (the
# replies). Member comments, reports and mentions do not: most items cost nothing here.
MATTERS = "({t}.kind IN ('post', 'message') OR {t}.flags LIKE '%own%')"

FIRST_TEAM = (
    "(SELECT min(r.created_at) FROM items r WHERE r.account_id = {a} "
    "AND r.thread_external_id = {thread} AND " + TEAM + " AND r.created_at >= {at})"
)

# Member posts that start a thread or are questions (unanswered questions count every
# member post flagged question, first reply only thread starts).
POST_COLUMNS = (
    "i.id, i.account_id, i.community_id, " + GROUP.format(t="i") + ", i.created_at, "
    "(i.thread_external_id IS NULL OR i.thread_external_id = i.external_id), "
    "(i.flags LIKE '%question%'), "
    + FIRST_TEAM.format(a="i.account_id", thread=GROUP.format(t="i"), at="i.created_at")
)
POST_TERMS = (
    "i.kind = 'post' AND i.community_id IS NOT NULL AND i.deleted_at IS NULL AND "
    + MEMBER.format(t="i")
    + " AND (i.thread_external_id IS NULL OR i.thread_external_id = i.external_id "
    "OR i.flags LIKE '%question%')"
)
# A conversation's first message (analytics.py's openers: the earliest message of the
# thread, counted when a member wrote it and it is not deleted).
OPENER_COLUMNS = "o.id, o.a, o.cid, o.g, o.at, 1, 0, " + FIRST_TEAM.format(
    a="o.a", thread="o.t", at="o.at"
)
OPENER_TERMS = "o.cid IS NOT NULL AND o.gone IS NULL AND " + MEMBER.format(t="o")
INSERT_THREADS = (
    "INSERT INTO analytics_threads (item_id, account_id, community_id, thread, created_at, "
    "starts, question, first_reply_at) "
)

# -- rebuild (the migration's backfill) ----------------------------------------------------

REBUILD_THREADS = (
    INSERT_THREADS
    + f"SELECT {POST_COLUMNS} FROM items i WHERE {POST_TERMS} "
    + "UNION ALL "
    + f"SELECT {OPENER_COLUMNS} FROM ("
    "SELECT i.id AS id, min(i.created_at) AS at, i.account_id AS a, i.community_id AS cid, "
    "i.thread_external_id AS t, " + GROUP.format(t="i") + " AS g, i.flags AS flags, "
    "i.deleted_at AS gone FROM items i WHERE i.kind = 'message' AND i.kind != 'comment' "
    "GROUP BY i.account_id, " + GROUP.format(t="i") + f") o WHERE {OPENER_TERMS}"
)
ACTIVITY_COLUMNS = "i.created_at / 3600 * 3600, i.community_id, i.kind, count(*)"
REBUILD_ACTIVITY = (
    "INSERT INTO analytics_activity (hour, community_id, kind, items) "
    f"SELECT {ACTIVITY_COLUMNS} FROM items i WHERE i.community_id IS NOT NULL "
    "GROUP BY 1, 2, 3"
)

# -- upkeep --------------------------------------------------------------------------------

# The threads of the items chosen by {which} (on items i, by id); they are few per batch.
# NOT INDEXED: for the DISTINCT SQLite would rather walk all of ix_items_thread (a million
# entries per batch) than read the batch's rows by id (the primary key stays usable).
KEYS = (
    "WITH k AS MATERIALIZED (SELECT DISTINCT i.account_id AS a, " + GROUP.format(t="i") + " AS g "
    "FROM items i NOT INDEXED WHERE {which} AND " + MATTERS.format(t="i") + ")"
)
# Through ix_analytics_threads_thread per thread (a row value IN (...) used only its
# first column: every row of the account, per batch).
DROP_THREADS = (
    KEYS + " DELETE FROM analytics_threads WHERE item_id IN (SELECT t.item_id FROM k "
    "JOIN analytics_threads t ON t.account_id = k.a AND t.thread = k.g)"
)
# Each thread's posts and messages through the indexes, each walked once: by id (unique
# account + external id: its post, or a message without a thread id) and by thread id
# (ix_items_thread_rows, posts and messages only: its messages and other question posts;
# ix_items_thread would read the row of every comment too). Only the columns needed.
FOUND = (
    "i.id AS id, i.account_id AS account_id, i.community_id AS community_id, i.kind AS kind, "
    "i.external_id AS external_id, i.thread_external_id AS thread_external_id, "
    "i.created_at AS created_at, i.flags AS flags, i.deleted_at AS deleted_at"
)
ADD_THREADS = (
    KEYS + ", by_id AS MATERIALIZED ("
    f"SELECT {FOUND} FROM k JOIN items i ON i.account_id = k.a AND i.external_id = k.g "
    "WHERE i.kind IN ('post', 'message')), "
    "by_thread AS MATERIALIZED ("
    f"SELECT {FOUND} FROM k JOIN items i INDEXED BY ix_items_thread_rows "
    "ON i.account_id = k.a AND i.thread_external_id = k.g "
    "WHERE i.kind IN ('post', 'message') AND i.external_id != k.g), "
    "msgs AS ("
    "SELECT * FROM by_thread WHERE kind = 'message' "
    "UNION ALL SELECT * FROM by_id WHERE kind = 'message' AND (thread_external_id IS NULL "
    "OR thread_external_id = external_id)), "
    "posts AS ("
    "SELECT * FROM by_id WHERE kind = 'post' AND (thread_external_id IS NULL "
    "OR thread_external_id = external_id) "
    "UNION ALL SELECT * FROM by_thread WHERE kind = 'post') "
    + INSERT_THREADS
    + f"SELECT {POST_COLUMNS} FROM posts i WHERE {POST_TERMS} "
    + "UNION ALL "
    + f"SELECT {OPENER_COLUMNS} FROM ("
    "SELECT i.id AS id, min(i.created_at) AS at, i.account_id AS a, i.community_id AS cid, "
    "i.thread_external_id AS t, " + GROUP.format(t="i") + " AS g, i.flags AS flags, "
    "i.deleted_at AS gone FROM msgs i GROUP BY i.account_id, " + GROUP.format(t="i") + ") o "
    f"WHERE {OPENER_TERMS}"
)
ADD_ACTIVITY = (
    "INSERT INTO analytics_activity (hour, community_id, kind, items) "
    f"SELECT {ACTIVITY_COLUMNS} FROM items i WHERE {{which}} AND i.community_id IS NOT NULL "
    "GROUP BY 1, 2, 3 "
    "ON CONFLICT (hour, community_id, kind) DO UPDATE SET items = items + excluded.items"
)
# Before items are rewritten: their old hours leave the counts (a row may stay at zero:
# the reads skip those, rather than every rewrite scanning the table for them).
SUBTRACT_ACTIVITY = (
    "INSERT INTO analytics_activity (hour, community_id, kind, items) "
    f"SELECT {ACTIVITY_COLUMNS} FROM items i WHERE {{which}} AND i.community_id IS NOT NULL "
    "GROUP BY 1, 2, 3 "
    "ON CONFLICT (hour, community_id, kind) DO UPDATE SET items = items - excluded.items"
)

NEW = "i.id > ?"


def _ids(ids: Sequence[int]) -> str:
    return f"i.id IN ({','.join('?' * len(ids))})"


class Rollups:
    """The upkeep of one batch of item writes, on the writer's DBAPI cursor and inside its
    transaction (so the tables commit, or roll back, with the items)."""

    def __init__(self, cursor: Any) -> None:
        self.cur = cursor

    def _run(self, sql: str, which: str, params: Sequence[Any]) -> None:
        self.cur.execute(sql.format(which=which), tuple(params))

    def added(self, after_id: int) -> None:
        """Items above ``after_id`` were just inserted."""
        self._run(ADD_ACTIVITY, NEW, (after_id,))
        self._threads(NEW, (after_id,))

    def before_change(self, ids: Sequence[int]) -> None:
        """Items ``ids`` are about to be rewritten (their time, kind or thread may change):
        their old hours and threads leave the tables."""
        if ids:
            self._run(SUBTRACT_ACTIVITY, _ids(ids), ids)
            self._run(DROP_THREADS, _ids(ids), ids)

    def changed(self, ids: Sequence[int]) -> None:
        """Items ``ids`` were rewritten (after ``before_change``)."""
        if ids:
            self._run(ADD_ACTIVITY, _ids(ids), ids)
            self._threads(_ids(ids), ids)

    def deleted(self, ids: Sequence[int]) -> None:
        """Items ``ids`` were marked deleted (activity keeps counting them)."""
        if ids:
            self._threads(_ids(ids), ids)

    def _threads(self, which: str, params: Sequence[Any]) -> None:
        self._run(DROP_THREADS, which, params)
        self._run(ADD_THREADS, which, params)


def rebuild(cursor: Any) -> None:
    """Fill the tables again from every item (one INSERT ... SELECT each)."""
    cursor.execute("DELETE FROM analytics_activity")
    cursor.execute("DELETE FROM analytics_threads")
    cursor.execute(REBUILD_ACTIVITY)
    cursor.execute(REBUILD_THREADS)
