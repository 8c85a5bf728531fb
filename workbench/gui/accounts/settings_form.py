"""The editors for a connector's declared settings: one aligned form, help under each field.

Fields a connector fills in itself (``internal``, such as a sign-in token) are not shown;
advanced ones are folded away behind a check box.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from connectors.api import Connector, FieldKind, SettingField
from workbench.gui.words import marked

Editor = QLineEdit | QCheckBox | QComboBox
MAX_LABEL_CHARS = 24


def is_internal(field: SettingField) -> bool:
    """A value the connector stores itself (SettingField.internal, plugin API 1.5)."""
    return field.internal


def form_layout() -> QFormLayout:
    """The same geometry for every form of the dialog, so their columns line up."""
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


class SettingsForm(QWidget):
    """Editors for a connector's settings, with the advanced ones folded away."""

    def __init__(
        self,
        connector: type[Connector],
        values: Mapping[str, str],
        editing: bool,
        secret_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, Editor] = {}
        self.labels: list[QLabel] = []
        self.hints: dict[str, QLabel] = {}
        self.secret_hint = secret_hint
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        basic = form_layout()
        layout.addLayout(basic)
        self.show_advanced = QCheckBox(self.tr("Show advanced settings"))
        self.show_advanced.setObjectName("showAdvanced")
        self.advanced = QWidget()
        advanced_form = form_layout()
        self.advanced.setLayout(advanced_form)
        for field in connector.settings_fields:
            if is_internal(field):
                continue
            editor = self._editor(field, values.get(field.key, ""), editing)
            self.editors[field.key] = editor
            label = QLabel(
                marked("ConnectorSettings", field.label) + (" *" if field.required else "")
            )
            label.setWordWrap(True)  # a long label takes two lines, not the fields' room
            label.setBuddy(editor)
            self.labels.append(label)
            target = advanced_form if field.advanced else basic
            target.addRow(label, self._cell(field, editor))
        if advanced_form.rowCount():
            layout.addWidget(self.show_advanced)
            layout.addWidget(self.advanced)
        self.show_advanced.toggled.connect(self._on_show_advanced_toggled)
        self.advanced.setVisible(False)

    def _cell(self, field: SettingField, editor: Editor) -> QWidget:
        """The editor with its help text wrapped underneath (never clipped at the side)."""
        if not field.help:
            return editor
        shown = marked("ConnectorSettings", field.help)
        editor.setToolTip(shown)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        hint = QLabel(shown)
        hint.setWordWrap(True)
        hint.setEnabled(False)  # the palette's quieter text colour, light or dark
        self.hints[field.key] = hint
        column.addWidget(hint)
        return cell

    @Slot(bool)
    def _on_show_advanced_toggled(self, on: bool) -> None:
        self.advanced.setVisible(on)

    def label_width(self) -> int:
        widest = max((label.sizeHint().width() for label in self.labels), default=0)
        return min(widest, self.fontMetrics().averageCharWidth() * MAX_LABEL_CHARS)

    def set_label_width(self, width: int) -> None:
        for label in self.labels:
            label.setMinimumWidth(width)

    def _editor(self, field: SettingField, value: str, editing: bool) -> Editor:
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
                self.tr("Saved — leave empty to keep") if editing else self.secret_hint
            )
        else:
            line.setText(value)
            if field.default:
                line.setPlaceholderText(field.default)
        return line

    def secret_values_given(self, connector: type[Connector]) -> bool:
        values = self.values()
        return any(values.get(key, "").strip() for key in connector.secret_keys())

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
