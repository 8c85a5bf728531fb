"""The prompt list's model: prompt ids, their rows fetched lazily and cached.

A search hands over ids with the rows it already has; a row that was forgotten (the prompt
was edited, favourited, archived) is fetched again by id off the GUI thread when it is
next painted, and ``dataChanged`` repaints it when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.core.prompts.library import PromptView
from workbench.gui.formats import decimal_text
from workbench.gui.prompts.words import language_word, purpose_word
from workbench.gui.text import plain_tooltip
from workbench.gui.words import community_type

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("favourite", "text", "lang", "types", "purposes", "uses", "score")
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int], Callable[[list[PromptView]], None]], None]


def one_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def score_text(score: float | None) -> str:
    return "" if score is None else decimal_text(score)


class PromptListModel(QAbstractTableModel):
    """``fetch(ids, done)`` fetches rows off the GUI thread and calls ``done(rows)`` on it."""

    def __init__(self, fetch: Fetch, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.ids: list[int] = []
        self._rows: dict[int, PromptView] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._grey = QBrush(QColor("#888888"))

    def _title(self, key: str) -> str:
        return {
            "favourite": self.tr("★"),
            "text": self.tr("Prompt"),
            "lang": self.tr("Lang."),
            "types": self.tr("Community types"),
            "purposes": self.tr("Purposes"),
            "uses": self.tr("Uses"),
            "score": self.tr("Score"),
        }[key]

    # -- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "score":
                return self.tr("How well the prompt did where it was used (see Results)")
            if key == "favourite":
                return self.tr("Favourite")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        prompt_id = self.ids[index.row()]
        if role == ID_ROLE:
            return prompt_id
        view = self._rows.get(prompt_id)
        if view is None:
            if role in (Qt.ItemDataRole.DisplayRole, VIEW_ROLE):
                self._request(prompt_id)
            if role == Qt.ItemDataRole.DisplayRole and COLUMNS[index.column()] == "text":
                return PLACEHOLDER
            return None
        key = COLUMNS[index.column()]
        if role == VIEW_ROLE:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(view, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("text", "types", "purposes"):
            return plain_tooltip(view.text if key == "text" else self.cell(view, key))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("uses", "score", "favourite"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and view.archived:
            return self._grey
        return None

    def cell(self, view: PromptView, key: str) -> str:
        if key == "favourite":
            return "★" if view.favourite else ""
        if key == "text":
            text = one_line(view.text)
            return self.tr("{text} (archived)").format(text=text) if view.archived else text
        if key == "lang":
            return view.lang.upper()
        if key == "types":
            return ", ".join(community_type(t) for t in view.types)
        if key == "purposes":
            return ", ".join(purpose_word(p) for p in view.purposes)
        if key == "uses":
            return str(view.uses) if view.uses else ""
        if key == "score":
            return score_text(view.score)
        return ""

    def language_of(self, view: PromptView) -> str:
        return language_word(view.lang)

    # -- rows -------------------------------------------------------------------------

    def view(self, row: int) -> PromptView | None:
        if not 0 <= row < len(self.ids):
            return None
        return self._rows.get(self.ids[row])

    def row_of(self, prompt_id: int) -> int:
        try:
            return self.ids.index(prompt_id)
        except ValueError:
            return -1

    def _request(self, prompt_id: int) -> None:
        if prompt_id in self._pending:
            return
        # The rows around it are likely wanted too (a scroll): fetch the missing ones near it.
        row = self.row_of(prompt_id)
        near = [i for i in self.ids[max(0, row - 20) : row + 50] if i not in self._rows]
        wanted = [i for i in near if i not in self._pending] or [prompt_id]
        self._pending.update(wanted)
        generation = self._generation

        def done(views: list[PromptView]) -> None:
            self._pending.difference_update(wanted)
            if generation == self._generation:
                self.add_rows(views)

        self._fetch(wanted, done)

    def add_rows(self, views: Sequence[PromptView]) -> None:
        for view in views:
            self._rows[view.id] = view
            row = self.row_of(view.id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def forget(self, prompt_ids: Sequence[int]) -> None:
        """Rows changed elsewhere: fetched again when next shown."""
        for prompt_id in prompt_ids:
            self._rows.pop(prompt_id, None)
            row = self.row_of(prompt_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_views(self, views: Sequence[PromptView]) -> None:
        """A new search result: reset to its ids, with its rows."""
        self.beginResetModel()
        self._generation += 1
        self._pending.clear()
        self.ids = [v.id for v in views]
        self._rows = {v.id: v for v in views}
        self.endResetModel()
