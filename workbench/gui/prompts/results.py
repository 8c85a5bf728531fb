"""How prompts did: a sortable table per prompt or per community, the score explained.

The rows come from ``PromptUses.results(per=...)`` (on the task runner), named by the pane
(prompt text, community name). The table sorts through a QSortFilterProxyModel on numbers,
not on their text; the score's explanation is each row's tooltip and the side text of the
selected row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.prompts.outcomes import ResultRow
from workbench.gui.formats import decimal_text, number_text
from workbench.gui.prompts.model import one_line
from workbench.gui.prompts.words import explained
from workbench.gui.tasks import TaskRunner
from workbench.gui.text import plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("prompt", "community", "uses", "members", "replies", "member_replies",
           "team_replies", "first_reply", "score")  # fmt: skip

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultLine:
    """A result row with the names to show for its prompt and community."""

    prompt: str
    community: str
    row: ResultRow


Load = Callable[[str], list[ResultLine]]  # per "prompt" | "community"; runs off the GUI thread


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ResultLine] = []

    def _title(self, key: str) -> str:
        return {
            "prompt": self.tr("Prompt"),
            "community": self.tr("Community"),
            "uses": self.tr("Uses"),
            "members": self.tr("Members"),
            "replies": self.tr("Replies"),
            "member_replies": self.tr("By members"),
            "team_replies": self.tr("By the team"),
            "first_reply": self.tr("1st reply"),
            "score": self.tr("Score"),
        }[key]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _tip(self, key: str) -> str:
        return {
            "uses": self.tr("How many times it was posted"),
            "members": self.tr("Distinct members who replied, added up over its posts"),
            "replies": self.tr("Every reply to its posts"),
            "member_replies": self.tr("Replies by members (what counts as success)"),
            "team_replies": self.tr("Replies by your team (they do not count towards the score)"),
            "first_reply": self.tr("Minutes to the first member reply (the median)"),
            "score": self.tr("Hover a row, or select it, to read how the score is made"),
        }.get(key, "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(COLUMNS[section]) or None
        return None

    def value(self, line: ResultLine, key: str) -> Any:
        row = line.row
        return {
            "prompt": line.prompt,
            "community": line.community,
            "uses": row.uses,
            "members": row.members,
            "replies": row.replies,
            "member_replies": row.member_replies,
            "team_replies": row.team_replies,
            "first_reply": row.first_reply_minutes,
            "score": row.score,
        }[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        key = COLUMNS[index.column()]
        value = self.value(line, key)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            if key == "prompt":
                return one_line(str(value), 90)
            if isinstance(value, float):
                return (
                    decimal_text(value)
                    if key == "score"
                    else self.tr("{n} min").format(n=number_text(round(value)))
                )
            if isinstance(value, int) and not isinstance(value, bool):
                return number_text(value)
            return str(value)
        if role == SORT_ROLE:
            if isinstance(value, str):
                return value.casefold()
            return float("-inf") if value is None else float(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(explained(line.row.words))
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("prompt", "community"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_lines(self, lines: Sequence[ResultLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()


class ResultsDialog(QDialog):
    def __init__(self, *, load: Load, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptResults")
        self.setWindowTitle(self.tr("Prompt results"))
        self.load, self.tasks = load, tasks
        self.loading = False
        self.model = ResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("promptResultsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, key in enumerate(COLUMNS):
            if key == "prompt":
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                title = self.model.headerData(column, Qt.Orientation.Horizontal)
                wide = header.fontMetrics().horizontalAdvance(str(title)) + 36  # bold, arrow
                header.resizeSection(column, 170 if key == "community" else max(70, wide))
        self.per_prompt = QRadioButton(self.tr("Per prompt"))
        self.per_prompt.setObjectName("resultsPerPrompt")
        self.per_community = QRadioButton(self.tr("Per prompt and community"))
        self.per_community.setObjectName("resultsPerCommunity")
        group = QButtonGroup(self)
        group.addButton(self.per_prompt)
        group.addButton(self.per_community)
        self.per_prompt.setChecked(True)
        self.per_prompt.toggled.connect(lambda _on: self.reload())
        self.explanation = QLabel()
        self.explanation.setObjectName("resultsExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.explanation.setMinimumWidth(220)
        self.status = QLabel()
        self.status.setObjectName("resultsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may hold an error's text
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.per_prompt)
        top.addWidget(self.per_community)
        top.addStretch(1)
        top.addWidget(self.status)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(self.tr("<b>What the score says</b>")))
        side_layout.addWidget(self.explanation, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        self.reload()

    @property
    def per(self) -> str:
        return "prompt" if self.per_prompt.isChecked() else "community"

    def reload(self) -> None:
        self.loading = True
        self.status.setText(self.tr("Loading…"))
        per, load = self.per, self.load
        self.table.setColumnHidden(COLUMNS.index("community"), per == "prompt")
        self.tasks.run(lambda: load(per), self._on_loaded, self._on_failed, owner=self)

    def _on_loaded(self, lines: list[ResultLine]) -> None:
        self.loading = False
        self.model.set_lines(lines)
        self.table.sortByColumn(COLUMNS.index("score"), Qt.SortOrder.DescendingOrder)
        if lines:
            self.status.setText(self.tr("{n} rows; click a column to sort").format(n=len(lines)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No prompt has been used yet."))
            self.explanation.setText("")

    def _on_failed(self, error: Exception) -> None:
        self.loading = False
        self.status.setText(self.tr("Could not load the results: {error}").format(error=error))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        if source.isValid():
            line = self.model.lines[source.row()]
            self.explanation.setText(f"{line.prompt}\n\n{explained(line.row.words)}")

    def shown_column(self, key: str) -> list[str]:
        """The column's cells in the order shown (tests)."""
        column = COLUMNS.index(key)
        return [str(self.proxy.index(r, column).data()) for r in range(self.proxy.rowCount())]
