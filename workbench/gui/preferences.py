"""Preferences: how often to sync, the language, and where the workspace lives (read-only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from workbench.gui.i18n import LANGUAGES, save_language, saved_language, system_language

DEFAULT_INTERVAL = 15
# Each language named in itself, never translated: a reader must find their own.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


def sync_interval() -> int:
    """Minutes between automatic syncs; 0 is off."""
    value = QSettings().value("sync/interval_minutes", DEFAULT_INTERVAL)
    try:
        return max(0, int(str(value)))
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL


class PreferencesDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.interval = QSpinBox()
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("Off"))
        self.interval.setValue(sync_interval())
        form.addRow(self.tr("Sync automatically every"), self.interval)
        self.language = QComboBox()
        system = LANGUAGE_NAMES.get(system_language(), "English")
        self.language.addItem(self.tr("System (%1)").replace("%1", system), None)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        form.addRow(self.tr("Language"), self.language)
        language_hint = QLabel(self.tr("A new language applies the next time you start the app."))
        language_hint.setWordWrap(True)
        form.addRow("", language_hint)
        folder = QLineEdit(str(data_dir))
        folder.setReadOnly(True)
        form.addRow(self.tr("Workspace folder"), folder)
        hint = QLabel(self.tr("Start with --data-dir or WORKBENCH_DATA_DIR to use another folder."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue("sync/interval_minutes", self.interval.value())
        save_language(self.language.currentData())
        super().accept()
