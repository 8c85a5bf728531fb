"""A new post in the open item's community (a mixin of InboxPane): sent through the outbox
where the platform takes posts, or by manual assist (copy, open the community, mark done)
where it does not, as for Facebook and LinkedIn groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from connectors.api import FLAG_MANUAL, Capability
from workbench.gui.inbox import operations
from workbench.gui.inbox.composer import PostComposer

if TYPE_CHECKING:
    from collections.abc import Callable

    from workbench.core.inbox.service import InboxService
    from workbench.core.workspace import Workspace
    from workbench.gui.inbox.detail import ItemView


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxPosting", text)


def posted(status: str) -> str:
    return {
        "sent": tr("Posted."),
        "pending": tr("No connection: the post waits in the outbox for the next sync."),
        "failed": tr("The platform refused the post; see the outbox to retry."),
    }.get(status, tr("Post queued."))


class PostingMixin(QWidget):
    # Provided by InboxPane.
    workspace: Workspace
    service: InboxService
    item_view: ItemView
    message: Any
    current_id: Callable[[], int | None]
    post_composer: PostComposer | None
    _run: Callable[[Callable[[], Any], Callable[[Any], None]], None]
    mark_entry_done: Callable[[int], None]

    def new_post(self) -> None:
        detail = self.item_view.detail
        if detail is None or detail.row.id != self.current_id():
            self.message.emit(tr("Open an item to post in its community."))
            return
        connector = detail.connector_id
        can_post = operations.has_capability(self.workspace, connector, Capability.POST)
        manual = operations.has_capability(self.workspace, connector, Capability.MANUAL_ASSIST)
        if FLAG_MANUAL in detail.row.flags:  # a group no API reaches
            can_post = False
        composer = PostComposer(detail, can_post=can_post, manual=manual, parent=self)
        me = self.service.me
        entry: list[int] = []
        composer.post_requested.connect(
            lambda title, text: self._run(
                lambda: operations.queue_post(self.workspace, detail, title, text, me),
                lambda status: self.message.emit(posted(status)),
            )
        )
        composer.manual_requested.connect(
            lambda title, text: self._run(
                lambda: operations.queue_manual_post(self.workspace, detail, title, text, me),
                entry.append,
            )
        )

        def manual_done() -> None:
            if entry:
                self.mark_entry_done(entry[0])

        composer.manual_done.connect(manual_done)
        self.post_composer = composer
        composer.show()
