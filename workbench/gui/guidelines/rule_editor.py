"""The rule editor: title, description, examples, severity, action, removal reason,
detectors. Checks what it can before closing; the service checks again when saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.guidelines.detectors import DetectorError
from workbench.core.guidelines.documents import GuidelineError, RuleDraft
from workbench.core.guidelines.state import RuleAction, Severity
from workbench.gui.guidelines.detectors_form import DetectorsForm
from workbench.gui.guidelines.words import action_word, severity_word
from workbench.gui.words import words


def _text_box(text: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 8)
    return box


class RuleEditor(QDialog):
    def __init__(self, draft: RuleDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit rule") if draft else self.tr("New rule"))
        self.resize(720, 640)
        draft = draft or RuleDraft("")
        self.result_draft: RuleDraft | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(draft.title)
        self.description = _text_box(draft.description, 4)
        self.description.setPlaceholderText(self.tr("What the rule means and why (Markdown)"))
        self.allowed = _text_box(draft.allowed)
        self.allowed.setPlaceholderText(self.tr("One example per line"))
        self.not_allowed = _text_box(draft.not_allowed)
        self.not_allowed.setPlaceholderText(self.tr("One example per line"))
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(severity_word(severity), int(severity))
        self.severity.setCurrentIndex(self.severity.findData(int(draft.severity)))
        self.action = QComboBox()
        for action in RuleAction:
            self.action.addItem(action_word(action), str(action))
        self.action.setCurrentIndex(self.action.findData(str(draft.action)))
        self.removal_reason = _text_box(draft.removal_reason, 2)
        self.active = QCheckBox(self.tr("Run the detectors on new items at each sync"))
        self.active.setChecked(draft.active)
        self.detectors = DetectorsForm(draft.detectors)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Allowed"), self.allowed)
        form.addRow(self.tr("Not allowed"), self.not_allowed)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Action on a hit"), self.action)
        form.addRow(self.tr("Removal reason"), self.removal_reason)
        form.addRow(self.tr("Detectors"), self.detectors)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("ruleProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # may quote the user's pattern
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def draft(self) -> RuleDraft:
        """The rule as typed; raises DetectorError or GuidelineError."""
        made = RuleDraft(
            title=self.title.text().strip(),
            description=self.description.toPlainText(),
            allowed=self.allowed.toPlainText(),
            not_allowed=self.not_allowed.toPlainText(),
            severity=Severity(self.severity.currentData()),
            action=RuleAction(self.action.currentData()),
            removal_reason=self.removal_reason.toPlainText(),
            active=self.active.isChecked(),
            detectors=self.detectors.detectors(),
        )
        made.check()
        return made

    @Slot()
    def _on_save(self) -> None:
        try:
            self.result_draft = self.draft()
        except (DetectorError, GuidelineError) as error:
            self.problem.setText(words(error.words))
            return
        self.accept()
