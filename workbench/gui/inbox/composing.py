"""Replies and new posts from the inbox pane, the item's outbox entries (retry, done by
hand), and the few seconds in which a platform action can still be taken back.

The outbox rules themselves live in core (core.outbox.actions); this module only asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from workbench.core.changes import Changes
from workbench.core.inbox.query import State
from workbench.core.inbox.service import ItemDetail
from workbench.core.outbox.actions import OutboxActions, Queued, Target
from workbench.core.outbox.state import ActionKind, OutboxStatus
from workbench.gui.inbox.composer import PostComposer, ReplyComposer
from workbench.gui.words import sent_outcome

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.inbox.pane import InboxPane

HOLD_SECONDS = 5.0


def target(detail: ItemDetail) -> Target:
    return Target.of(detail)


@dataclass
class _Held:
    entry_id: int
    label: str
    timer: QTimer
    done: Callable[[OutboxStatus], None]


class Holds(QObject):
    """Platform actions wait ``seconds`` before they go out, with an Undo (as mail clients'
    "undo send"). The entry is stored at once; a sync in the meantime leaves it alone, and
    one still held when the app quits goes out with the next sync."""

    def __init__(self, pane: InboxPane, actions: OutboxActions) -> None:
        super().__init__(pane)
        self.pane = pane
        self.actions = actions
        self.seconds = HOLD_SECONDS
        self.held: list[_Held] = []

    def submit(
        self, queue: Callable[[float], Queued], label: str, done: Callable[[OutboxStatus], None]
    ) -> None:
        """Queue through ``queue(hold)`` on the task runner; send after the hold."""
        seconds = self.seconds

        def queued(result: Queued) -> None:
            self.pane.changes.announce(Changes(outbox=True), source=self.pane)
            if seconds <= 0:
                done(result.status)
                return
            timer = QTimer(self)
            timer.setSingleShot(True)
            held = _Held(result.entry_id, label, timer, done)
            timer.timeout.connect(lambda: self._release(held))
            self.held.append(held)
            timer.start(int(seconds * 1000))
            self._show()

        self.pane.run(lambda: queue(seconds), queued)

    def _release(self, held: _Held) -> None:
        if held in self.held:
            self.held.remove(held)
        self._show()
        self.pane.run(lambda: self.actions.release(held.entry_id), held.done)

    def undo_last(self) -> bool:
        """Take back the last held action; False when none is held."""
        if not self.held:
            return False
        held = self.held.pop()
        held.timer.stop()
        self._show()

        def done(taken_back: bool) -> None:
            text = (
                translate("InboxPane", "Taken back: {label}.")
                if taken_back
                else translate("InboxPane", "Already sent: {label}.")
            )
            self.pane.message.emit(text.format(label=held.label))
            self.pane.changes.announce(Changes(outbox=True), source=self.pane)

        self.pane.run(lambda: self.actions.cancel(held.entry_id), done)
        return True

    def _show(self) -> None:
        button = self.pane.widgets.undo_send
        if self.held:
            button.setText(
                translate("InboxPane", "Undo {label} (U)").format(label=self.held[-1].label)
            )
            self.pane.message.emit(
                translate("InboxPane", "{label}: goes out in {n} s.").format(
                    label=self.held[-1].label, n=int(self.seconds)
                )
            )
        button.setVisible(bool(self.held))

    def release_all(self) -> None:
        """On close: held actions go out with the next sync (their time has come)."""
        for held in self.held:
            held.timer.stop()
        self.held.clear()


class Composing:
    def __init__(self, pane: InboxPane, actions: OutboxActions) -> None:
        self.pane = pane
        self.actions = actions
        self.holds = Holds(pane, actions)
        self.composer: ReplyComposer | None = None
        self.post_composer: PostComposer | None = None

    def _open_detail(self, what: str) -> ItemDetail | None:
        detail = self.pane.item_view.detail
        if detail is None or detail.row.id != self.pane.current_id():
            self.pane.message.emit(what)
            return None
        return detail

    # -- replies ----------------------------------------------------------------------

    def reply(self) -> None:
        detail = self._open_detail(translate("InboxPane", "Open an item to reply to it."))
        if detail is None:
            return
        abilities = self.actions.abilities(detail.connector_id, detail.row.flags)
        composer = ReplyComposer(
            detail,
            can_reply=abilities.reply,
            manual_assist=abilities.manual_assist,
            internal_notes=abilities.internal_notes,
            parent=self.pane,
        )
        composer.send_requested.connect(
            lambda text, internal: self.send_reply(detail, text, internal=internal)
        )
        manual_entry: list[int] = []
        composer.manual_requested.connect(
            lambda text: self._record_manual(detail, text, manual_entry)
        )
        composer.manual_done.connect(lambda: self._manual_done(manual_entry))
        self.composer = composer
        composer.show()

    def send_reply(self, detail: ItemDetail, text: str, *, internal: bool = False) -> None:
        """Queue the reply and send it after the hold; offline, it waits for the next sync."""
        me = self.pane.service.me
        item = target(detail)
        label = translate("InboxPane", "note") if internal else translate("InboxPane", "reply")
        self.holds.submit(
            lambda hold: self.actions.reply(item, text, by=me, internal=internal, hold=hold),
            label,
            lambda status: self.after_send(detail.row.id, sent_outcome(ActionKind.REPLY, status)),
        )

    def _record_manual(self, detail: ItemDetail, text: str, keep: list[int]) -> None:
        me = self.pane.service.me

        def done(entry_id: int) -> None:
            keep.append(entry_id)
            self.refresh_outbox(detail.row.id)

        self.pane.run(lambda: self.actions.record_manual(target(detail), text, by=me), done)

    def _manual_done(self, entry: list[int]) -> None:
        if entry:
            self.mark_entry_done(entry[0])

    def after_send(self, item_id: int, text: str) -> None:
        """The action went out (or waits offline): its item is handled (core marked it
        Done), so it leaves a view of other states, as a triaged item does."""
        pane = self.pane
        pane.message.emit(text)
        pane.model.forget([item_id])
        states = pane.current_view.states
        if states and State.DONE not in states and item_id in pane.model.locate({item_id}):
            pane.remove_rows([item_id])
        pane.changes.announce(Changes(items=True, outbox=True), source=pane)
        pane.refresh_counts()
        self.refresh_outbox(item_id)

    def refresh_outbox(self, item_id: int) -> None:
        def done(entries: list[Any]) -> None:
            view = self.pane.item_view
            if view.detail is not None and view.detail.row.id == item_id:
                view.show_outbox(entries)

        self.pane.run(lambda: self.actions.entries(item_id=item_id), done)

    def retry_entry(self, entry_id: int) -> None:
        item_id = self.pane.current_id() or 0
        self.pane.run(
            lambda: self.actions.retry(entry_id),
            lambda status: self.after_send(item_id, sent_outcome(ActionKind.REPLY, status)),
        )

    def mark_entry_done(self, entry_id: int) -> None:
        me = self.pane.service.me
        item_id = self.pane.current_id() or 0
        self.pane.run(
            lambda: self.actions.mark_done(entry_id, by=me),
            lambda _r: self.refresh_outbox(item_id),
        )

    # -- posts ------------------------------------------------------------------------

    def new_post(self) -> None:
        detail = self._open_detail(translate("InboxPane", "Open an item to post in its community."))
        if detail is None:
            return
        abilities = self.actions.abilities(detail.connector_id, detail.row.flags)
        composer = PostComposer(
            detail, can_post=abilities.post, manual=abilities.manual_assist, parent=self.pane
        )
        me = self.pane.service.me
        community = target(detail)
        entry: list[int] = []
        composer.post_requested.connect(
            lambda title, text: self.holds.submit(
                lambda hold: self.actions.post(community, title, text, by=me, hold=hold),
                translate("InboxPane", "post"),
                lambda status: self.pane.message.emit(sent_outcome(ActionKind.POST, status)),
            )
        )
        composer.manual_requested.connect(
            lambda title, text: self.pane.run(
                lambda: self.actions.record_manual(community, text, by=me, title=title, post=True),
                entry.append,
            )
        )

        def manual_done() -> None:
            if entry:
                self.mark_entry_done(entry[0])

        composer.manual_done.connect(manual_done)
        self.post_composer = composer
        composer.show()
