"""Triage from the inbox pane: states, snooze, assign, tags, priority, notes, and Undo.

Every change runs on the task runner and returns an undo record; U takes back the last one
(or, while a platform action is still held, that action first: see composing.Holds).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from workbench.core.changes import Changes
from workbench.core.inbox.query import State
from workbench.core.inbox.triage import Triage, UndoRecord
from workbench.gui.words import words

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.inbox.pane import InboxPane

UNDO_DEPTH = 50


class Triaging:
    def __init__(self, pane: InboxPane, triage: Triage) -> None:
        self.pane = pane
        self.triage = triage
        self.undo_stack: list[UndoRecord] = []

    def _apply(self, action: Callable[[list[int]], UndoRecord], leaves_view: bool) -> None:
        pane = self.pane
        ids = pane.selected_ids()
        if not ids:
            pane.message.emit(translate("InboxPane", "Select an item first."))
            return

        def done(record: UndoRecord) -> None:
            self.undo_stack.append(record)
            del self.undo_stack[:-UNDO_DEPTH]
            pane.model.forget(ids)
            pane.hide_new_count()
            if leaves_view:
                pane.remove_rows(ids)
            elif (current := pane.current_id()) is not None:
                pane.reading.show(current)
            pane.message.emit(
                translate("InboxPane", "{label}. Press U to undo.").format(
                    label=words(record.words)
                )
            )
            pane.changes.announce(Changes(items=True), source=pane)
            if pane.loading:  # the rest of the list was queried before this change
                pane.requery()
            pane.refresh_counts()
            self._reload_choices()

        pane.run(lambda: action(ids), done)

    def _reload_choices(self) -> None:
        """Tags and assignees may have changed: the filter bar's lists follow."""
        inbox, filters = self.pane.service, self.pane.filters

        def load() -> tuple[Any, ...]:
            return inbox.communities(), inbox.tags(), inbox.assignees()

        self.pane.run(load, lambda choices: filters.set_choices(*choices))

    def _leaves(self, state: str) -> bool:
        states = self.pane.current_view.states
        return bool(states) and state not in states

    def set_state(self, state: str) -> None:
        self._apply(lambda ids: self.triage.set_state(ids, state), self._leaves(state))

    def snooze_until(self, until: int) -> None:
        self._apply(lambda ids: self.triage.snooze(ids, until), self._leaves(State.SNOOZED))

    def assign(self, name: str) -> None:
        leaves = self.pane.current_view.assignee is not None
        self._apply(lambda ids: self.triage.assign(ids, name), leaves)

    def add_tag(self, tag: str) -> None:
        self._apply(lambda ids: self.triage.add_tag(ids, tag), False)

    def remove_tag(self, tag: str) -> None:
        leaves = bool(self.pane.current_view.tags)
        self._apply(lambda ids: self.triage.remove_tag(ids, tag), leaves)

    def set_priority(self, priority: int) -> None:
        self._apply(lambda ids: self.triage.set_priority(ids, priority), False)

    def add_note(self, text: str) -> None:
        if text.strip():
            me = self.pane.service.me
            self._apply(lambda ids: self.triage.add_note(ids, text.strip(), author=me), False)

    def undo(self) -> None:
        pane = self.pane
        if pane.composing.holds.undo_last():
            return
        if not self.undo_stack:
            pane.message.emit(translate("InboxPane", "Nothing to undo."))
            return
        record = self.undo_stack.pop()

        def done(_result: object) -> None:
            pane.model.forget(record.ids)
            pane.message.emit(
                translate("InboxPane", "Undone: {label}.").format(label=words(record.words))
            )
            pane.changes.announce(Changes(items=True), source=pane)
            pane.requery()
            if (current := pane.current_id()) is not None:
                pane.reading.show(current)

        pane.run(lambda: self.triage.undo(record), done)

    def wake_snoozed(self, *, requery: bool = True) -> None:
        """Snoozed items whose time has come go back to New."""

        def done(woken: int) -> None:
            if woken and requery:
                self.pane.requery()

        self.pane.run(self.triage.wake_snoozed, done)
