"""Add or edit an account: a form generated from the connector's declared settings.

Secret fields are masked and go to the keyring; when editing, an empty secret keeps the
stored one. Testing and saving run off the GUI thread (they may hit the network or keyring).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from connectors.api import Connector, FieldKind, SettingField
from workbench.core.accounts.service import AccountService, AccountView
from workbench.gui.tasks import TaskRunner


class SettingsForm(QWidget):
    """Editors for a connector's settings, with the advanced ones folded away."""

    def __init__(
        self,
        connector: type[Connector],
        values: Mapping[str, str],
        editing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, QLineEdit | QCheckBox | QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        basic = QFormLayout()
        layout.addLayout(basic)
        self.advanced = QGroupBox(self.tr("Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        advanced_form = QFormLayout(self.advanced)
        has_advanced = False
        for field in connector.settings_fields:
            editor = self._editor(field, values.get(field.key, ""), editing)
            self.editors[field.key] = editor
            label = field.label + (" *" if field.required else "")
            target = advanced_form if field.advanced else basic
            has_advanced = has_advanced or field.advanced
            target.addRow(label, editor)
            if field.help:
                editor.setToolTip(field.help)
                hint = QLabel(field.help)
                hint.setWordWrap(True)
                hint.setEnabled(False)  # the palette's quieter text colour, light or dark
                target.addRow("", hint)
        self.advanced.toggled.connect(self._on_advanced_toggled)
        self._on_advanced_toggled(False)
        if has_advanced:
            layout.addWidget(self.advanced)

    @Slot(bool)
    def _on_advanced_toggled(self, on: bool) -> None:
        for child in self.advanced.findChildren(QWidget):
            child.setVisible(on)

    def _editor(
        self, field: SettingField, value: str, editing: bool
    ) -> QLineEdit | QCheckBox | QComboBox:
        if field.kind is FieldKind.BOOLEAN:
            box = QCheckBox()
            box.setChecked((value or field.default).lower() in ("1", "true", "yes"))
            return box
        if field.kind is FieldKind.CHOICE and field.choices:
            combo = QComboBox()
            combo.addItems(list(field.choices))
            combo.setCurrentText(value or field.default)
            return combo
        line = QLineEdit()
        line.setObjectName(f"setting_{field.key}")
        if field.secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setPlaceholderText(
                self.tr("Stored in the keyring — leave empty to keep")
                if editing
                else self.tr("Stored in your system keyring")
            )
        else:
            line.setText(value)
            if field.default:
                line.setPlaceholderText(field.default)
        return line

    def values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                result[key] = "true" if editor.isChecked() else "false"
            elif isinstance(editor, QComboBox):
                result[key] = editor.currentText()
            else:
                result[key] = editor.text()
        return result


class AccountDialog(QDialog):
    """Add an account (pick a connector) or edit one (``account`` given)."""

    def __init__(
        self,
        accounts: AccountService,
        tasks: TaskRunner,
        account: AccountView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.tasks = tasks
        self.account = account
        self.saved: AccountView | None = None
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("Add account"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.connector_box = QComboBox()
        for cls in accounts.registry.loaded():
            self.connector_box.addItem(cls.display_name, cls.id)
        if account:
            self.connector_box.setCurrentIndex(self.connector_box.findData(account.connector_id))
            self.connector_box.setEnabled(False)
        self.name = QLineEdit(account.name if account else "")
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Brewly on Facebook"))
        top.addRow(self.tr("Platform"), self.connector_box)
        top.addRow(self.tr("Account name"), self.name)
        layout.addLayout(top)
        self.form_holder = QVBoxLayout()
        layout.addLayout(self.form_holder)
        self.form: SettingsForm | None = None
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.test_button = QPushButton(self.tr("Test connection"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self._on_test)
        layout.addWidget(buttons)
        self.connector_box.currentIndexChanged.connect(self._on_connector_changed)
        self._on_connector_changed()

    def connector_id(self) -> str:
        return str(self.connector_box.currentData() or "")

    @Slot()
    def _on_connector_changed(self) -> None:
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        cls = self.accounts.registry.get(self.connector_id())
        if cls is None:
            self.form = None
            return
        values = {k: str(v) for k, v in (self.account.settings if self.account else {}).items()}
        self.form = SettingsForm(cls, values, editing=self.account is not None, parent=self)
        self.form_holder.addWidget(self.form)
        self.result_label.clear()

    def _busy(self, busy: bool, message: str = "") -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if message:
            self.result_label.setText(message)

    @Slot()
    def _on_test(self) -> None:
        if self.form is None:
            return
        values, connector_id = self.form.values(), self.connector_id()
        if self.account is not None:
            # Testing an existing account: saved secrets fill in the empty ones.
            account_id = self.account.id

            def work() -> str:
                return self.accounts.test_connection(account_id).summary
        else:

            def work() -> str:
                return self.accounts.test_settings(connector_id, values).summary

        self._busy(True, self.tr("Testing…"))
        self.tasks.run(work, self._on_tested, self._on_failed, owner=self)

    @Slot()
    def _on_save(self) -> None:
        if self.form is None:
            self.result_label.setText(self.tr("Pick a platform first."))
            return
        values, name, connector_id = self.form.values(), self.name.text(), self.connector_id()
        account = self.account

        def work() -> AccountView:
            if account is None:
                return self.accounts.add(connector_id, name, values)
            return self.accounts.update(account.id, values, name=name)

        self._busy(True, self.tr("Saving…"))
        self.tasks.run(work, self._on_saved, self._on_failed, owner=self)

    def _on_tested(self, summary: str) -> None:
        self._busy(False, self.tr("✔ Connection works: {0}").format(summary))

    def _on_saved(self, account: AccountView) -> None:
        self._busy(False)
        self.saved = account
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._busy(False, self.tr("✘ {0}").format(error))
