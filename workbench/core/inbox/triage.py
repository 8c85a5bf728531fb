"""Triage actions on a list of items, each returning an undo record.

States: new, needs_reply, waiting, done, snoozed (until a time, then back to new when
``wake_snoozed`` runs). Every action snapshots what it changes first, so ``undo`` puts
back exactly the previous values, even on a multi-selection with mixed states.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.core.inbox.query import STATE_LABELS, State
from workbench.db.interfaces import Snapshot
from workbench.db.store import Store


@dataclass(frozen=True)
class UndoRecord:
    """What one action changed; ``label`` says it in words ("Mark done (3 items)")."""

    label: str
    # (id, state, priority, assignee, snoozed_until) before the action
    before: tuple[Snapshot, ...] = ()
    tags_added: tuple[tuple[int, str], ...] = ()
    tags_removed: tuple[tuple[int, str], ...] = ()
    notes_added: tuple[int, ...] = ()
    ids: tuple[int, ...] = field(default=())


def _plural(label: str, ids: Sequence[int]) -> str:
    return f"{label} ({len(ids)} item{'s' if len(ids) != 1 else ''})"


class Triage:
    """Triage on id lists; the writes are the store's (``TriageWrites``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._writes = store.triage

    def _set(self, ids: Sequence[int], label: str, values: Mapping[str, Any]) -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        before = self._writes.change(ids, values)
        return UndoRecord(_plural(label, ids), before=before, ids=tuple(ids))

    # -- actions ----------------------------------------------------------------------

    def set_state(self, ids: Sequence[int], state: State | str) -> UndoRecord:
        state = State(state)
        if state is State.SNOOZED:
            raise ValueError("use snooze() with a time")
        return self._set(
            ids,
            f"Mark {STATE_LABELS[state].lower()}",
            {"state": state.value, "snoozed_until": None},
        )

    def snooze(self, ids: Sequence[int], until: int) -> UndoRecord:
        return self._set(ids, "Snooze", {"state": State.SNOOZED.value, "snoozed_until": int(until)})

    def set_priority(self, ids: Sequence[int], priority: int) -> UndoRecord:
        return self._set(ids, "Set priority", {"priority": int(priority)})

    def assign(self, ids: Sequence[int], assignee: str | None) -> UndoRecord:
        name = (assignee or "").strip() or None
        return self._set(ids, "Assign" if name else "Unassign", {"assignee": name})

    def add_tag(self, ids: Sequence[int], tag: str) -> UndoRecord:
        tag = " ".join(tag.split())[:100]
        ids = list(dict.fromkeys(ids))
        if not tag:
            return UndoRecord("Tag (nothing to do)")
        added = self._writes.add_tag(ids, tag)
        return UndoRecord(_plural(f"Tag “{tag}”", ids), tags_added=tuple(added), ids=tuple(ids))

    def remove_tag(self, ids: Sequence[int], tag: str) -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        removed = self._writes.remove_tag(ids, tag)
        return UndoRecord(
            _plural(f"Remove tag “{tag}”", ids), tags_removed=tuple(removed), ids=tuple(ids)
        )

    def add_note(self, ids: Sequence[int], text: str, *, author: str = "") -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        added = self._writes.add_notes(ids, text, author, int(time.time()))
        return UndoRecord(_plural("Add note", ids), notes_added=tuple(added), ids=tuple(ids))

    def undo(self, record: UndoRecord) -> None:
        """Put back what ``record``'s action changed."""
        self._writes.restore(
            record.before,
            tags_added=record.tags_added,
            tags_removed=record.tags_removed,
            notes_added=record.notes_added,
        )

    def wake_snoozed(self, now: int | None = None) -> int:
        """Snoozed items whose time has come go back to New; returns how many."""
        return self._writes.wake_snoozed(now if now is not None else int(time.time()))
