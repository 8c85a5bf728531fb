"""What the month, week and agenda views share: the user's zone, today, the selected day,
the data they draw (versioned, so layouts are cached per version), and their signals.

A view never fetches: it says which instants it shows (``visible_range``) and announces
``range_changed`` when they move; whoever owns it (the pane, a test, the benchmark) hands it
the occurrences of that range with ``set_occurrences``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from workbench.gui.events.calendar.layout import CalendarItem, utc_range

Clock = Callable[[], datetime]


def system_zone() -> ZoneInfo:
    """The system's IANA zone (Qt knows it on every platform), UTC when it has none."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def locale_first_weekday() -> int:
    """ISO number of the first day of the week in the user's locale (1 Monday, 7 Sunday)."""
    return int(QLocale().firstDayOfWeek().value)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdatetime(moment: datetime, zone: ZoneInfo) -> QDateTime:
    local = moment.astimezone(zone)
    return QDateTime(
        to_qdate(local.date()),
        QTime(local.hour, local.minute),
        QTimeZone(zone.key.encode()),
    )


class CalendarView(QWidget):
    occurrence_activated = Signal(str)  # the occurrence's key (clicked, selected)
    occurrence_opened = Signal(str)  # double-clicked, or Enter on the selected one
    day_activated = Signal(QDate)
    new_requested = Signal(QDateTime)  # a new event starting then (in the user's zone)
    range_changed = Signal()  # visible_range() moved: hand the view new occurrences

    def __init__(
        self,
        *,
        zone: ZoneInfo | None = None,
        clock: Clock | None = None,
        first_weekday: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone or system_zone()
        self._clock: Clock = clock or (lambda: datetime.now(UTC))
        self.first_weekday = first_weekday or locale_first_weekday()
        self._items: Sequence[CalendarItem] = ()
        self._version = 0
        self._selected = self.today()
        self._selected_key: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- what is shown -----------------------------------------------------------------
    def today(self) -> date:
        return self._clock().astimezone(self.zone).date()

    def now(self) -> datetime:
        return self._clock()

    @property
    def selected_date(self) -> date:
        return self._selected

    @property
    def selected_key(self) -> str | None:
        return self._selected_key

    @property
    def items(self) -> Sequence[CalendarItem]:
        return self._items

    @property
    def version(self) -> int:
        return self._version

    def shown_days(self, around: date) -> tuple[date, date]:
        """First and last day the view shows when ``around`` is selected."""
        raise NotImplementedError

    def visible_range(self) -> tuple[datetime, datetime]:
        """The UTC instants whose occurrences the view needs."""
        return utc_range(*self.shown_days(self._selected), self.zone)

    def set_occurrences(self, items: Sequence[CalendarItem], version: int | None = None) -> None:
        """``version``: the data's version (same version, same layout: kept from the cache)."""
        self._items = items
        self._version = self._version + 1 if version is None else version
        self._data_changed()

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._data_changed()
        self.range_changed.emit()

    def select_date(self, day: date) -> None:
        moved = self.shown_days(day) != self.shown_days(self._selected)
        if day != self._selected:
            self._selected_key = None
        self._selected = day
        self._selection_changed()
        if moved:
            self.range_changed.emit()

    def select_item(self, key: str | None) -> None:
        self._selected_key = key
        self._selection_changed()

    def go_today(self) -> None:
        self.select_date(self.today())

    # --- for subclasses ----------------------------------------------------------------
    def _data_changed(self) -> None:
        self.update()

    def _selection_changed(self) -> None:
        self.update()

    def _step(self, key: int) -> date | None:
        """The day a navigation key moves the selection to (None: not a navigation key)."""
        return None

    def _day_items(self, day: date) -> Sequence[CalendarItem]:
        """The events drawn on ``day``, in the order shown (J and K walk through them)."""
        return ()

    def _walk(self, step: int) -> None:
        """J / K: the next or previous event, across days, as the inbox's J / K."""
        first, last = self.shown_days(self._selected)
        days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
        pairs = [(day, item.key) for day in days for item in self._day_items(day)]
        if not pairs:
            return
        here = (self._selected, self._selected_key)
        if here in pairs:
            index = pairs.index(here) + step
        else:  # from the selected day: its first event, or the nearest one that way
            after = [i for i, (day, _) in enumerate(pairs) if day >= self._selected]
            index = (after[0] if after else len(pairs)) - (1 if step < 0 else 0)
        if 0 <= index < len(pairs):
            day, key = pairs[index]
            self.select_date(day)
            self.select_item(key)
            self.occurrence_activated.emit(key)

    def _activate_selected(self) -> None:
        if self._selected_key is not None:
            self.occurrence_opened.emit(self._selected_key)
        else:
            self.day_activated.emit(to_qdate(self._selected))

    def _request_new(self, day: date, at: time) -> None:
        self.new_requested.emit(to_qdatetime(datetime.combine(day, at, self.zone), self.zone))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_T:
            self.go_today()
        elif key in (Qt.Key.Key_J, Qt.Key.Key_K):
            self._walk(1 if key == Qt.Key.Key_J else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate_selected()
        elif (day := self._step(key)) is not None:
            self.select_date(day)
        else:
            super().keyPressEvent(event)
