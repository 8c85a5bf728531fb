"""Import a playbook: pick a file (or a starter), see what is new, changed (with the diff)
and identical, choose per changed item, then import it all in one go.

The file is read and compared off the GUI thread; the import itself too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from connectors.api import CommunityType
from workbench.core.changes import Changes
from workbench.core.playbooks.apply import ImportReport
from workbench.core.playbooks.format import Playbook, PlaybookError
from workbench.core.playbooks.preview import PreviewEntry
from workbench.core.playbooks.service import PlaybookService, starters
from workbench.core.playbooks.state import Choice, ItemStatus
from workbench.gui.changes import ChangeBus
from workbench.gui.playbooks.diff_view import DiffView
from workbench.gui.playbooks.preview_model import PreviewModel
from workbench.gui.playbooks.words import area_word
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import community_type, words

IMPORTED = Changes(prompts=True, guidelines=True, views=True, events=True, moderation=True)


class ImportPlaybookDialog(QDialog):
    def __init__(
        self,
        *,
        playbooks: PlaybookService,
        tasks: TaskRunner,
        changes: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a playbook"))
        self.playbooks, self.tasks, self.changes = playbooks, tasks, changes
        self.playbook: Playbook | None = None
        self.model = PreviewModel(self)
        self._build()

    def _build(self) -> None:
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A playbook file (.json)"))
        self.path.returnPressed.connect(self._on_load)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._on_choose)
        self.starter = QComboBox()
        self.starter.addItem(self.tr("Or start from a bundled playbook…"), None)
        languages = {"en": self.tr("English"), "fr": self.tr("French")}
        for found in starters():
            kind = community_type(CommunityType(found.community_type))
            language = languages.get(found.language, found.language)
            self.starter.addItem(f"{kind} ({language})", str(found.path))
        self.starter.activated.connect(self._on_starter)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(choose)
        top.addWidget(self.starter)
        self.header = QLabel(self.tr("Choose a playbook to see what it holds."))
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # the file's own words
        self.header.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.diff = DiffView()
        self.diff.setPlaceholderText(self.tr("Select a changed item to compare yours and theirs."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.diff)
        split.setSizes([360, 200])
        self.choice_buttons: dict[Choice, QPushButton] = {}
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("For the selected changed items:")))
        for choice, text in (
            (Choice.MINE, self.tr("Keep mine")),
            (Choice.THEIRS, self.tr("Take theirs")),
            (Choice.BOTH, self.tr("Keep both")),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, c=choice: self._on_choice(c))
            choices.addWidget(button)
            self.choice_buttons[choice] = button
        choices.addStretch(1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._on_import)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(choices)
        layout.addLayout(bottom)

    # -- loading ----------------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Read and compare ``path`` in the background; the preview fills when done."""
        self.path.setText(str(path))
        self.playbook = None
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Reading %1…").replace("%1", path.name))
        service = self.playbooks

        def work() -> tuple[Playbook, list[PreviewEntry]]:
            playbook = service.read(path)
            return playbook, service.preview(playbook)

        self.tasks.run(work, self._on_loaded, self._on_failed, owner=self)

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a playbook"), "", self.tr("Playbooks (*.json)")
        )
        if name:
            self.load(Path(name))

    def _on_starter(self, row: int) -> None:
        data = self.starter.itemData(row)
        if data:
            self.load(Path(data))

    def _on_load(self) -> None:
        if self.path.text().strip():
            self.load(Path(self.path.text().strip()).expanduser())

    def _on_loaded(self, result: tuple[Playbook, list[PreviewEntry]]) -> None:
        self.playbook, entries = result
        h = self.playbook.header
        lines = [self.tr("%1, version %2").replace("%1", h.title).replace("%2", str(h.version))]
        if h.author:
            lines.append(self.tr("By %1").replace("%1", h.author))
        if h.description:
            lines.append(h.description)
        self.header.setText("\n".join(lines))
        self.model.set_entries(entries)
        for column in (PreviewModel.AREA, PreviewModel.STATUS, PreviewModel.ACTION):
            self.table.resizeColumnToContents(column)
        counts = {s: sum(e.status is s for e in entries) for s in ItemStatus}
        self.message.setText(
            self.tr("%1 new, %2 updated, %3 changed, %4 identical")
            .replace("%1", str(counts[ItemStatus.NEW]))
            .replace("%2", str(counts[ItemStatus.UPDATE]))
            .replace("%3", str(counts[ItemStatus.CHANGED]))
            .replace("%4", str(counts[ItemStatus.IDENTICAL]))
        )
        self.import_button.setEnabled(any(e.status is not ItemStatus.IDENTICAL for e in entries))
        first_changed = next(
            (n for n, e in enumerate(entries) if e.status is ItemStatus.CHANGED), None
        )
        if first_changed is not None:
            self.table.selectRow(first_changed)

    def _on_failed(self, error: Exception) -> None:
        self.model.set_entries([])
        self.header.setText("")
        if isinstance(error, PlaybookError):
            self.message.setText(self.tr("Refused: %1").replace("%1", words(error.words)))
        else:
            self.message.setText(self.tr("Not read: %1").replace("%1", str(error)))

    # -- choosing and importing -------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self._selected_rows()
        entries = [self.model.entries[r] for r in rows]
        changed = any(e.status is ItemStatus.CHANGED for e in entries)
        for button in self.choice_buttons.values():
            button.setEnabled(changed)
        if len(entries) == 1 and entries[0].mine is not None:
            entry = entries[0]
            title = f"{area_word(entry.area)}: {entry.title}"
            self.diff.setPlainText(title + "\n" + "\n".join(entry.diff()))
        else:
            self.diff.setPlainText("")

    def _on_choice(self, choice: Choice) -> None:
        for row in self._selected_rows():
            self.model.choose(row, choice)

    def _on_import(self) -> None:
        if self.playbook is None:
            return
        playbook, chosen, service = self.playbook, self.model.chosen(), self.playbooks
        self.import_button.setEnabled(False)
        self.message.setText(self.tr("Importing…"))
        self.tasks.run(
            lambda: service.apply(playbook, chosen), self._on_imported, self._on_failed, owner=self
        )

    def _on_imported(self, report: ImportReport) -> None:
        self.message.setText(
            self.tr("Imported: %1 added, %2 updated, %3 kept both, %4 kept as they were")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.both))
            .replace("%4", str(report.kept))
        )
        self.changes.announce(IMPORTED, self)
