"""Every half minute, off the GUI thread: send the outbox entries whose time has come
(scheduled posts) and look for reminders that fell due; new reminders show in the tray and
the status bar. At start, what fell due while the app was closed is listed at once.

Sending here and in a sync cannot post twice: the outbox marks an entry as being sent in a
transaction before handing it to the connector (core/outbox/service.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.changes import Changes
from workbench.core.outbox.actions import OutboxActions
from workbench.core.reminders import Reminder, Reminders
from workbench.gui.changes import ChangeBus
from workbench.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

TICK_MS = 30_000


@dataclass(frozen=True)
class Tick:
    sent: int
    due: list[Reminder]


class Scheduler(QObject):
    # The reminders due and not seen (all of them, oldest first), after each look.
    reminders_changed = Signal(list)
    # Reminders that fell due since the last look (the first look: all due ones).
    new_reminders = Signal(list)

    def __init__(
        self,
        *,
        actions: OutboxActions,
        reminders: Reminders,
        tasks: TaskRunner,
        changes: ChangeBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions = actions
        self.reminders = reminders
        self.tasks = tasks
        self.changes = changes
        self.due: list[Reminder] = []
        self._told: set[str] = set()
        self._running = False
        self._again = False  # a look asked for while one runs: run it right after
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def busy(self) -> bool:
        """A look (send and reminders) is running."""
        return self._running

    def start(self) -> None:
        self.timer.start()
        self.tick()  # at once: what fell due while the app was closed

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        if self._running:  # a slow platform: never two sends at once from here
            self._again = True
            return
        self._running = True
        self.tasks.run(self._work, self._on_done, self._on_error, owner=self)

    def _work(self) -> Tick:
        sent = self.actions.send_due()
        return Tick(sent, self.reminders.due())

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.tick()

    def _on_done(self, tick: Tick) -> None:
        self._finished()
        if tick.sent:
            self.changes.announce(Changes(outbox=True, items=True))
        self.due = tick.due
        fresh = [r for r in tick.due if r.key not in self._told]
        self._told.update(r.key for r in fresh)
        self.reminders_changed.emit(list(tick.due))
        if fresh:
            self.new_reminders.emit(fresh)

    def _on_error(self, error: Exception) -> None:
        self._finished()
        log.warning("the scheduler's look failed: %s", error)

    def acknowledge(self, keys: list[str]) -> None:
        """The user has seen these: never shown again."""
        self.due = [r for r in self.due if r.key not in keys]
        self.reminders_changed.emit(list(self.due))
        self.tasks.run(lambda: self.reminders.acknowledge(keys), owner=self)
