"""The Analytics filter bar: a date range (7, 30, 90 days, all time, or chosen days),
communities, platforms, community types, and activity per day or per week."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from connectors.api import CommunityType
from workbench.core.analytics.charts import ChartFilters
from workbench.core.communities import CommunityRef
from workbench.gui.formats import edit_pattern
from workbench.gui.words import community_type

PRESETS = (7, 30, 90, 0)  # days; 0: all time
CUSTOM = -1


class Choices(QToolButton):
    """A button with a menu of checkable entries; none checked means all."""

    changed = Signal()

    def __init__(self, all_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_label = all_label
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.setText(all_label)

    def set_entries(self, entries: list[tuple[str, object]]) -> None:
        """Fill the menu, keeping what was chosen where it is still offered."""
        chosen = set(self.chosen())
        menu = self.menu()
        menu.clear()
        for label, data in entries:
            action = menu.addAction(label)  # plain text: a QAction never renders rich text
            action.setCheckable(True)
            action.setData(data)
            action.setChecked(data in chosen)
            action.toggled.connect(self._on_toggled)
        self._label()

    def chosen(self) -> list[object]:
        return [a.data() for a in self.menu().actions() if a.isChecked()]

    def _on_toggled(self, _on: bool) -> None:
        self._label()
        self.changed.emit()

    def _label(self) -> None:
        names = [a.text() for a in self.menu().actions() if a.isChecked()]
        if not names:
            self.setText(self.all_label)
        elif len(names) == 1:
            self.setText(names[0] if len(names[0]) <= 24 else names[0][:23] + "…")
        else:
            self.setText(self.tr("{n} chosen").format(n=len(names)))
        self.setToolTip(", ".join(names) or self.all_label)


class AnalyticsFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range = QComboBox()
        for days, label in zip(
            PRESETS,
            (
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Last 90 days"),
                self.tr("All time"),
            ),
            strict=True,
        ):
            self.range.addItem(label, days)
        self.range.addItem(self.tr("Chosen days"), CUSTOM)
        self.range.setCurrentIndex(1)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_pattern(with_time=False))  # the locale's order, words
            edit.dateChanged.connect(self._on_date_edited)
        self.communities = Choices(self.tr("All communities"))
        self.platforms = Choices(self.tr("All platforms"))
        self.types = Choices(self.tr("All community types"))
        self.types.set_entries([(community_type(t), t.value) for t in CommunityType])
        self.period = QComboBox()
        self.period.addItem(self.tr("Per day"), False)
        self.period.addItem(self.tr("Per week"), True)
        self.period.setToolTip(self.tr("Activity per day or per week"))

        # Two rows (when, then which communities): one row of nine made the window wider
        # than a 1280-pixel screen leaves for it, and French labels run a fifth longer.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        when, which = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(when)
        rows.addLayout(which)
        when.addWidget(self.range)
        when.addWidget(self.first)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.last)
        when.addWidget(self.period)
        when.addStretch(1)
        for widget in (self.communities, self.platforms, self.types):
            which.addWidget(widget)
            widget.changed.connect(self.changed)
        which.addStretch(1)
        self._on_range(self.range.currentIndex())
        self.range.currentIndexChanged.connect(self._on_range)
        self.period.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_communities(self, communities: list[CommunityRef]) -> None:
        self.communities.set_entries([(c.label, c.id) for c in communities])
        self.platforms.set_entries([(p, p) for p in sorted({c.platform for c in communities})])

    def _on_range(self, _index: int) -> None:
        days = int(self.range.currentData())
        custom = days == CUSTOM
        if not custom:
            today = date.today()
            for edit, day in (
                (self.first, today - timedelta(days=max(days, 1) - 1)),
                (self.last, today),
            ):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        for edit in (self.first, self.last):
            edit.setEnabled(days != 0)
        self.changed.emit()

    def _on_date_edited(self, _day: QDate) -> None:
        # Editing a day turns the preset into chosen days.
        self.range.blockSignals(True)
        self.range.setCurrentIndex(self.range.findData(CUSTOM))
        self.range.blockSignals(False)
        if self.first.date() > self.last.date():
            other = self.last if self.sender() is self.first else self.first
            other.blockSignals(True)
            other.setDate(self.sender().date())  # type: ignore[attr-defined]
            other.blockSignals(False)
        self.changed.emit()

    def filters(self) -> ChartFilters:
        days = int(self.range.currentData())
        first: date | None = self.first.date().toPython()  # type: ignore[assignment]
        last: date | None = self.last.date().toPython()  # type: ignore[assignment]
        if days == 0:
            first = last = None
        return ChartFilters(
            first=first,
            last=last,
            community_ids=tuple(int(str(c)) for c in self.communities.chosen()),
            platforms=tuple(str(p) for p in self.platforms.chosen()),
            community_types=tuple(str(t) for t in self.types.chosen()),
            by_week=bool(self.period.currentData()),
        )
