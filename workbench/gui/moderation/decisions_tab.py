"""The decision log tab: every action with rule, rationale, actor, time and result;
filtered by action; exported as CSV; and this month's transparency counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.moderation.decisions import DecisionFilter, DecisionView, MonthSummary
from workbench.core.moderation.service import ModerationService
from workbench.core.moderation.state import Decision
from workbench.gui.formats import moment_text
from workbench.gui.moderation.words import decision_words, result_words
from workbench.gui.tasks import TaskRunner


class DecisionsTab(QWidget):
    loaded = Signal()
    exported = Signal(object)  # the Path written

    def __init__(
        self, *, moderation: ModerationService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.moderation = moderation
        self.tasks = tasks
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.action = QComboBox()
        self.action.setObjectName("decisionAction")
        self.action.addItem(self.tr("Every action"), "")
        for decision in Decision:
            self.action.addItem(decision_words(decision), decision.value)
        self.action.currentIndexChanged.connect(self.refresh)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.action)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportDecisions")
        self.export_button.clicked.connect(self._on_export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("monthSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("decisionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Action"),
                self.tr("Member"),
                self.tr("Rule"),
                self.tr("By"),
                self.tr("Community"),
                self.tr("Result"),
                self.tr("Why"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)  # why: as long as it is
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.decisions: list[DecisionView] = []

    def _filter(self) -> DecisionFilter:
        chosen = self.action.currentData()
        return DecisionFilter(actions=(Decision(chosen),) if chosen else ())

    def refresh(self) -> None:
        where = self._filter()
        log = self.moderation.decisions
        self.tasks.run(
            lambda: (log.entries(where), log.monthly()),
            self._on_loaded,
            self._on_failed,
            owner=self,
        )

    def _on_loaded(self, found: tuple[list[DecisionView], list[MonthSummary]]) -> None:
        self.decisions, months = found
        self.table.setRowCount(len(self.decisions))
        for row, d in enumerate(self.decisions):
            cells = (
                moment_text(d.created_at),
                decision_words(d.action),
                d.member,
                d.rule,
                d.actor,
                d.community,
                result_words(d.result),
                d.rationale,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if months:
            month = months[0]
            counts = ", ".join(
                f"{decision_words(Decision(k))}: {v}" for k, v in month.by_action.items()
            )
            self.summary.setText(
                self.tr("{0}: {1} decision(s) — {2}").format(month.month, month.total, counts)
            )
        else:
            self.summary.setText(self.tr("No decisions yet: every action you take is logged here."))
        self.loaded.emit()

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The decision log could not be read: {0}").format(error))

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the decision log"), "decisions.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        where = self._filter()
        log = self.moderation.decisions

        def write() -> Path:
            path.write_text(log.csv_text(where), encoding="utf-8")
            return path

        self.tasks.run(write, self._on_exported, self._on_failed, owner=self)

    def _on_exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {0}.").format(path))
        self.exported.emit(path)
