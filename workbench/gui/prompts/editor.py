"""The dialog to write a new prompt or edit one, with the coach reading along.

The text is on the left with its language, community types and purposes; the coach on the
right flags what may close the conversation and offers rewrites, which replace the text on a
click. Saving is the pane's job (off the GUI thread): the dialog only collects the values.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from connectors.api import CommunityType
from workbench.core.prompts.coach import detect_language
from workbench.core.prompts.library import PromptView
from workbench.core.prompts.state import Purpose
from workbench.gui.prompts.coach_panel import CoachPanel
from workbench.gui.prompts.words import language_word, purpose_word
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import community_type


@dataclass(frozen=True)
class Draft:
    """What the user wrote: the pane hands it to the library."""

    lang: str
    text: str
    types: tuple[CommunityType, ...]
    purposes: tuple[Purpose, ...]


def _checkboxes(
    title: str, items: list[tuple[str, str]], columns: int
) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    box = QGroupBox(title)
    grid = QGridLayout(box)
    checks: dict[str, QCheckBox] = {}
    for n, (value, label) in enumerate(items):
        check = QCheckBox(label.replace("&", "&&"))  # "Live Q&A", not a mnemonic
        check.setObjectName(f"check_{value}")
        grid.addWidget(check, n // columns, n % columns)
        checks[value] = check
    return box, checks


class PromptEditor(QDialog):
    def __init__(
        self,
        *,
        tasks: TaskRunner,
        prompt: PromptView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promptEditor")
        self.prompt = prompt
        self.setWindowTitle(self.tr("Edit prompt") if prompt else self.tr("New prompt"))
        self.lang = QComboBox()
        self.lang.setObjectName("promptEditorLang")
        self.lang.addItem(self.tr("Detect from the text"), "auto")
        for lang in ("en", "fr"):
            self.lang.addItem(language_word(lang), lang)
        self.text = QPlainTextEdit()
        self.text.setObjectName("promptEditorText")
        self.text.setPlaceholderText(
            self.tr("An open question, e.g. What is one thing you learned about {topic} this week?")
        )
        self.text.setTabChangesFocus(True)
        types, self.type_checks = _checkboxes(
            self.tr("Community types"), [(t.value, community_type(t)) for t in CommunityType], 2
        )
        purposes, self.purpose_checks = _checkboxes(
            self.tr("Purposes"), [(p.value, purpose_word(p)) for p in Purpose], 3
        )
        self.coach = CoachPanel(tasks=tasks)
        self.coach.setMinimumWidth(300)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel()
        self.note.setObjectName("promptEditorNote")
        self.note.setWordWrap(True)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_save)

        if prompt is not None:
            self.text.setPlainText(prompt.text)
            self.lang.setCurrentIndex(max(0, self.lang.findData(prompt.lang)))
            self.lang.setEnabled(False)  # a prompt's language is what its pair is about
            for kind in prompt.types:
                self.type_checks[str(kind)].setChecked(True)
            for purpose in prompt.purposes:
                self.purpose_checks[str(purpose)].setChecked(True)
            if str(prompt.origin) == "bundled":
                self.note.setText(
                    self.tr(
                        "A bundled prompt: once you edit it, it is yours and updates of the "
                        "bundled library leave it as you wrote it."
                    )
                )
        self.note.setVisible(bool(self.note.text()))

        self.text.textChanged.connect(self._on_text_changed)
        self.lang.currentIndexChanged.connect(lambda _i: self._on_text_changed())
        self.coach.rewrite_chosen.connect(self._on_rewrite)

        left = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.lang, 1)
        left.addLayout(row)
        left.addWidget(self.text, 1)
        left.addWidget(types)
        left.addWidget(purposes)
        left.addWidget(self.note)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.coach, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 520)
        self._on_text_changed()
        self.text.setFocus()

    def _on_text_changed(self) -> None:
        text = self.text.toPlainText()
        self.save_button.setEnabled(bool(text.strip()))
        self.coach.set_text(text, str(self.lang.currentData()))

    def _on_rewrite(self, text: str) -> None:
        self.text.setPlainText(text)
        self.text.setFocus()
        self.text.moveCursor(QTextCursor.MoveOperation.End)

    def _on_save(self) -> None:
        if self.text.toPlainText().strip():
            self.accept()

    def draft(self) -> Draft:
        lang, text = str(self.lang.currentData()), self.text.toPlainText().strip()
        if lang == "auto":  # the coach's guess, made now: its last check may be for older text
            lang = detect_language(text)
        return Draft(
            lang=lang,
            text=text,
            types=tuple(CommunityType(v) for v, c in self.type_checks.items() if c.isChecked()),
            purposes=tuple(Purpose(v) for v, c in self.purpose_checks.items() if c.isChecked()),
        )

    def done(self, result: int) -> None:
        self.coach.close()  # stops its timer
        super().done(result)
