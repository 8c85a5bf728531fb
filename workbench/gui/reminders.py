"""Reminders in the window: a status-bar button counting what is due, a tray notice for
each new one, and the list (shown by itself at start when some fell due while the app was
closed, and from the button at any time)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.reminders import Reminder
from workbench.gui.formats import moment_text
from workbench.gui.scheduler import Scheduler
from workbench.gui.words import marked


class RemindersDialog(QDialog):
    acknowledged = Signal(list)  # the keys the user has seen
    open_pane = Signal(str)

    def __init__(self, reminders: list[Reminder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        self.resize(560, 360)
        self.reminders = list(reminders)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("These fell due and need you. Mark them as seen when you have dealt with them.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for reminder in self.reminders:
            # Titles are marked words; details may hold user content: plain text in a list item.
            text = f"{moment_text(reminder.due_at)}  {marked('Reminders', reminder.title)}"
            if reminder.detail:
                text += f"\n{reminder.detail}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, reminder.key)
            self.list.addItem(item)
        if self.reminders:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.seen_button = QPushButton(self.tr("Mark all as seen"))
        self.open_button = QPushButton(self.tr("Open"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.seen_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.seen_button.clicked.connect(self._on_seen)
        self.open_button.clicked.connect(self._on_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_seen(self) -> None:
        self.acknowledged.emit([r.key for r in self.reminders])
        self.accept()

    def _on_open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.reminders):
            self.open_pane.emit(self.reminders[row].pane)
            self.accept()


class ReminderButton(QToolButton):
    """ "3 reminders" in the status bar (hidden when none); opens the list."""

    open_pane = Signal(str)

    def __init__(self, scheduler: Scheduler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.dialog: RemindersDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self._first = True
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Posts to make by hand and events that have fallen due"))
        self.setVisible(False)
        self.clicked.connect(self.show_list)
        scheduler.reminders_changed.connect(self._on_reminders_changed)
        scheduler.new_reminders.connect(self._on_new_reminders)

    def _on_reminders_changed(self, due: list[Reminder]) -> None:
        self.setText(self.tr("%n reminder(s)", "", len(due)))
        self.setVisible(bool(due))

    def _on_new_reminders(self, fresh: list[Reminder]) -> None:
        if self._first:  # what fell due while the app was closed: the list, at once
            self._first = False
            self.show_list()
            return
        self._notify(fresh)

    def _notify(self, fresh: list[Reminder]) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # the status-bar button says it
        if self.tray is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.messageClicked.connect(self.show_list)
            self.tray.show()
        first = fresh[0]
        title = marked("Reminders", first.title)
        more = self.tr(" (and %n more)", "", len(fresh) - 1) if len(fresh) > 1 else ""
        self.tray.showMessage(title + more, first.detail[:200])

    def show_list(self) -> None:
        if not self.scheduler.due:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = RemindersDialog(self.scheduler.due, self.window())
        self.dialog.acknowledged.connect(self.scheduler.acknowledge)
        self.dialog.open_pane.connect(self.open_pane)
        self.dialog.show()
