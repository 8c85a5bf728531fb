"""The questions an action asks: the removal reason and how the author hears of it, a
ban's length, a warning's text, a note's kind, a member report's reporter and reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workbench.core.moderation.reasons import RemovalTemplate, TemplateValues, fill
from workbench.core.moderation.state import NoteKind, SendAs
from workbench.gui.moderation.words import note_kind_words, send_as_words


class _Asking(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.rule = QLineEdit()
        self.rule.setObjectName("rule")
        self.rationale = QLineEdit()
        self.rationale.setObjectName("rationale")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self, *, rule: bool = True) -> None:
        if rule:
            self.form.addRow(self.tr("Rule:"), self.rule)
            self.form.addRow(self.tr("Why (for the log):"), self.rationale)
        self.form.addRow(self.buttons)


def _send_as_box(choices: Sequence[SendAs]) -> QComboBox:
    box = QComboBox()
    box.setObjectName("sendAs")
    for choice in choices:
        box.addItem(send_as_words(choice), choice.value)
    return box


class RemoveDialog(_Asking):
    """Remove with a removal reason: ours or the platform's, previewed for the first item."""

    def __init__(
        self,
        templates: Sequence[RemovalTemplate],
        preview: TemplateValues | None,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Remove {0} item(s)").format(count), parent)
        self.templates = list(templates)
        self.preview_values = preview
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(self.tr("No removal reason"), -1)
        for index, template in enumerate(self.templates):
            prefix = self.tr("Reddit: ") if template.native else ""
            self.template.addItem(prefix + template.title, index)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setPlaceholderText(self.tr("fills {reason} in the template"))
        self.send_as = _send_as_box((SendAs.REPLY, SendAs.MODMAIL, SendAs.BOTH, SendAs.NONE))
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.form.addRow(self.tr("Removal reason:"), self.template)
        self.form.addRow(self.tr("Reason text:"), self.reason)
        self.form.addRow(self.tr("Tell the author:"), self.send_as)
        self.form.addRow(self.tr("The author reads:"), self.preview)
        self.template.currentIndexChanged.connect(self._on_changed)
        self.reason.textChanged.connect(self._on_changed)
        self.finish()
        self._on_changed()

    def chosen(self) -> RemovalTemplate | None:
        index = int(self.template.currentData())
        return self.templates[index] if index >= 0 else None

    def _on_changed(self, *_: object) -> None:
        template = self.chosen()
        if template is None or self.preview_values is None:
            self.preview.setPlainText("")
            return
        filled = replace(self.preview_values, reason=self.reason.text())
        self.preview.setPlainText(fill(template.text, filled))


class BanDialog(_Asking):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ban the author(s) of {0} item(s)").format(count), parent)
        self.permanent = QCheckBox(self.tr("Permanently"))
        self.permanent.setObjectName("permanent")
        self.days = QSpinBox()
        self.days.setObjectName("days")
        self.days.setRange(1, 999)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" day(s)"))
        self.permanent.toggled.connect(self.days.setDisabled)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.form.addRow(self.tr("For:"), self.days)
        self.form.addRow("", self.permanent)
        self.form.addRow(self.tr("Message to the member:"), self.message)
        self.finish()

    def ban_days(self) -> int | None:
        return None if self.permanent.isChecked() else self.days.value()


class WarnDialog(_Asking):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Warn the author(s) of {0} item(s)").format(count), parent)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.send_as = _send_as_box((SendAs.MODMAIL, SendAs.REPLY, SendAs.BOTH))
        self.form.addRow(self.tr("Warning:"), self.message)
        self.form.addRow(self.tr("Send:"), self.send_as)
        self.finish()


class NoteDialog(_Asking):
    def __init__(self, member: str, can_push: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Note on {0}").format(member), parent)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in NoteKind:
            self.kind.addItem(note_kind_words(kind), kind.value)
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.push = QCheckBox(self.tr("Also keep it as the platform's mod note (250 characters)"))
        self.push.setObjectName("push")
        self.push.setEnabled(can_push)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Note:"), self.text)
        self.form.addRow("", self.push)
        self.finish(rule=False)

    def note_kind(self) -> NoteKind:
        return NoteKind(self.kind.currentData())


class ReportDialog(_Asking):
    """ "Report this": a member's report recorded by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Report this item"), parent)
        self.reporter = QLineEdit()
        self.reporter.setObjectName("reporter")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        help_text = QLabel(
            self.tr("Who told you about it, and why. It joins the moderation queue.")
        )
        help_text.setWordWrap(True)
        self.form.addRow(help_text)
        self.form.addRow(self.tr("Reported by:"), self.reporter)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.finish(rule=False)
