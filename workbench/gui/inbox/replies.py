"""Replies from the inbox pane (a mixin of InboxPane): the composer, the outbox, retry
and manual assist."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from connectors.api import Capability
from workbench.core.inbox.service import ItemDetail
from workbench.gui.inbox import operations
from workbench.gui.inbox.composer import ReplyComposer

if TYPE_CHECKING:
    from collections.abc import Callable

    from workbench.core.inbox.service import InboxService
    from workbench.core.workspace import Workspace
    from workbench.gui.inbox.detail import ItemView


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxPane", text)


class RepliesMixin(QWidget):
    # Provided by InboxPane.
    workspace: Workspace
    service: InboxService
    item_view: ItemView
    composer: ReplyComposer | None
    message: Any
    current_id: Callable[[], int | None]
    _run: Callable[[Callable[[], Any], Callable[[Any], None]], None]

    def reply(self) -> None:
        detail = self.item_view.detail
        if detail is None or detail.row.id != self.current_id():
            self.message.emit(tr("Open an item to reply to it."))
            return
        can_reply, manual = operations.reply_capabilities(
            self.workspace, detail.connector_id, detail.row.flags
        )
        composer = ReplyComposer(
            detail,
            can_reply=can_reply,
            manual_assist=manual,
            internal_notes=operations.has_capability(
                self.workspace, detail.connector_id, Capability.INTERNAL_NOTES
            ),
            parent=self,
        )
        composer.send_requested.connect(
            lambda text, internal: self.send_reply(detail, text, internal=internal)
        )
        manual_entry: list[int] = []
        composer.manual_requested.connect(
            lambda text: self._queue_manual(detail, text, manual_entry)
        )
        composer.manual_done.connect(lambda: self._manual_done(manual_entry))
        self.composer = composer
        composer.show()

    def send_reply(self, detail: ItemDetail, text: str, *, internal: bool = False) -> None:
        """Queue the reply in the outbox and send it now; offline, it waits for the next sync."""
        me = self.service.me
        self.message.emit(tr("Sending the reply…"))
        self._run(
            lambda: operations.queue_and_send(self.workspace, detail, text, me, internal=internal),
            lambda status: self._after_send(detail.row.id, status),
        )

    def _queue_manual(self, detail: ItemDetail, text: str, keep: list[int]) -> None:
        me = self.service.me

        def done(entry_id: int) -> None:
            keep.append(entry_id)
            self._refresh_outbox(detail.row.id)

        self._run(lambda: operations.queue_manual(self.workspace, detail, text, me), done)

    def _manual_done(self, entry: list[int]) -> None:
        if entry:
            self.mark_entry_done(entry[0])

    def _after_send(self, item_id: int, status: str) -> None:
        self.message.emit(operations.describe_send(status))
        self._refresh_outbox(item_id)

    def _refresh_outbox(self, item_id: int) -> None:
        def done(entries: list[Any]) -> None:
            if self.item_view.detail is not None and self.item_view.detail.row.id == item_id:
                self.item_view.show_outbox(entries)

        self._run(lambda: self.service.outbox_entries(item_id), done)

    def retry_entry(self, entry_id: int) -> None:
        item_id = self.current_id()
        self._run(
            lambda: operations.retry(self.workspace, entry_id),
            lambda status: self._after_send(item_id or 0, status),
        )

    def mark_entry_done(self, entry_id: int) -> None:
        me = self.service.me
        item_id = self.current_id()
        self._run(
            lambda: self.workspace.outbox.mark_done(entry_id, by=me),
            lambda _r: self._refresh_outbox(item_id or 0),
        )
