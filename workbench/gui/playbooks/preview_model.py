"""The import preview as a table: area, item, status and what will be done with it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.core.playbooks.apply import Choices, choice_for
from workbench.core.playbooks.preview import PreviewEntry
from workbench.core.playbooks.state import Choice, ItemStatus, PlaybookArea
from workbench.gui.playbooks.words import area_word, choice_word, status_word

Index = QModelIndex | QPersistentModelIndex
_STATUS_COLOURS = {
    ItemStatus.NEW: "#1b7a3a",
    ItemStatus.UPDATE: "#1f5fa8",
    ItemStatus.CHANGED: "#a85a00",
    ItemStatus.IDENTICAL: "#6b6b6b",
}


class PreviewModel(QAbstractTableModel):
    AREA, ITEM, STATUS, ACTION = range(4)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.entries: list[PreviewEntry] = []
        self.choices: dict[tuple[PlaybookArea, str], Choice] = {}
        self.default = Choice.MINE

    def set_entries(self, entries: list[PreviewEntry]) -> None:
        self.beginResetModel()
        self.entries, self.choices = list(entries), {}
        self.endResetModel()

    def choose(self, row: int, choice: Choice) -> None:
        entry = self.entries[row]
        if entry.status is not ItemStatus.CHANGED:
            return
        self.choices[(entry.area, entry.key)] = choice
        index = self.index(row, self.ACTION)
        self.dataChanged.emit(index, index)

    def chosen(self) -> Choices:
        return dict(self.choices)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Area"), self.tr("Item"), self.tr("Status"), self.tr("On import"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AREA:
                return area_word(entry.area)
            if column == self.ITEM:
                return " ".join(entry.title.split())
            if column == self.STATUS:
                return status_word(entry.status)
            return self._action(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(_STATUS_COLOURS[entry.status]))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and entry.came_from:
            return self.tr("From %1").replace("%1", entry.came_from)
        return None

    def _action(self, entry: PreviewEntry) -> str:
        if entry.status is ItemStatus.IDENTICAL:
            return self.tr("Nothing to do")
        if entry.status is ItemStatus.NEW:
            return self.tr("Add")
        choice = choice_for(entry, self.choices, self.default)
        if entry.status is ItemStatus.UPDATE and choice is Choice.THEIRS:
            return self.tr("Update")
        return choice_word(choice)
