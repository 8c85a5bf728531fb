"""Triage writes on SQLite: state, priority, assignee, snooze, tags and notes by id lists."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine

from workbench.db.interfaces import TRIAGE_COLUMNS, Snapshot
from workbench.db.sqlite.connect import driver_cursor

CHUNK = 500  # SQLite parameters per IN (...) list, well under its limit
TAGGED = "SELECT item_id FROM item_tags WHERE tag = ? AND item_id IN ({marks})"


def _chunks(ids: Sequence[int]) -> Iterator[tuple[int, ...]]:
    for start in range(0, len(ids), CHUNK):
        yield tuple(ids[start : start + CHUNK])


def _marks(chunk: tuple[Any, ...]) -> str:
    return ",".join("?" * len(chunk))


class SqliteTriage:
    def __init__(self, engine: Engine, write_lock: threading.RLock, explain: Any) -> None:
        self.engine = engine
        self.write_lock = write_lock
        self._explain = explain  # Store.translate: environment errors in plain words

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        with self._explain(), self.write_lock, self.engine.begin() as connection:
            cursor = driver_cursor(connection)
            try:
                yield cursor
            finally:
                cursor.close()

    def change(self, ids: Sequence[int], values: Mapping[str, Any]) -> tuple[Snapshot, ...]:
        unknown = set(values) - TRIAGE_COLUMNS
        if unknown:
            raise ValueError(f"triage cannot change {sorted(unknown)}")
        assignments = ", ".join(f"{column} = ?" for column in values)
        rows: list[Snapshot] = []
        with self._writing() as cursor:
            for chunk in _chunks(ids):
                rows += cursor.execute(
                    "SELECT id, state, priority, assignee, snoozed_until FROM items "
                    f"WHERE id IN ({_marks(chunk)})",
                    chunk,
                ).fetchall()
            for chunk in _chunks(ids):
                cursor.execute(
                    f"UPDATE items SET {assignments} WHERE id IN ({_marks(chunk)})",
                    (*values.values(), *chunk),
                )
        return tuple(rows)

    def add_tag(self, ids: Sequence[int], tag: str) -> list[tuple[int, str]]:
        added: list[tuple[int, str]] = []
        with self._writing() as cursor:
            for chunk in _chunks(ids):
                have = {
                    r[0] for r in cursor.execute(TAGGED.format(marks=_marks(chunk)), (tag, *chunk))
                }
                new = [(i, tag) for i in chunk if i not in have]
                cursor.executemany("INSERT INTO item_tags (item_id, tag) VALUES (?, ?)", new)
                added += new
        return added

    def remove_tag(self, ids: Sequence[int], tag: str) -> list[tuple[int, str]]:
        removed: list[tuple[int, str]] = []
        with self._writing() as cursor:
            for chunk in _chunks(ids):
                had = [
                    (r[0], tag)
                    for r in cursor.execute(TAGGED.format(marks=_marks(chunk)), (tag, *chunk))
                ]
                cursor.executemany("DELETE FROM item_tags WHERE item_id = ? AND tag = ?", had)
                removed += had
        return removed

    def add_notes(self, ids: Sequence[int], text: str, author: str, now: int) -> list[int]:
        added: list[int] = []
        with self._writing() as cursor:
            for item_id in ids:
                cursor.execute(
                    "INSERT INTO item_notes (item_id, author, text, created_at) VALUES (?, ?, ?, ?)",
                    (item_id, author, text, now),
                )
                added.append(int(cursor.lastrowid))
        return added

    def restore(
        self,
        before: Sequence[Snapshot],
        *,
        tags_added: Sequence[tuple[int, str]],
        tags_removed: Sequence[tuple[int, str]],
        notes_added: Sequence[int],
    ) -> None:
        with self._writing() as cursor:
            cursor.executemany(
                "UPDATE items SET state = ?, priority = ?, assignee = ?, snoozed_until = ? "
                "WHERE id = ?",
                [(s, p, a, u, i) for i, s, p, a, u in before],
            )
            cursor.executemany("DELETE FROM item_tags WHERE item_id = ? AND tag = ?", tags_added)
            cursor.executemany(
                "INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", tags_removed
            )
            cursor.executemany("DELETE FROM item_notes WHERE id = ?", [(n,) for n in notes_added])

    def wake_snoozed(self, now: int) -> int:
        with self._writing() as cursor:
            cursor.execute(
                # INDEXED BY: without statistics SQLite would take the state index and
                # read every snoozed row (migration 0007).
                "UPDATE items INDEXED BY ix_items_snoozed SET state = 'new', "
                "snoozed_until = NULL WHERE state = 'snoozed' AND snoozed_until <= ?",
                (now,),
            )
            return int(cursor.rowcount)
