"""Composers for what the team writes: a reply to an item, a new post in a community.

Both send through the account's connector via the outbox. Where the platform takes nothing
from the app but the connector offers manual assist, the composer copies the text, opens the
page for the user to paste it, and keeps an audit entry in the outbox that the user marks
done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.inbox.service import ItemDetail
from workbench.gui.inbox.model import cell

translate = QCoreApplication.translate


class Composer(QDialog):
    """The shared part: the editor, the buttons and the manual-assist steps.

    ``manual_done()``: the user did it on the platform by hand.
    """

    manual_done = Signal()

    def __init__(
        self,
        *,
        can_send: bool,
        manual_assist: bool,
        labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.can_send = can_send
        self.manual = manual_assist and not can_send
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(labels["placeholder"])
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it names the account
        self.hint.setWordWrap(True)
        self.send_button = QPushButton()
        self.done_button = QPushButton(translate("ReplyComposer", "Mark done"))
        self.done_button.hide()
        self.cancel_button = QPushButton(translate("ReplyComposer", "Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        if can_send:
            self.send_button.setText(labels["send"])
            self.hint.setText(labels["send_hint"])
        elif self.manual:
            self.send_button.setText(labels["manual"])
            self.hint.setText(labels["manual_hint"])
        else:
            self.send_button.setText(labels["send"])
            self.send_button.setEnabled(False)
            self.hint.setText(labels["unable"])
        self.send_button.clicked.connect(self._on_send_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_send_clicked)

    def button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.done_button)
        row.addWidget(self.send_button)
        return row

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _on_send_clicked(self) -> None:
        if not self.text() or not self.send_button.isEnabled():
            self.editor.setFocus()
            return
        if self.can_send:
            self.send()
            self.accept()
        elif self.manual:
            self.manual_step()

    def open_by_hand(self, text: str, url: str) -> None:
        """Manual assist: the text on the clipboard, the page open, then Mark done."""
        QGuiApplication.clipboard().setText(text)
        if url:
            QDesktopServices.openUrl(QUrl(url))
        self.send_button.setEnabled(False)
        self.done_button.show()
        self.hint.setText(
            translate(
                "ReplyComposer", "Copied. Paste it on the page that opened, then click Mark done."
            )
        )

    def send(self) -> None:
        raise NotImplementedError

    def manual_step(self) -> None:
        raise NotImplementedError

    def _on_done_clicked(self) -> None:
        self.manual_done.emit()
        self.accept()


class ReplyComposer(Composer):
    """``send_requested(text, internal)``: queue a reply (``internal``: a moderator note);
    ``manual_requested(text)``: manual assist."""

    send_requested = Signal(str, bool)
    manual_requested = Signal(str)

    def __init__(
        self,
        detail: ItemDetail,
        *,
        can_reply: bool,
        manual_assist: bool,
        internal_notes: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        labels = {
            "placeholder": translate("ReplyComposer", "Write your reply…"),
            "send": translate("ReplyComposer", "Send (Ctrl+Enter)"),
            # Not "{account}'s": an account named "Demo communities" made "communities's".
            "send_hint": translate(
                "ReplyComposer",
                "The reply goes to the outbox and out a few seconds after you send it "
                "(Undo takes it back); offline, with the next sync of {account}.",
            ).format(account=detail.account_name),
            "manual": translate("ReplyComposer", "Copy text and open on platform"),
            "manual_hint": translate(
                "ReplyComposer",
                "This platform cannot take replies from the app. Copy your text, "
                "paste it on the page that opens, post it there, then click Mark "
                "done. The reply is kept in the item's history.",
            ),
            "unable": translate("ReplyComposer", "This account's connector cannot reply."),
        }
        super().__init__(
            can_send=can_reply, manual_assist=manual_assist, labels=labels, parent=parent
        )
        self.detail = detail
        self.can_reply = can_reply
        self.setWindowTitle(
            translate("ReplyComposer", "Reply to {author}").format(
                author=cell(detail.row, "author")
            )
        )
        quoted = (detail.title or detail.text or "").strip().replace("\n", " ")[:160]
        context = QLabel(
            translate("ReplyComposer", "Replying in {community} to: {text}").format(
                community=cell(detail.row, "community"), text=quoted
            )
        )
        # Plain text: the title is remote. As rich text (Qt's AutoText guess) a title holding
        # <img src="/dev/zero"> made the label read that file.
        context.setTextFormat(Qt.TextFormat.PlainText)
        context.setWordWrap(True)
        self.context = context
        # Moderator-only notes (Reddit modmail): offered only where the platform has them.
        self.internal = QCheckBox(
            translate("ReplyComposer", "Private moderator note (the member does not see it)")
        )
        self.internal.setVisible(can_reply and internal_notes and detail.row.kind == "message")
        layout = QVBoxLayout(self)
        layout.addWidget(context)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.internal)
        layout.addLayout(self.button_row())
        self.resize(560, 320)

    def send(self) -> None:
        internal = not self.internal.isHidden() and self.internal.isChecked()
        self.send_requested.emit(self.text(), internal)

    def manual_step(self) -> None:
        self.open_by_hand(self.text(), self.detail.row.url or self.detail.community_url)
        self.manual_requested.emit(self.text())


class PostComposer(Composer):
    """``post_requested(title, text)`` through the API; ``manual_requested(title, text)``."""

    post_requested = Signal(str, str)
    manual_requested = Signal(str, str)

    def __init__(
        self, detail: ItemDetail, *, can_post: bool, manual: bool, parent: QWidget | None = None
    ) -> None:
        labels = {
            "placeholder": translate("ReplyComposer", "What would you like to ask or share?"),
            "send": translate("ReplyComposer", "Post (Ctrl+Enter)"),
            "send_hint": translate(
                "ReplyComposer", "The post goes to the outbox and out with the next sync."
            ),
            "manual": translate("ReplyComposer", "Copy text and open the community"),
            "manual_hint": translate(
                "ReplyComposer",
                "This community cannot take posts from the app: paste your "
                "text on the page that opens, post it, then click Mark done.",
            ),
            "unable": translate("ReplyComposer", "This account's connector cannot post."),
        }
        super().__init__(can_send=can_post, manual_assist=manual, labels=labels, parent=parent)
        self.detail = detail
        self.can_post = can_post
        self.setWindowTitle(
            translate("ReplyComposer", "New post in {community}").format(
                community=detail.row.community
            )
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            translate("ReplyComposer", "Title (an open question works best)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 1)
        layout.addLayout(self.button_row())
        self.resize(560, 340)

    def send(self) -> None:
        self.post_requested.emit(self.title.text().strip(), self.text())

    def manual_step(self) -> None:
        title = self.title.text().strip()
        self.open_by_hand(
            f"{title}\n\n{self.text()}" if title else self.text(), self.detail.community_url
        )
        self.manual_requested.emit(title, self.text())
