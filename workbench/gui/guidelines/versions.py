"""Versions of a guideline: who published each, when and why; any two side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.guidelines.documents import GuidelineService, SideBySide, VersionView
from workbench.gui.formats import date_time_text
from workbench.gui.guidelines.words import change_word
from workbench.gui.tasks import TaskRunner

COLOURS = {"added": "#e6f4ea", "removed": "#fce8e6", "changed": "#fef7e0"}


def version_label(version: VersionView) -> str:
    when = date_time_text(version.published_at)
    return f"v{version.number} · {when} · {version.published_by}"


class VersionsDialog(QDialog):
    def __init__(
        self,
        *,
        guidelines: GuidelineService,
        tasks: TaskRunner,
        versions: list[VersionView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guidelines = guidelines
        self.tasks = tasks
        self.versions = versions
        self.setWindowTitle(self.tr("Versions"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.left = QComboBox()
        self.right = QComboBox()
        for version in versions:
            self.left.addItem(version_label(version), version.id)
            self.right.addItem(version_label(version), version.id)
        # Newest on the right, the one before on the left: "what changed last".
        self.left.setCurrentIndex(min(1, len(versions) - 1))
        self.right.setCurrentIndex(0)
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.left, 1)
        pick.addWidget(QLabel(self.tr("with")))
        pick.addWidget(self.right, 1)
        layout.addLayout(pick)
        self.why = QLabel()
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["", "", ""])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.lines: list[SideBySide] = []
        self.left.currentIndexChanged.connect(self._on_pick)
        self.right.currentIndexChanged.connect(self._on_pick)
        self._on_pick()

    @Slot()
    def _on_pick(self) -> None:
        left, right = self.left.currentData(), self.right.currentData()
        if left is None or right is None:
            return
        by_id = {v.id: v for v in self.versions}
        self.table.setHorizontalHeaderLabels(
            [version_label(by_id[left]), version_label(by_id[right]), ""]
        )
        self.why.setText(self.tr("Why v{0}: {1}").format(by_id[right].number, by_id[right].why))
        self.tasks.run(lambda: self.guidelines.compare(left, right), self._on_compared, owner=self)

    def _on_compared(self, lines: list[SideBySide]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (line.left or "", line.right or "", change_word(line.change))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # plain text: a table cell never renders HTML
                if line.change in COLOURS:
                    cell.setBackground(QColor(COLOURS[line.change]))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
