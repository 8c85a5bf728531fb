"""Runs syncs off the GUI thread and reports their progress by signal.

Progress callbacks come from worker threads; emitting a Qt signal from there is safe and the
connected slots run queued on the GUI thread. A sync refused because another process (another
window, a ``workbench sync``) is syncing the workspace ends in ``busy`` and ``failed``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.sync.engine import SyncProgress, SyncSummary
from workbench.core.sync.lock import SyncBusy
from workbench.core.workspace import Workspace
from workbench.gui.formats import time_text
from workbench.gui.tasks import TaskRunner
from workbench.gui.words import error_text


class SyncController(QObject):
    started = Signal()
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # list[SyncSummary]
    failed = Signal(str)
    busy = Signal(str)  # another process syncs this workspace: why this sync did not start

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self._cancel = threading.Event()
        self._running = False
        # Asked for while a sync ran (a new account's first sync): run right after it.
        self._queued: list[int] | None = None
        self._queued_all = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_all)

    @property
    def running(self) -> bool:
        return self._running

    def set_interval(self, minutes: int) -> None:
        """Sync every ``minutes`` (0 turns automatic sync off)."""
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    def sync_all(self) -> None:
        self._start(None)

    def sync_accounts(self, account_ids: Iterable[int]) -> None:
        self._start(list(account_ids))

    def cancel(self) -> None:
        self._queued, self._queued_all = None, False
        self._cancel.set()

    def _start(self, account_ids: list[int] | None) -> None:
        if self._running:
            if account_ids is None:
                self._queued_all = True
            else:
                self._queued = [*(self._queued or []), *account_ids]
            return
        self._running = True
        self._cancel = threading.Event()
        cancel = self._cancel
        workspace = self.workspace

        def work() -> list[SyncSummary]:
            ids = account_ids
            if ids is None:
                ids = [a.id for a in workspace.accounts.all() if a.enabled]
            return workspace.sync.sync_many(ids, progress=self._report, cancel=cancel)

        self.started.emit()
        self.tasks.run(work, self._on_done, self._on_error)

    def _report(self, progress: SyncProgress) -> None:
        self.progress.emit(progress)  # from a worker thread: delivered queued

    def _on_done(self, summaries: list[SyncSummary]) -> None:
        self._running = False
        self.finished.emit(summaries)
        self._run_queued()

    def _run_queued(self) -> None:
        if self._queued_all:
            self._queued_all, self._queued = False, None
            self._start(None)
        elif self._queued:
            ids, self._queued = list(dict.fromkeys(self._queued)), None
            self._start(ids)

    def _on_error(self, error: Exception) -> None:
        self._running = False
        if isinstance(error, SyncBusy):
            # What was asked for waits for the next sync, as the other process does it now.
            self._queued, self._queued_all = None, False
            message = self._busy_text(error)
            self.failed.emit(message)  # re-enables Sync in the window
            self.busy.emit(message)  # after failed: a slot may put its own words up
            return
        self.failed.emit(error_text(error))
        self._run_queued()

    def _busy_text(self, busy: SyncBusy) -> str:
        holder = busy.holder
        if holder.pid is None:
            return self.tr("another program is syncing this workspace; try again later")
        since = time_text(holder.started_at) if holder.started_at else "?"
        return self.tr(
            "another program (process {0}, since {1}) is syncing this workspace; "
            "try again when it has finished"
        ).format(holder.pid, since)
