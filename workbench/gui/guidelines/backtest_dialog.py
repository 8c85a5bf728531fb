"""Backtest a rule before turning it on: its catch per community and a sample to judge.

Each sampled item is marked right or wrong (kept by the detectors' key); the precision
estimate and the number judged update as the user goes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workbench.core.guidelines.backtest import (
    Backtester,
    BacktestResult,
    MatchedItem,
    Precision,
)
from workbench.core.guidelines.detectors import Detector
from workbench.gui.tasks import TaskRunner

ITEM_ID = Qt.ItemDataRole.UserRole


class BacktestDialog(QDialog):
    def __init__(
        self,
        *,
        backtest: Backtester,
        tasks: TaskRunner,
        detectors: Sequence[Detector],
        community_ids: Sequence[int] | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.backtest = backtest
        self.tasks = tasks
        self.detectors = tuple(detectors)
        self.community_ids = community_ids
        self.outcome: BacktestResult | None = None
        self.marks: dict[int, bool] = {}
        self.setWindowTitle(self.tr("Backtest: {0}").format(title))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Looking through the stored items…"))
        self.summary.setObjectName("backtestSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # community names
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        split = QSplitter()
        self.sample = QListWidget()
        self.sample.setObjectName("backtestSample")
        split.addWidget(self.sample)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)  # the item's own text, shown as plain text
        column.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.right_button = QPushButton(self.tr("Right: it breaks the rule"))
        self.wrong_button = QPushButton(self.tr("Wrong: it should not be caught"))
        self.right_button.clicked.connect(lambda: self.mark(True))
        self.wrong_button.clicked.connect(lambda: self.mark(False))
        buttons.addWidget(self.right_button)
        buttons.addWidget(self.wrong_button)
        column.addLayout(buttons)
        self.precision = QLabel()
        self.precision.setObjectName("backtestPrecision")
        column.addWidget(self.precision)
        split.addWidget(right)
        split.setSizes([420, 580])
        layout.addWidget(split, 1)
        self.details: dict[int, MatchedItem] = {}
        self.sample.currentItemChanged.connect(self._on_current)
        self._enable(False)
        self.tasks.run(self._run, self._on_done, self._on_failed, owner=self)

    def _enable(self, on: bool) -> None:
        self.right_button.setEnabled(on)
        self.wrong_button.setEnabled(on)

    def _run(self) -> tuple[BacktestResult, list[MatchedItem], dict[int, bool]]:
        result = self.backtest.run(self.detectors, self.community_ids)
        return result, self.backtest.describe(result.sample), self.backtest.judgements(result.key)

    def _on_done(self, done: tuple[BacktestResult, list[MatchedItem], dict[int, bool]]) -> None:
        self.outcome, described, self.marks = done
        where = ", ".join(f"{c.name}: {c.count}" for c in self.outcome.per_community)
        if not self.outcome.total:
            self.summary.setText(
                self.tr("No stored item would have been caught: nothing to judge yet.")
            )
            self._show_precision()
            return
        self.summary.setText(
            self.tr(
                "{0} stored item(s) would have been caught ({1}). A sample of {2} to judge:"
            ).format(self.outcome.total, where or "-", len(described))
        )
        self.details = {d.item_id: d for d in described}
        for detail in described:
            line = QListWidgetItem(self._line(detail))
            line.setData(ITEM_ID, detail.item_id)
            self.sample.addItem(line)
        if described:
            self.sample.setCurrentRow(0)
        self._show_precision()

    def _on_failed(self, error: Exception) -> None:
        self.summary.setText(self.tr("The backtest failed: {0}").format(error))

    def _line(self, detail: MatchedItem) -> str:
        mark = {True: "✓ ", False: "✗ "}.get(self.marks.get(detail.item_id), "   ")  # type: ignore[arg-type]
        first = (detail.title or detail.text).strip().splitlines()[0:1]
        return f"{mark}{detail.community} · {(first[0] if first else '')[:80]}"

    @Slot()
    def _on_current(self) -> None:
        current = self.sample.currentItem()
        self._enable(current is not None)
        if current is not None:
            detail = self.details[current.data(ITEM_ID)]
            self.text.setPlainText(f"{detail.title}\n\n{detail.text}".strip())

    def mark(self, correct: bool) -> None:
        current = self.sample.currentItem()
        if current is None or self.outcome is None:
            return
        item_id, key = current.data(ITEM_ID), self.outcome.key
        self.marks[item_id] = correct
        current.setText(self._line(self.details[item_id]))
        self.tasks.run(
            lambda: self.backtest.judge(key, item_id, correct),
            lambda _: self._show_precision(),
            self._on_failed,
            owner=self,
        )
        row = self.sample.currentRow()
        if row + 1 < self.sample.count():
            self.sample.setCurrentRow(row + 1)

    def _show_precision(self) -> None:
        p = Precision(sum(1 for m in self.marks.values() if m), len(self.marks))
        if p.estimate is None or p.margin is None:
            self.precision.setText(self.tr("Mark items right or wrong to estimate precision."))
            return
        self.precision.setText(
            self.tr("Precision about {0}% ± {1} (from {2} judged item(s))").format(
                round(p.estimate * 100), round(p.margin * 100), p.judged
            )
        )
