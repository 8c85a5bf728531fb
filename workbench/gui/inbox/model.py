"""The inbox table model: an id list with a lazy row cache, as Anki's browser table.

The model holds only ids (``array('q')``, 8 bytes an item). Rows are fetched by id a page
at a time on the task runner; until a page arrives its cells show a placeholder, and
``dataChanged`` repaints them when it does. Swapping in a new id list keeps the
selection: persistent indexes are moved to where their ids are now.

Painting is the hot path: the table's delegate asks each cell for seven roles, and every
call from Qt into Python takes the GIL, which a worker thread reading ids may hold for up
to the interpreter's switch interval (5 ms). ``multiData`` answers all roles of a cell in
one call, cells are formatted only when first painted, and ``flags`` is left to Qt.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from workbench.core.inbox.query import State
from workbench.core.inbox.service import InboxRow
from workbench.gui.formats import moment_text
from workbench.gui.text import plain_tooltip
from workbench.gui.words import item_kind, item_state

translate = QCoreApplication.translate

PAGE = 100
CACHE_ROWS = 4000
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# (row, the text of every column) in one call: what the delegates paint a cell from.
CELLS_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


COLUMNS = ("priority", "item", "community", "kind", "author", "state", "assignee", "tags", "time")


def column_title(key: str) -> str:
    return {
        "state": translate("InboxModel", "State"),
        "priority": translate("InboxModel", "!"),
        "kind": translate("InboxModel", "Kind"),
        "community": translate("InboxModel", "Community"),
        "author": translate("InboxModel", "Author"),
        "item": translate("InboxModel", "Item"),
        "assignee": translate("InboxModel", "Assignee"),
        "tags": translate("InboxModel", "Tags"),
        "time": translate("InboxModel", "Time"),
    }[key]


def state_label(row: InboxRow) -> str:
    try:
        label = item_state(State(row.state))
    except ValueError:
        return row.state
    if row.state == State.SNOOZED and row.snoozed_until:
        return translate("InboxModel", "Snoozed until {when}").format(
            when=moment_text(row.snoozed_until)
        )
    return label


def short_time(epoch: int) -> str:
    """The time today, the day and time otherwise, as the user's locale writes them."""
    return moment_text(epoch)


PRIORITY_LABELS = {0: "", 1: "!", 2: "!!", 3: "!!!"}


def cell(row: InboxRow, key: str) -> str:
    if key == "state":
        return state_label(row)
    if key == "priority":
        return PRIORITY_LABELS.get(row.priority, str(row.priority))
    if key == "kind":
        return item_kind(row.kind)
    if key == "community":
        return f"{row.community} · {row.platform}" if row.platform else row.community
    if key == "author":
        return row.author_display or row.author
    if key == "item":
        if row.deleted:
            return translate("InboxModel", "(deleted on the platform)")
        text = row.title + (" — " if row.title and row.snippet else "") + row.snippet
        return text[:200]
    if key == "assignee":
        return row.assignee
    if key == "tags":
        return ", ".join(row.tags)
    if key == "time":
        return short_time(row.created_at)
    return ""


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
_CELLS = int(CELLS_ROLE)
_SERVED = frozenset({_DISPLAY, _TOOLTIP, _FONT, _FOREGROUND, _ID, _ROW, _CELLS})
_ITEM = COLUMNS.index("item")
_PLACEHOLDER = "…"

# A cached row: the row, then (once painted) the text of each column.
_Entry = list[Any]


def _cells(entry: _Entry) -> tuple[str, ...]:
    row: InboxRow = entry[0]
    entry[1] = cells = tuple(cell(row, key) for key in COLUMNS)
    return cells


class InboxModel(QAbstractTableModel):
    """Rows of ``ids``; ``fetch(ids, done)`` must fetch rows off the GUI thread and call
    ``done(rows)`` on it."""

    def __init__(
        self,
        fetch: Callable[[Sequence[int], Callable[[list[InboxRow]], None]], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.ids: array[int] = array("q")
        # id -> [row, the text of each column or None until the row is first shown]
        self._cache: OrderedDict[int, _Entry] = OrderedDict()
        self._pending: set[int] = set()  # page numbers being fetched
        self._generation = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = QBrush(QColor("#888888"))

    # -- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return column_title(COLUMNS[section])
        return None

    # flags(): Qt's own (enabled, selectable, no children) is what the table needs, and
    # it costs no call into Python for every cell painted.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED:
            return None
        row = index.row()
        ids = self.ids
        if row < 0 or row >= len(ids):
            return None
        item_id = ids[row]
        if role == _ID:
            return item_id
        entry = self._cache.get(item_id)
        if entry is None:
            self._request(row)
            return _PLACEHOLDER if role == _DISPLAY and index.column() == _ITEM else None
        if role == _DISPLAY:
            return (entry[1] or _cells(entry))[index.column()]
        found: InboxRow = entry[0]
        if role == _ROW:
            return found
        if role == _CELLS:
            return found, entry[1] or _cells(entry)
        if role == _TOOLTIP:
            if index.column() != _ITEM:
                return None
            return plain_tooltip((found.title + "\n" + found.snippet).strip())
        if role == _FONT:
            return self._bold if index.column() == _ITEM and found.state == "new" else None
        if role == _FOREGROUND and found.deleted:
            return self._grey
        return None

    def multiData(self, index: Index, roles: Any) -> None:
        """All the roles the delegate paints a cell with, in one call (see the module note).

        The delegate reuses its span from cell to cell: every role must be set or cleared.
        """
        row = index.row()
        ids = self.ids
        entry = self._cache.get(ids[row]) if 0 <= row < len(ids) else None
        if entry is None:
            if 0 <= row < len(ids):
                self._request(row)
            for role_data in roles:
                if role_data.role() == _DISPLAY and index.column() == _ITEM:
                    role_data.setData(_PLACEHOLDER)
                else:
                    role_data.clearData()
            return
        column = index.column()
        found: InboxRow = entry[0]
        for role_data in roles:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData((entry[1] or _cells(entry))[column])
            elif role == _FONT and column == _ITEM and found.state == "new":
                role_data.setData(self._bold)
            elif role == _FOREGROUND and found.deleted:
                role_data.setData(self._grey)
            elif role in _SERVED and role not in (_FONT, _FOREGROUND):
                role_data.setData(self.data(index, role))
            else:
                role_data.clearData()

    # -- rows -------------------------------------------------------------------------

    def row_for(self, item_id: int) -> InboxRow | None:
        entry = self._cache.get(item_id)
        return None if entry is None else entry[0]

    def _request(self, row: int) -> None:
        page = row // PAGE
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self.ids[page * PAGE : (page + 1) * PAGE]

        def done(rows: list[InboxRow]) -> None:
            self._pending.discard(page)
            if generation != self._generation:
                return
            self.add_rows(rows, page * PAGE, (page + 1) * PAGE - 1)

        self._fetch(ids, done)

    def add_rows(self, rows: Sequence[InboxRow], first: int = -1, last: int = -1) -> None:
        """Put fetched rows in the cache and repaint rows ``first``..``last`` (or find them)."""
        self._store(rows)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        if first < 0 and rows:
            positions = self.locate({r.id for r in rows}).values()
            first, last = (min(positions), max(positions)) if positions else (-1, -1)
        last = min(last, len(self.ids) - 1)
        if 0 <= first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _store(self, rows: Sequence[InboxRow]) -> None:
        cache = self._cache
        for row in rows:
            cache[row.id] = [row, None]  # formatted when first painted: most rows of a page
            cache.move_to_end(row.id)  # are not on screen when it arrives

    def forget(self, ids: Sequence[int]) -> None:
        """Drop cached rows (after triage) so they are fetched again."""
        for item_id in ids:
            self._cache.pop(item_id, None)
        self._pending.clear()
        self._generation += 1
        positions = self.locate(set(ids)).values()
        if positions:
            self.dataChanged.emit(
                self.index(min(positions), 0), self.index(max(positions), len(COLUMNS) - 1)
            )

    # -- id lists ---------------------------------------------------------------------

    def set_ids(self, ids: array[int], rows: Sequence[InboxRow] = ()) -> None:
        """A new list (another view or search): reset, with the first rows if known."""
        self.beginResetModel()
        self._generation += 1
        self._pending.clear()
        self.ids = ids
        self._store(rows)
        self.endResetModel()

    def extend_ids(self, more: Sequence[int]) -> None:
        """Append ids (the rest of a list whose first page is already shown)."""
        if not more:
            return
        start = len(self.ids)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.ids.extend(more)
        self.endInsertRows()

    def replace_ids(self, ids: array[int], rows: Sequence[InboxRow] = ()) -> None:
        """The same view re-queried (new items from a sync, triage): keep the selection."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self.ids[i.row()] if 0 <= i.row() < len(self.ids) else None for i in old]
        self._generation += 1
        self._pending.clear()
        self.ids = ids
        self._store(rows)
        where = self.locate({i for i in old_ids if i is not None})
        new = []
        for index, item_id in zip(old, old_ids, strict=True):
            row = where.get(item_id) if item_id is not None else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def locate(self, wanted: set[int]) -> dict[int, int]:
        """Row numbers of ``wanted`` ids in the current list (scans in C-speed chunks)."""
        found: dict[int, int] = {}
        remaining = set(wanted)
        step = 65536
        for start in range(0, len(self.ids), step):
            if not remaining:
                break
            chunk = self.ids[start : start + step]
            hits = remaining.intersection(chunk)
            if len(hits) > 8:
                where = {v: i for i, v in enumerate(chunk) if v in hits}
                found.update((v, start + i) for v, i in where.items())
            else:
                found.update((v, start + chunk.index(v)) for v in hits)
            remaining -= hits
        return found

    def remove_ids(self, ids: Sequence[int]) -> None:
        """Take rows out (items triaged out of this view); the selection moves on."""
        rows = sorted(self.locate(set(ids)).values())
        if not rows:
            return
        ranges: list[list[int]] = []
        for row in rows:
            if ranges and row == ranges[-1][1] + 1:
                ranges[-1][1] = row
            else:
                ranges.append([row, row])
        if len(ranges) > 50:  # scattered: one layout change instead of many removals
            gone = set(ids)
            self.replace_ids(array("q", (i for i in self.ids if i not in gone)))
            return
        for first, last in reversed(ranges):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.ids[first : last + 1]
            self.endRemoveRows()
