"""A poll's question, its 2 to 6 options and how many days it runs (1 to 7)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from workbench.core.events.model import MAX_POLL_DAYS, MAX_POLL_OPTIONS, MIN_POLL_DAYS, PollSpec


class PollForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLineEdit(self)
        self.question.setPlaceholderText(self.tr("What should the community choose?"))
        self.options = [QLineEdit(self) for _ in range(MAX_POLL_OPTIONS)]
        self.days = QSpinBox(self)
        self.days.setRange(MIN_POLL_DAYS, MAX_POLL_DAYS)
        self.days.setValue(3)
        self.days.setSuffix(self.tr(" days"))
        form = QFormLayout(self)
        form.addRow(self.tr("Question:"), self.question)
        for number, edit in enumerate(self.options, start=1):
            edit.setPlaceholderText(self.tr("Required") if number <= 2 else self.tr("Optional"))
            form.addRow(self.tr("Option {number}:").format(number=number), edit)
            edit.textChanged.connect(self.changed)
        form.addRow(self.tr("Runs for:"), self.days)
        self.question.textChanged.connect(self.changed)
        self.days.valueChanged.connect(self.changed)

    def spec(self) -> PollSpec:
        options = tuple(e.text().strip() for e in self.options if e.text().strip())
        return PollSpec(self.question.text().strip(), options, self.days.value())

    def set_spec(self, spec: PollSpec | None) -> None:
        self.question.setText(spec.question if spec else "")
        options = list(spec.options) if spec else []
        for i, edit in enumerate(self.options):
            edit.setText(options[i] if i < len(options) else "")
        self.days.setValue(spec.duration_days if spec else 3)
