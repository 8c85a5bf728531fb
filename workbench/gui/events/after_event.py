"""After the event: attendance, the recording link and notes (the editor's last tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workbench.core.events.model import EventView
from workbench.core.events.service import EventService
from workbench.gui.tasks import TaskRunner


class AfterEventForm(QWidget):
    saved = Signal()

    def __init__(
        self,
        view: EventView,
        *,
        events: EventService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.events, self.tasks = view, events, tasks
        self.attendance = QSpinBox(self)
        self.attendance.setRange(-1, 10_000_000)
        self.attendance.setSpecialValueText(self.tr("Not entered"))
        self.attendance.setValue(view.attendance if view.attendance is not None else -1)
        self.recording = QLineEdit(view.recording_link, self)
        self.recording.setPlaceholderText("https://")
        self.notes = QPlainTextEdit(view.notes, self)
        self.notes.setTabChangesFocus(True)
        self.save = QPushButton(self.tr("Save outcome"), self)
        self.save.clicked.connect(self._on_save_clicked)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Attendance:"), self.attendance)
        form.addRow(self.tr("Recording link:"), self.recording)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow("", self.save)
        form.addRow("", self.message)

    def _on_save_clicked(self) -> None:
        events, event_id = self.events, self.view.id
        attendance = self.attendance.value() if self.attendance.value() >= 0 else None
        recording, notes = self.recording.text(), self.notes.toPlainText()

        def done(_result: object) -> None:
            self.message.setText(self.tr("Saved."))
            self.saved.emit()

        def failed(error: Exception) -> None:
            self.message.setText(str(error))

        self.tasks.run(
            lambda: events.record_outcome(
                event_id, recording_link=recording, notes=notes, attendance=attendance
            ),
            done,
            failed,
            owner=self,
        )
