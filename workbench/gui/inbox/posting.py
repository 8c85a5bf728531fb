"""A new post in the open item's community (a mixin of InboxPane): sent through the outbox
where the platform takes posts, or by manual assist (copy, open the community, mark done)
where it does not, as for Facebook and LinkedIn groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connectors.api import FLAG_MANUAL, Capability
from workbench.core.inbox.service import ItemDetail
from workbench.gui.inbox import operations

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


class PostComposer(QDialog):
    """``post_requested(title, text)`` through the API, or manual assist then ``manual_done``."""

    post_requested = Signal(str, str)
    manual_requested = Signal(str, str)
    manual_done = Signal()

    def __init__(
        self, detail: ItemDetail, *, can_post: bool, manual: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self.can_post = can_post
        self.manual = manual and not can_post
        community = detail.row.community
        self.setWindowTitle(tr("New post in {community}").format(community=community))
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("Title (an open question works best)"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(tr("What would you like to ask or share?"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.send_button = QPushButton()
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.hide()
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        if can_post:
            self.send_button.setText(tr("Post"))
            self.hint.setText(tr("The post goes to the outbox and out with the next sync."))
        elif self.manual:
            self.send_button.setText(tr("Copy text and open the community"))
            self.hint.setText(
                tr(
                    "This community cannot take posts from the app: paste your "
                    "text on the page that opens, post it, then click Mark done."
                )
            )
        else:
            self.send_button.setText(tr("Post"))
            self.send_button.setEnabled(False)
            self.hint.setText(tr("This account's connector cannot post."))
        self.send_button.clicked.connect(self._on_send_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        self.resize(560, 340)

    def _on_send_clicked(self) -> None:
        title, text = self.title.text().strip(), self.editor.toPlainText().strip()
        if not text or not self.send_button.isEnabled():
            self.editor.setFocus()
            return
        if self.can_post:
            self.post_requested.emit(title, text)
            self.accept()
            return
        QGuiApplication.clipboard().setText(f"{title}\n\n{text}" if title else text)
        if self.detail.community_url:
            QDesktopServices.openUrl(QUrl(self.detail.community_url))
        self.manual_requested.emit(title, text)
        self.send_button.setEnabled(False)
        self.done_button.show()
        self.hint.setText(tr("Copied. Post it on the page that opened, then click Mark done."))

    def _on_done_clicked(self) -> None:
        self.manual_done.emit()
        self.accept()


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
