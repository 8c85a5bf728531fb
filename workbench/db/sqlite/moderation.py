"""Moderation on SQLite: the platform reports the sync stored, and erasing a member for real.

Erasing must leave no byte of the member's text in ``workbench.sqlite3``, its ``-wal`` or
``-shm``: ``secure_delete`` makes SQLite overwrite deleted content with zeros (cells and
freed pages), the FTS5 'optimize' rewrites the index's segments so the deleted terms'
old segments are freed (and zeroed), and a TRUNCATE checkpoint copies the WAL into the
file and cuts the WAL to nothing (older frames held the text as first written).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Engine

from workbench.db.interfaces import Erased, PlatformReport, StoreError
from workbench.db.sqlite.analytics_rollup import Rollups
from workbench.db.sqlite.connect import driver_cursor
from workbench.db.sqlite.fts import DELETE_IDS

CHUNK = 500

REPORTS = (
    "SELECT t.id, r.id, r.text, COALESCE(r.score, 1), COALESCE(m.name, ''), r.created_at "
    "FROM items AS r JOIN items AS t "
    "ON t.account_id = r.account_id AND t.external_id = r.parent_external_id "
    "LEFT JOIN members AS m ON m.id = r.author_id "
    # As written in ix_items_open_reports: a report marked done (in the inbox, or by a
    # decision here) is handled, and a million items hold only a few thousand open ones.
    "WHERE r.kind = 'report' AND r.state != 'done' AND r.deleted_at IS NULL "
    "AND t.deleted_at IS NULL"
)
REPORT_IDS = (
    "SELECT r.id FROM items AS t JOIN items AS r "
    "ON r.account_id = t.account_id AND r.parent_external_id = t.external_id "
    "WHERE r.kind = 'report' AND t.id IN ({marks})"
)
# Items the platform put in its queue with no report item (removed by a filter, or a
# platform whose reports are only a flag). The flags term as written in ix_items_flagged.
FLAGGED = (
    "SELECT f.id, f.synced_at FROM items AS f "
    "WHERE (flags LIKE '%reported%' OR flags LIKE '%modqueue%') "
    "AND f.kind != 'report' AND f.deleted_at IS NULL AND f.state != 'done' "
    "AND NOT EXISTS (SELECT 1 FROM items AS r WHERE r.kind = 'report' "
    "AND r.account_id = f.account_id AND r.parent_external_id = f.external_id)"
)


def _chunks(ids: Sequence[int]) -> Iterator[tuple[int, ...]]:
    for start in range(0, len(ids), CHUNK):
        yield tuple(ids[start : start + CHUNK])


def _marks(chunk: tuple[Any, ...]) -> str:
    return ",".join("?" * len(chunk))


class SqliteModeration:
    def __init__(
        self,
        engine: Engine,
        write_lock: threading.RLock,
        translate: Callable[[], AbstractContextManager[None]],
    ) -> None:
        self.engine = engine
        self.write_lock = write_lock
        self._translate = translate

    @contextmanager
    def _cursor(self) -> Iterator[Any]:
        with self._translate(), self.engine.connect() as connection:
            cursor = driver_cursor(connection)
            try:
                yield cursor
            finally:
                cursor.close()

    def platform_reports(self) -> list[PlatformReport]:
        with self._cursor() as cursor:
            reports = [
                PlatformReport(int(t), int(r), str(reason or ""), int(n), str(by), int(at))
                for t, r, reason, n, by, at in cursor.execute(REPORTS).fetchall()
            ]
            for item_id, synced in cursor.execute(FLAGGED).fetchall():
                reports.append(PlatformReport(int(item_id), None, "", 1, "", int(synced)))
        return reports

    def report_ids(self, item_ids: Sequence[int]) -> list[int]:
        found: list[int] = []
        with self._cursor() as cursor:
            for chunk in _chunks(list(dict.fromkeys(item_ids))):
                found += [
                    int(r[0]) for r in cursor.execute(REPORT_IDS.format(marks=_marks(chunk)), chunk)
                ]
        return found

    def erase_members(self, member_ids: Sequence[int], now: int) -> Erased:
        members = tuple(dict.fromkeys(member_ids))
        if not members:
            return Erased(0, 0, 0, 0)
        with self._translate(), self.write_lock, self.engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            cursor = raw.cursor()
            try:
                erased = self._erase(cursor, members, now)
                raw.commit()
                # Outside the transaction: both need it, and the checkpoint must see the
                # erase committed. No reader may hold an old snapshot during it.
                cursor.execute("INSERT INTO items_fts (items_fts) VALUES ('optimize')")
                raw.commit()
                busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy:
                    raise StoreError(
                        "The erase is saved, but another program is reading the workspace, "
                        "so its journal still holds the old text: close it and erase again."
                    )
            finally:
                cursor.execute("PRAGMA secure_delete = OFF")
                cursor.close()
        return erased

    def _erase(self, cursor: Any, members: tuple[int, ...], now: int) -> Erased:
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("BEGIN IMMEDIATE")
        marks = _marks(members)
        item_ids = [
            int(row[0])
            for row in cursor.execute(
                f"SELECT id FROM items WHERE author_id IN ({marks})", members
            ).fetchall()
        ]
        item_notes = reports = 0
        for chunk in _chunks(item_ids):
            cursor.execute(DELETE_IDS.format(marks=_marks(chunk)), chunk)
            # A tombstone, as the sync leaves for an item deleted upstream.
            cursor.execute(
                "UPDATE items SET title='', text='', html='', url='', raw=NULL, "
                "content_hash=0, deleted_at=COALESCE(deleted_at, ?), synced_at=? "
                f"WHERE id IN ({_marks(chunk)})",
                (now, now, *chunk),
            )
            Rollups(cursor).deleted(chunk)  # their threads leave the analytics
            cursor.execute(f"DELETE FROM item_notes WHERE item_id IN ({_marks(chunk)})", chunk)
            item_notes += int(cursor.rowcount)
            cursor.execute(f"DELETE FROM member_reports WHERE item_id IN ({_marks(chunk)})", chunk)
            reports += int(cursor.rowcount)
        cursor.execute(f"DELETE FROM member_notes WHERE member_id IN ({marks})", members)
        notes = int(cursor.rowcount)
        cursor.execute(f"UPDATE members SET display_name='', url='' WHERE id IN ({marks})", members)
        return Erased(len(item_ids), notes, item_notes, reports)
