"""The cases tab: related items and members grouped under a title, with a status and
notes. A case is opened from the queue's selected entries (their items and authors)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.moderation.cases import CaseView
from workbench.core.moderation.service import ModerationService
from workbench.core.moderation.state import CaseStatus
from workbench.gui.formats import moment_text, number_text
from workbench.gui.moderation.words import case_words
from workbench.gui.tasks import TaskRunner


class CasesTab(QWidget):
    loaded = Signal()

    def __init__(
        self, *, moderation: ModerationService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.moderation = moderation
        self.tasks = tasks
        self.cases: list[CaseView] = []
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Open a case from entries selected in the queue: right-click them, or press C.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("casesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Status"),
                self.tr("Items"),
                self.tr("Members"),
                self.tr("Updated"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selected)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.status = QComboBox()
        self.status.setObjectName("caseStatus")
        for status in CaseStatus:
            self.status.addItem(case_words(status), status.value)
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status)
        row.addStretch(1)
        self.save = QPushButton(self.tr("Save the case"))
        self.save.setObjectName("saveCase")
        self.save.clicked.connect(self._on_save)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("caseNotes")
        self.notes.setPlaceholderText(self.tr("What this case is about, what was decided"))
        layout.addWidget(self.notes, 1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self._on_selected()

    def current(self) -> CaseView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.cases[rows[0].row()] if rows and rows[0].row() < len(self.cases) else None

    def refresh(self) -> None:
        cases = self.moderation.cases
        self.tasks.run(cases.all, self._on_loaded, self._on_failed, owner=self)

    def _on_loaded(self, cases: list[CaseView]) -> None:
        chosen = self.current()
        self.cases = cases
        self.table.setRowCount(len(cases))
        for number, case in enumerate(cases):
            cells = (
                case.title,
                case_words(case.status),
                number_text(len(case.item_ids)),
                number_text(len(case.member_ids)),
                moment_text(case.updated_at),
            )
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
            if chosen is not None and case.id == chosen.id:
                self.table.selectRow(number)
        if not cases:
            self.message.setText(self.tr("No cases yet."))
        self.loaded.emit()

    def _on_failed(self, error: Exception) -> None:
        self.message.setText(self.tr("The cases could not be read: {0}").format(error))
        self.loaded.emit()

    def _on_selected(self) -> None:
        case = self.current()
        for widget in (self.status, self.save, self.notes):
            widget.setEnabled(case is not None)
        if case is not None:
            self.status.setCurrentIndex(self.status.findData(case.status.value))
            self.notes.setPlainText(case.notes)

    def _on_save(self) -> None:
        case = self.current()
        if case is None:
            return
        status, notes = CaseStatus(self.status.currentData()), self.notes.toPlainText()
        cases = self.moderation.cases
        self.tasks.run(
            lambda: cases.update(case.id, status=status, notes=notes),
            lambda _: self.refresh(),
            self._on_failed,
            owner=self,
        )
