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

from workbench.core.inbox.query import State
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.interfaces import Snapshot
from workbench.db.store import Store

T = "Triage"  # the translation context of what triage actions are called

STATE_ACTIONS = {
    State.NEW: QT_TRANSLATE_NOOP("Triage", "Mark new"),
    State.NEEDS_REPLY: QT_TRANSLATE_NOOP("Triage", "Mark needs reply"),
    State.WAITING: QT_TRANSLATE_NOOP("Triage", "Mark waiting"),
    State.DONE: QT_TRANSLATE_NOOP("Triage", "Mark done"),
}


@dataclass(frozen=True)
class UndoRecord:
    """What one action changed; ``words`` say it ("Mark done (3 items)"), for the GUI to
    translate; ``label`` is the English."""

    words: Words
    # (id, state, priority, assignee, snoozed_until) before the action
    before: tuple[Snapshot, ...] = ()
    tags_added: tuple[tuple[int, str], ...] = ()
    tags_removed: tuple[tuple[int, str], ...] = ()
    notes_added: tuple[int, ...] = ()
    ids: tuple[int, ...] = field(default=())

    @property
    def label(self) -> str:
        return str(self.words)


def _plural(action: Words, ids: Sequence[int]) -> Words:
    if len(ids) == 1:
        return Words(T, QT_TRANSLATE_NOOP("Triage", "{action} (1 item)"), {"action": action})
    counted = QT_TRANSLATE_NOOP("Triage", "{action} ({n} items)")
    return Words(T, counted, {"action": action, "n": len(ids)})


class Triage:
    """Triage on id lists; the writes are the store's (``TriageWrites``)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._writes = store.triage

    def _set(self, ids: Sequence[int], label: Words, values: Mapping[str, Any]) -> UndoRecord:
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
            Words(T, STATE_ACTIONS[state]),
            {"state": state.value, "snoozed_until": None},
        )

    def snooze(self, ids: Sequence[int], until: int) -> UndoRecord:
        snooze = Words(T, QT_TRANSLATE_NOOP("Triage", "Snooze"))
        return self._set(ids, snooze, {"state": State.SNOOZED.value, "snoozed_until": int(until)})

    def set_priority(self, ids: Sequence[int], priority: int) -> UndoRecord:
        label = Words(T, QT_TRANSLATE_NOOP("Triage", "Set priority"))
        return self._set(ids, label, {"priority": int(priority)})

    def assign(self, ids: Sequence[int], assignee: str | None) -> UndoRecord:
        name = (assignee or "").strip() or None
        label = (
            Words(T, QT_TRANSLATE_NOOP("Triage", "Assign"))
            if name
            else Words(T, QT_TRANSLATE_NOOP("Triage", "Unassign"))
        )
        return self._set(ids, label, {"assignee": name})

    def add_tag(self, ids: Sequence[int], tag: str) -> UndoRecord:
        tag = " ".join(tag.split())[:100]
        ids = list(dict.fromkeys(ids))
        if not tag:
            return UndoRecord(Words(T, QT_TRANSLATE_NOOP("Triage", "Tag (nothing to do)")))
        added = self._writes.add_tag(ids, tag)
        label = Words(T, QT_TRANSLATE_NOOP("Triage", "Tag “{tag}”"), {"tag": tag})
        return UndoRecord(_plural(label, ids), tags_added=tuple(added), ids=tuple(ids))

    def remove_tag(self, ids: Sequence[int], tag: str) -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        removed = self._writes.remove_tag(ids, tag)
        label = Words(T, QT_TRANSLATE_NOOP("Triage", "Remove tag “{tag}”"), {"tag": tag})
        return UndoRecord(_plural(label, ids), tags_removed=tuple(removed), ids=tuple(ids))

    def add_note(self, ids: Sequence[int], text: str, *, author: str = "") -> UndoRecord:
        ids = list(dict.fromkeys(ids))
        added = self._writes.add_notes(ids, text, author, int(time.time()))
        label = Words(T, QT_TRANSLATE_NOOP("Triage", "Add note"))
        return UndoRecord(_plural(label, ids), notes_added=tuple(added), ids=tuple(ids))

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
