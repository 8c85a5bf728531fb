"""Questions the Events pane asks before doing something that cannot be undone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_delete(parent: QWidget, title: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EventsAsking", "Delete event"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is user content
    box.setText(
        QCoreApplication.translate(
            "EventsAsking", "Delete “{title}” and all its occurrences?"
        ).format(title=" ".join(title.split()))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
