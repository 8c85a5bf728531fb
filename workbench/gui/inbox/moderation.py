"""Moderating the open item (a mixin of InboxPane): approve, remove with a reason, lock,
mark as spam, hide. Every action goes through the outbox with who, when and why; its result
or error shows in the item's history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from connectors.api import Capability, ModAction
from workbench.gui.inbox import operations

if TYPE_CHECKING:
    from collections.abc import Callable

    from workbench.core.inbox.service import InboxService
    from workbench.core.workspace import Workspace
    from workbench.gui.inbox.detail import ItemView


def tr(text: str) -> str:
    return QCoreApplication.translate("InboxModeration", text)


def outcome(status: str) -> str:
    return {
        "sent": tr("Done on the platform."),
        "pending": tr("No connection: the action waits in the outbox for the next sync."),
        "failed": tr("The platform refused; see the item's history to retry."),
    }.get(status, tr("Action queued."))


class RemovalDialog(QDialog):
    """Why the item is removed (kept in the log) and, optionally, what to tell its author."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Remove item"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(tr("The item is removed from the community; its author can be told why."))
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("e.g. Rule 3: no self-promotion"))
        form.addRow(tr("Removal reason"), self.reason)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(tr("Optional message to the author"))
        self.message.setFixedHeight(90)
        form.addRow(tr("Message"), self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Remove"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ModerationMixin(QWidget):
    # Provided by InboxPane.
    workspace: Workspace
    service: InboxService
    item_view: ItemView
    message: Any
    current_id: Callable[[], int | None]
    _run: Callable[[Callable[[], Any], Callable[[Any], None]], None]
    _refresh_outbox: Callable[[int], None]

    def ask_remove(self) -> None:
        dialog = RemovalDialog(self)
        if dialog.exec():
            self.moderate(
                ModAction.REMOVE,
                reason=dialog.reason.text().strip(),
                text=dialog.message.toPlainText().strip(),
            )

    def moderate(self, action: ModAction, *, reason: str = "", text: str = "") -> None:
        detail = self.item_view.detail
        if detail is None or detail.row.id != self.current_id():
            self.message.emit(tr("Open an item to moderate it."))
            return
        if not operations.has_capability(self.workspace, detail.connector_id, Capability.MODERATE):
            self.message.emit(
                tr("{account} cannot moderate through its API: do it on the platform.").format(
                    account=detail.account_name
                )
            )
            return
        me = self.service.me
        item_id = detail.row.id

        def done(status: str) -> None:
            self.message.emit(outcome(status))
            self._refresh_outbox(item_id)

        self._run(
            lambda: operations.queue_moderation(
                self.workspace, detail, action, me, reason=reason, message=text
            ),
            done,
        )
