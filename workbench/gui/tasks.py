"""Running work off the GUI thread and getting the result back on it.

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn`` on Qt's thread pool; the callbacks run
on the GUI thread (queued signal), so they may touch widgets. Workers never touch widgets.
A task whose owner widget is gone is dropped quietly.

``with tasks.after_paint(widget):`` holds the tasks started inside the block until ``widget``
has painted what the caller just changed. Qt calls into Python for every cell it paints,
and each call waits for the GIL while a worker runs Python (up to the 5 ms switch interval
each time): follow-up queries started together with the paint (the rest of a list, the
sidebar counts, the open item) made the first rows of a view appear much later than their
own query took (benchmarks/inbox_gui.py).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from workbench.gui import memory

log = logging.getLogger(__name__)

PAINT_WAIT_MS = 50


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
        self._holding = 0  # depth of after_paint() blocks
        self._held: list[_Task] = []  # started in such a block, waiting for the paint
        self._watched: list[QWidget] = []
        self._paint_wait = QTimer(self)
        self._paint_wait.setSingleShot(True)
        self._paint_wait.setInterval(PAINT_WAIT_MS)
        self._paint_wait.timeout.connect(self._start_held)

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
            self._maybe_idle()
            # The connections hold these closures, which hold the relay: without
            # deleteLater every finished task would stay in memory (and in every GC pass).
            relay.deleteLater()
            if on_done is not None and _alive(owner):
                on_done(result)

        @Slot(object)
        def failed(error: Exception) -> None:
            self._relays.discard(relay)
            self._maybe_idle()
            relay.deleteLater()
            if not _alive(owner):
                log.debug("dropped the failure of a task whose owner is gone: %s", error)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background task failed: %s", error)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        task = _Task(fn, relay)
        if self._holding:
            self._held.append(task)
        else:
            self.pool.start(task)

    @contextmanager
    def after_paint(self, widget: QWidget) -> Iterator[None]:
        """Tasks started in the block start once ``widget`` has painted what the caller
        changed (or after ``PAINT_WAIT_MS`` if it does not paint: hidden, nothing to do).

        A zero timer would not do: Qt queues the paint behind timers that are already due.
        """
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
            if not self._holding and self._held:
                self._hold_until_painted(widget)

    def _hold_until_painted(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget) or not widget.isVisible():  # no paint is coming
            QTimer.singleShot(0, self, self._start_held)
            return
        if not any(widget is w for w in self._watched):
            self._watched.append(widget)
            widget.installEventFilter(self)
        self._paint_wait.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and any(watched is w for w in self._watched):
            QTimer.singleShot(0, self, self._start_held)  # once this paint is done
        return False

    def _start_held(self) -> None:
        self._paint_wait.stop()
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched.clear()
        held, self._held = self._held, []
        for task in held:
            self.pool.start(task)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running tasks, held ones included (tests, shutdown)."""
        self._start_held()
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def _maybe_idle(self) -> None:
        if not self._relays:  # freed memory back to the system once all is quiet
            memory.trim_when_idle()
