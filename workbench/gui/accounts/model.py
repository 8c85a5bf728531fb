"""Table model of the accounts list: a thin adapter over AccountView records."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from workbench.core.accounts.service import AccountView
from workbench.core.accounts.state import AccountState
from workbench.gui.formats import moment_text, number_text, time_text
from workbench.gui.text import plain_tooltip
from workbench.gui.words import words

translate = QCoreApplication.translate
NEEDS_ATTENTION = tuple(s for s in AccountState if s.needs_attention)


def when(value: datetime | None) -> str:
    return moment_text(value) if value else translate("AccountsModel", "never")


def signed_in_before(account: AccountView) -> bool:
    return account.signed_in_before


def state_words(account: AccountView) -> str:
    """The account's state in words a user understands (core says which words)."""
    return words(account.state_words())


def budget_words(account: AccountView) -> str:
    if account.budget_remaining is None:
        return ""
    text = translate("AccountsModel", "{0} requests left").format(
        number_text(account.budget_remaining)
    )
    if account.budget_reset_at:
        text += translate("AccountsModel", ", resets {0}").format(
            time_text(account.budget_reset_at)
        )
    return text


def headers() -> tuple[str, ...]:
    return (translate("AccountsModel", "Account"), translate("AccountsModel", "Connector"), translate("AccountsModel", "State"), translate("AccountsModel", "Last sync"), translate("AccountsModel", "Items"),
            translate("AccountsModel", "Communities"), translate("AccountsModel", "Requests"))  # fmt: skip


class AccountsModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self) -> None:
        super().__init__()
        self.accounts: list[AccountView] = []

    def set_accounts(self, accounts: list[AccountView]) -> None:
        self.beginResetModel()
        self.accounts = accounts
        self.endResetModel()

    def account(self, row: int) -> AccountView | None:
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        account = self.accounts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                account.name,
                account.connector_name,
                state_words(account),
                when(account.last_sync_at),
                number_text(account.item_count),
                number_text(account.community_count),
                budget_words(account),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and account.status_message:
            return plain_tooltip(words(account.status_words))  # stored as Words: translated
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 2
            and account.status in (*NEEDS_ATTENTION, AccountState.RATE_LIMITED)
        ):
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorRole.Accent))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
