"""Suggest for this community: pick one, see the prompts that fit it, why, and which are
untried; Use opens the use dialog for the chosen one in that community.

Suggestions come from ``PromptUses.suggest`` on the task runner; prompt text is shown as
plain text (the list's items are never rich text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.communities import Communities, CommunityRef
from workbench.core.prompts.suggest import Suggestion
from workbench.core.prompts.uses import PromptUses
from workbench.gui.prompts.model import one_line
from workbench.gui.prompts.words import explained, language_word
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip
from workbench.gui.words import community_type

SUGGESTIONS = 10


class SuggestDialog(QDialog):
    """``use_requested(prompt, community_id)``: the user chose a suggestion to use."""

    use_requested = Signal(object, int)
    loaded = Signal()

    def __init__(
        self,
        *,
        uses: PromptUses,
        communities: Communities,
        tasks: TaskRunner,
        community_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestDialog")
        self.setWindowTitle(self.tr("Suggest for this community"))
        self.uses, self.tasks = uses, tasks
        self._wanted = community_id
        self._generation = 0
        self.suggestions: list[Suggestion] = []
        self.community = QComboBox()
        self.community.setObjectName("suggestCommunity")
        self.community.setEnabled(False)
        self.kind = QLabel()
        self.kind.setObjectName("suggestKind")
        self.how = QLabel(
            self.tr(
                "Prompts that fit the community's type and were not used there lately, "
                "best results first, with a few untried ones mixed in to learn what works."
            )
        )
        self.how.setWordWrap(True)
        self.how.setStyleSheet("color: #555;")
        self.list = QListWidget()
        self.list.setObjectName("suggestList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.status = QLabel()
        self.status.setObjectName("suggestStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.use_button = QPushButton(self.tr("Use…"))
        self.use_button.setObjectName("suggestUse")
        self.use_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.community.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.currentRowChanged.connect(lambda row: self.use_button.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda _item: self._on_use())
        self.use_button.clicked.connect(self._on_use)

        form = QFormLayout()
        form.addRow(self.tr("Community"), self.community)
        form.addRow("", self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.how)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(720, 520)
        tasks.run(communities.all, self._on_communities, self._on_failed, owner=self)

    def _on_communities(self, refs: list[CommunityRef]) -> None:
        self.community.blockSignals(True)
        for ref in refs:
            self.community.addItem(ref.label, ref)
        wanted = next((n for n, r in enumerate(refs) if r.id == self._wanted), 0)
        self.community.setCurrentIndex(wanted if refs else -1)
        self.community.setEnabled(bool(refs))
        self.community.blockSignals(False)
        if refs:
            self.reload()
        else:
            self.status.setText(self.tr("No community yet: add an account and sync it first."))

    def chosen(self) -> CommunityRef | None:
        ref = self.community.currentData()
        return ref if isinstance(ref, CommunityRef) else None

    def reload(self) -> None:
        ref = self.chosen()
        if ref is None:
            return
        self._generation += 1
        generation = self._generation
        self.kind.setText(
            community_type(ref.community_type)
            if ref.community_type
            else self.tr("No community type set: prompts of every type are suggested.")
        )
        self.list.clear()
        self.use_button.setEnabled(False)
        self.status.setText(self.tr("Looking…"))
        uses = self.uses

        def done(found: list[Suggestion]) -> None:
            if generation == self._generation:
                self._show(found)

        self.tasks.run(
            lambda: uses.suggest(ref.id, limit=SUGGESTIONS), done, self._on_failed, owner=self
        )

    def _show(self, found: list[Suggestion]) -> None:
        self.suggestions = list(found)
        for suggestion in found:
            prompt = suggestion.prompt
            why = explained(suggestion.words)
            mark = self.tr("[untried] ") if suggestion.untried else ""
            item = QListWidgetItem(f"{mark}{one_line(prompt.text, 200)}\n    {why}")
            item.setToolTip(plain_tooltip(f"{language_word(prompt.lang)}: {prompt.text}"))
            self.list.addItem(item)
        if found:
            untried = sum(1 for s in found if s.untried)
            # Two counts, two plurals: French agrees "jamais essayée(s)" with the second.
            suggestions = self.tr("%Ln suggestion(s)", "", len(found))
            self.status.setText(
                self.tr("{suggestions}, %Ln untried here.", "", untried).format(
                    suggestions=suggestions
                )
            )
            self.list.setCurrentRow(0)
        else:
            self.status.setText(
                self.tr("Nothing to suggest: every fitting prompt was used here lately.")
            )
        self.loaded.emit()

    def _on_use(self) -> None:
        row, ref = self.list.currentRow(), self.chosen()
        if 0 <= row < len(self.suggestions) and ref is not None:
            self.use_requested.emit(self.suggestions[row].prompt, ref.id)

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Could not suggest: {error}").format(error=error))
