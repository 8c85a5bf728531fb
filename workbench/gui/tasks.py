"""Running work off the GUI thread and getting the result back on it.

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn`` on Qt's thread pool; the callbacks run
on the GUI thread (queued signal), so they may touch widgets. Workers never touch widgets.
A task whose owner widget is gone is dropped quietly.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # delivered to on_error on the GUI thread
            log.debug("background task failed: %s", "".join(traceback.format_exception(error)))
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Owns a thread pool; keeps each relay alive until its task reports."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """``owner``: the widget the callbacks touch; they are dropped once it is deleted."""
        relay = _Relay()  # created on the GUI thread: its signals are delivered here
        self._relays.add(relay)

        @Slot(object)
        def done(result: Any) -> None:
            self._relays.discard(relay)
            # The connections hold these closures, which hold the relay: without
            # deleteLater every finished task would stay in memory (and in every GC pass).
            relay.deleteLater()
            if on_done is not None and _alive(owner):
                on_done(result)

        @Slot(object)
        def failed(error: Exception) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not _alive(owner):
                log.debug("dropped the failure of a task whose owner is gone: %s", error)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background task failed: %s", error)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        self.pool.start(_Task(fn, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running tasks (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._relays)
