"""The week view: an hour grid with overlapping events side by side, an all-day row above it,
scrolled to 8:00 when first shown. Painted, as the month view, from a cached layout."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from workbench.gui.events.calendar.base import CalendarView, to_qdate
from workbench.gui.events.calendar.layout import (
    CalendarItem,
    WeekLayout,
    layout_week,
    week_start,
)
from workbench.gui.events.calendar.style import (
    block_colours,
    is_dimmed,
    item_font,
    kind_colour,
    short_time,
    tooltip,
)
from workbench.gui.formats import day_month_pattern

HOUR_HEIGHT = 44
GUTTER = 56  # the hours column
SCROLL_TO_HOUR = 8
NEW_EVENT_STEP = 30  # a double-click proposes a start rounded down to the half hour


class WeekView(CalendarView):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._layout_key: tuple[object, ...] | None = None
        self._layout: WeekLayout | None = None
        self._scrolled = False
        self.header = _WeekHeader(self)
        self.grid = _HourGrid(self)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(self.grid)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.scroller, 1)
        self._box = box
        self.setMinimumSize(420, 300)

    def shown_days(self, around: date) -> tuple[date, date]:
        first = week_start(around, self.first_weekday)
        return first, first + timedelta(days=6)

    def week(self) -> WeekLayout:
        first = self.shown_days(self.selected_date)[0]
        key = (first, self.version, self.zone.key)
        if self._layout is None or key != self._layout_key:
            self._layout = layout_week(self.items, first, self.zone)
            self._layout_key = key
            self.header.updateGeometry()
        return self._layout

    def column_x(self, column: int) -> tuple[int, int]:
        """Left and right of a day column, the same in the header and in the grid (whose
        width leaves out the scroll bar)."""
        span = self.grid.width() - GUTTER
        return GUTTER + column * span // 7, GUTTER + (column + 1) * span // 7

    def scroll_to_hour(self, hour: int) -> None:
        self.scroller.verticalScrollBar().setValue(hour * HOUR_HEIGHT)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._scrolled:  # once: later the user's own scrolling is kept
            self._scrolled = True
            self._box.activate()
            self.scroll_to_hour(SCROLL_TO_HOUR)

    def _data_changed(self) -> None:
        self.week()
        self.header.update()
        self.grid.update()

    def _selection_changed(self) -> None:
        self.week()
        self.header.update()
        self.grid.update()

    def _day_items(self, day: date) -> Sequence[CalendarItem]:
        week = self.week()
        if day not in week.days:
            return ()
        column = week.days.index(day)
        bars = [b.item for b in week.bars if b.first <= column <= b.last]
        timed = sorted(
            (p for p in week.placed if p.column == column), key=lambda p: (p.top, p.lane)
        )
        return [*bars, *(p.item for p in timed)]

    def _step(self, key: int) -> date | None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageUp: -7,
            Qt.Key.Key_PageDown: 7,
        }
        if key in steps:
            return self.selected_date + timedelta(days=steps[Qt.Key(key)])
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):  # scroll the hours, an hour a key
            bar = self.scroller.verticalScrollBar()
            bar.setValue(bar.value() + (HOUR_HEIGHT if key == Qt.Key.Key_Down else -HOUR_HEIGHT))
        return None

    def _clicked(self, day: date, item: CalendarItem | None) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select_date(day)
        self.select_item(item.key if item is not None else None)
        if item is not None:
            self.occurrence_activated.emit(item.key)
        else:
            self.day_activated.emit(to_qdate(day))

    def _paint_item(
        self, painter: QPainter, rect: QRect, item: CalendarItem, label: str, wrap: bool
    ) -> None:
        fill, text = block_colours(item, self.palette())
        painter.fillRect(rect, fill)
        if is_dimmed(item):  # a pale block: its kind's colour kept as a mark on the left
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), kind_colour(item))
        painter.setFont(item_font(self.font(), item))
        painter.setPen(text)
        inner = rect.adjusted(4, 1, -3, -1)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        metrics = QFontMetrics(painter.font())
        if wrap and inner.height() >= 2 * metrics.height():
            painter.drawText(inner, int(flags | Qt.TextFlag.TextWordWrap), label)
        else:
            one = " ".join(label.split())
            painter.drawText(
                inner,
                int(flags),
                metrics.elidedText(one, Qt.TextElideMode.ElideRight, inner.width()),
            )
        if item.key == self.selected_key:
            pen = painter.pen()
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class _WeekHeader(QWidget):
    """Day names (today marked) and the all-day row."""

    def __init__(self, view: WeekView) -> None:
        super().__init__(view)
        self.view = view

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def sizeHint(self) -> QSize:
        rows = max(1, self.view.week().rows)
        return QSize(400, self._line() + 6 + rows * self._line() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def bar_rects(self) -> list[tuple[QRect, CalendarItem]]:
        line = self._line()
        top = line + 6
        out = []
        for bar in self.view.week().bars:
            x0 = self.view.column_x(bar.first)[0]
            x1 = self.view.column_x(bar.last)[1]
            out.append((QRect(x0 + 2, top + bar.row * line, x1 - x0 - 4, line - 2), bar.item))
        return out

    def _column_at(self, pos: QPoint) -> int | None:
        for column in range(7):
            x0, x1 = self.view.column_x(column)
            if x0 <= pos.x() < x1:
                return column
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        column = self._column_at(pos)
        if column is None:
            return
        item = next((i for r, i in self.bar_rects() if r.contains(pos)), None)
        self.view._clicked(self.view.week().days[column], item)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = next((i for r, i in self.bar_rects() if r.contains(event.pos())), None)
            if item is not None:
                QToolTip.showText(event.globalPos(), tooltip(item, self.view.zone), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        view = self.view
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        line = self._line()
        locale = QLocale()
        today = view.today()
        bold = QFont(self.font())
        bold.setBold(True)
        for column, day in enumerate(view.week().days):
            x0, x1 = view.column_x(column)
            label = locale.toString(to_qdate(day), day_month_pattern(weekday=True))
            rect = QRect(x0, 2, x1 - x0, line)
            if day == today:
                painter.fillRect(
                    rect.adjusted(2, 0, -2, 0), palette.color(QPalette.ColorRole.Highlight)
                )
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.setFont(bold if day == view.selected_date else self.font())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(x0, line + 4, x0, self.height())
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRect(0, line + 6, GUTTER - 4, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("All day"),
        )
        for rect, item in self.bar_rects():
            view._paint_item(painter, rect, item, item.title, wrap=False)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


class _HourGrid(QWidget):
    def __init__(self, view: WeekView) -> None:
        super().__init__()
        self.view = view
        self.setMinimumHeight(24 * HOUR_HEIGHT)

    def item_rects(self) -> list[tuple[QRect, CalendarItem]]:
        out = []
        for piece in self.view.week().placed:
            x0, x1 = self.view.column_x(piece.column)
            lane_w = (x1 - x0 - 4) / piece.lanes
            left = int(x0 + 2 + piece.lane * lane_w)
            top = piece.top * HOUR_HEIGHT // 60
            height = max((piece.bottom - piece.top) * HOUR_HEIGHT // 60, HOUR_HEIGHT // 3)
            out.append((QRect(left, top + 1, max(int(lane_w) - 2, 4), height - 2), piece.item))
        return out

    def _at(self, pos: QPoint) -> tuple[date | None, CalendarItem | None]:
        day = None
        for column in range(7):
            x0, x1 = self.view.column_x(column)
            if x0 <= pos.x() < x1:
                day = self.view.week().days[column]
        item = next((i for r, i in reversed(self.item_rects()) if r.contains(pos)), None)
        return day, item

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day, item = self._at(event.position().toPoint())
        if day is not None:
            self.view._clicked(day, item)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        day, item = self._at(pos)
        if item is not None:
            self.view.occurrence_opened.emit(item.key)
        if day is None or item is not None:
            return
        minutes = max(0, min(pos.y() * 60 // HOUR_HEIGHT, 24 * 60 - 1))
        minutes -= minutes % NEW_EVENT_STEP
        self.view._request_new(day, time(minutes // 60, minutes % 60))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self._at(event.pos())[1]
            if item is not None:
                QToolTip.showText(event.globalPos(), tooltip(item, self.view.zone), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        view = self.view
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        week = view.week()
        for column, day in enumerate(week.days):
            x0, x1 = view.column_x(column)
            if day == view.selected_date:
                painter.fillRect(
                    QRect(x0, 0, x1 - x0, self.height()),
                    palette.color(QPalette.ColorRole.AlternateBase),
                )
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(x0, 0, x0, self.height())
        locale = QLocale()
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(0, y, GUTTER - 6, HOUR_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                locale.toString(QTime(hour, 0), QLocale.FormatType.ShortFormat),
            )
        clip = event.rect()
        for rect, item in self.item_rects():
            if rect.intersects(clip):
                label = f"{short_time(item.start.astimezone(view.zone))} {item.title}"
                view._paint_item(painter, rect, item, label, wrap=True)
        now = view.now().astimezone(view.zone)
        if week.days[0] <= now.date() <= week.days[-1]:  # a line at the current time
            x0, x1 = view.column_x((now.date() - week.days[0]).days)
            y = (now.hour * 60 + now.minute) * HOUR_HEIGHT // 60
            painter.setPen(QColor("#d93025"))
            painter.drawLine(x0, y, x1, y)
        painter.end()
