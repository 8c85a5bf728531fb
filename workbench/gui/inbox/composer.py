"""The reply composer: send through the account's connector via the outbox, or manual assist.

Where the connector cannot reply through its API but offers manual assist, the composer
copies the text, opens the item on the platform for the user to paste it, and keeps an
audit entry in the outbox that the user marks done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.inbox.service import ItemDetail
from workbench.gui.inbox.model import cell


def tr(text: str) -> str:
    return QCoreApplication.translate("ReplyComposer", text)


class ReplyComposer(QDialog):
    """``send_requested(text, internal)``: queue a reply (``internal``: a moderator note); ``manual_requested(text)``: manual assist;
    ``manual_done()``: the user did it on the platform."""

    send_requested = Signal(str, bool)  # text, internal note
    manual_requested = Signal(str)
    manual_done = Signal()

    def __init__(
        self,
        detail: ItemDetail,
        *,
        can_reply: bool,
        manual_assist: bool,
        internal_notes: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self.can_reply = can_reply
        self.manual = manual_assist and not can_reply
        self.setWindowTitle(tr("Reply to {author}").format(author=cell(detail.row, "author")))
        quoted = (detail.title or detail.text or "").strip().replace("\n", " ")[:160]
        context = QLabel(
            tr("Replying in {community} to: {text}").format(
                community=cell(detail.row, "community"), text=quoted
            )
        )
        context.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(tr("Write your reply…"))
        # Moderator-only notes (Reddit modmail): offered only where the platform has them.
        self.internal = QCheckBox(tr("Private moderator note (the member does not see it)"))
        self.internal.setVisible(can_reply and internal_notes and detail.row.kind == "message")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.send_button = QPushButton()
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.hide()
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        if can_reply:
            self.send_button.setText(tr("Send (Ctrl+Enter)"))
            self.hint.setText(
                tr("The reply goes to the outbox and is sent with {account}'s next sync.").format(
                    account=detail.account_name
                )
            )
        elif self.manual:
            self.send_button.setText(tr("Copy text and open on platform"))
            self.hint.setText(
                tr(
                    "This platform cannot take replies from the app. Copy your text, paste it "
                    "on the page that opens, post it there, then click Mark done. The reply is "
                    "kept in the item's history."
                )
            )
        else:
            self.send_button.setText(tr("Send"))
            self.send_button.setEnabled(False)
            self.hint.setText(tr("This account's connector cannot reply."))
        self.send_button.clicked.connect(self._on_send_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_send_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(context)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.internal)
        layout.addLayout(buttons)
        self.resize(560, 320)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _on_send_clicked(self) -> None:
        text = self.text()
        if not text or not self.send_button.isEnabled():
            self.editor.setFocus()
            return
        if self.can_reply:
            self.send_requested.emit(
                text, not self.internal.isHidden() and self.internal.isChecked()
            )
            self.accept()
            return
        if self.manual:
            QGuiApplication.clipboard().setText(text)
            url = self.detail.row.url or self.detail.community_url
            if url:
                QDesktopServices.openUrl(QUrl(url))
            self.manual_requested.emit(text)
            self.send_button.setEnabled(False)
            self.done_button.show()
            self.hint.setText(tr("Copied. Paste the reply on the platform, then click Mark done."))

    def _on_done_clicked(self) -> None:
        self.manual_done.emit()
        self.accept()
