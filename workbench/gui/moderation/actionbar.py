"""The action bar under a queue entry: one button per decision, each with a one-key
shortcut while the queue has focus (A approve, R remove, S spam, W warn, B ban, N note,
E escalate, D dismiss), acting on every selected entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from workbench.core.moderation.state import Decision
from workbench.gui.moderation.words import decision_words

KEYS = {
    Decision.APPROVE: "A",
    Decision.REMOVE: "R",
    Decision.SPAM: "S",
    Decision.WARN: "W",
    Decision.BAN: "B",
    Decision.NOTE: "N",
    Decision.ESCALATE: "E",
    Decision.DISMISS: "D",
}
ASKS = {Decision.REMOVE, Decision.WARN, Decision.BAN, Decision.NOTE}


class ActionBar(QWidget):
    def __init__(
        self, on_action: Callable[[Decision], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Two rows of four: the entry beside the queue stays narrow enough for the queue.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Decision, QPushButton] = {}
        for number, (decision, key) in enumerate(KEYS.items()):
            label = decision_words(decision) + ("…" if decision in ASKS else "")
            button = QPushButton(f"{label} ({key})")
            button.setObjectName(f"act_{decision.value}")
            button.setShortcut(QKeySequence(key))
            button.setToolTip(self.tr("Shortcut: {0}").format(key))
            button.clicked.connect(lambda _=False, d=decision: on_action(d))
            layout.addWidget(button, number // 4, number % 4)
            self.buttons[decision] = button

    def set_enabled(self, count: int) -> None:
        for decision, button in self.buttons.items():
            # A note is about one member: one entry at a time.
            button.setEnabled(count == 1 if decision is Decision.NOTE else count > 0)
