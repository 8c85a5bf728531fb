"""Triage actions on a list of items, each returning an undo record.

States: new, needs_reply, waiting, done, snoozed (until a time, then back to new when
``wake_snoozed`` runs). Every action snapshots what it changes first, so ``undo`` puts
back exactly the previous values, even on a multi-selection with mixed states.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from workbench.core.inbox.query import STATE_LABELS, State
from workbench.db.store import Store

CHUNK = 500


@dataclass(frozen=True)
class UndoRecord:
    """What one action changed; ``label`` says it in words ("Mark done (3 items)")."""

    label: str
    # (id, state, priority, assignee, snoozed_until) before the action
    before: tuple[tuple[int, str, int, str | None, int | None], ...] = ()
    tags_added: tuple[tuple[int, str], ...] = ()
    tags_removed: tuple[tuple[int, str], ...] = ()
    notes_added: tuple[int, ...] = ()
    ids: tuple[int, ...] = field(default=())


def _chunks(ids: Sequence[int]) -> Iterator[tuple[int, ...]]:
    for start in range(0, len(ids), CHUNK):
        yield tuple(ids[start : start + CHUNK])


def _marks(chunk: tuple[Any, ...]) -> str:
    return ",".join("?" * len(chunk))


def _plural(label: str, ids: Sequence[int]) -> str:
    return f"{label} ({len(ids)} item{'s' if len(ids) != 1 else ''})"


class Triage:
    def __init__(self, store: Store) -> None:
        self.store = store

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        with self.store.write_lock, self.store.engine.begin() as connection:
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                yield cursor
            finally:
                cursor.close()

    def _snapshot(self, cursor: Any, ids: Sequence[int]) -> tuple[Any, ...]:
        rows: list[tuple[int, str, int, str | None, int | None]] = []
        for chunk in _chunks(ids):
            rows += cursor.execute(
                "SELECT id, state, priority, assignee, snoozed_until FROM items "
                f"WHERE id IN ({_marks(chunk)})",
                chunk,
            ).fetchall()
        return tuple(rows)

    def _set(
        self, ids: Sequence[int], label: str, assignments: str, values: tuple[Any, ...]
    ) -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        with self._writing() as cursor:
            before = self._snapshot(cursor, ids)
            for chunk in _chunks(ids):
                cursor.execute(
                    f"UPDATE items SET {assignments} WHERE id IN ({_marks(chunk)})",
                    (*values, *chunk),
                )
        return UndoRecord(_plural(label, ids), before=before, ids=tuple(ids))

    # -- actions ----------------------------------------------------------------------

    def set_state(self, ids: Sequence[int], state: State | str) -> UndoRecord:
        state = State(state)
        if state is State.SNOOZED:
            raise ValueError("use snooze() with a time")
        return self._set(
            ids,
            f"Mark {STATE_LABELS[state].lower()}",
            "state = ?, snoozed_until = NULL",
            (state.value,),
        )

    def snooze(self, ids: Sequence[int], until: int) -> UndoRecord:
        return self._set(ids, "Snooze", "state = 'snoozed', snoozed_until = ?", (int(until),))

    def set_priority(self, ids: Sequence[int], priority: int) -> UndoRecord:
        return self._set(ids, "Set priority", "priority = ?", (int(priority),))

    def assign(self, ids: Sequence[int], assignee: str | None) -> UndoRecord:
        name = (assignee or "").strip() or None
        return self._set(ids, "Assign" if name else "Unassign", "assignee = ?", (name,))

    def add_tag(self, ids: Sequence[int], tag: str) -> UndoRecord:
        tag = " ".join(tag.split())[:100]
        ids = list(dict.fromkeys(ids))
        if not tag:
            return UndoRecord("Tag (nothing to do)")
        added: list[tuple[int, str]] = []
        with self._writing() as cursor:
            for chunk in _chunks(ids):
                have = {
                    r[0]
                    for r in cursor.execute(
                        f"SELECT item_id FROM item_tags WHERE tag = ? AND item_id IN ({_marks(chunk)})",
                        (tag, *chunk),
                    )
                }
                new = [(i, tag) for i in chunk if i not in have]
                cursor.executemany("INSERT INTO item_tags (item_id, tag) VALUES (?, ?)", new)
                added += new
        return UndoRecord(_plural(f"Tag “{tag}”", ids), tags_added=tuple(added), ids=tuple(ids))

    def remove_tag(self, ids: Sequence[int], tag: str) -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        removed: list[tuple[int, str]] = []
        with self._writing() as cursor:
            for chunk in _chunks(ids):
                had = [
                    (r[0], tag)
                    for r in cursor.execute(
                        f"SELECT item_id FROM item_tags WHERE tag = ? AND item_id IN ({_marks(chunk)})",
                        (tag, *chunk),
                    )
                ]
                cursor.executemany("DELETE FROM item_tags WHERE item_id = ? AND tag = ?", had)
                removed += had
        return UndoRecord(
            _plural(f"Remove tag “{tag}”", ids), tags_removed=tuple(removed), ids=tuple(ids)
        )

    def add_note(self, ids: Sequence[int], text: str, *, author: str = "") -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        now = int(time.time())
        added: list[int] = []
        with self._writing() as cursor:
            for item_id in ids:
                cursor.execute(
                    "INSERT INTO item_notes (item_id, author, text, created_at) VALUES (?, ?, ?, ?)",
                    (item_id, author, text, now),
                )
                added.append(int(cursor.lastrowid))
        return UndoRecord(_plural("Add note", ids), notes_added=tuple(added), ids=tuple(ids))

    def undo(self, record: UndoRecord) -> None:
        """Put back what ``record``'s action changed."""
        with self._writing() as cursor:
            cursor.executemany(
                "UPDATE items SET state = ?, priority = ?, assignee = ?, snoozed_until = ? "
                "WHERE id = ?",
                [(s, p, a, u, i) for i, s, p, a, u in record.before],
            )
            cursor.executemany(
                "DELETE FROM item_tags WHERE item_id = ? AND tag = ?", record.tags_added
            )
            cursor.executemany(
                "INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", record.tags_removed
            )
            cursor.executemany(
                "DELETE FROM item_notes WHERE id = ?", [(n,) for n in record.notes_added]
            )

    def wake_snoozed(self, now: int | None = None) -> int:
        """Snoozed items whose time has come go back to New; returns how many."""
        with self._writing() as cursor:
            cursor.execute(
                "UPDATE items SET state = 'new', snoozed_until = NULL "
                "WHERE state = 'snoozed' AND snoozed_until <= ?",
                (now if now is not None else int(time.time()),),
            )
            return int(cursor.rowcount)
