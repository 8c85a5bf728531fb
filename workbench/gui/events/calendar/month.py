"""The month view: one painted widget (no widget per event), weeks starting on the locale's
first day, days in the user's zone, per day the first events that fit and "+N more".

The day buckets are cached per (month, data version, zone, first weekday) and the cell
geometry per size on top of that, so a repaint draws only the text that is visible: with
10,000 occurrences in a month a paint stays a few milliseconds (benchmarks/events_month.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QToolTip

from workbench.gui.events.calendar.base import CalendarView, to_qdate
from workbench.gui.events.calendar.layout import (
    CalendarItem,
    DayBuckets,
    bucket_days,
    fit,
    is_long,
    month_days,
)
from workbench.gui.events.calendar.style import (
    block_colours,
    is_dimmed,
    is_struck,
    kind_colour,
    tooltip,
)
from workbench.gui.formats import day_month_pattern

NEW_EVENT_TIME = time(9, 0)  # a double-click on a day proposes an event at 9:00
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ELIDE = Qt.TextElideMode.ElideRight


@dataclass(frozen=True)
class DayCell:
    day: date
    rect: QRect
    chips: tuple[tuple[QRect, CalendarItem], ...]
    more: tuple[QRect, int] | None  # where "+N more" is drawn, and N


class MonthView(CalendarView):
    more_requested = Signal(QDate)  # "+N more" clicked: the day's full list is wanted

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._buckets_key: tuple[object, ...] | None = None
        self._buckets: DayBuckets | None = None
        self._cells_key: tuple[object, ...] | None = None
        self._cells: list[DayCell] = []
        self.setMinimumSize(420, 300)
        self.setMouseTracking(False)

    # --- what is shown -----------------------------------------------------------------
    def shown_days(self, around: date) -> tuple[date, date]:
        days = month_days(around.year, around.month, self.first_weekday)
        return days[0], days[-1]

    @property
    def month(self) -> tuple[int, int]:
        return self.selected_date.year, self.selected_date.month

    def buckets(self) -> DayBuckets:
        key = (*self.month, self.version, self.zone.key, self.first_weekday)
        if self._buckets is None or key != self._buckets_key:
            first, last = self.shown_days(self.selected_date)
            self._buckets = bucket_days(self.items, first, last, self.zone)
            self._buckets_key = key
        return self._buckets

    def cells(self) -> list[DayCell]:
        """Every day cell with the chips that fit, for painting and for hit tests alike."""
        buckets = self.buckets()
        line = QFontMetrics(self.font()).height()
        key = (id(buckets), self.width(), self.height(), line)
        if key != self._cells_key:
            self._cells = self._build_cells(buckets, line)
            self._cells_key = key
        return self._cells

    def _header_height(self, line: int) -> int:
        return line + 8

    def _build_cells(self, buckets: DayBuckets, line: int) -> list[DayCell]:
        first, last = buckets.first, buckets.last
        weeks = ((last - first).days + 1) // 7
        top = self._header_height(line)
        width, height = self.width(), self.height() - top
        chip_h = line + 3
        cells = []
        for index in range((last - first).days + 1):
            row, column = divmod(index, 7)
            x0, x1 = column * width // 7, (column + 1) * width // 7
            y0, y1 = top + row * height // weeks, top + (row + 1) * height // weeks
            rect = QRect(x0, y0, x1 - x0, y1 - y0)
            day = first + timedelta(days=index)
            items = buckets.on(day)
            chips_top = y0 + line + 6
            capacity = max(0, (y1 - chips_top - 2) // chip_h)
            shown, more = fit(len(items), capacity)
            chips = tuple(
                (QRect(x0 + 3, chips_top + i * chip_h, rect.width() - 6, chip_h - 1), items[i])
                for i in range(shown)
            )
            more_at = None
            if more:
                more_at = (
                    QRect(x0 + 3, chips_top + shown * chip_h, rect.width() - 6, chip_h - 1),
                    more,
                )
            cells.append(DayCell(day, rect, chips, more_at))
        return cells

    def _data_changed(self) -> None:
        if self._selected_key is not None and not any(
            i.key == self._selected_key for i in self.items
        ):
            self._selected_key = None
        self.update()

    # --- hit tests and input -----------------------------------------------------------
    def cell_at(self, pos: QPoint) -> DayCell | None:
        return next((c for c in self.cells() if c.rect.contains(pos)), None)

    def item_at(self, pos: QPoint) -> CalendarItem | None:
        cell = self.cell_at(pos)
        if cell is None:
            return None
        return next((item for rect, item in cell.chips if rect.contains(pos)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        cell = self.cell_at(pos)
        if cell is None:
            return None
        item = self.item_at(pos)
        self.select_date(cell.day)
        self.select_item(item.key if item is not None else None)
        if item is not None:
            self.occurrence_activated.emit(item.key)
        elif cell.more is not None and cell.more[0].contains(pos):
            self.more_requested.emit(to_qdate(cell.day))
        else:
            self.day_activated.emit(to_qdate(cell.day))
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        cell = self.cell_at(pos)
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseDoubleClickEvent(event)
        item = self.item_at(pos)
        if item is not None:
            self.occurrence_opened.emit(item.key)
        elif cell.more is None or not cell.more[0].contains(pos):
            self._request_new(cell.day, NEW_EVENT_TIME)
        return None

    def _day_items(self, day: date) -> Sequence[CalendarItem]:
        return self.buckets().on(day)

    def _activate_selected(self) -> None:
        """Enter: opens the selected event; on a day with events but none selected, selects
        its first one (Enter again opens it), so the keyboard reaches every event."""
        if self.selected_key is None and (items := self.buckets().on(self.selected_date)):
            self.select_item(items[0].key)
            self.occurrence_activated.emit(items[0].key)
            return
        super()._activate_selected()

    def _step(self, key: int) -> date | None:
        day = self.selected_date
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            return day + timedelta(days=steps[Qt.Key(key)])
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            months = -1 if key == Qt.Key.Key_PageUp else 1
            moved = to_qdate(day).addMonths(months)
            return date(moved.year(), moved.month(), moved.day())
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            item = self.item_at(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), tooltip(item, self.zone), self)
            elif cell is not None and cell.more and cell.more[0].contains(event.pos()):
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("%n more event(s): click to see the day", "", cell.more[1]),
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, clip: QRect) -> None:
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        font = self.font()
        metrics = QFontMetrics(font)
        line = metrics.height()
        self._paint_header(painter, line)
        month = self.selected_date.month
        today = self.today()
        text = palette.color(QPalette.ColorRole.Text)
        quiet = QColor(text)
        quiet.setAlpha(120)
        grid = palette.color(QPalette.ColorRole.Mid)
        outside = palette.color(QPalette.ColorRole.AlternateBase)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        bold = QFont(font)
        bold.setBold(True)
        chips = _ChipPainter(self, painter)
        for cell in self.cells():
            if not cell.rect.intersects(clip):
                continue
            r = cell.rect
            if cell.day.month != month:
                painter.fillRect(r, outside)
            painter.setPen(grid)
            painter.drawLine(r.topLeft(), r.topRight())  # each cell its top and left edge:
            painter.drawLine(r.topLeft(), r.bottomLeft())  # one line between neighbours
            self._paint_day_number(
                painter,
                cell,
                today,
                line,
                bold if cell.day == today else font,
                text if cell.day.month == month else quiet,
                highlight,
            )
            for rect, item in cell.chips:
                chips.paint(rect, item)
            if cell.more is not None:
                rect, n = cell.more
                painter.setFont(font)
                painter.setPen(palette.color(QPalette.ColorRole.Link))
                painter.drawText(
                    rect.adjusted(4, 0, 0, 0),
                    LEFT,
                    self.tr("+%n more", "", n),
                )
            if cell.day == self.selected_date:
                pen = painter.pen()
                pen.setColor(highlight)
                pen.setWidth(2)
                painter.setPen(pen)
                painter.drawRect(r.adjusted(1, 1, -1, -1))

    def day_names(self) -> list[str]:
        """The header's short day names, first column first ("lun." … in French)."""
        locale = QLocale()
        return [
            locale.dayName(
                (self.first_weekday - 1 + column) % 7 + 1, QLocale.FormatType.ShortFormat
            )
            for column in range(7)
        ]

    def _paint_header(self, painter: QPainter, line: int) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        height = self._header_height(line)
        painter.fillRect(
            0, 0, self.width(), height, self.palette().color(QPalette.ColorRole.Window)
        )
        for column, name in enumerate(self.day_names()):
            x0, x1 = column * self.width() // 7, (column + 1) * self.width() // 7
            painter.drawText(QRect(x0, 0, x1 - x0, height), int(Qt.AlignmentFlag.AlignCenter), name)

    def _paint_day_number(
        self,
        painter: QPainter,
        cell: DayCell,
        today: date,
        line: int,
        font: QFont,
        pen: QColor,
        accent: QColor,
    ) -> None:
        label = str(cell.day.day)
        if cell.day.day == 1:  # the first of a month says which month
            label = QLocale().toString(QDate(cell.day.year, cell.day.month, 1), day_month_pattern())
        painter.setFont(font)
        width = QFontMetrics(font).horizontalAdvance(label) + 10
        number = QRect(cell.rect.left() + 3, cell.rect.top() + 3, max(width, line + 2), line + 2)
        if cell.day == today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(number, (line + 2) / 2, (line + 2) / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            pen = self.palette().color(QPalette.ColorRole.HighlightedText)
        painter.setPen(pen)
        painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), label)


class _ChipPainter:
    """Draws the chips of one paint, holding what every chip would otherwise build again
    (fonts, metrics, colours, formatted times): a paint draws a few hundred chips."""

    def __init__(self, view: MonthView, painter: QPainter) -> None:
        self.view, self.painter = view, painter
        self.palette = view.palette()
        self.fonts = {False: QFont(view.font()), True: QFont(view.font())}
        self.fonts[True].setStrikeOut(True)
        self.metrics = {k: QFontMetrics(f) for k, f in self.fonts.items()}
        self.text = self.palette.color(QPalette.ColorRole.Text)
        self.quiet = QColor(self.text)
        self.quiet.setAlpha(120)
        self.locale = QLocale()
        self.times: dict[tuple[int, int], str] = {}
        self.colours: dict[tuple[str, str], tuple[QColor, QColor, QColor]] = {}

    def _time(self, item: CalendarItem) -> str:
        local = item.start.astimezone(self.view.zone)
        key = (local.hour, local.minute)
        if key not in self.times:
            self.times[key] = self.locale.toString(QTime(*key), QLocale.FormatType.ShortFormat)
        return self.times[key]

    def _colours(self, item: CalendarItem) -> tuple[QColor, QColor, QColor]:
        key = (str(item.kind), str(item.status))
        if key not in self.colours:
            fill, pen = block_colours(item, self.palette)
            self.colours[key] = (kind_colour(item), fill, pen)
        return self.colours[key]

    def paint(self, rect: QRect, item: CalendarItem) -> None:
        painter = self.painter
        struck = is_struck(item)
        painter.setFont(self.fonts[struck])
        mark, fill, pen = self._colours(item)
        if is_long(item):  # a filled bar: the day's context
            painter.fillRect(rect, fill)
            painter.setPen(pen)
            label = item.title
        else:  # a coloured mark, then the time and title
            painter.fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), mark)
            painter.setPen(self.quiet if is_dimmed(item) else self.text)
            label = f"{self._time(item)} {item.title}"
        inner = rect.adjusted(7, 0, -2, 0)
        shown = self.metrics[struck].elidedText(" ".join(label.split()), ELIDE, inner.width())
        painter.drawText(inner, LEFT, shown)
        if item.key == self.view.selected_key:
            painter.setPen(self.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
