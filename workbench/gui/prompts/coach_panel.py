"""The coach beside a question being written: what it flags, why, and better wordings.

The coach (``workbench.core.prompts.coach.check``) runs as the user types, ~150 ms after the
last key, on the task runner; an answer for text that has changed since is dropped. Each flag
is a short chip, each reason a line (core marks the reasons in the "Coach" context), and each
rewrite a button that puts its wording in place of the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from workbench.core.prompts.coach import Verdict, check
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip
from workbench.gui.words import words

DEBOUNCE_MS = 150
MAX_REWRITES = 3
REWRITE_CHARS = 70  # longer ones are cut on the button (the tooltip has them whole)

CHIP_STYLE = (
    "QLabel#coachChip { background: #fde8c8; color: #6b3d00; border: 1px solid #e8b46a;"
    " border-radius: 8px; padding: 1px 8px; }"
)


class CoachPanel(QWidget):
    """``rewrite_chosen(text)``: the user clicked a suggested wording.
    ``checked(verdict)``: the verdict now shown (tests, the editor's status)."""

    rewrite_chosen = Signal(str)
    checked = Signal(object)

    def __init__(self, *, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachPanel")
        self.tasks = tasks
        self._text = ""
        self._lang = "auto"
        self._generation = 0
        self.verdict: Verdict | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_check)

        self.heading = QLabel(self.tr("<b>Coach</b>"))
        self.summary = QLabel(self.tr("Write a question: the coach says how open it is."))
        self.summary.setObjectName("coachSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may hold an error's text
        self.summary.setWordWrap(True)
        self.chips_row = QHBoxLayout()
        self.chips_row.setContentsMargins(0, 0, 0, 0)
        self.chips_row.addStretch(1)
        self.reasons = QLabel()
        self.reasons.setObjectName("coachReasons")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setWordWrap(True)
        self.rewrites_title = QLabel(self.tr("Try instead (click to use):"))
        self.rewrites_box = QVBoxLayout()
        self.rewrites_box.setContentsMargins(0, 0, 0, 0)
        self.rewrite_buttons: list[QPushButton] = []
        self.chips: list[QLabel] = []
        self._rewrites: list[str] = []
        self.setStyleSheet(CHIP_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.chips_row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.rewrites_title)
        layout.addLayout(self.rewrites_box)
        layout.addStretch(1)
        self._show(None)

    # -- checking ---------------------------------------------------------------------

    def set_text(self, text: str, lang: str = "auto") -> None:
        """The question changed: check it once the user pauses."""
        self._text, self._lang = text, lang
        self._generation += 1
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def _run_check(self) -> None:
        generation = self._generation
        text, lang = self._text.strip(), self._lang
        if not text:
            self._show(None)
            return

        def done(verdict: Verdict) -> None:
            if generation == self._generation:
                self._show(verdict)

        self.tasks.run(lambda: check(text, lang), done, self._on_failed, owner=self)

    def _on_failed(self, error: Exception) -> None:
        self.summary.setText(
            self.tr("The coach could not read this text: {error}").format(error=error)
        )

    # -- showing ----------------------------------------------------------------------

    def _flag_words(self, verdict: Verdict) -> list[tuple[str, str]]:
        flags = [
            (verdict.closed, self.tr("Closed"), self.tr("Can be answered with yes or no")),
            (verdict.leading, self.tr("Leading"), self.tr("Suggests the answer it expects")),
            (verdict.double, self.tr("Two in one"), self.tr("Asks two questions at once")),
            (verdict.either_or, self.tr("Either/or"), self.tr("Offers only two choices")),
        ]
        return [(label, tip) for on, label, tip in flags if on]

    def _show(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        for chip in self.chips:
            chip.deleteLater()
        for button in self.rewrite_buttons:
            button.deleteLater()
        self.chips, self.rewrite_buttons = [], []
        flags = self._flag_words(verdict) if verdict is not None else []
        if verdict is None:
            self.summary.setText(self.tr("Write a question: the coach says how open it is."))
        elif flags:
            self.summary.setText(self.tr("This question may get fewer answers:"))
        else:
            self.summary.setText(self.tr("An open question: good to go."))
        for label, tip in flags:
            chip = QLabel(label)
            chip.setObjectName("coachChip")
            chip.setToolTip(tip)
            self.chips_row.insertWidget(self.chips_row.count() - 1, chip)
            self.chips.append(chip)
        reasons = [words(r) for r in (verdict.reason_words() if verdict else ())]
        self.reasons.setText("\n".join(f"• {r}" for r in reasons))
        self.reasons.setVisible(bool(reasons))
        rewrites = list(verdict.rewrites if verdict else ())[:MAX_REWRITES]
        self._rewrites = rewrites
        for text in rewrites:
            shown = text if len(text) <= REWRITE_CHARS else text[: REWRITE_CHARS - 1] + "…"
            # A button's text is plain, but "&" marks a mnemonic: doubled, it shows as is.
            button = QPushButton("→ " + shown.replace("&", "&&"))
            button.setObjectName("coachRewrite")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; color: palette(link);")
            button.setToolTip(plain_tooltip(self.tr("Use this wording:") + "\n" + text))
            button.clicked.connect(lambda _c=False, t=text: self.rewrite_chosen.emit(t))
            self.rewrites_box.addWidget(button)
            self.rewrite_buttons.append(button)
        self.rewrites_title.setVisible(bool(rewrites))
        self.checked.emit(verdict)

    def shown_flags(self) -> list[str]:
        return [chip.text() for chip in self.chips]

    def shown_rewrites(self) -> list[str]:
        return list(self._rewrites)

    def closeEvent(self, event: Any) -> None:
        self._timer.stop()
        super().closeEvent(event)
