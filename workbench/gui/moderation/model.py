"""The queue's table model: a thin adapter over core's QueueEntry list (sorted in core)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.core.moderation.queue import QueueEntry
from workbench.gui.moderation.words import age_words, severity_words
from workbench.gui.text import plain_tooltip
from workbench.gui.words import item_kind

translate = QCoreApplication.translate


def headers() -> tuple[str, ...]:
    return (
        translate("ModerationQueue", "Severity"),
        translate("ModerationQueue", "Age"),
        translate("ModerationQueue", "Item"),
        translate("ModerationQueue", "Reason"),
        translate("ModerationQueue", "Author"),
        translate("ModerationQueue", "Reports"),
        translate("ModerationQueue", "Kind"),
        translate("ModerationQueue", "Community"),
    )


def reason_text(entry: QueueEntry) -> str:
    rules = [translate("ModerationQueue", "Rule: {0}").format(r) for r in entry.rules]
    return "; ".join([*rules, *entry.reasons])


class QueueModel(QAbstractTableModel):
    COLUMNS = 8
    ItemIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[QueueEntry] = []
        self.now = datetime.now(UTC)

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.now = datetime.now(UTC)
        self.endResetModel()

    def entry(self, row: int) -> QueueEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, item_id: int) -> int:
        return next((i for i, e in enumerate(self.entries) if e.item_id == item_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return headers()[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        row = entry.row
        if role == Qt.ItemDataRole.DisplayRole:
            escalated = translate("ModerationQueue", " (escalated)") if entry.escalated else ""
            return (
                severity_words(entry.severity) + escalated,
                age_words(entry.age_seconds(self.now)),
                " ".join((row.title or row.snippet).split())[:200],
                reason_text(entry),
                row.author,
                str(entry.report_count),
                item_kind(row.kind),
                row.community,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3):
            return plain_tooltip(row.snippet if index.column() == 2 else reason_text(entry))
        if role == self.ItemIdRole:
            return entry.item_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
