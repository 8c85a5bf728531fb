"""The Events pane's toolbar: Today, previous and next, the period shown, the Month / Week /
Agenda switch, New event, Import and Export. Each action carries its shortcut (T, M, W,
A, Ctrl+N), active anywhere in the pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

MONTH, WEEK, AGENDA = range(3)


class EventsToolbar(QToolBar):
    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.today = self._action(self.tr("Today"), "T", self.tr("Go to today (T)"))
        self.previous = self._action("◀", "", self.tr("Previous (Page Up)"))
        self.next = self._action("▶", "", self.tr("Next (Page Down)"))
        self.period = QLabel(self)
        font = self.period.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.period.setFont(font)
        self.period.setContentsMargins(12, 0, 12, 0)
        self.addWidget(self.period)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.views = QActionGroup(self)
        self.month = self._action(self.tr("Month"), "M", self.tr("Month view (M)"), checkable=True)
        self.week = self._action(self.tr("Week"), "W", self.tr("Week view (W)"), checkable=True)
        self.agenda = self._action(self.tr("Agenda"), "A", self.tr("Agenda (A)"), checkable=True)
        for action in (self.month, self.week, self.agenda):
            self.views.addAction(action)
        self.month.setChecked(True)
        self.addSeparator()
        self.new = self._action(self.tr("New event"), "Ctrl+N", self.tr("New event (Ctrl+N)"))
        self.import_ics = self._action(
            self.tr("Import .ics…"), "", self.tr("Import a calendar file")
        )
        self.export_ics = self._action(
            self.tr("Export .ics…"), "", self.tr("Export every event to a calendar file")
        )
        for action in self.actions():
            if not action.shortcut().isEmpty():
                pane.addAction(action)  # the shortcut works wherever the focus is in the pane

    def _action(self, text: str, keys: str, tip: str, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setCheckable(checkable)
        self.addAction(action)
        return action

    def view_index(self) -> int:
        return [self.month, self.week, self.agenda].index(self.views.checkedAction())

    def set_view_index(self, index: int) -> None:
        [self.month, self.week, self.agenda][index].setChecked(True)
