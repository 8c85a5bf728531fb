"""Export a playbook: a title, who wrote it, a description, and which items of each area
(the user's own are ticked; bundled prompts never edited are offered unticked)."""

from __future__ import annotations

from collections.abc import Set
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.playbooks.export import CatalogEntry, new_header
from workbench.core.playbooks.format import SUFFIX, PlaybookError
from workbench.core.playbooks.service import PlaybookService
from workbench.core.playbooks.state import PlaybookArea
from workbench.gui.formats import number_text
from workbench.gui.playbooks.words import area_word
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import words

KEY = Qt.ItemDataRole.UserRole


class ExportPlaybookDialog(QDialog):
    def __init__(
        self, *, playbooks: PlaybookService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a playbook"))
        self.playbooks, self.tasks = playbooks, tasks
        self.title = QLineEdit(self.tr("Our playbook"))
        self.author = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Where to save it"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._on_choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("File"), where)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("What goes in the playbook")])
        self.message = QLabel(self.tr("Reading the library…"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr("A playbook never holds accounts, secrets, members, communities or items.")
        )
        note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._on_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        service = self.playbooks
        self.tasks.run(service.catalog, self._on_catalog, self._on_failed, owner=self)

    def _on_catalog(self, entries: list[CatalogEntry]) -> None:
        self.tree.clear()
        for area in PlaybookArea:
            mine = [e for e in entries if e.area is area]
            top = QTreeWidgetItem([f"{area_word(area)} ({len(mine)})"])
            top.setData(0, KEY, str(area))
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable
            )
            top.setCheckState(0, Qt.CheckState.Unchecked)
            for entry in mine:
                child = QTreeWidgetItem([" ".join(entry.title.split())])
                child.setData(0, KEY, entry.key)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(
                    0, Qt.CheckState.Checked if entry.default else Qt.CheckState.Unchecked
                )
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(area is not PlaybookArea.PROMPTS)  # prompts: hundreds, bundled
        self.message.setText("")
        self.export_button.setEnabled(True)

    def selection(self) -> dict[PlaybookArea, Set[str] | None]:
        chosen: dict[PlaybookArea, Set[str] | None] = {}
        for number in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(number)
            if top is None:
                continue
            keys = set()
            for n in range(top.childCount()):
                child = top.child(n)
                if child is not None and child.checkState(0) == Qt.CheckState.Checked:
                    keys.add(str(child.data(0, KEY)))
            if keys:
                chosen[PlaybookArea(str(top.data(0, KEY)))] = keys
        return chosen

    def _on_choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a playbook"), "playbook" + SUFFIX, self.tr("Playbooks (*.json)")
        )
        if name:
            self.path.setText(name)

    def _on_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the playbook."))
            return
        path, selection = Path(text).expanduser(), self.selection()
        header = new_header(
            self.title.text(),
            author=self.author.text().strip(),
            description=self.description.toPlainText().strip(),
        )
        service = self.playbooks

        def work() -> int:
            playbook = service.export(header, selection)
            service.write(playbook, path)
            return len(playbook.items)

        self.export_button.setEnabled(False)
        self.tasks.run(work, lambda n: self._on_exported(n, path), self._on_failed, owner=self)

    def _on_exported(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(
            self.tr("%1 items written to %2")
            .replace("%1", number_text(count))
            .replace("%2", str(path))
        )

    def _on_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, PlaybookError):
            self.message.setText(words(error.words))
        elif isinstance(error, OSError):
            self.message.setText(
                self.tr("Not written: %1").replace("%1", error.strerror or str(error))
            )
        else:
            self.message.setText(str(error))
