"""The selected prompt on the right: its text, its twin in the other language, its tags,
how it did in each community, and what can be done with it.

Prompt text is the user's (or the bundle's): every label showing it is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.prompts.library import PromptView
from workbench.core.prompts.state import UseState
from workbench.core.prompts.uses import UseView
from workbench.gui.formats import decimal_text, moment_text
from workbench.gui.prompts.words import language_word, purpose_word, use_state_word
from workbench.gui.text import plain_tooltip
from workbench.gui.words import community_type


@dataclass(frozen=True)
class CommunityResult:
    """One line of "how it did here": the community's name and the result's numbers."""

    community: str
    uses: int
    members: int
    replies: int
    score: float | None
    explanation: str


def plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class PromptDetail(QWidget):
    """``pair_chosen(id)``: the user clicked the twin to open it."""

    pair_chosen = Signal(int)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptDetail")
        self.prompt: PromptView | None = None
        self._pair_id: int | None = None
        self.empty = QLabel(self.tr("Select a prompt to see it here, or press N to write one."))
        self.empty.setWordWrap(True)
        self.text = plain(name="promptText")
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.tags = plain(name="promptTags")
        self.tags.setStyleSheet("color: #555;")
        self.pair_title = QLabel(self.tr("<b>In the other language</b>"))
        self.pair = plain(name="promptPair")
        self.open_pair = QToolButton()
        self.open_pair.setObjectName("promptOpenPair")
        self.open_pair.setText(self.tr("Open it"))
        self.open_pair.clicked.connect(self._on_pair_clicked)
        self.results_title = QLabel(self.tr("<b>Results per community</b>"))
        self.results = QGridLayout()
        self.results.setContentsMargins(0, 0, 0, 0)
        self.results_none = QLabel(self.tr("Not used yet. Press U to use it, S for suggestions."))
        self.results_none.setObjectName("promptResultsNone")
        self.results_none.setWordWrap(True)
        self._result_labels: list[QLabel] = []
        self.uses_title = QLabel(self.tr("<b>Latest uses</b>"))
        self.uses_list = plain(name="promptUses")

        buttons = QGridLayout()
        for n, key in enumerate(("use", "edit", "duplicate", "favourite", "archive", "suggest")):
            button = QToolButton()
            button.setDefaultAction(actions[key])
            button.setObjectName(f"promptButton_{key}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the list
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, n // 2, n % 2)
        self.buttons = buttons

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.empty)
        inner.addWidget(self.text)
        inner.addWidget(self.tags)
        inner.addLayout(buttons)
        inner.addSpacing(8)
        inner.addWidget(self.pair_title)
        inner.addWidget(self.pair)
        inner.addWidget(self.open_pair)
        inner.addSpacing(8)
        inner.addWidget(self.results_title)
        inner.addLayout(self.results)
        inner.addWidget(self.results_none)
        inner.addSpacing(8)
        inner.addWidget(self.uses_title)
        inner.addWidget(self.uses_list)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._parts = [self.text, self.tags, self.pair_title, self.pair, self.open_pair,
                       self.results_title, self.results_none, self.uses_title,
                       self.uses_list]  # fmt: skip
        self.clear()

    def clear(self) -> None:
        self.prompt = None
        self.empty.show()
        for part in self._parts:
            part.hide()
        self._set_results([])

    def show_prompt(self, prompt: PromptView, pair: Sequence[PromptView] = ()) -> None:
        self.prompt = prompt
        self.empty.hide()
        self.text.setText(prompt.text)
        self.text.show()
        bits = [language_word(prompt.lang)]
        bits += [community_type(t) for t in prompt.types]
        bits += [purpose_word(p) for p in prompt.purposes]
        bits.append(self.tr("bundled") if str(prompt.origin) == "bundled" else self.tr("your own"))
        if prompt.favourite:
            bits.append(self.tr("★ favourite"))
        if prompt.archived:
            bits.append(self.tr("archived"))
        if prompt.variables:
            bits.append(
                self.tr("variables: {names}").format(
                    names=" ".join(f"{{{v}}}" for v in prompt.variables)
                )
            )
        self.tags.setText(" · ".join(bits))
        self.tags.show()
        twin = next((p for p in pair if p.id != prompt.id), None)
        self._pair_id = twin.id if twin else None
        self.pair_title.setVisible(twin is not None)
        self.pair.setVisible(twin is not None)
        self.open_pair.setVisible(twin is not None)
        if twin is not None:
            self.pair.setText(f"{twin.lang.upper()}: {twin.text}")
        self.results_title.show()

    def show_results(self, results: Sequence[CommunityResult]) -> None:
        self._set_results(list(results))

    def _set_results(self, results: list[CommunityResult]) -> None:
        for label in self._result_labels:
            label.deleteLater()
        self._result_labels = []
        if self.prompt is None:
            self.results_none.hide()
            return
        self.results_none.setVisible(not results)
        for row, result in enumerate(results):
            score = "–" if result.score is None else decimal_text(result.score)
            label = plain(
                self.tr(
                    "{community}: used {uses}×, {members} members replied, {replies} "
                    "replies, score {score}"
                ).format(
                    community=result.community,
                    uses=result.uses,
                    members=result.members,
                    replies=result.replies,
                    score=score,
                ),
                "promptResult",
            )
            label.setToolTip(plain_tooltip(result.explanation))
            self.results.addWidget(label, row, 0)
            self._result_labels.append(label)

    def show_uses(self, uses: Sequence[tuple[str, UseView]]) -> None:
        """The latest uses: when, where, and what became of each (the outcome, later)."""
        lines = []
        for community, use in uses:
            when = moment_text(use.due_at or use.created_at)
            line = f"{when} · {community}: {use_state_word(use.state)}"
            if use.state is UseState.LINKED:
                line += " · " + self.tr("{replies} replies from {members} members").format(
                    replies=use.member_replies, members=use.members
                )
            lines.append(line)
        self.uses_list.setText("\n".join(lines))
        self.uses_title.setVisible(bool(lines))
        self.uses_list.setVisible(bool(lines))

    def result_lines(self) -> list[str]:
        """What the results show, a line per community (tests)."""
        return [label.text() for label in self._result_labels]

    def _on_pair_clicked(self) -> None:
        if self._pair_id is not None:
            self.pair_chosen.emit(self._pair_id)
