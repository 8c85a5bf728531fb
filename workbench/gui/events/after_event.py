"""After the event (the editor's last tab): attendance (entered, or counted from the webinar
tool's CSV file), the recording link, notes, and its impact: activity in its communities
the week after, against a week on average over the four weeks before."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from workbench.core.events.impact import Impact
from workbench.core.events.model import EventView
from workbench.core.events.service import EventService
from workbench.gui.events.words import problem_text
from workbench.gui.formats import number_text, percent_text
from workbench.gui.tasks import TaskRunner


class AfterEventForm(QWidget):
    saved = Signal()

    def __init__(
        self,
        view: EventView,
        *,
        events: EventService,
        tasks: TaskRunner,
        occurrence: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view, self.events, self.tasks, self.occurrence = view, events, tasks, occurrence
        self.attendance = QSpinBox(self)
        self.attendance.setRange(-1, 10_000_000)
        self.attendance.setSpecialValueText(self.tr("Not entered"))
        self.attendance.setValue(view.attendance if view.attendance is not None else -1)
        self.import_csv = QPushButton(self.tr("From a CSV file…"), self)
        self.import_csv.setToolTip(
            self.tr("The attendee list from Zoom, Google Meet, Teams or another webinar tool")
        )
        self.import_csv.clicked.connect(self._on_import_clicked)
        attendance = QHBoxLayout()
        attendance.addWidget(self.attendance, 1)
        attendance.addWidget(self.import_csv)
        self.recording = QLineEdit(view.recording_link, self)
        self.recording.setPlaceholderText("https://")
        self.notes = QPlainTextEdit(view.notes, self)
        self.notes.setTabChangesFocus(True)
        self.impact = QLabel(self.tr("Counting…"), self)
        self.impact.setWordWrap(True)
        self.save = QPushButton(self.tr("Save outcome"), self)
        self.save.clicked.connect(self._on_save_clicked)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Attendance:"), attendance)
        form.addRow(self.tr("Recording link:"), self.recording)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.tr("Impact:"), self.impact)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save)
        save_row.addStretch(1)
        form.addRow("", save_row)
        form.addRow("", self.message)
        self.count_impact()

    def count_impact(self) -> None:
        events, event_id, occurrence = self.events, self.view.id, self.occurrence
        self.tasks.run(
            lambda: events.impact(event_id, occurrence=occurrence),
            self._show_impact,
            self._on_failed,
            owner=self,
        )

    def _show_impact(self, found: Impact) -> None:
        if not self.view.community_ids:
            self.impact.setText(self.tr("Choose the event's communities to see its impact."))
            return
        text = self.tr(
            "{after} items in its communities the week after; {before} a week before."
        ).format(
            after=number_text(found.week_after), before=number_text(round(found.weekly_before))
        )
        if not found.complete:  # a change over part of a week would mislead
            text += " " + self.tr("(The week after is not over yet.)")
        elif found.change is not None:
            text += " " + self.tr("Change: {change}.").format(
                change=percent_text(found.change, signed=True)
            )
        self.impact.setText(text)

    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attendee list"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        events, event_id = self.events, self.view.id

        def done(count: int) -> None:
            self.attendance.setValue(count)
            self.message.setText(
                self.tr("{count} attendees counted from {file}.").format(
                    count=count, file=path.name
                )
            )
            self.saved.emit()

        self.tasks.run(
            lambda: events.import_attendance(event_id, path), done, self._on_failed, owner=self
        )

    def _on_save_clicked(self) -> None:
        events, event_id = self.events, self.view.id
        attendance = self.attendance.value() if self.attendance.value() >= 0 else None
        recording, notes = self.recording.text(), self.notes.toPlainText()

        def done(_result: object) -> None:
            self.message.setText(self.tr("Saved."))
            self.saved.emit()

        self.tasks.run(
            lambda: events.record_outcome(
                event_id, recording_link=recording, notes=notes, attendance=attendance
            ),
            done,
            self._on_failed,
            owner=self,
        )

    def _on_failed(self, error: Exception) -> None:
        self.message.setText(problem_text(error))
