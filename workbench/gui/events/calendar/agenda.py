"""The agenda: the coming days as a list grouped by day (a day heading, then its events).

``AgendaModel`` is a thin list model over the occurrences (headings are not selectable);
``AgendaView`` shows ``AGENDA_DAYS`` days from the selected one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListView, QVBoxLayout

from workbench.gui.events.calendar.base import CalendarView, to_qdate
from workbench.gui.events.calendar.layout import CalendarItem, bucket_days
from workbench.gui.events.calendar.style import (
    is_dimmed,
    is_struck,
    kind_colour,
    short_time,
    tooltip,
)

AGENDA_DAYS = 30
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the occurrence's key (None on a heading)
DATE_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's day (QDate)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AgendaRow:
    day: date
    item: CalendarItem | None  # None: the day's heading


class AgendaModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._zone = ZoneInfo("UTC")
        self._today: date | None = None

    def set_items(
        self, items: Sequence[CalendarItem], first: date, last: date, zone: ZoneInfo, today: date
    ) -> None:
        buckets = bucket_days(items, first, last, zone)
        rows: list[AgendaRow] = []
        for day in sorted(buckets.by_day):
            rows.append(AgendaRow(day, None))
            rows.extend(AgendaRow(day, item) for item in buckets.by_day[day])
        self.beginResetModel()
        self._rows, self._zone, self._today = rows, zone, today
        self.endResetModel()

    def row_at(self, row: int) -> AgendaRow:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.item and r.item.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].item is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if row.item is None:
            return self._heading(row.day, role)
        return self._item(row, row.item, role)

    def _heading(self, day: date, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
            return self.tr("Today — {day}").format(day=text) if day == self._today else text
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        if role == DATE_ROLE:
            return to_qdate(day)
        return None

    def _when(self, day: date, item: CalendarItem) -> str:
        if item.all_day:
            return self.tr("All day")
        start, end = item.start.astimezone(self._zone), item.end.astimezone(self._zone)
        last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
        if start.date() == day and last == day:
            return f"{short_time(start)} – {short_time(end)}"
        if start.date() == day:
            return self.tr("From {time}").format(time=short_time(start))
        if last == day:
            return self.tr("Until {time}").format(time=short_time(end))
        return self.tr("All day")

    def _item(self, row: AgendaRow, item: CalendarItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._when(row.day, item)}    {' '.join(item.title.split())}"
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_colour(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item, self._zone)
        if role == Qt.ItemDataRole.FontRole and is_struck(item):
            font = QFont(QApplication.font())
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_dimmed(item):
            colour = QColor(QApplication.palette().color(QPalette.ColorRole.Text))
            colour.setAlpha(120)
            return colour
        if role == KEY_ROLE:
            return item.key
        return None


class AgendaView(CalendarView):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.model = AgendaModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # one line each: 10,000 rows lay out at once
        self.list.setSpacing(1)
        self.list.installEventFilter(self)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(self._on_activated)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty = QLabel(self.tr("No events in these days."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list, 1)
        box.addWidget(self.empty)
        self.setFocusProxy(self.list)
        self._fill()

    def shown_days(self, around: date) -> tuple[date, date]:
        return around, around + timedelta(days=AGENDA_DAYS - 1)

    def _fill(self) -> None:
        first, last = self.shown_days(self.selected_date)
        self.model.set_items(self.items, first, last, self.zone, self.today())
        self.empty.setVisible(self.model.rowCount() == 0)
        if (
            self.selected_key is not None
            and (row := self.model.row_of(self.selected_key)) is not None
        ):
            self.list.setCurrentIndex(self.model.index(row))

    def _data_changed(self) -> None:
        self._fill()

    def _selection_changed(self) -> None:
        self._fill()

    def _on_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row.item is None:
            self.day_activated.emit(to_qdate(row.day))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        if row.item is not None and row.item.key != self._selected_key:
            self._selected_key = row.item.key
            self.occurrence_activated.emit(row.item.key)

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row.item is not None:
            self.occurrence_opened.emit(row.item.key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list would use T and the page keys itself (type-ahead, paging): here they move
        # the agenda as in the other views.
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                key = event.key()
                if key == Qt.Key.Key_T:
                    self.go_today()
                    return True
                if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                    step = -AGENDA_DAYS if key == Qt.Key.Key_PageUp else AGENDA_DAYS
                    self.select_date(self.selected_date + timedelta(days=step))
                    return True
        return super().eventFilter(watched, event)
