"""Choose which of an account's communities to follow, and what type each community is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from connectors.api import CommunityRecord, CommunityType
from workbench.core.accounts.service import AccountService, AccountView
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip
from workbench.gui.words import community_type as type_label


class CommunitiesDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        tasks: TaskRunner,
        account: AccountView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.tasks = tasks
        self.account = account
        self.records: list[CommunityRecord] = []
        self.setWindowTitle(self.tr("Communities of {0}").format(account.name))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.status = QLabel(
            self.tr("Asking {0} which communities this account can read…").format(
                account.connector_name
            )
        )
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the platform
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Follow"), self.tr("Community"), self.tr("Type")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(self.buttons)
        account_id = account.id
        self.tasks.run(lambda: self._load(account_id), self._on_loaded, self._on_failed, owner=self)

    def _load(self, account_id: int) -> tuple[list[CommunityRecord], dict[str, tuple[bool, str]]]:
        connector = self.accounts.connector(self.accounts.get(account_id))
        try:
            records = list(connector.list_communities())
        finally:
            connector.close()
        stored = {
            c.external_id: (c.followed, c.community_type or "")
            for c in self.accounts.communities(account_id)
        }
        return records, stored

    def _on_loaded(
        self, result: tuple[Sequence[CommunityRecord], dict[str, tuple[bool, str]]]
    ) -> None:
        records, stored = result
        self.records = list(records)
        self.status.setText(
            self.tr("Tick the communities to bring into the inbox and say what kind each one is.")
            if records
            else self.tr("This account has no communities to follow.")
        )
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            followed, chosen = stored.get(record.external_id, (not stored, ""))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if followed else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            name = QTableWidgetItem(record.name)
            name.setToolTip(plain_tooltip(record.description or record.url))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, name)
            combo = QComboBox()
            combo.addItem(self.tr("— choose —"), "")
            for community_type in CommunityType:
                combo.addItem(type_label(community_type), community_type.value)
            current = chosen or (record.community_type.value if record.community_type else "")
            combo.setCurrentIndex(max(0, combo.findData(current)))
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeColumnsToContents()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Could not list the communities: {0}").format(error))

    def choices(self) -> tuple[list[CommunityRecord], list[CommunityRecord], dict[str, str]]:
        follow, unfollow, types = [], [], {}
        for row, record in enumerate(self.records):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            types[record.external_id] = str(combo.currentData() or "")
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                follow.append(record)
            else:
                unfollow.append(record)
        return follow, unfollow, types

    def _on_save(self) -> None:
        follow, unfollow, types = self.choices()
        account_id = self.account.id

        def work() -> None:
            self.accounts.follow(account_id, follow, types)
            self.accounts.unfollow(account_id, [r.external_id for r in unfollow])

        self.buttons.setEnabled(False)
        self.tasks.run(work, lambda _: self.accept(), self._on_failed, owner=self)
