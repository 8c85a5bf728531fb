"""Moderating the open item: approve, remove with a reason, lock, mark as spam, hide, and
"report this" (a member's report recorded by hand: it joins the moderation queue).

Every action goes through the outbox with who, when and why, waits its few seconds (Undo)
and then goes to the platform; its result or error shows in the item's history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

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

from connectors.api import ModAction
from workbench.core.changes import Changes
from workbench.core.outbox.actions import OutboxActions
from workbench.core.outbox.state import ActionKind, OutboxStatus
from workbench.gui.inbox.composing import target
from workbench.gui.words import mod_action, sent_outcome

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workbench.gui.inbox.pane import InboxPane


class RemovalDialog(QDialog):
    """Why the item is removed (kept in the log) and, optionally, what to tell its author."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InboxModeration", "Remove item"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                translate(
                    "InboxModeration",
                    "The item is removed from the community; its author can be told why.",
                )
            )
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            translate("InboxModeration", "e.g. Rule 3: no self-promotion")
        )
        form.addRow(translate("InboxModeration", "Removal reason"), self.reason)
        self.message = QPlainTextEdit()
        self.message.setPlaceholderText(
            translate("InboxModeration", "Optional message to the author")
        )
        self.message.setFixedHeight(90)
        form.addRow(translate("InboxModeration", "Message"), self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("InboxModeration", "Remove")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ReportItem(Protocol):
    """The moderation queue's "report this" (ModerationService.report)."""

    def __call__(self, item_id: int, *, reporter: str, reason: str, by: str) -> int: ...


class ReportDialog(QDialog):
    """Who reported the item (a member, by message or in person) and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("InboxModeration", "Report this item"))
        form = QFormLayout(self)
        intro = QLabel(
            translate(
                "InboxModeration",
                "A member told you about this item: it joins the moderation queue with who "
                "reported it and why.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.reporter = QLineEdit()
        self.reporter.setPlaceholderText(translate("InboxModeration", "e.g. u/member_name"))
        form.addRow(translate("InboxModeration", "Reported by"), self.reporter)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("InboxModeration", "e.g. Harassment in a reply"))
        form.addRow(translate("InboxModeration", "Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("InboxModeration", "Report")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class Moderating:
    def __init__(
        self, pane: InboxPane, actions: OutboxActions, report: ReportItem | None = None
    ) -> None:
        self.pane = pane
        self.actions = actions
        self.report = report

    def ask_report(self) -> None:
        pane = self.pane
        item_id = pane.current_id()
        if self.report is None or item_id is None:
            pane.message.emit(translate("InboxModeration", "Open an item to report it."))
            return
        dialog = ReportDialog(pane)
        if not dialog.exec():
            return
        reporter, reason = dialog.reporter.text().strip(), dialog.reason.text().strip()
        if not reason:
            pane.message.emit(translate("InboxModeration", "A report needs a reason."))
            return
        report, me = self.report, pane.service.me

        def done(_entry: int) -> None:
            pane.message.emit(
                translate("InboxModeration", "Reported: the item is in the moderation queue.")
            )
            pane.changes.announce(Changes(moderation=True), pane)

        pane.run(lambda: report(item_id, reporter=reporter or me, reason=reason, by=me), done)

    def ask_remove(self) -> None:
        dialog = RemovalDialog(self.pane)
        if dialog.exec():
            self.moderate(
                ModAction.REMOVE,
                reason=dialog.reason.text().strip(),
                text=dialog.message.toPlainText().strip(),
            )

    def moderate(self, action: ModAction, *, reason: str = "", text: str = "") -> None:
        pane = self.pane
        detail = pane.item_view.detail
        if detail is None or detail.row.id != pane.current_id():
            pane.message.emit(translate("InboxModeration", "Open an item to moderate it."))
            return
        if not self.actions.abilities(detail.connector_id, detail.row.flags).moderate:
            pane.message.emit(
                translate(
                    "InboxModeration",
                    "{account} cannot moderate through its API: do it on the platform.",
                ).format(account=detail.account_name)
            )
            return
        me = pane.service.me
        item = target(detail)

        def done(status: OutboxStatus) -> None:
            pane.composing.after_send(item.item_id or 0, sent_outcome(ActionKind.MODERATE, status))

        pane.composing.holds.submit(
            lambda hold: self.actions.moderate(
                item, action, by=me, reason=reason, message=text, hold=hold
            ),
            mod_action(action),
            done,
        )
